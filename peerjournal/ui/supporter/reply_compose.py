"""Write a reply… (supporter mode): notes, suggested places and groups, proposed goals, saved
as a ``.pjreply`` file signed with the supporter's key and locked for the person's journal.

The reply goes to the key the person's newest file gave (``reply_to``); a person whose files
all come from an older PeerJournal can't be replied to yet (:class:`NoReplyAddress`). Once
saved, the reply is kept in the (encrypted) supporter vault too, so the supporter can read
what they sent.

Signals: ``accepted`` once the file is saved (``saved_path`` says where).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.ideas import Mark, gaps_in, ideas_for
from peerjournal.core.sharing.reply import (
    FIELD_MAX,
    NOTES_MAX,
    REPLY_SUFFIX,
    TITLE_MAX,
    ProposedGoal,
    ReplyDraft,
    SuggestedPlace,
    Suggestion,
    clean_suggestion,
)
from peerjournal.errors import UserError
from peerjournal.ops.reply import compose_reply, record_reply_sent, reply_path, write_reply_file
from peerjournal.storage.supporter.replies import ReplyAddress
from peerjournal.storage.supporter.store import CaseloadPerson, SupporterStore

from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.supporter.directory_picker import DirectoryPickerDialog
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.accessible import describe_tabs
from peerjournal.ui.widgets.dialog_steps import show_dialog
from peerjournal.ui.widgets.form_state import form_state


def _line(object_name: str, accessible: str, limit: int, placeholder: str = "", *,
          description: str = "") -> QLineEdit:
    return make.line_edit(object_name, accessible, description, placeholder=placeholder, max_length=limit)


def _text(object_name: str, accessible: str, placeholder: str = "", height: int = 70, *,
          description: str = "") -> QPlainTextEdit:
    edit = make.text_edit(object_name, accessible, description, placeholder=placeholder)
    edit.setMaximumHeight(height)
    return edit


class ReplyComposeDialog(QDialog):
    def __init__(self, store: SupporterStore, person: CaseloadPerson, address: ReplyAddress,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyComposeDialog")
        self.setWindowTitle(self.tr("Write a reply to {name}").format(name=person.name))
        self.store = store
        self.replies = store.replies
        self.person = person
        self.address = address
        self.items: list[Suggestion] = []
        self.saved_path: Path | None = None
        self.picker: DirectoryPickerDialog | None = None

        intro = make.hint_label(self.tr(
            "Write what you agreed or want to suggest. The file is locked so that only {name}'s "
            "own journal can open it, and signed with your key so it knows the reply is from you. "
            "Nothing is added to their journal unless they accept it there."
        ).format(name=person.name))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        form = self._reply_form()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("suggestionTabs")
        self.tabs.setAccessibleName(self.tr("Add a suggestion"))
        self.tabs.addTab(self._place_form(), self.tr("A place or group"))
        self.tabs.addTab(self._goal_form(), self.tr("A goal or next step"))
        describe_tabs(self.tabs, (
            self.tr("Suggest a place or group to try: its name and, if you like, what, when and where."),
            self.tr("Propose a goal or a next step, with why it matters and a first step if you like."),
        ))
        self.error = make.error_label()
        # The reply scrolls on a short screen (never squashed); the error and buttons always show.
        layout = QVBoxLayout(self)
        layout.addWidget(make.dialog_body(intro, form, self.tabs, name="replyBody"), 1)
        layout.addWidget(self.error)
        layout.addLayout(self._save_row())
        self.setTabOrder(self.name_edit, self.notes_edit)
        self.setTabOrder(self.notes_edit, self.list)
        self.setTabOrder(self.list, self.remove_button)
        self.setTabOrder(self.remove_button, self.tabs)
        self._update_buttons()
        self.resize(640, 720)
        self._opened_with = form_state(self)

    def _reply_form(self) -> QFormLayout:
        """Who it is from, the note, and the list of suggestions made so far."""
        self.name_edit = make.line_edit("replyNameEdit", self.tr("Your name, as they know you"),
                                        self.tr("So they can tell the reply is from you."),
                                        placeholder=self.tr("e.g. Dev"), max_length=80)
        self.notes_edit = _text("replyNotesEdit", self.tr("Your note to them"),
                                self.tr("A few words about what you talked about, or next time…"), 110,
                                description=self.tr("They read it first when they open the reply."))
        self.list = make.named(QListWidget(), "suggestionsList", self.tr("Suggestions in this reply"), self.tr(
            "What the reply suggests so far; they accept or decline each one. Choose one to remove it."))
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.remove_button = make.button(self.tr("&Remove"), "removeSuggestionButton",
                                         self.tr("Remove the chosen suggestion"),
                                         self.tr("Takes the chosen suggestion out of this reply."),
                                         auto_default=False, clicked=self.remove_current)
        form = QFormLayout()
        make.buddy_rows(form, [(self.tr("Your &name"), self.name_edit), (self.tr("N&ote"), self.notes_edit)])
        list_row = QHBoxLayout()
        list_row.addWidget(self.list, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(make.label(self.tr("Suggestions"), buddy=self.list), list_row)
        return form

    def _save_row(self) -> QHBoxLayout:
        """The moving bar while the file is written, Cancel, and Save."""
        self.busy = make.progress_bar(self.tr("Saving the reply"))
        cancel = make.button(self.tr("Cancel"), "cancelReplyButton", self.tr("Cancel the reply"),
                             self.tr("Closes this window without saving a reply; nothing of it is kept."),
                             auto_default=False, clicked=self.reject)
        self.save_button = make.button(
            self.tr("&Save reply file…"), "saveReplyButton", self.tr("Save the reply file"),
            self.tr("Asks where to save the reply file, locked so that only their journal can open it."),
            default=True, clicked=self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        return buttons

    # -- the two small forms -----------------------------------------------------------
    def _place_form(self) -> QWidget:
        page = QWidget()
        self.place_name = _line("placeNameEdit", self.tr("Name of the place or group"), TITLE_MAX,
                                self.tr("e.g. Riverside Walkers"),
                                description=self.tr("Needed to add a place; the lines below are optional."))
        self.place_what = _line("placeWhatEdit", self.tr("What it is"), FIELD_MAX,
                                description=self.tr("What happens there, in a few words."))
        self.place_when = _line("placeWhenEdit", self.tr("When it is on"), FIELD_MAX,
                                self.tr("e.g. Sundays at 10"), description=self.tr("Days and times, if you know them."))
        self.place_how = _line("placeHowEdit", self.tr("How to get there"), FIELD_MAX,
                               description=self.tr("A bus, the way in, or anything else that helps them get there."))
        self.place_contact = _line("placeContactEdit", self.tr("Contact"), FIELD_MAX,
                                   description=self.tr("A phone number, address or website, if they might want one."))
        self.add_place_button = make.action_button(
            self.tr("Add &place"), "addPlaceButton", self.tr("Add this place or group to the reply"),
            self.add_place, self.tr("Puts it in the list of suggestions and empties these lines."))
        form = QFormLayout(page)
        make.buddy_rows(form, ((self.tr("Na&me"), self.place_name), (self.tr("&What"), self.place_what),
                               (self.tr("W&hen"), self.place_when),
                               (self.tr("&Getting there"), self.place_how),
                               (self.tr("&Contact"), self.place_contact)))
        self.from_directory_button = make.action_button(
            self.tr("Add from my &directory…"), "addFromDirectoryButton",
            self.tr("Add places from your directory to the reply"), self.pick_from_directory,
            self.tr("Tick places you keep in your directory; each is copied into the reply as it is now."))
        form.addRow("", make.button_row(self.from_directory_button, self.add_place_button, stretch_at=2))
        return page

    def _goal_form(self) -> QWidget:
        page = QWidget()
        self.goal_title = _line("goalTitleEdit", self.tr("The goal or step"), TITLE_MAX,
                                self.tr("e.g. Call my brother once a week"),
                                description=self.tr("Needed to add a goal; the lines below are optional."))
        self.goal_why = _text("goalWhyEdit", self.tr("Why it matters"),
                              description=self.tr("Why it might matter to them, in their words if you can."))
        self.goal_first_step = _line("goalFirstStepEdit", self.tr("A first step"), FIELD_MAX,
                                     description=self.tr("A small first step, if you talked about one."))
        self.add_goal_button = make.action_button(
            self.tr("Add &goal"), "addGoalButton", self.tr("Add this goal to the reply"),
            self.add_goal, self.tr("Puts it in the list of suggestions and empties these lines."))
        form = QFormLayout(page)
        make.buddy_rows(form, ((self.tr("Goa&l"), self.goal_title), (self.tr("Wh&y it matters"), self.goal_why),
                               (self.tr("&First step"), self.goal_first_step)))
        form.addRow("", self.add_goal_button)
        return page

    def _add(self, item: Suggestion, fields: tuple[QLineEdit | QPlainTextEdit, ...]) -> bool:
        try:
            item = clean_suggestion(item)
            if len(self.items) >= 50:
                raise UserError(self.tr("A reply can hold at most 50 suggestions."))
        except UserError as exc:
            self._show_error(str(exc))
            return False
        self.error.hide()
        self.items.append(item)
        kind = self.tr("Goal") if isinstance(item, ProposedGoal) else self.tr("Place")
        entry = QListWidgetItem(self.tr("{kind}: {title}").format(kind=kind, title=item.title))
        self.list.addItem(entry)
        self.list.setCurrentRow(self.list.count() - 1)
        for edit in fields:
            edit.clear()
        if fields:
            fields[0].setFocus()
        return True

    def add_place(self) -> bool:
        fields = (self.place_name, self.place_what, self.place_when, self.place_how, self.place_contact)
        return self._add(SuggestedPlace(
            name=self.place_name.text(), what=self.place_what.text(), when=self.place_when.text(),
            how_to_get_there=self.place_how.text(), contact=self.place_contact.text(),
        ), fields)

    def pick_from_directory(self) -> DirectoryPickerDialog:
        """Add from my directory…: the ticked entries go in as copies (see :meth:`add_entries`)."""
        dialog = DirectoryPickerDialog(self.store.directory.entries(), self, ideas=self._idea_ids())
        self.picker = dialog
        dialog.accepted.connect(lambda: self.add_entries(dialog.chosen()))
        dialog.open()
        return dialog

    def _idea_ids(self) -> set[int]:
        """The directory entries meeting gaps in the person's newest file, not marked "not for them"."""
        newest = self.store.latest_export(self.person.id)
        if newest is None:
            return set()
        ideas = ideas_for(gaps_in(newest.document), self.store.directory.entries(),
                          self.store.directory.marks(self.person.id))
        return {i.entry.id for i in ideas if i.entry.id is not None and i.mark is not Mark.NOT_FOR_THEM}

    def add_entries(self, entries: Sequence[DirectoryEntry]) -> int:
        """Add each directory entry to the reply as a suggested place; how many went in."""
        added = 0
        for entry in entries:
            if not self._add(entry.as_suggestion(), ()):
                break
            added += 1
        return added

    def add_goal(self) -> bool:
        fields = (self.goal_title, self.goal_why, self.goal_first_step)
        return self._add(ProposedGoal(
            title=self.goal_title.text(), why=self.goal_why.toPlainText(),
            first_step=self.goal_first_step.text(),
        ), fields)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self.list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- saving ------------------------------------------------------------------------
    def draft(self) -> ReplyDraft:
        notes = self.notes_edit.toPlainText()
        if len(notes) > NOTES_MAX:
            raise UserError(self.tr("The note can be at most {n} characters.").format(n=f"{NOTES_MAX:,}"))
        return ReplyDraft(self.name_edit.text(), notes, tuple(self.items)).validate()

    def _add_typed(self) -> bool:
        """A place or goal typed but not added goes in the reply rather than being dropped;
        False (with the reason shown) when it can't, e.g. a place with a time but no name."""
        place = (self.place_name, self.place_what, self.place_when, self.place_how, self.place_contact)
        if any(field.text().strip() for field in place) and not self.add_place():
            self.tabs.setCurrentIndex(0)
            return False
        goal = (self.goal_title.text(), self.goal_why.toPlainText(), self.goal_first_step.text())
        if any(text.strip() for text in goal) and not self.add_goal():
            self.tabs.setCurrentIndex(1)
            return False
        return True

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first when something is written."""
        if self.saved_path is None and (self.items or form_state(self) != self._opened_with) and not messages.confirm(
            self, self.tr("Close without saving?"), self.tr("What you wrote in this reply will be lost."),
            yes=self.tr("Close"), no=self.tr("Keep writing"), default_no=True,
        ):
            return
        super().reject()

    def save(self) -> None:
        if not self._add_typed():
            return
        try:
            document = compose_reply(self.store, self.address, self.draft(), self.store.clock())
        except UserError as exc:
            self._show_error(str(exc))
            return
        day = to_local(self.store.clock()).date().isoformat()
        path = files.choose_save(self, self.tr("Save the reply file"),
                                 self.tr("PeerJournal replies (*.pjreply)"),
                                 f"peerjournal-reply-{day}{REPLY_SUFFIX}")
        if path is None:
            return
        path = reply_path(path)
        key = self.replies.signing_key()
        what = self.tr("the reply file")
        self.error.hide()
        self.busy.show()
        self.save_button.setEnabled(False)
        run_in_background(lambda: write_reply_file(document, key, path, what),
                          lambda saved: self._saved(saved, document), self._failed)

    def _saved(self, path: Path, document: dict) -> None:
        record_reply_sent(self.store, self.person.id, document, self.store.clock())
        self.saved_path = path
        self.busy.hide()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.save_button.setEnabled(True)
        self._show_error(messages.error_text(exc, self.tr("The reply could not be saved.")))


def write_reply(parent: QWidget, store: SupporterStore, person: CaseloadPerson) -> ReplyComposeDialog | None:
    """Open the reply dialog for ``person`` (with ``open()``), or explain why it can't be written."""
    try:
        address = store.replies.address_or_explain(person.id)
    except UserError as exc:
        messages.inform(parent, QCoreApplication.translate("ReplyCompose", "Can't reply yet"), str(exc))
        return None
    dialog = ReplyComposeDialog(store, person, address, parent)
    show_dialog(dialog)
    return dialog
