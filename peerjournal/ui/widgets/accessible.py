"""Small helpers for what a screen reader says about a control, and for keyboard paths.

Every control has an accessible name (what it is) and a description (what it does, or what
happens when used). Texts come in already translated (``self.tr`` in the caller); only the
few words shared by many controls are translated here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QSplitterHandle,
    QTabWidget,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def tie_label(label: QLabel, field: QWidget) -> QLabel:
    """Make ``label`` the field's buddy (its ``&`` key jumps there) and give it the field's
    accessible name. A screen reader says the label a buddy links to before the field's own
    name ("How long" + "How long, in minutes"; "Note" instead of "Note about the contact");
    with both the same, the careful name is said once. A combo box on Linux is named by its
    value, so this label is the only place its meaning is said."""
    label.setBuddy(field)
    if field.accessibleName():
        label.setAccessibleName(field.accessibleName())
    return label


def tie_form_labels(form: QFormLayout, fields: Iterable[QWidget]) -> None:
    """:func:`tie_label` the label of each row of ``form`` to that row's field, in order."""
    for row, field in enumerate(fields):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        if isinstance(label, QLabel):
            tie_label(label, field)


# Our own widgets' roles for screen readers (Qt gives any plain QWidget "client", a filler).
_ROLES: dict[type[QWidget], QAccessible.Role] = {}


def _accessible_for(_key: str, thing: QObject) -> QAccessibleInterface | None:
    for kind, role in _ROLES.items():
        if isinstance(thing, kind):
            return QAccessibleWidget(thing, role)
    return None


def give_role(kind: type[QWidget], role: QAccessible.Role) -> None:
    """Every widget of ``kind`` has ``role`` for screen readers (its name and description are
    its accessible name and description, as for any widget)."""
    if not _ROLES:
        QAccessible.installFactory(_accessible_for)
    _ROLES[kind] = role


# A scroll area that is a Tab stop holds words alone (see tab_stop_if_needed): a named group of
# them, not an empty "filler", when the Tab lands there.
give_role(QScrollArea, QAccessible.Role.Grouping)
# A tab widget is focusable to AT-SPI (Tab reaches its tab bar, its focus proxy): a named
# group of the tab bar and the page, not a "filler".
give_role(QTabWidget, QAccessible.Role.Grouping)


class NamedSplitter(QSplitter):
    """A splitter whose handles a screen reader names (Qt leaves them an unnamed "grip")."""

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 (Qt naming)
        handle = super().createHandle()
        handle.setAccessibleName(QCoreApplication.translate("Accessible", "Divider"))
        handle.setAccessibleDescription(QCoreApplication.translate(
            "Accessible", "Drag it to give one side more room."))
        return handle


class _ComboName(QLabel):
    """A hidden label linked to a combo box, kept beside it (Qt looks for a widget's labels
    among its siblings) wherever the combo box is put, and gone with it."""

    def __init__(self, combo: QComboBox, name: str) -> None:
        super().__init__(name, combo)  # owned by the combo box until it has a parent
        self.setObjectName("comboNameLabel")
        self.setAccessibleName(name)
        self.setBuddy(combo)
        self.hide()
        combo.installEventFilter(self)
        combo.destroyed.connect(self.deleteLater)
        self._follow(combo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QComboBox):
            self._follow(watched)
        return False

    def _follow(self, combo: QComboBox) -> None:
        parent = combo.parentWidget()
        if parent is not None and self.parentWidget() is not parent:
            self.setParent(parent)
            self.hide()


def name_combo(combo: QComboBox, name: str = "") -> QComboBox:
    """Name a combo box that has no label of its own where Linux screen readers hear it.

    Over AT-SPI Qt names a combo box by its current value ("Not set", "All entries"); its
    accessible name is not used there. What it is for is said from the label linked to it, so
    a hidden label linked to it says ``name`` (by default its accessible name)."""
    name = name or combo.accessibleName()
    combo.setAccessibleName(name)
    _ComboName(combo, name)
    return combo


def tie_all_labels(root: QWidget) -> None:
    """:func:`tie_label` every label under ``root`` that has a buddy (``QFormLayout.addRow``
    with a text gives its label one): call once the fields are named."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            tie_label(label, buddy)


def date_hint() -> str:
    """How a date field works from the keyboard (said after what the date is for)."""
    return QCoreApplication.translate(
        "Accessible", "Type the date, or press Alt+Down to choose it on a calendar.")


def time_hint() -> str:
    return QCoreApplication.translate(
        "Accessible", "Type the time; the up and down arrow keys change the hours or minutes.")


def scroll_area(area: W, name: str) -> W:
    """A scroll area is a Tab stop so its text can be scrolled from the keyboard: name it.
    Once its content is in, :func:`tab_stop_if_needed` takes the stop away where the content
    has its own."""
    area.setAccessibleName(name)
    area.setAccessibleDescription(QCoreApplication.translate(
        "Accessible", "Scroll with the arrow keys, Page Up and Page Down."))
    return area


def _has_controls(area: QScrollArea) -> bool:
    inner = area.widget()
    return inner is not None and any(
        child.focusPolicy() & Qt.FocusPolicy.TabFocus for child in inner.findChildren(QWidget))


class _TabStopKeeper(QObject):
    """Decides again when the area's content is laid out anew (charts added later, …)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._own = area.focusPolicy()
        self.update()

    def update(self) -> None:
        self._area.setFocusPolicy(Qt.FocusPolicy.NoFocus if _has_controls(self._area) else self._own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.update()
        return False


def tab_stop_if_needed(area: QScrollArea) -> QScrollArea:
    """A scroll area whose content has controls is no Tab stop (a screen reader would say an
    empty "filler" between them): Tab goes from control to control and the area scrolls to
    show the one with focus. Only words alone need the area's own stop to be scrolled. Call
    once the content is in; it is looked at again whenever it is laid out anew."""
    inner = area.widget()
    keeper = _TabStopKeeper(area)
    if inner is not None:
        inner.installEventFilter(keeper)
    return area


def describe_tabs(widget: QTabWidget, descriptions: Sequence[str], name: str = "") -> QTabWidget:
    """Say what each tab holds. A screen reader reads a tab's description from its tooltip,
    which also helps with the mouse; the tab bar itself is named by ``name``."""
    bar = widget.tabBar()
    if name:
        bar.setAccessibleName(name)
    for index, text in enumerate(descriptions):
        widget.setTabToolTip(index, text)
    return widget


def dialog_buttons(box: QDialogButtonBox, **descriptions: str) -> QDialogButtonBox:
    """Describe a dialog's standard buttons: ``save=…``, ``cancel=…``, ``ok=…``, ``close=…``
    override the plain defaults ("Closes this window without saving", …)."""
    translate = QCoreApplication.translate
    standard = QDialogButtonBox.StandardButton
    defaults = {
        "save": (standard.Save, translate("Accessible", "Saves and closes this window.")),
        "ok": (standard.Ok, translate("Accessible", "Uses what you chose and closes this window.")),
        "cancel": (standard.Cancel, translate("Accessible", "Closes this window without saving.")),
        "close": (standard.Close, translate("Accessible", "Closes this window.")),
    }
    for key, (which, text) in defaults.items():
        button = box.button(which)
        if button is not None:
            button.setAccessibleDescription(descriptions.get(key, text))
    return box


def view_shortcut(owner: QWidget, view: QWidget, key: str | QKeySequence.StandardKey,
                  slot: Callable[[], object]) -> QAction:
    """A key that works while ``view`` (a list, table or tree) has the focus, never while typing
    in a field or an item's editor (e.g. Delete removes the chosen row)."""
    action = QAction(owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action


def chain(widgets: Iterable[QWidget]) -> None:
    """Put ``widgets`` one after another in the Tab order (e.g. buttons made after the form)."""
    previous: QWidget | None = None
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget

