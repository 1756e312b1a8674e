"""A smaller ICU data library for the Linux bundle: the ~31 MB libicudata that Qt links to,
cut to what Qt can reach in PeerJournal (about a fifth of it).

Qt 6 formats dates, numbers and locale names from its own CLDR tables; ICU serves collation,
case mapping, code-page conversion and time-zone data. PeerJournal converts no legacy code
pages, so this keeps ICU's core files, the time-zone tables, collation and locale data for the
root locale and the languages PeerJournal ships (English, German), and break rules without the
CJK/Thai dictionaries; it drops code-page converters, transliteration and the display names of
languages, regions, currencies, units and zones in other languages. Items ICU can't find fall
back to the root locale, as for any language ICU has no data for.

Needs ``nm``, ``icupkg`` (icu-devtools) and ``gcc`` on the build machine; without them
``trimmed_library`` returns None and build.spec keeps the full library. Stdlib only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LOCALES = ("root", "en", "de")
_LOCALE_RES = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]+)*\.res$")
_ALWAYS_KEPT = {"res_index.res", "pool.res"}
_DROPPED_TREES = {"translit"}
_SONAME = re.compile(r"libicudata\.so\.(\d+)")


def keeps(item: str) -> bool:
    """Whether the ICU data item (``coll/de.res``, ``ibm-1390_P110-2003.cnv``…) stays."""
    folder, _, name = item.rpartition("/")
    if folder in _DROPPED_TREES or name.endswith((".cnv", ".dict")):
        return False
    if name in _ALWAYS_KEPT or not _LOCALE_RES.match(name):
        return True  # core data: properties, normalisation, UCA, zoneinfo, supplemental data
    language = name.split("_", 1)[0].removesuffix(".res")
    return language in KEEP_LOCALES


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The ``icudtNN_dat`` symbol of ``library``: its name, file offset and size (nm + ELF)."""
    out = subprocess.run(["nm", "-D", "--defined-only", "-S", str(library)], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], _file_offset(library, address), size
    raise ValueError(f"{library} has no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, from the section that holds it (readelf -S)."""
    out = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]{6,})\s+([0-9a-f]{6,})", line)
        if match:
            start, offset, size = (int(g, 16) for g in match.groups())
            if start <= address < start + size:
                return offset + (address - start)
    raise ValueError(f"no section of {library} holds {address:#x}")


def trimmed_library(library: Path, work: Path) -> Path | None:
    """A copy of ``library`` with only the items :func:`keeps` allows; None without the tools."""
    if not all(shutil.which(tool) for tool in ("nm", "readelf", "icupkg", "gcc")):
        return None
    soname = _SONAME.search(library.name)
    if soname is None:
        return None
    symbol, offset, size = data_symbol(library)
    package = f"icudt{soname.group(1)}l"  # icupkg names the items after the file: keep ICU's name
    work.mkdir(parents=True, exist_ok=True)
    full, small = work / "full" / f"{package}.dat", work / f"{package}.dat"
    full.parent.mkdir(exist_ok=True)
    with library.open("rb") as source:
        source.seek(offset)
        full.write_bytes(source.read(size))
    items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    (work / "remove.txt").write_text("".join(f"{i}\n" for i in items if not keeps(i)), encoding="utf-8")
    small.unlink(missing_ok=True)
    subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "remove.txt"), str(full), str(small)], check=True,
                   capture_output=True)
    assembly = work / "icudata.S"
    assembly.write_text(
        f'.section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol}, @object\n{symbol}:\n'
        f'.incbin "{small}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    out = work / library.name
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(assembly)],
                   check=True, capture_output=True)
    return out
