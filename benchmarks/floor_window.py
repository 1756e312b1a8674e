"""The bare-window floor: a PySide6 window with a table, painted, timed from interpreter start.

Run as its own process (``python -m benchmarks.floor_window``) so nothing else is loaded or
counted; prints one line of JSON: seconds from interpreter start to the first paint, of it the
import of Qt, the window alone (QApplication made to painted, as after an unlock), and the
process's peak RSS.
"""

from __future__ import annotations

import time

START = time.perf_counter()  # the interpreter has started; nothing of Qt is loaded yet

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_rss_mb() -> float | None:
    # As benchmarks.bench.peak_rss_mb, without importing the journal's code into the floor.
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    loaded = time.perf_counter()
    app = QApplication.instance() or QApplication(["peerjournal-floor"])
    made = time.perf_counter()
    window = QMainWindow()
    table = QTableWidget(40, 5)
    for row in range(40):
        for column in range(5):
            table.setItem(row, column, QTableWidgetItem(f"row {row} column {column}"))
    window.setCentralWidget(table)
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    table.viewport().repaint()  # the table's cells painted, as a first window's would be
    painted = time.perf_counter()
    seconds, window_seconds = painted - START, painted - made
    print(json.dumps({"seconds": seconds, "import_seconds": loaded - START,
                      "window_seconds": window_seconds, "rss_mb": _peak_rss_mb()}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
