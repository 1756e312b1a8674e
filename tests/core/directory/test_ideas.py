"""Ideas to talk through: gaps in a shared file and the entries tagged for them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.ideas import Gap, GapKind, Mark, gaps_in, ideas_for, meets


def _document() -> dict:
    items = [
        {"domain": "belonging", "text": "introduce me to new people", "reply": "no", "people": []},
        {"domain": "emotional", "text": "talk with me when I'm feeling low", "reply": "yes", "people": ["Priya"]},
        {"domain": "everyday", "text": "give me a lift somewhere", "reply": "yes", "people": ["A", "B"]},
        {"domain": "information", "text": "help me understand benefits", "reply": "not_sure", "people": []},
    ]
    goals = [
        {"title": "Find a walking group", "status": "active", "reviews": [{"on": "2026-06-01", "happened": "not_yet"}]},
        {"title": "Cook once a week", "status": "active", "reviews": [{"on": "2026-06-01", "happened": "partly"}]},
        {"title": "Learn to swim", "status": "paused", "reviews": []},
    ]
    return {"content": {"resource_check": {"taken": "x", "items": items}, "goals": goals}}


def test_gaps_are_nobody_one_person_and_goals_not_started():
    assert gaps_in(_document()) == [
        Gap(GapKind.NOBODY, "introduce me to new people", Domain.BELONGING),
        Gap(GapKind.ONE_PERSON, "talk with me when I'm feeling low", Domain.EMOTIONAL),
        Gap(GapKind.GOAL, "Find a walking group"),
    ]
    assert gaps_in({"content": {}}) == [] and gaps_in({}) == []


def test_ideas_match_by_tags_and_goal_words():
    walkers = DirectoryEntry(name="Riverside Walkers", tags=("walking",), id=1)
    cafe = DirectoryEntry(name="Open Door Café", domains=frozenset({Domain.BELONGING, Domain.EMOTIONAL}), id=2)
    advice = DirectoryEntry(name="Citizens Advice", domains=frozenset({Domain.INFORMATION}), id=3)
    ideas = ideas_for(gaps_in(_document()), [advice, walkers, cafe])
    assert [i.entry.name for i in ideas] == ["Open Door Café", "Riverside Walkers"]
    assert [g.kind for g in ideas[0].gaps] == [GapKind.NOBODY, GapKind.ONE_PERSON]
    marked = ideas_for(gaps_in(_document()), [walkers, cafe], {2: Mark.NOT_FOR_THEM})
    assert [(i.entry.name, i.mark) for i in marked] == [("Riverside Walkers", None),
                                                        ("Open Door Café", Mark.NOT_FOR_THEM)]


def test_common_words_alone_do_not_match():
    assert not meets(DirectoryEntry(name="Craft group"), Gap(GapKind.GOAL, "Find a walking group"))


domains = st.frozensets(st.sampled_from(list(Domain)))
entries = st.builds(DirectoryEntry, name=st.sampled_from(["A", "Walkers", "Choir"]), domains=domains)
gaps = st.builds(Gap, kind=st.sampled_from([GapKind.NOBODY, GapKind.ONE_PERSON]), text=st.just("q"),
                 domain=st.sampled_from(list(Domain)))


@given(st.lists(gaps, max_size=5), st.lists(entries, max_size=6))
def test_ideas_are_exactly_the_entries_tagged_for_a_gap(gap_list, entry_list):
    ideas = ideas_for(gap_list, entry_list)
    wanted = {g.domain for g in gap_list}
    assert len(ideas) == sum(1 for e in entry_list if e.domains & wanted)
    for idea in ideas:
        assert idea.gaps and all(g.domain in idea.entry.domains for g in idea.gaps)
    counts = [len(i.gaps) for i in ideas]
    assert counts == sorted(counts, reverse=True)
