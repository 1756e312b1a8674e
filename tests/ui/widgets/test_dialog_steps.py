"""The shared dialog steps: a dialog that cleans up after itself, and ask-then-do."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.dialog_steps import (
    confirm_then,
    keep_while_open,
    open_dialog,
    show_dialog,
    show_failure,
    when_work_ends,
)

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


class _Working(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.busy, self.results = True, []

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy

    @when_work_ends
    def done_with(self, result: str) -> None:
        self.results.append((self.busy, result))


def test_when_work_ends_stops_busy_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _Working()
    qtbot.addWidget(dialog)
    dialog.done_with("written")
    assert dialog.results == [(False, "written")]


def test_when_work_ends_skips_a_deleted_dialog() -> None:
    import shiboken6

    dialog = _Working()
    shiboken6.delete(dialog)
    dialog.done_with("late")  # the worker finished after the dialog went: nothing happens


def test_show_failure_in_the_label_and_a_warning(qtbot) -> None:  # type: ignore[no-untyped-def]
    messages.enable_test_mode()
    parent, error = QWidget(), QLabel()
    qtbot.addWidget(parent)
    show_failure(parent, error, UserError("Disk full."), "Not saved.", "Data not saved")
    assert error.text() == "Disk full."
    assert not error.isHidden()
    assert messages.shown[-1] == ("Data not saved", "Disk full.")


def test_a_dialog_that_asks_for_more_than_the_screen_opens_within_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: the Share dialog asked for 720 px high on a 720 px screen and ran off it."""
    parent = QWidget()
    qtbot.addWidget(parent)
    room = parent.screen().availableGeometry()
    tall = QDialog(parent)
    tall.resize(room.width() + 300, room.height() + 300)
    show_dialog(tall)
    assert tall.width() <= room.width() and tall.height() < room.height()
    tall.reject()
    small = QDialog(parent)
    small.resize(300, 200)
    open_dialog(small)
    assert (small.width(), small.height()) == (300, 200)
    untouched = QDialog(parent)
    show_dialog(untouched)
    assert untouched.height() < room.height()


class _Tall(QWidget):
    """Wants 600 px high, can be squashed to 100: as a form of wrapped words and check boxes."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 600)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 100)


def test_a_dialog_gets_the_height_it_needs_not_two_thirds_of_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's first size for a window is at most 2/3 of the screen, which squashed the create
    dialog at 150 %; the dialog gets what it needs, up to the whole free height."""
    parent = QWidget()
    qtbot.addWidget(parent)
    room = parent.screen().availableGeometry()
    assert room.height() * 2 // 3 < 600 < room.height() - 60  # the offscreen screen is 800 high
    dialog = QDialog(parent)
    QVBoxLayout(dialog).addWidget(_Tall())
    show_dialog(dialog)
    assert dialog.height() >= 600
    dialog.reject()
