"""Dates and times as people read them: QDate round trips, and names from the locale in use (not strftime's English)."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QLocale

from peerjournal.ui.widgets import dates


@pytest.fixture
def locale():
    """Set the default locale for one test, then put back the one before."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def utc_clock():
    """The computer's clock in UTC for one test (TZ put back and re-read after)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize("day", [date(2026, 12, 1), date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31)])
def test_qdate_round_trip(day):
    qdate = dates.to_qdate(day)
    assert (qdate.year(), qdate.month(), qdate.day()) == (day.year, day.month, day.day)
    assert dates.from_qdate(qdate) == day
    assert dates.from_qdate(QDate(2026, 3, 4)) == date(2026, 3, 4)


def test_day_text_in_english(locale):
    locale("en_GB")
    assert dates.day_text(date(2026, 12, 1)) == "Tuesday 1 December 2026"
    assert dates.day_text(date(2026, 12, 1), dates.SHORT_DAY) == "Tue 1 Dec 2026"
    # A datetime counts by its own date.
    assert dates.day_text(datetime(2026, 12, 1, 23, 59), "d MMMM yyyy") == "1 December 2026"


def test_day_text_follows_the_locale(locale):
    locale("de_DE")
    assert dates.day_text(date(2026, 12, 1)) == "Dienstag, 1. Dezember 2026"  # German's order (issue 15)
    locale("fr_FR")
    assert dates.day_text(date(2026, 12, 1), "d MMMM yyyy") == "1 décembre 2026"


def test_when_text_of_a_naive_moment_is_taken_as_given(locale):
    locale("en_GB")
    assert dates.when_text(datetime(2026, 12, 1, 14, 5, 30)) == "Tue 01 Dec 2026, 14:05"
    assert dates.when_text(datetime(2026, 12, 1, 9, 7), "HH:mm:ss") == "09:07:00"


def test_when_text_turns_an_aware_moment_into_the_computers_time(locale, utc_clock):
    locale("en_GB")
    moment = datetime(2026, 12, 1, 1, 5, tzinfo=timezone(timedelta(hours=2)))
    assert dates.when_text(moment) == "Mon 30 Nov 2026, 23:05"


def test_german_dates_read_as_german_writes_them(locale):
    """A full stop after the day's number, a comma after the day's name; English is unchanged."""
    locale("de_DE")
    assert dates.day_text(date(2026, 12, 7)) == "Montag, 7. Dezember 2026"
    assert dates.day_text(date(2026, 12, 7), dates.SHORT_DAY) == "Mo., 7. Dez. 2026"
    assert dates.when_text(datetime(2026, 12, 1, 14, 5)) == "Di., 01. Dez. 2026, 14:05"
    assert dates.day_text(date(2026, 11, 2), "MMMM yyyy") == "November 2026"
    locale("en_GB")
    assert dates.day_text(date(2026, 12, 7)) == "Monday 7 December 2026"
