"""Ideas to talk through, beside a person's shared file: entries of the worker's directory
tagged for what the person has nobody for yet, rests on one person, or a goal not started.
Never sent on their own; the worker marks each "talked about" or "not for them" (private,
kept in the supporter vault)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peerjournal.core.directory.ideas import Gap, GapKind, Idea, Mark, gaps_in, ideas_for
from peerjournal.errors import UserError
from peerjournal.storage.supporter.store import SupporterStore

from peerjournal.ui.supporter.directory_model import entry_summary
from peerjournal.ui.widgets import make, messages
from peerjournal.ui.widgets.accessible import name_combo


def gap_text(gap: Gap) -> str:
    if gap.kind is GapKind.NOBODY:
        return QCoreApplication.translate("IdeasBox", "nobody yet to {what}").format(what=gap.text)
    if gap.kind is GapKind.ONE_PERSON:
        return QCoreApplication.translate("IdeasBox", "only one person to {what}").format(what=gap.text)
    return QCoreApplication.translate("IdeasBox", "goal not started: {title}").format(title=gap.text)


def mark_text(mark: Mark | None) -> str:
    if mark is Mark.TALKED:
        return QCoreApplication.translate("IdeasBox", "talked about")
    if mark is Mark.NOT_FOR_THEM:
        return QCoreApplication.translate("IdeasBox", "not for them")
    return ""


class IdeasBox(QWidget):
    def __init__(self, store: SupporterStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideasBox")
        self.store = store
        self.person_id: int | None = None
        self.ideas: list[Idea] = []
        self._document: dict[str, Any] | None = None
        self.heading = make.label(self.tr("Ideas to talk through"), "sectionLabel", wrap=True)
        about = self.tr(
            "From your directory, for what this file says they have nobody for yet, rests on one "
            "person, or a goal not started. Only ideas: nothing is sent to them.")
        self.heading.setToolTip(about)
        self.list = make.named(QListWidget(), "ideasList", self.tr("Ideas to talk through"), about)
        self.list.setToolTip(about)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(36)  # the side it sits in is narrow and may be short
        self.list.currentRowChanged.connect(self._update_buttons)
        # One narrow control for the mark: the side column has little room.
        self.mark_combo = make.combo("ideaMarkCombo", self.tr("Your mark on the chosen idea"), self.tr(
            "Private to you: whether you talked about the idea, or it is not for them."), items=(
            (self.tr("No mark"), ""), (self.tr("Talked about"), Mark.TALKED.value),
            (self.tr("Not for them"), Mark.NOT_FOR_THEM.value)))
        name_combo(self.mark_combo)  # over AT-SPI a combo box is named by its value ("No mark")
        self.mark_combo.activated.connect(lambda index: self._mark(_mark_of(self.mark_combo.itemData(index))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mark_combo)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self._update_buttons()
        self.hide()  # until a file with gaps is shown

    def show_for(self, person_id: int | None, document: dict[str, Any] | None) -> None:
        """The ideas for ``person_id`` from the gaps in ``document`` (their file shown)."""
        self.person_id, self._document = person_id, document
        self.refresh()

    def refresh(self) -> None:
        """Read the ideas again; shown only beside a file with gaps (it takes no room otherwise)."""
        self.list.clear()
        gaps = gaps_in(self._document) if self.person_id is not None and self._document is not None else []
        self.setVisible(bool(gaps))
        if not gaps or self.person_id is None:
            self.ideas = []
        else:
            self.ideas = ideas_for(gaps, self.store.directory.entries(), self.store.directory.marks(self.person_id))
        for idea in self.ideas:
            self.list.addItem(self._item(idea))
        if not self.ideas:
            self.list.addItem(self._empty_item())
        self._update_buttons()

    def _item(self, idea: Idea) -> QListWidgetItem:
        mark = mark_text(idea.mark)
        title = self.tr("{name} ({mark})").format(name=idea.entry.name, mark=mark) if mark else idea.entry.name
        text = "\n".join((title, self.tr("For: {gaps}").format(gaps="; ".join(gap_text(g) for g in idea.gaps))))
        item = QListWidgetItem(text)
        item.setToolTip(entry_summary(idea.entry))
        return item

    def _empty_item(self) -> QListWidgetItem:
        item = QListWidgetItem(self.tr(
            "None of your directory's entries meets what this file shares yet. Add places with File ▸ My directory…"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def current(self) -> Idea | None:
        row = self.list.currentRow()
        return self.ideas[row] if 0 <= row < len(self.ideas) else None

    def _update_buttons(self, *_: object) -> None:
        idea = self.current()
        self.mark_combo.setEnabled(idea is not None)
        self.mark_combo.setCurrentIndex(self._index_of(idea.mark if idea else None))

    def _index_of(self, mark: Mark | None) -> int:
        return max(0, self.mark_combo.findData(mark.value if mark else ""))

    def _mark(self, mark: Mark | None) -> None:
        idea = self.current()
        if idea is None or idea.entry.id is None or self.person_id is None:
            return
        try:
            self.store.directory.set_mark(self.person_id, idea.entry.id, mark)
        except UserError as exc:
            messages.warn(self, self.tr("Not marked"), str(exc))
        entry_id = idea.entry.id
        self.refresh()
        row = next((i for i, found in enumerate(self.ideas) if found.entry.id == entry_id), -1)
        self.list.setCurrentRow(row)

    def mark(self, mark: Mark | None) -> None:
        """What choosing ``mark`` in the box does for the chosen idea."""
        self.mark_combo.setCurrentIndex(self._index_of(mark))
        self._mark(mark)


def _mark_of(data: object) -> Mark | None:
    return Mark(data) if data else None
