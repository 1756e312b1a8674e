"""My support plan in the vault: one plan per journal, read whole and saved whole.

Saving is one transaction that replaces the plan and tells the journal's listeners
``Change.SUPPORT_PLAN``. People in the plan (wanted or not wanted involved) refer to People:
deleting a person drops them from the plan (``ON DELETE CASCADE``); archiving keeps them,
marked in :meth:`contacts` and :meth:`not_involved`.
"""

from __future__ import annotations

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.support_plan import LIST_FIELDS, PAIRED, PlanContact, Service, SupportPlan
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.journal_store import JournalStore


class SupportPlanStore(JournalStore):
    """The support plan kept in a journal vault, next to the :class:`Journal` it belongs to.

    Stable API (sharing and the printed summary use it): :meth:`load` and :meth:`contacts`.
    """

    journal_only = "A support plan lives in a journal, not in a supporter vault."

    def load(self) -> SupportPlan:
        """The plan as last saved (an empty :class:`SupportPlan` if none was ever saved).

        ``contacts`` holds person ids in the person's order, archived people included;
        use :meth:`contacts` for their names and whether they are archived."""
        lines: dict[str, list[str]] = {name: [] for name in (*LIST_FIELDS, *PAIRED.values())}
        for list_name, text, response in self._all(
            "SELECT list, text, response FROM support_plan_lines ORDER BY list, position"
        ):
            if list_name in LIST_FIELDS:
                lines[list_name].append(text)
            if list_name in PAIRED:  # each item's response, at the item's place
                lines[PAIRED[list_name]].append(response)
        contacts = tuple(pid for (pid,) in self._all(
            "SELECT person_id FROM support_plan_contacts ORDER BY position"))
        not_involved = tuple(pid for (pid,) in self._all(
            "SELECT person_id FROM support_plan_not_involved ORDER BY position"))
        services = tuple(
            Service(name=r[0], what=r[1], how_to_contact=r[2], notes=r[3])
            for r in self._all(
                "SELECT name, what, how_to_contact, notes FROM support_plan_services"
                " ORDER BY position"
            )
        )
        updated_rows = self._all("SELECT updated_utc FROM support_plan WHERE id = 1")
        updated = from_storage(updated_rows[0][0]) if updated_rows and updated_rows[0][0] else None
        return SupportPlan(
            contacts=contacts,
            not_involved=not_involved,
            services=services,
            updated=updated,
            **{name: tuple(kept) for name, kept in lines.items()},  # type: ignore[arg-type]
        )

    def contacts(self) -> tuple[PlanContact, ...]:
        """The people I want involved, in order, with their names; archived people are marked."""
        return self._people("support_plan_contacts")

    def not_involved(self) -> tuple[PlanContact, ...]:
        """The people I don't want involved, in order, with their names."""
        return self._people("support_plan_not_involved")

    def _people(self, table: str) -> tuple[PlanContact, ...]:
        rows = self._all(
            f"SELECT p.id, p.name, p.archived FROM {table} c"  # noqa: S608 - one of two fixed names
            " JOIN people p ON p.id = c.person_id ORDER BY c.position"
        )
        return tuple(PlanContact(person_id=r[0], name=r[1], archived=bool(r[2])) for r in rows)

    def save(self, plan: SupportPlan) -> SupportPlan:
        """Replace the stored plan with ``plan`` (validated first) in one transaction.

        Returns the plan as stored, with ``updated`` set to now. Raises
        :class:`~peerjournal.errors.ValidationError` for bad input and ``NotFound`` if a
        person in it is no longer in the journal; either way nothing is changed."""
        plan = plan.validate()
        conn = self.journal.vault.conn
        now = self.journal.clock()
        with self.journal.batch():
            for pid in (*plan.contacts, *plan.not_involved):
                if conn.execute("SELECT 1 FROM people WHERE id = ?", (pid,)).fetchone() is None:
                    raise NotFound("person")
            conn.execute("DELETE FROM support_plan_lines")
            conn.execute("DELETE FROM support_plan_contacts")
            conn.execute("DELETE FROM support_plan_services")
            conn.execute("DELETE FROM support_plan_not_involved")
            conn.executemany(
                "INSERT INTO support_plan_lines (list, position, text, response) VALUES (?, ?, ?, ?)",
                [
                    (name, i, text, plan.responses(name)[i] if name in PAIRED else "")
                    for name in LIST_FIELDS
                    for i, text in enumerate(plan.lines(name))
                ],
            )
            conn.executemany(
                "INSERT INTO support_plan_contacts (person_id, position) VALUES (?, ?)",
                [(pid, i) for i, pid in enumerate(plan.contacts)],
            )
            conn.executemany(
                "INSERT INTO support_plan_not_involved (person_id, position) VALUES (?, ?)",
                [(pid, i) for i, pid in enumerate(plan.not_involved)],
            )
            conn.executemany(
                "INSERT INTO support_plan_services (position, name, what, how_to_contact, notes)"
                " VALUES (?, ?, ?, ?, ?)",
                [(i, s.name, s.what, s.how_to_contact, s.notes) for i, s in enumerate(plan.services)],
            )
            conn.execute(
                "INSERT INTO support_plan (id, updated_utc) VALUES (1, ?)"
                " ON CONFLICT (id) DO UPDATE SET updated_utc = excluded.updated_utc",
                (to_storage(now),),
            )
            self.journal._changed(Change.SUPPORT_PLAN)
        return self.load()
