"""Time helpers: UTC storage text, local display, the end of the local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core.clock import (
    STORAGE_FORMAT,
    end_of_local_day,
    from_storage,
    local_day,
    local_noon,
    to_local,
    to_storage,
    to_utc,
    utc_now,
)
from tests.core.conftest import AUCKLAND, CALIFORNIA, LONDON, NEW_YORK


def test_utc_now_is_aware_utc():
    now = utc_now()
    assert now.utcoffset() == timedelta(0)
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


def test_to_utc_keeps_the_instant():
    at = datetime(2026, 1, 1, 1, 30, tzinfo=timezone(timedelta(hours=9)))
    got = to_utc(at)
    assert got == at
    assert got.utcoffset() == timedelta(0)
    assert (got.year, got.month, got.day, got.hour) == (2025, 12, 31, 16)


def test_to_utc_takes_naive_as_local(local_tz):
    local_tz(NEW_YORK)
    assert to_utc(datetime(2026, 1, 15, 12, 0)) == datetime(2026, 1, 15, 17, 0, tzinfo=UTC)
    assert to_utc(datetime(2026, 7, 15, 12, 0)) == datetime(2026, 7, 15, 16, 0, tzinfo=UTC)


def test_to_local_same_instant_in_local_zone(local_tz):
    local_tz(AUCKLAND)
    at = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)
    local = to_local(at)
    assert local == at
    assert local.utcoffset() == timedelta(hours=13)


def test_storage_text_is_utc_second_precision():
    at = datetime(2026, 11, 23, 18, 40, 5, 987654, tzinfo=timezone(timedelta(hours=1)))
    assert to_storage(at) == "2026-11-23T17:40:05Z"


def test_storage_round_trip_is_aware_utc():
    at = datetime(2026, 3, 29, 0, 59, 59, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    back = from_storage(to_storage(at))
    assert back == at
    assert back.utcoffset() == timedelta(0)


def test_storage_text_sorts_like_instants():
    instants = [
        datetime(2026, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=5))),  # 05:00 UTC
        datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
        datetime(2026, 3, 1, 2, 0, tzinfo=timezone(timedelta(hours=-8))),  # 10:00 UTC
        datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC),
    ]
    texts = [to_storage(i) for i in instants]
    assert sorted(texts) == [to_storage(i) for i in sorted(instants)]


def test_end_of_local_day_is_next_local_midnight(local_tz):
    local_tz(AUCKLAND)
    moment = datetime(2026, 3, 10, 23, 59, tzinfo=UTC)  # 11 March 12:59 in Auckland
    end = end_of_local_day(moment)
    assert end.utcoffset() == timedelta(hours=13)
    assert (end.year, end.month, end.day, end.hour, end.minute) == (2026, 3, 12, 0, 0)
    assert end - to_local(moment) <= timedelta(days=1)


def test_end_of_local_day_across_dst_change(local_tz):
    local_tz(NEW_YORK)
    # 8 March 2026: clocks go forward; the day is 23 hours long.
    morning = datetime(2026, 3, 8, 0, 30).astimezone()
    end = end_of_local_day(morning)
    assert end == datetime(2026, 3, 9, 4, 0, tzinfo=UTC)
    assert end - morning == timedelta(hours=22, minutes=30)


# -- the day rule: a stored UTC moment belongs to the day it was on this computer's clock ---------
@pytest.mark.parametrize(("zone", "utc", "lived"), [
    # Auckland, 00:30 on 13 March (NZDT, UTC+13): still 12 March in UTC.
    (AUCKLAND, datetime(2026, 3, 12, 11, 30, tzinfo=UTC), date(2026, 3, 13)),
    # California, 23:30 on 15 June (PDT, UTC-7): already 16 June in UTC.
    (CALIFORNIA, datetime(2026, 6, 16, 6, 30, tzinfo=UTC), date(2026, 6, 15)),
    # London, 00:30 on 1 July (BST, UTC+1): still 30 June in UTC.
    (LONDON, datetime(2026, 6, 30, 23, 30, tzinfo=UTC), date(2026, 7, 1)),
    # London in winter is UTC itself.
    (LONDON, datetime(2026, 1, 10, 23, 30, tzinfo=UTC), date(2026, 1, 10)),
])
def test_local_day_is_the_day_the_person_lived(local_tz, zone, utc, lived):
    local_tz(zone)
    assert local_day(utc) == lived
    stored = from_storage(to_storage(utc))
    assert local_day(stored) == lived  # the day survives a trip through storage
    assert local_day(to_local(utc).replace(tzinfo=None)) == lived  # naive is local time


@pytest.mark.parametrize("zone", ["UTC0", AUCKLAND, "LINT-14", CALIFORNIA, LONDON, "HST10"])
def test_local_noon_is_on_its_own_day_everywhere(local_tz, zone):
    local_tz(zone)
    for day in (date(2026, 3, 13), date(2026, 3, 29), date(2026, 9, 27), date(2026, 12, 31)):
        assert local_day(local_noon(day)) == day
        assert local_day(from_storage(to_storage(local_noon(day)))) == day


@settings(max_examples=300, deadline=None)
@given(moment=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                           timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)),
                                                      timezone(timedelta(hours=-11))])))
def test_storage_text_is_what_strftime_wrote(moment):
    """The fast path (issue 20) writes the very text strftime wrote, for any aware moment."""
    assert to_storage(moment) == moment.astimezone(UTC).strftime(STORAGE_FORMAT)


def test_storage_text_of_a_naive_moment_is_its_local_time_in_utc(local_tz):
    local_tz(AUCKLAND)
    naive = datetime(2026, 1, 15, 9, 30, 12)  # 09:30 NZDT (+13) = 20:30 the day before, UTC
    assert to_storage(naive) == "2026-01-14T20:30:12Z"
