"""Whether someone added a moment ago has since been named anywhere, for undoing an add.

Undoing the add of a person made in passing (a new name in the resource check, people from a
contacts file) takes them out only while nothing else names them: once a contact, an activity,
a saved check, the support plan, a goal or a share names them, they stay, and
:class:`PersonInUse` says where in plain words. Their own details (kinds of help, how often to
stay in touch) don't count: they came with the add. Nor do network snapshots (one is saved with
each check): a snapshot keeps its own copy of the name, so taking the person out only unlinks
it, and a redo links it again.
"""

from __future__ import annotations

from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate
from peerjournal.storage import note_mentions
from peerjournal.storage.journal import Journal
from peerjournal.storage.people.bundle import PersonBundle

_CONTEXT = "PersonUses"
NOTES = "notes"  # not a table: a note that mentions them (``note_mentions``)
# Rows that are part of the person themselves: they go with an undone add.
OWN_DETAILS = frozenset({"people", "person_help", "stay_in_touch"})
# Rows that keep the person's name themselves and only lose the link (see above).
_NOT_A_USE = OWN_DETAILS | {"network_snapshot_members"}
# Where a person can be named, in words; a table not listed here (a later migration's) is
# "somewhere else in your journal", so an unknown link still keeps the person.
_WHERE = {
    "contact_people": QT_TRANSLATE_NOOP("PersonUses", "contacts you noted"),
    "activity_people": QT_TRANSLATE_NOOP("PersonUses", "activities you noted"),
    "support_plan_contacts": QT_TRANSLATE_NOOP("PersonUses", "your support plan"),
    "support_plan_not_involved": QT_TRANSLATE_NOOP("PersonUses", "your support plan"),
    "resource_answer_people": QT_TRANSLATE_NOOP("PersonUses", "a saved “Do I know someone who could…?” check"),
    "goals": QT_TRANSLATE_NOOP("PersonUses", "a goal"),
    "pseudonyms": QT_TRANSLATE_NOOP("PersonUses", "a share with a supporter"),
    NOTES: QT_TRANSLATE_NOOP("PersonUses", "your notes"),
}
_ELSEWHERE = QT_TRANSLATE_NOOP("PersonUses", "somewhere else in your journal")


def used_in(bundle: PersonBundle) -> tuple[str, ...]:
    """The tables, besides the person's own details, that name them (in schema order)."""
    tables = [part.table for part in bundle.linked if part.rows]
    tables += [part.table for part in bundle.cleared if part.keys]
    seen: list[str] = []
    for table in tables:
        if table not in _NOT_A_USE and table not in seen:
            seen.append(table)
    return tuple(seen)


def where_words(tables: tuple[str, ...]) -> list[str]:
    """Each table as the person would say it, each place once."""
    words: list[str] = []
    for table in tables:
        text = translate(_CONTEXT, _WHERE.get(table, _ELSEWHERE))
        if text not in words:
            words.append(text)
    return words


class PersonInUse(UserError):
    """The person is named somewhere since they were added, so they stay."""

    def __init__(self, name: str, tables: tuple[str, ...]) -> None:
        self.name = name
        self.tables = tables
        super().__init__(translate(
            _CONTEXT, "{name} is already named in {where}, so they stay in your people. You can "
            "change or archive them on the People page.").format(
                name=name, where=", ".join(where_words(tables))))


def take_out_if_unused(journal: Journal, person_id: int) -> PersonBundle:
    """Delete a person nothing names yet, returning everything needed to bring them back.

    Raises :class:`PersonInUse` (and changes nothing) if anything names them, or ``NotFound``
    if they are gone already.
    """
    store = journal.person_bundles
    with journal.batch():
        found = store.capture(person_id)
        tables = used_in(found)
        if note_mentions.is_mentioned(journal.vault.conn, person_id):
            tables += (NOTES,)
        if tables:
            raise PersonInUse(found.person.name, tables)
        return store.delete(person_id)



def take_out_unused(journal: Journal, person_ids: list[int]) -> tuple[list[PersonBundle], list[PersonInUse]]:
    """:func:`take_out_if_unused` for many people in one transaction and a few statements in
    all: those nothing names go (their bundles, for a redo), the others stay (why, for each).
    People gone already are in neither list."""
    store = journal.person_bundles
    with journal.batch():
        bundles = store.capture_many(person_ids)
        mentioned = note_mentions.mentioned_among(journal.vault.conn, [b.person_id for b in bundles])
        taken: list[PersonBundle] = []
        kept: list[PersonInUse] = []
        for bundle in bundles:
            tables = used_in(bundle) + ((NOTES,) if bundle.person_id in mentioned else ())
            if tables:
                kept.append(PersonInUse(bundle.person.name, tables))
            else:
                taken.append(bundle)
        store.delete_many(taken)
    return taken, kept
