"""Each platform's notion of privilege, mapped onto the ladder viewer < subscriber < moderator
< host < owner.

Adapters call these functions with what the platform itself says about the author (Discord
roles and permissions, Twitch badges, YouTube author flags, a signed bridge's claim) and put the
result in `Viewer.role`. They are pure: platform data in, `Role` out. Display names and message
text are never inputs, so no viewer can talk their way up the ladder.

A show tunes the mapping with `[moderation.roles]` in hawker.toml (see `RolesSettings`), which
becomes one frozen `RolePolicy`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.events import Role


@dataclass(frozen=True, slots=True)
class RolePolicy:
    """How one show maps platform privileges; the defaults suit most shows."""

    # The channel's own account: the owner of the show, or only its host.
    twitch_broadcaster: Role = Role.OWNER
    twitch_vip: Role = Role.SUBSCRIBER
    youtube_owner: Role = Role.OWNER
    # YouTube channel members ("sponsors").
    youtube_member: Role = Role.SUBSCRIBER
    discord_booster: Role = Role.SUBSCRIBER
    # Discord permissions that make someone a moderator of the show without a configured role.
    discord_permission: Role = Role.MODERATOR
    # Bridge name → the highest role that bridge's claims may give (absent: viewer, no trust).
    bridge_trust: Mapping[str, Role] = field(default_factory=dict)
    # (platform, user id) → role: named people (the producer, a guest host) on any platform.
    grants: Mapping[tuple[str, str], Role] = field(default_factory=dict)

    def granted(self, platform: str, user_id: str | int | None, role: Role) -> Role:
        """`role`, raised to what the show grants this account by id, if anything."""
        if user_id is None or user_id == "":
            return role
        return max(role, self.grants.get((platform, str(user_id)), Role.VIEWER))


DEFAULT_POLICY = RolePolicy()


# -- Discord ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiscordRoleIds:
    """The guild's role ids for each rung (from `[platforms.discord]`)."""

    owner_ids: frozenset[int] = frozenset()
    host_role_ids: frozenset[int] = frozenset()
    moderator_role_ids: frozenset[int] = frozenset()
    subscriber_role_ids: frozenset[int] = frozenset()

    @classmethod
    def from_section(cls, section: Any) -> DiscordRoleIds:
        """From any object with the DiscordSection fields (missing ones count as empty)."""

        def ids(name: str) -> frozenset[int]:
            return frozenset(int(i) for i in getattr(section, name, None) or ())

        return cls(
            ids("owner_ids"),
            ids("host_role_ids"),
            ids("moderator_role_ids"),
            ids("subscriber_role_ids"),
        )


def discord_role(
    *,
    user_id: int,
    role_ids: Iterable[int],
    ids: DiscordRoleIds,
    guild_owner_id: int | None = None,
    administrator: bool = False,
    manage_messages: bool = False,
    booster: bool = False,
    policy: RolePolicy = DEFAULT_POLICY,
) -> Role:
    """A guild member's rung: guild owner and listed owners, then configured roles, then the
    moderation permissions (administrator, manage_messages), then boosters."""
    if (guild_owner_id is not None and user_id == guild_owner_id) or user_id in ids.owner_ids:
        return Role.OWNER
    held = {int(r) for r in role_ids}
    role = Role.VIEWER
    if held & ids.host_role_ids:
        role = Role.HOST
    elif held & ids.moderator_role_ids:
        role = Role.MODERATOR
    elif held & ids.subscriber_role_ids:
        role = Role.SUBSCRIBER
    if administrator or manage_messages:
        role = max(role, policy.discord_permission)
    if booster:
        role = max(role, policy.discord_booster)
    return policy.granted("discord", user_id, role)


# -- Twitch -----------------------------------------------------------------------------------

_TWITCH_FIXED: dict[str, Role] = {
    "moderator": Role.MODERATOR,
    "lead_moderator": Role.MODERATOR,
    "subscriber": Role.SUBSCRIBER,
    "founder": Role.SUBSCRIBER,
    # Twitch staff, admins and global mods have no say over this show: not listed, so viewer.
}


def twitch_badges(badges: str | Mapping[str, Any] | Iterable[Any] | None) -> set[str]:
    """Badge set ids from any form Twitch gives them: the IRC tag `broadcaster/1,subscriber/12`,
    a mapping of set id → version, EventSub's list of `{"set_id": ...}`, or plain names."""
    if not badges:
        return set()
    if isinstance(badges, str):
        return {part.split("/", 1)[0].strip().lower() for part in badges.split(",") if part.strip()}
    if isinstance(badges, Mapping):
        return {str(k).lower() for k in badges}
    names = set()
    for badge in badges:
        name = badge.get("set_id") if isinstance(badge, Mapping) else badge
        if name:
            names.add(str(name).lower())
    return names


def twitch_role(
    badges: str | Mapping[str, Any] | Iterable[Any] | None,
    *,
    user_id: str | int | None = None,
    policy: RolePolicy = DEFAULT_POLICY,
) -> Role:
    names = twitch_badges(badges)
    role = Role.VIEWER
    for name in names:
        if name == "broadcaster":
            role = max(role, policy.twitch_broadcaster)
        elif name == "vip":
            role = max(role, policy.twitch_vip)
        else:
            role = max(role, _TWITCH_FIXED.get(name, Role.VIEWER))
    return policy.granted("twitch", user_id, role)


def twitch_role_from_tags(tags: Mapping[str, str], *, policy: RolePolicy = DEFAULT_POLICY) -> Role:
    """From an IRC PRIVMSG's tags. `badges` decides; the legacy `mod`/`subscriber` flags are read
    too. `display-name` is never looked at."""
    names = twitch_badges(tags.get("badges"))
    if tags.get("mod") == "1":
        names.add("moderator")
    if tags.get("subscriber") == "1":
        names.add("subscriber")
    if tags.get("vip") not in (None, "", "0"):
        names.add("vip")
    return twitch_role(names, user_id=tags.get("user-id"), policy=policy)


# -- YouTube ----------------------------------------------------------------------------------


def youtube_role(author: Mapping[str, Any], *, policy: RolePolicy = DEFAULT_POLICY) -> Role:
    """From a liveChatMessage's `authorDetails` (isChatOwner, isChatModerator, isChatSponsor)."""
    role = Role.VIEWER
    if author.get("isChatOwner") is True:
        role = policy.youtube_owner
    elif author.get("isChatModerator") is True:
        role = Role.MODERATOR
    elif author.get("isChatSponsor") is True:
        role = policy.youtube_member
    return policy.granted("youtube", author.get("channelId"), role)


# -- webhook bridges --------------------------------------------------------------------------


def bridge_role(
    claim: str | None,
    *,
    bridge: str,
    signed: bool,
    platform: str | None = None,
    user_id: str | int | None = None,
    policy: RolePolicy = DEFAULT_POLICY,
) -> Role:
    """A chat bridge's claim about its author, believed only from a signed request and only up
    to the trust the show gives that bridge. Unknown claims count as viewer."""
    if not signed:
        return Role.VIEWER
    try:
        claimed = Role.parse(claim) if claim else Role.VIEWER
    except ValueError:
        claimed = Role.VIEWER
    role = min(claimed, policy.bridge_trust.get(bridge, Role.VIEWER))
    return policy.granted(platform or bridge, user_id, role)
