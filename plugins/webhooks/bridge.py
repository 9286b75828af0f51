"""A chat platform without a plugin, joined through a signed webhook bridge.

Messages arrive at `POST /webhooks/chat` (see server.py), which hands them to `BridgeAdapter.
receive`; the bot's replies and moderation requests leave as signed events posted to the
bridge's callback URL. To the rest of the bot it is one more Adapter, with the capabilities its
config declares.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from dataclasses import dataclass, field, replace

import httpx

from bot.clock import Clock
from bot.events import ChatMessage, ModAction, Role, Viewer
from bot.moderation.roles import RolePolicy, bridge_role
from plugins.base import Capabilities, Delivery, MessageSink, RateLimit

from .models import ChatEvent
from .signing import sign


@dataclass
class BridgeAdapter:
    source: str  # the `[webhooks.sources.NAME]` it belongs to
    platform: str
    callback_url: str
    secret: str
    clock: Clock
    max_role: Role = Role.VIEWER
    capabilities: Capabilities = field(default_factory=Capabilities)
    client: httpx.AsyncClient | None = None
    timeout: float = 5.0
    bot_name: str = "hawker"
    _channels: list[str] = field(default_factory=list)
    _sink: MessageSink | None = None
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _own_client: bool = False
    _run: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    # The show's role policy (bot.moderation.roles): `[moderation.roles] bridge_trust` for this
    # source, when set, overrides `max_role`, and `grants` raise named accounts.
    role_policy: RolePolicy | None = None

    def __post_init__(self) -> None:
        policy = self.role_policy or RolePolicy()
        trust = policy.bridge_trust.get(self.source, self.max_role)
        self.role_policy = replace(policy, bridge_trust={**policy.bridge_trust,
                                                         self.source: trust})

    def channels(self) -> list[str]:
        return list(self._channels)

    async def start(self, sink: MessageSink) -> None:
        self._sink = sink
        if self.client is None:
            self.client = httpx.AsyncClient(timeout=httpx.Timeout(self.timeout))
            self._own_client = True

    async def stop(self) -> None:
        if self._own_client and self.client is not None:
            await self.client.aclose()
            self.client = None
        self._sink = None

    def to_message(self, event: ChatEvent) -> ChatMessage:
        """The bridge's event as the one message model; roles above its trust are lowered."""
        role = bridge_role(event.viewer.role, bridge=self.source, signed=True,
                           platform=self.platform, user_id=event.viewer.id,
                           policy=self.role_policy or RolePolicy())
        viewer = Viewer(self.platform, event.viewer.id, event.viewer.display_name, role)
        if event.channel not in self._channels:
            self._channels.append(event.channel)
        return ChatMessage(self.platform, event.channel, event.message_id, viewer, event.text,
                           event.timestamp if event.timestamp is not None else self.clock.now(),
                           event.reply_to, event.addressed_to_bot)

    async def receive(self, event: ChatEvent) -> object:
        if self._sink is None:
            raise RuntimeError(f"bridge {self.source} is not started")
        return await self._sink(self.to_message(event))

    async def _post(self, kind: str, data: dict, key: str | None = None) -> None:
        """Post a signed event; `key` (stable across restarts) makes its id stable, so a
        re-send after a crash carries the id the bridge already has."""
        assert self.client is not None, "adapter not started"
        if key is not None:
            digest = hashlib.sha256(f"{self.source}\0{kind}\0{key}".encode()).hexdigest()
            event_id = f"evt_{digest[:32]}"
        else:
            event_id = f"evt_{uuid.uuid4().hex}"
        body = json.dumps({"id": event_id, "type": kind, "created_at": self.clock.now(),
                           "data": data}, ensure_ascii=False, separators=(",", ":")).encode()
        headers = sign(self.secret, body, now=self.clock.now(), event_id=event_id,
                       source="hawker")
        resp = await self.client.post(self.callback_url, content=body, headers=headers,
                                      timeout=self.timeout)
        resp.raise_for_status()  # the outbox counts a failed send and logs it

    async def send(self, delivery: Delivery) -> str:
        # Unique across restarts (a per-process counter alone would repeat after one).
        message_id = f"{self.source}-{self._run}-{next(self._ids)}"
        data: dict = {"platform": self.platform, "channel": delivery.channel,
                      "message_id": message_id, "text": delivery.text,
                      "reply_to": delivery.reply_to.message_id if delivery.reply_to else None,
                      "ephemeral": delivery.ephemeral}
        if delivery.card is not None:
            data["card"] = {"title": delivery.card.title, "fields": list(delivery.card.fields),
                            "footer": delivery.card.footer, "ends_at": delivery.card.ends_at}
        key = f"{delivery.channel}\0{delivery.key}" if delivery.key else None
        await self._post("chat.reply", data, key)
        return message_id

    async def moderate(self, action: ModAction) -> bool:
        if not self.capabilities.can(action.kind.value):
            return False
        msg = action.message
        await self._post("chat.moderate", {
            "platform": self.platform, "channel": msg.channel, "action": action.kind.value,
            "message_id": msg.message_id, "viewer_id": msg.viewer.id,
            "seconds": action.seconds, "reason": action.reason,
        })
        return True


def bridge_capabilities(max_length: int, messages: int, seconds: float,
                        moderation: bool) -> Capabilities:
    return Capabilities(max_length=max_length, rate=RateLimit(messages, seconds), reply_to=True,
                        delete=moderation, timeout=moderation, ban=moderation, embeds=True)
