"""Choices that sharing and the printable summary make alike: the period's two date fields,
the sections to tick, whether notes go in, and how people appear. Each dialog keeps its own period list, sections
and object names (tests find the widgets by them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout

from peerjournal.core.sharing.options import (
    CONNECTING_SECTIONS,
    DEFAULT_SECTIONS,
    NAMING_LABELS,
    SECTION_LABELS,
    Naming,
    Section,
)

from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.accessible import date_hint
from peerjournal.ui.widgets.calendar_keys import with_calendar_keys
from peerjournal.ui.widgets.dates import to_qdate


def period_dates(today: date, days: int, names: tuple[str, str] = ("", "")
                 ) -> tuple[QDateEdit, QDateEdit, QHBoxLayout]:
    """"from [date] to [date]": the last ``days`` days up to ``today`` (never later than
    today), with the object names ``names`` when given; the row holds both fields."""
    translate = QCoreApplication.translate
    start = QDateEdit(to_qdate(today - timedelta(days=days - 1)))
    end = QDateEdit(to_qdate(today))
    for edit, name, accessible in ((start, names[0], translate("PeriodChoices", "Period: from")),
                                   (end, names[1], translate("PeriodChoices", "Period: to"))):
        if name:
            edit.setObjectName(name)
        with_calendar_keys(edit)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMaximumDate(to_qdate(today))
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(date_hint())
    row = QHBoxLayout()
    row.addWidget(start)
    row.addWidget(QLabel(translate("PeriodChoices", "to")))
    row.addWidget(end)
    row.addStretch(1)
    return start, end, row


def section_checks(sections: Iterable[Section], name_suffix: str, accessible: Callable[[str], str],
                   description: str, connecting_hint: str) -> tuple[dict[Section, QCheckBox], QVBoxLayout]:
    """A tick box for each of ``sections`` (object name ``<section><name_suffix>``, accessible
    name ``accessible(label)``) in a column; the default ones ticked (the least: not the summary
    figures, nor the connecting ones), and ``connecting_hint`` above the first connecting one."""
    checks: dict[Section, QCheckBox] = {}
    column = QVBoxLayout()
    for section in sections:
        if section in CONNECTING_SECTIONS and not any(s in CONNECTING_SECTIONS for s in checks):
            column.addWidget(make.hint_label(connecting_hint))
        label = SECTION_LABELS[section]  # translated as it is read
        checks[section] = make.check_box(label, f"{section.value}{name_suffix}", accessible(label),
                                         description, checked=section in DEFAULT_SECTIONS)
        column.addWidget(checks[section])
    return checks, column


def notes_check(name: str, description: str) -> QCheckBox:
    """Off until ticked: the person's own words stay out unless they choose otherwise."""
    return make.check_box(
        QCoreApplication.translate("PeriodChoices", "Include my &notes (what I wrote in my own words)"),
        name, QCoreApplication.translate("PeriodChoices", "Include my notes"), description)


def naming_combo(name: str) -> QComboBox:
    """Full names, first names or "Person A, B…"; first names to begin with."""
    return make.combo(name, QCoreApplication.translate("PeriodChoices", "How people appear"),
                      QCoreApplication.translate(
                          "PeriodChoices",
                          "Full names, first names only, or “Person A, B…”, so others in your life stay private."),
                      items=[(NAMING_LABELS[naming], naming) for naming in Naming], current=Naming.FIRST)
