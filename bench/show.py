"""Show runner overhead: 200 products, 50 promotions, a 200-segment plan.

    .venv/bin/python bench/show.py [--ticks 2000]

Prints JSON: microseconds per scheduler tick when nothing is due (the steady cost of the
running order), per tick that fires something (a pitch, a countdown, a promotion going live),
per `next_delay` (the loop's "when do I wake"), and a whole show run on a FakeClock.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock  # noqa: E402
from bot.outbox import Outbox  # noqa: E402
from bot.persona import Persona  # noqa: E402
from bot.show.announce import Announcer  # noqa: E402
from bot.show.plan import parse_plan  # noqa: E402
from bot.show.runner import ShowRunner  # noqa: E402
from bot.store import Store  # noqa: E402
from knowledge.facts import Facts, ProductFacts  # noqa: E402
from plugins.base import Capabilities, RateLimit  # noqa: E402
from plugins.console import ConsoleAdapter  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
PRODUCTS, SEGMENTS, SEGMENT_PROMOS, STANDALONE = 200, 200, 30, 20


def make_facts() -> Facts:
    return Facts(
        ProductFacts(
            sku=f"SKU-{i:03d}",
            name=f"Product {i}",
            name_zh=f"产品{i}",
            price=Decimal(100 + i),
            list_price=Decimal(150 + i),
            currency="CNY",
            unit="each",
            stock=10_000,
        )
        for i in range(PRODUCTS)
    )


def make_plan() -> str:
    rnd = random.Random(7)
    lines = ["show: {countdown: [5m, 1m, 10s], next_notice: 30s}", "segments:"]
    flash_every = SEGMENTS // SEGMENT_PROMOS
    for i in range(SEGMENTS):
        lines.append(f"  - product: SKU-{i % PRODUCTS:03d}")
        lines.append("    duration: 3m")
        if i % flash_every == 0 and i // flash_every < SEGMENT_PROMOS:
            lines.append("    promotion: {kind: percent, value: 20, lasts: 2m}")
    lines.append("promotions:")
    length = SEGMENTS * 180
    for j in range(STANDALONE):
        skus = ", ".join(f"SKU-{rnd.randrange(PRODUCTS):03d}" for _ in range(10))
        start = rnd.randrange(0, length - 1800)
        lines.append(
            f"  - {{id: P{j}, skus: [{skus}], kind: percent, value: {rnd.randint(5, 40)}, "
            f"at: {start}, until: {start + rnd.randint(600, 1800)}, "
            f"flash: {str(j % 2 == 0).lower()}}}"
        )
    lines.append("messages:")
    lines.append("  - {text: Type !deals, every: 5m, min_lines: 0}")
    return "\n".join(lines) + "\n"


def build(clock: FakeClock) -> tuple[ShowRunner, Outbox]:
    facts = make_facts()
    plan = parse_plan(make_plan(), "bench.yaml", [p.sku for p in facts.all()])
    assert len(plan.promotion_ids()) == SEGMENT_PROMOS + STANDALONE == 50
    console = ConsoleAdapter(
        clock=clock, out=None, capabilities=Capabilities(max_length=400, rate=RateLimit(1000, 1.0))
    )
    outbox = Outbox(clock, backlog=10_000)
    outbox.add_adapter(console)
    runner = ShowRunner(
        plan,
        facts=facts,
        outbox=outbox,
        store=Store(":memory:", clock=clock),
        clock=clock,
        announcer=Announcer(Persona.load(EXAMPLES / "persona.yaml"), facts),
    )
    return runner, outbox


def us(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {
        "median": round(statistics.median(samples) * 1e6, 1),
        "p95": round(samples[int(len(samples) * 0.95)] * 1e6, 1),
        "n": len(samples),
    }


async def ticks(n: int) -> dict:
    clock = FakeClock()
    runner, _ = build(clock)
    runner.start()
    idle, busy, delays = [], [], []
    most_live = 0
    for _ in range(n):
        fired_before = len(runner.state.done)
        t = time.perf_counter()
        await runner.tick()
        took = time.perf_counter() - t
        (busy if len(runner.state.done) > fired_before else idle).append(took)
        most_live = max(most_live, len(runner.live_promotions()))
        t = time.perf_counter()
        delay = runner.next_delay()
        delays.append(time.perf_counter() - t)
        if delay is None:  # the show is over
            break
        # Jump to just past the next thing due half the time, else a fraction of the way.
        await clock.advance(delay + 0.001 if random.random() < 0.5 else (delay or 1.0) / 3)
    return {
        "idle_tick_us": us(idle),
        "firing_tick_us": us(busy),
        "next_delay_us": us(delays),
        "live_promotions_max": most_live,
    }


async def whole_show(minutes: float) -> dict:
    clock = FakeClock()
    runner, outbox = build(clock)
    outbox.start()
    runner.start_task()
    runner.start()
    t = time.perf_counter()
    end = clock.now() + minutes * 60
    while clock.now() < end:
        deadline = clock.next_deadline()
        await clock.advance(max(0.001, min(deadline or end, end) - clock.now()))
    wall = time.perf_counter() - t
    await runner.stop()
    await outbox.stop()
    sent = sum(q.stats.sent for q in outbox.queues.values())
    return {
        "show_minutes": minutes,
        "segments_done": runner.segment,
        "ticks": runner.ticks,
        "announcements_sent": sent,
        "wall_s": round(wall, 3),
        "us_per_tick_including_sends": round(wall / max(1, runner.ticks) * 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ticks", type=int, default=2000)
    parser.add_argument("--minutes", type=float, default=120.0, help="show time to simulate")
    args = parser.parse_args()
    random.seed(1)
    result = {
        "products": PRODUCTS,
        "promotions": SEGMENT_PROMOS + STANDALONE,
        "segments": SEGMENTS,
        **asyncio.run(ticks(args.ticks)),
        "whole_show": asyncio.run(whole_show(args.minutes)),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
