"""Insights reads what the tab on show needs, not the history (issue 20): opening the page
(the Mood tab's month) and the network map cost the same SQLite work with three times the
history behind them; the mood chart and the map still show what the whole history shows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from peerjournal.core.clock import end_of_local_day, to_local
from peerjournal.core.insights import Span, mood_over_time, network_map
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.insights import load_history
from peerjournal.storage.journal import Journal
from tests.ui.insights.shown_page import insights_page_on
from tests.vm_steps import steps_of

from peerjournal.ui.insights.insights_page import MOOD, NETWORK, InsightsPage

DAYS = 300  # each stretch of history added


def _add_days(journal: Journal, people: list[int], first: int, last: int) -> None:
    """A check-in, a contact and an activity each day ``first`` to ``last`` days ago."""
    now = journal.clock()
    with journal.batch():
        for n in range(last, first - 1, -1):
            at = now - timedelta(days=n, hours=1)
            journal.add_mood(MoodCheckIn(at=at, mood=1 + n % 5))
            journal.add_contact(Contact(at=at, person_ids=(people[n % len(people)],),
                                        mode=list(ContactMode)[n % 3]))
            journal.add_activity(Activity(at=at, category="Walk", title="Park",
                                          person_ids=(people[(n + 1) % len(people)],)))


def _steps(journal: Journal, action) -> int:  # type: ignore[no-untyped-def]
    """SQLite's virtual machine steps while ``action`` runs (in thousands): rows read, in effect."""
    return steps_of(journal.vault.conn, action, every=1000)


@pytest.fixture
def page(qtbot, journal):
    return insights_page_on(qtbot, journal, shown=False)


def _open_then_network(page: InsightsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(MOOD)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(NETWORK)
    page.hide()
    qtbot.waitUntil(lambda: page._network_step is None)  # read in turns (issue 20): all of it counted


def test_opening_insights_and_the_network_read_the_same_with_three_times_the_history(
        qtbot, journal, page):
    people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(5)]
    _add_days(journal, people, 0, DAYS - 1)
    page._stale = set(range(6))
    recent = _steps(journal, lambda: _open_then_network(page, qtbot))
    # Two more stretches of history, all older than the year the map looks back on.
    _add_days(journal, people, DAYS + 400, 3 * DAYS + 399)
    page._stale = set(range(6))
    page._moods = page._people = None
    longer = _steps(journal, lambda: _open_then_network(page, qtbot))
    assert recent > 0
    assert longer <= recent * 1.25 + 2, (recent, longer)  # was about three times as much
    # What it shows is still what the whole history shows.
    whole = load_history(journal, None, end_of_local_day(journal.clock()))
    today = to_local(journal.clock()).date()
    expected = mood_over_time(whole, Span.MONTH, today)
    assert (page.mood_chart.daily, page.mood_chart.average) == (expected.daily, expected.average)
    qtbot.waitUntil(lambda: page._network_step is None)  # the map is drawn the turn after its read
    assert page.network.nodes == network_map(whole, today)


def test_the_network_map_knows_when_someone_was_last_in_touch_long_ago(qtbot, journal, page):
    people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(3)]
    old_friend = journal.add_person(Person(name="Old friend")).id
    _add_days(journal, people, 0, 20)
    at = journal.clock() - timedelta(days=800)
    journal.add_contact(Contact(at=at, person_ids=(old_friend,), mode=ContactMode.PHONE))
    journal.add_person(Person(name="Never seen"))
    page.tabs.setCurrentIndex(NETWORK)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page._network_step is None)  # the map is drawn the turn after its read
    whole = load_history(journal, None, end_of_local_day(journal.clock()))
    nodes = {n.name: n for n in page.network.nodes}
    assert nodes["Old friend"].last_in_touch == to_local(at).date()
    assert nodes["Old friend"].days_90 == 0 and nodes["Never seen"].last_in_touch is None
    assert page.network.nodes == network_map(whole, to_local(journal.clock()).date())


def test_patterns_read_a_year_a_step_and_a_change_drops_the_read_under_way(qtbot, journal, page):
    """Three years: Patterns show "Working it out…" and read the history a slice between turns
    of the event loop; a check-in saved meanwhile drops the stale read, and the one that
    follows counts the new check-in."""
    from peerjournal.ui.insights.insights_page import PATTERNS

    people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(3)]
    _add_days(journal, people, 0, 3 * 366)
    page.show()
    qtbot.waitExposed(page)
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        page.tabs.setCurrentIndex(PATTERNS)  # the first slice waits for the event loop
        assert page._groups is None and page._reading is not None
        assert page.patterns_note.text() == "Working it out…"
        assert not [s for s in statements if "group_concat" in s or "group_array" in s]  # nothing read in the click
        stale = page._reading
        page._read_timer.timeout.emit()  # one step: one slice, not the history
        assert page._groups is None and page._reading is stale
        now = journal.clock()
        journal.add_mood(MoodCheckIn(at=now - timedelta(minutes=1), mood=5))
        assert page._reading is None  # dropped: its days miss the new check-in
        # Read in steps, then drawn (issue 20).
        qtbot.waitUntil(lambda: page._groups is not None
                        and page.patterns_note.text() != "Working it out…", timeout=30_000)
    finally:
        journal.vault.conn.set_trace_callback(None)
    today = to_local(journal.clock()).date()
    # Days as their ordinals, from the per-day figures (migration 17).
    assert page._groups.moods[today.toordinal()] == 3.0  # 1 and the new 5: the new read (the stale one had 1)
    whole = load_history(journal, None, end_of_local_day(journal.clock()))
    from peerjournal.core.insights import daily_moods

    assert page._groups.dated_moods() == daily_moods(whole)
    assert page.patterns_note.text() != "Working it out…" and page.signals_label.text()
    steps = [s for s in statements if "json_group_array(day) FROM day_contacts" in s]
    assert len(steps) >= 4  # in person, once a slice, in at least four slices


def test_a_day_chosen_on_the_year_grid_reads_that_day_not_everything_since(qtbot, journal, page):
    """Choosing a day two years back read every entry from that day to now (issue 20)."""
    people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(3)]
    _add_days(journal, people, 700, 740)
    day = to_local(journal.clock() - timedelta(days=720, hours=1)).date()
    alone = _steps(journal, lambda: page._show_day(day))
    shown = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    _add_days(journal, people, 0, 2 * DAYS)  # much more history after that day
    after = _steps(journal, lambda: page._show_day(day))
    assert [page.day_list.item(i).text() for i in range(page.day_list.count())] == shown
    assert len(shown) == 3 and after <= alone * 1.25 + 2, (alone, after)


def test_all_on_the_mood_chart_is_read_in_steps_and_another_span_drops_it(qtbot, journal, page):
    people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(2)]
    _add_days(journal, people, 0, 3 * 366)
    page.show()
    qtbot.waitExposed(page)
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.ALL))
    assert page._mood_reading is not None and page.mood_summary.text() == "Working it out…"
    page._mood_timer.timeout.emit()  # one slice
    assert page._mood_reading is not None
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.WEEK))  # before it is done
    assert page._mood_reading is None and len(page.mood_chart.daily) == 7
    qtbot.wait(50)
    assert len(page.mood_chart.daily) == 7  # the dropped read never drew over the week
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.ALL))
    qtbot.waitUntil(lambda: page._mood_reading is None, timeout=30_000)
    whole = load_history(journal, None, end_of_local_day(journal.clock()))
    expected = mood_over_time(whole, Span.ALL, to_local(journal.clock()).date())
    assert (page.mood_chart.daily, page.mood_chart.average) == (expected.daily, expected.average)
    assert page.mood_summary.text() != "Working it out…"
