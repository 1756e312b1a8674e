"""A choice of how often to stay in touch with someone (kept in the vault, used by prompts)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

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


# The person's name on a table cell holding a choice (for its editor's and the cell's names).
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
DAYS_ROLE = Qt.ItemDataRole.UserRole


def cadence_label(every: int | None) -> str:
    for label, days in CADENCES:
        if days == every:
            return _tr(label)
    return QCoreApplication.translate("Cadence", "Every {n} days").format(n=every)


def cadence_item(every: int | None, name: str) -> QTableWidgetItem:
    """A table cell holding the choice for ``name``: shown as its words, and named for a screen
    reader with the person and the choice (the cell itself is what a screen reader meets)."""
    item = QTableWidgetItem()
    item.setData(NAME_ROLE, name)
    show_cadence(item, every)
    return item


def show_cadence(item: QTableWidgetItem, every: int | None) -> None:
    label = cadence_label(every)
    name = str(item.data(NAME_ROLE) or "")
    item.setData(DAYS_ROLE, every)
    item.setText(label)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, QCoreApplication.translate(
        "Cadence", "How often to stay in touch with {name}: {choice}").format(name=name, choice=label))
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, QCoreApplication.translate(
        "Cadence", "Press F2 or Enter to change it. A gentle prompt comes when it has been longer "
        "than this since you were in touch."))


Index = QModelIndex | QPersistentModelIndex


class CadenceDelegate(QStyledItemDelegate):
    """Edits a :func:`cadence_item` cell with a :func:`cadence_combo`; a choice made in its list
    is kept at once (the new days go to the cell's ``DAYS_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Drawn as a closed combo box, so a mouse user sees it is a choice to open."""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionComboBox()
        if widget is not None:
            box.initFrom(widget)
        box.rect = option.rect.adjusted(2, 2, -6, -2)  # type: ignore[attr-defined]
        box.state = option.state | QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
        box.currentText = str(index.data() or "")
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = cadence_combo(index.data(DAYS_ROLE), str(index.data(NAME_ROLE) or ""), parent)
        combo.activated.connect(lambda _=0: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            set_cadence_choice(editor, index.data(DAYS_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), DAYS_ROLE)
