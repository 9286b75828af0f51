"""The YouTube Data API's daily quota, spent so it lasts the show.

A project gets 10,000 units a day by default, reset at midnight Pacific time, and every call
costs units (developers.google.com/youtube/v3/determine_quota_cost): reading chat 5, writing a
chat message 50, a video lookup 1. Running out mid-show means a silent bot, so the budget
splits the day into a reading pool and a writing pool and paces each along a straight line over
the planned show length, with a burst allowance up front: early questions get answered at once,
and a busy show slows polling and sending gradually instead of stopping dead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.clock import Clock

# Units per call, from the documented table; a show can override them in config.
COSTS: dict[str, int] = {
    "videos.list": 1,
    "liveBroadcasts.list": 5,
    "liveChatMessages.list": 5,
    "liveChatMessages.insert": 50,
    "liveChatMessages.delete": 50,
    "liveChatBans.insert": 50,
}
WRITES = {"liveChatMessages.insert", "liveChatMessages.delete", "liveChatBans.insert"}
PACIFIC = ZoneInfo("America/Los_Angeles")


class QuotaExhausted(Exception):
    """No units left until the daily reset."""

    def __init__(self, pool: str, reset_at: float) -> None:
        until = dt.datetime.fromtimestamp(reset_at, PACIFIC)
        super().__init__(f"YouTube quota for {pool} is spent until {until:%Y-%m-%d %H:%M %Z}")
        self.pool, self.reset_at = pool, reset_at


@dataclass
class QuotaBudget:
    clock: Clock
    daily_units: int = 10_000
    show_seconds: float = 2 * 3600
    # Share of the day kept for writing (answers, announcements, moderation).
    write_share: float = 0.4
    # Share of each pool that may be spent at once, before pacing starts.
    burst: float = 0.15
    # Shows run long: the pace is set for the planned length plus this share of it.
    overrun: float = 0.25
    costs: dict[str, int] = field(default_factory=lambda: dict(COSTS))
    spent: dict[str, int] = field(default_factory=lambda: {"read": 0, "write": 0})
    _start: float | None = None
    _reset_at: float = 0.0

    @property
    def reset_at(self) -> float:
        """When today's quota refills (epoch seconds; 0.0 before the first call)."""
        return self._reset_at

    def pool_of(self, method: str) -> str:
        return "write" if method in WRITES else "read"

    def total(self, pool: str) -> float:
        share = self.write_share if pool == "write" else 1 - self.write_share
        return self.daily_units * share

    def remaining(self) -> int:
        return max(0, self.daily_units - sum(self.spent.values()))

    def wait_time(self, method: str) -> float:
        """Seconds to wait before `method` keeps to the pace; raises QuotaExhausted when the
        pool is spent for today."""
        now = self._roll()
        pool, cost = self.pool_of(method), self.costs.get(method, 1)
        total, spent = self.total(pool), self.spent[pool]
        if spent + cost > total:
            raise QuotaExhausted(pool, self._reset_at)
        assert self._start is not None
        # Allowed by time t: total·(burst + (1−burst)·t/span), capped at total.
        need = ((spent + cost) / total - self.burst) / (1 - self.burst)
        return max(0.0, self._start + need * self.show_seconds * (1 + self.overrun) - now)

    def spend(self, method: str) -> None:
        self._roll()
        self.spent[self.pool_of(method)] += self.costs.get(method, 1)

    def exhausted(self) -> None:
        """The API said quotaExceeded (another app on the same project spends it too)."""
        self._roll()
        for pool in self.spent:
            self.spent[pool] = int(self.total(pool)) + 1

    def _roll(self) -> float:
        now = self.clock.now()
        if self._start is None or now >= self._reset_at:
            self._start = now
            self.spent = {pool: 0 for pool in self.spent}
            self._reset_at = next_reset(now)
        return now


def next_reset(now: float) -> float:
    """The next midnight in Pacific time after `now` (epoch seconds)."""
    local = dt.datetime.fromtimestamp(now, PACIFIC)
    midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), PACIFIC)
    return midnight.timestamp()
