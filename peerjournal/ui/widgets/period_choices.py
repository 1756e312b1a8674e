"""Choices that sharing and the printable summary make alike: the period's two date fields,
whether notes go in, and how people appear. Each dialog keeps its own period list, sections
and object names (tests find the widgets by them).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel

from peerjournal.core.sharing.options import NAMING_LABELS, Naming

from peerjournal.ui.widgets.accessible import date_hint
from peerjournal.ui.widgets.dates import to_qdate

CONTEXT = "PeriodChoices"


def period_dates(today: date, days: int, names: tuple[str, str] = ("", "")
                 ) -> tuple[QDateEdit, QDateEdit, QHBoxLayout]:
    """"from [date] to [date]": the last ``days`` days up to ``today`` (never later than
    today), with the object names ``names`` when given; the row holds both fields."""
    translate = QCoreApplication.translate
    start = QDateEdit(to_qdate(today - timedelta(days=days - 1)))
    end = QDateEdit(to_qdate(today))
    for edit, name, accessible in ((start, names[0], translate(CONTEXT, "Period: from")),
                                   (end, names[1], translate(CONTEXT, "Period: to"))):
        if name:
            edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMaximumDate(to_qdate(today))
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(date_hint())
    row = QHBoxLayout()
    row.addWidget(start)
    row.addWidget(QLabel(translate(CONTEXT, "to")))
    row.addWidget(end)
    row.addStretch(1)
    return start, end, row


def notes_check(name: str, description: str) -> QCheckBox:
    """Off until ticked: the person's own words stay out unless they choose otherwise."""
    check = QCheckBox(QCoreApplication.translate(
        CONTEXT, "Include my &notes (what I wrote in my own words)"))
    check.setObjectName(name)
    check.setAccessibleName(QCoreApplication.translate(CONTEXT, "Include my notes"))
    check.setAccessibleDescription(description)
    return check


def naming_combo(name: str) -> QComboBox:
    """Full names, first names or "Person A, B…"; first names to begin with."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(QCoreApplication.translate(CONTEXT, "How people appear"))
    combo.setAccessibleDescription(QCoreApplication.translate(
        CONTEXT,
        "Full names, first names only, or “Person A, B…”, so others in your life stay private."))
    for naming in Naming:
        combo.addItem(NAMING_LABELS[naming], naming)
    combo.setCurrentIndex(combo.findData(Naming.FIRST))
    return combo
