"""Walks: notes for supervision saved as a PDF (pdftotext shows pseudonyms, not names), and
the key backed up, then restored into a new supporter vault."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from peerjournal.ops.key_backup import current_keys, write_key_backup
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import unnamed_controls
from tests.ui.supporter.helpers import accept_as_is, make_window, open_share, two_people

from peerjournal.ui.widgets import files, messages

BACKUP_PASSPHRASE = "a kettle on the hill"


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def tick_all(dialog) -> None:
    for row in range(dialog.people_list.count()):
        dialog.people_list.item(row).setCheckState(Qt.CheckState.Checked)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
def test_notes_for_supervision_as_a_pdf_with_pseudonyms(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    people = {p.name: p.id for p in store.people()}
    store.set_note(people["Sam"], "Sam would like to try the allotment; Jo goes there too.")
    store.set_next_step(people["Sam"], "Ask Sam about Tuesdays", None)
    store.set_note(people["Jo"], "Jo is settling in.")
    window.reload()

    dialog = window.notes_for_supervision()
    assert window.supervision_dialog is dialog
    assert dialog.chosen() == [people["Sam"]]  # the person shown is ticked to start with
    assert unnamed_controls(dialog) == []
    tick_all(dialog)
    path = tmp_path / "out" / "supervision"
    files.next_paths.append(path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=60_000)
    saved = dialog.saved_path
    assert saved == path.with_suffix(".pdf")
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600
    text = " ".join(pdf_text(saved).split())
    assert "Notes for supervision" in text
    assert "Person A" in text and "Person B" in text
    assert "not anyone's journal" in text
    assert "Person B would like to try the allotment; Person A goes there too." in text  # Jo A, Sam B
    assert "Ask Person B about Tuesdays" in text
    for name in ("Sam", "Jo"):
        assert name not in text.replace("someone", ""), name

    named = window.notes_for_supervision()
    named.use_names.setChecked(True)
    files.next_paths.append(tmp_path / "named.pdf")
    qtbot.mouseClick(named.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: named.saved_path is not None, timeout=60_000)
    assert "Sam would like to try the allotment" in " ".join(pdf_text(tmp_path / "named.pdf").split())


def test_no_one_ticked_is_said_plainly(qtbot, store):
    window = make_window(qtbot, store)
    dialog = window.notes_for_supervision()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least one person" in dialog.error.text()
    dialog.reject()


def test_back_up_the_key_and_restore_it_on_a_new_computer(qtbot, store, public, sam, inbox, tmp_path):
    window = make_window(qtbot, store)
    dialog = window.back_up_key()
    assert unnamed_controls(dialog) == []
    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    dialog.repeat.setText("something else")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    dialog.repeat.setText(BACKUP_PASSPHRASE)
    backup = tmp_path / "usb" / "my.pjkeys"
    files.next_paths.append(backup)
    messages.shown.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=60_000)
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    assert "was checked" in messages.shown[-1][1]
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600

    # A new computer: a new supporter vault with a key of its own.
    vault = create_vault(tmp_path / "new" / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        new_store = SupporterStore(vault)
        new_window = make_window(qtbot, new_store)
        assert new_window.key_panel.public != window.key_panel.public
        assert new_window.setup_restore.isVisible()  # at the start, beside the key
        qtbot.mouseClick(new_window.findChild(QPushButton, "setupRestoreKeyButton"), Qt.MouseButton.LeftButton)
        restore = new_window.key_restore_dialog
        assert unnamed_controls(restore) == []
        files.next_paths.append(backup)
        qtbot.mouseClick(restore.findChild(QPushButton, "chooseKeyBackupButton"),
                         Qt.MouseButton.LeftButton)
        restore.passphrase.setText("the wrong one")
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "doesn't open" in restore.error.text(), timeout=60_000)
        assert new_store.identity() != store.identity()

        restore.passphrase.setText(BACKUP_PASSPHRASE)
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: new_window.key_restore_dialog is None, timeout=60_000)
        assert new_store.identity() == store.identity()
        assert new_store.replies.signer() == store.replies.signer()
        assert new_window.key_panel.key_text == window.key_panel.key_text
        assert "restored" in messages.shown[-1][1]
        # A file made for the old computer's key opens on the new one.
        opened = open_share(qtbot, new_window, sam.share(inbox, public), answer=accept_as_is)
        assert opened.outcome == "imported"
        assert [p.name for p in new_store.people()] == ["Sam"]
    finally:
        vault.close()


def test_about_says_where_the_vault_and_its_backups_are(qtbot, store):
    window = make_window(qtbot, store)
    messages.shown.clear()
    window.about_action.trigger()
    text = messages.shown[-1][1]
    assert str(store.vault.path) in text
    assert str(store.vault.path.parent / "backups") in text


def test_restoring_a_different_key_when_people_already_shared_asks_first(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    other = create_vault(tmp_path / "other" / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        backup = write_key_backup(current_keys(SupporterStore(other)), tmp_path / "other.pjkeys", BACKUP_PASSPHRASE)
    finally:
        other.close()
    before = store.identity()
    restore = window.restore_key()
    files.next_paths.append(backup)
    restore.choose_file()
    restore.passphrase.setText(BACKUP_PASSPHRASE)
    messages.shown.clear()
    messages.next_answers[:] = [False]
    qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=60_000)
    assert "no longer open here" in messages.shown[-1][1]
    assert store.identity() == before
    assert window.key_restore_dialog is restore  # still open: nothing changed
    restore.reject()
