"""Nothing acknowledged before it is committed: the chat bridge's 202/409 and outbound ids."""

from __future__ import annotations

import asyncio

import httpx

from tests import test_webhooks_inbound as inbound

BEEF, BRIDGE_SECRET = inbound.BEEF, inbound.BRIDGE_SECRET
live, receiver, subscriber = inbound.live, inbound.receiver, inbound.subscriber  # fixtures
post, make_app = inbound.post, inbound.make_app


def chat(event_id: str, viewer: str, text: str) -> dict:
    return {"id": event_id, "platform": "douyin", "channel": "room1",
            "message_id": f"dy-{event_id}", "viewer": {"id": viewer, "display_name": viewer},
            "text": text}


def entered(app, viewer: str) -> bool:
    return bool(app.store.query("SELECT 1 FROM draw_entries WHERE platform = 'douyin' AND "
                                "viewer_id = ?", (viewer,)))


async def test_a_bridge_answer_comes_only_after_the_draw_entry_is_committed(live, clock):
    app, _, http = live
    draw = app.draws.create("Mug", winners=1, keyword="lucky", actor="test")
    app.draws.open(draw)
    for i, text in enumerate(["lucky", "!join", "LUCKY!!"]):
        viewer = f"u{i}"
        r = await post(http, chat(f"m-{i}", viewer, text), clock, path="/webhooks/chat",
                       secret=BRIDGE_SECRET, source="douyin")
        assert r.status_code == 202, r.text
        assert entered(app, viewer), text  # at the moment of the 202, not 250 ms later
        # The re-send after a lost answer: a 409 that is true.
        again = await post(http, chat(f"m-{i}", viewer, text), clock, path="/webhooks/chat",
                           secret=BRIDGE_SECRET, source="douyin")
        assert again.status_code == 409 and entered(app, viewer)


async def test_two_copies_at_once_are_processed_once_and_the_second_is_a_true_409(live, clock):
    app, _, http = live
    draw = app.draws.create("Mug", winners=1, keyword="lucky", actor="test")
    app.draws.open(draw)
    counts = sum(app.pipeline.counts.values())
    a, b = await asyncio.gather(*(post(http, chat("dup-1", "twin", "lucky"), clock,
                                       path="/webhooks/chat", secret=BRIDGE_SECRET,
                                       source="douyin") for _ in range(2)))
    assert sorted([a.status_code, b.status_code]) == [202, 409]
    assert sum(app.pipeline.counts.values()) == counts + 1
    assert entered(app, "twin")


def _sale_ids(app) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in app.store.query(
        "SELECT event_id, kind FROM webhook_outbound WHERE kind LIKE 'sale.%' ORDER BY seq")]


async def test_outbound_sale_events_get_ids_unique_across_restarts(
        tmp_path, clock, receiver, subscriber, monkeypatch):
    egg = "EGG-FREERANGE-30"

    def start(eid: str, pid: str) -> dict:
        return {"id": eid, "type": "promotion", "action": "start", "promotion": {
            "id": pid, "skus": [egg], "kind": "percent", "value": "10"}}

    def end(eid: str, pid: str) -> dict:
        return {"id": eid, "type": "promotion", "action": "end", "promotion_id": pid}

    async def send(events: list[dict]) -> None:
        app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
        await app.start()
        try:
            async with httpx.AsyncClient(base_url=app.webhooks.server.url) as http:
                for event in events:
                    assert (await post(http, event, clock)).status_code == 200
        finally:
            await app.stop()

    await send([start("1", "A"), end("2", "A"), start("3", "B"), end("4", "B")])
    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    before = _sale_ids(app)
    assert [k for _, k in before] == ["sale.started", "sale.ended"] * 2
    app.store.close()
    await send([start("5", "C"), end("6", "C"), start("7", "D")])  # a restart in between
    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    after = _sale_ids(app)
    app.store.close()
    assert after[:4] == before
    assert [k for _, k in after[4:]] == ["sale.started", "sale.ended", "sale.started"]
    assert len({eid for eid, _ in after}) == 7  # every id is new, none silently dropped
    # A restart's restore (B and D registered again, as they were) is not a new event.
    await send([])
    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    assert _sale_ids(app) == after
    app.store.close()


async def test_a_message_processed_again_after_a_crash_gets_a_reply_the_bridge_recognises(
        live, clock, receiver):
    app, _, http = live
    first = {**chat("r-1", "u7", "!price beef shank"), "message_id": "dy-777"}
    again = {**first, "id": "r-2"}  # the same chat message, re-sent under a new event id
    for n, event in enumerate((first, again), 1):
        await clock.advance(10)  # past the command's cooldown
        r = await post(http, event, clock, path="/webhooks/chat", secret=BRIDGE_SECRET,
                       source="douyin")
        assert r.status_code == 202
        for _ in range(300):
            if sum(receiver.hits.values()) >= n:
                break
            await asyncio.sleep(0.01)
    replies = [e for e in receiver.events.values() if e["data"].get("reply_to") == "dy-777"]
    assert len(replies) == 1  # one event id: the bridge shows it once
    assert receiver.hits[replies[0]["id"]] == 2


async def test_repeated_announcements_are_not_mistaken_for_re_sends(live, clock, receiver):
    from bot.events import Announcement

    app, _, _ = live
    for _ in range(2):
        app.outbox.put(Announcement("3,000 orders in the last 5 minutes!", key="orders.milestone"))
        for _ in range(200):
            await asyncio.sleep(0.01)
            if any("3,000 orders" in e["data"]["text"] for e in receiver.events.values()):
                break
        await asyncio.sleep(0.05)
    said = [e for e in receiver.events.values() if "3,000 orders" in e["data"]["text"]]
    assert len(said) == 2 * len({e["data"]["channel"] for e in said})
