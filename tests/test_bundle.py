"""Packaging: the desktop file, AppStream metainfo, icon sizes and build.spec stay in step with
the package; with PEERJOURNAL_BUILD_BUNDLE=1, the PyInstaller bundle is built and launched."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from peerjournal import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICONS = RESOURCES / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_file_names_the_app():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID  # the hicolor PNGs below carry this name
    assert entry["Exec"].split()[0] == "peerjournal"  # the console script pyproject installs
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application name
    assert set(entry["Categories"].rstrip(";").split(";")) >= {"Office", "Utility"}


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_names_the_app_and_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.find("launchable").text == DESKTOP_FILE.name  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version, newest first"
    license_ = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    assert root.findtext("project_license") == license_["text"]
    assert root.find("content_rating") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height, _depth, colour = struct.unpack(">IIBB", head[16:26])
    return width, height, colour


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_sizes(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size, 6)  # 6: RGBA, so the corners stay transparent


def test_windows_and_mac_icons():
    data = (ICONS / "peerjournal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 in the directory means 256
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    icns = (ICONS / "peerjournal.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_build_spec_reads_the_version_and_ships_resources():
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    tree = ast.parse(text, filename="build.spec")
    assert '"resources"' in text and "upx=False" in text and "upx=True" not in text
    # The spec reads the version without importing the package; run that function alone.
    (func,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "package_constants"]
    namespace: dict = {"ast": ast}
    exec(compile(ast.Module(body=[func], type_ignores=[]), "build.spec", "exec"), namespace)
    constants = namespace["package_constants"](ROOT / "peerjournal" / "__init__.py")
    assert constants == {"__version__": __version__, "APP_NAME": APP_NAME, "APP_ID": APP_ID}


@pytest.mark.bundle
@pytest.mark.skipif(
    os.environ.get("PEERJOURNAL_BUILD_BUNDLE") != "1",
    reason="set PEERJOURNAL_BUILD_BUNDLE=1 to build and smoke-test the PyInstaller bundle (about 2 minutes)",
)
def test_bundle_builds_and_runs():
    """scripts/build_bundle.sh builds dist/peerjournal/ and launches it offscreen with --demo."""
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh")],
        capture_output=True, text=True, timeout=20 * 60, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "[bundle] OK:" in result.stderr


def spec_filter():  # type: ignore[no-untyped-def]
    """build.spec's ``_unwanted`` with the tables it reads, run alone (as on Linux)."""
    import re

    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"), filename="build.spec")
    wanted = [n for n in tree.body if (isinstance(n, ast.FunctionDef) and n.name == "_unwanted") or (
        isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) and n.targets[0].id in {
            "_UNWANTED_LIBS", "_UNWANTED_PLUGIN_DIRS", "_PLATFORMS", "_UNWANTED_IMAGE_FORMATS",
            "_UNWANTED_THEMES", "_GTK_STACK", "_LANGUAGES", "_QT_TRANSLATION", "_UNWANTED_WINDOWS_DLLS"})]
    namespace: dict = {"re": re, "ROOT": ROOT, "IS_WINDOWS": False, "IS_MAC": False}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace["_unwanted"]


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so", "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/translations/qt_de.qm",
    "PySide6/Qt/translations/qtmultimedia_de.qm", "libgtk-3.so.0", "libcairo.so.2",
    "PySide6\\plugins\\imageformats\\qpdf.dll", "PySide6\\Qt6Network.dll", "PySide6\\opengl32sw.dll",
    "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
])
def test_spec_leaves_out_what_the_app_never_loads(dest):
    assert spec_filter()(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "PySide6/Qt/translations/qtbase_de.qm",
    "resources/translations/peerjournal_de.qm", "libxcb-cursor.so.0", "libdbus-1.so.3", "libfontconfig.so.1",
    "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
])
def test_spec_keeps_what_the_app_needs(dest):
    assert not spec_filter()(dest)


INNO = ROOT / "packaging" / "windows" / "peerjournal.iss"


def test_windows_installer_is_per_user_with_a_start_menu_entry_and_never_deletes_the_journal():
    text = INNO.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text  # per user: no admin rights
    assert "DefaultDirName={autopf}" in text  # {autopf} is the per-user Programs folder then
    assert '{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text  # the Start-menu entry
    assert '#define AppExe "peerjournal.exe"' in text and '#define AppName "PeerJournal"' in text
    assert '#define SourceDir "..\\..\\dist\\peerjournal"' in text  # build.spec's COLLECT name
    app_id = [line for line in text.splitlines() if line.startswith("AppId=")]
    assert len(app_id) == 1 and len(app_id[0]) > 40  # fixed: a newer installer replaces the old
    deletes = [line for line in text.splitlines() if line.startswith("Type:")]
    assert deletes and all("{app}" in line and "localappdata" not in line.lower() for line in deletes)


def test_dmg_layout_shows_the_app_beside_applications():
    namespace: dict = {"defines": {"version": "9.9"}, "__file__": str(ROOT / "packaging" / "macos" / "dmg_settings.py")}
    exec(compile((ROOT / "packaging" / "macos" / "dmg_settings.py").read_text(encoding="utf-8"),
                 "dmg_settings.py", "exec"), namespace)
    assert namespace["files"] == [str(ROOT / "dist" / f"{APP_NAME}.app")]  # build.spec's BUNDLE
    assert namespace["symlinks"] == {"Applications": "/Applications"}
    assert set(namespace["icon_locations"]) == {f"{APP_NAME}.app", "Applications"}
    assert namespace["volume_name"] == f"{APP_NAME} 9.9"
    assert Path(namespace["badge_icon"]).is_file()
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'name=f"{APP_NAME}.app"' in spec and "bundle_identifier=APP_ID" in spec
