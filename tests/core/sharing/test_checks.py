"""The small checks of values read from a share: times are read exactly as written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from peerjournal.core.sharing.checks import Problem, moment


def test_a_utc_time_reads_as_written():
    assert moment("2026-06-15T09:05:07Z", "at") == datetime(2026, 6, 15, 9, 5, 7, tzinfo=UTC)
    assert moment("2024-02-29T23:59:59Z", "at") == datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize("value", [
    "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
    "2026-06-15T24:00:00Z", "2026-06-15T10:60:00Z", "2026-06-15T10:00:60Z",
    "0000-01-01T00:00:00Z",
])
def test_an_impossible_time_is_a_problem(value):
    with pytest.raises(Problem, match="not a real date and time"):
        moment(value, "at")


@pytest.mark.parametrize("value", [
    "2026-06-15 10:00:00Z", "2026-06-15T10:00:00", "2026-06-15T10:00:00+00:00",
    "２０２６-06-15T10:00:00Z", "2026-6-15T10:00:00Z", 20260615, None,
])
def test_a_time_not_written_the_one_way_is_a_problem(value):
    with pytest.raises(Problem, match="must be a UTC time"):
        moment(value, "at")
