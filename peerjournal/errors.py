"""Two kinds of error: those the person should see in plain words, and our bugs.

Messages go through translation (context ``"errors"``): fixed ones are marked with
``QT_TRANSLATE_NOOP`` and translated when the error is made, after the UI installed Qt's
translator.
"""

from peerjournal.i18n import QT_TRANSLATE_NOOP, translate


class PeerJournalError(Exception):
    """Base of every error PeerJournal raises on purpose."""


class UserError(PeerJournalError):
    """Something the person can understand and act on; its message is shown as is."""


class BugError(PeerJournalError):
    """Our mistake; shown as a generic apology, never with journal content."""


class ValidationError(UserError):
    """A record the person entered is not valid (empty name, mood out of range...)."""


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__(translate("errors", "That passphrase doesn't open this journal."))


class NotAVault(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(
            translate("errors", "The file {path} is not a PeerJournal journal, or it is damaged.").format(path=path)
        )


class NewerVaultVersion(UserError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(translate(
            "errors",
            "This journal was saved by a newer version of PeerJournal "
            "(format {found}; this version reads up to {supported}). "
            "Please update PeerJournal to open it. The journal has not been changed.",
        ).format(found=found, supported=supported))
        self.found = found
        self.supported = supported


class DiskProblem(UserError):
    """A write the disk refused; nothing was saved. ``message`` replaces the default words."""

    default = QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so this wasn't saved. Free some space on the disk, then try again.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("errors", self.default))


class DiskFull(DiskProblem):
    """The disk (or the person's quota) is full."""


class DiskFailed(DiskProblem):
    """The disk refused a write for another reason (an I/O error, a removed drive)."""

    default = QT_TRANSLATE_NOOP(
        "errors",
        "The disk could not be written to, so this wasn't saved. Check that the disk is "
        "still there and has free space, then try again.")


class VaultExists(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(translate("errors", "There is already a journal at {path}.").format(path=path))


class NotSqlCipher(BugError):
    """The database driver does not encrypt; refusing to write plaintext."""


class ShareError(UserError):
    """A shared file (``.pjshare``) or a supporter key that can't be used; the message says why."""

    default = QT_TRANSLATE_NOOP("errors", "This shared file can't be opened.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("errors", self.default))


class NotForYou(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file was made for someone else, so it can't be opened here.")


class DamagedShare(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file is damaged or incomplete (or it is not a PeerJournal shared file).")


class BadSignature(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file's signature doesn't match its content. It may have been changed on the way.")


class NewerShareFormat(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file was made by a newer version of PeerJournal. Please update to open it.")


class ShareTooLarge(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file is too large to be a PeerJournal shared file.")


class ShareTooCostly(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This passphrase-protected file asks for an unreasonable amount of work to open, so it was not opened.")


class InvalidShare(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file opened, but what is inside is not a valid PeerJournal share.")


class AlreadyImported(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "This file has already been imported. Nothing was added.")


class InvalidKey(ShareError):
    default = QT_TRANSLATE_NOOP("errors", "That is not a valid supporter key. A key starts with age1 and is 62 characters long.")


class DamagedVault(UserError):
    """A vault that fails its integrity checks; ``problems`` are SQLite's own words (no content)."""

    default = QT_TRANSLATE_NOOP(
        "errors",
        "This journal is damaged and can't be opened safely. "
        "Your newest good backup can be restored. The damaged file has not been changed.",
    )

    def __init__(self, path: object, problems: tuple[str, ...] | list[str] = ()) -> None:
        super().__init__(translate("errors", self.default))
        self.path = path
        self.problems = tuple(problems)


class DamagedBackup(DamagedVault):
    default = QT_TRANSLATE_NOOP("errors", "This backup is damaged and can't be used. Nothing was changed.")


class BackupInUse(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(translate(
            "errors",
            "The backup {path} seems to be open in another program, or it was not closed "
            "properly, so it can't be used as it is. Nothing was changed.",
        ).format(path=path))
        self.path = path


# -- replies from a supporter (``.pjreply``; docs/sharing-format.md, "Replies") ----------
class ReplyError(ShareError):
    """A supporter's reply file that can't be opened; nothing in the journal was changed."""

    default = QT_TRANSLATE_NOOP("errors", "This reply can't be opened. Nothing in your journal was changed.")


class ReplyNotForYou(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This reply was made for someone else's journal, so it can't be opened here. "
        "Nothing in your journal was changed.",
    )


class UnknownReplySigner(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This reply is signed by someone who is not one of your supporters, so it was not "
        "opened. Nothing in your journal was changed.",
    )


class TamperedReply(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This reply is damaged or incomplete, or it was changed on the way, so it was not "
        "opened. Ask your supporter to send it again. Nothing in your journal was changed.",
    )


class NewerReplyFormat(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This reply was made by a newer version of PeerJournal. Please update PeerJournal to "
        "open it. Nothing in your journal was changed.",
    )


class ReplyTooLarge(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This file is too large to be a reply from a supporter, so it was not opened. "
        "Nothing in your journal was changed.",
    )


class InvalidReply(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "This file opened, but what is inside is not a valid reply from a supporter. "
        "Nothing in your journal was changed.",
    )


class ReplyAlreadyOpened(ReplyError):
    default = QT_TRANSLATE_NOOP(
        "errors",
        "You have already opened this reply and decided on its suggestions, so nothing was "
        "added again. Your earlier choices are listed on the Sharing page.",
    )
