"""Look and feel: Fusion with a calm palette (light, dark or high contrast) plus app.qss.

:class:`ThemeManager` applies the chosen :class:`~peerjournal.core.settings.Theme` live:
palette and style sheet together, again when the desktop switches between light and dark
while "System" is chosen, and again when the system font changes (heading sizes in the
style sheet are relative to it). Widgets that paint themselves read their colours from
their palette at paint time (see :func:`colours_for_palette`), so they follow along.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from peerjournal.core.settings import Theme

from peerjournal.ui.app.icon import app_icon

# Keys: backgrounds (window, base, alt, card, sidebar, button, hover, accent_soft, low_soft,
# warn_bg), text (text, muted, accent_text, heading, on_accent, error, ok, disabled), lines
# (border, focus, focus_width), chart colours (accent, low, mood_*), grid line opacity (0-255),
# and which arrow icons suit the background (icon_tone: "" dark arrows, "-light" white ones).
LIGHT = {
    "window": "#f6f4f0", "base": "#ffffff", "alt": "#faf8f5", "card": "#fbfaf7",
    "sidebar": "#eeeae3", "border": "#d9d3c9", "text": "#2b2a28", "muted": "#6b665e",
    "button": "#ffffff", "hover": "#ebe6dd", "accent": "#286f67", "accent_hover": "#225e57",
    "accent_soft": "#d7ece8", "accent_text": "#1d5952", "on_accent": "#ffffff",
    "heading": "#1d5952", "disabled": "#6b665e",
    "low": "#b06a7c", "low_soft": "#f1dde2", "error": "#a3333d", "ok": "#2f6f4f",
    "warn_bg": "#fbf1dc", "warn_border": "#e3c58a",
    "focus": "#286f67", "focus_width": "2px", "grid_alpha": "45",
    "mood_low": "#440154", "mood_mid": "#21918c", "mood_high": "#fde725", "icon_tone": "",
}
DARK = {
    "window": "#1f2124", "base": "#26292d", "alt": "#2b2e33", "card": "#25282c",
    "sidebar": "#1a1c1f", "border": "#3d4147", "text": "#e8e6e1", "muted": "#a7a29a",
    "button": "#2e3136", "hover": "#363a40", "accent": "#5cb8ac", "accent_hover": "#6fc7bb",
    "accent_soft": "#24443f", "accent_text": "#a5e0d7", "on_accent": "#10201d",
    "heading": "#a5e0d7", "disabled": "#a7a29a",
    "low": "#d295a4", "low_soft": "#4a2f36", "error": "#f08a92", "ok": "#8fd1ad",
    "warn_bg": "#3d3424", "warn_border": "#7a6535",
    "focus": "#5cb8ac", "focus_width": "2px", "grid_alpha": "60",
    "mood_low": "#5a3d94", "mood_mid": "#26998d", "mood_high": "#fde725", "icon_tone": "-light",
}
# Black, white and yellow; no soft greys; thick yellow focus rings. Selections are yellow with
# black text. Mood colours: see the note below.
HIGH_CONTRAST = {
    "window": "#000000", "base": "#000000", "alt": "#1a1a1a", "card": "#000000",
    "sidebar": "#000000", "border": "#ffffff", "text": "#ffffff", "muted": "#ffffff",
    "button": "#000000", "hover": "#333333", "accent": "#ffff00", "accent_hover": "#ffff80",
    "accent_soft": "#ffff00", "accent_text": "#000000", "on_accent": "#000000",
    "heading": "#ffff00", "disabled": "#b3b3b3",
    "low": "#ff99cc", "low_soft": "#5c0033", "error": "#ff8080", "ok": "#80ff80",
    "warn_bg": "#000000", "warn_border": "#ffff00",
    "focus": "#ffff00", "focus_width": "3px", "grid_alpha": "150",
    "mood_low": "#8c52ff", "mood_mid": "#33d6c2", "mood_high": "#ffff66", "icon_tone": "-light",
}
# Mood colours (mood_low → mood_mid → mood_high, 1 → 3 → 5): one sequential scale in the
# manner of viridis, dark violet through teal to yellow, each step lighter than the one before,
# so it reads the same with red-green colour blindness and in greyscale. Every theme lifts the
# dark end off its background. "No check-in" is no colour of the scale: the chart widgets draw
# it hatched with a border (see peerjournal/ui/widgets/charts.py paint_mood_cell).
THEME_COLOURS = {Theme.LIGHT: LIGHT, Theme.DARK: DARK, Theme.HIGH_CONTRAST: HIGH_CONTRAST}

# (text, background) pairs the palette and app.qss put together; tests check their contrast.
TEXT_PAIRS = (
    ("text", "window"), ("text", "base"), ("text", "alt"), ("text", "card"), ("text", "button"),
    ("text", "sidebar"), ("text", "hover"), ("text", "warn_bg"), ("text", "low_soft"),
    ("muted", "window"), ("muted", "base"), ("muted", "card"), ("muted", "sidebar"), ("muted", "alt"),
    ("disabled", "card"), ("disabled", "base"),
    ("on_accent", "accent"), ("on_accent", "accent_hover"), ("accent_text", "accent_soft"),
    ("heading", "card"), ("heading", "window"), ("accent", "sidebar"), ("accent", "base"),
    ("error", "window"), ("error", "card"), ("ok", "window"), ("ok", "card"),
)


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def resolve(theme: Theme, scheme: Qt.ColorScheme) -> dict[str, str]:
    """The colour set for a theme; SYSTEM picks light or dark from the desktop's scheme."""
    if theme is Theme.SYSTEM:
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT
    return THEME_COLOURS[theme]


def colours_for_palette(palette: QPalette) -> dict[str, str]:
    """The colour set a palette was made from (by its window colour); else light or dark by lightness.

    Painting code calls this with its widget's palette, so a chart drawn into an image with a
    light palette stays light whatever the app's theme is.
    """
    window = palette.color(QPalette.ColorRole.Window).name().lower()
    for colours in (HIGH_CONTRAST, DARK, LIGHT):
        if colours["window"] == window:
            return colours
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def relative_luminance(colour: str | QColor) -> float:
    """WCAG 2 relative luminance of a colour (0 black … 1 white)."""
    c = QColor(colour)

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio, 1 (same) … 21 (black on white). Text wants 4.5, high contrast 7."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette_for(colors: dict[str, str]) -> QPalette:
    # Built from button and window colours so Fusion's bevel shades (Light, Mid, Dark) match.
    pal = QPalette(QColor(colors["button"]), QColor(colors["window"]))
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"),
        (role.WindowText, "text"), (role.Text, "text"), (role.ButtonText, "text"),
        (role.Button, "button"), (role.Highlight, "accent"), (role.HighlightedText, "on_accent"),
        (role.ToolTipBase, "card"), (role.ToolTipText, "text"), (role.PlaceholderText, "muted"),
        (role.Link, "accent"), (role.LinkVisited, "accent"), (role.BrightText, "text"),
    ):
        pal.setColor(r, QColor(colors[key]))
    if colors is HIGH_CONTRAST:  # Fusion draws frames with these: keep them white, not grey
        for r in (role.Light, role.Midlight, role.Mid, role.Dark, role.Shadow):
            pal.setColor(r, QColor(colors["border"]))
    for r in (role.Text, role.ButtonText, role.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(colors["disabled"]))
    return pal


def font_sizes(base_pt: float) -> dict[str, str]:
    """Heading sizes relative to the system font, never fixed."""
    return {
        "pt_large": f"{base_pt * 1.1:.1f}pt",
        "pt_brand": f"{base_pt * 1.45:.1f}pt",
        "pt_title": f"{base_pt * 1.8:.1f}pt",
    }


def stylesheet(colors: dict[str, str], base_pt: float) -> str:
    """app.qss filled in for a colour set; high contrast adds high_contrast.qss (frames, check
    boxes, scroll bars and tabs that Fusion would otherwise draw black on black)."""
    styles = resources_dir() / "styles"
    try:
        text = (styles / "app.qss").read_text(encoding="utf-8")
        if colors is HIGH_CONTRAST:
            text += "\n" + (styles / "high_contrast.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    icons = (resources_dir() / "icons").as_posix()
    for key, value in {**colors, **font_sizes(base_pt), **_focus_padding(colors), "icons": icons}.items():
        text = text.replace("{" + key + "}", value)
    return text


BUTTON_PADDING = (6, 14)  # app.qss's QPushButton padding (vertical, horizontal) with its 1px border


def _focus_padding(colors: dict[str, str]) -> dict[str, str]:
    """A focused button's padding: its wider focus border comes out of the padding, so the text
    keeps the room the (unfocused) size hint gave it."""
    wider = max(0, int(colors["focus_width"].removesuffix("px")) - 1)
    vertical, horizontal = (max(0, side - wider) for side in BUTTON_PADDING)
    return {"focus_padding": f"{vertical}px {horizontal}px"}


def _base_points(font: QFont) -> float:
    size = font.pointSizeF()
    return size if size > 0 else 10.0


class PlainButtonsStyle(QProxyStyle):
    """Fusion, without the floppy-disk and red-X icons it puts on some dialogs' Save and
    Cancel buttons only: every button reads the same, as words."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, returnData: QStyleHintReturn | None = None) -> int:  # noqa: N803
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)


class ThemeManager(QObject):
    """Keeps the app's palette and style sheet in step with the chosen theme.

    Signals: ``themeApplied(object)`` with the colour set now in use.
    """

    themeApplied = Signal(object)

    def __init__(self, app: QApplication, theme: Theme = Theme.SYSTEM) -> None:
        super().__init__(app)
        self.app = app
        self.theme = theme
        self.colours: dict[str, str] = LIGHT
        self._scheme = app.styleHints().colorScheme()
        self._original = (app.palette(), app.styleSheet(), app.style().name())
        app.setStyle(PlainButtonsStyle("Fusion"))
        app.setWindowIcon(app_icon(resources_dir() / "icons"))
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        app.fontChanged.connect(self._font_changed)
        self.apply()

    def set_theme(self, theme: Theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.apply()

    def apply(self) -> None:
        self.colours = resolve(self.theme, self._scheme)
        self.app.setPalette(palette_for(self.colours))
        self.app.setStyleSheet(stylesheet(self.colours, _base_points(self.app.font())))
        self.themeApplied.emit(self.colours)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        if self.theme is Theme.SYSTEM:
            self.apply()

    def _font_changed(self, _font: QFont) -> None:
        # Heading sizes in the style sheet are points worked out from the system font.
        self.app.setStyleSheet(stylesheet(self.colours, _base_points(self.app.font())))

    def uninstall(self) -> None:
        """Put the app back as it was before (tests); the manager is then no longer used."""
        global _manager
        self.app.styleHints().colorSchemeChanged.disconnect(self._scheme_changed)
        self.app.fontChanged.disconnect(self._font_changed)
        palette, sheet, style = self._original
        self.app.setStyleSheet(sheet)
        self.app.setStyle(style)
        self.app.setPalette(palette)
        if _manager is self:
            _manager = None
        self.deleteLater()


_manager: ThemeManager | None = None


def install(app: QApplication, theme: Theme = Theme.SYSTEM) -> ThemeManager:
    """The app's theme manager, made (and applied) on first use."""
    global _manager
    if _manager is None:
        _manager = ThemeManager(app, theme)
    else:
        _manager.set_theme(theme)
    return _manager


def manager() -> ThemeManager | None:
    return _manager


def use_theme(theme: Theme) -> bool:
    """Switch to ``theme`` now if the app's look is managed (always, outside tests); True if so."""
    if _manager is None:
        return False
    _manager.set_theme(theme)
    return True


def apply_style(app: QApplication) -> None:
    """Fusion, the icon, and the system's light or dark theme until the saved setting is known."""
    install(app)
