"""Import people from a contacts file: the list, ticks, duplicates, what is kept, broken cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, Relationship
from tests.ui.helpers import unnamed_controls

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.people.vcard_import_dialog import NAME, STATUS, VCardImportDialog
from peerjournal.ui.widgets import files, messages

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vcards"


def open_dialog(qtbot, journal, fixture: str) -> VCardImportDialog:
    dialog = VCardImportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    files.next_paths.append(FIXTURES / fixture)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=10_000)
    return dialog


def ticks(dialog: VCardImportDialog) -> list[tuple[str, bool]]:
    model = dialog.model
    return [(model.index(r, NAME).data(),
             model.index(r, NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked)
            for r in range(model.rowCount())]


def toggle_with_space(qtbot, dialog: VCardImportDialog, row: int) -> None:
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(row, NAME))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)


def test_duplicates_start_unticked_and_only_ticked_names_are_added(qtbot, journal):
    journal.add_person(Person(name="Zoë Ødegård", notes="from before"))
    journal.add_person(Person(name="Chloe Martin"))
    dialog = open_dialog(qtbot, journal, "duplicates.vcf")
    assert ticks(dialog) == [("ZOE odegard", False), ("Ben Carter", True), ("ben carter", False),
                             ("Chloé Martin", False)]
    statuses = [dialog.model.index(r, STATUS).data() for r in range(4)]
    assert statuses == ["already in People", "", "also earlier in this file", "already in People"]
    assert dialog.import_button.text().replace("&", "") == "Import 1 person"
    assert not dialog.keep_contact_check.isChecked() and not dialog.keep_more_check.isChecked()

    with qtbot.waitSignal(dialog.imported) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args == [1]
    people = {p.name: p for p in journal.people()}
    assert set(people) == {"Zoë Ødegård", "Chloe Martin", "Ben Carter"}
    ben = people["Ben Carter"]
    assert ben.notes == "" and ben.relationship is None  # not set unless the person picks one
    assert ben.closeness is None
    assert people["Zoë Ødegård"].notes == "from before"  # the one already there is untouched
    title, text = messages.shown[-1]
    assert title == "People added"
    assert "Added 1 person to People." in text and "3 names left unticked" in text


def test_ticking_by_keyboard_and_only_names_kept_by_default(qtbot, journal):
    dialog = open_dialog(qtbot, journal, "android_21.vcf")
    assert ticks(dialog) == [("Zoë Ødegård", True), ("Sam Jones", True), ("Jürgen Müller", True)]
    assert "2 phone numbers" in dialog.model.index(0, 2).data()
    toggle_with_space(qtbot, dialog, 2)
    assert ticks(dialog)[2] == ("Jürgen Müller", False)
    assert dialog.import_button.text().replace("&", "") == "Import 2 people"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):  # added in a worker (issue 20)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    people = {p.name: p for p in journal.people()}
    assert set(people) == {"Zoë Ødegård", "Sam Jones"}
    # Nothing of the cards but the names: no phone, e-mail, birthday or note anywhere.
    assert all(p.notes == "" for p in people.values())


def test_phone_numbers_and_emails_kept_only_when_asked(qtbot, journal):
    dialog = open_dialog(qtbot, journal, "android_21.vcf")
    qtbot.mouseClick(dialog.keep_contact_check, Qt.MouseButton.LeftButton)
    assert dialog.keep_contact_check.isChecked()
    dialog.relationship_combo.setCurrentIndex(dialog.relationship_combo.findData(Relationship.FRIEND))
    dialog.circle_combo.setCurrentIndex(dialog.circle_combo.findData(Closeness.CLOSE))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):  # added in a worker (issue 20)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    people = {p.name: p for p in journal.people()}
    zoe = people["Zoë Ødegård"]
    assert zoe.notes == "Phone: +44 7700 900123\nPhone: 01632 960001\nE-mail: zoe@example.org"
    assert "1988" not in zoe.notes and "allotment" not in zoe.notes  # not asked for
    assert people["Sam Jones"].notes == "Phone: 07700 900456"
    assert all(p.relationship is Relationship.FRIEND and p.closeness is Closeness.CLOSE
               for p in people.values())


def test_broken_cards_are_shown_and_skipped_the_rest_import(qtbot, journal):
    dialog = open_dialog(qtbot, journal, "broken_among_good.vcf")
    assert [name for name, _ in ticks(dialog)] == ["Priya Shah", "Tom O'Neill"]
    assert dialog.problems_label.isVisible()
    assert "Card 2 could not be read" in dialog.problems_label.text()
    assert "Card 3 has no name" in dialog.problems_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):  # added in a worker (issue 20)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in journal.people()) == ["Priya Shah", "Tom O'Neill"]
    _title, text = messages.shown[-1]
    assert "Added 2 people" in text and "Card 5" in text and "could not be read" in text


def test_untick_all_disables_import_and_nothing_is_added(qtbot, journal):
    dialog = open_dialog(qtbot, journal, "apple_30.vcf")
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert journal.people() == []
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.text().replace("&", "") == "Import 3 people"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert journal.people() == [] and not dialog.isVisible()


def test_a_file_with_no_cards_says_so(qtbot, journal, tmp_path):
    not_cards = tmp_path / "notes.vcf"
    not_cards.write_text("just some text\n", encoding="utf-8")
    dialog = VCardImportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.load(not_cards)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=10_000)
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert "No contacts were found" in dialog.problems_label.text()
    dialog.load(tmp_path / "missing.vcf")
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=10_000)
    assert messages.shown[-1][0] == "Contacts file not read"


def test_model_and_accessibility(qtbot, qtmodeltester, journal):
    dialog = open_dialog(qtbot, journal, "contacts_40.vcf")
    qtmodeltester.check(dialog.model)
    assert unnamed_controls(dialog) == []


def test_opened_from_the_people_page_and_the_journal_menu(qtbot, journal):
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    window.go_to(PAGES.index("People"))
    qtbot.mouseClick(window.people.import_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(VCardImportDialog)
    assert dialog is not None and dialog.isVisible()
    files.next_paths.append(FIXTURES / "contacts_40.vcf")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    window.go_to(0)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):  # added in a worker (issue 20)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.people  # where the new names are
    assert window.people.model.rowCount() > 0
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import people from a contacts file (vCard)…" in menu_texts
    window.import_vcard_action.trigger()
    assert any(d.isVisible() for d in window.findChildren(VCardImportDialog))


def test_a_fifo_as_contacts_file_is_refused_without_waiting(qtbot, journal, tmp_path):
    import os
    import sys

    if sys.platform == "win32":
        return  # no FIFOs
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    dialog = VCardImportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.load(fifo)
    try:
        qtbot.waitUntil(lambda: bool(messages.shown), timeout=30_000)
    finally:  # if the worker blocked, a writer coming and going frees it
        if not messages.shown:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert messages.shown[-1][0] == "Contacts file not read"
    assert "not a file PeerJournal can open" in messages.shown[-1][1]
    assert journal.people() == []
