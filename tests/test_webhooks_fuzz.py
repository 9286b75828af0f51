"""Property-based fuzzing of the HTTP API from its own OpenAPI document: no 5xx, ever, and
only statuses the document lists. Signed routes get a valid signature most of the time, so the
fuzz reaches schema validation and the facts rather than stopping at 401."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core import NotSet

from bot.clock import SystemClock
from plugins.webhooks.openapi import openapi_document
from plugins.webhooks.signing import sign
from tests.test_webhooks_inbound import BRIDGE_SECRET, SHOP_SECRET, TOKENS, make_app

pytestmark = pytest.mark.slow

DOC = openapi_document(2048)
SCHEMA = schemathesis.openapi.from_dict(DOC)
OPERATIONS = [(path, method) for path, item in DOC["paths"].items() for method in item]


class _Recv:  # the fuzz does not inspect bridge replies or outbound events
    url = "http://127.0.0.1:9/none"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """A real Hawker with webhooks, on its own loop in a thread (hypothesis tests are sync)."""
    ready, stop = threading.Event(), threading.Event()
    box: dict = {}
    mp = pytest.MonkeyPatch()

    async def main() -> None:
        app, console = make_app(tmp_path_factory.mktemp("fuzz"), SystemClock(), _Recv(),
                                _Recv(), mp)
        await app.start()
        # Open the knowledge base now, as a show does: opening it at the first fuzzed chat
        # question would stall requests for seconds and read as a timeout, not a 5xx.
        await app.answering.ready()
        box["url"], box["app"] = app.webhooks.server.url, app
        ready.set()
        await asyncio.to_thread(stop.wait)
        await app.stop()

    thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
    thread.start()
    assert ready.wait(60)
    with httpx.Client(base_url=box["url"], timeout=30) as client:
        yield client, box["app"]
    stop.set()
    thread.join(30)
    mp.undo()


def _sendable(value: str) -> bool:
    """Header values an HTTP client can put on the wire at all (the rest never reach us)."""
    return value == value.strip() and all(32 <= ord(c) < 127 for c in value)


def _check(response: httpx.Response, path: str, method: str) -> None:
    assert response.status_code < 500, (path, method, response.status_code, response.text)
    documented = DOC["paths"][path][method]["responses"]
    assert str(response.status_code) in documented, (path, method, response.status_code,
                                                     response.text)
    if response.headers.get("content-type", "").startswith("application/json"):
        response.json()


@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_no_operation_answers_5xx(server, path, method):
    client, app = server
    operation = SCHEMA[path][method.upper()]
    signed = "hawkerSignature" in json.dumps(DOC["paths"][path][method].get("security", []))
    secret = BRIDGE_SECRET if path == "/webhooks/chat" else SHOP_SECRET
    source = "douyin" if path == "/webhooks/chat" else "shop"
    tokens = [None, "nope", *TOKENS.values()]

    @settings(max_examples=60 if signed else 25, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(), sign_it=st.integers(0, 9),
           token=st.sampled_from(tokens))
    def fuzz(case, sign_it, token):
        headers = {k: v for k, v in (case.headers or {}).items() if _sendable(v)}
        body = None
        if case.body is not None and not isinstance(case.body, NotSet):
            body = json.dumps(case.body).encode()
        if signed and sign_it and body is not None:  # nine in ten carry a valid signature
            headers.update(sign(secret, body, now=app.clock.now(), source=source))
            if sign_it > 1:
                headers.pop("Hawker-Event-Id", None)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if body is not None:
            headers.setdefault("Content-Type", "application/json")
        response = client.request(method.upper(), case.formatted_path, params=case.query,
                                  content=body, headers=headers)
        _check(response, path, method)

    fuzz()


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=st.binary(max_size=3000) | st.text(max_size=500).map(str.encode)
       | st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                      lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c,
                                                                           max_size=4))
       .map(lambda v: json.dumps(v).encode()),
       path=st.sampled_from(["/webhooks/shop", "/webhooks/chat"]))
def test_signed_garbage_is_a_4xx(server, body, path):
    client, app = server
    secret, source = ((BRIDGE_SECRET, "douyin") if path == "/webhooks/chat"
                      else (SHOP_SECRET, "shop"))
    headers = sign(secret, body, now=app.clock.now(), source=source)
    response = client.post(path, content=body, headers=headers)
    assert 400 <= response.status_code < 500, response.text
    _check(response, path, "post")


def test_document_is_served_as_built(server):
    client, _ = server
    assert client.get("/openapi.json").json() == json.loads(json.dumps(DOC))
    assert Path(__file__).exists()


def test_the_fuzz_got_past_the_signature(server):
    """Runs after the fuzz above: it must have reached validation and the pipeline, not only
    bounced off 401s (which would make the no-5xx result meaningless)."""
    _, app = server
    seen = app.webhooks.server.metrics.requests
    assert seen[("shop", 422)] > 0 and seen[("chat", 422)] > 0
    assert seen[("chat", 202)] > 0
    assert seen[("shop", 401)] > 0 and seen[("admin", 200)] > 0
