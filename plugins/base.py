"""The Adapter protocol: what every platform plugin provides. Adapters only translate."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from bot.events import Card, ChatMessage, ModAction, Viewer


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `messages` sends in any window of `per_seconds` (per channel)."""

    messages: int
    per_seconds: float


@dataclass(frozen=True, slots=True)
class Capabilities:
    max_length: int = 500
    rate: RateLimit = RateLimit(20, 30.0)
    reply_to: bool = False
    delete: bool = False
    timeout: bool = False
    ban: bool = False
    buttons: bool = False
    ephemeral: bool = False
    embeds: bool = False

    def can(self, kind: str) -> bool:
        return bool(getattr(self, kind, False))


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message for one channel, already split to the platform's length."""

    channel: str
    text: str
    reply_to: ChatMessage | None = None
    card: Card | None = None
    ephemeral: bool = False
    # An idempotency key for this part, stable across restarts when the message has one (a
    # draw's result): an integration may send it as its event id so a re-send after a crash
    # is recognised by the receiver (see plugins/webhooks/bridge.py).
    key: str | None = None


MessageSink = Callable[[ChatMessage], Awaitable[object]]


@runtime_checkable
class PrivateReplies(Protocol):
    """Optional: an adapter that can answer some questions privately (Discord interactions),
    outside the channel's send limit. The outbox sends those askers their reply there."""

    def replies_privately(self, message: ChatMessage) -> bool: ...

    def private_question(self, viewer: Viewer, channel: str) -> ChatMessage | None: ...


@runtime_checkable
class MentionsById(Protocol):
    """Optional: an adapter that names viewers its own way (Discord `<@id>`, which pings that
    member; Twitch `@login`). The outbox uses it for Reply mentions and `bot.mentions` tokens;
    without it a viewer is `@login` or `@display name`."""

    def mention(self, viewer: Viewer) -> str: ...


@runtime_checkable
class Adapter(Protocol):
    platform: str

    @property
    def capabilities(self) -> Capabilities:
        """What the platform can do (read-only: an attribute or a property)."""
        ...

    def channels(self) -> list[str]:
        """The channels the bot is in; announcements to all go to each of them."""
        ...

    async def start(self, sink: MessageSink) -> None:
        """Connect and begin delivering incoming messages to `sink`; returns once connected."""
        ...

    async def stop(self) -> None: ...

    async def send(self, delivery: Delivery) -> str | None:
        """Send one message; returns the platform's message id where it gives one."""
        ...

    async def moderate(self, action: ModAction) -> bool:
        """Delete, time out or ban on the platform; False where the bot may not."""
        ...
