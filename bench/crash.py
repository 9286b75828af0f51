"""Crash figures: a real `hawker run` killed with SIGKILL at random points, again and again.

The harness plays a chat bridge, a shop and an outbound subscriber over loopback HTTP against
one show folder (the sample show, webhooks on). Each life of the child process gets, at once:

* entries: viewers typing the draw's keyword through the bridge (a 202 or 409 acknowledges);
* shop events: a promotion started and ended, again and again, on one SKU (200/409), each
  a sale.started / sale.ended that the subscriber must receive;
* draws: a moderator creates, opens and picks draws through the bridge; each drawn draw's
  result must be said to the bridge exactly once;
* the show: a moderator sets `!stock` (a 202 acknowledges it).

and is killed (SIGKILL) at a random moment. What had no answer is sent again in the next life,
as a bridge or shop retries. After the last kill a final life finishes and stops cleanly; then
what was acknowledged, said and delivered is compared with the SQLite store.

    lost: acknowledged, but not stored (entries, stock) or never delivered/said (sale events,
          draw results);
    said twice: a draw result said more than once, a sale transition delivered under two ids.

Prints JSON (the figures per path and in total). The goal is 0 lost and 0 said twice.

Run: .venv/bin/python bench/crash.py [--kills 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.requests import ClientDisconnect, Request  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from plugins.webhooks.server import serve_asgi  # noqa: E402
from plugins.webhooks.signing import sign  # noqa: E402

EXAMPLES = ROOT / "bot" / "examples"
SHOP, BRIDGE, SUB = "crash-shop-secret", "crash-bridge-secret", "crash-sub-secret"
SALE_SKU, STOCK_SKU = "DUVET-GOOSE-WINTER", "YOGURT-GREEK-12"
CONFIG = """\
[show]
name = "Crash show"
catalog = "catalog.yaml"
policies = "policies.yaml"
persona = "persona.yaml"
plan = "show.yaml"

[store]
path = "hawker.db"

[knowledge]
chroma_path = "chroma"

[platforms.console]
enabled = false

[draws]
claim_seconds = 600
batch_seconds = 0.02
count_seconds = 3600

[webhooks]
port = {port}
read_timeout_seconds = 5
[webhooks.sources.shop]
kind = "shop"
secret_env = "CRASH_SHOP_SECRET"
[webhooks.sources.bridge]
kind = "chat"
secret_env = "CRASH_BRIDGE_SECRET"
platform = "douyin"
callback_url = "{said}"
max_role = "moderator"
channels = ["room1"]
rate_messages = 1000
rate_seconds = 1
[[webhooks.subscribers]]
name = "crm"
url = "{delivered}"
secret_env = "CRASH_SUB_SECRET"
events = ["sale.*"]
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Recorder:
    """The bridge's callback and the subscriber: every request body, in arrival order."""

    said: list[str] = field(default_factory=list)  # texts the bot sent to the bridge
    delivered: dict[str, dict] = field(default_factory=dict)  # outbound event id -> body

    seen: set[str] = field(default_factory=set)  # event ids: a bridge dedupes re-sends

    async def on_said(self, request: Request) -> JSONResponse:
        try:
            body = json.loads(await request.body())
        except ClientDisconnect:  # the child was killed mid-send: nothing was said
            return JSONResponse({}, 400)
        if body.get("type") == "chat.reply" and body["id"] not in self.seen:
            self.seen.add(body["id"])
            self.said.append(body["data"]["text"])
        return JSONResponse({"ok": True})

    async def on_delivered(self, request: Request) -> JSONResponse:
        try:
            body = json.loads(await request.body())
        except ClientDisconnect:
            return JSONResponse({}, 400)
        self.delivered.setdefault(body["id"], body)
        return JSONResponse({"ok": True})

    async def start(self) -> Any:
        app = Starlette(routes=[Route("/said", self.on_said, methods=["POST"]),
                                Route("/delivered", self.on_delivered, methods=["POST"])])
        return await serve_asgi(app)


@dataclass
class Workload:
    """What the harness sent and what came back, across every life of the child."""

    rnd: random.Random
    viewers: int = 0
    entries_acked: set[str] = field(default_factory=set)  # viewer ids
    entries_pending: list[dict] = field(default_factory=list)
    shop_seq: int = 0
    shop_acked: list[str] = field(default_factory=list)  # event ids, in order
    shop_pending: dict | None = None
    stock_sent: list[int] = field(default_factory=list)
    stock_acked: list[int] = field(default_factory=list)
    draw_no: int = 0
    mod_pending: list[dict] = field(default_factory=list)
    mod_step: int = 0
    chat_seq: int = 0
    storm_open: bool = False  # the entries' draw is open (its `!draw open` was answered)

    def __post_init__(self) -> None:
        # The storm's own draw, open for the whole run; the moderator's cycles come after it.
        self.mod_pending = [self.chat("mia", "!draw create Storm 3 storm 2h", "moderator"),
                            self.chat("mia", "!draw open", "moderator")]

    def chat(self, viewer: str, text: str, role: str = "viewer") -> dict:
        self.chat_seq += 1
        return {"id": f"c{self.chat_seq}", "channel": "room1", "message_id": f"m{self.chat_seq}",
                "viewer": {"id": viewer, "display_name": viewer, "role": role}, "text": text}


class Life:
    """One run of the child: send until it is killed (or, last, until told to stop)."""

    def __init__(self, url: str, work: Workload) -> None:
        self.url, self.work = url, work
        self.http = httpx.AsyncClient(base_url=url, timeout=5.0)
        self.dead = False

    async def post(self, path: str, event: dict, secret: str, source: str) -> int | None:
        body = json.dumps(event).encode()
        headers = sign(secret, body, now=time.time(), event_id=event["id"], source=source)
        try:
            return (await self.http.post(path, content=body, headers=headers)).status_code
        except httpx.HTTPError:
            return None  # no answer: the sender retries in the next life

    async def chat(self, event: dict) -> int | None:
        return await self.post("/webhooks/chat", event, BRIDGE, "bridge")

    async def entries(self) -> None:
        w = self.work
        while not w.storm_open:
            if self.dead:
                return
            await asyncio.sleep(0.01)
        pending, w.entries_pending = w.entries_pending, []
        while not self.dead:
            batch = pending or [w.chat(f"v{w.viewers + i}", "storm") for i in range(8)]
            if not pending:
                w.viewers += 8
            pending = []
            codes = await asyncio.gather(*(self.chat(e) for e in batch))
            for e, code in zip(batch, codes, strict=True):
                if code in (202, 409):
                    w.entries_acked.add(e["viewer"]["id"])
                elif code is None:
                    w.entries_pending.append(e)
            if any(c is None for c in codes):
                return

    async def shop_once(self) -> int | None:
        """Send the next shop event (or the unanswered one again); None: no answer."""
        w = self.work
        if w.shop_pending is None:
            n = w.shop_seq
            promo = f"P{n // 2}"
            w.shop_pending = ({"id": f"s{n}", "type": "promotion", "action": "start",
                               "promotion": {"id": promo, "skus": [SALE_SKU],
                                             "kind": "percent", "value": "10"}}
                              if n % 2 == 0 else
                              {"id": f"s{n}", "type": "promotion", "action": "end",
                               "promotion_id": promo})
            w.shop_seq += 1
        code = await self.post("/webhooks/shop", w.shop_pending, SHOP, "shop")
        if code is not None:
            if code not in (200, 409):
                raise RuntimeError(f"shop event {w.shop_pending['id']}: HTTP {code}")
            w.shop_acked.append(w.shop_pending["id"])
            w.shop_pending = None
        return code

    async def shop(self) -> None:
        while not self.dead:
            if await self.shop_once() is None:
                return
            await asyncio.sleep(0.01)

    async def moderator(self) -> None:
        """Draw cycles and stock changes; a command without an answer is sent again."""
        w = self.work
        while not self.dead:
            if w.mod_pending:
                event = w.mod_pending[0]
            else:
                event = self._next_command()
                w.mod_pending.append(event)
            code = await self.chat(event)
            if code is None:
                return
            w.mod_pending.pop(0)
            self._answered(event)
            await asyncio.sleep(0.02)

    def _answered(self, event: dict) -> None:
        text = event["text"]
        if text.startswith("!stock"):
            self.work.stock_acked.append(int(text.split()[-1]))
        elif text == "!draw open" and not self.work.storm_open:
            self.work.storm_open = True

    def _next_command(self) -> dict:
        """stock, then a draw cycle: create, open, two entrants, pick."""
        w = self.work
        step = w.mod_step % 6
        w.mod_step += 1
        if step == 0:
            n = 5000 - len(w.stock_sent)
            w.stock_sent.append(n)
            return w.chat("mia", f"!stock {STOCK_SKU} {n}", "moderator")
        if step == 1:
            w.draw_no += 1
            return w.chat("mia", f"!draw create Prize{w.draw_no} 1 cycle{w.draw_no} 1h",
                          "moderator")
        if step == 2:
            return w.chat("mia", "!draw open", "moderator")
        if step in (3, 4):
            return w.chat(f"fan{w.draw_no}-{step}", f"cycle{w.draw_no}")
        return w.chat("mia", "!draw pick", "moderator")

    async def run(self, seconds: float | None) -> None:
        tasks = [asyncio.create_task(t) for t in (self.entries(), self.shop(), self.moderator())]
        if seconds is not None:
            await asyncio.sleep(seconds)
        else:
            await asyncio.sleep(1.0)
        self.dead = True
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.http.aclose()


def start_child(folder: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CRASH_SHOP_SECRET": SHOP,
           "CRASH_BRIDGE_SECRET": BRIDGE, "CRASH_SUB_SECRET": SUB}
    log = open(folder / "child.log", "ab")  # noqa: SIM115 - the child owns it
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--config",
                             str(folder / "hawker.toml")], cwd=folder, env=env,
                            stdout=log, stderr=log, stdin=subprocess.DEVNULL)


async def wait_ready(url: str, child: subprocess.Popen, within: float = 90.0) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(base_url=url, timeout=1.0) as http:
        while time.monotonic() < deadline:
            if child.poll() is not None:
                raise RuntimeError(f"hawker run exited with {child.returncode}")
            try:
                if (await http.get("/healthz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.05)
    raise RuntimeError("hawker run did not come up")


def make_folder(base: Path, port: int, said: str, delivered: str) -> Path:
    folder = base / "show"
    folder.mkdir()
    for name in ("catalog.yaml", "policies.yaml", "persona.yaml", "show.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    if (EXAMPLES / "chroma").is_dir():  # saves the first life the embedding work
        shutil.copytree(EXAMPLES / "chroma", folder / "chroma")
    (folder / "hawker.toml").write_text(CONFIG.format(port=port, said=said, delivered=delivered))
    return folder


def analyse(db: Path, work: Workload, rec: Recorder, kills: int) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("SELECT viewer_id FROM draw_entries")}
    entries_lost = len(work.entries_acked - stored)
    # Sale transitions: every acknowledged shop event changed the SKU's sale state once.
    sales = [e for e in rec.delivered.values() if e["data"].get("sku") == SALE_SKU]
    expected = len(work.shop_acked)
    kinds = Counter(e["type"] for e in sales)
    sale_lost = max(0, expected - len(sales))
    sale_twice = max(0, len(sales) - expected)
    # Draw results: each drawn draw said exactly once; claim windows only once said.
    drawn = [r[0] for r in conn.execute("SELECT prize FROM draws WHERE drawn_at IS NOT NULL")]
    said_counts = {p: sum(1 for t in rec.said if t.startswith(("🎉 " + p + ":",))
                          or f"draw for {p}." in t or f"left for {p}:" in t) for p in drawn}
    draws_lost = sum(1 for n in said_counts.values() if n == 0)
    draws_twice = sum(n - 1 for n in said_counts.values() if n > 1)
    early_windows = conn.execute(
        "SELECT COUNT(*) FROM draw_picks p JOIN draw_says s ON s.draw_id = p.draw_id AND "
        "s.what = 'winners' WHERE p.deadline IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM draw_said d WHERE d.say_id = s.id)").fetchone()[0]
    row = conn.execute("SELECT stock FROM show_stock WHERE sku = ?", (STOCK_SKU,)).fetchone()
    conn.close()
    last_acked = work.stock_acked[-1] if work.stock_acked else None
    # Stock values only go down: what is stored may be newer than the last answer, not older.
    stock_lost = int(last_acked is not None and (row is None or row[0] > last_acked))
    paths = {
        "entries": {"acknowledged": len(work.entries_acked), "lost": entries_lost,
                    "said_twice": 0},
        "sale_events": {"acknowledged": expected, "delivered": len(sales),
                        "started": kinds["sale.started"], "ended": kinds["sale.ended"],
                        "lost": sale_lost, "said_twice": sale_twice},
        "draw_results": {"acknowledged": len(drawn), "lost": draws_lost,
                         "said_twice": draws_twice, "claim_window_before_said": early_windows},
        "stock": {"acknowledged": len(work.stock_acked), "lost": stock_lost, "said_twice": 0},
    }
    return {
        "kills": kills,
        "paths": paths,
        "acknowledged": sum(p["acknowledged"] for p in paths.values()),
        "lost": sum(p["lost"] for p in paths.values()),
        "said_twice": sum(p["said_twice"] for p in paths.values()),
    }


async def crash_run(kills: int = 12, seed: int = 1, base: Path | None = None,
                    life: tuple[float, float] = (0.3, 1.5)) -> dict[str, Any]:
    """Kill a real `hawker run` `kills` times at random points; returns the figures."""
    rnd = random.Random(seed)
    tmp = None
    if base is None:
        tmp = tempfile.TemporaryDirectory(prefix="hawker-crash-")
        base = Path(tmp.name)
    rec = Recorder()
    server = await rec.start()
    port = free_port()
    folder = make_folder(base, port, server.url + "/said", server.url + "/delivered")
    url = f"http://127.0.0.1:{port}"
    work = Workload(rnd)
    started = time.monotonic()
    try:
        for _ in range(kills):
            child = start_child(folder)
            try:
                await wait_ready(url, child)
                life_run = Life(url, work)
                runner = asyncio.create_task(life_run.run(None))
                await asyncio.sleep(rnd.uniform(*life))
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=10)
                life_run.dead = True
                await runner
            finally:
                if child.poll() is None:
                    child.kill()
                    child.wait()
        # The last life: everything unanswered is sent again, then a clean stop.
        child = start_child(folder)
        await wait_ready(url, child)
        final = Life(url, work)
        for event in list(work.entries_pending):
            code = await final.chat(event)
            if code in (202, 409):
                work.entries_acked.add(event["viewer"]["id"])
        work.entries_pending.clear()
        if work.shop_pending is not None:
            await final.shop_once()
        for event in list(work.mod_pending):
            if await final.chat(event) is not None:
                work.mod_pending.pop(0)
                final._answered(event)
        await final.chat(work.chat("mia", "!draw pick", "moderator"))
        await final.http.aclose()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            sales = sum(1 for e in rec.delivered.values() if e["data"].get("sku") == SALE_SKU)
            if sales >= len(work.shop_acked):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # the last announcements
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=30)
        figures = analyse(folder / "hawker.db", work, rec, kills)
        (base / "said.json").write_text(json.dumps(rec.said, ensure_ascii=False, indent=0))
        figures["seconds"] = round(time.monotonic() - started, 1)
        return figures
    finally:
        await server.stop()
        if tmp is not None:
            tmp.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="a folder to keep the show and said.json in")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(crash_run(args.kills, args.seed, args.keep)), indent=1))


if __name__ == "__main__":
    main()
