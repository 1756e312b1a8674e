"""When to gently ask: a plain function of (settings, state, journal facts, now) → due prompts.

No Qt and no clock of its own: the caller passes ``now``, so tests can move time.
Local times (check-in times, quiet hours, "today") follow the process's local time
zone for each instant, so daylight-saving changes are handled as the person lives them.

Rules, in the person's interest (nudge, never nag):
- nothing during quiet hours, and at most ``max_per_day`` prompts a local day;
- check-in prompts that came due while the app was closed collapse into one;
- a prompt already answered today (the entry it asks for was logged) is not shown;
- stay-in-touch and isolation nudges appear once a day at most, from ``nudge_time``;
- the resource check ("who could I call on?") is offered from ``nudge_time`` when the last one
  is ``resource_check_days`` old (or never taken, in a journal two weeks old), at most once a
  week; "no, thanks" puts it off for that many days again: offered, never forced;
- one gentle prompt when goals reach the day to look back on them (again only when another
  goal's day comes);
- snoozed prompts wait until their time; dismissed ones never return.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from peerjournal.core.clock import local_day, to_local, to_utc
from peerjournal.core.connecting.resources import CHECK_EVERY_DAYS, check_due
from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, format_date, translate

ALL_DAYS = frozenset(range(7))  # 0 = Monday
WEEKDAYS = frozenset(range(5))
LOOK_BACK = timedelta(hours=24)  # missed check-ins older than this are left in the past
KEEP_STATE = timedelta(days=14)
KEEP_ISOLATION_STATE = timedelta(days=61)  # an isolation stretch may last up to 60 days
RESOURCE_CHECK_DAYS_MIN, RESOURCE_CHECK_DAYS_MAX = 30, 365
KEEP_LONG_STATE = timedelta(days=RESOURCE_CHECK_DAYS_MAX + 1)  # a "no, thanks" to the check lasts that long
RESOURCE_FIRST_AFTER = timedelta(days=14)  # never taken: offered once the journal is two weeks old
RESOURCE_AT_MOST_EVERY = timedelta(days=7)


class PromptKind(StrEnum):
    CHECK_IN = "check_in"
    CONTACTS = "contacts"
    ACTIVITIES = "activities"
    STAY_IN_TOUCH = "stay_in_touch"
    ISOLATION = "isolation"
    RESOURCE_CHECK = "resource_check"
    GOAL_REVIEW = "goal_review"


SLOT_KINDS = (PromptKind.CHECK_IN, PromptKind.CONTACTS, PromptKind.ACTIVITIES)
NUDGE_KINDS = (PromptKind.STAY_IN_TOUCH, PromptKind.ISOLATION)
CONNECTING_KINDS = (PromptKind.RESOURCE_CHECK, PromptKind.GOAL_REVIEW)
"""Read from the journal, never while locked; their state (dates about the journal) stays in the vault."""
PRIORITY = (
    PromptKind.CHECK_IN, PromptKind.ISOLATION, PromptKind.STAY_IN_TOUCH,
    PromptKind.CONTACTS, PromptKind.ACTIVITIES, PromptKind.GOAL_REVIEW, PromptKind.RESOURCE_CHECK,
)

# What a notification says: generic, nothing from the journal, no names. Marked for
# translation (context "prompts"); Prompt.title / Prompt.text translate them.
TITLES = {
    PromptKind.CHECK_IN: QT_TRANSLATE_NOOP("prompts", "Time for your check-in"),
    PromptKind.CONTACTS: QT_TRANSLATE_NOOP("prompts", "Who were you in touch with today?"),
    PromptKind.ACTIVITIES: QT_TRANSLATE_NOOP("prompts", "What did you do today?"),
    PromptKind.STAY_IN_TOUCH: QT_TRANSLATE_NOOP("prompts", "Staying in touch"),
    PromptKind.ISOLATION: QT_TRANSLATE_NOOP("prompts", "A gentle hello"),
    PromptKind.RESOURCE_CHECK: QT_TRANSLATE_NOOP("prompts", "Who you can call on"),
    PromptKind.GOAL_REVIEW: QT_TRANSLATE_NOOP("prompts", "Looking back on a goal"),
}
GENERIC_TEXT = {
    PromptKind.CHECK_IN: QT_TRANSLATE_NOOP("prompts", "How are you today? A short check-in takes about a minute."),
    PromptKind.CONTACTS: QT_TRANSLATE_NOOP(
        "prompts", "Were you in touch with anyone today? A message or a chat counts too."),
    PromptKind.ACTIVITIES: QT_TRANSLATE_NOOP(
        "prompts", "Did you do something today you'd like to note, big or small?"),
    PromptKind.STAY_IN_TOUCH: QT_TRANSLATE_NOOP("prompts", "There is someone you wanted to keep in touch with."),
    PromptKind.ISOLATION: QT_TRANSLATE_NOOP(
        "prompts",
        "It's been a few days since you noted time with someone. "
        "Would you like to reach out to someone today?"),
    PromptKind.RESOURCE_CHECK: QT_TRANSLATE_NOOP(
        "prompts",
        "When you have a moment: would you like to look at who you can call on? It's been a few months."),
    PromptKind.GOAL_REVIEW: QT_TRANSLATE_NOOP("prompts", "A goal is ready to look back on, whenever suits you."),
}
FIRST_RESOURCE_TEXT = QT_TRANSLATE_NOOP(  # the check never taken yet: "a few months" would not be true
    "prompts", "When you have a moment: would you like to look at who you can call on? It takes a few minutes.")


@dataclass(frozen=True)
class ReminderTime:
    """A time of day the person chose, on some days of the week, for one kind of prompt."""

    at: time
    days: frozenset[int] = ALL_DAYS
    kind: PromptKind = PromptKind.CHECK_IN


@dataclass(frozen=True)
class QuietHours:
    """No prompts from ``start`` until ``end`` (local time; may run past midnight)."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


@dataclass(frozen=True)
class PromptSettings:
    enabled: bool = True
    times: tuple[ReminderTime, ...] = (ReminderTime(time(20, 0)),)
    quiet: QuietHours | None = QuietHours(time(22, 0), time(8, 0))
    kinds: frozenset[PromptKind] = frozenset(PromptKind)
    max_per_day: int = 3
    isolation_days: int = 3
    nudge_time: time = time(11, 0)  # also when the resource check and goal reviews are offered
    show_details: bool = False  # names and journal words in notifications
    resource_check_days: int = CHECK_EVERY_DAYS  # offer the check again after this long

    def validate(self) -> PromptSettings:
        if not 1 <= self.max_per_day <= 20:
            raise ValidationError(translate("prompts", "Prompts a day must be between 1 and 20."))
        if not 1 <= self.isolation_days <= 60:
            raise ValidationError(translate("prompts", "The number of days must be between 1 and 60."))
        if not RESOURCE_CHECK_DAYS_MIN <= self.resource_check_days <= RESOURCE_CHECK_DAYS_MAX:
            raise ValidationError(translate(
                "prompts", "The check can be offered every 30 to 365 days."))
        for slot in self.times:
            if slot.kind not in SLOT_KINDS:
                raise ValidationError(translate(
                    "prompts", "A reminder time can ask for a check-in, contacts or activities."))
            if not slot.days or not slot.days <= ALL_DAYS:
                raise ValidationError(translate("prompts", "Please choose at least one day for each reminder time."))
        return self


@dataclass(frozen=True)
class PromptFacts:
    """What the journal says, read only while it is unlocked (``None`` when locked)."""

    last_mood: datetime | None = None
    # In touch: a contact, or an activity with someone (storage/in_touch.py, the one definition).
    last_in_touch: datetime | None = None
    last_activity: datetime | None = None
    last_in_touch_by_person: Mapping[int, datetime] = field(default_factory=dict)
    cadences: Mapping[int, int] = field(default_factory=dict)  # person id → every N days
    names: Mapping[int, str] = field(default_factory=dict)
    supporters: tuple[str, ...] = ()  # people who give company or emotional support
    good_activities: tuple[str, ...] = ()  # activities that felt good before
    journal_started: datetime | None = None  # the first entry's time
    last_resource_check: datetime | None = None
    goal_reviews: Mapping[int, date] = field(default_factory=dict)  # active goal id → day to look back
    goal_titles: Mapping[int, str] = field(default_factory=dict)

    def goals_due(self, day: date) -> list[int]:
        """Active goals whose day to look back on has come by ``day``, the longest waiting first."""
        due = [(on, goal_id) for goal_id, on in self.goal_reviews.items() if on <= day]
        return [goal_id for _, goal_id in sorted(due)]

    def last_of(self, kind: PromptKind) -> datetime | None:
        return {
            PromptKind.CHECK_IN: self.last_mood,
            PromptKind.CONTACTS: self.last_in_touch,  # "who were you in touch with?"
            PromptKind.ACTIVITIES: self.last_activity,
        }.get(kind)


@dataclass(frozen=True)
class PromptState:
    """What was shown, snoozed and dismissed; kept between runs."""

    delivered: Mapping[str, datetime] = field(default_factory=dict)
    snoozed: Mapping[str, datetime] = field(default_factory=dict)
    dismissed: Mapping[str, datetime] = field(default_factory=dict)
    last_check: datetime | None = None


@dataclass(frozen=True)
class Prompt:
    kind: PromptKind
    key: str
    due: datetime
    person_id: int | None = None
    covers: tuple[str, ...] = ()  # keys of missed prompts folded into this one
    days_without_contact: int = 0
    goal_id: int | None = None  # a goal review: the goal waiting longest
    goals_waiting: int = 0  # a goal review: how many goals are ready

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.covers)

    @property
    def title(self) -> str:
        return translate("prompts", TITLES[self.kind])

    def text(self, facts: PromptFacts | None = None, *, detailed: bool = False) -> str:
        """The prompt's words; ``detailed`` may use names from ``facts`` (in-app, or if allowed)."""
        if self.kind is PromptKind.RESOURCE_CHECK and _key_part(self.key, 1) == "never":
            return translate("prompts", FIRST_RESOURCE_TEXT)
        if not detailed or facts is None:
            return translate("prompts", GENERIC_TEXT[self.kind])
        if self.kind is PromptKind.GOAL_REVIEW and self.goal_id in facts.goal_titles:
            title = facts.goal_titles[self.goal_id]  # type: ignore[index]
            others = self.goals_waiting - 1
            if others < 1:
                text = translate("prompts", "“{title}” is ready to look back on, whenever suits you.")
            elif others == 1:
                text = translate("prompts", "“{title}” and one other goal are ready to look back on, "
                                            "whenever suits you.")
            else:
                text = translate("prompts", "“{title}” and {n} other goals are ready to look back on, "
                                            "whenever suits you.")
            return text.format(title=title, n=others)
        if self.kind is PromptKind.STAY_IN_TOUCH and self.person_id in facts.names:
            name = facts.names[self.person_id]  # type: ignore[index]
            last = facts.last_in_touch_by_person.get(self.person_id)  # type: ignore[arg-type]
            day = to_local(last) if last else None
            if day:
                return translate(
                    "prompts",
                    "You wanted to keep in touch with {name}. You last noted time with them on {day}. "
                    "Would you like to get in touch?",
                ).format(name=name, day=format_date(day.date(), "dddd d MMMM"))
            return translate("prompts", "You wanted to keep in touch with {name}. Would you like to get in touch?"
                             ).format(name=name)
        if self.kind is PromptKind.ISOLATION:
            days = self.days_without_contact
            parts = [translate("prompts", "It's been 1 day since you noted time with someone.") if days == 1
                     else translate("prompts", "It's been {n} days since you noted time with someone.").format(n=days)]
            if facts.supporters:
                parts.append(translate("prompts", "{names} might be glad to hear from you.").format(
                    names=_either(facts.supporters[:2])))
            if facts.good_activities:
                parts.append(translate("prompts", "{activity} felt good before.").format(
                    activity=facts.good_activities[0]))
            parts.append(translate("prompts", "Only if it feels right today."))
            return " ".join(parts)
        return translate("prompts", GENERIC_TEXT[self.kind])


def _either(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return translate("prompts", "{first} or {second}").format(first=names[0], second=names[1])


# -- local time helpers ------------------------------------------------------
def local_instant(day: date, moment: time) -> datetime:
    """The UTC instant of a local wall-clock time (a time skipped by DST moves forward)."""
    wall = datetime.combine(day, moment)
    instant = to_utc(wall)
    if wall.tzinfo is None and (behind := wall - to_local(instant).replace(tzinfo=None)) > timedelta(0):
        instant += behind  # the platform read a skipped time with the later offset: an hour early
    return instant


def _in_quiet(settings: PromptSettings, instant: datetime) -> bool:
    return settings.quiet is not None and settings.quiet.contains(to_local(instant).time())


def _slot_key(kind: PromptKind, day: date, moment: time) -> str:
    return f"{kind.value}|{day.isoformat()}|{moment.strftime('%H:%M')}"


def _kind_of_key(key: str) -> PromptKind:
    return PromptKind(key.split("|", 1)[0])


def _key_part(key: str, index: int) -> str:
    parts = key.split("|")
    return parts[index] if index < len(parts) else ""


def _day_of_key(key: str) -> date:
    return date.fromisoformat(key.split("|")[1])


def _answered(kind: PromptKind, day: date, facts: PromptFacts | None) -> bool:
    """Asked-for entry already logged on that local day (unknown while locked: not answered)."""
    if facts is None:
        return False
    last = facts.last_of(kind)
    return last is not None and local_day(last) >= day


# -- the schedule ------------------------------------------------------------
def _slot_prompts(settings: PromptSettings, state: PromptState, facts: PromptFacts | None,
                  now: datetime) -> list[Prompt]:
    if state.last_check is None:
        # First run: nothing was missed before PeerJournal started asking.
        start = local_instant(local_day(now), time(0, 0)) - timedelta(microseconds=1)
    elif state.last_check > now:
        start = now - LOOK_BACK  # the clock went back: look again; delivered keys stop repeats
    else:
        start = max(state.last_check, now - LOOK_BACK)
    pending: list[tuple[datetime, str, PromptKind]] = []
    day = local_day(start)
    while day <= local_day(now):
        for slot in settings.times:
            if slot.kind not in settings.kinds or day.weekday() not in slot.days:
                continue
            instant = local_instant(day, slot.at)
            key = _slot_key(slot.kind, day, slot.at)
            if not start < instant <= now or key in state.delivered or key in state.dismissed:
                continue
            if key in state.snoozed or _in_quiet(settings, instant):
                continue
            if _answered(slot.kind, day, facts):
                continue
            pending.append((instant, key, slot.kind))
        day += timedelta(days=1)
    if not pending:
        return []
    pending.sort()
    check_ins = [p for p in pending if p[2] is PromptKind.CHECK_IN]
    due, key, kind = check_ins[-1] if check_ins else pending[-1]  # a full check-in covers "who" and "what" too
    return [Prompt(kind, key, due, covers=tuple(k for _, k, _ in pending if k != key))]


def _snoozed_prompts(state: PromptState, facts: PromptFacts | None, now: datetime) -> list[Prompt]:
    due = []
    for key, until in state.snoozed.items():
        if until > now or key in state.dismissed:
            continue
        kind = _kind_of_key(key)
        if kind in SLOT_KINDS and (_answered(kind, _day_of_key(key), facts) or _asked_since(key, state)):
            continue
        if kind in NUDGE_KINDS or kind in CONNECTING_KINDS:
            continue  # recomputed from the journal below, under the same key
        due.append(Prompt(kind, key, until))
    return due


def _asked_since(key: str, state: PromptState) -> bool:
    """A newer prompt of the same kind (or a full check-in) was shown after this slot's."""
    kind, when = key.split("|", 1)
    return any(k.split("|", 1)[1] > when for k in state.delivered
               if k.split("|", 1)[0] in (kind, PromptKind.CHECK_IN.value))


def _days_between(earlier: datetime, now: datetime) -> int:
    return (local_day(now) - local_day(earlier)).days


def _nudges(settings: PromptSettings, state: PromptState, facts: PromptFacts | None,
            now: datetime) -> list[Prompt]:
    if facts is None:
        return []
    today = local_day(now)
    nudge_at = local_instant(today, settings.nudge_time)
    if now < nudge_at:
        return []
    delivered_today = {k for k, at in state.delivered.items() if local_day(at) == today}
    stay_today = {k for k in delivered_today if _kind_of_key(k) is PromptKind.STAY_IN_TOUCH}

    def waiting(key: str) -> bool:  # snoozed, and not time yet
        return key in state.snoozed and state.snoozed[key] > now

    def open_(key: str) -> bool:  # not dismissed; not shown yet, or back from a snooze
        return key not in state.dismissed and (key not in state.delivered or key in state.snoozed)

    prompts = []
    if PromptKind.ISOLATION in settings.kinds and facts.last_in_touch is not None:
        days = _days_between(facts.last_in_touch, now)
        if days >= settings.isolation_days:
            stretch = days // settings.isolation_days  # a dismissed nudge may return after as long again
            key = f"{PromptKind.ISOLATION.value}|{local_day(facts.last_in_touch).isoformat()}|{stretch}"
            prompts.append(Prompt(PromptKind.ISOLATION, key, nudge_at, days_without_contact=days))
    if PromptKind.STAY_IN_TOUCH in settings.kinds:
        overdue = []
        for person_id, every in facts.cadences.items():
            last = facts.last_in_touch_by_person.get(person_id)
            if last is None:
                overdue.append((10_000, person_id, "never"))
            elif (gap := _days_between(last, now)) >= every:
                overdue.append((gap - every, person_id, local_day(last).isoformat()))
        for _, person_id, since in sorted(overdue, key=lambda o: (-o[0], o[1])):
            key = f"{PromptKind.STAY_IN_TOUCH.value}|{since}|{person_id}"
            if stay_today and key not in stay_today:
                continue  # one person a day: an invitation, not a to-do list (theirs may come back)
            if waiting(key):
                break  # snoozed: this person later, nobody else meanwhile
            if open_(key):
                prompts.append(Prompt(PromptKind.STAY_IN_TOUCH, key, nudge_at, person_id=person_id))
                break
    return [p for p in prompts if open_(p.key) and not waiting(p.key)]


def _of_kind(entries: Mapping[str, datetime], kind: PromptKind) -> dict[str, datetime]:
    return {k: at for k, at in entries.items() if k.split("|", 1)[0] == kind.value}


def resource_check_offer_due(settings: PromptSettings, facts: PromptFacts, now: datetime) -> bool:
    """Whether the journal says the check is due (the last one old enough, or none in a settled journal)."""
    if facts.last_resource_check is not None:
        return check_due(facts.last_resource_check, now, settings.resource_check_days)
    return facts.journal_started is not None and now >= facts.journal_started + RESOURCE_FIRST_AFTER


def _resource_offer(settings: PromptSettings, state: PromptState, facts: PromptFacts,
                    now: datetime, nudge_at: datetime) -> list[Prompt]:
    """The resource check, offered at most once a week while due; "no, thanks" lasts an interval."""
    if not resource_check_offer_due(settings, facts, now):
        return []
    mine = PromptKind.RESOURCE_CHECK
    for key, until in _of_kind(state.snoozed, mine).items():
        if key not in state.dismissed:
            return [] if until > now else [Prompt(mine, key, until)]  # "later": that one, when it's time
    interval = timedelta(days=settings.resource_check_days)
    if any(now - at < interval for at in _of_kind(state.dismissed, mine).values()):
        return []
    if any(now - at < RESOURCE_AT_MOST_EVERY for at in _of_kind(state.delivered, mine).values()):
        return []
    last = facts.last_resource_check
    since = local_day(last).isoformat() if last is not None else "never"
    return [Prompt(mine, f"{mine.value}|{since}|{local_day(now).isoformat()}", nudge_at)]


def _goal_review(state: PromptState, facts: PromptFacts, now: datetime, nudge_at: datetime) -> list[Prompt]:
    """One prompt for the goals ready to look back on; a new one only when another goal's day comes."""
    due = facts.goals_due(local_day(now))
    if not due:
        return []
    mine = PromptKind.GOAL_REVIEW
    newest = max(facts.goal_reviews[g] for g in due)
    key = f"{mine.value}|{newest.isoformat()}"
    prompt = Prompt(mine, key, nudge_at, goal_id=due[0], goals_waiting=len(due))
    if key in state.snoozed and key not in state.dismissed:
        return [] if state.snoozed[key] > now else [replace(prompt, due=state.snoozed[key])]
    # Asked already about a goal whose day came as late or later (shown, or "no, thanks"):
    # looking back on some of them leaves the rest waiting quietly, with no new prompt.
    for seen in (*_of_kind(state.delivered, mine), *_of_kind(state.dismissed, mine)):
        try:
            if date.fromisoformat(_key_part(seen, 1)) >= newest:
                return []
        except ValueError:
            continue
    return [prompt]


def _connecting(settings: PromptSettings, state: PromptState, facts: PromptFacts | None,
                now: datetime) -> list[Prompt]:
    if facts is None:
        return []
    nudge_at = local_instant(local_day(now), settings.nudge_time)
    if now < nudge_at:
        return []
    prompts = []
    if PromptKind.GOAL_REVIEW in settings.kinds:
        prompts += _goal_review(state, facts, now, nudge_at)
    if PromptKind.RESOURCE_CHECK in settings.kinds:
        prompts += _resource_offer(settings, state, facts, now, nudge_at)
    return prompts


def due_prompts(settings: PromptSettings, state: PromptState, facts: PromptFacts | None,
                now: datetime) -> list[Prompt]:
    """The prompts to show now, most important first, within today's allowance."""
    if not settings.enabled or _in_quiet(settings, now):
        return []
    today = local_day(now)
    shown_today = {k for k, at in state.delivered.items() if local_day(at) == today}
    fresh = _slot_prompts(settings, state, facts, now)
    later = _snoozed_prompts(state, facts, now)
    if fresh:  # a snoozed prompt asking the same (or less than a check-in) folds into the fresh one
        same = [p for p in later if p.kind is fresh[0].kind or fresh[0].kind is PromptKind.CHECK_IN]
        fresh = [replace(fresh[0], covers=fresh[0].covers + tuple(p.key for p in same))]
        later = [p for p in later if p not in same]
    candidates = fresh + later + _nudges(settings, state, facts, now) + _connecting(settings, state, facts, now)
    seen: set[str] = set()
    unique = [p for p in candidates if not (p.key in seen or seen.add(p.key))]  # type: ignore[func-returns-value]
    unique.sort(key=lambda p: PRIORITY.index(p.kind))
    budget = settings.max_per_day - len(shown_today)
    result = []
    for prompt in unique:
        if prompt.key in shown_today:  # back from a snooze: already counted today
            result.append(prompt)
        elif budget > 0:
            result.append(prompt)
            budget -= 1
    return result


# -- state changes -------------------------------------------------------------
def checked(state: PromptState, now: datetime) -> PromptState:
    """Remember that prompts were looked for up to ``now``; forget old entries."""
    horizon = now - KEEP_STATE
    horizons = {PromptKind.ISOLATION.value: now - KEEP_ISOLATION_STATE,
                **{kind.value: now - KEEP_LONG_STATE for kind in CONNECTING_KINDS}}

    def recent(entries: Mapping[str, datetime]) -> dict[str, datetime]:
        return {k: at for k, at in entries.items() if at >= horizons.get(k.split("|", 1)[0], horizon)}

    return replace(
        state, last_check=now, delivered=recent(state.delivered),
        dismissed=recent(state.dismissed),
        snoozed={k: until for k, until in state.snoozed.items() if until >= horizon},
    )


def delivered(state: PromptState, prompt: Prompt, now: datetime) -> PromptState:
    shown = {**state.delivered, prompt.key: now}
    folded = {**state.dismissed, **dict.fromkeys(prompt.covers, now)}  # never again, yet not a prompt shown
    snoozed = {k: v for k, v in state.snoozed.items() if k not in prompt.keys}
    return replace(state, delivered=shown, dismissed=folded, snoozed=snoozed)


def snoozed(state: PromptState, prompt: Prompt, until: datetime) -> PromptState:
    later = dict(state.snoozed)
    later[prompt.key] = until
    return replace(state, snoozed=later)


def dismissed(state: PromptState, prompt: Prompt, now: datetime) -> PromptState:
    gone = dict(state.dismissed)
    gone.update(dict.fromkeys(prompt.keys, now))
    snoozed_left = {k: v for k, v in state.snoozed.items() if k not in prompt.keys}
    return replace(state, dismissed=gone, snoozed=snoozed_left)


class Snooze(StrEnum):
    QUARTER_HOUR = "15 minutes"
    HOUR = "1 hour"
    TOMORROW = "Tomorrow"


def snooze_until(choice: Snooze, settings: PromptSettings, now: datetime) -> datetime:
    """When a snoozed prompt comes back; never inside quiet hours."""
    if choice is Snooze.QUARTER_HOUR:
        until = now + timedelta(minutes=15)
    elif choice is Snooze.HOUR:
        until = now + timedelta(hours=1)
    else:
        local = to_local(now)
        until = local_instant(local.date() + timedelta(days=1), local.time().replace(microsecond=0))
    if settings.quiet is not None and _in_quiet(settings, until):
        day = local_day(until)
        end = local_instant(day, settings.quiet.end)
        if choice is Snooze.TOMORROW and now < end < until:
            return end  # "tomorrow" at 23:30 means when tomorrow's quiet hours end, not the day after
        if end < until:  # the same wall time again, when clocks went back an hour
            end = to_utc(datetime.combine(day, settings.quiet.end.replace(fold=1)))
        if end < until:
            end = local_instant(day + timedelta(days=1), settings.quiet.end)
        until = end
    return until


# -- where state is kept -----------------------------------------------------------
def _is_nudge_key(key: str) -> bool:
    return _kind_of_key(key) in NUDGE_KINDS or _kind_of_key(key) in CONNECTING_KINDS


def split_state(state: PromptState) -> tuple[PromptState, PromptState]:
    """(settings-file part, vault part): nudge keys name people and dates (of entries, checks and
    goals), so they stay encrypted."""

    def pick(entries: Mapping[str, datetime], nudges: bool) -> dict[str, datetime]:
        return {k: v for k, v in entries.items() if _is_nudge_key(k) == nudges}

    plain = PromptState(pick(state.delivered, False), pick(state.snoozed, False),
                        pick(state.dismissed, False), state.last_check)
    private = PromptState(pick(state.delivered, True), pick(state.snoozed, True),
                          pick(state.dismissed, True), None)
    return plain, private


def merge_states(plain: PromptState, private: PromptState) -> PromptState:
    return PromptState(
        {**plain.delivered, **private.delivered}, {**plain.snoozed, **private.snoozed},
        {**plain.dismissed, **private.dismissed}, plain.last_check,
    )


def state_to_dict(state: PromptState) -> dict[str, object]:
    def stamps(entries: Mapping[str, datetime]) -> dict[str, str]:
        return {k: to_utc(v).isoformat() for k, v in entries.items()}

    return {
        "delivered": stamps(state.delivered), "snoozed": stamps(state.snoozed),
        "dismissed": stamps(state.dismissed),
        "last_check": to_utc(state.last_check).isoformat() if state.last_check else None,
    }


def _stamp(text: str) -> datetime:
    stamp = to_utc(datetime.fromisoformat(text))
    if not 1 < stamp.year < 9999:  # out of reach of some local time zone
        raise ValueError(text)
    return stamp


def state_from_dict(data: object) -> PromptState:
    """Read back :func:`state_to_dict`; anything malformed is dropped, never raised."""
    if not isinstance(data, dict):
        return PromptState()

    def stamps(name: str) -> dict[str, datetime]:
        entries = data.get(name)
        result: dict[str, datetime] = {}
        if isinstance(entries, dict):
            for key, value in entries.items():
                try:
                    if _kind_of_key(key) in SLOT_KINDS:
                        _day_of_key(key)
                    result[key] = _stamp(value)
                except (AttributeError, IndexError, TypeError, ValueError):
                    continue
        return result

    try:
        last = data.get("last_check")
        last_check = _stamp(last) if isinstance(last, str) else None
    except ValueError:
        last_check = None
    return PromptState(stamps("delivered"), stamps("snoozed"), stamps("dismissed"), last_check)


def still_relevant(prompt: Prompt, settings: PromptSettings, facts: PromptFacts | None,
                   now: datetime) -> bool:
    """Whether a shown prompt still asks for something (logging the entry it asked for clears it)."""
    if facts is None:
        return prompt.kind in SLOT_KINDS  # nudges name people: not kept on screen while locked
    if prompt.kind in SLOT_KINDS:
        return not _answered(prompt.kind, local_day(now), facts)
    if prompt.kind is PromptKind.RESOURCE_CHECK:  # until the check is taken
        return resource_check_offer_due(settings, facts, now)
    if prompt.kind is PromptKind.GOAL_REVIEW:  # while some goal is still ready to look back on
        return bool(facts.goals_due(local_day(now)))
    unanswered = PromptState()  # the same nudge, computed afresh from today's journal
    fresh = _nudges(replace(settings, nudge_time=time(0, 0)), unanswered, facts, now)
    return any(p.key == prompt.key for p in fresh) or (
        prompt.kind is PromptKind.STAY_IN_TOUCH and _stay_overdue(prompt, facts, now)
    )


def _stay_overdue(prompt: Prompt, facts: PromptFacts, now: datetime) -> bool:
    """A stay-in-touch prompt for one person lasts while that person is still overdue."""
    if prompt.person_id is None or prompt.person_id not in facts.cadences:
        return False
    last = facts.last_in_touch_by_person.get(prompt.person_id)
    return last is None or _days_between(last, now) >= facts.cadences[prompt.person_id]
