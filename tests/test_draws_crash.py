"""Crash test: a child process takes an entry storm and is killed with SIGKILL at random points.

The child acknowledges an entry (appends it to an ack file) only after its batch commits, as the
bot does. After every kill a fresh child recovers the same SQLite file and storms on; at the end
every acknowledged entry is present exactly once, and the open draw closes, draws and verifies.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import asyncio, os, sys, json
from bot.clock import SystemClock
from bot.store import Store
from bot.persona import Persona
from bot.draws.service import Draws
from bot.draws.settings import DrawsSection
from bot.draws.verify import export_record
from bot.events import ChatMessage, Viewer

db, acks, phase, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

class Sink:
    def put(self, item): pass

async def main():
    clock = SystemClock()
    draws = Draws(Store(db, clock=clock), clock, Sink(), Persona(name="Z"),
                  DrawsSection(batch_size=64, batch_seconds=0.005, claim_seconds=0))
    fd = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def acked(entries, results):  # runs only after the batch committed
        lines = "".join(f"{e.platform} {e.viewer_id} {int(new)}\n"
                        for e, new in zip(entries, results))
        os.write(fd, lines.encode())

    draws.batcher.listeners.append(acked)
    await draws.start()
    if phase == "finish":
        draw_id = draws.store.active()[0].id
        draws.close(draw_id)
        draws.pick(draw_id)
        print(json.dumps(export_record(draws.store, draw_id)))
        await draws.stop()
        return
    if not draws.store.active():
        draws.open(draws.create("TV", 5, "tv", 3600, "show"))
    print("ready", flush=True)
    i = start
    while True:
        for _ in range(200):
            # Some viewers repeat the keyword: duplicates must stay single entries.
            n = i if i % 7 else i - 3
            platform = ("twitch", "discord", "youtube")[n % 3]
            v = Viewer(platform, f"u{n}", f"u{n}")
            draws.try_enter(ChatMessage(platform, "c", str(i), v, "tv", clock.now()))
            i += 1
        await asyncio.sleep(0)

asyncio.run(main())
"""


def _child(db: Path, acks: Path, phase: str, start: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(acks), phase, str(start)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_acknowledged_entries_survive_sigkill(tmp_path):
    db, acks = tmp_path / "crash.db", tmp_path / "acks.txt"
    rnd = random.Random(7)
    for round_no in range(6):
        child = _child(db, acks, "storm", round_no * 40_000)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rnd.uniform(0.05, 0.5))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        assert child.returncode == -signal.SIGKILL

    acked_new: list[tuple[str, str]] = []
    for line in acks.read_text().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "1":  # a torn last line is no acknowledgement
            acked_new.append((parts[0], parts[1]))
    assert len(acked_new) > 1000, "the storm never got going"
    assert len(acked_new) == len(set(acked_new)), "an entry was acknowledged as new twice"
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT platform, viewer_id FROM draw_entries").fetchall()
    conn.close()
    present = set(rows)
    assert len(rows) == len(present)
    missing = set(acked_new) - present
    assert not missing, f"{len(missing)} acknowledged entries lost, e.g. {sorted(missing)[:3]}"

    done = _child(db, acks, "finish", 0)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    record = json.loads(out)
    from bot.draws.verify import verify_record

    verdict = verify_record(record)
    assert verdict.ok, verdict.reasons
    assert len(record["entries"]) == len(present) and len(verdict.winners) == 5
