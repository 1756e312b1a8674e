"""Helpers for supporter-mode UI tests: a journal that makes real share files, a shown supporter window, opening a file as the supporter would."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from peerjournal.core.clock import local_noon
from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import Naming, ShareOptions
from peerjournal.core.sharing.package import seal
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog
from peerjournal.ui.supporter.supporter_window import SupporterWindow
from peerjournal.ui.widgets import files, messages

TODAY = date.today()


FIRST = (TODAY - timedelta(days=20), TODAY - timedelta(days=11))


SECOND = (TODAY - timedelta(days=10), TODAY - timedelta(days=1))


def noon(day: date) -> datetime:
    """Noon on ``day`` on this computer's clock (TODAY is a local day too)."""
    return local_noon(day)


class SharingJournal:
    """A real journal with moods, people and contacts, that makes real ``.pjshare`` files."""

    def __init__(self, path: Path, sender_name: str, friend: str = "Priya Shah") -> None:
        self.vault = create_vault(path, PASSPHRASE)
        self.journal = Journal(self.vault)
        self.repo = self.journal.sharing
        self.sender_name = sender_name
        priya = self.journal.add_person(Person(name=friend))
        alex = self.journal.add_person(Person(name="Alex Brown"))
        for offset, mood in ((20, 2), (18, 3), (17, 4), (12, 4), (9, 3), (8, 4), (7, 5), (2, 4)):
            self.journal.add_mood(MoodCheckIn(at=noon(TODAY - timedelta(days=offset)), mood=mood))
        for offset, who in ((19, (priya.id,)), (8, (priya.id, alex.id)), (3, (alex.id,))):
            self.journal.add_contact(Contact(at=noon(TODAY - timedelta(days=offset)),
                                             person_ids=who, mode=ContactMode.PHONE))

    def document(self, recipient: str, period: tuple[date, date], *, made_days_ago: int = 0,
                 message: str = "Thank you for Tuesday.") -> dict:
        options = ShareOptions(start=period[0], end=period[1], sender_name=self.sender_name,
                               message=message, naming=Naming.FIRST)
        return build_document(
            self.repo.snapshot(options, recipient), options, recipient=recipient,
            signer=self.repo.signer(), export_id=new_export_id(),
            created=datetime.now(UTC) - timedelta(days=made_days_ago),
        )

    def share(self, folder: Path, recipient: str, period: tuple[date, date] = FIRST, *,
              made_days_ago: int = 0, name: str = "") -> Path:
        data = seal(self.document(recipient, period, made_days_ago=made_days_ago),
                    self.repo.signing_key(), recipient)
        path = folder / (name or f"share-{new_export_id()[:8]}.pjshare")
        path.write_bytes(data)
        return path

    def close(self) -> None:
        self.vault.close()


def share_from_another_sam(folder: Path, inbox: Path, recipient: str) -> Path:
    """A file from someone else's journal whose sender is also called "Sam" (a name clash)."""
    other = SharingJournal(folder / "other" / "journal.pjvault", "Sam", friend="Kit Lee")
    try:
        return other.share(inbox, recipient)
    finally:
        other.close()


def scrypt_file(path: Path, work_factor: int) -> Path:
    """A passphrase (scrypt) file whose header asks for ``2**work_factor`` of work, nothing more."""
    path.write_bytes(b"age-encryption.org/v1\n-> scrypt " + b"A" * 22 + f" {work_factor}\n".encode()
                     + b"A" * 43 + b"\n--- " + b"A" * 43 + b"\n" + b"\0" * 64)
    return path


def make_window(qtbot, store) -> SupporterWindow:
    window = SupporterWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@dataclass
class Opened:
    outcome: str
    dialogs: list[QWidget]  # the questions that were asked, in order


Answer = Callable[[QWidget], None]


def open_share(qtbot, window: SupporterWindow, path: Path, *,
               answer: Answer | list[Answer] | None = None, via_drop: bool = False) -> Opened:
    """Open ``path`` as the supporter would; each ``answer`` fills in the next dialog."""
    answers = answer if isinstance(answer, list) else [answer] if answer else []
    asked: list[QWidget] = []
    with qtbot.waitSignal(window.importer.finished, timeout=30_000) as finished:
        if via_drop:
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(path))])
            drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            window.dropEvent(drop)
            assert drop.isAccepted()
        else:
            files.next_paths.append(path)
            window.open_action.trigger()
        for reply in answers:
            qtbot.waitUntil(lambda: window.importer.dialog is not None
                            and window.importer.dialog not in asked
                            and window.importer.dialog.isVisible(), timeout=30_000)
            asked.append(window.importer.dialog)
            reply(window.importer.dialog)
    return Opened(finished.args[0], asked)


def name_it(name: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonNameDialog)
        dialog.name_edit.setText(name)
        dialog.ok_button.click()
    return answer


def accept_as_is(dialog: QWidget) -> None:
    assert isinstance(dialog, PersonNameDialog)
    dialog.ok_button.click()


def review_text(window: SupporterWindow) -> str:
    """The whole file the review shows (a long one is otherwise still being added part by part)."""
    window.person_panel.review.filler.finish()
    return window.person_panel.review.browser.toPlainText()


def warnings() -> list[str]:
    return [text for _title, text in messages.shown]


# -- models, menus, accessibility ------------------------------------------------------
def two_people(qtbot, store, public, sam, inbox, tmp_path) -> SupporterWindow:
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public, FIRST, made_days_ago=10), answer=accept_as_is)
    open_share(qtbot, window, sam.share(inbox, public, SECOND))
    other = SharingJournal(tmp_path / "jo" / "journal.pjvault", "Jo")
    try:
        open_share(qtbot, window, other.share(inbox, public), answer=accept_as_is)
    finally:
        other.close()
    window.show_person(next(p.id for p in store.people() if p.name == "Sam"))
    return window
