"""The screen-reader walk: every control named, described and reached by Tab in reading order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from peerjournal.ui.widgets.chips import FeelingsPicker
from peerjournal.ui.widgets.focus_events import tells_focus_first
from peerjournal.ui.widgets.scale_picker import ScalePicker

# What a person operates. Anything else that takes focus with Tab counts too (see is_control).
CONTROL_KINDS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                 QAbstractItemView, QAbstractSlider, QTabBar, QGraphicsView, ScalePicker)


def choice_set(widget: QWidget) -> list[QAbstractButton]:
    """The buttons of an exclusive set of choices ``widget`` belongs to (none if it doesn't).

    Qt lets Tab land on one button of such a set (the chosen one, or the first) and the arrow
    keys move between them, as in any desktop form."""
    if not isinstance(widget, QAbstractButton):
        return []
    group = widget.group()
    if group is not None:
        return group.buttons() if group.exclusive() else []
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [b for b in parent.findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if b.autoExclusive()]
    return []


# Controls reached another way than Tab, by design. Each says how.
def reached_otherwise(widget: QWidget) -> str:
    if isinstance(widget.parentWidget(), ScalePicker):
        return "a scale's button: keys 1-5 and the arrows choose it while the scale has focus"
    if widget.objectName() == "feelingChip" and isinstance(widget.parentWidget().parentWidget(), FeelingsPicker):
        return "a feeling chip: typing the feeling and Enter toggles it, so twenty chips don't cost twenty Tabs"
    if len(choice_set(widget)) > 1:
        return "one of a set of choices: Tab reaches the set, the arrow keys move within it"
    return ""


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own parts of a control (a combo box's list, a spin box's field, a table's header,
    a tab bar's scroll arrows, a scroll area's bars and viewport) are announced and operated
    with their owner. A widget placed in a table's cell is a control of its own."""
    if isinstance(widget, QTabBar):
        return False
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    inner = widget
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar):
            return True
        if isinstance(parent, QAbstractItemView) and inner is not parent.viewport():
            return True
        inner, parent = parent, parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    if _part_of_another_control(widget) or widget.focusProxy() is not None:  # the proxy is the control
        return False
    if isinstance(widget, CONTROL_KINDS):
        return True
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls(root: QWidget) -> list[QWidget]:
    """The controls a person can see in ``root`` now (hidden tabs and pages left out)."""
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and is_control(w)]


def spoken(widget: QWidget) -> tuple[str, str]:
    """(name, description) as a screen reader gets them."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return (interface.text(QAccessible.Text.Name).strip(), interface.text(QAccessible.Text.Description).strip())


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {shown!r}".strip()


def _tab_descriptions(bar: QTabBar) -> str:
    """A tab bar has no description of its own: each tab has one (its tooltip)."""
    interface = QAccessible.queryAccessibleInterface(bar)
    tabs = [interface.child(i) for i in range(bar.count())]
    return "" if any(not t.text(QAccessible.Text.Description).strip() for t in tabs) else "each tab"


def problems_in(root: QWidget) -> list[str]:
    """Controls without a spoken name or description, that the keyboard can't reach, or text
    fields that select their text before a screen reader hears of their focus."""
    found = []
    for widget in controls(root):
        name, description = spoken(widget)
        if isinstance(widget, QTabBar):
            description = _tab_descriptions(widget)
        if not name:
            found.append(f"no name: {describe(widget)}")
        if not description:
            found.append(f"no description: {describe(widget)} (name {name!r})")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not reached_otherwise(widget):
            found.append(f"not reachable with Tab: {describe(widget)}")
        if isinstance(widget, QLineEdit) and not tells_focus_first(widget):
            # Qt moves the caret before it tells of the focus: Orca may say nothing on Tab.
            found.append(f"caret moves before the focus is told: {describe(widget)} (make.line_edit)")
    return found


# -- tab order -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Stop:
    widget: QWidget
    rect: QRect  # in the root's coordinates, before any scrolling

    def __str__(self) -> str:
        r = self.rect
        return f"{describe(self.widget)} at ({r.x()}, {r.y()}, {r.width()}x{r.height()})"


def _rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _scroll_areas(widget: QWidget, root: QWidget) -> list[QWidget]:
    """The scroll areas around ``widget`` inside ``root``, outermost first."""
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            found.insert(0, parent)
        parent = parent.parentWidget()
    return found


def _as_seen_beside(a: QWidget, b: QWidget, root: QWidget) -> QWidget:
    """``a`` itself, or the scroll area around it that ``b`` is not in: a control scrolled
    out of view reads where its scroll area is."""
    b_areas = _scroll_areas(b, root)
    return next((area for area in _scroll_areas(a, root) if area not in b_areas), a)


def out_of_order(a: QRect, b: QRect) -> str:
    """Why moving from ``a`` to ``b`` goes against reading order, or "" when it doesn't.

    Going down is fine. Going back up is fine within the same row (up to half the smaller
    control's height, for baselines that don't line up), or when ``b`` lies in a column wholly
    to the right of ``a`` (from the foot of one column to the top of the next). Within a row,
    going back left is wrong.
    """
    slack = min(a.height(), b.height()) // 2
    same_row = abs(a.center().y() - b.center().y()) <= slack
    if same_row and b.right() < a.left():
        return "goes back left within a row"
    if b.top() < a.top() - slack and b.left() < a.right() - 4:
        return "goes back up"
    return ""


def _next_stop(widget: QWidget) -> QWidget:
    """The next widget in the focus chain that Tab could land on."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if (candidate.isVisible() and candidate.isEnabled() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.focusProxy() is None):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def tab_walk(qtbot, window: QWidget, root: QWidget, start: QWidget | None = None) -> tuple[list[QWidget], list[str]]:
    """Press Tab from ``start`` (default: the window's first focus) all the way round; return
    the order in which focus landed on widgets inside ``root``, and where Tab got stuck."""
    (start or window).setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None
    visits: list[QWidget] = []
    stuck: list[str] = []
    current = first
    seen: list[QWidget] = []
    runs, inside = 0, False
    for _ in range(400):
        if root.isAncestorOf(current) or current is root:
            runs += not inside
            inside = True
            if not visits or visits[-1] is not current:
                visits.append(current)
        else:
            inside = False
        if not seen or seen[-1] is not current:
            if current in seen:
                stuck.append("Tab goes round in a loop: " + ", ".join(describe(w) for w in seen[seen.index(current):]))
                return visits, stuck
            seen.append(current)
        section = current.currentSectionIndex() if isinstance(current, QDateTimeEdit) else None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        assert following is not None
        if following is current and section is not None and current.currentSectionIndex() != section:
            continue  # Tab moves from the hours to the minutes of a time, then on (Qt's way)
        if following is current:  # Tab was taken as typing or moved inside the control
            stuck.append(f"Tab stays on {describe(current)}")
            following = _next_stop(current)
            following.setFocus(Qt.FocusReason.TabFocusReason)
        current = following
        if current is first:
            if runs > 1 and not root.isWindow():
                stuck.append(f"Tab leaves and comes back: {runs} separate runs through the controls")
            return visits, stuck
    stuck.append("Tab never comes back round: " + ", ".join(describe(w) for w in visits[-12:]))
    return visits, stuck


def order_problems(qtbot, window: QWidget, root: QWidget, start: QWidget | None = None) -> list[str]:
    """What is wrong with Tab's way through ``root``: controls it never reaches, the root's
    controls visited in two separate runs, and steps that go against reading order.

    On a page, the way in comes from the page list; in a dialog (``root`` is the window) the
    round is read from the control at the top left, wherever focus starts."""
    stops = {w: _rect_in(w, root) for w in controls(root) if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus}
    visits, found = tab_walk(qtbot, window, root, start)
    found += [f"never reached: {describe(w)}" for w in stops
              if w not in visits and not any(b in visits for b in choice_set(w))]
    inside = [w for w in visits if w in stops]
    if len(set(inside)) != len(inside):
        found.append("visited twice: " + ", ".join(describe(w) for w in inside))
    if root.isWindow() and inside:
        # Reading starts at the top left: the left-most control that starts beside the highest one
        # (columns' first controls may sit a little apart; the highest need not be the first).
        highest = min(inside, key=lambda w: stops[w].top())
        band = [w for w in inside if stops[w].top() <= stops[highest].bottom()]
        first = min(band, key=lambda w: (stops[w].left(), stops[w].top()))
        inside = inside[inside.index(first):] + inside[:inside.index(first)]
    for a, b in zip(inside, inside[1:], strict=False):
        seen_a, seen_b = _as_seen_beside(a, b, root), _as_seen_beside(b, a, root)
        rect_a, rect_b = stops.get(seen_a) or _rect_in(seen_a, root), stops.get(seen_b) or _rect_in(seen_b, root)
        why = out_of_order(rect_a, rect_b)
        if why:
            found.append(f"{why}: {Stop(a, rect_a)} → {Stop(b, rect_b)}")
    return found
