"""Start from a data file, at scale (issue 20): the file is parsed a row at a time (no single
long call holding the GIL) and the rows go in with the full-text index filled once, not
rewritten for every row."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.storage.files import data_import
from peerjournal.storage.files.data_export import document_bytes, export_document
from peerjournal.storage.files.data_import import import_document, parse_json
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault
from peerjournal.storage.vault.migrations import MIGRATIONS
from tests.storage.conftest import NOW, PASSPHRASE


def _filled(journal: Journal) -> dict:
    ana = journal.add_person(Person(name="Ana"))
    for hours in range(1, 6):
        journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=hours), mood=3,
                                     feelings=("calm", "tired"), note=f"walk {hours}"))
        journal.add_contact(Contact(at=NOW - timedelta(hours=hours), person_ids=(ana.id,), note="tea"))
    return export_document(journal)


def test_the_document_parses_as_json_loads_would(journal):
    text = document_bytes(_filled(journal)).decode("utf-8")
    assert parse_json(text) == json.loads(text)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20)


@given(value=JSONISH, indent=st.sampled_from([None, 0, 1, 3]))
def test_any_json_parses_the_same(value, indent):
    text = json.dumps(value, indent=indent)
    assert parse_json(text) == json.loads(text)


@pytest.mark.parametrize("text", ["", "{", '{"a" 1}', '{"a": 1,}', "[1,]", '{"a": 1} x', "{1: 2}",
                                  '{"tables": {"t": {"rows": [1 2]}}}', '{"a": [1}'])
def test_what_json_loads_refuses_is_refused(text):
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        parse_json(text)


def _index_triggers(conn) -> int:  # type: ignore[no-untyped-def]
    """Triggers that keep either full-text index (the Timeline's and Search everything's)."""
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                        " AND (sql LIKE '%entry_text%' OR sql LIKE '%search_text%')").fetchone()[0]


def test_rows_go_in_with_the_index_triggers_set_aside_and_the_index_is_whole(
        journal, tmp_path, monkeypatch):
    document = _filled(journal)
    vault = create_vault(tmp_path / "copy.pjvault", PASSPHRASE, MIGRATIONS[: document["schema_version"]])
    triggers = _index_triggers(vault.conn)
    assert triggers > 0
    seen: list[int] = []
    real = data_import._replace_rows

    def replace(conn, name, *rows):  # type: ignore[no-untyped-def]
        seen.append(_index_triggers(conn))  # before: every row rewrote its entry's index row
        real(conn, name, *rows)

    monkeypatch.setattr(data_import, "_replace_rows", replace)
    try:
        import_document(document, vault)
        assert seen and set(seen) == {0}
        assert _index_triggers(vault.conn) == triggers  # put back as they were
        count = vault.conn.execute("SELECT count(*) FROM search_text_docsize WHERE (id & 15) IN (1, 2, 3)"
                                   ).fetchone()[0]
        assert count == 10  # five check-ins and five contacts, each indexed once
        # The journal's one index: the person once, her five contacts, the five notes.
        assert vault.conn.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH 'ana'").fetchone()[0] == 6
        assert vault.conn.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH 'walk'").fetchone()[0] == 5
    finally:
        vault.close()


def test_a_refused_file_puts_nothing_in_and_keeps_the_triggers(journal, tmp_path, monkeypatch):
    document = _filled(journal)
    document["tables"]["moods"]["rows"][0]["mood"] = 99  # broken CHECK rule, at insert time
    monkeypatch.setattr(data_import, "check_rows", lambda *_args, **_kw: None)  # past the checks
    vault = create_vault(tmp_path / "copy.pjvault", PASSPHRASE, MIGRATIONS[: document["schema_version"]])
    try:
        before = vault.conn.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
        with pytest.raises(data_import.DataFileError):
            import_document(document, vault)
        assert vault.conn.execute("SELECT count(*) FROM moods").fetchone()[0] == 0
        assert vault.conn.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == before
    finally:
        vault.close()


def test_each_row_is_its_own_short_decoding_step(journal, monkeypatch):
    """json.loads decoded the whole file in one call, holding the GIL (the window froze)."""
    text = document_bytes(_filled(journal)).decode("utf-8")
    spans: list[int] = []
    real = data_import._DECODER

    class Recording:
        def raw_decode(self, s: str, pos: int):  # type: ignore[no-untyped-def]
            value, end = real.raw_decode(s, pos)
            spans.append(end - pos)
            return value, end

    monkeypatch.setattr(data_import, "_DECODER", Recording())
    assert parse_json(text) == json.loads(text)
    rows = sum(len(t["rows"]) for t in json.loads(text)["tables"].values())
    assert len(spans) > rows and max(spans) < 2_000  # a row, a value or a name at a time


def test_a_file_from_before_the_one_index_fills_both_indexes_it_had(journal, tmp_path):
    """A file made at schema 15 goes into a vault of that age, which has the Timeline's own
    index too: the list of indexes comes from the vault module, so both are filled."""
    from peerjournal.storage.vault.migrations import _migration_16

    document = _filled(journal)
    document["schema_version"] = MIGRATIONS.index(_migration_16)  # 16 added no table of rows
    vault = create_vault(tmp_path / "copy.pjvault", PASSPHRASE, MIGRATIONS[: document["schema_version"]])
    try:
        import_document(document, vault)
        assert vault.conn.execute("SELECT count(*) FROM entry_text_docsize").fetchone()[0] == 10
        assert vault.conn.execute(
            "SELECT count(*) FROM search_text WHERE search_text MATCH 'ana'").fetchone()[0] == 6
    finally:
        vault.close()


def _rows(vault) -> dict[str, list]:  # type: ignore[no-untyped-def]
    return {name: vault.conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for name in ("moods", "mood_feelings", "people", "contacts", "contact_people")}


def test_a_file_read_as_it_goes_in_makes_the_same_journal(journal, tmp_path):
    document = _filled(journal)
    source = tmp_path / "all my data.json"
    source.write_bytes(document_bytes(document))
    whole = data_import.create_vault_from_data(tmp_path / "whole.pjvault", PASSPHRASE, source.read_bytes())
    streamed = data_import.create_vault_from_file(tmp_path / "streamed.pjvault", PASSPHRASE, source)
    try:
        assert _rows(streamed) == _rows(whole) and _rows(streamed)["moods"]
    finally:
        whole.close()
        streamed.close()


def test_the_file_is_never_held_whole_nor_more_than_a_batch_of_rows(journal, tmp_path, monkeypatch):
    """Start from a data file held the whole file and every row as dicts (~300 MB at 30 years,
    issue 20): now a chunk of its text and a batch of rows."""
    from peerjournal.storage.files import json_stream

    _filled(journal)
    for minutes in range(300):
        journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=1, minutes=minutes), mood=4, note="n" * 40))
    source = tmp_path / "all my data.json"
    source.write_bytes(document_bytes(export_document(journal)))
    streams: list[json_stream.JsonStream] = []
    batches: list[int] = []
    real_stream, real_rows = data_import.JsonStream, data_import._row_batches

    def recording_stream(*args, **kwargs):  # type: ignore[no-untyped-def]
        streams.append(real_stream(*args, chunk=1_024))
        return streams[-1]

    def recording_rows(*args):  # type: ignore[no-untyped-def]
        for batch in real_rows(*args):
            batches.append(len(batch))
            yield batch

    monkeypatch.setattr(data_import, "JsonStream", recording_stream)
    monkeypatch.setattr(data_import, "_row_batches", recording_rows)
    monkeypatch.setattr(data_import, "BATCH", 50)
    vault = data_import.create_vault_from_file(tmp_path / "copy.pjvault", PASSPHRASE, source)
    try:
        assert vault.conn.execute("SELECT count(*) FROM moods").fetchone()[0] == 305
    finally:
        vault.close()
    assert source.stat().st_size > 40 * 1_024
    assert streams[0].held_most < 3 * 1_024  # never the whole file
    assert batches and max(batches) <= 50 and sum(batches) > 305  # moods and the rest


@pytest.mark.parametrize("breaking", ["a bad row at the end", "cut short"])
def test_a_problem_late_in_the_file_leaves_no_journal(journal, tmp_path, breaking):
    document = _filled(journal)
    if breaking == "a bad row at the end":
        document["tables"]["moods"]["rows"][-1]["mood"] = "very good"
    data = document_bytes(document)
    source = tmp_path / "all my data.json"
    source.write_bytes(data if breaking != "cut short" else data[: len(data) * 3 // 4])
    folder_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(data_import.DataFileError) as info:
        data_import.create_vault_from_file(tmp_path / "copy.pjvault", PASSPHRASE, source)
    if breaking == "a bad row at the end":
        assert "Row 5 of the moods table" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == folder_before  # nothing left behind


def test_a_file_that_is_not_one_is_refused_before_anything_is_made(tmp_path):
    source = tmp_path / "notes.json"
    source.write_text('{"format": "something else", "tables": {}}')
    with pytest.raises(data_import.DataFileError):
        data_import.create_vault_from_file(tmp_path / "copy.pjvault", PASSPHRASE, source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]
