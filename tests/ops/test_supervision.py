"""Notes for supervision: the worker's own notes and next steps, people as Person A, B… unless
names are chosen, names in the notes hidden too, and nothing the people shared."""

from __future__ import annotations

from datetime import date

import pytest

from peerjournal.core.sharing.keys import new_signing_key, signer_public
from peerjournal.ops.supervision import supervision_report
from peerjournal.storage.supporter.store import SupporterStore
from tests.storage.supporter.test_store import KEY_2, share


@pytest.fixture
def store(supporter_store):
    return supporter_store


def caseload(store: SupporterStore) -> tuple[int, int, int]:
    zoe = store.import_share(share("e-1", sender_name="Zoë"), new_person_name="Zoë Quill")
    bram = store.import_share(share("e-2", KEY_2, sender_name="Bram"), new_person_name="Bram")
    third = store.import_share(share("e-3", signer_public(new_signing_key()), sender_name="Ines"),
                               new_person_name="Ines")
    store.set_note(zoe.id, "Zoë wants to try the choir. Bram mentioned it to Zoë too.")
    store.set_next_step(zoe.id, "Find the choir's times with Zoë", date(2026, 6, 20))
    store.set_note(bram.id, "Quiet week; talked about Ines from the walking group.")
    return zoe.id, bram.id, third.id


def test_people_are_person_a_and_b_and_names_in_notes_are_hidden(store):
    zoe, bram, _ = caseload(store)
    report = supervision_report(store, [zoe, bram], use_names=False, made=date(2026, 6, 15))
    text = report.plain_text()
    assert [s.heading for s in report.sections] == ["Person A", "Person B"]
    for name in ("Zoë", "Quill", "Bram", "Ines"):
        assert name not in text, name
    assert "Person A wants to try the choir. Person B mentioned it to Person A too." in text
    assert "Find the choir's times with Person A" in text
    assert "20 June 2026" in text
    assert "someone else you support" in text  # Ines, not chosen
    assert "not anyone's journal" in text
    assert "a good day" not in text  # nothing the people shared


def test_names_only_when_chosen_and_no_step_or_notes_said_plainly(store):
    zoe, bram, ines = caseload(store)
    report = supervision_report(store, [ines, zoe], use_names=True, made=date(2026, 6, 15))
    text = report.plain_text()
    assert [s.heading for s in report.sections] == ["Ines", "Zoë Quill"]
    assert "Zoë wants to try the choir" in text
    assert "No notes written." in text and "none written down" in text
    assert "Bram" in text  # named in Zoë's notes, kept with names
