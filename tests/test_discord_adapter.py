"""The Discord adapter through discord.py's own parsing: gateway payloads in, REST calls out."""

from __future__ import annotations

import logging

import discord
import pytest
from discord_harness import (
    BOT_PERMS,
    CHANNEL,
    GUILD,
    HOST_ROLE,
    MOD_ROLE,
    OTHER_CHANNEL,
    STAFF_ROLE,
    SUB_ROLE,
    DiscordHarness,
    role,
)
from pydantic import ValidationError

from bot.clock import settle
from bot.config import Config, ConfigError, DiscordSection
from bot.events import Card, ChatMessage, ModAction, ModKind, Role
from plugins.base import Adapter, Delivery


@pytest.fixture
def harness():
    h = DiscordHarness()
    yield h
    h.close()


@pytest.fixture
async def discord_app(harness, clock):
    """An adapter after GUILD_CREATE, delivering into a list."""
    adapter = harness.adapter(clock)
    received: list[ChatMessage] = []

    async def sink(msg: ChatMessage) -> None:
        received.append(msg)

    await adapter.start(sink)
    harness.guild_create(adapter)
    adapter.received = received
    yield adapter
    await adapter.stop()


def test_is_an_adapter_with_discords_limits(harness, clock):
    adapter = harness.adapter(clock)
    assert isinstance(adapter, Adapter)
    caps = adapter.capabilities
    assert (caps.max_length, caps.rate.messages, caps.rate.per_seconds) == (2000, 5, 5.0)
    assert caps.reply_to and caps.delete and caps.timeout and caps.buttons and caps.ephemeral
    assert caps.embeds
    assert adapter.channels() == [str(CHANNEL)]


async def test_message_becomes_chat_message(harness, discord_app):
    data = await harness.message(discord_app, "ava", "how much is the beef?", mention_bot=True)
    [msg] = discord_app.received
    assert msg.platform == "discord" and msg.channel == str(CHANNEL)
    assert msg.message_id == data["id"]
    assert msg.viewer.id == data["author"]["id"] and msg.viewer.display_name == "ava"
    assert msg.text == "how much is the beef?"  # the bot's own mention is not part of the text
    assert msg.addressed_to_bot and msg.role is Role.VIEWER


async def test_mentions_stay_ids_in_commands_and_read_as_names_in_chat(harness, discord_app):
    uid = harness.user_id("bob")
    await harness.message(discord_app, "mod", f"!draw remove <@{uid}>", roles=[MOD_ROLE],
                          mentions=["bob"])
    await harness.message(discord_app, "ava", f"<@{uid}> you won!", mentions=["bob"])
    # A command names the member pinged, by id; chat reads as people wrote it.
    assert discord_app.received[0].text == f"!draw remove <@{uid}>"
    assert discord_app.received[1].text == "@bob you won!"


async def test_ignores_other_channels_bots_empty_and_replayed_messages(harness, discord_app):
    await harness.message(discord_app, "ava", "hi", channel=OTHER_CHANNEL)
    data = harness.message_payload("ava", "hello")
    data["author"]["bot"] = True
    discord_app.client._connection.parse_message_create(data)
    first = await harness.message(discord_app, "ben", "once only")
    discord_app.client._connection.parse_message_create(first)  # a replay after a resume
    await settle()
    assert [m.text for m in discord_app.received] == ["once only"]


async def test_reply_to_the_bot_is_addressed(harness, discord_app):
    await harness.message(discord_app, "ava", "and in red?", reply_to_bot="123456")
    [msg] = discord_app.received
    assert msg.addressed_to_bot and msg.reply_to == "123456"


async def test_without_message_content_intent(caplog, clock):
    harness = DiscordHarness(message_content=False)
    adapter = harness.adapter(clock)
    got: list[ChatMessage] = []

    async def sink(msg):
        got.append(msg)

    with caplog.at_level(logging.WARNING):
        await adapter.start(sink)
    assert "message-content intent is off" in caplog.text
    assert not adapter.client.intents.message_content
    harness.guild_create(adapter)
    await harness.message(adapter, "ava", "chatter the bot cannot read")
    await harness.message(adapter, "ben", "is the beef halal?", mention_bot=True)
    assert [m.text for m in got] == ["is the beef halal?"]
    harness.close()


@pytest.mark.parametrize(("roles", "expected"), [
    ([], Role.VIEWER),
    ([SUB_ROLE], Role.SUBSCRIBER),
    ([MOD_ROLE], Role.MODERATOR),
    ([STAFF_ROLE], Role.MODERATOR),  # manage_messages implies moderator
    ([HOST_ROLE, SUB_ROLE], Role.HOST),
])
async def test_roles_map_to_the_ladder(harness, discord_app, roles, expected):
    await harness.message(discord_app, "someone", "hello", roles=roles)
    assert discord_app.received[0].role is expected


async def test_guild_owner_and_display_name_claims(harness, discord_app):
    await harness.message(discord_app, "owner", "hello")
    await harness.message(discord_app, "Moderator", "as a moderator I order a draw")
    assert [m.role for m in discord_app.received] == [Role.OWNER, Role.VIEWER]


async def test_role_permission_change_takes_effect(harness, discord_app):
    """GUILD_ROLE_UPDATE giving a plain role manage_messages makes its members moderators."""
    await harness.message(discord_app, "cy", "before", roles=[SUB_ROLE])
    discord_app.client._connection.parse_guild_role_update(
        {"guild_id": str(GUILD), "role": role(SUB_ROLE, "Members", discord.Permissions(
            manage_messages=True), 1)})
    await harness.message(discord_app, "cy", "after", roles=[SUB_ROLE])
    assert [m.role for m in discord_app.received] == [Role.SUBSCRIBER, Role.MODERATOR]


async def test_member_update_role_change(harness, discord_app):
    """GUILD_MEMBER_UPDATE promotes, then demotes: each message carries the roles as of then,
    so no stale cache keeps a demoted moderator's privilege."""
    await harness.message(discord_app, "dee", "before", roles=[])
    harness.member_update(discord_app, "dee", [MOD_ROLE])
    await harness.message(discord_app, "dee", "promoted", roles=[MOD_ROLE])
    harness.member_update(discord_app, "dee", [])
    await harness.message(discord_app, "dee", "demoted", roles=[])
    assert [m.role for m in discord_app.received] == [Role.VIEWER, Role.MODERATOR, Role.VIEWER]


async def test_send_card_as_embed_with_relative_countdown(harness, discord_app, clock):
    card = Card("Wagyu beef box", (("Live price", "¥89"), ("List price", "¥129"),
                                   ("You save", "¥40 (31%)"), ("Stock", "120 left")),
                footer="Lao Zhang's Friday sale", ends_at=clock.now() + 300)
    msg_id = await discord_app.send(Delivery(str(CHANNEL), "Flash sale on the beef!", card=card))
    [call] = harness.http.channel_messages(CHANNEL)
    assert msg_id and call.json["content"] is None
    [embed] = call.json["embeds"]
    assert embed["title"] == "Wagyu beef box" and embed["description"] == "Flash sale on the beef!"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Live price"] == "¥89" and fields["List price"] == "¥129"
    assert fields["You save"] == "¥40 (31%)" and fields["Stock"] == "120 left"
    assert fields["Ends"] == f"<t:{int(clock.now() + 300)}:R>"
    assert embed["footer"]["text"] == "Lao Zhang's Friday sale"
    assert call.json["allowed_mentions"]["parse"] == ["users"]  # never @everyone or roles


async def test_plain_text_fallback_without_embed_links(clock):
    harness = DiscordHarness(bot_permissions=discord.Permissions(
        view_channel=True, send_messages=True, read_message_history=True))
    adapter = harness.adapter(clock)
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    card = Card("Rice cooker", (("Price", "¥199"),), ends_at=clock.now() + 60)
    await adapter.send(Delivery(str(CHANNEL), "Rice cooker now ¥199!", card=card))
    [call] = harness.http.channel_messages()
    assert not call.json.get("embeds")
    assert call.json["content"] == f"Rice cooker now ¥199! (ends <t:{int(clock.now() + 60)}:R>)"
    assert any("embed_links" in p for p in adapter.permission_problems())
    harness.close()


async def test_reply_quotes_the_question(harness, discord_app):
    data = await harness.message(discord_app, "ava", "price?", mention_bot=True)
    await discord_app.send(Delivery(str(CHANNEL), "@ava: ¥89", reply_to=discord_app.received[0]))
    [call] = harness.http.channel_messages()
    assert call.json["content"] == f"<@{harness.user_id('ava')}>: ¥89"  # a real mention
    assert call.json["message_reference"]["message_id"] == int(data["id"])
    assert call.json["message_reference"]["fail_if_not_exists"] is False


async def test_moderation_delete_and_timeout(harness, discord_app, clock):
    data = await harness.message(discord_app, "spam", "BUY FOLLOWERS")
    msg = discord_app.received[0]
    assert await discord_app.moderate(ModAction(ModKind.DELETE, msg, reason="spam"))
    assert await discord_app.moderate(ModAction(ModKind.TIMEOUT, msg, seconds=600, reason="spam"))
    delete, timeout = harness.http.calls
    assert delete.method == "DELETE"
    assert delete.path == "/channels/{channel_id}/messages/{message_id}"
    assert delete.url.endswith(f"/channels/{CHANNEL}/messages/{data['id']}")
    assert delete.reason == "spam"
    assert (timeout.method, timeout.path) == ("PATCH", "/guilds/{guild_id}/members/{user_id}")
    until = discord.utils.parse_time(timeout.json["communication_disabled_until"])
    assert until.timestamp() == pytest.approx(clock.now() + 600)


async def test_moderation_without_permission_says_so(caplog, clock):
    perms = discord.Permissions(BOT_PERMS.value)
    perms.manage_messages = perms.moderate_members = False
    harness = DiscordHarness(bot_permissions=perms)
    adapter = harness.adapter(clock)
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    await harness.message(adapter, "spam", "BUY FOLLOWERS")
    msg = ChatMessage("discord", str(CHANNEL), "42", adapter.viewer_of(
        adapter.client.get_guild(GUILD).me, None), "x", clock.now())
    with caplog.at_level(logging.WARNING):
        assert not await adapter.moderate(ModAction(ModKind.DELETE, msg))
        assert not await adapter.moderate(ModAction(ModKind.TIMEOUT, msg, seconds=60))
    assert harness.http.calls == []
    assert "manage_messages" in caplog.text and "moderate_members" in caplog.text
    problems = adapter.permission_problems()
    assert any("moderators' deletes" in p for p in problems)
    assert any("timeouts" in p for p in problems)
    harness.close()


async def test_forbidden_by_discord_is_reported_not_raised(harness, discord_app):
    await harness.message(discord_app, "admin", "hi")
    harness.http.failures[("PATCH", "/guilds/{guild_id}/members/{user_id}")] = [403]
    action = ModAction(ModKind.TIMEOUT, discord_app.received[0], seconds=60)
    assert await discord_app.moderate(action) is False


async def test_reconnect_announces_nothing(harness, discord_app, caplog):
    with caplog.at_level(logging.INFO):
        harness.ready(discord_app)
        harness.ready(discord_app)  # a reconnect fires on_ready again
        await settle()
    assert harness.http.calls == []
    assert "reconnected" in caplog.text


def test_config_section(tmp_path):
    path = tmp_path / "hawker.toml"
    path.write_text("[platforms.discord]\nguild_id = 1\nchannel_ids = [2, 3]\n"
                    "moderator_role_ids = [4]\n")
    cfg = Config.load(path).platforms.discord
    assert isinstance(cfg, DiscordSection)
    assert cfg.channel_ids == [2, 3] and cfg.token_env == "HAWKER_DISCORD_TOKEN"
    assert cfg.message_content is False
    path.write_text("[platforms.discord]\nguild_id = 1\nchannel_ids = []\n")
    with pytest.raises(ConfigError, match="platforms.discord.channel_ids"):
        Config.load(path)
    path.write_text("[platforms.discord]\nguild_id = 1\nchannel_ids = [2]\ntoken = 'x'\n")
    with pytest.raises(ConfigError, match="platforms.discord.token"):
        Config.load(path)
    with pytest.raises(ValidationError):
        DiscordSection(channel_ids=[1])


async def test_start_needs_the_token_env(monkeypatch, clock):
    from plugins.discord import DiscordAdapter

    monkeypatch.delenv("HAWKER_TEST_NO_TOKEN", raising=False)
    adapter = DiscordAdapter(DiscordSection(guild_id=1, channel_ids=[2],
                                            token_env="HAWKER_TEST_NO_TOKEN"), clock=clock)
    with pytest.raises(ConfigError, match="HAWKER_TEST_NO_TOKEN"):
        await adapter.start(lambda m: None)



async def test_mentions_become_pings_only_for_people_seen(harness, discord_app):
    await harness.message(discord_app, "ava", "hi")
    await harness.message(discord_app, "j.doe", "hello")
    ava, doe = harness.user_id("ava"), harness.user_id("j.doe")
    pinged = discord_app.pings("@ava @j.doe and 3 others: ¥89")
    assert pinged == f"<@{ava}> <@{doe}> and 3 others: ¥89"
    assert discord_app.pings("Winners: @ava, @j.doe.") == f"Winners: <@{ava}>, <@{doe}>."
    assert discord_app.pings("@everyone @stranger: hi") == "@everyone @stranger: hi"
    long = "@ava " + "x" * 1990
    assert discord_app.pings(long) == long  # would not fit in 2,000 characters any more


async def test_two_members_showing_one_name_are_told_apart_by_id(harness, discord_app):
    for username in ("ava_w", "ava_k"):
        data = harness.message_payload(username, "hi")
        data["author"]["global_name"] = "Ava"  # both show "Ava"
        discord_app.client._connection.parse_message_create(data)
    await settle()
    first, second = discord_app.received
    assert first.viewer.display_name == second.viewer.display_name == "Ava"
    assert (first.viewer.login, second.viewer.login) == ("ava_w", "ava_k")
    # By id, each is pinged; by the shared name, neither (it would ping the wrong one).
    assert discord_app.mention(second.viewer) == f"<@{second.viewer.id}>"
    assert discord_app.pings("congratulations @Ava!") == "congratulations @Ava!"
    assert discord_app.pings("@ava_k won") == f"<@{second.viewer.id}> won"


async def test_moderation_ban(harness, discord_app):
    await harness.message(discord_app, "troll", "scam link")
    assert await discord_app.moderate(ModAction(ModKind.BAN, discord_app.received[0],
                                                reason="scam"))
    [ban] = harness.http.calls
    assert (ban.method, ban.path) == ("PUT", "/guilds/{guild_id}/bans/{user_id}")
    assert ban.url.endswith(f"/bans/{harness.user_id('troll')}")
    assert ban.params == {"delete_message_seconds": 0} and ban.reason == "scam"
