"""The number and sentence rules in ``peerjournal.i18n``: English by default, whatever the UI sets."""

from __future__ import annotations

import pytest

from peerjournal import i18n


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_number_rules(None)


def test_numbers_are_written_plainly_until_the_ui_sets_rules():
    assert i18n.format_number(3.46, 1) == "3.5"
    assert i18n.format_number(7) == "7"
    assert i18n.in_sentence("Emotional support") == "emotional support"


def test_the_rules_set_are_used_and_none_goes_back_to_english():
    i18n.set_number_rules(lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","), lowercase_labels=False)
    assert i18n.format_number(3.46, 1) == "3,5"
    assert i18n.in_sentence("Emotionale Unterstützung") == "Emotionale Unterstützung"
    i18n.set_number_rules(None)
    assert i18n.format_number(3.46, 1) == "3.5"
    assert i18n.in_sentence("Company") == "company"


def test_a_general_number_drops_trailing_zeros_in_any_language():
    assert i18n.format_general(7.5) == "7.5"
    assert i18n.format_general(8.0) == "8"
    assert i18n.format_general(4.5678, 3) == "4.57"
    i18n.set_number_rules(lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","))
    assert i18n.format_general(7.5) == "7,5"
    assert i18n.format_general(8.0) == "8"
