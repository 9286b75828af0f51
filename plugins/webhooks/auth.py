"""Who may call the admin API: Starlette's `AuthenticationMiddleware` with a bearer-token
backend (token → role), and `requires_role`, the `starlette.authentication.requires` of a
role ladder.

A token grants its role and every role below it as Starlette auth scopes ("viewer",
"subscriber", "moderator", ...), so `has_required_scope` decides. Tokens are kept as SHA-256
digests and compared in constant time against every configured token.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from starlette.authentication import (
    AuthCredentials,
    AuthenticationBackend,
    AuthenticationError,
    BaseUser,
    has_required_scope,
)
from starlette.requests import HTTPConnection, Request
from starlette.responses import Response

from bot.events import Role

from .lockout import Lockout
from .problems import Problem, log

ADMIN_PREFIX = "/admin/"


@dataclass(frozen=True, slots=True)
class AdminToken:
    name: str
    digest: bytes  # sha256 of the token: compared in constant time, never kept in clear
    role: Role

    @classmethod
    def of(cls, name: str, token: str, role: Role) -> AdminToken:
        return cls(name, hashlib.sha256(token.encode()).digest(), role)


class AdminUser(BaseUser):
    """The holder of a configured admin token (`request.user` on the admin routes)."""

    def __init__(self, token: AdminToken) -> None:
        self.token = token

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def display_name(self) -> str:
        return self.token.name

    @property
    def actor(self) -> str:
        """How the audit log names them: `admin:NAME`."""
        return f"admin:{self.token.name}"


def scopes_of(role: Role) -> list[str]:
    """A role's auth scopes: its own name and every one below it, lower case."""
    return [r.name.lower() for r in Role if r <= role]


class BearerTokens(AuthenticationBackend):
    """`Authorization: Bearer TOKEN` on the admin routes. No header: unauthenticated (the
    route answers 401); a token nobody configured: AuthenticationError (401). Other routes
    are signed per request and ignore the header. With a `lockout`, wrong tokens count against
    the client's address and a locked-out address gets TooManyAttempts (429) before its token
    is looked at."""

    def __init__(self, tokens: Sequence[AdminToken], lockout: Lockout | None = None) -> None:
        self.tokens = list(tokens)
        self.lockout = lockout

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, BaseUser] | None:
        if not conn.url.path.startswith(ADMIN_PREFIX):
            return None
        scheme, _, token = conn.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        address = conn.client.host if conn.client else "unknown"
        if self.lockout is not None and (wait := self.lockout.retry_after(address)):
            raise TooManyAttempts(wait)
        digest = hashlib.sha256(token.strip().encode("utf-8", "replace")).digest()
        found = None
        for t in self.tokens:  # compare against every token, in constant time
            if hmac.compare_digest(digest, t.digest):
                found = t
        if found is None:
            if self.lockout is not None:
                self.lockout.failed(address, conn.url.path)
            raise AuthenticationError("unknown token")
        return AuthCredentials(scopes_of(found.role)), AdminUser(found)


class TooManyAttempts(AuthenticationError):
    """Too many wrong tokens from this address lately: 429, retry after `seconds`."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"too many wrong tokens from this address; retry in {seconds}s")
        self.seconds = seconds


def auth_error(conn: HTTPConnection, exc: Exception) -> Response:
    """`AuthenticationMiddleware`'s `on_error`: a 401 problem (429 with Retry-After for
    TooManyAttempts), and one log line."""
    if isinstance(exc, TooManyAttempts):
        log.warning("webhooks: %s refused: 429 %s", conn.url.path, exc)
        response = Problem(429, str(exc)).response()
        response.headers["Retry-After"] = str(exc.seconds)
        return response
    log.warning("webhooks: %s refused: 401 %s", conn.url.path, exc)
    return Problem(401, str(exc)).response()


S = TypeVar("S")
Endpoint = Callable[[S, Request], Awaitable[Response]]


def requires_role(role: Role) -> Callable[[Endpoint[S]], Endpoint[S]]:
    """Decorate an endpoint method: 401 without a token, 403 when its role is below `role`."""
    needed = role.name.lower()

    def decorate(endpoint: Endpoint[S]) -> Endpoint[S]:
        @functools.wraps(endpoint)
        async def checked(self: S, request: Request) -> Response:
            user: Any = request.user
            if not isinstance(user, AdminUser):
                raise Problem(401, "a bearer token is required")
            if not has_required_scope(request, [needed]):
                raise Problem(403, f"this token is {user.token.role.name.lower()}; "
                                   f"{needed} is needed")
            return await endpoint(self, request)

        return checked

    return decorate
