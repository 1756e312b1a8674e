"""The caseload pane of supporter mode: the people a supporter supports and the way to
add a file, plus the words shown when there is no one yet. No signals of its own:
the window connects to ``view.selectionModel()`` and ``open_button``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from peerjournal.i18n import QT_TRANSLATE_NOOP

from peerjournal.ui.supporter.person_view import table_view
from peerjournal.ui.supporter.supporter_models import CaseloadModel
from peerjournal.ui.widgets import make

# Marked for translation (context "CaseloadPane"); the window shows them translated.
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "CaseloadPane",
    "No one has shared anything with you yet.\n\n"
    "When someone you support would like to share part of their journal with you:\n"
    "1. Give them your key (above), or the key file.\n"
    "2. They add you on the Sharing page of their PeerJournal, and you read the "
    "fingerprint aloud to each other to check it matches.\n"
    "3. They choose what to share, see it first, and save a locked file.\n"
    "4. They give you the file. Open it here with File ▸ Open shared file (Ctrl+O), "
    "or drop it on this window.\n\n"
    "Only you can open files made for your key. What you import stays encrypted in your "
    "supporter journal on this computer.",
)
CHOOSE_TEXT = QT_TRANSLATE_NOOP("CaseloadPane", "Choose someone on the left to see what they shared with you.")


def page_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class CaseloadPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadPane")
        self.model = CaseloadModel(self)
        self.view = table_view("peopleTable", self.tr("People you support"), self.tr(
            "Choose someone with the up and down arrow keys to see what they shared and your notes."),
            self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A narrow list beside the review: the count of files and the fingerprint are in the
        # chosen person's details line, so the list keeps the name and the last file's day.
        self.view.setColumnHidden(1, True)
        self.view.setColumnHidden(CaseloadModel.FINGERPRINT_COLUMN, True)
        self.sort_combo = make.combo(
            "caseloadSortCombo", self.tr("Sort people by"),
            self.tr("By name, or by the day you agreed for the next step (soonest first)."),
            items=((self.tr("Name"), CaseloadModel.NAME_COLUMN),
                   (self.tr("Next agreed date"), CaseloadModel.NEXT_COLUMN)),
            list_name=self.tr("Ways to sort"))
        self.sort_combo.currentIndexChanged.connect(
            lambda _i: self.model.sort(int(self.sort_combo.currentData())))
        self.show_archived = make.check_box(
            self.tr("Show archi&ved people"), "showArchivedCheck", self.tr("Show archived people"),
            self.tr("Lists the people you archived too, so you can read their files or bring them back."))
        self.open_button = QPushButton(self.tr("&Open shared file…"))
        self.open_button.setObjectName("openShareButton")
        self.open_button.setAccessibleName(self.tr("Open a shared file"))
        self.open_button.setAccessibleDescription(self.tr(
            "Opens a .pjshare file someone shared with you (Ctrl+O). You can also drop it on this window."))
        self.open_button.setDefault(True)  # the one thing to do first

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(page_label(self.tr("People you support"), "sectionLabel"))
        self.sort_row = QWidget()
        sort_row = QHBoxLayout(self.sort_row)
        sort_row.setContentsMargins(0, 0, 0, 0)
        sort_row.addWidget(make.label(self.tr("&Sort by:"), buddy=self.sort_combo))
        sort_row.addWidget(self.sort_combo, 1)
        layout.addWidget(self.sort_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.open_button)
        layout.addWidget(page_label(self.tr("…or drop a .pjshare file anywhere on this window."), "hintLabel"))

    def set_anyone(self, anyone: bool) -> None:
        """Sorting and archived people only mean something once someone has shared."""
        self.sort_row.setVisible(anyone)
        self.show_archived.setVisible(anyone)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_quietly(self, row: int) -> None:
        """Select ``row`` without the selection signal (the caller shows the person)."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.view.selectRow(row)
        selection.blockSignals(False)
