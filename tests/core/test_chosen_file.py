"""Files a person picks that are not files: a FIFO, /dev/zero, a folder, or too large a file
are refused at once with a plain message, everywhere a picked file is read."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from peerjournal.core.chosen_file import (
    ChosenFileError,
    FileTooLarge,
    NotAFile,
    read_chosen_file,
)
from peerjournal.core.sharing.package import read_share_file
from peerjournal.core.sharing.reply import read_reply_file
from peerjournal.core.vcard import read_vcard_file
from peerjournal.errors import ReplyError, ReplyTooLarge, ShareError, ShareTooLarge, UserError
from peerjournal.storage.files.data_import import DataFileError, read_data_file

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def finishes(call: Callable[[], object], fifo: Path | None = None, seconds: float = 20) -> BaseException | object:
    """What ``call`` returned or raised; fails (rather than hangs) if it blocks."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        if fifo is not None:  # free the stuck reader: a writer that comes and goes
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading the chosen file blocked")
    return outcome[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "looks-like-a-file.json"
    os.mkfifo(path)
    return path


READERS = {
    "helper": (lambda p: read_chosen_file(p, 1024), NotAFile),
    "share": (read_share_file, ShareError),
    "reply": (read_reply_file, ReplyError),
    "data file": (read_data_file, DataFileError),
    "contacts": (read_vcard_file, NotAFile),
}


@POSIX
@pytest.mark.parametrize("reader", READERS, ids=list(READERS))
def test_a_fifo_is_refused_without_waiting(fifo, reader):
    read, error = READERS[reader]
    outcome = finishes(lambda: read(fifo), fifo)
    assert isinstance(outcome, error) and isinstance(outcome, UserError), outcome
    assert "not a file" in str(outcome)


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("reader", READERS, ids=list(READERS))
def test_dev_zero_is_refused_unread(reader):
    read, error = READERS[reader]
    outcome = finishes(lambda: read("/dev/zero"))
    assert isinstance(outcome, error), outcome


@pytest.mark.parametrize("reader", READERS, ids=list(READERS))
def test_a_folder_is_refused(tmp_path, reader):
    read, error = READERS[reader]
    with pytest.raises(error):
        read(tmp_path)


def test_the_helper_reads_a_file_up_to_its_limit(tmp_path):
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 1024)
    assert read_chosen_file(path, 1024) == b"x" * 1024
    with pytest.raises(FileTooLarge, match="too large"):
        read_chosen_file(path, 1023)
    with pytest.raises(ChosenFileError, match="could not be read"):
        read_chosen_file(tmp_path / "missing.txt", 1024)


@pytest.mark.parametrize(("read", "limit", "error"), [
    (read_share_file, 20 * 1024 * 1024, ShareTooLarge),
    (read_reply_file, 1024 * 1024, ReplyTooLarge),
    (read_data_file, 512 * 1024 * 1024, DataFileError),
    (read_vcard_file, 64 * 1024 * 1024, FileTooLarge),
])
def test_an_oversize_file_is_refused_unread(tmp_path, read, limit, error):
    path = tmp_path / "big"
    with open(path, "wb") as file:
        file.truncate(limit + 1)  # sparse: nothing to read, but too big
    with pytest.raises(error, match="too large"):
        read(path)
