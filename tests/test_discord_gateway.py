"""The adapter's real start-up, against a Discord gateway on loopback: login, IDENTIFY, READY,
then a RECONNECT and a RESUME whose replay repeats an event — nothing twice, nothing lost."""

from __future__ import annotations

import asyncio
import logging

import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord_harness import CHANNEL, DiscordHarness, LoopbackGateway

from bot.config import ConfigError
from bot.events import ChatMessage
from plugins.discord import DiscordAdapter
from tests.waits import eventually


@pytest.mark.timeout(30)
async def test_connect_reconnect_and_resume(monkeypatch, clock, caplog):
    harness = DiscordHarness(message_content=True)
    gateway = LoopbackGateway(harness)
    await gateway.start()
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(gateway.url))
    monkeypatch.setenv("HAWKER_TEST_DISCORD_TOKEN", "bot-token")
    adapter = DiscordAdapter(harness.config(token_env="HAWKER_TEST_DISCORD_TOKEN"), clock=clock)
    harness.attach(adapter)
    adapter.client._connection.guild_ready_timeout = 0.05
    got: list[ChatMessage] = []

    async def sink(msg: ChatMessage) -> None:
        got.append(msg)

    try:
        with caplog.at_level(logging.INFO):
            await asyncio.wait_for(adapter.start(sink), 10)
            [identify] = gateway.ops(2)
            assert identify["d"]["token"] == "bot-token"
            assert identify["d"]["intents"] & (1 << 15)  # message content, as configured
            assert adapter.client.get_channel(CHANNEL) is not None

            first = harness.message_payload("ava", "how much is the beef?")
            await gateway.dispatch("MESSAGE_CREATE", first)
            await eventually(lambda: len(got) == 1)

            gateway.replay_from_earlier = 1  # the replay will repeat `first`
            await gateway.reconnect()
            missed = harness.message_payload("ben", "is it halal?")
            await gateway.dispatch("MESSAGE_CREATE", missed, send=False)
            await eventually(lambda: len(gateway.ops(6)) == 1 and len(got) >= 2)
            await asyncio.sleep(0.1)

        [resume] = gateway.ops(6)
        assert resume["d"]["session_id"] == "session-1"
        assert len(gateway.ops(2)) == 1  # resumed, not identified again
        assert [m.text for m in got] == ["how much is the beef?", "is it halal?"]
        # Nothing announced on connect or reconnect.
        assert harness.http.channel_messages() == []
        assert "message-content intent is off" not in caplog.text
    finally:
        await adapter.stop()
        await gateway.stop()
        harness.close()


@pytest.mark.timeout(30)
async def test_missing_privileged_intent_is_a_clear_error(monkeypatch, clock):
    """message_content = true without the intent enabled in the portal: Discord closes the
    gateway with 4014, and start() says what to fix instead of hanging."""
    harness = DiscordHarness(message_content=True)
    gateway = LoopbackGateway(harness)
    gateway.refuse_identify = 4014
    await gateway.start()
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(gateway.url))
    monkeypatch.setenv("HAWKER_TEST_DISCORD_TOKEN", "bot-token")
    adapter = harness.attach(DiscordAdapter(
        harness.config(token_env="HAWKER_TEST_DISCORD_TOKEN"), clock=clock))
    try:
        with pytest.raises(ConfigError, match="Message Content intent"):
            await asyncio.wait_for(adapter.start(lambda m: None), 10)
    finally:
        await adapter.stop()
        await gateway.stop()
        harness.close()


async def test_refused_token_is_a_clear_error(monkeypatch, clock):
    harness = DiscordHarness()
    monkeypatch.setenv("HAWKER_TEST_DISCORD_TOKEN", "wrong")
    adapter = harness.attach(DiscordAdapter(
        harness.config(token_env="HAWKER_TEST_DISCORD_TOKEN"), clock=clock))
    harness.http.failures[("GET", "/users/@me")] = [401]
    with pytest.raises(ConfigError, match="HAWKER_TEST_DISCORD_TOKEN"):
        await adapter.start(lambda m: None)
    harness.close()
