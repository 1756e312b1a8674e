"""The "Search everything" window (Ctrl+Shift+F): a field, kind and date filters, and the hits
grouped by kind with the matched words in bold. Down goes from the field into the hits; Enter
(or a double click) opens a hit where it lives.

Signals: ``openRequested(object)`` with the :class:`~peerjournal.storage.search.SearchHit` chosen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Journal
from peerjournal.storage.search import KINDS, SearchHit, search

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.search.hit_text import HIT_ROLE, HTML_ROLE, HtmlDelegate, hit_texts
from peerjournal.ui.widgets.dates import from_qdate
from peerjournal.ui.widgets.make import button, combo, date_edit, label, line_edit, named

PAUSE_MS = 150  # typing pauses this long before the search runs (only the newest text is searched)
MIN_CHARS = 2  # a search starts from this many typed characters
LIMIT = 30  # the best this many first (a window-full): "Show more" adds as many again
UNSET = QDate(1900, 1, 1)  # a date field at this day means "any day"
GROUPS = {
    "mood": QT_TRANSLATE_NOOP("SearchWindow", "Check-ins"),
    "contact": QT_TRANSLATE_NOOP("SearchWindow", "Contacts"),
    "activity": QT_TRANSLATE_NOOP("SearchWindow", "Activities"),
    "person": QT_TRANSLATE_NOOP("SearchWindow", "People"),
    "goal": QT_TRANSLATE_NOOP("SearchWindow", "Goals"),
    "review": QT_TRANSLATE_NOOP("SearchWindow", "Looking back on goals"),
    "plan": QT_TRANSLATE_NOOP("SearchWindow", "My support plan"),
    "place": QT_TRANSLATE_NOOP("SearchWindow", "Places and groups"),
    "check": QT_TRANSLATE_NOOP("SearchWindow", "Resource checks"),
    "reply": QT_TRANSLATE_NOOP("SearchWindow", "Replies from supporters"),
}


class SearchWindow(QWidget):
    openRequested = Signal(object)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("searchWindow")
        self.setWindowTitle(self.tr("Search everything"))
        self.journal = journal
        self.limit = LIMIT  # hits asked for: the first page, more on "Show more"
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self._build()
        events.changed.connect(self._journal_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(720, 560)

    def _build(self) -> None:
        self.field = line_edit("searchField", self.tr("Search everything"), self.tr(
            "Type words to find in your notes, people, goals, plan, places, checks and replies."
            " Down goes to the results."), placeholder=self.tr("Search everything…"))
        self.kind = combo("searchKind", self.tr("Kind of thing"), self.tr("Search only one kind of thing."),
                          items=[(self.tr("Everything"), None), *((self.tr(GROUPS[k]), k) for k in KINDS)],
                          list_name=self.tr("Kinds of thing"))
        self.since = self._date("searchSince", self.tr("From"))
        self.until = self._date("searchUntil", self.tr("Until"))
        self.results = named(QTreeWidget(), "searchResults", self.tr("Results"), self.tr(
            "What was found, by kind. Enter opens it where it lives."))
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)  # one line each: the view measures one, not every row
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.itemActivated.connect(self._open_item)
        self.status = label("", "searchStatus", self.tr("How many were found"))
        self.more = button(self.tr("Show more"), "searchMore", self.tr("Show more results"),
                           self.tr("Show the next best results below these."), clicked=self.show_more)
        self.more.hide()
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._new_search)
        self.kind.currentIndexChanged.connect(self._new_search)
        filters = QHBoxLayout()
        filters.addWidget(self.kind, 1)
        for text, edit in ((self.tr("From"), self.since), (self.tr("until"), self.until)):
            filters.addWidget(label(text, buddy=edit))
            filters.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more)
        layout.addLayout(bottom)

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = date_edit(name, accessible, from_qdate(UNSET), self.tr("Leave it at “any day” to search all days."))
        edit.setMinimumDate(UNSET)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(UNSET)
        edit.dateChanged.connect(self._new_search)
        return edit

    # -- searching ------------------------------------------------------------
    def start(self, text: str = "") -> None:
        """Show the window with the focus in its field (``text`` typed in, if given)."""
        if text:
            self.field.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def _day(self, edit: QDateEdit) -> date | None:
        return None if edit.date() == UNSET else from_qdate(edit.date())

    def _new_search(self) -> None:
        """Other words or filters: the first page again, once typing pauses."""
        self.limit = LIMIT
        self.timer.start()

    def show_more(self) -> None:
        """The next best hits below those shown (the search runs again, asking for more)."""
        self.limit += LIMIT
        self.run()

    def run(self) -> None:
        """Search now for what is typed, with the filters chosen (a few indexed queries)."""
        self.timer.stop()
        if len(self.field.text().strip()) < MIN_CHARS:  # one letter starts half the journal's words
            self._show([])
            return
        kind = self.kind.currentData()
        hits = search(self.journal, self.field.text(), kinds=None if kind is None else [kind],
                      since=self._day(self.since), until=self._day(self.until), limit=self.limit)
        self._show(hits)

    def _show(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        self.more.setVisible(len(hits) >= self.limit)  # there may be more
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:  # best first within a group; groups in the order of their best hit
            groups.setdefault(hit.kind, []).append(hit)
        for kind, found in groups.items():
            head = QTreeWidgetItem([self.tr("{kind} ({n})").format(kind=self.tr(GROUPS[kind]), n=len(found))])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for hit in found:
                plain, rich = hit_texts(hit)
                item = QTreeWidgetItem(head, [plain])
                item.setData(0, HTML_ROLE, rich)
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(0, plain)
            self.results.addTopLevelItem(head)
            head.setExpanded(True)
        typed = self.field.text().strip()
        if not typed:
            self.status.setText("")
        elif len(typed) < MIN_CHARS:
            self.status.setText(self.tr("Type one more letter to search."))
        elif hits:
            self.status.setText(self.tr("%n found.", "", len(hits)))
        else:
            self.status.setText(self.tr("Nothing found. Try fewer or shorter words, or another kind or date."))

    def _journal_changed(self, _kinds: frozenset) -> None:
        if self.isVisible() and self.field.text().strip():
            self.timer.start()  # what was found may have changed or gone

    # -- keys and opening -----------------------------------------------------
    def first_hit(self) -> QTreeWidgetItem | None:
        head = self.results.topLevelItem(0)
        return head.child(0) if head is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run()  # the person is faster than the pause
                first = self.first_hit()
                if first is not None:
                    self.results.setFocus()
                    self.results.setCurrentItem(first)
                    if key != Qt.Key.Key_Down:
                        self._open_item(first)
                return True
        return super().eventFilter(watched, event)

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.openRequested.emit(hit)
