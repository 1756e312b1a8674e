"""Helpers the app tests share: typing a passphrase into the unlock dialog, a full disk."""

from __future__ import annotations

import sqlcipher3
from PySide6.QtCore import Qt

from peerjournal.ui.app.unlock_dialog import UnlockDialog


def submit(qtbot, dialog: UnlockDialog, passphrase: str, again: str | None = None) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if again is not None:
        qtbot.keyClicks(dialog.confirm, again)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")


class FullDisk:
    """Stands in for a vault's SQLCipher connection on a full disk: reads pass, every write
    raises ``database or disk is full`` as SQLite does (SQLITE_FULL)."""

    def __init__(self, conn) -> None:  # noqa: ANN001 (a sqlcipher3 connection)
        self._conn = conn
        self.refused = 0

    def _check(self, sql: str) -> None:
        if sql.lstrip().split(None, 1)[0].upper() in WRITES:
            self.refused += 1
            raise sqlcipher3.OperationalError("database or disk is full")

    def execute(self, sql: str, *args):  # noqa: ANN002, ANN201
        self._check(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args):  # noqa: ANN002, ANN201
        self._check(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._conn, name)


def fill_disk(vault) -> FullDisk:  # noqa: ANN001
    """From now on every write to ``vault`` fails as on a full disk (closing still works)."""
    full = FullDisk(vault._conn)
    vault._conn = full
    return full
