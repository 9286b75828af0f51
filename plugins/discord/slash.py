"""Every command in the core's registry as a Discord slash command, plus `/ask`.

A slash command is turned back into the text of the prefix command (`/draw create prize:Beef
winners:3` → `!draw create Beef 3`) and goes through the same pipeline, so privilege checks,
cooldowns, argument errors and handlers are the core's, not a second copy. The interaction is
deferred at once (Discord allows 3 s) and the core's reply arrives as the interaction response:
private, and not subject to the channel's 5-per-5-seconds limit.

Commands are registered with Discord only by `!discord sync` (owner), never on start: syncing on
every start is slow and rate limited, and a restart mid-show must not touch the command list.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any, Optional

import discord
from discord import app_commands

from bot.commands import (
    ArgumentError,
    Command,
    CommandRegistry,
    Context,
    Duration,
    Mention,
    command,
)
from bot.events import Role
from bot.persona import Persona
from plugins.discord.adapter import DiscordAdapter
from plugins.discord.buttons import locale_language

log = logging.getLogger(__name__)

# The slash commands' own words (phrase key -> language -> template); a persona file overrides
# any of them. A user is answered in their Discord client's language where the show speaks it.
PHRASES: dict[str, dict[str, str]] = {
    "discord.option_needed": {"en": "{param}: needed when {given} is given",
                              "zh": "填了 {given} 就也要填 {param}"},
    "discord.one_word": {"en": "{param}: one word, please (got {text})",
                         "zh": "{param}：请只写一个词（收到的是 {text}）"},
    "discord.wrong_channel_ask": {"en": "Hawker only answers in the show's channel.",
                                  "zh": "只在直播频道里回答哦。"},
    "discord.sync_refused": {"en": "Discord refused the command sync: {error}",
                             "zh": "Discord 拒绝了命令同步：{error}"},
    "discord.synced": {"en": "{count} slash commands registered with Discord.",
                       "zh": "已在 Discord 注册 {count} 个斜杠命令。"},
    # Discord's own menus: uploaded with the commands, Chinese for Chinese clients.
    "discord.ask": {"en": "Ask the host a question", "zh": "向主播提问"},
    "discord.ask_question": {"en": "what you'd like to know", "zh": "你想知道什么"},
    "discord.ask_private": {"en": "only you see the answer", "zh": "只有你能看到回答"},
    "discord.hint_duration": {"en": "a duration like 90s, 2m or 1h",
                              "zh": "时长，比如 90s、2m 或 1h"},
    "discord.hint_viewer": {"en": "a viewer", "zh": "一位观众"},
}


def _menu_text(key: str) -> app_commands.locale_str:
    """A menu text Discord shows in the user's language: English as the default, the
    persona's other languages through `PhrasebookTranslator` at sync."""
    return app_commands.locale_str(PHRASES[key]["en"], phrase=key)


class PhrasebookTranslator(app_commands.Translator):
    """discord.py's public localisation hook: the menu texts made with `_menu_text` in each
    language the show speaks (a persona file may override them), for the Discord locales of
    that language (zh-CN, zh-TW for "zh"). Other texts and locales keep the English."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        key, cmd = string.extras.get("phrase"), string.extras.get("command")
        lang = "zh" if str(locale.value).lower().startswith("zh") else None
        if lang is None or lang not in self.persona.languages:
            return None
        if isinstance(cmd, Command):  # a command's own help line in that language
            said = cmd.help_text("/", self.persona, lang)[:100]
            return said if said != cmd.help_text("/", self.persona)[:100] else None
        return self.persona.say(key, lang, defaults=PHRASES) if key else None

# Argument names that take a product: Discord offers the catalog's names as the viewer types.
PRODUCT_PARAMS = {"product", "sku", "item"}
# How long a deferred "thinking…" waits for the core's reply before it is taken down.
COMMAND_REPLY_WAIT = 60.0
ASK_REPLY_WAIT = 600.0

_OPTION_TYPES: dict[type, Any] = {str: str, int: int, float: float, Duration: str,
                                  Mention: discord.Member}
_HINTS = {Duration: "discord.hint_duration", Mention: "discord.hint_viewer"}

ProductNames = Callable[[], Iterable[tuple[str, str]]]
# What Discord accepts as a command or option name, and how many commands a guild may have.
_DISCORD_NAME = re.compile(r"^[-_\w]{1,32}$")
MAX_TOP_LEVEL = 100


def _shown_to(min_role: Role) -> discord.Permissions | None:
    """Who sees a command in Discord's menu by default: moderator commands only members who
    can manage messages (the core's moderator rung; server admins can widen it under
    Integrations). Discord hides whole top-level commands only, so a group is shown to the
    lowest rung of its subcommands. The core still checks every call."""
    return discord.Permissions(manage_messages=True) if min_role >= Role.MODERATOR else None


class SlashCommands:
    """Builds the app-command tree from the registry when the adapter starts."""

    def __init__(self, adapter: DiscordAdapter, registry: CommandRegistry, *,
                 products: ProductNames = lambda: ()) -> None:
        self.adapter = adapter
        adapter.persona.check_slots(PHRASES)  # an override's unknown slot stops start-up
        self.registry = registry
        self.products = products
        self.tree = app_commands.CommandTree(adapter.client)
        self.guild = discord.Object(adapter.config.guild_id)
        self.skipped: list[str] = []
        adapter.on_start.append(self.build)

    # -- the tree -----------------------------------------------------------------------

    def build(self) -> None:
        """(Re)build the local tree from the registry; Discord sees it only after `sync`."""
        self.tree.clear_commands(guild=self.guild)
        self.skipped = []
        groups: dict[str, app_commands.Group] = {}
        lowest: dict[str, Role] = {}  # per group: the lowest rung any of its commands allows
        top = {c.name.lower().split()[0] for c in self.registry.commands if " " in c.name}
        self.tree.add_command(self._ask_command(), guild=self.guild)
        count = 1
        for cmd in sorted(self.registry.commands, key=lambda c: c.name):
            words = cmd.name.lower().split()
            names = [*words, *(p.name for p in cmd.params)]
            if (words[0] == "ask" or len(words) > 2
                    or not all(_DISCORD_NAME.match(n) for n in names)):
                self.skipped.append(cmd.name)  # a name Discord would refuse: prefix only
                continue
            if len(words) == 1 and words[0] in top:
                # Discord cannot have `/draw` and `/draw open` both; the bare one stays a prefix
                # command.
                self.skipped.append(cmd.name)
                continue
            parent = None
            if len(words) == 2:
                parent = groups.get(words[0])
                if parent is None:
                    parent = groups[words[0]] = app_commands.Group(
                        name=words[0], description=f"{words[0]} commands", guild_only=True)
                    count += 1
            if count > MAX_TOP_LEVEL or (parent is not None and len(parent.commands) >= 25):
                self.skipped.append(cmd.name)  # past Discord's limits
                continue
            try:
                slash = self._app_command(cmd, words[-1], parent)
            except (TypeError, ValueError) as err:
                log.warning("discord: no slash form for %s: %s", cmd.name, err)
                self.skipped.append(cmd.name)
                continue
            if parent is None:
                count += 1
            if parent is not None:
                parent.add_command(slash)
                lowest[words[0]] = min(lowest.get(words[0], cmd.min_role), cmd.min_role)
            else:
                slash.default_permissions = _shown_to(cmd.min_role)
                self.tree.add_command(slash, guild=self.guild)
        for word, group in groups.items():
            group.default_permissions = _shown_to(lowest[word])
            self.tree.add_command(group, guild=self.guild)
        if self.skipped:
            log.info("discord: prefix only (no slash form): %s", ", ".join(self.skipped))

    async def sync(self) -> int:
        """Upload the command list to the guild (guild commands appear at once), the menu
        texts localised for the languages the show speaks."""
        if self.tree.translator is None:
            await self.tree.set_translator(PhrasebookTranslator(self.adapter.persona))
        synced = await self.tree.sync(guild=self.guild)
        return len(synced)

    def _app_command(self, cmd: Command, name: str,
                     parent: app_commands.Group | None) -> app_commands.Command:
        params = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=discord.Interaction)]
        descriptions: dict[str, str | app_commands.locale_str] = {}
        for p in cmd.params:
            kind = _OPTION_TYPES[p.kind]
            params.append(inspect.Parameter(
                p.name, inspect.Parameter.KEYWORD_ONLY,
                annotation=kind if p.required else Optional[kind],  # noqa: UP045 - evaluated by discord.py
                default=inspect.Parameter.empty if p.required else None))
            hint = _HINTS.get(p.kind)
            descriptions[p.name] = _menu_text(hint) if hint else p.name.replace("_", " ")

        async def callback(interaction: discord.Interaction, **values: Any) -> None:
            await self._invoke(interaction, cmd, values)

        callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        callback = app_commands.describe(**descriptions)(callback)
        about = app_commands.locale_str((cmd.help_text("/") or cmd.name)[:100], command=cmd)
        slash = app_commands.Command(name=name, description=about,
                                     callback=callback, parent=parent)
        for p in cmd.params:
            if p.name in PRODUCT_PARAMS and p.kind is str:
                slash.autocomplete(p.name)(self._complete_product)
        return slash

    def _ask_command(self) -> app_commands.Command:
        async def ask(interaction: discord.Interaction, question: str,
                      private: bool = True) -> None:
            if not await self._in_show(interaction):
                return
            deferred = await self.adapter.defer(interaction, private=private)
            msg = self.adapter.interaction_message(interaction, question.strip(), private=private,
                                                   question=True, deferred=deferred)
            self.adapter.expire_later(msg, ASK_REPLY_WAIT)
            await self.adapter.deliver(msg)

        described = app_commands.describe(question=_menu_text("discord.ask_question"),
                                          private=_menu_text("discord.ask_private"))(ask)
        return app_commands.Command(name="ask", description=_menu_text("discord.ask"),
                                    callback=described)

    # -- running one ----------------------------------------------------------------------

    async def _invoke(self, interaction: discord.Interaction, cmd: Command,
                      values: dict[str, Any]) -> None:
        if not await self._in_show(interaction):
            return
        try:
            text = self.command_text(cmd, values)
        except ArgumentError as err:
            persona = self.adapter.persona
            said = err.say(persona, locale_language(persona, interaction.locale))
            await interaction.response.send_message(said, ephemeral=True)
            return
        deferred = await self.adapter.defer(interaction, private=True)
        msg = self.adapter.interaction_message(interaction, text, private=True, deferred=deferred)
        self.adapter.expire_later(msg, COMMAND_REPLY_WAIT)
        await self.adapter.deliver(msg)

    def command_text(self, cmd: Command, values: dict[str, Any]) -> str:
        """The prefix command equivalent to the slash command's options."""
        words = [f"{self.adapter.prefix}{cmd.name}"]
        given = [p for p in cmd.params if values.get(p.name) is not None]
        last = cmd.params.index(given[-1]) if given else -1
        for i, p in enumerate(cmd.params[: last + 1]):
            value = values.get(p.name)
            if value is None:  # an option left out before one given: its default keeps the place
                if p.default in (None, ""):
                    raise ArgumentError.phrase(PHRASES, "discord.option_needed", param=p.name,
                                               given=given[-1].name)
                value = p.default
            if isinstance(value, discord.abc.User):
                value = f"<@{value.id}>"  # the member chosen, not whoever shows their name
            text = str(value).strip()
            if not p.rest and i < len(cmd.params) - 1 and len(text.split()) > 1:
                raise ArgumentError.phrase(PHRASES, "discord.one_word", param=p.name,
                                           text=repr(text))
            words.append(text)
        return " ".join(words)

    async def _complete_product(self, interaction: discord.Interaction,
                                current: str) -> list[app_commands.Choice[str]]:
        needle = current.casefold().strip()
        choices = []
        for sku, name in self.products():
            if needle in name.casefold() or needle in sku.casefold():
                choices.append(app_commands.Choice(name=f"{name} ({sku})"[:100], value=sku))
            if len(choices) == 25:  # Discord's limit
                break
        return choices

    async def _in_show(self, interaction: discord.Interaction) -> bool:
        if self.adapter.accepts(interaction):
            return True
        persona = self.adapter.persona
        lang = locale_language(persona, interaction.locale)
        await interaction.response.send_message(
            persona.say("discord.wrong_channel_ask", lang, defaults=PHRASES), ephemeral=True)
        return False


class DiscordCommands:
    """`!discord sync` (owner): push the slash command list to Discord."""

    def __init__(self, slash: SlashCommands) -> None:
        self.slash = slash

    @command("discord sync", min_role=Role.OWNER, help={"en": "Register the slash commands with Discord",
                                                        "zh": "在 Discord 注册斜杠命令"})
    async def sync(self, ctx: Context) -> None:
        self.slash.build()
        try:
            count = await asyncio.wait_for(self.slash.sync(), timeout=30)
        except (discord.HTTPException, TimeoutError) as err:
            raise ArgumentError.phrase(PHRASES, "discord.sync_refused", error=err) from None
        persona = self.slash.adapter.persona
        ctx.reply(persona.say("discord.synced", persona.language_of(ctx.message.text),
                              defaults=PHRASES, count=count), ephemeral=True)
