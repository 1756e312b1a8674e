"""Insights' per-day figures (migration 18) always equal a recount from the entries: after any
mix of adds, changes, deletes and undos, after the migration builds them, after "Start from a
data file", and after a move to another time zone (issue 20)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.clock import local_day
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode, EntryKind
from peerjournal.storage.files.data_export import data_tables, export_document
from peerjournal.storage.files.data_import import import_document
from peerjournal.storage.insights import load_history
from peerjournal.storage.insights_days import day_groups
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault
from peerjournal.storage.vault.day_totals import DERIVED_TABLES, rebuild_day_totals
from peerjournal.storage.vault.migrations import MIGRATIONS, _migration_18, _migration_19
from tests.storage.conftest import PASSPHRASE
from tests.zones import AUCKLAND, CHANGES, LONDON, NEW_YORK, near_a_change

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
when = near_a_change(days=2)
people = st.lists(st.integers(0, 2), max_size=3, unique=True)
what = st.one_of(
    st.tuples(st.just("mood"), when, st.integers(1, 5), st.just([])),
    st.tuples(st.just("contact"), when, st.sampled_from(list(ContactMode)),
              st.lists(st.integers(0, 2), min_size=1, max_size=3, unique=True)),
    st.tuples(st.just("activity"), when, st.sampled_from(["", "Walk", "Art"]), people))
step = st.one_of(
    st.tuples(st.just("add"), what, st.just(0)),
    st.tuples(st.just("change"), what, st.integers(0, 50)),
    st.tuples(st.just("delete"), st.just(None), st.integers(0, 50)),
    st.tuples(st.just("undo"), st.just(None), st.integers(0, 50)),
)


def recount(journal: Journal) -> dict[str, Counter]:
    """The figures counted in Python from every entry, with the process's local days."""
    history = load_history(journal, None, NOW + timedelta(days=400))
    moods: Counter = Counter()
    for point in history.moods:
        day = local_day(point.at).toordinal()
        moods[(day, "total")] += point.mood
        moods[(day, "n")] += 1
    contacts = Counter((local_day(c.at).toordinal(), c.mode.value) for c in history.contacts)
    activities = Counter((local_day(a.at).toordinal(), a.category) for a in history.activities)
    touch = Counter((pid, local_day(e.at).toordinal())
                    for e in (*history.contacts, *history.activities) for pid in e.person_ids)
    weeks = {f"week {kind}": Counter() for kind in ("contacts", "activities")}
    for kind, counts in (("contacts", contacts), ("activities", activities)):
        for (day, key), n in counts.items():
            weeks[f"week {kind}"][(day - (day - 1) % 7, key)] += n
    return {"moods": moods, "contacts": contacts, "activities": activities, "people": touch,
            **weeks}


def kept(journal: Journal) -> dict[str, Counter]:
    conn = journal.vault.conn
    moods: Counter = Counter()
    for day, total, n in conn.execute("SELECT day, total, n FROM day_moods"):
        moods[(day, "total")], moods[(day, "n")] = total, n
    return {
        "moods": moods,
        "contacts": Counter(dict(((d, m), n) for d, m, n in conn.execute("SELECT * FROM day_contacts"))),
        "activities": Counter(dict(((d, c), n) for d, c, n in conn.execute(
            "SELECT * FROM day_activities"))),
        "people": Counter(dict(((p, d), n) for p, d, n in conn.execute("SELECT * FROM day_people"))),
        **{f"week {kind}": Counter(dict(((w, k), n) for w, k, n in conn.execute(
            f"SELECT * FROM week_{kind}"))) for kind in ("contacts", "activities")},  # noqa: S608
    }


def _entry(kind: str, at: datetime, value: object, chosen: tuple[int, ...], entry_id=None):  # type: ignore[no-untyped-def]
    if kind == "mood":
        return MoodCheckIn(id=entry_id, at=at, mood=value)  # type: ignore[arg-type]
    if kind == "contact":
        return Contact(id=entry_id, at=at, mode=value, person_ids=chosen or ())  # type: ignore[arg-type]
    return Activity(id=entry_id, at=at, category=value, title="t", person_ids=chosen)  # type: ignore[arg-type]


def _apply(journal: Journal, steps: list) -> None:  # type: ignore[type-arg]
    ids = [p.id for p in journal.people(include_archived=True)]
    live: list = []  # type: ignore[type-arg]
    gone: list = []  # type: ignore[type-arg]
    for action, entry, n in steps:
        if action == "add" or (action == "change" and not live):
            kind, at, value, chosen = entry
            live.append(journal.add(_entry(kind, at, value, tuple(ids[i] for i in chosen))))
        elif action == "change":
            old = live[n % len(live)]
            kind, at, value, chosen = entry
            kinds = {MoodCheckIn: "mood", Contact: "contact", Activity: "activity"}
            if kinds[type(old)] != kind:
                continue
            live[n % len(live)] = journal.update(
                _entry(kind, at, value, tuple(ids[i] for i in chosen), old.id))
        elif action == "delete" and live:
            entry = live.pop(n % len(live))
            journal.delete_entry(_kind_of(entry), entry.id)
            gone.append(entry)
        elif action == "undo" and gone:  # undoing a delete puts the entry back with its id
            entry = gone.pop(n % len(gone))
            if all(e.id != entry.id for e in live if type(e) is type(entry)):  # not reused since
                live.append(journal.add(entry))


def _kind_of(entry):  # type: ignore[no-untyped-def]
    return {MoodCheckIn: EntryKind.MOOD, Contact: EntryKind.CONTACT,
            Activity: EntryKind.ACTIVITY}[type(entry)]


@pytest.fixture
def journal(vault):  # type: ignore[no-untyped-def]
    journal = Journal(vault, clock=lambda: NOW)
    for n in range(3):
        journal.add_person(Person(name=f"Person {n}"))
    return journal


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=20))
def test_the_figures_equal_a_recount_after_any_writes(local_tz, journal, zone, steps):
    local_tz(zone)
    with journal.batch():
        for table in ("moods", "contacts", "activities"):
            journal.vault.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        rebuild_day_totals(journal.vault.conn, NOW)  # the zone's stretches, as a read would
    _apply(journal, steps)
    assert kept(journal) == recount(journal)


def test_a_deleted_contact_takes_its_people_s_days_with_it(journal):
    ids = [p.id for p in journal.people()]
    contact = journal.add_contact(Contact(at=NOW, person_ids=tuple(ids)))
    journal.add_activity(Activity(at=NOW, category="Walk", title="t", person_ids=(ids[0],)))
    assert kept(journal)["people"][(ids[0], local_day(NOW).toordinal())] == 2
    journal.delete_contact(contact.id)  # its links go by cascade
    assert kept(journal) == recount(journal)
    assert kept(journal)["people"][(ids[1], local_day(NOW).toordinal())] == 0


@pytest.mark.parametrize("zone", [NEW_YORK, AUCKLAND])
def test_a_read_in_another_zone_makes_the_figures_again_for_it(local_tz, journal, zone):
    ids = [p.id for p in journal.people()]
    for hours in range(0, 24 * 6, 5):  # entries either side of local midnight
        at = CHANGES[2] + timedelta(hours=hours)
        journal.add_mood(MoodCheckIn(at=at, mood=1 + hours % 5))
        journal.add_contact(Contact(at=at, person_ids=(ids[hours % 3],)))
    local_tz(zone)  # made in the process's zone before, read in this one
    groups = day_groups(journal, local_day(NOW))
    assert kept(journal) == recount(journal)
    assert sorted(groups.moods) == sorted({local_day(at) for at, _ in _mood_times(journal)})


def _mood_times(journal):  # type: ignore[no-untyped-def]
    return [(p.at, p.mood) for p in load_history(journal, None, NOW).moods]


def test_days_far_before_the_kept_stretches_are_counted_after_a_rebuild(journal):
    long_ago = datetime(1962, 5, 1, 12, tzinfo=UTC)  # before 1970: beyond the kept stretches
    journal.add_mood(MoodCheckIn(at=long_ago, mood=4))
    assert journal.vault.conn.execute("SELECT day FROM day_moods").fetchall() == [(-1,)]
    groups = day_groups(journal, local_day(NOW))  # the read reaches back: made again
    assert groups.moods == {local_day(long_ago): 4.0}
    assert kept(journal) == recount(journal)


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND])
def test_old_entries_written_later_are_counted_on_their_day_at_once(local_tz, vault_path, zone,
                                                                    monkeypatch):
    """A journal brought in from another app: thirty years of entries written into a new vault
    are counted as they are written, so reading "All" has nothing to build again (it did so on
    the window's thread, issue 20)."""
    local_tz(zone)
    vault = create_vault(vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        person = journal.add_person(Person(name="Sam"))
        for years in (1, 12, 29, 45):
            at = NOW - timedelta(days=365 * years, hours=years)
            journal.add_mood(MoodCheckIn(at=at, mood=1 + years % 5))
            journal.add_contact(Contact(at=at, person_ids=(person.id,)))
            journal.add_activity(Activity(at=at, category="Walk", title="t", person_ids=(person.id,)))
        assert kept(journal) == recount(journal)
        assert all(day > 0 for (day, _), n in kept(journal)["moods"].items() if n)
        rebuilt: list[object] = []
        monkeypatch.setattr("peerjournal.storage.insights_days.rebuild_day_totals",
                            lambda *args, **kwargs: rebuilt.append(args))
        groups = day_groups(journal, local_day(NOW))
        assert rebuilt == []
        assert len(groups.moods) == 4
    finally:
        vault.close()


def test_migration_19_counts_entries_older_than_migration_18_reached(vault_path):
    before = MIGRATIONS[:MIGRATIONS.index(_migration_19)]
    vault = create_vault(vault_path, PASSPHRASE, migrations=before)
    journal = Journal(vault, clock=lambda: NOW)
    person = journal.add_person(Person(name="Sam"))
    # Migration 18 kept five years either side of now when the vault was new: as then, an entry
    # twelve years old is counted on no day until a read builds everything again.
    vault.conn.execute("UPDATE day_zone SET lo = ?, start_s = ?",
                       ("2021-11-20T12:00:00Z", int(datetime(2021, 11, 20, 12, tzinfo=UTC).timestamp())))
    long_ago = NOW - timedelta(days=365 * 12)
    journal.add_mood(MoodCheckIn(at=long_ago, mood=4))
    journal.add_contact(Contact(at=long_ago, person_ids=(person.id,)))
    assert (-1, 4, 1) in vault.conn.execute("SELECT day, total, n FROM day_moods").fetchall()
    vault.close()
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        assert vault.schema_version() == len(MIGRATIONS)
        assert kept(journal) == recount(journal)
        assert kept(journal)["moods"][(local_day(long_ago).toordinal(), "total")] == 4
    finally:
        vault.close()


def _fill(journal: Journal) -> None:
    ids = [p.id for p in journal.people()]
    for n in range(40):
        at = NOW - timedelta(hours=7 * n)
        journal.add_mood(MoodCheckIn(at=at, mood=1 + n % 5))
        journal.add_contact(Contact(at=at, mode=list(ContactMode)[n % 3], person_ids=(ids[n % 3],)))
        journal.add_activity(Activity(at=at, category=["Walk", ""][n % 2], title="t",
                                      person_ids=tuple(ids[: n % 3])))


def test_migration_18_builds_the_figures_of_a_vault_made_before_it(vault_path):
    vault = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:MIGRATIONS.index(_migration_18)])
    journal = Journal(vault, clock=lambda: NOW)
    for n in range(3):
        journal.add_person(Person(name=f"Person {n}"))
    _fill(journal)
    vault.close()
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        assert vault.schema_version() == len(MIGRATIONS)
        assert kept(journal) == recount(journal)
        assert sum(kept(journal)["contacts"].values()) == 40
    finally:
        vault.close()


def test_take_all_my_data_leaves_the_figures_out_and_a_new_journal_makes_them(journal, tmp_path):
    _fill(journal)
    document = export_document(journal)
    assert not set(DERIVED_TABLES) & set(document["tables"])
    assert not set(DERIVED_TABLES) & set(data_tables(journal.vault.conn))
    vault = create_vault(tmp_path / "copy.pjvault", PASSPHRASE, MIGRATIONS[: document["schema_version"]])
    try:
        import_document(document, vault)
        copy = Journal(vault, clock=lambda: NOW)
        assert kept(copy) == recount(copy) == kept(journal)
        triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%day_zone%'"
        assert vault.conn.execute(triggers).fetchone()[0] == journal.vault.conn.execute(
            triggers).fetchone()[0] > 0
        copy.add_mood(MoodCheckIn(at=NOW, mood=5))  # the triggers are back
        assert kept(copy) == recount(copy)
    finally:
        vault.close()
