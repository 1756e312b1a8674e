"""Reading draft data leniently: a value of the wrong type, or missing, reads as nothing.

Drafts come back from the vault as JSON that an older or newer version may have written, so
each dialog's ``restore_draft()`` reads its fields through these and skips what doesn't fit.
Qt-free: :func:`choose` only needs a combo box's ``findData`` and ``setCurrentIndex``.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, Protocol, TypeVar

DRAFT_VERSION = 1
"""Written into every draft, so a later version can tell old shapes apart."""

E = TypeVar("E", bound=Enum)


class Choosable(Protocol):
    def findData(self, value: Any) -> int: ...  # noqa: N802 (Qt's name)
    def setCurrentIndex(self, index: int) -> None: ...  # noqa: N802


def as_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def as_ints(value: Any) -> list[int]:
    return [v for v in value if as_int(v) is not None] if isinstance(value, list) else []


def as_texts(value: Any) -> list[str]:
    """The non-blank strings of a list."""
    return [v for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def as_enum(cls: type[E], value: Any) -> E | None:
    try:
        return cls(value)
    except (ValueError, TypeError):
        return None


def as_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def as_dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def choose(combo: Choosable, value: Any) -> None:
    """Choose the entry holding id ``value``; one no longer there leaves the first ("nobody", "nowhere")."""
    index = combo.findData(value) if as_int(value) is not None else -1
    combo.setCurrentIndex(max(0, index))


def any_text(*texts: str) -> bool:
    return any(t.strip() for t in texts)


def filled(section: dict[str, Any], ignore: tuple[str, ...] = ()) -> bool:
    """Anything typed or chosen; ``ignore`` names fields that always have a value."""
    return any(
        (v.strip() if isinstance(v, str) else v) for k, v in section.items() if k not in ignore
    )
