"""Over real AT-SPI, as Orca meets it: the supporter window with the ``--supporter-demo`` data
and a person's review shown. Every focusable object has a name and a sensible role, combo
boxes (named by their value there) have a linked label, and Tab lands only on named things.

Needs what tests/ui/widgets/test_passphrase_field_atspi.py needs; skipped (with the reason)
without it."""

from __future__ import annotations

import pytest

from tests.ui.test_accessibility_atspi import NO_ROLE
from tests.ui.widgets.test_passphrase_field_atspi import PACKAGES, missing_tools, run_driver


@pytest.fixture(scope="module")
def events() -> list[dict]:
    if missing := missing_tools():
        pytest.skip(f"the AT-SPI test needs {missing} (apt-get install {PACKAGES})")
    return run_driver("supporter")[1]


def test_every_focusable_object_in_the_supporter_window_is_named_with_a_role(events):
    focusable = [e for e in events if e["type"] == "focusable"]
    windows = {e["window"] for e in focusable}
    assert any("supporter" in w for w in windows), windows
    names = {e["source_name"] for e in focusable}
    # The person's review is shown (its reply button), not only the people list.
    assert len(focusable) > 10 and any("reply" in name.lower() for name in names), names
    unnamed = [(t["source_role"], t["source_name"]) for t in focusable
               if not t["source_name"].strip() or t["source_role"] in NO_ROLE]
    # A combo box is named by its value there: its linked label says what it is.
    unlabelled = [t["source_name"] for t in focusable
                  if t["source_role"] == "combo box" and not any(n.strip() for n in t["labelled_by"])]
    assert not unnamed and not unlabelled, (unnamed, unlabelled)


def test_tab_through_the_supporter_window_lands_on_named_things(events):
    focused = [(e["source_role"], e["source_name"]) for e in events
               if e["type"] == "object:state-changed:focused" and e["detail1"] == 1]
    assert len({name for _, name in focused}) > 5, focused
    for role, name in focused:
        assert name.strip() and role not in NO_ROLE, (role, name)
