"""App settings (no journal content ever): prompt schedule and tray behaviour, to and from JSON.

:class:`AppSettings` declares each setting once, with its type and default; :data:`SETTINGS`
says what each is for and, for numbers, its range. Reading is lenient: a value that is
missing or malformed falls back to its default, so a hand-edited or half-written file
never stops the app from starting.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time
from enum import StrEnum
from typing import Any

from peerjournal.core.prompts import (
    ALL_DAYS,
    PromptKind,
    PromptSettings,
    QuietHours,
    ReminderTime,
)
from peerjournal.errors import ValidationError

SETTINGS_VERSION = 1
FIRST_KINDS = frozenset({"check_in", "contacts", "activities", "stay_in_touch", "isolation"})
"""The prompt kinds of files written before ``kinds_known`` was; a kind newer than a file starts on."""
LOCK_AFTER_MAX = 24 * 60
BACKUPS_MAX = 365
MISSING_DAYS_MAX = 365


class Theme(StrEnum):
    """How the app looks; SYSTEM follows the desktop's light or dark setting, also while running."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True)
class AppSettings:
    prompts: PromptSettings = field(default_factory=PromptSettings)
    keep_running_in_tray: bool = True
    tray_explained: bool = False
    start_with_computer: bool = False
    lock_after_minutes: int = 5  # 0 = never lock for being idle
    lock_on_minimise: bool = False
    backups_to_keep: int = 10
    theme: Theme = Theme.SYSTEM
    show_what_helps_after_low: bool = False
    second_backup_folder: str = ""  # only the path of a second place for backups; "" = none
    second_backup_missing_days: int = 14
    on_this_day: bool = False
    on_this_day_low: bool = False
    show_trackers: bool = False


@dataclass(frozen=True)
class Setting:
    """One top-level setting: its name in AppSettings and in the file, what it is for, its range."""

    name: str
    description: str
    low: int = 0  # numbers only: the values accepted when reading
    high: int = 0


# The table of settings (as qutebrowser's configdata): types and defaults are AppSettings' own.
SETTINGS: tuple[Setting, ...] = (
    Setting("prompts", "When and about what PeerJournal gently asks (core.prompts.PromptSettings)."),
    Setting("keep_running_in_tray", "Closing the window keeps PeerJournal in the tray, locked, for reminders."),
    Setting("tray_explained", "The person was told once that closing the window keeps it in the tray."),
    Setting("start_with_computer", "Start PeerJournal when the person logs in to their computer."),
    Setting("lock_after_minutes", "Lock after this many idle minutes; 0 never locks for being idle.",
            0, LOCK_AFTER_MAX),
    Setting("lock_on_minimise", "Lock as soon as the window is minimised."),
    Setting("backups_to_keep", "How many daily encrypted backups of the journal are kept.", 1, BACKUPS_MAX),
    Setting("theme", "How the app looks: following the desktop, light, dark or high contrast."),
    Setting("show_what_helps_after_low",
            "After a low check-in, Today gently shows the plan's own 'what helps' once that day."),
    Setting("second_backup_folder", "A second folder (USB stick, other disk, synced folder) that gets a copy "
            "of each backup; only its path, empty for none."),
    Setting("second_backup_missing_days", "After this many days without a copy to the second place, "
            "because it is missing, a gentle note says so.", 2, MISSING_DAYS_MAX),
    Setting("on_this_day", "Today now and then shows a good or marked entry of this date in an earlier year."),
    Setting("on_this_day_low", "On this day may also show low entries (only when the person asks for them)."),
    Setting("show_trackers", "Today shows the person's own trackers (sleep, medication…) with the check-in."),
)


def default_of(name: str) -> Any:
    """The default of the setting ``name``, as AppSettings declares it."""
    return getattr(AppSettings(), name)


def _time_text(moment: time) -> str:
    return moment.strftime("%H:%M")


def _parse_time(text: Any) -> time:
    if not isinstance(text, str):
        raise ValueError(text)
    moment = time.fromisoformat(text)
    if moment.tzinfo is not None:
        raise ValueError(text)  # wall-clock times only: an offset would break comparing them
    return moment


def settings_to_dict(settings: AppSettings) -> dict[str, Any]:
    p = settings.prompts
    return {
        "version": SETTINGS_VERSION,
        "prompts": {
            "enabled": p.enabled,
            "times": [
                {"at": _time_text(t.at), "days": sorted(t.days), "kind": t.kind.value} for t in p.times
            ],
            "quiet": {"start": _time_text(p.quiet.start), "end": _time_text(p.quiet.end)} if p.quiet else None,
            "kinds": sorted(k.value for k in p.kinds),
            "kinds_known": sorted(k.value for k in PromptKind),
            "max_per_day": p.max_per_day,
            "isolation_days": p.isolation_days,
            "nudge_time": _time_text(p.nudge_time),
            "show_details": p.show_details,
            "resource_check_days": p.resource_check_days,
        },
        **{s.name: _plain(getattr(settings, s.name)) for s in SETTINGS if s.name != "prompts"},
    }


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Theme) else value


def _prompts_from(data: Any) -> PromptSettings:
    default = PromptSettings()
    if not isinstance(data, dict):
        return default
    values: dict[str, Any] = {}
    for name, parse in (
        ("enabled", lambda v: v if isinstance(v, bool) else None),
        ("show_details", lambda v: v if isinstance(v, bool) else None),
        ("max_per_day", lambda v: v if isinstance(v, int) and not isinstance(v, bool) else None),
        ("isolation_days", lambda v: v if isinstance(v, int) and not isinstance(v, bool) else None),
        ("resource_check_days", lambda v: v if isinstance(v, int) and not isinstance(v, bool) else None),
        ("nudge_time", _parse_time),
        ("kinds", lambda v: _kinds(v, data.get("kinds_known"))),
        ("quiet", lambda v: None if v is None else QuietHours(_parse_time(v["start"]), _parse_time(v["end"]))),
        ("times", lambda v: tuple(
            ReminderTime(_parse_time(t["at"]), frozenset(int(d) for d in t.get("days", ALL_DAYS)),
                         PromptKind(t.get("kind", PromptKind.CHECK_IN)))
            for t in v
        )),
    ):
        if name not in data:
            continue
        try:
            value = parse(data[name])
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if value is not None or name == "quiet":
            values[name] = value
    settings = default
    for name, value in values.items():
        try:  # each on its own: one value out of range leaves the others as they were
            settings = replace(settings, **{name: value}).validate()
        except ValidationError:
            continue
    return settings


def _kinds(chosen: Any, known: Any) -> frozenset[PromptKind]:
    """The kinds chosen, and any kind the writer of the file did not know yet (new ones start on)."""
    kinds = frozenset(PromptKind(k) for k in chosen)
    if not isinstance(known, list) or not all(isinstance(k, str) for k in known):
        known = FIRST_KINDS
    return kinds | frozenset(k for k in PromptKind if k.value not in known)


def settings_from_dict(data: Any) -> AppSettings:
    if not isinstance(data, dict):
        return AppSettings()
    values = {s.name: _value_from(s, data.get(s.name)) for s in SETTINGS if s.name != "prompts"}
    return AppSettings(prompts=_prompts_from(data.get("prompts")), **values)


def _value_from(setting: Setting, value: Any) -> Any:
    """``value`` read from the file if it has the setting's type (and range), else the default."""
    default = default_of(setting.name)
    if isinstance(default, Theme):
        return _theme_from(value)
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, str):
        return value if isinstance(value, str) and "\0" not in value else default
    ok = isinstance(value, int) and not isinstance(value, bool) and setting.low <= value <= setting.high
    return value if ok else default


def _theme_from(value: Any) -> Theme:
    """A theme name we know, else the default (an unknown name may come from a newer version)."""
    try:
        return Theme(value) if isinstance(value, str) else Theme.SYSTEM
    except ValueError:
        return Theme.SYSTEM
