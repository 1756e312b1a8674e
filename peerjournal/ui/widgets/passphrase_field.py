"""A passphrase field whose secret never enters Qt: the line edit holds only bullets, one per
character, so what Qt tells screen readers, input methods and its undo history carries none of it.

Why: a plain ``QLineEdit`` in Password mode sends every typed character, and the whole passphrase
when it is cleared, in its accessibility text events (``QWidgetLineControl`` builds them from the
raw text); over AT-SPI any client in the session reads them and Orca speaks them aloud.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QContextMenuEvent,
    QDropEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QStyleOptionFrame, QWidget

from peerjournal.ui.widgets.focus_events import caret_after_focus
from peerjournal.ui.widgets.make import named
from peerjournal.ui.widgets.passphrase_reveal import Reveal

MASK = "\u25cf"  # ● the bullet Qt and GTK draw for hidden text; screen readers say "black circle"
_CTRL = Qt.KeyboardModifier.ControlModifier
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def inserts_text(text: str, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key press with ``text`` types it: the same rule as Qt's ``isAcceptableInput``,
    so a masked stand-in key is typed exactly when the real one would have been."""
    if not text:
        return False
    category = unicodedata.category(text[0])
    if category == "Cf":  # joiners and direction marks, typed with Ctrl+Shift on some keyboards
        return True
    if modifiers in (_CTRL, _CTRL_SHIFT):
        return False
    return not category.startswith("C") or category == "Co"


def _inserted_from_outside(old: str, displayed: str) -> str:
    """Real text that reached Qt's own text past us (Qt's C++ setText, an accessibility client's
    insertText): taken in where it stands among the bullets when that is plain, else the field
    starts empty rather than keep a wrong passphrase."""
    before = len(displayed) - len(displayed.lstrip(MASK))
    after = len(displayed) - len(displayed.rstrip(MASK))
    new = displayed[before:len(displayed) - after]
    if not new or MASK in new or before + after != len(old):
        return ""
    return old[:before] + new + old[before:]


class PassphraseField(QLineEdit):
    """``text()``/``setText()``/``clear()`` work on the passphrase; the widget itself only ever
    holds ``MASK * len(passphrase)``, also while ``set_shown(True)`` shows the passphrase: then
    the characters are painted over the bullets' places, never handed to Qt.

    Signals: ``passphraseChanged(str)`` after every change (``textChanged`` carries the bullets).
    """

    passphraseChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        self._typing = ""  # the real text of the bullets Qt is inserting right now
        self._reveal: Reveal | None = None  # set while the passphrase is shown
        self._syncing = False
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAcceptDrops(False)  # a drop would insert its text through Qt
        self.textChanged.connect(self._follow)

    # -- the passphrase, for our own code ------------------------------------------------
    def text(self) -> str:  # type: ignore[override]
        return self._secret

    def setText(self, text: str, /) -> None:  # type: ignore[override]
        self._secret = text
        self._display()
        self.passphraseChanged.emit(self._secret)

    def clear(self) -> None:  # type: ignore[override]
        self.setText("")

    def insert(self, text: str, /) -> None:  # type: ignore[override]
        """Type ``text`` at the cursor, replacing the selection."""
        self._type(text)

    def is_shown(self) -> bool:
        return self._reveal is not None

    def set_shown(self, shown: bool) -> None:
        """Show the passphrase on screen (only painted), or hide it behind bullets again."""
        if shown == self.is_shown():
            return
        if shown:
            self._reveal = Reveal(self)
            self._reveal.start()
        elif self._reveal is not None:
            self._reveal.stop()
            self._reveal = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._reveal is not None:
            option = QStyleOptionFrame()
            self.initStyleOption(option)
            self._reveal.paint(self._secret, option)

    def _display(self) -> None:
        self._syncing = True
        try:
            super().setText(MASK * len(self._secret))
        finally:
            self._syncing = False

    # -- keeping the secret in step with what Qt did to the bullets ------------------------
    def _type(self, text: str) -> None:
        if not text and not self.hasSelectedText():
            return
        self._typing = text
        try:
            super().insert(MASK * len(text))
        finally:
            self._typing = ""

    def _follow(self, displayed: str) -> None:
        """Qt changed the text: every edit removes one run and inserts ``_typing`` where it was,
        leaving the cursor after it, so the run and the place follow from the cursor."""
        if self._syncing:
            return
        typed, old = self._typing, self._secret
        start = self.cursorPosition() - len(typed)
        removed = len(old) + len(typed) - len(displayed)
        if displayed == MASK * len(displayed) and start >= 0 and removed >= 0 and start + removed <= len(old):
            self._secret = old[:start] + typed + old[start + removed:]
        else:
            self._secret = _inserted_from_outside(old, displayed)
            self._display()
        self.passphraseChanged.emit(self._secret)

    # -- every way text comes in goes through _type, as bullets ----------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self._paste(QClipboard.Mode.Clipboard)
            event.accept()
            return
        text = event.text()
        if not inserts_text(text, event.modifiers()):
            super().keyPressEvent(event)  # moving, selecting, deleting: bullets only, followed above
            return
        masked = QKeyEvent(event.type(), event.key(), event.modifiers(), MASK * len(text),
                           event.isAutoRepeat(), event.count())
        self._typing = text
        try:
            super().keyPressEvent(masked)
        finally:
            self._typing = ""
        event.setAccepted(masked.isAccepted())

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.isReadOnly():
            super().inputMethodEvent(event)
            return
        commit = event.commitString()
        masked = QInputMethodEvent(MASK * len(event.preeditString()), [])
        masked.setCommitString(MASK * len(commit), event.replacementStart(), event.replacementLength())
        self._typing = commit
        try:
            super().inputMethodEvent(masked)
        finally:
            self._typing = ""
        event.setAccepted(masked.isAccepted())

    def _paste(self, mode: QClipboard.Mode) -> None:
        self._type(QGuiApplication.clipboard().text(mode))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        clipboard = QGuiApplication.clipboard()
        if (not self.isReadOnly() and event.button() == Qt.MouseButton.MiddleButton
                and clipboard.supportsSelection()):
            self.deselect()
            self._paste(QClipboard.Mode.Selection)  # X11's middle-click paste
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        event.ignore()

    def context_menu(self) -> QMenu:
        """Qt's own menu with its Paste (which would insert the real text) replaced by ours."""
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                paste = QAction(action.icon(), action.text(), menu)
                paste.setObjectName("edit-paste")
                paste.setShortcut(action.shortcut())
                paste.setEnabled(action.isEnabled())
                paste.triggered.connect(lambda: self.insert(QGuiApplication.clipboard().text()))
                menu.insertAction(action, paste)
                menu.removeAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()


def passphrase_field(name: str, accessible: str, description: str = "") -> PassphraseField:
    """A named :class:`PassphraseField` (object name, accessible name and description)."""
    return caret_after_focus(named(PassphraseField(), name, accessible, description))
