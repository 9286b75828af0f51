"""Messages per second through the full pipeline of the sample show, on one core.

A realistic mix: 90% chatter, 5% commands, 5% questions (queued, not answered). Prints JSON
with throughput for chatter alone and for the mix, and the added latency per message.
Run: .venv/bin/python bench/pipeline.py
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import Hawker  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.events import ChatMessage, Viewer  # noqa: E402

CHATTER = ["lol", "hello from Chengdu!", "666", "哈哈哈", "love this show", "nice", "first time here",
           "老张好", "the beef looks great", "so cheap wow", "ok", "waiting for the TV", "加油"]
COMMANDS = ["!help", "!deals", "!now", "!price beef", "!next", "!odds", "!nonsense"]
QUESTIONS = ["how much is the beef?", "牛肉多少钱？", "does the air fryer ship to Chengdu?",
             "is the TV 4K?", "鸡蛋还有吗", "what's the warranty on the vacuum?"]


def messages(n: int, mix: bool, seed: int = 7) -> list[ChatMessage]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        r = rnd.random()
        pool = CHATTER if not mix or r < 0.90 else COMMANDS if r < 0.95 else QUESTIONS
        vid = str(rnd.randrange(5000))
        viewer = Viewer("console", vid, f"viewer{vid}")
        out.append(ChatMessage("console", "live", str(i), viewer, rnd.choice(pool), 0.0))
    return out


# What the filters exist for, about 2% of a busy chat: links, shouting, symbol and emoji spam,
# walls of text. The rest is the chatter above plus lines that must pass (prices, timestamps).
SPAM = ["FREE FOLLOWERS AT followers.biz", "BUY NOW BUY NOW BUY NOW CHEAP", "!!!!!!!!!!!!!!!!!!!!",
        "😂😂😂😂😂😂😂😂😂😂😂😂😂😂", "x" * 500, "加我微信 cheap-shop。com 便宜"]
CLEAN = CHATTER + QUESTIONS + ["jump to 1:15:20 for the beef", "¥89.9 is so cheap", "$12.50?"]


def measure_filters(app: Hawker, n: int = 100_000, seed: int = 0) -> dict:
    """The moderation stage alone (mutes, filters, escalation), 20,000 viewers, the clock
    moving 500 messages a second so repeat and flood windows behave as in a live show."""
    rnd = random.Random(seed)
    msgs = []
    for i in range(n):
        vid = str(rnd.randrange(20_000))
        text = rnd.choice(SPAM if rnd.random() < 0.02 else CLEAN)
        msgs.append(ChatMessage("console", "live", f"f{i}", Viewer("console", vid, f"v{vid}"),
                                text, 0.0))
    check, clock = app.moderation.check, app.clock
    stopped = app.moderation.stopped
    start = time.perf_counter()
    for i, msg in enumerate(msgs):
        if i % 500 == 0:
            clock._now += 1.0  # type: ignore[attr-defined]
        check(msg)
    elapsed = time.perf_counter() - start
    return {"messages": n, "msgs_per_s": round(n / elapsed),
            "stopped": app.moderation.stopped - stopped}


async def measure(app: Hawker, msgs: list[ChatMessage]) -> dict:
    handle = app.pipeline.handle
    latencies = []
    start = time.perf_counter()
    for msg in msgs:
        t0 = time.perf_counter_ns()
        await handle(msg)
        latencies.append(time.perf_counter_ns() - t0)
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "messages": len(msgs),
        "msgs_per_s": round(len(msgs) / elapsed),
        "p50_us": round(latencies[len(latencies) // 2] / 1000, 1),
        "p99_us": round(latencies[int(len(latencies) * 0.99)] / 1000, 1),
    }


def build(tmp: Path) -> Hawker:
    config = Config.load("bot/examples/hawker.toml")
    config.store.path = tmp / "bench.db"
    config.knowledge.chroma_path = tmp / "chroma"
    return Hawker(config, FakeClock())


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = build(Path(tmp))
        runs = {"chatter": [], "mix": [], "filters": []}
        for round_ in range(3):
            # A fresh clock far apart each round keeps cooldowns from shaping the result.
            app.clock._now += 3600  # type: ignore[attr-defined]
            runs["chatter"].append(await measure(app, messages(50_000, mix=False, seed=round_)))
            runs["mix"].append(await measure(app, messages(50_000, mix=True, seed=round_)))
            runs["filters"].append(measure_filters(app, seed=round_))
        result = {"bench": "pipeline", "rounds": 3}
        for name, rows in runs.items():
            result[name] = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
        result["outcomes"] = {k.value: v for k, v in app.pipeline.counts.items()}
        result["goals"] = {"chatter_msgs_per_s": 50_000, "mix_msgs_per_s": 20_000, "p99_ms": 5,
                           "filters_msgs_per_s": 50_000}
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
