"""The signature scheme, for events in (shop, chat bridges) and out (subscribers).

A signed request carries:

    Hawker-Timestamp: 1750000000                 (Unix seconds when it was signed)
    Hawker-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
    Hawker-Event-Id:  <the body's "id">          (a convenience copy; the signed one is in the body)
    Hawker-Source:    <source name>              (which shared secret to check against)

The event id lives inside the signed body, so a captured request cannot be replayed under a
fresh id; the timestamp is signed, so it cannot be replayed after the tolerance either, and the
receiver remembers ids for longer than that. `signature` is the one function both directions
use; a header may list several `v1=` values (comma-separated) while a secret is rotated.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping

TIMESTAMP_HEADER = "Hawker-Timestamp"
SIGNATURE_HEADER = "Hawker-Signature"
EVENT_ID_HEADER = "Hawker-Event-Id"
SOURCE_HEADER = "Hawker-Source"
TOLERANCE_SECONDS = 300.0
SCHEME = "v1"


class SignatureError(Exception):
    """Why a request's signature was not accepted (the HTTP answer is 401 with this text)."""


def _key(secret: str | bytes) -> bytes:
    return secret.encode() if isinstance(secret, str) else secret


def signature(secret: str | bytes, timestamp: str, body: bytes) -> str:
    """`v1=<hex>`: HMAC-SHA256 over the timestamp, a dot, and the raw body bytes."""
    mac = hmac.new(_key(secret), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return f"{SCHEME}={mac.hexdigest()}"


def sign(secret: str | bytes, body: bytes, *, now: float, event_id: str | None = None,
         source: str | None = None) -> dict[str, str]:
    """The headers to send with `body` (which must be sent byte for byte as signed)."""
    timestamp = str(int(now))
    headers = {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: signature(secret, timestamp, body),
    }
    if event_id is not None:
        headers[EVENT_ID_HEADER] = event_id
    if source is not None:
        headers[SOURCE_HEADER] = source
    return headers


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value


def verify(secrets: str | bytes | Iterable[str | bytes], headers: Mapping[str, str], body: bytes,
           *, now: float, tolerance: float = TOLERANCE_SECONDS) -> int:
    """Check a request's signature; returns its timestamp, or raises `SignatureError`.

    `secrets` may hold several during a rotation. Every candidate is compared in constant time
    (`hmac.compare_digest`), so timing says nothing about how much of a forgery was right.
    """
    raw_ts = _header(headers, TIMESTAMP_HEADER)
    raw_sig = _header(headers, SIGNATURE_HEADER)
    if not raw_ts or not raw_sig:
        raise SignatureError(f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER} header")
    if not raw_ts.isascii() or not raw_ts.isdigit() or len(raw_ts) > 12:
        raise SignatureError(f"{TIMESTAMP_HEADER} must be Unix seconds")
    timestamp = int(raw_ts)
    if abs(now - timestamp) > tolerance:
        raise SignatureError(f"{TIMESTAMP_HEADER} is outside the {int(tolerance)}s tolerance "
                             "(stale or clock skew)")
    offered = [part.strip() for part in raw_sig.split(",")]
    offered = [part for part in offered if part.startswith(f"{SCHEME}=")][:8]
    if not offered:
        raise SignatureError(f"{SIGNATURE_HEADER} must be '{SCHEME}=<hex>'")
    if isinstance(secrets, (str, bytes)):
        secrets = [secrets]
    ok = False
    for secret in secrets:
        expected = signature(secret, raw_ts, body).encode()
        for candidate in offered:
            # No short-circuit: every pair is compared, whichever matches.
            ok |= hmac.compare_digest(expected, candidate.encode("utf-8", "replace"))
    if not ok:
        raise SignatureError("signature does not match")
    return timestamp
