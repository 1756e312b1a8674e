"""Synthetic journals for the benchmark, built once per size and kept for later runs.

Building thirty years takes minutes; a kept journal is reused (copied, so a run's writes never
reach the kept one). ``python -m benchmarks.journals --years 30 --keep DIR`` builds one ahead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from benchmarks.bench import PASSPHRASE, PEOPLE, YEAR_DAYS, Mix, fill
from peerjournal.core.clock import utc_now
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault


def size_name(years: int, days: int | None = None) -> str:
    """``1y`` or, for the tests' tiny journals, ``20d``."""
    return f"{days}d" if days is not None else f"{years}y"


def kept_path(keep: Path, years: int, days: int | None = None) -> Path:
    return keep / f"journal-{size_name(years, days)}-{PEOPLE}p.pjvault"


def build(path: Path, years: int, days: int | None = None) -> float:
    """Make the journal at ``path`` (it must not exist); the seconds it took."""
    start = time.perf_counter()
    vault = create_vault(path, PASSPHRASE)
    try:
        # ``fill`` counts in years of 365 days; a fraction of a year gives the tiny sizes.
        span = years if days is None else days / YEAR_DAYS
        fill(Journal(vault), span, Mix(), utc_now())  # type: ignore[arg-type]
    finally:
        vault.close()
    return time.perf_counter() - start


def journal_copy(target: Path, years: int, days: int | None = None,
                 keep: Path | None = None) -> tuple[Path, float | None]:
    """A journal of this size at ``target``: copied from ``keep`` (built there first if
    missing) or built in place. The build's seconds, or None when a kept one was reused."""
    if keep is None:
        return target, build(target, years, days)
    kept = kept_path(keep, years, days)
    seconds = None
    if not kept.exists():
        keep.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(".building")
        for old in keep.glob(partial.name + "*"):
            old.unlink()
        seconds = build(partial, years, days)
        partial.rename(kept)
    else:  # kept by an older schema: migrated once here, so no run times the migration
        open_vault(kept, PASSPHRASE).close()
    shutil.copyfile(kept, target)
    # A kept journal sits on the disk; a fresh copy's pages are still dirty in the page cache,
    # and the first checkpoint's fsync would write all of them (~130 ms at 30 years), a cost
    # of the copy that grew with history and that no person's unlock pays.
    with target.open("rb+") as copied:
        os.fsync(copied.fileno())
    return target, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.journals",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, required=True)
    parser.add_argument("--keep", type=Path, required=True, help="folder of kept journals")
    args = parser.parse_args(argv)
    kept = kept_path(args.keep, args.years)
    if kept.exists():
        print(f"{kept} is there already")
        return 0
    journal_copy(args.keep / "scratch-copy.pjvault", args.years, keep=args.keep)
    (args.keep / "scratch-copy.pjvault").unlink()
    print(f"built {kept}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
