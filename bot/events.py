"""The one message model: what comes in from any platform, and what goes out to it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class Role(enum.IntEnum):
    """The privilege ladder. Adapters map platform roles onto it; message text never can."""

    VIEWER = 0
    SUBSCRIBER = 1
    MODERATOR = 2
    HOST = 3
    OWNER = 4

    @classmethod
    def parse(cls, name: str) -> Role:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            names = ", ".join(r.name.lower() for r in cls)
            raise ValueError(f"unknown role {name!r} (one of: {names})") from None


@dataclass(frozen=True, slots=True)
class Viewer:
    """A person in chat: known by `(platform, id)`, shown by `display_name`, and named by
    `login` where the platform has one (a Twitch login, a Discord username), which is unique
    on that platform while display names are not."""

    platform: str
    id: str
    display_name: str
    role: Role = Role.VIEWER
    login: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Identity across the show: a viewer id is only unique within its platform."""
        return (self.platform, self.id)

    @property
    def handle(self) -> str:
        """The name to write after @: the login where there is one, else the display name."""
        return self.login or self.display_name

    @property
    def mention(self) -> str:
        """`@handle` as plain text; adapters that can mention by id render their own."""
        return f"@{self.handle}"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    platform: str
    channel: str
    message_id: str
    viewer: Viewer
    text: str
    timestamp: float
    reply_to: str | None = None
    # Set by the adapter when the platform says the bot itself was addressed (mention, reply).
    addressed_to_bot: bool = False

    @property
    def role(self) -> Role:
        return self.viewer.role


class Priority(enum.IntEnum):
    """Outbox order: lower goes first."""

    MODERATOR = 0
    DRAW = 1
    ANNOUNCEMENT = 2
    ANSWER = 3


@dataclass(frozen=True, slots=True)
class Card:
    """Structured content for platforms with rich embeds; `text` stays the plain fallback."""

    title: str
    fields: tuple[tuple[str, str], ...] = ()
    footer: str = ""
    # Epoch seconds a countdown runs to (Discord renders it as a relative timestamp).
    ends_at: float | None = None


@dataclass(slots=True)
class Reply:
    """An answer to one message, on its platform and channel."""

    to: ChatMessage
    text: str
    priority: Priority = Priority.ANSWER
    mentions: tuple[Viewer, ...] = ()
    # Where the platform can, answer privately (Discord ephemeral interaction replies).
    ephemeral: bool = False
    # Called by the outbox just before sending: the text as of now (prices may have changed
    # while the message waited for the rate limit), or None to drop it.
    refresh: Callable[[], str | None] | None = None
    # Why it was said, for the audit log's `bot.sent` entry: composer, product, passages, ...
    source: dict[str, Any] | None = None

    @property
    def platform(self) -> str:
        return self.to.platform

    @property
    def channel(self) -> str:
        return self.to.channel


@dataclass(slots=True)
class Announcement:
    """A message to one channel, one platform, or (both None) every connected channel."""

    text: str
    priority: Priority = Priority.ANNOUNCEMENT
    platform: str | None = None
    channel: str | None = None
    card: Card | None = None
    # Announcements with the same key still queued in a channel are merged, not repeated.
    key: str | None = None
    # As for Reply: re-rendered from live facts at send time, None drops it.
    refresh: Callable[[], str | None] | None = None
    # Stable across restarts for a message said "exactly once" (a draw's result): sent as the
    # delivery's idempotency key, so a re-send after a crash is recognised (plugins.base).
    idempotency_key: str | None = None


class ModKind(enum.StrEnum):
    DELETE = "delete"
    TIMEOUT = "timeout"
    BAN = "ban"


@dataclass(slots=True)
class ModAction:
    """A platform-side moderation action; the outbox sends it first, where the adapter can."""

    kind: ModKind
    message: ChatMessage
    seconds: int = 0
    reason: str = ""


Outgoing = Reply | Announcement | ModAction


@dataclass(slots=True)
class Sent:
    """What an adapter reports back after sending: the platform's ids for the parts sent."""

    platform: str
    channel: str
    message_ids: list[str] = field(default_factory=list)
