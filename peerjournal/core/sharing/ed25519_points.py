"""Is a 32-byte Ed25519 public key one we may verify with? Refuses weak and malformed points.

``cryptography`` verifies the signature R = identity, S = 0 for any message under the
identity-point key (and, depending on the message, under other small-order points), so a
key that is one of the 8 small-order points lets anyone "sign" as it (SECURITY.md item 21).
A key is refused unless it is the canonical encoding of a point on the curve that is not
of small order. Keys made by Ed25519 key generation always pass.
"""

from __future__ import annotations

_P = 2**255 - 19
_D = -121665 * pow(121666, -1, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)

# The small-order blocklist of libsodium's ``ge25519_has_small_order``
# (src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c): y-coordinates, compared with
# the sign bit (the top bit of the last byte) ignored. Together they cover the 8 points
# of order 1, 2, 4 and 8 and the 6 non-canonical encodings of such points ("eight plus
# six alternative encodings", C2SP/CCTV ed25519 vectors; Chalkias et al., "Taming the
# many EdDSAs", 2020).
_SMALL_ORDER = tuple(bytes.fromhex(h) for h in (
    # 0 (order 4)
    "0000000000000000000000000000000000000000000000000000000000000000",
    # 1 (order 1: the identity)
    "0100000000000000000000000000000000000000000000000000000000000000",
    # 2707385501144840649318225287225658788936804267575313519463743609750303402022 (order 8)
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    # 55188659117513257062467267217118295137698188065244968500265048394206261417927 (order 8)
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    # p-1 (order 2)
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    # p (= 0, order 4; non-canonical)
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    # p+1 (= 1, order 1; non-canonical)
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
))


def has_small_order(raw: bytes) -> bool:
    """Whether ``raw`` encodes a point of order 1, 2, 4 or 8 (any sign bit)."""
    masked = raw[:31] + bytes([raw[31] & 0x7F])
    return masked in _SMALL_ORDER


def _x_squared(y: int) -> int:
    # The curve: -x² + y² = 1 + d·x²·y², so x² = (y² - 1) / (d·y² + 1).
    return (y * y - 1) * pow(_D * y * y + 1, -1, _P) % _P


def _is_square(value: int) -> bool:
    # p ≡ 5 (mod 8): a square root candidate r = v^((p+3)/8), or r·√-1 (RFC 8032, 5.1.3).
    root = pow(value, (_P + 3) // 8, _P)
    return root * root % _P == value or (root * _SQRT_M1) ** 2 % _P == value


def is_safe_public_key(raw: bytes) -> bool:
    """Whether ``raw`` is 32 bytes encoding, in the one canonical way, a curve point that is
    not of small order: the only Ed25519 public keys PeerJournal verifies with."""
    if len(raw) != 32 or has_small_order(raw):
        return False
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    if y >= _P:  # non-canonical: y written as y + p
        return False
    x2 = _x_squared(y)
    if not _is_square(x2):  # not on the curve
        return False
    # x = 0 has one encoding only: the sign bit clear.
    return not (x2 == 0 and raw[31] >> 7)
