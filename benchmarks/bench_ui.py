"""The Qt half of ``python -m benchmarks.bench``: the first window, the timeline filter, saving
a check-in and scrolling the timeline, and the Insights page (opening it, choosing "All", painting the mood chart).

Kept apart so :mod:`benchmarks.bench` loads no Qt until it gets here. Runs on the
``offscreen`` platform unless ``QT_QPA_PLATFORM`` says otherwise; the caller points
``PEERJOURNAL_CONFIG_DIR`` and ``PEERJOURNAL_DATA_DIR`` at temporary folders first.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from peerjournal.core.insights import Span  # noqa: E402
from peerjournal.core.records import MoodCheckIn  # noqa: E402
from peerjournal.storage.files.settings_file import SettingsFile  # noqa: E402
from peerjournal.storage.journal import Journal  # noqa: E402

from peerjournal.ui.app.events import JournalEvents  # noqa: E402
from peerjournal.ui.app.main_window import PAGES, MainWindow  # noqa: E402
from peerjournal.ui.app.settings_service import SettingsService  # noqa: E402
from peerjournal.ui.app.undo import AddEntriesCommand, perform  # noqa: E402
from peerjournal.ui.prompts.prompt_service import PromptService  # noqa: E402


def application() -> tuple[QApplication, float]:
    """The QApplication (made once; the real app has it before the unlock dialog) and its cost."""
    start = time.perf_counter()
    app = QApplication.instance() or QApplication(["peerjournal-bench"])
    return app, time.perf_counter() - start  # type: ignore[return-value]


class FirstWindow:
    """What the controller does after unlocking, timed until Today is shown and painted."""

    def __init__(self, app: QApplication, journal: Journal, config_dir: Path) -> None:
        self.app = app
        self.journal = journal
        self.config_dir = config_dir
        self.window: MainWindow | None = None
        self.events: JournalEvents | None = None

    def show(self, timeout: float = 30.0) -> tuple[float, int]:
        """Seconds from "vault unlocked" to a shown window on Today; the Timeline's rows (the page
        is made when first shown or asked for, so it is counted after the clock stops)."""
        start = time.perf_counter()
        self.events = JournalEvents(self.journal)
        prompts = PromptService(SettingsService(SettingsFile(self.config_dir)), self.journal.clock)
        prompts.attach(self.journal, check=False)  # as the controller: checked once Today is painted
        window = MainWindow(self.journal, self.events, prompts=prompts)
        self.window = window
        window.show()
        deadline = start + timeout
        while time.perf_counter() < deadline:
            self.app.processEvents()
            if window.isVisible() and window.today.isVisible():
                break
        self.app.processEvents()  # the first paint
        seconds = time.perf_counter() - start
        return seconds, window.timeline.model.rowCount()

    def save_check_in(self) -> tuple[float, int]:
        """Seconds to save one check-in with the window open (every view that listens
        updates, the Timeline in place); the Timeline's rows after it."""
        assert self.window is not None
        start = time.perf_counter()
        self.journal.add_mood(MoodCheckIn(at=self.journal.clock(), mood=3, note="benchmark"))
        self.app.processEvents()
        return time.perf_counter() - start, self.window.timeline.model.rowCount()

    def save_to_undo(self) -> None:
        """Save one check-in as Today does, as a step on the window's undo stack (not timed:
        :meth:`undo_check_in` times taking it back)."""
        assert self.window is not None
        entry = MoodCheckIn(at=self.journal.clock(), mood=3, note="benchmark")
        perform(self.window.undo_stack, AddEntriesCommand(self.journal, [entry]))
        self.app.processEvents()

    def undo_check_in(self) -> tuple[float, int]:
        """Seconds to undo the step :meth:`save_to_undo` saved (Ctrl+Z with the window open:
        every view that listens updates); the Timeline's rows after it."""
        assert self.window is not None
        start = time.perf_counter()
        self.window.undo_stack.undo()
        self.app.processEvents()
        return time.perf_counter() - start, self.window.timeline.model.rowCount()

    def scroll_timeline(self, pages: int = 10) -> tuple[float, int]:
        """Seconds to scroll the Timeline down ``pages`` pages (each fetched as it is reached)."""
        assert self.window is not None
        page = self.window.timeline
        start = time.perf_counter()
        for _ in range(pages):
            page.view.scrollToBottom()
            self.app.processEvents()
            if not page.model.canFetchMore():
                break
        return time.perf_counter() - start, page.model.rowCount()

    def filter_text(self, text: str) -> tuple[float, int, float]:
        """Seconds for the Timeline's text filter until its first page is found (or the end
        of the journal is reached), the rows shown, and the longest single step (the window
        is frozen only during a step; the search goes on between turns of the event loop)."""
        assert self.window is not None
        proxy, model = self.window.timeline.proxy, self.window.timeline.model
        start = time.perf_counter()
        step = time.perf_counter()
        proxy.set_text(text)
        longest = time.perf_counter() - step
        while getattr(model, "needs_more", lambda: False)():
            step = time.perf_counter()
            model.continue_search()
            longest = max(longest, time.perf_counter() - step)
        shown = proxy.rowCount()
        return time.perf_counter() - start, shown, longest

    def open_insights(self) -> tuple[float, int]:
        """Seconds from choosing Insights (10 years in the journal) to its Mood tab painted;
        the days on its chart (the default range)."""
        assert self.window is not None
        window, chart = self.window, self.window.insights.mood_chart
        start = time.perf_counter()
        window.go_to(PAGES.index("Insights"))
        self.app.processEvents()
        chart.repaint()
        return time.perf_counter() - start, chart.point_count()

    def insights_all(self) -> tuple[float, int]:
        """Seconds from choosing "All" on the Mood tab to the chart painted; its days."""
        assert self.window is not None
        page = self.window.insights
        start = time.perf_counter()
        page.span_combo.setCurrentIndex(page.span_combo.findData(Span.ALL))
        self.app.processEvents()
        chart = page.mood_chart
        # Read a year a step, then the chart works out its lines and picture a step a turn (issue 20).
        while getattr(page, "_mood_reading", None) is not None or not getattr(chart, "ready", lambda: True)():
            self.app.processEvents()
        chart.repaint()
        return time.perf_counter() - start, page.mood_chart.point_count()

    def show_tab(self, index: int) -> tuple[float, str]:
        """Seconds from choosing Insights tab ``index`` (the page open, as a click on the tab)
        to its content complete and painted: a read done a slice a turn (Patterns, My network)
        is waited for. What the tab shows, in a few words."""
        assert self.window is not None
        page = self.window.insights
        start = time.perf_counter()
        page.tabs.setCurrentIndex(index)
        self.app.processEvents()
        while getattr(page, "busy", lambda: _busy(page))():
            self.app.processEvents()
        page.tabs.currentWidget().repaint()
        return time.perf_counter() - start, tab_detail(page, index)

    def paint_mood_chart(self, repeats: int = 3) -> tuple[float, float, int]:
        """The mood chart's paint as it is (best of ``repeats``), and its first paint after the
        window got wider (new geometry); the chart's width in pixels."""
        assert self.window is not None
        chart = self.window.insights.mood_chart
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            chart.repaint()
            best = min(best, time.perf_counter() - start)
        self.window.resize(self.window.width() + 40, self.window.height())
        self.app.processEvents()  # the layout moves; this may paint once, as on screen
        start = time.perf_counter()
        chart.repaint()
        return best, time.perf_counter() - start, chart.width()

    def timeline_page(self) -> Any:
        assert self.window is not None
        return self.window.timeline

    def close(self) -> None:
        if self.window is not None:
            self.window.close_for_lock()
            self.window.prompt_service.detach()
            self.window.deleteLater()
            self.window = None
        if self.events is not None:
            self.events.detach()
            self.events = None
        self.app.processEvents()


def tab_detail(page: Any, index: int) -> str:
    """A few words on what Insights tab ``index`` shows (that it shows what it should)."""
    from peerjournal.ui.insights.insights_page import COUNTS, NETWORK, PATTERNS, TRACKERS, YEAR

    if index == YEAR:
        return f"{page.year_spin.value()}: {sum(c.mood is not None for c in page.year_grid.cells)} days"
    if index == COUNTS:
        return f"{len(page.contacts_chart.labels)} weeks"
    if index == PATTERNS:
        found = [s for s in page.findings_label.text().split("\n\n") if s]
        return f"{len(found)} findings, {len(page.signals_label.text().splitlines())} lines on touch"
    if index == NETWORK:
        return f"{page.help_model.columnCount()} people"
    if index == TRACKERS:
        return f"{len(page.trackers_tab.charts)} trackers"
    return ""


def _busy(page: Any) -> bool:
    """A read or drawing of the page under way (for code before :meth:`InsightsPage.busy`)."""
    return (page._reading is not None or page._network_step is not None
            or (page._groups is not None and page._figures is None))
