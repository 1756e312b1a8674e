"""Noting things down: Today, the Timeline, the entry dialogs and the word lists."""
