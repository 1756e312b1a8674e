"""The Linux packages' pure parts: the .deb's control file and Depends, the .deb's layout, and
the tarball's install.sh / uninstall.sh in a sandboxed HOME, all from a small fake bundle.
The real install, upgrade and removal run in CI: scripts/test_packages.sh."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from peerjournal import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("debian_control", ROOT / "packaging" / "linux" / "debian_control.py")
assert _spec and _spec.loader
debian_control = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(debian_control)


def fake_bundle(folder: Path) -> Path:
    """A tiny stand-in for dist/peerjournal: an executable that says its version, and _internal/."""
    bundle = folder / "peerjournal"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "build-stamp.txt").write_text("test\n", encoding="utf-8")
    exe = bundle / "peerjournal"
    exe.write_text(f'#!/bin/sh\necho "{APP_NAME} {__version__} (build test)"\n', encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PEERJOURNAL_"))}
    env.update(HOME=str(home), PATH=os.environ["PATH"], **extra)
    return env


# -- control file and Depends -------------------------------------------------------------------
def test_control_text_has_the_fields_dpkg_needs():
    text = debian_control.control_text("1.2.3+ci1", "amd64", ["libc6", "libgl1"], 4321)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "peerjournal"
    assert fields["Version"] == "1.2.3+ci1"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "4321"
    assert fields["Depends"] == "libc6, libgl1"
    assert fields["Maintainer"] and fields["Description"]
    assert text.endswith("\n") and all(line.startswith(" ") for line in text.splitlines()[len(fields):])


def test_versions_are_checked():
    assert debian_control.valid_version("0.1.0")
    assert debian_control.valid_version("0.1.0+ci1")
    assert not debian_control.valid_version("v0.1")
    assert not debian_control.valid_version("0.1 beta")
    assert not debian_control.valid_version("")


def test_ldd_lines_outside_the_bundle_are_system_libraries(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    ldd = "\n".join([
        "\tlinux-vdso.so.1 (0x00007ffd)",
        f"\tlibQt6Core.so.6 => {bundle}/_internal/PySide6/Qt/lib/libQt6Core.so.6 (0x00007f01)",
        "\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f02)",
        "\tlibxcb-cursor.so.0 => not found",
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f03)",
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f04)",
    ])
    assert debian_control.system_libraries(ldd, bundle) == {
        "libGL.so.1": "/lib/x86_64-linux-gnu/libGL.so.1",
        "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6",
    }


def test_packages_come_from_dpkg_then_setup_sh_table():
    owners = {"/lib/libGL.so.1": "libgl1"}
    libraries = {"libGL.so.1": "/lib/libGL.so.1", "libxkbcommon.so.0": "/opt/x/libxkbcommon.so.0",
                 "libmystery.so.9": "/opt/x/libmystery.so.9"}
    packages, unknown = debian_control.packages_for(
        libraries, owners.get, {"libxkbcommon.so.0": "libxkbcommon0"})
    assert {"libgl1", "libxkbcommon0", *debian_control.ALWAYS} == set(packages)
    assert packages == sorted(packages)
    assert unknown == ["libmystery.so.9"]


def test_setup_sh_table_is_read():
    table = debian_control.setup_table()
    assert table["libxcb-cursor.so.0"] == "libxcb-cursor0"
    assert table["libxkbcommon-x11.so.0"] == "libxkbcommon-x11-0"
    assert len(table) > 20


# -- the .deb from a fake bundle ------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")
def test_build_deb_lays_out_the_package(tmp_path):
    bundle = fake_bundle(tmp_path)
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_deb.sh"), f"{__version__}+ci7"],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, BUNDLE=str(bundle), OUT=str(tmp_path / "out")),
    )
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip().splitlines()[-1])
    assert deb.name.startswith(f"peerjournal_{__version__}+ci7_") and deb.is_file()
    field = lambda name: subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,  # noqa: E731
                                        text=True, check=True).stdout.strip()
    assert field("Version") == f"{__version__}+ci7"
    assert "libxcb-cursor0" in field("Depends")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/peerjournal/peerjournal", "./opt/peerjournal/_internal/build-stamp.txt",
                 f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
                 f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"):
        assert f" {path}\n" in listing + "\n" or f" {path} " in listing, path
    assert "./usr/bin/peerjournal -> /opt/peerjournal/peerjournal" in listing
    assert " root/root " in listing and "/home" not in listing


def test_build_deb_refuses_a_bad_version(tmp_path):
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_deb.sh"), "not a version"], capture_output=True, text=True,
        timeout=300, env=dict(os.environ, BUNDLE=str(fake_bundle(tmp_path)), OUT=str(tmp_path / "out")),
    )
    assert result.returncode != 0
    assert not list((tmp_path / "out").glob("*.deb"))


# -- the tarball and install.sh in a sandboxed HOME ---------------------------------------------
def unpacked_tarball(tmp_path: Path) -> Path:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_tarball.sh")], capture_output=True, text=True, timeout=300,
        env=dict(os.environ, BUNDLE=str(fake_bundle(tmp_path)), OUT=str(tmp_path / "out")),
    )
    assert result.returncode == 0, result.stderr
    tarball = Path(result.stdout.strip().splitlines()[-1])
    with tarfile.open(tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (folder,) = (tmp_path / "unpacked").iterdir()
    assert folder.name.startswith(f"peerjournal-{__version__}-linux-")
    return folder


def test_install_and_uninstall_in_a_sandboxed_home(tmp_path):
    folder = unpacked_tarball(tmp_path)
    home = tmp_path / "a home with $pace & \"quotes\""
    journal = home / ".local" / "share" / APP_NAME / "journal.pjvault"
    settings = home / ".config" / APP_NAME / "settings.json"
    for path, data in ((journal, b"encrypted"), (settings, b"{}")):
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
    env = clean_env(home)

    for _ in range(2):  # the second run installs over the first
        result = subprocess.run([str(folder / "install.sh")], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    app = home / ".local" / "opt" / "peerjournal"
    launcher = home / ".local" / "bin" / "peerjournal"
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout.startswith(f"{APP_NAME} {__version__}")
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / ".local" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    exec_line = [line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")]
    # Desktop Entry quoting: "$ and \ escaped inside the quotes, then every backslash doubled.
    quoted = str(app / "peerjournal").replace('"', '\\"').replace("$", "\\$").replace("\\", "\\\\")
    assert exec_line == [f'Exec="{quoted}"']
    assert not list(app.parent.glob("peerjournal.*"))  # no half-copied .new or .old left
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    result = subprocess.run([str(app / "uninstall.sh")], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not app.exists() and not launcher.exists() and not launcher.is_symlink() and not entry.exists()
    assert not list((home / ".local" / "share" / "icons").rglob(f"{APP_ID}.*"))
    assert journal.read_bytes() == b"encrypted" and settings.read_bytes() == b"{}"  # untouched
    assert "not touched" in result.stdout


def test_uninstall_keeps_someone_elses_peerjournal_link(tmp_path):
    home = tmp_path / "home"
    other = home / ".local" / "bin" / "peerjournal"
    other.parent.mkdir(parents=True)
    other.symlink_to("/usr/bin/true")
    result = subprocess.run(["sh", str(ROOT / "packaging" / "linux" / "uninstall.sh")], capture_output=True,
                            text=True, env=clean_env(home), timeout=60)
    assert result.returncode == 0, result.stderr
    assert other.is_symlink()


def test_install_sh_refuses_to_run_outside_the_unpacked_folder(tmp_path):
    lone = tmp_path / "install.sh"
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", lone)
    result = subprocess.run(["sh", str(lone)], capture_output=True, text=True, env=clean_env(tmp_path / "h"))
    assert result.returncode == 1 and "unpacked PeerJournal folder" in result.stderr
    assert not (tmp_path / "h" / ".local").exists()


# -- the smaller ICU data -----------------------------------------------------------------------
_icu_spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "linux" / "icu_data.py")
assert _icu_spec and _icu_spec.loader
icu_data = importlib.util.module_from_spec(_icu_spec)
_icu_spec.loader.exec_module(icu_data)


@pytest.mark.parametrize(("item", "kept"), [
    ("uprops.icu", True), ("ucase.icu", True), ("nfkc.nrm", True), ("uts46.nrm", True),
    ("zoneinfo64.res", True), ("metaZones.res", True), ("supplementalData.res", True),
    ("pool.res", True), ("res_index.res", True), ("root.res", True), ("en.res", True),
    ("en_GB.res", True), ("de_AT.res", True), ("coll/ucadata.icu", True), ("coll/root.res", True),
    ("coll/de.res", True), ("coll/res_index.res", True), ("brkitr/word.brk", True),
    ("zone/de.res", True), ("lang/pool.res", True),
    ("fr.res", False), ("zh_Hant_TW.res", False), ("coll/sv.res", False), ("lang/fr.res", False),
    ("curr/ja.res", False), ("brkitr/cjdict.dict", False), ("translit/root.res", False),
    ("ibm-1390_P110-2003.cnv", False), ("gb18030.cnv", False),
])
def test_icu_items_kept(item, kept):
    assert icu_data.keeps(item) is kept


@pytest.mark.skipif(not all(shutil.which(t) for t in ("nm", "readelf", "icupkg", "gcc")),
                    reason="needs nm, readelf, icupkg (icu-devtools) and gcc")
def test_icu_library_is_cut_and_keeps_its_soname_and_symbol(tmp_path):
    import PySide6

    (library,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    small = icu_data.trimmed_library(library, tmp_path)
    assert small is not None and small.stat().st_size < library.stat().st_size / 3
    symbol, _offset, size = icu_data.data_symbol(small)
    assert symbol == icu_data.data_symbol(library)[0] and size > 1_000_000
    dynamic = subprocess.run(["readelf", "-d", str(small)], capture_output=True, text=True, check=True).stdout
    assert f"[{library.name}]" in dynamic
    # Qt still starts, collates, maps case and knows time zones with it in place of the full one.
    probe = ("from PySide6.QtCore import QCollator, QLocale, QTimeZone;"
             "c = QCollator(QLocale('de'));"
             "assert sorted(['b', 'Ä', 'a'], key=c.sortKey) == ['a', 'Ä', 'b'];"
             "assert QLocale('tr').toUpper('i') == '\\u0130';"
             "assert QTimeZone(b'Europe/Berlin').isValid(); print('ok')")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, LD_PRELOAD=str(small)))
    assert result.stdout.strip() == "ok", result.stderr
