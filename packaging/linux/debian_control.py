"""The pure parts of scripts/build_deb.sh: which Debian packages the bundle needs, and its control file.

Run by build_deb.sh with the system Python (stdlib only, no PeerJournal import):

    python3 packaging/linux/debian_control.py BUNDLE_DIR VERSION ARCH INSTALLED_SIZE_KB

prints the DEBIAN/control text. Depends lists the system libraries the bundle links to but
doesn't carry, found as scripts/setup.sh finds Qt's: ``ldd`` on the bundled libraries (with
the bundle on the library path), each library then named by ``dpkg-query -S`` or, failing
that, by setup.sh's own table of Qt's libraries.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "peerjournal"
MAINTAINER = "PeerJournal contributors <peerjournal@example.org>"
HOMEPAGE = "https://peerjournal.org"
# Always needed, whatever ldd says: Qt's xcb plugin may load libxcb-cursor at run time (Qt 6.5+).
ALWAYS = (
    "libxcb-cursor0",
    # Qt draws text with fontconfig, which needs its configuration and at least one font.
    "fontconfig-config",
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
)
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)\s+\(0x[0-9a-f]+\)\s*$")
_TABLE_ENTRY = re.compile(r"\[([A-Za-z0-9_.+-]+\.so[.0-9]*)\]=([a-z0-9.+-]+)")


def setup_table(setup_sh: Path = ROOT / "scripts" / "setup.sh") -> dict[str, str]:
    """setup.sh's soname -> package table (one list of Qt's libraries for both scripts)."""
    return dict(_TABLE_ENTRY.findall(setup_sh.read_text(encoding="utf-8")))


def system_libraries(ldd_output: str, bundle: Path) -> dict[str, str]:
    """Soname -> path of every library in one ``ldd`` listing that lives outside ``bundle``."""
    inside = str(bundle.resolve())
    found = {}
    for line in ldd_output.splitlines():
        match = _LDD_LINE.match(line)
        if match and match.group(2) != "not" and not os.path.realpath(match.group(2)).startswith(inside):
            found[match.group(1)] = match.group(2)
    return found


def scan_bundle(bundle: Path) -> dict[str, str]:
    """Every system library the bundle's shared libraries link to (ldd, bundle on the path)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    found: dict[str, str] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and (".so" in path.name or path.name == PACKAGE):
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
            found.update(system_libraries(out, bundle))
    return found


def dpkg_owner(path: str) -> str | None:
    """The package that installed ``path`` (``libxcb1`` from ``libxcb1:amd64: /usr/lib/...``)."""
    for candidate in dict.fromkeys([path, os.path.realpath(path), "/usr" + path]):
        result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def packages_for(libraries: dict[str, str], owner: Callable[[str], str | None],
                 table: dict[str, str]) -> tuple[list[str], list[str]]:
    """The packages providing ``libraries``, and the sonames nobody could name (to report)."""
    packages, unknown = set(ALWAYS), []
    for soname, path in sorted(libraries.items()):
        package = owner(path) or table.get(soname)
        if package:
            packages.add(package)
        else:
            unknown.append(soname)
    return sorted(packages), unknown


def control_text(version: str, arch: str, depends: Iterable[str], installed_kb: int) -> str:
    """The DEBIAN/control file of the peerjournal package."""
    fields = [
        ("Package", PACKAGE),
        ("Version", version),
        ("Architecture", arch),
        ("Maintainer", MAINTAINER),
        ("Installed-Size", str(installed_kb)),
        ("Depends", ", ".join(depends)),
        ("Section", "utils"),
        ("Priority", "optional"),
        ("Homepage", HOMEPAGE),
        ("Description", "private, encrypted journal of mood, people and activities"),
    ]
    lines = [f"{key}: {value}" for key, value in fields if value]
    lines += [
        " PeerJournal is a private desktop journal for people who use, or are recovering",
        " from, mental health services: check-ins, the people in your life, what you do",
        " and who you can call on. Everything stays on your computer, encrypted with your",
        " passphrase. The journal lives in your home folder: upgrading or removing this",
        " package never touches it.",
    ]
    return "\n".join(lines) + "\n"


def valid_version(version: str) -> bool:
    """A Debian version this script accepts: starts with a digit, no spaces or underscores."""
    return bool(re.fullmatch(r"[0-9][A-Za-z0-9.+~-]*", version))


def main(argv: list[str]) -> int:
    bundle, version, arch, installed_kb = Path(argv[0]), argv[1], argv[2], int(argv[3])
    if not valid_version(version):
        print(f"not a Debian version: {version!r}", file=sys.stderr)
        return 2
    given = os.environ.get("DEB_DEPENDS", "").strip()  # reuse a scan of the same bundle
    unknown: list[str] = []
    if given:
        packages = [p.strip() for p in given.split(",") if p.strip()]
    else:
        packages, unknown = packages_for(scan_bundle(bundle), dpkg_owner, setup_table())
    if unknown:
        print(f"[deb] note: no package found for {' '.join(unknown)}", file=sys.stderr)
    sys.stdout.write(control_text(version, arch, packages, installed_kb))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
