"""Goals and places for the sample journal: three places linked to the sample's activities
there, and four goals at different stages (one ready to look back on, one done after a
"partly" and a "yes", one paused, one let go), so the Connecting page is alive on first look."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from peerjournal.core.clock import to_local
from peerjournal.core.connecting.goals import Goal, GoalStatus, Happened, Review
from peerjournal.core.connecting.places import Place
from peerjournal.demo.sample_text import DAD, RACHEL, TOM
from peerjournal.storage.journal import Journal

# Each place, and the title of the sample's activities that happen there.
PLACES: tuple[tuple[Place, str], ...] = (
    (Place(name="Tuesday peer support group", what="Peer support group, run by Dev",
           when="Tuesdays, 6:30 till 8pm", how_to_get_there="Bus 12 to the market, then a "
           "five-minute walk", contact="Dev, or the front desk at the community centre"),
     "Tuesday peer support group"),
    (Place(name="Food bank", what="Volunteering: sorting tins and packing bags",
           when="Thursday mornings", how_to_get_there="Fifteen minutes' walk",
           contact="Ask for Maureen"),
     "Food bank shift"),
    (Place(name="Leisure centre pool", what="Swimming; the early session is quiet",
           when="Saturdays, quiet session at 9am", how_to_get_there="Bus 7, or Dad gives me a lift"),
     "Swim at the leisure centre"),
)


def seed_demo_goals(journal: Journal, now: datetime, stored_ids: Sequence[int]) -> None:
    """``stored_ids[i]`` is the id the sample's person ``i`` got."""
    places, goals = journal.places, journal.goals
    today = to_local(now).date()

    def at(days: int) -> datetime:
        return now - timedelta(days=days)

    def day(days: int) -> date:
        return today - timedelta(days=days)

    with journal.batch():
        place_ids = []
        for place, title in PLACES:
            stored = places.add_place(place)
            assert stored.id is not None
            place_ids.append(stored.id)
            places.link_activities_titled(title, stored.id)

        goals.add_goal(Goal(
            title="Find a walking group", created=at(20), review_on=day(3),
            why="I feel better outdoors, and I'd like to meet people who walk.",
            first_step="Ask at the library about local walking groups",
            obstacles=("anxiety", "not knowing anyone there"),
            what_could_help="Going with Tom the first time", helper_person_id=stored_ids[TOM],
        ))

        swim = goals.add_goal(Goal(
            title="Go swimming on a Saturday", created=at(60), review_on=day(46),
            why="It clears my head.", first_step="Look up the session times",
            obstacles=("anxiety", "money"), what_could_help="Going to the quiet early session",
            place_id=place_ids[2],
        ))
        assert swim.id is not None
        goals.add_review(Review(swim.id, day(46), Happened.PARTLY,
                                in_the_way="It was busy and I left early",
                                next_step="Try the quiet 9am session"),
                         next_review_on=day(32))
        goals.add_review(Review(swim.id, day(32), Happened.YES,
                                next_step="Keep going when I feel up to it"),
                         status=GoalStatus.DONE, at=at(32))

        dad = goals.add_goal(Goal(
            title="Call Dad once a week", created=at(45), review_on=day(31),
            why="We used to talk more.", first_step="Ring him on Sunday after Mum's call",
            obstacles=("time",), helper_person_id=stored_ids[DAD],
        ))
        assert dad.id is not None
        goals.add_review(Review(dad.id, day(31), Happened.NOT_YET,
                                in_the_way="Busy weeks, and I wasn't up to it",
                                next_step="Send a short message instead"),
                         next_review_on=day(17), status=GoalStatus.PAUSED, at=at(25))

        choir = goals.add_goal(Goal(
            title="Join the community choir", created=at(80), review_on=day(66),
            why="I used to love singing.", obstacles=("money", "transport"),
            what_could_help="Asking Rachel whether there's help with the fees",
            helper_person_id=stored_ids[RACHEL],
        ))
        assert choir.id is not None
        goals.add_review(Review(choir.id, day(66), Happened.NOT_YET,
                                in_the_way="The fees, and the late bus home"),
                         status=GoalStatus.LET_GO, at=at(66))
