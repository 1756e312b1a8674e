"""The app's own icon for its windows and the tray: the SVG master, and a simpler drawing when small.

Qt draws an SVG icon afresh at every size, which is right from about 28 px up; at 16 to 24 px
the master's detail runs together, so those sizes come from ``peerjournal-small.svg`` instead,
just as the installed PNGs, .ico and .icns do (``scripts/render_icons.py`` uses the same two
functions here).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

MASTER_NAME = "peerjournal.svg"
SMALL_NAME = "peerjournal-small.svg"
SMALL_UP_TO = 24  # px: this size and smaller are drawn from the small SVG
# The small sizes desktops ask for: 16 (most menus and trays), 20 (Windows at 125 %),
# 22 (KDE and GNOME trays), 24.
SMALL_SIZES = (16, 20, 22, 24)


def svg_for_size(icons_dir: Path, size: int) -> Path:
    """The SVG that ``size`` px (device pixels) is drawn from."""
    return icons_dir / (SMALL_NAME if size <= SMALL_UP_TO else MASTER_NAME)


def render_svg(path: Path, size: int) -> QImage:
    """``path`` drawn at ``size`` x ``size`` on a transparent background."""
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise FileNotFoundError(f"could not read the icon {path}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def app_icon(icons_dir: Path) -> QIcon:
    """The window and tray icon: the master SVG, with the small drawing at SMALL_SIZES.

    Qt's SVG icon engine uses an added pixmap only when its size is exactly the one asked
    for, and draws the SVG for every other size (including 16 px on a 2x screen, which
    wants 32 device pixels and gets the master).
    """
    icon = QIcon(str(icons_dir / MASTER_NAME))
    if (icons_dir / SMALL_NAME).is_file():
        for size in SMALL_SIZES:
            icon.addPixmap(QPixmap.fromImage(render_svg(svg_for_size(icons_dir, size), size)))
    return icon
