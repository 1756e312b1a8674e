"""Reading a jrnl JSON export: titles, bodies, local times, tags as activity names."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.imports.entries import ImportFormat, NotAnExport
from peerjournal.core.imports.jrnl import parse_jrnl
from peerjournal.errors import UserError
from tests.core.imports.fixtures import FIXTURES, local


def test_the_fixture_reads_every_entry_with_its_time_title_body_and_tags():
    export = parse_jrnl((FIXTURES / "jrnl.json").read_bytes())
    assert export.format is ImportFormat.JRNL
    assert [e.at for e in export.entries] == [local(2024, 3, 1, 9, 0), local(2024, 3, 2, 18, 30),
                                             local(2024, 3, 5, 21, 15)]
    first = export.entries[0]
    assert first.journal_note == "Called in sick.\n\nUsed the time to clean the house."
    assert first.activities == ("work",)
    assert export.entries[1].activities == ("sam", "work")
    assert export.entries[2].note == "Read a book.\nSlept early."
    summary = export.summary()
    assert summary.mood_names == ("no mood recorded",)
    assert export.suggested == {}  # jrnl has no moods: the person chooses


@pytest.mark.parametrize(("text", "words"), [
    ('{"entries": {"title": "x"}}', "list of “entries”"),
    ('[{"title": "x"}]', "list of “entries”"),
    ('{"entries": []}', "no entries"),
    ('{"entries": [{"title": "x", "date": "yesterday", "time": "09:00"}]}', "Entry 1 .*date"),
    ('{"entries": [{"title": 4, "date": "2024-03-01", "time": "09:00"}]}', "Entry 1 .*title"),
    ('{"entries": [{"title": "x", "date": "2024-03-01"', "cut off"),
])
def test_what_is_not_a_jrnl_export_is_refused_with_a_reason(text, words):
    with pytest.raises(NotAnExport, match=words):
        parse_jrnl(text.encode())


def test_a_file_in_another_encoding_is_refused():
    text = (FIXTURES / "jrnl.json").read_text().replace("Quiet", "Ruhiger Tag, schön")
    with pytest.raises(NotAnExport, match="UTF-8"):
        parse_jrnl(text.encode("utf-16"))


_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12))
_entry = st.dictionaries(st.sampled_from(["title", "body", "date", "time", "tags", "starred"]),
                         st.one_of(_scalar, st.lists(_scalar, max_size=3)), max_size=6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300),
                 st.lists(_entry, max_size=4).map(lambda es: json.dumps({"entries": es}).encode())))
def test_arbitrary_input_raises_nothing_but_user_errors(data):
    with contextlib.suppress(UserError):
        parse_jrnl(data)
