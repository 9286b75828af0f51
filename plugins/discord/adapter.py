"""The Discord adapter: a discord.py client in the core's asyncio loop, translating both ways.

In: guild messages (with the message-content intent, or only those that mention the bot
without it), slash commands and button presses become ChatMessages with the viewer's place on
the privilege ladder. Out: replies, announcements (as embeds from a Card), interaction responses
and moderation (delete, timeout, ban) where the bot holds the permission.

The adapter decides nothing about commands, answers or draws: a slash command becomes the same
text a prefix command would be, and goes through the same pipeline.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord

from bot.clock import Clock
from bot.config import ConfigError, DiscordSection, secret
from bot.events import Card, ChatMessage, ModAction, ModKind, Role, Viewer
from bot.moderation.roles import DEFAULT_POLICY, DiscordRoleIds, RolePolicy, discord_role
from bot.persona import Persona
from plugins.base import Capabilities, Delivery, MessageSink, RateLimit

if TYPE_CHECKING:
    from plugins.discord.buttons import DrawButtons

log = logging.getLogger(__name__)

PLATFORM = "discord"
# Discord lets an interaction token be used for follow-ups for 15 minutes.
INTERACTION_TTL = 15 * 60
# Gateway replays after a resume can repeat a message; remember this many ids to drop repeats.
SEEN_MESSAGES = 4096
# What the bot needs in a show channel, and what it loses without each permission.
NEEDED = {
    "view_channel": "it cannot see the channel",
    "send_messages": "it cannot speak",
    "embed_links": "cards are sent as plain text",
    "read_message_history": "replies cannot quote the question",
    "manage_messages": "moderators' deletes are not carried out on Discord",
    "moderate_members": "timeouts are not carried out on Discord",
}
_USER_MENTION = re.compile(r"<@!?(\d+)>")
_NAME_MENTION = re.compile(r"@([^\s@<>]+)")
# Display names remembered to turn the core's "@name" into a real Discord mention (a ping).
KNOWN_NAMES = 10_000


def ladder_role(member: discord.Member, permissions: discord.Permissions, cfg: DiscordSection,
                policy: RolePolicy = DEFAULT_POLICY) -> Role:
    """A guild member's rung, by the moderation feature's pure Discord mapping: configured
    role ids, then administrator / manage_messages, then boosters; never the display name."""
    return discord_role(user_id=member.id, role_ids=[r.id for r in member.roles],
                        ids=DiscordRoleIds.from_section(cfg), guild_owner_id=member.guild.owner_id,
                        administrator=permissions.administrator,
                        manage_messages=permissions.manage_messages,
                        booster=member.premium_since is not None, policy=policy)


# A card's own words (phrase key -> language -> template), in the show's first language; a
# persona file overrides them.
CARD_PHRASES: dict[str, dict[str, str]] = {
    "discord.card_ends": {"en": "Ends", "zh": "截止"},
    "discord.card_ends_inline": {"en": "{text} (ends {when})", "zh": "{text}（{when}截止）"},
}
# Said when the adapter is built without the show's persona (tests, tools).
NO_PERSONA = Persona(name="Hawker")


def card_embed(text: str, card: Card, persona: Persona = NO_PERSONA) -> discord.Embed:
    """A Card as an embed: the text as description, fields inline, the countdown as `<t:…:R>`
    under the persona's "Ends" label (its first language)."""
    embed = discord.Embed(title=card.title[:256], description=text[:4096],
                          colour=discord.Colour.orange())
    for name, value in card.fields[:24]:
        embed.add_field(name=name[:256], value=value[:1024], inline=True)
    if card.ends_at is not None:
        ends = persona.say("discord.card_ends", defaults=CARD_PHRASES)
        embed.add_field(name=ends[:256], value=f"<t:{int(card.ends_at)}:R>", inline=True)
    if card.footer:
        embed.set_footer(text=card.footer[:2048])
    return embed


def card_text(text: str, card: Card | None, persona: Persona = NO_PERSONA) -> str:
    """The plain fallback where embeds are not allowed: Discord still renders the countdown."""
    if card is None or card.ends_at is None:
        return text
    return persona.say("discord.card_ends_inline", defaults=CARD_PHRASES, text=text,
                       when=f"<t:{int(card.ends_at)}:R>")


@dataclass(slots=True)
class PendingInteraction:
    """A slash command or button waiting for the core's reply (deferred, so no 3 s limit)."""

    interaction: discord.Interaction
    created: float
    private: bool
    viewer_id: str = ""
    channel: str = ""
    question: bool = False  # an /ask: a coalesced answer crediting this viewer comes here
    answered: bool = False


class HawkerClient(discord.Client):
    """discord.py's client with the adapter attached, so buttons and commands can reach it."""

    def __init__(self, adapter: DiscordAdapter, intents: discord.Intents) -> None:
        # No member chunking: roles arrive with every message and interaction.
        super().__init__(intents=intents, chunk_guilds_at_startup=False,
                         allowed_mentions=discord.AllowedMentions(everyone=False, roles=False))
        self.hawker = adapter
        # The draw buttons' handler, once `DrawButtons` is built: persistent buttons are rebuilt
        # from their custom id and find it here (bot-wide, like discord.py's dynamic items).
        self.draw_buttons: DrawButtons | None = None

    async def on_ready(self) -> None:
        self.hawker.on_ready()

    async def on_message(self, message: discord.Message) -> None:
        await self.hawker.on_message(message)


class DiscordAdapter:
    platform = PLATFORM
    capabilities = Capabilities(max_length=2000, rate=RateLimit(5, 5.0), reply_to=True,
                                delete=True, timeout=True, ban=True, buttons=True,
                                ephemeral=True, embeds=True)

    def __init__(self, config: DiscordSection, *, clock: Clock, prefix: str = "!",
                 policy: RolePolicy = DEFAULT_POLICY, connect: bool = True,
                 persona: Persona = NO_PERSONA) -> None:
        self.config = config
        # The show's persona: the words of cards (its first language).
        self.persona = persona
        persona.check_slots(CARD_PHRASES)
        self.policy = policy
        self.clock = clock
        self.prefix = prefix
        # Tests drive the client through its connection state instead of a gateway.
        self.connect = connect
        intents = discord.Intents.default()
        intents.message_content = config.message_content
        intents.presences = False
        intents.members = False
        self.client = HawkerClient(self, intents)
        self.bot_name = "hawker"
        self._sink: MessageSink | None = None
        self._seen: collections.OrderedDict[int, None] = collections.OrderedDict()
        # Username or display name → the ids seen under it; only a name one member has pings.
        self._names: collections.OrderedDict[str, set[int]] = collections.OrderedDict()
        self._pending: dict[str, PendingInteraction] = {}
        self._messages: dict[str, ChatMessage] = {}
        self._ready_once = False
        self._timers: set[asyncio.Task] = set()
        self._runner = None
        # The client as an async context manager (discord.py's public lifecycle): entered at
        # start, left (closed) at stop.
        self._lifecycle = contextlib.AsyncExitStack()
        # Set by plugins.discord.slash / buttons when they are attached.
        self.on_start: list[Callable[[], None]] = []
        self.on_stop: list[Callable[[], None]] = []

    # -- the Adapter protocol -------------------------------------------------------------

    def channels(self) -> list[str]:
        return [str(c) for c in self.config.channel_ids]

    async def start(self, sink: MessageSink) -> None:
        self._sink = sink
        for hook in self.on_start:
            hook()
        if not self.config.message_content:
            log.warning("discord: the message-content intent is off; Hawker hears slash "
                        "commands and messages that mention it, nothing else")
        # `async with client` makes the loop-bound objects, as login would.
        await self._lifecycle.enter_async_context(self.client)
        if not self.connect:
            return
        token = secret(self.config.token_env)
        try:
            await self.client.login(token)
        except discord.LoginFailure:
            await self._lifecycle.aclose()
            raise ConfigError(f"Discord refused the bot token in {self.config.token_env}") from None
        self._runner = asyncio.create_task(self.client.connect(reconnect=True),
                                           name="discord gateway")
        ready = asyncio.create_task(self.client.wait_until_ready())
        await asyncio.wait({ready, self._runner}, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():  # the gateway gave up before READY: say why, don't hang
            ready.cancel()
            try:
                self._runner.result()
            except discord.PrivilegedIntentsRequired:
                raise ConfigError(
                    "platforms.discord.message_content is true, but the Message Content intent "
                    "is not enabled for this bot in the Discord Developer Portal") from None
            raise ConfigError("the Discord gateway closed before the bot was ready")

    async def stop(self) -> None:
        for hook in self.on_stop:
            hook()
        for task in list(self._timers):
            task.cancel()
        await self._lifecycle.aclose()  # closes the client
        if self._runner is not None:
            await asyncio.gather(self._runner, return_exceptions=True)

    async def send(self, delivery: Delivery) -> str | None:
        pending = self._pending_for(delivery.reply_to)
        if pending is not None:
            return await self._respond(pending, delivery)
        channel = self.client.get_channel(int(delivery.channel))
        if channel is None:
            channel = await self.client.fetch_channel(int(delivery.channel))
        embed = None
        text = delivery.text
        if delivery.card is not None:
            if self._can(channel, "embed_links"):
                embed, text = card_embed(delivery.text, delivery.card, self.persona), ""
            else:
                text = card_text(delivery.text, delivery.card, self.persona)
        reference = None
        if (delivery.reply_to is not None and delivery.reply_to.message_id.isdigit()
                and self._can(channel, "read_message_history")):
            reference = discord.MessageReference(
                message_id=int(delivery.reply_to.message_id), channel_id=channel.id,
                fail_if_not_exists=False)
        message = await channel.send(self.pings(text) or None, embed=embed,
                                     reference=reference, mention_author=False)
        return str(message.id)

    def replies_privately(self, message: ChatMessage) -> bool:
        """Replies to a slash command or button go back as interaction responses, which are
        not subject to the channel's send limit."""
        return self._pending_for(message) is not None

    def private_question(self, viewer: Viewer, channel: str) -> ChatMessage | None:
        """The viewer's unanswered /ask in this channel, where an answer that credits them
        (coalesced with others' questions) should reach them."""
        for key, pending in reversed(self._pending.items()):
            if (pending.question and not pending.answered and pending.viewer_id == viewer.id
                    and pending.channel == channel):
                msg = self._messages.get(key)
                if msg is not None and self._pending_for(msg) is not None:
                    return msg
        return None

    async def moderate(self, action: ModAction) -> bool:
        msg = action.message
        guild = self.client.get_guild(self.config.guild_id)
        channel = self.client.get_channel(int(msg.channel))
        need = {ModKind.DELETE: "manage_messages", ModKind.TIMEOUT: "moderate_members",
                ModKind.BAN: "ban_members"}[action.kind]
        if guild is None or channel is None or not self._can(channel, need):
            log.warning("discord: cannot %s %s: the bot lacks the %s permission",
                        action.kind.value, msg.viewer.display_name, need)
            return False
        http = self.client.http
        reason = action.reason or None
        try:
            if action.kind is ModKind.DELETE:
                if msg.message_id in self._pending:
                    return False  # a slash command has no channel message to delete
                await http.delete_message(channel.id, int(msg.message_id), reason=reason)
            elif action.kind is ModKind.TIMEOUT:
                until = dt.datetime.fromtimestamp(self.clock.now() + action.seconds, dt.UTC)
                await http.edit_member(guild.id, int(msg.viewer.id), reason=reason,
                                       communication_disabled_until=until.isoformat())
            else:
                await http.ban(int(msg.viewer.id), guild.id, 0, reason=reason)
        except discord.Forbidden:
            log.warning("discord: %s of %s refused (role above the bot's?)",
                        action.kind.value, msg.viewer.display_name)
            return False
        return True

    # -- from Discord ---------------------------------------------------------------------

    def on_ready(self) -> None:
        """Called on every (re)connect; reports missing permissions once, announces nothing."""
        if self._ready_once:
            log.info("discord: reconnected")
            return
        self._ready_once = True
        for problem in self.permission_problems():
            log.warning("discord: %s", problem)

    def permission_problems(self) -> list[str]:
        problems = []
        for channel_id in self.config.channel_ids:
            channel = self.client.get_channel(channel_id)
            if channel is None:
                problems.append(f"channel {channel_id} is not visible to the bot")
                continue
            for perm, loss in NEEDED.items():
                if not self._can(channel, perm):
                    problems.append(f"#{channel.name}: no {perm} permission, so {loss}")
        return problems

    async def on_message(self, message: discord.Message) -> None:
        msg = self.translate(message)
        if msg is not None and self._sink is not None:
            await self._sink(msg)

    def translate(self, message: discord.Message) -> ChatMessage | None:
        """A guild message in a show channel → ChatMessage; None for anything to ignore."""
        if (message.guild is None or message.guild.id != self.config.guild_id
                or message.channel.id not in self.config.channel_ids
                or message.author.bot or message.type not in (discord.MessageType.default,
                                                              discord.MessageType.reply)):
            return None
        if not self._first_time(message.id):
            return None
        me = self.client.user
        addressed = me is not None and (me in message.mentions or _replies_to(message, me.id))
        text = self._plain_text(message)
        if not text:  # without the content intent, messages not addressed to us arrive empty
            return None
        ref = message.reference.message_id if message.reference else None
        return ChatMessage(PLATFORM, str(message.channel.id), str(message.id),
                           self.viewer_of(message.author, message.channel), text,
                           self.clock.now(), str(ref) if ref else None, addressed)

    def viewer_of(self, user: discord.abc.User, channel: discord.abc.GuildChannel | None) -> Viewer:
        role = Role.VIEWER
        if isinstance(user, discord.Member):
            perms = channel.permissions_for(user) if channel is not None else user.guild_permissions
            role = ladder_role(user, perms, self.config, self.policy)
        elif user.id in self.config.owner_ids:
            role = Role.OWNER
        for name in {user.name, user.display_name}:
            self._names.setdefault(name, set()).add(user.id)
            self._names.move_to_end(name)
        while len(self._names) > KNOWN_NAMES:
            self._names.popitem(last=False)
        return Viewer(PLATFORM, str(user.id), user.display_name, role, login=user.name)

    def mention(self, viewer: Viewer) -> str:
        """`<@id>`: pings exactly this member, whatever name they or others show."""
        return f"<@{viewer.id}>" if viewer.id.isdigit() else viewer.mention

    def pings(self, text: str) -> str:
        """Plain `@name` left in a text (the core mentions viewers by id, rendered by
        `mention`) becomes a real mention `<@id>` where exactly one member seen in the show
        has that name, and only if it still fits."""

        def swap(match: re.Match) -> str:
            name = match.group(1)
            while name:
                uids = self._names.get(name)
                if uids is not None:
                    if len(uids) != 1:  # two members show this name: ping neither
                        return match.group(0)
                    return f"<@{next(iter(uids))}>{match.group(1)[len(name):]}"
                if name[-1].isalnum():
                    break
                name = name[:-1]  # "@ava:" names ava
            return match.group(0)

        pinged = _NAME_MENTION.sub(swap, text)
        return pinged if len(pinged) <= self.capabilities.max_length else text

    async def defer(self, interaction: discord.Interaction, *, private: bool) -> bool:
        """Acknowledge within Discord's 3 s ("thinking…"); False if Discord refused (too late,
        or an outage), in which case replies go to the channel instead."""
        try:
            await interaction.response.defer(ephemeral=private, thinking=True)
        except discord.HTTPException as err:
            log.warning("discord: could not acknowledge an interaction: %s", err)
            return False
        return True

    def interaction_message(self, interaction: discord.Interaction, text: str, *,
                            private: bool, question: bool = False,
                            deferred: bool = True) -> ChatMessage:
        """A slash command or button as a ChatMessage; replies to it go back to the
        interaction where it was deferred, else to the channel."""
        key = str(interaction.id)
        self._prune()
        channel = interaction.channel
        if not isinstance(channel, discord.abc.GuildChannel):
            channel = None
        msg = ChatMessage(PLATFORM, str(interaction.channel_id), key,
                          self.viewer_of(interaction.user, channel), text, self.clock.now(),
                          None, True)
        if not deferred:
            return msg
        self._pending[key] = PendingInteraction(interaction, self.clock.now(), private,
                                                msg.viewer.id, msg.channel, question)
        self._messages[key] = msg
        return msg

    def accepts(self, interaction: discord.Interaction) -> bool:
        return (interaction.guild_id == self.config.guild_id
                and interaction.channel_id in self.config.channel_ids)

    def expire_later(self, msg: ChatMessage, seconds: float) -> None:
        """Take down a deferred "thinking…" the core never answered (a cooldown, a filter)."""

        async def expire() -> None:
            await self.clock.sleep(seconds)
            pending = self._pending.get(msg.message_id)
            if pending is not None and not pending.answered:
                pending.answered = True
                try:
                    await pending.interaction.delete_original_response()
                except discord.HTTPException:
                    log.info("discord: could not take down an unanswered interaction")

        task = asyncio.create_task(expire())
        self._timers.add(task)
        task.add_done_callback(self._timers.discard)

    async def deliver(self, msg: ChatMessage) -> object:
        assert self._sink is not None, "adapter not started"
        return await self._sink(msg)

    # -- helpers --------------------------------------------------------------------------

    async def _respond(self, pending: PendingInteraction, delivery: Delivery) -> str:
        text = delivery.text
        asker = self.mention(delivery.reply_to.viewer) + ": " if delivery.reply_to else ""
        if pending.private and asker and text.startswith(asker):
            text = text[len(asker):]  # only the asker sees it: no need to name them
        embed = card_embed(text, delivery.card, self.persona) if delivery.card else None
        text = None if embed else text
        interaction = pending.interaction
        if not pending.answered:
            pending.answered = True  # the deferred "thinking…" message becomes the answer
            sent = await interaction.edit_original_response(content=text, embed=embed)
        else:
            kwargs = {"embed": embed} if embed else {}
            sent = await interaction.followup.send(text or "", ephemeral=pending.private,
                                                   wait=True, **kwargs)
        return str(sent.id)

    def _pending_for(self, msg: ChatMessage | None) -> PendingInteraction | None:
        if msg is None or msg.platform != PLATFORM:
            return None
        pending = self._pending.get(msg.message_id)
        if pending is None or self.clock.now() - pending.created > INTERACTION_TTL - 30:
            return None
        return pending

    def _prune(self) -> None:
        cutoff = self.clock.now() - INTERACTION_TTL
        for key in [k for k, p in self._pending.items() if p.created < cutoff]:
            del self._pending[key]
            self._messages.pop(key, None)

    def _first_time(self, message_id: int) -> bool:
        if message_id in self._seen:
            return False
        self._seen[message_id] = None
        if len(self._seen) > SEEN_MESSAGES:
            self._seen.popitem(last=False)
        return True

    def _plain_text(self, message: discord.Message) -> str:
        """The content with the bot's own mention removed and others as `@display name`; in a
        command, mentions stay `<@id>`, so `!mute @ava` means the member pinged, not whoever
        else shows the name ava."""
        me = self.client.user
        names = {m.id: m.display_name for m in message.mentions}
        command = _USER_MENTION.sub("", message.content).lstrip().startswith(self.prefix)

        def swap(match: re.Match) -> str:
            uid = int(match.group(1))
            if me is not None and uid == me.id:
                return ""
            if command:
                return f"<@{uid}>"
            return f"@{names.get(uid, match.group(1))}"

        return " ".join(_USER_MENTION.sub(swap, message.content).split())

    def _can(self, channel: object, permission: str) -> bool:
        guild = getattr(channel, "guild", None)
        if guild is None or guild.me is None:
            return False
        return bool(getattr(channel.permissions_for(guild.me), permission))


def _replies_to(message: discord.Message, user_id: int) -> bool:
    resolved = message.reference.resolved if message.reference else None
    return isinstance(resolved, discord.Message) and resolved.author.id == user_id
