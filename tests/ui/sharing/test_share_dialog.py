"""Sharing from the journal: add a supporter, choose, preview, save; what they get is what was shown."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.sharing.keys import fingerprint, new_identity, recipient_file_text
from peerjournal.core.sharing.options import Naming, Section
from peerjournal.core.sharing.package import open_share

from peerjournal.ui.sharing.share_view import document_html
from peerjournal.ui.sharing.sharing_page import SharingPage
from peerjournal.ui.widgets import files, messages


def fill(journal):
    now = datetime.now(UTC)
    sam = journal.add_person(Person(name="Sam Okafor"))
    journal.add_mood(MoodCheckIn(at=now - timedelta(days=1), mood=4, note="NOTE-MARKER a good day"))
    journal.add_mood(MoodCheckIn(at=now - timedelta(days=40), mood=1, note="old and outside"))
    journal.add_contact(Contact(at=now - timedelta(days=2), person_ids=(sam.id,), mode="phone",
                                note="CONTACT-NOTE-MARKER"))
    return sam


def make_page(qtbot, journal) -> SharingPage:
    page = SharingPage(journal)
    qtbot.addWidget(page)
    page.show()
    return page


def add_supporter(qtbot, page: SharingPage, name: str, public: str) -> None:
    qtbot.keyClicks(page.name_edit, name)
    page.key_edit.setText(public)
    assert fingerprint(public) in page.fingerprint_label.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def test_add_supporter_by_paste_and_by_key_file(qtbot, journal, tmp_path):
    page = make_page(qtbot, journal)
    _, dev = new_identity()
    add_supporter(qtbot, page, "Dev (peer worker)", dev)
    assert page.supporters_table.rowCount() == 1
    assert page.supporters_table.item(0, 1).text() == fingerprint(dev)

    page.key_edit.setText("age1notakey")
    assert "complete key" in page.fingerprint_label.text()
    qtbot.keyClicks(page.name_edit, "Someone")
    page.add_button.click()
    assert page.error.isVisible() and "not a valid supporter key" in page.error.text()

    _, rachel = new_identity()
    key_file = tmp_path / "rachel.txt"
    key_file.write_text(recipient_file_text(rachel))
    files.next_paths.append(key_file)
    page.key_file_button.click()
    assert page.key_edit.text() == rachel
    page.name_edit.setText("Rachel")
    page.add_button.click()
    assert sorted(s.name for s in page.repo.supporters()) == ["Dev (peer worker)", "Rachel"]

    page.key_edit.setText(dev)  # the same key twice
    page.name_edit.setText("Dev again")
    page.add_button.click()
    assert "already added" in page.error.text()

    page.supporters_table.selectRow(0)
    messages.next_answers.append(True)
    page.remove_button.click()
    assert page.supporters_table.rowCount() == 1


def test_share_preview_save_and_what_the_supporter_gets(qtbot, journal, tmp_path):
    fill(journal)
    secret, public = new_identity()
    page = make_page(qtbot, journal)
    add_supporter(qtbot, page, "Dev", public)
    dialog = page.open_share_dialog()
    assert not dialog.notes.isChecked()  # notes are off unless chosen
    dialog.naming.setCurrentIndex(dialog.naming.findData(Naming.PSEUDONYM))
    dialog.section_checks[Section.ACTIVITIES].setChecked(False)
    qtbot.keyClicks(dialog.sender_name, "Alex")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    preview_text = dialog.preview_text.toPlainText()
    assert "Person A" in preview_text and "Sam" not in preview_text
    assert "NOTE-MARKER" not in preview_text
    assert "Dev will see" in dialog.preview_title.text()

    target = tmp_path / "out" / "for-dev"
    target.parent.mkdir()
    files.next_paths.append(target)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save_button.click()
    saved = target.with_name("for-dev.pjshare")
    assert dialog.saved_path == saved and saved.exists()
    assert saved.stat().st_mode & 0o777 == 0o600
    assert not [p for p in saved.parent.iterdir() if p != saved]  # no temp files left

    opened = open_share(saved.read_bytes(), identity=secret, expected_recipient=public)
    assert opened.document == dialog.document  # exactly what the preview showed
    assert document_html(opened.document, title="Shared journal") == document_html(dialog.document, title="Shared journal")
    raw = json.dumps(opened.document)
    for absent in ("NOTE-MARKER", "CONTACT-NOTE-MARKER", "Sam", "Okafor", "old and outside"):
        assert absent not in raw  # left out of the file, not just hidden
    assert "activities" not in opened.document["content"]
    assert opened.document["sender_name"] == "Alex"

    (record,) = page.repo.history()
    assert record.supporter_name == "Dev" and Section.ACTIVITIES not in record.sections
    assert page.history_table.rowCount() == 1
    assert page.history_table.item(0, 1).text() == "Dev"
    assert messages.shown[-1][0] == "Saved"


def test_passphrase_protected_share(qtbot, journal, tmp_path):
    fill(journal)
    page = make_page(qtbot, journal)
    dialog = page.open_share_dialog()
    dialog.supporter.setCurrentIndex(dialog.supporter.count() - 1)  # someone without a key
    assert dialog.passphrase.isVisible() and dialog.passphrase_note.isVisible()
    dialog.passphrase.setText("tell them by phone")
    dialog.passphrase_again.setText("tell them by phone!")
    dialog.preview_button.click()
    assert "not the same" in dialog.error.text() and dialog.pages.currentIndex() == 0
    dialog.passphrase_again.setText("tell them by phone")
    dialog.notes.setChecked(True)
    dialog.preview_button.click()
    assert "NOTE-MARKER" in dialog.preview_text.toPlainText()
    files.next_paths.append(tmp_path / "locked.pjshare")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.save_button.click()
    opened = open_share((tmp_path / "locked.pjshare").read_bytes(), passphrase="tell them by phone")
    assert opened.document["recipient"] == "passphrase"
    assert any("NOTE-MARKER" in m.get("note", "") for m in opened.document["content"]["moods"])
    assert page.repo.history()[0].passphrase_protected


def test_nothing_is_written_until_a_file_is_chosen(qtbot, journal, tmp_path):
    fill(journal)
    _, public = new_identity()
    page = make_page(qtbot, journal)
    add_supporter(qtbot, page, "Dev", public)
    dialog = page.open_share_dialog()
    for check in dialog.section_checks.values():
        check.setChecked(False)
    dialog.preview_button.click()
    assert "at least one thing" in dialog.error.text()
    dialog.section_checks[Section.MOODS].setChecked(True)
    dialog.preview_button.click()
    dialog.save_button.click()  # the file chooser is cancelled (no path queued)
    assert dialog.isVisible() and page.repo.history() == []
