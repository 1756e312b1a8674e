"""dmgbuild settings: the PeerJournal disk image, the app beside a link to Applications.

Build on macOS (see docs/releasing.md):

    pyinstaller --noconfirm --clean build.spec          # makes dist/PeerJournal.app
    pip install dmgbuild
    dmgbuild -s packaging/macos/dmg_settings.py -D version=0.1.0 "PeerJournal" dist/PeerJournal-0.1.0.dmg

The person drags PeerJournal into Applications; a newer version replaces the app the same
way. The journal, its backups and the settings live in ~/Library/Application Support/PeerJournal
(platformdirs), outside the app, so replacing or deleting the app never touches them.
Not built or tested on this project's CI (Linux only).
"""

# dmgbuild runs this file with `defines` (from -D) in its namespace.
import os.path

_root = os.path.abspath(os.path.join(os.path.dirname(globals().get("__file__", "packaging/macos/x")), "..", ".."))
_app = os.path.join(_root, "dist", "PeerJournal.app")
version = defines.get("version", "")  # type: ignore[name-defined]  # noqa: F821

volume_name = f"PeerJournal {version}".strip()
format = "UDZO"  # zlib-compressed, read-only: opens on every supported macOS
filesystem = "HFS+"
files = [_app]
symlinks = {"Applications": "/Applications"}
badge_icon = os.path.join(_root, "resources", "icons", "peerjournal.icns")
icon_locations = {"PeerJournal.app": (140, 160), "Applications": (400, 160)}
window_rect = ((200, 200), (540, 360))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_sidebar = False
icon_size = 96
text_size = 13
