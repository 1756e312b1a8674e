"""The person's own trackers (opt-in): their definitions, the suggestions, and checking values.

A tracker is yes/no, a number with a unit, a 1–5 scale with the person's own words at each
end, or a short list of choices. A value is kept with a check-in as a number (yes is 1, no
is 0) or, for a choice list, as the chosen text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, format_general, translate

NAME_MAX = 60
UNIT_MAX = 20
WORD_MAX = 40
CHOICES_MAX = 8
CHOICE_MAX = 40
NUMBER_MAX = 1_000_000.0
SCALE_LOW, SCALE_HIGH = 1, 5

TrackerValueData = float | str
"""A tracked value: a number (yes/no as 1/0, the scale 1–5, a number) or a choice's text."""


class TrackerKind(StrEnum):
    YES_NO = "yes_no"
    NUMBER = "number"
    SCALE = "scale"
    CHOICE = "choice"


KIND_LABELS = {
    TrackerKind.YES_NO: QT_TRANSLATE_NOOP("trackers", "Yes or no"),
    TrackerKind.NUMBER: QT_TRANSLATE_NOOP("trackers", "A number"),
    TrackerKind.SCALE: QT_TRANSLATE_NOOP("trackers", "A scale from 1 to 5"),
    TrackerKind.CHOICE: QT_TRANSLATE_NOOP("trackers", "A short list of choices"),
}


def kind_label(kind: TrackerKind) -> str:
    return translate("trackers", KIND_LABELS[kind])


def _tr(text: str) -> str:
    return translate("trackers", text)


def _clean(text: str, missing: str | None, too_long: str, limit: int) -> str:
    cleaned = " ".join(str(text).split())
    if not cleaned and missing is not None:
        raise ValidationError(_tr(missing))
    if len(cleaned) > limit:
        raise ValidationError(_tr(too_long).format(limit=limit))
    return cleaned


@dataclass(frozen=True)
class Tracker:
    """One tracker the person added. ``retired`` ones leave Today but keep their history."""

    name: str
    kind: TrackerKind
    unit: str = ""  # NUMBER only
    low_word: str = ""  # SCALE only: what 1 means to the person
    high_word: str = ""  # SCALE only: what 5 means
    choices: tuple[str, ...] = ()  # CHOICE only
    retired: bool = False
    id: int | None = None

    def with_id(self, new_id: int | None) -> Tracker:
        return replace(self, id=new_id)

    def validate(self) -> Tracker:
        """This tracker cleaned (spaces, unused fields emptied); ValidationError in plain words."""
        try:
            kind = TrackerKind(self.kind)
        except ValueError:
            raise ValidationError(translate("trackers", "Please choose what kind of tracker this is.")) from None
        name = _clean(self.name, QT_TRANSLATE_NOOP("trackers", "Please give the tracker a name."),
                      QT_TRANSLATE_NOOP("trackers", "A tracker's name can be at most {limit} characters."),
                      NAME_MAX)
        unit = low = high = ""
        choices: tuple[str, ...] = ()
        if kind is TrackerKind.NUMBER:
            unit = _clean(self.unit, None, QT_TRANSLATE_NOOP(
                "trackers", "A unit can be at most {limit} characters."), UNIT_MAX)
        elif kind is TrackerKind.SCALE:
            low, high = (_clean(w, QT_TRANSLATE_NOOP(
                "trackers", "Please give your own words for both ends of the scale."),
                QT_TRANSLATE_NOOP("trackers", "A word for an end of the scale can be at most {limit} characters."),
                WORD_MAX) for w in (self.low_word, self.high_word))
        elif kind is TrackerKind.CHOICE:
            choices = _clean_choices(self.choices)
        return replace(self, name=name, kind=kind, unit=unit, low_word=low, high_word=high,
                       choices=choices, retired=bool(self.retired))

    def check_value(self, value: object) -> TrackerValueData:
        """``value`` as kept for this tracker; ValidationError naming the tracker if it can't be."""
        kind = self.kind
        if kind is TrackerKind.CHOICE:
            if isinstance(value, str) and value in self.choices:
                return value
            raise ValidationError(translate("trackers", "For {name}, please pick one of its choices.").format(name=self.name))
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValidationError(translate("trackers", "For {name}, please give a number.").format(name=self.name))
        number = float(value)
        if kind is TrackerKind.YES_NO and number not in (0.0, 1.0):
            raise ValidationError(translate("trackers", "For {name}, please answer yes or no.").format(name=self.name))
        if kind is TrackerKind.SCALE and number not in {float(n) for n in range(SCALE_LOW, SCALE_HIGH + 1)}:
            raise ValidationError(translate("trackers", "For {name}, please choose from 1 to 5.").format(name=self.name))
        if kind is TrackerKind.NUMBER and not -NUMBER_MAX <= number <= NUMBER_MAX:
            raise ValidationError(translate("trackers", "For {name}, please give a smaller number.").format(name=self.name))
        return number

    def value_text(self, value: TrackerValueData) -> str:
        """A value as the person reads it: "yes", "7.5 hours", "4 (very good)", a choice."""
        if isinstance(value, str):
            return value
        if self.kind is TrackerKind.YES_NO:
            return translate("trackers", "yes") if value else translate("trackers", "no")
        number = format_general(value)
        if self.kind is TrackerKind.NUMBER:
            return f"{number} {self.unit}".strip()
        if self.kind is TrackerKind.SCALE:
            word = self.low_word if value == SCALE_LOW else self.high_word if value == SCALE_HIGH else ""
            return f"{number} ({word})" if word else number
        return number


def _clean_choices(choices: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(" ".join(str(c).split()) for c in choices if str(c).strip()))
    if len(cleaned) < 2:
        raise ValidationError(translate("trackers", "Please give at least two choices."))
    if len(cleaned) > CHOICES_MAX:
        raise ValidationError(translate("trackers", "A tracker can have at most {limit} choices.").format(limit=CHOICES_MAX))
    if any(len(c) > CHOICE_MAX for c in cleaned):
        raise ValidationError(translate("trackers", "A choice can be at most {limit} characters.").format(limit=CHOICE_MAX))
    return cleaned


@dataclass(frozen=True)
class TrackedValue:
    """One tracker's value, kept with a check-in."""

    tracker_id: int
    value: TrackerValueData


def check_values(values: tuple[TrackedValue, ...], trackers: dict[int, Tracker]) -> tuple[TrackedValue, ...]:
    """``values`` checked against their trackers (one value per tracker, the last wins)."""
    kept: dict[int, TrackedValue] = {}
    for item in values:
        tracker = trackers.get(item.tracker_id)
        if tracker is None:
            raise ValidationError(translate("trackers", "One of your trackers is no longer in the journal."))
        kept[item.tracker_id] = TrackedValue(item.tracker_id, tracker.check_value(item.value))
    return tuple(kept.values())


# Suggestions offered when adding a tracker (never ticked for the person): (name, kind, extra).
SUGGESTIONS: tuple[Tracker, ...] = (
    Tracker(QT_TRANSLATE_NOOP("trackers", "Sleep"), TrackerKind.NUMBER,
            unit=QT_TRANSLATE_NOOP("trackers", "hours")),
    Tracker(QT_TRANSLATE_NOOP("trackers", "Took my medication"), TrackerKind.YES_NO),
    Tracker(QT_TRANSLATE_NOOP("trackers", "Medication changed"), TrackerKind.YES_NO),
    Tracker(QT_TRANSLATE_NOOP("trackers", "Appetite"), TrackerKind.SCALE,
            low_word=QT_TRANSLATE_NOOP("trackers", "none"), high_word=QT_TRANSLATE_NOOP("trackers", "good")),
    Tracker(QT_TRANSLATE_NOOP("trackers", "Pain"), TrackerKind.SCALE,
            low_word=QT_TRANSLATE_NOOP("trackers", "none"), high_word=QT_TRANSLATE_NOOP("trackers", "a lot")),
    Tracker(QT_TRANSLATE_NOOP("trackers", "Money worries"), TrackerKind.SCALE,
            low_word=QT_TRANSLATE_NOOP("trackers", "none"), high_word=QT_TRANSLATE_NOOP("trackers", "a lot")),
)


def suggestion(index: int) -> Tracker:
    """Suggestion ``index`` in the person's language, ready to add."""
    s = SUGGESTIONS[index]
    return replace(s, name=_tr(s.name), unit=_tr(s.unit) if s.unit else "",
                   low_word=_tr(s.low_word) if s.low_word else "",
                   high_word=_tr(s.high_word) if s.high_word else "")
