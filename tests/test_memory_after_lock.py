"""Nothing typed survives a lock in memory: the real app, in a child process, is unlocked by
typing the passphrase, markers are typed into Today's note and an open dialog, and Lock is
pressed. PeerJournal then starts itself afresh (``exec``, same PID); its readable memory
(``/proc/PID/maps`` + ``/proc/PID/mem``) is searched for every marker and the passphrase,
UTF-8 and UTF-16-LE: none may be there. Before the lock the same search finds the markers,
so the search itself is shown to work. The draft was kept, inside the vault, before that.

Reading another process's memory needs ptrace rights (Yama's ptrace_scope, and PeerJournal
makes itself non-dumpable, which leaves it to CAP_SYS_PTRACE); where they are missing the
test skips.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from peerjournal.storage.drafts import load_draft
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault

CHILD = Path(__file__).with_name("memory_after_lock_child.py")
ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180.0  # seconds; a slow, shared machine starts Qt slowly
CHUNK = 16 * 1024 * 1024

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/mem")


def needles(texts: dict[str, str]) -> dict[str, tuple[bytes, bytes]]:
    return {name: (text.encode("utf-8"), text.encode("utf-16-le")) for name, text in texts.items()}


def scan(pid: int, texts: dict[str, str]) -> dict[str, int]:
    """How many copies of each text (UTF-8 plus UTF-16-LE) the readable memory of ``pid`` holds."""
    wanted = needles(texts)
    overlap = max(len(n) for pair in wanted.values() for n in pair)
    counts = dict.fromkeys(texts, 0)
    regions = []
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            if fields[1].startswith("r") and not line.rstrip().endswith(("[vvar]", "[vsyscall]", "[vvar_vclock]")):
                regions.append((start, end))
    fd = os.open(f"/proc/{pid}/mem", os.O_RDONLY)
    try:
        for start, end in regions:
            tail = b""
            at = start
            while at < end:
                try:
                    block = os.pread(fd, min(CHUNK, end - at), at)
                except OSError:
                    break  # a region that went away or can't be read (guard pages)
                if not block:
                    break
                for name, pair in wanted.items():
                    # With the needle's length less one byte from before: a copy across the
                    # chunk border is found, and none is counted twice.
                    counts[name] += sum((tail[len(tail) - len(n) + 1:] + block).count(n) for n in pair)
                tail = block[-(overlap - 1):]
                at += len(block)
    finally:
        os.close(fd)
    return counts


def can_read_memory(pid: int) -> bool:
    try:
        fd = os.open(f"/proc/{pid}/mem", os.O_RDONLY)
    except OSError:
        return False
    try:
        with open(f"/proc/{pid}/maps") as maps:
            start = int(maps.readline().split("-")[0], 16)
        os.pread(fd, 1, start)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def wait_for(what: str, condition: Callable[[], bool], proc: subprocess.Popen, stderr: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"the app ended while waiting for {what}:\n{stderr.read_text(errors='replace')}")
        if time.monotonic() > deadline:
            pytest.fail(f"waited {TIMEOUT:.0f} s for {what}:\n{stderr.read_text(errors='replace')}")
        time.sleep(0.2)


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def settled(pid: int) -> Callable[[], bool]:
    """True once the fresh app has Qt's widgets loaded and has used no CPU for a second (it is
    waiting at its unlock dialog)."""
    last = [-1, time.monotonic()]

    def check() -> bool:
        if "libQt6Widgets" not in Path(f"/proc/{pid}/maps").read_text():
            return False
        ticks = cpu_ticks(pid)
        if ticks != last[0]:
            last[:] = [ticks, time.monotonic()]
            return False
        return time.monotonic() - last[1] >= 1.0

    return check


def test_nothing_typed_nor_the_passphrase_survives_a_lock_in_memory(tmp_path):
    texts = {name: f"zq{name.replace('_', '')}{secrets.token_hex(8)}"
             for name in ("passphrase", "today_note", "dialog_title", "dialog_note")}
    vault_path = tmp_path / "journal.pjvault"
    create_vault(vault_path, texts["passphrase"]).close()
    env = os.environ.copy()
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    stdout, stderr = tmp_path / "stdout", tmp_path / "stderr"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        proc = subprocess.Popen([sys.executable, str(CHILD), "--vault", str(vault_path)], cwd=ROOT, env=env,
                                stdin=subprocess.PIPE, stdout=out, stderr=err)
    try:
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(texts).encode() + b"\n")
        proc.stdin.close()
        wait_for("the markers to be typed", lambda: b"READY" in stdout.read_bytes(), proc, stderr)
        if not can_read_memory(proc.pid):
            pytest.skip("this system does not let a test read its child's memory (ptrace rights)")
        before = scan(proc.pid, texts)
        typed = {name: count for name, count in before.items() if name != "passphrase"}
        assert all(typed.values()), f"the search itself finds nothing: {before}"

        proc.send_signal(signal.SIGUSR1)  # Lock
        cmdline = Path(f"/proc/{proc.pid}/cmdline")
        wait_for("PeerJournal to start afresh", lambda: b"--locked" in cmdline.read_bytes(), proc, stderr)
        wait_for("the fresh app to wait at its unlock dialog", settled(proc.pid), proc, stderr)
        assert proc.poll() is None

        after = scan(proc.pid, texts)
        assert after == dict.fromkeys(texts, 0), f"copies left in memory after the lock: {after}"
        assert cmdline.read_bytes().split(b"\0")[1:4] == [b"-m", b"peerjournal", f"--vault={vault_path}".encode()]

        proc.send_signal(signal.SIGTERM)  # the fresh app quits cleanly
        assert proc.wait(timeout=TIMEOUT) == 0, stderr.read_text(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "Traceback" not in stderr.read_text(errors="replace")
    vault = open_vault(vault_path, texts["passphrase"])
    try:
        draft = load_draft(Journal(vault), "today")
    finally:
        vault.close()
    assert draft is not None and texts["today_note"] in json.dumps(draft), "the draft was not kept first"
