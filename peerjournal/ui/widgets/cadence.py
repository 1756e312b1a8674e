"""A choice of how often to stay in touch with someone (kept in the vault, used by prompts)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

CADENCES: tuple[tuple[str, int | None], ...] = (
    ("Not set", None), ("Every few days", 3), ("Every week", 7), ("Every 2 weeks", 14),
    ("Every month", 30), ("Every 3 months", 91),
)


def cadence_combo(every: int | None, name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("cadenceCombo")
    combo.setAccessibleName(f"How often to stay in touch with {name}" if name else "How often to stay in touch")
    combo.view().setAccessibleName("Choices for how often")
    for label, days in CADENCES:
        combo.addItem(label, days)
    set_cadence_choice(combo, every)
    return combo


def set_cadence_choice(combo: QComboBox, every: int | None) -> None:
    index = combo.findData(every)
    if index < 0 and every is not None:
        combo.addItem(f"Every {every} days", every)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
