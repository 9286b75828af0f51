"""Named per-draw timers on the injected clock: one task per (draw, what), replaced when set
again ("close" at the end of the entry window, "claims" at the next claim deadline, "beacon"
when the drand round is due)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.clock import Clock

log = logging.getLogger(__name__)

Action = Callable[[int], Awaitable[None] | None]


class Timers:
    """`schedule(draw_id, what, at, action)` runs `action(draw_id)` at clock time `at`
    (seconds); an action's exception is logged, never raised into the loop."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._tasks: dict[tuple[int, str], asyncio.Task[None]] = {}

    def schedule(self, draw_id: int, what: str, at: float, action: Action) -> None:
        """Replace timer (draw_id, what). Without a running loop (a synchronous caller) the
        draw is simply not timed."""
        self.cancel(draw_id, what)

        async def run() -> None:
            await self.clock.sleep(max(0.0, at - self.clock.now()))
            self._tasks.pop((draw_id, what), None)
            try:
                result = action(draw_id)
                if result is not None:
                    await result
            except Exception:
                log.exception("draws: %s of draw #%s failed", what, draw_id)

        with contextlib.suppress(RuntimeError):
            self._tasks[(draw_id, what)] = asyncio.get_running_loop().create_task(run())

    def cancel(self, draw_id: int, what: str) -> None:
        """Cancel timer (draw_id, what) unless it is the one running now."""
        task = self._tasks.pop((draw_id, what), None)
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    def cancel_all(self, draw_id: int) -> None:
        for what in [w for (d, w) in self._tasks if d == draw_id]:
            self.cancel(draw_id, what)

    def tasks(self) -> list[asyncio.Task[None]]:
        return list(self._tasks.values())

    async def stop(self) -> None:
        """Cancel every timer and wait for them to end."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
