"""Insights: mood over time, a year in colour, contacts and activities, patterns, your network.

Every chart has the same numbers in words or in a table beside it. Each tab reads entries
grouped by local day in SQL (``storage.insights_days``), never every entry, and only the period
it shows: the mood chart its span, the Year grid its year, the network map its last 90 days.
What needs the whole history (Patterns, the mood chart's "All") is read a year a step between
turns of the event loop, "Working it out…" meanwhile; a change to the journal drops a read under
way. What was read is kept until the journal changes (only the period on show), and only the
tab on show reloads (the others when opened).
Signals: ``dayChosen(object)`` with the :class:`date` picked on the year grid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import end_of_local_day, to_local, to_storage
from peerjournal.core.connecting.network_history import REASON_SAVED
from peerjournal.core.insights import (
    SPAN_LABELS,
    DayCell,
    History,
    MoodOverTime,
    Span,
    help_grid,
    local_day,
    local_day_bounds,
    span_dates,
)
from peerjournal.core.insights.better_days import PATTERN_NOTE, BetterDays, Finding, compare_days
from peerjournal.core.insights.connection import (
    RECENT_DAYS,
    ConnectionSignals,
    NetworkNode,
    nodes_from_days,
    signals_from_numbers,
)
from peerjournal.core.insights.counts import (
    activities_per_week_from,
    contacts_per_week_from,
    people_per_month_from,
)
from peerjournal.core.insights.mood import AVERAGE_WINDOW, mood_series_from
from peerjournal.core.insights.trackers import tracker_findings
from peerjournal.core.mentions import plain as plain_note
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, ContactMode
from peerjournal.errors import UserError
from peerjournal.storage.insights import first_entry_at
from peerjournal.storage.insights_days import (
    DayNumbers,
    activities_by_week,
    contacts_by_week,
    daily_mood_means,
    day_cells,
    day_numbers_by_slices,
    mood_means_by_slices,
    people_by_month,
    touch_days,
)
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.undo import perform
from peerjournal.ui.insights.help_model import HelpGridModel
from peerjournal.ui.insights.network_search import NetworkSearch
from peerjournal.ui.insights.network_view import NetworkView, relationship_legend
from peerjournal.ui.insights.trackers_tab import TrackersTab
from peerjournal.ui.people import MovePersonCommand
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.accessible import describe_tabs, tie_label
from peerjournal.ui.widgets.charts import (
    MoodLineChart,
    MoodSwatch,
    StackedBarChart,
    YearGrid,
    mood_word,
)
from peerjournal.ui.widgets.dates import day_text, when_text
from peerjournal.ui.widgets.make import named, scrolling
from peerjournal.ui.widgets.status import set_status
from peerjournal.ui.widgets.tables import fill_figures, read_only

INSIGHT_CHANGES = {Change.MOODS, Change.CONTACTS, Change.ACTIVITIES, Change.PEOPLE, Change.TRACKERS}
NETWORK_CHANGES = {Change.CONTACTS, Change.ACTIVITIES, Change.PEOPLE}  # what My network shows
MOOD, YEAR, COUNTS, PATTERNS, NETWORK, TRACKERS = range(6)


def _table(name: str, description: str = "") -> QTableWidget:
    table = named(QTableWidget(), "", name, description or QCoreApplication.translate(
        "InsightsPage", "The same numbers as the chart. The arrow keys move between the cells."))
    return read_only(table, QCoreApplication.translate("InsightsPage", "Columns"),
                     rows=QCoreApplication.translate("InsightsPage", "Rows"))


def help_table(name: str, description: str) -> tuple[QTableView, HelpGridModel]:
    """The help table, its model set once: columns of a fixed width the person can drag wider,
    never fitted to their contents (with 3,000 people that measured every name every time)."""
    table = read_only(named(QTableView(), "helpGrid", name, description),
                      QCoreApplication.translate("InsightsPage", "Columns"),
                      rows=QCoreApplication.translate("InsightsPage", "Rows"))
    model = HelpGridModel(table)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(110)
    # Rows keep one line's height: fitting them to contents read up to 1,000 columns of cells.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table, model


def _text(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label



class InsightsPage(QWidget):
    dayChosen = Signal(object)
    exportSummaryRequested = Signal()  # "Export summary as PDF…" (the main window opens it)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.journal = journal
        # A move on the network map is undoable (the main window's Edit ▸ Undo; own stack alone).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # Only the period on show is kept (never a copy per period: memory at 30 years).
        self._moods: tuple[Span, MoodOverTime] | None = None  # the mood chart's span and series
        self._groups: DayNumbers | None = None  # Patterns: the whole history grouped by day
        self._people: tuple[Person, ...] | None = None  # the network map's people
        self._network_step: Callable[[], None] | None = None  # the map's next step, due next turn
        self._year: tuple[int, list[DayCell]] | None = None  # the Year grid's year and days
        # Patterns read the whole history a slice a step, between turns of the event loop;
        # a change to the journal drops the read (its result would be stale) and starts anew.
        self._reading: Iterator[DayNumbers | None] | None = None
        # Patterns' figures from the groups, on the day they were worked out.
        self._figures: tuple[DayNumbers, date, tuple[BetterDays, list[Finding]],
                             ConnectionSignals] | None = None
        self._read_timer = QTimer(self, singleShot=True, interval=0)
        self._read_timer.timeout.connect(self._read_step)
        self._mood_reading: tuple[date, Iterator[dict[date, float] | None]] | None = None
        self._mood_timer = QTimer(self, singleShot=True, interval=0)
        self._mood_timer.timeout.connect(self._mood_step)
        self._stale = set(range(6))
        self._network_day: date | None = None  # the day the map was drawn on

        title = QLabel(self.tr("Insights"))
        title.setObjectName("pageTitle")
        intro = _text(self.tr("What your entries show over time. There are no scores here, "
                              "just pictures of what you noted, to use however helps you."))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("insightsTabs")
        self.tabs.setAccessibleName(self.tr("Insights"))
        self.tabs.addTab(self._mood_tab(), self.tr("Mood"))
        self.tabs.addTab(self._year_tab(), self.tr("Year"))
        self.tabs.addTab(self._counts_tab(), self.tr("Contacts and activities"))
        self.tabs.addTab(self._patterns_tab(), self.tr("Patterns"))
        self.tabs.addTab(self._network_tab(), self.tr("My network"))
        self.trackers_tab = TrackersTab(journal)
        self.tabs.addTab(scrolling(self.trackers_tab, self.tr("My trackers")), self.tr("My trackers"))
        describe_tabs(self.tabs, (
            self.tr("Your mood over time, as a chart and in words."),
            self.tr("A square for each day of a year, coloured by mood, with words in a key."),
            self.tr("Contacts and activities each week, and how many people each month."),
            self.tr("What tends to go with your better days, and who you haven't seen for a while."),
            self.tr("A map of your circles, and who can help with what."),
            self.tr("A chart for each of your own trackers, such as sleep or medication."),
        ), self.tr("Kinds of insight"))
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())

        self.summary_button = QPushButton(self.tr("Export summary as P&DF…"))
        self.summary_button.setObjectName("exportSummaryButton")
        self.summary_button.setAccessibleName(self.tr("Export a summary as a PDF"))
        self.summary_button.setAccessibleDescription(self.tr(
            "Charts and tables for a period you choose, to print or take to a meeting."))
        self.summary_button.clicked.connect(self.exportSummaryRequested)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.summary_button)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._refresh_current)
        events.changed.connect(self._on_change)

    # -- tabs --------------------------------------------------------------
    def _mood_tab(self) -> QWidget:
        tab = QWidget()
        self.span_combo = QComboBox()
        self.span_combo.setObjectName("spanCombo")
        self.span_combo.setAccessibleName(self.tr("Time range"))
        self.span_combo.setAccessibleDescription(self.tr("How far back the mood chart goes."))
        for span in Span:
            self.span_combo.addItem(SPAN_LABELS[span], span)
        self.span_combo.setCurrentIndex(list(Span).index(Span.MONTH))
        self.span_combo.currentIndexChanged.connect(lambda _: self._show_mood())
        self.mood_chart = MoodLineChart()
        self.mood_summary = _text(name="moodSummary")
        self.mood_table_button = QPushButton(self.tr("Show as a table"))
        self.mood_table_button.setObjectName("moodTableButton")
        self.mood_table_button.setAccessibleName(self.tr("Show the mood numbers as a table"))
        self.mood_table_button.setAccessibleDescription(self.tr(
            "Shows or hides a table with the same numbers as the chart."))
        self.mood_table_button.setCheckable(True)
        self.mood_table = _table(self.tr("Mood by day"))
        self.mood_table.setObjectName("moodTable")
        self.mood_table.hide()
        self.mood_table_button.toggled.connect(self._toggle_mood_table)
        top = QHBoxLayout()
        range_label = QLabel(self.tr("&Show:"))
        tie_label(range_label, self.span_combo)
        top.addWidget(range_label)
        top.addWidget(self.span_combo)
        top.addStretch(1)
        top.addWidget(self.mood_table_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.mood_chart, 3)
        layout.addWidget(self.mood_summary)
        layout.addWidget(self.mood_table, 2)
        return tab

    def _year_tab(self) -> QWidget:
        tab = QWidget()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.year_spin.setAccessibleDescription(self.tr("The year the grid below shows, a square for each day."))
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self._today().year)
        self.year_spin.valueChanged.connect(lambda _: self._show_year())
        self.year_grid = YearGrid()
        self.year_grid.dayChosen.connect(self._show_day)
        self.year_grid.dayChosen.connect(self.dayChosen)
        self.year_summary = _text(name="yearSummary")
        self.day_title = _text(self.tr("Choose a day to see what you noted then."), "dayTitle")
        self.day_list = QListWidget()
        self.day_list.setObjectName("dayEntries")
        self.day_list.setAccessibleName(self.tr("Entries on the chosen day"))
        self.day_list.setAccessibleDescription(self.tr("What you noted on the day chosen in the grid above."))
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"))
        tie_label(year_label, self.year_spin)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        key = QHBoxLayout()
        key.addWidget(QLabel(self.tr("Colour key:")))
        for level in (1, 2, 3, 4, 5, None):  # painted swatches: they follow a theme switch
            key.addWidget(MoodSwatch(level))
            key.addWidget(QLabel(mood_word(level) if level is not None else self.tr("No check-in")))
        key.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.year_grid, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(key)
        layout.addWidget(self.year_summary)
        layout.addWidget(self.day_title)
        layout.addWidget(self.day_list, 1)
        return tab

    def _counts_tab(self) -> QWidget:
        inner = QWidget()
        self.counts_span = QComboBox()
        self.counts_span.setObjectName("countsSpanCombo")
        self.counts_span.setAccessibleName(self.tr("Time range for contacts and activities"))
        self.counts_span.setAccessibleDescription(self.tr("How far back the charts below go."))
        for span in (Span.MONTH, Span.THREE_MONTHS, Span.YEAR):
            self.counts_span.addItem(SPAN_LABELS[span], span)
        self.counts_span.setCurrentIndex(1)
        self.counts_span.currentIndexChanged.connect(lambda _: self._show_counts())
        self.contacts_chart = StackedBarChart(self.tr("Contacts each week, by way of contact"))
        self.contacts_chart.setObjectName("contactsChart")
        self.activities_chart = StackedBarChart(self.tr("Activities each week, by kind"))
        self.activities_chart.setObjectName("activitiesChart")
        self.people_chart = StackedBarChart(self.tr("Different people in touch each month"))
        self.people_chart.setObjectName("peopleChart")
        self.counts_table_button = QPushButton(self.tr("Show as tables"))
        self.counts_table_button.setObjectName("countsTableButton")
        self.counts_table_button.setAccessibleName(self.tr("Show the numbers as tables"))
        self.counts_table_button.setAccessibleDescription(self.tr(
            "Shows or hides tables with the same numbers as the charts."))
        self.counts_table_button.setCheckable(True)
        self.contacts_table = _table(self.tr("Contacts each week"))
        self.activities_table = _table(self.tr("Activities each week"))
        self.people_table = _table(self.tr("People each month"))
        tables = (self.contacts_table, self.activities_table, self.people_table)
        for table in tables:
            table.hide()
            table.setMinimumHeight(160)
        self.counts_table_button.toggled.connect(lambda on: [t.setVisible(on) for t in tables])
        top = QHBoxLayout()
        span_label = QLabel(self.tr("&Show:"))
        tie_label(span_label, self.counts_span)
        top.addWidget(span_label)
        top.addWidget(self.counts_span)
        top.addStretch(1)
        top.addWidget(self.counts_table_button)
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        for heading, chart, table in (
            (self.tr("Contacts each week"), self.contacts_chart, self.contacts_table),
            (self.tr("Activities each week"), self.activities_chart, self.activities_table),
            (self.tr("Different people you were in touch with, each month"), self.people_chart, self.people_table),
        ):
            label = QLabel(heading)
            label.setObjectName("sectionTitle")
            layout.addWidget(label)
            layout.addWidget(chart)
            layout.addWidget(table)
        return scrolling(inner, self.tr("Contacts and activities"))

    def _patterns_tab(self) -> QWidget:
        inner = QWidget()
        self.patterns_note = _text(name="patternsNote")
        self.findings_label = _text(name="findingsLabel")
        self.signals_label = _text(name="signalsLabel")
        layout = QVBoxLayout(inner)
        for heading, label in ((self.tr("Better days"), self.findings_label),
                               (self.tr("Keeping in touch"), self.signals_label)):
            title = QLabel(heading)
            title.setObjectName("sectionTitle")
            layout.addWidget(title)
            if label is self.findings_label:
                layout.addWidget(self.patterns_note)
            layout.addWidget(label)
        layout.addStretch(1)
        return scrolling(inner, self.tr("Patterns"))

    def _network_tab(self) -> QWidget:
        inner = QWidget()
        self.network = NetworkView()
        self.network.setMinimumHeight(420)
        self.network.closenessChanged.connect(self._move_person)
        self.network_caption = _text(self.tr("Hover over or choose a person to see more. "
                                             "Drag someone to another circle to move them, or choose them "
                                             "with the arrow keys and press Ctrl+Up or Ctrl+Down."), "networkCaption")
        self.network.personChosen.connect(self.network_caption.setText)
        self.network_search = NetworkSearch(self.network)
        legend = relationship_legend()
        self.help_table, self.help_model = help_table(self.tr("Who can help with what"), self.tr(
            "For each kind of help, who you said can give it. The arrow keys move between the cells."))
        self.help_table.setMinimumHeight(190)
        self.help_suggestions = _text(name="helpSuggestions")
        layout = QVBoxLayout(inner)
        layout.addWidget(self.network_search)
        layout.addWidget(self.network, 1)
        layout.addLayout(legend)
        layout.addWidget(self.network_caption)
        layout.addLayout(self._snapshot_row())
        title = QLabel(self.tr("Who can help with what"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.help_table)
        layout.addWidget(self.help_suggestions)
        return scrolling(inner, self.tr("My network"))

    def _snapshot_row(self) -> QHBoxLayout:
        self.snapshot_button = QPushButton(self.tr("Save a &snapshot"))
        self.snapshot_button.setObjectName("saveSnapshotButton")
        self.snapshot_button.setAccessibleName(self.tr("Save a snapshot of your network"))
        self.snapshot_button.setAccessibleDescription(self.tr(
            "Keeps a dated copy of this map, to compare with later on the Connecting page."))
        self.snapshot_button.clicked.connect(self._save_snapshot)
        self.snapshot_status = _text(name="snapshotStatus")
        self.snapshot_status.setAccessibleName(self.tr("Snapshot status"))  # not an empty label
        row = QHBoxLayout()
        row.addWidget(self.snapshot_button)
        row.addWidget(self.snapshot_status, 1)
        return row

    def _save_snapshot(self) -> None:
        try:
            snapshot = self.journal.snapshots.take_snapshot(REASON_SAVED)
        except UserError as exc:
            messages.warn(self, self.tr("Save a snapshot"), str(exc))
            return
        count = len(snapshot.members)
        people = self.tr("%n person(s)", "", count)
        set_status(self.snapshot_status, self.tr(
            "Saved a snapshot of {people} on {date}. To compare it with another date, see "
            "Connecting, Network over time.").format(
                people=people, date=when_text(snapshot.taken, "d MMMM yyyy")))

    # -- data --------------------------------------------------------------
    def _today(self) -> date:
        return to_local(self.journal.clock()).date()

    def year_cells(self, year: int) -> list[DayCell]:
        """A cell for each day of ``year``, counted by day in SQL (only the year on show is
        kept, until the journal changes)."""
        if self._year is None or self._year[0] != year:
            self._year = (year, day_cells(self.journal, date(year, 1, 1), date(year, 12, 31)))
        return self._year[1]

    def mood_data(self, span: Span) -> MoodOverTime:
        """Mood over time for ``span``, from each day's mean mood grouped in SQL, for the days
        of the span alone (and the few before it the trailing average needs): a month reads a
        month at any length of history. "All" starts at the first entry of any kind."""
        today = self._today()
        start = self._span_start(span, today)
        # The trailing average looks back a few days before the first one shown.
        since = start - timedelta(days=AVERAGE_WINDOW)
        return mood_series_from(daily_mood_means(self.journal, since, today), start, today)

    def _span_start(self, span: Span, today: date) -> date:
        if span is Span.ALL:
            first = first_entry_at(self.journal, end_of_local_day(self.journal.clock()))
            return min(local_day(first), today) if first is not None else today
        return span_dates(span, today, History())[0]

    def busy(self) -> bool:
        """A read or a drawing is under way between turns of the event loop (Patterns' history,
        the mood chart's "All", the network map): a tab on show is complete once this is False."""
        return (self._reading is not None or self._mood_reading is not None
                or self._network_step is not None
                or (self._groups is not None and self._figures is None))

    def _on_change(self, kinds: frozenset[Change]) -> None:
        if kinds & INSIGHT_CHANGES:
            self._moods = None
            self._mood_reading = None  # its days would be stale
            self._mood_timer.stop()
            self._drop_groups()
            self._people = None
            self._year = None
            # The map and the help table show people and their days in touch: a check-in or a
            # tracker's value leaves them as they are (with 3,000 people, drawing them again
            # froze the window on coming back to the tab).
            self._stale |= set(range(6)) if kinds & NETWORK_CHANGES else set(range(6)) - {NETWORK}
            if self.isVisible():
                self._timer.start()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self._refresh_current()

    def _refresh_current(self) -> None:
        index = self.tabs.currentIndex()
        if index == NETWORK and self._network_day != self._today():  # "last 90 days" moved on
            self._stale.add(NETWORK)
        if index in self._stale:
            self.refresh(index)

    def refresh(self, index: int) -> None:
        self._stale.discard(index)
        (self._show_mood, self._show_year, self._show_counts, self._show_patterns,
         self._show_network, lambda: self.trackers_tab.show_trackers(self._today()))[index]()

    # -- mood --------------------------------------------------------------
    def _show_mood(self) -> None:
        # Qt hands a StrEnum back as its plain string: make it a Span again (so "All" is ALL).
        span = Span(self.span_combo.currentData())
        if self._moods is not None and self._moods[0] is span:
            self._draw_mood(self._moods[1])
            return
        self._mood_reading = None  # another span chosen: a read of "All" under way is dropped
        self._mood_timer.stop()
        if span is not Span.ALL:  # a year at most: read at once
            self._moods = (span, self.mood_data(span))
            self._draw_mood(self._moods[1])
            return
        # All of thirty years: a year a step between turns of the event loop.
        today = self._today()
        start = self._span_start(span, today)
        self._mood_reading = (start, mood_means_by_slices(
            self.journal, start - timedelta(days=AVERAGE_WINDOW), today))
        self.mood_summary.setText(self.tr("Working it out…"))
        self._mood_timer.start()

    def _mood_step(self) -> None:
        reading = self._mood_reading
        if reading is None or not self.journal.vault.is_open:
            self._mood_reading = None  # dropped, or the journal locked meanwhile
            return
        start, steps = reading
        try:
            means = next(steps)
        except UserError as exc:
            self._mood_reading = None
            self.mood_summary.setText(str(exc))
            return
        if means is None:
            self._mood_timer.start()
            return
        moods = (Span.ALL, mood_series_from(means, start, self._today()))

        def draw() -> None:  # in a turn of its own: the series and the chart's paint held it longer
            if self._mood_reading is not reading:
                return  # dropped meanwhile (another span, or a change to the journal)
            self._mood_reading = None
            self._moods = moods
            if Span(self.span_combo.currentData()) is Span.ALL:
                self._draw_mood(moods[1])

        QTimer.singleShot(0, self, draw)

    def _draw_mood(self, data: MoodOverTime) -> None:
        self.mood_chart.set_data(data)
        self.mood_summary.setText(self.mood_chart.describe())
        if self.mood_table.isVisible() or self.mood_table_button.isChecked():
            self._fill_mood_table()

    def _toggle_mood_table(self, on: bool) -> None:
        self.mood_table_button.setText(self.tr("Hide the table") if on else self.tr("Show as a table"))
        if on:
            self._fill_mood_table()
        self.mood_table.setVisible(on)

    def _fill_mood_table(self) -> None:
        def cell(value: float | None) -> str:
            return "—" if value is None else f"{QLocale().toString(value, 'f', 1)} ({mood_word(value)})"

        rows = [[day_text(day, "ddd dd MMM yyyy"), cell(d), cell(a)]
                for (day, d), (_, a) in zip(self.mood_chart.daily, self.mood_chart.average, strict=True)]
        fill_figures(self.mood_table, [self.tr("Day"), self.tr("Mood that day"), self.tr("7-day average")],
              list(reversed(rows)))

    # -- year --------------------------------------------------------------
    def _show_year(self) -> None:
        year = self.year_spin.value()
        self.year_grid.set_cells(year, self.year_cells(year))
        self.year_summary.setText(self.year_grid.accessibleDescription())
        if self.year_grid.chosen is not None:
            self._show_day(self.year_grid.chosen)

    def _show_day(self, day: date) -> None:
        start, end = local_day_bounds(day)
        # That day's rows alone, down the time indexes (every row since that day was read before).
        rows = self.journal.timeline_page(after=(to_storage(end), "", 0), limit=None,
                                          until=(to_storage(start), "", 0))
        self.day_list.clear()
        for row in reversed(rows):
            when = to_local(row.at).strftime("%H:%M")
            score = f" — {row.score_label}" if row.score_label else ""
            note = f": {plain_note(row.note)}" if row.note else ""
            self.day_list.addItem(f"{when}  {row.summary}{score}{note}")
        count = len(rows)
        if count == 0:
            what = self.tr("nothing noted that day")
        else:
            what = self.tr("%n entry(s)", "", count)
        self.day_title.setText(f"{day_text(day, 'dddd dd MMMM yyyy')}: {what}")

    # -- counts ------------------------------------------------------------
    def _show_counts(self) -> None:
        span = Span(self.counts_span.currentData())  # never ALL here: a year at most
        start, end = span_dates(span, self._today(), History())
        # Weeks and months touching the range count whole: read from the earlier of their starts.
        contacts = contacts_per_week_from(contacts_by_week(self.journal, start, end), start, end)
        modes = list(ContactMode)
        weeks = [day_text(t.start, "d MMM") for t in contacts]
        values = [[t.counts.get(m, 0) for m in modes] for t in contacts]
        self.contacts_chart.set_data(weeks, [m.label for m in modes], values, "contacts")
        fill_figures(self.contacts_table, [self.tr("Week of"), *[m.label for m in modes], self.tr("Total")],
              [[w, *map(str, v), str(sum(v))] for w, v in zip(weeks, values, strict=True)])

        activities = activities_per_week_from(activities_by_week(self.journal, start, end), start, end)
        kinds = list(activities[0].counts) if activities else []
        labels = [day_text(t.start, "d MMM") for t in activities]
        values = [[t.counts.get(k, 0) for k in kinds] for t in activities]
        self.activities_chart.set_data(labels, kinds, values, "activities")
        fill_figures(self.activities_table, [self.tr("Week of"), *kinds, self.tr("Total")],
              [[w, *map(str, v), str(sum(v))] for w, v in zip(labels, values, strict=True)])

        months = people_per_month_from(people_by_month(self.journal, start, end), start, end)
        labels = [day_text(m, "MMM yyyy") for m, _ in months]
        self.people_chart.set_data(labels, [self.tr("People")], [[n] for _, n in months], "people-months")
        fill_figures(self.people_table, [self.tr("Month"), self.tr("Different people")], [[m, str(n)] for m, (_, n) in
                                                                 zip(labels, months, strict=True)])

    # -- patterns ----------------------------------------------------------
    def _drop_groups(self) -> None:
        """Forget the grouped days and any read of them under way (stale once the journal changed)."""
        self._groups = None
        self._figures = None  # they hold the groups: never two copies of the history's days
        self._reading = None
        self._read_timer.stop()

    def _start_reading(self) -> None:
        if self._reading is not None:
            return  # already under way: it shows the tab when done
        self.patterns_note.setText(self.tr("Working it out…"))
        self.findings_label.hide()
        self.signals_label.setText("")
        self._reading = day_numbers_by_slices(self.journal, self._today())
        self._read_timer.start()

    def _read_step(self) -> None:
        """One slice of the history (a year), then back to the event loop until the last."""
        reading = self._reading
        if reading is None or not self.journal.vault.is_open:
            self._reading = None  # dropped, or the journal locked meanwhile
            return
        try:
            groups = next(reading)
        except UserError as exc:
            self._reading = None
            self.patterns_note.setText(str(exc))
            return
        if groups is None:
            self._read_timer.start()
            return
        self._reading = None
        self._groups = groups
        # Drawn in a turn of its own: the last slice and the figures together held the window longer.
        QTimer.singleShot(0, self, self._patterns_read)

    def _patterns_read(self) -> None:
        """The figures from the groups just read, better days in this turn and the keeping in
        touch signals in the next (each holds the window a while at thirty years)."""
        groups = self._groups
        if groups is None:
            return  # the journal changed meanwhile: a new read shows the tab
        found = self._better_days(groups)

        def then() -> None:
            if self._groups is groups:  # not dropped meanwhile
                self._figures = (groups, self._today(), found, self._signals(groups))
                if self.tabs.currentIndex() == PATTERNS:
                    self._show_patterns()
                else:
                    self._stale.add(PATTERNS)  # drawn from these figures when the tab is shown

        QTimer.singleShot(0, self, then)

    def _better_days(self, groups: DayNumbers) -> tuple[BetterDays, list[Finding]]:
        found = compare_days(groups.moods, groups.in_person, groups.by_category, groups.touch,
                             groups.current_people())
        return found, [*found.findings, *self._tracker_findings(groups.dated_moods())]

    def _signals(self, groups: DayNumbers) -> ConnectionSignals:
        return signals_from_numbers(groups.in_person, groups.touch, groups.current_people(), self._today())

    def _show_patterns(self) -> None:
        if self._groups is None:
            self._start_reading()  # the tab is drawn when the read is done
            return
        groups, today = self._groups, self._today()
        figures = self._figures
        if figures is None or figures[0] is not groups or figures[1] != today:
            figures = self._figures = (groups, today, self._better_days(groups), self._signals(groups))
        (found, findings), signals = figures[2], figures[3]
        # Only trackers' findings: the note that these are patterns, not "not yet".
        self.patterns_note.setText(found.message if found.findings or not findings
                                   else QCoreApplication.translate("insights", PATTERN_NOTE))
        self.findings_label.setText("\n\n".join(f.sentence for f in findings))
        self.findings_label.setVisible(bool(findings))
        sentences = signals.sentences
        self.signals_label.setText("\n\n".join(sentences) if sentences
                                   else self.tr("Nothing to show here yet."))

    def _tracker_findings(self, moods: dict[date, float]) -> list[Finding]:
        """What goes with better days for each of the person's trackers (retired ones too)."""
        found: list[Finding] = []
        for tracker in self.journal.trackers.trackers(include_retired=True):
            points = [(at, value) for at, value, _mood in self.journal.trackers.series(tracker.id)]  # type: ignore[arg-type]
            found += tracker_findings(tracker, points, moods)
        return found

    # -- network -----------------------------------------------------------
    def _show_network(self) -> None:
        """In up to three turns, each short with 3,000 people: the people read (when changed)
        and the help table filled, then their last 90 days read and the map's dots made, then
        the map and the search's names drawn. The table comes first: filled after the map, it
        moved the page's layout and the map was fitted and every dot painted again, up to three
        times; making the dots in the drawing's turn was half of it (issue 20)."""
        today = self._network_day = self._today()

        def read_days() -> None:
            if self._network_step is not read_days:
                return  # a newer read goes on instead
            if not self.journal.vault.is_open:
                self._network_step = None  # locked meanwhile
                return
            nodes = self._network_nodes(people, today)
            self.network.prepare(nodes)  # made here: the drawing's turn places them

            def draw() -> None:
                if self._network_step is not draw:
                    return
                self._network_step = None
                self.network.keys.remember()  # whoever is chosen stays chosen (after an undo, too)
                self.network.set_nodes(nodes)
                self.network_search.set_names([n.name for n in nodes])

            self._network_step = draw
            QTimer.singleShot(0, self, draw)

        self._network_step = read_days
        if self._people is None:
            people = self._people = tuple(self.journal.people(include_archived=True))
            self._show_help(people)
            QTimer.singleShot(0, self, read_days)
        else:
            people = self._people
            self._show_help(people)
            read_days()

    def _draw_network_now(self) -> None:
        """The steps still due are done at once (a move works on the map as read last)."""
        while self._network_step is not None:
            self._network_step()

    def _network_nodes(self, everyone: Sequence[Person], today: date) -> list[NetworkNode]:
        """The map's dots from the last 90 days' entries and each person's last time in touch
        (bounded reads, never the whole history)."""
        people = [(p.id, p) for p in everyone if p.id is not None and not p.archived]
        touch = touch_days(self.journal, today - timedelta(days=max(RECENT_DAYS) - 1), today)
        last = {pid: local_day(at) for pid, at in
                self.journal.last_in_touch_for([pid for pid, _ in people]).items()}
        return nodes_from_days(touch, people, today, last)

    def _show_help(self, people: Sequence[Person]) -> None:
        grid = help_grid(list(people))
        self.help_model.set_grid(grid)  # one reset; columns keep their fixed width
        suggestions = [f"{row.kind.label}: {row.suggestion}" for row in grid.rows if row.suggestion]
        self.help_suggestions.setText("\n\n".join(suggestions))
        self.help_suggestions.setVisible(bool(suggestions))

    def _move_person(self, person_id: int, closeness: Closeness) -> None:
        self._draw_network_now()
        people, groups = self._people, self._groups
        try:
            perform(self.undo_stack, MovePersonCommand(self.journal, person_id, closeness, self))
        except UserError as exc:
            messages.warn(self, self.tr("Not moved"), str(exc))
        else:
            if people is not None and self.network.move_node(person_id, closeness):
                # Saved, and only their circle changed: the map moves one dot and the help
                # table re-sorts its columns, in place (with 3,000 people a whole reload froze
                # the window); the other tabs are drawn again when shown.
                self._people = tuple(replace(p, closeness=closeness) if p.id == person_id else p
                                     for p in people)
                if groups is not None:  # Patterns keeps its days: only a circle changed
                    self._groups = replace(groups, people=self._people)
                self._show_help(self._people)
                self._stale.discard(NETWORK)
                return
        # Redraw so the dot settles where it was put (or goes back, if the move could not be saved).
        self._drop_groups()
        self._people = None
        self._stale = set(range(6))
        QTimer.singleShot(0, self._refresh_current)
