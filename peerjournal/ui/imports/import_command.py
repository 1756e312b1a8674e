"""A whole import from another app as one undoable step ("Import 412 check-ins from Daylio")."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from peerjournal.core.imports.entries import FORMAT_NAMES
from peerjournal.core.records import Activity, MoodCheckIn
from peerjournal.ops.imports import ImportMapping, ImportPlan, ImportResult, import_entries
from peerjournal.storage.journal import Journal, NotFound

from peerjournal.ui.app.undo import JournalCommand, kind_of


class Undo(QObject):
    """The context of the import's undo text: lupdate reads a plural (numerus) form only from
    ``self.tr(text, "", n)`` in a class."""

    def import_entries(self, n: int, app: str) -> str:
        return self.tr("Import %n check-in(s) from {app}", "", n).format(app=app)


def import_label(count: int, app: str) -> str:
    """"Import 412 check-ins from Daylio" (``app`` is the other app's own name)."""
    return Undo().import_entries(count, app)


class ImportEntriesCommand(JournalCommand):
    """Carried out once by the use case; undo takes every entry it added out in one transaction,
    redo puts them back with their own ids. An entry deleted by hand since is left as it is.

    ``done``: the import already carried out (off the GUI thread, by the dialog); the first
    apply then only takes note of what it added."""

    def __init__(self, journal: Journal, plan: ImportPlan, mapping: ImportMapping,
                 parent: QWidget | None = None, done: ImportResult | None = None) -> None:
        super().__init__(journal, import_label(plan.summary.count, FORMAT_NAMES[plan.format]), parent)
        self.plan = plan
        self.mapping = mapping
        self.result: ImportResult | None = None
        self.entries: list[MoodCheckIn | Activity] = []
        self._done = done

    def apply(self) -> None:
        if self.result is None:  # the first time: the import itself (all or nothing)
            done, self._done = self._done, None
            self.result = done if done is not None else import_entries(self.journal, self.plan, self.mapping)
            self.entries = self.result.entries
            self.changed = bool(self.entries)
            self.setText(import_label(len(self.result.moods), FORMAT_NAMES[self.plan.format]))
            return
        with self.journal.batch():
            self.entries = [self.journal.add(e) for e in self.entries]  # type: ignore[misc]

    def revert(self) -> None:
        taken: list[MoodCheckIn | Activity] = []
        with self.journal.batch():
            for entry in self.entries:
                assert entry.id is not None
                try:  # as it is now, edits included, so a redo brings that back
                    taken.append(self.journal.delete_entry(kind_of(entry), entry.id))  # type: ignore[arg-type]
                except NotFound:
                    continue
        self.entries = taken
