"""`[moderation]` in hawker.toml: pydantic at the edge, turned into plain objects inside.

Every key has a default, so a show with no `[moderation]` section gets sensible filters and
the standard privilege mapping. Unknown keys are rejected so a typo names itself.
"""

from __future__ import annotations

import re

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
    enabled: bool = True
    # Only messages with at least this many Latin letters are judged (Chinese has none).
    min_letters: int = Field(default=12, ge=1)
    max_ratio: float = Field(default=0.7, gt=0, le=1)


class LinksSettings(_Model):
    enabled: bool = True
    # Domains anyone may post (subdomains included), e.g. the shop's own.
    allow: list[str] = Field(default_factory=list)
    # How long `!permit @viewer` lets one viewer post links.
    permit_seconds: float = Field(default=120, gt=0)


class SymbolsSettings(_Model):
    enabled: bool = True
    min_length: int = Field(default=10, ge=1)
    # Share of characters that are neither letters, digits nor spaces (emoji count here).
    max_ratio: float = Field(default=0.6, gt=0, le=1)
    max_emoji: int = Field(default=12, ge=1)


class RepeatsSettings(_Model):
    enabled: bool = True
    window_seconds: float = Field(default=30, gt=0)
    # The same text from one viewer this many times in the window is spam.
    max_repeats: int = Field(default=3, ge=2)
    # The same text from this many different viewers in the window is a copy-paste flood...
    flood_viewers: int = Field(default=5, ge=2)
    # ...if it is at least this long: draw keywords ("beef") and popular questions ("how much
    # is the beef?") are sent by many viewers at once on purpose.
    flood_min_length: int = Field(default=40, ge=1)


class LengthSettings(_Model):
    enabled: bool = True
    max_chars: int = Field(default=400, ge=1)


class BlockedSettings(_Model):
    enabled: bool = True
    # Whole words in Latin script (case-insensitive); plain substrings in Chinese.
    words: list[str] = Field(default_factory=list)
    # Named groups of regular expressions, e.g. {scam = ["加\\s*(微|v|V)信", "whats\\s*app"]}.
    patterns: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for group, patterns in v.items():
            for i, p in enumerate(patterns):
                try:
                    re.compile(p)
                except re.error as err:
                    raise ValueError(f"{group}[{i}] {p!r}: {err}") from None
        return v


_STEPS = {"warn", "delete", "timeout", "ignore"}


class EscalationSettings(_Model):
    # What each strike within `decay_seconds` does; the last step repeats.
    steps: list[str] = Field(default_factory=lambda: ["warn", "delete", "timeout"])
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
    escalation: EscalationSettings = Field(default_factory=EscalationSettings)

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
