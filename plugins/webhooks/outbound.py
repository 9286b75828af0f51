"""Outbound events: what the bot tells the shop and other systems, durably and exactly once.

`EventBus.publish(kind, payload)` is all a feature calls: in one SQLite transaction it writes a
row per interested subscriber into `webhook_outbound`, so an event published is an event that
will be delivered, across crashes and restarts. `Deliverer` posts the rows, signed with the same
scheme as inbound webhooks (`signing.signature`), with explicit httpx timeouts; a failure is
retried with exponential backoff and jitter on the injected clock, and after `max_attempts` (or
a permanent 4xx) the row moves to the dead-letter list, which the admin API shows and can retry.

Delivery is at least once; the event id (in the signed body and the `Hawker-Event-Id` header)
lets the receiver make it exactly once. A row is marked delivered only after a 2xx (or a 409,
"already have it"), so a crash between the POST and the mark costs a duplicate, never a loss.
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import json
import logging
import random
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from bot.clock import Clock
from bot.retry import Backoff
from bot.store import Store

from .signing import sign

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_outbound (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    subscriber TEXT NOT NULL,
    kind TEXT NOT NULL,
    body BLOB NOT NULL,
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    last_error TEXT NOT NULL DEFAULT '',
    delivered_at REAL,
    UNIQUE (event_id, subscriber)
);
CREATE INDEX IF NOT EXISTS webhook_outbound_due ON webhook_outbound(status, next_at);
"""

# The kinds features publish (subscribers filter on them with shell patterns, "draw.*").
KINDS = (
    "draw.opened", "draw.closed", "draw.winner", "draw.claimed", "draw.cancelled",
    "sale.started", "sale.ended", "question.unanswered", "answer.sent",
    "bot.paused", "bot.resumed",
)


@dataclass(frozen=True, slots=True)
class Target:
    """One subscriber: where its events go, the secret they are signed with, what it wants."""

    name: str
    url: str
    secret: str
    events: tuple[str, ...] = ("*",)

    def wants(self, kind: str) -> bool:
        return any(fnmatch.fnmatchcase(kind, pattern) for pattern in self.events)


class EventBus:
    """publish(kind, payload): the durable outbox of outbound events."""

    def __init__(self, store: Store, clock: Clock, targets: Iterable[Target] = ()) -> None:
        self.store = store
        self.clock = clock
        self.targets = {t.name: t for t in targets}
        self.wake = asyncio.Event()
        store.ensure_schema(SCHEMA)

    def publish(self, kind: str, payload: dict[str, Any], *, key: str | None = None) -> str:
        """Queue an event for every subscriber that wants `kind`; returns its event id.

        `key` makes publishing idempotent: the same key gives the same event id, and a second
        publish of it is ignored (e.g. `f"draw:{draw_id}:winner"` after a crash and replay).
        """
        if key is not None:
            event_id = "evt_" + hashlib.sha256(f"{kind}\0{key}".encode()).hexdigest()[:32]
        else:
            event_id = "evt_" + uuid.uuid4().hex
        now = self.clock.now()
        body = json.dumps({"id": event_id, "type": kind, "created_at": now, "data": payload},
                          ensure_ascii=False, separators=(",", ":"), default=str).encode()
        wanting = [t.name for t in self.targets.values() if t.wants(kind)]
        if wanting:
            with self.store.transaction() as conn:
                conn.executemany(
                    "INSERT OR IGNORE INTO webhook_outbound"
                    "(event_id, subscriber, kind, body, created_at, next_at) VALUES (?,?,?,?,?,?)",
                    [(event_id, name, kind, body, now, now) for name in wanting],
                )
            self.wake.set()
        return event_id

    # -- what the admin API and metrics read ------------------------------------------------

    def counts(self) -> dict[str, int]:
        rows = self.store.query("SELECT status, COUNT(*) FROM webhook_outbound GROUP BY status")
        out = {"pending": 0, "delivered": 0, "dead": 0}
        out.update({r[0]: r[1] for r in rows})
        return out

    def dead_letters(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = self.store.query(
            "SELECT seq, event_id, subscriber, kind, attempts, last_error, created_at, body "
            "FROM webhook_outbound WHERE status = 'dead' ORDER BY seq DESC LIMIT ?", (limit,))
        return [
            {"seq": r["seq"], "event_id": r["event_id"], "subscriber": r["subscriber"],
             "kind": r["kind"], "attempts": r["attempts"], "last_error": r["last_error"],
             "created_at": r["created_at"], "event": json.loads(r["body"])}
            for r in rows
        ]

    def retry(self, seq: int) -> bool:
        """Move a dead letter back to pending, with a fresh attempt budget."""
        cur = self.store.execute(
            "UPDATE webhook_outbound SET status = 'pending', attempts = 0, next_at = ?, "
            "last_error = '' WHERE seq = ? AND status = 'dead'", (self.clock.now(), seq))
        if cur.rowcount:
            self.wake.set()
        return bool(cur.rowcount)


@dataclass(slots=True)
class _Row:
    seq: int
    event_id: str
    subscriber: str
    body: bytes
    attempts: int


class Deliverer:
    """Posts pending outbound events; run() is a task for the life of the app."""

    def __init__(self, bus: EventBus, *, client: httpx.AsyncClient | None = None,
                 timeout: float = 5.0, max_attempts: int = 8, backoff: float = 1.0,
                 backoff_max: float = 300.0, rng: random.Random | None = None,
                 batch: int = 100) -> None:
        self.bus = bus
        self.clock = bus.clock
        self.timeout = httpx.Timeout(timeout)
        self.max_attempts = max_attempts
        # Equal jitter: a failed subscriber is never retried at once, and retries of many
        # events do not arrive in lockstep.
        self.policy = Backoff(base=backoff, cap=backoff_max, jitter="equal",
                              rng=rng or random.Random())
        self.batch = batch
        self._client = client
        self._own_client = client is None
        # A subscriber that just failed is left alone until then (not one try per event).
        self._hold: dict[str, float] = {}
        self.attempts = 0

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout)
        return self._client

    async def aclose(self) -> None:
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    def backoff_delay(self, attempts: int) -> float:
        """Seconds before the next try after `attempts` (1-based) failed ones: exponential,
        capped, half fixed and half random, never zero (`bot.retry.Backoff`)."""
        return self.policy.delay(attempts - 1)

    def _due(self, now: float) -> list[_Row]:
        rows = self.bus.store.query(
            "SELECT seq, event_id, subscriber, body, attempts FROM webhook_outbound "
            "WHERE status = 'pending' AND next_at <= ? ORDER BY seq LIMIT ?", (now, self.batch))
        return [_Row(r[0], r[1], r[2], bytes(r[3]), r[4]) for r in rows
                if self._hold.get(r[2], 0.0) <= now]

    def next_delay(self) -> float | None:
        """Seconds until something is due (0 if now), or None when nothing is pending."""
        now = self.clock.now()
        rows = self.bus.store.query(
            "SELECT subscriber, MIN(next_at) FROM webhook_outbound WHERE status = 'pending' "
            "GROUP BY subscriber")
        if not rows:
            return None
        return max(0.0, min(max(at, self._hold.get(sub, 0.0)) for sub, at in rows) - now)

    async def deliver_due(self) -> int:
        """One round: every due row, subscribers in parallel, each subscriber's in order."""
        by_sub: dict[str, list[_Row]] = {}
        for row in self._due(self.clock.now()):
            by_sub.setdefault(row.subscriber, []).append(row)
        done = await asyncio.gather(*(self._deliver_all(rows) for rows in by_sub.values()))
        return sum(done)

    async def _deliver_all(self, rows: list[_Row]) -> int:
        tried = 0
        for row in rows:
            tried += 1
            if not await self._deliver(row):
                break  # the subscriber is struggling: the rest wait for its backoff
        return tried

    async def _deliver(self, row: _Row) -> bool:
        target = self.bus.targets.get(row.subscriber)
        if target is None:
            self._finish(row, "dead", "subscriber no longer configured")
            return True
        headers = sign(target.secret, row.body, now=self.clock.now(), event_id=row.event_id,
                       source="hawker")
        self.attempts += 1
        try:
            resp = await self.client.post(target.url, content=row.body, headers=headers,
                                          timeout=self.timeout)
        except httpx.HTTPError as err:
            self._failed(row, f"{type(err).__name__}: {err}"[:300])
            return False
        if 200 <= resp.status_code < 300 or resp.status_code == 409:
            self._finish(row, "delivered", "")
            return True
        error = f"HTTP {resp.status_code}: {resp.text[:200]}"
        if resp.status_code in (408, 425, 429) or resp.status_code >= 500:
            self._failed(row, error, _retry_after(resp))
            return False
        self._finish(row, "dead", error)  # a permanent refusal: retrying will not help
        return True

    def _failed(self, row: _Row, error: str, retry_after: float | None = None) -> None:
        attempts = row.attempts + 1
        if attempts >= self.max_attempts:
            self._finish(row, "dead", error, attempts)
            return
        now = self.clock.now()
        next_at = now + max(self.backoff_delay(attempts), retry_after or 0.0)
        self._hold[row.subscriber] = next_at
        self.bus.store.execute(
            "UPDATE webhook_outbound SET attempts = ?, next_at = ?, last_error = ? WHERE seq = ?",
            (attempts, next_at, error, row.seq))
        log.info("outbound %s to %s failed (%s); retry in %.1fs", row.event_id, row.subscriber,
                 error, next_at - now)

    def _finish(self, row: _Row, status: str, error: str, attempts: int | None = None) -> None:
        self._hold.pop(row.subscriber, None)
        self.bus.store.execute(
            "UPDATE webhook_outbound SET status = ?, attempts = ?, last_error = ?, "
            "delivered_at = ? WHERE seq = ?",
            (status, row.attempts + 1 if attempts is None else attempts, error,
             self.clock.now() if status == "delivered" else None, row.seq))
        if status == "dead":
            log.warning("outbound %s to %s dead-lettered: %s", row.event_id, row.subscriber, error)

    async def run(self) -> None:
        while True:
            self.bus.wake.clear()
            try:
                await self.deliver_due()
            except Exception:  # a disk hiccup must not end delivery for the rest of the show
                log.exception("outbound delivery round failed; trying again shortly")
                await self.clock.sleep(1.0)
            delay = self.next_delay()
            if delay == 0:
                continue
            await self._sleep_or_wake(delay)

    async def _sleep_or_wake(self, delay: float | None) -> None:
        waits = [asyncio.ensure_future(self.bus.wake.wait())]
        if delay is not None:
            waits.append(asyncio.ensure_future(self.clock.sleep(delay)))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                w.cancel()


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("Retry-After", "")
    try:
        return min(3600.0, max(0.0, float(value)))
    except ValueError:
        return None


# -- relays: events from features that do not publish themselves (yet) -----------------------

SALE_SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_sale_state (
    sku TEXT PRIMARY KEY,
    on_sale INTEGER NOT NULL,      -- what the last sale.started / sale.ended said
    changes INTEGER NOT NULL       -- how many were published for this SKU, ever
);
"""


def sale_relay(bus: EventBus) -> Callable[[Any], None]:
    """A `Facts.subscribe` callback: a promotion turning on or off is a sale started/ended.

    Event ids are `sale:<sku>:<n>`, n counted in the store, so they are unique across restarts
    (a per-process facts version would repeat, and the repeated id be silently dropped). The
    count and the event are one transaction with whatever changed the facts (a shop event is
    applied inside its ledger transaction), so an event the bot acted on is never lost. A
    promotion merely registered again, as a restart restores it in the state the subscriber
    was last told, is not news and sends nothing."""
    bus.store.ensure_schema(SALE_SCHEMA)

    def on_change(change: Any) -> None:
        if change.field != "promotion" or change.new is None or change.old == change.new:
            return
        on = bool(change.new)
        with bus.store.transaction() as conn:
            row = conn.execute("SELECT on_sale, changes FROM webhook_sale_state WHERE sku = ?",
                               (change.sku,)).fetchone()
            told, n = (bool(row[0]), row[1]) if row else (False, 0)
            if change.old is None and told == on:
                return
            conn.execute("INSERT INTO webhook_sale_state(sku, on_sale, changes) VALUES (?,?,?) "
                         "ON CONFLICT(sku) DO UPDATE SET on_sale = excluded.on_sale, "
                         "changes = excluded.changes", (change.sku, int(on), n + 1))
            bus.publish("sale.started" if on else "sale.ended", {"sku": change.sku},
                        key=f"sale:{change.sku}:{n + 1}")

    return on_change


def _question(msg: Any) -> dict[str, Any]:
    return {
        "platform": msg.platform, "channel": msg.channel, "message_id": msg.message_id,
        "viewer": {"id": msg.viewer.id, "display_name": msg.viewer.display_name},
        "question": msg.text,
    }


def unanswered_relay(bus: EventBus) -> Callable[[Any, str], None]:
    """An `AnswerService.unanswered` listener: each question the bot had no answer for, or
    answered too late to send, is a `question.unanswered` event (reason "no_answer" or
    "too_late"), so the host can take it up."""

    def on_unanswered(askers: Any, reason: str) -> None:
        for msg in askers:
            bus.publish("question.unanswered", {**_question(msg), "reason": reason},
                        key=f"{msg.platform}:{msg.channel}:{msg.message_id}:{reason}")

    return on_unanswered


def answer_relay(bus: EventBus, prefix: str = "!") -> Callable[[Any, str], None]:
    """An outbox listener: every answer the bot sent to a viewer's question (not a command's
    reply) is an `answer.sent` event."""
    from bot.events import Priority, Reply

    def on_sent(out: Any, text: str) -> None:
        if (isinstance(out, Reply) and out.priority == Priority.ANSWER
                and not out.to.text.lstrip().startswith(prefix)):
            msg = out.to
            bus.publish("answer.sent", {**_question(msg), "text": text},
                        key=f"{msg.platform}:{msg.channel}:{msg.message_id}:{text}")

    return on_sent


def draw_relay(bus: EventBus) -> Callable[[str, dict[str, Any]], None]:
    """A `Draws.listeners` callback: draw events go out as they are (kind, payload).

    Keyed by their content, so a draw step replayed after a crash is not sent twice."""

    def on_draw(kind: str, payload: dict[str, Any]) -> None:
        bus.publish(kind, payload, key=json.dumps(payload, sort_keys=True, default=str))

    return on_draw
