"""Outbound events: durable, retried with backoff and jitter, exactly once for the receiver."""

from __future__ import annotations

import asyncio
import random

import httpx
import pytest

from bot.clock import FakeClock
from bot.store import Store
from plugins.webhooks.outbound import Deliverer, EventBus, Target
from tests.webhooks_receiver import Receiver

SECRET = "subscriber-secret"


@pytest.fixture
async def receiver(clock: FakeClock):
    r = await Receiver(SECRET, clock, hang_seconds=0.3).start()
    yield r
    await r.stop()


def bus_for(store: Store, clock: FakeClock, receiver: Receiver, events=("*",)) -> EventBus:
    return EventBus(store, clock, [Target("crm", receiver.url, SECRET, tuple(events))])


def pending(store: Store) -> int:
    return store.query("SELECT COUNT(*) FROM webhook_outbound WHERE status = 'pending'")[0][0]


async def drive(deliverer: Deliverer, clock: FakeClock, rounds: int = 1000) -> None:
    """Deliver, then jump the fake clock to the next retry, until nothing is pending."""
    for _ in range(rounds):
        await deliverer.deliver_due()
        delay = deliverer.next_delay()
        if delay is None:
            return
        await clock.advance(delay)
    raise AssertionError("deliveries did not finish")


def test_backoff_is_exponential_with_jitter_and_capped(clock):
    d = Deliverer(EventBus(Store(), clock), backoff=2.0, backoff_max=60.0,
                  rng=random.Random(7))
    for attempt, full in [(1, 2.0), (2, 4.0), (3, 8.0), (5, 32.0), (6, 60.0), (12, 60.0)]:
        delays = {d.backoff_delay(attempt) for _ in range(50)}
        assert all(full / 2 <= x <= full for x in delays), (attempt, delays)
        assert len(delays) > 40  # jittered: retries of many events do not arrive in lockstep


async def test_fails_times_out_recovers_and_survives_a_restart_exactly_once(
        tmp_path, clock, receiver):
    path = tmp_path / "hawker.db"
    store = Store(path, clock=clock)
    bus = bus_for(store, clock, receiver)
    ids = [bus.publish("draw.winner", {"draw": 1, "n": i}) for i in range(12)]
    # Refused twice, then hangs past the sender's timeout twice (the receiver still processes
    # those requests, so the retries are duplicates it must absorb), then recovers.
    receiver.script = [500, 503, "hang", "hang", 200, 200, 429]
    first = Deliverer(bus, timeout=0.1, max_attempts=100, backoff=1.0, backoff_max=20.0,
                      rng=random.Random(1))
    for _ in range(5):  # 500, 503, hang, hang, then 200, 200, 429
        await first.deliver_due()
        await clock.advance(first.next_delay() or 0)
    delivered = len(receiver.events)
    assert 0 < delivered < len(ids)  # mid-way
    # The "crash": the deliverer is cancelled in the middle of a request, the file reopened.
    receiver.script = ["hang"]
    task = asyncio.create_task(first.run())
    receiver.hanging.clear()
    await asyncio.wait_for(receiver.hanging.wait(), 5)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await first.aclose()
    store.close()

    store = Store(path, clock=clock)
    bus = bus_for(store, clock, receiver)
    ids += [bus.publish("sale.ended", {"sku": "BEEF"}) for _ in range(3)]
    second = Deliverer(bus, timeout=0.1, max_attempts=100, backoff=1.0, backoff_max=20.0,
                       rng=random.Random(2))
    await drive(second, clock)
    await receiver.idle()
    await second.aclose()

    assert receiver.rejected == 0  # every attempt carried a valid signature
    assert sorted(receiver.events) == sorted(ids)  # nothing lost, each recorded once
    assert receiver.duplicates > 0  # the timeouts and the crash did cause redeliveries
    assert pending(store) == 0 and bus.counts()["dead"] == 0
    assert [receiver.events[i]["data"] for i in ids[:3]] == [{"draw": 1, "n": i}
                                                             for i in range(3)]


async def test_refusals_and_exhausted_retries_are_dead_letters_that_can_be_retried(
        clock, receiver):
    store = Store(clock=clock)
    bus = bus_for(store, clock, receiver)
    d = Deliverer(bus, timeout=1.0, max_attempts=3, backoff=1.0, rng=random.Random(3))
    receiver.script = [400]
    refused = bus.publish("answer.sent", {"text": "hi"})
    await drive(d, clock)
    receiver.script = [500, 500, 500]
    exhausted = bus.publish("question.unanswered", {"text": "?"})
    await drive(d, clock)
    dead = bus.dead_letters()
    assert [x["event_id"] for x in dead] == [exhausted, refused]
    assert dead[0]["attempts"] == 3 and "HTTP 500" in dead[0]["last_error"]
    assert dead[1]["attempts"] == 1 and "HTTP 400" in dead[1]["last_error"]
    assert receiver.events == {}
    assert bus.retry(dead[0]["seq"]) and not bus.retry(dead[0]["seq"])
    await drive(d, clock)
    assert list(receiver.events) == [exhausted]
    assert bus.counts() == {"pending": 0, "delivered": 1, "dead": 1}
    await d.aclose()


async def test_unreachable_subscriber_backs_off_instead_of_hammering(clock):
    store = Store(clock=clock)
    bus = EventBus(store, clock, [Target("gone", "http://127.0.0.1:9/hook", SECRET)])
    for i in range(5):
        bus.publish("sale.started", {"i": i})
    d = Deliverer(bus, timeout=0.5, max_attempts=4, backoff=1.0, rng=random.Random(4))
    await d.deliver_due()
    assert d.attempts == 1  # the first failure holds the subscriber's other events back
    delay = d.next_delay()
    assert delay is not None and 0.5 <= delay <= 1.0
    await d.deliver_due()
    assert d.attempts == 1  # nothing is due before the backoff has passed
    await drive(d, clock)
    assert bus.counts()["dead"] == 5
    await d.aclose()


async def test_the_running_deliverer_wakes_on_publish(clock, receiver):
    store = Store(clock=clock)
    bus = bus_for(store, clock, receiver, events=("draw.*",))
    d = Deliverer(bus, timeout=1.0)
    task = asyncio.create_task(d.run())
    ignored = bus.publish("answer.sent", {})  # not wanted by this subscriber
    wanted = bus.publish("draw.opened", {"draw": 9})
    for _ in range(300):
        if receiver.events:
            break
        await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await d.aclose()
    assert list(receiver.events) == [wanted] and ignored not in receiver.hits


def test_publishing_with_a_key_is_idempotent(clock):
    store = Store(clock=clock)
    bus = EventBus(store, clock, [Target("a", "http://x", SECRET), Target("b", "http://y", SECRET,
                                                                          ("sale.*",))])
    one = bus.publish("draw.winner", {"w": 1}, key="draw-3")
    two = bus.publish("draw.winner", {"w": 1}, key="draw-3")
    assert one == two
    assert store.query("SELECT COUNT(*) FROM webhook_outbound")[0][0] == 1  # only "a" wants it
    bus.publish("sale.started", {})
    assert bus.counts()["pending"] == 3


async def test_a_receiver_answering_409_already_has_it(clock, receiver):
    store = Store(clock=clock)
    bus = bus_for(store, clock, receiver)
    receiver.script = [409]
    bus.publish("draw.claimed", {})
    d = Deliverer(bus, client=httpx.AsyncClient())
    await drive(d, clock)
    assert bus.counts() == {"pending": 0, "delivered": 1, "dead": 0}
    await d.client.aclose()


def test_answers_to_questions_are_relayed_but_command_replies_are_not(clock):
    from bot.events import ChatMessage, Priority, Reply, Viewer
    from plugins.webhooks.outbound import answer_relay

    store = Store(clock=clock)
    bus = EventBus(store, clock, [Target("crm", "http://x", SECRET, ("answer.*",))])
    relay = answer_relay(bus, "!")
    viewer = Viewer("douyin", "u1", "小王")

    def msg(text: str, mid: str) -> ChatMessage:
        return ChatMessage("douyin", "room1", mid, viewer, text, clock.now())

    relay(Reply(msg("how much is the beef?", "m1"), "Beef: ¥89.90 tonight."), "Beef: ¥89.90")
    relay(Reply(msg("how much is the beef?", "m1"), "Beef: ¥89.90 tonight."), "Beef: ¥89.90")
    relay(Reply(msg("!price beef", "m2"), "Beef: ¥89.90"), "Beef: ¥89.90")
    relay(Reply(msg("who won?", "m3"), "Ann!", Priority.DRAW), "Ann!")
    rows = store.query("SELECT kind, body FROM webhook_outbound")
    assert len(rows) == 1 and rows[0]["kind"] == "answer.sent"
    assert b'"message_id":"m1"' in rows[0]["body"]
