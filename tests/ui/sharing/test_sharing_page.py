"""The Sharing page's key-file load: a FIFO, a device or too large a file is refused at once
with a plain message (it runs on the GUI thread, so waiting would freeze the window)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from peerjournal.ui.sharing.sharing_page import KEY_FILE_LIMIT, SharingPage
from peerjournal.ui.widgets import files

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def load_key_file(qtbot, journal, path: Path) -> SharingPage:
    page = SharingPage(journal)
    qtbot.addWidget(page)
    page.show()
    files.next_paths.append(path)
    page.key_file_button.click()
    return page


@POSIX
def test_a_fifo_as_key_file_is_refused_without_waiting(qtbot, journal, tmp_path):
    fifo = tmp_path / "supporter.txt"
    os.mkfifo(fifo)
    # If the load blocked, a writer coming and going after 20 s frees it, and the test fails.
    rescue = threading.Timer(20, lambda: os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)))
    rescue.start()
    try:
        page = load_key_file(qtbot, journal, fifo)
    finally:
        rescued = not rescue.is_alive()
        rescue.cancel()
    assert not rescued, "the key-file load blocked on a FIFO"
    assert page.error.isVisible() and "not a file PeerJournal can open" in page.error.text()
    assert page.key_edit.text() == ""


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_as_key_file_is_refused_unread(qtbot, journal):
    page = load_key_file(qtbot, journal, Path("/dev/zero"))
    assert page.error.isVisible() and "not a file PeerJournal can open" in page.error.text()


def test_a_folder_or_a_big_file_is_refused(qtbot, journal, tmp_path):
    page = load_key_file(qtbot, journal, tmp_path)
    assert "not a file PeerJournal can open" in page.error.text()
    big = tmp_path / "big.txt"
    big.write_bytes(b"#" * (KEY_FILE_LIMIT + 1))
    page = load_key_file(qtbot, journal, big)
    assert "too big to be a key file" in page.error.text()
