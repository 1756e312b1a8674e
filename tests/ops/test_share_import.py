"""ops.share_import: a share made for the supporter's key is read, opened and added to a new
person; something that is not a share file is refused before anything is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.options import ShareOptions
from peerjournal.errors import ShareError
from peerjournal.ops.share import prepare_share, save_share
from peerjournal.ops.share_import import import_opened, open_with_key, read_share
from tests.ops.conftest import NOW


def test_a_share_for_the_supporter_is_opened_and_added(journal, supporter_store, tmp_path):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=1), mood=4, note="kept out"))
    repo = journal.sharing
    secret, public = supporter_store.identity()
    today = to_local(NOW).date()
    prepared = prepare_share(journal, ShareOptions(start=today - timedelta(days=13), end=today,
                                                         sender_name="Sam"),
                             repo.add_supporter("Dev", public))
    path = save_share(journal, prepared, tmp_path / "sam.pjshare", at=NOW).path

    sealed = read_share(path)
    assert not sealed.needs_passphrase
    opened = open_with_key(sealed, secret, public)
    assert opened.document == prepared.document
    assert supporter_store.people() == []  # nothing stored until the import
    person = import_opened(supporter_store, opened, "Sam")
    assert [p.name for p in supporter_store.people()] == ["Sam"] and person.name == "Sam"


def test_not_a_share_file_is_refused(tmp_path, supporter_store):
    with pytest.raises(ShareError):
        read_share(tmp_path)  # a folder
    junk = tmp_path / "junk.pjshare"
    junk.write_bytes(b"not an age file")
    with pytest.raises(ShareError):
        read_share(junk)
    assert supporter_store.people() == []
