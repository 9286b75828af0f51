"""The webhook server's Starlette parts over a real loopback server: problems raised from
handlers, bearer-token auth (token → role), the JSON → 400/422 mapping, and prometheus-client
metrics with latency histograms in a registry of each server's own."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.clock import FakeClock
from bot.events import Role
from bot.store import Store
from plugins.webhooks.server import AdminHooks, AdminToken, Source, WebhookServer
from plugins.webhooks.signing import sign

SECRET = "shop-secret-0123456789"


def make_server(clock: FakeClock, paused: list[tuple[str, str]]) -> WebhookServer:
    def boom() -> object:
        raise RuntimeError("the draws table is locked")

    return WebhookServer(
        store=Store(), clock=clock, sources=[Source("shop", "shop", (SECRET,))],
        admin_tokens=[AdminToken.of("dash", "view-token", Role.VIEWER),
                      AdminToken.of("mia", "mod-token", Role.MODERATOR)],
        hooks=AdminHooks(pause=lambda actor, reason: paused.append((actor, reason)),
                         draws=boom))


@pytest.fixture
async def served(clock: FakeClock):
    paused: list[tuple[str, str]] = []
    server = make_server(clock, paused)
    await server.start()
    async with httpx.AsyncClient(base_url=server.url, timeout=10) as http:
        yield server, http, paused
    await server.stop()


def shop_post(http: httpx.AsyncClient, clock: FakeClock, body: bytes):
    return http.post("/webhooks/shop", content=body, headers=sign(SECRET, body, now=clock.now()))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_refusals_are_problem_bodies_with_the_right_status(served, clock):
    server, http, _ = served
    r = await http.post("/webhooks/shop", content=b"{}")
    assert r.status_code == 401 and set(r.json()) == {"error"}
    r = await shop_post(http, clock, b'{"id": "a", "type": "stock",')
    assert r.status_code == 400 and r.json() == {"error": "body is not valid JSON"}
    r = await shop_post(http, clock, json.dumps({"id": "a", "type": "price", "sku": "X",
                                                 "price": {"amount": 1}}).encode())
    assert r.status_code == 422 and r.json()["error"] == "body does not match the schema"
    assert r.json()["fields"] and all(set(f) == {"field", "error"} for f in r.json()["fields"])
    r = await shop_post(http, clock, json.dumps({"id": "a", "type": "stock", "sku": "X",
                                                 "stock": 3}).encode())
    assert r.status_code == 404 and r.json() == {"error": "no shop is connected to this show"}


async def test_admin_auth_maps_tokens_to_roles(served):
    _, http, paused = served
    r = await http.post("/admin/pause", json={"reason": "break"})
    assert (r.status_code, r.json()) == (401, {"error": "a bearer token is required"})
    r = await http.post("/admin/pause", json={"reason": "break"}, headers=bearer("guess"))
    assert (r.status_code, r.json()) == (401, {"error": "unknown token"})
    r = await http.post("/admin/pause", json={"reason": "break"}, headers=bearer("view-token"))
    assert (r.status_code, r.json()) == (403, {"error": "this token is viewer; moderator is needed"})
    assert paused == []
    r = await http.post("/admin/pause", content=b"[", headers=bearer("mod-token"))
    assert r.status_code == 400 and paused == []
    r = await http.post("/admin/pause", json={"reason": "break"}, headers=bearer("mod-token"))
    assert (r.status_code, r.json()) == (200, {"paused": True})
    assert paused == [("admin:mia", "break")]
    # A token on a signed route is not an admin login: the signature decides.
    r = await http.post("/webhooks/shop", content=b"{}", headers=bearer("guess"))
    assert r.status_code == 401 and "unknown token" not in r.text


async def test_a_failing_hook_is_one_log_line_and_a_json_500(served, caplog):
    _, http, _ = served
    with caplog.at_level(logging.DEBUG, logger="plugins.webhooks.server"):
        r = await http.get("/admin/draws", headers=bearer("view-token"))
    assert (r.status_code, r.json()) == (500, {"error": "internal error"})
    errors = [rec for rec in caplog.records if rec.levelno >= logging.ERROR]
    assert len(errors) == 1 and "the draws table is locked" in errors[0].getMessage()


async def test_metrics_count_time_and_keep_each_server_apart(served, clock):
    server, http, _ = served
    await http.post("/admin/pause", json={"reason": "x"})
    await http.post("/admin/pause", json={"reason": "x"}, headers=bearer("mod-token"))
    await shop_post(http, clock, b"not json")
    r = await http.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(r.text)}
    requests = {(s.labels["route"], s.labels["status"]): s.value
                for s in families["hawker_webhook_requests"].samples if s.name.endswith("_total")}
    assert requests == {("admin", "401"): 1, ("admin", "200"): 1, ("shop", "400"): 1}
    latency = families["hawker_webhook_request_seconds"]
    assert latency.type == "histogram"
    counts = {s.labels["route"]: s.value for s in latency.samples if s.name.endswith("_count")}
    assert counts == {"admin": 2, "shop": 1}
    assert all(s.value >= 0 for s in latency.samples if s.name.endswith("_sum"))
    assert server.metrics.requests[("admin", 200)] == 1 and server.metrics.requests[("chat", 202)] == 0
    other = make_server(clock, [])
    assert other.metrics.requests == {} and "hawker_question_queue_depth 0" in \
        other.metrics.text().decode()
