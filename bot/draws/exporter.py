"""Writes a drawn draw's audit record where the show publishes it (`[draws] export_dir`).

On a file-backed store the record is written in one worker thread on its own SQLite
connection (bot.draws.verify.write_record_from), in order, so the latest state always lands
last and a million-entry record never stalls the chat loop; without a running loop, or on an
in-memory store, it is written at once.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.draws.store import DrawRow, DrawStore

log = logging.getLogger(__name__)


class RecordExporter:
    """`export(row)` after every change to a drawn draw; `close()` waits for what is being
    written (the demo's verify line reads it) and stops the worker."""

    def __init__(self, store: DrawStore, export_dir: Path | str | None, db: str) -> None:
        """`db`: the store's SQLite path (":memory:" writes in the caller's thread)."""
        self.store = store
        self.export_dir = None if export_dir is None else Path(export_dir)
        self.db = db
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[asyncio.Future[None]] = []

    def path(self, row: DrawRow) -> Path | None:
        """Where draw `row`'s record goes: `<export_dir>/draw-<id>.json` (None: not exported)."""
        return None if self.export_dir is None else self.export_dir / f"draw-{row.id}.json"

    def export(self, row: DrawRow) -> Path | None:
        """Write (or queue) the record of a drawn draw; None when nothing is written."""
        path = self.path(row)
        if path is None or row.drawn_at is None:
            return None
        from bot.draws.verify import write_record, write_record_from

        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None or self.db == ":memory:":
            write_record(self.store, row.id, path)
            return path
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draw-export")
        self._pending.append(loop.run_in_executor(self._pool, write_record_from, self.db,
                                                  row.id, path))
        self._pending = [f for f in self._pending if not f.done()]
        return path

    async def close(self) -> None:
        """Wait for the records being written (a failure is logged) and stop the worker."""
        results = await asyncio.gather(*self._pending, return_exceptions=True)
        for err in results:
            if isinstance(err, Exception):
                log.error("draws: writing a record failed: %s", err)
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
