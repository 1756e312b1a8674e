"""Operation fixtures: the storage tests' real vault and journal in tmp_path (no Qt)."""

from __future__ import annotations

from tests.storage.conftest import (  # noqa: F401  (fixtures, found by name)
    NOW,
    PASSPHRASE,
    closed_vault_path,
    journal,
    supporter_store,
    vault,
    vault_path,
)
