"""Over real AT-SPI, as Orca hears it: a failed create is spoken ("not the same"), not silent.

Needs what test_passphrase_field_atspi.py needs; skipped (with the reason) without it."""

from __future__ import annotations

import pytest

from tests.ui.widgets.test_passphrase_field_atspi import PACKAGES, missing_tools, run_driver


@pytest.fixture(scope="module", autouse=True)
def _atspi_tools():
    if missing := missing_tools():
        pytest.skip(f"the AT-SPI test needs {missing} (apt-get install {PACKAGES})")


def test_two_different_passphrases_are_said_to_differ():
    _, events = run_driver("create")
    heard = [e for e in events if e["type"] in ("object:announcement", "object:property-change:accessible-name")
             or e["type"].startswith("object:text-changed")]
    assert any("passphrases are not the same" in str(e["any_data"]) for e in heard), heard
    # and the label's own name is its words, so Orca can read them back (not "Whether … match")
    labels = {e["source_name"] for e in events if e["source_role"] == "label"}
    assert any("passphrases are not the same" in name for name in labels), labels
