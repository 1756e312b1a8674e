"""Run slow work (key derivation, big loads) off the GUI thread; results come back as signals.

Anki's ``QueryOp`` idea: the worker never touches widgets; success or failure is
delivered on the GUI thread through a queued signal.

The worker also never holds the last reference to anything of the GUI's. The callbacks
(bound methods of dialogs), the work function (whose closure may hold a dialog) and the
result or error stay in ``_pending``, which only the GUI thread empties; the worker drops
its own references before it signals. Otherwise a dialog could be deleted on the worker
thread when the GUI let go of it first ("QBasicTimer::stop: Failed. Possibly trying to
stop from a different thread", then a crash).
"""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Call:
    """One job's work, callbacks and outcome; created and finally dropped on the GUI thread."""

    __slots__ = ("fn", "on_success", "on_failure", "ok", "value")

    def __init__(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None]) -> None:
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.ok = False
        self.value: Any = None  # the result, or the exception when not ``ok``


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; hands each finished job to its callbacks.

    Signals: ``done(int)`` with the token of a finished job (emitted from the worker).
    """

    done = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _deliver(self, token: int) -> None:
        call = _pending.pop(token)
        if call.ok:
            call.on_success(call.value)
        else:
            call.on_failure(call.value)


class _Job(QRunnable):
    """Holds only a token, so deleting it on the worker thread frees nothing of the GUI's."""

    def __init__(self, token: int) -> None:
        super().__init__()
        self._token = token

    def run(self) -> None:
        call = _pending[self._token]  # removed only on delivery, after the signal below
        try:
            call.value = call.fn()
            call.ok = True
        except BaseException as exc:  # delivered to the GUI thread, never lost
            call.value = exc
        del call  # from here on only the GUI thread holds it
        _dispatcher().done.emit(self._token)


_pending: dict[int, _Call] = {}
_tokens = itertools.count(1)
_dispatchers: list[_Dispatcher] = []  # one, made on the GUI thread and never deleted


def _dispatcher() -> _Dispatcher:
    if not _dispatchers:
        _dispatchers.append(_Dispatcher())
    return _dispatchers[0]


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Start ``fn`` in the global thread pool; callbacks run on the GUI thread."""
    _dispatcher()  # made here, on the GUI thread, before any worker needs it
    token = next(_tokens)
    _pending[token] = _Call(fn, on_success, on_failure)
    QThreadPool.globalInstance().start(_Job(token))


# -- Python's cycle collector and work that builds a great many objects (issue 20) ---------------
# A full collection walks every live object with Python's lock held. A worker building a 30-year
# summary keeps about a million objects alive, and each full collection it set off froze the
# window 100-230 ms although the work was off the GUI thread.
_collector = threading.Lock()
_paused = 0  # works inside collector_paused
_was_enabled = True
_frozen = False  # what the paused works left alive is out of the collector's sight


@contextmanager
def collector_paused() -> Iterator[None]:
    """For the work of a worker that builds many objects which stay alive: no collections
    while it runs; when the last such work ends, everything alive is moved out of the
    collector's sight (``gc.freeze``, a moment however many) and collections go on, so none
    walks what the work made. :func:`release_collector` hands it back once it is let go."""
    global _paused, _was_enabled, _frozen
    with _collector:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _collector:
            _paused -= 1
            if _paused == 0:
                gc.freeze()
                _frozen = True
                if _was_enabled:
                    gc.enable()


def release_collector() -> None:
    """Let the collector see again what :func:`collector_paused` hid (call once the work's
    objects are let go; only what is still alive is walked, at the next full collection)."""
    global _frozen
    with _collector:
        if _frozen and _paused == 0:
            gc.unfreeze()
            _frozen = False
