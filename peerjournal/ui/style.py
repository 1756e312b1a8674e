"""Look and feel: Fusion with a calm palette, light or dark following the system, plus app.qss."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "window": "#f6f4f0", "base": "#ffffff", "alt": "#faf8f5", "card": "#fbfaf7",
    "sidebar": "#eeeae3", "border": "#d9d3c9", "text": "#2b2a28", "muted": "#6b665e",
    "button": "#ffffff", "hover": "#ebe6dd", "accent": "#2f7d74", "accent_hover": "#28695f",
    "accent_soft": "#d7ece8", "accent_text": "#1d5952", "on_accent": "#ffffff",
    "low": "#b06a7c", "low_soft": "#f1dde2", "error": "#a3333d", "ok": "#2f6f4f",
    "warn_bg": "#fbf1dc", "warn_border": "#e3c58a",
}
DARK = {
    "window": "#1f2124", "base": "#26292d", "alt": "#2b2e33", "card": "#25282c",
    "sidebar": "#1a1c1f", "border": "#3d4147", "text": "#e8e6e1", "muted": "#a7a29a",
    "button": "#2e3136", "hover": "#363a40", "accent": "#5cb8ac", "accent_hover": "#6fc7bb",
    "accent_soft": "#24443f", "accent_text": "#a5e0d7", "on_accent": "#10201d",
    "low": "#d295a4", "low_soft": "#4a2f36", "error": "#f08a92", "ok": "#8fd1ad",
    "warn_bg": "#3d3424", "warn_border": "#7a6535",
}


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(colors: dict[str, str]) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"),
        (role.WindowText, "text"), (role.Text, "text"), (role.ButtonText, "text"),
        (role.Button, "button"), (role.Highlight, "accent"), (role.HighlightedText, "on_accent"),
        (role.ToolTipBase, "card"), (role.ToolTipText, "text"), (role.PlaceholderText, "muted"),
        (role.Link, "accent"),
    ):
        pal.setColor(r, QColor(colors[key]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(colors["muted"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(colors["muted"]))
    return pal


def font_sizes(base_pt: float) -> dict[str, str]:
    """Heading sizes relative to the system font, never fixed."""
    return {
        "pt_large": f"{base_pt * 1.1:.1f}pt",
        "pt_brand": f"{base_pt * 1.45:.1f}pt",
        "pt_title": f"{base_pt * 1.8:.1f}pt",
    }


def stylesheet(colors: dict[str, str], base_pt: float) -> str:
    path = resources_dir() / "styles" / "app.qss"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    icons = (resources_dir() / "icons").as_posix()
    for key, value in {**colors, **font_sizes(base_pt), "icons": icons}.items():
        text = text.replace("{" + key + "}", value)
    return text


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "peerjournal.svg")))
    colors = DARK if is_dark(app) else LIGHT
    app.setPalette(palette_for(colors))
    base = app.font().pointSizeF()
    app.setStyleSheet(stylesheet(colors, base if base > 0 else 10.0))
