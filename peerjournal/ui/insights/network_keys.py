"""The network map by keyboard: choose a person with the arrow keys, move them between circles.

Left/Up and Right/Down choose the previous or next person (close circle first, then middle,
then outer), Home and End the first and last. Ctrl+Up or + moves the chosen person one
circle closer, Ctrl+Down or - one circle further out; the same two moves are on the map's
context menu (right click, or the Menu key). A move is reported exactly like a drag, with
the view's ``closenessChanged``, so the page saves it the same way. Tab leaves the map.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from peerjournal.core.vocabulary import Closeness

if TYPE_CHECKING:
    from peerjournal.ui.insights.network_view import NetworkView, PersonDot

ORDER = (Closeness.CLOSE, Closeness.MIDDLE, Closeness.OUTER)
CLOSER, FURTHER = -1, 1


def _index(closeness: Closeness | None) -> int:
    """A circle's place in ORDER; not placed yet (None) is just outside it, so "closer" puts
    them in the outer circle."""
    return ORDER.index(closeness) if closeness is not None else len(ORDER)


class NetworkKeys(QObject):
    """Keyboard choosing and moving for one :class:`NetworkView`; no signals of its own."""

    def __init__(self, view: NetworkView) -> None:
        super().__init__(view)
        self.view = view
        self._restore_id: int | None = None
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.closer_action = self._action(self.tr("Move &closer"), "Ctrl+Up", CLOSER, "moveCloserAction")
        self.further_action = self._action(self.tr("Move &further out"), "Ctrl+Down", FURTHER,
                                           "moveFurtherAction")
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.installEventFilter(self)
        view.scene().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, key: str, step: int, name: str) -> QAction:
        action = QAction(text, self.view)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: self.move(step))
        self.view.addAction(action)
        return action

    @staticmethod
    def describe() -> str:
        """How to use the map by keyboard, for its accessible description."""
        return QCoreApplication.translate(
            "NetworkKeys",
            "Use the arrow keys to choose a person, then Ctrl+Up or + to move them to a closer "
            "circle and Ctrl+Down or - to move them further out. You can also drag them."
        )

    # -- choosing ------------------------------------------------------------------
    def chosen(self) -> PersonDot | None:
        try:
            selected = self.view.scene().selectedItems()
        except RuntimeError:  # the scene is going away
            return None
        dots = set(self.view.dots.values())
        return next((item for item in selected if item in dots), None)  # type: ignore[return-value]

    def choose(self, person_id: int) -> bool:
        dot = self.view.dots.get(person_id)
        if dot is None:
            return False
        scene = self.view.scene()
        scene.clearSelection()
        dot.setSelected(True)
        self.view.ensureVisible(dot)
        return True

    def step(self, offset: int) -> None:
        """Choose the next (1) or previous (-1) person, going round; the first if none is chosen."""
        ids = list(self.view.dots)
        if not ids:
            return
        dot = self.chosen()
        if dot is None:
            index = 0 if offset > 0 else len(ids) - 1
        else:
            index = (ids.index(dot.node.person_id) + offset) % len(ids)
        self.choose(ids[index])

    # -- moving --------------------------------------------------------------------
    def move(self, step: int) -> bool:
        """Move the chosen person one circle closer (-1) or further out (1); True if they moved."""
        dot = self.chosen()
        if dot is None or not getattr(self.view, "editable", True):
            return False
        index = _index(dot.node.closeness) + step
        if not 0 <= index < len(ORDER):
            if dot.node.closeness is None:
                said = self.tr("{name} is not placed in a circle yet.").format(name=dot.node.name)
            else:
                said = self.tr("{name} is already in the {circle}.").format(
                    name=dot.node.name, circle=dot.node.closeness.label.lower())
            self.view.personChosen.emit(said)
            return False
        closeness = ORDER[index]
        from peerjournal.ui.insights.network_view import RADII  # the view module imports this one

        pos = dot.pos()
        distance = (pos.x() ** 2 + pos.y() ** 2) ** 0.5
        if distance > 0:
            dot.setPos(pos * (RADII[closeness] / distance))
        dot.node = replace(dot.node, closeness=closeness)
        self._restore_id = dot.node.person_id  # the page redraws the map after saving
        self._update_actions()
        self.view.closenessChanged.emit(dot.node.person_id, closeness)
        return True

    # -- keeping the choice across a redraw ---------------------------------------------
    def remember(self) -> None:
        """Call before the map is drawn again: the chosen person stays chosen (see restore)."""
        dot = self.chosen()
        if dot is not None:
            self._restore_id = dot.node.person_id

    @property
    def remembered(self) -> int | None:
        """Who :meth:`remember` kept for the redraw (so a crowded map still draws their dot)."""
        return self._restore_id

    def restore(self) -> None:
        """Call after the map was drawn again."""
        person_id, self._restore_id = self._restore_id, None
        if person_id is not None:
            self.choose(person_id)
        self._update_actions()

    def _update_actions(self) -> None:
        dot = self.chosen()
        editable = getattr(self.view, "editable", True)
        index = _index(dot.node.closeness) if dot is not None else -1
        self.closer_action.setEnabled(editable and index > 0)
        self.further_action.setEnabled(editable and 0 <= index < len(ORDER) - 1)

    # -- keys ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_Up:
            self.move(CLOSER)
        elif ctrl and key == Qt.Key.Key_Down:
            self.move(FURTHER)
        elif ctrl:
            return False
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.move(CLOSER)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.move(FURTHER)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step(-1)
        elif key == Qt.Key.Key_Home and self.view.dots:
            self.choose(next(iter(self.view.dots)))
        elif key == Qt.Key.Key_End and self.view.dots:
            self.choose(list(self.view.dots)[-1])
        else:
            return False
        return True
