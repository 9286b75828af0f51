"""The HTTP side of Hawker: signed webhooks in, the admin API, health, metrics, OpenAPI.

A Starlette app served by uvicorn in the bot's own process and event loop (`WebhookServer.
start()` binds the socket and runs `uvicorn.Server.serve` as a task). Every route is a thin
call: shop events go to `shop.ShopEvents`, chat events to a `BridgeAdapter` and from there into
the pipeline, admin routes to the features' public methods (`AdminHooks`).

A signed request is checked in this order, and nothing changes unless every step passes:
size (413) → source and signature (401) → JSON (400) → schema (422) → the facts can take it
(422, e.g. an unknown SKU) → event id not seen before (409, "already applied": a sender may
treat it as success) → apply. For shop events the id and the shop's new numbers are one
transaction; a failure rolls both back, so a corrected or retried event can follow.

A chat event's id is recorded only after the message went through the pipeline and what it
did is committed (`settled`: a draw entry's group commit), so a 409 always means applied: a
bridge that re-sends after a crash either gets its message processed again (a draw entry is
idempotent) or a truthful 409, never a 409 for an entry that was lost.

What Starlette and prometheus-client give is used as given: a handler refuses by raising
`problems.Problem` (one exception handler answers it), the admin routes are guarded by
`AuthenticationMiddleware` and `auth.requires_role`, and `/metrics` is `metrics.Metrics`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import decimal
import enum
import logging
import socket
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import uvicorn
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.clock import Clock
from bot.events import Role
from bot.store import Store

if TYPE_CHECKING:
    from bot.outbox import Outbox
    from bot.pipeline import Pipeline
    from bot.questions import QuestionQueue

from .auth import AdminToken, AdminUser, BearerTokens, auth_error, requires_role
from .bridge import BridgeAdapter
from .deadline import header_deadline
from .lockout import Lockout
from .metrics import CONTENT_TYPE, Measured, Metrics, ShowState
from .models import ChatEvent, PauseRequest, ReviewDecision, shop_event
from .openapi import openapi_document
from .outbound import EventBus
from .problems import Problem, problem_response, validated
from .shop import ApplyError, ShopEvents
from .signing import EVENT_ID_HEADER, SOURCE_HEADER, SignatureError, verify

__all__ = ["AdminHooks", "AdminToken", "Ledger", "Problem", "Running", "Source", "WebhookServer",
           "jsonable", "one_line_errors", "serve_asgi"]

log = logging.getLogger(__name__)

LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_inbound (
    source TEXT NOT NULL,
    event_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    received_at REAL NOT NULL,
    PRIMARY KEY (source, event_id)
);
CREATE INDEX IF NOT EXISTS webhook_inbound_age ON webhook_inbound(received_at);
"""


class Ledger:
    """Event ids already applied, per source: the durable half of replay rejection.

    Ids are kept for `keep` seconds, far longer than the signature tolerance, so an event old
    enough to be forgotten is also too old to pass the timestamp check.
    """

    def __init__(self, store: Store, clock: Clock, keep: float = 86_400.0) -> None:
        self.store, self.clock, self.keep = store, clock, keep
        self._since_prune = 0
        store.ensure_schema(LEDGER_SCHEMA)

    def claim(self, source: str, event_id: str, kind: str) -> bool:
        """Remember the id; False if it was already there (joins an open transaction)."""
        cur = self.store.execute(
            "INSERT OR IGNORE INTO webhook_inbound(source, event_id, kind, received_at) "
            "VALUES (?, ?, ?, ?)", (source, event_id, kind, self.clock.now()))
        self._since_prune += 1
        if self._since_prune >= 1000:
            self._since_prune = 0
            self.store.execute("DELETE FROM webhook_inbound WHERE received_at < ?",
                               (self.clock.now() - self.keep,))
        return cur.rowcount == 1

    def seen(self, source: str, event_id: str) -> bool:
        return bool(self.store.query("SELECT 1 FROM webhook_inbound WHERE source = ? AND "
                                     "event_id = ?", (source, event_id)))


@dataclass(frozen=True, slots=True)
class Source:
    """A sender of signed events: the shop, or a chat bridge (then `bridge` is set)."""

    name: str
    kind: str  # "shop" | "chat"
    secrets: tuple[str, ...]
    bridge: BridgeAdapter | None = None


@dataclass
class AdminHooks:
    """The features' public methods the admin API calls; None means "not in this show" (404)."""

    show_state: Callable[[], Any] | None = None
    pause: Callable[[str, str], Any] | None = None  # (actor, reason)
    resume: Callable[[str], Any] | None = None  # (actor)
    paused: Callable[[], bool] | None = None
    draws: Callable[[], Any] | None = None
    review_queue: Callable[[], Any] | None = None
    # (item id, "approve" | "reject", actor, note) -> falsy when there is no such item;
    # ValueError (a 409) when it cannot be sent: decided already, paused, or the facts changed
    review_decide: Callable[[str, str, str, str], Any] | None = None


def jsonable(value: Any) -> Any:
    """Whatever a feature returns, as JSON: dataclasses, pydantic models, Decimals, enums."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value if isinstance(value.value, (str, int)) else value.name
    if isinstance(value, decimal.Decimal):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


class WebhookServer:
    def __init__(self, *, store: Store, clock: Clock, sources: list[Source],
                 shop: ShopEvents | None = None, bus: EventBus | None = None,
                 admin_tokens: Sequence[AdminToken] = (), hooks: AdminHooks | None = None,
                 outbox: Outbox | None = None, pipeline: Pipeline | None = None,
                 questions: QuestionQueue | None = None,
                 host: str = "127.0.0.1", port: int = 0, body_limit: int = 65536,
                 tolerance: float = 300.0,
                 settled: Callable[[], Awaitable[None]] | None = None,
                 settle_timeout: float = 10.0, read_timeout: float = 10.0,
                 max_connections: int = 256) -> None:
        self.store, self.clock = store, clock
        self.sources = {s.name: s for s in sources}
        self.shop, self.bus = shop, bus
        self.tokens = list(admin_tokens)
        self.lockout = Lockout(clock, store)  # wrong tokens per address: admin API and console
        self.hooks = hooks or AdminHooks()
        self.outbox, self.pipeline, self.questions = outbox, pipeline, questions
        self.host, self.port = host, port
        self.body_limit, self.tolerance = body_limit, tolerance
        # Slow clients: a body not received within `read_timeout` is a 408; uvicorn answers
        # 503 beyond `max_connections` open connections (its own `limit_concurrency`).
        self.read_timeout, self.max_connections = read_timeout, max_connections
        self.ledger = Ledger(store, clock)
        # Waits until what a chat message did is committed (the draws' group commit).
        self.settled = settled
        self.settle_timeout = settle_timeout
        self._in_flight: dict[tuple[str, str], asyncio.Future[None]] = {}
        self.metrics = Metrics(ShowState(
            messages=self._message_counts,
            outbox=lambda: self.outbox.stats() if self.outbox is not None else {},
            questions=lambda: len(self.questions) if self.questions else 0,
            outbound=lambda: self.bus.counts() if self.bus is not None else None))
        self.app = Starlette(
            routes=self.routes(),
            middleware=[Middleware(Measured, metrics=self.metrics),
                        Middleware(AuthenticationMiddleware,
                                   backend=BearerTokens(self.tokens, self.lockout),
                                   on_error=auth_error)],
            exception_handlers={Problem: problem_response, Exception: _internal_error})
        self._running: Running | None = None
        self._on_stop: list[Callable[[], None]] = []  # see mount()
        self._openapi: dict[str, Any] | None = None

    # -- running ------------------------------------------------------------------------------

    def _message_counts(self) -> dict[str, int]:
        """Messages through the pipeline by outcome ({} without a pipeline)."""
        if self.pipeline is None:
            return {}
        return {outcome.value: n for outcome, n in self.pipeline.counts.items()}

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        """Bind (port 0 picks a free one) and serve in this loop; returns once listening."""
        self._running = await serve_asgi(one_line_errors(self.app), self.host, self.port,
                                         max_connections=self.max_connections,
                                         keep_alive=min(5.0, self.read_timeout),
                                         header_timeout=self.read_timeout)
        self.port = self._running.port

    async def stop(self) -> None:
        for ending in self._on_stop:  # k19a: the console's streams
            ending()
        if self._running is not None:
            await self._running.stop()
            self._running = None

    # -- routes -------------------------------------------------------------------------------

    def mount(self, routes: list[Any], on_stop: Callable[[], None] | None = None) -> None:
        """More routes on this server (the console and overlays, plugins/webui);
        `on_stop` is called first thing in `stop()` (it ends their open event streams)."""
        self.app.router.routes.extend(routes)
        if on_stop is not None:
            self._on_stop.append(on_stop)

    def routes(self) -> list[Route]:
        return [
            Route("/webhooks/shop", self.post_shop, methods=["POST"]),
            Route("/webhooks/chat", self.post_chat, methods=["POST"]),
            Route("/healthz", self.healthz, methods=["GET"]),
            Route("/metrics", self.metrics_text, methods=["GET"]),
            Route("/openapi.json", self.openapi, methods=["GET"]),
            Route("/admin/state", self.admin_state, methods=["GET"]),
            Route("/admin/pause", self.admin_pause, methods=["POST"]),
            Route("/admin/resume", self.admin_resume, methods=["POST"]),
            Route("/admin/draws", self.admin_draws, methods=["GET"]),
            Route("/admin/review", self.admin_review, methods=["GET"]),
            Route("/admin/review/{item_id}", self.admin_review_decide, methods=["POST"]),
            Route("/admin/audit", self.admin_audit, methods=["GET"]),
            Route("/admin/dead-letters", self.admin_dead_letters, methods=["GET"]),
            Route("/admin/dead-letters/{seq:int}/retry", self.admin_retry, methods=["POST"]),
        ]

    # -- signed webhooks ----------------------------------------------------------------------

    async def _read(self, request: Request) -> bytes:
        """The body, at most `body_limit` bytes (413), within `read_timeout` (408)."""
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.body_limit):
            raise Problem(413, f"body larger than {self.body_limit} bytes")
        chunks, size = [], 0
        try:
            async with asyncio.timeout(self.read_timeout):
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > self.body_limit:
                        raise Problem(413, f"body larger than {self.body_limit} bytes")
                    chunks.append(chunk)
        except TimeoutError:
            raise Problem(408, f"body not received within {self.read_timeout:g}s") from None
        except ClientDisconnect:
            raise Problem(400, "the client went away before sending its body") from None
        return b"".join(chunks)

    def _source(self, request: Request, kind: str) -> Source:
        name = request.headers.get(SOURCE_HEADER)
        if name is None:
            candidates = [s for s in self.sources.values() if s.kind == kind]
            if len(candidates) != 1:
                raise Problem(401, f"{SOURCE_HEADER} header required")
            return candidates[0]
        source = self.sources.get(name)
        if source is None or source.kind != kind:
            raise Problem(401, f"unknown {kind} source {name[:64]!r}")
        return source

    async def _signed(self, request: Request, kind: str) -> tuple[Source, bytes]:
        source = self._source(request, kind)
        body = await self._read(request)
        try:
            verify(source.secrets, request.headers, body, now=self.clock.now(),
                   tolerance=self.tolerance)
        except SignatureError as err:
            raise Problem(401, str(err)) from None
        return source, body

    def _event(self, validate: Callable[[bytes], Any], body: bytes, request: Request) -> Any:
        event = validated(validate, body)
        header_id = request.headers.get(EVENT_ID_HEADER)
        if header_id is not None and header_id != event.id:
            raise Problem(422, f"{EVENT_ID_HEADER} does not match the body's id")
        return event

    async def post_shop(self, request: Request) -> Response:
        source, body = await self._signed(request, "shop")
        event = self._event(shop_event.validate_json, body, request)
        if self.shop is None:
            raise Problem(404, "no shop is connected to this show")
        try:
            self.shop.check(event)  # everything that can refuse it, before anything changes
        except ApplyError as err:
            raise Problem(422, str(err)) from None
        # The id and the shop's new numbers are committed together (see shop.py).
        with self.store.transaction():
            if not self.ledger.claim(source.name, event.id, event.type):
                raise Problem(409, f"event {event.id} was already applied")
            self.shop.apply(event)
        self.metrics.applied(source.name, event.type)
        return JSONResponse({"id": event.id, "status": "applied"})

    async def post_chat(self, request: Request) -> Response:
        source, body = await self._signed(request, "chat")
        event = self._event(ChatEvent.model_validate_json, body, request)
        bridge = source.bridge
        assert bridge is not None
        if event.platform is not None and event.platform != bridge.platform:
            raise Problem(422, f"source {source.name} bridges platform "
                               f"{bridge.platform!r}, not {event.platform!r}")
        outcome = await self._apply_chat(source, bridge, event)
        self.metrics.applied(source.name, event.type)
        return JSONResponse(
            {"id": event.id, "status": "accepted", "outcome": jsonable(outcome)}, 202)

    async def _apply_chat(self, source: Source, bridge: BridgeAdapter, event: ChatEvent) -> Any:
        """Run the message through the pipeline, wait until its effects are committed, then
        record its id: the order that makes a later 409 true. A copy arriving while the first
        is still in the pipeline waits for it and is then a 409."""
        key = (source.name, event.id)
        while (running := self._in_flight.get(key)) is not None:
            await asyncio.shield(running)
        if self.ledger.seen(source.name, event.id):
            raise Problem(409, f"event {event.id} was already applied")
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._in_flight[key] = done
        try:
            if self.outbox is not None:  # a channel seen for the first time hears announcements
                self.outbox.queue(bridge.platform, event.channel)
            outcome = await bridge.receive(event)
            if self.settled is not None:
                try:
                    await asyncio.wait_for(self.settled(), self.settle_timeout)
                except TimeoutError:
                    log.warning("webhooks: chat event %s from %s not committed in %.0fs; "
                                "answered 503 so the bridge sends it again", event.id[:64],
                                source.name, self.settle_timeout)
                    raise Problem(503, "not committed yet; send it again") from None
            self.ledger.claim(source.name, event.id, event.type)
        finally:
            del self._in_flight[key]
            done.set_result(None)
        return outcome

    # -- health, metrics, schema ----------------------------------------------------------------

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def openapi(self, request: Request) -> Response:
        if self._openapi is None:
            self._openapi = openapi_document(self.body_limit)
        return JSONResponse(self._openapi)

    async def metrics_text(self, request: Request) -> Response:
        return Response(self.metrics.text(), media_type=CONTENT_TYPE)

    # -- the admin API: Role checks by `requires_role`, refusals by raising Problem -------------

    @staticmethod
    def _missing(what: str) -> Problem:
        return Problem(404, f"{what} is not running in this show")

    async def _json_body(self, request: Request, model: type[BaseModel]) -> Any:
        body = await self._read(request)
        # An empty body is an empty object: 422 if fields are required.
        return validated(model.model_validate_json, body if body.strip() else b"{}")

    @requires_role(Role.VIEWER)
    async def admin_state(self, request: Request) -> Response:
        h = self.hooks
        return _json({
            "show": h.show_state() if h.show_state else None,
            "paused": bool(h.paused()) if h.paused else None,
            "messages": self._message_counts(),
            "questions_waiting": len(self.questions) if self.questions else 0,
            "outbox": self.outbox.stats() if self.outbox is not None else {},
            "outbound": self.bus.counts() if self.bus is not None else {},
        })

    @requires_role(Role.MODERATOR)
    async def admin_pause(self, request: Request) -> Response:
        if self.hooks.pause is None:
            raise self._missing("pausing")
        body = await self._json_body(request, PauseRequest)
        actor = _actor(request)
        self.hooks.pause(actor, body.reason)
        self.store.audit("admin.pause", actor, reason=body.reason)
        if self.bus is not None:
            self.bus.publish("bot.paused", {"by": actor, "reason": body.reason})
        return _json({"paused": True})

    @requires_role(Role.MODERATOR)
    async def admin_resume(self, request: Request) -> Response:
        if self.hooks.resume is None:
            raise self._missing("pausing")
        actor = _actor(request)
        self.hooks.resume(actor)
        self.store.audit("admin.resume", actor)
        if self.bus is not None:
            self.bus.publish("bot.resumed", {"by": actor})
        return _json({"paused": False})

    @requires_role(Role.VIEWER)
    async def admin_draws(self, request: Request) -> Response:
        if self.hooks.draws is None:
            raise self._missing("the draws feature")
        return _json({"draws": await _maybe(self.hooks.draws())})

    @requires_role(Role.MODERATOR)
    async def admin_review(self, request: Request) -> Response:
        if self.hooks.review_queue is None:
            raise self._missing("review mode")
        return _json({"items": await _maybe(self.hooks.review_queue())})

    @requires_role(Role.MODERATOR)
    async def admin_review_decide(self, request: Request) -> Response:
        if self.hooks.review_decide is None:
            raise self._missing("review mode")
        body = await self._json_body(request, ReviewDecision)
        item_id = request.path_params["item_id"]
        actor = _actor(request)
        try:
            found = await _maybe(self.hooks.review_decide(item_id, body.decision, actor,
                                                          body.note))
        except ValueError as refused:  # decided already, paused, or the facts changed
            self.store.audit("admin.review.refused", actor, id=item_id, error=str(refused))
            raise Problem(409, f"review item {item_id}: {refused}") from None
        if not found:
            raise Problem(404, f"no review item {item_id[:64]!r}")
        self.store.audit(f"admin.review.{body.decision}", actor, id=item_id, note=body.note)
        return _json({"id": item_id, "decision": body.decision})

    @requires_role(Role.MODERATOR)
    async def admin_audit(self, request: Request) -> Response:
        q = request.query_params
        try:
            since = int(q.get("since_id", "0"))
            limit = int(q.get("limit", "100"))
        except ValueError:
            raise Problem(422, "since_id and limit must be integers") from None
        if not (0 <= since <= 2**62 and 1 <= limit <= 1000):
            raise Problem(422, "since_id must be >= 0 and limit 1..1000")
        kind = q.get("kind") or None
        if kind is not None and len(kind) > 100:
            raise Problem(422, "kind is at most 100 characters")
        return _json({"entries": self.store.audit_entries(kind=kind, since_id=since,
                                                          limit=limit)})

    @requires_role(Role.MODERATOR)
    async def admin_dead_letters(self, request: Request) -> Response:
        return _json({"dead_letters": self.bus.dead_letters() if self.bus is not None else []})

    @requires_role(Role.HOST)
    async def admin_retry(self, request: Request) -> Response:
        seq = request.path_params["seq"]
        if self.bus is None or not (0 <= seq <= 2**62) or not self.bus.retry(seq):
            raise Problem(404, f"no dead letter {seq}")
        self.store.audit("admin.dead_letter.retry", _actor(request), seq=seq)
        return _json({"seq": seq, "status": "pending"})


def _actor(request: Request) -> str:
    user = request.user
    assert isinstance(user, AdminUser)  # `requires_role` let the request in
    return user.actor


def _json(result: Any) -> Response:
    return JSONResponse(jsonable(result))


async def _maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


async def _internal_error(request: Request, exc: Exception) -> Response:
    """Starlette's 500 handler: a JSON problem; `one_line_errors` logs the one line."""
    return JSONResponse({"error": "internal error"}, 500)


def one_line_errors(app: Any) -> Any:
    """ASGI wrapper: an exception escaping a route is one error line and a 500, not uvicorn's
    traceback in the show's log (the traceback is kept at DEBUG for whoever fixes it)."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        started = False

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message.get("type") == "http.response.start"
            await send(message)

        try:
            await app(scope, receive, tracking_send)
        except Exception as err:
            if scope.get("type") != "http":
                raise
            log.error("webhooks: %s %s failed: %s: %s", scope.get("method"), scope.get("path"),
                      type(err).__name__, str(err)[:200])
            log.debug("webhooks: the failure in full", exc_info=err)
            if not started:
                await JSONResponse({"error": "internal error"}, 500)(scope, receive, send)

    return wrapped


class _Server(uvicorn.Server):
    """uvicorn inside the bot: the app, not the HTTP server, owns SIGINT/SIGTERM."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@dataclass
class Running:
    server: uvicorn.Server
    task: asyncio.Task[None]
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def stop(self) -> None:
        self.server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await self.task


async def serve_asgi(app: Any, host: str = "127.0.0.1", port: int = 0, *,
                     max_connections: int | None = None, keep_alive: float = 5.0,
                     header_timeout: float | None = None) -> Running:
    """Serve an ASGI app with uvicorn as a task of this loop; returns once it listens.

    The socket is bound here, so a taken port is a clear OSError (uvicorn would `sys.exit`).
    `max_connections` is uvicorn's `limit_concurrency` (503 beyond it); `keep_alive` its
    `timeout_keep_alive`, how long an idle connection is kept between requests;
    `header_timeout` closes a connection whose request headers have not all arrived in time
    (see deadline.py; uvicorn has no such limit).
    """
    # IPPROTO_TCP explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say
    # they are TCP, and uvicorn writes headers and body separately (40 ms stalls otherwise).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM,
                         socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise OSError(f"webhooks: cannot listen on {host}:{port}: {err}") from None
    sock.listen(1024)
    sock.setblocking(False)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            proxy_headers=False, timeout_graceful_shutdown=2,
                            limit_concurrency=max_connections, timeout_keep_alive=keep_alive,
                            **({"http": header_deadline(header_timeout)}
                               if header_timeout is not None else {}))
    server = _Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]), name=f"http:{host}")
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("the HTTP server stopped while starting")
        await asyncio.sleep(0.005)
    return Running(server, task, host, sock.getsockname()[1])
