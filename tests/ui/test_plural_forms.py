"""Counted texts in the windows are Qt plural (numerus) forms (issue 15): each language says
one and many its own way, instead of an English "1 x" / "{n} xs" pair chosen in code."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from peerjournal import i18n as core_i18n
from peerjournal.core.insights.mood import DayCell

from peerjournal.ui.app import translations as i18n
from peerjournal.ui.imports.import_command import import_label
from peerjournal.ui.insights.network_view import NetworkWords
from peerjournal.ui.widgets.charts import YearGrid

UI = Path(__file__).resolve().parents[2] / "peerjournal" / "ui"
# A translated text starting "1 " (or "…, 1 ") picked in code when a count is one.
ONE_OF_A_PAIR = re.compile(r"""(?:\btr|translate)\((?:"[A-Za-z]+",\s*)?"(?:[^"]*, )?1 [a-z]""")


def test_no_window_text_picks_its_singular_in_code():
    found = [f"{path.relative_to(UI)}:{number}" for path in sorted(UI.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if ONE_OF_A_PAIR.search(line)]
    assert found == []


def _cell(contacts: int, activities: int) -> DayCell:
    return DayCell(day=date(2026, 3, 2), mood=None, check_ins=0, contacts=contacts, activities=activities)


def test_counted_texts_read_well_in_english_and_german(qapp):
    words = NetworkWords()
    assert words.days_in_touch(1) == "1 day in touch in the last 90 days"
    assert words.days_in_touch(5) == "5 days in touch in the last 90 days"
    assert import_label(1, "Daylio") == "Import 1 check-in from Daylio"
    assert import_label(12, "Daylio") == "Import 12 check-ins from Daylio"
    assert YearGrid.tooltip_for(_cell(1, 3)).endswith(", 1 contact, 3 activities")
    try:
        i18n.install_translators("de")
        assert words.days_in_touch(1) == "1 Tag mit Kontakt in den letzten 90 Tagen"
        assert words.days_in_touch(5) == "5 Tage mit Kontakt in den letzten 90 Tagen"
        assert import_label(12, "Daylio") == "12 Check-ins aus Daylio importieren"
        assert YearGrid.tooltip_for(_cell(2, 1)).endswith(", 2 Kontakte, 1 Aktivität")
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)
