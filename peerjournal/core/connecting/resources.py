"""Do I know someone who could…? The resource check: questions, answers, results, change.

A check asks a list of questions ("…give me a lift somewhere?") in four domains; each is
answered yes (naming who), not sure, or no. Results count, per domain, the questions with
someone; list those that rest on one person (fragile), those with nobody yet (gaps, the
"no" answers) and those still "not sure". Everything here is pure: no Qt, no SQL.

Decisions:
* A gap is a "no". "Not sure" is listed apart ("not sure yet"), never counted as a gap.
* People archived since a check still count for that check (it records who came to mind
  then); :attr:`ItemResult.archived_ids` flags them so a view can say so.
* A "yes" whose people were all deleted from the journal afterwards still counts as
  someone (the answer stands) but is not fragile; it has no names left to show.
* Each answer keeps the question's wording and domain as asked, so rewording a question
  later never changes what an old check says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from peerjournal.core.clock import end_of_local_day, to_utc
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import LabelledEnum
from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

TR_CONTEXT = "ResourceCheck"
"""Translation context of the labels and default questions here (the UI translates them
when showing them; a question the person reworded has no translation and shows as typed)."""
ITEM_TEXT_MAX = 200
CHECK_EVERY_DAYS = 120
"""The check is offered again this long after the last one (about four months)."""


class _CheckEnum(LabelledEnum, context=TR_CONTEXT):
    """A word of the check whose ``label`` stays untranslated: the UI translates it where it
    shows it (``core_text``), as it does the questions, so a label is never translated twice."""

    @property
    def label(self) -> str:
        return self.source_label


class Domain(_CheckEnum):
    """A part of the check; the value is what storage keeps, ``label`` what a person reads."""

    EVERYDAY = "everyday", QT_TRANSLATE_NOOP("ResourceCheck", "Everyday help")
    INFORMATION = "information", QT_TRANSLATE_NOOP("ResourceCheck", "Information and advice")
    EMOTIONAL = "emotional", QT_TRANSLATE_NOOP("ResourceCheck", "Emotional support")
    BELONGING = "belonging", QT_TRANSLATE_NOOP("ResourceCheck", "Belonging")


DOMAIN_LABELS: dict[str, str] = Domain.source_labels()


class Reply(_CheckEnum):
    YES = "yes", QT_TRANSLATE_NOOP("ResourceCheck", "Yes")
    NOT_SURE = "not_sure", QT_TRANSLATE_NOOP("ResourceCheck", "Not sure")
    NO = "no", QT_TRANSLATE_NOOP("ResourceCheck", "No")


REPLY_LABELS: dict[str, str] = Reply.source_labels()

# Each question completes "Do I know someone who could…".
DEFAULT_ITEMS: tuple[tuple[Domain, str], ...] = (
    (Domain.EVERYDAY, QT_TRANSLATE_NOOP("ResourceCheck", "lend me a little money in an emergency")),
    (Domain.EVERYDAY, QT_TRANSLATE_NOOP("ResourceCheck", "help me move house")),
    (Domain.EVERYDAY, QT_TRANSLATE_NOOP("ResourceCheck", "look after my pet or my plants while I'm away")),
    (Domain.EVERYDAY, QT_TRANSLATE_NOOP("ResourceCheck", "give me a lift somewhere")),
    (Domain.EVERYDAY, QT_TRANSLATE_NOOP("ResourceCheck", "help with a small job at home, like putting up a shelf")),
    (Domain.EVERYDAY, QT_TRANSLATE_NOOP("ResourceCheck", "pick up shopping or a prescription if I'm unwell")),
    (Domain.INFORMATION, QT_TRANSLATE_NOOP("ResourceCheck", "tell me about finding work or volunteering")),
    (Domain.INFORMATION, QT_TRANSLATE_NOOP("ResourceCheck", "help me understand benefits")),
    (Domain.INFORMATION, QT_TRANSLATE_NOOP("ResourceCheck", "give me advice about housing")),
    (Domain.INFORMATION, QT_TRANSLATE_NOOP("ResourceCheck", "help me find my way around health services")),
    (Domain.INFORMATION, QT_TRANSLATE_NOOP("ResourceCheck", "point me to help with a legal problem")),
    (Domain.INFORMATION, QT_TRANSLATE_NOOP("ResourceCheck", "help me fill in a form or write a letter")),
    (Domain.EMOTIONAL, QT_TRANSLATE_NOOP("ResourceCheck", "talk with me when I'm feeling low")),
    (Domain.EMOTIONAL, QT_TRANSLATE_NOOP("ResourceCheck", "listen without judging when I'm worried")),
    (Domain.EMOTIONAL, QT_TRANSLATE_NOOP("ResourceCheck", "celebrate good news with me")),
    (Domain.EMOTIONAL, QT_TRANSLATE_NOOP("ResourceCheck", "be there for me if things got really hard")),
    (Domain.BELONGING, QT_TRANSLATE_NOOP("ResourceCheck", "invite me out, or along to something they're going to")),
    (Domain.BELONGING, QT_TRANSLATE_NOOP("ResourceCheck", "introduce me to new people")),
    (Domain.BELONGING, QT_TRANSLATE_NOOP("ResourceCheck", "join me for a walk, a meal or a cup of tea")),
    (Domain.BELONGING, QT_TRANSLATE_NOOP("ResourceCheck", "help me feel welcome in a group or club")),
)

DOMAIN_ORDER: dict[Domain, int] = {d: i for i, d in enumerate(Domain)}


def clean_item_text(text: str) -> str:
    """A question's wording: spaces tidied, a leading "could" or trailing "?" dropped."""
    cleaned = " ".join(text.split()).rstrip("?").strip()
    if cleaned.casefold().startswith("could "):
        cleaned = cleaned[len("could "):].strip()
    if cleaned.startswith("…"):
        cleaned = cleaned.lstrip("…").strip()
    if not cleaned:
        raise ValidationError(translate("resources", "Please write the question, for example “give me a lift somewhere”."))
    if len(cleaned) > ITEM_TEXT_MAX:
        raise ValidationError(translate("resources", "A question can be at most {n} characters.").format(
            n=ITEM_TEXT_MAX))
    return cleaned


@dataclass(frozen=True)
class ResourceItem:
    """One question of the check. Retired questions are no longer asked; old answers stay."""

    domain: Domain
    text: str
    position: int = 0
    retired: bool = False
    id: int | None = None

    def validate(self) -> ResourceItem:
        try:
            domain = Domain(self.domain)
        except ValueError:
            raise ValidationError(translate("resources", "Unknown part of the check: {part}.").format(
                part=repr(self.domain))) from None
        return replace(self, domain=domain, text=clean_item_text(self.text))


@dataclass(frozen=True)
class Answer:
    """The answer to one question, with the question's wording and domain as asked."""

    item_id: int
    domain: Domain
    text: str
    reply: Reply
    person_ids: tuple[int, ...] = ()

    def validate(self) -> Answer:
        try:
            reply = Reply(self.reply)
            domain = Domain(self.domain)
        except ValueError as exc:
            raise ValidationError(translate("resources", "Unknown choice: {what}").format(what=exc)) from None
        people = tuple(dict.fromkeys(self.person_ids))
        if reply is Reply.YES and not people:
            raise ValidationError(
                translate("resources", "Who could {what}? Please choose someone, or pick “Not sure”.").format(
                    what=self.text)
            )
        if reply is not Reply.YES:
            people = ()  # names only go with a yes
        return replace(self, reply=reply, domain=domain, person_ids=people)


@dataclass(frozen=True)
class ResourceCheck:
    taken: datetime
    answers: tuple[Answer, ...]
    id: int | None = None

    def validate(self, now: datetime) -> ResourceCheck:
        if self.taken.tzinfo is None:
            raise ValidationError(translate("resources", "A time must say which time zone it is in."))
        if to_utc(self.taken) >= end_of_local_day(now):
            raise ValidationError(translate("resources", "That date is in the future. Please pick today or an earlier day."))
        if not self.answers:
            raise ValidationError(
                translate("resources", "Nothing is answered yet. Answer any of the questions you like, then save.")
            )
        seen: set[int] = set()
        for answer in self.answers:
            if answer.item_id in seen:
                raise ValidationError(translate("resources", "A question is answered twice."))
            seen.add(answer.item_id)
        answers = tuple(a.validate() for a in self.answers)
        return replace(self, taken=to_utc(self.taken).replace(microsecond=0), answers=answers)

    def answer(self, item_id: int) -> Answer | None:
        return next((a for a in self.answers if a.item_id == item_id), None)


@dataclass(frozen=True)
class ItemResult:
    item_id: int
    domain: Domain
    text: str
    reply: Reply
    person_ids: tuple[int, ...]
    archived_ids: tuple[int, ...] = ()
    """Those of ``person_ids`` who are archived now."""

    @property
    def has_someone(self) -> bool:
        return self.reply is Reply.YES

    @property
    def fragile(self) -> bool:
        """Rests on a single person."""
        return self.reply is Reply.YES and len(self.person_ids) == 1


@dataclass(frozen=True)
class DomainCount:
    domain: Domain
    with_someone: int
    not_sure: int
    no: int

    @property
    def answered(self) -> int:
        return self.with_someone + self.not_sure + self.no


@dataclass(frozen=True)
class CheckResults:
    taken: datetime
    items: tuple[ItemResult, ...]
    domains: tuple[DomainCount, ...]
    """All four domains in order, including those with nothing answered."""

    @property
    def fragile(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if i.fragile)

    @property
    def gaps(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if i.reply is Reply.NO)

    @property
    def not_sure(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if i.reply is Reply.NOT_SURE)

    @property
    def with_someone(self) -> int:
        return sum(d.with_someone for d in self.domains)

    @property
    def answered(self) -> int:
        return len(self.items)

    def domain(self, domain: Domain) -> DomainCount:
        return next(d for d in self.domains if d.domain is domain)

    def item(self, item_id: int) -> ItemResult | None:
        return next((i for i in self.items if i.item_id == item_id), None)


def results(
    check: ResourceCheck, items: Iterable[ResourceItem], people: Iterable[Person]
) -> CheckResults:
    """What one check shows. ``items`` give the order (domain, then position); ``people``
    (archived ones included) say who is archived now."""
    order = {
        item.id: (DOMAIN_ORDER[item.domain], item.position, n)
        for n, item in enumerate(items) if item.id is not None
    }
    archived = {p.id for p in people if p.archived and p.id is not None}

    def key(answer: Answer) -> tuple[int, int, int]:
        # A question missing from ``items`` goes after the known ones of its domain.
        return order.get(answer.item_id, (DOMAIN_ORDER[answer.domain], 1 << 30, answer.item_id))

    rows = tuple(
        ItemResult(
            item_id=a.item_id, domain=a.domain, text=a.text, reply=a.reply,
            person_ids=a.person_ids,
            archived_ids=tuple(p for p in a.person_ids if p in archived),
        )
        for a in sorted(check.answers, key=key)
    )
    domains = tuple(
        DomainCount(
            domain=d,
            with_someone=sum(1 for r in rows if r.domain is d and r.reply is Reply.YES),
            not_sure=sum(1 for r in rows if r.domain is d and r.reply is Reply.NOT_SURE),
            no=sum(1 for r in rows if r.domain is d and r.reply is Reply.NO),
        )
        for d in Domain
    )
    return CheckResults(taken=check.taken, items=rows, domains=domains)


@dataclass(frozen=True)
class DomainChange:
    domain: Domain
    before: int
    after: int
    """Questions with someone, in the earlier and the later check."""

    @property
    def difference(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class CheckChange:
    """From one check to a later one. Only questions answered in the later check count:
    a question left out then says nothing about a change."""

    since: datetime
    gained: tuple[ItemResult, ...]
    """Someone now; nobody (no, not sure, or not asked) before."""
    lost: tuple[ItemResult, ...]
    """Nobody now (no or not sure); someone before."""
    more_people: tuple[ItemResult, ...]
    """Someone both times, and someone new named now."""
    domains: tuple[DomainChange, ...]

    @property
    def nothing_changed(self) -> bool:
        return not (self.gained or self.lost or self.more_people) and all(
            d.difference == 0 for d in self.domains
        )


def compare(previous: CheckResults, current: CheckResults) -> CheckChange:
    before = {i.item_id: i for i in previous.items}
    gained, lost, more = [], [], []
    for item in current.items:
        old = before.get(item.item_id)
        had = old is not None and old.has_someone
        if item.has_someone and not had:
            gained.append(item)
        elif had and not item.has_someone:
            lost.append(item)
        elif item.has_someone and old is not None and set(item.person_ids) - set(old.person_ids):
            more.append(item)
    domains = tuple(
        DomainChange(d, previous.domain(d).with_someone, current.domain(d).with_someone)
        for d in Domain
    )
    return CheckChange(
        since=previous.taken, gained=tuple(gained), lost=tuple(lost),
        more_people=tuple(more), domains=domains,
    )


def next_offer(last_taken: datetime | None, every_days: int = CHECK_EVERY_DAYS) -> datetime | None:
    """When the check is next offered; ``None`` when it has never been taken (offered now)."""
    return None if last_taken is None else last_taken + timedelta(days=every_days)


def check_due(last_taken: datetime | None, now: datetime, every_days: int = CHECK_EVERY_DAYS) -> bool:
    """Whether to offer the check (gently: it is never required)."""
    due = next_offer(last_taken, every_days)
    return due is None or now >= due
