"""Export summary as PDF…: choose a period and what goes in, then save a printable summary.

The choices are the same as for sharing: the period, the same sections (the support plan
offered only when there is one; the other connecting sections off until ticked, as for
sharing), notes and how people are named. Saving runs in steps so the window never freezes: the
entries are read (one quick set-based read), the report is built in a worker, the charts are
painted (widgets: GUI thread, one a turn of the event loop), then the pages are laid out and
painted in a process of their own (:mod:`~peerjournal.ui.sharing.pdf_apart`: Qt's layout holds
Python's lock for a whole call) while a worker waits for them and saves the file.
Signals: ``saved(object)`` with the :class:`~pathlib.Path` once the file is written.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtGui import QPicture
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.options import (
    Naming,
    Section,
)
from peerjournal.core.summary.report import (
    SECTION_ORDER,
    Report,
    SummaryOptions,
    SupportPlanLike,
)
from peerjournal.core.support_plan import SupportPlan
from peerjournal.errors import UserError
from peerjournal.ops.summary import build_summary, everything_start, gather_summary
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.translations import context_tr
from peerjournal.ui.app.workers import collector_paused, release_collector, run_in_background
from peerjournal.ui.sharing.pdf_apart import write_pdf_apart
from peerjournal.ui.sharing.pdf_summary import chart_picture, chart_weeks
from peerjournal.ui.widgets import files, make
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.charts import WeekStretches
from peerjournal.ui.widgets.dates import from_qdate, to_qdate
from peerjournal.ui.widgets.dialog_steps import show_failure, when_work_ends
from peerjournal.ui.widgets.period_choices import (
    naming_combo,
    notes_check,
    period_dates,
    section_checks,
)

CUSTOM, EVERYTHING = 0, -1
STEPS = 4


def load_support_plan(journal: Journal) -> SupportPlanLike | None:
    """The person's support plan when they have written something in it, else None."""
    plan = journal.plan.load()
    return None if plan.is_empty else plan


def default_path(today: date) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder / f"PeerJournal summary {today.isoformat()}.pdf"


class SummaryDialog(QDialog):
    saved = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Export summary as PDF"))
        self.journal = journal
        self.saved_path: Path | None = None
        self.busy = False
        self.plan = load_support_plan(journal)

        intro = make.label(self.tr(
            "A summary to print or take to a meeting: charts and tables for the period you "
            "choose. Only what you tick goes in, and nothing is saved until you choose where."), wrap=True)
        form = self._choices_form()
        self.progress = make.progress_bar(self.tr("Making the summary"), "summaryProgress", STEPS)
        self.status = make.label(name="summaryStatusLabel")
        self.status.hide()
        self.error = make.error_label()
        self.cancel_button = make.button(
            self.tr("Cancel"), "cancelSummaryButton", self.tr("Close without saving a summary"),
            self.tr("Closes this window. Nothing is saved."), clicked=self.reject)
        self.save_button = make.button(
            self.tr("&Save PDF…"), "saveSummaryButton", self.tr("Choose where to save the summary, then save it"),
            self.tr("Asks where to save, then makes the PDF, saved so that only you can read it."),
            default=True, clicked=self.export)
        # The choices scroll on a short screen (never squashed); progress, error and buttons always show.
        make.column(self, (make.dialog_body(intro, form, 1, name="summaryChoicesBody"), 1),
                    self.status, self.progress, self.error, make.button_row(self.cancel_button, self.save_button))
        order = [self.period, self.start, self.end, *self.section_checks.values(),
                 self.people_patterns, self.notes, self.naming, self.cancel_button, self.save_button]
        chain(order)
        self._period_changed()
        self.resize(560, 640)

    def _choices_form(self) -> QFormLayout:
        """The period, the parts that go in (the plan only when there is one), notes, naming."""
        self.period = make.combo("summaryPeriodCombo", self.tr("Period to summarise"), self.tr(
            "Only entries from these days go in. “Choose dates” lets you set the two dates below."),
            items=((self.tr("The last month"), 30), (self.tr("The last 3 months"), 91),
                   (self.tr("The last year"), 365), (self.tr("Everything"), EVERYTHING),
                   (self.tr("Choose dates"), CUSTOM)))
        self.start, self.end, dates = period_dates(self._today(), 30,
                                                  ("summaryStartEdit", "summaryEndEdit"))
        self.period.currentIndexChanged.connect(self._period_changed)
        # Not lowered: "Do I know someone who could…?" keeps its capital I.
        checks, sections = section_checks(
            SECTION_ORDER, "SummaryCheck", lambda label: self.tr("Include: {part}").format(part=label),
            self.tr("Tick to put this part in the summary; untick to leave it out."),
            self.tr("From Connecting and your support plan (what you wrote about goals and "
                    "services goes in only with your notes; a part with nothing in the period "
                    "says so):"))
        self.section_checks: dict[str, QCheckBox] = {s.value: check for s, check in checks.items()}
        # The support plan is offered only when there is one, and goes in only when ticked.
        self.plan_check = self.section_checks[Section.SUPPORT_PLAN.value]
        self.plan_check.setChecked(False)
        self.plan_check.setVisible(self.plan is not None)
        # Likewise the crisis part alone, when something is in it.
        self._crisis_offered = isinstance(self.plan, SupportPlan) and not self.plan.crisis_is_empty
        crisis_check = self.section_checks[Section.CRISIS_PLAN.value]
        crisis_check.setChecked(False)
        crisis_check.setVisible(self._crisis_offered)
        summary_check = self.section_checks[Section.SUMMARY.value]
        self.people_patterns = make.check_box(
            self.tr("Summary figures: how my mood went with the people I na&med"),
            "peoplePatternsCheck", self.tr("Include patterns about named people"), self.tr(
                "Off unless you tick it: sentences like “on days you were in touch with Sam your "
                "mood averaged…” name people, so they go in only when you choose."))
        self.people_patterns.setEnabled(summary_check.isChecked())
        summary_check.toggled.connect(self.people_patterns.setEnabled)
        self.notes = notes_check("summaryNotesCheck", self.tr(
            "Off unless you tick it: your notes stay out of the summary, only the entries go in."))
        self.naming = naming_combo("summaryNamingCombo")
        form = QFormLayout()
        make.buddy_rows(form, [(self.tr("&Period"), self.period)])
        form.addRow("", dates)
        form.addRow(self.tr("What goes in"), sections)
        form.addRow("", self.people_patterns)
        form.addRow("", self.notes)
        make.buddy_rows(form, [(self.tr("People appear &as"), self.naming)])
        return form

    # -- choices ------------------------------------------------------------------
    def _today(self) -> date:
        return to_local(self.journal.clock()).date()

    def _period_changed(self) -> None:
        days = self.period.currentData()
        self.start.setEnabled(days == CUSTOM)
        self.end.setEnabled(days == CUSTOM)
        if days == CUSTOM:
            return
        today = self._today()
        if days == EVERYTHING:
            start = everything_start(self.journal, today)
        else:
            start = today - timedelta(days=days - 1)
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(today))

    def options(self) -> SummaryOptions:
        return SummaryOptions(
            start=from_qdate(self.start.date()), end=from_qdate(self.end.date()),
            sections=frozenset(
                s for s in SECTION_ORDER if self.section_checks[s.value].isChecked()
                and (s is not Section.SUPPORT_PLAN or self.plan is not None)
                and (s is not Section.CRISIS_PLAN or self._crisis_offered)),
            include_notes=self.notes.isChecked(), naming=Naming(self.naming.currentData()),
            people_patterns=self.people_patterns.isChecked()
            and self.section_checks[Section.SUMMARY.value].isChecked(),
        )

    # -- saving -------------------------------------------------------------------
    def export(self) -> None:
        """Check the choices, ask where to save, then make and write the PDF in steps."""
        if self.busy:
            return
        try:
            options = self.options().validate(self._today())
        except UserError as exc:
            self._show_error(str(exc))
            return
        path = files.choose_save(self, self.tr("Save the summary"), self.tr("PDF files (*.pdf)"),
                                 str(default_path(self._today())))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.error.hide()
        self._set_busy(True)
        self._step(1, self.tr("Gathering your entries…"))
        QTimer.singleShot(0, lambda: self._gather(options, path))  # paint the progress first

    def _gather(self, options: SummaryOptions, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        tr = context_tr("SummaryReport")  # its one-argument tr("…") texts: see context_tr
        made, journal = self._today(), self.journal
        self._step(2, self.tr("Working out the figures…"))

        def work() -> tuple[Report, dict[str, WeekStretches]]:  # the reading too: years of entries take seconds
            # Thirty years are a million objects: no collection may walk them (issue 20).
            with collector_paused():
                report = build_summary(options, gather_summary(journal, options), made, tr)
                return report, chart_weeks(report)  # the charts' arithmetic too, off the GUI thread

        run_in_background(work, lambda built: self._built(built[0], built[1], path), self._failed)

    def _built(self, report: Report, weeks: dict[str, WeekStretches], path: Path) -> None:
        if not shiboken6.isValid(self):  # closed meanwhile (a lock): no done() will hand it back
            QTimer.singleShot(0, release_collector)
            return
        self._step(3, self.tr("Drawing the charts…"))
        self._draw_charts(report, weeks, path, {})

    def _draw_charts(self, report: Report, weeks: dict[str, WeekStretches], path: Path,
                     pictures: dict[str, QPicture]) -> None:
        """One chart a turn of the event loop (the charts are widgets: GUI thread); thirty
        years of days took 0.8 s for the three at once, with the window frozen (issue 20)."""
        if not shiboken6.isValid(self):
            return
        spec = next((s for s in report.charts if s.key not in pictures), None)
        if spec is not None:
            try:
                pictures[spec.key] = chart_picture(spec, weeks.get(spec.key))
            except Exception as exc:  # likewise
                self._failed(exc)
                return
            QTimer.singleShot(0, lambda: self._draw_charts(report, weeks, path, pictures))
            return
        family = QApplication.font().family()
        self._step(4, self.tr("Laying out the pages and saving…"))
        run_in_background(lambda: write_pdf_apart(path, report, pictures, family), self._saved,
                          self._failed)

    @when_work_ends
    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.saved.emit(path)
        self.accept()

    @when_work_ends
    def _failed(self, exc: BaseException) -> None:
        show_failure(self, self.error, exc, self.tr(
            "The summary could not be made. Nothing was saved; your journal is unchanged."),
            self.tr("Summary not saved"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _step(self, n: int, text: str) -> None:
        self.progress.setValue(n - 1)
        self.status.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.status.setVisible(busy)
        for widget in (self.save_button, self.cancel_button, self.period, self.start, self.end,
                       self.naming, self.notes, self.people_patterns, *self.section_checks.values()):
            widget.setEnabled(not busy)
        if not busy:
            self._period_changed()  # the date fields follow the period again
            self.people_patterns.setEnabled(self.section_checks[Section.SUMMARY.value].isChecked())

    def reject(self) -> None:
        if self.busy:  # a few seconds at most; closing half-way would leave the person unsure
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        # The report is let go once this turn ends: the collector may walk what is left of it.
        QTimer.singleShot(0, release_collector)
