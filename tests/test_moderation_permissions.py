"""Every registered command, under every privilege level, on every adapter we can build here:
none runs below its level, each runs at it. The role comes from each platform's own data,
translated by the adapter's own code (Discord gateway payloads, Twitch IRC tags, YouTube
authorDetails, a bridge's claim), never from names or words.

Platform engineers: add a driver for a new adapter to DRIVERS.
"""

from __future__ import annotations

import itertools
import types
from pathlib import Path

import httpx
import pytest

from bot.app import Hawker
from bot.clock import FakeClock, settle
from bot.commands import Duration, Mention
from bot.config import Config
from bot.events import Role
from bot.moderation.settings import ModerationSection
from plugins.base import Capabilities
from plugins.console import ConsoleAdapter

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
_n = itertools.count()

# Hosts by platform id: the show's own grants (no platform badge means "host").
GRANTS = {"twitch:9001": "host", "youtube:UChost": "host"}


class ConsoleDriver:
    name = "console"

    def __init__(self, clock: FakeClock) -> None:
        self.adapter = ConsoleAdapter(clock=clock, out=None)

    async def start(self, app: Hawker) -> None:
        await self.adapter.start(app.pipeline.handle)

    async def say(self, text: str, role: Role) -> None:
        await self.adapter.say(f"user{next(_n)}", text, role)

    async def stop(self) -> None:
        pass


class DiscordDriver:
    """Real discord.py objects: MESSAGE_CREATE through its parser; REST faked at the edge."""

    name = "discord"

    def __init__(self, clock: FakeClock) -> None:
        import discord_harness as h

        self.h = h
        self.harness = h.DiscordHarness()
        self.adapter = self.harness.adapter(clock)

    async def start(self, app: Hawker) -> None:
        self.adapter.policy = app.role_policy
        await self.adapter.start(app.pipeline.handle)
        self.harness.guild_create(self.adapter)

    async def say(self, text: str, role: Role) -> None:
        h = self.h
        if role is Role.OWNER:
            await self.harness.message(self.adapter, "owner", text)
            return
        roles = {
            Role.VIEWER: [],
            Role.SUBSCRIBER: [h.SUB_ROLE],
            Role.MODERATOR: [h.MOD_ROLE],
            Role.HOST: [h.HOST_ROLE],
        }[role]
        await self.harness.message(self.adapter, f"user{next(_n)}", text, roles=roles)

    async def stop(self) -> None:
        await self.adapter.stop()
        self.harness.close()


class TwitchDriver:
    """The Twitch adapter's own IRC translation, fed PRIVMSG lines with badge tags."""

    name = "twitch"

    def __init__(self, clock: FakeClock) -> None:
        from plugins.twitch.adapter import TwitchAdapter

        self.adapter = TwitchAdapter(channels=["shop"], nick="hawker", token="x", clock=clock)
        self.adapter.send = _sent  # the network edge

    async def start(self, app: Hawker) -> None:
        self.adapter.policy = app.role_policy
        self.adapter._sink = app.pipeline.handle

    async def say(self, text: str, role: Role) -> None:
        from plugins.twitch.irc import parse_line

        n = next(_n)
        uid = "9001" if role is Role.HOST else str(n)
        badges = {
            Role.VIEWER: "",
            Role.SUBSCRIBER: "subscriber/6",
            Role.MODERATOR: "moderator/1",
            Role.HOST: "",
            Role.OWNER: "broadcaster/1",
        }[role]
        tags = f"@badges={badges};display-name=Moderator;id=m{n};user-id={uid}"
        await self.adapter._on_line(parse_line(f"{tags} :u{n}!u{n}@tmi PRIVMSG #shop :{text}"))

    async def stop(self) -> None:
        pass


class YouTubeDriver:
    """The YouTube adapter's own translation of liveChatMessages items."""

    name = "youtube"

    def __init__(self, clock: FakeClock) -> None:
        from plugins.youtube.adapter import YouTubeAdapter

        edge = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
        client = types.SimpleNamespace(http=edge)  # the network edge: nothing is called on it
        self.adapter = YouTubeAdapter(client=client, clock=clock, live_chat_id="chat")
        self.adapter.send = _sent  # the network edge
        self.sink = None

    async def start(self, app: Hawker) -> None:
        self.adapter.policy = app.role_policy
        self.sink = app.pipeline.handle

    async def say(self, text: str, role: Role) -> None:
        n = next(_n)
        author = {
            "channelId": "UChost" if role is Role.HOST else f"UC{n}",
            "displayName": "Moderator",
            "isChatOwner": role is Role.OWNER,
            "isChatModerator": role is Role.MODERATOR,
            "isChatSponsor": role is Role.SUBSCRIBER,
        }
        item = {
            "id": f"yt{n}",
            "snippet": {"type": "textMessageEvent", "textMessageDetails": {"messageText": text}},
            "authorDetails": author,
        }
        msg = self.adapter._to_chat(item)
        assert msg is not None
        await self.sink(msg)

    async def stop(self) -> None:
        pass


class BridgeDriver:
    """A signed chat bridge trusted up to owner: its claim is the role."""

    name = "bridge"

    def __init__(self, clock: FakeClock) -> None:
        from plugins.webhooks.bridge import BridgeAdapter

        edge = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
        self.adapter = BridgeAdapter(
            "tok",
            "tiktok",
            "http://bridge.test/cb",
            "secret",
            clock,
            max_role=Role.OWNER,
            capabilities=Capabilities(),
            client=edge,
            _channels=["live"],
        )

    async def start(self, app: Hawker) -> None:
        await self.adapter.start(app.pipeline.handle)

    async def say(self, text: str, role: Role) -> None:
        from plugins.webhooks.models import ChatEvent

        n = next(_n)
        await self.adapter.receive(
            ChatEvent.model_validate(
                {
                    "id": f"evt{n}",
                    "channel": "live",
                    "message_id": f"b{n}",
                    "text": text,
                    "viewer": {
                        "id": f"v{n}",
                        "display_name": "Moderator",
                        "role": role.name.lower(),
                    },
                }
            )
        )

    async def stop(self) -> None:
        await self.adapter.client.aclose()


async def _sent(delivery) -> str:  # noqa: ANN001
    return f"sent-{next(_n)}"


DRIVERS = [ConsoleDriver, DiscordDriver, TwitchDriver, YouTubeDriver, BridgeDriver]

_SAMPLE = {int: "1", float: "1", Duration: "1m", Mention: "@someone", str: "x"}


def sample_args(cmd) -> str:  # noqa: ANN001
    return " ".join(_SAMPLE[p.kind] if not p.rest else "some words" for p in cmd.params)


@pytest.mark.parametrize("driver_cls", DRIVERS, ids=lambda d: d.name)
async def test_no_command_runs_below_its_level(tmp_path, clock, driver_cls):
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "hawker.db"
    config.moderation = ModerationSection.model_validate({"roles": {"grants": GRANTS}})
    app = Hawker(config, clock)
    driver = driver_cls(clock)
    app.add_adapter(driver.adapter)
    app.outbox.start()
    await driver.start(app)

    calls: list[tuple[str, Role]] = []
    for cmd in app.registry.commands:

        async def spy(ctx, *args, _name=cmd.name):  # noqa: ANN001, ANN202
            calls.append((_name, ctx.message.role))

        cmd.handler = spy
    assert len(app.registry.commands) >= 10  # at least moderation's own, and help

    wait = 1 + max(max(c.global_cooldown, c.viewer_cooldown) for c in app.registry.commands)
    wait = max(wait, 31)  # and past the flood window: every line here looks alike
    failures = []
    prefix = config.show.command_prefix
    for cmd in app.registry.commands:
        text = f"{prefix}{cmd.name} {sample_args(cmd)}".strip()
        for role in Role:
            before = len(calls)
            await driver.say(text, role)
            await settle()
            ran = calls[before:]
            if ran != ([(cmd.name, role)] if role >= cmd.min_role else []):
                failures.append((cmd.name, role.name, cmd.min_role.name, ran))
            await clock.advance(wait)
    await driver.stop()
    await app.stop()
    assert failures == []
