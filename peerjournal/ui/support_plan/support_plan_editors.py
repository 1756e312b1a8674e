"""The support plan page's editors: a list of lines, people in order, and services.

Each editor says ``changed()`` after any edit the person makes (not when filled from the
vault); the page saves. Keyboard: in a list, F2 edits the chosen line, Delete removes it,
Alt+Up / Alt+Down move it; the mouse can drag a row to a new place too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Person
from peerjournal.core.support_plan import (
    CONTACTS_MAX,
    LINE_MAX,
    LINES_MAX,
    SERVICE_HOW_MAX,
    SERVICE_NAME_MAX,
    SERVICE_WHAT_MAX,
    SERVICES_MAX,
    PlanContact,
    Service,
)

from peerjournal.ui.widgets.accessible import name_combo, tie_label, view_shortcut
from peerjournal.ui.widgets.focus_events import caret_after_focus

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole


def _button(text: str, name: str, accessible: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _order_buttons(owner: QWidget, view: QListWidget, key: str, remove_name: str, remove_tip: str,
                   up_name: str, down_name: str, remove: Callable[[], None],
                   move: Callable[[int], None]) -> tuple[QPushButton, QPushButton, QPushButton]:
    """Remove, Move up and Move down for the chosen row of ``view``, each also a key on the
    list (Delete, Alt+Up, Alt+Down); the names say what a row is ("line", "person")."""
    translate = QCoreApplication.translate
    remove_button = _button(translate("ListOrderButtons", "Remove"), f"{key}RemoveButton",
                            remove_name, remove_tip)
    up_button = _button(translate("ListOrderButtons", "Move up"), f"{key}UpButton", up_name,
                        translate("ListOrderButtons", "Move up (Alt+Up)"))
    down_button = _button(translate("ListOrderButtons", "Move down"), f"{key}DownButton", down_name,
                          translate("ListOrderButtons", "Move down (Alt+Down)"))
    remove_button.clicked.connect(remove)
    up_button.clicked.connect(lambda: move(-1))
    down_button.clicked.connect(lambda: move(1))
    view_shortcut(owner, view, QKeySequence.StandardKey.Delete, remove)
    view_shortcut(owner, view, "Alt+Up", lambda: move(-1))
    view_shortcut(owner, view, "Alt+Down", lambda: move(1))
    return remove_button, up_button, down_button


def _row_of(buttons: Iterable[QPushButton]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _enable_order(view: QListWidget, remove: QPushButton, up: QPushButton, down: QPushButton) -> None:
    row = view.currentRow()
    remove.setEnabled(row >= 0)
    up.setEnabled(row > 0)
    down.setEnabled(0 <= row < view.count() - 1)


def _fit_height(view: QAbstractItemView, rows: int, extra: int = 0) -> None:
    """As tall as its rows plus one free row (3 to 12 rows): no big empty boxes, and
    long lists scroll."""
    row = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing() + 6)
    shown = min(max(rows + 1, 3), 12)
    view.setFixedHeight(shown * row + 2 * view.frameWidth() + extra + 4)


def _draggable(view: QListWidget, moved: Callable[[], None]) -> None:
    """Rows can be dragged to a new place within the list; ``moved`` runs after a drop."""
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.model().rowsMoved.connect(lambda *_: moved())


def _take_chosen(view: QListWidget) -> bool:
    """Take out the chosen row (False: none chosen); the row now in its place, or else the
    last one, is chosen next."""
    row = view.currentRow()
    if row < 0:
        return False
    view.takeItem(row)
    view.setCurrentRow(min(row, view.count() - 1))
    return True


def _move(view: QListWidget, steps: int) -> bool:
    row = view.currentRow()
    target = row + steps
    if row < 0 or not 0 <= target < view.count():
        return False
    with QSignalBlocker(view):
        item = view.takeItem(row)
        view.insertItem(target, item)
    view.setCurrentRow(target)
    return True


class _LineDelegate(QStyledItemDelegate):
    """Edits a line in place with the same length limit as the field that adds lines."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(LINE_MAX)
            editor.setAccessibleName(QCoreApplication.translate("LineListEditor", "Edit this line"))
        return editor


class LineListEditor(QWidget):
    """One of the plan's lists of lines. Signals: ``changed()``."""

    changed = Signal()

    def __init__(self, key: str, heading: str, placeholder: str, parent: QWidget | None = None,
                 *, names: bool = False) -> None:
        """``names``: a list where people matter ("who may make which decisions") also offers
        the names from People, put into the line being written."""
        super().__init__(parent)
        self.setObjectName(f"{key}Editor")
        self._filling = False
        self.names: QComboBox | None = None
        if names:
            self.names = QComboBox()
            self.names.setObjectName(f"{key}NamePicker")
            self.names.setAccessibleName(self.tr("Put a name from your People into the line"))
            self.names.setAccessibleDescription(self.tr(
                "Choosing a person adds their name to the line you are writing."))
            name_combo(self.names)
            self.names.activated.connect(self._name_chosen)
        self.list = QListWidget()
        self.list.setObjectName(f"{key}List")
        self.list.setAccessibleName(heading)
        self.list.setAccessibleDescription(
            self.tr("F2 changes the chosen line, Delete removes it, Alt+Up and Alt+Down move it.")
        )
        self.list.setItemDelegate(_LineDelegate(self))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._item_changed)
        _draggable(self.list, self._dragged)
        self.field = caret_after_focus(QLineEdit())
        self.field.setObjectName(f"{key}Field")
        self.field.setAccessibleName(self.tr("New line for “{heading}”").format(heading=heading))
        self.field.setPlaceholderText(placeholder)
        self.field.setMaxLength(LINE_MAX)
        self.field.returnPressed.connect(self.add)
        self.add_button = _button(self.tr("Add"), f"{key}AddButton",
                                  self.tr("Add this line to “{heading}”").format(heading=heading),
                                  self.tr("Add the line (Enter)"))
        self.add_button.clicked.connect(self.add)
        self.remove_button, self.up_button, self.down_button = _order_buttons(
            self, self.list, key,
            self.tr("Remove the chosen line from “{heading}”").format(heading=heading),
            self.tr("Remove the chosen line (Delete)"), self.tr("Move the chosen line up"),
            self.tr("Move the chosen line down"), self.remove, self.move_chosen)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        if self.names is not None:
            row.addWidget(self.names)
        row.addWidget(self.add_button)
        buttons = _row_of((self.remove_button, self.up_button, self.down_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_lines(self, lines: Iterable[str]) -> None:
        self._filling = True
        try:
            self.list.clear()
            for line in lines:
                self._append(line)
        finally:
            self._filling = False
        self._update_buttons()

    def set_names(self, names: Sequence[str]) -> None:
        """The people the name picker offers (not archived), after its "Add a name…" prompt."""
        if self.names is None:
            return
        self.names.clear()
        self.names.addItem(self.tr("Add a name…"))
        self.names.addItems(list(names))
        self.names.setEnabled(bool(names))

    def _name_chosen(self, index: int) -> None:
        assert self.names is not None
        if index > 0:
            self.field.insert(self.names.itemText(index))
        self.names.setCurrentIndex(0)
        self.field.setFocus()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def add(self) -> None:
        text = " ".join(self.field.text().split())
        if not text:
            self._say(self.tr("Type something first, then press Enter to add it."))
            return
        if self.list.count() >= LINES_MAX:
            self._say(self.tr("This list can hold at most {limit} lines.").format(limit=LINES_MAX))
            return
        self._say("")
        self._filling = True
        try:
            item = self._append(text)
        finally:
            self._filling = False
        self.list.setCurrentItem(item)
        self.field.clear()
        self._update_buttons()
        self.changed.emit()

    def remove(self) -> None:
        if _take_chosen(self.list):
            self._update_buttons()
            self.changed.emit()

    def move_chosen(self, steps: int) -> None:
        if _move(self.list, steps):
            self._update_buttons()
            self.changed.emit()

    def _dragged(self) -> None:
        if not self._filling:
            self._update_buttons()
            self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        if not item.text().strip():  # a line emptied while editing goes away
            self.list.takeItem(self.list.row(item))
            self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        _fit_height(self.list, self.list.count())
        _enable_order(self.list, self.remove_button, self.up_button, self.down_button)


class PeopleOrderEditor(QWidget):
    """People from People, in the person's order: those they'd contact (``key`` "planPerson",
    the default) or those they don't want involved ("planNotInvolved"). Signals: ``changed()``."""

    changed = Signal()

    def __init__(self, key: str = "planPerson", heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first = key == "planPerson"  # the first list keeps the names it always had
        self.setObjectName("contactsEditor" if first else f"{key}Editor")
        self._names: dict[int, tuple[str, bool]] = {}  # id -> (name, archived), everyone known
        self._elsewhere: set[int] = set()  # people in the plan's other list of people
        self.list = QListWidget()
        self.list.setObjectName("planPeopleList" if first else f"{key}List")
        self.list.setAccessibleName(heading or self.tr("People I can contact, in order"))
        self.list.setAccessibleDescription(
            self.tr("Delete removes the chosen person from the plan, Alt+Up and Alt+Down move them.")
        )
        _draggable(self.list, self._dragged)
        self.picker = QComboBox()
        self.picker.setObjectName(f"{key}Picker")
        self.picker.setAccessibleName(self.tr("Choose someone from your people"))
        self.picker.setAccessibleDescription(self.tr("Someone to add to the plan with the button beside it."))
        name_combo(self.picker)
        self.add_button = _button(self.tr("Add to my plan"), f"{key}AddButton",
                                  self.tr("Add the chosen person to my plan"))
        self.add_button.setAccessibleDescription(self.tr("Adds the person chosen beside it to the end of the list."))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button, self.up_button, self.down_button = _order_buttons(
            self, self.list, key, self.tr("Remove the chosen person from my plan"),
            self.tr("Remove from the plan (Delete); they stay in People"),
            self.tr("Move the chosen person up"), self.tr("Move the chosen person down"),
            self.remove, self.move_chosen)
        self.note = _hint()
        self.note.setObjectName("planPeopleNote" if first else f"{key}Note")

        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.add_button)
        buttons = _row_of((self.remove_button, self.up_button, self.down_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(pick)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    # -- contents -----------------------------------------------------------------
    def ids(self) -> list[int]:
        return [self.list.item(i).data(PERSON_ID_ROLE) for i in range(self.list.count())]

    def set_people(self, people: Sequence[Person]) -> None:
        """Everyone in the journal (archived included): names, marks and the picker follow;
        anyone no longer in the journal leaves the list."""
        self._names = {p.id: (p.name, p.archived) for p in people if p.id is not None}
        for row in reversed(range(self.list.count())):
            item = self.list.item(row)
            pid = item.data(PERSON_ID_ROLE)
            if pid in self._names:
                item.setText(self._label(pid))
            else:
                self.list.takeItem(row)
        self._refill_picker()

    def set_contacts(self, contacts: Sequence[PlanContact]) -> None:
        for contact in contacts:
            self._names.setdefault(contact.person_id, (contact.name, contact.archived))
        self.list.clear()
        for contact in contacts:
            self._append(contact.person_id)
        self._refill_picker()

    def set_elsewhere(self, ids: Iterable[int]) -> None:
        """People in the plan's other list of people: not offered here (nobody is in both)."""
        self._elsewhere = set(ids)
        self._refill_picker()

    def _dragged(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _label(self, pid: int) -> str:
        name, archived = self._names.get(pid, ("?", False))
        return self.tr("{name} (archived)").format(name=name) if archived else name

    def _append(self, pid: int) -> None:
        item = QListWidgetItem(self._label(pid))
        item.setData(PERSON_ID_ROLE, pid)
        self.list.addItem(item)

    def _refill_picker(self) -> None:
        chosen = set(self.ids())
        available = sorted(
            ((name, pid) for pid, (name, archived) in self._names.items()
             if not archived and pid not in chosen and pid not in self._elsewhere),
            key=lambda pair: pair[0].casefold(),
        )
        current = self.picker.currentData()
        self.picker.clear()
        for name, pid in available:
            self.picker.addItem(name, pid)
        index = self.picker.findData(current)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        if not self._names:
            self.note.setText(self.tr("People you add on the People page can be chosen here."))
        elif not available:
            self.note.setText(self.tr("Everyone on your People page is in your plan."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self._update_buttons()

    # -- editing ------------------------------------------------------------------
    def add_chosen(self) -> None:
        pid = self.picker.currentData()
        if pid is None or pid in self.ids() or self.list.count() >= CONTACTS_MAX:
            return
        self._append(pid)
        self.list.setCurrentRow(self.list.count() - 1)
        self._refill_picker()
        self.changed.emit()

    def remove(self) -> None:
        if _take_chosen(self.list):
            self._refill_picker()
            self.changed.emit()

    def move_chosen(self, steps: int) -> None:
        if _move(self.list, steps):
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        _fit_height(self.list, self.list.count())
        self.add_button.setEnabled(self.picker.count() > 0 and self.list.count() < CONTACTS_MAX)
        self.picker.setEnabled(self.picker.count() > 0)
        _enable_order(self.list, self.remove_button, self.up_button, self.down_button)


class ServicesEditor(QWidget):
    """Services and helplines: a table, and the chosen one's details below it, edited in
    place. Signals: ``changed()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicesEditor")
        self._services: list[Service] = []
        self._filling = False
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("servicesTable")
        self.table.setAccessibleName(self.tr("Services and helplines"))
        self.table.setAccessibleDescription(self.tr(
            "Choose a service to change its details below. The arrow keys move between the rows."))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons, as in a form
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("What it is"), self.tr("How to contact")]
        )
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setCornerButtonEnabled(False)
        self.table.currentCellChanged.connect(lambda *_: self._show_chosen())

        self.add_button = _button(self.tr("Add a service"), "serviceAddButton", self.tr("Add a service"))
        self.add_button.setAccessibleDescription(self.tr("Adds an empty service to fill in below."))
        self.add_button.clicked.connect(self.add)
        self.remove_button = _button(self.tr("Remove"), "serviceRemoveButton",
                                     self.tr("Remove the chosen service"))
        self.remove_button.setAccessibleDescription(self.tr("Takes the chosen service out of your plan."))
        self.remove_button.clicked.connect(self.remove)
        self.up_button = _button(self.tr("Move up"), "serviceUpButton", self.tr("Move the chosen service up"))
        self.up_button.setAccessibleDescription(self.tr("Moves the chosen service one place earlier in the list."))
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button = _button(self.tr("Move down"), "serviceDownButton",
                                   self.tr("Move the chosen service down"))
        self.down_button.setAccessibleDescription(self.tr("Moves the chosen service one place later in the list."))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))

        self.name = self._line("serviceNameField", self.tr("Service name"), SERVICE_NAME_MAX,
                               self.tr("for example, the name of a helpline or a team"))
        self.what = self._line("serviceWhatField", self.tr("What it is"), SERVICE_WHAT_MAX,
                               self.tr("for example, “helpline, evenings”"))
        self.how = self._line("serviceHowField", self.tr("How to contact"), SERVICE_HOW_MAX,
                              self.tr("a phone number, a web address or an address"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("serviceNotesField")
        self.notes.setAccessibleName(self.tr("Notes about this service"))
        self.notes.setAccessibleDescription(self.tr("Anything to remember about this service (optional)."))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 4)
        self.notes.textChanged.connect(self._edited)
        self.details = QWidget()
        self.details.setObjectName("serviceDetails")
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        for text, field in ((self.tr("&Name"), self.name), (self.tr("&What it is"), self.what),
                            (self.tr("How to &contact"), self.how), (self.tr("N&otes"), self.notes)):
            label = QLabel(text)
            tie_label(label, field)
            form.addRow(label, field)

        buttons = _row_of((self.add_button, self.remove_button, self.up_button, self.down_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        self._show_chosen()

    def _line(self, name: str, accessible: str, limit: int, placeholder: str) -> QLineEdit:
        field = caret_after_focus(QLineEdit())
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setMaxLength(limit)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(lambda _text: self._edited())
        return field

    # -- contents -----------------------------------------------------------------
    def services(self) -> list[Service]:
        return list(self._services)

    def set_services(self, services: Iterable[Service]) -> None:
        self._services = list(services)
        self._refill()
        self.table.setCurrentCell(-1, -1)
        self._show_chosen()

    def _refill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self._services))
            for row, service in enumerate(self._services):
                self._fill_row(row, service)
        finally:
            self._filling = False

    def _fill_row(self, row: int, service: Service) -> None:
        for column, text in enumerate((service.name, service.what, service.how_to_contact)):
            item = QTableWidgetItem(" ".join(text.split()))
            self.table.setItem(row, column, item)

    def _row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self._services) else -1

    def _show_chosen(self) -> None:
        row = self._row()
        service = self._services[row] if row >= 0 else Service("")
        self._filling = True
        try:
            self.name.setText(service.name)
            self.what.setText(service.what)
            self.how.setText(service.how_to_contact)
            self.notes.setPlainText(service.notes)
        finally:
            self._filling = False
        _fit_height(self.table, len(self._services), self.table.horizontalHeader().sizeHint().height())
        self.details.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._services) - 1)
        self.add_button.setEnabled(len(self._services) < SERVICES_MAX)

    # -- editing ------------------------------------------------------------------
    def add(self) -> None:
        if len(self._services) >= SERVICES_MAX:
            return
        self._services.append(Service(""))
        self._refill()
        self.table.setCurrentCell(len(self._services) - 1, 0)
        self.name.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        row = self._row()
        if row < 0:
            return
        del self._services[row]
        self._refill()
        self.table.setCurrentCell(min(row, len(self._services) - 1), 0)
        self._show_chosen()
        self.changed.emit()

    def move_chosen(self, steps: int) -> None:
        row = self._row()
        target = row + steps
        if row < 0 or not 0 <= target < len(self._services):
            return
        self._services.insert(target, self._services.pop(row))
        self._refill()
        self.table.setCurrentCell(target, 0)
        self.changed.emit()

    def _edited(self) -> None:
        row = self._row()
        if self._filling or row < 0:
            return
        service = Service(self.name.text(), self.what.text(), self.how.text(),
                          self.notes.toPlainText())
        self._services[row] = service
        self._filling = True
        try:
            self._fill_row(row, service)
        finally:
            self._filling = False
        self.changed.emit()
