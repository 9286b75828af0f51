"""Group commit: batches, timing on the injected clock, and a failed commit that loses nothing."""

from __future__ import annotations

import sqlite3

from bot.draws.batcher import EntryBatcher
from bot.draws.store import NewEntry, SQLiteDrawStore
from bot.store import Store


def _store(tmp_path) -> SQLiteDrawStore:  # noqa: ANN001
    draws = SQLiteDrawStore(Store(tmp_path / "b.db"))
    draw_id = draws.create(dict(prize="TV", winners=1, keyword="tv", duration=60.0, rules={},
                                rules_hash="r", seed="00", commitment="c"), "test", 0.0)
    assert draws.transition(draw_id, "open", ("created",), "test", 0.0, opened_at=0.0)
    return draws


def _entry(i: int) -> NewEntry:
    return NewEntry(1, "twitch", f"v{i}", f"v{i}", 1, "keyword", 0.0)


async def test_batches_commit_on_the_interval_or_when_full(tmp_path, clock):
    store = _store(tmp_path)
    batcher = EntryBatcher(store, clock, size=10, interval=1.0)
    batcher.start()
    acked: list[bool] = []
    for i in range(3):
        batcher.submit(_entry(i), acked.append)
    await clock.advance(0.5)
    assert acked == [] and store.entry_count(1) == 0  # still gathering
    await clock.advance(0.6)
    assert acked == [True] * 3 and store.entry_count(1) == 3
    for i in range(3, 25):  # two full batches go at once, without waiting for the interval
        batcher.submit(_entry(i), acked.append)
    batcher.submit(_entry(0), acked.append)  # a duplicate
    await clock.advance(0)
    assert store.entry_count(1) >= 23
    await clock.advance(1.1)
    assert store.entry_count(1) == 25 and acked.count(True) == 25 and acked[-1] is False
    assert batcher.batches >= 4
    await batcher.stop()


class Flaky(SQLiteDrawStore):
    """The real store, whose next commit fails once (a locked database, a full disk)."""

    fail = 1

    def add_entries(self, batch):  # noqa: ANN001, ANN201
        if self.fail:
            self.fail -= 1
            raise sqlite3.OperationalError("database is locked")
        return super().add_entries(batch)


async def test_a_failed_commit_acknowledges_nothing_and_is_retried(tmp_path, clock):
    base = _store(tmp_path)
    store = Flaky(base.store)
    batcher = EntryBatcher(store, clock, size=100, interval=0.5)
    batcher.start()
    acked: list[bool] = []
    for i in range(5):
        batcher.submit(_entry(i), acked.append)
    await clock.advance(0.6)  # the commit fails: nothing is acknowledged, nothing dropped
    assert acked == [] and len(batcher) == 5
    await clock.advance(1.0)
    assert acked == [True] * 5 and store.entry_count(1) == 5 and len(batcher) == 0
    await batcher.stop()


async def test_entries_for_a_closed_draw_are_refused_at_commit(tmp_path, clock):
    store = _store(tmp_path)
    batcher = EntryBatcher(store, clock)
    batcher.submit(_entry(1))
    assert store.transition(1, "closed", ("open",), "test", 1.0, closed_at=1.0)
    results: list[bool] = []
    batcher.submit(_entry(2), results.append)
    batcher.flush()
    assert results == [False] and store.entry_count(1) == 0
