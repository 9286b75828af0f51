"""Issue 20, "Names instead of identities": viewers known by platform id, named by login.

Each case of the issue as a test: a Twitch login with a localised display name, two Discord
members showing one name, an impersonator copying a display name, the console's unknown role,
and other bots' commands.
"""

from __future__ import annotations

import asyncio
import io
import sys

import pytest
from moderation_support import EXAMPLES, FULL, start_show, texts

from bot.app import Hawker
from bot.commands import CommandRegistry, CommandRouter, Context, Rest, command
from bot.config import Config
from bot.events import ChatMessage, ModKind, Role, Viewer
from bot.mentions import plain, render, token
from bot.moderation.identity import AmbiguousName, Roster
from bot.pipeline import Outcome
from plugins.console import ConsoleAdapter
from plugins.console.adapter import parse_line


class DiscordLike(ConsoleAdapter):
    """A console that mentions by id, as Discord does."""

    def mention(self, viewer: Viewer) -> str:
        return f"<@{viewer.id}>"


async def twitch_show(tmp_path, clock):  # noqa: ANN001, ANN201
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "t.db"
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None, capabilities=FULL)
    twitch = ConsoleAdapter(clock=clock, out=None, capabilities=FULL, platform="twitch")
    app.add_adapter(console)
    app.add_adapter(twitch)
    await app.start()
    return app, console, twitch


async def test_a_twitch_login_names_the_viewer_whose_display_name_is_chinese(tmp_path, clock):
    app, console, twitch = await twitch_show(tmp_path, clock)

    async def wolf(text: str) -> Outcome:
        return await twitch.say("一匹狼", text, viewer_id="4101", login="ippiki_wolf")

    async def mod(text: str) -> None:
        await twitch.say("Amy", text, Role.MODERATOR, viewer_id="1", login="amy")

    assert await wolf("hi from Osaka") == Outcome.CHATTER
    await mod("!permit @ippiki_wolf")
    assert await wolf("my unboxing: vid.example.io/abc") != Outcome.MODERATED  # permitted
    await mod("!mute @ippiki_wolf")
    assert await wolf("how much is the beef?") == Outcome.MODERATED  # muted, really
    await mod("!unmute @一匹狼")  # the display name names the same viewer
    assert await wolf("how much is the beef?") == Outcome.QUESTION
    await mod("!ban @IPPIKI_WOLF")
    await clock.advance(1)
    bans = [a for a in twitch.actions if a.kind is ModKind.BAN]
    assert [b.message.viewer.id for b in bans] == ["4101"]
    said = " ".join(d.text for d in twitch.sent)
    assert "haven't seen" not in said and "Banned @ippiki_wolf" in said
    # Replies mention the viewer by login, the name Twitch highlights.
    assert any(d.text.startswith("@amy:") for d in twitch.sent)
    await app.stop()


async def test_an_impersonator_is_muted_alone_and_a_shared_name_is_refused(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock)
    assert await console.say("ava", "hello!", viewer_id="real") == Outcome.CHATTER
    assert await console.say("ava", "hi it's me ava", viewer_id="fake") == Outcome.CHATTER
    await console.say("amy", "!mute @ava", Role.MODERATOR)
    await clock.advance(1)
    assert "2 viewers answer to @ava" in texts(console)[-1]
    assert len(app.moderation.controls.mutes) == 0
    await console.say("amy", "!mute id:fake", Role.MODERATOR)
    assert await console.say("ava", "how much is the beef?", viewer_id="fake") == Outcome.MODERATED
    assert await console.say("ava", "how much is the beef?", viewer_id="real") == Outcome.QUESTION
    await app.stop()
    # After a restart the mute still holds the impersonator only, by id.
    app, console = await start_show(tmp_path / "h.db", clock)
    assert await console.say("ava", "hi again", viewer_id="fake") == Outcome.MODERATED
    assert await console.say("ava", "hi again", viewer_id="real") == Outcome.CHATTER
    await app.stop()


def test_roster_resolves_login_display_name_and_mention_or_refuses():
    roster = Roster()

    def see(vid: str, name: str, login: str = "", platform: str = "discord") -> None:
        v = Viewer(platform, vid, name, login=login)
        roster.see(ChatMessage(platform, "c", vid, v, "hi", 0.0))

    see("111", "Ava", login="ava_w")
    see("222", "Ava", login="ava.k")
    see("333", "Ｂｏｂ", login="bob_the_builder")  # full-width display name
    assert roster.resolve("discord", "<@111>").viewer.id == "111"
    assert roster.resolve("discord", "<@!222>").viewer.id == "222"
    assert roster.resolve("discord", "@ava_w").viewer.id == "111"
    assert roster.resolve("discord", "@AVA.K").viewer.id == "222"
    assert roster.resolve("discord", "@bob").viewer.id == "333"  # width and case folded
    assert roster.resolve("discord", "b\u200bob").viewer.id == "333"  # invisible characters
    with pytest.raises(AmbiguousName, match="@ava_w, @ava.k"):
        roster.resolve("discord", "@Ava")
    assert roster.resolve("twitch", "@ava_w") is None  # ids are per platform
    # Renamed: the old display name no longer points at them.
    see("333", "Robert", login="bob_the_builder")
    assert roster.resolve("discord", "@bob") is None
    assert roster.resolve("discord", "@robert").viewer.id == "333"


async def test_draw_winners_are_mentioned_by_id_where_the_platform_can(tmp_path, clock):
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "d.db"
    app = Hawker(config, clock)
    discord = DiscordLike(clock=clock, out=None, capabilities=FULL, platform="discord",
                          channel="chan")
    console = ConsoleAdapter(clock=clock, out=None, capabilities=FULL)
    app.add_adapter(discord)
    app.add_adapter(console)
    await app.start()
    try:
        draw_id = app.draws.create("Duvet", 1, "goose", 60, "show")
        app.draws.open(draw_id)
        # Two members show the same name; only one enters.
        await discord.say("ava", "hi all", viewer_id="5001")
        await discord.say("ava", "goose", viewer_id="5002")
        await clock.advance(61)
        [winner] = [p for p in app.draws.store.picks(draw_id)]
        assert winner.viewer_id == "5002"
        line = next(d.text for d in discord.sent if "congratulations" in d.text)
        assert "<@5002>" in line and "<@5001>" not in line
        elsewhere = next(d.text for d in console.sent if "congratulations" in d.text)
        assert "@ava" in elsewhere and "\ue000" not in elsewhere
    finally:
        await app.stop()


def test_mention_tokens_render_per_platform_and_cannot_be_forged():
    text = f"congratulations {token('discord', '42', 'ava')}!"
    assert render(text, "discord", lambda v: f"<@{v.id}>") == "congratulations <@42>!"
    assert render(text, "twitch", lambda v: f"@{v.id}") == "congratulations @ava!"
    assert plain(text) == "congratulations @ava!"
    forged = token("discord", "1", "eve\ue002\ue000discord\ue00199\ue001x\ue002")
    assert render(forged, "discord", lambda v: f"<@{v.id}>") == "<@1>"


def test_console_lines_with_an_unknown_role_are_an_error_not_a_crash():
    assert parse_line("amy(moderator): !bot pause") == ("amy", Role.MODERATOR, "!bot pause")
    assert parse_line("bob: hi") == ("bob", Role.VIEWER, "hi")
    assert parse_line("!bot status") == ("you", Role.OWNER, "!bot status")
    with pytest.raises(ValueError, match="unknown role 'admin'"):
        parse_line("bob(admin): hello")


async def test_console_keeps_reading_after_a_bad_line(tmp_path, clock, monkeypatch):
    lines = "bob(admin): hello\nbob(): hi\namy(moderator): !bot pause\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "c.db"
    app = Hawker(config, clock)
    printed: list[str] = []
    console = ConsoleAdapter(clock=clock, out=None, capabilities=FULL, interactive=True,
                             on_output=printed.append)
    app.add_adapter(console)
    await app.start()
    try:
        await asyncio.wait_for(console._stdin_task, 5)
        assert app.moderation.controls.paused  # the moderator's later line still works
        assert any("line 1: unknown role 'admin'" in p for p in printed)
    finally:
        await app.stop()


async def test_other_bots_commands_get_no_answer_help_like_ones_do(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock)
    for line in ("!uptime", "!followage", "!so @bob", "!points", "!discord", "!sr song"):
        assert await console.say("ann", line) == Outcome.COMMAND
        await clock.advance(31)
    assert texts(console) == []
    await console.say("bo", "!hlep")
    await console.say("cy", "!commnads")
    await console.say("dee", "!help")
    await clock.advance(1)
    said = texts(console)
    assert len(said) == 3 and all("!help" in t or "Commands:" in t for t in said)
    await app.stop()
    app, console = await start_show(tmp_path / "h2.db", clock, moderation={"unknown_commands": "hint"})
    await console.say("ann", "!uptime")
    await clock.advance(1)
    assert "there's no !uptime" in texts(console)[-1]
    await app.stop()


async def test_commands_are_parsed_after_normalisation(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock)
    assert await console.say("amy", "！ｂｏｔ　ｐａｕｓｅ", Role.MODERATOR) == Outcome.COMMAND
    assert app.moderation.controls.paused
    assert await console.say("amy", "!bot\u200b resume", Role.MODERATOR) == Outcome.COMMAND
    assert not app.moderation.controls.paused
    await app.stop()


async def test_free_text_arguments_keep_what_was_typed(tmp_path, clock):
    got: list[str] = []
    registry = CommandRegistry()
    registry.add_cog(_Echo(got))
    router = CommandRouter(registry, lambda out: None, clock)
    v = Viewer("console", "a", "a")
    await router.dispatch(ChatMessage("console", "c", "1", v, "！echo 冷冻的，冷链\u200b发货。", 0.0))
    assert got == ["冷冻的，冷链发货。"]  # full-width punctuation kept, the invisible space gone


class _Echo:
    def __init__(self, got: list[str]) -> None:
        self.got = got

    @command("echo")
    async def echo(self, ctx: Context, text: Rest) -> None:
        self.got.append(text)
