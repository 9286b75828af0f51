"""Waiting in tests for work that finishes off the event loop or over real loopback I/O."""

from __future__ import annotations

import asyncio

from bot.clock import FakeClock


async def eventually(
    cond, *, clock: FakeClock | None = None, step: float = 0.0, within: float = 5.0,
    pause: float = 0.005,
) -> None:
    """Wait (real time, checking every `pause` seconds) until `cond()` holds; optionally move
    fake time on by `step` seconds at each check."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not cond():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        if clock is not None and step:
            await clock.advance(step)
        await asyncio.sleep(pause)
