"""Helpers for the sharing UI tests: the Sharing page, pairing and sharing with a supporter, writing a reply, a database dump, reading a summary PDF."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from peerjournal.core.records import Contact, MoodCheckIn, Person

from peerjournal.ui.sharing.reply_open import ReplyDialog, SuggestionCard
from peerjournal.ui.sharing.sharing_page import SharingPage
from peerjournal.ui.supporter.reply_compose import ReplyComposeDialog
from peerjournal.ui.supporter.supporter_window import SupporterWindow
from peerjournal.ui.widgets import files


def dump(journal) -> dict[str, list[tuple]]:
    conn = journal.vault.conn
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in sorted(tables)}


def sharing_page(qtbot, journal) -> SharingPage:
    page = SharingPage(journal)
    qtbot.addWidget(page)
    page.show()
    return page


def pair_and_share(qtbot, journal, page: SharingPage, window: SupporterWindow, folder: Path) -> Path:
    """The person adds the supporter by the key their window shows, and shares a week."""
    now = datetime.now(UTC)
    priya = journal.add_person(Person(name="Priya Shah"))
    journal.add_mood(MoodCheckIn(at=now - timedelta(days=1), mood=4))
    journal.add_contact(Contact(at=now - timedelta(days=2), person_ids=(priya.id,), mode="phone"))
    qtbot.keyClicks(page.name_edit, "Dev")
    page.key_edit.setText(window.key_panel.key_edit.text())
    assert window.key_panel.fingerprint in page.fingerprint_label.text()
    page.add_button.click()
    share = page.open_share_dialog()
    share.sender_name.setText("Alex")
    share.preview()
    out = folder / "for-dev.pjshare"
    files.next_paths.append(out)
    with qtbot.waitSignal(share.accepted, timeout=30_000):
        share.save_button.click()
    assert share.document["reply_to"] == journal.replies.reply_to()
    return out


def write_reply(qtbot, window: SupporterWindow, target: Path) -> ReplyComposeDialog:
    """The supporter writes a note, one place and one goal, and saves the file."""
    window.reply_action.trigger()
    dialog = window.reply_dialog
    assert isinstance(dialog, ReplyComposeDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Dev")
    qtbot.keyClicks(dialog.notes_edit, "Lovely to see you. Here is what we talked about.")
    qtbot.keyClicks(dialog.place_name, "Riverside Walkers")
    qtbot.keyClicks(dialog.place_when, "Sundays at 10")
    qtbot.keyClicks(dialog.place_how, "Bus 12 to the bridge")
    qtbot.mouseClick(dialog.add_place_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.goal_title, "Call my brother once a week")
    qtbot.keyClicks(dialog.goal_first_step, "Sunday evening after tea")
    qtbot.mouseClick(dialog.add_goal_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Place: Riverside Walkers", "Goal: Call my brother once a week"]
    assert dialog.place_name.text() == "" and dialog.goal_title.text() == ""  # ready for the next
    files.next_paths.append(target)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def card(dialog: ReplyDialog, title: str) -> SuggestionCard:
    return next(c for c in dialog.cards if c.item.title == title)


def pdf_text(path: Path) -> str:
    """The PDF's words as poppler reads them (ligatures such as "ﬂ" spelled out)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)


def toggle(qtbot, check) -> None:  # type: ignore[no-untyped-def]
    """Tick or untick a box the way a keyboard user does."""
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)


NOW = datetime(2026, 6, 30, 12).astimezone()  # local noon: "today" is 30 June in any zone


NOTE = "talked about the new flat"


def local(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 6, day, hour).astimezone()
