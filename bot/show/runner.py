"""The show runner: the plan played out on an injected clock.

Time here is *show time*: seconds since `!show start`, not counting pauses. The plan's
schedule (segment ends, promotion windows, countdown marks, timed messages, draw slots) is in
show time, so a pause freezes all of it and a resume moves every deadline by the pause.
Promotions go into `Facts` with absolute deadlines (so a price reverts on time even if a tick
is late) and are reconciled with the plan on every tick; what the show *says* is a set of
cues, each with a key that is recorded in the store before it is sent, so a restarted runner
resumes at the right segment and never repeats itself.

Announcements are rendered again from live facts by the outbox just before sending (the
`refresh` hook); a stale one (sold out, sale over) is dropped there.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.clock import Clock
from bot.commands import ArgumentError
from bot.events import Announcement, ChatMessage, Priority, Role
from bot.outbox import Outbox
from bot.show.announce import Announcer, Rendered
from bot.show.plan import ShowPlan, StandalonePromotion
from bot.store import Store
from knowledge.facts import FactChange, Facts, Promotion

log = logging.getLogger(__name__)

ACTOR = "show"
SPLIT_AT = 300  # characters; longer announcements go out one language per message
PITCH_KEY = "show:pitch"  # queued pitches merge: a skip storm says only the newest product


class DrawController(Protocol):
    """The seam to the lucky draws feature (bot/draws); methods may be sync or async."""

    def create(
        self, prize: str, winners: int, keyword: str, duration: float, actor: str
    ) -> Any: ...
    def open(self, draw_id: Any) -> Any: ...
    def close(self, draw_id: Any) -> Any: ...
    def pick(self, draw_id: Any) -> Any: ...


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@dataclass
class ShowState:
    """Everything the runner must remember across a restart (kept as JSON in the store)."""

    status: str = "idle"  # idle | running | paused | ended
    started_at: float | None = None  # wall-clock time of `!show start`
    paused_total: float = 0.0
    paused_at: float | None = None
    segment: int = 0
    segment_start: float = 0.0  # show time
    extended: float = 0.0  # seconds added to the current segment by `!extend`
    done: list[str] = field(default_factory=list)  # cue keys already made
    # Moderator overrides of plan promotions: id -> True (forced on) / False (forced off).
    overrides: dict[str, bool] = field(default_factory=dict)
    # Timed messages: show time of the last send, and the viewer-line count then.
    message_at: dict[str, float] = field(default_factory=dict)
    message_lines: dict[str, int] = field(default_factory=dict)
    lines: int = 0  # viewers' chat lines since the show started
    # Draws the plan opened: segment index -> {"id": draw id, "closes": show time}.
    draws: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ShowState:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


STOCK_SCHEMA = """
CREATE TABLE IF NOT EXISTS show_stock (
    sku TEXT PRIMARY KEY,
    stock INTEGER NOT NULL,   -- the latest stock the show saw, from any source (!stock, shop)
    at REAL NOT NULL
);
"""


@dataclass(slots=True)
class Cue:
    key: str
    at: float  # show time it is due
    grace: float  # how late it may still go out (a restart's catch-up skips older ones)
    fire: Callable[[], Any]  # may return an awaitable (draws)
    before: bool = False  # fire with the promotions as they were just before `at`


class ShowRunner:
    def __init__(
        self,
        plan: ShowPlan,
        *,
        facts: Facts,
        outbox: Outbox,
        store: Store,
        clock: Clock,
        announcer: Announcer,
        draws: DrawController | None = None,
        state_key: str = "show:state",
    ) -> None:
        unknown = [s.product for s in plan.segments if s.product not in facts]
        unknown += [s for p in plan.promotions for s in p.skus if s not in facts]
        if unknown:
            raise KeyError(f"show plan names unknown products: {', '.join(sorted(set(unknown)))}")
        self.plan = plan
        self.facts = facts
        self.outbox = outbox
        self.store = store
        self.clock = clock
        self.say = announcer
        self.draws = draws
        self.state_key = state_key
        self.state = ShowState.from_json(store.get(state_key) or {})
        store.ensure_schema(STOCK_SCHEMA)
        self._recording = False  # stock changes are kept from start_task on (after restore)
        if self.state.segment >= len(plan.segments):  # the plan was cut shorter meanwhile
            log.warning("show: saved segment %d is past the plan's end", self.state.segment + 1)
            self.state.status, self.state.segment = "ended", len(plan.segments) - 1
        self._done = set(self.state.done)
        # What this runner has put live in facts; after a restart in the same process,
        # the plan's promotions found there count as live until the first reconcile.
        # (None: state unknown, so the first reconcile sets it either way).
        self._live: dict[str, Promotion | None] = {}
        for pid in plan.promotion_ids():
            try:
                facts.promotion(pid)
                self._live[pid] = None
            except KeyError:
                pass
        self._wake = asyncio.Event()
        self._skip = 0  # moderator skips and sold-out ends waiting for the loop
        self._task: asyncio.Task[None] | None = None
        self._cue_cache: tuple[tuple[object, ...], list[Cue]] | None = None
        self._line_goal: int | None = None  # viewer-line count a due timed message waits for
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ended = asyncio.Event()  # set when the last segment is over
        self._loop_thread = 0
        # Promotions with a deadline worth saying out loud (a pitch says "for N min only").
        self._flash_ids = {p.id for p in plan.promotions if p.flash} | {
            seg_pid
            for i, seg in enumerate(plan.segments)
            if seg.promotion is not None and seg.promotion.lasts is not None
            and (seg_pid := plan.segment_promotion_id(i)) is not None
        }
        self._segment_of = {
            seg_pid: i
            for i in range(len(plan.segments))
            if (seg_pid := plan.segment_promotion_id(i)) is not None
        }
        self._unsubscribe = facts.subscribe(self._on_fact)
        self.ticks = 0

    # -- time ------------------------------------------------------------------------------

    def show_time(self, now: float | None = None) -> float:
        s = self.state
        if s.started_at is None:
            return 0.0
        end = s.paused_at if s.paused_at is not None else (self.clock.now() if now is None else now)
        return end - s.started_at - s.paused_total

    def wall(self, t: float) -> float:
        """Wall-clock time of show time `t`, as things stand (a pause moves it)."""
        s = self.state
        return (s.started_at or self.clock.now()) + s.paused_total + t

    @property
    def running(self) -> bool:
        return self.state.status == "running"

    @property
    def segment(self) -> int:
        return self.state.segment

    def segment_end(self) -> float:
        s = self.state
        return s.segment_start + self.plan.segments[s.segment].duration + s.extended

    def current_sku(self) -> str | None:
        if self.state.status not in ("running", "paused"):
            return None
        return self.plan.segments[self.state.segment].product

    def next_sku(self) -> str | None:
        i = self.state.segment + 1 if self.state.status != "idle" else 0
        return self.plan.segments[i].product if i < len(self.plan.segments) else None

    # -- control (the moderator commands call these) ----------------------------------------

    async def wait_ended(self) -> None:
        """Until the show's last segment is over (extensions included): the demo's cue to
        sign off."""
        if self.state.status != "ended":
            await self._ended.wait()

    def start(self) -> bool:
        """Start the show from the top (or again after it ended). False if already on."""
        if self.state.status in ("running", "paused"):
            return False
        self._deactivate_all()
        self.state = ShowState(status="running", started_at=self.clock.now())
        self._cue_cache = None
        self._ended.clear()
        self._done = set()
        self._save("show.start")
        self._wake.set()
        return True

    def pause(self) -> bool:
        if self.state.status != "running":
            return False
        self.state.status = "paused"
        self.state.paused_at = self.clock.now()
        self._save("show.pause")
        self._wake.set()
        return True

    def resume(self) -> bool:
        s = self.state
        if s.status != "paused":
            return False
        s.paused_total += self.clock.now() - (s.paused_at or self.clock.now())
        s.paused_at = None
        s.status = "running"
        self._save("show.resume")
        self._wake.set()
        return True

    def extend(self, seconds: float) -> float:
        """Lengthen the current segment; returns the seconds it now has left."""
        if self.state.status not in ("running", "paused"):
            raise RuntimeError("the show is not on")
        self.state.extended += seconds
        self._save("show.extend", seconds=seconds)
        self._wake.set()
        return self.segment_end() - self.show_time()

    def skip(self) -> bool:
        if self.state.status not in ("running", "paused"):
            return False
        self._skip += 1
        self._wake.set()
        return True

    def set_override(self, promo_id: str, on: bool) -> None:
        """`!sale start|stop`: force a plan promotion on or off from now on."""
        if promo_id not in self.plan.promotion_ids():
            raise KeyError(promo_id)
        self.state.overrides[promo_id] = on
        self._save("show.sale", promotion=promo_id, on=on)
        self._reconcile(self.show_time())
        if self.state.status in ("running", "paused"):
            skus = self._skus_of(promo_id)
            now = self.clock.now()
            if on:
                self._announce(
                    f"promo:{promo_id}:manual:{self.clock.now()}",
                    lambda: self.say.promo_start(skus, promo_id, self.clock.now(), flash=False),
                )
            else:
                self._announce(
                    f"promo:{promo_id}:stopped:{now}",
                    lambda: self.say.sale_ended(skus, promo_id, self.clock.now()),
                )
        self._wake.set()

    def count_line(self, msg: ChatMessage) -> None:
        """Pipeline observer: viewers' lines gate timed messages (not the host's or owner's)."""
        if msg.role >= Role.HOST or self.state.status != "running":
            return
        self.state.lines += 1
        if self._line_goal is not None and self.state.lines >= self._line_goal:
            self._wake.set()  # a timed message was only waiting for this line

    # -- the loop ----------------------------------------------------------------------------

    def restore_stock(self) -> int:
        """Re-apply the latest stock the show saw before a restart (a moderator's `!stock
        YOGURT 0` stays sold out), over the catalog's and the shop's restored numbers; a show
        that had ended starts from the catalog again. Returns the SKUs restored."""
        if self.state.status == "ended":
            return 0
        n = 0
        for row in self.store.query("SELECT sku, stock FROM show_stock ORDER BY at"):
            if row["sku"] in self.facts and self.facts.get(row["sku"]).stock != row["stock"]:
                self.facts.set_stock(row["sku"], row["stock"])
                n += 1
        return n

    def _record_stock(self, sku: str, stock: int) -> None:
        self.store.execute("INSERT INTO show_stock(sku, stock, at) VALUES (?, ?, ?) "
                           "ON CONFLICT(sku) DO UPDATE SET stock = excluded.stock, at = excluded.at",
                           (sku, int(stock), self.clock.now()))

    def start_task(self) -> asyncio.Task[None]:
        self._loop, self._loop_thread = asyncio.get_running_loop(), threading.get_ident()
        self.restore_stock()
        self._recording = True
        if self.plan.show.autostart and self.state.status in ("idle",):
            self.start()
        self._task = asyncio.create_task(self.run(), name="show")
        return self._task

    async def stop(self) -> None:
        self._unsubscribe()
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def run(self) -> None:
        while True:
            self._wake.clear()
            try:
                await self.tick()
            except Exception:  # the show goes on; a moderator can see the log
                log.exception("show tick failed")
            if self._wake.is_set():
                continue
            delay = self.next_delay()
            if delay is None:
                await self._wake.wait()
            else:
                await self._sleep_or_wake(delay)

    async def _sleep_or_wake(self, delay: float) -> None:
        sleeper = asyncio.ensure_future(self.clock.sleep(max(delay, 0.0)))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()

    async def tick(self) -> None:
        """Do everything due now: segment changes, promotions, cues, timed messages."""
        self.ticks += 1
        if self.state.status == "paused":
            while self._skip and self.state.status == "paused":  # a skip is not held back
                self._skip -= 1
                self._advance(self.show_time(), reason="skip")
        if self.state.status != "running":
            self._reconcile(self.show_time())
            return
        t = self.show_time()
        while self.state.status == "running":
            if self._skip:
                self._skip -= 1
                self._advance(t, reason="skip")
                continue
            if self._sold_out_now():
                self._advance(t, reason="sold out")
                continue
            due = self._due(t)
            end = self.segment_end()
            # At a segment's end the next product comes on first, then whatever else is due
            # at that moment (its cues are all global: promotions, draws closing).
            if due and (due[0].at < end or end > t):
                await self._fire(due[0], t)
                continue
            if end <= t:
                self._advance(end, reason="time")
                continue
            break
        self._reconcile(t)
        if self.state.status == "running":
            self._timed_messages(t)

    def next_delay(self) -> float | None:
        """Seconds until something is due, or None to wait for a command or a fact change."""
        if self.state.status != "running":
            return None
        t = self.show_time()
        times = [self.segment_end()]
        times += [c.at for c in self._cues() if c.key not in self._done]
        for i, m in enumerate(self.plan.messages):
            at = self.state.message_at.get(str(i), 0.0) + m.every
            lines = self.state.lines - self.state.message_lines.get(str(i), 0)
            if lines >= m.min_lines or at > t:
                times.append(at)
        return max(0.0, min(times) - t)

    # -- segments --------------------------------------------------------------------------

    def _advance(self, at: float, reason: str) -> None:
        s = self.state
        ended = self.plan.segments[s.segment].product
        self._end_segment_promotion(s.segment)
        if s.segment + 1 >= len(self.plan.segments):
            s.status = "ended"
            self._deactivate_all()
            self._ended.set()
            self._save("show.end", reason=reason)
            return
        s.segment += 1
        s.segment_start = at
        s.extended = 0.0
        self._save(
            "show.segment",
            segment=s.segment,
            product=self.plan.segments[s.segment].product,
            after=ended,
            reason=reason,
        )

    def _sold_out_now(self) -> bool:
        """The current product can't be sold and the plan says move on. Checked on every
        tick, so a product that sold out during a pause or a restart is not pitched on."""
        seg = self.plan.segments[self.state.segment]
        return (
            seg.next_on_sold_out
            and seg.product in self.facts
            and not self.facts.get(seg.product).in_stock
        )

    def _end_segment_promotion(self, index: int) -> None:
        pid = self.plan.segment_promotion_id(index)
        if pid and pid in self._live:
            self.facts.deactivate(pid)
            del self._live[pid]

    # -- promotions ------------------------------------------------------------------------

    def _skus_of(self, promo_id: str) -> frozenset[str]:
        for i, seg in enumerate(self.plan.segments):
            if self.plan.segment_promotion_id(i) == promo_id:
                return frozenset([seg.product])
        return frozenset(next(p.skus for p in self.plan.promotions if p.id == promo_id))

    def _desired(self, t: float) -> dict[str, Promotion]:
        """The plan's promotions that should be live at show time `t`, with their deadlines."""
        s = self.state
        on = s.status in ("running", "paused")
        paused = s.status == "paused"
        out: dict[str, Promotion] = {}

        def deadline(end: float | None) -> float | None:
            # While paused nothing ends: the deadline is set again on resume.
            return None if paused or end is None else self.wall(end)

        if not on:
            return out
        # A moderator's `!sale start` holds a promotion on, with no deadline, until `!sale stop`
        # (a segment's deal too, even outside its segment).
        for i in {
            s.segment,
            *(self._segment_of[p] for p, on in s.overrides.items() if on and p in self._segment_of),
        }:
            seg = self.plan.segments[i]
            pid = self.plan.segment_promotion_id(i)
            if seg.promotion is None or pid is None:
                continue
            forced = s.overrides.get(pid)
            if forced:
                out[pid] = _promotion(pid, [seg.product], seg.promotion, None)
            elif forced is None and i == s.segment:
                end = self.segment_end()
                if seg.promotion.lasts is not None:
                    end = min(end, s.segment_start + seg.promotion.lasts)
                if t < end:
                    out[pid] = _promotion(pid, [seg.product], seg.promotion, deadline(end))
        for p in self.plan.promotions:
            forced = s.overrides.get(p.id)
            if forced:
                out[p.id] = _promotion(p.id, p.skus, p, None)
            elif forced is None and p.at <= t < p.until:
                out[p.id] = _promotion(p.id, p.skus, p, deadline(p.until))
        return out

    def _reconcile(self, t: float) -> None:
        desired = self._desired(t)
        for pid in list(self._live):
            if pid not in desired:
                self.facts.deactivate(pid)
                del self._live[pid]
        for pid, promo in desired.items():
            if self._live.get(pid) != promo:
                self.facts.add_promotion(promo, active=True)
                self._live[pid] = promo

    def _deactivate_all(self) -> None:
        for pid in list(self._live):
            self.facts.deactivate(pid)
        self._live.clear()

    # -- cues: what the show says, and when -------------------------------------------------

    def _cues(self) -> list[Cue]:
        """The cues of the show as it stands, rebuilt only when what they depend on changed
        (the loop asks several times a tick)."""
        s = self.state
        if s.status not in ("running", "paused"):
            return []
        sku = self.plan.segments[s.segment].product
        version = (
            s.status,
            s.segment,
            s.segment_start,
            s.extended,
            tuple(s.overrides.items()),
            len(s.draws),
            self.facts.version_of(sku) if sku in self.facts else 0,
        )
        if self._cue_cache is None or self._cue_cache[0] != version:
            self._cue_cache = (version, self._build_cues())
        return self._cue_cache[1]

    def _build_cues(self) -> list[Cue]:
        s, plan, say = self.state, self.plan, self.say
        now = self.clock.now
        i = s.segment
        seg = plan.segments[i]
        start, end = s.segment_start, self.segment_end()
        sku = seg.product
        pid = plan.segment_promotion_id(i)
        lasts = seg.promotion.lasts if seg.promotion is not None else None  # a flash sale's
        cues = [
            Cue(
                f"seg:{i}:on",
                start,
                end - start,
                lambda: self._announce(
                    f"seg:{i}:on",
                    lambda: (
                        say.on_now(sku, now(), seg.talking_points, self._flash_ids)
                        if self.current_sku() == sku
                        else None
                    ),
                    merge=PITCH_KEY,
                ),
            )
        ]
        threshold = plan.low_stock_for(i)
        if sku in self.facts and self.facts.get(sku).low_stock(threshold):
            cues.append(self._stock_cue(f"stock:{sku}:low", start, sku, threshold))
        if i + 1 < len(plan.segments) and seg.duration > plan.show.next_notice:
            nxt = plan.segments[i + 1].product
            cues.append(
                Cue(
                    f"seg:{i}:next",
                    end - plan.show.next_notice,
                    plan.show.next_notice,
                    lambda: self._announce(f"seg:{i}:next", lambda: say.next_up(nxt)),
                )
            )
        if lasts is not None and pid:
            promo_end = min(end, start + lasts)
            cues += self._countdown_cues(pid, [sku], start, promo_end)
            if promo_end < end:
                cues.append(self._ended_cue(pid, [sku], promo_end))
        if seg.draw is not None:
            d = seg.draw
            opens = start + d.at
            cues.append(
                Cue(f"seg:{i}:draw:open", opens, d.open_for, lambda: self._draw_open(i, opens))
            )
        # An open draw closes on time even when its segment is over (skipped, sold out).
        for index, draw in s.draws.items():
            cues.append(
                Cue(
                    f"seg:{index}:draw:close",
                    draw["closes"],
                    float("inf"),
                    functools.partial(self._draw_close, int(index)),  # keys are JSON strings
                )
            )
        for p in plan.promotions:
            if s.overrides.get(p.id) is False:
                continue
            newly_on = self._newly_on(p.skus, p.at)

            def promo_start(p: StandalonePromotion = p, skus: list[str] = newly_on) -> None:
                self._announce(
                    f"promo:{p.id}:start", lambda: say.promo_start(skus, p.id, now(), p.flash)
                )

            cues.append(Cue(f"promo:{p.id}:start", p.at, p.until - p.at, promo_start))
            if p.flash:
                cues += self._countdown_cues(p.id, p.skus, p.at, p.until)
            if p.flash and not s.overrides.get(p.id):  # coupons expire quietly; !deals knows
                cues.append(self._ended_cue(p.id, p.skus, p.until))
        return cues

    def _newly_on(self, skus: list[str], at: float) -> list[str]:
        """A deal live from the moment its product comes on is told by the pitch: the best
        price is stated once, not once per overlapping promotion."""
        if at <= self.state.segment_start:
            return [s for s in skus if s != self.current_sku()]
        return list(skus)

    def _countdown_cues(self, pid: str, skus: list[str], start: float, end: float) -> list[Cue]:
        now = self.clock.now
        return [
            Cue(
                f"promo:{pid}:mark:{mark:g}",
                end - mark,
                mark / 2,
                functools.partial(
                    self._announce,
                    f"promo:{pid}:mark:{mark:g}",
                    lambda: self.say.countdown(skus, pid, now()),
                ),
            )
            for mark in self.plan.show.countdown
            if end - mark > start  # a 3-minute sale gets no "5 minutes left"
        ]

    def _ended_cue(self, pid: str, skus: list[str], at: float) -> Cue:
        def fire() -> None:
            # Only a deal people were paying has news in its end (an overlapping better one
            # hid it); ask the facts as they stood a moment before the deadline.
            told = self.say.winning(skus, pid, self.wall(at) - 1e-3)
            self._reconcile(at)
            if told:
                self._announce(
                    f"promo:{pid}:end", lambda: self.say.sale_ended(skus, pid, self.clock.now())
                )

        return Cue(f"promo:{pid}:end", at, 120.0, fire, before=True)

    def _stock_cue(self, key: str, at: float, sku: str, threshold: int) -> Cue:
        return Cue(
            key,
            at,
            float("inf"),
            lambda: self._announce(key, lambda: self.say.low_stock(sku, threshold)),
        )

    def _due(self, t: float) -> list[Cue]:
        return sorted(
            (c for c in self._cues() if c.key not in self._done and c.at <= t), key=lambda c: c.at
        )

    async def _fire(self, cue: Cue, t: float) -> None:
        self._mark(cue.key)
        if t - cue.at > cue.grace:
            log.info("show: skipped stale cue %s (%.0fs late)", cue.key, t - cue.at)
            return
        # Promotions as they stand at the cue's own moment (or just before it).
        self._reconcile(cue.at - 1e-3 if cue.before else cue.at)
        try:
            await _maybe(cue.fire())
        except Exception:
            log.exception("show cue %s failed", cue.key)

    def _mark(self, key: str) -> None:
        """Record a cue as made *before* making it: after a crash, skip rather than repeat."""
        self._done.add(key)
        self.state.done.append(key)
        self._save()

    def _announce(
        self,
        key: str,
        render: Callable[[], Rendered | None],
        *,
        merge: str | None = None,
        priority: Priority = Priority.ANNOUNCEMENT,
    ) -> bool:
        """Queue an announcement rendered now and again at send time; False if stale now.
        `merge`: the outbox key under which queued ones fold into the newest."""
        first = render()
        if first is None:
            return False
        # Long bilingual text goes out as one message per language: a platform would split
        # it anyway, and a later part could wait for the rate limit and state a stale price.
        lines = first.text.split("\n")
        limit = min([SPLIT_AT, *(a.capabilities.max_length for a in self.outbox.adapters.values())])
        parts = [None] if len(first.text) <= limit else list(range(len(lines)))
        for part in parts:
            self.outbox.put(self._live_announcement(key, render, first, part, merge, priority))
        self.store.audit("show.announce", ACTOR, key=key, text=first.text)
        return True

    def _live_announcement(
        self,
        key: str,
        render: Callable[[], Rendered | None],
        first: Rendered,
        part: int | None,
        merge: str | None,
        priority: Priority,
    ) -> Announcement:
        def pick(r: Rendered) -> str | None:
            if part is None:
                return r.text
            lines = r.text.split("\n")
            return lines[part] if part < len(lines) else None

        card = first.card if part in (None, 0) else None
        merge_key = merge or key
        ann = Announcement(
            pick(first) or "",
            priority,
            card=card,
            key=merge_key if part is None else f"{merge_key}#{part}",
        )

        def refresh() -> str | None:
            fresh = render()
            if fresh is None:
                return None
            if card is not None:
                ann.card = fresh.card
            return pick(fresh)

        ann.refresh = refresh
        return ann

    # -- facts and chat ------------------------------------------------------------------------

    def _pitched(self, sku: str) -> bool:
        return sku == self.current_sku() or any(sku in p.skus for p in self.live_promotions())

    def _on_fact(self, change: FactChange) -> None:
        """Stock changes from anywhere (webhook, `!stock`): low stock, sold out, restock."""
        if self._loop is not None and threading.get_ident() != self._loop_thread:
            # Facts may change on another thread; the show's state belongs to its loop.
            self._loop.call_soon_threadsafe(self._on_fact, change)
            return
        if change.field == "stock" and self._recording:
            self._record_stock(change.sku, change.new)
        if change.field != "stock" or self.state.status not in ("running", "paused"):
            return
        sku, old, new = change.sku, change.old, change.new
        threshold = self.plan.low_stock_for(self.state.segment)
        if new > 0 and old == 0:  # restocked: it may sell out (and run low) again
            for key in (f"stock:{sku}:out", f"stock:{sku}:low"):
                self._forget(key)
            return
        if not self._pitched(sku) or self.state.status != "running":
            return
        if new < old:
            self._capped(sku)
        if new == 0 and old > 0:
            key = f"stock:{sku}:out"
            if key not in self._done:
                self._mark(key)
                self._announce(key, lambda: self.say.sold_out(sku), priority=Priority.DRAW)
            if (
                sku == self.current_sku()
                and self.plan.segments[self.state.segment].next_on_sold_out
            ):
                self._wake.set()  # the loop ends the segment (see _sold_out_now)
        elif 0 < new <= threshold < old:
            key = f"stock:{sku}:low"
            if key not in self._done:
                self._mark(key)
                self._announce(key, lambda: self.say.low_stock(sku, threshold))

    def _capped(self, sku: str) -> None:
        """A deal whose stock cap just ran out has ended: say so now, not at its deadline."""
        for promo in self.live_promotions():
            if sku not in promo.skus or promo.stock_cap is None:
                continue
            key = f"promo:{promo.id}:end"
            if key not in self._done and self.facts.promotion_remaining(promo.id) == 0:
                self._mark(key)
                self._announce(
                    key, functools.partial(self._sale_ended, sorted(promo.skus), promo.id)
                )

    def _sale_ended(self, skus: list[str], pid: str) -> Rendered | None:
        return self.say.sale_ended(skus, pid, self.clock.now())

    def _forget(self, key: str) -> None:
        if key in self._done:
            self._done.discard(key)
            self.state.done.remove(key)
            self._save()

    def _timed_messages(self, t: float) -> None:
        s = self.state
        self._line_goal = None
        for i, m in enumerate(self.plan.messages):
            k = str(i)
            if t - s.message_at.get(k, 0.0) < m.every:
                continue
            if s.lines - s.message_lines.get(k, 0) < m.min_lines:
                # A quiet chat doesn't need the same reminder again; wake when it's lively.
                goal = s.message_lines.get(k, 0) + m.min_lines
                self._line_goal = goal if self._line_goal is None else min(goal, self._line_goal)
                continue
            s.message_at[k] = t
            s.message_lines[k] = s.lines
            self._save()
            self._announce(f"msg:{i}", functools.partial(self.say.message, m.text.texts))

    # -- draws -------------------------------------------------------------------------------

    async def _draw_open(self, index: int, opens: float) -> None:
        slot = self.plan.segments[index].draw
        if self.draws is None or slot is None:
            log.warning("show: draw slot in segment %d but no draw controller", index + 1)
            return
        draw_id = await _maybe(
            self.draws.create(slot.prize, slot.winners, slot.keyword, slot.open_for, ACTOR)
        )
        self.state.draws[str(index)] = {"id": draw_id, "closes": opens + slot.open_for}
        self._save("show.draw", segment=index, draw=draw_id, step="create")
        try:
            await _maybe(self.draws.open(draw_id))
        except ArgumentError as err:  # e.g. a moderator's draw is still open
            log.warning("show: the plan's draw #%s for segment %d did not open: %s (a "
                        "moderator can !draw open %s later)", draw_id, index + 1, err, draw_id)
            self.state.draws.pop(str(index), None)
            self._save("show.draw", segment=index, draw=draw_id, step="not opened")

    async def _draw_close(self, index: int) -> None:
        draw_id = self.state.draws.get(str(index), {}).get("id")
        if self.draws is None or draw_id is None:
            return
        try:
            await _maybe(self.draws.close(draw_id))
        finally:
            await _maybe(self.draws.pick(draw_id))
        self._save("show.draw", segment=index, draw=draw_id, step="pick")

    # -- persistence -------------------------------------------------------------------------

    def _save(self, audit: str | None = None, **detail: Any) -> None:
        # Shallow on purpose: `asdict` deep-copies the growing list of cue keys every time.
        state = {f: getattr(self.state, f) for f in self.state.__dataclass_fields__}
        self.store.put(self.state_key, state)
        if audit:
            detail.setdefault("segment", self.state.segment)
            self.store.audit(audit, ACTOR, **detail)

    # -- views for commands ------------------------------------------------------------------

    def on_sale(self) -> set[str]:
        """SKUs the show is selling right now (the product on and every live show deal):
        the answer service's retrieval prefers them for vague questions ("how much?")."""
        skus = {p for promo in self.live_promotions() for p in promo.skus}
        if (sku := self.current_sku()) is not None:
            skus.add(sku)
        return skus

    def live_promotions(self) -> list[Promotion]:
        return [p for p in self._live.values() if p is not None]


def _promotion(pid: str, skus: list[str], spec: Any, ends_at: float | None) -> Promotion:
    return Promotion(
        id=pid,
        skus=frozenset(skus),
        kind=spec.kind,
        value=spec.value,
        code=spec.code,
        ends_at=ends_at,
        stock_cap=spec.stock_cap,
        per_viewer_limit=spec.per_viewer_limit,
        roles=frozenset(spec.roles) if spec.roles is not None else None,
        label=spec.label,
    )
