"""Two kinds of error: the person's (shown as is) and ours (a bug)."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerjournal.errors import (
    BugError,
    NewerVaultVersion,
    NotAVault,
    NotSqlCipher,
    PeerJournalError,
    UserError,
    ValidationError,
    VaultExists,
    WrongPassphrase,
)
from peerjournal.storage.journal import NotFound


@pytest.mark.parametrize(
    "error",
    [
        ValidationError("Please give a name."),
        WrongPassphrase(),
        NotAVault(Path("/x/journal.pjvault")),
        NewerVaultVersion(3, 1),
        VaultExists(Path("/x/journal.pjvault")),
        NotFound("contact"),
    ],
)
def test_user_errors_are_user_errors_not_bugs(error):
    assert isinstance(error, UserError)
    assert isinstance(error, PeerJournalError)
    assert not isinstance(error, BugError)
    assert str(error)[0].isupper()
    assert str(error).endswith(".")


def test_not_sqlcipher_is_a_bug():
    assert issubclass(NotSqlCipher, BugError)
    assert not issubclass(NotSqlCipher, UserError)


def test_messages():
    assert str(WrongPassphrase()) == "That passphrase doesn't open this journal."
    assert "/x/j.pjvault" in str(NotAVault(Path("/x/j.pjvault")))
    assert "/x/j.pjvault" in str(VaultExists("/x/j.pjvault"))
    newer = NewerVaultVersion(4, 2)
    assert (newer.found, newer.supported) == (4, 2)
    assert "format 4" in str(newer) and "up to 2" in str(newer)
    assert "not been changed" in str(newer)
    assert str(NotFound("check-in")) == "That check-in is no longer in the journal."
