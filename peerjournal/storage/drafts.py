"""Unsaved typing kept as a draft inside the encrypted vault when the journal locks.

Drafts live in the vault's ``meta`` table as JSON under ``draft:<key>``, so they are
encrypted like every entry, and no draft ever reaches a plain file (not the settings
file, not a temp file). Reading is lenient: a damaged draft is treated as none.
"""

from __future__ import annotations

import json
from typing import Any

from peerjournal.errors import BugError
from peerjournal.storage.journal import Journal

PREFIX = "draft:"


def _meta_key(key: str) -> str:
    # The prefix keeps a draft from ever overwriting "kind" or "signing_key".
    if not key or not isinstance(key, str):
        raise BugError(f"A draft needs a name, not {key!r}.")
    return PREFIX + key


def save_draft(journal: Journal, key: str, data: dict[str, Any]) -> None:
    """Keep ``data`` (JSON-able) as the draft called ``key``, replacing any earlier one."""
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise BugError(f"Draft {key!r} is not JSON-able: {exc}") from exc
    journal.set_setting(_meta_key(key), text)


def load_draft(journal: Journal, key: str) -> dict[str, Any] | None:
    """The draft called ``key``, or None when there is none or it can't be read."""
    text = journal.get_setting(_meta_key(key))
    if not text:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def clear_draft(journal: Journal, key: str) -> None:
    """Forget the draft called ``key`` (no error if there is none).

    The vault runs with ``secure_delete`` on, so the text doesn't linger in free pages.
    """
    with journal.vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (_meta_key(key),))
