"""bot/retry.py: one backoff policy, on tenacity, sleeping on the injected clock."""

from __future__ import annotations

import asyncio
import random

import pytest

from bot.clock import FakeClock
from bot.retry import Backoff


def test_delay_is_full_jitter_within_cap_and_floor() -> None:
    policy = Backoff(base=1.0, cap=8.0, floor=0.5, rng=random.Random(7))
    delays = [policy.delay(n) for n in range(12)]
    assert all(0.5 <= d <= 8.0 for d in delays)
    assert max(delays[6:]) > 2.0  # the window grows with the attempt number


async def test_retrying_sleeps_on_the_clock_and_returns_once_it_works() -> None:
    clock = FakeClock()
    calls: list[float] = []
    seen: list[tuple[str, float]] = []

    async def flaky() -> str:
        calls.append(clock.now())
        if len(calls) < 4:
            raise ConnectionError(f"down {len(calls)}")
        return "ok"

    async def run() -> str:
        policy = Backoff(base=1.0, cap=4.0, floor=1.0, rng=random.Random(1))
        async for attempt in policy.retrying(clock, retry_on=(ConnectionError,),
                                             on_retry=lambda e, s: seen.append((str(e), s))):
            with attempt:
                return await flaky()
        raise AssertionError("unreachable")

    task = asyncio.create_task(run())
    await clock.advance(60)
    assert await task == "ok"
    assert len(calls) == 4 and [e for e, _ in seen] == ["down 1", "down 2", "down 3"]
    gaps = [b - a for a, b in zip(calls, calls[1:], strict=False)]
    assert all(1.0 <= g <= 4.0 for g in gaps) and gaps == pytest.approx([s for _, s in seen])


async def test_retrying_gives_up_after_attempts_and_does_not_retry_other_errors() -> None:
    clock = FakeClock()
    policy = Backoff(base=0.1, attempts=3)
    tries = 0

    async def run(error: type[BaseException]) -> None:
        nonlocal tries
        async for attempt in policy.retrying(clock, retry_on=(TimeoutError,)):
            with attempt:
                tries += 1
                raise error("no")

    task = asyncio.create_task(run(TimeoutError))
    await clock.advance(10)
    with pytest.raises(TimeoutError):
        await task
    assert tries == 3
    tries = 0
    with pytest.raises(ValueError):
        await run(ValueError)
    assert tries == 1


def test_equal_jitter_keeps_half_the_window() -> None:
    policy = Backoff(base=2.0, cap=60.0, jitter="equal", rng=random.Random(3))
    for attempt, window in [(0, 2.0), (2, 8.0), (9, 60.0)]:
        delays = [policy.delay(attempt) for _ in range(100)]
        assert all(window / 2 <= d <= window for d in delays)
        assert len(set(delays)) > 90


def test_quota_budget_tells_its_reset_time_publicly() -> None:
    from plugins.youtube.quota import QuotaBudget, next_reset

    clock = FakeClock()
    budget = QuotaBudget(clock, daily_units=100)
    assert budget.resets_at() == next_reset(clock.now())
    assert budget.exhausted() == budget.resets_at()
    assert budget.remaining() == 0
