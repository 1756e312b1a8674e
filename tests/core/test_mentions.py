"""Mention tokens in notes: parse, render, rename, and the editor round trip (issue 16)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.mentions import (
    for_editing,
    from_editing,
    matching_people,
    mention_token,
    mentioned_ids,
    mentions_in,
    plain,
    renamed,
    render,
    typed_mention,
)

ODD_NAMES = ["Sam", "Chloe (bookshop)", "Dr [Amaka] Okafor", "a\\b]c", "@Jo", "Zoë 🌻", "سارا", "דנה כהן",
             "Sam]( p1)", "x](p2)"]


def test_token_parses_back_to_the_name_and_id() -> None:
    note = f"Walked with {mention_token('Sam', 12)} and {mention_token('Dr [Amaka] Okafor', 3)}."
    found = mentions_in(note)
    assert [(m.person_id, m.name) for m in found] == [(12, "Sam"), (3, "Dr [Amaka] Okafor")]
    assert plain(note) == "Walked with Sam and Dr [Amaka] Okafor."
    assert mentioned_ids(note + mention_token("Sam", 12)) == (12, 3)


def test_render_asks_for_the_shown_name() -> None:
    note = f"Tea with {mention_token('Sam Jones', 5)}"
    assert render(note, lambda pid, name: f"Person A{pid}") == "Tea with Person A5"


def test_renamed_changes_only_that_person() -> None:
    note = f"{mention_token('Sam', 1)} and {mention_token('Ali', 2)}"
    assert plain(renamed(note, 1, "Samira [work]")) == "Samira [work] and Ali"
    assert mentions_in(renamed(note, 1, "Samira [work]"))[0].name == "Samira [work]"


def test_editing_round_trip() -> None:
    stored = f"Lunch with {mention_token('Sam', 7)}, then @home."
    shown, names = for_editing(stored)
    assert shown == "Lunch with @Sam, then @home."
    assert names == {"Sam": 7}
    assert from_editing(shown, names) == stored


def test_from_editing_prefers_the_longest_name_and_whole_words() -> None:
    known = {"Sam": 1, "Sam Jones": 2}
    assert mentioned_ids(from_editing("@Sam Jones and @Sam", known)) == (2, 1)
    assert mentioned_ids(from_editing("@Samuel", known)) == ()
    assert from_editing("mail sam@example.org", known) == "mail sam@example.org"


def test_typed_mention_and_matching() -> None:
    assert typed_mention("met @Sa", 7) == "Sa"
    assert typed_mention("met @", 5) == ""
    assert typed_mention("sam@ex", 6) is None
    assert typed_mention("@Sam\nthen", 9) is None
    people = [(1, "Sam Jones"), (2, "Ali"), (3, "Jo")]
    assert matching_people(people, "jo") == [(1, "Sam Jones"), (3, "Jo")]


name_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20).filter(
    lambda n: n.strip() == n and n.strip() != "")
around = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@given(st.one_of(name_text, st.sampled_from(ODD_NAMES)), st.integers(1, 10**9), around, around)
def test_token_round_trip_with_odd_names(name: str, person_id: int, before: str, after: str) -> None:
    stored = before + mention_token(name, person_id) + after
    found = [m for m in mentions_in(stored) if m.start == len(before)]
    assert found and (found[0].person_id, found[0].name) == (person_id, name)
    assert found[0].end == len(stored) - len(after)


@given(st.one_of(name_text, st.sampled_from(ODD_NAMES)), st.integers(1, 10**6),
       st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="@"), max_size=15),
       st.sampled_from(["", " ", ". ", " and more", "\n"]))
def test_editor_round_trip_with_odd_names(name: str, person_id: int, before: str, after: str) -> None:
    stored = before + mention_token(name, person_id) + after
    shown, names = for_editing(stored)
    assert shown == f"{before}@{name}{after}"
    assert from_editing(shown, names) == stored
