"""The app icon: the small drawing at menu and tray sizes and the master above, on the window
and the tray alike; the committed PNGs, .ico and .icns are the SVGs as they are now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from peerjournal import APP_ID

from peerjournal.ui.app import style
from peerjournal.ui.app.icon import MASTER_NAME, SMALL_NAME, SMALL_SIZES, app_icon, render_svg
from peerjournal.ui.app.tray import Tray

ICONS = style.resources_dir() / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # scripts/render_icons.py SIZES


def argb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def difference(a: QImage, b: QImage) -> float:
    """Mean difference per colour channel, 0 (same) to 255."""
    a, b = argb(a), argb(b)
    assert a.size() == b.size()
    left, right = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(left, right, strict=True)) / len(left)


def drawn(icon: QIcon, size: int) -> QImage:
    """The icon as a 1x screen gets it at ``size`` px."""
    image = icon.pixmap(QSize(size, size), 1.0).toImage()
    assert (image.width(), image.height()) == (size, size)
    return image


def drawn_from(icon: QIcon, size: int) -> str:
    """Which SVG the icon's ``size`` px picture is (closest to)."""
    image = drawn(icon, size)
    small = difference(image, render_svg(ICONS / SMALL_NAME, size))
    master = difference(image, render_svg(ICONS / MASTER_NAME, size))
    assert min(small, master) < 1.0, (small, master)  # one of the two, not something else
    return SMALL_NAME if small < master else MASTER_NAME


def test_the_two_drawings_differ_at_small_sizes(qapp):
    # Otherwise the tests below could not tell which one was used.
    for size in SMALL_SIZES:
        assert difference(render_svg(ICONS / SMALL_NAME, size), render_svg(ICONS / MASTER_NAME, size)) > 5


@pytest.mark.parametrize("size", SMALL_SIZES)
def test_small_sizes_are_drawn_from_the_small_svg(qapp, size):
    assert drawn_from(app_icon(ICONS), size) == SMALL_NAME


@pytest.mark.parametrize("size", (28, 32, 48, 256))
def test_larger_sizes_are_drawn_from_the_master(qapp, size):
    assert drawn_from(app_icon(ICONS), size) == MASTER_NAME


def test_the_window_and_the_tray_carry_the_app_icon(qapp):
    manager = style.install(qapp)
    try:
        assert drawn_from(qapp.windowIcon(), 16) == SMALL_NAME
        assert drawn_from(qapp.windowIcon(), 64) == MASTER_NAME
        tray = Tray()
        assert drawn_from(tray.icon.icon(), 22) == SMALL_NAME  # the usual Linux tray size
        assert drawn_from(tray.icon.icon(), 32) == MASTER_NAME
        tray.deleteLater()
    finally:
        manager.uninstall()


@pytest.mark.parametrize("size", PNG_SIZES)
def test_committed_pngs_are_the_svgs_as_they_are_now(qapp, size):
    """Change an SVG, then run scripts/render_icons.py so the desktop and installers follow."""
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    committed = QImage(str(path))
    assert not committed.isNull(), path
    expected = render_svg(ICONS / (SMALL_NAME if size <= max(SMALL_SIZES) else MASTER_NAME), size)
    assert difference(committed, expected) < 1.0, f"{path.name} at {size} px is out of date"


def test_the_icon_holds_no_words(qapp):
    for name in (MASTER_NAME, SMALL_NAME):
        text = (ICONS / name).read_text(encoding="utf-8")
        assert "<text" not in text and "<image" not in text, name
