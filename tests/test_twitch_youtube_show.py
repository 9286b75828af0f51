"""One show on Discord, Twitch and YouTube at once: one process, one pipeline, one outbox,
each platform in its own format and within its own send limits."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import httpx
import pytest

from bot.app import Hawker
from bot.config import Config
from bot.events import Announcement, Card, Priority
from plugins.twitch import TwitchAdapter
from plugins.twitch.irc import Backoff
from plugins.youtube import YouTubeAdapter
from plugins.youtube.client import GoogleTokens, YouTubeLiveChat
from plugins.youtube.quota import QuotaBudget
from tests.discord_harness import CHANNEL, DiscordHarness
from tests.test_twitch_dialect import eventually
from tests.twitch_server import TwitchServer
from tests.youtube_fake import FakeYouTube

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"


class Show:
    """The app with all three platforms' network edges faked at the wire."""

    def __init__(
        self,
        app: Hawker,
        harness: DiscordHarness,
        discord,
        tw_server: TwitchServer,
        twitch: TwitchAdapter,
        yt_fake: FakeYouTube,
        youtube: YouTubeAdapter,
    ) -> None:
        self.app, self.harness, self.discord = app, harness, discord
        self.tw_server, self.twitch, self.yt_fake, self.youtube = (
            tw_server,
            twitch,
            yt_fake,
            youtube,
        )

    def discord_posts(self) -> list:
        return self.harness.http.channel_messages(CHANNEL)

    def discord_times(self) -> list[float]:
        return [
            t
            for t, c in self.harness.http.sent_at
            if c.method == "POST" and c.url.endswith(f"/channels/{CHANNEL}/messages")
        ]


def youtube_adapter(fake: FakeYouTube, clock, **kw) -> YouTubeAdapter:
    fake.now = clock.now
    http = httpx.AsyncClient(transport=fake.transport())
    tokens = GoogleTokens(http, clock, "cid", "secret", fake.refresh_token)
    client = YouTubeLiveChat(http, tokens, clock, QuotaBudget(clock, daily_units=100_000))
    return YouTubeAdapter(client=client, clock=clock, video_id=fake.video_id, **kw)


async def open_show(tmp_path, clock, *, plan: bool = False) -> Show:
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "hawker.db"
    if not plan:
        config.show.plan = None  # the tests drive the show themselves
    app = Hawker(config, clock)
    harness = DiscordHarness()
    discord = harness.adapter(clock)
    tw_server = await TwitchServer(now=clock.now, room_ids={"farmsale": "4242"}).start()
    twitch = TwitchAdapter(
        channels=["farmsale"],
        nick="hawkerbot",
        token="s3cret",
        clock=clock,
        host="127.0.0.1",
        port=tw_server.port,
        tls=False,
        backoff=Backoff(base=1.0, cap=4.0, rng=random.Random(3)),
    )
    yt_fake = FakeYouTube()
    youtube = youtube_adapter(yt_fake, clock)
    for adapter in (discord, twitch, youtube):
        app.add_adapter(adapter)
    await app.start()
    harness.guild_create(discord)
    await eventually(lambda: tw_server.live and twitch.state["farmsale"].room_id)
    return Show(app, harness, discord, tw_server, twitch, yt_fake, youtube)


async def close_show(show: Show) -> None:
    await show.app.stop()
    show.harness.close()
    await show.tw_server.close()


@pytest.fixture
async def show(tmp_path, clock):
    s = await open_show(tmp_path, clock)
    yield s
    await close_show(s)


async def run_for(clock, seconds: float, step: float = 0.5, show: Show | None = None) -> None:
    """Virtual time with real loopback I/O in between; with `show`, each step also waits for
    the Twitch server to have read what the bot wrote, so its timestamps are exact."""
    end = clock.now() + seconds
    while clock.now() < end:
        await clock.advance(step)
        await asyncio.sleep(0.001)
        if show is not None:
            await twitch_caught_up(show)


async def twitch_caught_up(show: Show, within: float = 0.5) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    server, irc = show.tw_server, show.twitch.irc
    behind = lambda: len(server.received) + len(server.lost) < irc.written  # noqa: E731
    while behind() and loop.time() < deadline:  # noqa: ASYNC110 (another socket's progress)
        await asyncio.sleep(0.001)


def within(times: list[float], messages: int, seconds: float) -> bool:
    """No `messages + 1` sends inside any window of `seconds`."""
    for a, b in zip(times, times[messages:]):  # noqa: B905 (different lengths by design)
        if b - a < seconds:
            print(f"{messages + 1} sends within {b - a}s: {[t - times[0] for t in times]}")
            return False
    return True


async def test_viewers_on_three_platforms_each_answered_where_they_asked(show, clock):
    show.tw_server.privmsg("farmsale", "tina", "!help", user_id="21")
    show.yt_fake.chat("Yuki", "!help", clock.now())
    await show.harness.message(show.discord, "dana", "!help")
    await run_for(clock, 12)
    tw = show.tw_server.sent_privmsgs()
    yt = [s["textMessageDetails"]["messageText"] for s in show.yt_fake.inserted]
    assert len(tw) == 1 and tw[0].params[0] == "#farmsale" and tw[0].tags.get("reply-parent-msg-id")
    assert len(yt) == 1 and yt[0].startswith("@Yuki")  # no threads on YouTube: a mention
    assert len(show.discord_posts()) == 1
    assert all(len(m.params[1]) <= 500 for m in tw) and all(len(t) <= 200 for t in yt)


async def test_announcements_everywhere_in_each_format_and_limit(show, clock):
    card = Card(
        "Flash sale: Jasmine rice 5 kg",
        (("Price", "$12.90"), ("Was", "$18.00")),
        footer="While stocks last",
    )
    long_text = (
        "Flash sale on Jasmine rice, 5 kg bags, $12.90 instead of $18.00 for the next ten "
        "minutes; fresh from this season's harvest, milled last week. "
    ) * 3
    for i in range(40):
        show.app.outbox.put(Announcement(f"[{i}] {long_text}", Priority.ANNOUNCEMENT, card=card))
    await run_for(clock, 240, step=0.5, show=show)

    # Twitch: text only, 500 characters at most, never more than 20 in any 30 s (not a mod).
    tw = show.tw_server.sent_privmsgs()
    assert tw and all(len(m.params[1]) <= 500 for m in tw)
    assert within(show.tw_server.privmsg_times(), 20, 30.0)
    assert not any("Price" in m.params[1] and "$12.90" not in m.params[1] for m in tw)
    # YouTube: 200 characters at most, within the adapter's limit.
    yt = [s["textMessageDetails"]["messageText"] for s in show.yt_fake.inserted]
    assert yt and all(len(t) <= 200 for t in yt)
    assert within(show.yt_fake.inserted_at, 20, 30.0)
    # Discord: the card as an embed on the first part; within its own channel limit.
    posts = show.discord_posts()
    assert any(p.json.get("embeds") or p.json.get("embed") for p in posts)
    rate = show.discord.capabilities.rate
    assert within(show.discord_times(), rate.messages, rate.per_seconds)
    # Every platform got every announcement, split to its own length: nothing dropped.
    stats = show.app.outbox.stats()
    for key in ("twitch/farmsale", "youtube/live"):
        assert stats[key]["sent"] == 40 and not stats[key]["dropped"], stats[key]
