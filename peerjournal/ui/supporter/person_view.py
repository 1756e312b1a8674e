"""One person in supporter mode: their shared files, the replies sent to them, the supporter's
private notes about them, and the review of the chosen file.

Signals:
    exportChanged(): the chosen file changed (or none is chosen); update actions.

Notes are saved a moment after typing stops, when the field loses focus, and before the
panel shows someone else or the window closes (:meth:`save_note`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.supporter.store import (
    CaseloadPerson,
    ExportSummary,
    StoredExport,
    SupporterStore,
)

from peerjournal.ui.supporter.directory_ideas import IdeasBox
from peerjournal.ui.supporter.next_step import NextStepBox
from peerjournal.ui.supporter.sent_replies import SentRepliesBox
from peerjournal.ui.supporter.share_review import ReviewPanel
from peerjournal.ui.supporter.supporter_models import ExportsModel, day_text, journal_fingerprint
from peerjournal.ui.widgets.accessible import NamedSplitter
from peerjournal.ui.widgets.make import button, hint_label, label, named, text_edit
from peerjournal.ui.widgets.tables import read_only

NOTE_SAVE_DELAY_MS = 1200
DOCUMENTS_KEPT = 4  # read documents kept while going through a person's files (each ~100 KiB)
NOTES_HINT = QT_TRANSLATE_NOOP("PersonPanel", "Your notes stay in your supporter journal and are never shared.")


def table_view(object_name: str, accessible: str, description: str,
               model: QAbstractItemModel) -> QTableView:
    """A read-only table of ``model``, one whole row chosen at a time, lined up like a list."""
    view = read_only(named(QTableView(), object_name, accessible, description),
                     QCoreApplication.translate("PersonPanel", "Columns"), select_rows=True)
    view.setModel(model)
    view.horizontalHeader().setHighlightSections(False)
    # Headings line up with the text under them.
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setShowGrid(False)
    view.setWordWrap(False)
    return view


class PersonPanel(QWidget):
    exportChanged = Signal()

    def __init__(self, store: SupporterStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.store = store
        self.person: CaseloadPerson | None = None
        self._note_dirty = False
        self._loading_note = False
        self._documents: dict[str, StoredExport] = {}  # the last few read, oldest first
        self._choosing = False  # select_export_row shows the file itself
        # A person chosen in the list: their file is read and shown on the next turn of the
        # event loop, after the name and list are painted (issue 20: no long freeze at once).
        self._file_later = QTimer(self)
        self._file_later.setSingleShot(True)
        self._file_later.setInterval(0)
        self._file_later.timeout.connect(self._show_file_later)

        head = self._build_head()
        self._build_exports()
        self.sent = SentRepliesBox()
        self.next_step = NextStepBox(store)
        self._build_notes()
        self.review = ReviewPanel()
        self.ideas = IdeasBox(store)
        # The shared file first and widest; the files, replies and notes in a narrow side
        # that can be dragged shut (the splitter handle) when reading.
        split = NamedSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("personSplitter")
        split.addWidget(self.review)
        split.addWidget(self._build_side())
        split.setCollapsible(0, False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([800, 240])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.details)
        layout.addWidget(split, 1)

    def _build_head(self) -> QHBoxLayout:
        """Their name and details, with Reply, Rename and Delete beside it."""
        self.title = label("", "pageTitle", wrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the supporter's own words
        self.details = hint_label()
        self.rename_button = button(
            self.tr("&Rename…"), "renamePersonButton", self.tr("Rename this person"),
            self.tr("Changes the name you know them by here (F2). The name is only for you."))
        self.delete_person_button = button(
            self.tr("&Delete person…"), "deletePersonButton", self.tr("Delete this person"),
            self.tr("Deletes them, the files they shared and your notes, after asking. This can't be undone."))
        self.archive_button = button(
            self.tr("&Archive…"), "archivePersonButton", self.tr("Archive this person"),
            self.tr("Takes them out of your caseload; their files and your notes stay, encrypted. "
                    "Show archived people to bring them back."))
        self.reply_button = button(
            self.tr("&Write a reply…"), "writeReplyButton", self.tr("Write a reply to this person"),
            self.tr("Notes, places and goals for them to accept in their own journal"))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.reply_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.rename_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.delete_person_button, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_exports(self) -> None:
        self.exports = ExportsModel(self)
        self.exports_view = table_view("exportsTable", self.tr("Files they shared"), self.tr(
            "Newest first. Choose a file with the up and down arrow keys to read it beside this list."),
            self.exports)
        header = self.exports_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.exports_view.selectionModel().selectionChanged.connect(self._export_selected)
        self.delete_export_button = button(
            self.tr("Delete this fi&le…"), "deleteExportButton", self.tr("Delete the chosen file"),
            self.tr("Deletes the chosen file from your supporter journal, after asking."))

    def _build_notes(self) -> None:
        """The private notes, saved a moment after typing stops."""
        self.notes_edit = text_edit(
            "notesEdit", self.tr("Your private notes about this person"),
            self.tr("Saved as you type. Your notes stay in your supporter journal and are never shared."),
            placeholder=self.tr("Anything you want to remember for next time…"))
        # Drops go to the window, which opens a dropped .pjshare file; a file path typed
        # into the notes by accident would be no help.
        self.notes_edit.setAcceptDrops(False)
        self.notes_edit.textChanged.connect(self._note_typed)
        self.notes_edit.installEventFilter(self)
        self.notes_status = label("", "statusLabel", wrap=True)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)

    def _build_side(self) -> QWidget:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(label(self.tr("Files they shared"), "sectionLabel", wrap=True))
        side_layout.addWidget(self.exports_view, 2)
        side_layout.addWidget(self.delete_export_button, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.sent)
        side_layout.addWidget(self.next_step)
        side_layout.addWidget(self.ideas, 2)
        side_layout.addWidget(label(self.tr("Your private notes"), "sectionLabel", wrap=True))
        side_layout.addWidget(self.notes_edit, 3)
        side_layout.addWidget(hint_label(self.tr(NOTES_HINT)))
        side_layout.addWidget(self.notes_status)
        return side

    # -- showing ---------------------------------------------------------------------
    def show_person(self, person: CaseloadPerson, export_id: str | None = None, *,
                    file_later: bool = False) -> None:
        """Show ``person`` and their newest file (or ``export_id``); ``file_later``: the file on
        the next turn of the event loop (the review is emptied meanwhile, never showing another
        person's file under this name)."""
        if self.person is None or self.person.id != person.id:
            self.save_note()
            self.next_step.save_if_changed()
            self._load_note(person.id)
        self.person = person
        self.title.setText(person.name)
        files = self.tr("%n file(s)", "", person.export_count)
        details = self.tr("{files} · added {day} · their journal's fingerprint {fingerprint}").format(
            files=files, day=day_text(person.added), fingerprint=journal_fingerprint(person.signer))
        if person.archived:
            details = self.tr("Archived on {day}.").format(day=day_text(person.archived)) + " " + details
        self.details.setText(details)
        self.archive_button.setText(self.tr("&Bring back") if person.archived else self.tr("&Archive…"))
        self.archive_button.setAccessibleName(self.tr("Bring this person back to your caseload")
                                              if person.archived else self.tr("Archive this person"))
        self.next_step.show_person(person)
        self._documents.clear()  # a file may have been deleted or imported again meanwhile
        self.exports.set_exports(self.store.export_summaries(person.id))
        self.reload_sent()
        row = self.exports.row_of(export_id) if export_id else -1
        self.select_export_row(row if row >= 0 else 0, file_later=file_later)

    def reload_sent(self) -> None:
        """The replies sent to the person shown (after one is written, too)."""
        if self.person is not None:
            self.sent.show_replies(self.store.replies.sent_to(self.person.id), self.person.name)

    def clear(self) -> None:
        self.save_note()
        self.next_step.save_if_changed()
        self.person = None
        self.next_step.person_id = None
        self._file_later.stop()
        self._documents.clear()
        self.exports.set_exports([])
        self.sent.show_replies([], "")
        self.review.show_export(None, None)
        self.ideas.show_for(None, None)

    def select_export_row(self, row: int, *, file_later: bool = False) -> None:
        # The selection signal is held back: the file is shown once, below (it was shown twice,
        # and showing a large file takes a while).
        self._choosing = True
        try:
            if 0 <= row < self.exports.rowCount():
                self.exports_view.selectRow(row)
            else:
                self.exports_view.clearSelection()
        finally:
            self._choosing = False
        if file_later:
            self.review.show_export(None, None)
            self.ideas.show_for(None, None)
            self.delete_export_button.setEnabled(False)
            self._file_later.start()
        else:
            self._export_selected()

    def current_row(self) -> int:
        rows = self.exports_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_export(self) -> ExportSummary | None:
        row = self.current_row()
        return self.exports.export(row) if row >= 0 else None

    def _document_of(self, summary: ExportSummary | None) -> StoredExport | None:
        """The file with its document: read now unless it was one of the last few read (None
        if it was deleted meanwhile). Only the files shown are ever read, never the others."""
        if summary is None:
            return None
        export = self._documents.pop(summary.export_id, None)
        if export is None:
            try:
                export = self.store.load_export(summary.export_id)
            except UserError:
                return None
        self._documents[summary.export_id] = export  # now the newest kept
        while len(self._documents) > DOCUMENTS_KEPT:
            del self._documents[next(iter(self._documents))]
        return export

    def _show_file_later(self) -> None:
        if self.store.vault.is_open:  # not once the vault has locked meanwhile
            self._export_selected()

    def _export_selected(self, *_: QItemSelection) -> None:
        if self._choosing:
            return
        self._file_later.stop()  # shown now: a file left for later is this one
        row = self.current_row()
        export = self._document_of(self.exports.export(row)) if row >= 0 else None
        # "Since the last file" needs the one file before it, not all of them.
        previous = self._document_of(self.exports.previous(row)) if export else None
        self.review.show_export(export, previous)
        self.ideas.show_for(self.person.id if self.person else None, export.document if export else None)
        self.delete_export_button.setEnabled(export is not None)
        self.exportChanged.emit()

    # -- notes -----------------------------------------------------------------------
    def _load_note(self, person_id: int) -> None:
        self._note_timer.stop()
        self._loading_note = True
        try:
            self.notes_edit.setPlainText(self.store.note(person_id))
        finally:
            self._loading_note = False
        self._note_dirty = False
        self.notes_status.clear()

    def _note_typed(self) -> None:
        if self._loading_note:
            return
        self._note_dirty = True
        self.notes_status.clear()
        self._note_timer.start()

    def save_note(self) -> bool:
        """Save unsaved notes about the person shown; False if that didn't work."""
        self._note_timer.stop()
        if not self._note_dirty or self.person is None:
            return True
        try:
            self.store.set_note(self.person.id, self.notes_edit.toPlainText())
        except UserError as exc:
            self.notes_status.setProperty("error", True)
            self.notes_status.setText(self.tr("Not saved: {problem}").format(problem=exc))
            self._restyle(self.notes_status)
            return False
        self._note_dirty = False
        self.notes_status.setProperty("error", False)
        self.notes_status.setText(self.tr("Notes saved."))
        self._restyle(self.notes_status)
        return True

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        return super().eventFilter(watched, event)
