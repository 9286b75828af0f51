"""One TOML file (`hawker.toml`), validated; secrets come only from the environment.

Paths in the file are relative to the file itself, so a show folder can move as a whole.
"""

from __future__ import annotations

import os
import tomllib
import typing
from pathlib import Path
from typing import Annotated, Literal, overload

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from bot.draws.settings import DrawsSection
from bot.moderation.settings import ModerationSection
from knowledge.quantities import PositiveCount, PositiveSeconds
from knowledge.sourcefile import field_errors


class ConfigError(Exception):
    """A user-fixable configuration problem; the message names the file and key."""


def describe_validation_error(path: Path | str, err: ValidationError) -> str:
    """One line per problem: ``FILE: key.path: message`` (`knowledge.sourcefile.field_errors`)."""
    return "\n".join(f"{path}: {e.dotted or '(top level)'}: {e.message}"
                     for e in field_errors(err))


class _Section(BaseModel):
    # No NaN or infinity in any number of the file (`tolerance_seconds = inf` would turn the
    # timestamp check off); money, counts and durations also go through knowledge.quantities.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _booleans_are_not_numbers(cls, v: object, info: ValidationInfo) -> object:
        """`show_hours = true` is a mistake, not 1.0 (pydantic would take it as a number)."""
        if isinstance(v, bool) and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            if not _takes_bool(annotation):
                raise ValueError("true/false is not a number here")
        return v


def _takes_bool(annotation: object) -> bool:
    if annotation is bool or annotation is object:
        return True
    return any(_takes_bool(a) for a in typing.get_args(annotation))


class ShowSection(_Section):
    name: str = "Hawker live show"
    catalog: Path = Path("catalog.yaml")
    policies: Path | None = None
    persona: Path = Path("persona.yaml")
    plan: Path | None = None
    command_prefix: str = "!"
    # The question detector's threshold for this show (0-1); unset: the trained model's own.
    question_threshold: float | None = Field(default=None, ge=0, le=1)


class StoreSection(_Section):
    path: Path = Path("hawker.db")


class KnowledgeSection(_Section):
    chroma_path: Path = Path("chroma")
    # Set to use a Chroma server (`chroma run`) instead of the embedded client.
    chroma_url: str | None = None
    embedding: str = "minilm"
    # The shop's currency (ISO 4217) when the catalog file does not say; ingest warns when
    # it has to assume one.
    currency: str | None = None
    # A listing CSV's columns: Hawker field → the sheet's header, e.g. price = "售价".
    columns: dict[str, str] = {}


class LLMSection(_Section):
    # "template" needs no model and no network; "openai" is any OpenAI-compatible server.
    composer: str = "template"
    base_url: str | None = None
    model: str = ""
    api_key_env: str = "HAWKER_LLM_API_KEY"
    timeout_seconds: float = 4.0

    @field_validator("composer")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in ("template", "openai"):
            raise ValueError("must be 'template' or 'openai'")
        return v


class ConsoleSection(_Section):
    enabled: bool = True
    channel: str = "live"


class DiscordSection(_Section):
    """`[platforms.discord]`: one guild, the channels the show runs in, role ids for the ladder."""

    # The bot token is a secret: only the name of the environment variable holding it is here.
    token_env: str = "HAWKER_DISCORD_TOKEN"
    guild_id: int
    channel_ids: list[int] = Field(min_length=1)
    subscriber_role_ids: list[int] = Field(default_factory=list)
    moderator_role_ids: list[int] = Field(default_factory=list)
    host_role_ids: list[int] = Field(default_factory=list)
    # Users with the owner's privilege besides the guild owner (e.g. the show's producer).
    owner_ids: list[int] = Field(default_factory=list)
    # The privileged message-content intent; without it the bot hears slash commands and
    # messages that mention it, nothing else.
    message_content: bool = False
    # Entry counts on a draw message are edited at most this often.
    count_edit_seconds: float = Field(default=5.0, gt=0)


class WebhookSourceSection(_Section):
    """`[webhooks.sources.NAME]`: one sender of signed events (the shop, or a chat bridge)."""

    kind: Literal["shop", "chat"]
    # The shared HMAC secret is a secret: only the environment variable's name is here.
    secret_env: str
    # Chat bridges: the platform name their messages carry, and where the bot's replies go.
    platform: str | None = None
    callback_url: str | None = None
    # The highest role this bridge may claim for a viewer; claims above it are lowered to it.
    max_role: str = "viewer"
    channels: list[str] = Field(default_factory=list)
    max_length: int = Field(default=500, gt=0)
    rate_messages: int = Field(default=20, gt=0)
    rate_seconds: float = Field(default=30.0, gt=0)
    # Whether the bridge carries out delete/timeout/ban requests posted to its callback.
    moderation: bool = False

    @field_validator("max_role")
    @classmethod
    def _role(cls, v: str) -> str:
        from bot.events import Role

        Role.parse(v)
        return v.lower()

    @model_validator(mode="after")
    def _chat_needs(self) -> WebhookSourceSection:
        if self.kind == "chat" and not (self.platform and self.callback_url):
            raise ValueError("a chat source needs 'platform' and 'callback_url'")
        return self


class AdminTokenSection(_Section):
    """`[[webhooks.admin_tokens]]`: a bearer token for the admin API and what it may do."""

    name: str
    token_env: str
    # viewer: read-only dashboard; moderator: pause/resume, review; host/owner: also dead letters.
    role: str = "moderator"

    @field_validator("role")
    @classmethod
    def _role(cls, v: str) -> str:
        from bot.events import Role

        Role.parse(v)
        return v.lower()


class SubscriberSection(_Section):
    """`[[webhooks.subscribers]]`: a URL that receives signed outbound events."""

    name: str
    url: str
    secret_env: str
    # Event kinds to send ("draw.winner", "sale.*"); "*" is everything.
    events: list[str] = Field(default_factory=lambda: ["*"])


class WebhooksSection(_Section):
    """`[webhooks]`: the HTTP server (signed webhooks in, admin API) and outbound events."""

    host: str = "127.0.0.1"
    port: int = Field(default=8787, ge=0, le=65535)
    body_limit: PositiveCount = 65536
    tolerance_seconds: PositiveSeconds = 300.0
    # Slow clients: a request's headers and body must arrive within this (else 408), and at
    # most this many connections are served at once (more get 503).
    read_timeout_seconds: PositiveSeconds = 10.0
    max_connections: Annotated[PositiveCount, Field(le=100_000)] = 256
    sources: dict[str, WebhookSourceSection] = Field(default_factory=dict)
    admin_tokens: list[AdminTokenSection] = Field(default_factory=list)
    # The read-only token OBS overlays carry (/overlay/card?token=...): the variable's name.
    overlay_token_env: str | None = None
    subscribers: list[SubscriberSection] = Field(default_factory=list)
    # Outbound delivery: per-attempt timeout, attempts before the dead-letter list, backoff.
    timeout_seconds: PositiveSeconds = 5.0
    max_attempts: PositiveCount = 8
    backoff_seconds: PositiveSeconds = 1.0
    backoff_max_seconds: PositiveSeconds = 300.0
    # "3,000 orders in 5 minutes": order counts in a sliding window that earn an announcement.
    order_milestones: list[PositiveCount] = Field(default_factory=lambda: [1000, 3000, 10000])
    order_window_seconds: PositiveSeconds = 300.0


class TwitchSection(_Section):
    """`[platforms.twitch]`: the bot's Twitch account and the channels it chats in."""

    nick: str
    channels: list[str] = Field(min_length=1)
    # The OAuth token (chat:read chat:edit; for moderation also moderator:manage:chat_messages
    # and moderator:manage:banned_users) is a secret: only the variable's name is here.
    token_env: str = "HAWKER_TWITCH_TOKEN"
    # The app's client id: Helix needs it for delete/timeout/ban; without it there are none.
    client_id: str | None = None
    # To renew the token when it expires (user tokens last about four hours): the variables
    # holding the app's client secret and the refresh token. Without them, renew it by hand.
    client_secret_env: str | None = None
    refresh_token_env: str | None = None
    # The bot is a moderator (or the broadcaster) in every channel: 100 messages per 30 s
    # instead of 20. Twitch's own word (USERSTATE) is checked too; the lower limit wins.
    moderator: bool = False
    host: str = "irc.chat.twitch.tv"
    port: int = Field(default=6697, gt=0, lt=65536)
    tls: bool = True

    @field_validator("channels")
    @classmethod
    def _channel_names(cls, v: list[str]) -> list[str]:
        names = [c.strip().lstrip("#").lower() for c in v]
        if any(not n or " " in n or "," in n for n in names):
            raise ValueError("channel names are Twitch logins: no spaces or commas")
        return names


class YouTubeSection(_Section):
    """`[platforms.youtube]`: the broadcast whose live chat the bot joins."""

    # Which chat: a video id, a broadcast id, an explicit live chat id, or none of them for
    # the account's own active broadcast.
    video_id: str | None = None
    broadcast_id: str | None = None
    live_chat_id: str | None = None
    # OAuth client and refresh token (scope youtube.force-ssl) are secrets: variable names only.
    client_id_env: str = "HAWKER_YOUTUBE_CLIENT_ID"
    client_secret_env: str = "HAWKER_YOUTUBE_CLIENT_SECRET"
    refresh_token_env: str = "HAWKER_YOUTUBE_REFRESH_TOKEN"
    # The project's daily Data API quota and how it is spread (see plugins/youtube/quota.py).
    daily_quota: int = Field(default=10_000, gt=0)
    show_hours: float = Field(default=2.0, gt=0)
    write_share: float = Field(default=0.4, gt=0, lt=1)
    # Per-call costs when Google's table changes (method name → units), e.g.
    # {"liveChatMessages.insert" = 50}.
    quota_costs: dict[str, int] = Field(default_factory=dict)
    # The account owns or moderates the chat, so it may delete, time out and ban.
    moderator: bool = True
    # How the bot is addressed in chat (@name) and the channel name the show uses for it.
    bot_name: str = "hawker"
    channel: str = "live"


class PlatformsSection(_Section):
    console: ConsoleSection = Field(default_factory=ConsoleSection)
    # Platform plugins add their own sections; unknown keys are rejected so typos surface.
    discord: DiscordSection | None = None
    twitch: TwitchSection | None = None
    youtube: YouTubeSection | None = None


class Config(_Section):
    show: ShowSection = Field(default_factory=ShowSection)
    store: StoreSection = Field(default_factory=StoreSection)
    knowledge: KnowledgeSection = Field(default_factory=KnowledgeSection)
    llm: LLMSection = Field(default_factory=LLMSection)
    platforms: PlatformsSection = Field(default_factory=PlatformsSection)
    moderation: ModerationSection = Field(default_factory=ModerationSection)
    draws: DrawsSection = Field(default_factory=DrawsSection)
    webhooks: WebhooksSection | None = None
    # Where relative paths are resolved: the config file's folder.
    base_dir: Path = Field(default=Path("."), exclude=True)

    @overload
    def path(self, p: Path) -> Path: ...
    @overload
    def path(self, p: None) -> None: ...
    @overload
    def path(self, p: Path | None) -> Path | None: ...

    def path(self, p: Path | None) -> Path | None:
        """``p`` relative to the config file's folder (absolute paths and None unchanged)."""
        return None if p is None else (p if p.is_absolute() else self.base_dir / p)

    @classmethod
    def load(cls, path: str | Path) -> Config:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # a BOM is fine
        except FileNotFoundError:
            raise ConfigError(f"{path}: no such config file") from None
        except UnicodeDecodeError as err:
            raise ConfigError(not_text(path, err)) from None
        except OSError as err:
            raise ConfigError(f"{path}: cannot read it: {err.strerror or err}") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path}: {err}") from None
        try:
            config = cls.model_validate(data)
        except ValidationError as err:
            raise ConfigError(describe_validation_error(path, err)) from None
        config.base_dir = path.parent.resolve()
        return config


def not_text(path: str | Path, err: UnicodeDecodeError) -> str:
    """One line for a file that is not UTF-8: ``FILE: not UTF-8 text (byte 0xff at offset 0)``."""
    return f"{path}: not UTF-8 text (byte 0x{err.object[err.start]:02x} at offset {err.start})"


def secret(name: str, *, required: bool = True) -> str | None:
    """A secret from the environment; config files never hold them."""
    value = os.environ.get(name)
    if required and not value:
        raise ConfigError(f"environment variable {name} is not set (secrets never go in hawker.toml)")
    return value
