"""Export summary as PDF: the file itself (pages, text, mode) and the dialog that makes it."""

from __future__ import annotations

import shutil
import stat
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.options import Naming, Section
from peerjournal.core.summary.report import SummaryData, SummaryOptions, build_report
from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.core.vocabulary import Closeness, ContactMode
from peerjournal.storage.journal import Journal
from tests.ui.helpers import make_window, unnamed_controls

from peerjournal.ui.app.style import DARK, LIGHT, palette_for
from peerjournal.ui.sharing.pdf_summary import CHART_SIZE, chart_pictures, write_pdf
from peerjournal.ui.sharing.summary_dialog import SummaryDialog, default_path
from peerjournal.ui.widgets import files, messages

NOW = datetime(2026, 6, 30, 12).astimezone()  # local noon: "today" is 30 June in any zone
NOTE = "talked about the new flat"

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
    reason="poppler-utils (pdftoppm, pdftotext) is not installed; scripts/test.sh installs it",
)


def local(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 6, day, hour).astimezone()


def pdf_text(path: Path) -> str:
    """The PDF's words as poppler reads them (ligatures such as "ﬂ" spelled out)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)


def rendered_pages(path: Path, folder: Path) -> list[Path]:
    """Every page drawn by poppler, as small PNGs; each must have something on it."""
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(folder / "page")], check=True,
                   capture_output=True)
    pages = sorted(folder.glob("page*.png"))
    for page in pages:
        assert page.stat().st_size > 500, page
    return pages


def toggle(qtbot, check) -> None:  # type: ignore[no-untyped-def]
    """Tick or untick a box the way a keyboard user does."""
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)


def sample() -> SummaryData:
    sam = Person(name="Sam Jones", id=1, closeness=Closeness.CLOSE)
    moods = tuple(MoodCheckIn(at=local(d), mood=1 + d % 5, feelings=("calm",),
                              note=NOTE if d == 4 else "", id=d) for d in range(1, 29))
    contacts = tuple(Contact(at=local(d), person_ids=(1,), mode=ContactMode.IN_PERSON, id=d)
                     for d in range(1, 29, 3))
    activities = (Activity(at=local(6), category="Walk", title="Park", id=1),)
    return SummaryData(moods, contacts, activities, (sam,))


def make_pdf(tmp_path: Path, **choices) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    options = SummaryOptions(date(2026, 6, 1), date(2026, 6, 28), **choices)
    report = build_report(options, sample(), made=date(2026, 6, 30))
    path = write_pdf(tmp_path / "summary.pdf", report, chart_pictures(report))
    return path, report.period


@needs_poppler
def test_pdf_has_the_chosen_sections_only_and_renders(qtbot, tmp_path):
    path, period = make_pdf(tmp_path, sections=frozenset({Section.MOODS, Section.PEOPLE}))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left

    pages = rendered_pages(path, tmp_path)
    assert len(pages) == 3  # the title page, then one section a page
    text = pdf_text(path)
    assert "PeerJournal summary" in text and period in text
    assert "Made on 30 June 2026" in text
    for heading in ("Mood check-ins", "Mood over time", "People and network"):
        assert heading in text
    for heading in ("Summary figures", "Activities each week", "Who you were in touch with"):
        assert heading not in text
    assert "Page 1 of 3" in text and "Page 3 of 3" in text and "private" in text
    assert NOTE not in text and "Sam" in text and "Sam Jones" not in text


@needs_poppler
def test_notes_and_names_only_as_chosen(qtbot, tmp_path):
    path, _ = make_pdf(tmp_path, include_notes=True, naming=Naming.PSEUDONYM)
    text = pdf_text(path)
    assert NOTE in text and "Person A" in text and "Sam" not in text
    for heading in ("Summary figures", "Mood check-ins", "Contacts", "Activities",
                    "People and network"):
        assert heading in text
    assert len(rendered_pages(path, tmp_path)) >= 6


def test_charts_are_light_whatever_the_theme(qtbot):
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(palette_for(DARK))
    try:
        report = build_report(SummaryOptions(date(2026, 6, 1), date(2026, 6, 28)), sample(),
                              made=date(2026, 6, 30))
        pictures = chart_pictures(report)
    finally:
        app.setPalette(before)
    assert set(pictures) == {"mood", "contacts", "activities"}
    for picture in pictures.values():
        assert picture.boundingRect().width() == CHART_SIZE[0]
        image = QImage(*CHART_SIZE, QImage.Format.Format_RGB32)
        image.fill(QColor("black"))
        painter = QPainter(image)
        painter.drawPicture(0, 0, picture)
        painter.end()
        # Just inside the chart's frame: the light theme's base colour, not the dark one.
        assert image.pixelColor(CHART_SIZE[0] // 2, 3) == QColor(LIGHT["base"])


# -- the dialog ---------------------------------------------------------------------
@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.clock = lambda: NOW
    sam = journal.add_person(Person(name="Sam Jones"))
    for day in range(1, 29):
        journal.add_mood(MoodCheckIn(at=local(day), mood=1 + day % 5,
                                     note=NOTE if day == 4 else ""))
        if day % 3 == 0:
            journal.add_contact(Contact(at=local(day), person_ids=(sam.id,)))
    return journal


def test_dialog_saves_a_pdf_with_the_choices(qtbot, filled, tmp_path):
    dialog = SummaryDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert not dialog.plan_check.isVisible()  # no support plan in this journal
    assert dialog.options().start == date(2026, 6, 1) and dialog.options().end == date(2026, 6, 30)
    for name in ("activities", "summary"):
        toggle(qtbot, dialog.section_checks[name])
    assert dialog.options().sections == {Section.MOODS, Section.CONTACTS, Section.PEOPLE}
    dialog.naming.setCurrentIndex(dialog.naming.findData(Naming.PSEUDONYM))
    files.next_paths.append(tmp_path / "for my meeting")  # ".pdf" is added

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.progress.isVisible() and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        pass
    path = saved.args[0]
    assert path == tmp_path / "for my meeting.pdf" and dialog.saved_path == path
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not dialog.isVisible()
    if shutil.which("pdftotext"):
        text = pdf_text(path)
        assert "Mood check-ins" in text and "Contacts each week" in text
        assert "Activities each week" not in text and "Summary figures" not in text
        assert "Person A" in text and "Sam" not in text and NOTE not in text


def test_everything_starts_at_the_first_entry(qtbot, filled):
    dialog = SummaryDialog(filled)
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(3)
    assert dialog.options().start == date(2026, 6, 1)
    assert not dialog.start.isEnabled()
    dialog.period.setCurrentIndex(4)  # choose dates
    assert dialog.start.isEnabled() and dialog.end.isEnabled()
    assert default_path(date(2026, 6, 30)).name == "PeerJournal summary 2026-06-30.pdf"


def test_a_failed_write_says_so_and_keeps_the_choices(qtbot, filled, tmp_path):
    dialog = SummaryDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    toggle(qtbot, dialog.notes)
    out = tmp_path / "out"
    out.mkdir()
    not_a_folder = out / "a file"
    not_a_folder.write_text("")
    files.next_paths.append(not_a_folder / "summary.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Could not save the summary" in dialog.error.text()
    assert "Nothing was changed" in dialog.error.text()
    assert messages.shown[-1] == ("Summary not saved", dialog.error.text())
    assert dialog.notes.isChecked() and dialog.save_button.isEnabled()
    assert [p.name for p in out.iterdir()] == ["a file"]  # nothing half-written left behind

    # The same choices, somewhere that works.
    files.next_paths.append(out / "summary.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    if shutil.which("pdftotext"):
        assert NOTE in pdf_text(out / "summary.pdf")


def test_nothing_chosen_or_no_file_chosen_saves_nothing(qtbot, filled, tmp_path):
    dialog = SummaryDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    for check in dialog.section_checks.values():
        check.setChecked(False)
    out = tmp_path / "out"
    out.mkdir()
    files.next_paths.append(out / "never.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least one" in dialog.error.text() and files.next_paths  # not even asked where
    dialog.section_checks["moods"].setChecked(True)
    files.next_paths.clear()  # the file chooser is cancelled
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and list(out.iterdir()) == []


def test_main_window_offers_it_in_the_journal_menu_and_on_insights(qtbot, journal):
    window = make_window(qtbot, journal)
    journal_menu = window.menuBar().actions()[0].menu()
    assert window.summary_action in journal_menu.actions()
    assert window.summary_action.shortcut().toString() == "Ctrl+P"
    window.summary_action.trigger()
    dialog = window.findChild(SummaryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is None)
    window.go_to(3)
    qtbot.mouseClick(window.insights.summary_button, Qt.MouseButton.LeftButton)
    assert window.findChild(SummaryDialog).isVisible()


def test_the_support_plan_goes_in_when_ticked(qtbot, filled, tmp_path):
    sam = filled.people()[0]
    filled.plan.save(SupportPlan(
        keep_well=("Walking by the river",), contacts=(sam.id,),
        services=(Service(name="Night line", what="Listening, 6pm to 2am",
                          how_to_contact="0800 123 456", notes="ask for Jo"),)))
    dialog = SummaryDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_check.isVisible() and dialog.plan_check.isChecked()
    assert unnamed_controls(dialog) == []
    assert dialog.plan_check is dialog.section_checks["support_plan"]  # one of the sections
    for check in dialog.section_checks.values():  # the plan on its own is a fine summary
        if check is not dialog.plan_check:
            check.setChecked(False)
    files.next_paths.append(tmp_path / "plan.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = pdf_text(tmp_path / "plan.pdf")
    assert "My support plan" in text and "Walking by the river" in text
    assert "0800 123 456" in text and "Sam (Friend)" in text
    assert "ask for Jo" not in text and "Mood check-ins" not in text

    again = SummaryDialog(filled)
    qtbot.addWidget(again)
    again.show()
    toggle(qtbot, again.plan_check)
    files.next_paths.append(tmp_path / "no plan.pdf")
    with qtbot.waitSignal(again.saved, timeout=20_000):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "no plan.pdf")
    assert "My support plan" not in text and "Walking by the river" not in text
