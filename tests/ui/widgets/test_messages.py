"""What the person is told when work fails: their own error's words, never a bug's."""

from __future__ import annotations

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages


def test_error_text_shows_user_errors_and_hides_bugs():
    assert messages.error_text(UserError("The file is damaged."), "Not saved.") == "The file is damaged."
    assert messages.error_text(KeyError("secret journal words"), "Not saved.") == "Not saved."
