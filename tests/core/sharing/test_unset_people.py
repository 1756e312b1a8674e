"""People whose relationship or circle is not set yet: a share says so ("" in the file), the
reader takes it, and nothing is guessed (issue 15, "nothing chosen for the user")."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.connecting.network_history import Snapshot, SnapshotMember
from peerjournal.core.records import Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import Naming, Section
from peerjournal.core.sharing.package import open_share, seal
from peerjournal.core.sharing.validate import validate_document
from peerjournal.core.vocabulary import Closeness, Relationship
from tests.core.sharing.conftest import CREATED, PEOPLE, Keys, at, options, snapshot

# Mary (id 2) was added in passing: neither relationship nor circle chosen.
UNSET_MARY = Person(id=2, name="Mary Ann Jones", relationship=None, closeness=None)
UNSET_PEOPLE = tuple(UNSET_MARY if p.id == 2 else p for p in PEOPLE)


def document(keys: Keys, naming: Naming = Naming.FIRST, **kw):
    snap = replace(snapshot(naming), people=UNSET_PEOPLE)
    return build_document(snap, options(naming=naming, **kw), recipient=keys.public,
                          signer=keys.signer, export_id=new_export_id(), created=CREATED)


def test_an_unset_person_is_shared_as_not_set_and_reads_back(keys):
    doc = document(keys, sections=frozenset(Section), include_notes=True)
    [mary] = [p for p in doc["content"]["people"] if p["label"] == "Mary"]
    assert (mary["relationship"], mary["closeness"]) == ("", "")  # not set, never a guessed value
    assert validate_document(doc) is doc
    opened = open_share(seal(doc, keys.signing, keys.public), identity=keys.secret)  # the supporter's reader
    assert opened.document == doc


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(naming=st.sampled_from(list(Naming)), notes=st.booleans(), whole=st.booleans(),
       sections=st.sets(st.sampled_from(list(Section)), min_size=1))
def test_every_share_choice_with_unset_people_is_valid(keys, naming, notes, whole, sections):
    doc = document(keys, naming, sections=frozenset(sections), include_notes=notes, whole_network=whole)
    validate_document(doc)
    for person in doc["content"].get("people", []):
        assert person["relationship"] in {"", *(r.value for r in Relationship)}
        assert person["closeness"] in {"", *(c.value for c in Closeness)}


def test_a_snapshot_member_not_placed_yet_is_shared_as_not_set(keys):
    taken = at(12)
    members = (SnapshotMember(1, "Sam Smith", Relationship.FRIEND, Closeness.CLOSE),
               SnapshotMember(2, "Mary Ann Jones", None, None))
    snap = replace(snapshot(), people=UNSET_PEOPLE,
                   network_snapshots=(Snapshot(1, taken, "saved by you", members).validate(),))
    doc = build_document(snap, options(sections=frozenset({Section.NETWORK_SNAPSHOTS})),
                         recipient=keys.public, signer=keys.signer, export_id=new_export_id(),
                         created=datetime(2026, 6, 17, 9, 30, tzinfo=UTC))
    [shared] = doc["content"]["network_snapshots"]
    assert [(m["label"], m["relationship"], m["closeness"]) for m in shared["members"]] == [
        ("Sam", "friend", "close"), ("Mary", "", "")]  # the unplaced after the circles
    assert validate_document(doc) is doc
