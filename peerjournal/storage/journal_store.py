"""The shared start of the stores that keep their data in a journal vault, next to its Journal.

Each store (goals, places, sharing, the support plan…) holds its :class:`Journal` and reads
through the vault's connection; this base class holds that once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from peerjournal.errors import BugError

if TYPE_CHECKING:
    import sqlcipher3

    from peerjournal.storage.journal import Journal


class JournalStore:
    """A store over the vault of ``journal``.

    A store whose data only exists in a journal vault (not in a supporter vault) names the
    mistake in ``journal_only``; it is raised as a :class:`BugError` for any other vault.
    """

    journal_only: ClassVar[str | None] = None

    def __init__(self, journal: Journal) -> None:
        if self.journal_only is not None and journal.vault.kind != "journal":
            raise BugError(self.journal_only)
        self.journal = journal

    @property
    def _conn(self) -> sqlcipher3.Connection:
        return self.journal.vault.conn

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self._conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self._conn.execute(sql, params).fetchone()
