"""Every outgoing message goes through one queue per channel.

Each queue holds its channel to the adapter's send limit, sends the most urgent message first
(moderator > draw > announcement > answer), splits long text cleanly, merges duplicates still
waiting, and keeps a bounded backlog whose drops are counted, never silent.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import hashlib
import heapq
import itertools
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import regex

from bot import mentions
from bot.clock import Clock
from bot.events import Announcement, ModAction, Outgoing, Priority, Reply, Viewer
from bot.ratelimit import SlidingWindow
from plugins.base import Adapter, Delivery, PrivateReplies

log = logging.getLogger(__name__)

MAX_MENTIONS = 5
# What makes two waiting messages one: ("reply", text) or ("announcement", key).
MergeKey = tuple[str, str]


# One user-perceived character (an extended grapheme cluster, UAX #29): a ZWJ family emoji, a
# flag, a letter with its accents, a heart with its variation selector.
_GRAPHEME = regex.compile(r"\X")


def _boundary(text: str, limit: int) -> int:
    """The largest index <= `limit` that falls between two characters as displayed; 0 if the
    first one is already longer than `limit`."""
    end = 0
    for m in _GRAPHEME.finditer(text, 0, min(len(text), limit + 64)):
        if m.end() > limit:
            break
        end = m.end()
    return end


def split_text(text: str, limit: int) -> list[str]:
    """Split at sentence ends, then spaces, then hard, so no part exceeds `limit` characters
    (code points); never inside a character as displayed (a grapheme cluster), unless one
    cluster alone is longer than `limit`."""
    text = text.strip()
    parts: list[str] = []
    while len(text) > limit:
        safe = _boundary(text, limit) or limit
        window = text[:safe]
        cut = max(window.rfind(s) for s in (". ", "! ", "? ", "。", "！", "？", "\n"))
        if cut < limit // 3:
            cut = window.rfind(" ")
        if cut < limit // 3:
            cut = safe - 1
        parts.append(text[: cut + 1].strip())
        text = text[cut + 1 :].strip()
    if text:
        parts.append(text)
    return parts


def render_mentions(
    mentions: tuple[Viewer, ...], text: str, mention: Callable[[Viewer], str] | None = None
) -> str:
    """`@a @b: text`, each viewer named by `mention` (the adapter's: by id where the platform
    can) or as `@login`/`@display name`; at most MAX_MENTIONS, then "and N others"."""
    if not mentions:
        return text
    shown = " ".join((mention or _plain_mention)(v) for v in mentions[:MAX_MENTIONS])
    others = len(mentions) - MAX_MENTIONS
    if others > 0:
        shown += f" and {others} other{'s' if others > 1 else ''}"
    return f"{shown}: {text}"


def _plain_mention(viewer: Viewer) -> str:
    return viewer.mention


@dataclass(slots=True)
class _Item:
    priority: Priority
    seq: int
    out: Reply | Announcement

    def __lt__(self, other: _Item) -> bool:
        return (self.priority, self.seq) < (other.priority, other.seq)


@dataclass(slots=True)
class ChannelStats:
    queued: int = 0
    sent: int = 0
    failed: int = 0
    merged: int = 0
    dropped: collections.Counter[str] = field(default_factory=collections.Counter)


class ChannelQueue:
    """The queue and sender for one (platform, channel)."""

    def __init__(self, adapter: Adapter, channel: str, clock: Clock, backlog: int,
                 on_sent: Callable[[Reply | Announcement, str], None]) -> None:
        self.adapter = adapter
        self.channel = channel
        self.clock = clock
        self.backlog = backlog
        self.limiter = SlidingWindow(adapter.capabilities.rate)
        self.stats = ChannelStats()
        self._heap: list[_Item] = []
        self._by_key: dict[MergeKey, _Item] = {}
        self._seq = itertools.count()
        self._wake = asyncio.Event()
        self._on_sent = on_sent

    def __len__(self) -> int:
        return len(self._heap)

    def put(self, out: Reply | Announcement) -> None:
        key = _merge_key(out)
        if key is not None and (twin := self._by_key.get(key)) is not None:
            _merge(twin, out)
            self.stats.merged += 1
            return
        item = _Item(out.priority, next(self._seq), out)
        if len(self._heap) >= self.backlog:
            worst = max(self._heap)
            if item > worst or item.priority == worst.priority:
                self.stats.dropped[item.priority.name.lower()] += 1
                return
            self._heap.remove(worst)
            heapq.heapify(self._heap)
            self._forget(worst)
            self.stats.dropped[worst.priority.name.lower()] += 1
        heapq.heappush(self._heap, item)
        if key is not None:
            self._by_key[key] = item
        self.stats.queued += 1
        self._wake.set()

    def _forget(self, item: _Item) -> None:
        key = _merge_key(item.out)
        if key is not None and self._by_key.get(key) is item:
            del self._by_key[key]

    async def run(self) -> None:
        while True:
            while not self._heap:
                self._wake.clear()
                await self._wake.wait()
            wait = self.limiter.wait_time(self.clock.now())
            if wait > 0:
                await self.clock.sleep(wait)
                continue  # something more urgent may have arrived meanwhile
            item = heapq.heappop(self._heap)
            self._forget(item)
            await self._send(item.out)

    async def send_now(self, out: Reply | Announcement) -> None:
        """Send `out` at once, outside the channel's send limit (a private reply, which the
        platform does not count against the channel); the caller counts it as queued."""
        await self._send(out, limited=False)

    async def _send(self, out: Reply | Announcement, limited: bool = True) -> None:
        # A message split in parts waits until the window has room for all of them, and is
        # rendered right before they go, so no part states a price older than the first.
        while True:
            rendered = self._render(out)
            if rendered is None:
                self.stats.dropped["stale"] += 1
                return
            text, parts = rendered
            wait = self.limiter.wait_time(self.clock.now(), len(parts)) if limited else 0.0
            if wait <= 0:
                break
            await self.clock.sleep(wait)
        reply_to = out.to if isinstance(out, Reply) else None
        card = out.card if isinstance(out, Announcement) else None
        ephemeral = isinstance(out, Reply) and out.ephemeral
        for i, part in enumerate(parts):
            if limited:
                if i:  # only a text longer than the whole window waits between parts
                    wait = self.limiter.wait_time(self.clock.now())
                    if wait > 0:
                        await self.clock.sleep(wait)
                self.limiter.record(self.clock.now())
            key = _idempotency_key(out, text)
            delivery = Delivery(self.channel, part, reply_to if i == 0 else None,
                                card if i == 0 else None, ephemeral,
                                f"{key}:{i}" if key else None)
            try:
                await self.adapter.send(delivery)
            except Exception:
                self.stats.failed += 1
                log.exception("send to %s/%s failed", self.adapter.platform, self.channel)
                return
        self.stats.sent += 1
        self._on_sent(out, text)

    def _render(self, out: Reply | Announcement) -> tuple[str, list[str]] | None:
        """The text as of now, and its parts at the platform's length; None if it went stale."""
        if out.refresh is not None:
            fresh = out.refresh()
            if fresh is None:
                return None
            out.text = fresh
        mention = getattr(self.adapter, "mention", None)
        text = out.text
        if isinstance(out, Reply):
            text = render_mentions(out.mentions, text, mention)
        text = mentions.render(text, self.adapter.platform, mention)
        return text, split_text(text, self.adapter.capabilities.max_length)


def _idempotency_key(out: Reply | Announcement, text: str) -> str | None:
    """What makes a send recognisable after a crash: a draw result's own key; for a reply, the
    message it answers and its text (a message processed again after a restart gets the same
    answer, which a bridge then sees it already has)."""
    if isinstance(out, Announcement):
        return out.idempotency_key
    if not out.to.message_id:
        return None
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f"reply:{out.to.platform}:{out.to.channel}:{out.to.message_id}:{digest}"


def _merge_key(out: Reply | Announcement) -> MergeKey | None:
    if isinstance(out, Reply):
        return None if out.ephemeral else ("reply", out.text)
    return ("announcement", out.key) if out.key else None


def _merge(twin: _Item, out: Reply | Announcement) -> None:
    """Fold a duplicate into the one already waiting: more mentions, or the newer text. A
    reply folded in keeps its `source` under the waiting one's `merged` list, so listeners
    learn that it was sent too (the review queue marks each released answer sent)."""
    if isinstance(out, Reply) and isinstance(twin.out, Reply):
        seen = set(twin.out.mentions)
        twin.out.mentions += tuple(v for v in out.mentions if v not in seen)
        if out.source:
            kept = dict(twin.out.source or {})
            kept["merged"] = [*kept.get("merged", []), out.source]
            twin.out.source = kept
    else:
        twin.out = out
    if out.priority < twin.priority:
        twin.priority = out.priority


class Outbox:
    """Routes outgoing actions to channel queues; the only way features reach a chat."""

    def __init__(self, clock: Clock, *, backlog: int = 200) -> None:
        self.clock = clock
        self.backlog = backlog
        self.adapters: dict[str, Adapter] = {}
        self.queues: dict[tuple[str, str], ChannelQueue] = {}
        self.listeners: list[Callable[[Reply | Announcement, str], None]] = []
        # A gate may hold back what features send (pause, quiet, review); True lets it through.
        self.gates: list[Callable[[Outgoing], bool]] = []
        self.held = 0
        self._tasks: list[asyncio.Task[None]] = []
        self._mod_tasks: set[asyncio.Task[Any]] = set()

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter
        for channel in adapter.channels():
            self.queue(adapter.platform, channel)

    def queue(self, platform: str, channel: str) -> ChannelQueue:
        key = (platform, channel)
        q = self.queues.get(key)
        if q is None:
            q = ChannelQueue(self.adapters[platform], channel, self.clock, self.backlog, self._sent)
            self.queues[key] = q
            if self._tasks:  # already running: a channel that appeared later (a bridge)
                self._tasks.append(asyncio.create_task(q.run(), name=f"outbox:{platform}/{channel}"))
        return q

    def put(self, out: Outgoing, *, reviewed: bool = False) -> None:
        """Queue `out` for its channel(s), or take a ModAction to its platform. The gates
        (pause, quiet, review) may hold it back; `reviewed=True` says a moderator already let
        it through (an answer released from the review queue), so the gates are skipped."""
        if not reviewed and not all(gate(out) for gate in self.gates):
            self.held += 1
            return
        if isinstance(out, ModAction):
            self._moderate(out)
        elif isinstance(out, Reply):
            adapter = self.adapters.get(out.platform)
            if adapter is not None:
                self._put_reply(adapter, self.queue(out.platform, out.channel), out)
        else:
            for q in self._targets(out):
                q.put(out)

    def _put_reply(self, adapter: Adapter, q: ChannelQueue, out: Reply) -> None:
        """Each asker is answered where they asked. An adapter that can reply privately (Discord
        interactions) says which questions were private: those askers get the reply at once,
        outside the channel's send limit, and the channel reply credits only the others."""
        if not isinstance(adapter, PrivateReplies):
            q.put(out)
            return
        private_of = adapter.private_question
        privately = [out.to] if adapter.replies_privately(out.to) else []
        for viewer in out.mentions:
            if viewer != out.to.viewer and (asked := private_of(viewer, out.channel)) is not None:
                privately.append(asked)
        if not privately:
            q.put(out)
            return
        moved = {m.viewer for m in privately}
        for asked in privately:
            q.stats.queued += 1
            self._background(q.send_now(Reply(asked, out.text, out.priority,
                                              mentions=(asked.viewer,), ephemeral=out.ephemeral,
                                              refresh=out.refresh, source=out.source)))
        public = tuple(v for v in out.mentions if v not in moved)
        if out.to.viewer not in moved:
            out.mentions = public
            q.put(out)
        elif public:  # the others asked in the channel: answer there, quoting no message
            q.put(Reply(dataclasses.replace(out.to, message_id=""), out.text, out.priority,
                        mentions=public, ephemeral=out.ephemeral, refresh=out.refresh,
                        source=out.source))

    def _targets(self, out: Announcement) -> list[ChannelQueue]:
        if out.platform and out.channel:
            return [self.queue(out.platform, out.channel)] if out.platform in self.adapters else []
        return [q for (p, _), q in self.queues.items() if out.platform in (None, p)]

    def _moderate(self, action: ModAction) -> None:
        adapter = self.adapters.get(action.message.platform)
        if adapter is None or not adapter.capabilities.can(action.kind.value):
            log.info("%s cannot %s; skipped", action.message.platform, action.kind.value)
            return
        self._background(adapter.moderate(action))

    def _background(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(coro)
        self._mod_tasks.add(task)
        task.add_done_callback(self._mod_tasks.discard)

    def _sent(self, out: Reply | Announcement, text: str) -> None:
        for listener in self.listeners:
            try:
                listener(out, text)
            except Exception:
                log.exception("outbox listener failed")

    def start(self) -> None:
        for (platform, channel), q in self.queues.items():
            self._tasks.append(asyncio.create_task(q.run(), name=f"outbox:{platform}/{channel}"))

    async def drain(self, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """Wait until every queue is empty (the demo's last step)."""

        async def empty() -> None:
            while any(len(q) for q in self.queues.values()):  # noqa: ASYNC110 - every channel
                await asyncio.sleep(0.01)

        await asyncio.wait_for(empty(), timeout)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    def stats(self) -> dict[str, dict[str, Any]]:
        return {
            f"{p}/{c}": {
                "queued": q.stats.queued, "sent": q.stats.sent, "failed": q.stats.failed,
                "merged": q.stats.merged, "dropped": dict(q.stats.dropped), "backlog": len(q),
            }
            for (p, c), q in self.queues.items()
        }
