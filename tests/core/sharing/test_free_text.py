"""Every free text of a share, and only free text, is changed (names hidden, words looked at)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core.sharing.free_text import CATEGORY_COUNTS, _skip, map_free_text


def _reference(value: Any, change, skip: frozenset[str] = frozenset()) -> Any:  # type: ignore[no-untyped-def]
    """map_free_text as it was before issue 20 (every value visited the same way)."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_reference(v, change, skip) for v in value]
    if not isinstance(value, dict):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        if _skip(key, item) or key in skip:
            result[key] = item
        elif key == CATEGORY_COUNTS:
            counts: dict[str, int] = {}
            for category, n in item.items():
                new = change(category)
                counts[new] = counts.get(new, 0) + n
            result[key] = counts
        else:
            result[key] = _reference(item, change, skip)
    return result


_KEYS = st.sampled_from(["note", "title", "at", "label", "people", "contacts", "mode", "reason",
                         "how_to_contact", "felt", "members", "items"])
_SCALARS = st.one_of(st.text(max_size=5), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)), max_leaves=25)
_CONTENT = st.dictionaries(_KEYS, _VALUES, max_size=5).map(
    lambda d: {**d, CATEGORY_COUNTS: {"Walk with Sam": 2, "Tea": 1}})


@settings(max_examples=300, deadline=None)
@given(content=_CONTENT)
def test_each_value_is_changed_as_before(content):
    def change(text: str) -> str:
        return f"<{text}>"

    skip = frozenset({"how_to_contact"})
    assert map_free_text(content, change, skip) == _reference(content, change, skip)


def test_a_list_of_texts_is_changed_without_a_call_per_text():
    """A year's file holds ~30,000 values (issue 20): a list of feelings is changed in one pass,
    not one call of the walk per text."""
    import sys

    content = {"moods": [{"at": "2026-01-01T10:00:00Z", "feelings": ["calm", "tired", "hopeful"],
                          "note": "a note"} for _ in range(100)]}
    walks = 0

    def count(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal walks
        if event == "call" and frame.f_code is map_free_text.__code__:
            walks += 1

    sys.setprofile(count)
    try:
        changed = map_free_text(content, str.upper)
    finally:
        sys.setprofile(None)
    assert changed["moods"][0]["feelings"] == ["CALM", "TIRED", "HOPEFUL"]
    assert changed["moods"][0]["at"] == "2026-01-01T10:00:00Z"
    # The content, its list of moods, each mood and each mood's list of feelings.
    assert walks <= 1 + 1 + 100 + 100
