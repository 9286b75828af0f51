"""The draw state machine, eligibility, claims and announcements.

    created ──open──▶ open ──close──▶ closed ──pick──▶ drawn ──(claims, redraws)──▶ finished
       └────────────────────┴──────────────┴───────────cancel──────────▶ cancelled

Every transition is written with its audit entry in one transaction (the DrawStore) before it
is announced. Winners, alternates, redraws after an unclaimed prize and moderator rerolls are
the successive picks of one verifiable sequence (fairness.py), so none repeats a previous pick.
With `[draws] drand = true` a closed draw waits for the drand round named at its close
(beacon.py) and draws itself once that round is verified.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.clock import Clock
from bot.commands import ArgumentError
from bot.draws import beacon, fairness
from bot.draws.batcher import EntryBatcher
from bot.draws.settings import DrawsSection
from bot.draws.store import DrawRow, DrawStore, NewEntry, PickRow, SQLiteDrawStore
from bot.draws.tell import RESUME_WITHIN, Teller
from bot.events import Announcement, Card, ChatMessage, Priority, Reply, Role, Viewer
from bot.mentions import token as mention_token
from bot.persona import Persona, shown_name
from bot.store import Store
from knowledge import quantities

log = logging.getLogger(__name__)

WINNING = ("pending", "claimed", "won")
_PUNCT = " \t!！.。~～,，?？"

PHRASES: dict[str, dict[str, str]] = {
    "draw_opened": {
        "en": "🎁 Lucky draw for {prize}! {how}. {winners} winner{s}, entries close in {seconds}s.",
        "zh": "🎁 {prize} 抽奖开始！{how}。共 {winners} 名，{seconds} 秒后截止。",
    },
    "draw_how_keyword": {
        "en": "Type {keyword} in chat (or !join) to enter",
        "zh": "在公屏发送「{keyword}」（或 !join）参加",
    },
    "draw_how_join": {"en": "Type !join to enter", "zh": "发送 !join 参加"},
    "draw_fair_open": {
        "en": "Draw #{id} fairness: seed commitment SHA-256 {commitment}, rules hash {rules_hash}.",
        "zh": "抽奖 #{id} 公平性：种子承诺 SHA-256 {commitment}，规则哈希 {rules_hash}。",
    },
    "draw_count": {
        "en": "{count} entered the draw for {prize} so far!",
        "zh": "{prize} 抽奖已有 {count} 人参加！",
    },
    "draw_closed": {
        "en": "Entries for {prize} are closed: {count} entered. "
        "Draw #{id} entry-list hash {list_hash}.",
        "zh": "{prize} 抽奖截止：共 {count} 人参加。抽奖 #{id} 名单哈希 {list_hash}。",
    },
    "draw_drand": {
        "en": "Draw #{id} winners come from drand {chain} round {round}, due in about "
        "{seconds}s: public randomness nobody has yet.",
        "zh": "抽奖 #{id} 的结果将由 drand {chain} 第 {round} 轮的公开随机数决定，"
        "约 {seconds} 秒后产生。",
    },
    "draw_winners": {
        "en": "🎉 {prize}: congratulations {names}! {claim}",
        "zh": "🎉 {prize} 中奖：恭喜 {names}！{claim}",
    },
    "draw_claim_hint": {
        "en": "Type !claim within {seconds}s.",
        "zh": "请在 {seconds} 秒内发送 !claim 领奖。",
    },
    "draw_reveal": {
        "en": "Draw #{id} seed revealed: {seed}. Check it yourself: {verify}",
        "zh": "抽奖 #{id} 种子公开：{seed}。自行验证：{verify}",
    },
    "draw_redraw": {
        "en": "{old} didn't claim {prize} in time; the next pick is {name}! {claim}",
        "zh": "{old} 未按时领取 {prize}，顺延中奖者：{name}！{claim}",
    },
    "draw_rerolled": {
        "en": "Rerolled {old} ({reason}); the new pick for {prize} is {name}! {claim}",
        "zh": "{old} 已重抽（{reason}），{prize} 新中奖者：{name}！{claim}",
    },
    "draw_claimed": {"en": "{name} claimed {prize}! 🎉", "zh": "{name} 已领取 {prize}！🎉"},
    "draw_unclaimed": {
        "en": "{old} didn't claim {prize} in time, and that was the last redraw.",
        "zh": "{old} 未按时领取 {prize}，本次抽奖不再顺延。",
    },
    "draw_none_left": {
        "en": "No eligible entrants are left for {prize}.",
        "zh": "{prize} 没有可顺延的参与者了。",
    },
    "draw_no_entries": {
        "en": "Nobody entered the draw for {prize}.",
        "zh": "{prize} 抽奖无人参加。",
    },
    "draw_cancelled": {"en": "The draw for {prize} is cancelled.", "zh": "{prize} 抽奖已取消。"},
    "draw_entered": {
        "en": "You're in the draw for {prize}. Good luck!",
        "zh": "你已参加 {prize} 抽奖，祝好运！",
    },
    "draw_already": {
        "en": "You're already in the draw for {prize}.",
        "zh": "你已经参加过 {prize} 抽奖了。",
    },
    "draw_not_open": {"en": "There's no draw open right now.", "zh": "现在没有进行中的抽奖。"},
    "draw_closed_late": {
        "en": "Sorry, entries for {prize} closed before yours arrived.",
        "zh": "抱歉，{prize} 抽奖在你参加前已截止。",
    },
    "draw_ineligible": {
        "en": "You can't enter this draw: {reason}.",
        "zh": "你不能参加本次抽奖：{reason}。",
    },
    "draw_claim_ok": {
        "en": "Claimed {prize}! A moderator will be in touch.",
        "zh": "已领取 {prize}！管理员会联系你。",
    },
    "draw_claim_none": {"en": "There's nothing for you to claim.", "zh": "你没有可领取的奖品。"},
    "draw_excluded": {
        "en": "({count} excluded at the draw: banned, muted, removed or a recent winner.)",
        "zh": "（{count} 人因封禁、禁言、被移除或近期已中奖，未参与开奖。）",
    },
    "draw_none_eligible": {
        "en": "Nobody eligible is left for {prize}: {count} entered, all excluded at the draw "
        "(banned, muted, removed or a recent winner).",
        "zh": "{prize} 抽奖共 {count} 人参加，但开奖时均因封禁、禁言、被移除或近期已中奖而不符合条件。",
    },
}


class DrawError(ArgumentError):
    """A request the draw's state does not allow; the message is shown to the moderator."""


@dataclass(frozen=True, slots=True)
class Result:
    """What `enter` and `claim` return to a caller (the Discord buttons show `message`)."""

    ok: bool
    status: str
    message: str
    draw_id: int | None = None


@dataclass
class _Drawing:
    """A drawn draw's frozen list and its position in the pick sequence (rebuilt on restart)."""

    lines: list[str]
    sequencer: fairness.Sequencer


@dataclass
class _Open:
    """What entry checks need about an open draw, kept in memory so `try_enter` stays fast."""

    row: DrawRow
    keyword: str
    recent_winners: set[tuple[str, str]]
    removed: set[tuple[str, str]] = field(default_factory=set)
    told: set[tuple[str, str]] = field(default_factory=set)  # ineligibility explained once


def normalize(text: str) -> str:
    return text.strip(_PUNCT).casefold()


class Draws:
    """The lucky draws feature: `create/open/close/pick` for the show, `enter/claim` for
    buttons, `try_enter` for the pipeline, `seen` as the pipeline observer."""

    def __init__(
        self,
        store: Store | DrawStore,
        clock: Clock,
        outbox: Any,
        persona: Persona,
        settings: DrawsSection | None = None,
        *,
        is_blocked: Callable[[Viewer], bool] | None = None,
        prefix: str = "!",
        beacon_source: beacon.BeaconSource | None = None,
    ) -> None:
        persona.check_slots(PHRASES)  # a phrase's unknown slot stops start-up, not a pick
        self.settings = settings or DrawsSection()
        self.store: DrawStore = SQLiteDrawStore(store) if isinstance(store, Store) else store
        self.clock = clock
        self.outbox = outbox
        self.persona = persona
        self.prefix = prefix
        self.is_blocked = is_blocked or (lambda v: False)
        # Where drand rounds come from (only used when `[draws] drand = true`).
        self.beacon_source = beacon_source
        self._exporter: ThreadPoolExecutor | None = None
        self._exports: list[asyncio.Future] = []
        self.batcher = EntryBatcher(
            self.store, clock, self.settings.batch_size, self.settings.batch_seconds
        )
        self.batcher.listeners.append(self._committed)
        # Webhooks and the Discord buttons can follow draws: fn(kind, payload).
        self.listeners: list[Callable[[str, dict[str, Any]], None]] = []
        self._open: dict[int, _Open] = {}
        self._drawings: dict[int, _Drawing] = {}
        self._counts: dict[int, int] = {}
        self._announced: dict[int, int] = {}
        self._chatted: set[tuple[str, str]] = set()
        self._timers: dict[tuple[int, str], asyncio.Task] = {}
        self._tasks: list[asyncio.Task] = []
        self.min_role = Role.parse(self.settings.min_role)
        self.max_role = Role.parse(self.settings.max_role)
        # The result announcements: committed with the picks, said once per channel, resumed
        # after a restart; a claim window starts when its announcement went out.
        self.teller = Teller(self.store.store, outbox, clock, self._on_said)  # type: ignore[attr-defined]

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the batcher and the count announcements; resume draws a restart interrupted."""
        self.batcher.start()
        self._tasks.append(asyncio.get_running_loop().create_task(self._count_loop()))
        for row in self.store.active():
            if row.state == "open":
                self._open[row.id] = self._open_state(row)
                self._counts[row.id] = self.store.entry_count(row.id)
                self._schedule(row.id, "close", row.opened_at + row.duration, self._auto_close)
            elif row.state == "drawn":
                # Said before a crash, but its claim window not yet set: it starts now.
                for what in self.teller.said_whats(row.id):
                    self._on_said(row.id, what)
                self._arm_claims(row.id)
            elif self.waiting_for_beacon(row) and row.drand_round is not None:
                chain = _chain(row)
                assert chain is not None
                self._schedule(row.id, "beacon", chain.time_of(row.drand_round),
                               self._await_beacon)
        # Committed but never said (a crash between the pick and the send): said now, once.
        self.teller.resume()

    async def stop(self) -> None:
        for task in [*self._tasks, *self._timers.values()]:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._timers.values(), return_exceptions=True)
        self._tasks.clear()
        self._timers.clear()
        await self.batcher.stop()
        if isinstance(self.beacon_source, beacon.HttpBeacon):
            await self.beacon_source.aclose()
        # Records being written land before the process goes (the demo's verify line).
        results = await asyncio.gather(*self._exports, return_exceptions=True)
        for err in results:
            if isinstance(err, Exception):
                log.error("draws: writing a record failed: %s", err)
        self._exports.clear()
        if self._exporter is not None:
            self._exporter.shutdown(wait=True)
            self._exporter = None

    # -- the show's seam: create / open / close / pick --------------------------------------

    def create(
        self,
        prize: str,
        winners: int | None = None,
        keyword: str | None = None,
        duration: float | None = None,
        actor: str = "moderator",
    ) -> int:
        s = self.settings
        prize = prize.strip()
        if not prize:
            raise DrawError("a draw needs a prize")
        # 0 is refused, not read as "the default" (a typo must not become a 1-winner draw)
        winners = s.winners if winners is None else winners
        if isinstance(winners, bool) or not isinstance(winners, int) or not 1 <= winners <= 1000:
            raise DrawError("winners must be between 1 and 1000")
        keyword = (keyword if keyword is not None else s.keyword).strip()
        if keyword.startswith(self.prefix):
            raise DrawError(f"the keyword can't start with {self.prefix}")
        duration = float(s.duration_seconds if duration is None else duration)
        if not 0 < duration <= quantities.MAX_SECONDS:  # NaN fails this too
            raise DrawError("the duration must be more than 0s and at most "
                            f"{quantities.MAX_SECONDS / 86_400:g} days")
        seed = fairness.new_seed()
        rules = {
            "version": fairness.VERSION,
            "prize": prize,
            "winners": winners,
            "keyword": keyword,
            "duration_seconds": duration,
            "claim_seconds": s.claim_seconds,
            "min_role": s.min_role,
            "max_role": s.max_role,
            "require_chat": s.require_chat,
            "recent_winner_draws": s.recent_winner_draws,
            "max_redraws": s.max_redraws,
            **({"drand": beacon.QUICKNET.describe()} if s.drand else {}),
            "tickets": s.tickets,
        }
        return self.store.create(
            dict(
                prize=prize,
                winners=winners,
                keyword=keyword,
                duration=duration,
                rules=rules,
                rules_hash=fairness.rules_hash(rules),
                seed=seed.hex(),
                commitment=fairness.commitment(seed),
            ),
            actor,
            self.clock.now(),
        )

    def open(self, draw_id: int | str | None = None, actor: str = "show") -> DrawRow:
        row = self._get(draw_id, ("created",))
        if row.state != "created":
            if row.state == "open":
                return row
            raise DrawError(f"draw #{row.id} is {row.state}; only a new draw can open")
        # A keyword enters one draw: a second open draw with the same one would be told
        # "type lucky to enter" and then "nobody entered".
        for other, state in self._open.items():
            if state.keyword == normalize(row.keyword):
                raise DrawError(f"draw #{other} is open with the same keyword "
                                f"{row.keyword or '(!join)'!r}; pick or cancel it first")
        now = self.clock.now()
        if not self.store.transition(
            row.id,
            "open",
            ("created",),
            actor,
            now,
            opened_at=now,
            audit={"commitment": row.commitment, "rules_hash": row.rules_hash},
        ):
            raise DrawError(f"draw #{row.id} changed state; try again")
        row = self._must(row.id)
        self._open[row.id] = self._open_state(row)
        self._counts[row.id] = 0
        self._announced[row.id] = 0
        self._schedule(row.id, "close", now + row.duration, self._auto_close)
        how = (
            self._say("draw_how_keyword", keyword=row.keyword)
            if row.keyword
            else self._say("draw_how_join")
        )
        card = Card(
            title=row.prize,
            fields=(
                ("Enter", how),
                ("Winners", str(row.winners)),
                ("Seed commitment (SHA-256)", row.commitment),
                ("Rules hash", row.rules_hash),
            ),
            footer=f"Draw #{row.id} · {fairness.VERSION}",
            ends_at=now + row.duration,
        )
        self._announce(
            self._say(
                "draw_opened",
                prize=row.prize,
                how=how,
                winners=row.winners,
                s="" if row.winners == 1 else "s",
                seconds=f"{row.duration:.0f}",
            ),
            card=card,
        )
        self._announce(
            self._say(
                "draw_fair_open", id=row.id, commitment=row.commitment, rules_hash=row.rules_hash
            )
        )
        self._publish("draw.opened", row, commitment=row.commitment, rules_hash=row.rules_hash)
        return row

    def close(self, draw_id: int | str | None = None, actor: str = "show") -> DrawRow:
        row = self._get(draw_id, ("open",))
        if row.state in ("closed", "drawn", "finished"):
            return row  # the show's cue and the timer may both close it
        if row.state != "open":
            raise DrawError(f"draw #{row.id} is {row.state}; only an open draw can close")
        self._open.pop(row.id, None)  # no new keyword entries from here on
        self.batcher.flush()  # entries already received are committed, or lose to the close
        now = self.clock.now()
        chain = _chain(row)
        drand = {} if chain is None else {
            "drand_round": chain.round_at(now + self.settings.drand_margin_seconds)}
        # Freeze and transition in one transaction: no entry can commit in between.
        with self.store.transaction():
            lines = self.store.frozen(row.id)
            tickets = fairness.tickets_of(lines)
            lh = fairness.lines_hash(lines)
            if not self.store.transition(
                row.id,
                "closed",
                ("open",),
                actor,
                now,
                closed_at=now,
                list_hash=lh,
                entry_count=len(lines),
                tickets_total=sum(tickets),
                **drand,
            ):
                raise DrawError(f"draw #{row.id} changed state; try again")
        self._cancel_timer(row.id, "close")
        row = self._must(row.id)
        if chain is None:
            seq = fairness.Sequencer(bytes.fromhex(row.seed), lh, tickets)
            self._drawings[row.id] = _Drawing(lines, seq)
        self._announce(
            self._say(
                "draw_closed", prize=row.prize, count=f"{len(lines):,}", id=row.id, list_hash=lh
            )
        )
        if chain is not None and row.drand_round is not None:
            wait = max(0.0, chain.time_of(row.drand_round) - now)
            self._announce(self._say("draw_drand", id=row.id, chain=chain.name,
                                     round=row.drand_round, seconds=f"{wait:.0f}"))
            self._schedule(row.id, "beacon", chain.time_of(row.drand_round), self._await_beacon)
        self._publish("draw.closed", row, list_hash=lh, entries=len(lines),
                      drand_round=row.drand_round)
        return row

    def waiting_for_beacon(self, row: DrawRow) -> bool:
        return row.state == "closed" and _chain(row) is not None and not row.drand_signature

    async def _await_beacon(self, draw_id: int) -> None:
        """Fetch and verify the named round (retrying until a relay has it), then draw."""
        delay = 1.0
        while True:
            row = self._must(draw_id)
            if not self.waiting_for_beacon(row):
                return
            chain = _chain(row)
            assert chain is not None and row.drand_round is not None
            try:
                if self.beacon_source is None:
                    self.beacon_source = beacon.HttpBeacon(self.settings.drand_url)
                signature = await self.beacon_source.fetch(chain, row.drand_round)
                beacon.verify(chain, row.drand_round, signature)
            except Exception as err:  # not out yet, a relay down or lying: try again
                log.warning("draws: drand round %s for draw #%s: %s", row.drand_round, draw_id, err)
                await self.clock.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            self.store.set_beacon(draw_id, signature, "hawker")
            self.pick(draw_id, "hawker")
            return

    def pick(self, draw_id: int | str | None = None, actor: str = "show") -> list[PickRow]:
        row = self._get(draw_id, ("closed",))
        if row.state in ("drawn", "finished"):
            return [p for p in self.store.picks(row.id) if p.status in WINNING]
        if row.state == "open":
            row = self.close(row.id, actor)
        if row.state != "closed":
            raise DrawError(f"draw #{row.id} is {row.state}; close it before picking")
        if self.waiting_for_beacon(row):
            return []  # drawn by `_await_beacon` as soon as the named round is verified
        now = self.clock.now()
        winners: list[PickRow] = []
        excluded: list[PickRow] = []
        # The picks, the transition and what will be said about them commit together: a crash
        # leaves none of them, or all of them (and a restart then says what was not said).
        with self.store.transaction():
            if not self.store.transition(
                row.id, "drawn", ("closed",), actor, now, drawn_at=now, audit={"seed": row.seed}
            ):
                raise DrawError(f"draw #{row.id} changed state; try again")
            for _ in range(row.winners):
                got = self._next_pick(row, actor, now, excluded)
                if got is None:
                    break
                winners.append(got)
            row = self._must(row.id)
            self._record_result(row, winners, len(excluded))
            for p in winners:  # outbound draw.winner events commit with the picks too
                self._publish_winner(row, p)
        final = not winners or self.settings.claim_seconds == 0
        self._export(row)
        if final:
            self._finish(row.id, actor)
        self.teller.flush(row.id)
        return winners

    def _record_result(self, row: DrawRow, winners: list[PickRow], excluded: int) -> None:
        """The winners (or why there are none) and the seed reveal, to be said (in the pick's
        transaction). Names are shown as names (bot.persona.shown_name)."""
        if winners:
            text = self._say("draw_winners", prize=row.prize,
                             names=", ".join(mention_token(p.platform, p.viewer_id, shown_name(p.name))
                                             for p in winners),
                             claim=self._claim_hint())
        elif excluded:
            text = self._say("draw_none_eligible", prize=row.prize, count=f"{row.entry_count:,}")
        else:
            text = self._say("draw_no_entries", prize=row.prize)
        if winners and excluded:
            text += " " + self._say("draw_excluded", count=f"{excluded:,}")
        self.teller.record(row.id, "winners", text)
        if winners:  # an empty draw has nothing to check
            export = self._export_path(row)
            verify = (
                f"hawker draw verify {export if export else f'draw-{row.id}.json'} "
                f"--commitment {row.commitment} --list-hash {row.list_hash}"
            )
            self.teller.record(row.id, "reveal",
                               self._say("draw_reveal", id=row.id, seed=row.seed, verify=verify))

    def _on_said(self, draw_id: int, what: str) -> None:
        """A result went out: the claim windows it announced start now."""
        if what != "winners" and not what.startswith("pick:"):
            return
        seq = None if what == "winners" else int(what.partition(":")[2])
        claim = self.settings.claim_seconds
        if claim <= 0:
            return
        now = self.clock.now()
        for p in self.store.picks(draw_id):
            if p.status == "pending" and p.deadline is None and seq in (None, p.seq):
                self.store.set_deadline(draw_id, p.seq, now + claim)
        if self._state_of(draw_id) == "drawn":
            self._arm_claims(draw_id)

    def cancel(
        self, draw_id: int | str | None = None, actor: str = "moderator", reason: str = ""
    ) -> DrawRow:
        row = self._get(draw_id, ("created", "open", "closed", "drawn"))
        if row.state in ("finished", "cancelled"):
            raise DrawError(f"draw #{row.id} is already {row.state}")
        self._open.pop(row.id, None)
        self.batcher.flush()
        if not self.store.transition(
            row.id,
            "cancelled",
            (row.state,),
            actor,
            self.clock.now(),
            ended_at=self.clock.now(),
            audit={"reason": reason},
        ):
            raise DrawError(f"draw #{row.id} changed state; try again")
        self._forget(row.id)
        self._announce(self._say("draw_cancelled", prize=row.prize))
        self._publish("draw.cancelled", row, reason=reason)
        return self._must(row.id)

    # -- entries -----------------------------------------------------------------------------

    async def settled(self) -> None:
        """Every entry received so far is committed (see EntryBatcher.settled)."""
        await self.batcher.settled()

    def try_enter(self, msg: ChatMessage) -> bool:
        """Pipeline stage: a message that is an open draw's keyword is an entry (queued for the
        next group commit; acknowledged by the "N entered" count once committed)."""
        if not self._open:
            return False
        text = normalize(msg.text)
        for state in self._open.values():
            if state.keyword and text == state.keyword:
                self._submit(state, msg.viewer, "keyword", lambda result: None, msg)
                return True
        return False

    async def enter(
        self, viewer: Viewer, source: str = "button", draw_id: int | str | None = None
    ) -> Result:
        """Enter `viewer`; returns once the entry is committed (or refused)."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        state = self._entry_target(draw_id)
        if state is None:
            return Result(False, "not_open", self._say("draw_not_open"))
        self._submit(state, viewer, source, lambda r: future.done() or future.set_result(r))
        return await future

    def join(self, msg: ChatMessage, reply: Callable[[Result], None]) -> None:
        """`!join`: like `enter`, but the reply is sent from the commit callback, so the chat
        loop never waits for the disk."""
        state = self._entry_target(None)
        if state is None:
            reply(Result(False, "not_open", self._say("draw_not_open", self._lang(msg))))
            return
        self._submit(state, msg.viewer, "join", reply, msg)

    def _entry_target(self, draw_id: int | str | None) -> _Open | None:
        if draw_id is not None:
            return self._open.get(_as_id(draw_id))
        return self._open[max(self._open)] if self._open else None

    def _submit(
        self,
        state: _Open,
        viewer: Viewer,
        source: str,
        done: Callable[[Result], None],
        msg: ChatMessage | None = None,
    ) -> None:
        row, lang = state.row, self._lang(msg)
        why = self._ineligible(state, viewer)
        if why is not None:
            if msg is None or source != "keyword" or viewer.key not in state.told:
                state.told.add(viewer.key)
                result = Result(
                    False, "ineligible", self._say("draw_ineligible", lang, reason=why), row.id
                )
                done(result)
                if msg is not None and source == "keyword":
                    self._reply(msg, result.message)
            return
        try:
            fairness.check_id(viewer.platform, "platform")
            fairness.check_id(viewer.id, "viewer id")
        except ValueError as err:
            done(Result(False, "invalid", str(err), row.id))
            return
        entry = NewEntry(
            row.id,
            viewer.platform,
            viewer.id,
            viewer.display_name[:100],
            self.settings.tickets_for(viewer.role),
            source,
            self.clock.now(),
        )

        def committed(new: bool) -> None:
            if new:
                done(
                    Result(
                        True, "entered", self._say("draw_entered", lang, prize=row.prize), row.id
                    )
                )
            elif self._state_of(row.id) == "open":
                done(
                    Result(
                        False, "already", self._say("draw_already", lang, prize=row.prize), row.id
                    )
                )
            else:
                done(
                    Result(
                        False,
                        "closed",
                        self._say("draw_closed_late", lang, prize=row.prize),
                        row.id,
                    )
                )

        self.batcher.submit(entry, committed)

    def _ineligible(self, state: _Open, viewer: Viewer) -> str | None:
        """Why `viewer` may not enter (None: they may). Checked again at the draw."""
        if viewer.role < self.min_role:
            return f"it is for {self.min_role.name.lower()}s and up"
        if viewer.role > self.max_role:
            return "staff can't enter"
        if viewer.key in state.removed:
            return "a moderator removed you from it"
        if self.is_blocked(viewer):
            return "you are muted"
        if viewer.key in state.recent_winners:
            return "you won a recent draw; give others a chance"
        if self.settings.require_chat and viewer.key not in self._chatted:
            return "say hi in chat first"
        return None

    def seen(self, msg: ChatMessage) -> None:
        """Pipeline observer: remembers who has chatted (not just entered) during this show."""
        if not self.settings.require_chat or msg.text.startswith(self.prefix):
            return
        text = normalize(msg.text)
        if any(s.keyword and text == s.keyword for s in self._open.values()):
            return
        self._chatted.add(msg.viewer.key)

    def flush(self) -> int:
        return self.batcher.flush()

    def entry_count(self, draw_id: int | str | None = None) -> int:
        row = self._get(draw_id, ("open", "closed", "drawn"))
        return (
            self._counts.get(row.id) if row.id in self._counts else self.store.entry_count(row.id)
        )

    def _committed(self, entries: Any, results: Any) -> None:
        for e, new in zip(entries, results, strict=True):
            if new:
                self._counts[e.draw_id] = self._counts.get(e.draw_id, 0) + 1

    async def _count_loop(self) -> None:
        """The periodic "N entered" announcement: the acknowledgement of keyword entries."""
        while True:
            await self.clock.sleep(self.settings.count_seconds)
            # A result held back meanwhile (the bot was paused) is said once it can be.
            self.teller.flush(within=RESUME_WITHIN)
            for draw_id, state in list(self._open.items()):
                count = self._counts.get(draw_id, 0)
                if count != self._announced.get(draw_id, 0):
                    self._announced[draw_id] = count
                    self._announce(
                        self._say("draw_count", count=f"{count:,}", prize=state.row.prize),
                        key=f"draw:{draw_id}:count",
                    )

    # -- moderator actions -------------------------------------------------------------------

    def remove(
        self, draw_id: int | str | None, platform: str, viewer_id: str, reason: str, actor: str
    ) -> DrawRow:
        row = self._get(draw_id, ("open", "closed", "drawn"))
        if row.state not in ("open", "closed", "drawn"):
            raise DrawError(f"draw #{row.id} is {row.state}")
        self.batcher.flush()
        after_close = row.state != "open"
        if not self.store.remove_entry(
            row.id, platform, viewer_id, reason or "removed", after_close, actor, self.clock.now()
        ):
            raise DrawError("they aren't in this draw")
        if row.id in self._open:
            self._open[row.id].removed.add((platform, viewer_id))
            self._counts[row.id] = max(0, self._counts.get(row.id, 1) - 1)
        return row

    def find_entrant(
        self, draw_id: int | str | None, name: str, platform: str | None = None
    ) -> tuple[str, str, str]:
        """(platform, viewer id, name) of the entrant called `name` (as in `@name`)."""
        row = self._get(draw_id, ("open", "closed", "drawn"))
        if (m := re.match(r"<@!?(\d+)>$", name)) and (e := self.store.entry(row.id, platform or "", m[1])):
            return platform or "", m[1], e["name"]  # a mention carries the viewer's id
        if ":" in name and platform is None:
            platform, name = name.split(":", 1)
        rows = self.store.find_by_name(row.id, name)
        if platform is not None and len(rows) > 1:
            rows = [r for r in rows if r[0] == platform] or rows
        if not rows:
            raise DrawError(f"@{name} isn't in draw #{row.id}")
        if len(rows) > 1:
            raise DrawError(f"more than one @{name}; write platform:name")
        return rows[0][0], rows[0][1], rows[0][2]

    def claim(self, viewer: Viewer, draw_id: int | str | None = None) -> Result:
        """A winner claims their prize (before their claim window ends)."""
        rows = (
            [self._must(_as_id(draw_id))]
            if draw_id is not None
            else [r for r in self.store.active() if r.state == "drawn"]
        )
        for row in rows:
            if row.state != "drawn":
                continue
            for p in self.store.picks(row.id):
                if p.status == "pending" and (p.platform, p.viewer_id) == viewer.key:
                    now = self.clock.now()
                    if p.deadline is not None and now > p.deadline:
                        continue  # the redraw timer is about to take it
                    self.store.set_pick(row.id, p.seq, "claimed", "", _actor(viewer), now)
                    self._announce(
                        self._say("draw_claimed", name=f"@{shown_name(p.name)}", prize=row.prize),
                        priority=Priority.DRAW,
                    )
                    self._publish(
                        "draw.claimed", row, platform=p.platform, viewer_id=p.viewer_id, name=p.name
                    )
                    self._maybe_finish(row.id, _actor(viewer))
                    return Result(
                        True, "claimed", self._say("draw_claim_ok", prize=row.prize), row.id
                    )
        return Result(False, "nothing", self._say("draw_claim_none"))

    def last_drawn(self) -> DrawRow:
        """The most recent draw that has winners (drawn or finished): the one a reroll means."""
        for row in self.store.recent(20):
            if row.state in ("drawn", "finished"):
                return row
        raise DrawError("there's no drawn draw to reroll")

    def find_winner(self, name: str, platform: str | None = None,
                    draw_id: int | str | None = None) -> tuple[str, str]:
        """(platform, viewer id) of the current winner of the last draw called `name`."""
        row = self._must(_as_id(draw_id)) if draw_id is not None else self.last_drawn()
        if ":" in name and platform is None:
            platform, name = name.split(":", 1)
        wanted = name.lstrip("@").casefold()
        found = [p for p in self.store.picks(row.id) if p.status in WINNING
                 and wanted in (p.name.casefold(), shown_name(p.name).casefold(), p.viewer_id)]
        if len(found) > 1 and platform is not None:
            found = [p for p in found if p.platform == platform] or found
        if not found:
            raise DrawError(f"@{name} isn't a winner of draw #{row.id}")
        if len(found) > 1:
            raise DrawError(f"more than one @{name}; write platform:name")
        return found[0].platform, found[0].viewer_id

    def reroll(
        self, draw_id: int | str | None, target: tuple[str, str] | None, reason: str, actor: str
    ) -> PickRow | None:
        """Replace one winner of the last draw (or of `draw_id`), drawn or already finished,
        with the next pick of the same sequence (never a previous one). The reroll and its
        reason are in the audit log; the new winner is announced once, and their claim window
        starts when that went out."""
        row = self._must(_as_id(draw_id)) if draw_id is not None else self.last_drawn()
        if row.state not in ("drawn", "finished"):
            raise DrawError(f"draw #{row.id} is {row.state}; nothing to reroll")
        current = [p for p in self.store.picks(row.id) if p.status in WINNING]
        if target is not None:
            current = [p for p in current if (p.platform, p.viewer_id) == target]
        if not current:
            raise DrawError("no such winner to reroll")
        if len(current) > 1:
            raise DrawError("more than one winner: name the one to reroll, like !draw reroll @name")
        old = current[0]
        now = self.clock.now()
        why = reason or "reroll"
        with self.store.transaction():
            self.store.set_pick(row.id, old.seq, "rerolled", why, actor, now)
            new = self._next_pick(row, actor, now)
            if row.state == "finished" and new is not None and new.status == "pending":
                self.store.transition(row.id, "drawn", ("finished",), actor, now, ended_at=None)
            if new is None:
                self.teller.record(row.id, f"reroll:{old.seq}",
                                   self._say("draw_none_left", prize=row.prize))
            else:
                self.teller.record(row.id, f"pick:{new.seq}", self._say(
                    "draw_rerolled", old=f"@{shown_name(old.name)}", reason=shown_name(why, limit=60),
                    prize=row.prize, name=f"@{shown_name(new.name)}",
                    claim=self._claim_hint() if new.status == "pending" else ""))
                self._publish_winner(row, new)
        self._export(self._must(row.id))
        self.teller.flush(row.id)
        self._maybe_finish(row.id, actor)
        return new

    # -- picking -----------------------------------------------------------------------------

    def _drawing(self, row: DrawRow) -> _Drawing:
        """The draw's sequence, rebuilt from the store after a restart: the list must still
        hash to the published hash, and the replayed picks must match the recorded ones."""
        drawing = self._drawings.get(row.id)
        if drawing is not None:
            return drawing
        lines = self.store.frozen(row.id)
        tickets = fairness.tickets_of(lines)
        lh = fairness.lines_hash(lines)
        if lh != row.list_hash:
            raise DrawError(
                f"draw #{row.id}: the stored entry list no longer matches its published hash"
            )
        seq = fairness.Sequencer(bytes.fromhex(row.seed), lh, tickets, self._beacon_of(row))
        for p in self.store.picks(row.id):
            i = seq.next()
            if i is None or fairness.parse_line(lines[i]).key != (p.platform, p.viewer_id):
                raise DrawError(f"draw #{row.id}: recorded pick {p.seq} does not replay")
        drawing = self._drawings[row.id] = _Drawing(lines, seq)
        return drawing

    def _next_pick(self, row: DrawRow, actor: str, now: float,
                   excluded: list[PickRow] | None = None) -> PickRow | None:
        """The next eligible pick, recording (and adding to `excluded`) any disqualified ones
        on the way: eligibility is checked again here, bans included."""
        drawing = self._drawing(row)
        removed = self.store.removed_after_close(row.id)  # type: ignore[attr-defined]
        recent = self.store.recent_winners(self.settings.recent_winner_draws, row.id)
        banned = self._banned()
        seq_no = len(self.store.picks(row.id))
        while (i := drawing.sequencer.next()) is not None:
            e = fairness.parse_line(drawing.lines[i])
            info = self.store.entry(row.id, e.platform, e.viewer_id) or {}
            name = info.get("name", e.viewer_id)
            reason = removed.get(e.key)
            if reason is None and (e.key in banned
                                   or self.is_blocked(Viewer(e.platform, e.viewer_id, name))):
                reason = "muted or banned since entering"
            if reason is None and e.key in recent:
                reason = "won a recent draw"
            claim = self.settings.claim_seconds
            status = "disqualified" if reason else ("pending" if claim > 0 else "won")
            # A pending pick's deadline is set when its announcement goes out (_on_said).
            pick = PickRow(row.id, seq_no, e.platform, e.viewer_id, name, status, reason or "",
                           None, now)
            self.store.add_pick(pick, actor)
            seq_no += 1
            if not reason:
                return pick
            if excluded is not None:
                excluded.append(pick)
        return None

    def _banned(self) -> set[tuple[str, str]]:
        """Viewers a moderator banned on their platform (the moderation audit's `mod.ban`
        entries; a platform ban is not a bot mute, so `is_blocked` does not see it)."""
        keys = set()
        for r in self.store.store.query(  # type: ignore[attr-defined]
                "SELECT detail FROM audit WHERE kind = 'mod.ban'"):
            platform, _, viewer_id = str(json.loads(r[0]).get("target", "")).partition(":")
            if viewer_id:
                keys.add((platform, viewer_id))
        return keys

    def _arm_claims(self, draw_id: int) -> None:
        pending = [
            p.deadline
            for p in self.store.picks(draw_id)
            if p.status == "pending" and p.deadline is not None
        ]
        if pending:
            self._schedule(draw_id, "claims", min(pending), self._expire_claims)

    async def _expire_claims(self, draw_id: int) -> None:
        row = self._must(draw_id)
        if row.state != "drawn":
            return
        now = self.clock.now()
        picks = self.store.picks(draw_id)
        redraws = sum(p.status == "unclaimed" for p in picks)
        limit = int(row.rules.get("max_redraws", self.settings.max_redraws))
        for p in picks:
            if p.status == "pending" and p.deadline is not None and p.deadline <= now:
                redraws += 1
                with self.store.transaction():
                    self.store.set_pick(
                        draw_id, p.seq, "unclaimed", "claim window ended", "hawker", now
                    )
                    old = f"@{shown_name(p.name)}"
                    if redraws > limit:
                        self.teller.record(draw_id, f"unclaimed:{p.seq}", self._say(
                            "draw_unclaimed", old=old, prize=row.prize))
                        continue
                    new = self._next_pick(row, "hawker", now)
                    if new is None:
                        self.teller.record(draw_id, f"unclaimed:{p.seq}", self._say(
                            "draw_none_left", prize=row.prize))
                        continue
                    self.teller.record(draw_id, f"pick:{new.seq}", self._say(
                        "draw_redraw", old=old, prize=row.prize, name=f"@{shown_name(new.name)}",
                        claim=self._claim_hint()))
                    self._publish_winner(row, new)
        self.teller.flush(draw_id)
        self._export(row)
        self._timers.pop((draw_id, "claims"), None)
        self._arm_claims(draw_id)
        self._maybe_finish(draw_id, "hawker")

    def _maybe_finish(self, draw_id: int, actor: str) -> None:
        if self._state_of(draw_id) == "drawn" and not any(
            p.status == "pending" for p in self.store.picks(draw_id)
        ):
            self._finish(draw_id, actor)

    def _finish(self, draw_id: int, actor: str) -> None:
        self.store.transition(
            draw_id, "finished", ("drawn",), actor, self.clock.now(), ended_at=self.clock.now()
        )
        self._cancel_timer(draw_id, "claims")
        # A finished draw's list leaves memory; a later reroll rebuilds it from the store.
        self._drawings.pop(draw_id, None)
        self._counts.pop(draw_id, None)
        self._announced.pop(draw_id, None)
        self._export(self._must(draw_id))

    # -- timers ------------------------------------------------------------------------------

    def _schedule(self, draw_id: int, what: str, at: float, action: Callable[[int], Any]) -> None:
        self._cancel_timer(draw_id, what)

        async def run() -> None:
            await self.clock.sleep(max(0.0, at - self.clock.now()))
            self._timers.pop((draw_id, what), None)
            try:
                result = action(draw_id)
                if asyncio.iscoroutine(result):
                    await result
            except Exception:
                log.exception("draws: %s of draw #%s failed", what, draw_id)

        with contextlib.suppress(RuntimeError):  # no loop (a synchronous caller): not timed
            self._timers[(draw_id, what)] = asyncio.get_running_loop().create_task(run())

    def _cancel_timer(self, draw_id: int, what: str) -> None:
        task = self._timers.pop((draw_id, what), None)
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    def _auto_close(self, draw_id: int) -> None:
        """The entry window ended: close and draw (the show may have done both already)."""
        if self._state_of(draw_id) == "open":
            self.close(draw_id, "hawker")
            self.pick(draw_id, "hawker")

    def _forget(self, draw_id: int) -> None:
        self._open.pop(draw_id, None)
        self._drawings.pop(draw_id, None)
        for what in ("close", "claims", "beacon"):
            self._cancel_timer(draw_id, what)

    # -- views -------------------------------------------------------------------------------

    def list(self, limit: int = 20) -> list[dict[str, Any]]:
        """Recent draws for dashboards (the webhooks admin API)."""
        out = []
        for row in self.store.recent(limit):
            picks = self.store.picks(row.id)
            out.append(
                {
                    "id": row.id,
                    "prize": row.prize,
                    "state": row.state,
                    "winners": row.winners,
                    "keyword": row.keyword,
                    "commitment": row.commitment,
                    "list_hash": row.list_hash,
                    "entries": (
                        self._counts.get(row.id, 0) if row.state == "open" else row.entry_count
                    ),
                    "picks": [
                        {"name": p.name, "platform": p.platform, "status": p.status} for p in picks
                    ],
                }
            )
        return out

    def current(self) -> DrawRow | None:
        active = self.store.active()
        return active[-1] if active else None

    def current_or_last(self, draw_id: int | str | None = None) -> DrawRow | None:
        if draw_id is not None:
            return self.store.get(_as_id(draw_id))
        recent = self.store.recent(1)
        return self.current() or (recent[0] if recent else None)

    def status(self, draw_id: int | str | None = None) -> str:
        row = self.current_or_last(draw_id)
        if row is None:
            raise DrawError("there's no draw yet; !draw create <prize> makes one")
        parts = [f"Draw #{row.id} ({row.prize}): {row.state}"]
        if row.state == "open":
            left = row.opened_at + row.duration - self.clock.now()
            parts.append(f"{self.entry_count(row.id):,} entered, closes in {max(0, left):.0f}s")
        elif row.entry_count is not None:
            parts.append(f"{row.entry_count:,} entered")
        picks = self.store.picks(row.id)
        if picks:
            parts.append("picks: " + ", ".join(f"@{shown_name(p.name)} {p.status}"
                                             for p in picks[-8:]))
        return "; ".join(parts)

    def odds(self, viewer: Viewer, draw_id: int | str | None = None) -> str:
        """The viewer's true chance under the procedure (weighted, without replacement)."""
        row = self._get(draw_id, ("open", "closed", "drawn"))
        if row.state == "open" and len(self.batcher):
            self.batcher.flush()
        mine = self.store.entry(row.id, *viewer.key)
        classes = self.store.tickets_by_class(row.id)
        if mine is None or mine["removed"]:
            n = sum(classes.values())
            return f"You're not in draw #{row.id} ({n:,} entered)."
        t = int(mine["tickets"])
        classes[t] -= 1
        total = sum(k * v for k, v in classes.items()) + t
        if len(classes) <= 4 and row.winners <= 50:
            p = fairness.win_probability(t, classes, row.winners)
            return (
                f"You hold {t} of {total:,} tickets in draw #{row.id}: a {p:.2%} chance to "
                + ("win" if row.winners == 1 else f"be one of its {row.winners} winners")
                + (", if nobody else enters." if row.state == "open" else ".")
            )
        return f"You hold {t} of {total:,} tickets in draw #{row.id} ({t / total:.2%} per pick)."

    # -- helpers -----------------------------------------------------------------------------

    def _beacon_of(self, row: DrawRow) -> bytes:
        chain = _chain(row)
        if chain is None:
            return b""
        if row.drand_round is None or not row.drand_signature:
            raise DrawError(f"draw #{row.id} is waiting for drand round {row.drand_round}")
        return beacon.verify(chain, row.drand_round, row.drand_signature)

    def _open_state(self, row: DrawRow) -> _Open:
        recent = self.store.recent_winners(self.settings.recent_winner_draws, row.id)
        state = _Open(row, normalize(row.keyword), recent)
        return state

    def _get(self, draw_id: int | str | None, prefer: tuple[str, ...]) -> DrawRow:
        if draw_id is not None:
            return self._must(_as_id(draw_id))
        active = self.store.active()
        for row in reversed(active):
            if row.state in prefer:
                return row
        if active:
            return active[-1]
        recent = self.store.recent(1)  # e.g. a reroll after the last draw finished
        if recent and recent[0].state in prefer:
            return recent[0]
        raise DrawError("there's no draw right now")

    def _must(self, draw_id: int) -> DrawRow:
        row = self.store.get(draw_id)
        if row is None:
            raise DrawError(f"there is no draw #{draw_id}")
        return row

    def _state_of(self, draw_id: int) -> str | None:
        row = self.store.get(draw_id)
        return row.state if row else None

    def _claim_hint(self) -> str:
        s = self.settings.claim_seconds
        return self._say("draw_claim_hint", seconds=f"{s:.0f}") if s > 0 else ""

    def _lang(self, msg: ChatMessage | None) -> str:
        return self.persona.language_of(msg.text) if msg else self.persona.default_language

    def _say(self, key: str, lang: str | None = None, **slots: object) -> str:
        return self.persona.say(key, lang, defaults=PHRASES, **slots).strip()

    def _announce(self, text: str, *, priority: Priority = Priority.DRAW, **kw: Any) -> None:
        self.outbox.put(Announcement(text, priority, **kw))

    def _reply(self, msg: ChatMessage, text: str) -> None:
        self.outbox.put(Reply(msg, text, Priority.DRAW, mentions=(msg.viewer,), ephemeral=True))

    def _publish_winner(self, row: DrawRow, pick: PickRow) -> None:
        self._publish("draw.winner", row, platform=pick.platform, viewer_id=pick.viewer_id,
                      name=pick.name, seq=pick.seq)

    def _publish(self, kind: str, row: DrawRow, **payload: Any) -> None:
        for listener in self.listeners:
            try:
                listener(kind, {"draw": row.id, "prize": row.prize, **payload})
            except Exception:
                log.exception("draws: listener failed on %s", kind)

    def _export_path(self, row: DrawRow) -> Path | None:
        if self.settings.export_dir is None:
            return None
        return Path(self.settings.export_dir) / f"draw-{row.id}.json"

    def _export(self, row: DrawRow) -> Path | None:
        """Write the audit record where the show publishes it (settings.export_dir): in a
        worker thread on its own connection when the store is a file, in order, so the latest
        state always lands last."""
        if self.settings.export_dir is None or row.drawn_at is None:
            return None
        from bot.draws.verify import write_record, write_record_from

        path = self._export_path(row)
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        db = getattr(getattr(self.store, "store", None), "path", ":memory:")
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None or db == ":memory:":
            write_record(self.store, row.id, path)
            return path
        if self._exporter is None:
            self._exporter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draw-export")
        self._exports.append(loop.run_in_executor(self._exporter, write_record_from, db, row.id,
                                                  path))
        self._exports = [f for f in self._exports if not f.done()]
        return path

def _chain(row: DrawRow) -> beacon.Chain | None:
    spec = row.rules.get("drand")
    return beacon.CHAINS[spec["chain"]] if spec else None


def _as_id(draw_id: int | str) -> int:
    try:
        return int(str(draw_id).lstrip("#"))
    except ValueError:
        raise DrawError(f"{draw_id!r} is not a draw number") from None


def _actor(viewer: Viewer) -> str:
    return f"{viewer.platform}:{viewer.id}"
