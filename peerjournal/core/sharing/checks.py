"""Small checks for values read from JSON: each returns the value or raises :class:`Problem`.

A problem names where it is (``content.moods[3].mood``) and what is wrong, never the value:
messages may be shown or logged, and values are journal content.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime
from functools import lru_cache
from typing import Any

STRING_MAX = 20_000
LIST_MAX = 100_000

_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Problem(ValueError):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def fields(value: Any, path: str, required: Collection[str], optional: Collection[str] = ()) -> dict[str, Any]:
    """An object with every ``required`` key, maybe ``optional`` ones, and no other key."""
    if not isinstance(value, dict):
        raise Problem(path, "must be an object")
    need, allowed = _key_sets(tuple(required), tuple(optional))
    keys = value.keys()
    if not keys >= need:
        raise Problem(path, f"lacks {', '.join(sorted(need - keys))}")
    if not keys <= allowed:
        raise Problem(path, "has keys the format does not allow")
    return value


@lru_cache(maxsize=512)
def _key_sets(required: tuple[str, ...], optional: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The keys an object needs and may have, made once per shape (a year's share checks ~5,000)."""
    need = frozenset(required)
    return need, need | frozenset(optional)


def text(value: Any, path: str, *, limit: int = STRING_MAX, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise Problem(path, "must be text")
    if len(value) > limit:
        raise Problem(path, f"is longer than {limit:,} characters")
    if not empty and not value.strip():
        raise Problem(path, "must not be empty")
    if value.isascii():  # known without a look at the characters: no lone surrogate in it
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Problem(path, "is not valid Unicode text") from None
    return value


def integer(value: Any, path: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise Problem(path, "must be a whole number")
    if not low <= value <= high:
        raise Problem(path, f"must be from {low} to {high}")
    return value


def optional_integer(value: Any, path: str, low: int, high: int) -> int | None:
    return None if value is None else integer(value, path, low, high)


def number(value: Any, path: str, low: float, high: float) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise Problem(path, "must be a number")
    if not low <= value <= high:  # also false for NaN
        raise Problem(path, f"must be from {low} to {high}")
    return float(value)


def boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise Problem(path, "must be true or false")
    return value


def choice(value: Any, path: str, allowed: Collection[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise Problem(path, f"must be one of {', '.join(sorted(allowed))}")
    return value


def items(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise Problem(path, "must be a list")
    if len(value) > LIST_MAX:
        raise Problem(path, f"has more than {LIST_MAX:,} items")
    return value


def texts(value: Any, path: str, *, empty: bool = False) -> list[str]:
    values = items(value, path)
    for i, v in enumerate(values):
        try:  # the item's path is written only for a problem (a year's file has ~10,000 items)
            text(v, "", empty=empty)
        except Problem as problem:
            raise Problem(f"{path}[{i}]", problem.problem) from None
    return values


def distinct_choices(value: Any, path: str, allowed: Collection[str]) -> list[str]:
    chosen = [choice(v, f"{path}[{i}]", allowed) for i, v in enumerate(items(value, path))]
    if len(set(chosen)) != len(chosen):
        raise Problem(path, "repeats an item")
    return chosen


def moment(value: Any, path: str) -> datetime:
    """A UTC time written ``YYYY-MM-DDTHH:MM:SSZ``."""
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise Problem(path, "must be a UTC time like 2026-01-31T18:05:00Z")
    try:  # the pattern fixed the form; strptime took 0.1 ms a time (a year's file: 0.5 s)
        return datetime.fromisoformat(value)  # "Z": UTC (Python 3.11)
    except ValueError:
        raise Problem(path, "is not a real date and time") from None


def day(value: Any, path: str) -> date:
    """A calendar date written ``YYYY-MM-DD``."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise Problem(path, "must be a date like 2026-01-31")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Problem(path, "is not a real date") from None
