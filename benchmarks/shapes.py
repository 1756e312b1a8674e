"""The other shapes of ``python -m benchmarks``, each in its own process: a phone's contacts
(``contacts N``) and a peer worker's vault (``supporter PEOPLE FILES``).

Prints one line of JSON: ``{"steps": [[step, seconds, longest gap], ...], "rss_mb": ...}``, or
``{"missing": why}`` when the shape's benchmark isn't there.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def contacts(count: int) -> dict[str, Any]:
    from benchmarks import bench_contacts

    with tempfile.TemporaryDirectory(prefix="peerjournal-bench-") as folder:
        steps = bench_contacts.run(count, Path(folder))
    # bench_contacts gives (step, gap, seconds); the table takes (step, seconds, gap).
    return {"steps": [(what, whole, gap) for what, gap, whole in steps]}


def supporter(people: int, files: int) -> dict[str, Any]:
    try:
        bench_supporter = importlib.import_module("benchmarks.bench_supporter")
    except ModuleNotFoundError as exc:
        if exc.name != "benchmarks.bench_supporter":
            raise  # it is there, and something it imports is missing: a failure, said as one
        return {"missing": "benchmarks/bench_supporter.py is not there yet"}
    return {"steps": bench_supporter.run(people, files)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.shapes",
                                     description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="shape", required=True)
    sub.add_parser("contacts").add_argument("count", type=int)
    shape = sub.add_parser("supporter")
    shape.add_argument("people", type=int)
    shape.add_argument("files", type=int)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="peerjournal-bench-") as home:
        # Nothing the window reads or writes lands in the person's own folders.
        os.environ["PEERJOURNAL_CONFIG_DIR"] = str(Path(home, "config"))
        os.environ["PEERJOURNAL_DATA_DIR"] = str(Path(home, "data"))
        if args.shape == "contacts":
            out = contacts(args.count)
        else:
            out = supporter(args.people, args.files)
    from benchmarks.bench import peak_rss_mb

    out["rss_mb"] = peak_rss_mb()
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
