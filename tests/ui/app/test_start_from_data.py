"""Start a new journal from a "Take all my data" file, in the create-your-journal dialog."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import Qt

from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.storage.files.data_export import document_bytes, export_document
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import SUPPORTER, open_vault
from peerjournal.storage.vault.migrations import SCHEMA_VERSION
from tests.ui.helpers import unnamed_controls

from peerjournal.ui.app import start_from_data
from peerjournal.ui.app.unlock_dialog import UnlockDialog
from peerjournal.ui.widgets import files

NEW = "a brand new passphrase"


def data_file(journal, tmp_path, **change):
    zoe = journal.add_person(Person(name="Zoë Ødegård", notes="met at the allotment"))
    journal.add_mood(MoodCheckIn(at=journal.clock(), mood=2, note="a hard day"))
    path = tmp_path / "all my data.json"
    path.write_bytes(document_bytes({**export_document(journal), **change}))
    return path, zoe


def creating(qtbot, target) -> UnlockDialog:  # type: ignore[no-untyped-def]
    """The dialog that creates a journal at ``target``, shown."""
    dialog = UnlockDialog(target)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def create(qtbot, dialog: UnlockDialog, data_path) -> None:
    files.next_paths.append(data_path)
    qtbot.mouseClick(dialog.from_data.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.passphrase, NEW)
    qtbot.keyClicks(dialog.confirm, NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def refused(qtbot, dialog: UnlockDialog, data_path, timeout: int = 20_000) -> None:
    """Create from ``data_path`` and wait for the dialog to say why it can't."""
    create(qtbot, dialog, data_path)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=timeout)


def test_a_new_journal_holds_everything_in_the_file(qtbot, journal, tmp_path):
    path, zoe = data_file(journal, tmp_path)
    target = tmp_path / "new" / "journal.pjvault"
    dialog = creating(qtbot, target)
    assert dialog.from_data is not None and dialog.from_data.isVisible()
    assert unnamed_controls(dialog) == []
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as opened:
        create(qtbot, dialog, path)
        assert "all my data.json" in dialog.from_data.label.text()
    vault = opened.args[0]
    try:
        again = Journal(vault)
        assert [(p.name, p.notes) for p in again.people()] == [(zoe.name, zoe.notes)]
        assert [m.note for m in again.moods_between(*_all_time(journal))] == ["a hard day"]
        assert vault.schema_version() == SCHEMA_VERSION
    finally:
        vault.close()
    assert (target.stat().st_mode & 0o777) == 0o600
    reopened = open_vault(target, NEW)  # encrypted with the passphrase chosen in the dialog
    reopened.close()


def _all_time(journal):
    now = journal.clock()
    return now - timedelta(days=3650), now + timedelta(days=1)


def test_a_damaged_file_is_refused_and_no_journal_is_left(qtbot, journal, tmp_path):
    path, _ = data_file(journal, tmp_path)
    path.write_bytes(path.read_bytes()[:200])
    target = tmp_path / "new" / "journal.pjvault"
    dialog = creating(qtbot, target)
    refused(qtbot, dialog, path)
    assert "not a PeerJournal data file" in dialog.error.text()
    assert not target.exists()
    assert dialog.passphrase.text() == ""  # as after any failed attempt


def test_a_file_from_a_newer_version_is_refused(qtbot, journal, tmp_path):
    path, _ = data_file(journal, tmp_path, schema_version=SCHEMA_VERSION + 1)
    target = tmp_path / "new" / "journal.pjvault"
    dialog = creating(qtbot, target)
    refused(qtbot, dialog, path)
    assert "newer version of PeerJournal" in dialog.error.text()
    assert not target.exists()
    assert not list(target.parent.glob("journal.pjvault*"))  # nor its -wal or -shm


def test_start_empty_instead(qtbot, journal, tmp_path):
    path, _ = data_file(journal, tmp_path)
    target = tmp_path / "new" / "journal.pjvault"
    dialog = creating(qtbot, target)
    files.next_paths.append(path)
    qtbot.mouseClick(dialog.from_data.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.from_data.empty_button.isVisible()
    qtbot.mouseClick(dialog.from_data.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.from_data.path is None and "start empty" in dialog.from_data.label.text()
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as opened:
        qtbot.keyClicks(dialog.passphrase, NEW)
        qtbot.keyClicks(dialog.confirm, NEW)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    vault = opened.args[0]
    try:
        assert Journal(vault).people() == []
    finally:
        vault.close()


def test_only_offered_when_creating_a_journal(qtbot, journal, vault_path, tmp_path):
    supporter = UnlockDialog(tmp_path / "supporter.pjvault", kind=SUPPORTER)
    qtbot.addWidget(supporter)
    assert supporter.from_data is None
    existing = UnlockDialog(vault_path)  # the fixture's journal exists: unlocking, not creating
    qtbot.addWidget(existing)
    assert not existing.creating and existing.from_data is None


def test_a_fifo_as_data_file_is_refused_and_no_journal_is_left(qtbot, tmp_path):
    import os
    import sys
    import threading

    if sys.platform == "win32":
        return  # no FIFOs
    fifo = tmp_path / "all my data.json"
    os.mkfifo(fifo)
    target = tmp_path / "new" / "journal.pjvault"
    dialog = creating(qtbot, target)
    # If the worker blocked on the FIFO, a writer coming and going frees it (the test then fails).
    rescue = threading.Timer(30, lambda: os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)))
    rescue.start()
    try:
        refused(qtbot, dialog, fifo, timeout=60_000)
    finally:
        rescued = not rescue.is_alive()
        rescue.cancel()
    assert not rescued, "reading the data file blocked on a FIFO"
    assert "not a file PeerJournal can open" in dialog.error.text()
    assert not target.exists()


def test_the_file_is_read_checked_and_written_in_a_worker(qtbot, journal, tmp_path, monkeypatch):
    """Issue 20: a long history's file must not freeze the window while it goes in."""
    path, _zoe = data_file(journal, tmp_path)
    threads: list[threading.Thread] = []
    real_make = start_from_data.create_vault_from_file  # reads the file as it goes in (issue 20)

    def making(*args):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_make(*args)

    monkeypatch.setattr(start_from_data, "create_vault_from_file", making)
    dialog = creating(qtbot, tmp_path / "new" / "journal.pjvault")
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as opened:
        create(qtbot, dialog, path)
    opened.args[0].close()
    assert len(threads) == 1 and threading.main_thread() not in threads
