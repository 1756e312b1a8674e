"""The daily backup (and its copy to a second place) off the GUI thread, stoppable by a lock.

A large vault takes seconds to export (issue 20): unlocking shows the window at once and the
backup follows in a worker. A lock sets the cancel event (SQLite stops the export at its next
step, the copy at its next chunk; nothing unfinished stays) and waits for the worker to let go
of the vault before the connection closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from peerjournal.ui.app.workers import run_in_background


class BackgroundBackup:
    """One backup job: ``work(cancel)`` runs in the thread pool; ``on_done`` / ``on_failed`` run
    on the GUI thread afterwards, unless the job was stopped (the journal is locked by then)."""

    def __init__(self, work: Callable[[threading.Event], Any], on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None]) -> None:
        self.cancel = threading.Event()
        self.over = threading.Event()  # set by the worker when it no longer uses the vault
        self._work = work
        self._on_done = on_done
        self._on_failed = on_failed

    def start(self) -> None:
        run_in_background(self._run, self._done, self._failed)

    @property
    def running(self) -> bool:
        return not self.over.is_set()

    def stop(self, timeout_s: float) -> bool:
        """Cancel and wait up to ``timeout_s`` for the worker to be done with the vault; answers
        whether it was. Called on the GUI thread before the vault closes."""
        self.cancel.set()
        return self.over.wait(timeout_s)

    def _run(self) -> Any:
        try:
            return self._work(self.cancel)
        finally:
            self.over.set()

    def _done(self, result: Any) -> None:
        if not self.cancel.is_set():
            self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        if not self.cancel.is_set():
            self._on_failed(exc)
