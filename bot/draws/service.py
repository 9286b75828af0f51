"""The lucky draws feature: a thin facade over the draw's parts.

    states.py     the lifecycle: DrawState and the table of allowed transitions
    intake.py     entries: eligibility, group commit, the "N entered" count
    picking.py    the verifiable pick sequence and the eligibility check at the draw
    claims.py     claim windows, `!claim`, redraws of unclaimed prizes
    timers.py     per-draw timers on the injected clock
    exporter.py   the audit record, written off the chat loop
    presenter.py  every text, from phrases.yaml (English and Chinese) or the persona

Every transition is written with its audit entry in one transaction (the DrawStore) before it
is announced. With `[draws] drand = true` a closed draw waits for the drand round named at its
close (beacon.py) and draws itself once that round is verified; fetching retries with
bot.retry.Backoff on the injected clock.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Any

from bot.clock import Clock
from bot.draws import beacon, fairness
from bot.draws.batcher import EntryBatcher
from bot.draws.claims import Claims
from bot.draws.errors import DrawError
from bot.draws.exporter import RecordExporter
from bot.draws.intake import Intake, Result, normalize
from bot.draws.phrases import PHRASES
from bot.draws.picking import Picker, chain_of
from bot.draws.presenter import Presenter
from bot.draws.settings import DrawsSection
from bot.draws.states import DrawState, require
from bot.draws.store import DrawRow, DrawStore, PickRow, SQLiteDrawStore
from bot.draws.tell import Teller
from bot.draws.timers import Timers
from bot.draws.verify import verify_line
from bot.events import Announcement, ChatMessage, Priority, Viewer
from bot.mentions import token as mention_token
from bot.persona import Persona, shown_name
from bot.retry import Backoff
from bot.store import Store
from knowledge import quantities

__all__ = ["PHRASES", "WINNING", "DrawError", "Draws", "Result", "normalize"]

log = logging.getLogger(__name__)

WINNING = ("pending", "claimed", "won")

# A drand round not out yet, a relay down or lying: ask again after 1, 2, 4 … 30 s.
BEACON_BACKOFF = Backoff(base=1.0, cap=30.0, floor=0.5)


class Draws:
    """The lucky draws feature: `create/open/close/pick` for the show, `enter/claim` for
    buttons, `try_enter` for the pipeline, `seen` as the pipeline observer.

    `store`: the app's Store (or a DrawStore); `outbox`: anything with `put(Announcement |
    Reply)`; `is_blocked(viewer)`: a bot mute; `prefix`: the show's command prefix;
    `beacon_source`: where drand rounds come from (only with `[draws] drand = true`).
    Raises DrawError (a phrase key and its slots) for what a draw's state does not allow."""

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
        self.settings = settings or DrawsSection()
        self.store: DrawStore = SQLiteDrawStore(store) if isinstance(store, Store) else store
        self.clock = clock
        self.outbox = outbox
        self.persona = persona
        self.prefix = prefix
        self.presenter = Presenter(persona, prefix)
        self.is_blocked = is_blocked or (lambda v: False)
        self.beacon_source = beacon_source
        self.batcher = EntryBatcher(
            self.store, clock, self.settings.batch_size, self.settings.batch_seconds
        )
        # Webhooks and the Discord buttons can follow draws: fn(kind, payload).
        self.listeners: list[Callable[[str, dict[str, Any]], None]] = []
        self.timers = Timers(clock)
        self.exporter = RecordExporter(self.store, self.settings.export_dir,
                                       str(getattr(self.store.store, "path", ":memory:")))
        self.picker = Picker(self.store, self.is_blocked, self.settings.recent_winner_draws)
        # The result announcements: committed with the picks, said once per channel, resumed
        # after a restart; a claim window starts when its announcement went out.
        self.teller = Teller(self.store.store, outbox, clock, self._said)
        self.intake = Intake(self.store, clock, self.settings, self.presenter, self.batcher,
                             self.teller, self.is_blocked, outbox.put)
        self.claims = Claims(self.store, clock, self.settings, self.presenter, self.teller,
                             self.timers, self.picker, outbox.put, self._publish_payload,
                             self.exporter.export, self._maybe_finish)
        self.min_role = self.intake.min_role
        self.max_role = self.intake.max_role
        self._tasks: list[Any] = []

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the batcher and the count announcements; resume draws a restart interrupted."""
        self.batcher.start()
        self._tasks.append(asyncio.get_running_loop().create_task(self.intake.count_loop()))
        for row in self.store.active():
            if row.state == DrawState.OPEN:
                self.intake.admit(row, self.store.entry_count(row.id))
                assert row.opened_at is not None  # set by the transition to open
                self.timers.schedule(row.id, "close", row.opened_at + row.duration,
                                     self._auto_close)
            elif row.state == DrawState.DRAWN:
                # Said before a crash, but its claim window not yet set: it starts now.
                for what in self.teller.said_whats(row.id):
                    self.claims.said(row.id, what)
                self.claims.arm(row.id)
            elif self.waiting_for_beacon(row) and row.drand_round is not None:
                chain = chain_of(row)
                assert chain is not None
                self.timers.schedule(row.id, "beacon", chain.time_of(row.drand_round),
                                     self._await_beacon)
        # Committed but never said (a crash between the pick and the send): said now, once.
        self.teller.resume()

    async def stop(self) -> None:
        """Stop timers, the count loop and the batcher (committing what it holds); close the
        beacon client; wait for the audit records being written."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        await self.timers.stop()
        await self.batcher.stop()
        if isinstance(self.beacon_source, beacon.HttpBeacon):
            await self.beacon_source.aclose()
        # Records being written land before the process goes (the demo's verify line).
        await self.exporter.close()

    # -- the show's seam: create / open / close / pick --------------------------------------

    def create(
        self,
        prize: str,
        winners: int | None = None,
        keyword: str | None = None,
        duration: float | None = None,
        actor: str = "moderator",
    ) -> int:
        """A new draw (state created) with its rules fixed and hashed and its seed committed;
        returns its id. DrawError for a missing prize, winners outside 1..1000, a keyword
        starting with the command prefix, or a duration outside (0, MAX_SECONDS]."""
        s = self.settings
        prize = prize.strip()
        if not prize:
            raise DrawError("draw_err_no_prize")
        # 0 is refused, not read as "the default" (a typo must not become a 1-winner draw)
        winners = s.winners if winners is None else winners
        if isinstance(winners, bool) or not isinstance(winners, int) or not 1 <= winners <= 1000:
            raise DrawError("draw_err_winners")
        keyword = (keyword if keyword is not None else s.keyword).strip()
        if keyword.startswith(self.prefix):
            raise DrawError("draw_err_keyword_prefix", prefix=self.prefix)
        duration = float(s.duration_seconds if duration is None else duration)
        if not 0 < duration <= quantities.MAX_SECONDS:  # NaN fails this too
            raise DrawError("draw_err_duration", days=f"{quantities.MAX_SECONDS / 86_400:g}")
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
        """Open a created draw for entries (an open one is returned as is) and announce it.
        IllegalTransition from another state; DrawError if an open draw has the same keyword."""
        row = self._get(draw_id, (DrawState.CREATED,))
        if row.state == DrawState.OPEN:
            return row
        require(row.id, row.state, DrawState.OPEN)
        # A keyword enters one draw: a second open draw with the same one would be told
        # "type lucky to enter" and then "nobody entered".
        other = self.intake.open_with_keyword(row.keyword)
        if other is not None:
            raise DrawError("draw_err_same_keyword", other=other,
                            keyword=repr(row.keyword or f"({self.prefix}join)"))
        now = self.clock.now()
        if not self.store.transition(
            row.id,
            DrawState.OPEN,
            (DrawState.CREATED,),
            actor,
            now,
            opened_at=now,
            audit={"commitment": row.commitment, "rules_hash": row.rules_hash},
        ):
            raise DrawError("draw_err_raced", id=row.id)
        row = self._must(row.id)
        self.intake.admit(row)
        self.timers.schedule(row.id, "close", now + row.duration, self._auto_close)
        say = self.presenter.say
        how = self.presenter.how_to_enter(row.keyword)
        self._announce(
            say("draw_opened", prize=row.prize, how=how, winners=row.winners,
                s="" if row.winners == 1 else "s", seconds=f"{row.duration:.0f}"),
            card=self.presenter.card(row, how, now + row.duration),
        )
        self._announce(say("draw_fair_open", id=row.id, commitment=row.commitment,
                           rules_hash=row.rules_hash))
        self._publish("draw.opened", row, commitment=row.commitment, rules_hash=row.rules_hash)
        return row

    def close(self, draw_id: int | str | None = None, actor: str = "show") -> DrawRow:
        """Freeze and hash the entry list and announce it (a closed, drawn or finished draw is
        returned as is: the show's cue and the timer may both close it). With drand, names
        the round the winners will come from."""
        row = self._get(draw_id, (DrawState.OPEN,))
        if row.state in (DrawState.CLOSED, DrawState.DRAWN, DrawState.FINISHED):
            return row
        require(row.id, row.state, DrawState.CLOSED)
        self.intake.stop_taking(row.id)  # no new keyword entries from here on
        self.batcher.flush()  # entries already received are committed, or lose to the close
        now = self.clock.now()
        chain = chain_of(row)
        drand = {} if chain is None else {
            "drand_round": chain.round_at(now + self.settings.drand_margin_seconds)}
        # Freeze and transition in one transaction: no entry can commit in between.
        with self.store.transaction():
            lines = self.store.frozen(row.id)
            tickets = fairness.tickets_of(lines)
            lh = fairness.lines_hash(lines)
            if not self.store.transition(
                row.id,
                DrawState.CLOSED,
                (DrawState.OPEN,),
                actor,
                now,
                closed_at=now,
                list_hash=lh,
                entry_count=len(lines),
                tickets_total=sum(tickets),
                **drand,
            ):
                raise DrawError("draw_err_raced", id=row.id)
        self.timers.cancel(row.id, "close")
        row = self._must(row.id)
        if chain is None:
            self.picker.start(row, lines, lh, tickets)
        say = self.presenter.say
        self._announce(say("draw_closed", prize=row.prize, count=f"{len(lines):,}", id=row.id,
                           list_hash=lh))
        if chain is not None and row.drand_round is not None:
            wait = max(0.0, chain.time_of(row.drand_round) - now)
            self._announce(say("draw_drand", id=row.id, chain=chain.name,
                               round=row.drand_round, seconds=f"{wait:.0f}"))
            self.timers.schedule(row.id, "beacon", chain.time_of(row.drand_round),
                                 self._await_beacon)
        self._publish("draw.closed", row, list_hash=lh, entries=len(lines),
                      drand_round=row.drand_round)
        return row

    def waiting_for_beacon(self, row: DrawRow) -> bool:
        """A closed drand draw whose round is not yet fetched and verified."""
        return (row.state == DrawState.CLOSED and chain_of(row) is not None
                and not row.drand_signature)

    async def _await_beacon(self, draw_id: int) -> None:
        """Fetch and verify the named round (retrying, BEACON_BACKOFF, until a relay has it),
        then draw."""
        def retried(error: BaseException, seconds: float) -> None:
            log.warning("draws: drand round for draw #%s: %s (again in %.1fs)", draw_id, error,
                        seconds)

        async for attempt in BEACON_BACKOFF.retrying(self.clock, on_retry=retried):
            row = self._must(draw_id)  # outside the attempt: not a reason to retry
            if not self.waiting_for_beacon(row):
                return
            chain = chain_of(row)
            assert chain is not None and row.drand_round is not None
            with attempt:  # not out yet, a relay down or lying: asked again
                if self.beacon_source is None:
                    self.beacon_source = beacon.HttpBeacon(self.settings.drand_url)
                signature = await self.beacon_source.fetch(chain, row.drand_round)
                beacon.verify(chain, row.drand_round, signature)
        self.store.set_beacon(draw_id, signature, "hawker")
        self.pick(draw_id, "hawker")

    def pick(self, draw_id: int | str | None = None, actor: str = "show") -> list[PickRow]:
        """Draw the winners (closing an open draw first); returns them (a drawn or finished
        draw: its current winners; a drand draw waiting for its round: [])."""
        row = self._get(draw_id, (DrawState.CLOSED,))
        if row.state in (DrawState.DRAWN, DrawState.FINISHED):
            return [p for p in self.store.picks(row.id) if p.status in WINNING]
        if row.state == DrawState.OPEN:
            row = self.close(row.id, actor)
        require(row.id, row.state, DrawState.DRAWN)
        if self.waiting_for_beacon(row):
            return []  # drawn by `_await_beacon` as soon as the named round is verified
        now = self.clock.now()
        winners: list[PickRow] = []
        excluded: list[PickRow] = []
        # The picks, the transition and what will be said about them commit together: a crash
        # leaves none of them, or all of them (and a restart then says what was not said).
        with self.store.transaction():
            if not self.store.transition(
                row.id, DrawState.DRAWN, (DrawState.CLOSED,), actor, now, drawn_at=now,
                audit={"seed": row.seed}
            ):
                raise DrawError("draw_err_raced", id=row.id)
            for _ in range(row.winners):
                got = self.picker.next_pick(row, actor, now, self.settings.claim_seconds,
                                            excluded)
                if got is None:
                    break
                winners.append(got)
            row = self._must(row.id)
            self._record_result(row, winners, len(excluded))
            for p in winners:  # outbound draw.winner events commit with the picks too
                self.claims.publish_winner(row, p)
        final = not winners or self.settings.claim_seconds == 0
        self.exporter.export(row)
        if final:
            self._finish(row.id, actor)
        self.teller.flush(row.id)
        return winners

    def _record_result(self, row: DrawRow, winners: list[PickRow], excluded: int) -> None:
        """The winners (or why there are none) and the seed reveal, to be said (in the pick's
        transaction). Names are shown as names (bot.persona.shown_name)."""
        say = self.presenter.say
        if winners:
            text = say("draw_winners", prize=row.prize,
                       names=self.presenter.joined([
                           mention_token(p.platform, p.viewer_id, shown_name(p.name))
                           for p in winners]),
                       claim=self.presenter.claim_hint(self.settings.claim_seconds))
        elif excluded:
            text = say("draw_none_eligible", prize=row.prize, count=f"{row.entry_count:,}")
        else:
            text = say("draw_no_entries", prize=row.prize)
        if winners and excluded:
            text += " " + say("draw_excluded", count=f"{excluded:,}")
        self.teller.record(row.id, "winners", text)
        if winners:  # an empty draw has nothing to check
            verify = verify_line(row.id, row.commitment, row.list_hash,
                                 self.exporter.export_dir)
            self.teller.record(row.id, "reveal",
                               say("draw_reveal", id=row.id, seed=row.seed, verify=verify))

    def cancel(
        self, draw_id: int | str | None = None, actor: str = "moderator", reason: str = ""
    ) -> DrawRow:
        """Cancel a draw that is not finished; IllegalTransition otherwise."""
        row = self._get(draw_id, (DrawState.CREATED, DrawState.OPEN, DrawState.CLOSED,
                                  DrawState.DRAWN))
        require(row.id, row.state, DrawState.CANCELLED)
        self.intake.stop_taking(row.id)
        self.batcher.flush()
        if not self.store.transition(
            row.id,
            DrawState.CANCELLED,
            (row.state,),
            actor,
            self.clock.now(),
            ended_at=self.clock.now(),
            audit={"reason": reason},
        ):
            raise DrawError("draw_err_raced", id=row.id)
        self.picker.forget(row.id)
        self.timers.cancel_all(row.id)
        self._announce(self.presenter.say("draw_cancelled", prize=row.prize))
        self._publish("draw.cancelled", row, reason=reason)
        return self._must(row.id)

    # -- entries (intake.py) ----------------------------------------------------------------

    async def settled(self) -> None:
        """Every entry received so far is committed (see EntryBatcher.settled)."""
        await self.batcher.settled()

    def try_enter(self, msg: ChatMessage) -> bool:
        """Pipeline stage: a message that is an open draw's keyword is an entry."""
        return self.intake.try_enter(msg)

    async def enter(
        self, viewer: Viewer, source: str = "button", draw_id: int | str | None = None
    ) -> Result:
        """Enter `viewer`; returns once the entry is committed (or refused)."""
        return await self.intake.enter(viewer, source,
                                       None if draw_id is None else _as_id(draw_id))

    def join(self, msg: ChatMessage, reply: Callable[[Result], None]) -> None:
        """`!join`: answered from the commit callback; the chat loop never waits for the disk."""
        self.intake.join(msg, reply)

    def seen(self, msg: ChatMessage) -> None:
        """Pipeline observer: who has chatted during this show, and in which language."""
        self.intake.seen(msg)

    def flush(self) -> int:
        """Commit the entries queued so far now; returns how many were written."""
        return self.batcher.flush()

    def entry_count(self, draw_id: int | str | None = None) -> int:
        """Entries committed to the draw (the current one for None)."""
        row = self._get(draw_id, (DrawState.OPEN, DrawState.CLOSED, DrawState.DRAWN))
        return self.intake.count(row.id)

    # -- moderator actions -------------------------------------------------------------------

    def remove(
        self, draw_id: int | str | None, platform: str, viewer_id: str, reason: str, actor: str
    ) -> DrawRow:
        """Remove an entrant (before the close: from the list; after it: excluded at the
        draw, with the reason in the record). DrawError if they are not in it."""
        row = self._get(draw_id, (DrawState.OPEN, DrawState.CLOSED, DrawState.DRAWN))
        if row.state not in (DrawState.OPEN, DrawState.CLOSED, DrawState.DRAWN):
            raise DrawError("draw_err_state", id=row.id, state=DrawState(row.state).term)
        self.batcher.flush()
        after_close = row.state != DrawState.OPEN
        if not self.store.remove_entry(
            row.id, platform, viewer_id, reason or "removed", after_close, actor, self.clock.now()
        ):
            raise DrawError("draw_err_not_entered")
        self.intake.removed(row.id, (platform, viewer_id))
        return row

    def find_entrant(
        self, draw_id: int | str | None, name: str, platform: str | None = None
    ) -> tuple[str, str, str]:
        """(platform, viewer id, name) of the entrant called `name` (as in `@name`)."""
        row = self._get(draw_id, (DrawState.OPEN, DrawState.CLOSED, DrawState.DRAWN))
        if (m := re.match(r"<@!?(\d+)>$", name)) and (
                e := self.store.entry(row.id, platform or "", m[1])):
            return platform or "", m[1], e["name"]  # a mention carries the viewer's id
        if ":" in name and platform is None:
            platform, name = name.split(":", 1)
        rows = self.store.find_by_name(row.id, name)
        if platform is not None and len(rows) > 1:
            rows = [r for r in rows if r[0] == platform] or rows
        if not rows:
            raise DrawError("draw_err_not_entrant", name=name, id=row.id)
        if len(rows) > 1:
            raise DrawError("draw_err_ambiguous", name=name)
        return rows[0][0], rows[0][1], rows[0][2]

    def claim(self, viewer: Viewer, draw_id: int | str | None = None,
              lang: str | None = None) -> Result:
        """A winner claims their prize (before their claim window ends); the reply is in
        `lang` (None: the viewer's language as far as it is known)."""
        rows = (
            [self._must(_as_id(draw_id))]
            if draw_id is not None
            else [r for r in self.store.active() if r.state == DrawState.DRAWN]
        )
        return self.claims.claim(viewer, rows, lang or self.presenter.lang(viewer=viewer))

    def last_drawn(self) -> DrawRow:
        """The most recent draw that has winners (drawn or finished): the one a reroll means."""
        for row in self.store.recent(20):
            if row.state in (DrawState.DRAWN, DrawState.FINISHED):
                return row
        raise DrawError("draw_err_no_drawn")

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
            raise DrawError("draw_err_not_winner", name=name, id=row.id)
        if len(found) > 1:
            raise DrawError("draw_err_ambiguous", name=name)
        return found[0].platform, found[0].viewer_id

    def reroll(
        self, draw_id: int | str | None, target: tuple[str, str] | None, reason: str, actor: str
    ) -> PickRow | None:
        """Replace one winner of the last draw (or of `draw_id`), drawn or already finished,
        with the next pick of the same sequence (never a previous one). The reroll and its
        reason are in the audit log; the new winner is announced once, and their claim window
        starts when that went out."""
        row = self._must(_as_id(draw_id)) if draw_id is not None else self.last_drawn()
        if row.state not in (DrawState.DRAWN, DrawState.FINISHED):
            raise DrawError("draw_err_nothing_to_reroll", id=row.id,
                            state=DrawState(row.state).term)
        current = [p for p in self.store.picks(row.id) if p.status in WINNING]
        if target is not None:
            current = [p for p in current if (p.platform, p.viewer_id) == target]
        if not current:
            raise DrawError("draw_err_no_such_winner")
        if len(current) > 1:
            raise DrawError("draw_err_name_winner", prefix=self.prefix)
        old = current[0]
        now = self.clock.now()
        why = reason or "reroll"
        say = self.presenter.say
        with self.store.transaction():
            self.store.set_pick(row.id, old.seq, "rerolled", why, actor, now)
            new = self.picker.next_pick(row, actor, now, self.settings.claim_seconds)
            if row.state == DrawState.FINISHED and new is not None and new.status == "pending":
                self.store.transition(row.id, DrawState.DRAWN, (DrawState.FINISHED,), actor, now,
                                      ended_at=None)
            if new is None:
                self.teller.record(row.id, f"reroll:{old.seq}",
                                   say("draw_none_left", prize=row.prize))
            else:
                self.teller.record(row.id, f"pick:{new.seq}", say(
                    "draw_rerolled", old=f"@{shown_name(old.name)}",
                    reason=shown_name(why, limit=60), prize=row.prize,
                    name=f"@{shown_name(new.name)}",
                    claim=(self.presenter.claim_hint(self.settings.claim_seconds)
                           if new.status == "pending" else "")))
                self.claims.publish_winner(row, new)
        self.exporter.export(self._must(row.id))
        self.teller.flush(row.id)
        self._maybe_finish(row.id, actor)
        return new

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
                    "state": str(row.state),
                    "winners": row.winners,
                    "keyword": row.keyword,
                    "commitment": row.commitment,
                    "list_hash": row.list_hash,
                    "entries": (
                        self.intake.counts.get(row.id, 0) if row.state == DrawState.OPEN
                        else row.entry_count
                    ),
                    "picks": [
                        {"name": p.name, "platform": p.platform, "status": p.status} for p in picks
                    ],
                }
            )
        return out

    def current(self) -> DrawRow | None:
        """The newest draw still in play."""
        active = self.store.active()
        return active[-1] if active else None

    def current_or_last(self, draw_id: int | str | None = None) -> DrawRow | None:
        """Draw `draw_id`, else the newest in play, else the newest of all."""
        if draw_id is not None:
            return self.store.get(_as_id(draw_id))
        recent = self.store.recent(1)
        return self.current() or (recent[0] if recent else None)

    def status(self, draw_id: int | str | None = None, lang: str | None = None) -> str:
        """`!draw status` in `lang` (None: the default language): state, entries, time left,
        the last picks. DrawError when there is no draw yet."""
        row = self.current_or_last(draw_id)
        if row is None:
            raise DrawError("draw_err_no_draw_yet", prefix=self.prefix)
        if row.state == DrawState.OPEN and row.opened_at is not None:
            entered: int | None = self.entry_count(row.id)
            left: float | None = row.opened_at + row.duration - self.clock.now()
        else:
            entered, left = row.entry_count, None
        return self.presenter.status(row, entered, left, self.store.picks(row.id), lang)

    def odds(self, viewer: Viewer, draw_id: int | str | None = None,
             lang: str | None = None) -> str:
        """The viewer's true chance under the procedure (weighted, without replacement), in
        `lang` (None: the viewer's language as far as it is known)."""
        row = self._get(draw_id, (DrawState.OPEN, DrawState.CLOSED, DrawState.DRAWN))
        if row.state == DrawState.OPEN and len(self.batcher):
            self.batcher.flush()
        return self.presenter.odds(row, self.store.entry(row.id, *viewer.key),
                                   self.store.tickets_by_class(row.id),
                                   lang or self.presenter.lang(viewer=viewer))

    # -- helpers -----------------------------------------------------------------------------

    def _said(self, draw_id: int, what: str) -> None:
        self.claims.said(draw_id, what)

    def _maybe_finish(self, draw_id: int, actor: str) -> None:
        row = self.store.get(draw_id)
        if row is not None and row.state == DrawState.DRAWN and not any(
            p.status == "pending" for p in self.store.picks(draw_id)
        ):
            self._finish(draw_id, actor)

    def _finish(self, draw_id: int, actor: str) -> None:
        self.store.transition(draw_id, DrawState.FINISHED, (DrawState.DRAWN,), actor,
                              self.clock.now(), ended_at=self.clock.now())
        self.timers.cancel(draw_id, "claims")
        # A finished draw's list leaves memory; a later reroll rebuilds it from the store.
        self.picker.forget(draw_id)
        self.intake.forget(draw_id)
        self.exporter.export(self._must(draw_id))

    def _auto_close(self, draw_id: int) -> None:
        """The entry window ended: close and draw (the show may have done both already)."""
        row = self.store.get(draw_id)
        if row is not None and row.state == DrawState.OPEN:
            self.close(draw_id, "hawker")
            self.pick(draw_id, "hawker")

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
        raise DrawError("draw_err_no_draw")

    def _must(self, draw_id: int) -> DrawRow:
        row = self.store.get(draw_id)
        if row is None:
            raise DrawError("draw_err_no_such", id=draw_id)
        return row

    def _announce(self, text: str, *, priority: Priority = Priority.DRAW, **kw: Any) -> None:
        self.outbox.put(Announcement(text, priority, **kw))

    def _publish_payload(self, kind: str, row: DrawRow, payload: dict[str, object]) -> None:
        self._publish(kind, row, **payload)

    def _publish(self, kind: str, row: DrawRow, **payload: Any) -> None:
        for listener in self.listeners:
            try:
                listener(kind, {"draw": row.id, "prize": row.prize, **payload})
            except Exception:
                log.exception("draws: listener failed on %s", kind)


def _as_id(draw_id: int | str) -> int:
    try:
        return int(str(draw_id).lstrip("#"))
    except ValueError:
        raise DrawError("draw_err_not_a_number", text=repr(draw_id)) from None
