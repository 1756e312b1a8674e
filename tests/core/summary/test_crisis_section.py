"""The summary's "My crisis plan" section: the crisis part alone, names hidden as in shares."""

from __future__ import annotations

from dataclasses import replace

from peerjournal.core.sharing.options import Section
from peerjournal.core.summary.report import SummaryOptions, build_report
from peerjournal.core.support_plan import Service, SupportPlan
from tests.core.summary.helpers import DATA, END, MADE, PEOPLE, START


def _text(plan: SupportPlan | None) -> str:
    options = SummaryOptions(START, END, sections=frozenset({Section.CRISIS_PLAN}))
    report = build_report(options, replace(DATA, support_plan=plan), made=MADE)
    (only,) = report.sections
    assert only.key == "crisis_plan"
    return report.plain_text()


def test_the_crisis_section_shows_only_the_crisis_part():
    first = PEOPLE[0]
    plan = SupportPlan(reasons=("A private reason",), what_helps=("Quiet and tea",),
                       places_avoid=("Ward 4",), contacts=(first.id,),
                       services=(Service("Night line", how_to_contact="0800 000"),))
    text = _text(plan)
    assert "Quiet and tea" in text and "Ward 4" in text and "Night line — 0800 000" in text
    assert first.name.split()[0] in text
    assert "A private reason" not in text


def test_an_empty_crisis_plan_says_so_kindly():
    assert "nothing in it yet" in _text(None)
