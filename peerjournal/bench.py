"""How PeerJournal copes with a long journal: years of entries in a real vault, timed.

``python -m peerjournal.bench [--years 10] [--per-day 4] [--keep PATH]``. Informative,
not a test: it prints each number against a target and always exits 0 once it has run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from peerjournal.core import demo_text
from peerjournal.core.clock import utc_now
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
)
from peerjournal.storage.repository import Journal
from peerjournal.storage.vault import create_vault, open_vault

PASSPHRASE = "benchmark passphrase, not secret"
PEOPLE = 300
T = TypeVar("T")

_FIRST = ("Aisha", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Hassan", "Isla", "Jack",
          "Kemi", "Liam", "Maya", "Niall", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq")
_LAST = ("Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes",
         "Iqbal", "Jones", "Khan", "Lewis", "Murphy", "Nowak", "Okafor")
_SENTENCES = (
    *demo_text.EVENING_NOTES["low"], *demo_text.EVENING_NOTES["mid"],
    *demo_text.EVENING_NOTES["high"], *demo_text.CONTACT_NOTES[ContactMode.IN_PERSON],
)


@dataclass(frozen=True)
class Result:
    what: str
    seconds: float | None
    detail: str
    target: str
    ok: bool


def timed(call: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = call()
    return value, time.perf_counter() - start


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


# -- synthetic journal -----------------------------------------------------------
def make_people(rng: random.Random) -> list[Person]:
    relationships = list(Relationship)
    people = []
    for n in range(PEOPLE):
        name = f"{_FIRST[n % len(_FIRST)]} {_LAST[(n // len(_FIRST)) % len(_LAST)]}"
        people.append(Person(
            name=name if n < len(_FIRST) * len(_LAST) else f"{name} {n}",
            relationship=rng.choice(relationships),
            closeness=rng.choice(list(Closeness)),
            help_kinds=frozenset(rng.sample(list(HelpKind), rng.randint(0, 3))),
            notes=rng.choice(("", "", "Met at the group.", "Lives round the corner.")),
        ))
    return people


def note(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return ""
    return " ".join(rng.sample(_SENTENCES, rng.randint(1, 4)))


def entries_for_day(rng: random.Random, day: datetime, per_day: int, ids: list[int],
                    weights: list[float]) -> Iterator[MoodCheckIn | Contact | Activity]:
    count = max(0, round(rng.gauss(per_day, 1.2)))
    for minute in sorted(rng.randrange(7 * 60, 23 * 60) for _ in range(count)):
        at = day + timedelta(minutes=minute)
        roll = rng.random()
        if roll < 0.5:
            mood = rng.randint(1, 5)
            feelings = tuple(rng.sample(demo_text.FEELINGS_BY_MOOD[mood], rng.randint(0, 3)))
            yield MoodCheckIn(at=at, mood=mood, energy=rng.randint(1, 5), feelings=feelings,
                              note=note(rng))
        elif roll < 0.8:
            people = tuple(dict.fromkeys(rng.choices(ids, weights, k=rng.choice((1, 1, 1, 2, 3)))))
            yield Contact(at=at, person_ids=people, mode=rng.choice(list(ContactMode)),
                          duration_min=rng.choice((None, 15, 30, 60, 90)),
                          felt=rng.randint(1, 5), note=note(rng))
        else:
            people = tuple(dict.fromkeys(rng.choices(ids, weights, k=rng.randint(0, 2))))
            yield Activity(at=at, category=rng.choice(DEFAULT_ACTIVITY_CATEGORIES),
                           title=rng.choice((*demo_text.WALKS, *demo_text.HOBBIES)),
                           person_ids=people, felt=rng.randint(1, 5), note=note(rng))


def fill(journal: Journal, years: int, per_day: int, now: datetime) -> tuple[int, int, int]:
    """Store the synthetic journal, one batch per month; return (entries, months, busiest id)."""
    rng = random.Random(2024)
    with journal.batch():
        stored = [journal.add_person(p) for p in make_people(rng)]
    ids = [p.id for p in stored if p.id is not None]
    # A few people are in touch a lot, most now and then.
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(ids))]
    contacts_per_person: Counter[int] = Counter()
    first = (now - timedelta(days=365 * years)).replace(hour=0, minute=0, second=0, microsecond=0)
    day, entries, months = first, 0, 0
    while day < now:
        month = (day.year, day.month)
        with journal.batch():
            while day < now and (day.year, day.month) == month:
                for entry in entries_for_day(rng, day, per_day, ids, weights):
                    if entry.at > now:
                        continue
                    journal.add(entry)
                    entries += 1
                    if isinstance(entry, Contact):
                        contacts_per_person.update(entry.person_ids)
                day += timedelta(days=1)
        months += 1
    return entries, months, contacts_per_person.most_common(1)[0][0]


# -- run -------------------------------------------------------------------------
def run(path: Path, years: int, per_day: int) -> list[Result]:
    now = utc_now()
    results = []
    vault = create_vault(path, PASSPHRASE)
    (entries, months, busiest), seconds = timed(lambda: fill(Journal(vault), years, per_day, now))
    vault.close()
    results.append(Result("insert", seconds, f"{entries:,} entries, {months} batches "
                          f"({entries / seconds:,.0f}/s)", "< 60 s", seconds < 60))

    vault, seconds = timed(lambda: open_vault(path, PASSPHRASE))
    results.append(Result("open vault", seconds, "key derivation + schema check", "< 2 s",
                          seconds < 2))
    journal = Journal(vault)
    try:
        rows, seconds = timed(journal.timeline)
        results.append(Result("timeline()", seconds, f"{len(rows):,} rows", "< 1.5 s",
                              seconds < 1.5))
        people, seconds = timed(journal.people)
        results.append(Result("people()", seconds, f"{len(people):,} people", "< 0.1 s",
                              seconds < 0.1))
        contacts, seconds = timed(lambda: journal.contacts_with(busiest))
        results.append(Result("contacts_with()", seconds,
                              f"{len(contacts):,} contacts of the busiest person", "< 0.5 s",
                              seconds < 0.5))
    finally:
        vault.close()

    rss = peak_rss_mb()
    results.append(Result("peak RSS", None, "n/a" if rss is None else f"{rss:,.0f} MB",
                          "< 400 MB", rss is None or rss < 400))
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1024**2
    results.append(Result("file size", None, f"{size:,.1f} MB", "< 50 MB", size < 50))
    return results


def report(results: list[Result]) -> str:
    lines = []
    for r in results:
        timing = f"{r.seconds:8.3f} s" if r.seconds is not None else " " * 10
        lines.append(f"{r.what:<16} {timing}  {r.detail:<44} target {r.target:<9} "
                     f"{'OK' if r.ok else 'SLOW'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m peerjournal.bench",
        description="Time a vault holding years of synthetic entries. Informative: always exits 0.",
    )
    parser.add_argument("--years", type=int, default=10, help="years of entries (default 10)")
    parser.add_argument("--per-day", type=int, default=4, help="entries a day (default 4)")
    parser.add_argument("--keep", type=Path, metavar="PATH",
                        help=f"write the vault here and keep it (passphrase: {PASSPHRASE!r})")
    args = parser.parse_args(argv)
    if args.years < 1 or args.per_day < 1:
        parser.error("--years and --per-day must be at least 1")
    if args.keep and args.keep.exists():
        parser.error(f"{args.keep} already exists")

    folder = Path(tempfile.mkdtemp(prefix="peerjournal-bench-"))
    path = args.keep or folder / "bench.pjvault"
    years = f"{args.years} year{'' if args.years == 1 else 's'}"
    print(f"PeerJournal benchmark: {years}, about {args.per_day} entries a day, "
          f"{PEOPLE} people, vault at {path}", flush=True)
    try:
        print(report(run(path, args.years, args.per_day)))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
