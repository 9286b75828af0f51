"""A scripted OpenAI-compatible chat server on loopback (`/v1/chat/completions`, `/v1/models`):
it answers each request with the next scripted reply, as a hijacked or careless model would,
and keeps the requests it got. Served by uvicorn on the test's own loop."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from plugins.webhooks.server import Running, serve_asgi


@dataclass
class ScriptedModel:
    replies: list[str] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    _running: Running | None = None

    @property
    def url(self) -> str:
        assert self._running is not None
        return self._running.url + "/v1"

    async def start(self) -> ScriptedModel:
        app = Starlette(routes=[Route("/v1/chat/completions", self.chat, methods=["POST"]),
                                Route("/v1/models", self.models)])
        self._running = await serve_asgi(app)
        return self

    async def stop(self) -> None:
        if self._running is not None:
            await self._running.stop()

    async def models(self, request: Request) -> JSONResponse:
        return JSONResponse({"object": "list", "data": [{"id": "scripted", "object": "model"}]})

    async def chat(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.requests.append(body)
        content = self.replies.pop(0) if self.replies else ""
        return JSONResponse({
            "id": f"chatcmpl-{len(self.requests)}", "object": "chat.completion",
            "created": int(time.time()), "model": body.get("model", "scripted"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })
