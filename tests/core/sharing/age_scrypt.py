"""A test-only writer of age v1 passphrase (scrypt) files with a chosen work factor.

pyrage picks the work factor by timing and the age CLI always writes 18, so files at 21 or
22 (what a faster computer writes) are made here, straight from the age spec (C2SP age.md):
scrypt stanza, header MAC, STREAM payload. pyrage opening them checks this writer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

CHUNK = 64 * 1024


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def scrypt_encrypt(plaintext: bytes, passphrase: str, work_factor: int) -> bytes:
    file_key = os.urandom(16)
    salt = os.urandom(16)
    # cryptography's Scrypt: hashlib.scrypt caps its memory below 2 GiB (work factor 21).
    wrap_key = Scrypt(salt=b"age-encryption.org/v1/scrypt" + salt, length=32,
                      n=2**work_factor, r=8, p=1).derive(passphrase.encode("utf-8"))
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    header = (b"age-encryption.org/v1\n-> scrypt " + _b64(salt) + b" " + str(work_factor).encode()
              + b"\n" + _b64(body) + b"\n---")
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[i:i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    payload = b"".join(
        stream.encrypt(i.to_bytes(11, "big") + (b"\x01" if i == len(chunks) - 1 else b"\x00"), chunk, None)
        for i, chunk in enumerate(chunks)
    )
    return header + b" " + _b64(mac) + b"\n" + nonce + payload
