"""write_atomic: all or nothing, 0600 whatever the umask, a plain message when the disk is full."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from peerjournal.errors import UserError
from peerjournal.storage.vault import atomic
from peerjournal.storage.vault.atomic import write_atomic
from tests.storage.conftest import file_mode

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")




def test_creates_then_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    write_atomic(target, b"second, longer than the first")
    assert target.read_bytes() == b"second, longer than the first"
    assert os.listdir(tmp_path) == ["file.json"]  # no temp files left


def test_replaces_by_rename_not_in_place(tmp_path: Path) -> None:
    # A reader holding the old file keeps seeing the old bytes: the new content is a new inode.
    target = tmp_path / "file.json"
    write_atomic(target, b"old")
    with target.open("rb") as reader:
        write_atomic(target, b"new")
        assert reader.read() == b"old"
    assert target.read_bytes() == b"new"


def test_writes_large_data_completely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def short_write(fd: int, data: bytes) -> int:  # partial writes are legal; we must loop
        return real_write(fd, bytes(data[:7]))

    monkeypatch.setattr(atomic.os, "write", short_write)
    payload = bytes(range(256)) * 5
    write_atomic(tmp_path / "f", payload)
    assert (tmp_path / "f").read_bytes() == payload


@posix_only
def test_file_is_0600_and_new_folder_0700_with_umask_022(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "made" / "here" / "file.json"
    write_atomic(target, b"x")
    assert file_mode(target) == 0o600
    assert file_mode(target.parent) == 0o700


@posix_only
def test_mode_0600_even_if_old_file_was_readable_by_others(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "file.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(target, b"new")
    assert file_mode(target) == 0o600


@posix_only
def test_existing_folder_mode_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    write_atomic(folder / "f", b"x")
    assert file_mode(folder) == 0o755


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_disk_full_leaves_old_content_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "settings.json"
    write_atomic(target, b"old content")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, disk_full)
    with pytest.raises(UserError) as caught:
        write_atomic(target, b"new content that does not fit", what="your settings")
    monkeypatch.undo()

    assert target.read_bytes() == b"old content"
    assert os.listdir(tmp_path) == ["settings.json"]
    message = str(caught.value)
    assert message == (  # ENOSPC: said plainly since issue 18
        "Could not save your settings: the disk is full. Nothing was changed."
    )
    assert isinstance(caught.value.__cause__, OSError)
    assert caught.value.__cause__.errno == errno.ENOSPC


def test_failed_rename_leaves_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f"
    write_atomic(target, b"old")

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(UserError, match=r"^Could not save .*f: the disk may be full"):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f"]


def test_interrupt_mid_write_cleans_up_and_propagates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "f", b"data")
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


def test_folder_that_cannot_be_made_is_a_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(UserError, match="Nothing was changed"):
        write_atomic(blocker / "f", b"x")


@posix_only
def test_folder_fsync_failure_after_rename_is_not_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file is already replaced then; saying "Nothing was changed" would be false.
    real_fsync = os.fsync

    def fsync_files_only(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync_files_only)
    write_atomic(tmp_path / "f", b"data")
    assert (tmp_path / "f").read_bytes() == b"data"
