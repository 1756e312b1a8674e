"""Over real AT-SPI, as Orca meets them: on Today and in the create dialog every focusable
object has a name and a sensible role (no unnamed "filler"), combo boxes (named by their value
there) have a linked label, and Tab goes through the fields in the intended order.

Needs what tests/ui/widgets/test_passphrase_field_atspi.py needs; skipped (with the reason)
without it."""

from __future__ import annotations

import pytest

from tests.ui.widgets.atspi import PART_CREATE
from tests.ui.widgets.test_passphrase_field_atspi import PACKAGES, missing_tools, run_driver

NO_ROLE = {"filler", "unknown", "invalid", "redundant object", "layered pane", "scroll pane"}
TODAY_ORDER = ["Mood", "Energy", "Feelings", "Note about how you feel", "Who you were in touch with",
               "How long, in minutes", "How the contact felt", "Note about the contact", "What you did",
               "Who was there", "How the activity felt", "Note about the activity", "Clear the form",
               "Save check-in"]
CREATE_ORDER = ["Passphrase", "Passphrase again", "Show the passphrase while typing", "Start from a data file",
                "Bring entries from another app", "Quit", "Create journal", "Passphrase"]


def driven(mode: str) -> list[dict]:
    """What the listener heard while the driver ran ``mode``; the test is skipped (saying what
    is missing) without the tools."""
    if missing := missing_tools():
        pytest.skip(f"the AT-SPI test needs {missing} (apt-get install {PACKAGES})")
    return run_driver(mode)[1]


def sayable(role: str, name: str) -> bool:
    """A screen reader has a name and a sensible role to say (not an unnamed "filler")."""
    return bool(name.strip()) and role not in NO_ROLE


def without_name_or_role(focusable: list[dict]) -> list[tuple[str, str, str]]:
    """(window, role, name) of each focusable thing a screen reader can't say, and of each combo
    box without a linked label (it is named by its value there: its label says what it is)."""
    return [(t["window"], t["source_role"], t["source_name"]) for t in focusable
            if not sayable(t["source_role"], t["source_name"])
            or (t["source_role"] == "combo box" and not any(n.strip() for n in t["labelled_by"]))]


def focused(events: list[dict]) -> list[tuple[str, str]]:
    """(role, name) of each thing that got the focus, in turn."""
    return [(e["source_role"], e["source_name"]) for e in events
            if e["type"] == "object:state-changed:focused" and e["detail1"] == 1]


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return driven("walk")


def focus_order(events: list[dict]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(role, name) of each object that got the focus, on Today and then in the dialog."""
    today: list[tuple[str, str]] = []
    dialog: list[tuple[str, str]] = []
    part = today
    for event in events:
        if event["any_data"] == PART_CREATE:
            part = dialog
        elif event["type"] == "object:state-changed:focused" and event["detail1"] == 1:
            part.append((event["source_role"], event["source_name"]))
    return today, dialog


def in_order(wanted: list[str], names: list[str]) -> bool:
    rest = iter(names)
    return all(name in rest for name in wanted)


def test_every_focusable_object_is_named_with_a_role(events):
    focusable = [e for e in events if e["type"] == "focusable"]
    windows = {e["window"] for e in focusable}
    assert any("Create your journal" in w for w in windows) and len(windows) == 2, windows
    for thing in focusable:
        assert thing["source_name"].strip() and thing["source_role"] not in NO_ROLE, thing
        if thing["source_role"] == "combo box":  # named by its value: its label says what it is
            assert any(name.strip() for name in thing["labelled_by"]), thing


def test_tab_goes_through_today_and_the_create_dialog_as_intended(events):
    today, dialog = focus_order(events)
    for role, name in today + dialog:
        assert name.strip() and role not in NO_ROLE, (role, name)
    assert in_order(TODAY_ORDER, [name for _, name in today]), today
    assert [name for _, name in dialog][:len(CREATE_ORDER)] == CREATE_ORDER, dialog


TEXT_ROLES = {"text", "password text", "entry"}
CARET_EVENTS = ("object:text-caret-moved", "object:text-selection-changed")


def test_a_field_is_told_focused_before_its_caret_moves(events):
    """Orca stays silent on a Tab into a field whose caret moved before it was told of the
    focus (Feelings, Who you were in touch with, What you did, Who was there, Passphrase
    again): no caret or selection event of a text field comes before its focus."""
    early: list[str] = []
    since_focus: list[dict] = []
    for event in events:
        if event["type"] == "object:state-changed:focused" and event["detail1"] == 1:
            if event["source_role"] in TEXT_ROLES:
                early += [f"{e['type']} before the focus of {event['source_name']}" for e in since_focus
                          if e["source_role"] == event["source_role"] and e["source_name"] == event["source_name"]]
            since_focus = []
        elif event["type"].startswith(CARET_EVENTS):
            since_focus.append(event)
    focused = {e["source_name"] for e in events if e["type"] == "object:state-changed:focused"}
    assert {"Feelings", "Who you were in touch with", "What you did", "Who was there", "Passphrase again"} <= focused
    assert not early, early
