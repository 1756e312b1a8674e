"""One encrypted SQLCipher 4 database file: create, open, rekey, transactions, close.

Opening never changes a file it cannot open: a wrong passphrase, a file that is
not a vault, or a vault from a newer version is refused before anything is written.
A vault is of one kind, a person's journal or a supporter's vault; each kind has its
own migration list, and :func:`open_vault` finds the kind before migrating anything.
A vault left without a clean close is checked before it is opened (see
:mod:`peerjournal.storage.vault.integrity`); a damaged one is refused, unchanged. A vault
closed cleanly has every page's HMAC checked right after unlocking (the app's unlock leaves
that to a worker once the window is shown, :mod:`.page_check`), so a flipped byte is said at
once, never met later as "database disk image is malformed".

Committed data is kept where page authentication protects it: every commit is followed by
a ``wal_checkpoint(TRUNCATE)``, because SQLite silently drops ``-wal`` frames after one
that fails its checksum (SECURITY.md, item 19). A new vault is built under a temporary
name and renamed into place when complete (:mod:`peerjournal.storage.vault.unfinished`).
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
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.vault import integrity, pages, unfinished
from peerjournal.storage.vault.atomic import _fsync_folder
from peerjournal.storage.vault.disk import disk_error
from peerjournal.storage.vault.keying import (
    SALT_SIZE,
    apply_key,
    check_new_passphrase,
    derive_key,
    raw_key_pragma,
)
from peerjournal.storage.vault.migrations import MIGRATIONS, Migration
from peerjournal.storage.vault.page_check import PageCheck, hmac_key_from, salt_of
from peerjournal.storage.vault.rekey import check_room_for_rekey, rekey_failed

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
DatabaseError = sqlcipher3.DatabaseError
SQLITE_CORRUPT = 11
READER_WAIT_S = 5.0  # how long a close waits for a backup to let go of its connection

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


class DamagedFirstPage(DamagedVault):
    """The passphrase is proven right by later pages, but page 1 fails: not a wrong passphrase."""

    default = QT_TRANSLATE_NOOP(
        "errors",
        "Your passphrase is right, but the beginning of the journal file is damaged, so it "
        "can't be opened. Your newest good backup can be restored. The damaged file has not "
        "been changed.",
    )


class Vault:
    """An open, unlocked vault. Use :func:`create_vault` / :func:`open_vault`.

    ``kind`` is ``"journal"`` (a person's journal) or ``"supporter"`` (a supporter vault).
    ``unclean`` is true when the last session had not closed the vault (it was then
    checked and found sound before opening), for the UI to mention. ``page_check`` is the
    check of every page still to run (``open_vault(..., check_pages_later=True)``), or None.
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
        self.page_check: PageCheck | None = None
        # A second connection for the daily backup (issue 20), keyed at unlock; see backup_reader.
        self._reader: sqlcipher3.Connection | None = None
        self._reader_lock = threading.Lock()
        # The derived key's statement, for a connection of its own later ("Back up now" in a
        # worker, issue 20); wiped at close, dropped at a passphrase change. None: none at hand.
        self._key: bytearray | None = None

    # -- connection ------------------------------------------------------
    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise BugError("The journal is locked.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def backup_reader(self) -> sqlcipher3.Connection | None:
        """A connection of its own for the daily backup, opened at unlock when one is due
        (``open_vault(..., reader_if=...)``), so the export never holds :attr:`conn` (issue 20).
        ``None`` when there is none: the backup then goes through :attr:`conn`."""
        return self._reader

    @contextmanager
    def backup_reader_in_use(self) -> Iterator[sqlcipher3.Connection | None]:
        """:attr:`backup_reader` held for one backup: it is not closed under it meanwhile
        (closing a connection another thread is using can crash the process)."""
        with self._reader_lock:
            yield self._reader

    @property
    def has_key_at_hand(self) -> bool:
        """Whether :meth:`open_second_connection` has a key to open one with."""
        return self._key is not None and self._conn is not None

    def open_second_connection(self) -> sqlcipher3.Connection | None:
        """A new connection to this vault keyed with the key unlocking derived (no second
        derivation), for a worker's work of its own; the caller closes it. ``None`` when no key
        is at hand (a vault opened without ``check_pages_later``, or after a passphrase change)
        or it won't open: the work then goes through :attr:`conn`, on its thread."""
        key = self._key
        if key is None or self._conn is None:
            return None
        return _open_reader(self.path, key.decode("ascii"))

    def _forget_key(self) -> None:
        key, self._key = self._key, None
        if key is not None:
            key[:] = bytes(len(key))  # a bytearray can be wiped, unlike a str

    def drop_backup_reader(self) -> None:
        """Close the backup's connection (and its key) once the backup is done or stopped, then
        move what was committed meanwhile into the main file. Safe to call more than once; if
        a backup still uses it (a lock that could not stop it in time), that backup's own
        :func:`~peerjournal.ops.backup.daily_backup` closes it when it ends."""
        if not self._reader_lock.acquire(timeout=READER_WAIT_S):
            return
        try:
            reader, self._reader = self._reader, None
            if reader is not None:
                with suppress(DatabaseError):
                    reader.close()
        finally:
            self._reader_lock.release()
        if reader is None:
            return
        with self._lock:
            if self._conn is not None and not self._conn.in_transaction:
                checkpoint(self._conn)

    @property
    def can_open_apart(self) -> bool:
        """Whether :meth:`open_apart` has a key to open a connection with."""
        return self.has_key_at_hand

    def open_apart(self) -> sqlcipher3.Connection | None:
        """A connection of its own to this vault, for one bulk change in a worker that must not
        hold :attr:`conn` (a contacts import, issue 20); the caller closes it. None when unlocking
        kept no key (the change then runs on :attr:`conn`) or the vault is closed."""
        conn = self.open_second_connection()
        if conn is not None:
            _configure(conn)  # foreign keys (links go with a person), durability, secure delete
        return conn

    def close(self) -> None:
        """Checkpoint the WAL into the main file and drop the connection (and its key)."""
        self._forget_key()
        self.drop_backup_reader()
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
                # While the backup reads its snapshot, a full checkpoint would wait for it.
                if self._reader is None:
                    checkpoint(conn)
                else:
                    checkpoint(conn, wait=False)

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
        self._forget_key()  # it will no longer open the file
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


def checkpoint(conn: sqlcipher3.Connection, *, wait: bool = True) -> None:
    """Move committed frames from the ``-wal`` into the main file and empty the ``-wal``.

    In the ``-wal`` a flipped byte silently drops the frame and every one after it; in the
    main file each page has its HMAC. The commit already happened, so a checkpoint that
    fails (a full disk, say) is not the save failing: the frames stay in the ``-wal`` and
    the next commit, or the close, tries again. ``wait=False``: while another connection
    reads (the backup), don't wait for it (SQLite would, up to the busy timeout); what it
    still needs stays in the ``-wal`` until :meth:`Vault.drop_backup_reader`.
    """
    with suppress(DatabaseError):
        if wait:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return
        timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.execute(f"PRAGMA busy_timeout = {timeout:d}")


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
    key_statement: str | None = None,
) -> None:
    """Key the connection and prove the key by reading; classify failures.

    ``damaged`` builds the error for a right passphrase on a damaged file, ``unreadable``
    the one for a file the key doesn't open (backups are judged a little differently).
    ``key_statement``, when given, keys with a key derived from ``passphrase`` already.
    """
    try:
        # An empty passphrase already fails here ("PRAGMA key requires a key").
        if key_statement is None:
            apply_key(conn, passphrase)
        else:
            conn.executescript(key_statement)  # not kept in the statement cache
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        if _error_code(exc) == SQLITE_CORRUPT:
            # Page 1 decrypted and authenticated, so the key is right: the file is damaged
            # (a wrong key, or a damaged page 1, is "file is not a database" instead).
            raise damaged(path, [str(exc)]) from None
        if unreadable is not None:
            raise unreadable(path) from None
        error = _classify_unreadable(path)
        # With frames in a -wal, SQLite reads page 1 from there and the main file may be of
        # another key (a crash during a passphrase change): only a clean file can prove it.
        if isinstance(error, WrongPassphrase) and not _wal_has_frames(path) and pages.passphrase_fits(
                path, passphrase, _backup_salts(path)):
            raise DamagedFirstPage(path, ["page 1 fails its check; later pages fit the passphrase"]) from None
        raise error from None


def _wal_has_frames(path: Path) -> bool:
    try:
        return integrity.wal_path(path).stat().st_size > 0
    except OSError:
        return False


def _backup_salts(path: Path) -> list[bytes]:
    """The salts of the newest backups beside the vault (they share the vault's salt, so
    they stand in for a damaged one). The backup folder's layout is storage/files/backup.py's."""
    folder = path.parent / "backups"
    try:
        names = sorted((p for p in folder.glob("*.pjbackup") if p.is_file()), reverse=True)[:3]
    except OSError:
        return []
    salts = []
    for name in names:
        try:
            with name.open("rb") as handle:
                salts.append(handle.read(pages.SALT_SIZE))
        except OSError:
            continue
    return salts


def _error_code(exc: BaseException) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _check_after_crash(
    path: Path, passphrase: str, migrations: Sequence[Migration] | None = None
) -> None:
    """The last session didn't close the vault: check a recovered private copy first.

    The copy also answers whether this version may open the vault at all (a newer or
    unknown one is refused here, before SQLite opens the vault and its ``-wal``: closing
    a writable connection would checkpoint into the refused file).
    """

    def open_copy(copy: Path) -> sqlcipher3.Connection:
        conn = _connect(copy)
        try:
            _unlock(conn, path, passphrase)  # the copy has the vault's bytes; name the vault
        except BaseException:
            conn.close()
            raise
        return conn

    problems = integrity.check_after_crash(
        path, open_copy, inspect=lambda conn: _check_openable(conn, path, migrations)
    )
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


def _check_openable(
    conn: sqlcipher3.Connection, path: Path, migrations: Sequence[Migration] | None
) -> Sequence[Migration]:
    """Read-only: is this a vault this version may migrate? Return its migration list."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < 0:
        # No version of PeerJournal writes a negative one; migrating would run the wrong steps.
        raise NotAVault(path)
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
    return steps


def migrate(conn: sqlcipher3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the missing migrations in order, each in its own transaction; return the new version."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current < 0:
        raise BugError("A negative schema version can't be migrated.")
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
    path: Path | str,
    passphrase: str,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    fill: Callable[[Vault], None] | None = None,
) -> Vault:
    """Make a new vault file, owner-only, in a folder created owner-only if needed.

    It is built under a temporary name beside ``path`` (migrated, then ``fill``-ed when
    given: the vault passed to it is the unfinished one), closed, and renamed into place,
    so a kill at any moment leaves no journal or a whole one. Returned open at ``path``.
    """
    path = Path(path)
    check_new_passphrase(passphrase)
    if path.exists() or path.is_symlink():
        raise VaultExists(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = unfinished.temp_name(path)
    # Create the file 0600 before SQLite does (SQLite would follow the umask);
    # the -wal and -shm files copy the main file's mode.
    # Derived once, here, for both connections (the file's salt is chosen with it).
    salt = os.urandom(SALT_SIZE)
    key_statement = raw_key_pragma(derive_key(passphrase, salt), salt)
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        _build(temp, key_statement, migrations, fill)
        _move_into_place(temp, path)
    except BaseException:
        unfinished.remove([temp])
        raise
    _fsync_folder(path.parent)
    return _open_new(path, key_statement)


def _build(
    temp: Path, key_statement: str, migrations: Sequence[Migration], fill: Callable[[Vault], None] | None
) -> None:
    """Key, migrate and fill the new file, then close it with everything in the main file."""
    conn = _connect(temp)
    try:
        # executescript: the key must not stay in the connection's statement cache.
        conn.executescript(key_statement)
        conn.execute("PRAGMA cipher_compatibility = 4")
        _configure(conn)
        migrate(conn, migrations)
        if fill is not None:
            fill(Vault(temp, conn, _stored_kind(conn) or JOURNAL))
        busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy or frames != copied:
            raise BugError("The new journal could not be finished.")
    finally:
        conn.close()  # the last connection: SQLite removes the (empty) -wal and the -shm
    fd = os.open(temp, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _move_into_place(temp: Path, path: Path) -> None:
    """Rename ``temp`` to ``path``, never over something that appeared there meanwhile."""
    try:
        os.link(temp, path)  # fails if ``path`` exists: no clobbering, unlike a rename
    except FileExistsError:
        raise VaultExists(path) from None
    except OSError:  # a file system without hard links
        if path.exists() or path.is_symlink():
            raise VaultExists(path) from None
        os.replace(temp, path)
        return
    temp.unlink()


def _open_new(path: Path, key_statement: str) -> Vault:
    """Open the vault just made (no checks or migrations: it was built by us a moment ago)."""
    conn = _connect(path)
    try:
        conn.executescript(key_statement)  # not kept in the statement cache
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _configure(conn)
        kind = _stored_kind(conn) or JOURNAL
    except BaseException:
        conn.close()
        raise
    vault = Vault(path, conn, kind)
    vault._key = bytearray(key_statement, "ascii")
    return vault


def open_vault(
    path: Path | str,
    passphrase: str,
    migrations: Sequence[Migration] | None = None,
    *,
    check_pages_later: bool = False,
    reader_if: Callable[[str], bool] | None = None,
) -> Vault:
    """Unlock an existing vault, find its kind, then bring its schema up to date.

    With ``migrations=None`` the list is the one of the kind found in the vault; an
    explicit list is for tests (or a caller that must insist on one kind). Everything
    that may refuse the vault (passphrase, damage, kind, version) runs before anything
    could write to it.

    ``check_pages_later`` (the app's unlock, issue 20): a cleanly closed vault that needs no
    migration opens once page 1 and the schema read fine, and every page's HMAC is left to
    ``vault.page_check``, for a worker to run after the window is shown. The key is derived
    here, once, so that check needs no second derivation. A vault to migrate, or one left
    unclean, is checked in full first, as always: a damaged vault is never written to.

    ``reader_if`` (with ``check_pages_later``): when it answers true for the vault's kind (a
    daily backup is due), a second connection is keyed with the same derived key, no second
    derivation, as ``vault.backup_reader``, for the backup to read from (issue 20).
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
        _check_after_crash(path, passphrase, migrations)
    # The key is derived once, here, for the page check and the backup's own connection; after
    # a crash the copy was checked in full already, so only the backup's connection needs it.
    key_statement, check = _page_check_for(path, passphrase) if check_pages_later else (None, None)
    if unclean:
        check = None
    conn = _connect(path)
    try:
        _unlock(conn, path, passphrase, key_statement=key_statement)
        if not unclean and check is None:  # (after a crash the copy was checked already)
            _refuse_damage(conn, path)
        steps = _openable_or_damaged(conn, path, migrations, check is not None)
        if check is not None and int(conn.execute("PRAGMA user_version").fetchone()[0]) < len(steps):
            _refuse_damage(conn, path)  # about to migrate: only a sound vault is written to
            check = None
        _configure(conn)
        migrate(conn, steps)
        kind = _stored_kind(conn) or JOURNAL
        reader = None
        if key_statement is not None and reader_if is not None and reader_if(kind):
            reader = _open_reader(path, key_statement)
        key = None if key_statement is None else bytearray(key_statement, "ascii")
        del key_statement
    except BaseException:
        conn.close()
        raise
    vault = Vault(path, conn, kind, unclean=unclean)
    vault.page_check = check
    vault._reader = reader
    vault._key = key
    return vault


def _open_reader(path: Path, key_statement: str) -> sqlcipher3.Connection | None:
    """A second connection to the open vault, keyed with ``key_statement``; None if it won't
    open (the backup then uses the vault's own connection, as before)."""
    try:
        reader = _connect(path)
    except DatabaseError:
        return None
    try:
        reader.executescript(key_statement)  # not kept in the statement cache
        reader.execute("PRAGMA cipher_compatibility = 4")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        reader.execute("PRAGMA temp_store = MEMORY")
    except DatabaseError:
        reader.close()
        return None
    return reader


def _page_check_for(path: Path, passphrase: str) -> tuple[str | None, PageCheck | None]:
    """The key statement for this file's salt (derived once, here) and the page check it
    allows; (None, None) when the salt can't be read (the usual unlock then says why)."""
    try:
        salt = salt_of(path)
    except OSError:
        return None, None
    if len(salt) != SALT_SIZE:
        return None, None
    key = derive_key(passphrase, salt)
    return raw_key_pragma(key, salt), PageCheck(path, hmac_key_from(key, salt))


def _refuse_damage(conn: sqlcipher3.Connection, path: Path) -> None:
    problems = integrity.check_pages(conn)
    if problems:
        raise DamagedVault(path, problems)


def _openable_or_damaged(
    conn: sqlcipher3.Connection, path: Path, migrations: Sequence[Migration] | None, unchecked: bool
) -> Sequence[Migration]:
    """:func:`_check_openable`; when the pages are not checked yet, a read that fails there
    is judged by checking them (damage is said as damage, not as a failed read or as
    not a vault)."""
    try:
        return _check_openable(conn, path, migrations)
    except (DatabaseError, NotAVault):
        if unchecked:
            _refuse_damage(conn, path)
        raise
