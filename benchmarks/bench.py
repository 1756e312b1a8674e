"""How PeerJournal copes with a long journal: years of entries in a real vault, timed.

``python -m benchmarks.bench [--years 10] [--per-day N] [--people 200] [--keep PATH]
[--tracemalloc]``. By default it builds the journal of the hardening issue: ten years,
two check-ins a day (~7,300), ~30,000 contacts, ~10,000 activities and 200 people
(``--per-day N`` keeps those proportions at N entries a day). Then it times, with the
process's peak memory after each step: create + fill, the bare key derivation, unlock,
the first window shown with the Timeline populated (Qt, offscreen), the Timeline's text
filter over every entry, the Insights page (opening it, choosing "All", painting the mood
chart), a year of insights, the export of a year and its import into a fresh supporter vault. Last, it copies the journal into a plain SQLite file (no cipher)
and runs the same queries on both, as the floor encryption is measured against.

Informative, not a test: it prints each number against a target and always exits 0.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from peerjournal.core.clock import to_local, utc_now
from peerjournal.core.insights import help_grid, local_day
from peerjournal.core.insights.better_days import compare_days
from peerjournal.core.insights.connection import signals_from_numbers
from peerjournal.core.insights.counts import activities_per_week_from, contacts_per_week_from
from peerjournal.core.insights.history import local_day_bounds
from peerjournal.core.insights.mood import mood_series_from
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import Naming, ShareOptions
from peerjournal.core.sharing.package import open_share, seal
from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
)
from peerjournal.demo import sample_text as demo_text
from peerjournal.storage.files.data_export import data_tables
from peerjournal.storage.insights import load_history
from peerjournal.storage.insights_days import activities_by_week, contacts_by_week, day_numbers
from peerjournal.storage.journal import Journal
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import _connect, _unlock, create_vault, migrate, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS

PASSPHRASE = "benchmark passphrase, not secret"
PEOPLE = 200
YEAR_DAYS = 365
# Per day, from the journal: ten years of two check-ins a day, ~30k contacts and
# ~10k activities.
MOODS_PER_DAY = 2.0
CONTACTS_PER_DAY = 30_000 / (10 * YEAR_DAYS)
ACTIVITIES_PER_DAY = 10_000 / (10 * YEAR_DAYS)
FILTER_TEXT = "maya"  # a person's name: in summaries of contacts and activities
RARE_TEXT = "zebra crossing"  # in no entry: a search that must look at the whole journal
REPEATS = 3  # the floor comparison keeps the best of this many runs on each side
T = TypeVar("T")

# Targets of the hardening issue (seconds, or MB).
UNLOCK_WINDOW_BEYOND_KDF = 1.0
FILTER_INSIGHTS = 0.1
EXPORT_IMPORT = 1.0
MEMORY_MB = 300
# Insights on ten years (issue 5, speed): choosing the page until its Mood tab is painted,
# choosing "All" until the chart is painted, and one paint of that chart (a smooth resize).
INSIGHTS_OPEN = 0.3
INSIGHTS_ALL = 0.2
CHART_PAINT = 0.05

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
    ok: bool | None  # None: no target, informative
    rss_mb: float | None = None
    traced_mb: float | None = None


@dataclass(frozen=True)
class Floor:
    what: str
    cipher: float
    plain: float

    @property
    def ratio(self) -> float:
        return self.cipher / self.plain if self.plain > 0 else float("inf")


@dataclass
class Mix:
    """Entries a day of each kind."""

    moods: float = MOODS_PER_DAY
    contacts: float = CONTACTS_PER_DAY
    activities: float = ACTIVITIES_PER_DAY

    @classmethod
    def per_day(cls, total: float | None) -> Mix:
        mix = cls()
        if total is None:
            return mix
        scale = total / (mix.moods + mix.contacts + mix.activities)
        return cls(mix.moods * scale, mix.contacts * scale, mix.activities * scale)

    def describe(self, days: int) -> str:
        return (f"~{self.moods * days:,.0f} check-ins, ~{self.contacts * days:,.0f} contacts, "
                f"~{self.activities * days:,.0f} activities")


@dataclass
class Counts:
    moods: int = 0
    contacts: int = 0
    activities: int = 0
    months: int = 0

    @property
    def entries(self) -> int:
        return self.moods + self.contacts + self.activities


def timed(call: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = call()
    return value, time.perf_counter() - start


def best_of(call: Callable[[], Any], repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        best = min(best, timed(call)[1])
    return best


def peak_rss_mb() -> float | None:
    """The process's peak resident memory so far (a high-water mark, never goes down)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


# -- synthetic journal -----------------------------------------------------------
def make_people(rng: random.Random, count: int = PEOPLE) -> list[Person]:
    relationships = list(Relationship)
    people = []
    for n in range(count):
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


def _how_many(rng: random.Random, rate: float) -> int:
    """A day's count around ``rate``: its whole part, plus one with its fraction's chance."""
    whole = int(rate)
    return whole + (rng.random() < rate - whole)


def entries_for_day(rng: random.Random, day: datetime, mix: Mix, ids: list[int],
                    weights: list[float]) -> Iterator[MoodCheckIn | Contact | Activity]:
    kinds = (["mood"] * _how_many(rng, mix.moods) + ["contact"] * _how_many(rng, mix.contacts)
             + ["activity"] * _how_many(rng, mix.activities))
    minutes = sorted(rng.randrange(7 * 60, 23 * 60) for _ in kinds)
    rng.shuffle(kinds)
    for minute, kind in zip(minutes, kinds, strict=True):
        at = day + timedelta(minutes=minute)
        if kind == "mood":
            mood = rng.randint(1, 5)
            feelings = tuple(rng.sample(demo_text.FEELINGS_BY_MOOD[mood], rng.randint(0, 3)))
            yield MoodCheckIn(at=at, mood=mood, energy=rng.randint(1, 5), feelings=feelings,
                              note=note(rng))
        elif kind == "contact":
            people = tuple(dict.fromkeys(rng.choices(ids, weights, k=rng.choice((1, 1, 1, 2, 3)))))
            yield Contact(at=at, person_ids=people, mode=rng.choice(list(ContactMode)),
                          duration_min=rng.choice((None, 15, 30, 60, 90)),
                          felt=rng.randint(1, 5), note=note(rng))
        else:
            people = tuple(dict.fromkeys(rng.choices(ids, weights, k=rng.randint(0, 2))))
            yield Activity(at=at, category=rng.choice(DEFAULT_ACTIVITY_CATEGORIES),
                           title=rng.choice((*demo_text.WALKS, *demo_text.HOBBIES)),
                           person_ids=people, felt=rng.randint(1, 5), note=note(rng))


def fill(journal: Journal, years: int, mix: Mix, now: datetime, people: int = PEOPLE) -> Counts:
    """Store the synthetic journal through the journal's own API, one batch per month."""
    rng = random.Random(2024)
    with journal.batch():
        stored = [journal.add_person(p) for p in make_people(rng, people)]
    ids = [p.id for p in stored if p.id is not None]
    # A few people are in touch a lot, most now and then.
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(ids))]
    first = (now - timedelta(days=YEAR_DAYS * years)).replace(
        hour=0, minute=0, second=0, microsecond=0)
    day, counts = first, Counts()
    while day < now:
        month = (day.year, day.month)
        with journal.batch():
            while day < now and (day.year, day.month) == month:
                for entry in entries_for_day(rng, day, mix, ids, weights):
                    if entry.at > now:
                        continue
                    journal.add(entry)
                    if isinstance(entry, MoodCheckIn):
                        counts.moods += 1
                    elif isinstance(entry, Contact):
                        counts.contacts += 1
                    else:
                        counts.activities += 1
                day += timedelta(days=1)
        counts.months += 1
    return counts


# -- the steps -------------------------------------------------------------------
def insights_for(journal: Journal, today: date, days: int | None = YEAR_DAYS) -> str:
    """What the insights page computes for a span, grouped by local day in SQL: the mood
    series, contacts and activities per week, better days, connection signals, who helps."""
    first = None if days is None else today - timedelta(days=days - 1)
    groups = day_numbers(journal, today, first)
    began = journal.first_entry_at(local_day_bounds(today)[1])
    start = first if first is not None else local_day(began) if began is not None else today
    mood_series_from(groups.dated_moods(), start, today)
    contacts_per_week_from(contacts_by_week(journal, start, today), start, today)
    activities_per_week_from(activities_by_week(journal, start, today), start, today)
    people = groups.current_people()
    compare_days(groups.moods, groups.in_person, groups.by_category, groups.touch, people)
    signals_from_numbers(groups.in_person, groups.touch, people, today)
    help_grid(groups.people)
    return (f"{len(groups.moods):,} days with a check-in, "
            f"{sum(map(len, groups.touch.values())):,} days in touch (person × day), grouped in SQL")


def load_year(journal: Journal, today: date) -> None:
    load_history(journal, local_day_bounds(today - timedelta(days=YEAR_DAYS - 1))[0],
                 local_day_bounds(today)[1])


def share_options(today: date) -> ShareOptions:
    # The heaviest choice: every section, notes in, pseudonyms (stored per supporter).
    return ShareOptions(start=today - timedelta(days=YEAR_DAYS - 1), end=today,
                        include_notes=True, naming=Naming.PSEUDONYM, sender_name="Bench")


def export_year(journal: Journal, today: date, recipient: str) -> tuple[bytes, str]:
    repo = journal.sharing
    options = share_options(today)
    snapshot = repo.snapshot(options, recipient)
    document = build_document(snapshot, options, recipient=recipient, signer=repo.signer(),
                              export_id=new_export_id(), created=journal.clock())
    data = seal(document, repo.signing_key(), recipient)
    shared = (f"{len(snapshot.moods):,}+{len(snapshot.contacts):,}+"
              f"{len(snapshot.activities):,} entries, {len(data) / 1024:,.0f} KiB sealed")
    return data, shared


def snapshot_year(journal: Journal, today: date, recipient: str) -> None:
    journal.sharing.snapshot(share_options(today), recipient)


def import_share(store: SupporterStore, data: bytes, secret: str) -> str:
    opened = open_share(data, identity=secret)
    person = store.import_share(opened, new_person_name="Bench journal")
    return f"{person.export_count} share stored for {person.name!r}"


def bare_key_derivation(path: Path) -> float:
    """Open + PRAGMA key + a first read, as ``open_vault`` does before anything else."""
    start = time.perf_counter()
    conn = _connect(path)
    try:
        _unlock(conn, path, PASSPHRASE)
        seconds = time.perf_counter() - start
    finally:
        conn.close()
    return seconds


# -- plain SQLite, the floor -----------------------------------------------------
class PlainVault:
    """Enough of :class:`~peerjournal.storage.vault.database.Vault` for a Journal on stdlib sqlite3."""

    kind = "journal"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def plain_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    # The vault's own settings (storage.vault._configure), without the cipher.
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "temp_store = MEMORY", "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def plain_copy(source: Journal, path: Path) -> sqlite3.Connection:
    """A plain SQLite file with the journal migrations' schema and the vault's rows."""
    conn = plain_connect(path)
    # Without the search indexes (10: the Timeline's, 15: Search everything's, 16 and 17: made
    # again as the only one): the stdlib's SQLite (3.40) lacks FTS5's contentless_delete, and
    # the floor's reads use no text.
    steps = [step for step in MIGRATIONS
             if step.__name__ not in ("_migration_10", "_migration_15", "_migration_16", "_migration_17")]
    migrate(conn, steps)  # type: ignore[arg-type]  # only execute/executemany
    tables = data_tables(source.vault.conn)  # the index's own tables are derived: left out
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")
    for table in tables:
        rows = source.vault.conn.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn


# -- run -------------------------------------------------------------------------
@dataclass
class Bench:
    folder: Path
    path: Path
    years: int
    mix: Mix
    people: int = PEOPLE
    trace: bool = False
    results: list[Result] = field(default_factory=list)
    floors: list[Floor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, what: str, seconds: float | None, detail: str, target: str = "",
            ok: bool | None = None) -> None:
        traced = None
        if self.trace:
            traced = tracemalloc.get_traced_memory()[1] / 1024**2
            tracemalloc.reset_peak()
        self.results.append(Result(what, seconds, detail, target, ok, peak_rss_mb(), traced))

    def failed(self, what: str) -> None:
        error = traceback.format_exc(limit=3).strip().splitlines()[-1]
        self.results.append(Result(what, None, f"FAILED: {error}", "", False, peak_rss_mb()))

    def run(self) -> None:
        now = utc_now()
        today = to_local(now).date()
        if self.trace:
            tracemalloc.start()
        vault = create_vault(self.path, PASSPHRASE)
        counts, seconds = timed(lambda: fill(Journal(vault), self.years, self.mix, now,
                                             self.people))
        vault.close()
        gc.collect()
        self.add("create + fill", seconds,
                 f"{counts.moods:,} check-ins, {counts.contacts:,} contacts, "
                 f"{counts.activities:,} activities, {self.people} people "
                 f"({counts.entries / seconds:,.0f}/s)", "info")

        kdf = bare_key_derivation(self.path)
        self.add("key derivation", kdf, "connect + PRAGMA key + first read (PBKDF2)", "info")

        # As the app unlocks: every page's check follows in a worker once the window shows.
        vault, unlock = timed(lambda: open_vault(self.path, PASSPHRASE, check_pages_later=True))
        self.add("unlock", unlock, f"open_vault; {unlock - kdf:.3f} s beyond key derivation",
                 "info")
        journal = Journal(vault)
        try:
            self._window_steps(journal, kdf, unlock)
            if vault.page_check is not None:
                (problems, seconds) = timed(vault.page_check.run)
                self.add("page check", seconds, f"every page's HMAC, in a worker after the window; "
                         f"{len(problems)} problems", "info")
            self._data_steps(journal, today)
            self._floor(journal, today)
        finally:
            vault.close()

        rss = peak_rss_mb()
        self.add("peak memory", None, "n/a" if rss is None else f"{rss:,.0f} MB (ru_maxrss)",
                 f"< {MEMORY_MB} MB", rss is None or rss < MEMORY_MB)
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*"))
        self.results.append(Result("file size", None, f"{size / 1024**2:,.1f} MB vault", "info",
                                   None))

    def _window_steps(self, journal: Journal, kdf: float, unlock: float) -> None:
        try:
            from benchmarks import bench_ui
        except ImportError as exc:  # no Qt here (or no display plugin)
            self.notes.append(f"no window steps: {exc}")
            return
        try:
            app, app_seconds = bench_ui.application()
            self.add("QApplication", app_seconds, "made before the unlock dialog; not counted",
                     "info")
            first = bench_ui.FirstWindow(app, journal, self.folder / "config")
            (seconds, rows) = first.show()
            beyond = unlock - kdf + seconds
            total = sum(journal.counts().values())
            self.add("first window", seconds, f"Timeline shows the newest {rows:,} of {total:,} entries")
            self.add("unlock + window", unlock + seconds,
                     f"{beyond:.3f} s beyond key derivation ({kdf:.3f} s)",
                     f"< {UNLOCK_WINDOW_BEYOND_KDF:g} s + KDF", beyond < UNLOCK_WINDOW_BEYOND_KDF)
        except Exception:
            self.failed("first window")
            return
        try:
            (seconds, shown, longest) = first.filter_text(FILTER_TEXT)
            self.add("text filter", seconds,
                     f"{FILTER_TEXT!r} over {total:,} entries: first {shown:,} shown; longest "
                     f"step {longest * 1000:.0f} ms", f"< {FILTER_INSIGHTS * 1000:g} ms",
                     seconds < FILTER_INSIGHTS)
            (seconds, shown, longest) = first.filter_text(RARE_TEXT)
            self.add("rare text filter", seconds,
                     f"{RARE_TEXT!r}, in no entry: {shown:,} shown; longest step "
                     f"{longest * 1000:.0f} ms", "info")
            (cleared, _, _) = first.filter_text("")
            self.notes.append(f"clearing the text filter again took {cleared * 1000:.0f} ms")
        except Exception:
            self.failed("text filter")
        self._timeline_steps(first)
        try:
            self._insights_steps(first)
        finally:
            first.close()

    def _timeline_steps(self, first: Any) -> None:
        """Saving a check-in with the window open, and scrolling the Timeline ten pages."""
        try:
            (seconds, rows) = first.save_check_in()
            self.add("save a check-in", seconds, f"every view told; the Timeline updated in place "
                     f"({rows:,} rows held)", "info")
            (seconds, rows) = first.scroll_timeline()
            self.add("scroll timeline", seconds, f"ten pages fetched as reached: {rows:,} rows "
                     "held", "info")
        except Exception:
            self.failed("timeline steps")

    def _insights_steps(self, first: Any) -> None:
        """The Insights page on the whole journal: open it, choose "All", paint the chart."""
        try:
            (seconds, days) = first.open_insights()
            self.add("insights open", seconds, f"Mood tab painted, {days:,} days",
                     f"< {INSIGHTS_OPEN * 1000:g} ms", seconds < INSIGHTS_OPEN)
            (seconds, days) = first.insights_all()
            self.add("insights \"All\"", seconds, f"chart of {days:,} days painted",
                     f"< {INSIGHTS_ALL * 1000:g} ms", seconds < INSIGHTS_ALL)
            (paint, resized, width) = first.paint_mood_chart()
            self.add("chart paint", paint, f"all {days:,} days, {width} px wide (best of 3)",
                     f"< {CHART_PAINT * 1000:g} ms", paint < CHART_PAINT)
            self.add("paint, resized", resized, "first paint at a new width",
                     f"< {CHART_PAINT * 1000:g} ms", resized < CHART_PAINT)
        except Exception:
            self.failed("insights page")

    def _data_steps(self, journal: Journal, today: date) -> None:
        try:
            detail, seconds = timed(lambda: insights_for(journal, today))
            self.add("insights, a year", seconds, detail, f"< {FILTER_INSIGHTS * 1000:g} ms",
                     seconds < FILTER_INSIGHTS)
            detail, seconds = timed(lambda: insights_for(journal, today, None))
            self.add("insights, all", seconds, detail, "info")
        except Exception:
            self.failed("insights")

        supporter = None
        try:
            supporter, made = timed(lambda: create_vault(
                self.folder / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS))
            store = SupporterStore(supporter)
            secret, public = store.identity()
            self.add("supporter vault", made, "fresh, made beforehand; not counted", "info")
            (data, detail), seconds = timed(lambda: export_year(journal, today, public))
            self.add("export a year", seconds, detail, f"< {EXPORT_IMPORT:g} s",
                     seconds < EXPORT_IMPORT)
            detail, seconds = timed(lambda: import_share(store, data, secret))
            self.add("import it", seconds, f"open_share + import_share: {detail}",
                     f"< {EXPORT_IMPORT:g} s", seconds < EXPORT_IMPORT)
            self._recipient = public
        except Exception:
            self.failed("export / import")
        finally:
            if supporter is not None:
                supporter.close()

    def _floor(self, journal: Journal, today: date) -> None:
        """The same reads on a plain SQLite copy: what encryption itself costs."""
        plain_path = self.folder / "plain.sqlite3"
        try:
            conn, seconds = timed(lambda: plain_copy(journal, plain_path))
            self.notes.append(f"plain SQLite copy (stdlib sqlite3 {sqlite3.sqlite_version}) "
                              f"made in {seconds:.1f} s")
        except Exception:
            self.failed("plain copy")
            return
        plain = Journal(PlainVault(conn))  # type: ignore[arg-type]
        recipient = getattr(self, "_recipient", "passphrase")

        def first_read(open_: Callable[[], Any]) -> float:
            return best_of(lambda: open_().close())

        def open_plain() -> sqlite3.Connection:
            c = sqlite3.connect(str(plain_path), isolation_level=None)
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return c

        checks: list[tuple[str, Callable[[Journal], Any]]] = [
            ("timeline(), warm", lambda j: j.timeline()),
            ("timeline page (200), warm", lambda j: j.timeline_page()),
            ("insights load, a year", lambda j: load_year(j, today)),
            ("insights, a year", lambda j: insights_for(j, today)),
            ("export snapshot, a year", lambda j: snapshot_year(j, today, recipient)),
        ]
        try:
            def open_cipher() -> Any:
                c = _connect(self.path)
                _unlock(c, self.path, PASSPHRASE)
                return c

            def cold_timeline(open_: Callable[[], Any]) -> float:
                def once() -> float:
                    conn = open_()
                    try:
                        return timed(Journal(PlainVault(conn)).timeline)[1]  # type: ignore[arg-type]
                    finally:
                        conn.close()
                return min(once() for _ in range(REPEATS))

            def warm(check: Callable[[Journal], Any], on: Journal) -> float:
                return best_of(lambda: check(on))

            self.floors.append(Floor("open + first read (KDF)", first_read(open_cipher),
                                     first_read(open_plain)))
            self.floors.append(Floor("timeline(), cold cache", cold_timeline(open_cipher),
                                     cold_timeline(open_plain)))
            for what, check in checks:
                self.floors.append(Floor(what, warm(check, journal), warm(check, plain)))
        except Exception:
            self.failed("plain SQLite floor")
        finally:
            conn.close()


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds:.2f} s" if seconds >= 10 else f"{seconds * 1000:,.0f} ms"


def report(bench: Bench) -> str:
    lines = [f"{'step':<18} {'time':>10}  {'target':<14} {'':<5} {'peak RSS':>9}"
             + ("  traced" if bench.trace else "") + "  detail"]
    for r in bench.results:
        status = "" if r.ok is None else "OK" if r.ok else "SLOW"
        rss = f"{r.rss_mb:,.0f} MB" if r.rss_mb is not None else ""
        traced = f"  {r.traced_mb:5.0f} MB" if r.traced_mb is not None else (
            "        " if bench.trace else "")
        target = "" if r.target == "info" else r.target
        lines.append(f"{r.what:<18} {_ms(r.seconds):>10}  {target:<14} {status:<5} {rss:>9}"
                     f"{traced}  {r.detail}")
    if bench.floors:
        lines += ["", f"Plain SQLite floor (best of {REPEATS}; cold: a fresh connection each time):",
                  f"{'query':<26} {'SQLCipher':>10} {'plain':>10} {'ratio':>7}"]
        for f in bench.floors:
            lines.append(f"{f.what:<26} {_ms(f.cipher):>10} {_ms(f.plain):>10} {f.ratio:6.1f}x")
    if bench.notes:
        lines += ["", *(f"note: {n}" for n in bench.notes)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench",
        description="Time a vault holding years of synthetic entries. Informative: always exits 0.",
    )
    parser.add_argument("--years", type=int, default=10, help="years of entries (default 10)")
    parser.add_argument("--per-day", type=float, default=None,
                        help="entries a day, same mix (default: 2 check-ins, ~8.2 contacts "
                             "and ~2.7 activities a day, as in the issue)")
    parser.add_argument("--people", type=int, default=PEOPLE,
                        help=f"people in the journal (default {PEOPLE})")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also show Python's traced peak per step (slows everything down)")
    parser.add_argument("--keep", type=Path, metavar="PATH",
                        help=f"write the vault here and keep it (passphrase: {PASSPHRASE!r})")
    args = parser.parse_args(argv)
    if args.years < 1 or (args.per_day is not None and args.per_day <= 0) or args.people < 1:
        parser.error("--years, --per-day and --people must be at least 1")
    if args.keep and args.keep.exists():
        parser.error(f"{args.keep} already exists")

    folder = Path(tempfile.mkdtemp(prefix="peerjournal-bench-"))
    # Nothing the window reads or writes lands in the person's own folders.
    for name, sub in (("PEERJOURNAL_CONFIG_DIR", "config"), ("PEERJOURNAL_DATA_DIR", "data")):
        (folder / sub).mkdir(mode=0o700)
        os.environ[name] = str(folder / sub)
    path = args.keep or folder / "bench.pjvault"
    mix = Mix.per_day(args.per_day)
    years = f"{args.years} year{'' if args.years == 1 else 's'}"
    print(f"PeerJournal benchmark: {years}, {mix.describe(YEAR_DAYS * args.years)}, "
          f"{args.people} people; vault at {path}", flush=True)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {sys.platform}", flush=True)
    bench = Bench(folder, path, args.years, mix, args.people, args.tracemalloc)
    try:
        bench.run()
    except Exception:
        bench.failed("benchmark")
    finally:
        print(report(bench))
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
