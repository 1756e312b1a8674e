"""The whole path: a supporter starts PeerJournal for the first time, the person pairs with
their key, shares through the dialog, and the supporter opens the file and reads the review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.sharing.keys import fingerprint
from peerjournal.core.sharing.supporter_key import pairing_fingerprint
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.system.paths import default_supporter_vault_path
from tests.ui.supporter.helpers import accept_as_is, open_share, review_text

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.sharing.sharing_page import SharingPage
from peerjournal.ui.widgets import files

SUPPORTER_PASSPHRASE = "peer worker passphrase"


def test_first_start_as_supporter_then_review_a_real_share(qtbot, journal, tmp_path):
    # The supporter's first start: no vault yet, so PeerJournal asks how it will be used.
    ctl = AppController(None, settings_file=SettingsFile(tmp_path / "s"), use_tray=False)
    try:
        ctl.start()
        chooser = ctl.start_dialog
        assert chooser is not None and chooser.isVisible()
        chooser.supporter_button.click()
        dialog = ctl.unlock_dialog
        assert dialog.creating and dialog.vault_path == default_supporter_vault_path()
        with qtbot.waitSignal(ctl.windowShown, timeout=30_000) as shown:
            qtbot.keyClicks(dialog.passphrase, SUPPORTER_PASSPHRASE)
            qtbot.keyClicks(dialog.confirm, SUPPORTER_PASSPHRASE)
            dialog.submit()
        window = shown.args[0]
        assert ctl.vault.kind == "supporter" and ctl.window is None  # the supporter's window, not a journal
        _secret, public = SupporterStore(ctl.vault).identity()
        assert public in window.key_panel.key_edit.text()

        # The person pairs with that key, checks the fingerprint and shares the last two weeks.
        now = datetime.now(UTC)
        priya = journal.add_person(Person(name="Priya Shah"))
        journal.add_mood(MoodCheckIn(at=now - timedelta(days=1), mood=4, note="private words"))
        journal.add_contact(Contact(at=now - timedelta(days=2), person_ids=(priya.id,), mode="video"))
        page = SharingPage(journal)
        qtbot.addWidget(page)
        page.name_edit.setText("Dev")
        page.key_edit.setText(window.key_panel.key_edit.text())
        # The fingerprint covers the age key and the key replies are signed with.
        paired = pairing_fingerprint(public, SupporterStore(ctl.vault).replies.signer())
        assert paired != fingerprint(public)
        assert paired in page.fingerprint_label.text()
        assert paired in window.key_panel.fingerprint_label.text()  # the same, read aloud
        page.add_button.click()
        share = page.open_share_dialog()
        share.sender_name.setText("Alex")
        share.preview()
        preview = share.preview_text.toPlainText()
        out = tmp_path / "for-dev.pjshare"
        files.next_paths.append(out)
        with qtbot.waitSignal(share.accepted, timeout=30_000):
            share.save_button.click()

        # The supporter opens it: a new person, named by the supporter, and the review.
        opened = open_share(qtbot, window, out, answer=accept_as_is)
        assert opened.outcome == "imported"
        (person,) = SupporterStore(ctl.vault).people()
        assert person.name == "Alex"
        review = review_text(window)
        for expected in ("Good", "Video call with Priya"):
            assert expected in review and expected in preview  # what they see is what was previewed
        assert "private words" not in review  # notes were not chosen
    finally:
        ctl._drop_journal()
