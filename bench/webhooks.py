"""Signed inbound webhook events per second, accepted end to end, and their latency.

The server is a real Hawker (the sample show) with webhooks on a loopback port, in this
process and loop as in production. A second process plays the shop and a chat bridge: it signs
every event (HMAC-SHA256, fresh timestamps and ids) and sends them over `--connections`
keep-alive HTTP/1.1 connections. Accepted means 200/202 after signature check, schema
validation, the durable replay ledger (a SQLite commit per event) and the effect: facts updated
for shop events, the whole chat pipeline for bridged messages. Half shop (price, stock, order),
half chat. Prints JSON with the median of `--runs` runs.

Run: .venv/bin/python bench/webhooks.py [--events 20000] [--connections 8] [--uvloop]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.applications import Starlette  # noqa: E402
from starlette.responses import Response  # noqa: E402
from starlette.routing import Route  # noqa: E402

from bot.app import Hawker  # noqa: E402
from bot.config import Config, WebhooksSection  # noqa: E402
from plugins.console import ConsoleAdapter  # noqa: E402
from plugins.webhooks.server import serve_asgi  # noqa: E402
from plugins.webhooks.signing import sign  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
SHOP, BRIDGE = "bench-shop-secret", "bench-bridge-secret"
SKUS = ["BEEF-SHANK-1KG", "EGG-FREERANGE-30", "CORN-SWEET-10", "YOGURT-GREEK-12"]
CHATTER = ["lol", "hello from Chengdu!", "666", "哈哈哈", "love this show", "nice", "老张好"]


async def _ok(request) -> Response:  # noqa: ANN001 - the bridge's callback (bot replies)
    await request.body()
    return Response(status_code=204)


def event(i: int, run: int, rnd: random.Random) -> tuple[str, str, str, dict]:
    eid = f"r{run}-e{i}"
    if i % 2:
        return "/webhooks/chat", BRIDGE, "bridge", {
            "id": eid, "channel": "room1", "message_id": f"m{run}-{i}",
            "viewer": {"id": str(rnd.randrange(5000)), "display_name": "viewer"},
            "text": rnd.choice(CHATTER)}
    sku, r = rnd.choice(SKUS), rnd.random()
    if r < 0.3:
        return "/webhooks/shop", SHOP, "shop", {"id": eid, "type": "price", "sku": sku,
                                                "price": f"{rnd.randrange(50, 150)}.90"}
    if r < 0.6:
        return "/webhooks/shop", SHOP, "shop", {"id": eid, "type": "stock", "sku": sku,
                                                "stock": rnd.randrange(100, 5000)}
    return "/webhooks/shop", SHOP, "shop", {"id": eid, "type": "order", "sku": sku,
                                            "quantity": 1}


def request(path: str, secret: str, source: str, ev: dict) -> bytes:
    body = json.dumps(ev, separators=(",", ":")).encode()
    headers = sign(secret, body, now=time.time(), source=source)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
            f"{head}\r\n").encode() + body


async def _client(port: int, n: int, conns: int, run: int) -> dict:
    rnd = random.Random(run)
    work = [request(*event(i, run, rnd)) for i in range(n)]  # signing is the sender's cost
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    nxt = iter(range(n))

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for i in nxt:
            t0 = time.perf_counter()
            writer.write(work[i])
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(conns)))
    wall = time.perf_counter() - t0
    latencies.sort()
    accepted = statuses.get(200, 0) + statuses.get(202, 0)
    return {"events": n, "accepted": accepted, "statuses": statuses, "seconds": wall,
            "per_second": accepted / wall,
            "p50_ms": latencies[len(latencies) // 2] * 1000,
            "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000}


def client_process(port: int, n: int, conns: int, run: int, out: mp.Queue) -> None:
    out.put(asyncio.run(_client(port, n, conns, run)))


async def serve_and_measure(args: argparse.Namespace) -> list[dict]:
    os.environ.update({"HAWKER_BENCH_SHOP": SHOP, "HAWKER_BENCH_BRIDGE": BRIDGE})
    tmp = Path(tempfile.mkdtemp(prefix="hawker-bench-"))
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp / "hawker.db"
    config.webhooks = WebhooksSection.model_validate({
        "port": 0, "order_milestones": [10**9],
        "sources": {
            "shop": {"kind": "shop", "secret_env": "HAWKER_BENCH_SHOP"},
            "bridge": {"kind": "chat", "secret_env": "HAWKER_BENCH_BRIDGE",
                       "platform": "bridge", "callback_url": "http://127.0.0.1:9/set-below",
                       "channels": ["room1"]},
        },
    })
    sink = await serve_asgi(Starlette(routes=[Route("/cb", _ok, methods=["POST"])]))
    config.webhooks.sources["bridge"].callback_url = sink.url + "/cb"
    app = Hawker(config)
    for adapter in [*app.configured_adapters(), ConsoleAdapter(out=None)]:
        app.add_adapter(adapter)
    await app.start()
    port = app.webhooks.server.port
    results = []
    loop = asyncio.get_running_loop()
    for run in range(args.runs):
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        proc = ctx.Process(
            target=client_process, args=(port, args.events, args.connections, run, out))
        proc.start()
        results.append(await loop.run_in_executor(None, out.get))
        await loop.run_in_executor(None, proc.join)
    await app.stop()
    await sink.stop()
    return results


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=20000)
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--uvloop", action="store_true", help="run the bot's loop on uvloop")
    p.add_argument("--profile", action="store_true", help="cProfile the server (to stderr)")
    args = p.parse_args()
    if args.uvloop:
        import uvloop

        uvloop.install()
    if args.profile:
        import cProfile
        import pstats

        with cProfile.Profile() as prof:
            runs = asyncio.run(serve_and_measure(args))
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    else:
        runs = asyncio.run(serve_and_measure(args))
    print(json.dumps({
        "benchmark": "webhooks_inbound",
        "events_per_run": args.events, "connections": args.connections, "runs": len(runs),
        "loop": "uvloop" if args.uvloop else "asyncio",
        "accepted_per_second_median": round(statistics.median(r["per_second"] for r in runs)),
        "p50_ms_median": round(statistics.median(r["p50_ms"] for r in runs), 2),
        "p99_ms_median": round(statistics.median(r["p99_ms"] for r in runs), 2),
        "all_accepted": all(r["accepted"] == r["events"] for r in runs),
        "statuses": [r["statuses"] for r in runs],
        "goal_per_second": 2000,
    }, indent=2))


if __name__ == "__main__":
    main()
