"""Offset stretches give every instant the local day ``local_day`` gives it, across DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.clock import local_day
from peerjournal.core.insights import offsets
from peerjournal.core.insights.offsets import local_ordinal, offset_at, offset_stretches
from tests.zones import AUCKLAND, CHANGES, LONDON, NEW_YORK, near_a_change

START = datetime(2019, 1, 1, tzinfo=UTC)
END = datetime(2027, 1, 1, tzinfo=UTC)
near = near_a_change(days=2, step=timedelta(seconds=1))  # instants either side of a change
anywhere = st.integers(int(START.timestamp()), int(END.timestamp()) - 1).map(
    lambda s: datetime.fromtimestamp(s, UTC))


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND, "UTC0"])
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moments=st.lists(near | anywhere, min_size=1, max_size=20))
def test_each_instant_gets_its_local_day(local_tz, zone, moments):
    local_tz(zone)
    stretches = offset_stretches(START, END)
    for moment in moments:
        assert local_ordinal(int(moment.timestamp()), stretches) == local_day(moment).toordinal()


def test_stretches_follow_each_change_to_the_second(local_tz):
    local_tz(LONDON)
    stretches = offset_stretches(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert [s.offset for s in stretches] == [0, 3600, 0]
    spring, autumn = stretches[1].start, stretches[2].start
    assert (spring, autumn) == (int(CHANGES[0].timestamp()), int(CHANGES[1].timestamp()))
    assert offset_at(spring - 1) == 0 and offset_at(autumn - 1) == 3600
    # Back to back, with nothing left out.
    assert all(a.end == b.start for a, b in zip(stretches, stretches[1:], strict=False))


def test_an_empty_span_has_no_stretches():
    assert offset_stretches(END, START) == []


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND, "UTC0"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=anywhere, last=anywhere)
def test_a_span_inside_the_last_one_worked_out_gets_the_stretches_worked_out_for_it(
        local_tz, monkeypatch, zone, first, last):
    """Issue 20: the stretches of a span inside the last one are cut from it, and they are the
    ones worked out for that span alone."""
    local_tz(zone)
    first, last = min(first, last), max(first, last)
    monkeypatch.setattr(offsets, "_last", None)
    alone = offset_stretches(first, last)
    offset_stretches(START, END)  # the wider span, kept
    assert offset_stretches(first, last) == alone


def test_the_stretches_are_worked_out_once_for_a_span_and_those_inside_it(local_tz, monkeypatch):
    """Issue 20: Insights "All" asks for the whole history, then for its weeks: thirty years
    probed a week at a time, once, not three times."""
    local_tz(LONDON)
    monkeypatch.setattr(offsets, "_last", None)
    calls = []
    worked_out = offsets._worked_out
    monkeypatch.setattr(offsets, "_worked_out", lambda *span: calls.append(span) or worked_out(*span))
    offset_stretches(START, END)
    offset_stretches(START + timedelta(days=3), END - timedelta(days=40))
    offset_stretches(START, END)
    assert len(calls) == 1
    offset_stretches(START - timedelta(days=1), END)  # wider: worked out again
    assert len(calls) == 2
    local_tz(NEW_YORK)  # another zone: worked out again
    assert [s.offset for s in offset_stretches(START, END)][:1] == [-5 * 3600]
    assert len(calls) == 3
