"""Make a named control in one call: object name (tests find it), accessible name and
description (screen readers say them), and the few settings most controls share.

Texts come in already translated (``self.tr("…")`` at the call site, so lupdate finds them).
An empty name or description is simply not set.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui.widgets.accessible import date_hint, scroll_area, tab_stop_if_needed, tie_label
from peerjournal.ui.widgets.calendar_keys import with_calendar_keys
from peerjournal.ui.widgets.dates import to_qdate
from peerjournal.ui.widgets.focus_events import caret_after_focus

W = TypeVar("W", bound=QWidget)
B = TypeVar("B", bound=QAbstractButton)
K = TypeVar("K", bound=Hashable)
Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | int


def named(widget: W, name: str = "", accessible: str = "", description: str = "") -> W:
    """Give ``widget`` its object name, accessible name and description (each where given)."""
    if name:
        widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def _wire(button: B, clicked: Callable[..., object] | None, tooltip: str,
          shortcut: str | QKeySequence | QKeySequence.StandardKey | None) -> B:
    if tooltip:
        button.setToolTip(tooltip)
    if shortcut is not None:
        button.setShortcut(QKeySequence(shortcut))
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def button(text: str, name: str, accessible: str, description: str = "", *,
           clicked: Callable[..., object] | None = None, tooltip: str = "",
           shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
           default: bool = False, checkable: bool = False, auto_default: bool | None = None,
           parent: QWidget | None = None) -> QPushButton:
    """A push button; ``default`` makes it the one Enter presses, ``clicked`` is connected."""
    made = named(QPushButton(text, parent), name, accessible, description)
    if checkable:
        made.setCheckable(True)
    if auto_default is not None:
        made.setAutoDefault(auto_default)
    if default:
        made.setDefault(True)
    return _wire(made, clicked, tooltip, shortcut)


def action_button(text: str, name: str, accessible: str, slot: Callable[[], object],
                  description: str = "") -> QPushButton:
    """A push button that never grabs Enter from the form (not auto-default); a click calls ``slot``."""
    return button(text, name, accessible, description, clicked=slot, auto_default=False)


def check_box(text: str, name: str, accessible: str, description: str = "", *,
              checked: bool = False, toggled: Callable[[bool], object] | None = None,
              tooltip: str = "") -> QCheckBox:
    made = named(QCheckBox(text), name, accessible, description)
    if checked:
        made.setChecked(True)
    if tooltip:
        made.setToolTip(tooltip)
    if toggled is not None:
        made.toggled.connect(toggled)
    return made


def label(text: str = "", name: str = "", accessible: str = "", description: str = "", *,
          wrap: bool = False, buddy: QWidget | None = None) -> QLabel:
    """A label; ``buddy`` is the field its ``&`` mnemonic jumps to (and, unless ``accessible``
    says otherwise, whose accessible name the label takes: see :func:`tie_label`)."""
    made = named(QLabel(text), name, "", description)
    if wrap:
        made.setWordWrap(True)
    if buddy is not None:
        tie_label(made, buddy)
    if accessible:
        made.setAccessibleName(accessible)
    return made


def with_page_margins(title: QWidget) -> QWidget:
    """A page's ``title`` with the page margins above and beside it, for a page whose own layout
    has none (its lists go edge to edge): the title then sits where every other page's does."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    margin = page_margin()
    layout.setContentsMargins(margin, margin, margin, 0)
    layout.addWidget(title)
    return holder


def page_margin() -> int:
    """The margin the style gives a page's own layout (a widget inside the window)."""
    return QApplication.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)


def hint_label(text: str = "", accessible: str = "") -> QLabel:
    """The small, wrapped grey words under or beside a control (styled by ``hintLabel``)."""
    return label(text, "hintLabel", accessible, wrap=True)


def plain_label(text: str = "", name: str = "") -> QLabel:
    """A wrapped plain-text label: names, notes and questions are the person's words, never markup."""
    made = label(text, name, wrap=True)
    made.setTextFormat(Qt.TextFormat.PlainText)
    return made


def text_label(text: str = "", name: str = "") -> QLabel:
    """A :func:`plain_label` that can also be selected with the mouse."""
    made = plain_label(text, name)
    made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return made


def line_edit(name: str, accessible: str, description: str = "", *, text: str = "",
              placeholder: str = "", max_length: int = 0) -> QLineEdit:
    made = caret_after_focus(named(QLineEdit(text), name, accessible, description))
    if placeholder:
        made.setPlaceholderText(placeholder)
    if max_length:
        made.setMaxLength(max_length)
    return made


def text_edit(name: str, accessible: str, description: str = "", *, placeholder: str = "",
              tab_moves_on: bool = True) -> QPlainTextEdit:
    """A plain-text field of several lines; Tab moves on (keeps forms keyboard-fast)."""
    made = named(QPlainTextEdit(), name, accessible, description)
    if placeholder:
        made.setPlaceholderText(placeholder)
    made.setTabChangesFocus(tab_moves_on)
    return made


def note_field(object_name: str, accessible_name: str, placeholder: str, description: str = "") -> QPlainTextEdit:
    """A few lines of the person's own words; the description defaults to the placeholder's hint."""
    note = text_edit(object_name, accessible_name, description or placeholder, placeholder=placeholder)
    lines = note.fontMetrics().lineSpacing()
    note.setMinimumHeight(lines * 2 + 14)
    note.setMaximumHeight(lines * 4 + 14)
    return note


def combo(name: str, accessible: str, description: str = "", *,
          items: Iterable[tuple[str, Any]] = (), current: Any = None,
          list_name: str = "") -> QComboBox:
    """A combo box of ``items`` (label, data), ``current`` chosen by its data; ``list_name``
    names the drop-down list for screen readers."""
    made = named(QComboBox(), name, accessible, description)
    for text, data in items:
        made.addItem(text, data)
    if current is not None:
        made.setCurrentIndex(made.findData(current))
    if list_name:
        made.view().setAccessibleName(list_name)
    return made


def busy_bar(name: str, accessible: str) -> QProgressBar:
    """A thin moving bar shown while work runs off the GUI thread (hidden to begin with)."""
    bar = named(QProgressBar(), name, accessible)
    bar.setRange(0, 0)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


def error_label(accessible: str = "") -> QLabel:
    """The wrapped, hidden ``errorLabel`` a form shows its problem in (styled red); plain
    text, as a problem may quote the person's own words."""
    made = named(text_label(name="errorLabel"), accessible=accessible)
    made.hide()
    return made


def progress_bar(accessible: str, name: str = "", steps: int = 0) -> QProgressBar:
    """A hidden progress bar of ``steps`` steps; with none it just moves while work runs."""
    bar = named(QProgressBar(), name, accessible)
    bar.setRange(0, steps)
    bar.hide()
    return bar


def button_row(*buttons: QWidget, stretch_at: int = 0) -> QHBoxLayout:
    """A row of ``buttons`` with the free space before the one at ``stretch_at`` (the
    first by default, so the row sits on the right)."""
    row = QHBoxLayout()
    for index, widget in enumerate(buttons):
        if index == stretch_at:
            row.addStretch(1)
        row.addWidget(widget)
    return row


def radio_row(parent: QWidget, radios: Iterable[tuple[K, QRadioButton]]
              ) -> tuple[QButtonGroup, dict[K, QRadioButton], QWidget]:
    """One choice of a few: ``radios`` (key, named button) side by side on the left, in one
    group (the arrow keys move between them). Returns the group, the buttons by key, and the
    widget that holds the row."""
    group = QButtonGroup(parent)
    by_key: dict[K, QRadioButton] = {}
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for key, radio in radios:
        group.addButton(radio)
        row.addWidget(radio)
        by_key[key] = radio
    row.addStretch(1)
    box = QWidget()
    box.setLayout(row)
    return group, by_key, box


def column(owner: QWidget | None, *parts: Part) -> QVBoxLayout:
    """``parts`` one under another, top to bottom, in a new vertical layout (``owner``'s, where
    given): a widget or layout; (widget or layout, stretch) for one that takes that share of the
    free height; a bare number for empty space that does."""
    layout = QVBoxLayout() if owner is None else QVBoxLayout(owner)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def intro_row(intro: str, button: QWidget) -> QHBoxLayout:
    """The wrapped words that say what a page or box is for, with its main ``button`` beside
    them at the top (the words take the free width)."""
    row = QHBoxLayout()
    row.addWidget(label(intro, wrap=True), 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def buddy_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> list[QLabel]:
    """Add ``rows`` (label text with its ``&`` mnemonic, field) to ``form``, each label the
    field's buddy; the labels are returned (a caller may hide one with its field)."""
    labels = []
    for text, field in rows:
        made = label(text, buddy=field)
        form.addRow(made, field)
        labels.append(made)
    return labels


def date_edit(name: str, accessible: str, day: date, description: str = "") -> QDateEdit:
    """A date with a calendar pop-up; the description ends with how to use it from the keyboard."""
    edit = named(QDateEdit(), name, accessible, f"{description} {date_hint()}".strip())
    with_calendar_keys(edit)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setDate(to_qdate(day))
    return edit


def dialog_body(*parts: Part, name: str = "dialogBody") -> QScrollArea:
    """A dialog's ``parts`` (as for :func:`column`) in a frameless area that scrolls up and down
    when the screen is too short for them, so nothing is squashed; the dialog's buttons go
    outside it and always show. Not a Tab stop: Tab goes to the controls inside, and the area
    scrolls to the one with focus. Never as wide as to need scrolling sideways."""
    inner = QWidget()
    inner.setObjectName(f"{name}Inner")
    layout = column(inner, *parts)
    layout.setContentsMargins(0, 0, 0, 0)
    area = named(_DialogBody(), name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    return area


class _DialogBody(QScrollArea):
    """At least as wide as its content with the up-and-down scroll bar showing, its frame
    counted: high contrast's style sheet gives every scroll area a 1px border (and its own bar
    width), which a width fixed when the area was made missed, so a bar sideways showed."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = (inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())


def scrolling(inner: QWidget, accessible: str, name: str = "") -> QScrollArea:
    """``inner`` in a frameless scroll area that resizes it, named for screen readers (a Tab
    stop only if ``inner`` has no controls: :func:`tab_stop_if_needed`)."""
    area = named(scroll_area(QScrollArea(), accessible), name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return tab_stop_if_needed(area)
