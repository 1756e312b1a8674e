"""Over real AT-SPI, as Orca meets it: each Insights tab on the demo journal. Every focusable
object has a name and a sensible role (no "filler": the tab widget behind its tab bar, the
year grid, the network map and its viewport, a scroll area of words), and Tab lands only on
named things.

Needs what tests/ui/widgets/test_passphrase_field_atspi.py needs; skipped (with the reason)
without it."""

from __future__ import annotations

import pytest

from tests.ui.test_accessibility_atspi import driven, focused, sayable, without_name_or_role


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return driven("insights")


def test_every_focusable_object_on_each_insights_tab_is_named_with_a_role(events):
    focusable = [e for e in events if e["type"] == "focusable"]
    windows = {e["window"] for e in focusable}
    assert windows == {f"Insights tab {tab}" for tab in range(6)}, windows
    names = {e["source_name"] for e in focusable}
    # The tabs' own content is there: the year grid's list, the map's search, who helps with what.
    assert {"Entries on the chosen day", "Find a person on the map", "Who can help with what"} <= names, names
    assert without_name_or_role(focusable) == []


def test_tab_through_each_insights_tab_lands_on_named_things(events):
    landed = focused(events)
    assert {"Year in colour", "Network map", "Patterns"} <= {name for _, name in landed}, landed
    assert [(role, name) for role, name in landed if not sayable(role, name)] == []
