"""One encrypted SQLCipher 4 database file: create, open, rekey, transactions, close.

Opening never changes a file it cannot open: a wrong passphrase, a file that is
not a vault, or a vault from a newer version is refused before anything is written.
A vault is of one kind, a person's journal or a supporter's vault; each kind has its
own migration list, and :func:`open_vault` finds the kind before migrating anything.
A vault left without a clean close is checked before it is opened (see
:mod:`peerjournal.storage.vault.integrity`); a damaged one is refused, unchanged.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlcipher3

from peerjournal.errors import (
    BugError,
    DamagedVault,
    NewerVaultVersion,
    NotAVault,
    NotSqlCipher,
    UserError,
    VaultExists,
    WrongPassphrase,
)
from peerjournal.i18n import translate
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.vault import integrity
from peerjournal.storage.vault.disk import disk_error
from peerjournal.storage.vault.keying import apply_key, check_new_passphrase
from peerjournal.storage.vault.migrations import MIGRATIONS, Migration
from peerjournal.storage.vault.rekey import check_room_for_rekey, rekey_failed

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
DatabaseError = sqlcipher3.DatabaseError
SQLITE_CORRUPT = 11

JOURNAL = "journal"
SUPPORTER = "supporter"
KIND_MIGRATIONS: dict[str, Sequence[Migration]] = {
    JOURNAL: MIGRATIONS,
    SUPPORTER: SUPPORTER_MIGRATIONS,
}


class UnknownVaultKind(UserError):
    def __init__(self, kind: str) -> None:
        super().__init__(translate(
            "vault",
            "This file is a kind of PeerJournal file this version doesn't know ({kind}). "
            "Please update PeerJournal to open it. The file has not been changed.",
        ).format(kind=repr(kind)))
        self.kind = kind


class WrongVaultKind(UserError):
    def __init__(self, found: str, expected: str) -> None:
        names = {JOURNAL: "a journal", SUPPORTER: "a supporter vault"}
        super().__init__(
            f"This file is {names.get(found, found)}, not {names.get(expected, expected)}. "
            "It has not been changed."
        )
        self.found = found
        self.expected = expected


class Vault:
    """An open, unlocked vault. Use :func:`create_vault` / :func:`open_vault`.

    ``kind`` is ``"journal"`` (a person's journal) or ``"supporter"`` (a supporter vault).
    ``unclean`` is true when the last session had not closed the vault (it was then
    checked and found sound before opening), for the UI to mention.
    """

    def __init__(
        self, path: Path, conn: sqlcipher3.Connection, kind: str = JOURNAL, *, unclean: bool = False
    ) -> None:
        self.path = path
        self.kind = kind
        self.unclean = unclean
        self._conn: sqlcipher3.Connection | None = conn
        self._depth = 0
        self._lock = threading.RLock()

    # -- connection ------------------------------------------------------
    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise BugError("The journal is locked.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        """Checkpoint the WAL into the main file and drop the connection (and its key)."""
        if self._conn is None:
            return
        with suppress(DatabaseError):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One user action: commits on success, rolls back on any error. Re-entrant.

        A full or failing disk, in any statement or in the commit, leaves the outermost
        transaction as a :class:`~peerjournal.errors.DiskProblem` (a ``UserError`` every
        caller already shows), after rolling back: nothing of the action was saved.
        """
        with self._lock:
            conn = self.conn
            outermost = self._depth == 0
            if outermost:
                _said_plainly(conn, "BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield conn
            except BaseException as exc:
                self._depth -= 1
                if outermost:
                    _roll_back(conn)
                    said = disk_error(exc) if isinstance(exc, DatabaseError) else None
                    if said is not None:
                        raise said from exc
                raise
            self._depth -= 1
            if outermost:
                try:
                    _said_plainly(conn, "COMMIT")
                except BaseException:
                    _roll_back(conn)  # SQLite may keep a transaction open after a failed commit
                    raise

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- passphrase ------------------------------------------------------
    def change_passphrase(self, current: str, new: str) -> None:
        """Re-encrypt the vault with ``new``; ``current`` must open it.

        A rekey that fails (a full disk, most often) leaves the file as it was, with the
        ``current`` passphrase, but SQLCipher leaves this connection keyed with ``new``
        ("file is not a database" on every read): the connection is replaced by one that
        opens with ``current``, and the error says the passphrase is unchanged.
        """
        check_new_passphrase(new)
        probe = _connect(self.path)
        try:
            _unlock(probe, self.path, current)
        finally:
            probe.close()
        with self._lock:
            check_room_for_rekey(self.conn, self.path)
            try:
                apply_key(self.conn, new, "rekey")
                # Prove the rekey took before telling the person it did.
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DatabaseError as exc:
                if self._reconnect(current, new) == new:
                    return  # it did take after all: the file opens with the new passphrase
                raise rekey_failed(exc) from exc

    def _reconnect(self, *passphrases: str) -> str:
        """Replace the connection with a fresh one, keyed with the first of ``passphrases``
        that opens the file; return that passphrase."""
        old = self.conn
        for passphrase in passphrases:
            try:
                conn = _connect(self.path)
            except DatabaseError:
                continue
            try:
                _unlock(conn, self.path, passphrase)
                _configure(conn)
            except (UserError, DatabaseError):
                conn.close()
                continue
            # The new connection is opened first, so closing the old one (keyed wrongly)
            # is not the last close of the file and checkpoints nothing.
            self._conn = conn
            with suppress(DatabaseError):
                old.close()
            return passphrase
        raise UserError(translate(
            "vault", "The passphrase change could not be finished, and the journal can't be "
            "read right now. Lock it and unlock it again with your current passphrase."))


def _roll_back(conn: sqlcipher3.Connection) -> None:
    """Roll back what is still open; after a full disk SQLite may have done so itself."""
    if conn.in_transaction:
        with suppress(DatabaseError):
            conn.execute("ROLLBACK")


def _said_plainly(conn: sqlcipher3.Connection, sql: str) -> None:
    """Run a statement with no result; a full or failing disk becomes a plain error."""
    try:
        conn.execute(sql)
    except DatabaseError as exc:
        said = disk_error(exc)
        if said is None:
            raise
        raise said from exc


def _connect(path: Path, *, read_only: bool = False) -> sqlcipher3.Connection:
    """A connection that is sure to encrypt; ``read_only`` also promises SQLite writes nothing
    (immutable: no -wal/-shm beside the file), for looking at backups."""
    if read_only:
        uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        conn.close()
        raise NotSqlCipher("The database driver has no encryption; refusing to continue.")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _unlock(
    conn: sqlcipher3.Connection,
    path: Path,
    passphrase: str,
    *,
    damaged: Callable[[Path, list[str]], UserError] = DamagedVault,
    unreadable: Callable[[Path], UserError] | None = None,
) -> None:
    """Key the connection and prove the key by reading; classify failures.

    ``damaged`` builds the error for a right passphrase on a damaged file, ``unreadable``
    the one for a file the key doesn't open (backups are judged a little differently).
    """
    try:
        # An empty passphrase already fails here ("PRAGMA key requires a key").
        apply_key(conn, passphrase)
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        if _error_code(exc) == SQLITE_CORRUPT:
            # Page 1 decrypted and authenticated, so the key is right: the file is damaged
            # (a wrong key, or a damaged page 1, is "file is not a database" instead).
            raise damaged(path, [str(exc)]) from None
        raise (unreadable or _classify_unreadable)(path) from None


def _error_code(exc: BaseException) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _check_after_crash(path: Path, passphrase: str) -> None:
    """The last session didn't close the vault: check a recovered private copy first."""

    def open_copy(copy: Path) -> sqlcipher3.Connection:
        conn = _connect(copy)
        try:
            _unlock(conn, path, passphrase)  # the copy has the vault's bytes; name the vault
        except BaseException:
            conn.close()
            raise
        return conn

    problems = integrity.check_after_crash(path, open_copy)
    if problems:
        raise DamagedVault(path, problems)


def _classify_unreadable(path: Path) -> UserError:
    """A file SQLCipher can't read is either a vault with another key or not a vault."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        return NotAVault(path)
    if size == 0 or size % 512 or header == PLAIN_SQLITE_HEADER:
        return NotAVault(path)
    return WrongPassphrase()


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")


def _stored_kind(conn: sqlcipher3.Connection) -> str | None:
    """The kind written in ``meta``; ``None`` when there is no ``meta`` table yet.

    Journals made before journal migration 3 have ``meta`` but no ``kind`` row: journals.
    Read-only, so it is safe before a vault is known to be one we may migrate.
    """
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()
    return str(row[0]) if row else JOURNAL


def _migrations_for(
    kind: str | None, migrations: Sequence[Migration] | None
) -> Sequence[Migration]:
    """The migration list to bring this vault up to date with; refuse a mismatch."""
    if kind is not None and kind not in KIND_MIGRATIONS:
        raise UnknownVaultKind(kind)
    if migrations is None:
        return KIND_MIGRATIONS[kind or JOURNAL]
    if kind is not None:
        # An explicit list that is another kind's own list would build the wrong schema.
        for other, steps in KIND_MIGRATIONS.items():
            if migrations is steps and other != kind:
                raise WrongVaultKind(kind, other)
    return migrations


def migrate(conn: sqlcipher3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the missing migrations in order, each in its own transaction; return the new version."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > len(migrations):
        raise NewerVaultVersion(current, len(migrations))
    for number in range(current, len(migrations)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrations[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return len(migrations)


def create_vault(
    path: Path | str, passphrase: str, migrations: Sequence[Migration] = MIGRATIONS
) -> Vault:
    """Make a new vault file, owner-only, in a folder created owner-only if needed."""
    path = Path(path)
    check_new_passphrase(passphrase)
    if path.exists():
        raise VaultExists(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Create the file 0600 before SQLite does (SQLite would follow the umask);
    # the -wal and -shm files copy the main file's mode.
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise VaultExists(path) from None
    os.close(fd)
    conn = None
    try:
        conn = _connect(path)
        apply_key(conn, passphrase)
        conn.execute("PRAGMA cipher_compatibility = 4")
        _configure(conn)
        migrate(conn, migrations)
        kind = _stored_kind(conn) or JOURNAL
    except BaseException:
        if conn is not None:
            conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return Vault(path, conn, kind)


def open_vault(
    path: Path | str, passphrase: str, migrations: Sequence[Migration] | None = None
) -> Vault:
    """Unlock an existing vault, find its kind, then bring its schema up to date.

    With ``migrations=None`` the list is the one of the kind found in the vault; an
    explicit list is for tests (or a caller that must insist on one kind).
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(translate("vault", "There is no journal at {path}.").format(path=path))
    if path.stat().st_size == 0:
        # SQLite reads an empty file as an empty database, which would then become a vault.
        raise NotAVault(path)
    # Decided before SQLite opens the file: opening recovers the WAL, closing removes it.
    unclean = integrity.was_unclean(path)
    if unclean:
        _check_after_crash(path, passphrase)
    conn = _connect(path)
    try:
        _unlock(conn, path, passphrase)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            # Some other program's encrypted database that happens to share the passphrase:
            # never build a journal inside it.
            raise NotAVault(path)
        try:
            found = _stored_kind(conn)
        except DatabaseError:
            # A ``meta`` table that isn't ours (no key/value columns).
            raise NotAVault(path) from None
        steps = _migrations_for(found, migrations)
        if version > len(steps):
            raise NewerVaultVersion(version, len(steps))
        _configure(conn)
        migrate(conn, steps)
        kind = _stored_kind(conn) or JOURNAL
    except BaseException:
        conn.close()
        raise
    return Vault(path, conn, kind, unclean=unclean)
