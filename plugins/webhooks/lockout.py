"""Failed sign-ins per client address: after `attempts` wrong tokens within `per_seconds`, the
address is refused (429, Retry-After) until the oldest failure leaves the window.

One `Lockout` is shared by the admin API's bearer tokens (auth.py) and the console's sign-in
form (plugins/webui), so a token cannot be guessed at line speed through either. Built on the
project's one limiter (`bot.ratelimit.KeyedWindows`) on the injected clock; only failures are
counted, and a locked-out address is refused before its token is looked at (else a right guess
would still get through). Each lockout is audited once, when it begins.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.clock import Clock
from bot.ratelimit import KeyedWindows
from bot.store import Store


@dataclass(frozen=True, slots=True)
class FailureRate:
    """At most `messages` failed attempts in any `per_seconds` seconds (a `bot.ratelimit.Rate`)."""

    messages: int = 10
    per_seconds: float = 60.0


class Lockout:
    """Counts failed token attempts per client address (a string: `request.client.host`).

    `retry_after(address)`: whole seconds the address must wait (0: it may try now).
    `failed(address, route)`: one wrong token; audits "auth.locked_out" (actor
    `address:<address>`, detail: route, attempts, seconds) when this failure starts a lockout.
    """

    def __init__(self, clock: Clock, store: Store | None = None,
                 rate: FailureRate | None = None) -> None:
        self.clock, self.store = clock, store
        self.rate = rate or FailureRate()
        self._failures: KeyedWindows[str] = KeyedWindows(self.rate)

    def retry_after(self, address: str) -> int:
        """Seconds until `address` may try a token again, rounded up; 0 when it may now."""
        return math.ceil(self._failures.wait_time(address, self.clock.now()))

    def failed(self, address: str, route: str) -> None:
        """Record one wrong token from `address` at `route` (a path, for the audit line)."""
        now = self.clock.now()
        if not self._failures.allow(address, now):
            return  # already locked out (two requests raced past the check): audited once
        wait = self._failures.wait_time(address, now)
        if wait > 0 and self.store is not None:  # this failure filled the window: a lockout
            self.store.audit("auth.locked_out", f"address:{address}", route=route,
                             attempts=self.rate.messages, seconds=math.ceil(wait))
