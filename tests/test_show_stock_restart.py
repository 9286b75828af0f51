"""A moderator's `!stock` survives a restart, also against the shop's restored numbers."""

from __future__ import annotations

import httpx

from bot.events import Role
from tests import test_webhooks_inbound as inbound

YOGURT = "YOGURT-GREEK-12"
receiver, subscriber = inbound.receiver, inbound.subscriber  # fixtures


async def boot(tmp_path, clock, receiver, subscriber, monkeypatch):
    app, console = inbound.make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    await app.start()
    return app, console


async def test_stock_zero_from_a_moderator_stays_sold_out_after_a_restart(
        tmp_path, clock, receiver, subscriber, monkeypatch):
    app, console = await boot(tmp_path, clock, receiver, subscriber, monkeypatch)
    await console.say("mia", "!show start", Role.MODERATOR)
    await console.say("mia", f"!stock {YOGURT} 0", Role.MODERATOR)
    assert app.facts.get(YOGURT).stock == 0
    await app.stop()

    app, console = await boot(tmp_path, clock, receiver, subscriber, monkeypatch)
    assert app.facts.get(YOGURT).stock == 0
    await console.say("ann", "!price greek yogurt")
    await clock.advance(1)
    assert "¥59.00" not in console.sent[-1].text
    await app.stop()


async def test_the_latest_stock_wins_whoever_set_it(tmp_path, clock, receiver, subscriber,
                                                    monkeypatch):
    app, console = await boot(tmp_path, clock, receiver, subscriber, monkeypatch)
    await console.say("mia", "!show start", Role.MODERATOR)
    async with httpx.AsyncClient(base_url=app.webhooks.server.url) as http:
        r = await inbound.post(http, {"id": "s-1", "type": "stock", "sku": YOGURT,
                                      "stock": 40}, clock)
        assert r.status_code == 200
        await clock.advance(1)
        await console.say("mia", f"!stock {YOGURT} 0", Role.MODERATOR)  # newer: wins
        await clock.advance(1)
        r = await inbound.post(http, {"id": "s-2", "type": "stock", "sku": "CORN-SWEET-10",
                                      "stock": 7}, clock)
    await app.stop()
    app, console = await boot(tmp_path, clock, receiver, subscriber, monkeypatch)
    assert app.facts.get(YOGURT).stock == 0
    assert app.facts.get("CORN-SWEET-10").stock == 7
    await app.stop()


async def test_stock_refuses_bad_counts(tmp_path, clock, receiver, subscriber, monkeypatch):
    app, console = await boot(tmp_path, clock, receiver, subscriber, monkeypatch)
    before = app.facts.get(YOGURT).stock
    for bad in ("-1", "nan", "1.5", "99999999999"):
        await console.say("mia", f"!stock {YOGURT} {bad}", Role.MODERATOR)
        await clock.advance(1)
        assert app.facts.get(YOGURT).stock == before, bad
    await app.stop()
