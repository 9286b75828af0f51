"""Slash commands: the registry as app commands, typed options, autocompletion, /ask, sync."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import discord
import pytest
from discord_harness import CHANNEL, GUILD, MOD_ROLE, OTHER_CHANNEL, DiscordHarness, drain

from bot.app import Hawker
from bot.clock import FakeClock
from bot.commands import (
    ArgumentError,
    CommandRegistry,
    CommandRouter,
    Context,
    Duration,
    HelpCommands,
    Mention,
    Rest,
    command,
)
from bot.config import Config
from bot.events import Reply, Role
from bot.outbox import Outbox
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from plugins.discord.slash import DiscordCommands, SlashCommands

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
CALLBACK = "/interactions/{webhook_id}/{webhook_token}/callback"
ORIGINAL = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"


SIXTY = Duration(60)


class ShopCog:
    """Commands shaped like the features' own: typed arguments, a moderator command."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    @command("deals", help="What's on sale now")
    async def deals(self, ctx: Context, product: str = "") -> None:
        self.calls.append(("deals", product))
        ctx.reply(f"deals on {product or 'everything'}")

    @command("draw create", min_role=Role.MODERATOR, help="Create a lucky draw")
    async def create(self, ctx: Context, prize: str, winners: int = 1,
                     duration: Duration = SIXTY) -> None:
        self.calls.append(("draw create", prize, winners, float(duration)))
        ctx.reply(f"draw for {prize}: {winners} winner(s), {duration:.0f}s")

    @command("draw remove", min_role=Role.MODERATOR, help="Remove a viewer from the draw")
    async def remove(self, ctx: Context, viewer: Mention) -> None:
        self.calls.append(("draw remove", str(viewer)))
        ctx.reply(f"removed {viewer}")

    @command("note", help="Leave a note")
    async def note(self, ctx: Context, text: Rest) -> None:
        if text == "boom":
            raise ArgumentError("no booms")
        self.calls.append(("note", text))
        ctx.reply("noted")


@dataclass
class Core:
    """The core's command path alone (registry, router, pipeline, outbox), so these tests do not
    depend on which features the app has wired today."""

    clock: FakeClock
    registry: CommandRegistry = field(default_factory=CommandRegistry)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.clock)
        self.router = CommandRouter(self.registry, self.outbox.put, self.clock)
        self.questions = QuestionQueue()
        self.pipeline = Pipeline(self.router, self.questions)
        self.registry.add_cog(HelpCommands(self.registry))


@pytest.fixture
async def show(clock):
    app = Core(clock)
    cog = ShopCog()
    app.registry.add_cog(cog)
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    slash = SlashCommands(adapter, app.registry,
                          products=lambda: [("beef-01", "Wagyu beef box"), ("rice-02", "Rice")])
    app.registry.add_cog(DiscordCommands(slash))
    app.outbox.add_adapter(adapter)
    app.outbox.start()
    await adapter.start(app.pipeline.handle)
    harness.guild_create(adapter)
    yield app, harness, adapter, slash, cog
    await adapter.stop()
    await app.outbox.stop()
    harness.close()


async def test_the_apps_registry_becomes_slash_commands(tmp_path, clock):
    """Whatever features the app wires, each command is a slash command or listed as prefix-only."""
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "hawker.db"
    app = Hawker(config, clock)
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    slash = SlashCommands(adapter, app.registry)
    slash.build()
    names = {c.qualified_name for c in slash.tree.walk_commands(guild=slash.guild)}
    for cmd in app.registry.commands:
        assert cmd.name in names or cmd.name in slash.skipped, cmd.name
    assert "ask" in names and "help" in names
    app.store.close()
    harness.close()


def bodies(harness, path):
    return [c.json for c in harness.http.find(path=path)]


async def test_every_registry_command_is_a_slash_command(show):
    app, harness, adapter, slash, cog = show
    names = {c.qualified_name for c in slash.tree.walk_commands(guild=slash.guild)}
    assert {"ask", "deals", "draw create", "draw remove", "note", "help", "discord sync"} <= names
    create = slash.tree.get_command("draw", guild=slash.guild).get_command("create")
    options = {p.name: (p.type.name, p.required) for p in create.parameters}
    assert options == {"prize": ("string", True), "winners": ("integer", False),
                       "duration": ("string", False)}
    remove = slash.tree.get_command("draw", guild=slash.guild).get_command("remove")
    assert remove.parameters[0].type.name == "user"
    # Nothing is uploaded on start: command sync is the owner's explicit act.
    assert harness.http.find("PUT") == []


async def test_slash_command_runs_through_the_core_and_answers_privately(show):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "deals", {"product": "beef-01"})
    assert cog.calls == [("deals", "beef-01")]
    [defer] = bodies(harness, CALLBACK)
    assert defer == {"type": 5, "data": {"flags": 64}}  # deferred, ephemeral
    [answer] = bodies(harness, ORIGINAL)
    assert answer["content"] == "deals on beef-01"
    assert harness.http.channel_messages() == []  # nothing in the channel itself


async def test_typed_options_and_defaults(show, clock):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "mod", "draw create", {"prize": "Beef", "duration": "2m"},
                        roles=[MOD_ROLE])
    await harness.slash(adapter, "mod", "draw remove", {"viewer": "x"}, users={"viewer": "bob"},
                        roles=[MOD_ROLE])
    bob = harness.user_id("bob")  # a member chosen in the menu is named by id, not by name
    assert cog.calls == [("draw create", "Beef", 1, 120.0), ("draw remove", f"<@{bob}>")]


async def test_privilege_is_the_cores(show):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "draw create", {"prize": "Beef"})
    assert cog.calls == []
    [answer] = bodies(harness, ORIGINAL)
    assert "moderator" in answer["content"]


async def test_bad_input_is_told_privately(show):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "mod", "draw create", {"prize": "Beef box"}, roles=[MOD_ROLE])
    [refusal] = bodies(harness, CALLBACK)
    assert refusal["type"] == 4 and refusal["data"]["flags"] == 64
    assert "one word" in refusal["data"]["content"]
    await harness.slash(adapter, "ava", "note", {"text": "boom"})
    assert bodies(harness, ORIGINAL)[-1]["content"] == "no booms"
    await harness.slash(adapter, "ava", "note", {"text": "two words fine"})
    assert cog.calls == [("note", "two words fine")]


async def test_product_autocompletion(show):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "deals", {"product": "bee"}, focused="product")
    [reply] = bodies(harness, CALLBACK)
    assert reply == {"type": 8, "data": {"choices": [
        {"name": "Wagyu beef box (beef-01)", "value": "beef-01"}]}}
    assert cog.calls == []


async def test_ask_is_a_private_question(show):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "ask", {"question": "does the beef ship to Chengdu?"})
    [defer] = bodies(harness, CALLBACK)
    assert defer["data"]["flags"] == 64
    [msg] = app.questions.take(1)
    assert msg.text == "does the beef ship to Chengdu?" and msg.addressed_to_bot
    assert adapter.replies_privately(msg)
    await harness.slash(adapter, "ben", "ask", {"question": "price of rice?", "private": False})
    assert bodies(harness, CALLBACK)[-1] == {"type": 5}  # public "thinking…"


async def test_unanswered_interaction_is_taken_down(show, clock):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "ask", {"question": "anyone there?"})
    await drain(clock, 601, step=30)
    assert harness.http.find("DELETE", ORIGINAL)


async def test_outside_the_show_channel(show):
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "deals", {}, channel=OTHER_CHANNEL)
    [refusal] = bodies(harness, CALLBACK)
    assert refusal["data"]["flags"] == 64 and "show's channel" in refusal["data"]["content"]
    assert cog.calls == []


async def test_sync_is_an_owner_command(show):
    app, harness, adapter, slash, cog = show
    await harness.message(adapter, "mod", "!discord sync", roles=[MOD_ROLE])
    assert harness.http.find("PUT") == []
    await harness.slash(adapter, "owner", "discord sync")
    [put] = harness.http.find("PUT")
    assert put.path == "/applications/{application_id}/guilds/{guild_id}/commands"
    names = {c["name"] for c in put.json}
    assert {"ask", "deals", "draw", "note", "help", "discord"} <= names
    # Moderator-only commands are hidden from viewers' menus (the core still checks each call).
    shown = {c["name"]: c.get("default_member_permissions") for c in put.json}
    manage_messages = discord.Permissions(manage_messages=True).value
    assert shown["draw"] == shown["discord"] == manage_messages
    assert shown["ask"] is shown["deals"] is shown["note"] is shown["help"] is None
    assert "registered with Discord" in bodies(harness, ORIGINAL)[-1]["content"]


async def test_prefix_commands_still_work_in_the_channel(show, clock):
    app, harness, adapter, slash, cog = show
    await harness.message(adapter, "ava", "!deals rice-02")
    await drain(clock, 1)
    assert cog.calls == [("deals", "rice-02")]
    [post] = harness.http.channel_messages(CHANNEL)
    assert post.json["content"] == f"<@{harness.user_id('ava')}>: deals on rice-02"


async def test_coalesced_answer_reaches_each_asker_where_they_asked(show, clock):
    """One answer crediting a private /ask and a channel question: the /ask asker gets it
    privately, the channel asker in the channel, whichever of them asked first."""
    app, harness, adapter, slash, cog = show
    await harness.slash(adapter, "ava", "ask", {"question": "price of rice?"})
    await harness.message(adapter, "ben", "price of rice?", mention_bot=True)
    await harness.slash(adapter, "cy", "ask", {"question": "rice price?"})
    ava, ben, cy = app.questions.take(3)
    app.outbox.put(Reply(ben, "Rice is ¥39 today.", mentions=(ben.viewer, ava.viewer, cy.viewer)))
    app.outbox.put(Reply(cy, "Still ¥39.", mentions=(cy.viewer, ben.viewer)))
    await drain(clock, 6)
    private = [c.json["content"] for c in harness.http.find("PATCH", ORIGINAL)]
    assert private == ["Rice is ¥39 today."] * 2  # ava's and cy's "thinking…" become the answer
    [followup] = harness.http.find("POST", "/webhooks/{webhook_id}/{webhook_token}")
    assert followup.json["content"] == "Still ¥39." and followup.json["flags"] == 64
    posts = [c.json["content"] for c in harness.http.channel_messages(CHANNEL)]
    ben_ = f"<@{harness.user_id('ben')}>"
    assert posts == [f"{ben_}: Rice is ¥39 today.", f"{ben_}: Still ¥39."]


async def test_app_wiring(tmp_path, clock):
    """`[platforms.discord]` in hawker.toml gives the app a Discord adapter, `!discord sync`
    and draw buttons; a message goes through the app's own pipeline."""
    from plugins.discord import DiscordAdapter

    toml = tmp_path / "hawker.toml"
    toml.write_text((EXAMPLES / "hawker.toml").read_text(encoding="utf-8")
                    + f"\n[platforms.discord]\nguild_id = {GUILD}\nchannel_ids = [{CHANNEL}]\n",
                    encoding="utf-8")
    config = Config.load(toml)
    config.base_dir = EXAMPLES
    config.store.path = tmp_path / "hawker.db"
    app = Hawker(config, clock)
    [adapter] = [a for a in app.configured_adapters() if a.platform == "discord"]
    assert isinstance(adapter, DiscordAdapter) and adapter.connect
    assert app.discord().adapter is adapter  # built once, however often asked
    assert app.registry.find(["discord", "sync"]) is not None
    app.store.close()

    app = Hawker(config, clock)
    harness = DiscordHarness()
    adapter = harness.attach(app.discord(connect=False).adapter)
    app.add_adapter(adapter)
    await app.start()
    harness.guild_create(adapter)
    await harness.message(adapter, "ava", "!help", mention_bot=True)
    await drain(clock, 2)
    assert any("!help" in (c.json["content"] or "") for c in harness.http.channel_messages())
    await app.stop()
    harness.close()


async def test_late_acknowledgement_falls_back_to_the_channel(show, clock):
    """Discord refuses the deferral (the 3 s passed): the command still runs and its answer
    goes to the channel instead of being lost."""
    app, harness, adapter, slash, cog = show
    harness.http.failures[("POST", CALLBACK)] = [404]
    await harness.slash(adapter, "ava", "deals", {"product": "rice-02"})
    await drain(clock, 1)
    assert cog.calls == [("deals", "rice-02")]
    assert [c.json["content"] for c in harness.http.channel_messages(CHANNEL)] == [
        f"<@{harness.user_id('ava')}>: deals on rice-02"]


def test_names_discord_refuses_stay_prefix_commands(clock):
    class Odd:
        @command("odds?", help="Your odds")
        async def odds(self, ctx: Context) -> None: ...

        @command("Promo Now", help="Mixed case is lowered")
        async def promo(self, ctx: Context) -> None: ...

    app = Core(clock)
    app.registry.add_cog(Odd())
    harness = DiscordHarness()
    slash = SlashCommands(harness.adapter(clock), app.registry)
    slash.build()
    names = {c.qualified_name for c in slash.tree.walk_commands(guild=slash.guild)}
    assert "odds?" in slash.skipped and "promo now" in names
    harness.close()
