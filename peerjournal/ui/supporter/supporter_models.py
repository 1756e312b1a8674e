"""Qt table models for supporter mode: the people a supporter supports, and one person's files.

Both are filled from :class:`~peerjournal.storage.supporter.store.SupporterStore` results
by the window (``set_people`` / ``set_exports``); neither reads the store itself.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Qt

from peerjournal.core.sharing.keys import signer_fingerprint
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.supporter.store import CaseloadPerson, ExportSummary

from peerjournal.ui.supporter.share_compare import period_text
from peerjournal.ui.widgets.dates import when_text
from peerjournal.ui.widgets.text_table_model import ItemTableModel

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
EXPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_DATE = "—"

def day_text(at: datetime) -> str:
    return when_text(at, "d MMM yyyy")


def day_time_text(at: datetime) -> str:
    return when_text(at, "d MMM yyyy, HH:mm")


def journal_fingerprint(signer: str) -> str:
    try:
        return signer_fingerprint(signer)
    except UserError:  # never expected: the store only keeps verified signers
        return NO_DATE


def next_step_text(person: CaseloadPerson) -> str:
    """``20 Jun 2026 · Ring about the choir``, the words alone, the day alone, or a dash."""
    day = when_text(datetime.combine(person.next_due, time(12)), "d MMM yyyy") if person.next_due else ""
    return " · ".join(part for part in (day, person.next_step) if part) or NO_DATE


def _by_next_date(person: CaseloadPerson) -> tuple:
    """People with an agreed day first, soonest first; then the others; by name within."""
    return (person.next_due is None, person.next_due or date.min, person.name.casefold(), person.id)


class CaseloadModel(ItemTableModel[CaseloadPerson]):
    """The people a supporter supports. Columns: Name, Files, Last file, Journal fingerprint,
    Next agreed. No ranking, no colours: sorted by name or by the next agreed day (:meth:`sort`).

    ``PERSON_ID_ROLE`` holds the person's id on every cell.
    """

    HEADERS = (QT_TRANSLATE_NOOP("CaseloadModel", "Name"), QT_TRANSLATE_NOOP("CaseloadModel", "Files"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Last file"), QT_TRANSLATE_NOOP("CaseloadModel", "Journal fingerprint"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Next agreed"))
    NAME_COLUMN = 0
    FINGERPRINT_COLUMN = 3
    NEXT_COLUMN = 4
    ID_ROLE = PERSON_ID_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sort_column = self.NAME_COLUMN

    def _row(self, p: CaseloadPerson) -> tuple[str, ...]:
        name = self.tr("{name} (archived)").format(name=p.name) if p.archived else p.name
        last = day_text(p.last_export_created) if p.last_export_created else NO_DATE
        return (name, str(p.export_count), last, journal_fingerprint(p.signer), next_step_text(p))

    def _sorted(self, people: list[CaseloadPerson]) -> list[CaseloadPerson]:
        if self.sort_column == self.NEXT_COLUMN:
            return sorted(people, key=_by_next_date)
        return sorted(people, key=lambda p: (p.name.casefold(), p.id))

    def set_people(self, people: list[CaseloadPerson]) -> None:
        people = self._sorted(people)
        self._show(people, [self._row(p) for p in people])

    def update_person(self, person: CaseloadPerson) -> None:
        """Show ``person`` as changed in their row (no reset: the chosen row stays chosen)."""
        row = self.row_of(person.id)
        if row < 0:
            return
        self._items[row] = person
        self._rows[row] = self._row(person)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by name (``NAME_COLUMN``) or by the next agreed day (``NEXT_COLUMN``); the
        chosen rows stay chosen."""
        self.sort_column = self.NEXT_COLUMN if column == self.NEXT_COLUMN else self.NAME_COLUMN
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._id_of(self._items[i.row()]) if 0 <= i.row() < len(self._items) else None for i in old]
        self._items = self._sorted(self._items)
        self._rows = [self._row(p) for p in self._items]
        self.changePersistentIndexList(old, [self.index(self.row_of(i), o.column()) for i, o in zip(ids, old, strict=True)])
        self.layoutChanged.emit()

    def person(self, row: int) -> CaseloadPerson:
        return self._items[row]

    def _id_of(self, item: CaseloadPerson) -> object:
        return item.id

    def _tooltip(self, item: CaseloadPerson, row: int) -> str:
        # The fingerprint column is often hidden; the tooltip keeps it one hover away.
        name, count, last, fp, agreed = self._rows[row]
        return self.tr("{name}: files: {count}, the last {last}. Journal fingerprint {fingerprint}").format(
            name=name, count=count, last=last, fingerprint=fp) + "\n" + self.tr(
            "Next agreed: {agreed}").format(agreed=agreed)


class ExportsModel(ItemTableModel[ExportSummary]):
    """One person's shared files, newest first. Columns: Period, Made on. It holds only the
    files' columns; the document of the one chosen is read when it is shown.

    ``EXPORT_ID_ROLE`` holds the file's export id on every cell.
    """

    HEADERS = (QT_TRANSLATE_NOOP("ExportsModel", "Period"), QT_TRANSLATE_NOOP("ExportsModel", "Made on"))
    ID_ROLE = EXPORT_ID_ROLE

    def set_exports(self, exports: list[ExportSummary]) -> None:
        self._show(exports, [(period_text(e.period_start, e.period_end), day_text(e.created)) for e in exports])

    def export(self, row: int) -> ExportSummary:
        return self._items[row]

    def previous(self, row: int) -> ExportSummary | None:
        """The file made before the one in ``row`` (the list is newest first)."""
        return self._items[row + 1] if 0 <= row < len(self._items) - 1 else None

    def _id_of(self, item: ExportSummary) -> object:
        return item.export_id

    def _tooltip(self, item: ExportSummary, row: int) -> str:
        return self.tr("Made {made}, imported {imported}").format(
            made=day_time_text(item.created), imported=day_time_text(item.imported))
