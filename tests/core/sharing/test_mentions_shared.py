"""People named in notes go out in shares as their label, like any linked name (issue 16)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from peerjournal.core.mentions import mention_token
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.document import build_document, canonical_json, new_export_id
from peerjournal.core.sharing.options import Naming, Section
from peerjournal.core.sharing.validate import validate_document
from tests.core.sharing.conftest import CREATED, Keys, at, labels_for, options, snapshot

# "Kit" (id 9) is no longer in the journal: the note keeps the name as last saved.
NOTE = (f"Rang {mention_token('Mary Ann Jones', 2)}, then {mention_token('Sam Smith', 1)} "
        f"and {mention_token('Kit Gone', 9)}.")


def _document(keys: Keys, naming: Naming) -> dict:
    snap = snapshot(naming)
    snap = replace(snap, moods=(*snap.moods, MoodCheckIn(id=15, at=at(12, 9), mood=3, note=NOTE)))
    doc = build_document(snap, options(naming=naming, sections=frozenset(Section), include_notes=True),
                         recipient=keys.public, signer=keys.signer, export_id=new_export_id(),
                         created=CREATED)
    validate_document(doc)
    return doc


def _note(doc: dict) -> str:
    return next(m["note"] for m in doc["content"]["moods"] if m["at"].startswith("2026") and "Rang" in m.get("note", ""))


def test_mentions_become_pseudonyms_and_no_name_or_token_goes_out(keys: Keys):
    doc = _document(keys, Naming.PSEUDONYM)
    labels = labels_for(Naming.PSEUDONYM)
    assert _note(doc) == f"Rang {labels[2]}, then {labels[1]} and someone."
    text = canonical_json(doc).decode()
    for word in ("Sam", "Smith", "Mary", "Jones", "Kit", "(p1)", "(p2)", "(p9)"):
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE), word
    # The mentioned people are linked: listed among the people the share names.
    assert {labels[1], labels[2]} <= {p["label"] for p in doc["content"]["people"]}


@pytest.mark.parametrize(("naming", "expected"), [
    (Naming.FIRST, "Rang Mary, then Sam and someone."),
    (Naming.FULL, "Rang Mary Ann Jones, then Sam Smith and Kit Gone."),
])
def test_mentions_follow_the_chosen_naming(keys: Keys, naming: Naming, expected: str):
    assert _note(_document(keys, naming)) == expected
