"""Bad numbers in signed shop webhooks are refused over real HTTP and change nothing."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bot.clock import settle
from plugins.webhooks.signing import sign
from tests import test_webhooks_inbound as inbound

BEEF, SHOP_SECRET = inbound.BEEF, inbound.SHOP_SECRET
live, receiver, subscriber = inbound.live, inbound.receiver, inbound.subscriber  # fixtures

CASES = {
    "price -0.00": '{"id":"b-1","type":"price","sku":"%s","price":"-0.00"}',
    "price JSON -0.0": '{"id":"b-1","type":"price","sku":"%s","price":-0.0}',
    "price NaN": '{"id":"b-1","type":"price","sku":"%s","price":"NaN"}',
    "price 1e999": '{"id":"b-1","type":"price","sku":"%s","price":1e999}',
    "stock true": '{"id":"b-1","type":"stock","sku":"%s","stock":true}',
    "fixed price -0.00": '{"id":"b-1","type":"promotion","action":"start","promotion":'
                         '{"id":"Z","skus":["%s"],"kind":"fixed_price","value":"-0.00"}}',
    "fixed price Infinity": '{"id":"b-1","type":"promotion","action":"start","promotion":'
                            '{"id":"Z","skus":["%s"],"kind":"fixed_price","value":"Infinity"}}',
}


@pytest.mark.parametrize("case", list(CASES))
async def test_bad_numbers_are_a_422_naming_the_field_and_chat_is_unchanged(live, clock, case):
    app, console, http = live
    body = (CASES[case] % BEEF).encode()
    before = (app.facts.get(BEEF), app.facts.version)
    resp = await http.post("/webhooks/shop", content=body,
                           headers=sign(SHOP_SECRET, body, now=clock.now(),
                                        event_id=json.loads(body)["id"]))
    assert resp.status_code == 422, resp.text
    assert resp.json()["fields"], resp.text
    assert (app.facts.get(BEEF), app.facts.version) == before
    assert not app.store.query("SELECT 1 FROM webhook_inbound")
    await console.say("ann", "!price beef shank")
    await settle()
    said = console.sent[-1].text
    assert "-0.00" not in said and "100% off" not in said
    assert app.facts.get(BEEF).price > Decimal(0)
