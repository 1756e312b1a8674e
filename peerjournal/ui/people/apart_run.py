"""A bulk change to people (a contacts import, its undo and redo) run in a worker on a
connection of its own, so the window never waits for it (issue 20).

The worker's connection (:meth:`~peerjournal.storage.journal.Journal.apart`) does the whole
change in one transaction: all of it or nothing, and the window's connection reads the journal
as it was until the commit (WAL). A save the window makes meanwhile waits in SQLite's busy
handler for that commit (at most the run, well under a second for a phone's contacts), so
nothing is refused and nothing mixes into the bulk change. ``done`` then runs once on the GUI
thread, where the window's pages are told (:meth:`~peerjournal.storage.journal.Journal.tell`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.workers import run_in_background

T = TypeVar("T")
Done = Callable[[T | None, BaseException | None], None]


class ApartRun(Generic[T]):
    """``work`` run on the journal's own other connection in a worker; ``done(result, error)``
    on the GUI thread, once. :meth:`finish` waits for it there and then (a redo of the same
    step pressed before its undo ended), which can't deadlock: the worker needs nothing of the
    GUI thread's, not even the window's connection."""

    def __init__(self, journal: Journal, work: Callable[[Journal], T], done: Done) -> None:
        self._work = work
        self._done: Done | None = done
        self._ended = threading.Event()
        self._result: T | None = None
        self._error: BaseException | None = None
        self.thread: threading.Thread | None = None  # where the work ran (tests ask)
        self._journal = journal
        self._seen: set[Change] = set()
        run_in_background(self._run, self._delivered, self._delivered)

    def _run(self) -> None:
        self.thread = threading.current_thread()
        try:
            with self._journal.apart() as other:
                if other is None:  # locked meanwhile, or the key changed: nothing was done
                    raise RuntimeError("no connection of its own")
                other.add_listener(self._seen.update)  # what its batches changed, told here later
                self._result = self._work(other)
        except BaseException as exc:  # handed to the GUI thread
            self._error = exc
        finally:
            self._ended.set()

    def _delivered(self, _value: object) -> None:
        self.finish()

    @property
    def running(self) -> bool:
        return self._done is not None

    def finish(self) -> None:
        """Wait for the work if it still runs, tell the window's pages what it changed, then
        call ``done`` (once in all); neither when the journal was locked meanwhile."""
        done, self._done = self._done, None
        if done is None:
            return
        self._ended.wait()
        if not self._journal.vault.is_open:  # locked meanwhile: the window and its stack are gone
            return
        if self._error is None and self._seen:
            self._journal.tell(*self._seen)  # one notification: the window's pages refresh
        done(self._result, self._error)


def can_run_apart(journal: Journal) -> bool:
    """Whether :class:`ApartRun` can work on this journal: unlocking kept a key for a second
    connection (the app's unlock). Otherwise a bulk change runs on the window's connection."""
    return journal.vault.can_open_apart


__all__ = ["ApartRun", "can_run_apart"]
