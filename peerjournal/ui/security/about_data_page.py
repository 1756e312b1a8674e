"""The "About your data" page: where the journal lives and what protects it, in plain words.

The paths shown are the real ones of the open journal (its file, its backups folder) and
of the settings file. All text is selectable and takes the system font, so it grows with it.
No signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.storage.files.backup import backups_dir
from peerjournal.storage.journal import Journal

from peerjournal.ui.widgets import files, messages
from peerjournal.ui.widgets.make import scrolling

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class AboutDataPage(QWidget):
    def __init__(self, journal: Journal, settings_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDataPage")
        self.journal_path = Path(journal.vault.path)
        self.backups_folder = backups_dir(self.journal_path)
        self.settings_path = settings_path

        title = QLabel(self.tr("About your data"))
        title.setObjectName("pageTitle")
        intro = self._paragraph(self.tr(
            "Everything you write in PeerJournal stays on this computer. This page says where it "
            "is kept, what protects it, and what leaves it only when you choose."
        ))
        inner = QWidget()
        inner.setObjectName("aboutDataText")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 12, 12)
        self._where_section()
        self._encrypted_section()
        self._passphrase_section()
        self._backups_section()
        self._settings_section()
        self._sharing_section()
        self._take_all_section()
        self.body.addStretch(1)
        area = scrolling(inner, self.tr("About your data"), "aboutDataScroll")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(area, 1)

    # -- building blocks -----------------------------------------------------------
    def _paragraph(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # paths may hold anything: never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        return label

    def _heading(self, text: str) -> None:
        heading = QLabel(text)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        self.body.addWidget(heading)

    def _add(self, *texts: str) -> None:
        for text in texts:
            self.body.addWidget(self._paragraph(text))

    def _path(self, path: Path, name: str, accessible: str, button: QPushButton | None = None) -> QLabel:
        label = self._paragraph(str(path), name)
        label.setTextInteractionFlags(SELECTABLE)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, to select and copy it
        label.setAccessibleName(accessible)
        label.setAccessibleDescription(str(path))
        row = QHBoxLayout()
        row.addWidget(label, 1)
        if button is not None:
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        return label

    def _folder_button(self, text: str, name: str, accessible: str, folder: Path) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAccessibleDescription(self.tr("Opens the folder in your file manager."))
        button.clicked.connect(lambda: self.show_folder(folder))
        return button

    # -- sections ------------------------------------------------------------------
    def _where_section(self) -> None:
        self._heading(self.tr("Where your journal lives"))
        self._add(self.tr("Your journal is one file on this computer:"))
        self.show_journal_button = self._folder_button(
            self.tr("Show the &folder"), "showJournalFolderButton",
            self.tr("Show the folder your journal is in"), self.journal_path.parent,
        )
        self.journal_path_label = self._path(self.journal_path, "journalPathLabel",
                                             self.tr("Where your journal file is"), self.show_journal_button)
        self._add(self.tr(
            "PeerJournal has no account and no cloud, and it doesn't send your journal anywhere."
        ), self.tr(
            "Updating PeerJournal, or uninstalling it, leaves your journal, its backups and the "
            "settings file where they are. Before you set up this computer again or move to a new "
            "one, copy them somewhere safe."
        ))

    def _encrypted_section(self) -> None:
        self._heading(self.tr("It is encrypted"))
        self._add(self.tr(
            "The file is encrypted with SQLCipher (AES-256), using a key made from your passphrase. "
            "Without the passphrase it can't be read: someone who copies the file, or takes your "
            "computer, sees only scrambled data. Anything half-typed when the journal locks is kept "
            "in the same encrypted file."
        ), self.tr(
            "While the journal is open, anyone at your computer can see it. That's why it locks "
            "itself after a few minutes without use, and when your screen locks or the computer sleeps."
        ))

    def _passphrase_section(self) -> None:
        self._heading(self.tr("If you forget your passphrase"))
        self._add(self.tr(
            "Nobody can open your journal without its passphrase: not PeerJournal, not the people who "
            "made it, not anyone. There is no reset and no back door, so a forgotten passphrase "
            "cannot be recovered."
        ), self.tr(
            "Backups are locked with the passphrase the journal had when each one was made, so they "
            "need it too. After you change your passphrase, older backups still open with the old one."
        ), self.tr(
            "If it helps, keep your passphrase written down somewhere safe that only you can get to."
        ))

    def _backups_section(self) -> None:
        self._heading(self.tr("Backups"))
        self._add(self.tr(
            "An encrypted backup is made each day you use PeerJournal. You can choose how many to "
            "keep, and restore one, on the Security page. They are kept here:"
        ))
        self.show_backups_button = self._folder_button(
            self.tr("Show the &backups folder"), "showBackupsFolderButton",
            self.tr("Show the backups folder"), self.backups_folder,
        )
        self.backups_path_label = self._path(self.backups_folder, "backupsPathLabel",
                                             self.tr("Where your backups are"), self.show_backups_button)

    def _settings_section(self) -> None:
        self._heading(self.tr("The settings file"))
        self._add(self.tr(
            "Choices such as reminder times, how soon the journal locks and how PeerJournal looks "
            "are kept in a small settings file, which is not encrypted. It holds nothing you wrote: "
            "no entries, no notes and no names."
        ))
        self.settings_path_label: QLabel | None = None
        if self.settings_path is not None:
            self.settings_path_label = self._path(self.settings_path, "settingsPathLabel",
                                                  self.tr("Where the settings file is"))

    def _sharing_section(self) -> None:
        self._heading(self.tr("What sharing sends"))
        self._add(self.tr(
            "Sharing makes a file for one supporter, such as a peer worker. It holds only the "
            "period and the parts you pick; notes go in only if you tick them, and you choose how "
            "people are named. Before it is saved you see exactly what they will see."
        ), self.tr(
            "The file is encrypted so that only that supporter can open it (or locked with a "
            "passphrase you tell them separately), and signed so they can tell it came from you. "
            "PeerJournal doesn't send it: you pass it on yourself. No copy is kept; the sharing "
            "history notes only what you gave, to whom and when."
        ))

    def _take_all_section(self) -> None:
        self._heading(self.tr("Taking all your data"))
        self._add(self.tr(
            "\u201cTake all my data\u201d in the Journal menu saves everything in your journal as CSV "
            "and JSON files, for your own use: to keep, to open in a spreadsheet, or to start a new "
            "journal from."
        ), self.tr(
            "Those files are not encrypted: anyone who gets hold of them can read them. The same "
            "goes for a summary saved as a PDF. Keep them somewhere safe, and delete them when you "
            "no longer need them."
        ))

    # -- actions -------------------------------------------------------------------
    def show_folder(self, folder: Path) -> None:
        if not files.show_folder(folder):
            messages.warn(self, self.tr("Could not open the folder"),
                          self.tr("Your file manager could not be opened. The folder is:\n{path}").format(
                              path=folder))
