"""The draft keeper on its own: registering, keeping at lock (a failing draft stops nothing),
reopening by key (an unknown key is left alone), and drafts saved by the old code restoring."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from peerjournal.storage.drafts import load_draft, save_draft

from peerjournal.ui.drafts.keeper import DraftKeeper, keep_while_shown


class Plain:
    """A draftable that is no widget."""

    def __init__(self, key: str, data: dict[str, Any] | None = None, fail: bool = False) -> None:
        self.draft_key, self.data, self.fail = key, data, fail
        self.restored: dict[str, Any] | None = None

    def draft(self) -> dict[str, Any] | None:
        if self.fail:
            raise RuntimeError("a bug in one dialog")
        return self.data

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.restored = data


class Box(QWidget):
    draft_key = "box"

    def draft(self) -> dict[str, Any] | None:
        return {"text": "in a box"}

    def restore_draft(self, data: dict[str, Any]) -> None:
        pass


def test_register_and_unregister():
    keeper = DraftKeeper()
    one, two = Plain("one"), Plain("two")
    keeper.add(one)
    keeper.add(two)
    keeper.add(one)  # once only
    assert keeper.held() == [one, two]
    keeper.remove(one)
    assert keeper.held() == [two]
    del two
    assert keeper.held() == []  # gone objects are forgotten


def test_keep_stores_each_draft_and_a_failing_one_stops_nothing(journal):
    keeper = DraftKeeper()
    draftables = [Plain("first", {"a": 1}), Plain("broken", fail=True), Plain("empty", None),
                  Plain("last", {"b": 2})]
    for draftable in draftables:
        keeper.add(draftable)
    failures = keeper.keep(journal)
    assert load_draft(journal, "first") == {"a": 1} and load_draft(journal, "last") == {"b": 2}
    assert [type(exc) for exc in failures] == [RuntimeError]  # said, so the person can be told
    assert load_draft(journal, "broken") is None and load_draft(journal, "empty") is None


def test_keep_never_raises_even_when_the_vault_is_closed(journal):
    keeper = DraftKeeper()
    kept = Plain("x", {"a": 1})
    keeper.add(kept)
    journal.vault.close()
    assert len(keeper.keep(journal)) == 1  # no exception: the lock goes on, the loss is answered


def test_keep_on_a_full_disk_answers_what_failed(journal):
    from tests.ui.app.helpers import fill_disk

    keeper = DraftKeeper()
    kept = Plain("x", {"a": 1})
    keeper.add(kept)
    fill_disk(journal.vault)
    (failure,) = keeper.keep(journal)
    assert "disk is full" in str(failure)
    assert keeper.keep(journal, None) and not DraftKeeper().keep(journal)  # nothing held: nothing lost


def test_keep_asks_only_the_window_s_own(qtbot, journal):
    keeper = DraftKeeper()
    mine, other = QMainWindow(), QMainWindow()
    qtbot.addWidget(mine)
    qtbot.addWidget(other)
    inside, outside = Box(mine), Box(other)
    dialog = QDialog(inside)  # a dialog's parent is in the window, the dialog a window of its own
    dialog.draft_key, dialog.draft = "dialog", lambda: {"d": 1}  # type: ignore[attr-defined]
    for draftable in (inside, outside, dialog):
        keeper.add(draftable)  # type: ignore[arg-type]
    keeper.keep(journal, mine)
    assert load_draft(journal, "box") == {"text": "in a box"} and load_draft(journal, "dialog") == {"d": 1}
    save_draft(journal, "box", {"text": "cleared"})
    keeper.remove(inside)  # type: ignore[arg-type]
    keeper.keep(journal, mine)
    assert load_draft(journal, "box") == {"text": "cleared"}  # the other window's box was not asked


def test_a_dialog_is_held_while_shown(qtbot):
    keeper = DraftKeeper()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    keep_while_shown(dialog, keeper)
    assert keeper.held() == []
    dialog.show()
    assert keeper.held() == [dialog]
    dialog.reject()
    assert keeper.held() == []


def test_reopen_by_key_in_order_and_unknown_keys_are_left_alone(qtbot, journal):
    keeper = DraftKeeper()
    window = QMainWindow()
    qtbot.addWidget(window)
    opened: list[tuple[str, dict[str, Any]]] = []
    keeper.register_reopener("later", lambda w, d: opened.append(("later", d)), order=20)
    keeper.register_reopener("first", lambda w, d: opened.append(("first", d)), order=1)
    keeper.register_reopener("gone", lambda w, d: "It went meanwhile.")
    keeper.register_reopener("broken", lambda w, d: 1 / 0)
    keeper.register_reopener("absent", lambda w, d: opened.append(("absent", d)))
    for key in ("later", "first", "gone", "broken", "unknown"):
        save_draft(journal, key, {"key": key})
    keeper.reopen(window, journal)
    assert opened == [("first", {"key": "first"}), ("later", {"key": "later"})]
    assert load_draft(journal, "first") is None and load_draft(journal, "later") is None
    assert load_draft(journal, "gone") is None
    assert window.statusBar().currentMessage() == "It went meanwhile."
    assert load_draft(journal, "broken") == {"key": "broken"}  # kept for the next unlock
    assert load_draft(journal, "unknown") == {"key": "unknown"}  # not ours to touch
