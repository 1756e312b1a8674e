"""The supporter's key panel: shows, copies and saves only public keys."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from peerjournal.core.sharing.keys import parse_recipient
from peerjournal.core.sharing.supporter_key import (
    SupporterKey,
    pairing_fingerprint,
    parse_supporter_key,
    supporter_key_file_text,
)
from tests.ui.supporter.helpers import (
    make_window,
)

from peerjournal.ui.widgets import files


# -- your key --------------------------------------------------------------------------
def test_key_fingerprint_copy_and_save_only_the_public_key(qtbot, store, public, tmp_path):
    window = make_window(qtbot, store)
    panel = window.key_panel
    # The age key and the public half of the key replies are signed with, on one line.
    signer = store.replies.signer()
    assert panel.key_edit.text() == f"{public} ed25519:{signer}" and panel.key_edit.isReadOnly()
    assert pairing_fingerprint(public, signer) in panel.fingerprint_label.text()
    assert panel.isVisible()

    QGuiApplication.clipboard().clear()
    panel.copy_button.click()
    assert parse_supporter_key(QGuiApplication.clipboard().text()) == SupporterKey(public, signer)

    target = tmp_path / "out" / "my-key.txt"
    files.next_paths.append(target)
    panel.save_button.click()
    text = target.read_text(encoding="utf-8")
    assert text == supporter_key_file_text(public, signer)
    assert parse_recipient(text) == public  # still an age recipients file
    assert parse_supporter_key(text) == SupporterKey(public, signer)
    secret = store.identity()[0]
    assert secret not in text and "AGE-SECRET-KEY" not in text.upper()
    assert store.replies.signing_key().hex() not in text

    files.next_paths.append(None)  # the supporter cancels: nothing written, no message
    assert panel.save_key_file() is None
