"""Every piece of free text in a share's content, for hiding names in it and for finding words
that look like names the journal doesn't know.

Free text is anything the person typed or chose in their own words: notes, activity titles and
categories, feelings, goal titles, obstacles and reviews, the support plan's lines and
services, the resource check's items, snapshot reasons, and the message. Labels (already
under the chosen naming), times and fixed choices are not free text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

NOT_FREE_TEXT = frozenset({
    "at", "taken", "updated", "on", "set_on", "review_on", "last_contact",  # times and dates
    "mode", "relationship", "closeness", "help", "status", "happened", "reply", "domain",
    "contacts_by_mode",  # fixed choices
    "label", "helper",  # labels
})
LABEL_LISTS = frozenset({"people", "contacts", "not_involved"})
"""Keys that hold a list of labels in an entry or the support plan, but a list of entries (with
notes) at the top of the content: "people" (People and network), "contacts" (Contacts)."""
CATEGORY_COUNTS = "activities_by_category"  # the categories are the map's keys
_CONTAINERS = (list, dict)


def _skip(key: str, value: Any) -> bool:
    return key in NOT_FREE_TEXT or (key in LABEL_LISTS and isinstance(value, list)
                                    and all(isinstance(v, str) for v in value))


def map_free_text(value: Any, change: Callable[[str], str], skip: frozenset[str] = frozenset()) -> Any:
    """``value`` (a document's ``content``, or part of it) with ``change`` applied to each free
    text, except under the keys ``skip``."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):  # a list of texts (feelings) changed in place of a call each
        return [change(v) if type(v) is str else map_free_text(v, change, skip) for v in value]
    if not isinstance(value, dict):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        # A tuple, not ``list | dict``: that would build a new union for each of ~30,000 values.
        if key != CATEGORY_COUNTS and not isinstance(item, _CONTAINERS):
            # The common case first (a year's file holds ~20,000 such values): a text is changed
            # unless its key says it is not free text; a number, true or false or null never is.
            is_text = isinstance(item, str) and key not in NOT_FREE_TEXT and key not in skip
            result[key] = change(item) if is_text else item
        elif _skip(key, item) or key in skip:
            result[key] = item
        elif key == CATEGORY_COUNTS:
            counts: dict[str, int] = {}
            for category, n in item.items():  # two categories may become one ("Visit Person A")
                new = change(category)
                counts[new] = counts.get(new, 0) + n
            result[key] = counts
        else:
            result[key] = map_free_text(item, change, skip)
    return result


def free_texts(document: dict[str, Any], skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """Each free text of a document (its content and message), in document order, except
    under the keys ``skip``."""
    found: list[str] = []

    def keep(text: str) -> str:
        found.append(text)
        return text

    keep(str(document.get("message", "")))
    map_free_text(document.get("content", {}), keep, skip)
    return iter(found)
