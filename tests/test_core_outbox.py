"""The outbox: send-rate limits, priorities, splitting, merging and backlog accounting."""

from __future__ import annotations

import pytest

from bot.clock import settle
from bot.events import Announcement, ModAction, ModKind, Priority, Reply, Role, Viewer
from bot.outbox import Outbox, SlidingWindow, split_text
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter


def adapter(clock, *, rate=RateLimit(5, 5.0), max_length=400, **caps) -> ConsoleAdapter:  # noqa: B008
    a = ConsoleAdapter(clock=clock, out=None)
    a.capabilities = Capabilities(max_length=max_length, rate=rate, **caps)
    # Record the virtual time of each send: the platform's view of our rate.
    a.times = []
    original = a.send

    async def timed_send(delivery):
        a.times.append(clock.now())
        return await original(delivery)

    a.send = timed_send
    return a


@pytest.fixture
async def box(clock):
    out = Outbox(clock, backlog=50)
    console = adapter(clock)
    out.add_adapter(console)
    out.start()
    yield out, console
    await out.stop()


def max_in_window(times: list[float], window: float) -> int:
    return max((sum(1 for t in times if s <= t < s + window) for s in times), default=0)


async def test_rate_limit_holds_in_every_window(box, clock):
    out, console = box
    for i in range(40):
        out.put(Announcement(f"news {i}"))
    for _ in range(100):
        await clock.advance(0.5)
    assert len(console.sent) == 40
    assert max_in_window(console.times, 5.0) == 5
    assert console.times[-1] - console.times[0] >= 35  # 40 messages at 5 per 5 s


def test_sliding_window_allows_no_refill_burst():
    limiter = SlidingWindow(RateLimit(3, 10.0))
    for t in (0.0, 0.1, 0.2):
        assert limiter.wait_time(t) == 0
        limiter.record(t)
    assert limiter.wait_time(5.0) == pytest.approx(5.0)
    limiter.record(10.0)
    assert limiter.wait_time(10.05) == pytest.approx(0.05)


async def test_priorities_order_what_waits(box, clock):
    out, console = box
    for i in range(5):  # use up the window
        out.put(Announcement(f"filler {i}"))
    await settle()
    viewer = Viewer("console", "ann", "ann")
    msg = console.message("ann", "how much?")
    out.put(Reply(msg, "an answer"))
    out.put(Announcement("product on now"))
    out.put(Announcement("draw winner!", Priority.DRAW))
    out.put(Reply(msg, "moderator said so", Priority.MODERATOR, mentions=(viewer,)))
    await clock.advance(30)
    texts = [d.text for d in console.sent[5:]]
    assert texts == ["@ann: moderator said so", "draw winner!", "product on now", "an answer"]


async def test_long_text_is_split_cleanly_and_each_part_counts(clock):
    out = Outbox(clock)
    console = adapter(clock, max_length=60, rate=RateLimit(2, 10.0))
    out.add_adapter(console)
    out.start()
    text = "First sentence is here. " * 6 + "And the last one."
    out.put(Announcement(text))
    await clock.advance(40)
    parts = [d.text for d in console.sent]
    assert all(len(p) <= 60 for p in parts) and len(parts) >= 3
    assert " ".join(parts) == text.strip()
    assert all(p.endswith(".") for p in parts)  # cut at sentence ends, not mid-word
    assert max_in_window(console.times, 10.0) == 2
    await out.stop()


def test_split_text_without_spaces_and_in_chinese():
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    zh = "今晚牛肉特价。" * 10
    parts = split_text(zh, 20)
    assert all(len(p) <= 20 for p in parts) and "".join(parts) == zh


async def test_duplicate_replies_merge_their_mentions(box, clock):
    out, console = box
    for i in range(5):
        out.put(Announcement(f"filler {i}"))
    await settle()
    for name in ["a", "b", "c", "d", "e", "f", "g", "a"]:
        msg = console.message(name, "price?")
        out.put(Reply(msg, "¥89 today", mentions=(msg.viewer,)))
    await clock.advance(10)
    answers = [d.text for d in console.sent if "¥89" in d.text]
    assert answers == ["@a @b @c @d @e and 2 others: ¥89 today"]
    assert out.queues[("console", "live")].stats.merged == 7


async def test_keyed_announcements_replace_the_waiting_one(box, clock):
    out, console = box
    for i in range(5):
        out.put(Announcement(f"filler {i}"))
    await settle()
    out.put(Announcement("ends in 5 min", key="countdown"))
    out.put(Announcement("ends in 1 min", key="countdown"))
    await clock.advance(10)
    assert [d.text for d in console.sent[5:]] == ["ends in 1 min"]


async def test_backlog_drops_lowest_priority_and_counts_it(clock):
    out = Outbox(clock, backlog=3)
    console = adapter(clock, rate=RateLimit(1, 60.0))
    out.add_adapter(console)
    msg = console.message("ann", "?")
    out.put(Reply(msg, "answer 1"))
    out.put(Reply(msg, "answer 2"))
    out.put(Announcement("announce"))
    out.put(Announcement("winner", Priority.DRAW))  # evicts the newest answer
    out.put(Reply(msg, "answer 3"))  # worse than all waiting: dropped
    stats = out.stats()["console/live"]
    assert stats["dropped"] == {"answer": 2}
    assert stats["backlog"] == 3


async def test_refresh_rereads_text_at_send_time_or_drops(box, clock):
    out, console = box
    for i in range(5):
        out.put(Announcement(f"filler {i}"))
    await settle()
    price = {"now": "¥99"}
    out.put(Announcement("stale", refresh=lambda: f"beef {price['now']}"))
    out.put(Announcement("gone", refresh=lambda: None))
    price["now"] = "¥79"  # changed while the message waited for the rate limit
    await clock.advance(10)
    assert [d.text for d in console.sent[5:]] == ["beef ¥79"]
    assert out.stats()["console/live"]["dropped"] == {"stale": 1}


async def test_fan_out_gates_and_moderation(clock):
    out = Outbox(clock)
    a = adapter(clock, delete=True)
    b = adapter(clock)
    b.platform, b.channel = "other", "main"
    out.add_adapter(a)
    out.add_adapter(b)
    out.start()
    out.put(Announcement("hello everyone"))
    out.put(Announcement("only console", platform="console"))
    await clock.advance(1)
    assert [d.text for d in a.sent] == ["hello everyone", "only console"]
    assert [d.text for d in b.sent] == ["hello everyone"]
    spam = a.message("spammer", "BUY NOW")
    out.put(ModAction(ModKind.DELETE, spam, reason="spam"))
    out.put(ModAction(ModKind.TIMEOUT, spam, 60, "spam"))  # console adapter here can't
    await settle()
    assert [x.kind for x in a.actions] == [ModKind.DELETE]
    out.gates.append(lambda o: not isinstance(o, Announcement))
    out.put(Announcement("held"))
    await clock.advance(1)
    assert out.held == 1 and len(a.sent) == 2
    await out.stop()


async def test_a_failing_send_is_counted_and_the_queue_goes_on(box, clock):
    out, console = box
    calls = []
    original = console.send

    async def flaky(delivery):
        calls.append(delivery.text)
        if delivery.text == "bad":
            raise ConnectionError("platform hiccup")
        return await original(delivery)

    console.send = flaky
    out.put(Announcement("bad"))
    out.put(Announcement("good"))
    await clock.advance(1)
    assert calls == ["bad", "good"]
    assert out.stats()["console/live"]["failed"] == 1
    assert [d.text for d in console.sent] == ["good"]
    _ = Role  # the ladder is exercised in the router tests


async def test_parts_of_a_split_message_go_together_with_fresh_numbers(clock):
    out = Outbox(clock)
    console = adapter(clock, max_length=40, rate=RateLimit(3, 10.0))
    out.add_adapter(console)
    out.start()
    out.put(Announcement("filler 1"))
    out.put(Announcement("filler 2"))
    await clock.advance(1)
    price = {"now": "¥99"}
    def long() -> str:
        return f"Beef now {price['now']}. " + "Grass fed, slow braised, so tender. " * 2

    out.put(Announcement("x", refresh=long))
    await clock.advance(5)
    assert len(console.sent) == 2  # one slot free, three parts needed: it waits, whole
    price["now"] = "¥79"
    await clock.advance(10)
    parts = [d.text for d in console.sent[2:]]
    assert len(parts) == 3 and parts[0].startswith("Beef now ¥79.")
    assert console.times[2] == console.times[3] == console.times[4]  # back to back
    assert max_in_window(console.times, 10.0) == 3
    await out.stop()


def test_sliding_window_room_for_several():
    limiter = SlidingWindow(RateLimit(3, 10.0))
    for t in (0.0, 1.0, 2.0):
        limiter.record(t)
    assert limiter.wait_time(5.0, 1) == pytest.approx(5.0)
    assert limiter.wait_time(5.0, 2) == pytest.approx(6.0)
    assert limiter.wait_time(5.0, 3) == pytest.approx(7.0)
    assert limiter.wait_time(5.0, 9) == pytest.approx(7.0)  # never more than a window
