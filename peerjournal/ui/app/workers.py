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

import itertools
from collections.abc import Callable
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
