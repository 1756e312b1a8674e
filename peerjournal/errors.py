"""Two kinds of error: those the person should see in plain words, and our bugs."""


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
        super().__init__("That passphrase doesn't open this journal.")


class NotAVault(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"The file {path} is not a PeerJournal journal, or it is damaged."
        )


class NewerVaultVersion(UserError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            "This journal was saved by a newer version of PeerJournal "
            f"(format {found}; this version reads up to {supported}). "
            "Please update PeerJournal to open it. The journal has not been changed."
        )
        self.found = found
        self.supported = supported


class VaultExists(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(f"There is already a journal at {path}.")


class NotSqlCipher(BugError):
    """The database driver does not encrypt; refusing to write plaintext."""
