"""Auto-lock: idle time on a fake wall clock, suspend, minimise, screen lock and sleep."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from peerjournal.ui.app import autolock as autolock_module
from peerjournal.ui.app.autolock import AutoLock


class FakeClock:
    """Wall-clock seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, *, minutes: float = 0, hours: float = 0) -> None:
        self.now += minutes * 60 + hours * 3600


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def lock(qapp, clock):
    auto = AutoLock(idle_minutes=5, wall_clock=clock)
    auto.timer.setInterval(10)  # tick fast; the time that counts is the fake clock's
    yield auto
    auto.stop()
    auto.deleteLater()


@pytest.fixture
def edit(qtbot) -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName("typingEdit")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_key_and_mouse_input_restart_the_idle_time(qtbot, lock, clock, edit):
    lock.start()
    clock.advance(minutes=4)
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.advance(minutes=4)
    with qtbot.assertNotEmitted(lock.lockNow, wait=50):
        lock.check()
    point = QPointF(5, 5)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress, point, edit.mapToGlobal(point),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit, press)
    clock.advance(minutes=4)
    qtbot.keyClicks(edit, "b")  # and through QTest, as a person typing
    clock.advance(minutes=4)
    with qtbot.assertNotEmitted(lock.lockNow, wait=50):
        lock.check()
    assert lock.running


def test_idle_time_locks_once(qtbot, lock, clock):
    lock.start()
    clock.advance(minutes=4, hours=0)
    with qtbot.assertNotEmitted(lock.lockNow, wait=50):
        pass
    clock.advance(minutes=1)
    with qtbot.waitSignal(lock.lockNow, timeout=2000) as blocker:
        pass  # the timer's next tick
    assert blocker.args == ["idle"]
    assert not lock.running and not lock.timer.isActive()
    clock.advance(hours=1)
    with qtbot.assertNotEmitted(lock.lockNow, wait=50):
        lock.check()


def test_a_suspend_locks_on_the_first_tick_after_resume(qtbot, lock, clock):
    lock.start()
    lock.timer.stop()  # suspended: no ticks at all while the wall clock moves on
    clock.advance(hours=3)
    lock.timer.start()
    with qtbot.waitSignal(lock.lockNow, timeout=2000) as blocker:
        pass
    assert blocker.args == ["idle"]


def test_input_after_resume_locks_instead_of_counting_as_activity(qtbot, lock, clock, edit):
    lock.start()
    lock.timer.stop()
    clock.advance(hours=3)
    with qtbot.waitSignal(lock.lockNow, timeout=1000) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_X)  # ShortcutOverride, KeyPress, KeyRelease
    assert blocker.args == ["idle"]
    assert edit.text() == ""  # that keystroke went to the lock, not to the journal
    qtbot.wait(20)  # back in the event loop: input flows again (to the unlock dialog)
    qtbot.keyClick(edit, Qt.Key.Key_Y)
    assert edit.text() == "y"


def test_a_wall_clock_set_back_does_not_hold_the_journal_open(qtbot, lock, clock, monkeypatch):
    ticks = [100.0]
    monkeypatch.setattr(autolock_module, "_monotonic", lambda: ticks[0])
    lock.start()
    clock.advance(hours=-2)
    ticks[0] += 5 * 60
    with qtbot.waitSignal(lock.lockNow, timeout=1000) as blocker:
        lock.check()
    assert blocker.args == ["idle"]


def test_zero_minutes_means_never(qtbot, lock, clock, edit):
    lock.set_idle_minutes(0)
    assert lock.idle_minutes == 0
    lock.start()
    clock.advance(hours=48)
    with qtbot.assertNotEmitted(lock.lockNow, wait=100):
        lock.check()
        qtbot.keyClicks(edit, "typing is fine")
    assert edit.text() == "typing is fine"
    lock.set_idle_minutes(30)  # turned back on: counts from the last input
    clock.advance(minutes=30)
    with qtbot.waitSignal(lock.lockNow, timeout=1000):
        pass


def test_stopped_means_nothing_fires(qtbot, qapp, lock, clock, edit):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    lock.set_lock_on_minimise(True)
    lock.watch_window(window)
    lock.start()
    lock.stop()
    clock.advance(hours=5)
    with qtbot.assertNotEmitted(lock.lockNow, wait=100):
        lock.check()
        qtbot.keyClicks(edit, "x")
        lock._screen_saver_changed(True)
        lock._prepare_for_sleep(True)
        window.showMinimized()
    assert edit.text() == "x"
    lock.start()  # and starting again counts from now
    with qtbot.assertNotEmitted(lock.lockNow, wait=50):
        lock.check()


def test_minimise_locks_when_chosen(qtbot, lock):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    lock.watch_window(window)
    lock.start()
    with qtbot.assertNotEmitted(lock.lockNow, wait=50):
        window.showMinimized()  # the option is off by default
    window.showNormal()
    lock.set_lock_on_minimise(True)
    assert lock.lock_on_minimise
    with qtbot.waitSignal(lock.lockNow, timeout=1000) as blocker:
        window.showMinimized()
    assert blocker.args == ["minimised"]


def test_minimise_of_an_unwatched_window_is_ignored(qtbot, qapp, clock):
    auto = AutoLock(lock_on_minimise=True, wall_clock=clock)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    auto.start()
    with qtbot.assertNotEmitted(auto.lockNow, wait=50):
        window.showMinimized()
    auto.stop()


@pytest.mark.parametrize(
    ("slot", "reason"), [("_screen_saver_changed", "screen"), ("_prepare_for_sleep", "sleep")]
)
def test_screen_lock_and_sleep_notices(qtbot, lock, slot, reason):
    lock.start()
    with qtbot.assertNotEmitted(lock.lockNow, wait=20):
        getattr(lock, slot)(False)  # screen saver off / waking up: nothing to do
    with qtbot.waitSignal(lock.lockNow, timeout=1000) as blocker:
        getattr(lock, slot)(True)
    assert blocker.args == [reason]
    with qtbot.assertNotEmitted(lock.lockNow, wait=20):
        getattr(lock, slot)(True)  # a second notice (KDE sends two) finds it stopped


def test_no_bus_is_quiet(qtbot, qapp, qtlog, clock):
    auto = AutoLock(wall_clock=clock)
    assert auto.bus_subscriptions >= 0
    assert auto.connect_session_events() >= 0  # again: still no error
    assert not [r for r in qtlog.records if "dbus" in r.message.lower()]


@pytest.fixture
def private_bus(qapp):
    """A throwaway dbus-daemon, connected to twice: the AutoLock's side and a sender."""
    from PySide6.QtDBus import QDBusConnection

    daemon_exe = shutil.which("dbus-daemon")
    if daemon_exe is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        [daemon_exe, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        address = daemon.stdout.readline().strip()  # type: ignore[union-attr]
        listener = QDBusConnection.connectToBus(address, "peerjournal-test-listener")
        sender = QDBusConnection.connectToBus(address, "peerjournal-test-sender")
        if not (listener.isConnected() and sender.isConnected()):
            pytest.skip("could not connect to a private dbus-daemon")
        yield listener, sender
    finally:
        QDBusConnection.disconnectFromBus("peerjournal-test-listener")
        QDBusConnection.disconnectFromBus("peerjournal-test-sender")
        daemon.terminate()
        daemon.wait(5)


def test_real_dbus_signals_reach_the_slots(qtbot, lock, private_bus):
    """The SLOT() form of QDBusConnection.connect really delivers (a bare callable would not)."""
    from PySide6.QtDBus import QDBusMessage

    listener, sender = private_bus
    # The sender owns the well-known names first, so the listener knows who may speak for them.
    assert sender.registerService("org.freedesktop.ScreenSaver")
    assert sender.registerService("org.freedesktop.login1")
    assert lock.connect_session_events(session_bus=listener, system_bus=listener) == 4

    def emit(path: str, interface: str, name: str, value: bool) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments([value])
        assert sender.send(message)

    lock.start()
    with qtbot.waitSignal(lock.lockNow, timeout=3000) as blocker:
        emit("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    assert blocker.args == ["screen"]

    lock.start()
    with qtbot.waitSignal(lock.lockNow, timeout=3000) as blocker:
        emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
        emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    assert blocker.args == ["sleep"]


def test_resume_after_a_lock_that_did_not_happen_tries_again_at_the_next_tick(qtbot):
    now = [1000.0]
    lock = AutoLock(idle_minutes=1, wall_clock=lambda: now[0])
    fired: list[str] = []
    lock.lockNow.connect(fired.append)
    lock.start()
    now[0] += 61
    lock.check()
    assert fired == ["idle"] and not lock.running
    lock.resume()  # the controller: still unlocked, so watch on
    assert lock.running
    lock.check()  # idle time was not counted afresh: it fires again at once
    assert fired == ["idle", "idle"]
    lock.stop()
