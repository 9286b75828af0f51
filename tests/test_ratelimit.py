"""bot/ratelimit.py: the one sliding-window limiter behind the outbox, Twitch's account window,
the questions per viewer and the public warnings per channel."""

from __future__ import annotations

import random

import pytest

from bot.ratelimit import KeyedWindows, SlidingWindow
from plugins.base import RateLimit


def test_never_more_than_n_in_any_window_whatever_the_arrivals() -> None:
    rng = random.Random(11)
    window = SlidingWindow(RateLimit(5, 10.0))
    now, accepted = 0.0, []
    for _ in range(2000):
        now += rng.expovariate(2.0)
        if window.allow(now):
            accepted.append(now)
    assert len(accepted) > 200
    for i in range(len(accepted) - 5):
        assert accepted[i + 5] - accepted[i] >= 10.0  # any 6 accepted span a whole window


def test_waiting_as_told_is_always_enough_and_never_too_long() -> None:
    window = SlidingWindow(RateLimit(3, 10.0), margin=1.0)
    now = 0.0
    for _ in range(30):
        wait = window.wait_time(now)
        if wait > 0:
            assert window.wait_time(now + wait - 0.01) > 0  # not a moment earlier
            now += wait
        assert window.wait_time(now) == 0
        window.record(now)
    assert window.span == 11.0 and window.count(now) == 3


def test_a_new_limit_keeps_what_was_recorded() -> None:
    window = SlidingWindow(RateLimit(2, 30.0))
    for t in (0.0, 1.0):
        window.record(t)
    assert window.wait_time(2.0) == pytest.approx(28.0)
    window.limit = RateLimit(4, 30.0)  # made a moderator
    assert window.allow(2.0) and window.allow(3.0) and not window.allow(4.0)
    window.limit = RateLimit(2, 30.0)  # and no longer
    assert window.wait_time(31.0) == pytest.approx(1.0)  # 2.0 and 3.0 still in; one must leave


def test_keys_are_separate_forgotten_when_idle_and_a_zero_limit_refuses() -> None:
    keyed: KeyedWindows[str] = KeyedWindows(RateLimit(1, 5.0))
    assert keyed.allow("ann", 0.0) and keyed.allow("bob", 0.0)
    assert not keyed.allow("ann", 4.9) and keyed.allow("ann", 5.0)
    assert keyed.refused == 1
    for i in range(5000):
        keyed.allow(f"viewer{i}", 100.0 + i)
    assert len(keyed) < 4200  # viewers whose window emptied are dropped
    keyed.limit = RateLimit(0, 60.0)
    assert not keyed.allow("ann", 10_000.0)
