"""run_in_background: results come back on the GUI thread, and so does every last reference.

A dialog is often reachable only through the callbacks it gave (bound methods). If the
worker thread dropped the last reference, Qt would delete the dialog there, stopping its
timers from the wrong thread, and crash.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt, QThreadPool

from peerjournal.errors import UserError

from peerjournal.ui.app.workers import run_in_background

ROUNDS = 40


class Owner(QObject):
    """Stands in for a dialog: the callbacks are its bound methods."""

    def __init__(self, freed_in: list[str]) -> None:
        super().__init__()
        self.outcome: object = None
        self.destroyed.connect(lambda *_: freed_in.append(threading.current_thread().name),
                               Qt.ConnectionType.DirectConnection)

    def done(self, value: object) -> None:
        self.outcome = value
        delivered.append(threading.current_thread().name)


delivered: list[str] = []


def fail() -> None:
    raise UserError("not a journal")


def test_callbacks_and_owners_are_released_on_the_gui_thread(qtbot):
    freed_in: list[str] = []
    delivered.clear()
    for n in range(ROUNDS):
        owner = Owner(freed_in)
        # The work's closure holds the owner too, as restore_newest's holds its dialog.
        work = (lambda kept=owner, n=n: (kept, n)[1]) if n % 2 else fail
        run_in_background(work, owner.done, owner.done)
        del owner, work
        qtbot.waitUntil(lambda n=n: len(delivered) == n + 1, timeout=5_000)
        gc.collect()
    QThreadPool.globalInstance().waitForDone()
    gc.collect()
    assert delivered == ["MainThread"] * ROUNDS
    assert freed_in == ["MainThread"] * ROUNDS


def test_the_collector_waits_for_works_that_build_many_objects_and_sees_them_after():
    """collector_paused: no collection inside (nested or in two workers at once), what was
    built moved out of sight on leaving, handed back by release_collector (issue 20)."""
    from peerjournal.ui.app.workers import collector_paused, release_collector

    assert gc.isenabled() and gc.get_freeze_count() == 0
    with collector_paused():
        built = [[n] for n in range(1000)]
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer work still builds
        release_collector()  # too early: nothing is handed back while a work runs
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)  # out of the collector's sight
    release_collector()
    assert gc.get_freeze_count() == 0
