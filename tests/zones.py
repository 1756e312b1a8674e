"""Local time zones for tests: POSIX TZ strings (no tz database needed) and a switch.

The app takes local time from the C library (``TZ``), so a test switches it with
``time.tzset()`` and puts it back afterwards (the ``local_tz`` fixture in tests/conftest.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

# New York (DST in March), Auckland (UTC+12/+13), California (UTC-8/-7), London (GMT/BST).
NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"
AUCKLAND = "NZST-12NZDT,M9.5.0,M4.1.0/3"
CALIFORNIA = "PST8PDT,M3.2.0,M11.1.0"
LONDON = "GMT0BST,M3.5.0/1,M10.5.0"

# When those clocks change in 2026 (UTC): London in spring and autumn, New York in spring,
# Auckland in autumn (03:00 NZDT on Sunday 5 April is 14:00 UTC on the 4th).
CHANGES = (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC),
           datetime(2026, 3, 8, 7, tzinfo=UTC), datetime(2026, 4, 4, 14, tzinfo=UTC))


def near_a_change(days: int, step: timedelta = timedelta(minutes=1)) -> st.SearchStrategy[datetime]:
    """Moments up to ``days`` either side of one of the :data:`CHANGES`, whole ``step``s from it."""
    most = days * (timedelta(days=1) // step)
    return st.builds(lambda at, steps: at + steps * step, st.sampled_from(CHANGES), st.integers(-most, most))


def switching_zone() -> Iterator[Callable[[str], None]]:
    """Yield a function that switches the process's local zone; restore the old one after."""
    original = os.environ.get("TZ")

    def switch(tz: str) -> None:
        os.environ["TZ"] = tz
        time.tzset()

    try:
        yield switch
    finally:
        if original is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = original
        time.tzset()
