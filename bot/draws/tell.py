"""What a draw says about its result, said exactly once per channel, even across a crash.

A transactional outbox for the draw's own announcements (winners, seed reveal, redraws and
rerolls): the text is written in the same transaction as the picks it states (`record`), so a
draw that is drawn always has its announcement on disk, and the announcement is never said
before the picks are committed. Each channel's send is then recorded as it happens (an outbox
listener, right after the platform took the message); after a restart, `resume` says whatever
was recorded but not yet said, once, in the channels that have not heard it.

`on_said(draw_id, what)` runs when a text first went out (anywhere): a winner's claim window
starts then, not at the pick, so nobody is told "you didn't claim in time" for a win they never
heard about.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from bot.clock import Clock
from bot.events import Announcement, Priority
from bot.store import Store

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS draw_says (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draw_id INTEGER NOT NULL,
    what TEXT NOT NULL,            -- "winners", "reveal", "pick:<seq>"
    text TEXT NOT NULL,
    priority INTEGER NOT NULL,
    at REAL NOT NULL,
    UNIQUE (draw_id, what)
);
CREATE TABLE IF NOT EXISTS draw_said (
    say_id INTEGER NOT NULL,
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (say_id, platform, channel)
);
"""

# A text older than this is not said after a restart: the moment has passed.
RESUME_WITHIN = 3600.0
_ANYWHERE = ("*", "*")


class Teller:
    """Durable draw announcements over an outbox (see the module docstring).

    An outbox without channel queues and listeners (a test's sink) gets one announcement for
    everywhere, counted as said when it is handed over."""

    def __init__(self, store: Store, outbox: Any, clock: Clock,
                 on_said: Callable[[int, str], None]) -> None:
        self.store, self.outbox, self.clock, self.on_said = store, outbox, clock, on_said
        store.ensure_schema(SCHEMA)
        self._waiting: dict[int, tuple[Announcement, int, int, str, tuple[str, str]]] = {}
        self._tracks = hasattr(outbox, "listeners") and hasattr(outbox, "queues")
        if self._tracks:
            outbox.listeners.append(self._sent)

    def record(self, draw_id: int, what: str, text: str,
               priority: Priority = Priority.DRAW) -> None:
        """Write the text to be said (joins the caller's transaction); once per (draw, what)."""
        self.store.execute(
            "INSERT OR IGNORE INTO draw_says(draw_id, what, text, priority, at) "
            "VALUES (?, ?, ?, ?, ?)", (draw_id, what, text, int(priority), self.clock.now()))

    def said(self, draw_id: int, what: str) -> bool:
        """The text went out somewhere (or there is no such text)."""
        rows = self.store.query(
            "SELECT EXISTS(SELECT 1 FROM draw_said WHERE say_id = s.id) FROM draw_says s "
            "WHERE draw_id = ? AND what = ?", (draw_id, what))
        return not rows or bool(rows[0][0])

    def said_whats(self, draw_id: int) -> set[str]:
        """Which of the draw's texts went out somewhere."""
        return {r[0] for r in self.store.query(
            "SELECT what FROM draw_says s WHERE draw_id = ? AND EXISTS("
            "SELECT 1 FROM draw_said WHERE say_id = s.id)", (draw_id,))}

    def flush(self, draw_id: int | None = None, *, within: float | None = None) -> int:
        """Say every recorded text not yet said (of one draw, or of all recent ones) in each
        channel that has not heard it; returns how many announcements were queued."""
        sql = "SELECT id, draw_id, what, text, priority FROM draw_says WHERE at >= ?"
        params: list[Any] = [self.clock.now() - within if within is not None else float("-inf")]
        if draw_id is not None:
            sql += " AND draw_id = ?"
            params.append(draw_id)
        queued = 0
        for row in self.store.query(sql + " ORDER BY id", tuple(params)):
            heard = {(r[0], r[1]) for r in self.store.query(
                "SELECT platform, channel FROM draw_said WHERE say_id = ?", (row["id"],))}
            in_flight = {w[4] for w in self._waiting.values() if w[1] == row["id"]}
            for target in self._targets():
                if target in heard or target in in_flight or (heard and target == _ANYWHERE):
                    continue
                self._put(row, target)
                queued += 1
        return queued

    def resume(self) -> int:
        """After a restart: what was committed but not said is said now (recent texts only)."""
        n = self.flush(within=RESUME_WITHIN)
        if n:
            log.info("draws: saying %d announcement(s) a restart interrupted", n)
        return n

    def _targets(self) -> list[tuple[str, str]]:
        if not self._tracks:
            return [_ANYWHERE]
        return sorted(self.outbox.queues)

    def _put(self, row: Any, target: tuple[str, str]) -> None:
        platform, channel = (None, None) if target == _ANYWHERE else target
        # The key makes each part's delivery id stable across restarts (plugins.base.Delivery).
        ann = Announcement(row["text"], Priority(row["priority"]), platform, channel,
                           idempotency_key=f"draw:{row['draw_id']}:{row['what']}")
        if not self._tracks:
            self.outbox.put(ann)
            self._mark(row["id"], row["draw_id"], row["what"], target)
            return
        self._waiting[id(ann)] = (ann, row["id"], row["draw_id"], row["what"], target)
        held = getattr(self.outbox, "held", 0)
        self.outbox.put(ann)
        if getattr(self.outbox, "held", 0) > held:  # paused: not sent, so said later
            self._waiting.pop(id(ann), None)

    def _sent(self, out: Any, text: str) -> None:
        waiting = self._waiting.pop(id(out), None)
        if waiting is None or waiting[0] is not out:
            return
        _, say_id, draw_id, what, target = waiting
        self._mark(say_id, draw_id, what, target)

    def _mark(self, say_id: int, draw_id: int, what: str, target: tuple[str, str]) -> None:
        with self.store.transaction() as conn:
            first = not conn.execute("SELECT 1 FROM draw_said WHERE say_id = ?",
                                     (say_id,)).fetchone()
            conn.execute("INSERT OR IGNORE INTO draw_said(say_id, platform, channel, at) "
                         "VALUES (?, ?, ?, ?)", (say_id, *target, self.clock.now()))
        if first:
            try:
                self.on_said(draw_id, what)
            except Exception:
                log.exception("draws: after saying %s of draw #%s", what, draw_id)
