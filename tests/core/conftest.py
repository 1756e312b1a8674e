"""Core fixtures: the time zones core tests run in (``local_tz`` lives in tests/conftest.py)."""

from __future__ import annotations

from tests.zones import AUCKLAND, CALIFORNIA, LONDON, NEW_YORK

__all__ = ["AUCKLAND", "CALIFORNIA", "LONDON", "NEW_YORK"]
