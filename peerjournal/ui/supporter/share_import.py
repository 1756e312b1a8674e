"""Opening a ``.pjshare`` file in supporter mode, from the file to a person in the list.

    size check → read → age header (key or passphrase?) → [passphrase dialog]
    → decrypt + verify + validate in the background → import plan
    → already there: say so | known journal: add to that person | new journal: ask for a name

Nothing is stored until the file has opened, verified and the supporter has said who it
is from; every refusal is shown in the package's own plain words and leaves the vault
as it was. A file claiming the name of someone already in the list but signed by another
journal is never merged: it can only become a separate person.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from peerjournal.core.sharing.package import OpenedShare
from peerjournal.errors import ShareError, UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.ops.share_import import (
    SealedShare,
    import_opened,
    open_with_key,
    open_with_passphrase,
    read_share,
)
from peerjournal.storage.supporter.store import CaseloadPerson, ImportPlan, SupporterStore

from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.supporter.share_compare import doc_period_text
from peerjournal.ui.supporter.supporter_dialogs import (
    PersonNameDialog,
    SharePassphraseDialog,
    free_variant,
)
from peerjournal.ui.supporter.supporter_models import journal_fingerprint
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.dialog_steps import show_dialog

NOT_OPENED = QT_TRANSLATE_NOOP("ShareImporter", "This file can't be opened")  # shown translated
IMPORTED, ALREADY, REFUSED, CANCELLED = "imported", "already", "refused", "cancelled"


class ShareImporter(QObject):
    """Runs one import at a time for a window.

    Signals:
        busyChanged(bool): a file is being opened (disable "Open" meanwhile).
        showRequested(int, str): person id and export id to select (imported, or already there).
        statusMessage(str): a short note for the status bar.
        finished(str): the outcome, one of ``imported``, ``already``, ``refused``, ``cancelled``.
    """

    busyChanged = Signal(bool)
    showRequested = Signal(int, str)
    statusMessage = Signal(str)
    finished = Signal(str)

    def __init__(self, store: SupporterStore, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.dialog: QDialog | None = None  # the question being asked now, for tests
        self._busy = False
        self._cancelled = False

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    def cancel(self) -> None:
        """The window is going (lock or quit): drop whatever comes back from the worker."""
        self._cancelled = True
        if self.dialog is not None:
            self.dialog.reject()

    # -- steps ---------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Start importing ``path``; False (and nothing done) while another file is opening."""
        if self._busy or self._cancelled:
            return False
        self._set_busy(True)
        try:
            sealed = read_share(path)  # which kind of file, without decrypting anything
        except ShareError as exc:
            self._refuse(exc)
            return True
        if sealed.needs_passphrase:
            self._ask_passphrase(path.name, sealed)
        else:
            secret, public = self.store.identity()
            self._decrypt(lambda: open_with_key(sealed, secret, public))
        return True

    def _ask_passphrase(self, file_name: str, sealed: SealedShare) -> None:
        dialog = SharePassphraseDialog(file_name, self.window)

        def accepted() -> None:
            passphrase = dialog.take_passphrase()
            self._decrypt(lambda: open_with_passphrase(sealed, passphrase))

        self._ask(dialog, accepted)

    def _ask(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.rejected.connect(lambda: self._finish(CANCELLED))
        dialog.finished.connect(lambda: self._dialog_done(dialog))
        show_dialog(dialog)

    def _dialog_done(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:  # not a newer question asked meanwhile
            self.dialog = None

    def _decrypt(self, work: Callable[[], OpenedShare]) -> None:
        self.statusMessage.emit(self.tr("Opening the file…"))
        run_in_background(work, self._opened, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if self._cancelled:
            return
        if isinstance(exc, UserError):
            self._refuse(exc)
        else:
            messages.warn(self.window, self.tr(NOT_OPENED),
                          self.tr("Something went wrong while opening this file. Nothing was added."))
            self._finish(REFUSED)

    def _opened(self, opened: OpenedShare) -> None:
        if self._cancelled:
            return
        try:
            plan = self.store.plan_import(opened)
        except UserError as exc:
            self._refuse(exc)
            return
        if plan.already_imported:
            messages.inform(self.window, self.tr("Already imported"),
                            self.tr("You have already imported this file, so nothing was added."))
            if plan.person is not None:
                self.showRequested.emit(plan.person.id, plan.export_id)
            self._finish(ALREADY)
        elif plan.person is not None:
            self._store(opened, None)
        else:
            self._ask_name(opened, plan)

    def _ask_name(self, opened: OpenedShare, plan: ImportPlan) -> None:
        others = self.store.people()
        taken = {p.name.casefold() for p in others}
        fp = journal_fingerprint(plan.signer)
        clash, clash_text = plan.name_clash, ""
        if clash is not None:
            name = free_variant(plan.claimed_name, taken)
            clash_text = self.tr(
                "You already have someone called {name} in your list. This file uses the "
                "same name, but it was signed by a different journal (fingerprint {fingerprint}; "
                "{name}'s is {theirs}). It may be from someone "
                "else. Check with {name} before you rely on it. It can only be added as a "
                "separate person; nothing is added to {name}."
            ).format(name=clash.name, fingerprint=fp, theirs=journal_fingerprint(clash.signer))
            intro = self.tr("Choose a different name for this new person:")
            ok = self.tr("&Add as a new person")
            ok_about = self.tr("Adds the file as a separate person with this name; nothing is added to "
                               "{name}.").format(name=clash.name)
        else:
            name = plan.claimed_name
            intro = self.tr(
                "This file comes from a journal you haven't had a file from before (fingerprint "
                "{fingerprint}). Who is it from? The name is only for you; it stays in your supporter "
                "journal."
            ).format(fingerprint=fp)
            ok = self.tr("&Add person")
            ok_about = self.tr("Adds the file to your supporter journal under this name.")
        dialog = PersonNameDialog(
            title=self.tr("Someone new"), intro=intro, name=name, others=others, ok_text=ok,
            ok_description=ok_about, clash=clash, clash_text=clash_text, parent=self.window,
        )
        self._ask(dialog, lambda: self._store(opened, dialog.name()))

    def _store(self, opened: OpenedShare, new_person_name: str | None) -> None:
        if self._cancelled:
            return
        try:
            person: CaseloadPerson = import_opened(self.store, opened, new_person_name)
        except UserError as exc:
            self._refuse(exc)
            return
        if new_person_name is not None:
            note = self.tr("Added a new person, {name}: the file for {period} is imported.")
        else:
            note = self.tr("Added to {name}: the file for {period} is imported.")
        self.statusMessage.emit(note.format(name=person.name, period=doc_period_text(opened.document)))
        self.showRequested.emit(person.id, opened.export_id)
        self._finish(IMPORTED)

    def _refuse(self, exc: UserError) -> None:
        text = str(exc)
        nothing = self.tr("Nothing was added.")
        if nothing.rstrip(".") not in text:
            text += " " + nothing
        messages.warn(self.window, self.tr(NOT_OPENED), text)
        self._finish(REFUSED)

    def _finish(self, outcome: str) -> None:
        if self._busy:
            self._set_busy(False)
        if outcome != IMPORTED:
            self.statusMessage.emit("")
        self.finished.emit(outcome)
