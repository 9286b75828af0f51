"""Picking winners: the draw's verifiable sequence (fairness.Sequencer over the frozen list),
rebuilt and checked after a restart, and the eligibility check at the draw.

Winners, alternates, redraws after an unclaimed prize and moderator rerolls are the successive
picks of one sequence, so none repeats a previous pick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.draws import beacon, fairness
from bot.draws.errors import DrawError
from bot.draws.store import DrawRow, DrawStore, PickRow
from bot.events import Viewer


@dataclass
class Drawing:
    """A drawn draw's frozen list and its position in the pick sequence."""

    lines: list[str]
    sequencer: fairness.Sequencer


def chain_of(row: DrawRow) -> beacon.Chain | None:
    """The drand chain the draw's rules name (None: no beacon)."""
    spec = row.rules.get("drand")
    return beacon.CHAINS[spec["chain"]] if spec else None


class Picker:
    """The next eligible pick of each draw. `is_blocked(viewer)`: a bot mute (moderation);
    `recent_winner_draws`: how many earlier draws' winners sit this one out."""

    def __init__(self, store: DrawStore, is_blocked: Callable[[Viewer], bool],
                 recent_winner_draws: int) -> None:
        self.store = store
        self.is_blocked = is_blocked
        self.recent_winner_draws = recent_winner_draws
        self._drawings: dict[int, Drawing] = {}

    def start(self, row: DrawRow, lines: list[str], list_hash: str, tickets: list[int]) -> None:
        """The sequence of a draw just closed without a beacon (its list, hash and tickets
        per line were computed at the close: a million lines are not parsed twice)."""
        seq = fairness.Sequencer(bytes.fromhex(row.seed), list_hash, tickets)
        self._drawings[row.id] = Drawing(lines, seq)

    def forget(self, draw_id: int) -> None:
        """The list leaves memory; a later reroll rebuilds it from the store."""
        self._drawings.pop(draw_id, None)

    def drawing(self, row: DrawRow) -> Drawing:
        """The draw's sequence, rebuilt from the store after a restart: the list must still
        hash to the published hash, and the replayed picks must match the recorded ones
        (DrawError otherwise)."""
        drawing = self._drawings.get(row.id)
        if drawing is not None:
            return drawing
        lines = self.store.frozen(row.id)
        lh = fairness.lines_hash(lines)
        if lh != row.list_hash:
            raise DrawError("draw_err_list_changed", id=row.id)
        seq = fairness.Sequencer(bytes.fromhex(row.seed), lh, fairness.tickets_of(lines),
                                 beacon_of(row))
        for p in self.store.picks(row.id):
            i = seq.next()
            if i is None or fairness.parse_line(lines[i]).key != (p.platform, p.viewer_id):
                raise DrawError("draw_err_pick_replay", id=row.id, seq=p.seq)
        drawing = self._drawings[row.id] = Drawing(lines, seq)
        return drawing

    def next_pick(self, row: DrawRow, actor: str, now: float, claim_seconds: float,
                  excluded: list[PickRow] | None = None) -> PickRow | None:
        """The next eligible pick (recorded), recording (and adding to `excluded`) any
        disqualified ones on the way: eligibility is checked again here, bans included.
        None when the sequence is spent. Stored reasons are audit data, in English."""
        drawing = self.drawing(row)
        removed = self.store.removed_after_close(row.id)
        recent = self.store.recent_winners(self.recent_winner_draws, row.id)
        banned = self.store.banned()
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
            status = "disqualified" if reason else ("pending" if claim_seconds > 0 else "won")
            # A pending pick's deadline is set when its announcement goes out (claims.py).
            pick = PickRow(row.id, seq_no, e.platform, e.viewer_id, name, status, reason or "",
                           None, now)
            self.store.add_pick(pick, actor)
            seq_no += 1
            if not reason:
                return pick
            if excluded is not None:
                excluded.append(pick)
        return None


def beacon_of(row: DrawRow) -> bytes:
    """The verified drand signature the draw is bound to (b"" without a beacon); DrawError
    while the round is not yet fetched."""
    chain = chain_of(row)
    if chain is None:
        return b""
    if row.drand_round is None or not row.drand_signature:
        raise DrawError("draw_err_waiting_beacon", id=row.id, round=row.drand_round)
    return beacon.verify(chain, row.drand_round, row.drand_signature)
