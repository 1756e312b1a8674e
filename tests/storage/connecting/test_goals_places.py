"""Goals, reviews and places in a real vault: round trips, links that go, one notification."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from peerjournal.core.connecting.goals import Goal, GoalStatus, Happened, Review
from peerjournal.core.connecting.places import Place
from peerjournal.core.records import Activity, Person
from peerjournal.errors import ValidationError
from peerjournal.storage.connecting.goals import GoalStore
from peerjournal.storage.connecting.places import PlaceStore
from peerjournal.storage.journal import Change, Journal, NotFound
from peerjournal.storage.vault.migrations import MIGRATIONS
from tests.storage.conftest import NOW, TODAY, ago
from tests.zones import AUCKLAND, LONDON


@pytest.fixture
def goals(journal: Journal) -> GoalStore:
    return journal.goals


@pytest.fixture
def places(journal: Journal) -> PlaceStore:
    return journal.places


def heard(journal: Journal) -> list[frozenset[Change]]:
    changes: list[frozenset[Change]] = []
    journal.add_listener(changes.append)
    return changes


def test_migration_6_sits_between_5_and_7():
    names = [m.__name__ for m in MIGRATIONS]
    assert "_migration_6" in names
    numbers = [int(n.rsplit("_", 1)[1]) for n in names]
    assert numbers == sorted(numbers)


def test_goal_round_trip_with_helper_place_and_obstacles(journal, goals, places):
    priya = journal.add_person(Person(name="Priya"))
    library = places.add_place(Place(name="Library", when="Mondays"))
    changes = heard(journal)
    stored = goals.add_goal(Goal(
        title=" Find a walking group ", why="fresh air", first_step="ask at the library",
        obstacles=("anxiety", "my knee"), what_could_help="going with Priya",
        review_on=TODAY + timedelta(days=14), created=ago(days=1), helper_person_id=priya.id,
        place_id=library.id,
    ))
    assert changes == [frozenset({Change.GOALS})]
    assert stored.id is not None and stored.title == "Find a walking group"
    assert goals.get_goal(stored.id) == stored
    assert goals.goals() == [stored] == goals.goals(GoalStatus.ACTIVE)
    assert goals.goals(GoalStatus.PAUSED) == []
    assert goals.goals_at(library.id) == [stored]


def test_new_goal_is_reviewed_in_two_weeks(goals):
    g = goals.new_goal("Call my brother once a week", why="I miss him")
    assert g.review_on == TODAY + timedelta(days=14) and g.created == NOW
    assert goals.get_goal(g.id).why == "I miss him"


@pytest.mark.parametrize(("zone", "clock", "day"), [
    (AUCKLAND, datetime(2026, 3, 12, 11, 30, tzinfo=UTC), date(2026, 3, 13)),  # 00:30 NZDT
    (LONDON, datetime(2026, 6, 30, 23, 30, tzinfo=UTC), date(2026, 7, 1)),  # 00:30 BST
])
def test_a_goal_set_after_local_midnight_is_reviewed_that_same_day(local_tz, vault, zone, clock, day):
    local_tz(zone)
    goals = Journal(vault, clock=lambda: clock).goals
    g = goals.new_goal("Find a walking group")
    assert (goals.today(), g.set_on, g.review_on) == (day, day, day + timedelta(days=14))
    goals.add_review(Review(g.id, day, Happened.PARTLY), next_review_on=day)
    assert [item.on for item in goals.history(g.id)] == [day, day]


def test_invalid_goal_or_missing_helper_stores_nothing(journal, goals):
    with pytest.raises(ValidationError):
        goals.new_goal("   ")
    with pytest.raises(NotFound):
        goals.new_goal("Swim", helper_person_id=999)
    with pytest.raises(NotFound):
        goals.new_goal("Swim", place_id=999)
    assert goals.goals() == []


def test_update_goal_changes_the_plan_keeps_the_day_it_was_set(goals):
    g = goals.new_goal("Swim", first_step="find the timetable")
    edited = goals.update_goal(replace(g, title="Swim on Saturdays", obstacles=("money",),
                                       review_on=TODAY + timedelta(days=3), created=ago(days=400)))
    assert edited.title == "Swim on Saturdays" and edited.obstacles == ("money",)
    assert edited.created == g.created and edited.review_on == TODAY + timedelta(days=3)
    with pytest.raises(NotFound):
        goals.update_goal(replace(g, id=999))


def test_review_partly_then_yes_and_done_with_history(journal, goals):
    g = goals.add_goal(Goal(title="Find a walking group", review_on=TODAY - timedelta(days=20),
                            created=ago(days=30), first_step="look online"))
    changes = heard(journal)
    first = goals.add_review(
        Review(g.id, TODAY - timedelta(days=20), Happened.PARTLY, in_the_way="anxiety",
               next_step="go with Priya"),
        next_review_on=TODAY - timedelta(days=6),
    )
    assert changes == [frozenset({Change.GOALS})]
    assert goals.get_goal(g.id).review_on == TODAY - timedelta(days=6)
    goals.add_review(Review(g.id, TODAY - timedelta(days=5), Happened.YES),
                     status=GoalStatus.DONE, at=ago(days=5))
    assert [r.happened for r in goals.reviews(g.id)] == [Happened.PARTLY, Happened.YES]
    assert goals.reviews(g.id)[0] == first
    assert goals.get_goal(g.id).status is GoalStatus.DONE
    texts = [i.text for i in goals.history(g.id)]
    assert texts == [
        "set this goal — first step: look online",
        "partly — what got in the way: anxiety; next: go with Priya",
        "it happened",
        "done",
    ]


def test_a_bad_review_changes_nothing(goals):
    g = goals.new_goal("Swim")
    with pytest.raises(ValidationError, match="in the future"):
        goals.add_review(Review(g.id, TODAY + timedelta(days=1), Happened.YES),
                         status=GoalStatus.DONE)
    with pytest.raises(ValidationError, match="can't be before"):
        goals.add_review(Review(g.id, TODAY, Happened.YES), next_review_on=TODAY - timedelta(days=9))
    with pytest.raises(NotFound):
        goals.add_review(Review(999, TODAY, Happened.YES))
    assert goals.reviews(g.id) == [] and goals.get_goal(g.id).status is GoalStatus.ACTIVE


def test_pause_resume_let_go_each_once_in_history(journal, goals):
    g = goals.new_goal("Join the choir")
    goals.set_status(g.id, GoalStatus.PAUSED)
    changes = heard(journal)
    goals.set_status(g.id, GoalStatus.PAUSED)  # already paused: nothing new
    assert changes == []
    goals.set_status(g.id, GoalStatus.ACTIVE)
    goals.set_status(g.id, GoalStatus.LET_GO)
    assert [c.status for c in goals.status_changes(g.id)] == [
        GoalStatus.PAUSED, GoalStatus.ACTIVE, GoalStatus.LET_GO]
    assert goals.goals(GoalStatus.LET_GO)[0].id == g.id


def test_deleting_the_helper_leaves_the_goal_without_one(journal, goals):
    sam = journal.add_person(Person(name="Sam"))
    g = goals.new_goal("Ask about benefits", helper_person_id=sam.id)
    journal.delete_person(sam.id)
    assert goals.get_goal(g.id).helper_person_id is None


def test_delete_goal_takes_reviews_and_history(journal, goals):
    g = goals.new_goal("Swim")
    goals.add_review(Review(g.id, TODAY, Happened.NOT_YET), status=GoalStatus.PAUSED)
    goals.delete_goal(g.id)
    with pytest.raises(NotFound):
        goals.get_goal(g.id)
    conn = journal.vault.conn
    for table in ("goal_reviews", "goal_status_changes", "goal_obstacles"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


# -- places ---------------------------------------------------------------------------------
def _walk(journal: Journal, days: int) -> Activity:
    return journal.add_activity(Activity(at=ago(days=days), category="Outdoors", title="Walk"))


def test_place_round_trip_update_and_order(journal, places):
    changes = heard(journal)
    b = places.add_place(Place(name="b library", what="books", when="daily",
                               how_to_get_there="bus 12", contact="01234", notes="quiet"))
    a = places.add_place(Place(name="A café"))
    assert changes == [frozenset({Change.PLACES})] * 2
    assert places.places() == [a, b]
    assert places.get_place(b.id).how_to_get_there == "bus 12"
    places.update_place(replace(b, name="Library"))
    assert places.get_place(b.id).name == "Library"
    with pytest.raises(ValidationError):
        places.update_place(replace(b, name=""))
    assert places.get_place(b.id).name == "Library"


def test_activities_link_to_one_place(journal, places):
    park = places.add_place(Place(name="Park"))
    pool = places.add_place(Place(name="Pool"))
    older, newer = _walk(journal, 3), _walk(journal, 1)
    places.link_activity(older.id, park.id)
    places.link_activity(newer.id, park.id)
    assert [a.id for a in places.activities_at(park.id)] == [newer.id, older.id]
    assert places.last_visits() == {park.id: newer.at}
    places.link_activity(newer.id, pool.id)  # moves: one place per activity
    assert places.place_of_activity(newer.id) == pool.id
    assert [a.id for a in places.activities_at(park.id)] == [older.id]
    places.link_activity(newer.id, None)
    assert places.place_of_activity(newer.id) is None
    with pytest.raises(NotFound):
        places.link_activity(older.id, 999)
    with pytest.raises(NotFound):
        places.link_activity(999, park.id)
    assert places.place_of_activity(older.id) == park.id


def test_activities_with_one_title_link_to_a_place_at_once(journal, places):
    park = places.add_place(Place(name="Park"))
    first, second = _walk(journal, 3), _walk(journal, 1)
    other = journal.add_activity(Activity(at=ago(days=2), category="Outdoors", title="Swim"))
    changes = heard(journal)
    places.link_activities_titled(first.title, park.id)
    assert changes == [frozenset({Change.PLACES})]
    assert [a.id for a in places.activities_at(park.id)] == [second.id, first.id]
    assert places.place_of_activity(other.id) is None


def test_deleting_a_place_removes_its_links_and_leaves_goals_without_it(journal, places, goals):
    park = places.add_place(Place(name="Park"))
    walk = _walk(journal, 2)
    places.link_activity(walk.id, park.id)
    g = goals.new_goal("Walk on Sundays", place_id=park.id)
    changes = heard(journal)
    places.delete_place(park.id)
    assert changes == [frozenset({Change.PLACES, Change.GOALS})]
    assert places.place_of_activity(walk.id) is None
    assert journal.vault.conn.execute("SELECT count(*) FROM activity_places").fetchone()[0] == 0
    assert journal.get_activity(walk.id).title == "Walk"  # the activity stays
    assert goals.get_goal(g.id).place_id is None
    with pytest.raises(NotFound):
        places.delete_place(park.id)


def test_deleting_an_activity_removes_its_link(journal, places):
    park = places.add_place(Place(name="Park"))
    walk = _walk(journal, 2)
    places.link_activity(walk.id, park.id)
    journal.delete_activity(walk.id)
    assert places.activities_at(park.id) == []
    assert places.place_of_activity(walk.id) is None


def test_review_dates_are_local_days(goals):
    g = goals.new_goal("Swim", review_on=date(2026, 7, 1))
    assert goals.get_goal(g.id).review_on == date(2026, 7, 1)


# -- the sample journal --------------------------------------------------------------------------
def test_demo_has_goals_at_different_stages_and_linked_places(journal):
    from peerjournal.core.connecting.goals import due_for_review
    from peerjournal.demo.seed import seed_demo

    seed_demo(journal, NOW)
    goals, places = journal.goals, journal.places
    stored = goals.goals()
    assert {g.status for g in stored} == set(GoalStatus)
    assert [g.title for g in due_for_review(stored, TODAY)] == ["Find a walking group"]
    (done,) = goals.goals(GoalStatus.DONE)
    assert [r.happened for r in goals.reviews(done.id)] == [Happened.PARTLY, Happened.YES]
    assert [i.kind for i in goals.history(done.id)] == ["set", "review", "review", "status"]
    assert len(places.places()) == 3
    for place in places.places():
        assert places.activities_at(place.id), place.name
    group = next(p for p in places.places() if p.name == "Tuesday peer support group")
    assert {a.title for a in places.activities_at(group.id)} == {"Tuesday peer support group"}
