"""One sliding-window rate limiter: at most N events in any window of T seconds.

A log of the event times in the window, not a token bucket: a bucket of capacity N refilled
at N/T lets 2N-1 events through in one window (a full burst, then the refill), which is
exactly what gets a bot locked out of Twitch; a log of the times cannot.

- `SlidingWindow`: one window (the outbox's per-channel sends, Twitch's account-wide sends,
  Discord's button edits). Ask `wait_time`, then `record`; or `allow` for check-and-record.
- `KeyedWindows`: one window per key (questions per viewer, public warnings per channel),
  dropping a key's log once it is empty so a long show does not keep every viewer forever.

Not here, because they are other things: the YouTube quota (a daily budget with a pace,
`plugins/youtube/quota.py`), the shop's order milestones (a count over a window with
thresholds that fire once, not a limit: `plugins/webhooks/shop.py`), the repeat filter
(the last N texts of a viewer, `bot/moderation/filters.py`).
Times are seconds on the caller's clock (`Clock.now()`); nothing here reads a clock itself.
"""

from __future__ import annotations

import collections
from collections.abc import Hashable
from typing import Generic, Protocol, TypeVar


class Rate(Protocol):
    """At most `messages` events in any window of `per_seconds` seconds
    (`plugins.base.RateLimit` is one)."""

    @property
    def messages(self) -> int: ...

    @property
    def per_seconds(self) -> float: ...


class SlidingWindow:
    """At most `limit.messages` events in any `limit.per_seconds + margin` seconds.

    `limit` may be replaced while running (Twitch: the bot was made a moderator, or no longer
    is) without forgetting what was recorded. `margin` widens the window for a platform that
    counts when events arrive, not when they were sent.
    """

    __slots__ = ("_times", "limit", "margin")

    def __init__(self, limit: Rate, margin: float = 0.0) -> None:
        self.limit = limit
        self.margin = margin
        self._times: collections.deque[float] = collections.deque()

    @property
    def span(self) -> float:
        """The window's length in seconds."""
        return self.limit.per_seconds + self.margin

    def _expire(self, now: float) -> None:
        # An event at t leaves the window at t + span exactly.
        times, oldest = self._times, now - self.span
        while times and times[0] <= oldest:
            times.popleft()

    def count(self, now: float) -> int:
        """Events recorded in the window ending at `now`."""
        self._expire(now)
        return len(self._times)

    def wait_time(self, now: float, events: int = 1) -> float:
        """Seconds until the window has room for `events` more (at most a whole window: more
        than `limit.messages` at once wait as long as a full window does)."""
        self._expire(now)
        events = min(events, self.limit.messages)
        must_expire = len(self._times) - self.limit.messages + events
        if must_expire <= 0:
            return 0.0
        return max(0.0, self._times[must_expire - 1] + self.span - now)

    def record(self, now: float) -> None:
        """One event at `now` (times are expected in order)."""
        self._times.append(now)

    def allow(self, now: float) -> bool:
        """Record one event at `now` if the window has room; False (nothing recorded) if not."""
        if self.limit.messages <= 0 or self.wait_time(now) > 0:
            return False
        self._times.append(now)
        return True


K = TypeVar("K", bound=Hashable)


class KeyedWindows(Generic[K]):
    """A `SlidingWindow` per key, made on first use; `refused` counts the events turned away.
    `limit` may be replaced while running (settings reloaded); every key then follows it."""

    def __init__(self, limit: Rate) -> None:
        self.limit = limit
        self._windows: dict[K, SlidingWindow] = {}
        self._since_prune = 0
        self.refused = 0

    def __len__(self) -> int:
        """Keys whose window is kept (idle ones are dropped every 4096 events)."""
        return len(self._windows)

    def wait_time(self, key: K, now: float) -> float:
        """Seconds until `key`'s window has room for one more event (0.0: it has room now)."""
        window = self._windows.get(key)
        if window is None:
            return 0.0
        window.limit = self.limit
        return window.wait_time(now)

    def allow(self, key: K, now: float) -> bool:
        """Record an event for `key` at `now` if its window has room; False if not."""
        self._since_prune += 1
        if self._since_prune >= 4096:  # forget the keys with nothing left in their window
            self._since_prune = 0
            self._windows = {k: w for k, w in self._windows.items() if w.count(now)}
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = SlidingWindow(self.limit)
        window.limit = self.limit  # `limit` may have been replaced since
        if window.allow(now):
            return True
        self.refused += 1
        return False
