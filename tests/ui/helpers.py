"""Helpers several UI test folders share: a shown main window, a test's app ended, the controls a screen reader could not name, a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.widgets.scale_picker import ScalePicker

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
            QAbstractSpinBox, ScalePicker)


def make_window(qtbot, journal) -> MainWindow:
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def stop_app(ctl: AppController) -> None:
    """End a test's app: its journal closed, its prompt timer and tray icon stopped, and any
    window shown while locked (the unlock dialog, the bad-day plan) closed."""
    ctl._drop_journal()
    ctl.prompts.timer.stop()
    if ctl.tray is not None:
        ctl.tray.hide()
    for dialog in (ctl.unlock_dialog, ctl.locked_bad_day_view):
        if dialog is not None:
            dialog.close()


def _inside_compound_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        # Qt's own parts of a control (a combo box's list, a spin box's line edit)
        # are announced as part of their owner.
        if _inside_compound_control(widget) or widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


class FakeClock:
    def __init__(self, when: datetime) -> None:
        self.now = when

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time in November 2026, as an aware UTC instant."""
    return datetime(2026, 11, day, hour, minute).astimezone(UTC)
