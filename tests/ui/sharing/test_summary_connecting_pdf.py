"""The printable summary's connecting sections: in the PDF only when chosen, and chosen in the
dialog with the same labels as sharing, by keyboard."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peerjournal.core.connecting.goals import Goal, Happened, Review
from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.core.sharing.options import DEFAULT_SECTIONS, SECTION_LABELS, Naming, Section
from peerjournal.core.summary.report import SummaryOptions, build_report
from peerjournal.storage.journal import Journal
from tests.core.summary.helpers import DATA, HELP, IN_THE_WAY, WHY
from tests.ui.helpers import unnamed_controls
from tests.ui.sharing.helpers import pdf_text, toggle

from peerjournal.ui.sharing.pdf_summary import chart_pictures, write_pdf
from peerjournal.ui.sharing.summary_dialog import SummaryDialog
from peerjournal.ui.widgets import files

NOW = datetime(2026, 6, 30, 12).astimezone()
CHECK_HEADING = unicodedata.normalize("NFKC", "Do I know someone who could…?")  # "…" → "..."
CONNECTING = (Section.SUPPORT_PLAN, Section.RESOURCE_CHECK, Section.GOALS,
              Section.NETWORK_SNAPSHOTS, Section.CRISIS_PLAN)

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"),
                                     reason="poppler-utils (pdftotext) is not installed")


def local(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 6, day, hour).astimezone()


def make_pdf(tmp_path, name: str, **choices) -> str:  # type: ignore[no-untyped-def]
    report = build_report(SummaryOptions(date(2026, 6, 1), date(2026, 6, 28), **choices), DATA,
                          made=date(2026, 7, 1))
    return pdf_text(write_pdf(tmp_path / name, report, chart_pictures(report)))


@needs_pdftotext
def test_pdf_has_the_new_headings_only_when_chosen(qtbot, tmp_path):
    text = make_pdf(tmp_path, "goals.pdf", naming=Naming.PSEUDONYM,
                    sections=frozenset({Section.GOALS, Section.NETWORK_SNAPSHOTS}))
    for words in ("Goals and reviews", "Find a walking group", "Helping with it: Person B",
                  "Network over time", "The shape of your network",
                  "Moved closer: Person B, from the middle circle to the close circle"):
        assert words in text
    assert CHECK_HEADING not in text and "Resting on one person" not in text
    assert WHY not in text and IN_THE_WAY not in text and "Ana" not in text

    text = make_pdf(tmp_path, "check.pdf", include_notes=True,
                    sections=frozenset({Section.RESOURCE_CHECK, Section.GOALS}))
    assert CHECK_HEADING in text and "Resting on one person" in text and "Only Sam." in text
    assert "Since your check on 10 May 2026" in text
    assert WHY in text and IN_THE_WAY in text and HELP in text
    assert "Network over time" not in text

    text = make_pdf(tmp_path, "basic.pdf")
    for heading in (CHECK_HEADING, "Goals and reviews", "Network over time"):
        assert heading not in text


# -- the dialog ---------------------------------------------------------------------------
@pytest.fixture
def connected(journal: Journal) -> Journal:
    journal.clock = lambda: NOW
    sam = journal.add_person(Person(name="Sam Jones"))
    journal.add_mood(MoodCheckIn(at=local(2), mood=4))
    checks = journal.resources
    lift = checks.items()[0]
    assert lift.id is not None
    checks.save_check([Answer(lift.id, lift.domain, lift.text, Reply.YES, (sam.id,))],
                      taken=local(12))
    goals = journal.goals
    walk = goals.add_goal(Goal("Find a walking group", review_on=date(2026, 6, 20),
                               created=local(3), why=WHY, helper_person_id=sam.id))
    goals.add_review(Review(walk.id, date(2026, 6, 20), Happened.YES, in_the_way=IN_THE_WAY))
    return journal


def test_dialog_offers_the_sharing_sections_by_keyboard(qtbot, connected, tmp_path):
    dialog = SummaryDialog(connected)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert unnamed_controls(dialog) == []
    assert list(dialog.section_checks) == [s.value for s in (
        Section.SUMMARY, Section.MOODS, Section.CONTACTS, Section.ACTIVITIES, Section.PEOPLE,
        Section.TRACKERS, *CONNECTING)]
    assert not dialog.section_checks["trackers"].isChecked()  # the person's own trackers: only when ticked
    for section in CONNECTING:
        check = dialog.section_checks[section.value]
        assert check.text() == SECTION_LABELS[section]
        assert check.accessibleName() == f"Include: {SECTION_LABELS[section]}"  # "Do I", not "do i"
        assert not check.isChecked()  # as for sharing: in only when ticked
    assert not dialog.plan_check.isVisible()  # no support plan written
    assert not dialog.section_checks["crisis_plan"].isVisible()  # nor a crisis part
    assert all(dialog.section_checks[s.value].isChecked() for s in DEFAULT_SECTIONS)
    assert not dialog.section_checks["summary"].isChecked()  # figures only when ticked
    assert dialog.options().sections == DEFAULT_SECTIONS

    # Tab moves on from the trackers box to the resource check (the hidden plan is skipped).
    dialog.section_checks["trackers"].setFocus()
    qtbot.keyClick(dialog.section_checks["trackers"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.section_checks["resource_check"]
    toggle(qtbot, dialog.section_checks["resource_check"])
    toggle(qtbot, dialog.section_checks["goals"])
    toggle(qtbot, dialog.section_checks["network_snapshots"])
    for name in ("contacts", "activities", "people"):
        toggle(qtbot, dialog.section_checks[name])
    assert dialog.options().sections == {Section.MOODS, Section.RESOURCE_CHECK, Section.GOALS,
                                         Section.NETWORK_SNAPSHOTS}

    files.next_paths.append(tmp_path / "with goals.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.section_checks["goals"].isEnabled()  # busy: choices wait
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        pass
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = pdf_text(tmp_path / "with goals.pdf")
    assert CHECK_HEADING in text and "Only Sam." in text
    assert "Goals and reviews" in text and "Find a walking group" in text
    assert "20 June 2026: it happened" in text and "Helping with it: Sam" in text
    assert WHY not in text and IN_THE_WAY not in text and "Sam Jones" not in text
    # Ticked with nothing in the period: the summary says so plainly.
    assert "Network over time" in text
    assert "No snapshots of your network were taken in this period." in text
    assert "Summary figures" not in text and "People and network" not in text
