"""Interoperability with the standard ``age`` command-line tool (Debian package ``age``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from peerjournal.core.sharing.keys import identity_file_text, recipient_file_text
from peerjournal.core.sharing.package import open_share, seal
from peerjournal.core.sharing.signing import sign
from tests.core.sharing.conftest import CREATED

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(
    AGE is None, reason="the age command-line tool is not installed (Debian package 'age')"
)


def run_age(*args: str, data: bytes | None = None) -> bytes:
    assert AGE is not None
    done = subprocess.run([AGE, *args], input=data, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


def test_age_decrypts_a_share_with_the_identity_file(keys, tmp_path: Path):
    doc = keys.document(include_notes=True)
    idfile = tmp_path / "supporter.key"
    idfile.write_text(identity_file_text(keys.secret, keys.public, CREATED))
    share = tmp_path / "share.pjshare"
    share.write_bytes(seal(doc, keys.signing, keys.public))
    assert run_age("-d", "-i", str(idfile), str(share)) == sign(doc, keys.signing)


def test_a_file_age_encrypts_to_the_recipients_file_opens(keys, tmp_path: Path):
    doc = keys.document()
    recipients = tmp_path / "supporter.txt"
    recipients.write_text(recipient_file_text(keys.public))
    data = run_age("-e", "-R", str(recipients), data=sign(doc, keys.signing))
    assert open_share(data, identity=keys.secret).document == doc


def test_age_refuses_another_supporters_share(keys, tmp_path: Path):
    idfile = tmp_path / "other.key"
    idfile.write_text(identity_file_text(keys.other_secret, keys.other_public, CREATED))
    share = tmp_path / "share.pjshare"
    share.write_bytes(seal(keys.document(), keys.signing, keys.public))
    assert AGE is not None
    done = subprocess.run([AGE, "-d", "-i", str(idfile), str(share)], capture_output=True, timeout=60)
    assert done.returncode != 0 and done.stdout == b""
