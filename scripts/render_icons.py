"""Render the app icon from its SVG master into the sizes desktops and installers want.

    .venv/bin/python scripts/render_icons.py

Sizes up to 24 px are drawn from ``resources/icons/peerjournal-small.svg``, a simpler drawing
that stays clear that small; the rest from the master ``resources/icons/peerjournal.svg``
(the same choice the app makes for its window and tray icon, ``peerjournal/ui/app/icon.py``).
Writes, next to the masters:

- ``resources/icons/hicolor/<n>x<n>/apps/org.peerjournal.PeerJournal.png`` for n in SIZES
  (the freedesktop icon-theme layout, so a Linux package can copy the tree as it is);
- ``resources/icons/peerjournal.ico`` (Windows, every size up to 256 in one file);
- ``resources/icons/peerjournal.icns`` (macOS, 16 to 1024 px).

Qt draws every size straight from the SVG (no downscaling of one big bitmap), offscreen.
The .ico and .icns are packed with Pillow (a tool for this script only, not a dependency
of PeerJournal: ``.venv/bin/pip install pillow``). The outputs are committed, so building
the bundle needs neither.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peerjournal import APP_ID  # noqa: E402  (after the path fix above; imports no Qt)

ICONS = ROOT / "resources" / "icons"
MASTER = ICONS / "peerjournal.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # 22: the usual tray size on Linux desktops
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a Windows .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int) -> bytes:
    """The icon drawn at ``size`` x ``size`` on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from peerjournal.ui.app.icon import render_svg, svg_for_size

    image = render_svg(svg_for_size(ICONS, size), size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter wants one to exist)
    try:
        pngs = {size: render(size) for size in sorted({*SIZES, *ICO_SIZES, *ICNS_SIZES})}
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        print(f"wrote {path.relative_to(ROOT)}")

    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed, so no .ico or .icns was written "
              "(.venv/bin/pip install pillow, then run this again)", file=sys.stderr)
        return 1

    def pil(size: int) -> Image.Image:
        return Image.open(io.BytesIO(pngs[size])).convert("RGBA")

    # Each size is its own rendering, passed in append_images, rather than one image scaled.
    ico = ICONS / "peerjournal.ico"
    largest = max(ICO_SIZES)
    pil(largest).save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                      append_images=[pil(s) for s in ICO_SIZES if s != largest])
    print(f"wrote {ico.relative_to(ROOT)}")

    icns = ICONS / "peerjournal.icns"
    largest = max(ICNS_SIZES)
    pil(largest).save(icns, format="ICNS",
                      append_images=[pil(s) for s in ICNS_SIZES if s != largest])
    print(f"wrote {icns.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
