"""Start from a data file: every row is checked with the rules typed entries get; a bad row
refuses the whole file, named, before any journal is made, and never as a raw exception."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from peerjournal.demo.seed import seed_demo
from peerjournal.errors import UserError
from peerjournal.storage.files.data_export import document_bytes, export_document
from peerjournal.storage.files.data_import import DataFileError, create_vault_from_data
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault
from tests.storage.conftest import NOW, PASSPHRASE

NEW = "a new passphrase for the copy"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Any]:
    vault = create_vault(tmp_path_factory.mktemp("source") / "j.pjvault", PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        seed_demo(journal, NOW)
        return export_document(journal)
    finally:
        vault.close()


def refusal(document: dict[str, Any], target: Path) -> str:
    with pytest.raises(DataFileError) as caught:
        create_vault_from_data(target, NEW, document_bytes(document))
    assert not target.exists()  # nothing made, nothing left
    return str(caught.value)


def with_value(document: dict[str, Any], table: str, row: int, column: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["tables"][table]["rows"][row][column] = value
    return changed


@pytest.mark.parametrize(("table", "column", "value", "words"), [
    ("moods", "id", 2**63, "too large a number"),
    ("people", "archived", 2**70, "too large a number"),
    ("moods", "mood", -(2**64), "too large a number"),
    ("moods", "at_utc", "2026-13-45T10:00:00Z", "at_utc is not a valid time"),
    ("moods", "at_utc", "2026-06-01T10:00:00", "at_utc is not a valid time"),  # no time zone
    ("goals", "review_on", "2026-02-30", "review_on is not a valid date"),
    ("contacts", "mode", "telepathy", "mode is not one of the known choices"),
    ("resource_items", "domain", "informatinn", "domain is not one of the known choices"),  # a bit flipped
    ("people", "relationship", "nemesis", "relationship is not one of the known choices"),
    ("moods", "note", "x" * 5_000_000, "note is longer than 20,000 characters"),
    ("places", "name", "y" * 30_000, "name is longer than 20,000 characters"),
    ("moods", "mood", 3.5, "mood must be a whole number"),
    ("moods", "mood", 7, "mood"),
    ("contacts", "duration_min", 5000, "duration must be between"),
    ("people", "name", "   ", "name."),
    ("activities", "title", "", "what you did."),
    ("moods", "at_utc", "2999-01-01T00:00:00Z", "future"),
    ("feelings", "name", "z" * 61, "60"),
])
def test_a_bad_value_refuses_the_file_with_the_row_named(exported, tmp_path, table, column, value, words):
    rows = exported["tables"][table]["rows"]
    index = len(rows) - 1  # the last row: its number says which
    message = refusal(with_value(exported, table, index, column, value), tmp_path / "j.pjvault")
    assert f"Row {index + 1} of the {table} table" in message
    assert words in message
    assert "No journal was made" in message
    if isinstance(value, str) and len(value) > 100:
        assert value[:100] not in message  # the value itself is never repeated


def test_a_good_file_still_makes_the_same_journal(exported, tmp_path):
    vault = create_vault_from_data(tmp_path / "j.pjvault", NEW, document_bytes(exported))
    try:
        again = export_document(Journal(vault, clock=lambda: NOW))
        assert again["tables"] == exported["tables"]
    finally:
        vault.close()


# -- mutated rows: a named refusal, or a journal that reads back the same -------------------
VALUES = (
    st.integers(min_value=-(2**80), max_value=2**80)
    | st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 0, -1, 1441])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["telepathy", "2026-02-30", "2026-06-01T10:00:00Z", "1970-01-01T00:00:00Z",
                      "2999-01-01T00:00:00Z", "", " ", "x" * 25_000, "yes", "friend", "close"])
    | st.none()
)


def _flip(text: str, bit: int) -> str:
    raw = bytearray(text.encode("utf-8") or b"a")
    raw[bit // 8 % len(raw)] ^= 1 << (bit % 8)
    return raw.decode("utf-8", errors="replace")


def _as_sets(document: dict[str, Any]) -> dict[str, list[str]]:
    return {
        name: sorted(json.dumps(row, sort_keys=True) for row in table["rows"])
        for name, table in document["tables"].items() if name != "meta"
    }


def _reads_back(vault, document: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    journal = Journal(vault, clock=lambda: NOW)
    again = export_document(journal)
    assert _as_sets(again) == _as_sets(document)  # rows come out in key order: compare as sets
    # Everything the pages load reads without an error.
    journal.timeline()
    journal.people(include_archived=True)
    journal.moods_between(datetime(2000, 1, 1, tzinfo=UTC), NOW + timedelta(days=1))
    journal.goals.goals()
    journal.places.places()
    journal.resources.checks()
    journal.snapshots.snapshots()
    journal.plan.load()
    journal.sharing.history()
    journal.replies.history()


# No shrinking: each example makes a journal (about a second); a failure prints its draws.
@settings(max_examples=40, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_rows_are_refused_by_name_or_read_back_the_same(exported, tmp_path_factory, data):
    tables = [t for t, v in exported["tables"].items() if v["rows"] and t != "meta"]
    table = data.draw(st.sampled_from(sorted(tables)))
    rows = exported["tables"][table]["rows"]
    index = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.sampled_from(sorted(rows[index])))
    old = rows[index][column]
    if isinstance(old, str) and data.draw(st.booleans()):
        value: Any = _flip(old, data.draw(st.integers(0, 8 * 64)))
    else:
        value = data.draw(VALUES)
    document = with_value(exported, table, index, column, value)
    target = tmp_path_factory.mktemp("mutated") / "j.pjvault"
    try:
        vault = create_vault_from_data(target, NEW, document_bytes(document))
    except UserError as refused:
        assert isinstance(refused, DataFileError)
        assert not target.exists()
        return
    try:
        _reads_back(vault, document)
    finally:
        vault.close()


def test_people_not_placed_yet_make_the_round_trip(exported, tmp_path):
    """'Take all my data' then 'Start from a data file': an unset relationship and circle ("")
    come back unset, in people and in snapshots."""
    document = with_value(exported, "people", 0, "relationship", "")
    document = with_value(document, "people", 0, "closeness", "")
    if document["tables"]["network_snapshot_members"]["rows"]:
        document = with_value(document, "network_snapshot_members", 0, "closeness", "")
    vault = create_vault_from_data(tmp_path / "j.pjvault", NEW, document_bytes(document))
    try:
        journal = Journal(vault, clock=lambda: NOW)
        person = journal.get_person(document["tables"]["people"]["rows"][0]["id"])
        assert (person.relationship, person.closeness) == (None, None)
        assert export_document(journal)["tables"] == document["tables"]
    finally:
        vault.close()


def test_a_batch_is_checked_with_each_column_s_rules_found_once(exported, monkeypatch):
    """Thirty years of rows took 8.7 s to check, each value finding its rules anew and each
    entry asking the clock what "now" is (issue 20): a batch now asks once, and a known choice
    is seen in the column's set of choices without building the choice."""
    from peerjournal.core import records
    from peerjournal.storage.files import data_rows

    clock_asked: list[int] = []
    real_now = records.utc_now
    monkeypatch.setattr(records, "utc_now", lambda: clock_asked.append(1) or real_now())
    chosen: list[str] = []
    real_choice = data_rows._choice
    monkeypatch.setattr(data_rows, "_choice", lambda *a: chosen.append(a[1]) or real_choice(*a))
    table = exported["tables"]["contacts"]
    rows = table["rows"] * (50 // len(table["rows"]) + 1)
    assert len(rows) >= 50
    schema = data_rows.schema_at(exported["schema_version"])
    data_rows.check_rows("contacts", rows, {c: schema["contacts"][c] for c in table["columns"]})
    assert clock_asked == [] and chosen == []
    # And an unknown choice is still refused, named.
    bad = [*rows[:3], {**rows[3], "mode": "telepathy"}]
    with pytest.raises(UserError, match="Row 4 of the contacts table.*mode is not one of the known"):
        data_rows.check_rows("contacts", bad, {c: schema["contacts"][c] for c in table["columns"]})
