"""The support plan's crisis part shared as its own section: off by default, only the crisis
part goes in, people as labels, and the reader checks it."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import DEFAULT_SECTIONS, Section, ShareOptions
from peerjournal.core.sharing.validate import validate_document
from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.errors import InvalidShare
from tests.core.sharing.conftest import CREATED, END, START, snapshot

PLAN = SupportPlan(
    keep_well=("Walking by the river",), reasons=("My cat",), well_like=("Chatty",),
    what_helps=("A call from a friend",), not_helpful=("Crowds",), decisions=("Jess: the landlord",),
    places_avoid=("Ward 4",), contacts=(1,), not_involved=(3,),
    services=(Service("Night line", "helpline, evenings", "0800 000"),),
    updated=datetime(2026, 6, 1, 9, tzinfo=UTC),
)


def _doc(keys, sections=frozenset({Section.CRISIS_PLAN})):  # type: ignore[no-untyped-def]
    snap = replace(snapshot(), support_plan=PLAN)
    options = ShareOptions(start=START, end=END, sections=sections)
    return build_document(snap, options, recipient=keys.public, signer=keys.signer,
                          export_id=new_export_id(), created=CREATED)


def test_the_crisis_part_is_unticked_by_default():
    assert Section.CRISIS_PLAN not in DEFAULT_SECTIONS


def test_only_the_crisis_part_is_shared(keys):
    content = validate_document(_doc(keys))["content"]
    crisis = content["crisis_plan"]
    assert set(content) == {"crisis_plan"}
    assert crisis["what_helps"] == ["A call from a friend"] and crisis["places_avoid"] == ["Ward 4"]
    assert crisis["well_like"] == ["Chatty"] and crisis["decisions"] == ["Jess: the landlord"]
    assert len(crisis["contacts"]) == 1 and len(crisis["not_involved"]) == 1
    assert crisis["services"][0]["name"] == "Night line"
    text = str(crisis)
    assert "Walking by the river" not in text and "My cat" not in text


def test_a_crisis_part_with_an_unknown_field_is_refused(keys):
    doc = copy.deepcopy(_doc(keys))
    doc["content"]["crisis_plan"]["secret"] = ["x"]
    with pytest.raises(InvalidShare):
        validate_document(doc)
