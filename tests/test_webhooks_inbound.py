"""Signed webhooks into a real Hawker (examples/ show) over a real loopback HTTP server."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from bot.app import Hawker
from bot.clock import FakeClock, settle
from bot.config import Config, WebhooksSection
from bot.events import Role
from plugins.console import ConsoleAdapter
from plugins.webhooks.signing import sign
from tests.waits import eventually
from tests.webhooks_receiver import Receiver

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
SHOP_SECRET = "shop-secret-0123456789"
BRIDGE_SECRET = "bridge-secret-9876543210"
BEEF = "BEEF-SHANK-1KG"
TOKENS = {"HAWKER_T_VIEW": "view-token", "HAWKER_T_MOD": "mod-token",
          "HAWKER_T_HOST": "host-token"}


def webhooks_section(callback: str, subscriber: str, **over: object) -> WebhooksSection:
    return WebhooksSection.model_validate({
        "port": 0, "body_limit": 2048, "order_milestones": [3],
        "sources": {
            "shop": {"kind": "shop", "secret_env": "HAWKER_SHOP_SECRET"},
            "douyin": {"kind": "chat", "secret_env": "HAWKER_BRIDGE_SECRET",
                       "platform": "douyin", "callback_url": callback,
                       "max_role": "subscriber", "channels": ["room1"]},
        },
        "admin_tokens": [
            {"name": "dashboard", "token_env": "HAWKER_T_VIEW", "role": "viewer"},
            {"name": "mia", "token_env": "HAWKER_T_MOD", "role": "moderator"},
            {"name": "zhang", "token_env": "HAWKER_T_HOST", "role": "host"},
        ],
        "subscribers": [{"name": "crm", "url": subscriber, "secret_env": "HAWKER_SUB_SECRET"}],
        **over,
    })


@pytest.fixture
async def receiver(clock: FakeClock):
    r = await Receiver(BRIDGE_SECRET, clock).start()
    yield r
    await r.stop()


@pytest.fixture
async def subscriber(clock: FakeClock):
    r = await Receiver("sub-secret", clock).start()
    yield r
    await r.stop()


def make_app(tmp_path: Path, clock: FakeClock, receiver: Receiver, subscriber: Receiver,
             monkeypatch: pytest.MonkeyPatch) -> tuple[Hawker, ConsoleAdapter]:
    for name, value in {"HAWKER_SHOP_SECRET": SHOP_SECRET, "HAWKER_BRIDGE_SECRET": BRIDGE_SECRET,
                        "HAWKER_SUB_SECRET": "sub-secret", **TOKENS}.items():
        monkeypatch.setenv(name, value)
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "hawker.db"
    config.webhooks = webhooks_section(receiver.url, subscriber.url)
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None)
    for adapter in [*app.configured_adapters(), console]:
        app.add_adapter(adapter)
    return app, console


@pytest.fixture
async def live(tmp_path, clock, receiver, subscriber, monkeypatch):
    app, console = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    await app.start()
    async with httpx.AsyncClient(base_url=app.webhooks.server.url, timeout=5) as http:
        yield app, console, http
    await app.stop()


def signed(event: dict, clock: FakeClock, *, secret: str = SHOP_SECRET, source: str = "shop",
           at: float | None = None) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event).encode()
    return body, sign(secret, body, now=clock.now() if at is None else at,
                      event_id=event.get("id"), source=source)


async def post(http: httpx.AsyncClient, event: dict, clock: FakeClock, path: str = "/webhooks/shop",
               **kw: object) -> httpx.Response:
    body, headers = signed(event, clock, **kw)
    return await http.post(path, content=body, headers=headers)


async def test_a_price_change_reaches_the_next_answer_and_announcement(live, clock):
    app, console, http = live
    old = app.facts.get(BEEF).price
    resp = await post(http, {"id": "p-1", "type": "price", "sku": BEEF, "price": "79.90"}, clock)
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"id": "p-1", "status": "applied"}
    assert app.facts.get(BEEF).price == Decimal("79.90") != old
    await console.say("ann", "!price beef shank")
    await settle()
    assert "¥79.90" in console.sent[-1].text and f"¥{old}" not in console.sent[-1].text
    announcement = app.show.say.on_now(BEEF, clock.now())
    assert announcement is not None and "¥79.90" in announcement.text


def _state(app: Hawker) -> tuple:
    return (app.facts.version, app.store.query("SELECT COUNT(*) FROM webhook_inbound")[0][0])


@pytest.mark.parametrize("case", ["forged", "stale", "future", "unsigned", "bad-scheme",
                                  "unknown-source", "wrong-kind-source", "tampered-body",
                                  "not-json", "unknown-field", "negative-price", "unknown-sku",
                                  "id-mismatch", "oversized", "oversized-chunked",
                                  "bad-discount"])
async def test_bad_requests_are_rejected_and_change_nothing(live, clock, case):
    app, _, http = live
    event = {"id": "e-1", "type": "price", "sku": BEEF, "price": "1.00"}
    body, headers = signed(event, clock)
    expected = 401
    if case == "forged":
        body, headers = signed(event, clock, secret="not-the-secret")
    elif case == "stale":
        body, headers = signed(event, clock, at=clock.now() - 301)
    elif case == "future":
        body, headers = signed(event, clock, at=clock.now() + 301)
    elif case == "unsigned":
        headers = {"Content-Type": "application/json"}
    elif case == "bad-scheme":
        headers["Hawker-Signature"] = headers["Hawker-Signature"].replace("v1=", "v0=")
    elif case == "unknown-source":
        headers["Hawker-Source"] = "nobody"
    elif case == "wrong-kind-source":  # a chat bridge's secret cannot move prices
        body, headers = signed(event, clock, secret=BRIDGE_SECRET, source="douyin")
    elif case == "tampered-body":
        body = body.replace(b"1.00", b"0.01")
    elif case == "not-json":
        body, headers = b"{not json", sign(SHOP_SECRET, b"{not json", now=clock.now())
        expected = 400
    elif case == "unknown-field":
        body, headers = signed({**event, "prise": "2.00"}, clock)
        expected = 422
    elif case == "negative-price":
        body, headers = signed({**event, "price": "-5"}, clock)
        expected = 422
    elif case == "unknown-sku":
        body, headers = signed({**event, "sku": "NOPE-1"}, clock)
        expected = 422
    elif case == "id-mismatch":
        headers["Hawker-Event-Id"] = "e-2"
        expected = 422
    elif case == "oversized":
        body, headers = signed({**event, "pad": "x" * 4000}, clock)
        expected = 413
    elif case == "oversized-chunked":
        big = json.dumps({**event, "pad": "x" * 4000}).encode()
        headers = sign(SHOP_SECRET, big, now=clock.now())

        async def chunks():
            for i in range(0, len(big), 512):
                yield big[i:i + 512]

        body = chunks()
        expected = 413
    elif case == "bad-discount":  # valid JSON and schema, impossible for the facts
        body, headers = signed({"id": "e-1", "type": "promotion", "action": "start",
                                "promotion": {"id": "X", "skus": [BEEF], "kind": "percent",
                                              "value": "100"}}, clock)
        expected = 422
    before = _state(app)
    resp = await http.post("/webhooks/shop", content=body, headers=headers)
    assert resp.status_code == expected, resp.text
    assert resp.json()["error"]
    assert _state(app) == before
    assert app.facts.get(BEEF).price != Decimal("1.00")
    if case == "unknown-field":
        assert resp.json()["fields"][0]["field"] == "price.prise"


async def test_a_replay_is_rejected_and_changes_nothing_even_after_a_restart(
        tmp_path, clock, receiver, subscriber, monkeypatch):
    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    await app.start()
    event = {"id": "stock-7", "type": "stock", "sku": BEEF, "stock": 77}
    body, headers = signed(event, clock)
    async with httpx.AsyncClient(base_url=app.webhooks.server.url) as http:
        assert (await http.post("/webhooks/shop", content=body, headers=headers)).status_code == 200
        app.facts.set_stock(BEEF, 500)  # the show sold some meanwhile
        version = app.facts.version
        again = await http.post("/webhooks/shop", content=body, headers=headers)
        assert again.status_code == 409 and "already applied" in again.json()["error"]
        assert app.facts.get(BEEF).stock == 500 and app.facts.version == version
    await app.stop()

    await clock.advance(60)  # within the tolerance, so only the ledger can refuse it
    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    await app.start()
    # The latest stock survived the restart (the show's 500 after the shop's 77; not the
    # catalog's 1200), and the replay changes nothing.
    assert app.facts.get(BEEF).stock == 500
    async with httpx.AsyncClient(base_url=app.webhooks.server.url) as http:
        again = await http.post("/webhooks/shop", content=body, headers=headers)
        assert again.status_code == 409
        assert app.facts.get(BEEF).stock == 500
    await app.stop()


async def test_the_shops_prices_and_promotions_survive_a_restart(
        tmp_path, clock, receiver, subscriber, monkeypatch):
    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    await app.start()
    egg = "EGG-FREERANGE-30"
    async with httpx.AsyncClient(base_url=app.webhooks.server.url) as http:
        for event in [
            {"id": "a", "type": "price", "sku": BEEF, "price": "79.90", "list_price": "149.00"},
            {"id": "b", "type": "promotion", "action": "start", "promotion": {
                "id": "shop-eggs", "skus": [egg], "kind": "percent", "value": "10",
                "stock_cap": 20}},
            {"id": "c", "type": "promotion", "action": "start", "promotion": {
                "id": "shop-beef", "skus": [BEEF], "kind": "fixed_price", "value": "9.90"}},
            {"id": "d", "type": "promotion", "action": "end", "promotion_id": "shop-beef"},
            {"id": "e", "type": "order", "sku": egg, "quantity": 5, "promotion_id": "shop-eggs"},
        ]:
            assert (await post(http, event, clock)).status_code == 200
    egg_stock, egg_offer = app.facts.get(egg).stock, app.facts.live_offer(egg, clock.now())
    await app.stop()

    app, _ = make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    beef = app.facts.get(BEEF)
    assert (beef.price, beef.list_price) == (Decimal("79.90"), Decimal("149.00"))
    assert app.facts.get(egg).stock == egg_stock
    assert app.facts.live_offer(egg, clock.now()) == egg_offer
    assert app.facts.promotion_remaining("shop-eggs") == 15  # the cap counts what was sold
    assert app.facts.live_offer(BEEF, clock.now()).promotion is None  # it had ended
    await app.stop()


async def test_stock_promotion_and_orders_update_facts_and_announce_a_milestone(live, clock):
    app, console, http = live
    stock = app.facts.get(BEEF).stock
    promo = {"id": "flash-beef", "skus": [BEEF], "kind": "fixed_price", "value": "59.90",
             "stock_cap": 100, "ends_at": clock.now() + 600}
    r = await post(http, {"id": "pr-1", "type": "promotion", "action": "start",
                          "promotion": promo}, clock)
    assert r.status_code == 200, r.text
    assert app.facts.live_offer(BEEF, clock.now()).price == Decimal("59.90")
    for i in range(3):
        r = await post(http, {"id": f"o-{i}", "type": "order", "sku": BEEF, "quantity": 2,
                              "promotion_id": "flash-beef"}, clock)
        assert r.status_code == 200, r.text
    assert app.facts.get(BEEF).stock == stock - 6
    assert app.facts.promotion_remaining("flash-beef") == 94
    await settle()
    assert any("3 orders in the last 5 minutes" in d.text for d in console.sent)
    r = await post(http, {"id": "pr-2", "type": "promotion", "action": "end",
                          "promotion_id": "flash-beef"}, clock)
    assert r.status_code == 200
    assert app.facts.live_offer(BEEF, clock.now()).promotion is None
    # The sale starting and ending went out to the subscriber as outbound events.
    kinds = [row[0] for row in app.store.query("SELECT kind FROM webhook_outbound ORDER BY seq")]
    assert "sale.started" in kinds and "sale.ended" in kinds


async def test_chat_bridge_messages_go_through_the_pipeline_and_replies_come_back_signed(
        live, clock, receiver):
    app, _, http = live
    msg = {"id": "m-1", "platform": "douyin", "channel": "room1", "message_id": "dy-42",
           "viewer": {"id": "u9", "display_name": "小王", "role": "owner"},
           "text": "!price beef shank"}
    r = await post(http, msg, clock, path="/webhooks/chat", secret=BRIDGE_SECRET,
                   source="douyin")
    assert r.status_code == 202, r.text
    assert r.json()["outcome"] == "command"
    await settle()
    for _ in range(50):  # the reply crosses a real socket to the bridge's callback
        if receiver.events:
            break
        await settle()
        await asyncio.sleep(0.01)
    (reply,) = receiver.events.values()
    assert receiver.rejected == 0  # signed with the bridge's secret
    assert reply["type"] == "chat.reply"
    assert reply["data"]["reply_to"] == "dy-42" and reply["data"]["channel"] == "room1"
    assert "¥89.90" in reply["data"]["text"]
    # The bridge claimed "owner"; its config allows at most "subscriber": no moderator powers.
    r = await post(http, {**msg, "id": "m-2", "message_id": "dy-43", "text": "!bot pause"},
                   clock, path="/webhooks/chat", secret=BRIDGE_SECRET, source="douyin")
    assert r.status_code == 202
    assert app.moderation.controls.paused is False
    # Replayed chat events are refused: the pipeline sees each message once.
    counts = dict(app.pipeline.counts)
    r = await post(http, msg, clock, path="/webhooks/chat", secret=BRIDGE_SECRET,
                   source="douyin")
    assert r.status_code == 409 and dict(app.pipeline.counts) == counts
    # The shop's secret is not the bridge's.
    r = await post(http, {**msg, "id": "m-3"}, clock, path="/webhooks/chat", source="douyin")
    assert r.status_code == 401
    # A channel the bridge had not named in the config hears announcements once it speaks.
    r = await post(http, {**msg, "id": "m-4", "channel": "room2", "message_id": "dy-50",
                          "text": "hello"}, clock, path="/webhooks/chat",
                   secret=BRIDGE_SECRET, source="douyin")
    assert r.status_code == 202 and r.json()["outcome"] == "chatter"
    from bot.events import Announcement

    app.outbox.put(Announcement("Flash sale in one minute!"))
    for _ in range(100):
        channels = {e["data"]["channel"] for e in receiver.events.values()
                    if e["data"]["text"] == "Flash sale in one minute!"}
        if channels == {"room1", "room2"}:
            break
        await asyncio.sleep(0.01)
    assert channels == {"room1", "room2"}


async def test_admin_api_needs_a_token_with_enough_privilege(live, clock):
    app, _, http = live

    def auth(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    assert (await http.get("/admin/state")).status_code == 401
    assert (await http.get("/admin/state", headers=auth("guess"))).status_code == 401
    state = await http.get("/admin/state", headers=auth("view-token"))
    assert state.status_code == 200
    show = state.json()["show"]
    assert state.json()["paused"] is False and show["state"]["status"] == "idle"
    assert show["current_sku"] is None and show["next_sku"] == app.show.plan.segments[0].product
    r = await http.post("/admin/pause", headers=auth("view-token"))
    assert r.status_code == 403 and "moderator is needed" in r.json()["error"]
    assert app.moderation.controls.paused is False
    r = await http.post("/admin/pause", headers=auth("mod-token"), json={"reason": "break"})
    assert r.status_code == 200 and app.moderation.controls.paused is True
    assert app.store.audit_entries(kind="admin.pause")[0]["actor"] == "admin:mia"
    audit = await http.get("/admin/audit", params={"kind": "admin"}, headers=auth("mod-token"))
    assert [e["kind"] for e in audit.json()["entries"]] == ["admin.pause"]
    assert (await http.post("/admin/resume", headers=auth("mod-token"))).status_code == 200
    assert app.moderation.controls.paused is False
    kinds = [row[0] for row in app.store.query("SELECT kind FROM webhook_outbound ORDER BY seq")]
    assert kinds[-2:] == ["bot.paused", "bot.resumed"]
    assert (await http.get("/admin/review", headers=auth("mod-token"))).json() == {"items": []}
    r = await http.post("/admin/review/12", headers=auth("mod-token"),
                        json={"decision": "approve"})
    assert r.status_code == 404
    r = await http.post("/admin/review/12", headers=auth("mod-token"))  # no body at all
    assert r.status_code == 422 and "decision" in r.text
    r = await http.post("/admin/dead-letters/1/retry", headers=auth("mod-token"))
    assert r.status_code == 403
    r = await http.post("/admin/dead-letters/1/retry", headers=auth("host-token"))
    assert r.status_code == 404
    assert (await http.get("/admin/draws", headers=auth("view-token"))).status_code in (200, 404)


async def _held(app: Hawker, clock: FakeClock) -> list:
    """The answers held for review, once one is (it is composed off the loop)."""
    queue = app.moderation.controls.queue
    await eventually(lambda: queue.count() > 0, clock=clock, step=0.1)
    return queue.pending()


async def test_admin_review_sends_rejects_and_refuses_an_answer_the_facts_outran(live, clock):
    app, console, http = live
    mod = {"Authorization": "Bearer mod-token"}
    await console.say("amy", "!review on", Role.MODERATOR)
    await console.say("bob", "how much is the beef shank?")
    [held] = await _held(app, clock)
    listed = (await http.get("/admin/review", headers=mod)).json()["items"]
    assert [(i["id"], i["viewer"], i["answer"]) for i in listed] == [(held.id, "bob", held.answer)]
    price = app.facts.get(BEEF).price
    assert f"¥{price}" in held.answer

    # The price changes while the answer waits: approving it would state the old price.
    assert (await post(http, {"id": "p-9", "type": "price", "sku": BEEF, "price": "59.90"},
                       clock)).status_code == 200
    r = await http.post(f"/admin/review/{held.id}", headers=mod, json={"decision": "approve"})
    assert r.status_code == 409 and "no longer checks out" in r.json()["error"]
    assert not any(f"¥{price}" in d.text for d in console.sent)
    r = await http.post(f"/admin/review/{held.id}", headers=mod, json={"decision": "reject"})
    assert r.status_code == 200
    r = await http.post(f"/admin/review/{held.id}", headers=mod, json={"decision": "reject"})
    assert r.status_code == 409 and "already rejected" in r.json()["error"]

    await console.say("bob", "how much is the beef shank now?")
    [fresh] = await _held(app, clock)
    assert "¥59.90" in fresh.answer
    r = await http.post(f"/admin/review/{fresh.id}", headers=mod,
                        json={"decision": "approve", "note": "checked"})
    assert r.status_code == 200
    await clock.advance(2)
    await settle()
    assert any("¥59.90" in d.text for d in console.sent)
    [sent] = [e["detail"] for e in app.store.audit_entries(kind="bot.sent")
              if "¥59.90" in e["detail"]["text"]]
    assert sent["review_id"] == fresh.id and sent["edited"] is False
    kinds = [e["kind"] for e in app.store.audit_entries() if e["kind"].startswith("admin.review")]
    assert kinds == ["admin.review.refused", "admin.review.reject", "admin.review.refused",
                     "admin.review.approve"]


async def test_a_question_the_bot_cannot_answer_goes_out_to_subscribers(live, clock):
    app, console, _ = live
    await console.say("kim", "!ask do you sell motorbike helmets?")
    def rows() -> list:
        return app.store.query("SELECT body FROM webhook_outbound WHERE kind = 'question.unanswered'")

    await eventually(rows, clock=clock, step=0.1)
    [row] = rows()
    event = json.loads(row["body"])
    assert event["data"]["reason"] == "no_answer" and event["data"]["viewer"]["display_name"] == "kim"
    assert "motorbike helmets" in event["data"]["question"]


async def test_health_metrics_and_openapi(live, clock):
    app, console, http = live
    await console.say("ann", "hello everyone")
    await post(http, {"id": "x-1", "type": "stock", "sku": BEEF, "stock": 5}, clock)
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    text = (await http.get("/metrics")).text
    assert 'hawker_messages_total{outcome="chatter"} 1' in text
    assert 'hawker_webhook_requests_total{route="shop",status="200"} 1' in text
    assert 'hawker_webhook_events_total{source="shop",type="stock"} 1' in text
    assert "hawker_outbox_backlog" in text and "hawker_question_queue_depth 0" in text
    doc = (await http.get("/openapi.json")).json()
    assert doc["openapi"].startswith("3.1")
    assert {"/webhooks/shop", "/webhooks/chat", "/admin/pause"} <= set(doc["paths"])
    assert "PriceEvent" in doc["components"]["schemas"]


async def test_draw_events_reach_the_subscriber_signed_and_the_admin_api_lists_draws(
        live, clock, subscriber):
    app, _, http = live
    draw = app.draws.create("a 6L air fryer", winners=1, keyword="fryer", actor="test")
    app.draws.open(draw)
    for _ in range(100):  # the running deliverer posts it over a real socket
        if any(e["type"] == "draw.opened" for e in subscriber.events.values()):
            break
        await clock.advance(1)
        await asyncio.sleep(0.01)
    (opened,) = [e for e in subscriber.events.values() if e["type"] == "draw.opened"]
    assert opened["data"]["draw"] == draw and opened["data"]["commitment"]
    assert subscriber.rejected == 0
    r = await http.get("/admin/draws", headers={"Authorization": "Bearer view-token"})
    assert r.status_code == 200
    assert [d["id"] for d in r.json()["draws"]] == [draw]


async def test_the_listening_socket_disables_nagle(live):
    """uvicorn writes headers and body separately: with Nagle on, each answer would wait for a
    delayed ACK (40 ms), capping a keep-alive sender at 25 events per second."""
    import socket

    app, _, _ = live
    (listener,) = app.webhooks.server._running.server.servers[0].sockets
    assert listener.proto == socket.IPPROTO_TCP
    assert listener.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
