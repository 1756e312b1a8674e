"""Run slow work (key derivation, big loads) off the GUI thread; results come back as signals.

Anki's ``QueryOp`` idea: the worker never touches widgets; success or failure is
delivered on the GUI thread through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; its slots receive the worker's signals queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: object) -> None:
        _live.discard(self)
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: object) -> None:
        _live.discard(self)
        self._on_failure(exc)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> _Relay:
    """Start ``fn`` in the global thread pool; callbacks run on the GUI thread."""
    relay = _Relay(on_success, on_failure)
    _live.add(relay)
    job = _Job(fn, relay)
    QThreadPool.globalInstance().start(job)
    return relay
