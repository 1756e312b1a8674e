"""The Journal API: records in, records out, for moods, people, contacts, activities and lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlcipher3

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    DEFAULT_FEELINGS,
    Closeness,
    ContactMode,
    EntryKind,
    HelpKind,
    Relationship,
)
from peerjournal.errors import UserError, ValidationError
from peerjournal.storage.journal import Journal, NotFound
from tests.storage.conftest import NOW, ago


def _count(journal: Journal, table: str) -> int:
    return journal.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def alice(journal: Journal) -> Person:
    return journal.add_person(
        Person(name="Alice", relationship=Relationship.FAMILY, closeness=Closeness.CLOSE,
               help_kinds=frozenset({HelpKind.EMOTIONAL, HelpKind.CRISIS}), notes="sister")
    )


@pytest.fixture
def bob(journal: Journal) -> Person:
    return journal.add_person(Person(name="bob", relationship=Relationship.PEER))


# -- moods ------------------------------------------------------------------


def test_add_and_get_mood(journal):
    added = journal.add_mood(
        MoodCheckIn(at=ago(hours=2), mood=4, energy=2,
                    feelings=(" Tired", "calm", "tired", "Hopeful "), note="  slept badly  ")
    )
    assert added.id is not None
    got = journal.get_mood(added.id)
    assert got.id == added.id
    assert got.at == ago(hours=2)
    assert (got.mood, got.energy, got.note) == (4, 2, "slept badly")
    assert got.feelings == ("tired", "calm", "hopeful")  # the order they were picked in
    assert got == added  # what add returned is exactly what comes back
    assert _count(journal, "mood_feelings") == 3


def test_mood_without_energy_or_feelings(journal):
    added = journal.add_mood(MoodCheckIn(at=ago(minutes=1), mood=1))
    got = journal.get_mood(added.id)
    assert (got.energy, got.feelings, got.note) == (None, (), "")


def test_update_mood_replaces_fields_and_feelings(journal):
    added = journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=2, feelings=("sad", "tired")))
    journal.update_mood(
        replace(added, at=ago(hours=1), mood=5, energy=5, feelings=("proud",), note="better")
    )
    got = journal.get_mood(added.id)
    assert (got.at, got.mood, got.energy, got.feelings, got.note) == (
        ago(hours=1), 5, 5, ("proud",), "better"
    )
    assert _count(journal, "mood_feelings") == 1


def test_picked_order_kept_for_feelings_and_people(journal, alice, bob):
    carol = journal.add_person(Person(name="Carol"))
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, feelings=("worried", "calm")))
    journal.update_mood(replace(mood, feelings=("sad", "angry", "worried")))
    assert journal.get_mood(mood.id).feelings == ("sad", "angry", "worried")

    contact = journal.add_contact(
        Contact(at=ago(hours=1), person_ids=(carol.id, alice.id, bob.id))
    )
    assert journal.get_contact(contact.id).person_ids == (carol.id, alice.id, bob.id)
    journal.update_contact(replace(contact, person_ids=(bob.id, carol.id)))
    assert journal.get_contact(contact.id).person_ids == (bob.id, carol.id)
    row = next(r for r in journal.timeline() if r.kind is EntryKind.CONTACT)
    assert row.summary == "In person with bob, Carol"
    assert next(r for r in journal.timeline() if r.kind is EntryKind.MOOD).summary == (
        "Feeling sad, angry, worried"
    )


def test_returned_record_equals_reloaded_even_with_microseconds(journal, alice):
    at = ago(hours=1) + timedelta(microseconds=654321)
    mood = journal.add_mood(MoodCheckIn(at=at, mood=3))
    contact = journal.add_contact(Contact(at=at, person_ids=(alice.id,)))
    activity = journal.add_activity(Activity(at=at, category="Work", title="Shift"))
    assert journal.get_mood(mood.id) == mood
    assert journal.get_contact(contact.id) == contact
    assert journal.get_activity(activity.id) == activity
    assert mood.at == ago(hours=1)


def test_update_and_delete_missing_mood_raise_not_found(journal):
    with pytest.raises(NotFound) as info:
        journal.update_mood(MoodCheckIn(at=ago(hours=1), mood=3, id=999))
    assert isinstance(info.value, UserError)
    assert "check-in" in str(info.value)
    with pytest.raises(NotFound):
        journal.update_mood(MoodCheckIn(at=ago(hours=1), mood=3))  # never stored
    with pytest.raises(NotFound):
        journal.get_mood(999)
    with pytest.raises(NotFound):
        journal.delete_mood(999)
    assert _count(journal, "moods") == 0


def test_delete_mood_returns_it_and_removes_feelings(journal):
    added = journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=2, feelings=("sad",)))
    kept = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, feelings=("calm",)))
    before = journal.get_mood(added.id)
    deleted = journal.delete_mood(added.id)
    assert deleted == before
    assert deleted.feelings == ("sad",)
    with pytest.raises(NotFound):
        journal.get_mood(added.id)
    assert journal.get_mood(kept.id).feelings == ("calm",)
    assert _count(journal, "mood_feelings") == 1


def test_moods_between_is_half_open_and_ordered(journal):
    a = journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=1))
    b = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=2))
    c = journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=3))
    got = journal.moods_between(ago(hours=3), ago(hours=1))
    assert [m.id for m in got] == [a.id, c.id]  # start included, end excluded, oldest first
    assert b.id not in [m.id for m in journal.moods_between(ago(days=1), ago(hours=1))]


def test_future_mood_rejected_by_journal_clock(journal):
    with pytest.raises(ValidationError):
        journal.add_mood(MoodCheckIn(at=NOW + timedelta(days=2), mood=3))
    assert _count(journal, "moods") == 0


# -- people -------------------------------------------------------------------


def test_add_and_get_person(journal, alice):
    got = journal.get_person(alice.id)
    assert got == alice
    assert got.relationship is Relationship.FAMILY
    assert got.closeness is Closeness.CLOSE
    assert got.help_kinds == {HelpKind.EMOTIONAL, HelpKind.CRISIS}
    assert got.notes == "sister"
    assert got.archived is False


def test_person_name_is_cleaned(journal):
    person = journal.add_person(Person(name="  Mary   Ann  "))
    assert journal.get_person(person.id).name == "Mary Ann"


def test_update_person(journal, alice):
    journal.update_person(
        replace(alice, name="Alice B", closeness=Closeness.OUTER,
                help_kinds=frozenset({HelpKind.ADVICE}), notes="")
    )
    got = journal.get_person(alice.id)
    assert (got.name, got.closeness, got.help_kinds, got.notes) == (
        "Alice B", Closeness.OUTER, {HelpKind.ADVICE}, ""
    )
    assert _count(journal, "person_help") == 1


def test_missing_person_not_found(journal):
    with pytest.raises(NotFound):
        journal.get_person(42)
    with pytest.raises(NotFound):
        journal.update_person(Person(name="Ghost", id=42))
    with pytest.raises(NotFound):
        journal.delete_person(42)
    with pytest.raises(NotFound):
        journal.set_archived(42, True)


def test_delete_person_without_history(journal, alice, bob):
    deleted = journal.delete_person(alice.id)
    assert deleted == alice
    with pytest.raises(NotFound):
        journal.get_person(alice.id)
    assert [p.id for p in journal.people(include_archived=True)] == [bob.id]
    assert _count(journal, "person_help") == 0


def test_delete_person_with_contact_history_refused(journal, alice):
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id,)))
    with pytest.raises(UserError) as info:
        journal.delete_person(alice.id)
    assert not isinstance(info.value, NotFound)
    assert "Alice" in str(info.value)
    assert "archived" in str(info.value)
    assert journal.get_person(alice.id) == alice
    assert journal.person_has_history(alice.id)


def test_delete_person_with_activity_history_refused(journal, alice, bob):
    journal.add_activity(
        Activity(at=ago(hours=1), category="Hobby / creative", title="Pottery", person_ids=(bob.id,))
    )
    assert journal.person_has_history(bob.id)
    assert not journal.person_has_history(alice.id)
    with pytest.raises(UserError):
        journal.delete_person(bob.id)
    assert journal.get_person(bob.id) == bob


def test_person_deletable_again_once_history_deleted(journal, alice):
    contact = journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id,)))
    journal.delete_contact(contact.id)
    assert not journal.person_has_history(alice.id)
    journal.delete_person(alice.id)


def test_archive_hides_from_default_people_list(journal, alice, bob):
    carol = journal.add_person(Person(name="Carol"))
    assert [p.name for p in journal.people()] == ["Alice", "bob", "Carol"]  # case-insensitive

    archived = journal.set_archived(bob.id, True)
    assert archived.archived is True
    assert journal.get_person(bob.id).archived is True
    assert [p.id for p in journal.people()] == [alice.id, carol.id]
    assert [p.id for p in journal.people(include_archived=True)] == [alice.id, bob.id, carol.id]

    journal.set_archived(bob.id, False)
    assert [p.id for p in journal.people()] == [alice.id, bob.id, carol.id]


def test_people_list_carries_help_kinds(journal, alice, bob):
    by_id = {p.id: p for p in journal.people()}
    assert by_id[alice.id].help_kinds == {HelpKind.EMOTIONAL, HelpKind.CRISIS}
    assert by_id[bob.id].help_kinds == frozenset()


# -- contacts -----------------------------------------------------------------


def test_add_and_get_contact(journal, alice, bob):
    added = journal.add_contact(
        Contact(at=ago(hours=3), person_ids=(bob.id, alice.id, bob.id), mode=ContactMode.VIDEO,
                duration_min=45, felt=4, note=" good chat ")
    )
    got = journal.get_contact(added.id)
    assert got.person_ids == (bob.id, alice.id)  # picked order, duplicates dropped
    assert got == added
    assert (got.at, got.mode, got.duration_min, got.felt, got.note) == (
        ago(hours=3), ContactMode.VIDEO, 45, 4, "good chat"
    )
    assert got.mode is ContactMode.VIDEO


def test_contact_with_unknown_person_not_found_and_nothing_written(journal, alice):
    with pytest.raises(NotFound) as info:
        journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id, 999)))
    assert "person" in str(info.value)
    assert _count(journal, "contacts") == 0
    assert _count(journal, "contact_people") == 0


def test_foreign_keys_are_enforced_by_the_database(journal):
    contact = journal.add_contact(
        Contact(at=ago(hours=1), person_ids=(journal.add_person(Person(name="X")).id,))
    )
    with pytest.raises(sqlcipher3.IntegrityError):
        journal.vault.conn.execute(
            "INSERT INTO contact_people (contact_id, person_id) VALUES (?, 999)", (contact.id,)
        )


def test_update_contact_changes_people(journal, alice, bob):
    added = journal.add_contact(Contact(at=ago(hours=3), person_ids=(alice.id,)))
    journal.update_contact(replace(added, person_ids=(bob.id,), mode=ContactMode.MESSAGE))
    got = journal.get_contact(added.id)
    assert got.person_ids == (bob.id,)
    assert got.mode is ContactMode.MESSAGE
    assert not journal.person_has_history(alice.id)
    with pytest.raises(NotFound):
        journal.update_contact(replace(added, id=999))
    with pytest.raises(NotFound):
        journal.update_contact(replace(added, person_ids=(999,)))
    assert journal.get_contact(added.id).person_ids == (bob.id,)


def test_delete_contact(journal, alice):
    added = journal.add_contact(Contact(at=ago(hours=3), person_ids=(alice.id,), note="n"))
    deleted = journal.delete_contact(added.id)
    assert deleted.note == "n" and deleted.person_ids == (alice.id,)
    with pytest.raises(NotFound):
        journal.get_contact(added.id)
    with pytest.raises(NotFound):
        journal.delete_contact(added.id)
    assert _count(journal, "contact_people") == 0


def test_last_in_touch_times_from_contacts(journal, alice, bob):
    carol = journal.add_person(Person(name="Carol"))
    journal.add_contact(Contact(at=ago(days=3), person_ids=(alice.id, bob.id)))
    journal.add_contact(Contact(at=ago(days=1), person_ids=(alice.id,)))
    journal.add_contact(Contact(at=ago(days=2), person_ids=(alice.id,)))
    times = journal.last_in_touch_times()
    assert times == {alice.id: ago(days=1), bob.id: ago(days=3)}
    assert carol.id not in times


def test_contacts_with_is_newest_first(journal, alice, bob):
    middle = journal.add_contact(Contact(at=ago(days=2), person_ids=(alice.id,)))
    newest = journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id, bob.id)))
    oldest = journal.add_contact(Contact(at=ago(days=9), person_ids=(alice.id,)))
    journal.add_contact(Contact(at=ago(minutes=5), person_ids=(bob.id,)))
    assert [c.id for c in journal.contacts_with(alice.id)] == [newest.id, middle.id, oldest.id]
    assert journal.contacts_with(999) == []


# -- activities ---------------------------------------------------------------


def test_add_get_update_delete_activity(journal, alice, bob):
    added = journal.add_activity(
        Activity(at=ago(hours=4), category=" Exercise ", title="Swim  at the pool",
                 person_ids=(alice.id,), felt=5, note="cold")
    )
    got = journal.get_activity(added.id)
    assert (got.at, got.category, got.title, got.person_ids, got.felt, got.note) == (
        ago(hours=4), "Exercise", "Swim at the pool", (alice.id,), 5, "cold"
    )

    journal.update_activity(replace(got, title="Run", person_ids=(bob.id, alice.id), felt=None))
    got = journal.get_activity(added.id)
    assert (got.title, got.person_ids, got.felt) == ("Run", (bob.id, alice.id), None)

    deleted = journal.delete_activity(added.id)
    assert deleted == got
    with pytest.raises(NotFound):
        journal.get_activity(added.id)
    with pytest.raises(NotFound):
        journal.delete_activity(added.id)
    with pytest.raises(NotFound):
        journal.update_activity(got)
    assert _count(journal, "activity_people") == 0


def test_activity_without_people(journal):
    added = journal.add_activity(Activity(at=ago(hours=1), category="Outdoors", title="Walk"))
    assert journal.get_activity(added.id).person_ids == ()


def test_activity_with_unknown_person_not_found(journal):
    with pytest.raises(NotFound):
        journal.add_activity(
            Activity(at=ago(hours=1), category="Work", title="Shift", person_ids=(7,))
        )
    assert _count(journal, "activities") == 0


# -- generic add/get/delete (undo) ----------------------------------------------


def test_add_of_deleted_records_recreates_them_with_same_ids(journal, alice, bob):
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=5), mood=2, feelings=("sad",), note="m"))
    journal.add_mood(MoodCheckIn(at=ago(hours=4), mood=3))  # a later id exists too
    contact = journal.add_contact(
        Contact(at=ago(hours=3), person_ids=(alice.id, bob.id), mode=ContactMode.PHONE, felt=2)
    )
    activity = journal.add_activity(
        Activity(at=ago(hours=2), category="Learning", title="Class", person_ids=(bob.id,))
    )
    carol = journal.add_person(Person(name="Carol", help_kinds=frozenset({HelpKind.COMPANY})))

    originals = {
        EntryKind.MOOD: journal.get_mood(mood.id),
        EntryKind.CONTACT: journal.get_contact(contact.id),
        EntryKind.ACTIVITY: journal.get_activity(activity.id),
    }
    for kind, original in originals.items():
        assert journal.get_entry(kind, original.id) == original
        deleted = journal.delete_entry(kind, original.id)
        assert deleted == original
        with pytest.raises(NotFound):
            journal.get_entry(kind, original.id)
        restored = journal.add(deleted)
        assert restored.id == original.id
        assert journal.get_entry(kind, original.id) == original

    deleted_person = journal.delete_person(carol.id)
    restored = journal.add(deleted_person)
    assert restored.id == carol.id
    assert journal.get_person(carol.id) == carol


def test_generic_update_dispatches_by_type(journal, alice):
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=2))
    journal.update(replace(mood, mood=4))
    assert journal.get_mood(mood.id).mood == 4
    journal.update(replace(alice, name="Alicia"))
    assert journal.get_person(alice.id).name == "Alicia"
    contact = journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id,)))
    journal.update(replace(contact, felt=1))
    assert journal.get_contact(contact.id).felt == 1
    activity = journal.add_activity(Activity(at=ago(hours=1), category="Work", title="Shift"))
    journal.update(replace(activity, title="Late shift"))
    assert journal.get_activity(activity.id).title == "Late shift"


def test_counts(journal, alice):
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=2))
    journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=2))
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id,)))
    assert journal.counts() == {EntryKind.MOOD: 2, EntryKind.CONTACT: 1, EntryKind.ACTIVITY: 0}


# -- times --------------------------------------------------------------------


@pytest.mark.parametrize(
    "tz", [timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8)), UTC]
)
def test_times_are_stored_in_utc_and_read_back_as_the_same_instant(journal, alice, tz):
    instant = datetime(2026, 3, 1, 6, 30, 15, tzinfo=UTC)
    local = instant.astimezone(tz)
    mood = journal.add_mood(MoodCheckIn(at=local, mood=3))
    contact = journal.add_contact(Contact(at=local, person_ids=(alice.id,)))
    activity = journal.add_activity(Activity(at=local, category="Work", title="Shift"))

    for table, entry_id in (("moods", mood.id), ("contacts", contact.id),
                            ("activities", activity.id)):
        raw = journal.vault.conn.execute(
            f"SELECT at_utc FROM {table} WHERE id = ?", (entry_id,)
        ).fetchone()[0]
        assert raw == "2026-03-01T06:30:15Z"

    for got in (journal.get_mood(mood.id), journal.get_contact(contact.id),
                journal.get_activity(activity.id)):
        assert got.at == instant
        assert got.at.utcoffset() == timedelta(0)
    assert all(row.at.utcoffset() == timedelta(0) for row in journal.timeline())


def test_storage_order_follows_instants_not_local_clock_text(journal):
    # 10:00 at +05:00 is earlier than 06:00 at UTC.
    plus_five = timezone(timedelta(hours=5))
    east = journal.add_mood(MoodCheckIn(at=datetime(2026, 3, 1, 10, 0, tzinfo=plus_five), mood=1))
    utc = journal.add_mood(MoodCheckIn(at=datetime(2026, 3, 1, 6, 0, tzinfo=UTC), mood=2))
    assert [r.id for r in journal.timeline()] == [utc.id, east.id]


# -- vocabulary ---------------------------------------------------------------


def test_seeded_vocabulary(journal):
    feelings = journal.feelings()
    assert feelings == list(DEFAULT_FEELINGS)
    assert 18 <= len(feelings) <= 22
    assert journal.activity_categories() == list(DEFAULT_ACTIVITY_CATEGORIES)
    assert {"Exercise", "Volunteering", "Other"} <= set(journal.activity_categories())


def test_add_and_remove_feeling(journal):
    assert journal.add_feeling("  Giddy ") == "giddy"
    assert journal.feelings()[-1] == "giddy"
    journal.add_feeling("CALM")
    journal.add_feeling("giddy")
    assert journal.feelings().count("calm") == 1
    assert journal.feelings().count("giddy") == 1
    assert len(journal.feelings()) == len(DEFAULT_FEELINGS) + 1

    journal.remove_feeling("calm")
    assert "calm" not in journal.feelings()
    assert len(journal.feelings()) == len(DEFAULT_FEELINGS)


def test_add_and_remove_activity_category(journal):
    journal.add_activity_category("Chess club")
    assert journal.activity_categories()[-1] == "Chess club"
    journal.add_activity_category("exercise")
    journal.add_activity_category("CHESS CLUB")
    cats = journal.activity_categories()
    assert [c.lower() for c in cats].count("exercise") == 1
    assert [c.lower() for c in cats].count("chess club") == 1
    assert "Exercise" in cats  # the original spelling is kept

    journal.remove_activity_category("Other")
    assert "Other" not in journal.activity_categories()


def test_empty_vocabulary_word_rejected(journal):
    with pytest.raises(ValidationError):
        journal.add_feeling("   ")
    with pytest.raises(ValidationError):
        journal.add_activity_category("")
    assert journal.feelings() == list(DEFAULT_FEELINGS)


def test_removed_feeling_stays_on_past_entries(journal):
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, feelings=("calm",)))
    journal.remove_feeling("calm")
    assert journal.get_mood(mood.id).feelings == ("calm",)


# -- timeline -----------------------------------------------------------------


def test_timeline_newest_first_with_summaries(journal, alice, bob):
    mood = journal.add_mood(
        MoodCheckIn(at=ago(hours=5), mood=4, feelings=("calm",), note="mood note")
    )
    plain_mood = journal.add_mood(MoodCheckIn(at=ago(hours=6), mood=1))
    contact = journal.add_contact(
        Contact(at=ago(hours=1), person_ids=(alice.id, bob.id), mode=ContactMode.PHONE, felt=2)
    )
    activity = journal.add_activity(
        Activity(at=ago(hours=3), category="Exercise", title="Walk", person_ids=(bob.id,),
                 note="windy")
    )
    alone = journal.add_activity(Activity(at=ago(hours=2), category="Hobby / creative", title="Paint"))

    rows = journal.timeline()
    assert [(r.kind, r.id) for r in rows] == [
        (EntryKind.CONTACT, contact.id),
        (EntryKind.ACTIVITY, alone.id),
        (EntryKind.ACTIVITY, activity.id),
        (EntryKind.MOOD, mood.id),
        (EntryKind.MOOD, plain_mood.id),
    ]
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    by_id = {(r.kind, r.id): r for r in rows}

    c = by_id[(EntryKind.CONTACT, contact.id)]
    assert c.summary == "Phone call with Alice, bob"
    assert (c.score, c.score_label) == (2, "Not great")

    a = by_id[(EntryKind.ACTIVITY, activity.id)]
    assert a.summary == "Exercise: Walk (with bob)"
    assert a.note == "windy"
    assert a.score is None and a.score_label == ""
    assert by_id[(EntryKind.ACTIVITY, alone.id)].summary == "Hobby / creative: Paint"

    m = by_id[(EntryKind.MOOD, mood.id)]
    assert m.summary == "Feeling calm"
    assert (m.score, m.score_label, m.note) == (4, "Good", "mood note")
    assert by_id[(EntryKind.MOOD, plain_mood.id)].summary == "Check-in"


def test_timeline_shows_renamed_person(journal, alice):
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(alice.id,)))
    journal.update_person(replace(alice, name="Alicia"))
    [row] = journal.timeline()
    assert row.summary == "In person with Alicia"


def test_timeline_same_time_newest_id_first(journal):
    first = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=1))
    second = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=2))
    assert [r.id for r in journal.timeline()] == [second.id, first.id]


def test_empty_timeline(journal):
    assert journal.timeline() == []


def test_timeline_since_keeps_entries_at_or_after(journal, alice):
    old = journal.add_mood(MoodCheckIn(at=ago(days=3), mood=1))
    edge = journal.add_contact(Contact(at=ago(days=2), person_ids=(alice.id,)))
    new = journal.add_activity(Activity(at=ago(hours=1), category="Work", title="Shift"))
    since = ago(days=2).astimezone(timezone(timedelta(hours=-4)))  # any zone, same instant
    assert [(r.kind, r.id) for r in journal.timeline(since=since)] == [
        (EntryKind.ACTIVITY, new.id), (EntryKind.CONTACT, edge.id)
    ]
    assert len(journal.timeline()) == 3
    assert old.id in [r.id for r in journal.timeline(since=ago(days=30))]


def test_a_person_may_be_stored_with_relationship_and_circle_unset(journal):
    kit = journal.add_person(Person(name="Kit", relationship=None, closeness=None))
    row = journal.vault.conn.execute("SELECT relationship, closeness FROM people WHERE id = ?", (kit.id,)).fetchone()
    assert tuple(row) == ("", "")  # "" is "not set", as an activity's unset kind
    assert journal.get_person(kit.id).relationship is None and journal.get_person(kit.id).closeness is None
    placed = journal.update_person(replace(kit, closeness=Closeness.CLOSE))
    assert journal.get_person(kit.id) == placed and placed.relationship is None
