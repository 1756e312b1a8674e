"""App settings to and from JSON: a round trip keeps everything; reading is lenient field by field."""

from __future__ import annotations

import json
import random
from dataclasses import fields, replace
from datetime import UTC, datetime, time, timedelta

import pytest

from peerjournal.core.prompts import (
    ALL_DAYS,
    WEEKDAYS,
    PromptKind,
    PromptSettings,
    PromptState,
    QuietHours,
    ReminderTime,
    Snooze,
    due_prompts,
    snooze_until,
)
from peerjournal.core.settings import (
    SETTINGS_VERSION,
    AppSettings,
    settings_from_dict,
    settings_to_dict,
)
from tests.core.conftest import NEW_YORK

try:  # optional: the seeded-random test below covers the same ground without it
    from hypothesis import given
    from hypothesis import settings as hypothesis_settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

DEFAULT = PromptSettings()
CUSTOM = AppSettings(
    prompts=PromptSettings(
        enabled=False,
        times=(ReminderTime(time(7, 45), frozenset({0, 2, 4}), PromptKind.ACTIVITIES),
               ReminderTime(time(21, 5), WEEKDAYS, PromptKind.CONTACTS),
               ReminderTime(time(0, 0))),
        quiet=QuietHours(time(23, 30), time(6, 15)),
        kinds=frozenset({PromptKind.CHECK_IN, PromptKind.ISOLATION}),
        max_per_day=7, isolation_days=9, nudge_time=time(15, 30), show_details=True,
    ),
    keep_running_in_tray=False, tray_explained=True, start_with_computer=True,
)
PROMPT_FIELDS = [f.name for f in fields(PromptSettings)]


@pytest.fixture(autouse=True)
def _new_york(local_tz):
    local_tz(NEW_YORK)


def through_json(settings: AppSettings) -> AppSettings:
    return settings_from_dict(json.loads(json.dumps(settings_to_dict(settings))))


def custom_data() -> dict:
    return json.loads(json.dumps(settings_to_dict(CUSTOM)))


def usable(settings: AppSettings) -> None:
    """The schedule runs on what was read, without raising, over a day and a night."""
    p = settings.prompts
    assert isinstance(p, PromptSettings) and p.validate() == p
    state = PromptState()
    start = datetime(2026, 1, 12, 5, tzinfo=UTC)
    for hour in range(0, 26, 2):
        now = start + timedelta(hours=hour)
        due_prompts(p, state, None, now)
        for choice in Snooze:
            snooze_until(choice, p, now)


# -- round trip -------------------------------------------------------------------
@pytest.mark.parametrize("settings", [
    AppSettings(),
    CUSTOM,
    AppSettings(prompts=PromptSettings(times=(), quiet=None, kinds=frozenset())),
    AppSettings(prompts=PromptSettings(
        times=tuple(ReminderTime(time(h, m), frozenset({d}), k)
                    for h, m, d, k in [(6, 0, 0, PromptKind.CHECK_IN), (12, 30, 3, PromptKind.CONTACTS),
                                       (23, 59, 6, PromptKind.ACTIVITIES)]),
        quiet=QuietHours(time(13, 0), time(14, 0)), max_per_day=1, isolation_days=60,
        nudge_time=time(0, 0))),
    AppSettings(prompts=PromptSettings(max_per_day=20, isolation_days=1, quiet=QuietHours(time(9), time(9)))),
    replace(CUSTOM, keep_running_in_tray=True, start_with_computer=False),
], ids=["defaults", "custom", "empty", "one-day-each", "bounds", "flags"])
def test_settings_survive_a_round_trip(settings):
    data = settings_to_dict(settings)
    assert data["version"] == SETTINGS_VERSION
    assert settings_from_dict(data) == settings
    assert through_json(settings) == settings
    assert settings_to_dict(through_json(settings)) == data


def test_written_settings_are_plain_json():
    data = settings_to_dict(CUSTOM)
    assert json.loads(json.dumps(data)) == data
    prompts = data["prompts"]
    assert prompts["times"][0] == {"at": "07:45", "days": [0, 2, 4], "kind": "activities"}
    assert prompts["quiet"] == {"start": "23:30", "end": "06:15"}
    assert prompts["kinds"] == ["check_in", "isolation"]
    assert settings_to_dict(AppSettings(prompts=PromptSettings(quiet=None)))["prompts"]["quiet"] is None


# -- missing fields ------------------------------------------------------------------
@pytest.mark.parametrize("name", PROMPT_FIELDS)
def test_a_missing_prompt_field_falls_back_alone(name):
    data = custom_data()
    del data["prompts"][name]
    read = settings_from_dict(data)
    assert getattr(read.prompts, name) == getattr(DEFAULT, name)
    for other in PROMPT_FIELDS:
        if other != name:
            assert getattr(read.prompts, other) == getattr(CUSTOM.prompts, other), other
    assert replace(read, prompts=CUSTOM.prompts) == CUSTOM


@pytest.mark.parametrize(("name", "default"), [
    ("keep_running_in_tray", True), ("tray_explained", False), ("start_with_computer", False)])
def test_a_missing_or_malformed_flag_falls_back_alone(name, default):
    for bad in (None, "yes", 1, 0, [], {}):
        data = custom_data()
        if bad is None:
            del data[name]
        else:
            data[name] = bad
        read = settings_from_dict(data)
        assert getattr(read, name) is default
        assert read.prompts == CUSTOM.prompts
        assert replace(read, **{name: getattr(CUSTOM, name)}) == CUSTOM


def test_missing_or_malformed_prompts_keep_the_flags():
    for prompts in (None, "x", [], 5):
        data = custom_data()
        if prompts is None:
            del data["prompts"]
        else:
            data["prompts"] = prompts
        read = settings_from_dict(data)
        assert read.prompts == DEFAULT
        assert replace(read, prompts=CUSTOM.prompts) == CUSTOM
    assert settings_from_dict({}) == AppSettings()
    assert settings_from_dict({"prompts": {}}) == AppSettings()


def test_quiet_hours_can_be_turned_off_but_not_by_accident():
    data = custom_data()
    data["prompts"]["quiet"] = None
    assert settings_from_dict(data).prompts.quiet is None
    del data["prompts"]["quiet"]
    assert settings_from_dict(data).prompts.quiet == DEFAULT.quiet


# -- malformed fields ----------------------------------------------------------------
MALFORMED = {
    "enabled": ["yes", 1, 0, [], {}],
    "show_details": ["true", 1, None],
    "max_per_day": ["3", 3.0, True, None, 0, 21, -1, 10**30, [3]],
    "isolation_days": ["9", 2.5, False, 0, 61, {}],
    "nudge_time": ["25:00", "noon", 1130, None, "", [11, 0], "11:00+01:00", "11:00Z"],
    "kinds": ["check_in", ["bogus"], 5, [None], [["check_in"]], ["check_in", 3], None],
    "quiet": ["22:00-08:00", {"start": "22:00"}, {"start": "22:00", "end": "25:00"}, [], 5,
              {"start": "22:00+02:00", "end": "08:00"}, {"start": 22, "end": 8}],
    "times": [
        "20:00", [{"days": [0]}], [{"at": "20:00", "days": []}], [{"at": "20:00", "days": [7]}],
        [{"at": "20:00", "kind": "isolation"}], [{"at": "20:00", "kind": "nope"}], [5], [None],
        [{"at": "20:00", "days": [float("nan")]}],
        [{"at": "20:00", "days": ["x"]}], [{"at": "20:00", "days": 3}], [{"at": "20:00:00+05:00"}],
        [{"at": "20:00"}, {"at": "21:00", "days": [9]}], None, 7,
    ],
}


@pytest.mark.parametrize(("name", "bad"), [(n, v) for n, values in MALFORMED.items() for v in values])
def test_a_malformed_prompt_field_falls_back_alone(name, bad):
    data = custom_data()
    data["prompts"][name] = bad
    read = settings_from_dict(json.loads(json.dumps(data)))  # as if written by hand
    assert getattr(read.prompts, name) == getattr(DEFAULT, name)
    for other in PROMPT_FIELDS:
        if other != name:
            assert getattr(read.prompts, other) == getattr(CUSTOM.prompts, other), other
    assert replace(read, prompts=CUSTOM.prompts) == CUSTOM
    usable(read)


def test_an_infinite_day_is_left_to_the_settings_file_to_treat_as_damage():
    # JSON reads 1e999 as infinity and int(inf) raises OverflowError: the one exception the
    # parser lets out, on purpose, so SettingsFile sets such a file aside (its tests rely on it).
    data = custom_data()
    data["prompts"]["times"] = [{"at": "20:00", "days": [float("inf")]}]
    with pytest.raises(OverflowError):
        settings_from_dict(data)


def test_good_reminder_times_are_read_with_their_defaults():
    data = custom_data()
    data["prompts"]["times"] = [{"at": "08:15"}, {"at": "19:00", "days": [5, 6], "kind": "contacts"}]
    assert settings_from_dict(data).prompts.times == (
        ReminderTime(time(8, 15), ALL_DAYS, PromptKind.CHECK_IN),
        ReminderTime(time(19, 0), frozenset({5, 6}), PromptKind.CONTACTS),
    )


# -- garbage --------------------------------------------------------------------------
GARBAGE = [
    None, 0, -1, 2.5, "", "settings", [], [1, {"prompts": {}}], {}, {"prompts": None},
    {"prompts": []}, {"prompts": "x"}, {"prompts": {"times": [None]}}, {"prompts": {"times": [[]]}},
    {"prompts": {"quiet": {"start": None, "end": None}}}, {1: 2}, {None: None}, {"version": "x"},
    {"prompts": {"kinds": {"check_in": 1}}}, {"prompts": {"nudge_time": "99"}},
    {"prompts": {"times": [{"at": "20:00", "days": [10**400]}]}},
    {"prompts": {"times": [{"at": "20:00", "days": ["9" * 5000]}]}},
]


@pytest.mark.parametrize("junk", GARBAGE)
def test_garbage_never_raises(junk):
    read = settings_from_dict(junk)
    assert isinstance(read, AppSettings)
    usable(read)


def random_value(rng: random.Random, depth: int = 0) -> object:
    leaves = [None, True, False, 0, 1, 7, -5, 21, 10**20, 2.5, float("nan"), "", "20:00",  # inf: see MALFORMED
              "25:61", "08:00+03:00", "check_in", "contacts", "isolation", "nope", "at", "days", "kind"]
    roll = rng.randrange(6 if depth < 3 else 3)
    if roll < 3:
        return rng.choice(leaves)
    if roll == 3:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    names = [*PROMPT_FIELDS, "at", "days", "kind", "start", "end", "prompts", "version"]
    return {rng.choice(names): random_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def test_random_garbage_never_raises():
    rng = random.Random(4021)
    for _ in range(600):
        data = custom_data()
        prompts = data["prompts"]
        for name in rng.sample(PROMPT_FIELDS, rng.randrange(1, 4)):
            prompts[name] = random_value(rng)
        read = settings_from_dict(data)
        usable(read)
        # What wasn't touched, or was touched into something valid, stays a valid setting.
        assert read.keep_running_in_tray is False and read.start_with_computer is True


if given is not None:
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_infinity=False) | st.text(max_size=12)
        | st.sampled_from(["20:00", "08:30", "check_in", "contacts", "isolation", "23:00+01:00"]),
        lambda children: st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from([*PROMPT_FIELDS, "at", "days", "kind", "start", "end"]) | st.text(max_size=8),
                          children, max_size=4),
        max_leaves=15,
    )

    @hypothesis_settings(max_examples=60, deadline=None)
    @given(st.dictionaries(st.sampled_from(PROMPT_FIELDS), json_values, max_size=len(PROMPT_FIELDS)))
    def test_hypothesis_prompt_fields_never_raise(prompts):
        read = settings_from_dict({**custom_data(), "prompts": prompts})
        usable(read)
        for name in PROMPT_FIELDS:
            if name not in prompts:
                assert getattr(read.prompts, name) == getattr(DEFAULT, name)


def test_lock_and_backup_settings_round_trip_and_fall_back():
    from peerjournal.core.settings import AppSettings, settings_from_dict, settings_to_dict

    chosen = AppSettings(lock_after_minutes=0, lock_on_minimise=True, backups_to_keep=3)
    assert settings_from_dict(settings_to_dict(chosen)) == chosen
    broken = settings_to_dict(chosen) | {"lock_after_minutes": -1, "backups_to_keep": 0,
                                         "lock_on_minimise": "yes"}
    back = settings_from_dict(broken)
    assert (back.lock_after_minutes, back.backups_to_keep, back.lock_on_minimise) == (5, 10, False)


def test_the_second_backup_place_round_trips_as_a_path_only_and_falls_back():
    from peerjournal.core.settings import AppSettings, settings_from_dict, settings_to_dict

    assert AppSettings().second_backup_folder == ""  # off by default
    chosen = AppSettings(second_backup_folder="/media/me/USB stick", second_backup_missing_days=3)
    assert settings_from_dict(settings_to_dict(chosen)) == chosen
    broken = settings_to_dict(chosen) | {"second_backup_folder": 5, "second_backup_missing_days": 0}
    back = settings_from_dict(broken)
    assert (back.second_backup_folder, back.second_backup_missing_days) == ("", 14)


def test_every_setting_is_declared_once_with_what_it_is_for():
    from dataclasses import fields

    from peerjournal.core.settings import SETTINGS, default_of

    names = [s.name for s in SETTINGS]
    assert sorted(names) == sorted(f.name for f in fields(AppSettings)) and len(set(names)) == len(names)
    assert all(s.description.strip() for s in SETTINGS)
    for setting in SETTINGS:  # every number has the range it is read with
        default = default_of(setting.name)
        if isinstance(default, int) and not isinstance(default, bool):
            assert setting.low <= default <= setting.high
    # The file holds exactly the declared settings (and its format version), nothing else.
    assert set(settings_to_dict(AppSettings())) == set(names) | {"version"}
