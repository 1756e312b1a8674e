"""The "Appearance" group on the Security page: system, light, dark or high-contrast theme.

Choosing a theme saves it in the settings file and switches the whole app at once, with no
restart (see :mod:`peerjournal.ui.app.style`). No signals: the settings service announces changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from peerjournal.core.settings import Theme
from peerjournal.errors import UserError

from peerjournal.ui.app import style
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.widgets.accessible import tie_label


class AppearanceBox(QGroupBox):
    def __init__(self, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Appearance"))
        self.setObjectName("appearanceBox")
        self.service = service  # the app's settings
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.setAccessibleDescription(self.tr(
            "How PeerJournal looks: following your computer's light or dark setting, always light, "
            "always dark, or high contrast. It changes at once."
        ))
        for theme, text in (
            (Theme.SYSTEM, self.tr("Follow my computer (light or dark)")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme_combo.addItem(text, theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(service.settings.theme)))
        self.theme_combo.currentIndexChanged.connect(self._chosen)
        label = QLabel(self.tr("&Theme:"))
        tie_label(label, self.theme_combo)
        # Narrower than its longest choice on a narrow window (so the page fits 1024 px beside
        # the Locking box), its full width where there is room.
        self.theme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme_combo.setMinimumContentsLength(12)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.theme_combo, 1)
        hint = QLabel(self.tr(
            "High contrast uses black, white and yellow with thick outlines around whatever has the "
            "keyboard focus. Text size follows your computer's font settings."
        ))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("appearanceStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        self.status.hide()

    def theme(self) -> Theme:
        return Theme(self.theme_combo.currentData())

    def _chosen(self, _index: int) -> None:
        theme = self.theme()
        style.use_theme(theme)  # at once, even if saving fails
        try:
            self.service.update(replace(self.service.settings, theme=theme))
        except UserError as exc:
            self.status.setText(str(exc))
            self.status.show()
            return
        self.status.hide()
