"""PeerJournal: a private journal of mood, people and activities."""

__version__ = "0.1.0"
APP_NAME = "PeerJournal"
APP_ID = "org.peerjournal.PeerJournal"
