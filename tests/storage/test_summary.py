"""Reading a period's entries for the printable summary: whole records, set-based, nothing
written; the connecting sections' records only when chosen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from peerjournal.core.connecting.goals import Goal, Happened, Review
from peerjournal.core.connecting.network_history import Snapshot, SnapshotMember
from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.options import BASIC_SECTIONS, Section
from peerjournal.core.summary.report import SummaryOptions, Table, build_report
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.vocabulary import Closeness, ContactMode, Relationship
from peerjournal.storage.summary import first_entry_day, load_summary_data
from tests.zones import CALIFORNIA


def local(day: int, hour: int = 12, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour).astimezone()


def test_whole_records_for_the_period_only(journal):
    assert first_entry_day(journal) is None
    sam = journal.add_person(Person(name="Sam"))
    ana = journal.add_person(Person(name="Ana", archived=True))
    journal.add_mood(MoodCheckIn(at=local(2), mood=4, energy=3, feelings=("calm", "hopeful"),
                                 note="slept well"))
    journal.add_mood(MoodCheckIn(at=local(20, month=5), mood=2, note="May"))
    journal.add_contact(Contact(at=local(3), person_ids=(ana.id, sam.id), mode=ContactMode.PHONE,
                                duration_min=20, felt=4, note="long call"))
    journal.add_activity(Activity(at=local(10, hour=0), category="Walk", title="Park",
                                  person_ids=(sam.id,), felt=5, note="sunny"))
    journal.add_activity(Activity(at=local(11), category="Walk", title="Later"))

    data = load_summary_data(journal, date(2026, 6, 1), date(2026, 6, 10))
    (mood,) = data.moods
    assert (mood.mood, mood.energy, mood.feelings, mood.note) == (4, 3, ("calm", "hopeful"),
                                                                 "slept well")
    (contact,) = data.contacts
    assert contact.person_ids == (ana.id, sam.id)  # in the order they were named
    assert (contact.mode, contact.duration_min, contact.felt, contact.note) == (
        ContactMode.PHONE, 20, 4, "long call")
    (activity,) = data.activities  # just after midnight on the last day still counts
    assert (activity.title, activity.person_ids, activity.note) == ("Park", (sam.id,), "sunny")
    assert {p.name for p in data.people} == {"Sam", "Ana"}  # archived people too
    # The same records the journal gives one by one.
    assert mood == journal.get_mood(mood.id) and contact == journal.get_contact(contact.id)
    assert first_entry_day(journal) == date(2026, 5, 20)


def test_reading_changes_nothing(journal):
    journal.add_mood(MoodCheckIn(at=local(2), mood=3))
    heard = []
    journal.add_listener(heard.append)
    before = journal.vault.conn.total_changes
    load_summary_data(journal, date(2026, 1, 1), date(2026, 6, 15))
    assert journal.vault.conn.total_changes == before and heard == []


def test_connecting_records_only_for_the_sections_chosen(journal):
    sam = journal.add_person(Person(name="Sam"))
    checks = journal.resources
    lift = checks.items()[0]
    assert lift.id is not None

    def save_check(day: datetime, reply: Reply) -> None:
        people = (sam.id,) if reply is Reply.YES else ()
        checks.save_check([Answer(lift.id, lift.domain, lift.text, reply, people)], taken=day)

    save_check(local(20, month=5), Reply.NO)
    save_check(local(5), Reply.NOT_SURE)
    save_check(local(10), Reply.YES)  # the latest in the period
    save_check(local(15, hour=1), Reply.NO)  # the day after it
    goals = journal.goals
    walk = goals.add_goal(Goal("Find a walking group", review_on=date(2026, 6, 9),
                               created=local(2), why="to meet people", helper_person_id=sam.id))
    goals.add_review(Review(walk.id, date(2026, 6, 8), Happened.PARTLY, in_the_way="rain"))
    goals.add_goal(Goal("After the period", review_on=date(2026, 6, 30), created=local(15, hour=1)))
    snapshots = journal.snapshots
    for day, reason in ((local(20, month=5), "saved by you"), (local(9), "resource check"),
                        (local(3), "saved by you")):
        snapshots.save_snapshot(Snapshot(None, day, reason, (
            SnapshotMember(sam.id, "Sam", Relationship.FRIEND, Closeness.CLOSE),)))
    journal.plan.save(SupportPlan(keep_well=("Walking by the river",)))

    start, end = date(2026, 6, 1), date(2026, 6, 14)
    basic = load_summary_data(journal, start, end, sections=BASIC_SECTIONS)
    assert (basic.support_plan, basic.resource_check, basic.goals, basic.network_snapshots) == (
        None, None, (), ())

    before = journal.vault.conn.total_changes
    data = load_summary_data(journal, start, end, sections=frozenset(Section))
    assert journal.vault.conn.total_changes == before
    assert data.support_plan is not None and data.support_plan.keep_well == ("Walking by the river",)
    assert data.resource_check is not None and data.previous_check is not None
    assert data.resource_check.taken == local(10) and data.previous_check.taken == local(5)
    assert data.resource_check.fragile[0].person_ids == (sam.id,)
    (share,) = data.goals
    assert share.goal.title == "Find a walking group" and share.goal.why == "to meet people"
    assert [(r.on, r.in_the_way) for r in share.reviews] == [(date(2026, 6, 8), "rain")]
    assert [s.taken for s in data.network_snapshots] == [local(3), local(9)]  # oldest first
    assert data.network_snapshots[0].members[0].person_id == sam.id


def test_the_summary_reads_time_together_as_the_journal_does(journal):
    """The summary's "last in touch" agrees with the journal's one definition (issue 16):
    a walk with Sam after the last contact with him is the last time in touch."""
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=local(2), person_ids=(sam.id,)))
    journal.add_activity(Activity(at=local(10), category="Outdoors", title="Walk", person_ids=(sam.id,)))
    start, end = date(2026, 6, 1), date(2026, 6, 14)
    report = build_report(SummaryOptions(start, end), load_summary_data(journal, start, end),
                          made=end)
    contacts = next(s for s in report.sections if s.key == "contacts")
    (table,) = [b for b in contacts.blocks if isinstance(b, Table) and "Last in touch" in b.headers]
    last = journal.last_in_touch_times()[sam.id].astimezone().date()
    assert last == date(2026, 6, 10)
    assert table.rows == (("Sam", "1", "1", "Wed 10 Jun 2026"),)


def test_a_check_in_at_half_past_eleven_in_california_stays_on_its_day(local_tz, journal):
    local_tz(CALIFORNIA)
    late = datetime(2026, 6, 16, 6, 30, tzinfo=UTC)  # 23:30 on 15 June in California (PDT)
    journal.add_mood(MoodCheckIn(at=late, mood=3, note="late"))
    assert first_entry_day(journal) == date(2026, 6, 15)
    assert [m.at for m in load_summary_data(journal, date(2026, 6, 15), date(2026, 6, 15)).moods] == [late]
    assert load_summary_data(journal, date(2026, 6, 16), date(2026, 6, 16)).moods == ()


def test_a_long_period_looks_up_local_time_only_near_its_edges(local_tz, journal, monkeypatch):
    """Issue 20: a year's share kept each of ~10,000 rows by its local date, one call into the
    C library each; a row a day or more inside the period is on one of its days in any zone."""
    from peerjournal.core.sharing import document

    local_tz(CALIFORNIA)
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    moments = [datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=37 * n) for n in range(240)]
    moments += [datetime(2024, 12, 31, 20, tzinfo=UTC), datetime(2025, 1, 1, 7, 59, tzinfo=UTC),
                datetime(2025, 1, 1, 8, tzinfo=UTC), datetime(2026, 1, 1, 7, 59, tzinfo=UTC),
                datetime(2026, 1, 1, 8, tzinfo=UTC)]
    for at in moments:
        journal.add_mood(MoodCheckIn(at=at, mood=3))
    lookups = 0
    real = document.to_local

    def counted(moment: datetime) -> datetime:
        nonlocal lookups
        lookups += 1
        return real(moment)

    monkeypatch.setattr(document, "to_local", counted)
    kept = [m.at for m in load_summary_data(journal, start, end).moods]
    assert kept == sorted(at for at in moments if start <= real(at).date() <= end)
    assert datetime(2025, 1, 1, 7, 59, tzinfo=UTC) not in kept  # 31 Dec, 23:59 in California
    assert datetime(2026, 1, 1, 7, 59, tzinfo=UTC) in kept
    assert lookups < len(moments) // 5  # those within a day of the edges, not all
