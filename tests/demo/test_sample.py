"""The sample journal: deterministic, never in the future, valid, and lived-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from statistics import mean

import pytest

from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    DEFAULT_FEELINGS,
    MOOD_MAX,
    MOOD_MIN,
    Closeness,
    ContactMode,
    Relationship,
)
from peerjournal.demo.sample import DemoData, demo_journal, link_people

NOW = datetime(2026, 3, 14, 18, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return demo_journal(NOW)


def _entries(data: DemoData) -> list:
    return [*data.moods, *data.contacts, *data.activities]


def test_same_seed_gives_the_same_journal(demo: DemoData) -> None:
    assert demo_journal(NOW) == demo
    assert demo_journal(NOW, seed=8) != demo


def test_about_a_dozen_varied_people(demo: DemoData) -> None:
    assert 10 <= len(demo.people) <= 15
    assert len({p.name for p in demo.people}) == len(demo.people)
    relationships = {p.relationship for p in demo.people}
    assert {Relationship.FAMILY, Relationship.FRIEND, Relationship.PEER,
            Relationship.PROFESSIONAL} <= relationships
    assert {p.closeness for p in demo.people} == set(Closeness)
    assert all(p.help_kinds for p in demo.people)
    assert any(p.notes for p in demo.people)
    for person in demo.people:
        assert person.id is None
        person.validate(NOW)


def test_nothing_after_now(demo: DemoData) -> None:
    assert max(e.at for e in _entries(demo)) <= NOW


def test_every_record_is_valid(demo: DemoData) -> None:
    for entry in _entries(demo):
        entry.validate(NOW)


def test_covers_roughly_the_days_asked_for(demo: DemoData) -> None:
    first_day = NOW.date() - timedelta(days=89)
    dates = {e.at.date() for e in _entries(demo)}
    assert min(dates) >= first_day
    assert min(dates) <= first_day + timedelta(days=3)
    assert len(dates) >= 80
    mood_days = {m.at.date() for m in demo.moods}
    assert 60 <= len(mood_days) < 90  # most days, not every day
    assert len(demo.moods) > len(mood_days)  # some days have two


def test_fewer_days() -> None:
    data = demo_journal(NOW, days=14)
    assert min(e.at for e in _entries(data)).date() >= NOW.date() - timedelta(days=13)
    assert data.moods and data.contacts and data.activities


def test_moods_and_feelings_in_range(demo: DemoData) -> None:
    for mood in demo.moods:
        assert MOOD_MIN <= mood.mood <= MOOD_MAX
        assert mood.energy is None or MOOD_MIN <= mood.energy <= MOOD_MAX
        assert set(mood.feelings) <= set(DEFAULT_FEELINGS)
    assert len({m.mood for m in demo.moods}) >= 4
    assert any(m.note for m in demo.moods)


def test_contacts_name_people_by_index(demo: DemoData) -> None:
    assert len(demo.contacts) >= 90 // 7 * 3  # several a week
    for contact in demo.contacts:
        assert contact.person_ids
        assert all(0 <= i < len(demo.people) for i in contact.person_ids)
    assert len({c.mode for c in demo.contacts}) >= 4


def test_activities_use_default_categories(demo: DemoData) -> None:
    for activity in demo.activities:
        assert activity.category in DEFAULT_ACTIVITY_CATEGORIES
        assert all(0 <= i < len(demo.people) for i in activity.person_ids)
    titles = {a.title for a in demo.activities}
    assert "Tuesday peer support group" in titles
    assert any(a.person_ids for a in demo.activities)


def test_closer_people_are_contacted_more(demo: DemoData) -> None:
    per_circle: dict[Closeness, list[int]] = {c: [] for c in Closeness}
    for index, person in enumerate(demo.people):
        count = sum(index in c.person_ids for c in demo.contacts)
        per_circle[person.closeness].append(count)
    assert mean(per_circle[Closeness.CLOSE]) > mean(per_circle[Closeness.OUTER])


def test_evenings_are_better_after_meeting_people() -> None:
    met, alone = [], []
    for seed in range(1, 6):
        data = demo_journal(NOW, seed=seed)
        days_met = {c.at.date() for c in data.contacts if c.mode is ContactMode.IN_PERSON}
        days_met |= {a.at.date() for a in data.activities if a.category == "Group / club"}
        for mood in data.moods:
            if mood.at.hour >= 19:
                (met if mood.at.date() in days_met else alone).append(mood.mood)
    assert mean(met) > mean(alone)


def test_a_harder_stretch(demo: DemoData) -> None:
    by_day: dict = {}
    for mood in demo.moods:
        by_day.setdefault(mood.at.date(), []).append(mood.mood)
    weeks = [
        [m for day, moods in by_day.items() if start <= day < start + timedelta(days=7)
         for m in moods]
        for start in by_day
    ]
    assert min(mean(w) for w in weeks if len(w) >= 4) <= 2.5


def test_times_are_wall_clock_in_nows_zone() -> None:
    plus_ten = timezone(timedelta(hours=10))
    data = demo_journal(NOW.astimezone(plus_ten))
    assert all(7 <= m.at.hour <= 23 for m in data.moods)
    assert all(m.at.utcoffset() == timedelta(hours=10) for m in data.moods)


def test_naive_now_is_local_time_with_each_days_offset() -> None:
    naive = datetime(2026, 3, 14, 18, 30)
    data = demo_journal(naive, days=120)
    assert max(e.at for e in _entries(data)) <= naive.astimezone()
    for mood in data.moods:
        assert 7 <= mood.at.hour <= 23
        assert mood.at.utcoffset() == mood.at.replace(tzinfo=None).astimezone().utcoffset()


def test_link_people_swaps_indexes_for_ids(demo: DemoData) -> None:
    ids = [100 + i for i in range(len(demo.people))]
    contact = next(c for c in demo.contacts if len(c.person_ids) > 1)
    linked = link_people(contact, ids)
    assert linked.person_ids == tuple(100 + i for i in contact.person_ids)
    assert linked.at == contact.at
    assert demo.people_in(contact)[0] is demo.people[contact.person_ids[0]]
