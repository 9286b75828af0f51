"""The durable store: SQLite in WAL mode by default.

Features keep their own tables (declared with `ensure_schema`) and their SQL next to their
code; what every feature shares is here: a key/value area for small state and the audit log.
Calls are synchronous: a WAL commit with synchronous=NORMAL takes microseconds, so it does not
stall the event loop, and it keeps "committed before acknowledged" easy to reason about.
"""

from __future__ import annotations

import contextlib
import errno
import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias

from bot.clock import Clock

# What sqlite3 binds: positional values or named ones.
Params: TypeAlias = Sequence[Any] | Mapping[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_kind ON audit(kind, id);
"""


class Store:
    def __init__(self, path: str | Path = ":memory:", *, clock: Clock | None = None) -> None:
        self.path = str(path)
        self._clock = clock
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as err:  # no folder, or not a database: one line naming it
            raise OSError(errno.EIO, f"cannot open the store: {err}", self.path) from None
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        self._lock = threading.RLock()
        self._depth = 0
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        self.conn.close()

    def ensure_schema(self, sql: str) -> None:
        with self._lock:
            self.conn.executescript(sql)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; nested uses join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
            finally:
                self._depth = 0

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, params)

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; returns the new row's id (SQLite's rowid)."""
        with self._lock:
            rowid = self.conn.execute(sql, params).lastrowid
        assert rowid is not None  # an INSERT always sets it
        return rowid

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    # -- small shared state -------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        row = self.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def put(self, key: str, value: Any) -> None:
        self.execute(
            "INSERT INTO kv(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )

    # -- the audit log ------------------------------------------------------------------------

    def audit(self, kind: str, actor: str, **detail: Any) -> int:
        """Record what the bot did or was told to do; returns the entry's id."""
        at = self._clock.now() if self._clock else time.time()
        return self.insert(
            "INSERT INTO audit(at, kind, actor, detail) VALUES (?, ?, ?, ?)",
            (at, kind, actor, json.dumps(detail, ensure_ascii=False, default=str)),
        )

    def audit_entries(self, *, kind: str | None = None, since_id: int = 0,
                      limit: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT id, at, kind, actor, detail FROM audit WHERE id > ?"
        params: list[Any] = [since_id]
        if kind:
            sql += " AND (kind = ? OR kind LIKE ?)"
            params += [kind, f"{kind}.%"]
        sql += " ORDER BY id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            {"id": r["id"], "at": r["at"], "kind": r["kind"], "actor": r["actor"],
             **{"detail": json.loads(r["detail"])}}
            for r in self.query(sql, tuple(params))
        ]
