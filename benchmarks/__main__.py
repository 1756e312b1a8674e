"""One table of issue 20's goals: ``python -m benchmarks --years 1,10,30``.

Measures the floors in the same run (a bare PySide6 window with a table, the SQLCipher key
derivation with a first read, the same queries on plain SQLite), then each journal size in its
own process (so peak RSS is per size) and its whole-journal file actions in another (Export
summary as PDF, Take all my data, Start from a data file), then the 3,000-contacts and 60 × 40
supporter shapes, and prints one Markdown table: each step's time, its floor and ratio, the goal, and the
longest event-loop freeze (10 ms QTimer meter) of the window's steps. Informative: exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]  # the children import benchmarks from here
GOAL_FREEZE = 0.100
GOAL_WINDOW_RATIO = 1.5  # unlock + first window vs key derivation + bare window
GOAL_INSIGHTS_ALL = 0.200
GOAL_TYPING = 0.010
GOAL_EXPORT_IMPORT = 0.3
GOAL_PATTERNS = 0.100  # the Patterns tab's first show, whole time, at GOAL_PATTERNS_YEARS
GOAL_PATTERNS_YEARS = 10
GOAL_SAVE_RATIO = 1.5  # saving at any size vs at the smallest size of the run
RSS_FLOORS = 3  # peak RSS vs this many bare windows
GOAL_FILE_MEMORY_MB = 64  # a whole-journal file action's added peak RSS, at any history length
CONTACTS = 3000
SUPPORTER = (60, 40)
TABS = (("tab_year", "Year"), ("tab_counts", "Contacts and activities"), ("tab_patterns", "Patterns"),
        ("tab_network", "My network"), ("tab_trackers", "My trackers"))  # size_run.TAB_KEYS' names


@dataclass(frozen=True)
class Row:
    shape: str
    step: str
    value: str  # measured, formatted
    floor: str = ""
    ratio: str = ""
    goal: str = ""
    freeze: str = ""
    verdict: str = ""  # "ok", "over" or "" (informative)


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:,.0f} ms"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else "ok" if ok else "over"


def child(module: str, *args: str, timeout: float = 3600) -> dict[str, Any]:
    """Run ``python -m module args`` and read the JSON on its last line (or the error)."""
    command = [sys.executable, "-m", module, *args]
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, PYTHONPATH=path,
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env,
                              check=False)
    except subprocess.TimeoutExpired:
        return {"failed": f"no answer in {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    try:
        return dict(json.loads(lines[-1]))
    except (IndexError, ValueError):
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"failed": f"exit {done.returncode}: {tail[:200]}"}


# -- rows ------------------------------------------------------------------------
def floor_rows(bare: dict[str, Any]) -> list[Row]:
    if "failed" in bare:
        return [Row("floor", "bare window with a table", "failed", verdict=bare["failed"])]
    return [
        Row("floor", "bare PySide6 window with a table, painted after interpreter start",
            ms(bare["seconds"]), goal="floor",
            verdict=f"Qt import {ms(bare['import_seconds'])}"),
        Row("floor", "bare window alone (QApplication made → table painted)",
            ms(bare["window_seconds"]), goal="floor"),
        Row("floor", "bare window's peak RSS", f"{bare['rss_mb']:.0f} MB", goal="floor"),
    ]


def size_rows(shape: str, m: dict[str, Any], bare: dict[str, Any],
              first_save: float | None, years: int | None = None) -> list[Row]:
    """The journal rows of one size (``years`` long); ``first_save``: saving at the run's
    smallest size."""
    if "failed" in m:
        return [Row(shape, "this size", "failed", verdict=m["failed"])]
    rows = [Row(shape, "key derivation + first read (floor)", ms(m["kdf"]), goal="floor")]
    bare_window = bare.get("window_seconds")
    window = m["unlock"] + m["window"]["seconds"]
    floor = m["kdf"] + bare_window if bare_window is not None else None
    ratio = window / floor if floor else None
    rows.append(Row(
        shape, "unlock + first window", ms(window), ms(floor) + " (KDF + bare window)",
        _ratio(ratio), f"≤ {GOAL_WINDOW_RATIO:g}×", ms(m["window"]["gap"]),
        verdict(None if ratio is None else ratio <= GOAL_WINDOW_RATIO)))
    rows.append(_absolute(shape, "timeline filter: typing to first results", m["filter"],
                          GOAL_TYPING))
    if "search" in m:  # runs measured before this step was added lack it
        rows.append(_absolute(shape, "search everything: typing to results", m["search"], GOAL_TYPING))
    save = m["save"]["seconds"]
    save_ratio = save / first_save if first_save else None
    rows.append(Row(
        shape, "save one check-in (window open; median of 5)", ms(save),
        ms(first_save) + " (smallest size)", _ratio(save_ratio),
        f"≤ {GOAL_SAVE_RATIO:g}×, freeze ≤ {ms(GOAL_FREEZE)}", ms(m["save"]["gap"]),
        verdict(save_ratio is not None and save_ratio <= GOAL_SAVE_RATIO
                and m["save"]["gap"] <= GOAL_FREEZE)))
    if "undo" in m:
        rows.append(_absolute(shape, "undo a saved check-in (window open)", m["undo"], None,
                              freeze_goal=GOAL_FREEZE))
    rows.append(_absolute(shape, "Insights: open (Mood tab painted)", m["insights_open"],
                          None, freeze_goal=GOAL_FREEZE))
    rows.append(_absolute(shape, "Insights: choose \"All\" (chart painted)", m["insights_all_ui"],
                          GOAL_INSIGHTS_ALL, freeze_goal=GOAL_FREEZE))
    rows += tab_rows(shape, m, years)
    rows.append(_absolute(shape, "insights, all (load + every insight; median of 3)", m["insights_all"],
                          GOAL_INSIGHTS_ALL, plain=m.get("plain_insights_all")))
    if m.get("insights_all_first") is not None:
        rows.append(Row(shape, "insights, all: its first call", ms(m["insights_all_first"]), goal="info"))
    rows.append(_absolute(shape, "export a year", m["export"], GOAL_EXPORT_IMPORT,
                          plain=m.get("plain_export"), plain_what="plain snapshot"))
    rows.append(_absolute(shape, "import it (supporter)", m["import"], GOAL_EXPORT_IMPORT))
    if "plain_timeline_page" in m:
        ratio = m["cipher_timeline_page"] / m["plain_timeline_page"]
        rows.append(Row(shape, "timeline page of 200 (SQLCipher vs plain SQLite, warm)",
                        ms(m["cipher_timeline_page"]), ms(m["plain_timeline_page"]) + " plain",
                        _ratio(ratio), "info"))
    rows.append(_rss(shape, m.get("rss_mb"), bare.get("rss_mb")))
    if m.get("rss_mb_with_floors") is not None:
        rows.append(Row(shape, "peak RSS with the benchmark's plain-SQLite floors",
                        f"{m['rss_mb_with_floors']:.0f} MB", goal="info"))
    return rows


def tab_rows(shape: str, m: dict[str, Any], years: int | None) -> list[Row]:
    """Each Insights tab after Mood, from a click on it to its content complete and painted:
    its freeze ≤ 100 ms; Patterns' whole time too at 10 years (issue 20)."""
    rows = []
    for key, name in TABS:
        if key not in m:  # runs measured before these steps were added lack them
            continue
        step = f"Insights: {name} first shown"
        if key != "tab_patterns":
            rows.append(_absolute(shape, step, m[key], None, freeze_goal=GOAL_FREEZE))
            continue
        seconds, gap = m[key]["seconds"], m[key]["gap"]
        at_ten = years == GOAL_PATTERNS_YEARS
        ok = gap <= GOAL_FREEZE and (not at_ten or seconds <= GOAL_PATTERNS)
        rows.append(Row(shape, step, ms(seconds), goal=(
            f"≤ {ms(GOAL_PATTERNS)} at {GOAL_PATTERNS_YEARS} years, freeze ≤ {ms(GOAL_FREEZE)}"),
            freeze=ms(gap), verdict=verdict(ok)))
    return rows


def _ratio(ratio: float | None) -> str:
    return "" if ratio is None else f"{ratio:.1f}×"


def _absolute(shape: str, step: str, m: dict[str, Any], goal: float | None, *,
              freeze_goal: float | None = None, plain: float | None = None,
              plain_what: str = "plain SQLite") -> Row:
    """A step with a goal in seconds (and/or a freeze goal); its plain-SQLite floor if any."""
    seconds, gap = m["seconds"], m.get("gap")
    goals, ok = [], True
    if goal is not None:
        goals.append(f"≤ {ms(goal)}")
        ok = ok and seconds <= goal
    if freeze_goal is not None and gap is not None:
        goals.append(f"freeze ≤ {ms(freeze_goal)}")
        ok = ok and gap <= freeze_goal
    floor = "" if plain is None else f"{ms(plain)} {plain_what}"
    ratio = _ratio(seconds / plain) if plain else ""
    return Row(shape, step, ms(seconds), floor, ratio, ", ".join(goals),
               "" if gap is None else ms(gap), verdict(ok if goals else None))


def _rss(shape: str, rss: float | None, bare: float | None) -> Row:
    if rss is None or bare is None:
        return Row(shape, "peak RSS", "—")
    floor = RSS_FLOORS * bare
    return Row(shape, "peak RSS (the app's steps above)", f"{rss:.0f} MB",
               f"{floor:.0f} MB ({RSS_FLOORS} × bare window)", _ratio(rss / floor), "≤ 1×",
               verdict=verdict(rss <= floor))


FILE_STEPS = (("summary_pdf", "Export summary as PDF (All), window open"),
              ("take_data", "Take all my data (CSV + JSON), window open"),
              ("start_from_data", "Start from a data file (that JSON, new journal)"))


def file_rows(shape: str, m: dict[str, Any]) -> list[Row]:
    """The whole-journal file actions of one size (``benchmarks.file_steps``): each one's time
    and longest freeze against 100 ms, and the memory it added against a bound that does not
    grow with history."""
    if "failed" in m:
        return [Row(shape, "file actions", "failed", verdict=m["failed"])]
    rows = []
    for key, step in FILE_STEPS:
        s = m[key]
        rows.append(Row(shape, step, ms(s["seconds"]), goal=f"freeze ≤ {ms(GOAL_FREEZE)}",
                        freeze=ms(s["gap"]), verdict=verdict(s["gap"] <= GOAL_FREEZE)))
        grew = s.get("rss_growth_mb")
        if grew is not None:
            child_mb = s.get("child_rss_mb")
            rows.append(Row(shape, f"{step}: memory added (peak RSS growth)", f"{grew:.0f} MB",
                            "" if child_mb is None else f"pages' process {child_mb:.0f} MB",
                            goal=f"≤ {GOAL_FILE_MEMORY_MB} MB", verdict=verdict(grew <= GOAL_FILE_MEMORY_MB)))
    return rows


def shape_rows(shape: str, m: dict[str, Any]) -> list[Row]:
    """The contacts or supporter shape: each step's time and freeze against 100 ms."""
    if "missing" in m:
        return [Row(shape, "all steps", "not measured", verdict=m["missing"])]
    if "failed" in m:
        return [Row(shape, "all steps", "failed", verdict=m["failed"])]
    rows = [Row(shape, step, ms(seconds), goal=f"freeze ≤ {ms(GOAL_FREEZE)}", freeze=ms(gap),
                verdict=verdict(gap <= GOAL_FREEZE)) for step, seconds, gap in m["steps"]]
    if m.get("rss_mb") is not None:
        rows.append(Row(shape, "peak RSS (this shape's process)", f"{m['rss_mb']:.0f} MB",
                        goal="info"))
    return rows


# -- output ----------------------------------------------------------------------
def machine() -> str:
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside
        qt = f"PySide6 {pyside} (Qt {QtCore.qVersion()})"
    except ImportError:
        qt = "no PySide6"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        conn.close()
        cipher = f"SQLCipher {version} (SQLite {sqlite})"
    except Exception:  # noqa: BLE001  # informative only
        cipher = "SQLCipher version unknown"
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = f"; load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (f"{when}; {os.cpu_count()} CPUs ({cpu}){load}; {platform.system()}; "
            f"Python {platform.python_version()}; {qt}; {cipher}; QT_QPA_PLATFORM="
            f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")


def table(rows: list[Row]) -> str:
    lines = ["| shape | step | measured | floor | ratio | goal | longest freeze | |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        cells = (r.shape, r.step, r.value, r.floor, r.ratio, r.goal, r.freeze, r.verdict)
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--years", default="1,10", help="journal sizes in years (default 1,10)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="keep the built journals in DIR and reuse them (by size)")
    parser.add_argument("--skip-contacts", action="store_true")
    parser.add_argument("--skip-supporter", action="store_true")
    parser.add_argument("--contacts", type=int, default=CONTACTS, help=argparse.SUPPRESS)
    parser.add_argument("--supporter", default=f"{SUPPORTER[0]}x{SUPPORTER[1]}",
                        help=argparse.SUPPRESS)
    parser.add_argument("--days", type=int, default=None, help=argparse.SUPPRESS)  # tests' size
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(y) for y in args.years.split(",") if y.strip()]
        args.supporter_shape = tuple(int(n) for n in args.supporter.lower().split("x"))
    except ValueError:
        parser.error("--years takes whole numbers separated by commas, e.g. 1,10,30")
    if not args.sizes or min(args.sizes) < 1 or len(args.supporter_shape) != 2:
        parser.error("--years takes whole numbers of at least 1, e.g. 1,10,30")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    print(f"Measuring: floors, {'; '.join(_size(y, args.days) for y in args.sizes)}…",
          file=sys.stderr, flush=True)
    bare = child("benchmarks.floor_window")
    rows = floor_rows(bare)
    first_save = None
    with tempfile.TemporaryDirectory(prefix="peerjournal-bench-") as folder:
        for years in args.sizes:
            work = Path(folder, f"size-{years}")
            work.mkdir()
            extra = (["--days", str(args.days)] if args.days else []) + (
                ["--keep", str(args.keep)] if args.keep else [])
            m = child("benchmarks.size_run", "--years", str(years), "--folder", str(work), *extra)
            if first_save is None and "save" in m:
                first_save = m["save"]["seconds"]
            rows += size_rows(_size(years, args.days, m.get("entries")), m, bare, first_save,
                              None if args.days else years)
            rows += file_rows(_size(years, args.days, m.get("entries")),
                              child("benchmarks.file_steps", "--years", str(years), "--folder",
                                    str(_fresh(work / "files")), *extra))
            print(f"  {_size(years, args.days)} done", file=sys.stderr, flush=True)
    if not args.skip_contacts:
        rows += shape_rows(f"{args.contacts:,} contacts",
                           child("benchmarks.shapes", "contacts", str(args.contacts)))
    if not args.skip_supporter:
        people, files = args.supporter_shape
        rows += shape_rows(f"supporter {people} × {files}",
                           child("benchmarks.shapes", "supporter", str(people), str(files)))
    print(f"PeerJournal benchmark, {machine()}\n")
    print(table(rows))
    return 0


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _size(years: int, days: int | None, entries: int | None = None) -> str:
    name = f"{days} days" if days else f"{years} year{'' if years == 1 else 's'}"
    return name if entries is None else f"{name} ({entries:,} entries)"


if __name__ == "__main__":
    sys.exit(main())
