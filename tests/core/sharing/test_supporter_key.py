"""A supporter's key with its signing part: text forms, parsing, the fingerprint read aloud."""

from __future__ import annotations

import pytest

from peerjournal.core.sharing.keys import (
    fingerprint,
    new_identity,
    new_signing_key,
    parse_recipient,
    signer_public,
)
from peerjournal.core.sharing.supporter_key import (
    SupporterKey,
    pairing_fingerprint,
    parse_supporter_key,
    supporter_key_file_text,
    supporter_key_text,
)
from peerjournal.errors import InvalidKey


@pytest.fixture(scope="module")
def parts() -> tuple[str, str]:
    _secret, public = new_identity()
    return public, signer_public(new_signing_key())


def test_one_line_text_round_trip(parts):
    public, signer = parts
    text = supporter_key_text(public, signer)
    assert text == f"{public} ed25519:{signer}" and "\n" not in text
    assert parse_supporter_key(text) == SupporterKey(public, signer)
    # Pasted with stray spaces, a newline, or the key in capitals.
    assert parse_supporter_key(f"  {public.upper()}\n ed25519:{signer}  \n") == SupporterKey(public, signer)


def test_key_file_round_trip_and_age_still_reads_the_recipient(parts):
    public, signer = parts
    text = supporter_key_file_text(public, signer)
    assert f"# signing key: ed25519:{signer}" in text
    assert parse_supporter_key(text) == SupporterKey(public, signer)
    # Every non-comment line is the age key alone: a recipients file for `age -R`.
    assert [line for line in text.splitlines() if not line.startswith("#")] == [public]
    assert parse_recipient(text) == public
    assert pairing_fingerprint(public, signer) in text


def test_an_older_bare_key_has_no_signing_part(parts):
    public, _signer = parts
    key = parse_supporter_key(public)
    assert key == SupporterKey(public, None)
    assert key.fingerprint == fingerprint(public)  # unchanged for supporters added before
    assert key.text == public
    assert supporter_key_file_text(public, None).count("signing") == 0


def test_the_fingerprint_covers_both_parts(parts):
    public, signer = parts
    _s, other_public = new_identity()
    other_signer = signer_public(new_signing_key())
    both = pairing_fingerprint(public, signer)
    assert len(both) == 29 and both.replace(" ", "").isdigit() and both.count(" ") == 4
    assert both != fingerprint(public)
    assert both != pairing_fingerprint(public, other_signer)  # a swapped signing key shows
    assert both != pairing_fingerprint(other_public, signer)
    assert both == pairing_fingerprint(public.upper(), signer)


@pytest.mark.parametrize("tail", ["ed25519:", "ed25519:AAAA", "ed25519:not base64!", "ed25519:" + "A" * 43])
def test_a_broken_signing_part_is_refused(parts, tail):
    public, _signer = parts
    with pytest.raises(InvalidKey, match="signing part"):
        parse_supporter_key(f"{public} {tail}")


def test_two_signing_keys_or_no_age_key_are_refused(parts):
    public, signer = parts
    other = signer_public(new_signing_key())
    with pytest.raises(InvalidKey, match="more than one signing key"):
        parse_supporter_key(f"{public} ed25519:{signer}\n# signing key: ed25519:{other}")
    # The same signing key twice (line and comment) is fine.
    assert parse_supporter_key(f"{public} ed25519:{signer}\n# signing key: ed25519:{signer}").signer == signer
    with pytest.raises(InvalidKey):
        parse_supporter_key(f"ed25519:{signer}")
    with pytest.raises(InvalidKey):
        parse_supporter_key("x" * 70_000)


def test_a_key_files_written_fingerprint_is_checked_in_either_form(parts):
    """A key file saved by an older version says ``# fingerprint: XXXX-XXXX-XXXX-XXXX``; it still
    reads, because it is the same hash. A written fingerprint of another key is refused."""
    import base64
    import hashlib

    public, signer = parts
    new_file = supporter_key_file_text(public, signer)
    assert f"# fingerprint: {pairing_fingerprint(public, signer)}" in new_file
    assert parse_supporter_key(new_file) == SupporterKey(public, signer)

    raw = base64.b64decode(signer)
    old = base64.b32encode(hashlib.sha256(public.encode() + b"\n" + raw).digest()[:10]).decode()
    old_written = "-".join(old[i:i + 4] for i in range(0, 16, 4))
    old_file = new_file.replace(pairing_fingerprint(public, signer), old_written)
    assert parse_supporter_key(old_file) == SupporterKey(public, signer)

    wrong = new_file.replace(pairing_fingerprint(public, signer), pairing_fingerprint(new_identity()[1], signer))
    with pytest.raises(InvalidKey, match="fingerprint written in that key file"):
        parse_supporter_key(wrong)
