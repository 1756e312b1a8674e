"""How PeerJournal copes with a long journal (``python -m benchmarks.bench``); not part of the installed app."""
