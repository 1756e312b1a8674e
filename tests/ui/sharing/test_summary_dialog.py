"""Summary dialog: the choices, the period, saving the PDF and what happens when writing fails."""

from __future__ import annotations

import shutil
import stat
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.settings import Theme
from peerjournal.core.sharing.options import Naming, Section
from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.core.vocabulary import Relationship
from peerjournal.storage.journal import Journal
from tests.ui.helpers import make_window, unnamed_controls
from tests.ui.sharing.helpers import NOTE, NOW, local, pdf_text, toggle

from peerjournal.ui.app import style
from peerjournal.ui.sharing import summary_dialog
from peerjournal.ui.sharing.summary_dialog import SummaryDialog, default_path
from peerjournal.ui.widgets import files, messages


# -- the dialog ---------------------------------------------------------------------
@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.clock = lambda: NOW
    sam = journal.add_person(Person(name="Sam Jones", relationship=Relationship.FRIEND))
    for day in range(1, 29):
        journal.add_mood(MoodCheckIn(at=local(day), mood=1 + day % 5,
                                     note=NOTE if day == 4 else ""))
        if day % 3 == 0:
            journal.add_contact(Contact(at=local(day), person_ids=(sam.id,)))
    return journal


def shown(qtbot, journal: Journal) -> SummaryDialog:  # type: ignore[no-untyped-def]
    """The dialog on ``journal``, shown."""
    dialog = SummaryDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_as(qtbot, dialog: SummaryDialog, path, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Press Save, choose ``path`` in the file chooser, and wait until the PDF is saved."""
    files.next_paths.append(path)
    with qtbot.waitSignal(dialog.saved, timeout=timeout):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_dialog_saves_a_pdf_with_the_choices(qtbot, filled, tmp_path):
    dialog = shown(qtbot, filled)
    assert unnamed_controls(dialog) == []
    assert not dialog.plan_check.isVisible()  # no support plan in this journal
    assert dialog.options().start == date(2026, 6, 1) and dialog.options().end == date(2026, 6, 30)
    assert not dialog.section_checks["summary"].isChecked()  # figures only when ticked
    toggle(qtbot, dialog.section_checks["activities"])
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
    dialog = shown(qtbot, filled)
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
    save_as(qtbot, dialog, out / "summary.pdf")
    if shutil.which("pdftotext"):
        assert NOTE in pdf_text(out / "summary.pdf")


def test_nothing_chosen_or_no_file_chosen_saves_nothing(qtbot, filled, tmp_path):
    dialog = shown(qtbot, filled)
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
    dialog = shown(qtbot, filled)
    assert dialog.plan_check.isVisible() and not dialog.plan_check.isChecked()  # in only when ticked
    toggle(qtbot, dialog.plan_check)
    assert unnamed_controls(dialog) == []
    assert dialog.plan_check is dialog.section_checks["support_plan"]  # one of the sections
    for check in dialog.section_checks.values():  # the plan on its own is a fine summary
        if check is not dialog.plan_check:
            check.setChecked(False)
    save_as(qtbot, dialog, tmp_path / "plan.pdf")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = pdf_text(tmp_path / "plan.pdf")
    assert "My support plan" in text and "Walking by the river" in text
    assert "0800 123 456" in text and "Sam (Friend)" in text
    assert "ask for Jo" not in text and "Mood check-ins" not in text

    again = shown(qtbot, filled)  # left unticked
    save_as(qtbot, again, tmp_path / "no plan.pdf")
    text = pdf_text(tmp_path / "no plan.pdf")
    assert "My support plan" not in text and "Walking by the river" not in text


def test_statements_about_named_people_only_when_ticked(qtbot, filled):
    dialog = shown(qtbot, filled)
    summary = dialog.section_checks["summary"]
    assert not summary.isChecked() and not dialog.people_patterns.isChecked()
    assert not dialog.people_patterns.isEnabled()  # it belongs to the summary figures
    toggle(qtbot, summary)
    assert dialog.people_patterns.isEnabled() and not dialog.options().people_patterns
    toggle(qtbot, dialog.people_patterns)
    assert dialog.options().people_patterns
    toggle(qtbot, summary)  # no figures: no statements either
    assert not dialog.options().people_patterns


def test_the_crisis_part_goes_in_on_its_own_when_ticked(qtbot, filled, tmp_path):
    sam = filled.people()[0]
    filled.plan.save(SupportPlan(keep_well=("Walking by the river",), places_avoid=("Ward 4",),
                                 what_helps=("Quiet and tea",), contacts=(sam.id,)))
    dialog = shown(qtbot, filled)
    crisis = dialog.section_checks["crisis_plan"]
    assert crisis.isVisible() and not crisis.isChecked()  # offered, in only when ticked
    for check in dialog.section_checks.values():
        check.setChecked(False)
    toggle(qtbot, crisis)
    save_as(qtbot, dialog, tmp_path / "crisis.pdf")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = pdf_text(tmp_path / "crisis.pdf")
    assert "My crisis plan" in text and "Ward 4" in text and "Quiet and tea" in text and "Sam" in text
    assert "Walking by the river" not in text  # not part of the crisis plan


def test_the_entries_are_read_and_the_report_built_in_a_worker(qtbot, filled, tmp_path, monkeypatch):
    """Issue 20: reading years of entries on the GUI thread froze the window for seconds."""
    threads: list[threading.Thread] = []
    real = summary_dialog.gather_summary

    def gathering(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(summary_dialog, "gather_summary", gathering)
    dialog = shown(qtbot, filled)
    save_as(qtbot, dialog, tmp_path / "summary.pdf")
    assert threads and threads[0] is not threading.main_thread()


def test_each_chart_is_drawn_in_its_own_turn_of_the_event_loop(qtbot, filled, tmp_path, monkeypatch):
    """Issue 20: the three charts of thirty years drawn at once froze the window for 0.8 s.
    A zero timer started while one chart is drawn has run before the next is drawn."""
    from PySide6.QtCore import QTimer

    turns: list[str] = []
    real = summary_dialog.chart_picture

    def drawing(spec, weeks=None):  # type: ignore[no-untyped-def]
        turns.append(spec.key)
        QTimer.singleShot(0, lambda: turns.append("turn"))
        return real(spec, weeks)

    monkeypatch.setattr(summary_dialog, "chart_picture", drawing)
    dialog = shown(qtbot, filled)
    save_as(qtbot, dialog, tmp_path / "summary.pdf")
    charts = [t for t in turns if t != "turn"]
    assert charts == ["mood", "contacts"]  # no activities in this journal: no chart
    for key in charts[1:]:  # the event loop turned before each chart after the first
        assert turns[turns.index(key) - 1] == "turn"


def test_the_pages_are_laid_out_and_painted_in_a_process_of_their_own(qtbot, filled, tmp_path, monkeypatch):
    """Issue 20: Qt's layout and painting hold Python's lock for a whole call, so in a worker
    thread one section of 30 years still froze the window 1.2–1.6 s. A child process makes
    the pages (this process can't: its pdf_bytes fails here), with the same text as the same
    report made here in one go; the worker only waits for it and saves the file."""
    from peerjournal.ui.sharing import pdf_apart, pdf_summary

    made: list[tuple] = []
    real_write, real_bytes = pdf_apart.write_pdf_apart, pdf_summary.pdf_bytes
    waited_on: list[threading.Thread] = []

    def writing(path, *args):  # type: ignore[no-untyped-def]
        made.append(args)
        waited_on.append(threading.current_thread())
        return real_write(path, *args)

    def not_here(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("the pages were laid out in the window's process")

    monkeypatch.setattr(summary_dialog, "write_pdf_apart", writing)
    monkeypatch.setattr(pdf_apart, "pdf_bytes", not_here)
    dialog = shown(qtbot, filled)
    save_as(qtbot, dialog, tmp_path / "summary.pdf", timeout=60_000)
    assert waited_on and waited_on[0] is not threading.main_thread()
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE((tmp_path / "summary.pdf").stat().st_mode) == 0o600
    if shutil.which("pdftotext"):
        here = (tmp_path / "here.pdf")
        here.write_bytes(real_bytes(*made[0]))
        assert pdf_text(tmp_path / "summary.pdf") == pdf_text(here)
        assert "Mood check-ins" in pdf_text(here)


def test_without_a_python_to_start_the_pages_are_made_here(qtbot, filled, tmp_path, monkeypatch):
    """A frozen bundle has no ``python -m``: the PDF is made in the worker as before."""
    from peerjournal.ui.sharing import pdf_apart

    monkeypatch.setattr(pdf_apart, "can_start_child", lambda: False)
    monkeypatch.setattr(pdf_apart, "child_pdf_bytes", lambda *args: pytest.fail("a child was started"))
    dialog = shown(qtbot, filled)
    save_as(qtbot, dialog, tmp_path / "summary.pdf")
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_the_choices_never_scroll_sideways_in_high_contrast(qtbot, qapp, filled):
    """High contrast gives scroll areas a 1px border: the choices' area counts it, so on a short
    screen (the up-and-down bar showing) nothing is a few pixels too wide."""
    manager = style.install(qapp, Theme.HIGH_CONTRAST)
    try:
        filled.plan.save(SupportPlan(what_helps=("Tea",)))  # the plan's choice shows too
        dialog = SummaryDialog(filled)
        qtbot.addWidget(dialog)
        dialog.resize(dialog.minimumSizeHint().width(), 360)  # short: the choices scroll
        dialog.show()
        qtbot.waitExposed(dialog)
        area = dialog.findChild(QScrollArea, "summaryChoicesBody")
        qtbot.waitUntil(area.verticalScrollBar().isVisible)
        assert area.frameWidth() >= 1
        assert area.widget().width() <= area.viewport().width()
        assert area.horizontalScrollBar().maximum() == 0
    finally:
        manager.uninstall()


def test_no_collection_walks_the_report_while_it_is_built(qtbot, filled, tmp_path, monkeypatch):
    """Thirty years are about a million objects in the worker: each full collection walked all
    of them with Python's lock held and froze the window 100-230 ms (issue 20). While the report
    is built the collector waits; what it made is out of its sight until the dialog is done."""
    import gc

    seen: list[bool] = []
    real = summary_dialog.build_summary

    def building(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(summary_dialog, "build_summary", building)
    dialog = SummaryDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    files.next_paths.append(tmp_path / "summary.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen == [False]  # no collection while the report was built
    assert gc.isenabled()  # and collections went on after it
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0)  # handed back once the dialog is done


def test_the_collector_sees_everything_again_when_the_dialog_went_first(qtbot, filled, tmp_path, monkeypatch):
    """Locked while the report is built: the dialog is gone before the work ends, and what the
    work made is still handed back to the collector (else cycles in it would never be freed)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    go_on = threading.Event()
    real = summary_dialog.build_summary

    def building(*args, **kwargs):
        go_on.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(summary_dialog, "build_summary", building)
    dialog = SummaryDialog(filled)
    dialog.show()
    files.next_paths.append(tmp_path / "summary.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not gc.isenabled())  # the work has begun
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    go_on.set()
    qtbot.waitUntil(lambda: gc.isenabled() and gc.get_freeze_count() == 0, timeout=20_000)
    assert not (tmp_path / "summary.pdf").exists()
