"""The Sharing page: the supporters this journal can share with, and what was shared when.

A supporter gives the person their key (``age1…``); the person pastes it or opens the key
file, names the supporter and compares the fingerprint with them aloud, then says whether
they read the same: a supporter not yet checked is marked so until the person marks them
checked. The journal's own fingerprint is shown too (the supporter's screen shows the same
digits for this person). The history lists each file made: when, to whom, which parts; it
keeps no copy of the content.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.chosen_file import FileTooLarge, read_chosen_file
from peerjournal.core.sharing.keys import signer_fingerprint
from peerjournal.core.sharing.options import NAMING_LABELS, SECTION_LABELS
from peerjournal.core.sharing.supporter_key import pairing_fingerprint, parse_supporter_key
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.shares import ShareRecord

from peerjournal.ui.sharing.reply_history import RepliesBox
from peerjournal.ui.sharing.share_dialog import ShareDialog
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.accessible import tie_label
from peerjournal.ui.widgets.dates import day_text, when_text
from peerjournal.ui.widgets.dialog_steps import show_dialog
from peerjournal.ui.widgets.make import scrolling
from peerjournal.ui.widgets.tables import empty_note, fill_rows, history_table, read_only_item

KEY_FILE_LIMIT = 64 * 1024


def _table(object_name: str, accessible: str, headers: list[str], description: str) -> QTableWidget:
    return history_table(headers, object_name, accessible, description,
                         QCoreApplication.translate("SharingPage", "Columns"))


class SharingPage(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingPage")
        self.journal = journal
        self.repo = journal.sharing
        self.replies = journal.replies
        self.share_dialog: ShareDialog | None = None

        title = make.label(self.tr("Sharing"), "pageTitle")
        self.share_button = make.button(
            self.tr("&Share…"), "shareButton", self.tr("Share with a supporter"),
            self.tr("Choose what to share and who with, see it first, then save a locked file (Ctrl+Shift+S)."),
            default=True, clicked=lambda: self.open_share_dialog())
        top = make.intro_row(self.tr(
            "You can share part of your journal with someone you trust, such as a peer worker. "
            "You choose what goes in, see it first, and save a locked file that only they can open. "
            "Nothing is ever shared unless you do this."
        ), self.share_button)

        # The three boxes scroll together: on a short screen each keeps its natural height
        # instead of being squeezed until its fields are cut off.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self._supporters_box(), 1)
        body_layout.addWidget(self._history_box(), 1)
        self.replies_box = RepliesBox(journal)
        self.open_reply_button = self.replies_box.open_button
        body_layout.addWidget(self.replies_box)
        area = scrolling(body, self.tr("Supporters, sharing history and replies"), "sharingScroll")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(area, 1)
        self.reload()

    # -- supporters -------------------------------------------------------------------
    def _supporters_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your supporters"))
        self.supporters_table = _table("supportersTable", self.tr("Your supporters"),
                                       [self.tr("Name"), self.tr("Fingerprint"), self.tr("Added"),
                                        self.tr("Fingerprint checked")],
                                       self.tr("People you can share with, with their key's fingerprint "
                                               "and whether you compared it with them aloud."))
        self.supporters_table.itemSelectionChanged.connect(self._update_buttons)
        self.supporters_empty = empty_note(self.supporters_table, self.tr("No supporters yet. Add one below."),
                                           "supportersEmptyLabel")
        self.own_fingerprint = make.label(self.tr(
            "Your journal's fingerprint: {fingerprint}. Your supporter's PeerJournal shows the same "
            "digits beside your name once they open a file from you."
        ).format(fingerprint=signer_fingerprint(self.repo.signer())), "journalFingerprintLabel", wrap=True)
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = make.button(
            self.tr("Mark as c&hecked…"), "markCheckedButton", self.tr("Mark the chosen supporter's fingerprint as checked"),
            self.tr("Asks whether you and the chosen supporter read the same fingerprint aloud."),
            clicked=self.mark_checked)
        self.remove_button = make.button(
            self.tr("&Remove"), "removeSupporterButton", self.tr("Remove the chosen supporter"),
            self.tr("Removes the supporter chosen in the list, after asking. Files already given stay with them."),
            clicked=self.remove_supporter)

        self.name_edit = make.line_edit("supporterNameEdit", self.tr("Supporter's name"),
                                        placeholder=self.tr("e.g. Dev (peer worker)"))
        self.key_edit = make.line_edit("supporterKeyEdit", self.tr("Supporter's key"),
                                       placeholder=self.tr("Paste their key: age1…"))
        self.key_edit.textChanged.connect(self._key_typed)
        self.key_file_button = make.button(
            self.tr("Open &key file…"), "openKeyFileButton", self.tr("Open the supporter's key file"),
            self.tr("Reads the key from a file your supporter gave you, instead of pasting it."),
            clicked=self.open_key_file)
        self.fingerprint_label = make.label("", "fingerprintLabel", wrap=True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = make.button(
            self.tr("&Add supporter"), "addSupporterButton", self.tr("Add this supporter"),
            self.tr("Adds the supporter with this name and key. Compare the fingerprint with them aloud first."),
            clicked=self.add_supporter)
        self.error = make.error_label()

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_file_button)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        tie_label(form.labelForField(self.name_edit), self.name_edit)  # type: ignore[arg-type]
        key_label = QLabel(self.tr("K&ey"))
        tie_label(key_label, self.key_edit)
        form.addRow(key_label, key_row)
        form.addRow("", self.fingerprint_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.error, 1)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.own_fingerprint)
        layout.addWidget(self.supporters_table, 1)
        layout.addLayout(make.button_row(self.check_button, self.remove_button))
        layout.addWidget(QLabel(self.tr("Add a supporter: ask them for their key (their PeerJournal shows it).")))
        layout.addLayout(form)
        layout.addLayout(add_row)
        return box

    def _key_typed(self, text: str) -> None:
        if not text.strip():
            self.fingerprint_label.clear()
            return
        try:
            key = parse_supporter_key(text)
        except UserError:
            self.fingerprint_label.setText(self.tr("This doesn't look like a complete key yet."))
            return
        self.fingerprint_label.setText(self.tr(
            "Fingerprint: {fingerprint} — read it out with your supporter; "
            "theirs should show the same."
        ).format(fingerprint=key.fingerprint))
        if key.signer is None:
            self.fingerprint_label.setText(self.fingerprint_label.text() + " " + self.tr(
                "This is an older key: you can share with it, but replies from this supporter "
                "can only be opened once you add their updated key."
            ))

    def open_key_file(self) -> None:
        path = files.choose_open(self, self.tr("Open a supporter's key file"),
                                 self.tr("Key files (*.txt *.age *.pub *.key);;All files (*)"))
        if path is None:
            return
        try:
            # A FIFO or device is refused at once: this runs on the GUI thread.
            text = read_chosen_file(path, KEY_FILE_LIMIT).decode("utf-8", errors="replace")
            self.key_edit.setText(parse_supporter_key(text).text)
        except FileTooLarge:
            self._show_error(self.tr("That file is too big to be a key file."))
        except UserError as exc:
            self._show_error(messages.error_text(exc, self.tr("That file could not be read.")))

    def add_supporter(self) -> None:
        try:
            key = parse_supporter_key(self.key_edit.text())
            supporter, updated = self.replies.add_supporter(self.name_edit.text(), key)
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.error.hide()
        self.name_edit.clear()
        self.key_edit.clear()
        self.reload()
        checked = self._ask_same(supporter.name, key.fingerprint)
        self.replies.mark_checked(supporter.id, checked)
        self.reload()
        if checked:
            done = self.tr("You both read the same fingerprint, so it is marked as checked.")
        else:
            done = self.tr("It is marked as not yet checked: compare the fingerprint with them when "
                           "you can, then choose Mark as checked.")
        if updated:
            messages.inform(self, self.tr("Supporter's key updated"), self.tr(
                "{name}'s key is updated: replies from them can now be opened. Their fingerprint "
                "is now {fingerprint}."
            ).format(name=supporter.name, fingerprint=key.fingerprint) + " " + done)
            return
        messages.inform(self, self.tr("Supporter added"),
                        self.tr("{name} is added. Their fingerprint is {fingerprint}.").format(
                            name=supporter.name, fingerprint=key.fingerprint) + " " + done)

    def _ask_same(self, name: str, fingerprint: str) -> bool:
        """"Did you both read the same?": True only on "Yes, we read the same"."""
        return messages.confirm(
            self, self.tr("Did you both read the same?"),
            self.tr("Read this fingerprint aloud with {name}: {fingerprint}. Their PeerJournal shows "
                    "their fingerprint beside their key. Did you both read the same?").format(
                name=name, fingerprint=fingerprint),
            yes=self.tr("Yes, we read the same"), no=self.tr("Not yet"), default_no=True,
        )

    def mark_checked(self) -> None:
        """Mark as checked…: ask again for the chosen supporter, and record the answer."""
        supporter = self._selected_supporter()
        if supporter is None:
            return
        fingerprint = pairing_fingerprint(supporter.recipient, self.replies.signer_of(supporter.id))
        if self._ask_same(supporter.name, fingerprint):
            self.replies.mark_checked(supporter.id)
            self.reload()

    def remove_supporter(self) -> None:
        supporter = self._selected_supporter()
        if supporter is None:
            return
        if not messages.confirm(
            self, self.tr("Remove this supporter?"),
            self.tr("Remove {name}? You won't be able to share with them until you add their key "
                    "again. Files you already gave them are not affected.").format(name=supporter.name),
            yes=self.tr("Remove"),
        ):
            return
        self.repo.remove_supporter(supporter.id)
        self.reload()

    def _selected_supporter(self):  # type: ignore[no-untyped-def]
        row = self.supporters_table.currentRow()
        if row < 0 or not self.supporters_table.selectionModel().hasSelection():
            return None
        supporter_id = self.supporters_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.repo.supporters() if s.id == supporter_id), None)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update_buttons(self) -> None:
        supporter = self._selected_supporter()
        self.remove_button.setEnabled(supporter is not None)
        self.check_button.setEnabled(supporter is not None and not self.replies.is_checked(supporter.id))

    # -- history ----------------------------------------------------------------------
    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What you have shared"))
        self.history_table = _table(
            "shareHistoryTable", self.tr("What you have shared"),
            [self.tr("When"), self.tr("With"), self.tr("Period"), self.tr("What"), self.tr("Notes"), self.tr("People")],
            self.tr("What you gave, to whom and when. No copy of the files is kept."),
        )
        self.history_empty = empty_note(self.history_table, self.tr("Nothing shared yet."), "shareHistoryEmptyLabel")
        note = make.hint_label(self.tr(
            "PeerJournal keeps this list so you always know what you have given, but no copy of the files."))
        layout = QVBoxLayout(box)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(note)
        return box

    def reload(self) -> None:
        supporters = self.repo.supporters()
        signers = self.replies.signers()
        checked = self.replies.checked_ids()
        self.supporters_table.setRowCount(len(supporters))
        for row, s in enumerate(supporters):
            name = read_only_item(s.name)
            name.setData(Qt.ItemDataRole.UserRole, s.id)
            check = read_only_item(self.tr("Yes") if s.id in checked else self.tr("Not yet"))
            if s.id not in checked:
                for cell in (name, check):
                    cell.setToolTip(self.tr("Not yet checked: read the fingerprint aloud with {name}, "
                                            "then choose Mark as checked.").format(name=s.name))
            self.supporters_table.setItem(row, 3, check)
            self.supporters_table.setItem(row, 0, name)
            print_cell = read_only_item(pairing_fingerprint(s.recipient, signers.get(s.id)))
            if s.id not in signers:
                print_cell.setToolTip(self.tr(
                    "Added with an older key: replies from them can be opened once you add "
                    "their updated key (paste it above with any name)."
                ))
            self.supporters_table.setItem(row, 1, print_cell)
            self.supporters_table.setItem(row, 2, read_only_item(when_text(s.added, "dd MMM yyyy")))
        fill_rows(self.history_table, [self._history_cells(h) for h in self.repo.history()])
        self._update_buttons()

    def _history_cells(self, h: ShareRecord) -> tuple[str, ...]:
        with_whom = (self.tr("{name} (passphrase)").format(name=h.supporter_name) if h.passphrase_protected
                     else h.supporter_name)
        return (
            when_text(h.at, "dd MMM yyyy, HH:mm"), with_whom,
            f"{day_text(h.period_start, 'dd MMM')} – {day_text(h.period_end, 'dd MMM yyyy')}"
            if hasattr(h.period_start, "strftime") else f"{h.period_start} – {h.period_end}",
            ", ".join(SECTION_LABELS[s] for s in h.sections),
            self.tr("Included") if h.include_notes else self.tr("Not included"),
            NAMING_LABELS[h.naming],
        )

    def open_share_dialog(self, supporter_id: int | None = None) -> ShareDialog:
        dialog = ShareDialog(self.journal, self, supporter_id=supporter_id)
        self.share_dialog = dialog
        dialog.accepted.connect(lambda: self._shared(dialog))
        show_dialog(dialog)
        return dialog

    def _shared(self, dialog: ShareDialog) -> None:
        self.reload()
        messages.inform(
            self, self.tr("Saved"),
            self.tr("The file is saved as {path}. Give it to your supporter however suits you "
                    "(email, USB stick…): only they can open it.").format(path=dialog.saved_path),
        )

    def open_reply(self):  # type: ignore[no-untyped-def]
        """Journal ▸ Open a reply from a supporter…: the reply dialog, or None."""
        return self.replies_box.open_reply()
