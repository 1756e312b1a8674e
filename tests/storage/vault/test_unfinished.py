"""Unfinished creations: a kill while making a journal (plain Create, or Start from a data
file) leaves no journal or a whole one at the journal path, and what it leaves beside it
is recognised as ours."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from peerjournal.demo.seed import seed_demo
from peerjournal.errors import VaultExists
from peerjournal.storage.files.data_export import document_bytes, export_document
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault import unfinished
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE

REPO_ROOT = Path(__file__).resolve().parents[3]
# Seconds after the child is ready: early in key derivation, during migrations or the
# import, around the rename, and after it finished (a few rounds, for a slow 2-core machine).
DELAYS = (0.05, 0.4, 0.9, 1.6, 3.0)

CREATING_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from peerjournal.storage.files.data_import import create_vault_from_data
    from peerjournal.storage.vault.database import create_vault

    mode, path, passphrase = sys.argv[1:4]
    data = Path(sys.argv[4]).read_bytes() if mode == "data" else b""
    print("ready", flush=True)
    if mode == "data":
        create_vault_from_data(path, passphrase, data)
    else:
        create_vault(path, passphrase)
    print("made", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture(scope="module")
def data_file(tmp_path_factory) -> tuple[Path, int]:
    """A "Take all my data" file of the demo journal, and how many check-ins it holds."""
    folder = tmp_path_factory.mktemp("data")
    vault = create_vault(folder / "source.pjvault", PASSPHRASE)
    journal = Journal(vault, clock=lambda: NOW)
    seed_demo(journal, NOW)
    document = export_document(journal)
    moods = vault.conn.execute("SELECT count(*) FROM moods").fetchone()[0]
    vault.close()
    path = folder / "data.json"
    path.write_bytes(document_bytes(document))
    return path, moods


def _run_and_kill(mode: str, path: Path, delay: float, data: Path | None) -> None:
    args = [mode, str(path), PASSPHRASE] + ([str(data)] if data else [])
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CREATING_CHILD, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(delay)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def _no_journal_or_a_whole_one(path: Path, moods: int) -> str:
    """What the next start finds; fails on a zero-byte or half-made journal."""
    leftovers = set(unfinished.leftover_temp_files(path))
    names = {p.name for p in path.parent.iterdir()}
    mine = {path.name, *(f"{path.name}{s}" for s in unfinished.SIDECARS)}
    assert names <= mine | {p.name for p in leftovers}, names  # nothing but ours
    if not path.exists():
        assert not Path(f"{path}-wal").exists()
        return "none"
    assert path.stat().st_size > 0
    vault = open_vault(path, PASSPHRASE)
    try:
        assert vault.conn.execute("SELECT count(*) FROM moods").fetchone()[0] == moods
    finally:
        vault.close()
    return "whole"


@pytest.mark.parametrize("mode", ["create", "data"])
def test_a_kill_while_making_a_journal_leaves_none_or_a_whole_one(mode, data_file, tmp_path):
    data, moods = data_file
    seen = []
    for round_, delay in enumerate(DELAYS):
        path = tmp_path / f"round{round_}" / "journal.pjvault"
        path.parent.mkdir()
        _run_and_kill(mode, path, delay, data if mode == "data" else None)
        seen.append(_no_journal_or_a_whole_one(path, moods if mode == "data" else 0))
        unfinished.remove(unfinished.leftover_temp_files(path))
        # The next Create works whatever was left.
        if seen[-1] == "none":
            create_vault(path, PASSPHRASE).close()
    assert "none" in seen  # the kills did land while making it (the first one at least)


def test_a_failed_create_leaves_nothing_and_the_journal_appears_only_when_whole(tmp_path):
    path = tmp_path / "journal.pjvault"
    seen_during: list[bool] = []

    def fill(vault) -> None:
        seen_during.append(path.exists())
        assert vault.path != path and vault.path.parent == path.parent
        raise RuntimeError("stopped half way")

    with pytest.raises(RuntimeError):
        create_vault(path, PASSPHRASE, fill=fill)
    assert seen_during == [False]
    assert os.listdir(tmp_path) == []


def test_create_never_replaces_a_journal_that_appeared_meanwhile(tmp_path):
    path = tmp_path / "journal.pjvault"

    def fill(vault) -> None:
        path.write_bytes(b"someone else's journal")

    with pytest.raises(VaultExists):
        create_vault(path, PASSPHRASE, fill=fill)
    assert path.read_bytes() == b"someone else's journal"
    assert os.listdir(tmp_path) == [path.name]


def test_leftover_patterns_are_ours_only(tmp_path):
    path = tmp_path / "journal.pjvault"
    ours = [tmp_path / f".journal.pjvault.{'a1' * 8}.creating{s}" for s in ("", "-wal", "-shm")]
    not_ours = [tmp_path / n for n in (
        ".journal.pjvault.xyz.creating", ".other.pjvault.0123456789abcdef.creating",
        "journal.pjvault.0123456789abcdef.creating", ".journal.pjvault.0123456789abcdef.tmp")]
    for p in (*ours, *not_ours):
        p.write_bytes(b"x")
    assert unfinished.leftover_temp_files(path) == sorted(ours)
    assert unfinished.leftover_temp_files(path, older_than=0) == []
    unfinished.remove(unfinished.leftover_temp_files(path))
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in not_ours)


def test_an_empty_file_is_empty_only_without_a_wal_holding_anything(tmp_path):
    path = tmp_path / "journal.pjvault"
    path.write_bytes(b"")
    assert unfinished.is_empty_vault(path)
    Path(f"{path}-wal").write_bytes(b"")
    assert unfinished.is_empty_vault(path)
    Path(f"{path}-wal").write_bytes(b"frames")
    assert not unfinished.is_empty_vault(path)
    path.write_bytes(b"x")
    assert not unfinished.is_empty_vault(path)
