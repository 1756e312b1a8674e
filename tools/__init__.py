"""Developer tools that run beside PeerJournal and are not installed with it."""
