"""Small goals of the person's own, with plan–do–review: the plan, its reviews, its history.

A goal says what, why it matters, a first step, what might get in the way and what could
help, when to look back on it and, optionally, who is helping and where. A review says
whether it happened (yes / partly / not yet), what got in the way and what next. Goals can
be paused or let go at any time; nothing here counts, scores or keeps streaks: progress is
a history told in plain words. Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from peerjournal.core.clock import local_day
from peerjournal.core.records import NOTE_MAX
from peerjournal.core.vocabulary import LabelledEnum
from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

TR_CONTEXT = "Goals"
TITLE_MAX = 200
OBSTACLE_MAX = 60
OBSTACLES_MAX = 12
REVIEW_AFTER_DAYS = 14
"""A new goal is looked back on after this long unless the person picks another day."""

DEFAULT_OBSTACLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Goals", "anxiety"),
    QT_TRANSLATE_NOOP("Goals", "transport"),
    QT_TRANSLATE_NOOP("Goals", "money"),
    QT_TRANSLATE_NOOP("Goals", "not knowing anyone there"),
    QT_TRANSLATE_NOOP("Goals", "time"),
    QT_TRANSLATE_NOOP("Goals", "health"),
)

MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Goals", "January"), QT_TRANSLATE_NOOP("Goals", "February"),
    QT_TRANSLATE_NOOP("Goals", "March"), QT_TRANSLATE_NOOP("Goals", "April"),
    QT_TRANSLATE_NOOP("Goals", "May"), QT_TRANSLATE_NOOP("Goals", "June"),
    QT_TRANSLATE_NOOP("Goals", "July"), QT_TRANSLATE_NOOP("Goals", "August"),
    QT_TRANSLATE_NOOP("Goals", "September"), QT_TRANSLATE_NOOP("Goals", "October"),
    QT_TRANSLATE_NOOP("Goals", "November"), QT_TRANSLATE_NOOP("Goals", "December"),
)


def _tr(text: str) -> str:
    return translate(TR_CONTEXT, text)


class GoalStatus(LabelledEnum, context="Goals"):
    ACTIVE = "active", QT_TRANSLATE_NOOP("Goals", "Active")
    PAUSED = "paused", QT_TRANSLATE_NOOP("Goals", "Paused")
    LET_GO = "let_go", QT_TRANSLATE_NOOP("Goals", "Let go")
    DONE = "done", QT_TRANSLATE_NOOP("Goals", "Done")


STATUS_LABELS: dict[str, str] = GoalStatus.source_labels()
STATUS_ORDER: tuple[GoalStatus, ...] = (
    GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.LET_GO, GoalStatus.DONE,
)


class Happened(LabelledEnum, context="Goals"):
    YES = "yes", QT_TRANSLATE_NOOP("Goals", "Yes")
    PARTLY = "partly", QT_TRANSLATE_NOOP("Goals", "Partly")
    NOT_YET = "not_yet", QT_TRANSLATE_NOOP("Goals", "Not yet")


HAPPENED_LABELS: dict[str, str] = Happened.source_labels()
# How a review reads in the history ("12 March: partly — …").
_HAPPENED_WORDS: dict[str, str] = {
    "yes": QT_TRANSLATE_NOOP("Goals", "it happened"),
    "partly": QT_TRANSLATE_NOOP("Goals", "partly"),
    "not_yet": QT_TRANSLATE_NOOP("Goals", "not yet"),
}
_STATUS_WORDS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Goals", "picked up again"),
    "paused": QT_TRANSLATE_NOOP("Goals", "paused for now"),
    "let_go": QT_TRANSLATE_NOOP("Goals", "let go — plans change"),
    "done": QT_TRANSLATE_NOOP("Goals", "done"),
}


def _text(value: str, what: str, limit: int = NOTE_MAX) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise ValidationError(
            _tr("{what} can be at most {limit} characters.").format(what=what, limit=f"{limit:,}")
        )
    return cleaned


def clean_obstacle(word: str) -> str:
    """One thing that might get in the way: a default word or the person's own."""
    cleaned = " ".join(word.split())
    if not cleaned:
        raise ValidationError(_tr("Please write what might get in the way, or leave it out."))
    if len(cleaned) > OBSTACLE_MAX:
        raise ValidationError(
            _tr("Each thing that might get in the way can be at most {n} characters.")
            .format(n=OBSTACLE_MAX)
        )
    return cleaned


def clean_obstacles(words: Iterable[str]) -> tuple[str, ...]:
    """Tidied, empty ones dropped, each once (whatever its case), in the order given."""
    seen: dict[str, str] = {}
    for word in words:
        if not word.strip():
            continue
        cleaned = clean_obstacle(word)
        seen.setdefault(cleaned.casefold(), cleaned)
    if len(seen) > OBSTACLES_MAX:
        raise ValidationError(
            _tr("Please choose at most {n} things that might get in the way.").format(n=OBSTACLES_MAX)
        )
    return tuple(seen.values())


def obstacle_label(word: str) -> str:
    """A default obstacle in the person's language; their own words as they wrote them."""
    return _tr(word) if word in DEFAULT_OBSTACLES else word


@dataclass(frozen=True)
class Goal:
    """A small goal of the person's own. ``created`` is an aware datetime (stored in UTC)."""

    title: str
    review_on: date
    created: datetime
    why: str = ""
    first_step: str = ""
    obstacles: tuple[str, ...] = ()
    what_could_help: str = ""
    helper_person_id: int | None = None
    place_id: int | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    id: int | None = None

    @property
    def set_on(self) -> date:
        """The local calendar day the goal was set."""
        return local_day(self.created)

    def validate(self) -> Goal:
        title = " ".join(self.title.split())
        if not title:
            raise ValidationError(
                _tr("Please give your goal a few words, for example “find a walking group”.")
            )
        if len(title) > TITLE_MAX:
            raise ValidationError(
                _tr("A goal's title can be at most {n} characters.").format(n=TITLE_MAX)
            )
        if self.created.tzinfo is None:
            raise ValidationError(_tr("A time must say which time zone it is in."))
        if not isinstance(self.review_on, date) or isinstance(self.review_on, datetime):
            raise ValidationError(_tr("Please choose a day to look back on this goal."))
        if self.review_on < self.set_on:
            raise ValidationError(
                _tr("The day to look back on a goal can't be before the day it was set.")
            )
        try:
            status = GoalStatus(self.status)
        except ValueError:
            raise ValidationError(_tr("Unknown state of a goal: {s}.").format(s=self.status)) from None
        return replace(
            self, title=title, why=_text(self.why, _tr("Why it matters")),
            first_step=_text(self.first_step, _tr("The first step")),
            what_could_help=_text(self.what_could_help, _tr("What could help")),
            obstacles=clean_obstacles(self.obstacles), status=status,
            created=self.created.replace(microsecond=0),
        )


@dataclass(frozen=True)
class Review:
    """Looking back on a goal on the local day ``on``."""

    goal_id: int
    on: date
    happened: Happened
    in_the_way: str = ""
    next_step: str = ""
    id: int | None = None

    def validate(self, today: date, goal: Goal | None = None) -> Review:
        if not isinstance(self.on, date) or isinstance(self.on, datetime):
            raise ValidationError(_tr("Please choose the day of this review."))
        if self.on > today:
            raise ValidationError(
                _tr("That date is in the future. Please pick today or an earlier day.")
            )
        if goal is not None and self.on < goal.set_on:
            raise ValidationError(
                _tr("A review can't be dated before the day the goal was set.")
            )
        try:
            happened = Happened(self.happened)
        except ValueError:
            raise ValidationError(_tr("Please choose whether it happened: yes, partly or not yet.")) from None
        return replace(
            self, happened=happened,
            in_the_way=_text(self.in_the_way, _tr("What got in the way")),
            next_step=_text(self.next_step, _tr("What next")),
        )


@dataclass(frozen=True)
class StatusChange:
    """A goal paused, picked up again, let go or marked done, at an aware time."""

    goal_id: int
    at: datetime
    status: GoalStatus

    @property
    def on(self) -> date:
        return local_day(self.at)


@dataclass(frozen=True)
class HistoryItem:
    """One line of a goal's story: its day, what kind of step, and the words."""

    on: date
    kind: str  # "set", "review" or "status"
    text: str

    def line(self, today: date | None = None) -> str:
        return _tr("{day}: {text}").format(day=day_words(self.on, today), text=self.text)


def day_words(day: date, today: date | None = None) -> str:
    """The day as "12 March", with its year when that is not ``today``'s year."""
    month = _tr(MONTHS[day.month - 1])
    if today is None or day.year != today.year:  # the order is the language's ("30. Dezember 2025")
        return translate("Goals", "{day} {month} {year}").format(day=day.day, month=month, year=day.year)
    return translate("Goals", "{day} {month}").format(day=day.day, month=month)


def _review_text(review: Review) -> str:
    text = _tr(_HAPPENED_WORDS[review.happened])
    if review.in_the_way:
        text += _tr(" — what got in the way: {words}").format(words=review.in_the_way)
    if review.next_step:
        text += _tr("; next: {words}").format(words=review.next_step)
    return text


def history(goal: Goal, reviews: Iterable[Review] = (),
            changes: Iterable[StatusChange] = ()) -> list[HistoryItem]:
    """The goal's story, oldest first: when it was set, each review and each change of state.

    On one day, setting the goal comes first, then reviews, then changes of state (a review
    that said "yes" is followed by "done"). Never counts, scores or streaks."""
    set_text = _tr("set this goal")
    if goal.first_step:
        set_text += _tr(" — first step: {words}").format(words=goal.first_step)
    keyed: list[tuple[tuple[date, int, int], HistoryItem]] = [
        ((goal.set_on, 0, 0), HistoryItem(goal.set_on, "set", set_text))
    ]
    for n, review in enumerate(reviews):
        keyed.append(((review.on, 1, n), HistoryItem(review.on, "review", _review_text(review))))
    for n, change in enumerate(sorted(changes, key=lambda c: c.at)):
        keyed.append(((change.on, 2, n),
                      HistoryItem(change.on, "status", _tr(_STATUS_WORDS[change.status]))))
    keyed.sort(key=lambda pair: pair[0])
    return [item for _, item in keyed]


def is_due(goal: Goal, today: date) -> bool:
    """An active goal whose day to look back on has come."""
    return goal.status is GoalStatus.ACTIVE and goal.review_on <= today


def due_for_review(goals: Iterable[Goal], today: date) -> list[Goal]:
    """Active goals ready to look back on, the longest waiting first."""
    return sorted((g for g in goals if is_due(g, today)),
                  key=lambda g: (g.review_on, g.title.casefold()))


def by_status(goals: Iterable[Goal]) -> dict[GoalStatus, list[Goal]]:
    """Goals grouped Active / Paused / Let go / Done; within a group, by review day then title."""
    groups: dict[GoalStatus, list[Goal]] = {s: [] for s in STATUS_ORDER}
    for goal in goals:
        groups[goal.status].append(goal)
    for members in groups.values():
        members.sort(key=lambda g: (g.review_on, g.title.casefold(), g.id or 0))
    return groups
