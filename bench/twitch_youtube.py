"""How fast the Twitch and YouTube adapters take chat in, on one core.

* IRC line parsing (Twitch's tagged PRIVMSG, the common case): microseconds per line.
* Twitch ingest end to end: a scripted Twitch server on loopback writes N tagged PRIVMSGs,
  the adapter parses, de-duplicates and maps them to ChatMessages: messages per second.
* YouTube ingest: one liveChatMessages.list page of N items through httpx.MockTransport into
  ChatMessages: messages per second.
Medians of several runs. Run: .venv/bin/python bench/twitch_youtube.py
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from bot.clock import FakeClock  # noqa: E402
from plugins.twitch import TwitchAdapter  # noqa: E402
from plugins.twitch.irc import parse_line  # noqa: E402
from plugins.youtube import YouTubeAdapter  # noqa: E402
from plugins.youtube.client import GoogleTokens, YouTubeLiveChat  # noqa: E402
from plugins.youtube.quota import QuotaBudget  # noqa: E402
from tests.twitch_server import TwitchServer  # noqa: E402
from tests.youtube_fake import FakeYouTube  # noqa: E402

LINE = ("@badge-info=subscriber/8;badges=subscriber/6,premium/1;color=#1E90FF;display-name=Ann;"
        "emotes=;first-msg=0;flags=;id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;mod=0;room-id=4242;"
        "subscriber=1;tmi-sent-ts=1750000000000;turbo=0;user-id=1337;user-type= "
        ":ann!ann@ann.tmi.twitch.tv PRIVMSG #farmsale :how much is the jasmine rice today?")


def bench_parse(n: int = 50_000) -> float:
    start = time.perf_counter()
    for _ in range(n):
        parse_line(LINE)
    return (time.perf_counter() - start) / n * 1e6


async def bench_twitch(n: int = 5_000) -> float:
    clock = FakeClock()
    server = await TwitchServer().start()
    tw = TwitchAdapter(channels=["farmsale"], nick="hawkerbot", token="s3cret", clock=clock,
                       host="127.0.0.1", port=server.port, tls=False)
    got = 0
    done = asyncio.Event()

    async def sink(msg) -> None:
        nonlocal got
        got += 1
        if got == n:
            done.set()

    await tw.start(sink)
    while not server.live:  # noqa: ASYNC110 (waiting on another socket)
        await asyncio.sleep(0.001)
    start = time.perf_counter()
    for i in range(n):
        server.privmsg("farmsale", f"v{i % 500}", "how much is the rice?", user_id=str(i % 500))
        if i % 200 == 0:
            await asyncio.sleep(0)
    await asyncio.wait_for(done.wait(), 60)
    elapsed = time.perf_counter() - start
    await tw.stop()
    await server.close()
    return n / elapsed


async def bench_youtube(n: int = 2_000) -> float:
    clock = FakeClock()
    fake = FakeYouTube(poll_ms=1000)
    fake.now = clock.now
    http = httpx.AsyncClient(transport=fake.transport())
    client = YouTubeLiveChat(http, GoogleTokens(http, clock, "c", "s", fake.refresh_token), clock,
                             QuotaBudget(clock, daily_units=10**9))
    yt = YouTubeAdapter(client=client, clock=clock, video_id=fake.video_id)
    got = []

    async def sink(msg) -> None:
        got.append(msg)

    await yt.start(sink)
    await clock.advance(1.0)  # the first (empty) page
    for i in range(n):
        fake.chat(f"Viewer{i % 700}", "is it halal?", clock.now(), sponsor=i % 5 == 0)
    start = time.perf_counter()
    await clock.advance(1.0)
    elapsed = time.perf_counter() - start
    await yt.stop()
    assert len(got) == n, len(got)
    return n / elapsed


def main() -> None:
    parse = statistics.median(bench_parse() for _ in range(5))
    twitch = statistics.median(asyncio.run(bench_twitch()) for _ in range(3))
    youtube = statistics.median(asyncio.run(bench_youtube()) for _ in range(3))
    print(json.dumps({
        "irc_parse_us_per_line_median": round(parse, 2),
        "twitch_ingest_msgs_per_s_median": round(twitch),
        "youtube_ingest_msgs_per_s_median": round(youtube),
    }, indent=2))


if __name__ == "__main__":
    main()
