"""``python -m tools.screenshots``: see ``scripts/screenshots.sh`` (which starts Xvfb)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

THEMES = {"light": "light", "dark": "dark", "high-contrast": "high_contrast", "system": "system"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="screenshots", description=(
        "Picture every page, tab and main dialog of the demo journal (and supporter mode), "
        "or the sharing round trip, as numbered PNG files."))
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="folder for the PNGs")
    parser.add_argument("--size", default="1280x720", help="screen size in pixels, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 1.5")
    parser.add_argument("--theme", choices=sorted(THEMES), default="light")
    parser.add_argument("--language", default="en", help="e.g. de")
    parser.add_argument("--days", type=int, default=90, help="days of demo data")
    parser.add_argument("--round-trip", action="store_true",
                        help="the sharing round trip (journal → supporter → reply → journal) only")
    parser.add_argument("--skip", action="append", default=[], choices=("pages", "dialogs", "supporter"),
                        help="leave out a part of the tour")
    return parser.parse_args(argv)


def screen_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when the QApplication starts
    from tools.screenshots.run import run

    written = run(args, screen_size(args.size))
    print(f"{len(written)} screenshots in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
