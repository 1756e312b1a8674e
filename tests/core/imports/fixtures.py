"""Where the hand-made import fixtures live, and local time as the parsers give it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()  # type: ignore[misc]
