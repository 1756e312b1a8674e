"""Auto-lock: after idle time, on screen lock or sleep, and (optionally) on minimise.

Idle time is measured against the wall clock: a QTimer does not run while the
computer is suspended, so a monotonic timer alone would keep an idle journal open
for the whole sleep. Screen-lock and sleep notices come over D-Bus where there is a
bus (Linux desktops); elsewhere that part quietly does nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

try:  # QtDBus is missing from some builds (Windows, macOS); auto-lock works without it
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - depends on the platform's PySide6 build
    QDBusConnection = None  # type: ignore[assignment,misc]

IDLE = "idle"
SCREEN = "screen"
SLEEP = "sleep"
MINIMISED = "minimised"

_monotonic = time.monotonic  # a module name, so a test can move it

TICK_MS = 5_000
"""How often idle time is checked; a lock comes at most this late."""

# Input that shows someone is at the keyboard. Not hover or paint: those also happen
# when a window merely moves under a still pointer.
# ShortcutOverride comes before a shortcut runs, so Ctrl+… after a resume locks first.
_ACTIVITY = frozenset({
    QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
})

# (service, path, interface, signal) → slot. KDE and others emit the freedesktop signal
# on both paths; GNOME only has its own interface (KeePassXC listens to the same ones).
_SCREEN_SAVER_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)
_SLEEP_SIGNALS = (
    ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
)


class _MinimiseWatcher(QObject):
    """Event filter on watched windows only; Qt drops it when a window is destroyed."""

    def __init__(self, on_minimised: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_minimised = on_minimised

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and isinstance(watched, QWidget)
            and watched.isMinimized()
        ):
            self._on_minimised()
        return False


class AutoLock(QObject):
    """Decides when the journal should lock; the controller does the locking.

    Signals: ``lockNow(str)`` with the reason: ``"idle"``, ``"screen"``, ``"sleep"`` or
    ``"minimised"``. It fires once, then the auto-lock stops itself; call :meth:`start`
    again after the next unlock. While stopped nothing fires.
    """

    lockNow = Signal(str)

    def __init__(
        self,
        idle_minutes: int = 5,
        lock_on_minimise: bool = False,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_seconds = 0.0
        self.set_idle_minutes(idle_minutes)
        self._lock_on_minimise = lock_on_minimise
        self._wall_clock = wall_clock
        self._running = False
        self._filtering = False
        self._swallowing = False
        self._last_wall = wall_clock()
        self._last_monotonic = _monotonic()
        self.timer = QTimer(self)
        self.timer.setObjectName("autoLockTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        self._minimise_watcher = _MinimiseWatcher(self._minimised, self)
        self.bus_subscriptions = self.connect_session_events()

    # -- settings -----------------------------------------------------------
    @property
    def idle_minutes(self) -> int:
        return int(self._idle_seconds // 60)

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after this many minutes without input; 0 means never."""
        self._idle_seconds = max(0, int(minutes)) * 60.0

    @property
    def lock_on_minimise(self) -> bool:
        return self._lock_on_minimise

    def set_lock_on_minimise(self, enabled: bool) -> None:
        self._lock_on_minimise = bool(enabled)

    # -- running ------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Watch from now on (call after unlocking); idle time counts from now."""
        self.reset()
        self.resume()

    def resume(self) -> None:
        """Watch again without counting idle time afresh: after a lock that did not happen,
        the next tick (or the next input) tries again."""
        self._running = True
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (call when locked): no timer, no event filter, nothing fires."""
        self._running = False
        self.timer.stop()
        if not self._swallowing:
            self._remove_filter()

    def _remove_filter(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def reset(self) -> None:
        """Count idle time from now, as if there had just been input."""
        self._last_wall = self._wall_clock()
        self._last_monotonic = _monotonic()

    def watch_window(self, window: QWidget) -> None:
        """Lock when this window is minimised (if :meth:`set_lock_on_minimise` is on)."""
        window.installEventFilter(self._minimise_watcher)

    def idle_for(self) -> float:
        """Seconds since the last input.

        The wall clock counts a suspend; the monotonic clock keeps a wall clock set
        backwards from holding the journal open. The larger of the two wins.
        """
        return max(self._wall_clock() - self._last_wall, _monotonic() - self._last_monotonic)

    def _idle_expired(self) -> bool:
        return self._idle_seconds > 0 and self.idle_for() >= self._idle_seconds

    @Slot()
    def check(self) -> None:
        """Lock if the idle limit has passed (the timer calls this every few seconds)."""
        if self._running and self._idle_expired():
            self._fire(IDLE)

    def _fire(self, reason: str) -> None:
        if not self._running:
            return
        self.stop()  # first, so a second notice (two screen-saver paths) finds us stopped
        self.lockNow.emit(reason)

    # -- input --------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() not in _ACTIVITY:
            return False
        if self._swallowing:
            return True
        if not self._running:
            return False
        if self._idle_expired():
            # After a resume the first keypress or mouse move can come before the next
            # tick: lock instead of counting it as activity. One keystroke arrives as
            # ShortcutOverride then KeyPress/KeyRelease, so hold back all input until
            # the event loop is reached again: none of it reaches the journal.
            self._swallowing = True
            QTimer.singleShot(0, self._end_swallowing)
            self._fire(IDLE)
            return True
        self.reset()
        return False

    def _end_swallowing(self) -> None:
        self._swallowing = False
        if not self._running:
            self._remove_filter()

    def _minimised(self) -> None:
        if self._lock_on_minimise:
            self._fire(MINIMISED)

    # -- session bus ----------------------------------------------------------
    def connect_session_events(self, session_bus=None, system_bus=None) -> int:  # type: ignore[no-untyped-def]
        """Listen for screen lock (session bus) and sleep (system bus); returns how many
        subscriptions took. 0 without a bus (tests, CI, Windows, macOS), and no warning."""
        if QDBusConnection is None:
            return 0
        if session_bus is None:
            session_bus = QDBusConnection.sessionBus()
        if system_bus is None:
            system_bus = QDBusConnection.systemBus()
        wanted = [(session_bus, s, "_screen_saver_changed(bool)") for s in _SCREEN_SAVER_SIGNALS]
        wanted += [(system_bus, s, "_prepare_for_sleep(bool)") for s in _SLEEP_SIGNALS]
        taken = 0
        for bus, (service, path, interface, name), slot in wanted:
            if not bus.isConnected():
                continue
            # PySide6 wants the SLOT() string here; a Python callable or bytes is refused.
            if bus.connect(service, path, interface, name, self, SLOT(slot)):
                taken += 1
        return taken

    @Slot(bool)
    def _screen_saver_changed(self, active: bool) -> None:
        if active:
            self._fire(SCREEN)

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:  # False comes on resume; the idle check handles that side
            self._fire(SLEEP)
