"""The sample show with its console and overlays on a real loopback server, for the
test_webui_*.py modules and bench/overlay.py.

`LiveShow` runs the whole app (real SQLite store, the example catalog, plan and persona, the
webhook server with the console mounted) in an event loop of its own thread, so one show can
serve a module's tests and a browser: `show.run(fn)` runs `fn` (or a coroutine) in that loop.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx

from bot.app import Hawker
from bot.clock import Clock, SystemClock
from bot.config import AdminTokenSection, Config, WebhookSourceSection, WebhooksSection
from bot.events import ChatMessage, Priority, Reply, Role, Viewer
from plugins.console import ConsoleAdapter
from plugins.webhooks.signing import sign

EXAMPLES = Path(__file__).resolve().parents[1] / "bot" / "examples"
TOKENS = {"viewer": "tok-viewer-0001", "moderator": "tok-moderator-0002",
          "host": "tok-host-0003"}
OVERLAY_TOKEN = "tok-overlay-0004"
SHOP_SECRET = "shop-secret-0005"
T = TypeVar("T")


class LiveShow:
    """A running sample show: `url`, `app`, `run(fn)`, `signed_price(...)`, `hold_answer()`."""

    def __init__(self, store: Path, clock: Clock | None = None, port: int = 0) -> None:
        self.clock = clock or SystemClock()
        os.environ.update({f"HAWKER_WEBUI_{k.upper()}": v for k, v in TOKENS.items()})
        os.environ["HAWKER_WEBUI_OVERLAY"] = OVERLAY_TOKEN
        os.environ["HAWKER_WEBUI_SHOP"] = SHOP_SECRET
        config = Config.load(EXAMPLES / "hawker.toml")
        config.store.path = store
        config.webhooks = WebhooksSection(
            port=port, overlay_token_env="HAWKER_WEBUI_OVERLAY",
            sources={"shop": WebhookSourceSection(kind="shop", secret_env="HAWKER_WEBUI_SHOP")},
            admin_tokens=[AdminTokenSection(name=f"{role}-ann", token_env=f"HAWKER_WEBUI_{role.upper()}",
                                            role=role) for role in TOKENS])
        self.config = config
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="webui-show",
                                        daemon=True)
        self._thread.start()
        self.app: Hawker = self.run(self._start())
        self.url = self.app.webhooks.server.url  # type: ignore[union-attr]
        self.http = httpx.Client(base_url=self.url, timeout=10)  # the shop's one connection

    async def _start(self) -> Hawker:
        app = Hawker(self.config, self.clock)
        self.console_adapter = ConsoleAdapter(clock=self.clock, out=None)
        app.add_adapter(self.console_adapter)
        await app.start()
        return app

    def run(self, fn: Callable[[], T] | Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run `fn` (a callable or a coroutine) in the show's loop; its result."""
        if asyncio.iscoroutine(fn):
            return asyncio.run_coroutine_threadsafe(fn, self.loop).result(timeout)
        done: Future[T] = Future()

        def call() -> None:
            try:
                done.set_result(fn())
            except BaseException as err:
                done.set_exception(err)

        self.loop.call_soon_threadsafe(call)
        return done.result(timeout)

    def close(self) -> None:
        self.http.close()
        try:
            self.run(self.app.stop())
            self.run(_cancel_the_rest())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)

    # -- things that happen during a show ------------------------------------------------------

    def signed_price(self, sku: str, price: str) -> httpx.Response:
        """POST a signed shop price event, as the shop would."""
        body = json.dumps({"id": f"p-{uuid.uuid4().hex[:12]}", "type": "price", "sku": sku,
                           "price": price}).encode()
        headers = sign(SHOP_SECRET, body, now=self.clock.now())
        headers["content-type"] = "application/json"
        return self.http.post("/webhooks/shop", content=body, headers=headers)

    def hold_answer(self, question: str, answer: str, name: str = "Ava") -> int:
        """Review mode on, and an answer to `question` held for approval; returns its id."""
        def hold() -> int:
            controls = self.app.moderation.controls
            controls.set_review(True)
            viewer = Viewer("console", name.lower(), name, Role.VIEWER)
            msg = ChatMessage("console", "live", f"m-{uuid.uuid4().hex[:8]}", viewer, question,
                              self.clock.now())
            self.app.outbox.put(Reply(msg, answer, Priority.ANSWER))
            return controls.queue.pending(1000)[-1].id

        return self.run(hold)


async def _cancel_the_rest() -> None:
    """Tasks libraries left running (sse-starlette's shutdown watcher), ended before the loop."""
    rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in rest:
        task.cancel()
    await asyncio.gather(*rest, return_exceptions=True)


@contextmanager
def live_show(store: Path, clock: Clock | None = None, port: int = 0) -> Iterator[LiveShow]:
    """A running sample show on `port` (0: any free one), closed on exit."""
    show = LiveShow(store, clock, port)
    try:
        yield show
    finally:
        show.close()


def signed_in(url: str, role: str) -> tuple[httpx.Client, str]:
    """An HTTP client signed in as `role` and its CSRF token (read from the console page)."""
    client = httpx.Client(base_url=url, timeout=10)
    r = client.post("/console/login", data={"token": TOKENS[role]})
    assert r.status_code == 303, r.text
    page = client.get("/console").text
    csrf = page.split('"X-CSRF-Token": "', 1)[1].split('"', 1)[0]
    return client, csrf
