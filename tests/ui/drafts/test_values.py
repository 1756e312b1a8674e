"""The lenient draft readers: a value of the wrong type reads as nothing (Qt-free)."""

from __future__ import annotations

from datetime import date
from typing import Any

from peerjournal.core.vocabulary import ContactMode

from peerjournal.ui.drafts.values import (
    any_text,
    as_date,
    as_dicts,
    as_enum,
    as_int,
    as_ints,
    as_text,
    as_texts,
    choose,
    filled,
)


def test_readers_skip_what_does_not_fit():
    assert as_int(3) == 3 and as_int(True) is None and as_int("3") is None and as_int(None) is None
    assert as_text("a") == "a" and as_text(["a"]) == ""
    assert as_ints([1, "2", None, False, 3]) == [1, 3] and as_ints("1,2") == []
    assert as_texts(["ok", 3, None, "", "  "]) == ["ok"] and as_texts({"a": 1}) == []
    assert as_enum(ContactMode, "phone") is ContactMode.PHONE
    assert as_enum(ContactMode, "carrier pigeon") is None and as_enum(ContactMode, ["x"]) is None
    assert as_date("2026-03-04") == date(2026, 3, 4)
    assert as_date("4 March") is None and as_date(20260304) is None
    assert as_dicts([{"a": 1}, [], "x"]) == [{"a": 1}] and as_dicts({"a": 1}) == []


def test_filled_and_any_text():
    assert not any_text("", "  \n") and any_text("", "x")
    assert not filled({"note": "  ", "people": [], "felt": None})
    assert filled({"people": [1]})
    assert not filled({"mode": "phone", "note": ""}, ("mode",))


class Combo:
    def __init__(self, data: list[Any]) -> None:
        self.data, self.index = data, -1

    def findData(self, value: Any) -> int:  # noqa: N802
        return self.data.index(value) if value in self.data else -1

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.index = index


def test_choose_leaves_the_first_for_what_is_gone_or_not_an_id():
    combo = Combo([None, 4, 7])
    choose(combo, 7)
    assert combo.index == 2
    for value in (99, "7", None, True):
        choose(combo, value)
        assert combo.index == 0
