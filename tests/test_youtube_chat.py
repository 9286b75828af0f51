"""YouTube Live Chat over httpx.MockTransport: documented shapes, quota, tokens, chat end."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from bot.clock import FakeClock, settle
from bot.config import ConfigError
from bot.events import ChatMessage, ModAction, ModKind, Role, Viewer
from plugins.base import Delivery
from plugins.youtube import YouTubeAdapter
from plugins.youtube.client import GoogleTokens, YouTubeLiveChat
from plugins.youtube.quota import QuotaBudget, QuotaExhausted, next_reset
from tests.youtube_fake import FakeYouTube, error


class Inbox(list):
    async def __call__(self, msg: ChatMessage) -> None:
        self.append(msg)


def make(
    fake: FakeYouTube, clock: FakeClock, **budget_kw
) -> tuple[YouTubeAdapter, YouTubeLiveChat]:
    fake.now = clock.now
    http = httpx.AsyncClient(transport=fake.transport())
    tokens = GoogleTokens(http, clock, "cid.apps.googleusercontent.com", "csecret", "1//refresh")
    client = YouTubeLiveChat(http, tokens, clock, QuotaBudget(clock, **budget_kw))
    return YouTubeAdapter(client=client, clock=clock, video_id=fake.video_id), client


@pytest.fixture
def fake() -> FakeYouTube:
    return FakeYouTube()


async def test_reads_chat_with_roles_skipping_history_and_own_lines(fake, clock):
    fake.chat("Old", "from before the show", clock.now() - 600)
    yt, client = make(fake, clock)
    inbox = Inbox()
    await yt.start(inbox)
    try:
        assert yt.chat_id == fake.chat_id
        assert fake.calls("/videos")[0].url.params["part"] == "liveStreamingDetails"
        fake.chat("Ann", "how much is the rice?", clock.now())
        fake.chat("Owner", "welcome all", clock.now(), owner=True, channel_id="UCowner")
        fake.chat("Mo", "!pause", clock.now(), moderator=True)
        fake.chat("Mem", "love it", clock.now(), sponsor=True)
        fake.chat("Rich", "is it halal? @hawker", clock.now(), kind="superChatEvent")
        fake.chat("Del", "", clock.now(), kind="messageDeletedEvent")
        sent_id = await yt.send(Delivery("live", "Hello from Hawker"))
        await clock.advance(2.0)  # pollingIntervalMillis = 2000
        assert [m.text for m in inbox] == [
            "how much is the rice?",
            "welcome all",
            "!pause",
            "love it",
            "is it halal? @hawker",
        ]
        ann, owner, mo, mem, rich = inbox
        assert ann.viewer == Viewer("youtube", "UCann", "Ann", Role.VIEWER)
        assert (
            owner.role is Role.OWNER and mo.role is Role.MODERATOR and mem.role is Role.SUBSCRIBER
        )
        assert rich.addressed_to_bot and not ann.addressed_to_bot
        assert sent_id == "LCC.bot1" and yt.bot_channel_id == "UCbot"
        # nextPageToken is carried, so each message is read once.
        polls = fake.calls("/liveChat/messages", "GET")
        assert [p.url.params.get("pageToken") for p in polls] == [None, "8"]
        fake.chat("Ann", "thanks!", clock.now())
        await clock.advance(2.0)
        assert [m.text for m in inbox[5:]] == ["thanks!"]
        assert fake.calls("/liveChat/messages", "GET")[-1].url.params["pageToken"] == "8"
    finally:
        await yt.stop()


async def test_polling_waits_as_long_as_the_server_asks(fake, clock):
    fake.poll_ms = 7000
    yt, _ = make(fake, clock)
    await yt.start(Inbox())
    try:
        await clock.advance(6.9)
        assert len(fake.calls("/liveChat/messages", "GET")) == 1
        await clock.advance(0.2)
        assert len(fake.calls("/liveChat/messages", "GET")) == 2
    finally:
        await yt.stop()


async def test_insert_body_and_length(fake, clock):
    yt, _ = make(fake, clock)
    await yt.start(Inbox())
    try:
        await yt.send(Delivery("live", "Flash sale!\n" + "y" * 300))
        (snippet,) = fake.inserted
        assert snippet["liveChatId"] == fake.chat_id and snippet["type"] == "textMessageEvent"
        text = snippet["textMessageDetails"]["messageText"]
        assert len(text) == 200 and "\n" not in text
        assert fake.calls("/liveChat/messages", "POST")[0].url.params["part"] == "snippet"
    finally:
        await yt.stop()


# -- tokens -----------------------------------------------------------------------------------


async def test_expired_token_is_refreshed_and_the_call_retried(fake, clock):
    yt, client = make(fake, clock)
    await yt.start(Inbox())
    try:
        assert fake.tokens_issued == 1
        fake.expire_tokens()  # revoked early: the API answers 401
        assert await yt.send(Delivery("live", "still here")) == "LCC.bot1"
        assert fake.tokens_issued == 2 and len(fake.inserted) == 1
        assert fake.unauthorized == 1
        # Tokens last an hour; later ones are fetched before they lapse, with no failed call.
        await clock.advance(3 * 3600)
        assert fake.tokens_issued >= 4 and fake.unauthorized == 1
    finally:
        await yt.stop()


async def test_refused_refresh_token_is_a_clear_error(fake, clock):
    fake.refresh_token = "1//other"
    yt, _ = make(fake, clock)
    with pytest.raises(ConfigError, match="platforms.youtube: .*invalid_grant"):
        await yt.start(Inbox())


# -- a chat that ends -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ending", ["liveChatEnded", "liveChatDisabled", "notFound", "offline", "event"]
)
async def test_chat_that_ends_stops_cleanly(fake, clock, ending):
    yt, _ = make(fake, clock)
    inbox = Inbox()
    await yt.start(inbox)
    fake.chat("Ann", "last words", clock.now())
    if ending in ("liveChatEnded", "liveChatDisabled"):
        fake.fail["/liveChat/messages"] = [error(403, ending)]
    elif ending == "notFound":
        fake.fail["/liveChat/messages"] = [error(404, "liveChatNotFound")]
    elif ending == "offline":
        fake.offline_at = "2025-06-15T15:06:40Z"
    else:
        fake.chat("System", "", clock.now(), kind="chatEndedEvent")
    await clock.advance(2.0)
    await settle()
    assert yt.ended.is_set() and yt._task is not None and yt._task.done()
    assert yt._task.exception() is None
    if ending in ("offline", "event"):
        assert [m.text for m in inbox] == ["last words"]  # read up to the end, then stopped
    polls = len(fake.calls("/liveChat/messages", "GET"))
    await clock.advance(60)
    assert len(fake.calls("/liveChat/messages", "GET")) == polls  # no polling after the end
    assert await yt.send(Delivery("live", "anyone?")) is None and yt.dropped_after_end == 1
    assert fake.inserted == []
    await yt.stop()


async def test_no_live_chat_yet_is_a_clear_error(fake, clock):
    fake.chat_id = ""
    yt, _ = make(fake, clock)
    with pytest.raises(ConfigError, match="video vid123 has no active live chat"):
        await yt.start(Inbox())


# -- quota ------------------------------------------------------------------------------------


async def test_quota_exceeded_pauses_reading_until_the_reset(fake, clock):
    yt, client = make(fake, clock)
    await yt.start(Inbox())
    try:
        fake.fail["/liveChat/messages"] = [error(403, "quotaExceeded", domain="youtube.quota")]
        await clock.advance(2.0)
        polls = len(fake.calls("/liveChat/messages", "GET"))
        assert not yt._task.done()  # the loop lives on
        with pytest.raises(QuotaExhausted):
            await yt.send(Delivery("live", "hi"))
        assert fake.inserted == []  # no call made against a spent quota
        await clock.advance(3600)
        assert len(fake.calls("/liveChat/messages", "GET")) == polls
        await clock.advance(next_reset(clock.now()) - clock.now() + 1)
        assert len(fake.calls("/liveChat/messages", "GET")) > polls  # a new day, reading again
    finally:
        await yt.stop()


async def test_transient_errors_are_retried_with_backoff(fake, clock):
    yt, client = make(fake, clock)
    await yt.start(Inbox())
    try:
        fake.fail["/liveChat/messages"] = [httpx.Response(503), error(403, "rateLimitExceeded")]
        task = asyncio.create_task(yt.send(Delivery("live", "hello")))
        await clock.advance(10)
        assert await task == "LCC.bot1"
    finally:
        await yt.stop()


async def test_a_busy_show_slows_down_but_never_runs_out(clock):
    """Two hours of polling every second and sending all the time: the budget paces both so
    that the quota lasts to the end of the show and never exceeds the day's units."""
    fake = FakeYouTube(poll_ms=1000)
    yt, client = make(fake, clock, daily_units=2_000, show_seconds=2 * 3600)
    await yt.start(Inbox())
    start = clock.now()

    async def sender() -> None:
        while True:
            await yt.send(Delivery("live", "buy now"))

    task = asyncio.create_task(sender())
    try:
        reads_at, writes_at = [], []
        for _ in range(2 * 60):
            await clock.advance(60)
            reads_at.append(len(fake.calls("/liveChat/messages", "GET")))
            writes_at.append(len(fake.inserted))
        budget = client.budget
        assert sum(budget.spent.values()) <= 2_000
        assert budget.spent["read"] <= 1_200 and budget.spent["write"] <= 800
        # Still reading and still writing in the last ten minutes: slowed, not stopped.
        assert reads_at[-1] - reads_at[-11] >= 5 and writes_at[-1] - writes_at[-11] >= 1
        # The burst lets the first minute answer at once.
        assert writes_at[0] >= 2
        assert not task.done() and clock.now() - start == 2 * 3600
    finally:
        task.cancel()
        await yt.stop()


def test_budget_pace_and_reset(clock):
    b = QuotaBudget(clock, daily_units=1000, show_seconds=800, write_share=0.5, burst=0.1)
    assert b.wait_time("liveChatMessages.insert") == 0  # within the burst
    b.spend("liveChatMessages.insert")  # 50 of 500: the burst
    wait = b.wait_time("liveChatMessages.insert")
    assert wait == pytest.approx(((100 / 500 - 0.1) / 0.9) * 1000)
    b.spent["write"] = 480
    with pytest.raises(QuotaExhausted):
        b.wait_time("liveChatMessages.insert")
    assert b.wait_time("liveChatMessages.list") == 0  # reading has its own pool


async def test_moderation_calls(fake, clock):
    yt, _ = make(fake, clock)
    await yt.start(Inbox())
    try:
        spam = ChatMessage(
            "youtube", "live", "LCC.9", Viewer("youtube", "UCeve", "Eve"), "spam", 0.0
        )
        assert await yt.moderate(ModAction(ModKind.DELETE, spam))
        assert await yt.moderate(ModAction(ModKind.TIMEOUT, spam, seconds=300))
        assert await yt.moderate(ModAction(ModKind.BAN, spam))
        assert fake.deleted == ["LCC.9"]
        temp, perm = fake.bans
        assert temp == {
            "liveChatId": fake.chat_id,
            "type": "temporary",
            "banDurationSeconds": 300,
            "bannedUserDetails": {"channelId": "UCeve"},
        }
        assert perm["type"] == "permanent" and "banDurationSeconds" not in perm
        fake.fail["/liveChat/messages"] = [error(403, "forbidden")]
        assert not await yt.moderate(ModAction(ModKind.DELETE, spam))
    finally:
        await yt.stop()


async def test_a_call_that_keeps_failing_gives_up_after_its_tries(fake, clock, caplog):
    """bot.retry's policy on the injected clock: retries+1 tries, each failure logged with
    the wait, then one YouTubeError naming the method and the last error."""
    from plugins.youtube.client import YouTubeError

    yt, client = make(fake, clock)
    fake.fail["/liveChat/messages"] = [httpx.Response(503)] * (client.retries + 1)
    before = len(fake.calls("/liveChat/messages", "POST"))
    task = asyncio.create_task(client.insert("LC1", "hello"))
    await clock.advance(600)
    with pytest.raises(YouTubeError, match=r"liveChatMessages.insert: gave up after 5 tries: 503"):
        await task
    assert len(fake.calls("/liveChat/messages", "POST")) - before == client.retries + 1
    assert sum("retrying in" in r.getMessage() for r in caplog.records) == client.retries
