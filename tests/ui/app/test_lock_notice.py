"""What a lock could not keep: codes that carry no text of the person's, said in whole sentences."""

from __future__ import annotations

import errno

import sqlcipher3

from peerjournal.ui.app import lock_notice


def test_disk_full_is_recognised_from_sqlite_and_from_the_system():
    assert lock_notice.disk_full(sqlcipher3.OperationalError("database or disk is full"))
    assert lock_notice.disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not lock_notice.disk_full(sqlcipher3.OperationalError("database is locked"))
    assert not lock_notice.disk_full(RuntimeError("a bug"))
    try:  # SQLite's own rollback on SQLITE_FULL makes the ROLLBACK after it fail
        try:
            raise sqlcipher3.OperationalError("database or disk is full")
        except sqlcipher3.OperationalError:
            raise sqlcipher3.OperationalError("cannot rollback - no transaction is active") from None
    except sqlcipher3.OperationalError as masked:
        assert lock_notice.disk_full(masked)


def test_codes_say_what_and_why_never_the_error_s_words():
    full = sqlcipher3.OperationalError("database or disk is full")
    assert lock_notice.lost(lock_notice.TYPING, [RuntimeError("x"), full]) == "typing-full"
    assert lock_notice.lost(lock_notice.REMINDERS, [RuntimeError("secret words")]) == "reminders-failed"


def test_notice_in_whole_sentences(qapp):
    assert lock_notice.notice([]) == ""
    assert lock_notice.notice(["anything else", "--vault"]) == ""  # unknown codes say nothing
    text = lock_notice.notice(["reminders-failed", "typing-full"])
    assert text.startswith("Your journal is locked. Your unsaved typing could not be kept because the disk is full.")
    assert "reminders" in text and text.endswith("PeerJournal can save again.")
    assert lock_notice.notice(["typing-failed"]) == (
        "Your journal is locked. Your unsaved typing could not be kept because saving it did not work.")
