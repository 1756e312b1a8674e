"""Share… : choose what to share with one supporter, see exactly what they will see, save the file.

Nothing is written until the person has seen the preview and chosen where to save.
The preview is the document that goes in the file (same export id, same content).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.options import (
    Naming,
    Section,
    ShareOptions,
)
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.ops.share import (
    PreparedShare,
    prepare_share,
    record_share,
    share_path,
    write_share,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.shares import Supporter
from peerjournal.storage.vault.keying import check_new_passphrase

from peerjournal.ui.app.unlock_dialog import password_field
from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.sharing.name_warning import highlight, warning_text
from peerjournal.ui.sharing.share_view import document_parts
from peerjournal.ui.sharing.share_view_filler import DocumentFiller
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.dates import from_qdate, to_qdate
from peerjournal.ui.widgets.form_state import form_state
from peerjournal.ui.widgets.period_choices import (
    naming_combo,
    notes_check,
    period_dates,
    section_checks,
)

PASSPHRASE_CHOICE = -1
# Marked for translation (context "ShareDialog"), translated where they are shown.
PERIODS = ((QT_TRANSLATE_NOOP("ShareDialog", "The last 2 weeks"), 14),
           (QT_TRANSLATE_NOOP("ShareDialog", "The last month"), 30),
           (QT_TRANSLATE_NOOP("ShareDialog", "The last 3 months"), 91),
           (QT_TRANSLATE_NOOP("ShareDialog", "Choose dates"), 0))
PASSPHRASE_ADVICE = QT_TRANSLATE_NOOP(
    "ShareDialog",
    "The file will be locked with this passphrase instead of a supporter's key. Tell them the "
    "passphrase in person or by phone, not in the same email or message as the file.",
)


class ShareDialog(QDialog):
    """Signals: ``accepted`` once a file is saved; ``saved_path`` and ``export_id`` say which."""

    def __init__(self, journal: Journal, parent: QWidget | None = None,
                 supporter_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share with a supporter"))
        self.journal = journal
        self.repo = journal.sharing
        self.document: dict | None = None
        self.saved_path: Path | None = None
        self._prepared: PreparedShare | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._options_page())
        self.pages.addWidget(self._preview_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(720, 720)
        self.pages.currentChanged.connect(self._page_changed)
        if supporter_id is not None:
            self.supporter.setCurrentIndex(max(0, self.supporter.findData(supporter_id)))
        self._supporter_changed()
        self._page_changed(0)
        self._opened_with = form_state(self.pages.widget(0))

    # -- Enter and Esc never lose the person's choices --------------------------------
    def _page_changed(self, index: int) -> None:
        """Enter presses the shown page's main button (Preview, then Save), never Cancel."""
        (self.preview_button if index == 0 else self.save_button).setDefault(True)

    def choices_made(self) -> bool:
        """Has the person changed anything since the dialog opened (or reached the preview)?"""
        return self.pages.currentIndex() == 1 or form_state(self.pages.widget(0)) != self._opened_with

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask first when there are choices to lose."""
        if self.choices_made() and not messages.confirm(
            self, self.tr("Close without saving?"), self.tr("Your choices will be lost."),
            yes=self.tr("Close"), no=self.tr("Keep choosing"), default_no=True,
        ):
            return
        super().reject()

    # -- step 1: what to share --------------------------------------------------------
    def _options_page(self) -> QWidget:
        page = QWidget()
        intro = make.label(self.tr(
            "Choose what to share. Nothing is shared unless you save the file and give it to "
            "your supporter. You will see exactly what they will see before anything is saved."
        ), wrap=True)
        form = QFormLayout()
        self._recipient_rows(form)
        self._content_rows(form)
        self.error = make.error_label()
        self.preview_button = make.button(
            self.tr("&Preview…"), "previewButton", self.tr("Preview what will be shared"),
            self.tr("Shows exactly what your supporter will see. Nothing is saved yet."),
            default=True, clicked=self.preview)
        cancel = make.button(self.tr("Cancel"), "cancelShareButton", self.tr("Cancel sharing"),
                             self.tr("Closes this window. Nothing is shared."), clicked=self.reject,
                             auto_default=False)
        # The choices scroll on a short screen (never squashed); the error and buttons always show.
        layout = QVBoxLayout(page)
        layout.addWidget(make.dialog_body(intro, form, 1, name="shareChoicesBody"), 1)
        layout.addWidget(self.error)
        layout.addLayout(make.button_row(cancel, self.preview_button))
        self._period_changed()
        return page

    def _recipient_rows(self, form: QFormLayout) -> None:
        """Who the file is for: a supporter's key, or a passphrase (its rows shown only then)."""
        checked = self.journal.replies.checked_ids()
        self.supporter = make.combo("supporterCombo", self.tr("Share with"), self.tr(
            "The file is locked so that only this supporter can open it, or with a passphrase you choose."),
            items=[(self._supporter_text(supporter, checked), supporter.id) for supporter in self.repo.supporters()])
        self.supporter.addItem(self.tr("Someone without a key (lock with a passphrase)"), PASSPHRASE_CHOICE)
        self.supporter.currentIndexChanged.connect(self._supporter_changed)
        self.unchecked_note = make.label("", "uncheckedSupporterLabel", wrap=True)
        self.passphrase = password_field("sharePassphraseEdit", self.tr("Passphrase for the file"), self.tr(
            "Locks the file. Tell it to your supporter another way than the file, for example in person."))
        self.passphrase_again = password_field("sharePassphraseAgainEdit", self.tr("Passphrase for the file, again"),
                                               self.tr("The same passphrase again, to be sure it is right."))
        self.passphrase_note = make.label(QCoreApplication.translate("ShareDialog", PASSPHRASE_ADVICE),
                                          "warningLabel", wrap=True)
        self.sender_name = make.line_edit("senderNameEdit", self.tr("Your name, as your supporter knows you"),
                                          placeholder=self.tr("Optional, e.g. Alex"))
        form.addRow(self.tr("Share &with"), self.supporter)
        form.addRow("", self.unchecked_note)
        first, again = make.buddy_rows(form, [(self.tr("&Passphrase"), self.passphrase),
                                              (self.tr("A&gain"), self.passphrase_again)])
        self.passphrase_rows = (first, again)
        form.addRow("", self.passphrase_note)
        form.addRow(self.tr("Your &name"), self.sender_name)

    def _content_rows(self, form: QFormLayout) -> None:
        """What goes in: the period, the sections, notes, how people are named, a message."""
        self.period = make.combo("periodCombo", self.tr("Period to share"),
                                 self.tr("Only entries from these days go in the file."),
                                 items=[(QCoreApplication.translate("ShareDialog", label), days)
                                        for label, days in PERIODS])
        self.start, self.end, dates = period_dates(to_local(self.journal.clock()).date(), 14)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.section_checks, sections = section_checks(
            Section, "SectionCheck", lambda label: self.tr("Share: {what}").format(what=label),
            self.tr("Tick to put this part in the file; untick to leave it out."),
            self.tr("From Connecting and your support plan (your plan goes in as you wrote it; "
                    "what you wrote about goals and services only with your notes):"))
        self.whole_network = make.check_box(
            self.tr("People and network: my w&hole network"), "wholeNetworkCheck",
            self.tr("Share my whole network"), self.tr(
                "Off unless you tick it: People and network lists only the people named in what "
                "you share. Tick it to list everyone in your network."))
        self.section_checks[Section.PEOPLE].toggled.connect(self.whole_network.setEnabled)
        self.notes = notes_check("includeNotesCheck", self.tr(
            "Off unless you tick it: your notes stay out of the file, only the entries go in."))
        self.naming = naming_combo("namingCombo")
        self.message = make.text_edit("shareMessageEdit", self.tr("Message to your supporter"),
                                      self.tr("Optional: a few words that go in the file with it."),
                                      placeholder=self.tr("Optional: anything you'd like them to know"))
        self.message.setMaximumHeight(90)
        form.addRow(self.tr("&Period"), self.period)
        form.addRow("", dates)
        form.addRow(self.tr("What to share"), sections)
        form.addRow("", self.whole_network)
        form.addRow("", self.notes)
        form.addRow(self.tr("P&eople appear as"), self.naming)
        form.addRow(self.tr("&Message"), self.message)

    def _supporter_text(self, supporter: Supporter, checked: set[int]) -> str:
        """The supporter's name, marked when their fingerprint was not compared aloud yet."""
        if supporter.id in checked:
            return supporter.name
        return self.tr("{name} (fingerprint not checked yet)").format(name=supporter.name)

    def _show_unchecked(self) -> None:
        supporter = self._chosen_supporter()
        unchecked = supporter is not None and not self.journal.replies.is_checked(supporter.id)
        self.unchecked_note.setText(self.tr(
            "You haven't yet compared {name}'s fingerprint with them aloud. The file can only be "
            "opened with the key you added, so check it is really theirs (Sharing page, Mark as checked)."
        ).format(name=supporter.name) if unchecked and supporter else "")
        self.unchecked_note.setVisible(unchecked)

    def _supporter_changed(self) -> None:
        self._show_unchecked()
        by_passphrase = self.supporter.currentData() == PASSPHRASE_CHOICE
        for widget in (self.passphrase, self.passphrase_again, self.passphrase_note, *self.passphrase_rows):
            widget.setVisible(by_passphrase)
        if self.naming.currentData() == Naming.FULL and by_passphrase:
            self.naming.setCurrentIndex(self.naming.findData(Naming.FIRST))

    def _period_changed(self) -> None:
        days = self.period.currentData()
        custom = days == 0
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            today = to_local(self.journal.clock()).date()
            self.end.setDate(to_qdate(today))
            self.start.setDate(to_qdate(today - timedelta(days=days - 1)))

    def options(self) -> ShareOptions:
        return ShareOptions(
            start=from_qdate(self.start.date()), end=from_qdate(self.end.date()),
            sections=frozenset(s for s, c in self.section_checks.items() if c.isChecked()),
            include_notes=self.notes.isChecked(), naming=Naming(self.naming.currentData()),
            whole_network=self.whole_network.isChecked(),
            message=self.message.toPlainText().strip(), sender_name=self.sender_name.text().strip(),
        )

    def _chosen_supporter(self) -> Supporter | None:
        supporter_id = self.supporter.currentData()
        return next((s for s in self.repo.supporters() if s.id == supporter_id), None)

    def preview(self) -> None:
        try:
            options = self.options().validate(to_local(self.journal.clock()).date())
            supporter = self._chosen_supporter()
            if supporter is None:
                check_new_passphrase(self.passphrase.text())
                if self.passphrase.text() != self.passphrase_again.text():
                    raise UserError(self.tr("The two passphrases are not the same."))
            prepared = prepare_share(self.journal, options, supporter)
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self._prepared, self.document = prepared, prepared.document
        if supporter:
            self.preview_title.setText(self.tr("This is exactly what {name} will see.").format(name=supporter.name))
        else:
            self.preview_title.setText(self.tr("This is exactly what someone with the passphrase will see."))
        # Its own title, as the supporter sees it; words that might be names marked (not in the file).
        unknown = prepared.possible_names
        # A part at a time (a year's file laid out at once froze the dialog for seconds);
        # each part is whole tags, so marking the words part by part marks the same words.
        self.preview_filler.show_parts(highlight(part, unknown) for part in document_parts(self.document))
        self.names_warning.setText(warning_text(unknown))
        self.names_warning.setVisible(bool(unknown))
        self.pages.setCurrentIndex(1)
        self.save_button.setFocus()

    # -- step 2: preview and save ---------------------------------------------------
    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_title = make.label(name="sectionLabel")
        self.preview_text = make.named(QTextBrowser(), "previewBrowser", self.tr("Preview of the shared file"),
                                       self.tr("Exactly what your supporter will see."))
        self.preview_text.setOpenLinks(False)
        self.preview_filler = DocumentFiller(self.preview_text)
        self.names_warning = make.text_label(name="possibleNamesLabel")  # their words, never markup
        self.names_warning.setAccessibleName(self.tr("Words that might be names"))
        self.names_warning.hide()
        self.busy = make.progress_bar(self.tr("Saving the file"))
        self.save_error = make.error_label()
        back = make.button(self.tr("&Back"), "backButton", self.tr("Back to the choices"),
                           self.tr("Goes back to change what is shared."),
                           clicked=lambda: self.pages.setCurrentIndex(0), auto_default=False)
        self.save_button = make.button(
            self.tr("&Save file…"), "saveShareButton", self.tr("Save the encrypted file"),
            self.tr("Choose where to save the locked file, then give it to your supporter."),
            default=True, clicked=self.save)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.names_warning)
        layout.addWidget(self.preview_text, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.save_error)
        layout.addLayout(make.button_row(back, self.save_button, stretch_at=1))
        return page

    def save(self) -> None:
        prepared = self._prepared
        if prepared is None:
            return
        day = to_local(self.journal.clock()).date().isoformat()
        path = files.choose_save(self, self.tr("Save the shared file"), self.tr("PeerJournal shared file (*.pjshare)"),
                                 f"peerjournal-share-{day}.pjshare")
        if path is None:
            return
        path = share_path(path)
        key = self.repo.signing_key()
        passphrase = self.passphrase.text()
        self.busy.show()
        self.save_button.setEnabled(False)
        run_in_background(lambda: write_share(prepared, key, path, passphrase), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        assert self._prepared is not None
        record_share(self.journal, self._prepared, at=self.journal.clock())
        self.saved_path = path
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.busy.hide()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.save_error.setText(messages.error_text(exc, self.tr("The file could not be saved.")))
        self.save_error.show()


_ = Qt
