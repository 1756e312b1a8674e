"""How long the window froze: the longest gap between the ticks of a 10 ms QTimer.

An action is started from the event loop and the loop is turned until ``done``; a step that
does its work in slices between turns (or in a worker) shows short gaps, one that blocks shows
its whole length.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer


def gap_of(app: QCoreApplication, action: Callable[[], object], done: Callable[[], bool],
           timeout: float = 300.0) -> tuple[float, float]:
    """(longest gap between 10 ms ticks, seconds until ``done``) for ``action`` run from the loop."""
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    QTimer.singleShot(0, action)
    deadline = start + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        if done() and time.perf_counter() - ticks[-1] < 0.05 and len(ticks) > 3:
            break
    end = time.perf_counter()
    for _ in range(5):  # the last tick after the work, so a trailing freeze counts too
        app.processEvents()
        time.sleep(0.01)
    ticks.append(time.perf_counter())
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(gaps), end - start
