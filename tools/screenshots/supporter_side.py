"""The supporter's side for the pictures: a temporary supporter vault with a key, added to the
demo journal as a checked supporter, shares made for it, and its window opening them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.options import Naming, ShareOptions
from peerjournal.core.sharing.reply import ProposedGoal, ReplyDraft, SuggestedPlace
from peerjournal.ops.reply import compose_reply, write_reply_file
from peerjournal.ops.share import prepare_share, save_share
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.shares import Supporter
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault

from peerjournal.ui.supporter.supporter_window import SupporterWindow
from peerjournal.ui.widgets import files

SUPPORTER_PASSPHRASE = "demo supporter vault"
SUPPORTER_NAME = "Jo (peer worker)"


def make_supporter(folder: Path, journal: Journal) -> tuple[SupporterStore, Supporter]:
    """A new supporter vault in ``folder``, its key added to ``journal`` as checked."""
    vault = create_vault(folder / "supporter.pjvault", SUPPORTER_PASSPHRASE, SUPPORTER_MIGRATIONS)
    store = SupporterStore(vault)
    supporter, _ = journal.replies.add_supporter(SUPPORTER_NAME, store.replies.key(), checked=True)
    return store, supporter


def share_for(journal: Journal, supporter: Supporter, folder: Path, naming: Naming = Naming.FIRST,
              days: int = 28) -> Path:
    """A share file of the last ``days`` days for ``supporter``, made as the Share dialog makes it."""
    today = to_local(journal.clock()).date()
    options = ShareOptions(start=today - timedelta(days=days - 1), end=today, naming=naming,
                           sender_name="Alex", message="Thank you for Tuesday.")
    options = options.validate(today)
    prepared = prepare_share(journal, options, supporter)
    return save_share(journal, prepared, folder / f"share-{naming.value}.pjshare", at=journal.clock()).path


def open_in_window(window: SupporterWindow, path: Path, on_question=None) -> None:  # type: ignore[no-untyped-def]
    """Open ``path`` as the supporter does (File ▸ Open); ``on_question`` sees each dialog the
    import asks (the person's name), then it is accepted."""
    done: list[str] = []
    window.importer.finished.connect(done.append)
    asked: list[object] = []
    files.next_paths.append(path)
    window.open_action.trigger()
    for _ in range(600):  # up to a minute on a slow machine
        if done:
            break
        dialog = window.importer.dialog
        if dialog is not None and dialog.isVisible() and dialog not in asked:
            asked.append(dialog)
            if on_question is not None:
                on_question(dialog)
            name = getattr(dialog, "name_edit", None)
            if name is not None and not name.text().strip():
                name.setText("Alex")  # a share without a sender's name: the supporter names them
            ok = getattr(dialog, "ok_button", None)
            if ok is not None:
                ok.click()
        QTest.qWait(100)
    window.importer.finished.disconnect(done.append)
    QCoreApplication.processEvents()
    if not done:
        raise RuntimeError(f"the supporter window did not finish opening {path.name}")


def reply_file(store: SupporterStore, person_id: int, folder: Path) -> Path:
    """A reply with a note, a place and a goal, written as the reply dialog writes it."""
    draft = ReplyDraft(supporter_name="Jo", notes="Lovely to see you on Tuesday. Here are the two things we talked about.",
                       items=(SuggestedPlace("Riverside Walkers", what="A walking group", when="Sundays at 10"),
                              ProposedGoal("Join the choir", why="You said you miss singing",
                                           first_step="Ask about the open evening")))
    address = store.replies.address_or_explain(person_id)
    document = compose_reply(store, address, draft, store.clock())
    return write_reply_file(document, store.replies.signing_key(), folder / "reply-from-jo.pjreply", "the reply file")
