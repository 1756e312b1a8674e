"""Sharing the connecting sections: ticked in the share dialog, seen in the preview and in the
supporter's review, with the naming choice applied to every name in them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Person
from peerjournal.core.sharing.options import CONNECTING_SECTIONS, DEFAULT_SECTIONS, Naming, Section
from peerjournal.core.support_plan import SupportPlan
from tests.ui.helpers import unnamed_controls
from tests.ui.supporter.helpers import accept_as_is, open_share, review_text
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.sharing.sharing_page import SharingPage
from peerjournal.ui.widgets import files


def fill(journal) -> None:
    now = datetime.now(UTC)
    sam = journal.add_person(Person(name="Sam Okafor"))
    mary = journal.add_person(Person(name="Mary Ann Jones"))
    journal.plan.save(SupportPlan(keep_well=("Morning walks",), contacts=(sam.id,)))
    resources = journal.resources
    first, second = resources.items()[:2]
    resources.save_check([
        Answer(first.id, first.domain, first.text, Reply.YES, (mary.id,)),
        Answer(second.id, second.domain, second.text, Reply.NO),
    ], taken=now - timedelta(days=3))
    journal.goals.new_goal("Find a walking group", why="GOAL-WHY-MARKER", helper_person_id=sam.id)
    journal.snapshots.take_snapshot()


def test_connecting_sections_are_ticked_previewed_and_read_by_the_supporter(qtbot, journal, store, tmp_path):
    fill(journal)
    window = make_supporter_window(qtbot, store)
    page = SharingPage(journal)
    qtbot.addWidget(page)
    page.show()
    page.name_edit.setText("Dev")
    page.key_edit.setText(window.key_panel.key_edit.text())
    page.add_button.click()

    dialog = page.open_share_dialog()
    assert {s for s, c in dialog.section_checks.items() if c.isChecked()} == DEFAULT_SECTIONS
    assert unnamed_controls(dialog) == []
    for section in (*CONNECTING_SECTIONS, Section.TRACKERS):  # ticked from the keyboard
        dialog.section_checks[section].setFocus()
        qtbot.keyClick(dialog.section_checks[section], Qt.Key.Key_Space)
    assert all(dialog.section_checks[s].isChecked() for s in CONNECTING_SECTIONS)
    dialog.naming.setCurrentIndex(dialog.naming.findData(Naming.PSEUDONYM))
    dialog.sender_name.setText("Alex")
    dialog.preview()
    preview = dialog.preview_text.toPlainText()
    for heading in ("My support plan", "Do I know someone who could…?", "Goals and reviews",
                    "Network snapshots", "Morning walks", "Find a walking group", "Nobody yet",
                    "My trackers", "No tracker values in this period."):
        assert heading in preview, heading
    assert "Sam" not in preview and "Mary" not in preview  # "Person A", "Person B" instead
    assert "Person A" in preview and "Person B" in preview
    assert "GOAL-WHY-MARKER" not in preview  # notes were not chosen
    assert set(dialog.document["sections"]) == {s.value for s in Section} - {"summary"}

    out = tmp_path / "with-sections.pjshare"
    files.next_paths.append(out)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.save_button.click()
    (record,) = page.repo.history()
    assert set(record.sections) == set(Section) - {Section.SUMMARY}

    assert open_share(qtbot, window, out, answer=accept_as_is).outcome == "imported"
    review = review_text(window)
    for expected in ("My support plan", "Morning walks", "Goals and reviews", "Find a walking group",
                     "Network snapshots", "Resting on one person", "Person A", "My trackers"):
        assert expected in review, expected
    assert "Sam" not in review and "Mary" not in review


def test_first_names_and_notes_reach_the_sections(qtbot, journal):
    fill(journal)
    page = SharingPage(journal)
    qtbot.addWidget(page)
    dialog = page.open_share_dialog()  # no supporter: a passphrase file
    dialog.passphrase.setText("a long enough passphrase")
    dialog.passphrase_again.setText("a long enough passphrase")
    for section in Section:
        dialog.section_checks[section].setChecked(section in CONNECTING_SECTIONS)
    dialog.notes.setChecked(True)
    dialog.preview()
    preview = dialog.preview_text.toPlainText()
    assert "GOAL-WHY-MARKER" in preview and "with Sam" in preview
    assert "Okafor" not in preview and "Mary Ann" not in preview
