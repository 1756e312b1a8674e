"""The People page: everyone grouped by circle on the left; the chosen person and their contacts on the right.

Signals: ``logContactRequested(int)`` with a person id; the main window opens a
contact form with that person chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Person
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents, RefreshOnChange
from peerjournal.ui.app.undo import perform
from peerjournal.ui.people.people_model import (
    CIRCLE_ROLE,
    NAME_ROLE,
    PERSON_ID_ROLE,
    ContactHistoryModel,
    PeopleModel,
)
from peerjournal.ui.people.person_commands import ArchivePersonCommand, DeletePersonCommand
from peerjournal.ui.people.person_details import PersonDetails, RoomyDelegate, mirror_button
from peerjournal.ui.people.person_dialog import PersonDialog
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.accessible import NamedSplitter
from peerjournal.ui.widgets.dialog_steps import keep_while_open
from peerjournal.ui.widgets.make import (
    action_button,
    check_box,
    line_edit,
    plain_label,
    with_page_margins,
)

WELCOME = QT_TRANSLATE_NOOP("PeoplePage", "Add the people in your life — family, friends, neighbours, groups, professionals.")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("PeoplePage", "Choose someone to see your contact history with them.")
# Activities count as history too: they decide whether Delete is allowed.
_WELCOME_PAGE, _EMPTY_PAGE, _PERSON_PAGE = range(3)


class PeoplePage(QWidget, RefreshOnChange):
    REFRESH_ON = frozenset({Change.PEOPLE, Change.CONTACTS, Change.ACTIVITIES})
    logContactRequested = Signal(int)
    importRequested = Signal()  # "Import contacts…": the main window opens the vCard import

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._journal = journal
        # Adding, editing, archiving and deleting are undoable (the main window's Edit ▸ Undo).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._quiet = False  # True while rebuilding, so selection churn doesn't redraw details
        self._collapsed: set[str] = set()
        self.person_dialog: PersonDialog | None = None
        self.model = PeopleModel(journal, self, load=False)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)  # a group shows when someone in it matches
        self.proxy.setFilterRole(NAME_ROLE)  # group rows have no name, so they never match
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.history_model = ContactHistoryModel(journal, self)
        self._make_actions()
        splitter = NamedSplitter()
        splitter.setObjectName("peopleSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._make_list_side())
        splitter.addWidget(self._make_details_side())
        splitter.setSizes([460, 640])  # proportions: names need room, so does the history
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(with_page_margins(plain_label(self.tr("People"), name="pageTitle")))
        layout.addWidget(splitter, 1)
        events.changed.connect(self._journal_changed)
        self._reload_due = True  # read when first shown or asked (issue 20): not on the way to the window
        self._steps: Iterator[None] | None = None  # a reload under way, a step an event-loop turn
        self._step_timer = QTimer(self, singleShot=True, interval=0)
        self._step_timer.timeout.connect(self._next_step)

    # -- building -----------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], key: QKeySequence | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(context)
            action.setToolTip(self.tr("{action} ({keys})").format(
                action=text.rstrip("…").replace("&", ""), keys=key.toString(QKeySequence.SequenceFormat.NativeText)))
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        window = Qt.ShortcutContext.WindowShortcut  # wherever the focus is, while the page is shown
        self.add_action = self._action(self.tr("Add person…"), self.open_add_dialog, QKeySequence("Ctrl+Shift+N"),
                                       window)
        self.edit_action = self._action(self.tr("Edit…"), self.open_edit_dialog, QKeySequence("F2"))
        self.archive_action = self._action(self.tr("Archive"), self.toggle_archived)
        self.log_contact_action = self._action(self.tr("Log a contact…"), self._request_log_contact)
        # Delete works only in the list, never while typing in the filter or reading the history.
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)

    def _make_list_side(self) -> QWidget:
        self.filter_edit = line_edit("peopleFilter", self.tr("Find a person by name"),
                                     placeholder=self.tr("Find by name  (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        for clear in self.filter_edit.findChildren(QToolButton):  # Qt's own clear button
            clear.setAccessibleName(self.tr("Clear the search"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._focus_first_match)
        self.filter_edit.installEventFilter(self)
        self.add_button = mirror_button(self.add_action, "addPersonButton", self.tr("Add a person"),
                                        self.tr("Opens a form to add someone to your people."))
        self.import_button = action_button(
            self.tr("&Import contacts…"), "importContactsButton",
            self.tr("Import people from a contacts file (vCard)"), lambda: self.importRequested.emit(),
            self.tr("Choose a contacts file from your phone or e-mail, then tick who to add."))
        self.show_archived_check = check_box(
            self.tr("Show archived"), "showArchivedCheck", self.tr("Show archived people"),
            self.tr("Also lists people you archived, so you can look at them or restore them."),
            toggled=self._show_archived_toggled)
        self.no_match_label = plain_label(name="hintLabel")
        self.tree = tree = QTreeView()
        tree.setObjectName("peopleTree")
        tree.setAccessibleName(self.tr("People, grouped by circle"))
        tree.setAccessibleDescription(self.tr(
            "Choose someone to see their details and contact history. F2 edits them, Delete deletes them."))
        tree.setModel(self.proxy)
        # Roomy rows through the names alone: with uniform row heights the first row's tallest cell
        # sets every row's height, and the columns fitted to their contents then ask Qt's own
        # delegate, not Python, for each of up to 1,000 rows (3,000 people: 0.3 s a pass, issue 20).
        tree.setItemDelegateForColumn(0, RoomyDelegate(tree))
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setAllColumnsShowFocus(True)
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setAccessibleName(self.tr("People list columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.selectionModel().selectionChanged.connect(self._selection_changed)
        tree.doubleClicked.connect(lambda i: self.open_edit_dialog() if i.data(PERSON_ID_ROLE) is not None else None)
        tree.expanded.connect(lambda index: self._remember_expanded(index, True))
        tree.collapsed.connect(lambda index: self._remember_expanded(index, False))
        tree.installEventFilter(self)
        tree.addAction(self.delete_action)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        for widget in (self.show_archived_check, self.no_match_label):
            layout.addWidget(widget)
        layout.addWidget(tree, 1)
        return side

    def _make_details_side(self) -> QWidget:
        self.details_stack = QStackedWidget()
        self.details_stack.setObjectName("detailsStack")
        self.welcome_page = QWidget()
        self.welcome_label = plain_label(self.tr(WELCOME), name="emptyLabel")  # app.qss styles empty states
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_add_button = mirror_button(self.add_action, "welcomeAddButton", self.tr("Add a person"),
                                                self.tr("Opens a form to add someone to your people."))
        self.welcome_add_button.setDefault(True)  # the one thing to do here: make it stand out
        welcome = QVBoxLayout(self.welcome_page)
        welcome.addStretch(1)
        welcome.addWidget(self.welcome_label)
        welcome.addWidget(self.welcome_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome.addStretch(2)
        self.empty_label = plain_label(self.tr(NOTHING_CHOSEN), name="emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.log_contact_button = mirror_button(self.log_contact_action, "logContactButton",
                                                self.tr("Log a contact with this person"),
                                                self.tr("Opens a new contact with this person filled in."))
        self.edit_button = mirror_button(self.edit_action, "editButton", self.tr("Edit this person"),
                                         self.tr("Opens this person's details to change them."))
        self.archive_button = mirror_button(
            self.archive_action, "archiveButton", self.tr("Archive this person"),
            self.tr("Archiving takes someone out of the forms and keeps their history; restoring brings them back."))
        self.delete_button = mirror_button(self.delete_action, "deleteButton", self.tr("Delete this person"),
                                           self.tr("Deletes this person after asking. Ctrl+Z brings them back."))
        self.details = PersonDetails(
            self.history_model, [self.log_contact_button, self.edit_button, self.archive_button, self.delete_button]
        )
        for page in (self.welcome_page, self.empty_label, self.details):
            self.details_stack.addWidget(page)
        return self.details_stack

    # -- selection and refresh ----------------------------------------------
    def selected_person_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0].data(PERSON_ID_ROLE) if rows else None

    def _chosen(self) -> Person | None:
        person_id = self.selected_person_id()
        return self.model.person(person_id) if person_id is not None else None

    def select_person(self, person_id: int) -> bool:
        """Show and select a person, clearing the filter or showing archived people if needed."""
        self.load_if_due()
        person = self.model.person(person_id)
        if person is None:
            return False
        if person.archived:
            self.show_archived_check.setChecked(True)
        if not self._select(person_id):
            self.filter_edit.clear()
            self._select(person_id)
        return self.selected_person_id() == person_id

    def _select(self, person_id: int) -> bool:
        index = self.proxy.mapFromSource(self.model.person_index(person_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)  # selects the row too
            self.tree.scrollTo(index)
        return index.isValid()

    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if (Change.PEOPLE not in kinds and kinds & self.REFRESH_ON and self.isVisible()
                and not self._reload_due and self._steps is None):
            # A contact or activity came or went: the same people, only "last in touch" moves,
            # and the shown history takes the touched contacts in place (issue 20).
            touched = self._journal.last_entries
            self.model.update_last_in_touch(touched)
            self._update_details(history=not self.history_model.update(touched))
            return
        super()._journal_changed(kinds)

    def refresh(self) -> None:
        """Reload from the journal, keeping the selection; while the page is hidden it is only
        noted, and done when the page is shown (last in touch reads every contact, issue 20).
        While shown, many people are made into rows a few hundred an event-loop turn."""
        self._reload_due = True
        if self.isVisible():
            self._load_in_steps()

    @property
    def loading(self) -> bool:
        """A reload of many people is under way, a step an event-loop turn."""
        return self._steps is not None

    def load_if_due(self) -> None:
        """Read the people now if a reload is waiting or under way (the page is shown, or about
        to be used: someone to select needs their row)."""
        if self._steps is not None:
            steps, self._steps = self._steps, None
            for _step in steps:
                pass
        if self._reload_due:
            self._reload_due = False
            self._rebuild(self.model.reload)

    def _load_in_steps(self) -> None:
        if self._steps is not None:
            self._steps.close()  # a newer change: read again from the start
        self._reload_due = False
        self._steps = self._rebuilding()
        self._next_step()

    def _next_step(self) -> None:
        if self._steps is None:
            return
        try:
            next(self._steps)
        except StopIteration:
            self._steps = None
            return
        self._step_timer.start()

    def _rebuilding(self) -> Iterator[None]:
        """:meth:`_rebuild` of the whole model, a step an event-loop turn."""
        with self._keeping_choice():
            yield from self.model.reload_steps()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.load_if_due()
        super().showEvent(event)

    def _rebuild(self, change: Callable[[], object]) -> None:
        if self._steps is not None:  # a reload under way ends first, at once
            steps, self._steps = self._steps, None
            for _step in steps:
                pass
        with self._keeping_choice():
            change()

    @contextmanager
    def _keeping_choice(self) -> Iterator[None]:
        """Change the model quietly, then put the tree's open groups and the chosen person back."""
        keep = self.selected_person_id()
        self._quiet = True
        try:
            yield
            self._restore_tree()
            if keep is not None:
                self._select(keep)
        finally:
            self._quiet = False
        self._update_details()

    def _restore_tree(self) -> None:
        searching = bool(self.filter_edit.text().strip())
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)  # "Middle circle (12)" needs room
            # While searching every match must be visible; otherwise keep what the person collapsed.
            self.tree.setExpanded(group, searching or group.data(CIRCLE_ROLE) not in self._collapsed)
        no_match = searching and not self.proxy.rowCount()
        self.no_match_label.setText(
            self.tr("No one called “{name}”.").format(name=self.filter_edit.text().strip()) if no_match else "")
        self.no_match_label.setVisible(no_match)

    def _remember_expanded(self, index: QModelIndex, expanded: bool) -> None:
        if self._quiet or self.filter_edit.text().strip():
            return
        circle = index.data(CIRCLE_ROLE)
        if expanded:
            self._collapsed.discard(circle)
        else:
            self._collapsed.add(circle)

    def _selection_changed(self) -> None:
        if not self._quiet:
            self._update_details()

    def _update_details(self, history: bool = True) -> None:
        """Show the chosen person; ``history`` False: their shown history is up to date."""
        person = self._chosen()
        if person is None:
            self.details_stack.setCurrentIndex(_EMPTY_PAGE if self.model.has_anyone() else _WELCOME_PAGE)
            self.history_model.show_person(None)
        else:
            last = self.model.last_in_touch(person.id) if person.id is not None else None
            self.details.show_person(person, last, self._journal.clock(), history=history)
            self.details_stack.setCurrentIndex(_PERSON_PAGE)
        self._update_actions(person)

    def _update_actions(self, person: Person | None) -> None:
        person_id = person.id if person is not None else None
        archived = bool(person and person.archived)
        has_history = person_id is not None and self._journal.person_has_history(person_id)
        self.edit_action.setEnabled(person_id is not None)
        self.archive_action.setEnabled(person_id is not None)
        self.archive_action.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setAccessibleName(
            self.tr("Restore this person") if archived else self.tr("Archive this person"))
        self.delete_action.setEnabled(person_id is not None and not has_history)
        # A disabled button should say why, and what to do instead.
        self.delete_action.setToolTip(
            self.tr("People who appear in your journal can be archived instead.") if has_history
            else self.tr("Delete (Del)")
        )
        self.log_contact_action.setEnabled(person_id is not None and not archived)
        self.log_contact_action.setToolTip(self.tr("Restore them first to log a contact.") if archived else "")

    # -- actions ------------------------------------------------------------
    def open_add_dialog(self) -> None:
        self._open_dialog(None)

    def open_edit_dialog(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.id is None:
            return
        try:
            person = self._journal.get_person(chosen.id)  # fresh, in case it changed elsewhere
        except UserError as exc:
            messages.warn(self, self.tr("Couldn't open this person"), str(exc))
            return
        self._open_dialog(person)

    def _open_dialog(self, person: Person | None) -> None:
        if self.person_dialog is not None:  # one at a time; bring the open one forward
            self.person_dialog.raise_()
            self.person_dialog.activateWindow()
            return
        dialog = PersonDialog(self._journal, person, self, self.undo_stack)
        keep_while_open(self, "person_dialog", dialog, lambda: self._dialog_saved(dialog))
        dialog.open()  # not exec(): the event loop keeps running, so tests can drive it

    def _dialog_saved(self, dialog: PersonDialog) -> None:
        saved = dialog.person()
        if saved is not None and saved.id is not None:
            self.select_person(saved.id)
            self.tree.setFocus()

    def toggle_archived(self) -> None:
        person = self._chosen()
        if person is None or person.id is None:
            return
        if not person.archived and not messages.confirm(
            self, self.tr("Archive {name}?").format(name=person.name),
            self.tr("{name} will be hidden from your lists. Everything you have noted with them "
                    "stays in your journal, and you can restore them at any time.").format(name=person.name),
            yes=self.tr("Archive"), no=self.tr("Keep in my lists"),
        ):
            return
        try:
            perform(self.undo_stack, ArchivePersonCommand(self._journal, person, not person.archived, self))
        except UserError as exc:
            messages.warn(self, self.tr("Couldn't change this person"), str(exc))

    def delete_selected(self) -> None:
        person = self._chosen()
        if person is None or person.id is None or not self.delete_action.isEnabled():
            return
        if not messages.confirm(
            self, self.tr("Delete {name}?").format(name=person.name),
            self.tr("{name} will be removed from your journal.\n\nYou can undo this with Ctrl+Z.").format(
                name=person.name),
            yes=self.tr("Delete"), no=self.tr("Keep"),
        ):
            return
        try:
            perform(self.undo_stack, DeletePersonCommand(self._journal, person, self))
        except UserError as exc:
            messages.warn(self, self.tr("Couldn't delete this person"), str(exc))

    def _request_log_contact(self) -> None:
        person = self._chosen()
        if person is not None and person.id is not None and not person.archived:
            self.logContactRequested.emit(person.id)

    # -- reacting -----------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self._rebuild(lambda: self.proxy.setFilterFixedString(text.strip()))

    def _show_archived_toggled(self, on: bool) -> None:
        self._rebuild(lambda: self.model.set_show_archived(on))

    def focus_search(self) -> None:
        """Ctrl+F (the window's shortcut): the name filter, its text selected to type over."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _focus_first_match(self) -> None:
        """From the filter field, Enter or Down goes to the (first matching) person in the list."""
        if self.selected_person_id() is None:
            for row in range(self.proxy.rowCount()):
                first = self.proxy.index(0, 0, self.proxy.index(row, 0))
                if first.isValid():
                    self.tree.setCurrentIndex(first)
                    break
        self.tree.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.tree and enter and self.selected_person_id() is not None:
                self.open_edit_dialog()
                return True
            if watched is self.filter_edit and event.key() == Qt.Key.Key_Down:
                self._focus_first_match()
                return True
        return super().eventFilter(watched, event)
