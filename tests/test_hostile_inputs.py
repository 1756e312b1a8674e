"""Outside data (keys people paste, backup files, settings and prompt state) never breaks us:
whatever comes in, only our own errors come out, and nothing is changed."""

from __future__ import annotations

import contextlib
import json
import shutil
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.prompts import PromptState, state_from_dict
from peerjournal.core.settings import AppSettings, settings_from_dict
from peerjournal.core.sharing.keys import new_identity, parse_identity, parse_recipient
from peerjournal.errors import PeerJournalError, UserError
from peerjournal.storage.files.backup import back_up, verify_backup
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault

PASSPHRASE = "hostile input passphrase"
_, PUBLIC = new_identity()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200) | st.builds(lambda a, b: a + PUBLIC + b, st.text(max_size=20), st.text(max_size=20)))
def test_pasted_keys_give_a_key_or_invalid_key(text):
    with contextlib.suppress(UserError):
        assert parse_recipient(text).startswith("age1")
    with contextlib.suppress(UserError):
        parse_identity(text)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_settings_and_prompt_state_from_anything(data):
    assert isinstance(settings_from_dict(data), AppSettings)
    assert isinstance(state_from_dict(data), PromptState)
    assert isinstance(settings_from_dict(json.loads(json.dumps({"prompts": data, "version": 1}))), AppSettings)


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    vault = create_vault(folder / "j.pjvault", PASSPHRASE)
    try:
        from peerjournal.core.records import MoodCheckIn

        Journal(vault).add_mood(MoodCheckIn(at=datetime.now(UTC), mood=3, note="x" * 3000))
        return back_up(vault, folder / "backups", now=datetime.now(UTC)).read_bytes()
    finally:
        vault.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_backups_are_refused_with_our_errors_and_left_alone(good_backup, tmp_path_factory, data):
    blob = bytearray(good_backup)
    kind = data.draw(st.sampled_from(["flip", "truncate", "append", "zero-page"]))
    if kind == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(blob) - 1))
            blob[i] ^= 1 << data.draw(st.integers(0, 7))
    elif kind == "truncate":
        blob = blob[: data.draw(st.integers(0, len(blob) - 1))]
    elif kind == "append":
        blob += data.draw(st.binary(min_size=1, max_size=5000))
    else:
        page = data.draw(st.integers(0, len(blob) // 4096 - 1))
        blob[page * 4096:(page + 1) * 4096] = bytes(4096)
    folder = tmp_path_factory.mktemp("mutated")
    path = folder / "journal-20260101-000000.pjbackup"
    path.write_bytes(bytes(blob))
    # Refused in plain words (or, for harmless changes such as appended bytes, accepted).
    with contextlib.suppress(PeerJournalError):
        verify_backup(path, PASSPHRASE)
    assert path.read_bytes() == bytes(blob)
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # nothing created beside it
    shutil.rmtree(folder)
