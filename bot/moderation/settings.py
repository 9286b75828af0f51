"""`[moderation]` in hawker.toml: pydantic at the edge, turned into plain objects inside.

Every key has a default, so a show with no `[moderation]` section gets sensible filters and
the standard privilege mapping. Unknown keys are rejected so a typo names itself.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from bot.events import Role
from bot.moderation.roles import RolePolicy


class _Model(BaseModel, extra="forbid"):
    pass


def _role(value: str) -> Role:
    return Role.parse(value)  # ValueError names the choices; pydantic adds the key


class RolesSettings(_Model):
    """`[moderation.roles]`: how platform privileges map onto the ladder for this show."""

    twitch_broadcaster: str = "owner"
    twitch_vip: str = "subscriber"
    youtube_owner: str = "owner"
    youtube_member: str = "subscriber"
    discord_booster: str = "subscriber"
    discord_permission: str = "moderator"
    # Bridge name → the highest role its signed claims may give; a bridge not listed gets viewer.
    bridge_trust: dict[str, str] = Field(default_factory=dict)
    # "platform:user id" → role, e.g. {"twitch:41245072" = "host"}.
    grants: dict[str, str] = Field(default_factory=dict)

    @field_validator(
        "twitch_broadcaster",
        "twitch_vip",
        "youtube_owner",
        "youtube_member",
        "discord_booster",
        "discord_permission",
    )
    @classmethod
    def _is_role(cls, v: str) -> str:
        _role(v)
        return v

    @field_validator("bridge_trust")
    @classmethod
    def _trust_roles(cls, v: dict[str, str]) -> dict[str, str]:
        for name, role in v.items():
            try:
                _role(role)
            except ValueError as err:
                raise ValueError(f"{name}: {err}") from None
        return v

    @field_validator("grants")
    @classmethod
    def _grant_keys(cls, v: dict[str, str]) -> dict[str, str]:
        for key, role in v.items():
            platform, sep, user = key.partition(":")
            if not sep or not platform or not user:
                raise ValueError(f"{key!r}: expected 'platform:user id'")
            try:
                _role(role)
            except ValueError as err:
                raise ValueError(f"{key}: {err}") from None
        return v

    def policy(self) -> RolePolicy:
        grants = {}
        for key, role in self.grants.items():
            platform, _, user = key.partition(":")
            grants[(platform.lower(), user)] = _role(role)
        return RolePolicy(
            twitch_broadcaster=_role(self.twitch_broadcaster),
            twitch_vip=_role(self.twitch_vip),
            youtube_owner=_role(self.youtube_owner),
            youtube_member=_role(self.youtube_member),
            discord_booster=_role(self.discord_booster),
            discord_permission=_role(self.discord_permission),
            bridge_trust={k: _role(v) for k, v in self.bridge_trust.items()},
            grants=grants,
        )


class CapsSettings(_Model):
    """Shouting. Hype in capitals is how live chat cheers, so only a long all-caps wall counts,
    emotes (KEKW, OMEGALUL) are not letters, questions are never judged, and a verdict only
    makes the bot ignore that message: it is never a strike."""

    enabled: bool = True
    # Only messages with at least this many Latin letters (emotes left out) are judged.
    min_letters: int = Field(default=40, ge=1)
    max_ratio: float = Field(default=0.9, gt=0, le=1)


class LinksSettings(_Model):
    enabled: bool = True
    # Domains anyone may post (subdomains included), e.g. the shop's own.
    allow: list[str] = Field(default_factory=list)
    # How long `!permit @viewer` lets one viewer post links.
    permit_seconds: float = Field(default=120, gt=0)


class SymbolsSettings(_Model):
    """ASCII and braille art, Zalgo text. `???????`, a run of flags or an emoji wall is a
    reaction, not spam; a verdict only makes the bot ignore that message (never a strike)."""

    enabled: bool = True
    # Only messages at least this long are judged for symbol art.
    min_length: int = Field(default=60, ge=1)
    # Share of characters that are neither letters, digits, spaces nor emoji.
    max_ratio: float = Field(default=0.6, gt=0, le=1)
    # More emoji than this in one message is a wall worth ignoring.
    max_emoji: int = Field(default=60, ge=1)
    # Combining marks stacked on letters (Zalgo): more than this many.
    max_marks: int = Field(default=12, ge=1)


class RepeatsSettings(_Model):
    """Repeats are judged across viewers: the same long text pasted by several accounts at
    once is a raid (a strike, and the earlier copies are removed too). One fan cheering the
    same thing again is not; chants and cue words never count."""

    enabled: bool = True
    window_seconds: float = Field(default=30, gt=0)
    # The same long text from one viewer this many times in the window is ignored (no strike).
    max_repeats: int = Field(default=3, ge=2)
    # The same text from this many different viewers in the window is a copy-paste raid...
    flood_viewers: int = Field(default=4, ge=2)
    # ...if it is at least this long (a Chinese character counts twice): draw keywords
    # ("beef") and popular questions ("how much is the beef?") are sent by many at once.
    flood_min_length: int = Field(default=40, ge=1)


class LengthSettings(_Model):
    """A wall of text: the bot ignores it (never a strike)."""

    enabled: bool = True
    max_chars: int = Field(default=400, ge=1)


class PromotionSettings(_Model):
    """Self-promotion and off-platform contacts, in English and Chinese: channel plugs,
    follow/subscribe requests, "dm me", phone numbers, e-mail, WhatsApp/Telegram/WeChat/QQ
    handles (加微信, 加V, 私聊我, 主页有惊喜). Shop links on `links.allow` are never promotion."""

    enabled: bool = True
    # More named groups of regular expressions, matched on the folded text (see bot/textnorm).
    patterns: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        return _compiled(v)


class PlatformFilters(_Model):
    """`[moderation.filters.platforms.NAME]`: one platform's own tuning; a key left out keeps
    the show's setting."""

    caps: CapsSettings | None = None
    symbols: SymbolsSettings | None = None
    repeats: RepeatsSettings | None = None
    length: LengthSettings | None = None
    # More emote names and chants for this platform only.
    emotes: list[str] = Field(default_factory=list)
    chants: list[str] = Field(default_factory=list)


class BlockedSettings(_Model):
    enabled: bool = True
    # Whole words in Latin script (case-insensitive); plain substrings in Chinese.
    words: list[str] = Field(default_factory=list)
    # Named groups of regular expressions, e.g. {scam = ["加\\s*(微|v|V)信", "whats\\s*app"]}.
    patterns: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        return _compiled(v)


def _compiled(v: dict[str, list[str]]) -> dict[str, list[str]]:
    for group, patterns in v.items():
        for i, p in enumerate(patterns):
            try:
                re.compile(p)
            except re.error as err:
                raise ValueError(f"{group}[{i}] {p!r}: {err}") from None
    return v


_STEPS = {"warn", "delete", "timeout", "ignore"}


class EscalationSettings(_Model):
    """Strikes per viewer. The first `silent_strikes` within `decay_seconds` are silent (the
    bot ignores the message, and removes a link or contact where the platform lets it), then
    `steps` apply in turn. Public warnings are rate-limited per channel."""

    # What each strike after the silent ones does; the last step repeats.
    steps: list[str] = Field(default_factory=lambda: ["warn", "delete", "timeout"])
    silent_strikes: int = Field(default=1, ge=0)
    # At most this many public warnings per channel per minute; the rest are left unsaid.
    warnings_per_minute: int = Field(default=3, ge=0)
    decay_seconds: float = Field(default=600, gt=0)
    timeout_seconds: int = Field(default=300, ge=1)
    # Where the platform cannot delete or time out, the bot ignores the viewer this long.
    ignore_seconds: float = Field(default=300, gt=0)

    @field_validator("steps")
    @classmethod
    def _known_steps(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("at least one step")
        for step in v:
            if step not in _STEPS:
                raise ValueError(f"unknown step {step!r} (one of: {', '.join(sorted(_STEPS))})")
        return v


class FiltersSettings(_Model):
    enabled: bool = True
    # Viewers at or above this role are never filtered.
    exempt_role: str = "moderator"
    caps: CapsSettings = Field(default_factory=CapsSettings)
    links: LinksSettings = Field(default_factory=LinksSettings)
    symbols: SymbolsSettings = Field(default_factory=SymbolsSettings)
    repeats: RepeatsSettings = Field(default_factory=RepeatsSettings)
    length: LengthSettings = Field(default_factory=LengthSettings)
    blocked: BlockedSettings = Field(default_factory=BlockedSettings)
    promotion: PromotionSettings = Field(default_factory=PromotionSettings)
    escalation: EscalationSettings = Field(default_factory=EscalationSettings)
    # Chants and cue words of this show, on top of the built-in ones (1, 扣1, 上链接, 666...).
    chants: list[str] = Field(default_factory=list)
    # Emote names of this show's channels, on top of the built-in ones.
    emotes: list[str] = Field(default_factory=list)
    # Per-platform tuning, e.g. [moderation.filters.platforms.bilibili] caps = {enabled = false}.
    platforms: dict[str, PlatformFilters] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _exempt(self) -> FiltersSettings:
        _role(self.exempt_role)
        return self


class ModerationSection(_Model):
    """`[moderation]`."""

    roles: RolesSettings = Field(default_factory=RolesSettings)
    filters: FiltersSettings = Field(default_factory=FiltersSettings)
    # Start the show with answers held for review (moderators approve each).
    review: bool = False
    # A command no feature has (!uptime, !followage: other bots' commands) gets no answer;
    # "hint" answers it with "there's no !x, try !help". Help-like words are always answered.
    unknown_commands: Literal["silent", "hint"] = "silent"
