"""Ideas to talk through, beside a person's shared file: entries of the worker's directory
tagged for what the person has nobody for yet, rests on one person, or a goal not started.
Never sent on their own; the worker marks each "talked about" or "not for them" (private,
kept in the supporter vault)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peerjournal.core.directory.ideas import Gap, GapKind, Idea, Mark, gaps_in, ideas_for
from peerjournal.errors import UserError
from peerjournal.storage.supporter.store import SupporterStore

from peerjournal.ui.supporter.directory_model import entry_summary
from peerjournal.ui.widgets import make, messages


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
        self.hint = make.hint_label(self.tr(
            "From your directory, for what this file says they have nobody for yet, rests on one "
            "person, or a goal not started. Only ideas: nothing is sent to them."))
        self.list = make.named(QListWidget(), "ideasList", self.tr("Ideas to talk through"), self.tr(
            "Places from your directory that might meet what they shared. Choose one to mark it."))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.talked_button = make.action_button(self.tr("&Talked about"), "talkedButton",
                                                self.tr("Mark the chosen idea as talked about"), self.mark_talked)
        self.not_button = make.action_button(self.tr("&Not for them"), "notForThemButton",
                                             self.tr("Mark the chosen idea as not for them"), self.mark_not_for_them)
        self.clear_button = make.action_button(self.tr("Clear &mark"), "clearMarkButton",
                                               self.tr("Clear the mark on the chosen idea"), self.clear_mark)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        # Two short rows: the side this sits in is narrow.
        layout.addLayout(make.button_row(self.talked_button, self.not_button))
        layout.addLayout(make.button_row(self.clear_button))
        self._update_buttons()

    def show_for(self, person_id: int | None, document: dict[str, Any] | None) -> None:
        """The ideas for ``person_id`` from the gaps in ``document`` (their file shown)."""
        self.person_id, self._document = person_id, document
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.person_id is None or self._document is None:
            self.ideas = []
        else:
            gaps = gaps_in(self._document)
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
        text = (self.tr("No entries of your directory meet what this file shares yet.")
                if self._document is not None else "")
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def current(self) -> Idea | None:
        row = self.list.currentRow()
        return self.ideas[row] if 0 <= row < len(self.ideas) else None

    def _update_buttons(self, *_: object) -> None:
        idea = self.current()
        self.talked_button.setEnabled(idea is not None and idea.mark is not Mark.TALKED)
        self.not_button.setEnabled(idea is not None and idea.mark is not Mark.NOT_FOR_THEM)
        self.clear_button.setEnabled(idea is not None and idea.mark is not None)

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

    def mark_talked(self) -> None:
        self._mark(Mark.TALKED)

    def mark_not_for_them(self) -> None:
        self._mark(Mark.NOT_FOR_THEM)

    def clear_mark(self) -> None:
        self._mark(None)
