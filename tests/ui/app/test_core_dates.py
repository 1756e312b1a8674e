"""Days written in core (the PDF summary, prompts) follow the language in use (issue 15): month
and day names from QLocale, German's order, once the UI sets the rules; English before."""

from __future__ import annotations

from datetime import date

from peerjournal import i18n as core_i18n
from peerjournal.core.summary.model import day_text
from peerjournal.i18n import format_date

from peerjournal.ui.app import translations as i18n

DAY = date(2026, 10, 5)


def test_core_writes_english_days_before_any_rules_are_set():
    core_i18n.set_date_rules(None)
    assert format_date(DAY, "dddd d MMMM") == "Monday 5 October"
    assert format_date(DAY, "ddd d MMM yyyy") == "Mon 5 Oct 2026"
    assert day_text(DAY) == "5 October 2026"


def test_core_days_read_german_under_german(qapp):
    try:
        i18n.install_translators("de")
        assert format_date(DAY, "dddd d MMMM") == "Montag, 5. Oktober"
        assert day_text(DAY) == "5. Oktober 2026"
        assert format_date(DAY, "MMM yyyy") == "Okt. 2026"
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)
    assert format_date(DAY, "dddd d MMMM") == "Monday 5 October"
