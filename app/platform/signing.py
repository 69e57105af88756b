"""Request signing of the Partner API (contract section 2).

Both the client and the sandbox server sign with this one function, so a known-answer
test (tests/app/test_signing.py) pins it to the contract independently of either side.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

UNSIGNED_PARAMS = frozenset({"sign", "access_token"})


def string_to_sign(path: str, params: Mapping[str, str], body: bytes, app_secret: str) -> bytes:
    # Values are signed as decoded text: a cursor with '+' or '=' is signed plain,
    # whatever percent-encoding it wears on the wire.
    pieces = [path]
    for key in sorted(k for k in params if k not in UNSIGNED_PARAMS):
        pieces.append(f"{key}{params[key]}")
    core = "".join(pieces).encode("utf-8") + body
    secret = app_secret.encode("utf-8")
    return secret + core + secret


def sign(path: str, params: Mapping[str, str], body: bytes, app_secret: str) -> str:
    """Lowercase hex HMAC-SHA256, keyed with the app secret, over the wrapped string."""
    message = string_to_sign(path, params, body, app_secret)
    return hmac.new(app_secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signatures_match(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode("ascii"), given.lower().encode("ascii", "replace"))
