"""Every row of a "Take all my data" file checked with the rules typed entries get, before a
journal is made from it, so a bad file is refused whole, with the row named.

Without this, integers beyond SQLite's 64 bits raised a raw OverflowError, and impossible
times, unknown choices ('telepathy' as a way of contact) or 5 MB strings went in and broke
the journal later. Check-ins, people, contacts and activities go through
:mod:`peerjournal.core.records` validation itself; every other value through the same
kinds of rule (a time the journal can read, a known choice, a length limit).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

import sqlcipher3

from peerjournal.core.clock import from_storage, utc_now
from peerjournal.core.connecting.goals import GoalStatus, Happened
from peerjournal.core.connecting.resources import Domain, Reply
from peerjournal.core.records import (
    NOTE_MAX,
    Activity,
    Contact,
    MoodCheckIn,
    Person,
    clean_vocabulary_word,
)
from peerjournal.core.sharing.options import Naming
from peerjournal.core.sharing.reply import SuggestionKind
from peerjournal.core.trackers import Tracker, TrackerKind
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship
from peerjournal.errors import UserError
from peerjournal.i18n import translate
from peerjournal.storage.files.data_export import data_tables
from peerjournal.storage.vault.database import migrate
from peerjournal.storage.vault.migrations import MIGRATIONS

INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # SQLite's INTEGER
TEXT_MAX = NOTE_MAX  # no text a person types is longer than a note
META_TEXT_MAX = 1024 * 1024  # settings kept as JSON in ``meta``

_DATE_COLUMNS = frozenset({"review_on", "on_date", "period_start", "period_end"})
_FRACTIONS = frozenset({("tracker_values", "number")})  # the REAL columns: a tracked number
_CHOICES: Mapping[tuple[str, str], type[Enum]] = {
    ("trackers", "kind"): TrackerKind,
    ("people", "relationship"): Relationship, ("people", "closeness"): Closeness,
    ("person_help", "kind"): HelpKind, ("contacts", "mode"): ContactMode,
    ("network_snapshot_members", "relationship"): Relationship,
    ("network_snapshot_members", "closeness"): Closeness,
    ("goals", "status"): GoalStatus, ("goal_status_changes", "status"): GoalStatus,
    ("goal_reviews", "happened"): Happened,
    ("resource_items", "domain"): Domain, ("resource_answers", "domain"): Domain,
    ("resource_answers", "reply"): Reply, ("share_history", "naming"): Naming,
    ("reply_decisions", "kind"): SuggestionKind,
}
# Choices a person may leave unset, kept as "" (a person added in passing: nothing chosen for them).
_UNSET_ALLOWED = frozenset({
    ("people", "relationship"), ("people", "closeness"),
    ("network_snapshot_members", "relationship"), ("network_snapshot_members", "closeness"),
})
_WORDS = {"feelings": "name", "activity_categories": "name", "mood_feelings": "feeling"}


class RowProblem(ValueError):
    """What is wrong with one value, in plain words (never the value itself)."""


@dataclass(frozen=True)
class Column:
    kind: str  # the declared type: INTEGER, TEXT…
    required: bool  # NOT NULL, or part of the primary key (NULL there makes a new rowid)


Schema = Mapping[str, Mapping[str, Column]]


def schema_at(version: int) -> Schema:
    """Every table's stored columns in a journal at ``version``, from an in-memory database
    the migrations build (nothing is written anywhere; a few milliseconds)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, MIGRATIONS[:version])
        return {
            table: {
                row[1]: Column(str(row[2]).upper(), bool(row[3]) or row[5] > 0)
                for row in conn.execute(f"PRAGMA table_xinfo({_quote(table)})") if row[6] == 0
            }
            for table in data_tables(conn)
        }
    finally:
        conn.close()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_rows(name: str, rows: list[dict[str, Any]], columns: Mapping[str, Column], *,
               first: int = 1) -> None:
    """Nothing, or a :class:`UserError` naming the first row that breaks a rule; ``rows`` are
    the table's from row number ``first`` on (a file read a batch of rows at a time).

    Each column's rules are worked out once for the batch, and the entries' own validation
    judges "in the future" against one moment for the batch: thirty years of rows were
    checked in 8.7 s, each value finding its rules anew (issue 20)."""
    types = [(column, spec.required, _TYPES.get(spec.kind)) for column, spec in columns.items()]
    record = _RECORDS.get(name)
    now = utc_now()
    for number, row in enumerate(rows, start=first):
        try:
            for column, required, plain in types:  # as _check_types, the usual types at once
                value = row.get(column)
                if value is None:
                    if required:
                        raise RowProblem(translate("data_import", "{column} is missing.").format(column=column))
                elif plain is not None and type(value) not in plain:
                    _check_types({column: value}, {column: columns[column]})
            for column, value in row.items():  # as _check_value, each column's rules found once
                kind = type(value)
                if kind is str:
                    for rule in _text_rules(name, column):
                        rule(column, value)
                elif kind is int:
                    if not INT_MIN <= value <= INT_MAX:
                        raise RowProblem(translate("data_import", "{column} is too large a number.").format(
                            column=column))
                elif kind is not type(None):
                    _check_value(name, column, value)
            if record is not None:
                record(row, now)
        except (RowProblem, UserError) as problem:
            raise UserError(translate(
                "data_import", "Row {row} of the {table} table in this file can't be used: {problem}. "
                "No journal was made."
            ).format(row=number, table=name, problem=str(problem).rstrip("."))) from None


# The exact types each declared type takes at once; any other value goes through _check_types.
_TYPES: Mapping[str, frozenset[type]] = {
    "INTEGER": frozenset({int}), "TEXT": frozenset({str}), "REAL": frozenset({int, float})}
TextRule = Callable[[str, str], object]


@functools.cache
def _text_rules(table: str, column: str) -> tuple[TextRule, ...]:
    """What :func:`_check_value` checks of a text in ``table``'s ``column``, in its order."""
    limit = META_TEXT_MAX if table == "meta" else TEXT_MAX

    def length(column: str, value: str) -> None:
        if len(value) > limit:
            raise RowProblem(translate("data_import", "{column} is longer than {limit} characters.").format(
                column=column, limit=f"{limit:,}"))

    rules: list[TextRule] = [length]
    if column.endswith("_utc"):
        rules.append(_time)
    elif column in _DATE_COLUMNS:
        rules.append(_day)
    choice = _CHOICES.get((table, column))
    if choice is not None:
        known = frozenset(member.value for member in choice)
        unset_allowed = (table, column) in _UNSET_ALLOWED

        def chosen(column: str, value: str) -> None:
            if value not in known and not (value == "" and unset_allowed):
                _choice(column, value, choice)  # says why (or lets an alias be)
        rules.append(chosen)
    if _WORDS.get(table) == column:
        rules.append(lambda _column, value: clean_vocabulary_word(value))
    return tuple(rules)


def _check_types(row: dict[str, Any], columns: Mapping[str, Column]) -> None:
    """Each value of the column's declared type, so it reads back as it was written (SQLite
    would turn 5 into '5' in a TEXT column, and a NULL key into a new row id)."""
    for name, column in columns.items():
        value = row.get(name)
        if value is None:
            if column.required:
                raise RowProblem(translate("data_import", "{column} is missing.").format(column=name))
        elif column.kind == "INTEGER" and (not isinstance(value, int) or isinstance(value, bool)):
            raise RowProblem(translate("data_import", "{column} must be a whole number.").format(column=name))
        elif column.kind == "TEXT" and not isinstance(value, str):
            raise RowProblem(translate("data_import", "{column} must be text.").format(column=name))
        elif column.kind == "REAL" and (not isinstance(value, int | float) or isinstance(value, bool)):
            raise RowProblem(translate("data_import", "{column} must be a number.").format(column=name))


def _check_value(table: str, column: str, value: Any) -> None:
    if isinstance(value, float) and (table, column) in _FRACTIONS:
        if not math.isfinite(value):
            raise RowProblem(translate("data_import", "{column} must be a number.").format(column=column))
        return
    if isinstance(value, float):  # no other column holds a fraction: a changed or damaged file
        raise RowProblem(translate("data_import", "{column} must be a whole number.").format(column=column))
    if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
        raise RowProblem(translate("data_import", "{column} is too large a number.").format(column=column))
    if not isinstance(value, str):
        return
    limit = META_TEXT_MAX if table == "meta" else TEXT_MAX
    if len(value) > limit:
        raise RowProblem(translate("data_import", "{column} is longer than {limit} characters.").format(
            column=column, limit=f"{limit:,}"))
    if column.endswith("_utc"):
        _time(column, value)
    elif column in _DATE_COLUMNS:
        _day(column, value)
    choice = _CHOICES.get((table, column))
    if choice is not None and not (value == "" and (table, column) in _UNSET_ALLOWED):
        _choice(column, value, choice)
    if _WORDS.get(table) == column:
        clean_vocabulary_word(value)


def _time(column: str, value: str) -> datetime:
    try:
        moment = from_storage(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise RowProblem(translate("data_import", "{column} is not a valid time.").format(column=column))
    return moment.astimezone(UTC)


def _day(column: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowProblem(translate("data_import", "{column} is not a valid date.").format(column=column)) from None


def _choice(column: str, value: str, choice: type[Enum]) -> None:
    try:
        choice(value)
    except ValueError:
        raise RowProblem(translate("data_import", "{column} is not one of the known choices.").format(
            column=column)) from None


# -- the four kinds of entry, through their own validation -----------------------------------
def _at(row: dict[str, Any]) -> datetime:
    value = row.get("at_utc")
    if not isinstance(value, str):
        raise RowProblem(translate("data_import", "at_utc is missing."))
    return _time("at_utc", value)


def _mood(row: dict[str, Any], now: datetime) -> None:
    MoodCheckIn(at=_at(row), mood=row.get("mood"), energy=row.get("energy"),  # type: ignore[arg-type]
                note=_text(row, "note")).validate(now)


def _person(row: dict[str, Any], _now: datetime) -> None:
    Person(name=_text(row, "name"), relationship=row.get("relationship"),  # type: ignore[arg-type]
           closeness=row.get("closeness"), notes=_text(row, "notes")).validate()  # type: ignore[arg-type]


def _contact(row: dict[str, Any], now: datetime) -> None:
    # Who it was with lives in contact_people; 0 stands in for them here.
    Contact(at=_at(row), person_ids=(0,), mode=row.get("mode"),  # type: ignore[arg-type]
            duration_min=_integer(row, "duration_min"), felt=row.get("felt"),
            note=_text(row, "note")).validate(now)


def _activity(row: dict[str, Any], now: datetime) -> None:
    Activity(at=_at(row), category=_text(row, "category"), title=_text(row, "title"),
             felt=row.get("felt"), note=_text(row, "note")).validate(now)


def _text(row: dict[str, Any], column: str) -> str:
    value = row.get(column, "")
    if not isinstance(value, str):
        raise RowProblem(translate("data_import", "{column} must be text.").format(column=column))
    return value


def _integer(row: dict[str, Any], column: str) -> int | None:
    value = row.get(column)
    if value is not None and not isinstance(value, int):
        raise RowProblem(translate("data_import", "{column} must be a whole number.").format(column=column))
    return value


def _tracker(row: dict[str, Any], _now: datetime) -> None:
    choices = _text(row, "choices")
    Tracker(_text(row, "name"), row.get("kind"), unit=_text(row, "unit"),  # type: ignore[arg-type]
            low_word=_text(row, "low_word"), high_word=_text(row, "high_word"),
            choices=tuple(choices.split("\x1f")) if choices else ()).validate()


_RECORDS: Mapping[str, Callable[[dict[str, Any], datetime], None]] = {
    "moods": _mood, "people": _person, "contacts": _contact, "activities": _activity,
    "trackers": _tracker,
}
