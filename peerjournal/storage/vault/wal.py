"""Spot ``-wal`` frames SQLite would silently drop (SECURITY.md, item 19). No Qt, no SQL.

When SQLite recovers a ``-wal`` it replays frames until the first whose checksum fails and
ignores the rest: a flipped byte there opens the journal showing an older state, and no
integrity check can see it afterwards. This reads the file the way SQLite does and reports
a complete frame of the current log that fails, which a kill cannot produce: a kill leaves
at most a cut-short last frame (SQLite writes each frame header and page with one write
each, and the ``-wal`` is emptied by every checkpoint, so no frame of an older log lingers
after the current one, and if one did its two salts would both differ).

Format (sqlite.org/fileformat.html, "WAL file format"): a 32-byte header (magic, version,
page size, checkpoint number, two salts, two checksums), then frames of a 24-byte header
(page number, size after commit, the two salts, two cumulative checksums) and one page.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC_LE = 0x377F0682
MAGIC_BE = 0x377F0683
VERSION = 3007000
HEADER = 32
FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continuing from (s0, s1)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def dropped_frames(wal: Path) -> list[str]:
    """What in ``wal`` SQLite would skip although it was written whole; empty: nothing.

    The words name frame numbers only, never content.
    """
    try:
        data = Path(wal).read_bytes()
    except FileNotFoundError:
        return []
    if len(data) < HEADER:
        return []  # no header yet: nothing was ever committed here
    magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:HEADER])
    frames_in_file = _frame_count(len(data), page_size)
    big_endian = magic == MAGIC_BE
    header_ok = (
        magic in (MAGIC_LE, MAGIC_BE) and version == VERSION
        and _checksum(data[:24], 0, 0, big_endian) == (c0, c1)
    )
    if not header_ok:
        # With the header unreadable SQLite ignores the whole file; any whole frame is lost.
        if frames_in_file or _frame_count(len(data), 4096):
            return ["-wal header fails its check"]
        return []
    frame_size = FRAME_HEADER + page_size
    s0, s1 = c0, c1
    for number in range(frames_in_file):
        start = HEADER + number * frame_size
        head = data[start:start + FRAME_HEADER]
        _page, _commit, fsalt1, fsalt2, f0, f1 = struct.unpack(">6I", head)
        if (fsalt1, fsalt2) != (salt1, salt2):
            if fsalt1 == salt1 or fsalt2 == salt2:  # one salt damaged: not an older log's frame
                return [f"-wal frame {number + 1} has a damaged salt"]
            return []  # an older log's frame: the current log ends here
        s0, s1 = _checksum(head[:8], s0, s1, big_endian)
        s0, s1 = _checksum(data[start + FRAME_HEADER:start + frame_size], s0, s1, big_endian)
        if (s0, s1) != (f0, f1):
            return [f"-wal frame {number + 1} of {frames_in_file} fails its checksum"]
    return []


def _frame_count(size: int, page_size: int) -> int:
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return 0
    return max(0, (size - HEADER) // (FRAME_HEADER + page_size))
