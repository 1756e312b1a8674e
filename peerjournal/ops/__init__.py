"""Use cases: one small Qt-free function per user action (share, reply, summary, take data, backup).

Each takes plain arguments (the journal or vault, the person's choices, paths, a clock) and
returns a small record of what it changed or wrote; what the person should be told is raised
as a :class:`~peerjournal.errors.UserError`. The dialogs keep only their widgets and questions.
"""
