"""The connecting sections in a share document: support plan, resource check, goals and
reviews, network snapshots. Names follow the naming choice, free text follows the notes
choice, only the period's records go in, and the reader checks every rule."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from peerjournal.core.connecting.goals import Goal, GoalStatus, Happened, Review, StatusChange
from peerjournal.core.connecting.network_history import Snapshot, SnapshotMember
from peerjournal.core.connecting.resources import Answer, Domain, Reply, ResourceCheck, results
from peerjournal.core.sharing.document import FORMAT_VERSION, build_document, new_export_id
from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import (
    BASIC_SECTIONS,
    CONNECTING_SECTIONS,
    DEFAULT_SECTIONS,
    JournalSnapshot,
    Naming,
    Section,
    ShareOptions,
)
from peerjournal.core.sharing.sections import REMOVED_LABEL, GoalShare
from peerjournal.core.sharing.validate import validate_document
from peerjournal.core.support_plan import LIST_FIELDS, Service, SupportPlan
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from peerjournal.errors import InvalidShare
from tests.core.sharing.conftest import CREATED, END, START, Keys, at, labels_for, snapshot

PLAN = SupportPlan(
    keep_well=("Walking by the river",), early_signs=("Not sleeping",), early_sign_actions=("Text Sam",),
    what_helps=("A call from a friend",),
    contacts=(1, 3), services=(Service("Night line", "helpline, evenings", "0800 000", "service-note-wren"),),
    updated=datetime(2026, 6, 1, 9, tzinfo=UTC),
)
CHECK = ResourceCheck(taken=at(12, 10), id=7, answers=(
    Answer(1, Domain.EVERYDAY, "give me a lift somewhere", Reply.YES, (1,)),
    Answer(2, Domain.EMOTIONAL, "talk with me when I'm feeling low", Reply.YES, (1, 2)),
    Answer(3, Domain.INFORMATION, "help me understand benefits", Reply.NO),
    Answer(4, Domain.BELONGING, "introduce me to new people", Reply.NOT_SURE),
))
WALK = GoalShare(
    Goal(title="Find a walking group", review_on=date(2026, 6, 20), created=at(1), why="goal-why-finch",
         first_step="Ask at the library", obstacles=("anxiety",), helper_person_id=2, id=1),
    reviews=(Review(1, date(2026, 6, 12), Happened.PARTLY, "review-way-linnet", "Try again"),
             Review(1, date(2026, 6, 18), Happened.YES)),  # after the period: not shared
    changes=(StatusChange(1, at(18, 9), GoalStatus.DONE),),  # after the period
)
OLD = GoalShare(  # let go before the period: not shared
    Goal(title="Learn Spanish", review_on=date(2026, 5, 1), created=at(1).replace(month=4),
         status=GoalStatus.LET_GO, id=2),
    changes=(StatusChange(2, at(1).replace(month=5), GoalStatus.LET_GO),),
)
LATER = GoalShare(Goal(title="Set after", review_on=date(2026, 7, 1), created=at(17, 10), id=3))
SNAPSHOTS = (
    Snapshot(1, at(11, 9), "saved by you", (
        SnapshotMember(1, "Sam Smith", Relationship.FRIEND, Closeness.MIDDLE),
        SnapshotMember(None, "Kim Gone", Relationship.PEER, Closeness.OUTER),
    )),
    Snapshot(2, at(15, 9), "resource check", (
        SnapshotMember(1, "Sam Smith", Relationship.FRIEND, Closeness.CLOSE,
                       frozenset({HelpKind.EMOTIONAL}), at(14, 9)),
        SnapshotMember(2, "Mary Ann Jones", Relationship.FAMILY, Closeness.CLOSE),
    )),
)


def full_snapshot(naming: Naming) -> JournalSnapshot:
    people = snapshot(naming).people
    return replace(
        snapshot(naming), support_plan=PLAN,
        resource_check=results(CHECK, (), people), goals=(WALK, OLD, LATER),
        network_snapshots=SNAPSHOTS,
    )


def build(keys: Keys, naming: Naming = Naming.FIRST, notes: bool = False,
          sections: frozenset[Section] = CONNECTING_SECTIONS) -> dict[str, Any]:
    options = ShareOptions(start=START, end=END, sections=sections, include_notes=notes, naming=naming)
    return build_document(full_snapshot(naming), options, recipient=keys.public, signer=keys.signer,
                          export_id=new_export_id(), created=CREATED)


def test_by_default_a_share_holds_the_first_sections_but_not_summary_figures():
    assert ShareOptions(start=START, end=END).sections == DEFAULT_SECTIONS == BASIC_SECTIONS - {Section.SUMMARY}
    assert ShareOptions(start=START, end=END).whole_network is False
    assert frozenset(Section) == BASIC_SECTIONS | CONNECTING_SECTIONS | {Section.TRACKERS}


def test_the_four_sections_with_first_names_and_no_notes(keys):
    doc = validate_document(build(keys))
    content = doc["content"]
    assert doc["sections"] == ["support_plan", "resource_check", "goals", "network_snapshots", "crisis_plan"]
    plan = content["support_plan"]
    assert {k: v for k, v in plan.items() if v} == {  # every part is there, empty ones as []
        "keep_well": ["Walking by the river"],
        "early_signs": [{"text": "Not sleeping", "response": "Text Sam"}],
        "what_helps": ["A call from a friend"], "contacts": ["Sam", "Archie"],  # Archie is archived
        "services": [{"name": "Night line", "what": "helpline, evenings", "how_to_contact": "0800 000"}],
        "updated": "2026-06-01T09:00:00Z",
    }
    assert set(plan) == {*LIST_FIELDS, "contacts", "not_involved", "services", "updated"}
    check = content["resource_check"]
    assert check["taken"] == "2026-06-12T10:00:00Z"
    assert [(i["reply"], i["people"]) for i in check["items"]] == [
        ("yes", ["Sam"]), ("no", []), ("yes", ["Sam", "Mary"]), ("not_sure", [])]  # by domain
    (goal,) = content["goals"]
    assert goal == {
        "title": "Find a walking group", "status": "active", "set_on": "2026-06-01",
        "review_on": "2026-06-20", "helper": "Mary", "obstacles": ["anxiety"],
        "reviews": [{"on": "2026-06-12", "happened": "partly"}], "changes": [],
    }
    first, second = content["network_snapshots"]
    assert [m["label"] for m in first["members"]] == ["Sam", "Kim"]  # Kim: deleted, name kept
    assert [m["label"] for m in second["members"]] == ["Mary", "Sam"]
    assert second["members"][1] == {"label": "Sam", "relationship": "friend", "closeness": "close",
                                    "help": ["emotional"], "last_contact": "2026-06-14"}


def test_notes_bring_the_free_text(keys):
    plain = str(build(keys))
    for marker in ("service-note-wren", "goal-why-finch", "review-way-linnet", "Ask at the library"):
        assert marker not in plain
    doc = validate_document(build(keys, notes=True))
    (goal,) = doc["content"]["goals"]
    assert (goal["why"], goal["first_step"], goal["what_could_help"]) == (
        "goal-why-finch", "Ask at the library", "")
    assert goal["reviews"][0]["in_the_way"] == "review-way-linnet"
    assert doc["content"]["support_plan"]["services"][0]["note"] == "service-note-wren"


@pytest.mark.parametrize("naming", list(Naming))
def test_naming_applies_to_every_name(keys, naming):
    text = str(build(keys, naming))
    labels = labels_for(naming)
    assert labels[1] in text and labels[2] in text
    if naming is Naming.PSEUDONYM:
        for name in ("Sam", "Mary", "Archie"):
            assert name not in text
        assert REMOVED_LABEL in text and "Kim" not in text  # a deleted member has no pseudonym
    if naming is Naming.FULL:
        assert "Mary Ann Jones" in text and "Kim Gone" in text


def test_a_goal_let_go_in_the_period_is_shared_with_its_state_then(keys):
    ended = GoalShare(replace(WALK.goal, status=GoalStatus.LET_GO),
                      changes=(StatusChange(1, at(13, 9), GoalStatus.LET_GO),))
    snap = replace(full_snapshot(Naming.FIRST), goals=(ended,))
    options = ShareOptions(start=START, end=END, sections=frozenset({Section.GOALS}))
    doc = build_document(snap, options, recipient=keys.public, signer=keys.signer,
                         export_id=new_export_id(), created=CREATED)
    (goal,) = validate_document(doc)["content"]["goals"]
    assert goal["status"] == "let_go" and goal["changes"] == [{"on": "2026-06-13", "status": "let_go"}]


def test_no_check_in_the_period_and_an_empty_plan(keys):
    snap = replace(snapshot(), resource_check=None, support_plan=None)
    options = ShareOptions(start=START, end=END, sections=CONNECTING_SECTIONS)
    doc = validate_document(build_document(snap, options, recipient=keys.public, signer=keys.signer,
                                           export_id=new_export_id(), created=CREATED))
    assert doc["content"]["resource_check"] is None
    assert doc["content"]["support_plan"]["keep_well"] == [] and doc["content"]["goals"] == []
    assert doc["content"]["network_snapshots"] == []


def _changed(doc: dict[str, Any], change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(doc)
    change(doc["content"])
    return doc


@pytest.mark.parametrize("change", [
    lambda c: c["support_plan"]["services"][0].update(note="x"),  # a note without notes
    lambda c: c["support_plan"].pop("contacts"),
    lambda c: c["support_plan"].pop("reasons"),  # version 3 carries every part
    lambda c: c["support_plan"]["early_signs"].append({"text": " ", "response": ""}),  # an empty item
    lambda c: c["support_plan"]["early_signs"].append("Not eating"),  # an item is text and response
    lambda c: c["support_plan"]["early_signs"][0].update(when="now"),
    lambda c: c["support_plan"].update(updated="2999-01-01T00:00:00Z"),
    lambda c: c["resource_check"].update(taken="2026-01-01T00:00:00Z"),
    lambda c: c["resource_check"]["items"][1].update(people=["Sam"]),  # a name on a "no"
    lambda c: c["resource_check"]["items"][0].update(domain="money"),
    lambda c: c["goals"][0].update(why="x"),
    lambda c: c["goals"][0].update(status="finished"),
    lambda c: c["goals"][0].update(set_on="2026-06-30"),
    lambda c: c["goals"][0]["reviews"][0].update(on="2026-06-30"),
    lambda c: c["goals"][0]["reviews"][0].update(happened="maybe"),
    lambda c: c["network_snapshots"].reverse(),
    lambda c: c["network_snapshots"][0]["members"][0].update(closeness="inner"),
    lambda c: c["network_snapshots"][0]["members"][0].update(last_contact="2026-06-30"),
    lambda c: c["network_snapshots"][0].update(taken="2026-07-30T00:00:00Z"),
], ids=["service note", "plan lacks contacts", "no reasons", "empty item", "item as text",
        "unknown item key", "plan updated later", "check outside period",
        "name on a no", "unknown domain", "goal why without notes", "unknown status",
        "goal set after", "review after", "unknown happened", "snapshots out of order",
        "unknown circle", "last contact after snapshot", "snapshot outside period"])
def test_the_reader_refuses_what_the_format_does_not_allow(keys, change):
    with pytest.raises(InvalidShare):
        validate_document(_changed(build(keys), change))


def test_every_export_says_where_replies_go_and_older_files_still_read(keys):
    _secret, reply_to = new_identity()
    options = ShareOptions(start=START, end=END)
    doc = build_document(snapshot(), options, recipient=keys.public, signer=keys.signer,
                         export_id=new_export_id(), created=CREATED, reply_to=reply_to)
    assert validate_document(doc)["reply_to"] == reply_to and doc["format_version"] == FORMAT_VERSION
    with pytest.raises(InvalidShare, match="reply_to"):
        validate_document({**doc, "reply_to": reply_to.upper()})
    with pytest.raises(InvalidShare, match="reply_to"):
        validate_document({**doc, "reply_to": "age1nope"})
    older = {k: v for k, v in doc.items() if k != "reply_to"}
    older["format_version"] = 1  # a file from before replies
    assert validate_document(older) == older


def test_a_version_2_file_with_the_old_plan_is_still_read_and_a_newer_one_is_refused_kindly(keys):
    from peerjournal.errors import NewerShareFormat

    doc = build(keys)
    old = copy.deepcopy(doc)
    old["format_version"] = 2
    old["content"]["support_plan"] = {
        "keep_well": ["Walking"], "early_signs": ["Not sleeping"], "what_helps": [],
        "contacts": ["Sam"], "services": [], "updated": None}
    assert validate_document(old)["content"]["support_plan"]["early_signs"] == ["Not sleeping"]
    old["content"]["support_plan"]["reasons"] = ["Pip"]  # not part of version 2
    with pytest.raises(InvalidShare):
        validate_document(old)
    with pytest.raises(NewerShareFormat, match="newer version of PeerJournal"):
        validate_document({**doc, "format_version": FORMAT_VERSION + 1})
