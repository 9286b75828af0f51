"""Console sign-in: an admin token in, a signed session cookie out; the overlay token.

The cookie holds the token's name, its role and a per-session CSRF token, signed with
itsdangerous (timestamped, so it expires), HttpOnly and SameSite=Strict. The admin token itself
is never stored: it is compared once, in constant time, against the sha256 digests the webhook
server keeps (`plugins.webhooks.server.AdminToken`). Every POST must carry the session's CSRF
token (form field `csrf` or header `X-CSRF-Token`), besides SameSite.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from bot.events import Role
from plugins.webhooks.server import AdminToken

COOKIE = "hawker_console"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True, slots=True)
class Session:
    """Who is signed in: the admin token's name (the audit log's actor), role and CSRF token."""

    name: str
    role: Role
    csrf: str

    @property
    def actor(self) -> str:
        """The audit log's actor for this moderator's actions (as the admin API writes it)."""
        return f"console:{self.name}"


class Sessions:
    """Signs and reads session cookies; finds the admin token a sign-in names.

    `secret_key`: the signing key (random per process by default: a restart signs everyone
    out, which is the safe default for a show); `max_age`: seconds a session lasts.
    """

    def __init__(self, tokens: Sequence[AdminToken], *, overlay_token: str | None = None,
                 secret_key: str | None = None, max_age: int = 12 * 3600) -> None:
        self.tokens = list(tokens)
        self._overlay = (hashlib.sha256(overlay_token.encode()).digest()
                         if overlay_token else None)
        self.max_age = max_age
        self._signer = URLSafeTimedSerializer(secret_key or secrets.token_hex(32),
                                              salt="hawker-console")
        # Signed-out sessions (by their CSRF token, which is unique per sign-in) → when they
        # would have expired anyway: a copied cookie is no session after its owner signs out.
        self._revoked: dict[str, float] = {}

    def token_for(self, token: str) -> AdminToken | None:
        """The admin token `token` is, compared against every one in constant time."""
        digest = hashlib.sha256(token.strip().encode("utf-8", "replace")).digest()
        found = None
        for t in self.tokens:
            if hmac.compare_digest(digest, t.digest):
                found = t
        return found

    @property
    def has_overlay(self) -> bool:
        """Whether an overlay token is configured at all (`[webhooks] overlay_token_env`)."""
        return self._overlay is not None

    def is_overlay(self, token: str | None) -> bool:
        """Whether `token` is the read-only overlay token (False when none is configured)."""
        if not token or self._overlay is None:
            return False
        return hmac.compare_digest(hashlib.sha256(token.encode("utf-8", "replace")).digest(),
                                   self._overlay)

    def sign_in(self, token: AdminToken) -> tuple[Session, str]:
        """A new session for `token` and its cookie value."""
        session = Session(token.name, token.role, secrets.token_urlsafe(24))
        value = self._signer.dumps({"n": session.name, "r": int(session.role), "c": session.csrf})
        return session, value

    def read(self, cookie: str | None) -> Session | None:
        """The session a cookie holds; None when absent, forged, expired or for a token that
        is no longer configured (its role is re-read from the config, never trusted stale)."""
        if not cookie:
            return None
        try:
            data = self._signer.loads(cookie, max_age=self.max_age)
        except BadSignature:
            return None
        if not isinstance(data, dict):
            return None
        name, csrf = data.get("n"), data.get("c")
        token = next((t for t in self.tokens if t.name == name), None)
        if token is None or not isinstance(csrf, str) or csrf in self._revoked:
            return None
        return Session(token.name, token.role, csrf)

    def revoke(self, session: Session) -> None:
        """Sign `session` out for good: its cookie, replayed, reads as no session (kept in
        memory until it would have expired; a restart with a new key signs everyone out)."""
        now = time.monotonic()
        self._revoked = {c: until for c, until in self._revoked.items() if until > now}
        self._revoked[session.csrf] = now + self.max_age

    @staticmethod
    def csrf_ok(session: Session, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(session.csrf.encode(), (sent or "").encode())
