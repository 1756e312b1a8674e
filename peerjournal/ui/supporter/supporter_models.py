"""Qt table models for supporter mode: the people a supporter supports, and one person's files.

Both are filled from :class:`~peerjournal.storage.supporter.store.SupporterStore` results
by the window (``set_people`` / ``set_exports``); neither reads the store itself.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from peerjournal.core.sharing.keys import signer_fingerprint
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.supporter.store import CaseloadPerson, StoredExport

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


class CaseloadModel(ItemTableModel[CaseloadPerson]):
    """The people a supporter supports. Columns: Name, Files, Last file, Journal fingerprint.

    ``PERSON_ID_ROLE`` holds the person's id on every cell.
    """

    HEADERS = (QT_TRANSLATE_NOOP("CaseloadModel", "Name"), QT_TRANSLATE_NOOP("CaseloadModel", "Files"),
               QT_TRANSLATE_NOOP("CaseloadModel", "Last file"), QT_TRANSLATE_NOOP("CaseloadModel", "Journal fingerprint"))
    FINGERPRINT_COLUMN = 3
    ID_ROLE = PERSON_ID_ROLE

    def set_people(self, people: list[CaseloadPerson]) -> None:
        self._show(people, [
            (
                p.name, str(p.export_count),
                day_text(p.last_export_created) if p.last_export_created else NO_DATE,
                journal_fingerprint(p.signer),
            )
            for p in people
        ])

    def person(self, row: int) -> CaseloadPerson:
        return self._items[row]

    def _id_of(self, item: CaseloadPerson) -> object:
        return item.id

    def _tooltip(self, item: CaseloadPerson, row: int) -> str:
        # The fingerprint column is often hidden; the tooltip keeps it one hover away.
        name, count, last, fp = self._rows[row]
        return self.tr("{name}: files: {count}, the last {last}. Journal fingerprint {fingerprint}").format(
            name=name, count=count, last=last, fingerprint=fp)


class ExportsModel(ItemTableModel[StoredExport]):
    """One person's shared files, newest first. Columns: Period, Made on.

    ``EXPORT_ID_ROLE`` holds the file's export id on every cell.
    """

    HEADERS = (QT_TRANSLATE_NOOP("ExportsModel", "Period"), QT_TRANSLATE_NOOP("ExportsModel", "Made on"))
    ID_ROLE = EXPORT_ID_ROLE

    def set_exports(self, exports: list[StoredExport]) -> None:
        self._show(exports, [(period_text(e.period_start, e.period_end), day_text(e.created)) for e in exports])

    def export(self, row: int) -> StoredExport:
        return self._items[row]

    def previous(self, row: int) -> StoredExport | None:
        """The file made before the one in ``row`` (the list is newest first)."""
        return self._items[row + 1] if 0 <= row < len(self._items) - 1 else None

    def _id_of(self, item: StoredExport) -> object:
        return item.export_id

    def _tooltip(self, item: StoredExport, row: int) -> str:
        return self.tr("Made {made}, imported {imported}").format(
            made=day_time_text(item.created), imported=day_time_text(item.imported))
