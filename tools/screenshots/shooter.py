"""Takes the pictures: numbered PNG files, the whole screen under a real display (window
manager frames and true geometry), the window itself offscreen; closes stray message boxes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def slug(text: str) -> str:
    """``"Insights ▸ Mood over time"`` → ``"insights-mood-over-time"`` (file-name safe)."""
    text = text.replace("&", "").casefold()
    return re.sub(r"[^\w]+", "-", text, flags=re.ASCII).strip("-") or "untitled"


class Shooter:
    """Numbers and saves each picture in ``folder``; ``written`` lists them in order."""

    def __init__(self, folder: Path, settle_ms: int | None = None) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.written: list[Path] = []
        self.real_screen = QGuiApplication.platformName() not in {"offscreen", "minimal"}
        # A window manager needs a moment to map, frame and place a new window.
        self.settle_ms = settle_ms if settle_ms is not None else (400 if self.real_screen else 30)
        self.modal_name = ""  # the name for the next message box the watcher meets
        self._busy = False
        self._watcher = QTimer()
        self._watcher.setInterval(150)
        self._watcher.timeout.connect(self._close_message_boxes)
        self._watcher.start()

    def settle(self) -> None:
        QApplication.processEvents()
        QTest.qWait(self.settle_ms)

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        """Save a picture named ``NN-name.png``: the screen (real display) or ``widget``'s window."""
        self.settle()
        path = self.folder / f"{len(self.written) + 1:02d}-{slug(name)}.png"
        if self.real_screen:
            screen = QGuiApplication.primaryScreen()
            picture = screen.grabWindow(0)
        else:
            target = widget or QApplication.activeModalWidget() or QApplication.activeWindow()
            assert target is not None, f"nothing to picture for {name}"
            picture = target.window().grab()
        if not picture.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        self.written.append(path)
        print(path, flush=True)
        return path

    def _close_message_boxes(self) -> None:
        """A message box runs its own event loop: picture it and close it, so nothing waits."""
        box = QApplication.activeModalWidget()
        if self._busy or not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self._busy = True
        try:
            name, self.modal_name = self.modal_name or f"message-{box.windowTitle()}", ""
            self.shot(name, box)
            box.done(QDialog.DialogCode.Rejected)
        finally:
            self._busy = False

    def close_dialogs(self) -> None:
        """Close every dialog still open, newest first, without the questions a Cancel asks."""
        for widget in reversed(QApplication.topLevelWidgets()):
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        QApplication.processEvents()
