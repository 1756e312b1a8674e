"""The note field's "@" list: keyboard first, names the person, "Add someone…" (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.core.mentions import mention_token

from peerjournal.ui.widgets import mention_note as module
from peerjournal.ui.widgets.mention_note import mention_note


def _note(qtbot, create_person=None):  # type: ignore[no-untyped-def]
    note = mention_note("testNote", "Note", "Anything (optional)")
    note.set_people({1: "Sam Jones", 2: "Ali", 3: "Samira"})
    note.set_create_person(create_person)
    qtbot.addWidget(note)
    with qtbot.waitActive(note):
        note.show()
        note.activateWindow()
    note.setFocus()
    return note


def _offered(note) -> list[str]:  # type: ignore[no-untyped-def]
    model = note.completer.popup().model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_at_offers_people_and_enter_names_one(qtbot):
    note = _note(qtbot)
    qtbot.keyClicks(note, "Lunch with @sa")
    popup = note.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert _offered(note) == ["Sam Jones", "Samira", "Add someone…"]
    assert popup.accessibleName() == "People you can name" and popup.objectName() == "mentionPopup"
    qtbot.keyClick(note, Qt.Key.Key_Down)  # to Samira
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert note.toPlainText() == "Lunch with @Samira "
    qtbot.keyClicks(note, "today")
    assert not popup.isVisible()  # the list stays closed after a pick
    assert note.note() == f"Lunch with {mention_token('Samira', 3)} today"


def test_escape_keeps_the_typing_and_an_email_is_no_mention(qtbot):
    note = _note(qtbot)
    qtbot.keyClicks(note, "@Al")
    qtbot.waitUntil(note.completer.popup().isVisible, timeout=5000)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert not note.completer.popup().isVisible() and note.toPlainText() == "@Al"
    qtbot.keyClicks(note, "x")
    assert not note.completer.popup().isVisible()
    note.clear()
    qtbot.keyClicks(note, "mail sam@ex")
    assert not note.completer.popup().isVisible()


def test_add_someone_makes_a_person_from_the_typed_name_or_asks(qtbot, monkeypatch):
    made: list[str] = []

    def create(name: str) -> int:
        made.append(name)
        return 40 + len(made)

    note = _note(qtbot, create)
    qtbot.keyClicks(note, "with @Kit")
    qtbot.waitUntil(note.completer.popup().isVisible, timeout=5000)
    assert _offered(note) == ["Add someone…"]
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert made == ["Kit"] and note.note() == f"with {mention_token('Kit', 41)} "
    monkeypatch.setattr(module, "ask_name", lambda parent: "Dr Amaka [GP]")
    qtbot.keyClicks(note, "and @")
    qtbot.waitUntil(note.completer.popup().isVisible, timeout=5000)
    qtbot.keyClick(note, Qt.Key.Key_Up)  # wraps round to "Add someone…"
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert made == ["Kit", "Dr Amaka [GP]"]
    assert note.note().endswith(f"and {mention_token('Dr Amaka [GP]', 42)} ")


def test_a_stored_note_shows_at_names_and_keeps_its_links(qtbot):
    note = _note(qtbot)
    stored = f"Saw {mention_token('Sam Jones', 1)} and an old {mention_token('Sam Jones', 9)}"
    note.set_note(stored)
    assert note.toPlainText() == "Saw @Sam Jones and an old @Sam Jones"
    assert note.note().startswith("Saw @[Sam Jones](p")  # namesakes: the loaded link wins


def test_the_name_dialog_gives_the_typed_name_or_none(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

    note = _note(qtbot)

    def answer(accept: bool) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.objectName() == "addSomeoneDialog" and w.isVisible())
        dialog.findChild(QLineEdit, "newPersonNameEdit").setText("Kit")
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(200, lambda: answer(True))
    assert module.ask_name(note) == "Kit"
    QTimer.singleShot(200, lambda: answer(False))
    assert module.ask_name(note) is None
