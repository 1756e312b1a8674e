"""The People page: everyone grouped by circle on the left, the chosen person and their contacts on the right.

Signals: ``logContactRequested(int)`` with a person id; the main window opens a
contact form with that person chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import HelpKind
from peerjournal.errors import UserError
from peerjournal.storage.repository import Change, Journal

from peerjournal.ui import messages
from peerjournal.ui.events import JournalEvents
from peerjournal.ui.people_model import (
    CIRCLE_ROLE,
    NAME_ROLE,
    PERSON_ID_ROLE,
    ContactHistoryModel,
    PeopleModel,
)
from peerjournal.ui.person_dialog import PersonDialog

WELCOME = "Add the people in your life — family, friends, neighbours, groups, professionals."
NOTHING_CHOSEN = "Choose someone to see your contact history with them."
# Activities count as history too: they decide whether Delete is allowed.
_RELEVANT = {Change.PEOPLE, Change.CONTACTS, Change.ACTIVITIES}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _label(text: str = "", *, name: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
    return label


def _button(action: QAction, name: str, accessible: str) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)  # the action is the one source of text and enabled state
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def _in_words(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class PeoplePage(QWidget):
    logContactRequested = Signal(int)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._journal = journal
        self._quiet = False  # True while rebuilding, so selection churn doesn't redraw details
        self._collapsed: set[str] = set()
        self.person_dialog: PersonDialog | None = None
        self.model = PeopleModel(journal, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)  # a group shows when someone in it matches
        self.proxy.setFilterRole(NAME_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_model = ContactHistoryModel(journal, self)
        self._make_actions()
        splitter = QSplitter()
        splitter.setObjectName("peopleSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._make_list_side())
        splitter.addWidget(self._make_details_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        events.changed.connect(self._journal_changed)
        self.refresh()

    # -- building ---------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(context)
            action.setToolTip(f"{text.rstrip('…')} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        window = Qt.ShortcutContext.WindowShortcut  # works whenever the page is shown
        self.add_action = self._action("Add person…", self.open_add_dialog, QKeySequence("Ctrl+Shift+N"), window)
        self.edit_action = self._action("Edit…", self.open_edit_dialog, QKeySequence("F2"))
        self.archive_action = self._action("Archive", self.toggle_archived)
        self.delete_action = self._action("Delete", self.delete_selected)
        self.log_contact_action = self._action("Log a contact…", self._request_log_contact)
        self.find_action = self._action("Find", self._focus_filter, QKeySequence(QKeySequence.StandardKey.Find))

    def _make_list_side(self) -> QWidget:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("peopleFilter")
        self.filter_edit.setAccessibleName("Find a person by name")
        self.filter_edit.setPlaceholderText("Find by name")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._focus_first_match)
        self.filter_edit.installEventFilter(self)
        self.add_button = _button(self.add_action, "addPersonButton", "Add a person")
        self.show_archived_check = QCheckBox("Show archived")
        self.show_archived_check.setObjectName("showArchivedCheck")
        self.show_archived_check.setAccessibleName("Show archived people")
        self.show_archived_check.toggled.connect(self._show_archived_toggled)
        self.tree = QTreeView()
        self.tree.setObjectName("peopleTree")
        self.tree.setAccessibleName("People, grouped by circle")
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.expanded.connect(lambda index: self._remember_expanded(index, True))
        self.tree.collapsed.connect(lambda index: self._remember_expanded(index, False))
        self.tree.installEventFilter(self)
        # Delete only from the list itself, never from a note or the filter field.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.no_match_label = _label(name="noMatchLabel")
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.add_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.show_archived_check)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match_label)
        return side

    def _make_details_side(self) -> QWidget:
        self.details_stack = QStackedWidget()
        self.details_stack.setObjectName("detailsStack")
        self.welcome_page = QWidget()
        welcome = QVBoxLayout(self.welcome_page)
        self.welcome_label = _label(WELCOME, name="welcomeLabel")
        self.welcome_add_button = _button(self.add_action, "welcomeAddButton", "Add a person")
        welcome.addStretch(1)
        welcome.addWidget(self.welcome_label)
        welcome.addWidget(self.welcome_add_button, 0, Qt.AlignmentFlag.AlignLeft)
        welcome.addStretch(2)
        self.empty_label = _label(NOTHING_CHOSEN, name="emptyStateLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_stack.addWidget(self.welcome_page)
        self.details_stack.addWidget(self.empty_label)
        self.details_stack.addWidget(self._make_person_view())
        return self.details_stack

    def _make_person_view(self) -> QWidget:
        self.name_heading = _label(name="personNameHeading")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_heading.setFont(font)
        self.summary_label = _label(name="personSummaryLabel")
        self.help_label = _label(name="personHelpLabel")
        self.notes_label = _label(name="personNotesLabel")
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_contact_button = _button(self.log_contact_action, "logContactButton", "Log a contact with this person")
        self.edit_button = _button(self.edit_action, "editButton", "Edit this person")
        self.archive_button = _button(self.archive_action, "archiveButton", "Archive this person")
        self.delete_button = _button(self.delete_action, "deleteButton", "Delete this person")
        buttons = QHBoxLayout()
        for button in (self.log_contact_button, self.edit_button, self.archive_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        history_heading = _label("Contact history", name="historyHeading")
        bold = QFont(self.font())
        bold.setBold(True)
        history_heading.setFont(bold)
        self.history_table = QTableView()
        self.history_table.setObjectName("contactHistoryTable")
        self.history_table.setAccessibleName("Contact history")
        self.history_table.setModel(self.history_model)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.history_table.setWordWrap(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.verticalHeader().hide()
        columns = self.history_table.horizontalHeader()
        for column in range(4):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.no_history_label = _label(name="noHistoryLabel")
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name_heading, self.summary_label, self.help_label, self.notes_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(history_heading)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.no_history_label)
        layout.addStretch(0)
        return view

    # -- selection ----------------------------------------------------------
    def selected_person_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0].data(PERSON_ID_ROLE) if rows else None

    def select_person(self, person_id: int) -> bool:
        """Show and select a person, clearing the filter or showing archived people if needed."""
        person = self.model.person(person_id)
        if person is None:
            return False
        if person.archived and not self.show_archived_check.isChecked():
            self.show_archived_check.setChecked(True)
        if not self._select(person_id):
            self.filter_edit.clear()
            self._select(person_id)
        return self.selected_person_id() == person_id

    def _select(self, person_id: int) -> bool:
        index = self.proxy.mapFromSource(self.model.person_index(person_id))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)  # also selects the row: current and selection move together
        self.tree.scrollTo(index)
        return True

    def _rebuild(self, change: Callable[[], object]) -> None:
        keep = self.selected_person_id()
        self._quiet = True
        try:
            change()
            self._restore_tree()
            if keep is not None:
                self._select(keep)
        finally:
            self._quiet = False
        self._update_details()

    def refresh(self) -> None:
        """Reload from the journal, keeping the selection."""
        self._rebuild(self.model.reload)

    def _restore_tree(self) -> None:
        filtering = bool(self.filter_edit.text())
        self._quiet = True
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)  # "Middle circle (12)" needs room
            # While searching, every match must be visible.
            self.tree.setExpanded(group, filtering or group.data(CIRCLE_ROLE) not in self._collapsed)
        self.no_match_label.setText(
            f"No one called “{self.filter_edit.text()}”." if filtering and not self.proxy.rowCount() else ""
        )
        self.no_match_label.setVisible(bool(self.no_match_label.text()))

    def _remember_expanded(self, index: QModelIndex, expanded: bool) -> None:
        if self._quiet or self.filter_edit.text():
            return
        circle = index.data(CIRCLE_ROLE)
        if expanded:
            self._collapsed.discard(circle)
        else:
            self._collapsed.add(circle)

    def _selection_changed(self) -> None:
        if not self._quiet:
            self._update_details()

    def _update_details(self) -> None:
        person_id = self.selected_person_id()
        person = self.model.person(person_id) if person_id is not None else None
        if person is None:
            self.details_stack.setCurrentIndex(0 if not self.model.has_anyone() else 1)
            self.history_model.show_person(None)
        else:
            self._show_person(person)
            self.details_stack.setCurrentIndex(2)
        self._update_actions(person)

    def _show_person(self, person: Person) -> None:
        self.name_heading.setText(person.name)
        self.name_heading.setAccessibleName(person.name)
        summary = f"{person.relationship.label} · {person.closeness.label}"
        if person.archived:
            summary += " · Archived (their history is kept)"
        self.summary_label.setText(summary)
        kinds = [k.label.lower() for k in HelpKind if k in person.help_kinds]
        self.help_label.setText(f"They can give {_in_words(kinds)}." if kinds else "")
        self.help_label.setVisible(bool(kinds))
        self.notes_label.setText(person.notes)
        self.notes_label.setVisible(bool(person.notes))
        self.history_model.show_person(person.id)
        self.history_table.setAccessibleName(f"Contact history with {person.name}")
        has_rows = self.history_model.rowCount() > 0
        self.history_table.setVisible(has_rows)
        self.no_history_label.setText(
            "" if has_rows else f"No contacts noted with {person.name} yet. They will show here when you log one."
        )
        self.no_history_label.setVisible(not has_rows)

    def _update_actions(self, person: Person | None) -> None:
        chosen = person is not None and person.id is not None
        self.edit_action.setEnabled(chosen)
        self.archive_action.setEnabled(chosen)
        archived = bool(person and person.archived)
        self.archive_action.setText("Restore" if archived else "Archive")
        self.archive_button.setAccessibleName("Restore this person" if archived else "Archive this person")
        has_history = chosen and self._journal.person_has_history(person.id)  # type: ignore[union-attr, arg-type]
        self.delete_action.setEnabled(chosen and not has_history)
        self.delete_action.setToolTip(
            "People who appear in your journal can be archived instead." if has_history else "Delete"
        )
        self.log_contact_action.setEnabled(chosen and not archived)
        self.log_contact_action.setToolTip(
            "Restore them first to log a contact." if archived else "Log a contact…"
        )

    # -- actions --------------------------------------------------------------
    def _chosen(self) -> Person | None:
        person_id = self.selected_person_id()
        return self.model.person(person_id) if person_id is not None else None

    def open_add_dialog(self) -> None:
        self._open_dialog(None)

    def open_edit_dialog(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.id is None:
            return
        try:
            person = self._journal.get_person(chosen.id)  # fresh, in case another window changed it
        except UserError as exc:
            messages.warn(self, "Couldn't open this person", str(exc))
            return
        self._open_dialog(person)

    def _open_dialog(self, person: Person | None) -> None:
        if self.person_dialog is not None:  # one at a time; bring the open one forward
            self.person_dialog.raise_()
            self.person_dialog.activateWindow()
            return
        dialog = PersonDialog(self._journal, person, self)
        dialog.accepted.connect(lambda: self._dialog_saved(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.person_dialog = dialog
        dialog.open()  # not exec(): the event loop keeps running, so tests can drive it

    def _dialog_saved(self, dialog: PersonDialog) -> None:
        saved = dialog.person()
        if saved is not None and saved.id is not None:
            self.select_person(saved.id)
            self.tree.setFocus()

    def _dialog_closed(self, dialog: PersonDialog) -> None:
        if self.person_dialog is dialog:
            self.person_dialog = None
        dialog.deleteLater()

    def toggle_archived(self) -> None:
        person = self._chosen()
        if person is None or person.id is None:
            return
        if not person.archived and not messages.confirm(
            self, f"Archive {person.name}?",
            f"{person.name} will be hidden from your lists. Everything you have noted with them "
            "stays in your journal, and you can restore them at any time.",
            yes="Archive", no="Keep in my lists",
        ):
            return
        try:
            self._journal.set_archived(person.id, not person.archived)
        except UserError as exc:
            messages.warn(self, "Couldn't change this person", str(exc))

    def delete_selected(self) -> None:
        person = self._chosen()
        if person is None or person.id is None or not self.delete_action.isEnabled():
            return
        if not messages.confirm(
            self, f"Delete {person.name}?",
            f"{person.name} will be removed from your journal. This can't be undone.",
            yes="Delete", no="Keep",
        ):
            return
        try:
            self._journal.delete_person(person.id)
        except UserError as exc:
            messages.warn(self, "Couldn't delete this person", str(exc))

    def _request_log_contact(self) -> None:
        person = self._chosen()
        if person is not None and person.id is not None and not person.archived:
            self.logContactRequested.emit(person.id)

    # -- reacting -------------------------------------------------------------
    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if kinds & _RELEVANT:
            self.refresh()

    def _filter_changed(self, text: str) -> None:
        self._rebuild(lambda: self.proxy.setFilterFixedString(text.strip()))

    def _show_archived_toggled(self, on: bool) -> None:
        self._rebuild(lambda: self.model.set_show_archived(on))

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _focus_first_match(self) -> None:
        """From the filter field, Enter or Down goes to the first matching person."""
        if self.selected_person_id() is None:
            for group_row in range(self.proxy.rowCount()):
                first = self.proxy.index(0, 0, self.proxy.index(group_row, 0))
                if first.isValid():
                    self.tree.setCurrentIndex(first)
                    break
        self.tree.setFocus()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(PERSON_ID_ROLE) is not None:
            self.open_edit_dialog()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.tree and event.key() in _ENTER_KEYS and self.selected_person_id() is not None:
                self.open_edit_dialog()
                return True
            if watched is self.filter_edit and event.key() == Qt.Key.Key_Down:
                self._focus_first_match()
                return True
        return super().eventFilter(watched, event)
