"""Group commit of entries: many entries, one transaction, acknowledged only after it commits.

The chat loop only appends to a list (no disk per message); the batcher task commits what has
gathered every `interval` seconds, or at once when `size` entries are waiting, in batches of at
most `size`. Each entry's callback (a reply, a button answer, a future) runs after its batch
commits, so nobody is told "you're in" for an entry a crash could lose.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from bot.clock import Clock
from bot.draws.store import DrawStore, NewEntry

log = logging.getLogger(__name__)

# Called after the commit with whether the entry is new (False: duplicate or draw closed).
Done = Callable[[bool], None]
Listener = Callable[[Sequence[NewEntry], Sequence[bool]], None]


class EntryBatcher:
    def __init__(self, store: DrawStore, clock: Clock, size: int = 256, interval: float = 0.25):
        self.store = store
        self.clock = clock
        self.size = size
        self.interval = interval
        self._pending: list[tuple[NewEntry, Done | None]] = []
        self._wake = asyncio.Event()
        self._full = asyncio.Event()
        # Called after every committed batch (entry counts, the crash test's acknowledgements).
        self.listeners: list[Listener] = []
        self.committed = 0
        self.batches = 0
        # Entries submitted / written (committed or refused), in order: `settled()` waits on it.
        self._submitted = 0
        self._written = 0
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._task: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return len(self._pending)

    def submit(self, entry: NewEntry, done: Done | None = None) -> None:
        self._pending.append((entry, done))
        self._submitted += 1
        self._wake.set()
        if len(self._pending) >= self.size:
            self._full.set()

    async def enter(self, entry: NewEntry) -> bool:
        """Submit and wait until the entry's batch is committed; True if it is a new entry."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def settle(new: bool) -> None:
            if not future.done():
                future.set_result(new)

        self.submit(entry, settle)
        return await future

    async def settled(self) -> None:
        """Wait until every entry submitted before this call is committed (or refused as a
        duplicate): what a caller may acknowledge is then on disk. The webhook bridge answers
        after this, so its 202/409 never runs ahead of the entry a message made."""
        target = self._submitted
        if self._written >= target:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append((target, future))
        self._wake.set()
        self._full.set()  # someone is waiting on it: commit now, not at the next interval
        await future

    def _release(self) -> None:
        ready = [f for t, f in self._waiters if t <= self._written]
        self._waiters = [(t, f) for t, f in self._waiters if t > self._written]
        for future in ready:
            if not future.done():
                future.set_result(None)

    def flush(self) -> int:
        """Commit everything waiting now (before a draw closes, at shutdown)."""
        n = 0
        while self._pending:
            chunk, self._pending = self._pending[: self.size], self._pending[self.size :]
            entries = [e for e, _ in chunk]
            try:
                results = self.store.add_entries(entries)
            except Exception:
                # Nothing of the batch was committed (one transaction): put it back, try later.
                self._pending[:0] = chunk
                raise
            self.committed += sum(results)
            self.batches += 1
            self._written += len(chunk)
            n += len(chunk)
            for (_, done), new in zip(chunk, results, strict=True):
                if done is not None:
                    try:
                        done(new)
                    except Exception:
                        log.exception("draws: an entry acknowledgement failed")
            for listener in self.listeners:
                try:
                    listener(entries, results)
                except Exception:
                    log.exception("draws: a batch listener failed")
        self._wake.clear()
        self._full.clear()
        self._release()
        return n

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            if len(self._pending) < self.size:
                await self._gather()
            try:
                self.flush()
            except Exception:
                log.exception("draws: committing %d entries failed; retrying", len(self._pending))
                await self.clock.sleep(self.interval)

    async def _gather(self) -> None:
        """Wait `interval` for more entries, or less if a full batch gathers first."""
        sleep = asyncio.ensure_future(self.clock.sleep(self.interval))
        full = asyncio.ensure_future(self._full.wait())
        try:
            await asyncio.wait({sleep, full}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in (sleep, full):
                t.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.gather(sleep, full, return_exceptions=True)

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name="draw-batcher")
        return self._task

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self.flush()
