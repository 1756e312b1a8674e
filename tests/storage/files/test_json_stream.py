"""The JSON text of a large file read piece by piece: the same values as json.loads, whatever
the chunk size (a value, a number or a character cut between two chunks)."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerjournal.storage.files.json_stream import JsonStream

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20)


def _items(data: bytes, chunk: int) -> list[Any]:
    """The items of a top-level array, each read with ``value()``."""
    stream = JsonStream(io.BytesIO(data), limit=len(data) + 10, chunk=chunk)
    stream.take("[")
    items, first = [], True
    while stream.next_item("]", first):
        first = False
        items.append(stream.value())
    assert stream.at_end()
    return items


@given(values=st.lists(JSONISH, max_size=6), chunk=st.integers(1, 9), indent=st.sampled_from([None, 1]),
       bom=st.booleans())
def test_any_items_read_as_json_loads_reads_them(values, chunk, indent, bom):
    data = json.dumps(values, indent=indent, ensure_ascii=False).encode("utf-8")
    assert _items(b"\xef\xbb\xbf" + data if bom else data, chunk) == json.loads(data)


def test_a_number_cut_by_a_chunk_is_read_whole():
    assert _items(b"[12345, 678]", chunk=3) == [12345, 678]


@pytest.mark.parametrize("data", [b"[1 2]", b"[1,]", b'["a]', b"[tru]", b"[1", b"\xff[1]"])
def test_what_is_not_json_is_refused(data):
    with pytest.raises(ValueError):
        _items(data, chunk=2)


def test_it_holds_a_few_chunks_not_the_file():
    data = json.dumps([{"row": n, "note": "x" * 50} for n in range(5_000)]).encode("utf-8")
    stream = JsonStream(io.BytesIO(data), limit=len(data), chunk=1_000)
    stream.take("[")
    first = True
    while stream.next_item("]", first):
        first = False
        stream.value()
    assert stream.held_most < 2_100  # what was left of one chunk and the next


def test_a_file_longer_than_the_limit_is_refused():
    stream = JsonStream(io.BytesIO(b"[" + b"1," * 100 + b"1]"), limit=50, chunk=16)
    first = True
    with pytest.raises(ValueError):
        stream.take("[")
        while stream.next_item("]", first):
            first = False
            stream.value()
    assert stream.too_large and not first
