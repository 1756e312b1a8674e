"""Property tests: whatever is done to a real file, only ShareError comes out."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.sharing.agefile import MAGIC, read_header
from peerjournal.core.sharing.options import Section
from peerjournal.core.sharing.package import open_share, seal, seal_with_passphrase
from peerjournal.core.sharing.validate import validate_document
from peerjournal.errors import DamagedShare, InvalidShare, NewerShareFormat, ShareError
from tests.core.sharing.conftest import Keys

# The autouse time-zone fixture is per test, not per example; that is fine here.
FUZZ = settings(
    max_examples=200, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def pool(keys: Keys) -> dict[str, Any]:
    a = keys.document(include_notes=True)
    b = keys.document(sections=frozenset({Section.SUMMARY, Section.MOODS}))
    other = keys.document(recipient=keys.other_public)
    phrase = keys.document(recipient="passphrase", sections=frozenset({Section.SUMMARY}))
    files = [
        seal(a, keys.signing, keys.public),
        seal(b, keys.signing, keys.public),
        seal(other, keys.signing, keys.other_public),
        seal_with_passphrase(phrase, keys.signing, "pw"),
    ]
    return {"files": files, "documents": [a, b]}


@st.composite
def mutations(draw: st.DrawFn, files: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(files)))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "splice"]))
        if op == "truncate":
            del data[draw(st.integers(0, len(data))):]
        elif op == "flip" and data:
            data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            at = draw(st.integers(0, len(data)))
            del data[at:draw(st.integers(at, min(len(data), at + 64)))]
        elif op == "splice":
            other = draw(st.sampled_from(files))
            data = data[:draw(st.integers(0, len(data)))] + other[draw(st.integers(0, len(other))):]
    return bytes(data)


@FUZZ
@given(draw=st.data())
def test_mutated_files_only_raise_share_errors(keys, pool, draw):
    data = draw.draw(mutations(pool["files"]), label="file")
    try:
        opened = open_share(data, identity=keys.secret)
    except ShareError:
        return
    # Only an unchanged file (a no-op mutation) may open, and then exactly as sealed.
    assert data in pool["files"]
    assert opened.document in pool["documents"]


@FUZZ
@given(rest=st.binary(max_size=300))
def test_any_header_is_read_or_called_damaged(rest):
    with contextlib.suppress(DamagedShare):
        read_header(MAGIC + rest)


@FUZZ
@given(lines=st.lists(st.sampled_from([
    b"-> X25519 abc", b"-> scrypt c2FsdA 18", b"-> scrypt c2FsdA 22", b"-> a", b"-> ", b"",
    b"A" * 64, b"A" * 10, b"--- mac", b"---", b"->  x",
]), max_size=8))
def test_headers_from_pieces(lines):
    data = MAGIC + b"\n".join(lines) + b"\n"
    try:
        header = read_header(data)
    except DamagedShare:
        return
    if header.is_passphrase:
        assert len(header.stanzas) == 1 and header.work_factor in (18, 22)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += paths(item, (*prefix, i))
    return found


@pytest.fixture(scope="module")
def sample(keys: Keys) -> dict[str, Any]:
    return keys.document(include_notes=True)


@FUZZ
@given(draw=st.data(), value=JSON, delete=st.booleans())
def test_any_value_anywhere_is_valid_or_invalid_share(sample, draw, value, delete):
    path = draw.draw(st.sampled_from(paths(sample)[1:]), label="path")
    changed = copy.deepcopy(sample)
    target = changed
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    try:
        validate_document(changed)
    except (InvalidShare, NewerShareFormat):
        return
    json.dumps(changed, allow_nan=False)  # whatever passed is plain JSON
