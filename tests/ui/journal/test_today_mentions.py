"""Naming someone in a Today note: type @, pick, save, see the name in the Timeline; and the
gentle "Also note time with…" question, remembered as chosen (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.mentions import mention_token, mentioned_ids
from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import EntryKind
from tests.ui.journal.helpers import make_page, make_window

from peerjournal.ui.journal import mention_contact
from peerjournal.ui.journal.mention_contact import SETTING_KEY, Answer
from peerjournal.ui.journal.timeline_model import NOTE


def _moods(journal):  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    return journal.moods_between(now - timedelta(days=1), now + timedelta(days=1))


def _contacts_today(journal):  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    return [r for r in journal.timeline(since=now - timedelta(days=1)) if r.kind == "contact"]


@pytest.fixture
def answers(monkeypatch):
    """The answers the question gets, in order; each question asked is recorded."""
    given: list[Answer] = []
    asked: list[list[str]] = []

    def ask(parent, names):  # type: ignore[no-untyped-def]
        asked.append(list(names))
        return given.pop(0)
    monkeypatch.setattr(mention_contact, "ask", ask)
    return given, asked


def _type_mention_and_save(qtbot, page, typed: str = "@sa") -> None:  # type: ignore[no-untyped-def]
    page.start()
    qtbot.keyClick(page.mood_form.mood, Qt.Key.Key_4)
    note = page.mood_form.note
    note.setFocus()
    qtbot.keyClicks(note, f"Long talk with {typed}")
    qtbot.waitUntil(note.completer.popup().isVisible, timeout=5000)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "by the canal")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_type_at_pick_save_and_see_the_name_in_the_timeline(qtbot, journal, answers):
    given, asked = answers
    sam = journal.add_person(Person(name="Sam [work] 🌻"))
    page, _ = make_page(qtbot, journal)
    page.refresh_choices()
    given.append(Answer.NO)
    _type_mention_and_save(qtbot, page)
    (mood,) = _moods(journal)
    assert mood.note == f"Long talk with {mention_token('Sam [work] 🌻', sam.id)} by the canal"
    assert asked == [["Sam [work] 🌻"]] and _contacts_today(journal) == []
    assert journal.get_setting(SETTING_KEY) is None  # "not this time" is not remembered

    window = make_window(qtbot, journal)
    model = window.timeline.proxy
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert model.index(0, NOTE).data() == "Long talk with Sam [work] 🌻 by the canal"
    journal.update_person(Person(id=sam.id, name="Samira"))  # renamed: the note follows
    qtbot.waitUntil(lambda: model.index(0, NOTE).data() == "Long talk with Samira by the canal",
                    timeout=10000)


def test_yes_adds_them_to_the_check_ins_contact(qtbot, journal, answers):
    given, asked = answers
    sam = journal.add_person(Person(name="Sam"))
    ali = journal.add_person(Person(name="Ali"))
    page, stack = make_page(qtbot, journal)
    page.refresh_choices()
    page.contact_form.people.set_selected([ali.id])
    given.append(Answer.YES)
    _type_mention_and_save(qtbot, page)
    (contact,) = journal.contacts_with(ali.id)
    assert contact.person_ids == (ali.id, sam.id)
    assert asked == [["Sam"]]
    stack.undo()  # one step: the check-in and the time with Sam go together
    assert _moods(journal) == [] and journal.contacts_with(sam.id) == []


def test_always_and_never_are_remembered_and_never_nag(qtbot, journal, answers):
    given, asked = answers
    sam = journal.add_person(Person(name="Sam"))
    page, _ = make_page(qtbot, journal)
    page.refresh_choices()
    given.append(Answer.ALWAYS)
    _type_mention_and_save(qtbot, page)
    assert journal.get_setting(SETTING_KEY) == "always"
    _type_mention_and_save(qtbot, page)  # not asked again: noted straight away
    assert len(asked) == 1 and len(journal.contacts_with(sam.id)) == 2
    contact = journal.contacts_with(sam.id)[0]
    assert contact.person_ids == (sam.id,) and contact.mode.value == "in_person"

    journal.set_setting(SETTING_KEY, "ask")
    given.append(Answer.NEVER)
    _type_mention_and_save(qtbot, page)
    _type_mention_and_save(qtbot, page)
    assert len(asked) == 2 and journal.get_setting(SETTING_KEY) == "never"
    assert len(journal.contacts_with(sam.id)) == 2 and len(_moods(journal)) == 4


def test_no_question_when_they_are_already_in_the_contact(qtbot, journal, answers):
    given, asked = answers
    sam = journal.add_person(Person(name="Sam"))
    page, _ = make_page(qtbot, journal)
    page.refresh_choices()
    page.contact_form.people.set_selected([sam.id])
    _type_mention_and_save(qtbot, page)
    assert asked == [] and mentioned_ids(_moods(journal)[0].note) == (sam.id,)


def test_the_entry_dialog_shows_and_keeps_mentions(qtbot, journal):
    sam = journal.add_person(Person(name="Sam"))
    mood = journal.add_mood(MoodCheckIn(at=datetime.now(UTC) - timedelta(hours=1), mood=3,
                                        note=f"Rang {mention_token('Sam', sam.id)}"))
    journal.add_contact(Contact(at=datetime.now(UTC) - timedelta(hours=2), person_ids=(sam.id,)))
    window = make_window(qtbot, journal)
    dialog = window.open_entry_dialog(EntryKind.MOOD, mood)
    assert dialog.form.note.toPlainText() == "Rang @Sam"
    dialog.form.note.moveCursor(dialog.form.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.form.note, " twice")
    dialog._try_accept()
    qtbot.waitUntil(lambda: "twice" in journal.get_mood(mood.id).note, timeout=10000)
    assert journal.get_mood(mood.id).note == f"Rang {mention_token('Sam', sam.id)} twice"


def test_the_question_box_names_everyone_once_and_gives_four_answers(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[tuple[str, list[str]]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == "mentionContactBox" and w.isVisible())
        seen.append((box.text(), sorted(b.text() for b in box.buttons())))  # the style orders them
        next(b for b in box.buttons() if b.text() == "Always").click()

    QTimer.singleShot(200, answer)
    assert mention_contact.ask(None, ["Sam", "Ali", "Kit"]) is Answer.ALWAYS
    assert seen == [("Also note time with Sam, Ali and Kit today?",
                     sorted(["Yes, note it", "Not this time", "Always", "Never ask"]))]
