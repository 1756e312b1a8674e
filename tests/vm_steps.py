"""SQLite's virtual machine steps: the work a read does, whatever the machine's speed.

Tests that a read doesn't grow with history count these (never a timing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def counting_steps(conn: Any, every: int = 100) -> Iterator[list[int]]:
    """Within the block, ``count[0]`` is how many times ``every`` VM steps ran on ``conn``."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0  # go on

    conn.set_progress_handler(tick, every)
    try:
        yield count
    finally:
        conn.set_progress_handler(None, every)


def steps_of(conn: Any, read: Callable[[], object], every: int = 100) -> int:
    """The VM steps (in ``every``s) that ``read()`` takes on ``conn``."""
    with counting_steps(conn, every) as count:
        read()
    return count[0]
