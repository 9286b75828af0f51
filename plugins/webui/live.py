"""Live updates: what changed, fanned out to every connected console and overlay (SSE).

Topics are short names ("card", "draw", "ticker", "questions", "review", "controls", "show",
"draws", "audit"). Features report changes in three ways, all pushed, none polled by browsers:
the fact table's subscription (a price, stock or promotion change: at once), the draws'
listeners (at once), and one watcher task reading new audit entries every `tick` seconds
(questions, review holds, show cues, moderators' actions), mapped to topics by kind.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from bot.clock import Clock
from bot.store import Store

log = logging.getLogger(__name__)

# Audit kinds (by their first part) and the topics they change.
_KIND_TOPICS: dict[str, tuple[str, ...]] = {
    "question": ("questions", "ticker"),
    "review": ("review", "questions"),
    "show": ("show", "card"),
    "draw": ("draws", "draw"),
    "mod": ("controls", "review"),
    "console": ("controls", "review", "show", "draws"),
    "admin": ("controls", "review"),
    "shop": ("card", "show"),
}


def topics_of(kind: str) -> tuple[str, ...]:
    """The topics an audit entry of `kind` changes (every one changes "audit")."""
    return ("audit", *_KIND_TOPICS.get(kind.split(".", 1)[0], ()))


class Hub:
    """Subscribers' queues of changed topics; `publish` is safe from any thread.

    Each subscriber gets a set of topics changed since it last looked (a burst of 100 price
    webhooks is one redraw, not 100), so a slow browser never makes the hub buffer without end.
    """

    def __init__(self) -> None:
        self._subs: list[Subscription] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: int | None = None
        # Bumped by every publish, before anyone is woken: what was drawn from older state
        # is stale (the overlays' shared fragment cache keys on it).
        self._versions = itertools.count(1)
        self.version = 0

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """The loop subscribers wait in (set when the server starts)."""
        self._loop, self._thread = loop, threading.get_ident()

    def publish(self, *topics: str) -> None:
        self.version = next(self._versions)  # atomic under the GIL, from any thread
        if self._loop is None or not self._subs:
            return
        if threading.get_ident() == self._thread:
            self._deliver(topics)
        else:
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody is listening
                self._loop.call_soon_threadsafe(self._deliver, topics)

    def _deliver(self, topics: Iterable[str]) -> None:
        wanted = set(topics)
        for sub in list(self._subs):
            hit = wanted & sub.topics
            if hit:
                sub.changed |= hit
                sub.event.set()

    def wake_all(self) -> None:
        """Wake every subscriber (with nothing changed): streams look whether to end."""
        for sub in list(self._subs):
            sub.event.set()

    @property
    def subscribers(self) -> int:
        return len(self._subs)

    @contextlib.contextmanager
    def subscribe(self, topics: Iterable[str]) -> Iterator[Subscription]:
        """A subscription to `topics` for the `with` block."""
        sub = Subscription(set(topics))
        self._subs.append(sub)
        try:
            yield sub
        finally:
            self._subs.remove(sub)


class Subscription:
    """One browser's view of the hub: `await next()` gives the topics changed since the last
    call (an empty set when `within` seconds pass first)."""

    __slots__ = ("topics", "changed", "event")

    def __init__(self, topics: set[str]) -> None:
        self.topics = topics
        self.changed: set[str] = set()
        self.event = asyncio.Event()

    async def next(self, within: float | None = None) -> set[str]:
        if not self.changed:
            try:
                await asyncio.wait_for(self.event.wait(), within)
            except TimeoutError:
                pass
        self.event.clear()
        changed, self.changed = self.changed, set()
        return changed


class AuditWatcher:
    """Reads new audit entries every `tick` seconds (one indexed query for every browser) and
    publishes the topics they change. Starts after the newest entry there is."""

    def __init__(self, store: Store, clock: Clock, hub: Hub, tick: float = 0.2) -> None:
        self.store, self.clock, self.hub, self.tick = store, clock, hub, tick
        self.last_id: int = _max_id(store)
        self._task: asyncio.Task[None] | None = None

    def poll(self) -> set[str]:
        """Publish what the entries since the last poll changed; returns those topics."""
        entries = self.store.audit_entries(since_id=self.last_id, limit=500)
        topics: set[str] = set()
        for e in entries:
            self.last_id = max(self.last_id, int(e["id"]))
            topics.update(topics_of(str(e["kind"])))
        if topics:
            self.hub.publish(*topics)
        return topics

    async def run(self) -> None:
        """Poll while anyone watches; ends when the last browser went (`start` again then)."""
        self.last_id = max(self.last_id, _max_id(self.store))  # what nobody saw is not news
        while self.hub.subscribers:
            try:
                self.poll()
            except Exception as err:  # a locked database for a moment: next tick
                log.warning("webui: reading the audit log failed: %s", err)
            await asyncio.sleep(self.tick)  # real time: browsers wait in real time

    def start(self) -> None:
        """Run the watcher in this loop unless it runs already."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name="webui:audit")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


def _max_id(store: Store) -> int:
    rows: Any = store.query("SELECT max(id) AS id FROM audit")
    return int(rows[0]["id"] or 0) if rows else 0
