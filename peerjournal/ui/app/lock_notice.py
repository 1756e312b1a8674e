"""What a lock could not keep, said plainly afterwards on the unlock dialog.

A lock never waits for a save to work; what failed is noted as a short code of ours (never
the person's text, never an error's own words), so it can travel on the command line when
PeerJournal starts afresh at lock.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from peerjournal.i18n import QT_TRANSLATE_NOOP

TYPING = "typing"
"""Unsaved typing (drafts) could not be kept."""
REMINDERS = "reminders"
"""What the reminders had already shown could not be kept."""
DISK_FULL = "full"
FAILED = "failed"

SQLITE_FULL = 13
# SQLite's own words for SQLITE_FULL; they are never translated.
_FULL_WORDS = "database or disk is full"

_SENTENCES = {
    f"{TYPING}-{DISK_FULL}": QT_TRANSLATE_NOOP(
        "LockNotice", "Your unsaved typing could not be kept because the disk is full."),
    f"{TYPING}-{FAILED}": QT_TRANSLATE_NOOP(
        "LockNotice", "Your unsaved typing could not be kept because saving it did not work."),
    f"{REMINDERS}-{DISK_FULL}": QT_TRANSLATE_NOOP(
        "LockNotice", "Which reminders you had already seen could not be noted because the disk is full, "
                      "so one may come again."),
    f"{REMINDERS}-{FAILED}": QT_TRANSLATE_NOOP(
        "LockNotice", "Which reminders you had already seen could not be noted, so one may come again."),
}
LOCKED = QT_TRANSLATE_NOOP("LockNotice", "Your journal is locked.")
MAKE_ROOM = QT_TRANSLATE_NOOP(
    "LockNotice", "Once there is some free space on the disk, PeerJournal can save again.")


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc``, or an error it arose from, says the disk is full (SQLite's SQLITE_FULL,
    or the system's ENOSPC). SQLite rolls back by itself on SQLITE_FULL, so the error that
    reaches us can be the failed ROLLBACK after it ("no transaction is active")."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno == 28:  # ENOSPC
            return True
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and int(code) & 0xFF == SQLITE_FULL or _FULL_WORDS in str(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def lost(what: str, failures: Iterable[BaseException]) -> str:
    """The code for ``what`` that could not be kept, given why."""
    return f"{what}-{DISK_FULL if any(disk_full(exc) for exc in failures) else FAILED}"


def known(codes: Iterable[str]) -> tuple[str, ...]:
    """The codes this version can say, in a fixed order (anything else is dropped)."""
    wanted = set(codes)
    return tuple(code for code in _SENTENCES if code in wanted)


def notice(codes: Iterable[str]) -> str:
    """Whole translated sentences for the unlock dialog; "" when everything was kept."""
    said = known(codes)
    if not said:
        return ""
    words = [QCoreApplication.translate("LockNotice", LOCKED)]
    words += [QCoreApplication.translate("LockNotice", _SENTENCES[code]) for code in said]
    if any(code.endswith(DISK_FULL) for code in said):
        words.append(QCoreApplication.translate("LockNotice", MAKE_ROOM))
    return " ".join(words)
