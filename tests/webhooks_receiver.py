"""A real HTTP receiver on loopback for webhook tests: verifies signatures, dedupes by event id,
and misbehaves on cue (fails, hangs past the sender's timeout, then recovers)."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.clock import Clock
from plugins.webhooks.server import Running, serve_asgi
from plugins.webhooks.signing import SignatureError, verify


@dataclass
class Receiver:
    secret: str
    clock: Clock
    # What to do with the next requests, in order: an HTTP status, or "hang" (sleep past the
    # sender's timeout, then process it anyway, as a slow server would). Then 200s.
    script: list[int | str] = field(default_factory=list)
    hang_seconds: float = 1.0
    events: dict[str, dict] = field(default_factory=dict)  # event id -> body, first delivery
    hits: Counter = field(default_factory=Counter)  # event id -> requests that reached us
    order: list[str] = field(default_factory=list)
    rejected: int = 0
    inflight: int = 0
    hanging: asyncio.Event = field(default_factory=asyncio.Event)  # set when a hang begins
    _running: Running | None = None

    @property
    def url(self) -> str:
        assert self._running is not None
        return self._running.url + "/hook"

    async def start(self) -> Receiver:
        app = Starlette(routes=[Route("/hook", self.hook, methods=["POST"])])
        self._running = await serve_asgi(app)
        return self

    async def stop(self) -> None:
        if self._running is not None:
            await self._running.stop()

    @property
    def duplicates(self) -> int:
        return sum(n - 1 for n in self.hits.values())

    async def hook(self, request: Request) -> Response:
        body = await request.body()
        try:
            verify(self.secret, request.headers, body, now=self.clock.now())
        except SignatureError as err:
            self.rejected += 1
            return JSONResponse({"error": str(err)}, status_code=401)
        event = json.loads(body)
        self.hits[event["id"]] += 1
        action = self.script.pop(0) if self.script else 200
        if action == "hang":
            self.inflight += 1
            self.hanging.set()
            try:
                await asyncio.sleep(self.hang_seconds)  # the sender times out meanwhile
                self._record(event)
            finally:
                self.inflight -= 1
            return JSONResponse({"ok": True})
        if action != 200:
            return JSONResponse({"error": "scripted failure"}, status_code=int(action))
        self._record(event)
        return JSONResponse({"ok": True})

    async def idle(self) -> None:
        """Wait (real time: a socket is involved) until hung requests have finished."""
        for _ in range(500):
            if not self.inflight:
                return
            await asyncio.sleep(0.01)

    def _record(self, event: dict) -> None:
        if event["id"] not in self.events:  # exactly once, by event id
            self.events[event["id"]] = event
            self.order.append(event["id"])
