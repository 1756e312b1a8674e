"""The network map: you in the middle, three circles (close, middle, outer), a dot per person.

People not placed in a circle yet (closeness not set) sit in a labelled row below the circles,
never in a guessed circle; dragging one into a circle places them.

Dots are coloured by relationship and sized by days in touch over the last 90 days.
Dragging a dot onto another circle and letting go emits ``closenessChanged(id, Closeness)``;
the page saves it and redraws. A read-only map (``editable=False``, e.g. a saved snapshot)
draws the same way but nothing can be dragged. The keyboard does the same as dragging
(``ui/network_keys.py``). Colours come from the palette and follow a theme switch.
Signals: ``closenessChanged(int, object)``, ``personChosen(str)``.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from peerjournal.core.insights import NetworkNode
from peerjournal.core.vocabulary import Closeness, Relationship, closeness_rank, relationship_label

from peerjournal.ui.insights.network_crowd import MAX_DOTS, crowd, find
from peerjournal.ui.insights.network_keys import NetworkKeys
from peerjournal.ui.widgets.accessible import give_role
from peerjournal.ui.widgets.charts import THEME_EVENTS, series_colour
from peerjournal.ui.widgets.dates import day_text

RADII = {Closeness.CLOSE: 90.0, Closeness.MIDDLE: 170.0, Closeness.OUTER: 250.0}
_MARKER_DROP = 20.0  # half the biggest dot, and a little
RELATIONSHIP_COLOURS = {r: series_colour(i) for i, r in enumerate(Relationship)}
# The "not placed yet" row: below the outer circle, a few rows of dots at most (see crowd).
UNPLACED_TOP = RADII[Closeness.OUTER] + 90.0
_UNPLACED_PER_ROW = 15
_UNPLACED_ROW = 40.0
_UNPLACED_REACH = RADII[Closeness.OUTER] + 45.0  # let go further out than this: not into a circle


def relationship_colour(relationship: Relationship | None, palette: QPalette) -> QColor:
    """A relationship's dot colour; not set is a neutral grey from the theme (never a guess)."""
    if relationship is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return QColor(RELATIONSHIP_COLOURS[relationship])


def relationship_legend() -> QHBoxLayout:
    """"Colours:" then a swatch and the name of each relationship, as the dots are coloured."""
    legend = QHBoxLayout()
    legend.addWidget(QLabel(QCoreApplication.translate("NetworkView", "Colours:")))
    for relationship in Relationship:
        swatch = QLabel()
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(RELATIONSHIP_COLOURS[relationship]))
        swatch.setPixmap(pixmap)
        swatch.setAccessibleName(QCoreApplication.translate("NetworkView", "Colour for {relationship}").format(
            relationship=relationship.label))
        legend.addWidget(swatch)
        legend.addWidget(QLabel(relationship.label))
    unset = QLabel()
    pixmap = QPixmap(12, 12)
    pixmap.fill(relationship_colour(None, unset.palette()))
    unset.setPixmap(pixmap)
    unset.setAccessibleName(QCoreApplication.translate("NetworkView", "Colour for {relationship}").format(
        relationship=relationship_label(None)))
    legend.addWidget(unset)
    legend.addWidget(QLabel(relationship_label(None)))
    legend.addStretch(1)
    return legend


def _pixel(x: float) -> int:
    """A view coordinate rounded to its pixel, as Qt's mapFromScene does (qRound)."""
    return math.floor(x + 0.5)


def closeness_at(distance: float) -> Closeness:
    """The circle nearest to a distance from the centre."""
    return min(RADII, key=lambda c: abs(RADII[c] - distance))


def node_text(node: NetworkNode, recent: bool = True) -> str:
    """A person on the map in words; ``recent`` adds their days in touch in the last 90 days."""
    translate = QCoreApplication.translate
    last = (translate("NetworkView", "last in touch {day}").format(day=day_text(node.last_in_touch, "d MMMM yyyy"))
            if node.last_in_touch else translate("NetworkView", "not in touch yet"))
    circle = (node.closeness.label.lower() if node.closeness is not None
              else translate("NetworkView", "not placed in a circle yet"))
    text = f"{node.name}: {relationship_label(node.relationship)}, {circle}, {last}"
    if not recent:
        return text
    return text + "; " + _WORDS.days_in_touch(node.days_90)



class NetworkWords(QObject):
    """Counted words outside a widget: lupdate reads a plural (numerus) form only from
    ``self.tr(text, "", n)`` in a class."""

    def days_in_touch(self, n: int) -> str:
        return self.tr("%n day(s) in touch in the last 90 days", "", n)


_WORDS = NetworkWords()

def circle_counts(counts: dict[Closeness | None, int]) -> str:
    """"2 in the close circle, 1 in the middle circle, 0 in the outer circle", translated
    (and "1 not placed yet" when someone is)."""
    translate = QCoreApplication.translate
    words = {Closeness.CLOSE: translate("NetworkView", "{n} in the close circle"),
             Closeness.MIDDLE: translate("NetworkView", "{n} in the middle circle"),
             Closeness.OUTER: translate("NetworkView", "{n} in the outer circle"),
             None: translate("NetworkView", "{n} not placed in a circle yet")}
    return ", ".join(words[c].format(n=n) for c, n in counts.items() if c is not None or n)


Box = tuple[float, float, float, float]  # left, top, right, bottom


class RectGrid:
    """Rectangles in buckets of the screen, so "does this overlap anything?" looks only nearby
    (every name against every dot and name was most of a redraw's time). Kept as plain numbers:
    a QRectF call per comparison was most of what was left."""

    CELL = 64.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float, float, float, int | None]]] = {}

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        x0, x1 = math.floor(box[0] / self.CELL), math.floor(box[2] / self.CELL)
        y0, y1 = math.floor(box[1] / self.CELL), math.floor(box[3] / self.CELL)
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]

    def add(self, rect: QRectF, owner: int | None) -> None:
        self.add_box((rect.left(), rect.top(), rect.right(), rect.bottom()), owner)

    def hits(self, rect: QRectF, besides: int | None = None) -> bool:
        """Whether ``rect`` overlaps any rectangle added, other than those of ``besides``."""
        return self.hits_box((rect.left(), rect.top(), rect.right(), rect.bottom()), besides)

    def add_box(self, box: Box, owner: int | None) -> None:
        if box[2] <= box[0] or box[3] <= box[1]:
            return  # empty: overlaps nothing (as QRectF.intersects)
        for key in self._keys(box):
            self._cells.setdefault(key, []).append((*box, owner))

    def hits_box(self, box: Box, besides: int | None = None) -> bool:
        left, top, right, bottom = box
        if right <= left or bottom <= top:
            return False
        for key in self._keys(box):
            for l2, t2, r2, b2, owner in self._cells.get(key, ()):
                if left < r2 and l2 < right and top < b2 and t2 < bottom and (owner is None or owner != besides):
                    return True
        return False


class PersonDot(QGraphicsEllipseItem):
    """A person's dot and name; a redraw keeps it and sets only what changed (:meth:`show_node`)."""

    def __init__(self, node: NetworkNode, view: NetworkView, marked: bool = False) -> None:
        super().__init__()
        self._view = view
        self.home = QPointF()  # where it was drawn: an unplaced dot let go outside the circles goes back
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, view.editable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        if view.editable:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        # Painted once into a pixmap and reused: hovering, choosing or moving one dot repaints
        # the others from it (a repaint of 200 antialiased dots was ~30 ms, ~10 ms cached).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.label = QGraphicsSimpleTextItem(self)
        text, font = view.label_look()
        self.label.setBrush(text)
        self.label.setFont(font)  # the body text size, however small the map is drawn
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.node = node
        self.size = 0.0
        self._drawn: tuple[NetworkNode, bool] | None = None  # what the dot shows now
        self.show_node(node, marked)

    def show_node(self, node: NetworkNode, marked: bool) -> None:
        """Show ``node`` (``marked``: e.g. new or moved since the map beside it); nothing is set
        again when it is what the dot shows already (a redraw of 3,000 people was mostly that)."""
        self.node = node
        if self._drawn == (node, marked):
            return
        self._drawn = (node, marked)
        view = self._view
        size = 14 + min(node.days_90, 30) * 0.8
        if size != self.size:
            self.size = size
            self.setRect(-size / 2, -size / 2, size, size)
        brush, pen = view.dot_look(node.relationship, marked)
        self.setBrush(brush)
        self.setPen(pen)
        self._tip_for: NetworkNode | None = None  # the tooltip is worded on hover (see below)
        if self.label.text() != node.name:
            self.label.setText(node.name)
        rect = self.label.boundingRect()
        self.label.setPos(-rect.width() / 2, size / 2 + 1)  # placed again by NetworkView.place_labels

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        # Worded when the pointer comes, not for every dot at each redraw (dates in words are slow).
        if self._tip_for is not self.node:
            self._tip_for = self.node
            self.setToolTip(node_text(self.node, recent=self._view.editable))
        super().hoverEnterEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self._view.editable:
            self._view.dropped(self)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().adjusted(-6, -6, 6, 6)  # room for the chosen ring

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # A clear ring in the highlight colour for the chosen person instead of Qt's thin dashes.
        plain = QStyleOptionGraphicsItem(option)
        chosen = bool(plain.state & QStyle.StateFlag.State_Selected)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, widget)
        if chosen:
            painter.setPen(QPen(self._view.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.rect().adjusted(-4, -4, 4, 4))


class NetworkView(QGraphicsView):
    closenessChanged = Signal(int, object)
    personChosen = Signal(str)  # the chosen person in words, for the caption below

    def __init__(self, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.editable = editable
        self.setObjectName("networkView")
        self.setAccessibleName(self.tr("Network map"))
        # The view takes the focus (its viewport's focus proxy); the viewport left focusable is
        # an unnamed "filler" to AT-SPI that Tab never reaches. A click still focuses the view.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setScene(QGraphicsScene(self))
        self.setMinimumSize(360, 360)
        self.dots: dict[int, PersonDot] = {}
        self.nodes: list[NetworkNode] = []
        self.unplaced_caption: QGraphicsSimpleTextItem | None = None  # the "not placed yet" row's heading
        self._unplaced_line: QGraphicsLineItem | None = None  # and the line above it
        self._static: list[QGraphicsItem] = []  # the circles and "You": drawn once
        self._drawing = False  # set_nodes under way: the labels are placed at its end
        self._looks: dict[object, tuple[QBrush, QPen]] = {}  # the dots' colours, once per theme
        self._label_look: tuple[QColor, QFont] | None = None
        self.pinned: set[int] = set()  # found by search or moved: keep their dot in a crowded circle
        self._made: dict[int, PersonDot] = {}  # dots made by prepare(), not yet on the map
        self.groups: dict[Closeness | None, QGraphicsSimpleTextItem] = {}  # "+N more" of each crowded circle
        self.scene().selectionChanged.connect(self._on_selection)
        self.marked: frozenset[int] = frozenset()
        self.keys = NetworkKeys(self)
        # The scene's items hold colours; after a theme switch they are drawn again, once.
        self._recolour_timer = QTimer(self, singleShot=True, interval=0)
        self._recolour_timer.timeout.connect(self._recolour)
        self._describe()  # described from the start: the page draws the people a turn or two later

    def set_nodes(self, nodes: list[NetworkNode], marked: Collection[int] = ()) -> None:
        """Draw ``nodes``; people whose ids are in ``marked`` get a thick highlighted ring.

        The circles are drawn once and each person's dot is kept from the last drawing, moved
        and changed only where it differs (a redraw used to make every item anew)."""
        self.nodes = nodes
        self.marked = frozenset(marked)
        self._drawing = True  # the labels are placed once, at the end
        try:
            self.scene().clearSelection()  # whoever was chosen is chosen again by keys.restore
            outer = RADII[Closeness.OUTER] + 40
            unplaced = sum(1 for n in nodes if n.closeness is None)
            bottom = self._unplaced_bottom(unplaced) if unplaced else outer
            self.scene().setSceneRect(QRectF(-outer, -outer, 2 * outer, outer + bottom))
            if not self._static:
                self._draw_circles()
            self._unplaced_caption(bool(unplaced))
            spare, self.dots = self.dots, {}
            self._place_dots(self._by_circle(), spare)
            for dot in spare.values():  # no longer on the map
                self.scene().removeItem(dot)
            self.keys.restore()  # its choice places the labels again: once, by fit below
        finally:
            self._drawing = False
        self._describe()
        self.fit()

    def prepare(self, nodes: list[NetworkNode], marked: Collection[int] = ()) -> None:
        """Make the dots :meth:`set_nodes` will show for ``nodes`` and lacks, off the map, in a
        turn of the event loop before it draws: making 200 dots was half of the drawing's turn
        (issue 20). A dot made here and not shown then is dropped; one missing is made there."""
        keep = self._kept_in_crowds(marked)
        for members in self._by_circle(nodes).values():
            for node in crowd(members, keep)[0]:
                if node.person_id not in self.dots and node.person_id not in self._made:
                    self._made[node.person_id] = PersonDot(node, self, node.person_id in marked)

    def _draw_circles(self) -> None:
        """The three circles, their names and "You" in the middle: drawn once (and on a theme switch)."""
        scene = self.scene()
        pal = self.palette()
        faint = QColor(pal.color(QPalette.ColorRole.Text))
        faint.setAlpha(70)
        for closeness, radius in RADII.items():
            ring = scene.addEllipse(-radius, -radius, 2 * radius, 2 * radius, QPen(faint, 1.2, Qt.PenStyle.DashLine))
            ring.setZValue(0)
            caption = scene.addSimpleText(closeness.label)
            caption.setBrush(pal.color(QPalette.ColorRole.PlaceholderText))
            caption.setPos(-caption.boundingRect().width() / 2, -radius - caption.boundingRect().height())
            self._static += [ring, caption]
        you = scene.addEllipse(-18, -18, 36, 36, QPen(Qt.PenStyle.NoPen), QBrush(pal.color(QPalette.ColorRole.Highlight)))
        you.setZValue(1)
        label = scene.addSimpleText(self.tr("You"))
        label.setBrush(pal.color(QPalette.ColorRole.HighlightedText))
        label.setPos(-label.boundingRect().width() / 2, -label.boundingRect().height() / 2)
        label.setZValue(1)
        self._static += [you, label]

    def dot_look(self, relationship: Relationship | None, marked: bool) -> tuple[QBrush, QPen]:
        """A dot's fill and outline, made once per theme (copying the palette for each dot was
        a good part of drawing 200). ``marked``: a thick ring in the highlight colour."""
        key = (relationship, marked)
        look = self._looks.get(key)
        if look is None:
            pal = self.palette()
            if marked:  # a thick ring, not colour alone
                pen = QPen(pal.color(QPalette.ColorRole.Highlight), 4)
            else:
                outline = QColor(pal.color(QPalette.ColorRole.Text))
                outline.setAlpha(110)
                pen = QPen(outline, 1)
            look = self._looks[key] = (QBrush(relationship_colour(relationship, pal)), pen)
        return look

    def label_look(self) -> tuple[QColor, QFont]:
        """The names' colour and font (the body text's), once per theme and text size."""
        if self._label_look is None:
            self._label_look = (self.palette().color(QPalette.ColorRole.Text), self.font())
        return self._label_look

    def _by_circle(self, nodes: list[NetworkNode] | None = None) -> dict[Closeness | None, list[NetworkNode]]:
        """``nodes`` (the ones on the map if None) by circle, every circle there, empty or not."""
        by_circle: dict[Closeness | None, list[NetworkNode]] = {c: [] for c in (*RADII, None)}
        for node in self.nodes if nodes is None else nodes:
            by_circle[node.closeness].append(node)
        return by_circle

    def _kept_in_crowds(self, marked: Collection[int]) -> set[int]:
        """The people a crowded circle always shows: found or moved, marked, and the one chosen."""
        remembered = self.keys.remembered
        return self.pinned | set(marked) | ({remembered} if remembered is not None else set())

    def _describe(self) -> None:
        """The map in words for screen readers: how many in each circle, the crowd markers."""
        count = len(self.nodes)
        circles = circle_counts({c: len(members) for c, members in self._by_circle().items()})
        hint = (NetworkKeys.describe() + " " + self.tr("The same people are in the table below.")
                if self.editable else self.tr("What changed is listed in words below the maps."))
        if self.groups:
            hint = " ".join(g.text() for g in self.groups.values()) + ". " + hint
        people = self.tr("%n person(s)", "", count)
        self.setAccessibleDescription(self.tr("{people}: {circles}. {hint}").format(
            people=people, circles=circles, hint=hint))

    def move_node(self, person_id: int, closeness: Closeness | None) -> bool:
        """The person (saved) is in ``closeness`` now: only the two circles concerned are laid
        out again, their other dots kept; False if the person isn't on the map."""
        where = next((i for i, n in enumerate(self.nodes) if n.person_id == person_id), None)
        if where is None:
            return False
        before = self.nodes[where].closeness
        self.nodes[where] = replace(self.nodes[where], closeness=closeness)
        self.pinned.add(person_id)  # stays in sight in the circle it went to
        if None in (before, closeness):  # the "not placed yet" row may come or go: all again
            self.set_nodes(self.nodes, self.marked)
            return True
        by_circle = self._by_circle()
        self._place_dots({c: by_circle[c] for c in dict.fromkeys((before, closeness))})
        self._describe()
        self.place_labels()
        return True

    @staticmethod
    def _unplaced_bottom(count: int) -> float:
        rows = max(1, math.ceil(min(count, MAX_DOTS) / _UNPLACED_PER_ROW))
        return UNPLACED_TOP + rows * _UNPLACED_ROW + 30  # and room for a "+N more" line

    def _unplaced_caption(self, wanted: bool) -> None:
        """The "not placed yet" row's heading and frame, clearly outside the circles, while
        anyone is unplaced."""
        if wanted == (self.unplaced_caption is not None):
            return
        if not wanted:
            for item in (self.unplaced_caption, self._unplaced_line):
                if item is not None:
                    self.scene().removeItem(item)
            self.unplaced_caption = self._unplaced_line = None
            return
        pal = self.palette()
        caption = self.scene().addSimpleText(
            self.tr("Not placed in a circle yet: drag someone into a circle") if self.editable
            else self.tr("Not placed in a circle yet"))  # a saved snapshot can't be changed
        caption.setBrush(pal.color(QPalette.ColorRole.Text))
        width = caption.boundingRect().width()
        caption.setPos(-width / 2, UNPLACED_TOP - 40)
        edge = QColor(pal.color(QPalette.ColorRole.Text))
        edge.setAlpha(70)
        left = RADII[Closeness.OUTER] + 30
        self._unplaced_line = self.scene().addLine(-left, UNPLACED_TOP - 46, left, UNPLACED_TOP - 46,
                                                   QPen(edge, 1.2, Qt.PenStyle.DashLine))
        self.unplaced_caption = caption

    def _place_dots(self, by_circle: dict[Closeness | None, list[NetworkNode]],
                    spare: dict[int, PersonDot] | None = None) -> None:
        """A dot each, round each circle in ``by_circle`` (or along the "not placed yet" rows); a
        crowded circle shows the people that matter most and one "+N more" marker at its foot
        (3,000 dots would be a black ring and slow to draw). A dot already there for the same
        person is kept, moved (or taken from ``spare``, the dots of the last drawing)."""
        keep = self._kept_in_crowds(self.marked)
        scene = self.scene()
        crowds = {closeness: crowd(members, keep) for closeness, members in by_circle.items()}
        shown_ids = {node.person_id for shown, _ in crowds.values() for node in shown}
        members_ids = {node.person_id for members in by_circle.values() for node in members}
        for pid in [pid for pid in self.dots if pid in members_ids and pid not in shown_ids]:
            scene.removeItem(self.dots.pop(pid))  # crowded out of its circle
        for closeness, (shown, hidden) in crowds.items():
            for j, node in enumerate(shown):
                # Half a step round from the top, which keeps each circle's caption clear.
                dot = (self.dots.get(node.person_id) or (spare or {}).pop(node.person_id, None)
                       or self._made.pop(node.person_id, None))
                if dot is None:
                    dot = PersonDot(node, self, node.person_id in self.marked)
                else:  # kept or made ahead: it may have changed circle, name, colour or size
                    dot.show_node(node, node.person_id in self.marked)
                if dot.scene() is None:
                    scene.addItem(dot)
                self.dots[node.person_id] = dot
                dot.home = self._spot(closeness, j, len(shown))
                dot.setPos(dot.home)
            old = self.groups.pop(closeness, None)
            if old is not None:
                scene.removeItem(old)
            if hidden:
                self.groups[closeness] = self._group_marker(closeness, hidden)
        self._made = {}  # made ahead and not shown after all

    @staticmethod
    def _spot(closeness: Closeness | None, j: int, count: int) -> QPointF:
        """Where the ``j``th of ``count`` dots goes: round its circle, or along the unplaced rows."""
        if closeness is None:
            row, place = divmod(j, _UNPLACED_PER_ROW)
            in_row = min(_UNPLACED_PER_ROW, count - row * _UNPLACED_PER_ROW)
            span = 2 * RADII[Closeness.OUTER]
            x = -span / 2 + span * (place + 0.5) / in_row
            return QPointF(x, UNPLACED_TOP + row * _UNPLACED_ROW)
        # Half a step round from the top, which keeps each circle's caption clear.
        angle = 2 * math.pi * (j + 0.5) / count - math.pi / 2
        return QPointF(math.cos(angle), math.sin(angle)) * RADII[closeness]

    def _group_marker(self, closeness: Closeness | None, hidden: int) -> QGraphicsSimpleTextItem:
        words = {Closeness.CLOSE: self.tr("+{n} more in the close circle"),
                 Closeness.MIDDLE: self.tr("+{n} more in the middle circle"),
                 Closeness.OUTER: self.tr("+{n} more in the outer circle"),
                 None: self.tr("+{n} more not placed in a circle yet")}
        marker = self.scene().addSimpleText(words[closeness].format(n=QLocale().toString(hidden)))
        marker.setFont(self.font())
        marker.setBrush(self.palette().color(QPalette.ColorRole.Text))
        marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        marker.setToolTip(self.tr("Find someone with the search field above the map to show them here."))
        marker.setZValue(3)
        rect = marker.boundingRect()
        # Centred just below the circle's foot, clear of its biggest dots, in pixels at any scale.
        foot = (RADII[closeness] if closeness is not None
                else UNPLACED_TOP + (math.ceil(MAX_DOTS / _UNPLACED_PER_ROW) - 1) * _UNPLACED_ROW)
        marker.setPos(0, foot + _MARKER_DROP)
        marker.setTransform(QTransform.fromTranslate(-rect.width() / 2, 0))
        return marker

    def reveal(self, text: str) -> bool:
        """Show and choose the person whose name is (or contains) ``text``; False if nobody is."""
        node = find(self.nodes, text)
        if node is None:
            return False
        if node.person_id not in self.dots:
            self.pinned.add(node.person_id)
            self.set_nodes(self.nodes, self.marked)
        self.keys.choose(node.person_id)
        self.centerOn(self.dots[node.person_id])
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (*THEME_EVENTS, QEvent.Type.FontChange):  # kept dots hold both
            self._recolour_timer.start()

    def _recolour(self) -> None:
        if not self.scene().items():  # nothing drawn yet
            return
        self.keys.remember()
        # Every item holds colours: all drawn anew, once. Forgotten before the scene deletes
        # them (its selection signal comes while it does).
        self.dots, self.groups, self._static, self._made = {}, {}, [], {}
        self.unplaced_caption = self._unplaced_line = None
        self.scene().clear()
        self._looks, self._label_look = {}, None
        self.set_nodes(self.nodes, self.marked)

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.place_labels()

    def place_labels(self) -> None:
        """Each name below, above, right or left of its dot, wherever it overlaps no other name
        and no dot; a name that fits nowhere is left out (the dot's tooltip, the table and the
        words below the map still say it). The chosen person first, then close to outer."""
        scale = self.transform().m11() or 1.0
        to_view = self.viewportTransform()
        dots = list(self.dots.values())
        taken = RectGrid()  # dots, "+N more" markers and names placed so far, by where they are
        centres: dict[int, tuple[int, int]] = {}
        for d in dots:
            # Worked out here rather than asked of each item (mapFromScene per dot was most of it):
            # the dot's centre and its box (ring room included) in whole pixels, as Qt rounds them.
            at, reach = to_view.map(d.pos()), d.boundingRect().right() * scale  # centred on the dot
            centres[id(d)] = (_pixel(at.x()), _pixel(at.y()))
            left, top = _pixel(at.x() - reach), _pixel(at.y() - reach)
            right, bottom = _pixel(at.x() + reach), _pixel(at.y() + reach)
            taken.add_box((left, top, right + 1, bottom + 1), id(d))
        for group in self.groups.values():  # "+N more" is never under a name either
            taken.add(group.deviceTransform(to_view).mapRect(group.boundingRect()), id(group))
        chosen = {id(d) for d in dots if d.isSelected()}
        order = sorted(dots, key=lambda d: (id(d) not in chosen, closeness_rank(d.node.closeness),
                                           d.node.name.casefold()))
        for dot in order:
            text = dot.label.boundingRect()
            w, h = text.width(), text.height()
            x, y = centres[id(dot)]
            r = dot.size / 2 * scale
            for dx, dy in ((-w / 2, r + 1), (-w / 2, -r - 1 - h), (r + 3, -h / 2), (-r - 3 - w, -h / 2)):
                box = (x + dx, y + dy, x + dx + w, y + dy + h)
                if id(dot) in chosen or not taken.hits_box(box, besides=id(dot)):
                    dot.label.setPos(dx / scale, dy / scale)
                    dot.label.show()
                    taken.add_box(box, None)
                    break
            else:
                dot.label.hide()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def dropped(self, dot: PersonDot) -> None:
        """A dot was let go: snap it to the nearest circle and report a change of circle. An
        unplaced person let go outside the circles goes back to their row (nothing chosen)."""
        pos = dot.pos()
        distance = math.hypot(pos.x(), pos.y())
        if dot.node.closeness is None and distance > _UNPLACED_REACH:
            dot.setPos(dot.home)
            return
        closeness = closeness_at(distance)
        if distance > 0:
            dot.setPos(pos * (RADII[closeness] / distance))
        if closeness != dot.node.closeness:
            self.pinned.add(dot.node.person_id)  # stays in sight in the circle it went to
            self.closenessChanged.emit(dot.node.person_id, closeness)

    def _on_selection(self) -> None:
        try:
            chosen = [item for item in self.scene().selectedItems() if isinstance(item, PersonDot)]
        except RuntimeError:  # the scene is going away
            return
        if not self._drawing:
            # The chosen person's name is always shown. Here, not in each dot's itemChange: that
            # Python override ran for every position, flag and tooltip set (thousands a redraw).
            self.place_labels()
        if chosen:
            self.personChosen.emit(node_text(chosen[0].node, recent=self.editable))


give_role(NetworkView, QAccessible.Role.Grouping)  # a named group of people, not a "filler"
