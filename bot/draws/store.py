"""Where draws live: the DrawStore protocol and its SQLite implementation.

The protocol speaks in plain rows, so a PostgreSQL implementation can satisfy it with the same
statements (`INSERT ... ON CONFLICT DO NOTHING` for entries, one transaction per batch). Every
state change is written together with its audit entry, in one transaction, before the service
announces it.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.draws.fairness import SEP
from bot.store import Store

_SCHEMA = """
CREATE TABLE IF NOT EXISTS draws (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    state TEXT NOT NULL,
    prize TEXT NOT NULL,
    winners INTEGER NOT NULL,
    keyword TEXT NOT NULL,
    duration REAL NOT NULL,
    rules TEXT NOT NULL,
    rules_hash TEXT NOT NULL,
    seed TEXT NOT NULL,
    commitment TEXT NOT NULL,
    list_hash TEXT,
    entry_count INTEGER,
    tickets_total INTEGER,
    actor TEXT NOT NULL,
    created_at REAL NOT NULL,
    opened_at REAL,
    closed_at REAL,
    drawn_at REAL,
    ended_at REAL,
    -- the drand round named at the close, and its signature once fetched (rules.drand set)
    drand_round INTEGER,
    drand_signature TEXT
);
CREATE TABLE IF NOT EXISTS draw_entries (
    draw_id INTEGER NOT NULL,
    platform TEXT NOT NULL,
    viewer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    tickets INTEGER NOT NULL,
    source TEXT NOT NULL,
    at REAL NOT NULL,
    -- set when a moderator removes the entry; before close it leaves the frozen list
    removed TEXT,
    removed_after_close INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (draw_id, platform, viewer_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS draw_entries_removed ON draw_entries(draw_id) WHERE removed IS NOT NULL;
CREATE TABLE IF NOT EXISTS draw_picks (
    draw_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    platform TEXT NOT NULL,
    viewer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    -- pending (waiting for a claim) | claimed | won (no claim needed) | unclaimed | rerolled
    -- | disqualified
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    deadline REAL,
    at REAL NOT NULL,
    PRIMARY KEY (draw_id, seq)
);
"""

ACTIVE = ("created", "open", "closed", "drawn")


@dataclass(slots=True)
class DrawRow:
    id: int
    state: str
    prize: str
    winners: int
    keyword: str
    duration: float
    rules: dict[str, Any]
    rules_hash: str
    seed: str
    commitment: str
    list_hash: str | None
    entry_count: int | None
    tickets_total: int | None
    actor: str
    created_at: float
    opened_at: float | None
    closed_at: float | None
    drawn_at: float | None
    ended_at: float | None
    drand_round: int | None = None
    drand_signature: str | None = None


@dataclass(slots=True)
class PickRow:
    draw_id: int
    seq: int
    platform: str
    viewer_id: str
    name: str
    status: str
    reason: str
    deadline: float | None
    at: float


@dataclass(frozen=True, slots=True)
class NewEntry:
    draw_id: int
    platform: str
    viewer_id: str
    name: str
    tickets: int
    source: str
    at: float


class DrawStore(Protocol):
    store: Store  # the app's store, for the Teller's own tables

    def transaction(self) -> contextlib.AbstractContextManager[Any]: ...
    def create(self, fields: dict[str, Any], actor: str, at: float) -> int: ...
    def get(self, draw_id: int) -> DrawRow | None: ...
    def active(self) -> list[DrawRow]: ...
    def recent(self, limit: int) -> list[DrawRow]: ...
    def set_beacon(self, draw_id: int, signature: str, actor: str) -> None: ...
    def transition(
        self, draw_id: int, state: str, frm: Sequence[str], actor: str, at: float, **fields: Any
    ) -> bool: ...
    def add_entries(self, batch: Sequence[NewEntry]) -> list[bool]: ...
    def entry(self, draw_id: int, platform: str, viewer_id: str) -> dict[str, Any] | None: ...
    def entry_count(self, draw_id: int) -> int: ...
    def tickets_by_class(self, draw_id: int) -> dict[int, int]: ...
    def remove_entry(
        self,
        draw_id: int,
        platform: str,
        viewer_id: str,
        reason: str,
        after_close: bool,
        actor: str,
        at: float,
    ) -> bool: ...
    def frozen(self, draw_id: int) -> list[str]: ...
    def removed_after_close(self, draw_id: int) -> dict[tuple[str, str], str]: ...
    def find_by_name(self, draw_id: int, name: str) -> list[tuple[str, str, str]]: ...
    def picks(self, draw_id: int) -> list[PickRow]: ...
    def add_pick(self, pick: PickRow, actor: str) -> None: ...
    def set_pick(
        self, draw_id: int, seq: int, status: str, reason: str, actor: str, at: float
    ) -> None: ...
    def set_deadline(self, draw_id: int, seq: int, deadline: float) -> None: ...
    def recent_winners(self, last: int, before: int) -> set[tuple[str, str]]: ...
    def audit(self, kind: str, actor: str, **detail: Any) -> int: ...
    def banned(self) -> set[tuple[str, str]]: ...


class SQLiteDrawStore:
    """The DrawStore on the app's SQLite `Store` (WAL): its connection, lock and audit log."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.ensure_schema(_SCHEMA)
        columns = {r[1] for r in store.query("PRAGMA table_info(draws)")}
        for name, kind in (("drand_round", "INTEGER"), ("drand_signature", "TEXT")):
            if name not in columns:  # a store made before drand binding
                store.execute(f"ALTER TABLE draws ADD COLUMN {name} {kind}")

    def set_beacon(self, draw_id: int, signature: str, actor: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE draws SET drand_signature = ? WHERE id = ?", (signature, draw_id))
            self.store.audit("draw.beacon", actor, draw=draw_id, signature=signature)

    def audit(self, kind: str, actor: str, **detail: Any) -> int:
        return self.store.audit(kind, actor, **detail)

    def transaction(self) -> contextlib.AbstractContextManager[Any]:
        """Group several calls into one transaction (the calls' own transactions join it)."""
        return self.store.transaction()

    # -- draws --------------------------------------------------------------------------------

    def create(self, fields: dict[str, Any], actor: str, at: float) -> int:
        row = dict(
            fields,
            rules=json.dumps(fields["rules"], sort_keys=True, ensure_ascii=False),
            state="created",
            actor=actor,
            created_at=at,
        )
        cols = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        with self.store.transaction() as conn:
            inserted = conn.execute(f"INSERT INTO draws({cols}) VALUES ({marks})", row).lastrowid
            if inserted is None:  # sqlite3 sets it after every INSERT that wrote a row
                raise sqlite3.DatabaseError("the draw row was not inserted")
            draw_id = inserted
            self.store.audit(
                "draw.created",
                actor,
                draw=draw_id,
                prize=fields["prize"],
                winners=fields["winners"],
                keyword=fields["keyword"],
                rules_hash=fields["rules_hash"],
                commitment=fields["commitment"],
            )
        return draw_id

    def _row(self, r: Any) -> DrawRow:
        d = dict(r)
        d["rules"] = json.loads(d["rules"])
        return DrawRow(**d)

    def recent(self, limit: int) -> list[DrawRow]:
        rows = self.store.query("SELECT * FROM draws ORDER BY id DESC LIMIT ?", (limit,))
        return [self._row(r) for r in rows]

    def get(self, draw_id: int) -> DrawRow | None:
        rows = self.store.query("SELECT * FROM draws WHERE id = ?", (draw_id,))
        return self._row(rows[0]) if rows else None

    def active(self) -> list[DrawRow]:
        marks = ",".join("?" * len(ACTIVE))
        rows = self.store.query(f"SELECT * FROM draws WHERE state IN ({marks}) ORDER BY id", ACTIVE)
        return [self._row(r) for r in rows]

    def transition(
        self, draw_id: int, state: str, frm: Sequence[str], actor: str, at: float, **fields: Any
    ) -> bool:
        """Move a draw from one of `frm` to `state` (and set `fields`), audited, atomically;
        False if it was not in `frm` (someone else moved it first)."""
        audit_detail = fields.pop("audit", {})
        sets = ", ".join(["state = ?", *(f"{k} = ?" for k in fields)])
        marks = ",".join("?" * len(frm))
        with self.store.transaction() as conn:
            cur = conn.execute(
                f"UPDATE draws SET {sets} WHERE id = ? AND state IN ({marks})",
                (state, *fields.values(), draw_id, *frm),
            )
            if cur.rowcount != 1:
                return False
            self.store.audit(f"draw.{state}", actor, draw=draw_id, **fields, **audit_detail)
        return True

    # -- entries ------------------------------------------------------------------------------

    def add_entries(self, batch: Sequence[NewEntry]) -> list[bool]:
        """Commit a batch in one transaction: True for each new entry, False for a duplicate
        or an entry whose draw is no longer open (it closed while the entry waited)."""
        out: list[bool] = []
        sql = (
            "INSERT OR IGNORE INTO draw_entries(draw_id, platform, viewer_id, name, tickets, "
            "source, at) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
            "(SELECT 1 FROM draws WHERE id = ? AND state = 'open')"
        )
        with self.store.transaction() as conn:
            for e in batch:
                cur = conn.execute(
                    sql,
                    (
                        e.draw_id,
                        e.platform,
                        e.viewer_id,
                        e.name,
                        e.tickets,
                        e.source,
                        e.at,
                        e.draw_id,
                    ),
                )
                out.append(cur.rowcount == 1)
        return out

    def entry(self, draw_id: int, platform: str, viewer_id: str) -> dict[str, Any] | None:
        rows = self.store.query(
            "SELECT * FROM draw_entries WHERE draw_id = ? AND platform = ? AND viewer_id = ?",
            (draw_id, platform, viewer_id),
        )
        return dict(rows[0]) if rows else None

    def entry_count(self, draw_id: int) -> int:
        return int(
            self.store.query(
                "SELECT count(*) FROM draw_entries WHERE draw_id = ? AND removed IS NULL",
                (draw_id,),
            )[0][0]
        )

    def tickets_by_class(self, draw_id: int) -> dict[int, int]:
        rows = self.store.query(
            "SELECT tickets, count(*) FROM draw_entries WHERE draw_id = ? AND removed IS NULL "
            "GROUP BY tickets",
            (draw_id,),
        )
        return {int(r[0]): int(r[1]) for r in rows}

    def remove_entry(
        self,
        draw_id: int,
        platform: str,
        viewer_id: str,
        reason: str,
        after_close: bool,
        actor: str,
        at: float,
    ) -> bool:
        with self.store.transaction() as conn:
            cur = conn.execute(
                "UPDATE draw_entries SET removed = ?, removed_after_close = ? WHERE draw_id = ? "
                "AND platform = ? AND viewer_id = ? AND removed IS NULL",
                (reason, int(after_close), draw_id, platform, viewer_id),
            )
            if cur.rowcount != 1:
                return False
            self.store.audit(
                "draw.removed",
                actor,
                draw=draw_id,
                platform=platform,
                viewer_id=viewer_id,
                reason=reason,
                after_close=after_close,
            )
        return True

    def removed_after_close(self, draw_id: int) -> dict[tuple[str, str], str]:
        rows = self.store.query(
            "SELECT platform, viewer_id, removed FROM draw_entries "
            "INDEXED BY draw_entries_removed WHERE draw_id = ? "
            "AND removed IS NOT NULL AND removed_after_close = 1",
            (draw_id,),
        )
        return {(r[0], r[1]): r[2] for r in rows}

    def frozen(self, draw_id: int) -> list[str]:
        """The frozen list in canonical order, as its lines (fairness.Entry.line).

        The primary key's BINARY collation is UTF-8 byte order, the canonical order, so this
        reads the index in order and sorts nothing; SQLite builds the lines, and a plain
        cursor (no Row objects) keeps a million of them under a second. Entries removed after
        the close stay: the list was frozen (and its hash published) with them in it.
        """
        # One transaction (joining the caller's, as at the close): a consistent snapshot.
        with self.store.transaction() as conn:
            cur = conn.cursor()
            cur.row_factory = None
            cur.execute(
                f"SELECT platform || '{SEP}' || viewer_id || '{SEP}' || tickets || char(10) "
                "FROM draw_entries WHERE draw_id = ? "
                "AND (removed IS NULL OR removed_after_close = 1) ORDER BY platform, viewer_id",
                (draw_id,),
            )
            return [line for (line,) in cur]

    def find_by_name(self, draw_id: int, name: str) -> list[tuple[str, str, str]]:
        rows = self.store.query(
            "SELECT platform, viewer_id, name FROM draw_entries WHERE draw_id = ? "
            "AND lower(name) = lower(?)",
            (draw_id, name),
        )
        return [(r[0], r[1], r[2]) for r in rows]

    # -- picks --------------------------------------------------------------------------------

    def picks(self, draw_id: int) -> list[PickRow]:
        rows = self.store.query(
            "SELECT * FROM draw_picks WHERE draw_id = ? ORDER BY seq", (draw_id,)
        )
        return [PickRow(**dict(r)) for r in rows]

    def add_pick(self, pick: PickRow, actor: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO draw_picks(draw_id, seq, platform, viewer_id, name, status, reason, "
                "deadline, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    pick.draw_id,
                    pick.seq,
                    pick.platform,
                    pick.viewer_id,
                    pick.name,
                    pick.status,
                    pick.reason,
                    pick.deadline,
                    pick.at,
                ),
            )
            self.store.audit(
                "draw.pick",
                actor,
                draw=pick.draw_id,
                seq=pick.seq,
                platform=pick.platform,
                viewer_id=pick.viewer_id,
                name=pick.name,
                status=pick.status,
                reason=pick.reason,
                deadline=pick.deadline,
            )

    def set_pick(
        self, draw_id: int, seq: int, status: str, reason: str, actor: str, at: float
    ) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE draw_picks SET status = ?, reason = ? WHERE draw_id = ? AND seq = ?",
                (status, reason, draw_id, seq),
            )
            self.store.audit(
                f"draw.pick.{status}", actor, draw=draw_id, seq=seq, reason=reason, at=at
            )

    def set_deadline(self, draw_id: int, seq: int, deadline: float) -> None:
        """A pending pick's claim window, set once its announcement went out."""
        self.store.execute("UPDATE draw_picks SET deadline = ? WHERE draw_id = ? AND seq = ? "
                           "AND status = 'pending' AND deadline IS NULL",
                           (deadline, draw_id, seq))

    def recent_winners(self, last: int, before: int) -> set[tuple[str, str]]:
        """Viewers who won (pending, claimed or won) in the last `last` drawn draws before id
        `before`."""
        if last <= 0:
            return set()
        rows = self.store.query(
            "SELECT platform, viewer_id FROM draw_picks "
            "WHERE status IN ('pending', 'claimed', 'won') AND draw_id IN "
            "(SELECT id FROM draws WHERE id < ? AND drawn_at IS NOT NULL "
            "ORDER BY id DESC LIMIT ?)",
            (before, last),
        )
        return {(r[0], r[1]) for r in rows}

    def banned(self) -> set[tuple[str, str]]:
        """(platform, viewer id) of viewers a moderator banned on their platform (the
        moderation audit's `mod.ban` entries; a platform ban is not a bot mute)."""
        keys = set()
        for r in self.store.query("SELECT detail FROM audit WHERE kind = 'mod.ban'"):
            platform, _, viewer_id = str(json.loads(r[0]).get("target", "")).partition(":")
            if viewer_id:
                keys.add((platform, viewer_id))
        return keys
