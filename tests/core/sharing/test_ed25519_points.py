"""Weak Ed25519 keys (the 8 small-order points and their non-canonical encodings) are
refused wherever a key is read: a signer in a share, a reply's signer, a supporter's key."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from typing import Any

import pyrage
import pytest

from peerjournal.core.sharing.checks import Problem
from peerjournal.core.sharing.document import canonical_json
from peerjournal.core.sharing.ed25519_points import has_small_order, is_safe_public_key
from peerjournal.core.sharing.keys import (
    decode_signer,
    new_identity,
    new_signing_key,
    signer_public,
)
from peerjournal.core.sharing.package import open_share
from peerjournal.core.sharing.reply import (
    ProposedGoal,
    ReplyDraft,
    build_reply,
    check_reply,
    open_reply,
)
from peerjournal.core.sharing.signing import WeakSigner, verify
from peerjournal.core.sharing.supporter_key import pairing_fingerprint, parse_supporter_key
from peerjournal.core.sharing.validate import check_document
from peerjournal.errors import BadSignature, InvalidKey, TamperedReply
from tests.core.sharing.conftest import CREATED

P = 2**255 - 19
D = -121665 * pow(121666, -1, P) % P

# The y-coordinates of libsodium's blocklist, with the decimal values its comments give.
ORDER_8_A = 2707385501144840649318225287225658788936804267575313519463743609750303402022
ORDER_8_B = 55188659117513257062467267217118295137698188065244968500265048394206261417927
Y_VALUES = (0, 1, ORDER_8_A, ORDER_8_B, P - 1, P, P + 1)


def encode(y: int, sign: int) -> bytes:
    return (y | (sign << 255)).to_bytes(32, "little")


WEAK = [encode(y, s) for y in Y_VALUES for s in (0, 1)]  # 8 points + 6 other encodings
WEAK_B64 = [base64.b64encode(raw).decode("ascii") for raw in WEAK]
IDENTITY = base64.b64encode(encode(1, 0)).decode("ascii")
FORGED_SIGNATURE = base64.b64encode(encode(1, 0) + bytes(32)).decode("ascii")  # R = identity, S = 0


# -- the list itself, checked by arithmetic rather than trusted ----------------------
def _recover_x(y: int, sign: int) -> int | None:
    x2 = (y * y - 1) * pow(D * y * y + 1, -1, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if x * x % P != x2:
        x = x * pow(2, (P - 1) // 4, P) % P
    if x * x % P != x2:
        return None
    if x == 0:
        return None if sign else 0  # a set sign bit on x = 0 is a second, non-canonical encoding
    return P - x if (x & 1) != sign else x


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    (x1, y1), (x2, y2) = a, b
    t = D * x1 * x2 * y1 * y2 % P
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, P) % P, (y1 * y2 + x1 * x2) * pow(1 - t, -1, P) % P)


def test_the_blocklist_bytes_are_the_published_values():
    assert [int.from_bytes(raw, "little") for raw in WEAK[::2]] == list(Y_VALUES)
    from peerjournal.core.sharing import ed25519_points

    assert {int.from_bytes(raw, "little") for raw in ed25519_points._SMALL_ORDER} == set(Y_VALUES)


def test_the_canonical_ones_are_exactly_the_eight_small_order_points():
    points = set()
    for y in Y_VALUES:
        if y >= P:
            continue
        for sign in (0, 1):
            x = _recover_x(y, sign)
            if x is None:
                continue
            point = (x, y)
            eight = point
            for _ in range(3):
                eight = _add(eight, eight)
            assert eight == (0, 1)  # [8]P is the identity
            points.add(point)
    assert len(points) == 8


@pytest.mark.parametrize("raw", WEAK, ids=[f"y{i // 2}-sign{i % 2}" for i in range(len(WEAK))])
def test_every_weak_encoding_is_refused(raw):
    assert has_small_order(raw)
    assert not is_safe_public_key(raw)
    assert decode_signer(base64.b64encode(raw).decode("ascii")) is None


def test_real_keys_pass_and_other_malformed_points_do_not():
    for _ in range(20):
        public = signer_public(new_signing_key())
        assert decode_signer(public) is not None
    assert not is_safe_public_key(encode(P + 5, 0))  # non-canonical, not in the blocklist
    assert not is_safe_public_key(encode(2, 0))  # y = 2 is not on the curve
    assert not is_safe_public_key(bytes(31))


# -- every place a key is read -------------------------------------------------------
@pytest.mark.parametrize("weak", WEAK_B64)
def test_a_supporter_key_with_a_weak_signing_part_is_refused(weak):
    _, public = new_identity()
    with pytest.raises(InvalidKey, match="not a safe key"):
        parse_supporter_key(f"{public} ed25519:{weak}")
    with pytest.raises(InvalidKey, match="not a safe key"):
        parse_supporter_key(f"# signing key: ed25519:{weak}\n{public}\n")
    assert len(pairing_fingerprint(public, weak)) == 29  # one stored before is still shown (5 groups of 5 digits)


def _forged(document: dict[str, Any]) -> bytes:
    return canonical_json({"document": document, "signature": FORGED_SIGNATURE})


@pytest.mark.parametrize("weak", WEAK_B64)
def test_a_share_signed_by_a_weak_key_is_refused(keys, weak):
    document = {**keys.document(), "signer": weak}
    with pytest.raises(WeakSigner, match="unsafe key"):
        verify(_forged(document))
    with pytest.raises(Problem, match="signer"):
        check_document(document, now=CREATED)
    data = pyrage.encrypt(_forged(document), [pyrage.x25519.Recipient.from_str(keys.public)])
    with pytest.raises(BadSignature, match="unsafe key that anyone could sign with"):
        open_share(data, identity=keys.secret)


def test_the_identity_key_really_verifies_any_document_without_the_check(keys):
    """Why the check exists: cryptography accepts R = identity, S = 0 under the identity key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(encode(1, 0)).verify(
            base64.b64decode(FORGED_SIGNATURE), canonical_json(keys.document()))
    except Exception:  # a stricter library one day: the check is then a second line
        pytest.skip("this cryptography refuses the forgery itself")
    with pytest.raises(WeakSigner):  # …and the reader does not
        verify(_forged({**keys.document(), "signer": IDENTITY}))


REPLY_CREATED = datetime(2026, 6, 20, 15, 0, tzinfo=UTC)


def _reply_document(reply_to: str, signer: str) -> dict[str, Any]:
    draft = ReplyDraft(supporter_name="Dev", notes="Hello", items=(ProposedGoal(title="Walk"),))
    return build_reply(draft, recipient=reply_to, signer=signer, in_reply_to=None,
                       created=REPLY_CREATED)


@pytest.mark.parametrize("weak", WEAK_B64)
def test_a_reply_signed_by_a_weak_key_is_refused(weak):
    identity, reply_to = new_identity()
    document = _reply_document(reply_to, weak)
    with pytest.raises(Problem, match="signer"):
        check_reply(document, now=REPLY_CREATED)
    data = pyrage.encrypt(_forged(document), [pyrage.x25519.Recipient.from_str(reply_to)])
    with pytest.raises(TamperedReply, match="unsafe key"):
        # Even when the weak key was added as a supporter's before this check existed.
        open_reply(data, identity=identity, known_signers={weak},
                   now=REPLY_CREATED + timedelta(hours=1))
