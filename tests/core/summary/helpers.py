"""Hand-built records for the summary's connecting sections: people, resource checks, goals, snapshots."""

from __future__ import annotations

from datetime import date, datetime

from peerjournal.core.connecting.goals import Goal, GoalStatus, Happened, Review, StatusChange
from peerjournal.core.connecting.network_history import Snapshot, SnapshotMember
from peerjournal.core.connecting.resources import (
    Answer,
    Domain,
    Reply,
    ResourceCheck,
    ResourceItem,
    results,
)
from peerjournal.core.records import Person
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.summary.report import (
    SummaryData,
)
from peerjournal.core.vocabulary import Closeness, Relationship

START, END = date(2026, 6, 1), date(2026, 6, 28)
MADE = date(2026, 7, 1)


def at(day: int, month: int = 6, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour).astimezone()


SAM = Person(name="Sam Jones", id=1, relationship=Relationship.FRIEND, closeness=Closeness.CLOSE)
ANA = Person(name="Ana Ruiz", id=2, relationship=Relationship.FAMILY)
OLD = Person(name="Old Friend", id=3, archived=True)
KIM = Person(name="Kim Lee", id=4, relationship=Relationship.PROFESSIONAL, closeness=Closeness.OUTER)
PEOPLE = (SAM, ANA, OLD, KIM)

# -- records ------------------------------------------------------------------------------
ITEMS = (
    ResourceItem(Domain.EVERYDAY, "give me a lift somewhere", id=1),
    ResourceItem(Domain.INFORMATION, "help me understand benefits", id=2),
    ResourceItem(Domain.EMOTIONAL, "talk with me when I'm feeling low", id=3),
    ResourceItem(Domain.BELONGING, "introduce me to new people", id=4),
)


def check(day: datetime, *answers: tuple[int, Reply, tuple[int, ...]]) -> ResourceCheck:
    by_id = {i.id: i for i in ITEMS}
    return ResourceCheck(taken=day, answers=tuple(
        Answer(item, by_id[item].domain, by_id[item].text, reply, people)
        for item, reply, people in answers))


PREVIOUS = results(check(at(10, month=5), (1, Reply.YES, (1,)), (2, Reply.NOT_SURE, ()),
                         (3, Reply.NO, ()), (4, Reply.YES, (2,))), ITEMS, PEOPLE)
LATEST = results(check(at(12), (1, Reply.YES, (1,)), (2, Reply.NO, ()),
                       (3, Reply.YES, (1, 2)), (4, Reply.NOT_SURE, ())), ITEMS, PEOPLE)

WHY, STEP, HELP, IN_THE_WAY, NEXT = ("to feel less alone", "ask at the library",
                                     "going along with Ana", "the rain", "try on Saturday")
WALK = GoalShare(
    Goal("Find a walking group", review_on=date(2026, 6, 24), created=at(20, month=5), why=WHY,
         first_step=STEP, obstacles=("anxiety", "transport"), what_could_help=HELP,
         helper_person_id=2, id=1),
    reviews=(Review(1, date(2026, 6, 10), Happened.PARTLY, in_the_way=IN_THE_WAY,
                    next_step=NEXT, id=1),))
BAKE = GoalShare(  # done before the period: not part of it
    Goal("Learn to bake bread", review_on=date(2026, 4, 15), created=at(1, month=4),
         status=GoalStatus.DONE, id=2),
    changes=(StatusChange(2, at(1, month=5), GoalStatus.DONE),))
CHOIR = GoalShare(  # let go in the period: still part of its story
    Goal("Join a choir", review_on=date(2026, 6, 19), created=at(5), status=GoalStatus.LET_GO,
         id=3),
    changes=(StatusChange(3, at(20), GoalStatus.LET_GO),))
VOLUNTEER = GoalShare(  # marked done after the period: active at its end
    Goal("Volunteer at the garden", review_on=date(2026, 6, 17), created=at(3),
         status=GoalStatus.DONE, id=4),
    reviews=(Review(4, date(2026, 7, 4), Happened.YES, id=2),),
    changes=(StatusChange(4, at(5, month=7), GoalStatus.DONE),))
LATER = GoalShare(Goal("Something for later", review_on=date(2026, 7, 20), created=at(2, month=7),
                       id=5))
GOALS = (LATER, VOLUNTEER, CHOIR, BAKE, WALK)


def member(person: Person, closeness: Closeness, person_id: int | None = -1) -> SnapshotMember:
    return SnapshotMember(person.id if person_id == -1 else person_id, person.name,
                          person.relationship, closeness)


DEE = Person(name="Dee Walker", relationship=Relationship.PEER)  # deleted from the journal since
SNAPSHOTS = (
    Snapshot(3, at(25), "resource check", (member(SAM, Closeness.CLOSE),
                                           member(ANA, Closeness.CLOSE),
                                           member(KIM, Closeness.OUTER))),
    Snapshot(1, at(1, month=5), "saved by you", (member(SAM, Closeness.OUTER),)),
    Snapshot(2, at(2), "saved by you", (member(SAM, Closeness.CLOSE),
                                        member(ANA, Closeness.MIDDLE),
                                        member(DEE, Closeness.OUTER, person_id=None))),
)
DATA = SummaryData(people=PEOPLE, resource_check=LATEST, previous_check=PREVIOUS, goals=GOALS,
                   network_snapshots=SNAPSHOTS)
