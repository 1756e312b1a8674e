"""The bad-day copy outside the vault: off by default, only the ticked parts, owner-only, removed when off."""

from __future__ import annotations

import stat

from peerjournal.demo.seed import seed_demo
from peerjournal.storage.support_plan_copy import (
    CopyChoice,
    copy_path,
    load_choice,
    read_copy,
    refresh_copy,
    save_choice,
)
from tests.storage.conftest import NOW


def test_off_by_default_and_no_file(journal):
    assert load_choice(journal) == CopyChoice(on=False, parts=("crisis",))
    refresh_copy(journal)
    assert not copy_path(journal.vault.path).exists()


def test_the_copy_holds_only_the_ticked_parts(journal):
    seed_demo(journal, NOW, days=30)
    save_choice(journal, CopyChoice(on=True, parts=("crisis",)))
    path = copy_path(journal.vault.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    sections = read_copy(path)
    assert sections is not None
    headings = [s.heading for s in sections]
    assert "What helps me" in headings and "Services and helplines" in headings
    assert "Reasons that matter to me" not in headings  # not ticked
    text = path.read_text(encoding="utf-8")
    plan = journal.plan.load()
    assert all(line in text for line in plan.what_helps)
    assert "Priya" in text and "Nadia" in text
    # Nothing else of the journal: no other part, no entry's note, no person's notes.
    for line in (*plan.reasons, *plan.keep_well, *plan.triggers):
        assert line not in text
    notes = [row.note for row in journal.timeline() if len(row.note) > 12]
    assert notes and not any(note in text for note in notes)
    for person in journal.people(include_archived=True):
        if person.notes:
            assert person.notes not in text
    assert "Says I can text any time" not in text


def test_the_copy_follows_the_plan_and_goes_when_switched_off(journal):
    seed_demo(journal, NOW, days=14)
    save_choice(journal, CopyChoice(on=True, parts=("reasons",)))
    path = copy_path(journal.vault.path)
    journal.plan.save(journal.plan.load().__class__(reasons=("A new reason",)))
    refresh_copy(journal)
    (section,) = read_copy(path) or ()
    assert section.items == ("A new reason",)
    save_choice(journal, CopyChoice(on=False, parts=("reasons",)))
    assert not path.exists()
    assert load_choice(journal).parts == ("reasons",)


def test_a_broken_copy_reads_as_none(tmp_path):
    path = tmp_path / "x.json"
    assert read_copy(path) is None
    path.write_text("{not json")
    assert read_copy(path) is None
    path.write_text('{"sections": [{"heading": "H", "items": ["a", 3]}, "junk"]}')
    (section,) = read_copy(path) or ()
    assert section.items == ("a",)


def test_paired_parts_show_each_sign_with_its_response(journal):
    seed_demo(journal, NOW, days=3)
    save_choice(journal, CopyChoice(on=True, parts=("early",)))
    sections = read_copy(copy_path(journal.vault.path))
    assert sections is not None
    (section,) = sections
    plan = journal.plan.load()
    assert section.items == tuple(f"{s} → {r}" for s, r in plan.items("early_signs"))
