"""The fault-injection layer itself: it fails what it says, when it says, and puts things back."""

from __future__ import annotations

import errno
import os
import shutil
import sys

import pytest
import sqlcipher3

from peerjournal.storage.vault.database import create_vault
from tests.faults import (
    SQLITE_FULL,
    failing_file_writes,
    failing_writes,
    file_size_limit,
    reported_free_space,
)


@pytest.fixture
def vault(tmp_path):
    made = create_vault(tmp_path / "v.pjvault", "correct horse battery staple")
    yield made
    made.close()


def test_the_nth_write_fails_reads_pass_and_the_connection_comes_back(vault):
    real = vault.conn
    with failing_writes(vault, at=2) as disk:
        vault.conn.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
        with pytest.raises(sqlcipher3.OperationalError) as caught:
            vault.conn.execute("  insert into meta (key, value) values ('b', '2')")
        assert caught.value.sqlite_errorcode == SQLITE_FULL
        assert str(caught.value) == "database or disk is full"
        assert vault.conn.execute("SELECT value FROM meta WHERE key = 'a'").fetchone() == ("1",)
        with pytest.raises(sqlcipher3.OperationalError):  # a full disk stays full
            vault.conn.execute("DELETE FROM meta WHERE key = 'a'")
        disk.free()
        vault.conn.execute("DELETE FROM meta WHERE key = 'a'")
        assert (disk.writes, disk.failures) == (4, 2)
    assert vault.conn is real


def test_file_writes_fail_with_enospc_only_under_the_folder(tmp_path):
    inside, outside = tmp_path / "in", tmp_path / "out"
    inside.mkdir()
    outside.mkdir()
    with failing_file_writes(under=inside) as disk:
        (outside / "f").write_bytes(b"fine")  # Python's own file objects are not patched
        fd = os.open(outside / "g", os.O_CREAT | os.O_WRONLY, 0o600)
        os.write(fd, b"fine")
        os.close(fd)
        with pytest.raises(OSError) as caught:
            os.open(inside / "h", os.O_CREAT | os.O_WRONLY, 0o600)
        assert caught.value.errno == errno.ENOSPC and disk.failures == 1
    assert not (inside / "h").exists()


def test_reported_free_space(tmp_path):
    with reported_free_space(123):
        assert shutil.disk_usage(tmp_path).free == 123
    assert shutil.disk_usage(tmp_path).free != 123


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")
def test_the_file_size_limit_is_real_and_put_back(tmp_path):
    import resource

    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    with file_size_limit(10):
        fd = os.open(tmp_path / "f", os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            assert os.write(fd, b"0123456789abcdef") == 10  # cut at the limit
            with pytest.raises(OSError) as caught:
                os.write(fd, b"more")
            assert caught.value.errno == errno.EFBIG
        finally:
            os.close(fd)
    assert resource.getrlimit(resource.RLIMIT_FSIZE) == before
    (tmp_path / "g").write_bytes(b"x" * 100)
