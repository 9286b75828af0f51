"""Claims: a winner's claim window, `!claim`, and the redraw when a window ends unclaimed.

A pending pick's window starts when its announcement went out (the Teller's `on_said`), not at
the pick, so nobody is told "you didn't claim in time" for a win they never heard about. One
"claims" timer per draw fires at the earliest open deadline; an expired pick is redrawn from the
same sequence, at most `max_redraws` times per draw.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.clock import Clock
from bot.draws.intake import Result
from bot.draws.picking import Picker
from bot.draws.presenter import Presenter
from bot.draws.settings import DrawsSection
from bot.draws.states import DrawState
from bot.draws.store import DrawRow, DrawStore, PickRow
from bot.draws.tell import Teller
from bot.draws.timers import Timers
from bot.events import Announcement, Priority, Viewer
from bot.persona import shown_name

# What the facade does for the claims: publish a new winner, export the record, finish a
# draw whose picks are all settled.
Publish = Callable[[str, DrawRow, dict[str, object]], None]


class Claims:
    """Claim windows and redraws of drawn draws (see the module docstring)."""

    def __init__(self, store: DrawStore, clock: Clock, settings: DrawsSection,
                 presenter: Presenter, teller: Teller, timers: Timers, picker: Picker,
                 announce: Callable[[Announcement], None], publish: Publish,
                 export: Callable[[DrawRow], object],
                 maybe_finish: Callable[[int, str], None]) -> None:
        self.store, self.clock, self.settings = store, clock, settings
        self.presenter, self.teller, self.timers, self.picker = presenter, teller, timers, picker
        self.announce, self.publish, self.export = announce, publish, export
        self.maybe_finish = maybe_finish

    def said(self, draw_id: int, what: str) -> None:
        """Teller callback: result `what` went out; the claim windows it announced start now."""
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
        row = self.store.get(draw_id)
        if row is not None and row.state == DrawState.DRAWN:
            self.arm(draw_id)

    def arm(self, draw_id: int) -> None:
        """Set the draw's "claims" timer at its earliest open deadline (if any)."""
        pending = [p.deadline for p in self.store.picks(draw_id)
                   if p.status == "pending" and p.deadline is not None]
        if pending:
            self.timers.schedule(draw_id, "claims", min(pending), self.expire)

    def expire(self, draw_id: int) -> None:
        """The "claims" timer: every pick whose window ended is unclaimed, and redrawn while
        redraws are left."""
        row = self.store.get(draw_id)
        if row is None or row.state != DrawState.DRAWN:
            return
        now = self.clock.now()
        picks = self.store.picks(draw_id)
        redraws = sum(p.status == "unclaimed" for p in picks)
        limit = int(row.rules.get("max_redraws", self.settings.max_redraws))
        say = self.presenter.say
        for p in picks:
            if p.status == "pending" and p.deadline is not None and p.deadline <= now:
                redraws += 1
                with self.store.transaction():
                    self.store.set_pick(draw_id, p.seq, "unclaimed", "claim window ended",
                                        "hawker", now)
                    old = f"@{shown_name(p.name)}"
                    if redraws > limit:
                        self.teller.record(draw_id, f"unclaimed:{p.seq}", say(
                            "draw_unclaimed", old=old, prize=row.prize))
                        continue
                    new = self.picker.next_pick(row, "hawker", now, self.settings.claim_seconds)
                    if new is None:
                        self.teller.record(draw_id, f"unclaimed:{p.seq}", say(
                            "draw_none_left", prize=row.prize))
                        continue
                    self.teller.record(draw_id, f"pick:{new.seq}", say(
                        "draw_redraw", old=old, prize=row.prize, name=f"@{shown_name(new.name)}",
                        claim=self.presenter.claim_hint(self.settings.claim_seconds)))
                    self.publish_winner(row, new)
        self.teller.flush(draw_id)
        self.export(row)
        self.arm(draw_id)
        self.maybe_finish(draw_id, "hawker")

    def claim(self, viewer: Viewer, rows: list[DrawRow], lang: str | None) -> Result:
        """`viewer` claims a pending prize of one of `rows` before its window ends; the reply
        is in `lang`."""
        say = self.presenter.say
        for row in rows:
            if row.state != DrawState.DRAWN:
                continue
            for p in self.store.picks(row.id):
                if p.status == "pending" and (p.platform, p.viewer_id) == viewer.key:
                    now = self.clock.now()
                    if p.deadline is not None and now > p.deadline:
                        continue  # the redraw timer is about to take it
                    actor = f"{viewer.platform}:{viewer.id}"
                    self.store.set_pick(row.id, p.seq, "claimed", "", actor, now)
                    self.announce(Announcement(
                        say("draw_claimed", name=f"@{shown_name(p.name)}", prize=row.prize),
                        Priority.DRAW))
                    self.publish("draw.claimed", row, {"platform": p.platform,
                                                       "viewer_id": p.viewer_id,
                                                       "name": p.name})
                    self.maybe_finish(row.id, actor)
                    return Result(True, "claimed", say("draw_claim_ok", lang, prize=row.prize),
                                  row.id)
        return Result(False, "nothing", say("draw_claim_none", lang))

    def publish_winner(self, row: DrawRow, pick: PickRow) -> None:
        """The outbound `draw.winner` event of a new pick."""
        self.publish("draw.winner", row, {"platform": pick.platform,
                                          "viewer_id": pick.viewer_id,
                                          "name": pick.name, "seq": pick.seq})
