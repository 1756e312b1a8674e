"""The version and build a person sees: the bundle's stamp, a checkout's commit, or just the version."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from peerjournal import APP_NAME, __version__
from peerjournal.system import build_info
from peerjournal.system.build_info import (
    STAMP_FILENAME,
    build_id,
    git_commit,
    read_stamp,
    version_and_build,
    version_text,
)


def test_version_text_with_and_without_a_build():
    assert version_text(None) == f"{APP_NAME} {__version__}"
    assert version_text("abc1234 2026-12-07") == f"{APP_NAME} {__version__} (build abc1234 2026-12-07)"
    assert version_and_build("abc") == f"{__version__} (build abc)"


def test_read_stamp_takes_the_first_line_only(tmp_path):
    assert read_stamp(tmp_path) is None  # no stamp file
    (tmp_path / STAMP_FILENAME).write_text("\n  \n", encoding="utf-8")
    assert read_stamp(tmp_path) is None  # an empty stamp says nothing
    (tmp_path / STAMP_FILENAME).write_text("  abc1234 2026-12-07 \nsecond line\n", encoding="utf-8")
    assert read_stamp(tmp_path) == "abc1234 2026-12-07"
    (tmp_path / STAMP_FILENAME).write_text("x" * 500, encoding="utf-8")
    assert read_stamp(tmp_path) == "x" * 80
    (tmp_path / STAMP_FILENAME).write_bytes(b"\xff\xfe\x00bad")
    assert read_stamp(tmp_path) is None


def test_git_commit_outside_a_checkout_is_none(tmp_path):
    assert git_commit(tmp_path) is None


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_git_commit_of_a_checkout(tmp_path):
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(tmp_path), *args], capture_output=True, text=True,
                              check=True).stdout.strip()

    git("init", "-q")
    (tmp_path / "f").write_text("x", encoding="utf-8")
    git("add", "f")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x")
    assert git_commit(tmp_path) == git("rev-parse", "--short=10", "HEAD")


def test_a_bundle_reads_its_stamp_and_never_asks_git(tmp_path, monkeypatch):
    (tmp_path / STAMP_FILENAME).write_text("feedbeef01 2026-12-07\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(build_info, "git_commit", lambda *a: pytest.fail("a bundle asked git"))
    assert build_id() == "feedbeef01 2026-12-07"
    (tmp_path / STAMP_FILENAME).unlink()
    assert build_id() is None  # a bundle without a stamp is just its version


def test_from_source_the_build_is_the_checkout_commit(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(build_info, "git_commit", lambda *a: "0123456789")
    assert build_id() == "0123456789"
