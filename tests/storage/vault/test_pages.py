"""Our own check of SQLCipher 4 page HMACs: it agrees with SQLCipher on real vault pages."""

from __future__ import annotations

import pytest

from peerjournal.storage.vault import pages
from tests.storage.conftest import PASSPHRASE


@pytest.fixture
def closed(closed_vault_path) -> bytes:
    return closed_vault_path.read_bytes()


def test_real_pages_authenticate_under_the_passphrase_only(closed):
    key = pages.hmac_key(PASSPHRASE, closed[:16])
    assert pages.page_authenticates(closed[:4096], 1, key)
    assert pages.page_authenticates(closed[4096:8192], 2, key)
    assert not pages.page_authenticates(closed[4096:8192], 3, key)  # the page number is signed too
    wrong = pages.hmac_key("not the passphrase", closed[:16])
    assert not pages.page_authenticates(closed[4096:8192], 2, wrong)


def test_passphrase_fits_needs_the_right_passphrase_and_a_readable_salt(closed_vault_path, closed):
    assert pages.passphrase_fits(closed_vault_path, PASSPHRASE)
    assert not pages.passphrase_fits(closed_vault_path, "not the passphrase")
    damaged = bytearray(closed)
    damaged[3] ^= 1  # the salt
    closed_vault_path.write_bytes(bytes(damaged))
    assert not pages.passphrase_fits(closed_vault_path, PASSPHRASE)
    assert pages.passphrase_fits(closed_vault_path, PASSPHRASE, [closed[:16]])


def test_a_file_of_one_page_proves_nothing(tmp_path, closed):
    short = tmp_path / "short.pjvault"
    short.write_bytes(closed[:4096])
    assert not pages.passphrase_fits(short, PASSPHRASE)
    assert not pages.passphrase_fits(tmp_path / "missing.pjvault", PASSPHRASE)
