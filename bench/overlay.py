"""The overlays' latency and the console's cost to the chat pipeline, on the sample show.

Prints one JSON object:
1. `price_to_dom`: a signed shop price webhook sent → the overlay's DOM (headless Chromium)
   shows the new price, in ms (p50, p90), goal p50 <= 300 ms. Baseline, same run: the webhook's
   own round trip (POST → 200 "applied"), so `ratio` is what the push to the page adds.
   Two parts: "dev" (the SKU the overlay was built and checked against) and "held_out"
   (another product, other prices, never looked at while building), each measured once idle
   and once with the 50 clients of 2. connected.
2. `pipeline`: chat messages per second through the pipeline in the server's own event loop
   (the realistic mix of bench/pipeline.py), with a price change every 100 ms, once with no
   browser connected (baseline) and once with 50 live clients (25 overlays, 25 consoles) on
   SSE, interleaved, medians of `--rounds`; `ratio` = with / without (goal: no slower). The
   clients run in a process of their own, but on the same machine: on a loaded 2-core box
   their CPU is part of what the ratio shows.
Run: .venv/bin/python bench/overlay.py [--messages N] [--samples N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
from pipeline import messages  # noqa: E402  (bench/pipeline.py: the same message mix)
from webui_support import OVERLAY_TOKEN, LiveShow, live_show, signed_in  # noqa: E402

from bot.clock import FakeClock  # noqa: E402

DEV_SKU, HELD_OUT_SKU = "RICE-JASMINE-5KG", "AIRFRYER-6L"

WAIT_JS = """
const [want, done] = [arguments[0], arguments[arguments.length - 1]];
const shown = () => (document.querySelector('#card-price') || {}).textContent === want;
if (shown()) { done(Date.now()); return; }
const seen = new MutationObserver(() => { if (shown()) { seen.disconnect(); done(Date.now()); } });
seen.observe(document.body, {subtree: true, childList: true, characterData: true});
setTimeout(() => { seen.disconnect(); done(-1); }, 5000);
"""


def quantiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"p50": round(statistics.median(ordered), 1),
            "p90": round(ordered[int(len(ordered) * 0.9) - 1 if len(ordered) > 1 else 0], 1),
            "n": len(ordered)}


def price_to_dom(driver: Any, show: LiveShow, sku: str, prices: list[str]) -> dict[str, Any]:
    """Each price: POST the signed webhook from a thread while the page waits for it."""
    driver.get(f"{show.url}/overlay/card?token={OVERLAY_TOKEN}&sku={sku}")
    time.sleep(0.5)  # the event stream is connected
    dom, webhook = [], []
    for price in prices:
        sent: dict[str, float] = {}

        def post(price: str = price, sent: dict[str, float] = sent) -> None:
            time.sleep(0.05)  # the page is waiting first
            sent["at"] = time.time() * 1000
            r = show.signed_price(sku, price)
            sent["rtt"] = time.time() * 1000 - sent["at"]
            assert r.status_code == 200, r.text

        poster = threading.Thread(target=post)
        poster.start()
        shown_at = driver.execute_async_script(WAIT_JS, f"¥{price}")
        poster.join()
        if shown_at < 0:
            raise RuntimeError(f"the overlay never showed ¥{price}")
        dom.append(shown_at - sent["at"])
        webhook.append(sent["rtt"])
    d, w = quantiles(dom), quantiles(webhook)
    return {"dom_ms": d, "webhook_rtt_ms": w,
            "ratio_p50": round(d["p50"] / w["p50"], 2) if w["p50"] else None}


class Clients:
    """`n` SSE clients (half overlays of the three kinds, half signed-in consoles) in a process
    of their own (as browsers are: their work is not the server's), counting the events they
    receive. The child runs `_clients()` below until its stdin closes."""

    def __init__(self, url: str, n: int) -> None:
        self.url, self.n, self.connected, self.events = url, n, 0, 0

    def __enter__(self) -> Clients:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve-clients", self.url, str(self.n)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # "connected N" once all are
        self.connected = int(line.split()[1]) if line.startswith("connected") else 0
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        out = self.proc.stdout.read().split()
        self.events = int(out[1]) if len(out) > 1 and out[0] == "events" else 0
        self.proc.wait(20)


async def _clients(url: str, n: int) -> None:
    client, _ = signed_in(url, "moderator")  # its cookie, for the consoles
    connected, events, stop, all_in = 0, 0, asyncio.Event(), asyncio.Event()

    async def one(http: httpx.AsyncClient, path: str) -> None:
        nonlocal connected, events
        async with http.stream("GET", path) as r:
            connected += 1
            if connected == n:
                all_in.set()
            async for line in r.aiter_lines():
                events += line.startswith("event:")

    async with httpx.AsyncClient(base_url=url, cookies=dict(client.cookies), timeout=None,
                                 limits=httpx.Limits(max_connections=n + 5)) as http:
        kinds = ("card", "draw", "ticker")
        paths = [f"/overlay/{kinds[i % 3]}/events?token={OVERLAY_TOKEN}" for i in range(n // 2)]
        paths += ["/console/events"] * (n - len(paths))
        tasks = [asyncio.create_task(one(http, p)) for p in paths]
        try:
            await asyncio.wait_for(all_in.wait(), 30)
        except TimeoutError:
            pass
        print(f"connected {connected}", flush=True)
        loop = asyncio.get_running_loop()
        loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.read(1) else None)
        await stop.wait()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    client.close()
    print(f"events {events}", flush=True)


def pipeline_rate(show: LiveShow, n: int, seed: int) -> float:
    """Messages per second through the pipeline in the server's loop, yielding every 200
    messages (as a live chat arrives), with a price change every 100 ms meanwhile."""
    msgs = messages(n, mix=True, seed=seed)
    facts = show.app.webhooks.server.shop.facts  # type: ignore[union-attr]

    async def run() -> float:
        # Far from the last run (as bench/pipeline.py does): cooldowns and repeat windows
        # from a previous run shape nothing, so runs on the same messages compare.
        show.clock._now += 3600  # type: ignore[attr-defined]
        handle, last_price = show.app.pipeline.handle, time.perf_counter()
        cents = 9900
        start = time.perf_counter()
        for i, msg in enumerate(msgs):
            await handle(msg)
            if i % 200 == 199:
                if time.perf_counter() - last_price > 0.1:
                    cents = 9900 + (cents + 37) % 500
                    facts.set_price(DEV_SKU, f"{cents / 100:.2f}")
                    last_price = time.perf_counter()
                await asyncio.sleep(0)
        return n / (time.perf_counter() - start)

    return show.run(run(), timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=30_000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--serve-clients", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_clients:
        asyncio.run(_clients(args.serve_clients[0], int(args.serve_clients[1])))
        return
    from tests.browser import chromium

    dev_prices = [f"{49 + i * 0.37:.2f}" for i in range(args.samples)]
    held_prices = [f"{259 - i * 1.13:.2f}" for i in range(args.samples)]
    result: dict[str, Any] = {"bench": "overlay", "goal_p50_ms": 300}
    with tempfile.TemporaryDirectory() as tmp, \
            live_show(Path(tmp) / "bench.db", FakeClock(time.time())) as show, \
            chromium() as driver:
        idle = {"dev": price_to_dom(driver, show, DEV_SKU, dev_prices),
                "held_out": price_to_dom(driver, show, HELD_OUT_SKU, held_prices)}
        with Clients(show.url, args.clients) as clients:
            busy = {"dev": price_to_dom(driver, show, DEV_SKU, dev_prices[::-1]),
                    "held_out": price_to_dom(driver, show, HELD_OUT_SKU, held_prices[::-1])}
        result["price_to_dom"] = {"idle": idle, f"with_{args.clients}_clients": busy}
        pipeline_rate(show, args.messages, seed=99)  # warm-up
        without, with_clients, connected, events = [], [], 0, 0
        for seed in range(args.rounds):  # interleaved, the same messages each way
            without.append(pipeline_rate(show, args.messages, seed))
            with Clients(show.url, args.clients) as clients:
                with_clients.append(pipeline_rate(show, args.messages, seed))
            connected, events = clients.connected, events + clients.events
        w, wo = statistics.median(with_clients), statistics.median(without)
        result["pipeline"] = {
            "messages": args.messages, "rounds": args.rounds,
            "msgs_per_s_without_clients": round(wo),
            f"msgs_per_s_with_{args.clients}_clients": round(w),
            "ratio": round(w / wo, 3), "clients_connected": connected,
            "sse_events_received": events}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
