"""Timeline: every entry newest first (a page at a time), filter by kind and text, edit and delete.

Signals: ``editRequested(object)`` and ``deleteRequested(object)`` with the chosen
:class:`TimelineRow`; the main window carries them out through the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTableView,
    QToolButton,
    QWidget,
)

from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Change, Journal
from peerjournal.storage.on_this_day import OnThisDay

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.journal.timeline_model import (
    NOTE,
    ROW_ROLE,
    WHAT,
    TimelineFilter,
    TimelineModel,
)
from peerjournal.ui.widgets.accessible import name_combo
from peerjournal.ui.widgets.make import button, column, combo, label, line_edit, named

TIMELINE_CHANGES = {Change.MOODS, Change.CONTACTS, Change.ACTIVITIES, Change.PEOPLE}
# Which entries may have come or gone with each change (for the counts).
ENTRY_KINDS = {Change.MOODS: EntryKind.MOOD, Change.CONTACTS: EntryKind.CONTACT,
               Change.ACTIVITIES: EntryKind.ACTIVITY}


class TimelinePage(QWidget):
    editRequested = Signal(object)
    deleteRequested = Signal(object)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.journal = journal
        self._counts_due = False
        self.model = TimelineModel(parent=self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)

        title = label(self.tr("Timeline"), "pageTitle")
        self._build_filters()
        self.count_label = label(name="countLabel")
        self._build_view()
        self.edit_button = button(self.tr("&Edit…"), "editEntryButton", self.tr("Edit the chosen entry"),
                                  self.tr("Opens the chosen entry to change it."),
                                  clicked=lambda: self._request(self.editRequested))
        self.delete_button = button(
            self.tr("&Delete"), "deleteEntryButton", self.tr("Delete the chosen entry"),
            self.tr("Deletes the chosen entry after asking. Ctrl+Z brings it back."),
            clicked=lambda: self._request(self.deleteRequested))
        self.empty_label = label(self.tr(
            "Nothing here yet. Entries you save on the Today page will appear here, newest first."
        ), "emptyLabel", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.delete_button)
        column(self, top, filters, (self.view, 1), (self.empty_label, 1))
        self._add_shortcuts()

        events.changed.connect(self._on_change)
        # A page fetched while scrolling may change "Showing N of M" (with a text filter).
        self.model.rowsInserted.connect(lambda *_: self._counts_changed())
        # A text search looks at a few hundred entries a step, one step per turn of the event
        # loop, so the window never freezes however long the journal is.
        self._search_timer = QTimer(self, singleShot=True, interval=0)
        self._search_timer.timeout.connect(self._search_step)
        self.model.moreWanted.connect(self._search_timer.start)
        self.reload()  # the newest page only: history is read as the view scrolls to it

    def _build_filters(self) -> None:
        """The kind of entry to show and the search field (filtering after a short pause)."""
        self.kind_filter = combo(
            "kindFilterCombo", self.tr("Show entries of kind"),
            self.tr("Shows all entries, or only check-ins, contacts or activities."),
            items=[(self.tr("All entries"), None), (self.tr("Check-ins"), EntryKind.MOOD),
                   (self.tr("Contacts"), EntryKind.CONTACT), (self.tr("Activities"), EntryKind.ACTIVITY)])
        name_combo(self.kind_filter)
        self.kind_filter.currentIndexChanged.connect(
            lambda _: self._apply(lambda: self.proxy.set_kind(self.kind_filter.currentData()))
        )
        self.text_filter = line_edit("textFilterEdit", self.tr("Search the timeline"),
                                     placeholder=self.tr("Search notes, people and activities  (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        for clear in self.text_filter.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        # Filter after a short pause in typing, not on every key, for long journals.
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(
            lambda: self._apply(lambda: self.proxy.set_text(self.text_filter.text()))
        )
        self.text_filter.textChanged.connect(lambda _: self._filter_timer.start())

    def _build_view(self) -> None:
        self.view = named(QTableView(), "timelineTable", self.tr("Journal entries, newest first"), self.tr(
            "The arrow keys move between entries; Enter edits the chosen one and Delete deletes it (it asks first)."))
        self.view.setTabKeyNavigation(False)  # Tab moves on to the buttons, as in a form
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setCornerButtonEnabled(False)
        self.view.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.view.setColumnWidth(0, 200)
        self.view.setColumnWidth(1, 90)
        self.view.setColumnWidth(3, 110)
        self.view.doubleClicked.connect(lambda _: self._request(self.editRequested))
        self.view.activated.connect(lambda _: self._request(self.editRequested))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _add_shortcuts(self) -> None:
        """Delete (while the table has the focus) deletes the chosen entry. (Ctrl+F is the
        window's: it calls :meth:`focus_search` wherever the focus is.)"""
        delete = QAction(self.tr("Delete entry"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self._delete_shortcut)
        self.view.addAction(delete)
        # "Remember this" (for On this day), from the table's context menu.
        self.remember_action = QAction(self.tr("&Remember this"), self)
        self.remember_action.setCheckable(True)
        self.remember_action.setToolTip(self.tr("On this day may show it again in later years."))
        self.remember_action.toggled.connect(self.set_remembered)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, at: QPoint) -> None:
        if self.current_row() is None:
            return
        self.update_remember_action()
        menu = QMenu(self)
        menu.setObjectName("timelineMenu")
        menu.addAction(self.remember_action)
        menu.exec(self.view.viewport().mapToGlobal(at))
        menu.deleteLater()

    def update_remember_action(self) -> None:
        """Show whether the chosen entry is marked "remember this" (without changing it)."""
        row = self.current_row()
        marked = row is not None and OnThisDay(self.journal).is_remembered(row.kind, row.id)
        self.remember_action.blockSignals(True)
        self.remember_action.setChecked(marked)
        self.remember_action.blockSignals(False)

    def set_remembered(self, on: bool) -> None:
        """Mark or unmark the chosen entry "remember this"."""
        row = self.current_row()
        if row is not None:
            OnThisDay(self.journal).remember(row.kind, row.id, on)

    def focus_search(self) -> None:
        """Ctrl+F: the search field, its text selected to type over."""
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()

    # -- data -------------------------------------------------------------
    def reload(self) -> None:
        """Read the newest page again (the filters keep their choice)."""
        keep = self.current_row()
        self.model.set_journal(self.journal)
        if keep is not None:
            self.select(keep.kind, keep.id)
        self._counts_changed()

    def clear(self) -> None:
        self.model.clear()
        self._counts_changed()

    def _on_change(self, kinds: frozenset[Change]) -> None:
        if kinds & TIMELINE_CHANGES:
            # In place: only the entries the change touched are read again (or, when it did
            # not say, the fetched window), whatever the length of history.
            keep = self.current_row()
            self.model.refresh(frozenset(k for c, k in ENTRY_KINDS.items() if c in kinds))
            now = self.current_row()
            if keep is not None and (now is None or now.key != keep.key):
                self.select(keep.kind, keep.id)
            self._counts_changed()

    def _counts_changed(self) -> None:
        if self.isVisible():
            self._update_counts()
        else:  # counted when the page is shown: a save on Today never waits for a count
            self._counts_due = True

    def _search_step(self) -> None:
        # Only while shown: a search goes on when the page comes back, and none runs while
        # the window closes to lock.
        if self.isVisible():
            self.model.continue_search()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._counts_due:
            self._counts_due = False
            self._update_counts()
        if self.model.needs_more():
            self._search_timer.start()
        super().showEvent(event)

    def _apply(self, change) -> None:  # type: ignore[no-untyped-def]
        change()
        self._update_counts()

    def _update_counts(self) -> None:
        total, shown = self.model.total(), self.model.matching()
        if shown != total:
            # %Ln is the total, written as the language writes numbers (1,234 or 1.234).
            text = self.tr("Showing {shown} of %Ln entry(s)", "", total).format(shown=QLocale().toString(shown))
        else:
            text = self.tr("%Ln entry(s)", "", total)
        self.count_label.setText(text)
        self.view.setVisible(total > 0)  # an empty search still shows the (empty) table
        self.empty_label.setVisible(total == 0)
        self._update_buttons()

    # -- selection --------------------------------------------------------
    def current_row(self) -> TimelineRow | None:
        index = self.view.selectionModel().currentIndex() if self.view.selectionModel() else QModelIndex()
        selected = self.view.selectionModel().selectedRows()
        if selected:
            index = selected[0]
        if not index.isValid():
            return None
        return index.data(ROW_ROLE)

    def select(self, kind: EntryKind, entry_id: int) -> bool:
        source_row = self.model.find(kind, entry_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        has = self.current_row() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _request(self, signal) -> None:  # type: ignore[no-untyped-def]
        row = self.current_row()
        if row is not None:
            signal.emit(row)

    def _delete_shortcut(self) -> None:
        self._request(self.deleteRequested)
