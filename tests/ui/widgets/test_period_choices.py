"""Choices shared by sharing and the printable summary: the period's dates, the sections, notes and naming."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from peerjournal.core.sharing.options import (
    BASIC_SECTIONS,
    CONNECTING_SECTIONS,
    DEFAULT_SECTIONS,
    Naming,
    Section,
)

from peerjournal.ui.widgets import period_choices
from peerjournal.ui.widgets.dates import from_qdate

TODAY = date(2026, 3, 10)


def _hold(qtbot, layout) -> QWidget:
    """A widget holding ``layout`` (keep it: the layout goes with it)."""
    holder = QWidget()
    holder.setLayout(layout)
    qtbot.addWidget(holder)
    return holder


@pytest.mark.parametrize(("days", "start"), [(1, TODAY), (7, date(2026, 3, 4)), (30, date(2026, 2, 9)),
                                             (365, date(2025, 3, 11))])
def test_period_is_the_last_days_up_to_today(qtbot, days, start):
    first, last, row = period_choices.period_dates(TODAY, days)
    _holder = _hold(qtbot, row)
    assert (from_qdate(first.date()), from_qdate(last.date())) == (start, TODAY)
    assert first.date().daysTo(last.date()) == days - 1


def test_period_fields_never_go_past_today_and_are_named(qtbot):
    first, last, row = period_choices.period_dates(TODAY, 7, ("fromEdit", "toEdit"))
    _holder = _hold(qtbot, row)
    last.setDate(QDate(2026, 4, 1))
    first.setDate(QDate(2027, 1, 1))
    assert from_qdate(last.date()) == TODAY and from_qdate(first.date()) == TODAY
    assert (first.objectName(), last.objectName()) == ("fromEdit", "toEdit")
    assert (first.accessibleName(), last.accessibleName()) == ("Period: from", "Period: to")
    assert "Alt+Down" in first.accessibleDescription() and first.calendarPopup()
    assert [row.itemAt(i).widget() for i in (0, 2)] == [first, last]
    assert isinstance(row.itemAt(1).widget(), QLabel) and row.itemAt(1).widget().text() == "to"


def test_sections_tick_the_basic_ones_and_hint_before_the_connecting_ones(qtbot):
    sections = list(Section)
    checks, column = period_choices.section_checks(
        sections, "Check", lambda label: f"Include {label}", "What it holds.", "Extra, only if you choose.")
    holder = _hold(qtbot, column)
    assert list(checks) == sections
    # The least by default: the first sections but not the summary figures.
    assert {s for s, check in checks.items() if check.isChecked()} == DEFAULT_SECTIONS
    assert checks[Section.MOODS].objectName() == "moodsCheck"
    assert checks[Section.MOODS].accessibleName() == "Include Mood check-ins"
    assert checks[Section.MOODS].accessibleDescription() == "What it holds."
    widgets = [column.itemAt(i).widget() for i in range(column.count())]
    hints = [w for w in widgets if isinstance(w, QLabel)]
    assert [h.text() for h in hints] == ["Extra, only if you choose."]
    first_connecting = next(s for s in sections if s in CONNECTING_SECTIONS)
    assert widgets.index(hints[0]) == widgets.index(checks[first_connecting]) - 1
    assert len(holder.findChildren(QCheckBox)) == len(sections)


def test_without_connecting_sections_there_is_no_hint(qtbot):
    basic = [s for s in Section if s in BASIC_SECTIONS]
    _checks, column = period_choices.section_checks(basic, "Box", str, "", "Extra.")
    _holder = _hold(qtbot, column)
    assert column.count() == len(basic)


def test_notes_stay_out_until_ticked(qtbot):
    check = period_choices.notes_check("notesCheck", "Your own words.")
    qtbot.addWidget(check)
    assert not check.isChecked()
    assert (check.objectName(), check.accessibleName(), check.accessibleDescription()) == (
        "notesCheck", "Include my notes", "Your own words.")


def test_naming_offers_each_way_and_starts_with_first_names(qtbot):
    combo = period_choices.naming_combo("namingCombo")
    qtbot.addWidget(combo)
    assert [combo.itemData(i) for i in range(combo.count())] == list(Naming)
    assert combo.currentData() == Naming.FIRST and combo.currentText() == "First names only"
    assert combo.objectName() == "namingCombo" and combo.accessibleName() == "How people appear"
