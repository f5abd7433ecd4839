"""Seal a package for sending, and open one received: AES-GCM with a key from the passphrase.

A sealed package is a small header followed by the AES-GCM ciphertext (with its 16-byte tag)
of the workspace copy inside::

    magic "FGXCHG\\r\\n" | format (1 byte) | schema version (2 bytes, big-endian)
    | Scrypt salt (16 bytes) | nonce (12 bytes) | ciphertext + tag

The key is derived from the passphrase with Scrypt (n=2**15, r=8, p=1: about 32 MiB and a
tenth of a second, so guessing passphrases is slow) and a fresh random salt; the nonce is
random too. The whole header is the associated data: changing any byte of it, like any byte of
the ciphertext, makes the package fail to open. A package of a newer format or a newer
workspace schema is refused before any key is derived. The cryptography is the
``cryptography`` library's, used as its documentation shows.
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput

MAGIC = b"FGXCHG\r\n"  # the line ending shows a file mangled by a text transfer
FORMAT = 1
_FIELDS = struct.Struct(">BH")  # format, schema version
SALT_BYTES, NONCE_BYTES, TAG_BYTES = 16, 12, 16
HEADER_BYTES = len(MAGIC) + _FIELDS.size + SALT_BYTES + NONCE_BYTES
_SCRYPT = {"length": 32, "n": 2**15, "r": 8, "p": 1}


def _key(passphrase: bytes, salt: bytes) -> bytes:
    return Scrypt(salt=salt, **_SCRYPT).derive(passphrase)


def seal(data: bytes, passphrase: bytes, schema_version: int) -> bytes:
    """``data`` encrypted under ``passphrase``, with the header in front."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + _FIELDS.pack(FORMAT, schema_version) + salt + nonce
    return header + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, header)


def looks_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def unseal(sealed: bytes, passphrase: bytes, schema_version: int, name: str) -> bytes:
    """The data inside ``sealed``; :class:`InvalidInput` (one line naming ``name``) for
    anything that is not a package this version can open with this passphrase."""
    if not sealed.startswith(MAGIC):
        raise InvalidInput(Message("{name} is not a focusgroup package.", name=name))
    if len(sealed) < HEADER_BYTES + TAG_BYTES:
        raise InvalidInput(Message("{name} is cut short: it is not a whole package.", name=name))
    start = len(MAGIC)
    package_format, package_schema = _FIELDS.unpack_from(sealed, start)
    if package_format > FORMAT or package_schema > schema_version:
        raise InvalidInput(Message(
            "{name} was made by a newer focusgroup (package format {format}, workspace version "
            "{version}); please update focusgroup to receive it.", name=name,
            format=package_format, version=package_schema))
    if package_format < 1:
        raise InvalidInput(Message("{name} is not a focusgroup package.", name=name))
    start += _FIELDS.size
    salt = sealed[start:start + SALT_BYTES]
    nonce = sealed[start + SALT_BYTES:HEADER_BYTES]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed[HEADER_BYTES:],
                                                      sealed[:HEADER_BYTES])
    except InvalidTag:
        raise InvalidInput(Message(
            "{name} could not be opened: the passphrase is wrong, or the file was changed or "
            "cut short on its way.", name=name)) from None
