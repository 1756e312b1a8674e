"""Export summary as PDF: the file itself (pages, text, mode, light charts)."""

from __future__ import annotations

import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.options import BASIC_SECTIONS, Naming, Section
from peerjournal.core.summary.report import SummaryData, SummaryOptions, build_report
from peerjournal.core.vocabulary import Closeness, ContactMode
from tests.ui.sharing.helpers import NOTE, local, pdf_text

from peerjournal.ui.app.style import DARK, LIGHT, palette_for
from peerjournal.ui.sharing import pdf_summary
from peerjournal.ui.sharing.pdf_summary import CHART_SIZE, chart_pictures, write_pdf

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
    reason="poppler-utils (pdftoppm, pdftotext) is not installed; scripts/test.sh installs it",
)


def rendered_pages(path: Path, folder: Path) -> list[Path]:
    """Every page drawn by poppler, as small PNGs; each must have something on it."""
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(folder / "page")], check=True,
                   capture_output=True)
    pages = sorted(folder.glob("page*.png"))
    for page in pages:
        assert page.stat().st_size > 500, page
    return pages


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
    path, _ = make_pdf(tmp_path, include_notes=True, naming=Naming.PSEUDONYM, sections=BASIC_SECTIONS)
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




def test_each_part_is_laid_out_on_its_own(qtbot, tmp_path, monkeypatch):
    """Issue 20: one layout call over the whole report held the GIL for seconds (the window
    froze while the worker made the PDF). The title page and each section go on their own."""
    laid: list[str] = []
    real = pdf_summary._laid_out

    def recording(html, *args):  # type: ignore[no-untyped-def]
        laid.append(html)
        return real(html, *args)

    monkeypatch.setattr(pdf_summary, "_laid_out", recording)
    path, _period = make_pdf(tmp_path, sections=frozenset({Section.MOODS, Section.PEOPLE}))
    assert path.read_bytes().startswith(b"%PDF")
    assert len(laid) == 3 and "<h2" not in laid[0]
    assert [html.count("<h2") for html in laid[1:]] == [1, 1]
    assert "page-break" not in "".join(laid)  # a new part starts a page: no empty page first


def test_a_long_mood_charts_weeks_are_worked_out_without_a_widget(qtbot, monkeypatch):
    """Issue 20: 30 years of weeks took 0.2 s on the GUI thread. chart_weeks (the worker's)
    gives the chart the same drawing as it works out itself, and then it works out nothing."""
    from dataclasses import replace
    from datetime import timedelta

    from peerjournal.core.summary.model import MoodChartSpec

    from peerjournal.ui.widgets import charts

    start = date(2020, 1, 1)
    daily = tuple((start + timedelta(days=n), None if n % 11 == 3 else float(1 + n % 5)) for n in range(400))
    spec = MoodChartSpec("mood", "Mood over time", "", daily, tuple((d, None) for d, _ in daily))
    report = build_report(SummaryOptions(date(2026, 6, 1), date(2026, 6, 28)), sample(), made=date(2026, 6, 30))
    weeks = pdf_summary.chart_weeks(replace(report, charts=(spec,)))
    assert set(weeks) == {"mood"}
    worked_out_itself = chart_picture_image(pdf_summary.chart_picture(spec))
    monkeypatch.setattr(charts, "week_stretches", lambda daily: pytest.fail("worked out on the GUI thread"))
    assert chart_picture_image(pdf_summary.chart_picture(spec, weeks["mood"])) == worked_out_itself


def chart_picture_image(picture) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(*CHART_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    painter.drawPicture(0, 0, picture)
    painter.end()
    return image
