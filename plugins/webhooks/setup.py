"""From the `[webhooks]` config section to a running server and deliverer (the app's one call)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock
from bot.config import ConfigError, WebhooksSection, secret
from bot.events import Role
from bot.store import Store

from .bridge import BridgeAdapter, bridge_capabilities
from .outbound import Deliverer, EventBus, Target
from .server import AdminHooks, AdminToken, Source, WebhookServer
from .shop import ShopEvents, default_milestone_text


@dataclass
class Webhooks:
    server: WebhookServer
    bus: EventBus
    deliverer: Deliverer
    bridges: list[BridgeAdapter] = field(default_factory=list)
    _task: asyncio.Task | None = None

    @classmethod
    def from_config(cls, cfg: WebhooksSection, *, store: Store, clock: Clock, outbox: Any,
                    pipeline: Any = None, questions: Any = None, facts: Any = None,
                    hooks: AdminHooks | None = None, role_policy: Any = None,
                    milestone_text: Callable[[int, float], str] = default_milestone_text,
                    settled: Callable[[], Awaitable[None]] | None = None) -> Webhooks:
        """Secrets are read from the environment here, so a missing one fails at startup."""
        sources, bridges = [], []
        for name, s in cfg.sources.items():
            key = secret(s.secret_env)
            assert key is not None
            bridge = None
            if s.kind == "chat":
                assert s.platform and s.callback_url
                bridge = BridgeAdapter(
                    source=name, platform=s.platform, callback_url=s.callback_url, secret=key,
                    clock=clock, max_role=Role.parse(s.max_role), timeout=cfg.timeout_seconds,
                    capabilities=bridge_capabilities(s.max_length, s.rate_messages,
                                                     s.rate_seconds, s.moderation),
                    _channels=list(s.channels), role_policy=role_policy)
                bridges.append(bridge)
            sources.append(Source(name, s.kind, (key,), bridge))
        tokens = []
        for t in cfg.admin_tokens:
            token = secret(t.token_env)
            assert token is not None
            tokens.append(AdminToken.of(t.name, token, Role.parse(t.role)))
        targets = []
        for sub in cfg.subscribers:
            key = secret(sub.secret_env)
            assert key is not None
            targets.append(Target(sub.name, sub.url, key, tuple(sub.events)))
        bus = EventBus(store, clock, targets)
        deliverer = Deliverer(bus, timeout=cfg.timeout_seconds, max_attempts=cfg.max_attempts,
                              backoff=cfg.backoff_seconds, backoff_max=cfg.backoff_max_seconds)
        shop = None
        if facts is not None:
            shop = ShopEvents(facts, clock, outbox, store=store, milestones=cfg.order_milestones,
                              window=cfg.order_window_seconds, milestone_text=milestone_text)
            shop.restore()  # the shop's numbers from before a restart win over the catalog's
        server = WebhookServer(
            store=store, clock=clock, sources=sources, shop=shop, bus=bus, admin_tokens=tokens,
            hooks=hooks, outbox=outbox, pipeline=pipeline, questions=questions, host=cfg.host,
            port=cfg.port, body_limit=cfg.body_limit, tolerance=cfg.tolerance_seconds,
            settled=settled, read_timeout=cfg.read_timeout_seconds,
            max_connections=cfg.max_connections)
        return cls(server, bus, deliverer, bridges)

    async def start(self) -> None:
        try:
            await self.server.start()
        except OSError as err:  # a port in use: one line, naming the setting
            raise ConfigError(f"{err} (set [webhooks] port to a free one)") from None
        self._task = asyncio.create_task(self.deliverer.run(), name="webhooks:outbound")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.server.stop()
        await self.deliverer.aclose()
