"""The reader and docs/sharing-format.md agree: each rule the document states is checked, and
each rule the reader checks is stated (one test per rule, each quoting the document)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from peerjournal.core.sharing.checks import Problem
from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.options import Section
from peerjournal.core.sharing.reply import (
    ProposedGoal,
    ReplyDraft,
    SuggestedPlace,
    build_reply,
    check_reply,
)
from peerjournal.core.sharing.validate import validate_document
from peerjournal.errors import InvalidShare
from tests.core.sharing.test_sections import build

FORMAT_DOC = (Path(__file__).parents[3] / "docs" / "sharing-format.md").read_text(encoding="utf-8")
CREATED = datetime(2026, 6, 20, 15, 0, tzinfo=UTC)
BREAKS = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def stated(text: str) -> None:
    assert " ".join(text.split()) in " ".join(FORMAT_DOC.split()), text


# -- replies ---------------------------------------------------------------------------
def reply_document() -> dict[str, Any]:
    _, reply_to = new_identity()
    draft = ReplyDraft(supporter_name="Dev", notes="", items=(
        SuggestedPlace(name="Riverside Walkers"), ProposedGoal(title="Find a walking group")))
    return build_reply(draft, recipient=reply_to, signer=signer_public(new_signing_key()),
                       in_reply_to=None, created=CREATED)


@pytest.mark.parametrize("line_break", BREAKS, ids=[repr(b) for b in BREAKS])
@pytest.mark.parametrize(("index", "key"), [(0, "name"), (1, "title")])
def test_a_reply_name_or_title_is_one_line(index, key, line_break):
    stated("`name` and `title` are one line")
    doc = reply_document()
    check_reply(doc, now=CREATED)
    doc["items"][index][key] = f"Riverside{line_break}Walkers"
    with pytest.raises(Problem, match="one line"):
        check_reply(doc, now=CREATED + timedelta(hours=1))


def test_other_suggestion_texts_may_have_line_breaks():
    doc = reply_document()
    doc["items"][0]["what"] = "A slow walk.\nTea after."
    check_reply(doc, now=CREATED)


# -- shares ----------------------------------------------------------------------------
def changed(doc: dict[str, Any], change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(doc)
    change(doc)
    return doc


@pytest.fixture
def basic(keys) -> dict[str, Any]:
    return keys.document(sections=frozenset(Section) - {Section.SUPPORT_PLAN}, include_notes=True)


def test_contact_duration_is_1_to_1440_minutes(basic):
    stated('"duration_min": 1-1440|null')
    contacts = basic["content"]["contacts"]
    assert any(c["duration_min"] for c in contacts)
    for bad in (0, 1441):
        with pytest.raises(InvalidShare, match="duration_min"):
            validate_document(changed(basic, lambda d, b=bad: d["content"]["contacts"][0].update(duration_min=b)))


def test_a_kind_of_help_appears_once(basic):
    stated("each kind of help at most once")
    person = next(i for i, p in enumerate(basic["content"]["people"]) if p["help"])
    with pytest.raises(InvalidShare, match="help"):
        validate_document(changed(basic, lambda d: d["content"]["people"][person]["help"].append(
            d["content"]["people"][person]["help"][0])))


def test_people_are_sorted_by_label(basic):
    stated("sorted by label (case-folded, ties by the label as written)")
    people = basic["content"]["people"]
    assert len(people) > 1
    validate_document(basic)  # what the writer makes is sorted
    with pytest.raises(InvalidShare, match="sorted by label"):
        validate_document(changed(basic, lambda d: d["content"]["people"].reverse()))


def test_sorting_is_case_folded_ties_by_the_label(basic):
    def relabel(d: dict[str, Any], labels: list[str]) -> None:
        d["sections"] = ["people"]
        d["content"] = {"people": [{**d["content"]["people"][0], "label": x} for x in labels]}

    validate_document(changed(basic, lambda d: relabel(d, ["amy", "Bob", "Sam", "sam"])))
    with pytest.raises(InvalidShare, match="sorted by label"):
        validate_document(changed(basic, lambda d: relabel(d, ["Bob", "amy"])))


@pytest.mark.parametrize("section", ["support_plan", "resource_check", "goals", "network_snapshots"])
def test_a_version_1_file_has_no_connecting_section(keys, section):
    stated("version 1 had no `reply_to` and no connecting sections; version 2's `support_plan` "
           "had only three of the plan's lists; a reader takes 1, 2 and 3, refuses a version-1 "
           "file that has either")
    doc = build(keys)
    doc = {**doc, "sections": [section], "content": {section: doc["content"][section]}}
    validate_document(doc)
    with pytest.raises(InvalidShare, match="version 1"):
        validate_document({**doc, "format_version": 1})


def test_a_plan_item_is_text_and_response_not_both_empty(keys):
    stated('An item is `{"text": str, "response": str}`')
    stated("either may be empty, not both")
    doc = build(keys)
    doc["content"]["support_plan"]["triggers"] = [{"text": "", "response": "Breathe"}]
    validate_document(doc)
    doc["content"]["support_plan"]["triggers"] = [{"text": "", "response": "  "}]
    with pytest.raises(InvalidShare, match="empty"):
        validate_document(doc)


def test_a_version_2_plan_is_read_in_its_own_shape(keys):
    stated("a reader still takes that from a version-2 file")
    doc = build(keys)
    old = {**doc, "format_version": 2}
    old["content"] = {**doc["content"], "support_plan": {
        "keep_well": [], "early_signs": ["Not sleeping"], "what_helps": [], "contacts": [],
        "services": [], "updated": None}}
    validate_document(old)
    with pytest.raises(InvalidShare, match="lacks"):
        validate_document({**old, "format_version": 3})


def test_a_version_1_file_has_no_reply_to(keys):
    _, reply_to = new_identity()
    doc = {**keys.document(), "format_version": 1}
    validate_document(doc)
    with pytest.raises(InvalidShare, match="version 1"):
        validate_document({**doc, "reply_to": reply_to})


def test_people_in_a_check_only_for_yes_and_empty_lists_still_read(keys):
    stated("for `not_sure` and `no` it is the empty list (every writer so far writes "
           '`"people": []` there, and a reader accepts exactly that)')
    doc = build(keys)
    items = doc["content"]["resource_check"]["items"]
    assert {(i["reply"], bool(i["people"])) for i in items if i["reply"] != "yes"} == {
        ("no", False), ("not_sure", False)}  # the writer's [] for not_sure / no
    validate_document(doc)
    index = next(n for n, i in enumerate(items) if i["reply"] == "not_sure")
    with pytest.raises(InvalidShare, match="not yes"):
        validate_document(changed(doc, lambda d: d["content"]["resource_check"]["items"][index]
                                  .update(people=["Sam"])))


def test_the_summary_average_is_rounded_to_2_decimals(basic):
    stated("`average_mood` is rounded to 2 decimals")
    assert basic["content"]["summary"]["average_mood"] is not None
    validate_document(basic)
    with pytest.raises(InvalidShare, match="rounded"):
        validate_document(changed(basic, lambda d: d["content"]["summary"].update(average_mood=3.333)))


def test_the_summary_maps_list_non_zero_counts(basic):
    stated("the two maps list non-zero counts")
    with pytest.raises(InvalidShare, match="contacts_by_mode"):
        validate_document(changed(basic, lambda d: d["content"]["summary"]["contacts_by_mode"]
                                  .update(video=0)))
    with pytest.raises(InvalidShare, match="activities_by_category"):
        validate_document(changed(basic, lambda d: d["content"]["summary"]["activities_by_category"]
                                  .update(Nothing=0)))


def test_goals_are_sorted_by_set_on_then_title(keys):
    stated("by `set_on` then title (case-folded)")
    doc = build(keys)
    goal = doc["content"]["goals"][0]
    two = [goal, {**goal, "title": "another goal"}]  # same day: "another" before "Find"
    validate_document(changed(doc, lambda d: d["content"].update(goals=two[::-1])))
    with pytest.raises(InvalidShare, match="sorted by set_on then title"):
        validate_document(changed(doc, lambda d: d["content"].update(goals=two)))
