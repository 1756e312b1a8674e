"""Dates and times as people read them, in the language PeerJournal runs in.

``strftime`` names days and months in English whatever the language; these go through
``QLocale`` (the default locale, set by :func:`peerjournal.ui.app.translations.install_translators`), so a
German journal says "Mo., 1. Dez. 2026". Formats are Qt's (``dddd`` day name, ``MMM`` short
month name, ``HH:mm``...), written in the English order and fitted to German's ("Montag,
7. Dezember 2026": a comma after the day's name, a full stop after its number).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from peerjournal.core.clock import to_local

DAY = "dddd d MMMM yyyy"  # Tuesday 1 December 2026
SHORT_DAY = "ddd d MMM yyyy"  # Tue 1 Dec 2026
WHEN = "ddd dd MMM yyyy, HH:mm"  # Tue 01 Dec 2026, 14:05
# The wall-clock fields are already local; a QDateTime in Qt's local time looks the zone up
# again on every construction (0.3 ms: a shared file's 360 times took 0.1 s, issue 20).
_AS_GIVEN = QTimeZone.utc()


# German writes the day's number as an ordinal ("7. Dezember") and a comma after the day's name.
_NAME_THEN_DAY = re.compile(r"(d{3,4}) (?=d{1,2}(?!d))")
_DAY_THEN_MONTH = re.compile(r"(?<!d)(d{1,2}) (?=M{3,4})")


def in_language(fmt: str, locale: QLocale | None = None) -> str:
    """``fmt`` (English order: "dddd d MMMM yyyy") as ``locale`` (the default) writes a date."""
    if (locale or QLocale()).language() != QLocale.Language.German:
        return fmt
    return _DAY_THEN_MONTH.sub(r"\1. ", _NAME_THEN_DAY.sub(r"\1, ", fmt))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day_text(day: date, fmt: str = DAY) -> str:
    """A calendar day (a ``datetime`` counts by its own date, as given)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), in_language(fmt))


def when_text(moment: datetime, fmt: str = WHEN) -> str:
    """A moment in local time (aware datetimes are turned into the computer's time first)."""
    local = to_local(moment) if moment.tzinfo is not None else moment
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
                   _AS_GIVEN)
    return QLocale().toString(qt, in_language(fmt))
