"""The shared dialog steps: a dialog that cleans up after itself, and ask-then-do."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.dialog_steps import confirm_then, keep_while_open, open_dialog

QUESTION = ("Delete this?", "It can't be undone.", "Delete", "Keep it")


def test_open_dialog_runs_accepted_and_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    saved: list[bool] = []
    dialog = open_dialog(QDialog(parent), lambda: saved.append(True))
    assert dialog.isVisible()
    dialog.accept()
    assert saved == [True]


class _Owner:
    dialog: QDialog | None = None


def test_keep_while_open_holds_the_dialog_until_it_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    owner, events = _Owner(), []
    first = keep_while_open(owner, "dialog", QDialog(parent), lambda: events.append("saved"),
                            lambda: events.append("closed"))
    assert owner.dialog is first
    first.open()
    first.accept()
    assert owner.dialog is None
    assert events == ["saved", "closed"]  # Qt says accepted, then finished


def test_keep_while_open_leaves_a_newer_dialog_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    owner = _Owner()
    old = keep_while_open(owner, "dialog", QDialog(parent))
    new = keep_while_open(owner, "dialog", QDialog(parent))
    old.reject()
    assert owner.dialog is new


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
