"""Directory entries: tidying, the key that spots duplicates, the copy a reply keeps."""

from __future__ import annotations

import pytest

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import Access, DirectoryEntry, normalised, parse_tags
from peerjournal.errors import ValidationError


def test_validate_tidies_and_refuses_no_name():
    entry = DirectoryEntry(name="  Riverside   Walkers ", what=" walks ", tags=("peer-led", " Peer-led", ""),
                           domains=frozenset({"belonging"}), access=frozenset({"quiet"})).validate()  # type: ignore[arg-type]
    assert entry.name == "Riverside Walkers" and entry.what == "walks"
    assert entry.tags == ("peer-led",)
    assert entry.domains == {Domain.BELONGING} and entry.access == {Access.QUIET}
    with pytest.raises(ValidationError):
        DirectoryEntry(name="   ").validate()
    with pytest.raises(ValidationError):
        DirectoryEntry(name="x", domains=frozenset({"nonsense"})).validate()  # type: ignore[arg-type]


def test_key_folds_case_accents_and_punctuation():
    one = DirectoryEntry(name="St. Mary's Café", where="High  Street")
    two = DirectoryEntry(name="st marys cafe", where="high street")
    assert one.key == two.key
    assert normalised("Zoë-Ann") == "zoe ann"


def test_parse_tags_splits_on_commas():
    assert parse_tags("peer-led, low pressure first step,, Peer-led") == ("peer-led", "low pressure first step")


def test_suggestion_copy_carries_where_and_cost():
    entry = DirectoryEntry(name="Men's Shed", what="woodwork", when="Tue 10-1", where="Unit 4, Mill Lane",
                           how_to_get_there="bus 12", contact="01234", cost="free")
    place = entry.as_suggestion()
    assert place.name == "Men's Shed" and place.when == "Tue 10-1" and place.contact == "01234"
    assert "Mill Lane" in place.how_to_get_there and "bus 12" in place.how_to_get_there
    assert "free" in place.what
