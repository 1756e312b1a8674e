"""One journal size of ``python -m benchmarks``, run in its own process so its peak RSS is its own.

``python -m benchmarks.size_run --years 10 [--days 20] [--keep DIR] --folder DIR`` prints one
line of JSON: each step's seconds, the longest event-loop freeze of the window's steps, the
floors measured on the same journal (key derivation, the same queries on plain SQLite) and
the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.bench import (
    FILTER_TEXT,
    PASSPHRASE,
    PlainVault,
    bare_key_derivation,
    best_of,
    export_year,
    import_share,
    insights_for,
    peak_rss_mb,
    plain_connect,
    plain_copy,
    snapshot_year,
    timed,
)
from benchmarks.journals import journal_copy, kept_path
from peerjournal.core.clock import to_local, utc_now
from peerjournal.storage.journal import Journal
from peerjournal.storage.search import search
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS

Measures = dict[str, Any]
SAVES = 5
INSIGHTS_RUNS = 3
# Insights' tabs after Mood, in their order: each one's first show is a step.
TAB_KEYS = ("tab_year", "tab_counts", "tab_patterns", "tab_network", "tab_trackers")


def _step(seconds: float, gap: float | None = None, detail: str = "") -> Measures:
    return {"seconds": seconds, "gap": gap, "detail": detail}


def window_steps(journal: Journal, folder: Path, out: Measures) -> None:
    """The window's steps, each started from the event loop under the 10 ms freeze meter."""
    from benchmarks import bench_ui
    from benchmarks.meter import gap_of

    app, _ = bench_ui.application()
    first = bench_ui.FirstWindow(app, journal, folder / "config")

    def metered(call: Callable[[], Any]) -> tuple[Any, float]:
        held: list[Any] = []
        gap, _ = gap_of(app, lambda: held.append(call()), lambda: bool(held))
        return held[0], gap

    (seconds, rows), gap = metered(first.show)
    out["window"] = _step(seconds, gap, f"Timeline shows {rows:,} rows")
    try:
        # The filter searches in slices between turns of the loop: its freeze is the longest slice.
        seconds, shown, longest = first.filter_text(FILTER_TEXT)
        out["filter"] = _step(seconds, longest, f"{FILTER_TEXT!r}: first {shown:,} rows found")
        first.filter_text("")
        # Search everything as its window asks once typing pauses: the best 30.
        hits, seconds = timed(lambda: search(journal, FILTER_TEXT, limit=30))
        out["search"] = _step(seconds, seconds, f"{FILTER_TEXT!r}: {len(hits):,} things found")
        # Saving is compared across sizes as a ratio of a few milliseconds: the median of
        # SAVES saves (the first of a window compiles its statements at every size), and the
        # longest freeze of them all.
        saves = [metered(first.save_check_in) for _ in range(SAVES)]
        seconds = statistics.median(s for (s, _rows), _gap in saves)
        out["save"] = _step(seconds, max(gap for _, gap in saves), f"median of {SAVES}")
        first.save_to_undo()
        (seconds, _rows), gap = metered(first.undo_check_in)
        out["undo"] = _step(seconds, gap)
        (seconds, _days), gap = metered(first.open_insights)
        out["insights_open"] = _step(seconds, gap)
        (seconds, days), gap = metered(first.insights_all)
        out["insights_all_ui"] = _step(seconds, gap, f"{days:,} days on the chart")
        for index, key in enumerate(TAB_KEYS, start=1):  # each tab after Mood, as clicked
            (seconds, detail), gap = metered(lambda i=index: first.show_tab(i))
            out[key] = _step(seconds, gap, detail)
    finally:
        first.close()


def data_steps(journal: Journal, folder: Path, today: date, out: Measures) -> str:
    """Insights over everything, and a year's export and import; the recipient used."""
    # The median of INSIGHTS_RUNS (one call on a shared machine ranged 84–303 ms for the same
    # code); the first call, with the page cache cold, is kept beside it.
    runs = [timed(lambda: insights_for(journal, today, None)) for _ in range(INSIGHTS_RUNS)]
    detail = runs[0][0]
    seconds = statistics.median(s for _, s in runs)
    out["insights_all"] = _step(seconds, None, f"{detail}; median of {INSIGHTS_RUNS}")
    out["insights_all_first"] = runs[0][1]
    supporter = create_vault(folder / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        store = SupporterStore(supporter)
        secret, public = store.identity()
        (data, detail), seconds = timed(lambda: export_year(journal, today, public))
        out["export"] = _step(seconds, None, detail)
        detail, seconds = timed(lambda: import_share(store, data, secret))
        out["import"] = _step(seconds, None, detail)
    finally:
        supporter.close()
    return public


def plain_floors(journal: Journal, plain_path: Path, today: date, recipient: str,
                 out: Measures) -> None:
    """The same reads on plain SQLite (best of 3 on each side): what encryption costs."""
    if not plain_path.exists():  # built under another name: a killed run leaves no half copy
        building = plain_path.with_name(plain_path.name + ".building")
        for old in plain_path.parent.glob(building.name + "*"):
            old.unlink()
        plain_copy(journal, building).close()
        building.rename(plain_path)
    conn = plain_connect(plain_path)
    try:
        plain = Journal(PlainVault(conn))  # type: ignore[arg-type]
        checks: dict[str, Callable[[Journal], Any]] = {
            "insights_all": lambda j: insights_for(j, today, None),
            "export": lambda j: snapshot_year(j, today, recipient),
            "timeline_page": lambda j: j.timeline_page(),
        }
        for key, check in checks.items():
            for side, on in (("plain", plain), ("cipher", journal)):
                out[f"{side}_{key}"] = best_of(partial(check, on))
        out["plain_sqlite"] = sqlite3.sqlite_version
    finally:
        conn.close()


def run(years: int, days: int | None, folder: Path, keep: Path | None) -> Measures:
    for name, sub in (("PEERJOURNAL_CONFIG_DIR", "config"), ("PEERJOURNAL_DATA_DIR", "data")):
        (folder / sub).mkdir(mode=0o700, exist_ok=True)
        os.environ[name] = str(folder / sub)
    path, built = journal_copy(folder / "journal.pjvault", years, days, keep)
    out: Measures = {"built": built}
    out["kdf"] = min(bare_key_derivation(path) for _ in range(3))
    from benchmarks import bench_ui

    bench_ui.application()  # the real app has it before the unlock dialog: not counted
    # As the app's unlock dialog opens it on the first unlock of a day: every page's check left
    # for a worker once the window is shown, and the backup's own connection keyed.
    vault, out["unlock"] = timed(lambda: open_vault(path, PASSPHRASE, check_pages_later=True,
                                                   reader_if=lambda kind: True))
    journal = Journal(vault)
    today = to_local(utc_now()).date()
    try:
        out["entries"] = sum(journal.counts().values())
        window_steps(journal, folder, out)
        recipient = data_steps(journal, folder, today, out)
        # The app's work ends here: the plain-SQLite floors below are the benchmark's own, and
        # reading the plain copy's history again adds its own objects to the process's peak.
        out["rss_mb"] = peak_rss_mb()
        # Kept by schema version too: a plain copy made before a migration lacks its tables.
        plain = (kept_path(keep, years, days).with_suffix(f".v{len(MIGRATIONS)}.plain.sqlite3")
                 if keep else folder / "plain.sqlite3")
        plain_floors(journal, plain, today, recipient, out)
    finally:
        vault.close()
    out["rss_mb_with_floors"] = peak_rss_mb()
    return out


def child_main(module: str, doc: str, run_size: Callable[[int, int | None, Path, Path | None], Measures],
               argv: list[str] | None = None) -> int:
    """A size's child process (``python -m module --years N [--days D] [--keep DIR] --folder
    DIR``): ``run_size`` measured, printed as one line of JSON with its whole time."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=doc.splitlines()[0])
    parser.add_argument("--years", type=int, required=True)
    parser.add_argument("--days", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--folder", type=Path, required=True)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    out = run_size(args.years, args.days, args.folder, args.keep)
    out["whole"] = time.perf_counter() - start
    print(json.dumps(out), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    return child_main("benchmarks.size_run", __doc__ or "", run, argv)


if __name__ == "__main__":
    sys.exit(main())
