"""A sample journal for trying PeerJournal out: a dozen people and a lived-in season of entries.

Pure and deterministic: the same ``now``, ``days`` and ``seed`` always give the same journal
(for a naive, local ``now``, on a computer in the same time zone).
People get ids only when stored, so contacts and activities here name people by their
index in :attr:`DemoData.people`; :func:`link_people` swaps the indexes for real ids.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from peerjournal.core.mentions import mention_token, render
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import MOOD_MAX, MOOD_MIN, Closeness, ContactMode
from peerjournal.core.vocabulary import Relationship as Rel
from peerjournal.demo import sample_text as text
from peerjournal.demo.sample_text import (
    BEV,
    CHLOE,
    DEV,
    GP,
    JESS,
    MARCUS,
    MUM,
    NADIA,
    PRIYA,
    RACHEL,
    SAM,
    TOM,
)

Linked = TypeVar("Linked", Contact, Activity)


@dataclass
class DemoData:
    """A sample journal. In ``contacts`` and ``activities``, ``person_ids`` are indexes into ``people``."""

    people: list[Person]
    moods: list[MoodCheckIn] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)

    def people_in(self, entry: Contact | Activity) -> list[Person]:
        return [self.people[i] for i in entry.person_ids]


def link_people(entry: Linked, stored_ids: Sequence[int]) -> Linked:
    """``entry`` with its person indexes swapped for the ids those people got when stored."""
    return replace(entry, person_ids=tuple(stored_ids[i] for i in entry.person_ids))


def link_mentions(mood: MoodCheckIn, stored_ids: Sequence[int]) -> MoodCheckIn:
    """``mood`` with the people its note names (by index) linked to their stored ids."""
    return replace(mood, note=render(mood.note, lambda i, name: mention_token(name, stored_ids[i])))


def demo_journal(now: datetime, days: int = 90, seed: int = 7) -> DemoData:
    """A sample journal over the ``days`` calendar days ending at ``now``, nothing after ``now``.

    Entries fall at ordinary wall-clock hours in ``now``'s time zone. A naive ``now`` means
    this computer's local time, with each day's own UTC offset (so summer time is right).
    """
    return _Writer(now, days, random.Random(seed)).write()


# Friends and family are contacted at random, more often the closer they are;
# professionals only by appointment.
_CIRCLE_WEIGHT = {Closeness.CLOSE: 5.0, Closeness.MIDDLE: 2.5, Closeness.OUTER: 1.0}
_SOCIAL = [i for i, p in enumerate(text.PEOPLE) if p.relationship is not Rel.PROFESSIONAL]
_MODES: dict[Rel, tuple[tuple[ContactMode, float], ...]] = {
    Rel.FAMILY: ((ContactMode.MESSAGE, 4), (ContactMode.PHONE, 3), (ContactMode.IN_PERSON, 2),
                 (ContactMode.VIDEO, 1)),
    Rel.FRIEND: ((ContactMode.MESSAGE, 4), (ContactMode.IN_PERSON, 3), (ContactMode.PHONE, 1)),
    Rel.NEIGHBOUR: ((ContactMode.IN_PERSON, 1),),
    Rel.PEER: ((ContactMode.MESSAGE, 3), (ContactMode.ONLINE_GROUP, 1), (ContactMode.IN_PERSON, 1)),
    Rel.COLLEAGUE: ((ContactMode.MESSAGE, 1),),
}
_MINUTES = {
    ContactMode.IN_PERSON: (30, 150), ContactMode.PHONE: (10, 45),
    ContactMode.VIDEO: (20, 60), ContactMode.ONLINE_GROUP: (45, 90),
}
# Contacts that a person's own notes describe (Jess's kids wave on video, Sam chats over the fence).
_USUAL = {(JESS, ContactMode.VIDEO), (SAM, ContactMode.IN_PERSON)}


def _clamp(value: float) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, round(value)))


def _bucket(mood: int) -> str:
    return "low" if mood <= 2 else "mid" if mood == 3 else "high"


@dataclass
class _Day:
    """What happened on one day, for that day's check-ins."""

    n: int
    date: date
    hard: bool
    recovering: bool
    lift: float = 0.0
    companions: list[int] = field(default_factory=list)  # friends and family seen
    helpers: list[int] = field(default_factory=list)  # anyone who got in touch
    group: bool = False


class _Writer:
    def __init__(self, now: datetime, days: int, rng: random.Random) -> None:
        # No zone: local wall-clock times, each given its own day's offset by astimezone().
        self.tz: tzinfo | None = now.tzinfo
        self.now = now if now.tzinfo else now.astimezone()
        self.days, self.rng = days, rng
        self.data = DemoData(people=list(text.PEOPLE))
        self.first_day = now.date() - timedelta(days=days - 1)
        # A harder stretch of a week or so, somewhere past the middle.
        self.hard_start = int(days * 0.45) + rng.randint(0, max(days // 6, 1))
        self.hard_end = self.hard_start + rng.randint(7, 10)
        self.gp_day = self.hard_start + 2
        while (self.first_day + timedelta(days=self.gp_day)).weekday() >= 5:
            self.gp_day += 1
        self.course_start = int(days * 0.15)
        self.drift = 0.0
        self.last_contact = 0

    def write(self) -> DemoData:
        for n in range(self.days):
            self._day(n, self.first_day + timedelta(days=n))
        for entries in (self.data.moods, self.data.contacts, self.data.activities):
            entries.sort(key=lambda e: e.at)
        return self.data

    # -- helpers ------------------------------------------------------------------
    def _at(self, day: date, hour: int, minute: int = 0) -> datetime:
        moment = datetime.combine(day, time(hour, minute), tzinfo=self.tz)
        return moment if self.tz else moment.astimezone()

    def _between(self, day: date, start_hour: int, end_hour: int) -> datetime:
        minutes = self.rng.randrange(start_hour * 60, end_hour * 60, 5)
        return self._at(day, minutes // 60, minutes % 60)

    def _maybe_note(self, chance: float, notes: Sequence[str]) -> str:
        return self.rng.choice(notes) if notes and self.rng.random() < chance else ""

    def _felt(self, centre: float) -> int | None:
        return None if self.rng.random() < 0.15 else _clamp(centre + self.rng.gauss(0, 0.7))

    def _contact(self, at: datetime, people: tuple[int, ...], mode: ContactMode, felt: float,
                 notes: Sequence[str] = (), minutes: tuple[int, int] | None = None) -> bool:
        if at > self.now:
            return False
        minutes = minutes or _MINUTES.get(mode)
        self.data.contacts.append(Contact(
            at=at, person_ids=people, mode=mode, felt=self._felt(felt),
            duration_min=self.rng.randrange(*minutes, 5) if minutes else None,
            note=self._maybe_note(0.3, notes or text.CONTACT_NOTES[mode]),
        ))
        return True

    def _activity(self, at: datetime, category: str, title: str, felt: float,
                  people: tuple[int, ...] = ()) -> bool:
        if at > self.now:
            return False
        self.data.activities.append(Activity(
            at=at, category=category, title=title, person_ids=people, felt=self._felt(felt),
            note=self._maybe_note(0.25, text.ACTIVITY_NOTES.get(category, ())),
        ))
        return True

    # -- one day -----------------------------------------------------------------
    def _day(self, n: int, when: date) -> None:
        day = _Day(n, when, hard=self.hard_start <= n < self.hard_end,
                   recovering=self.hard_end <= n < self.hard_end + 6)
        self.drift = 0.8 * self.drift + self.rng.gauss(0, 0.3)
        self._activities(day)
        self._contacts(day)
        if day.companions or day.helpers:
            self.last_contact = n
        mood = 3.25 + self.drift - (1.5 if day.hard else 0.6 if day.recovering else 0.0)
        self._moods(day, mood)

    def _activities(self, day: _Day) -> None:
        rng, weekday, hard = self.rng, day.date.weekday(), day.hard
        if weekday == 1 and not (hard and rng.random() < 0.6):
            people = (DEV,) + tuple(p for p, c in ((MARCUS, 0.8), (BEV, 0.6)) if rng.random() < c)
            day.group = self._activity(self._at(day.date, 18, 30), "Group / club",
                                       "Tuesday peer support group", 3.3 if hard else 4, people)
            day.lift += 0.5 if day.group else 0.0
        if weekday in (0, 4) and not (hard and rng.random() < 0.5):
            people = (CHLOE,) if rng.random() < 0.7 else ()
            self._activity(self._at(day.date, 9, 30), "Work", "Shift at the bookshop", 3.2, people)
        volunteering = weekday == 3 and not hard and rng.random() < 0.85
        if volunteering and self._activity(self._at(day.date, 10), "Volunteering",
                                           "Food bank shift", 4):
            day.lift += 0.3
        week = (day.n - self.course_start) // 7 + 1
        if weekday == 2 and 1 <= week <= 6 and not (hard and rng.random() < 0.5):
            people = (NADIA,) if week >= 2 and rng.random() < 0.7 else ()
            title = f"Recovery college: Understanding anxiety (week {week} of 6)"
            if self._activity(self._at(day.date, 14), "Learning", title, 3.8, people):
                day.lift += 0.2
        if rng.random() < (0.15 if hard else 0.35):
            people = ()
            if rng.random() < 0.4:
                people = (rng.choices((MUM, JESS, TOM, PRIYA), (3, 2, 2, 2))[0],)
            if self._activity(self._between(day.date, 10, 17), "Outdoors",
                              rng.choice(text.WALKS), 3.8, people):
                day.lift += 0.5 if people else 0.2
                day.companions += people
        if weekday == 5 and not hard and rng.random() < 0.4:
            self._activity(self._at(day.date, 9), "Exercise", "Swim at the leisure centre", 4)
        if rng.random() < 0.2:
            self._activity(self._between(day.date, 19, 21), "Hobby / creative",
                           rng.choice(text.HOBBIES), 3.8)
        if weekday == 6 and day.date.day <= 7 and rng.random() < 0.75:
            people = (SAM,) if rng.random() < 0.5 else ()
            if self._activity(self._at(day.date, 12, 30), "Faith / community",
                              "Community lunch at the church hall", 4, people):
                day.lift += 0.3
                day.companions += people

    def _contacts(self, day: _Day) -> None:
        rng, weekday, hard = self.rng, day.date.weekday(), day.hard
        if weekday == 6 and rng.random() < 0.85:
            mode = ContactMode.VIDEO if rng.random() < 0.2 else ContactMode.PHONE
            at = self._at(day.date, 19, rng.choice((0, 15, 30)))
            if self._contact(at, (MUM,), mode, 4, text.PERSON_NOTES[MUM]):
                day.helpers.append(MUM)
        if (weekday == 0 and (day.n // 7) % 2 == 0) or day.n == self.hard_start + 1:
            mode = ContactMode.IN_PERSON if rng.random() < 0.6 and not hard else ContactMode.PHONE
            if self._contact(self._at(day.date, 11), (RACHEL,), mode, 3.5,
                             text.PERSON_NOTES[RACHEL], (30, 65)):
                day.helpers.append(RACHEL)
        if day.n == self.gp_day:
            self._contact(self._at(day.date, 9, 40), (GP,), ContactMode.IN_PERSON, 3,
                          text.PERSON_NOTES[GP], (10, 20))
        if (hard or day.recovering) and weekday == 4 and self._contact(
            self._at(day.date, 15), (DEV,), ContactMode.PHONE, 4, text.PERSON_NOTES[DEV]
        ):
            day.helpers.append(DEV)
        if hard and rng.random() < 0.7 and self._contact(
            self._between(day.date, 17, 22), (PRIYA,), ContactMode.MESSAGE, 3.5
        ):
            day.helpers.append(PRIYA)
        met = False
        for _ in range(2):
            if rng.random() < (0.3 if hard else 0.45):
                who, mode, at = self._someone(day)
                people: tuple[int, ...] = (who,)
                in_person = mode is ContactMode.IN_PERSON
                if in_person and who in (TOM, PRIYA) and rng.random() < 0.25:
                    people = (TOM, PRIYA)
                notes = text.PERSON_NOTES[who] if (who, mode) in _USUAL else ()
                if self._contact(at, people, mode, 4.2 if in_person else 3.6, notes):
                    day.helpers += people
                    if in_person:
                        day.companions += people
                        met = True
        day.lift += 0.6 if met else 0.0

    def _someone(self, day: _Day) -> tuple[int, ContactMode, datetime]:
        rng = self.rng
        # Nadia is met on the course.
        pool = [i for i in _SOCIAL if i != NADIA or day.n >= self.course_start + 8]
        who = rng.choices(pool, [_CIRCLE_WEIGHT[text.PEOPLE[i].closeness] for i in pool])[0]
        options = _MODES[text.PEOPLE[who].relationship]
        weights = [w * (0.3 if day.hard and m is ContactMode.IN_PERSON else 1.0) for m, w in options]
        mode = rng.choices([m for m, _ in options], weights)[0]
        hours = {ContactMode.IN_PERSON: (11, 17), ContactMode.PHONE: (12, 21)}.get(mode, (10, 22))
        return who, mode, self._between(day.date, *hours)

    # -- check-ins ---------------------------------------------------------------
    def _moods(self, day: _Day, mood: float) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < (0.3 if mood < 2.5 else 0.12):  # harder days get fewer check-ins
            return
        times = ("morning", "evening") if roll > 0.82 else (rng.choice(("morning", "evening")),)
        for when in times:
            evening = when == "evening"
            at = self._between(day.date, 19, 23) if evening else self._between(day.date, 7, 11)
            if at > self.now:
                continue
            lift = min(day.lift, 0.9) if evening else -0.1
            value = _clamp(mood + lift + rng.gauss(0, 0.45))
            energy = None if rng.random() < 0.15 else _clamp(value + rng.choice((-1, 0, 0, 1)))
            self.data.moods.append(MoodCheckIn(
                at=at, mood=value, energy=energy,
                feelings=self._feelings(day, value, evening),
                note=self._mood_note(day, value, evening),
            ))

    def _feelings(self, day: _Day, mood: int, evening: bool) -> tuple[str, ...]:
        rng = self.rng
        if rng.random() < 0.1:
            return ()
        chosen = rng.sample(text.FEELINGS_BY_MOOD[mood], rng.choice((1, 2, 2, 3)))
        if evening and day.companions and mood >= 3 and "connected" not in chosen:
            chosen.append("connected")
        if day.n - self.last_contact >= 3 and mood <= 3 and "lonely" not in chosen:
            chosen.append("lonely")
        return tuple(chosen)

    def _mood_note(self, day: _Day, mood: int, evening: bool) -> str:
        rng = self.rng
        if rng.random() > 0.35:
            return ""
        if not evening:
            return rng.choice(text.MORNING_NOTES[_bucket(mood)])
        if day.group and rng.random() < 0.5:
            return rng.choice(text.GROUP_NOTES)
        if day.companions and mood >= 3 and rng.random() < 0.6:
            who = rng.choice(day.companions)  # named with "@" (an index until stored, as people are)
            name = mention_token(self.data.people[who].name, who)
            return rng.choice(text.WITH_NOTES).format(name=name)
        if day.helpers and mood <= 3 and rng.random() < 0.5:
            name = text.SHORT_NAMES[rng.choice(day.helpers)]
            return rng.choice(text.SUPPORT_NOTES).format(name=name)
        return rng.choice(text.EVENING_NOTES[_bucket(mood)])
