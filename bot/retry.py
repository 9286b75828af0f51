"""One way to retry: exponential backoff with full jitter on tenacity, sleeping on the injected
clock (so a test's FakeClock runs hours of retries in milliseconds).

Two shapes of the same policy:
- `Backoff.retrying(clock)`: a `tenacity.AsyncRetrying` for "call until it works" loops
  (`async for attempt in backoff.retrying(clock): with attempt: await fetch()`);
- `Backoff.delay(attempt)`: the wait before attempt n+1, for loops that keep their own state
  (a reconnect loop that resets after a good session, an outbox that stores `next_at` in SQLite).

Source of the policy: "full jitter" from AWS's "Exponential Backoff And Jitter" (2015), as
tenacity's `wait_random_exponential` implements it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import tenacity

from bot.clock import Clock


@dataclass(frozen=True)
class Backoff:
    """Attempt n (0-based) waits uniform(0, min(cap, base·2ⁿ)) seconds, never under `floor`.

    `jitter="equal"` keeps half the window fixed: uniform(w/2, w) (the same paper's "equal
    jitter"), for a sender that must never retry at once (outbound webhooks).
    `attempts` is the most tries `retrying` makes (None: until it works or is cancelled).
    `rng` is for tests that want the jitter reproducible.
    """

    base: float = 1.0
    cap: float = 60.0
    floor: float = 0.0
    attempts: int | None = None
    rng: random.Random = field(default_factory=random.Random, compare=False)
    jitter: Literal["full", "equal"] = "full"

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt `attempt` (0-based) before the next one."""
        window = min(self.cap, self.base * 2 ** max(0, attempt))
        low = window / 2 if self.jitter == "equal" else 0.0
        return max(self.floor, self.rng.uniform(low, window))

    def _wait(self, state: tenacity.RetryCallState) -> float:
        return self.delay(state.attempt_number - 1)

    def retrying(self, clock: Clock, *, retry_on: tuple[type[BaseException], ...] = (Exception,),
                 on_retry: Callable[[BaseException, float], None] | None = None,
                 ) -> tenacity.AsyncRetrying:
        """A tenacity retrier: retries exceptions of `retry_on`, sleeps with `clock.sleep`,
        calls `on_retry(error, seconds)` before each sleep (for logging), and re-raises the last
        error once `attempts` are spent. Anything else (CancelledError included) propagates."""

        def before_sleep(state: tenacity.RetryCallState) -> None:
            if on_retry is not None and state.outcome is not None:
                error = state.outcome.exception()
                if error is not None:
                    on_retry(error, state.upcoming_sleep)

        stop: tenacity.stop.stop_base = (tenacity.stop_never if self.attempts is None
                                         else tenacity.stop_after_attempt(self.attempts))
        return tenacity.AsyncRetrying(
            sleep=clock.sleep, wait=self._wait, stop=stop, reraise=True,
            retry=tenacity.retry_if_exception_type(retry_on), before_sleep=before_sleep)
