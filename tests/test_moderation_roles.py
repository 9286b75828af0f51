"""Privilege mapping: each platform's own data decides the rung, never names or message text."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.events import Role
from bot.moderation.roles import (
    DiscordRoleIds,
    RolePolicy,
    bridge_role,
    discord_role,
    twitch_badges,
    twitch_role,
    twitch_role_from_tags,
    youtube_role,
)
from bot.moderation.settings import ModerationSection, RolesSettings

IDS = DiscordRoleIds(
    owner_ids=frozenset({7}),
    host_role_ids=frozenset({30}),
    moderator_role_ids=frozenset({20}),
    subscriber_role_ids=frozenset({10}),
)


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        (dict(user_id=1, role_ids=[]), Role.VIEWER),
        (dict(user_id=1, role_ids=[99]), Role.VIEWER),  # an unconfigured role
        (dict(user_id=1, role_ids=[10]), Role.SUBSCRIBER),
        (dict(user_id=1, role_ids=[10, 20]), Role.MODERATOR),
        (dict(user_id=1, role_ids=[30, 10]), Role.HOST),
        (dict(user_id=1, role_ids=[], manage_messages=True), Role.MODERATOR),
        (dict(user_id=1, role_ids=[], administrator=True), Role.MODERATOR),
        (dict(user_id=1, role_ids=[30], administrator=True), Role.HOST),  # never lowered
        (dict(user_id=1, role_ids=[], booster=True), Role.SUBSCRIBER),
        (dict(user_id=5, role_ids=[], guild_owner_id=5), Role.OWNER),
        (dict(user_id=7, role_ids=[]), Role.OWNER),
    ],
)
def test_discord(kw, expected):
    assert discord_role(ids=IDS, **kw) is expected


def test_discord_ids_from_section_like_object():
    class Section:
        owner_ids = [7]
        moderator_role_ids = ["20"]

    ids = DiscordRoleIds.from_section(Section())
    assert ids.owner_ids == {7} and ids.moderator_role_ids == {20} and not ids.host_role_ids


@pytest.mark.parametrize(
    ("badges", "expected"),
    [
        ("", Role.VIEWER),
        (None, Role.VIEWER),
        ("subscriber/12", Role.SUBSCRIBER),
        ("founder/0", Role.SUBSCRIBER),
        ("vip/1", Role.SUBSCRIBER),
        ("moderator/1,subscriber/3", Role.MODERATOR),
        ("broadcaster/1,subscriber/0", Role.OWNER),
        ("staff/1,admin/1,global_mod/1,partner/1", Role.VIEWER),  # Twitch staff don't run the show
        ({"moderator": "1"}, Role.MODERATOR),
        ([{"set_id": "vip", "id": "1"}], Role.SUBSCRIBER),
        (["broadcaster"], Role.OWNER),
    ],
)
def test_twitch(badges, expected):
    assert twitch_role(badges) is expected


def test_twitch_policy_broadcaster_as_host_and_vip_as_viewer():
    policy = RolePolicy(twitch_broadcaster=Role.HOST, twitch_vip=Role.VIEWER)
    assert twitch_role("broadcaster/1", policy=policy) is Role.HOST
    assert twitch_role("vip/1", policy=policy) is Role.VIEWER


def test_twitch_tags_ignore_display_name():
    tags = {"display-name": "Moderator", "badges": "", "user-id": "55", "mod": "0"}
    assert twitch_role_from_tags(tags) is Role.VIEWER
    tags = {"display-name": "Broadcaster", "badges": "subscriber/1", "user-id": "55"}
    assert twitch_role_from_tags(tags) is Role.SUBSCRIBER
    assert twitch_role_from_tags({"mod": "1"}) is Role.MODERATOR
    assert twitch_badges("moderator/1, vip/1") == {"moderator", "vip"}


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"displayName": "Moderator"}, Role.VIEWER),
        ({"isChatSponsor": True}, Role.SUBSCRIBER),
        ({"isChatModerator": True, "isChatSponsor": True}, Role.MODERATOR),
        ({"isChatOwner": True}, Role.OWNER),
        ({"isChatOwner": "true"}, Role.VIEWER),  # only a real JSON true counts
        ({"isVerified": True}, Role.VIEWER),
    ],
)
def test_youtube(author, expected):
    assert youtube_role(author) is expected


def test_bridge_claims_need_signature_and_trust():
    trusting = RolePolicy(bridge_trust={"tiktok": Role.MODERATOR})
    assert bridge_role("moderator", bridge="tiktok", signed=False, policy=trusting) is Role.VIEWER
    assert bridge_role("moderator", bridge="tiktok", signed=True, policy=trusting) is Role.MODERATOR
    # Capped at the bridge's trust, however high the claim.
    assert bridge_role("owner", bridge="tiktok", signed=True, policy=trusting) is Role.MODERATOR
    # A bridge the show does not trust gives nobody privilege.
    assert bridge_role("moderator", bridge="kick", signed=True, policy=trusting) is Role.VIEWER
    assert bridge_role("emperor", bridge="tiktok", signed=True, policy=trusting) is Role.VIEWER
    assert bridge_role(None, bridge="tiktok", signed=True, policy=trusting) is Role.VIEWER


def test_grants_by_platform_id_only():
    policy = RolesSettings(grants={"twitch:41": "host", "youtube:UCabc": "moderator"}).policy()
    assert twitch_role("", user_id="41", policy=policy) is Role.HOST
    assert twitch_role("", user_id=41, policy=policy) is Role.HOST
    assert twitch_role("", user_id="42", policy=policy) is Role.VIEWER
    assert youtube_role({"channelId": "UCabc"}, policy=policy) is Role.MODERATOR
    # A grant never lowers a platform role.
    assert twitch_role("broadcaster/1", user_id="41", policy=policy) is Role.OWNER
    # Unsigned bridge traffic gets no grant either.
    assert (
        bridge_role(None, bridge="x", signed=False, platform="twitch", user_id="41", policy=policy)
        is Role.VIEWER
    )


def test_settings_errors_name_the_key():
    with pytest.raises(ValidationError, match="twitch_vip"):
        ModerationSection.model_validate({"roles": {"twitch_vip": "king"}})
    with pytest.raises(ValidationError, match="platform:user id"):
        RolesSettings(grants={"41": "host"})
    with pytest.raises(ValidationError, match="tiktok"):
        RolesSettings(bridge_trust={"tiktok": "boss"})
    with pytest.raises(ValidationError, match="scam"):
        ModerationSection.model_validate({"filters": {"blocked": {"patterns": {"scam": ["(("]}}}})
    with pytest.raises(ValidationError, match="typo"):
        ModerationSection.model_validate({"filters": {"typo": 1}})
    policy = ModerationSection.model_validate(
        {"roles": {"twitch_broadcaster": "host", "bridge_trust": {"tiktok": "subscriber"}}}
    ).roles.policy()
    assert policy.twitch_broadcaster is Role.HOST
    assert policy.bridge_trust == {"tiktok": Role.SUBSCRIBER}
