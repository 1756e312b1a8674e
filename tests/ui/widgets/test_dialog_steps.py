"""The shared dialog steps: a dialog that cleans up after itself, and ask-then-do."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.dialog_steps import confirm_then, open_dialog

QUESTION = ("Delete this?", "It can't be undone.", "Delete", "Keep it")


def test_open_dialog_runs_accepted_and_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    saved: list[bool] = []
    dialog = open_dialog(QDialog(parent), lambda: saved.append(True))
    assert dialog.isVisible()
    dialog.accept()
    assert saved == [True]


def test_confirm_then_does_it_only_on_yes(qtbot) -> None:  # type: ignore[no-untyped-def]
    messages.enable_test_mode()
    done: list[bool] = []
    messages.next_answers[:] = [False]
    confirm_then(QWidget(), QUESTION, lambda: done.append(True), "Not deleted")
    assert done == []
    confirm_then(QWidget(), QUESTION, lambda: done.append(True), "Not deleted")
    assert done == [True]
    assert messages.shown[-1] == ("Delete this?", "It can't be undone.")


def test_confirm_then_warns_when_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    messages.enable_test_mode()

    def refuse() -> None:
        raise UserError("Still in use.")

    confirm_then(QWidget(), QUESTION, refuse, "Not deleted")
    assert messages.shown[-1] == ("Not deleted", "Still in use.")
