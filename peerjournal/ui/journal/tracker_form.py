"""The person's own trackers on Today: one compact row per tracker, saved with the check-in.

Each row starts at "not noted", so nothing is recorded unless the person chooses it. Yes/no,
scales and choice lists are drop-downs (arrow keys work without opening them); a number is
typed, its unit beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from peerjournal.core.trackers import SCALE_HIGH, SCALE_LOW, TrackedValue, Tracker, TrackerKind
from peerjournal.errors import ValidationError

from peerjournal.ui.widgets.make import combo, label, line_edit

Field = QComboBox | QLineEdit


def parse_number(text: str) -> float | None:
    """A typed number ("7.5", "7,5", " 8 "); None for nothing typed; ValueError otherwise."""
    cleaned = text.strip().replace(",", ".")
    return float(cleaned) if cleaned else None


class TrackerForm(QWidget):
    """The active trackers' rows. ``values()`` raises a ValidationError for a number that isn't one."""

    SECTION = "trackers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerForm")
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._trackers: list[Tracker] = []
        self.fields: dict[int, Field] = {}

    def set_trackers(self, trackers: Iterable[Tracker]) -> None:
        """Show a row for each of ``trackers``, keeping what was already chosen in rows that stay."""
        kept = self.draft() or {}
        while self._form.rowCount():
            self._form.removeRow(0)
        self._trackers = [t for t in trackers if t.id is not None and not t.retired]
        self.fields = {}
        for tracker in self._trackers:
            field = self._field(tracker)
            self.fields[tracker.id] = field  # type: ignore[index]
            row = label(f"{tracker.name}:", buddy=field)
            row.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words, never markup
            if tracker.kind is TrackerKind.NUMBER and tracker.unit:
                line = QHBoxLayout()
                line.addWidget(field, 1)
                line.addWidget(label(tracker.unit))
                self._form.addRow(row, line)
            else:
                self._form.addRow(row, field)
        self.restore_draft(kept)

    def _field(self, tracker: Tracker) -> Field:
        description = self.tr("Your tracker {name}. Leave it as it is to note nothing.").format(name=tracker.name)
        if tracker.kind is TrackerKind.NUMBER:
            return line_edit(f"trackerField{tracker.id}", tracker.name, description,
                             placeholder=self.tr("not noted"), max_length=12)
        items: list[tuple[str, Any]] = [(self.tr("not noted"), None)]
        if tracker.kind is TrackerKind.YES_NO:
            items += [(self.tr("yes"), 1.0), (self.tr("no"), 0.0)]
        elif tracker.kind is TrackerKind.SCALE:
            items += [(tracker.value_text(float(n)), float(n)) for n in range(SCALE_LOW, SCALE_HIGH + 1)]
        else:
            items += [(choice, choice) for choice in tracker.choices]
        return combo(f"trackerField{tracker.id}", tracker.name, description, items=items)

    def has_trackers(self) -> bool:
        return bool(self._trackers)

    def values(self) -> tuple[TrackedValue, ...]:
        """What is noted, in the trackers' order."""
        found = []
        for tracker in self._trackers:
            field = self.fields[tracker.id]  # type: ignore[index]
            if isinstance(field, QLineEdit):
                try:
                    number = parse_number(field.text())
                except ValueError:
                    field.setFocus()
                    raise ValidationError(self.tr("For {name}, please type a number, such as 7.5.").format(
                        name=tracker.name)) from None
                if number is not None:
                    found.append(TrackedValue(tracker.id, number))  # type: ignore[arg-type]
            elif field.currentData() is not None:
                found.append(TrackedValue(tracker.id, field.currentData()))  # type: ignore[arg-type]
        return tuple(found)

    def is_empty(self) -> bool:
        return self.draft() is None

    def clear(self) -> None:
        for field in self.fields.values():
            if isinstance(field, QLineEdit):
                field.clear()
            else:
                field.setCurrentIndex(0)

    # -- drafts: a check-in's "trackers" part ----------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """Tracker id (as text) → what is typed or chosen; None when nothing is."""
        data: dict[str, Any] = {}
        for tracker_id, field in self.fields.items():
            if isinstance(field, QLineEdit):
                if field.text().strip():
                    data[str(tracker_id)] = field.text()
            elif field.currentIndex() > 0:
                data[str(tracker_id)] = field.currentData()
        return data or None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill rows from :meth:`draft` data (lenient: gone trackers and odd values are skipped)."""
        self.clear()
        for key, value in data.items() if isinstance(data, dict) else ():
            field = self.fields.get(int(key)) if str(key).isdigit() else None
            if isinstance(field, QLineEdit) and isinstance(value, str):
                field.setText(value[:12])
            elif isinstance(field, QComboBox) and isinstance(value, str | int | float):
                index = field.findData(value if isinstance(value, str) else float(value))
                if index > 0:
                    field.setCurrentIndex(index)
