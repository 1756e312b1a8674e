"""Directory files: what they hold (places only), refusing bad files, merging a colleague's."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import Access, DirectoryEntry
from peerjournal.core.directory.exchange import (
    DIRECTORY_FORMAT_VERSION,
    DirectoryFileError,
    directory_json,
    mentioned_people,
    plan_merge,
    read_directory,
)

WALKERS = DirectoryEntry(name="Riverside Walkers", what="gentle walks", where="Riverside Park",
                         access=frozenset({Access.STEP_FREE}), domains=frozenset({Domain.BELONGING}),
                         tags=("peer-led",))
ADVICE = DirectoryEntry(name="Citizens Advice", where="Town Hall", domains=frozenset({Domain.INFORMATION}))


def test_round_trip_and_no_person_fields():
    data = directory_json([WALKERS, ADVICE])
    document = json.loads(data)
    assert document["format_version"] == DIRECTORY_FORMAT_VERSION
    assert "no personal data" in document["about"]
    assert set(document["entries"][0]) == {"name", "what", "when", "where", "how_to_get_there",
                                           "contact", "cost", "access", "needs", "tags"}
    assert sorted(read_directory(data), key=lambda e: e.name) == [ADVICE, WALKERS]


@pytest.mark.parametrize("data", [
    b"", b"{", b"\xff\xfe", b"[]", b'{"format": "other"}',
    b'{"format": "peerjournal-directory", "format_version": 1}',
    b'{"format": "peerjournal-directory", "format_version": 1, "entries": [{"name": "x"}]}',
])
def test_bad_files_refused(data):
    with pytest.raises(DirectoryFileError, match="Nothing was changed"):
        read_directory(data)


def test_truncated_file_refused():
    data = directory_json([WALKERS, ADVICE])
    with pytest.raises(DirectoryFileError):
        read_directory(data[: len(data) // 2])


def test_a_person_field_is_refused():
    document = json.loads(directory_json([WALKERS]))
    document["entries"][0]["person"] = "Sam"
    with pytest.raises(DirectoryFileError):
        read_directory(json.dumps(document).encode())


def test_newer_version_refused_plainly():
    document = json.loads(directory_json([WALKERS]))
    document["format_version"] = DIRECTORY_FORMAT_VERSION + 1
    with pytest.raises(DirectoryFileError, match="newer PeerJournal"):
        read_directory(json.dumps(document).encode())


def test_mentioned_people_finds_whole_names_only():
    noted = DirectoryEntry(name="Art group", what="Sam Lee liked it")
    samba = DirectoryEntry(name="Samba band")
    assert mentioned_people([noted, samba, WALKERS], ["Sam Lee", "Priya"]) == [(noted, "Sam Lee")]


def test_merge_sorts_new_same_and_conflicts():
    theirs_walkers = DirectoryEntry(name="riverside walkers", where="riverside park", what="walks, Sundays")
    new = DirectoryEntry(name="Men's Shed")
    plan = plan_merge([WALKERS, ADVICE], [ADVICE, theirs_walkers, new, new])
    assert plan.new == (new,)
    assert plan.same == (ADVICE,)
    assert [(c.mine, c.theirs) for c in plan.conflicts] == [(WALKERS, theirs_walkers)]


names = st.text(alphabet="abcAB .'-é", min_size=1, max_size=8).filter(lambda s: s.strip(" .'-"))
entries = st.builds(DirectoryEntry, name=names, where=st.sampled_from(["", "Park", "park "]),
                    what=st.sampled_from(["", "walks"]))


@given(st.lists(entries, max_size=6), st.lists(entries, max_size=6))
def test_merge_properties(mine, theirs):
    plan = plan_merge(mine, theirs)
    own_keys = {e.key for e in mine}
    # Every place of theirs lands in exactly one bucket, once.
    keys = [e.key for e in plan.new] + [e.key for e in plan.same] + [c.theirs.key for c in plan.conflicts]
    assert sorted(keys) == sorted({e.key for e in theirs})
    assert all(e.key not in own_keys for e in plan.new)
    # Nothing of the worker's is replaced without a conflict to decide.
    assert all(c.mine in mine and c.mine != c.theirs for c in plan.conflicts)
    # Merging one's own directory finds nothing new and nothing to decide.
    own = plan_merge(mine, mine)
    assert not own.new and not own.conflicts
