"""A choice of how often to stay in touch with someone (kept in the vault, used by prompts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from peerjournal.i18n import QT_TRANSLATE_NOOP

# Labels marked for translation (context "Cadence"), translated where they are shown.
CADENCES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("Cadence", "Not set"), None), (QT_TRANSLATE_NOOP("Cadence", "Every few days"), 3),
    (QT_TRANSLATE_NOOP("Cadence", "Every week"), 7), (QT_TRANSLATE_NOOP("Cadence", "Every 2 weeks"), 14),
    (QT_TRANSLATE_NOOP("Cadence", "Every month"), 30), (QT_TRANSLATE_NOOP("Cadence", "Every 3 months"), 91),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cadence", text)


def cadence_combo(every: int | None, name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("cadenceCombo")
    if name:
        combo.setAccessibleName(
            QCoreApplication.translate("Cadence", "How often to stay in touch with {name}").format(name=name))
    else:
        combo.setAccessibleName(QCoreApplication.translate("Cadence", "How often to stay in touch"))
    combo.view().setAccessibleName(QCoreApplication.translate("Cadence", "Choices for how often"))
    combo.setAccessibleDescription(QCoreApplication.translate(
        "Cadence", "A gentle prompt comes when it has been longer than this since you were in touch."))
    for label, days in CADENCES:
        combo.addItem(_tr(label), days)
    set_cadence_choice(combo, every)
    return combo


def set_cadence_choice(combo: QComboBox, every: int | None) -> None:
    index = combo.findData(every)
    if index < 0 and every is not None:
        combo.addItem(QCoreApplication.translate("Cadence", "Every {n} days").format(n=every), every)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
