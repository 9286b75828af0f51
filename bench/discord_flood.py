"""A question flood on one Discord channel, through discord.py's own parsing and the full app.

500 questions in 10 seconds of show time (one in five by `/ask`, the rest @mentioning the bot,
10 distinct questions with variations) against Discord's 5 messages per 5 seconds. Virtual
time (FakeClock); REST is captured at discord.py's HTTP layer (tests/discord_harness.py).
Prints JSON: channel messages sent, the most in any 5-second window, when the channel and the
private answers were done (show seconds), and the wall time per run; medians over the runs.
Run: .venv/bin/python bench/discord_flood.py [runs]
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import test_discord_flood as flood  # noqa: E402
from discord_harness import CHANNEL, drain  # noqa: E402

from bot.clock import FakeClock  # noqa: E402

QUESTIONS = 500


async def one_run() -> dict:
    clock = FakeClock()
    fixture = flood.flooded.__wrapped__(Path(tempfile.mkdtemp(prefix="hawker-bench-")), clock)
    app, harness, adapter, sent = await fixture.__anext__()
    start, wall = clock.now(), time.perf_counter()
    for i in range(QUESTIONS):
        text = flood.QUESTIONS[i % 10] + flood.VARIANTS[(i // 10) % len(flood.VARIANTS)]
        if i % 5 == 0:
            await harness.slash(adapter, f"asker{i:03d}", "ask", {"question": text})
        else:
            await harness.message(adapter, f"asker{i:03d}", text, mention_bot=True)
        await clock.advance(10 / QUESTIONS)
    await drain(clock, 60, step=0.5)
    wall = time.perf_counter() - wall
    posts = [t - start for t, c in harness.http.sent_at
             if c.method == "POST" and c.url.endswith(f"/channels/{CHANNEL}/messages")]
    private = [t - start for t, c in harness.http.sent_at
               if c.method == "PATCH" and c.url.endswith("/messages/@original")]
    window = max(sum(1 for u in posts if t <= u < t + 5) for t in posts)
    try:
        await fixture.__anext__()
    except StopAsyncIteration:
        pass
    return {"channel_messages": len(posts), "max_in_any_5s": window,
            "channel_done_s": round(posts[-1], 2), "private_answers": len(private),
            "private_done_s": round(max(private), 2), "wall_s": round(wall, 2)}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    results = [asyncio.run(one_run()) for _ in range(runs)]
    print(json.dumps({"questions": QUESTIONS, "runs": runs,
                      **{k: statistics.median(r[k] for r in results) for k in results[0]}}))


if __name__ == "__main__":
    main()
