"""Over real AT-SPI, as Orca meets it: the supporter window with the ``--supporter-demo`` data
and a person's review shown. Every focusable object has a name and a sensible role, combo
boxes (named by their value there) have a linked label, and Tab lands only on named things.

Needs what tests/ui/widgets/test_passphrase_field_atspi.py needs; skipped (with the reason)
without it."""

from __future__ import annotations

import pytest

from tests.ui.test_accessibility_atspi import driven, focused, sayable, without_name_or_role


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return driven("supporter")


def test_every_focusable_object_in_the_supporter_window_is_named_with_a_role(events):
    focusable = [e for e in events if e["type"] == "focusable"]
    windows = {e["window"] for e in focusable}
    assert any("supporter" in w for w in windows), windows
    names = {e["source_name"] for e in focusable}
    # The person's review is shown (its reply button), not only the people list.
    assert len(focusable) > 10 and any("reply" in name.lower() for name in names), names
    assert without_name_or_role(focusable) == []


def test_tab_through_the_supporter_window_lands_on_named_things(events):
    landed = focused(events)
    assert len({name for _, name in landed}) > 5, landed
    assert [(role, name) for role, name in landed if not sayable(role, name)] == []
