"""Draw entry and prize claims by button, surviving restarts.

The button's custom id names the draw and the action (`hawker:draw:<id>:join`), and the class is
registered with `client.add_dynamic_items`, so a button posted before a restart still works
after it: discord.py rebuilds the item from the id of any press. A press calls the draws
feature (`enter(viewer, source)` / `claim(viewer)`); the viewer is told the outcome privately
once the feature returns, that is once the entry is committed. The entry count on the draw
message is edited at a bounded rate (`count_edit_seconds`), however fast entries come.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import discord

from bot.commands import ArgumentError
from bot.events import Card, Viewer
from bot.outbox import SlidingWindow
from bot.persona import Persona
from bot.store import Store
from plugins.discord.adapter import (
    CARD_PHRASES,
    NO_PERSONA,
    DiscordAdapter,
    HawkerClient,
    card_embed,
    card_text,
)

log = logging.getLogger(__name__)

TEMPLATE = r"hawker:draw:(?P<draw>[A-Za-z0-9_-]{1,64}):(?P<action>join|claim)"
STYLES = {"join": discord.ButtonStyle.success, "claim": discord.ButtonStyle.primary}

# The buttons' and panels' words (phrase key -> language -> template); a persona file overrides
# any of them. Panels speak the show's first language; a press is answered in the language of
# the presser's Discord client (`Interaction.locale`) where the show speaks it.
PHRASES: dict[str, dict[str, str]] = {
    "discord.button_join": {"en": "Enter the draw", "zh": "参加抽奖"},
    "discord.button_claim": {"en": "Claim my prize", "zh": "领取奖品"},
    "discord.panel_open": {"en": "🎁 **{prize}**: press the button to enter.",
                           "zh": "🎁 **{prize}**：点下面的按钮参加抽奖。"},
    "discord.panel_claim": {"en": "🏆 **{prize}**: winners, claim your prize here.",
                            "zh": "🏆 **{prize}**：中奖的朋友，请在这里领奖。"},
    "discord.panel_count": {"en": "**{count}** entered so far", "zh": "已有 **{count}** 人参加"},
    "discord.panel_closed": {"en": "**{count}** entered. Entries are closed.",
                             "zh": "共 **{count}** 人参加，报名已截止。"},
    "discord.draws_off": {"en": "Draws are not running right now.",
                          "zh": "现在没有进行中的抽奖。"},
    "discord.wrong_channel": {"en": "This draw runs in the show's channel.",
                              "zh": "这个抽奖在直播频道里进行。"},
    "discord.entered": {"en": "You're in the draw. Good luck!", "zh": "报名成功，祝你好运！"},
    "discord.already": {"en": "You're already in this draw.", "zh": "你已经参加过这个抽奖了。"},
    "discord.claimed": {"en": "Claimed! A moderator will be in touch.",
                        "zh": "领取成功！管理员会联系你。"},
    "discord.nothing_to_claim": {"en": "There's nothing for you to claim.",
                                 "zh": "你没有可以领取的奖品。"},
    "discord.failed": {"en": "Sorry, that didn't go through; please try again.",
                       "zh": "抱歉，没有成功，请再试一次。"},
}

_NO_PERSONA = NO_PERSONA


def locale_language(persona: Persona, locale: object) -> str:
    """The language to answer a Discord user in: their client's locale (`discord.Locale`,
    "zh-CN", "zh-TW", "en-US"...) where the show speaks it, else the show's first language."""
    lang = "zh" if str(locale).lower().startswith("zh") else "en"
    return lang if lang in persona.languages else persona.default_language


class DrawDesk(Protocol):
    """What the draws feature offers a button (sync or async; either may raise ArgumentError
    with a message for the viewer)."""

    def enter(self, viewer: Viewer, source: str) -> Any: ...

    def claim(self, viewer: Viewer) -> Any: ...


class DrawButton(discord.ui.DynamicItem[discord.ui.Button], template=TEMPLATE):
    def __init__(self, draw_id: str, action: str, label: str = "") -> None:
        """`label`: the button's text (the show's phrase; rebuilt items need none)."""
        label = label or PHRASES[f"discord.button_{action}"]["en"]
        super().__init__(discord.ui.Button(label=label, style=STYLES[action],
                                           custom_id=f"hawker:draw:{draw_id}:{action}"))
        self.draw_id = draw_id
        self.action = action

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: Any) -> DrawButton:
        return cls(match["draw"], match["action"])

    async def callback(self, interaction: discord.Interaction) -> None:
        client = interaction.client
        buttons = client.draw_buttons if isinstance(client, HawkerClient) else None
        if buttons is None:
            lang = locale_language(_NO_PERSONA, interaction.locale)
            await interaction.response.send_message(
                _NO_PERSONA.say("discord.draws_off", lang, defaults=PHRASES), ephemeral=True)
            return
        await buttons.press(interaction, self.draw_id, self.action)


@dataclass(slots=True)
class _Board:
    """One draw's messages and the count last shown on them."""

    text: str
    card: Card | None
    messages: list[tuple[int, int]] = field(default_factory=list)  # (channel id, message id)
    shown: int = -1
    count: int = 0
    last_edit: float = float("-inf")
    timer: asyncio.Task | None = None


class DrawButtons:
    def __init__(self, adapter: DiscordAdapter, desk: DrawDesk | None = None, *,
                 limiter: Callable[[str], SlidingWindow | None] = lambda channel: None,
                 store: Store | None = None, persona: Persona = _NO_PERSONA) -> None:
        self.adapter = adapter
        self.desk = desk
        self.persona = persona
        persona.check_slots(PHRASES, CARD_PHRASES)  # an unknown slot stops start-up
        # Where the entry panels' message ids are kept, so a restart keeps their counts current.
        self.store = store
        self.interval = adapter.config.count_edit_seconds
        # The outbox's window for a channel, so posting a draw message counts against the limit.
        self.limiter = limiter
        self.boards: dict[str, _Board] = {}
        self._following = False
        self._watchers: dict[str, asyncio.Task] = {}
        self._claim_posted: set[str] = set()
        self._tasks: set[asyncio.Task] = set()
        adapter.client.add_dynamic_items(DrawButton)
        adapter.client.draw_buttons = self
        adapter.on_stop.append(self.stop)

    # -- following the draws feature --------------------------------------------------------

    def follow(self, draws: Any) -> None:
        """Take entries and claims to `draws` (bot.draws.service.Draws) and follow its events:
        an entry panel when a draw opens, its count kept current, a claim panel for winners."""
        if self.desk is draws and self._following:
            return
        self.desk = draws
        self._following = True
        draws.listeners.append(self.on_draw_event)
        self._restore(draws)

    def _restore(self, draws: Any) -> None:
        """After a restart: panels of draws still open are followed again; panels of draws that
        closed while the bot was away lose their button."""
        if self.store is None:
            return
        active = getattr(getattr(draws, "store", None), "active", None)
        for row in active() if callable(active) else []:
            draw_id = str(row.id)
            saved = self.store.get(_panel_key(draw_id))
            if not saved or saved.get("retired") or draw_id in self.boards:
                continue
            self.boards[draw_id] = _Board(saved["text"], None,
                                          [(int(c), int(m)) for c, m in saved["messages"]])
            if row.state == "open":
                self._watchers[draw_id] = self._spawn(self._watch(draw_id))
            else:
                self._spawn(self.retire(draw_id))

    def on_draw_event(self, kind: str, payload: dict[str, Any]) -> None:
        draw_id = str(payload.get("draw"))
        prize = payload.get("prize", "")
        if kind == "draw.opened":
            self._spawn(self.post(draw_id, self._say("discord.panel_open", prize=prize)))
            self._watchers[draw_id] = self._spawn(self._watch(draw_id))
        elif kind in ("draw.closed", "draw.cancelled"):
            watcher = self._watchers.pop(draw_id, None)
            if watcher is not None:
                watcher.cancel()
            self._spawn(self.retire(draw_id))
        elif kind == "draw.winner" and draw_id not in self._claim_posted:
            self._claim_posted.add(draw_id)
            self._spawn(self.post(draw_id, self._say("discord.panel_claim", prize=prize),
                                  action="claim"))

    async def _watch(self, draw_id: str) -> None:
        """Entries come from every platform (keywords, !join, buttons): read the feature's
        count each interval and show it if it changed."""
        count = getattr(self.desk, "entry_count", None)
        while callable(count):
            await self.adapter.clock.sleep(self.interval)
            try:
                self.count_changed(draw_id, int(await _maybe(count(draw_id))))
            except Exception:  # the draw moved on; its close event retires the panel
                return

    async def retire(self, draw_id: str) -> None:
        """The draw closed: the panel keeps its final count and loses its button."""
        board = self.boards.get(draw_id)
        if board is None:
            return
        if board.timer is not None:
            await asyncio.gather(board.timer, return_exceptions=True)
        count = getattr(self.desk, "entry_count", None)
        try:
            final = int(await _maybe(count(draw_id))) if callable(count) else board.count
        except Exception:
            final = board.count
        text = f"{board.text}\n{self._say('discord.panel_closed', count=final)}"
        if self.store is not None:
            self.store.put(_panel_key(draw_id), {"text": board.text, "retired": True,
                                                 "messages": board.messages})
        for channel_id, message_id in board.messages:
            channel = self.adapter.client.get_channel(channel_id)
            if channel is None:
                continue
            try:
                await channel.get_partial_message(message_id).edit(  # type: ignore[union-attr]
                    content=text, view=None)
            except discord.HTTPException:
                log.warning("discord: could not close the entry panel of draw %s", draw_id)

    def _say(self, key: str, lang: str | None = None, **slots: object) -> str:
        """Phrase `key` in `lang` (default: the show's first language, as panels speak)."""
        return self.persona.say(key, lang, defaults=PHRASES, **slots)

    def _spawn(self, coro: Any) -> asyncio.Task:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    # -- panels -----------------------------------------------------------------------------

    async def post(self, draw_id: str, text: str, card: Card | None = None, *,
                   action: str = "join", channels: list[str] | None = None) -> list[str]:
        """Post the draw's message with its button to the show channels; returns message ids."""
        board = _Board(text, card)
        if action == "join":  # the entry panel is the one whose count is kept current
            board = self.boards.setdefault(draw_id, board)
            board.text, board.card = text, card
        view = discord.ui.View(timeout=None)
        view.add_item(DrawButton(draw_id, action, self._say(f"discord.button_{action}")))
        ids = []
        for channel_id in channels or self.adapter.channels():
            channel = self.adapter.client.get_channel(int(channel_id))
            if channel is None:
                log.warning("discord: channel %s unknown; draw %s not posted", channel_id, draw_id)
                continue
            await self._wait_turn(channel_id)
            embed = card_embed(text, card, self.persona) if card is not None else None
            message = await channel.send(None if embed else card_text(text, card, self.persona),
                                         embed=embed, view=view)
            board.messages.append((channel.id, message.id))
            ids.append(str(message.id))
        if action == "join" and self.store is not None:
            self.store.put(_panel_key(draw_id), {"text": text, "messages": board.messages})
        return ids

    def count_changed(self, draw_id: str, count: int) -> None:
        """The number of entries (all platforms) changed: show it, at most once per interval."""
        board = self.boards.get(draw_id)
        if board is None:
            return
        board.count = count
        if board.timer is None or board.timer.done():
            board.timer = asyncio.create_task(self._show_count(draw_id, board))

    async def _show_count(self, draw_id: str, board: _Board) -> None:
        clock = self.adapter.clock
        while board.shown != board.count:
            wait = board.last_edit + self.interval - clock.now()
            if wait > 0:
                await clock.sleep(wait)
            count = board.count
            board.last_edit = clock.now()
            text = f"{board.text}\n{self._say('discord.panel_count', count=count)}"
            for channel_id, message_id in board.messages:
                channel = self.adapter.client.get_channel(channel_id)
                if channel is None:
                    continue
                message = channel.get_partial_message(message_id)  # type: ignore[union-attr]
                try:  # content or embed only: Discord keeps the button as it is
                    if board.card is not None:
                        await message.edit(embed=card_embed(text, board.card, self.persona))
                    else:
                        await message.edit(content=text)
                except discord.HTTPException:
                    log.warning("discord: could not update the entry count of draw %s", draw_id)
            board.shown = count

    async def press(self, interaction: discord.Interaction, draw_id: str, action: str) -> None:
        lang = locale_language(self.persona, interaction.locale)
        if not self.adapter.accepts(interaction):
            await interaction.response.send_message(self._say("discord.wrong_channel", lang),
                                                    ephemeral=True)
            return
        if self.desk is None:
            await interaction.response.send_message(self._say("discord.draws_off", lang),
                                                    ephemeral=True)
            return
        # Committing the entry may take a moment (group commit): acknowledge within Discord's
        # 3 s, then say the outcome once it is durable.
        deferred = await self.adapter.defer(interaction, private=True)
        viewer = self.adapter.viewer_of(interaction.user, interaction.channel)  # type: ignore[arg-type]
        try:
            if action == "join":
                result = await _call(self.desk.enter, viewer, "button", draw_id=draw_id)
                text = _outcome(result, self._say("discord.entered", lang),
                                self._say("discord.already", lang))
            else:
                result = await _call(self.desk.claim, viewer, draw_id=draw_id)
                text = _outcome(result, self._say("discord.claimed", lang),
                                self._say("discord.nothing_to_claim", lang))
        except ArgumentError as err:
            text = err.say(self.persona, lang)
        except Exception:
            log.exception("discord: draw %s %s failed for %s", draw_id, action, viewer.display_name)
            text = self._say("discord.failed", lang)
        if deferred:
            await interaction.edit_original_response(content=text)
        count = getattr(self.desk, "entry_count", None)
        if action == "join" and callable(count):
            self.count_changed(draw_id, int(await _maybe(count(draw_id))))

    async def _wait_turn(self, channel_id: str) -> None:
        window = self.limiter(str(channel_id))
        if window is None:
            return
        clock = self.adapter.clock
        while (wait := window.wait_time(clock.now())) > 0:
            await clock.sleep(wait)
        window.record(clock.now())


def _panel_key(draw_id: str) -> str:
    return f"discord.draw_panel.{draw_id}"


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _call(fn: Callable[..., Any], *args: Any, draw_id: str) -> Any:
    """Call the desk, naming the draw where its method takes a `draw_id`."""
    try:
        takes_id = "draw_id" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        takes_id = False
    return await _maybe(fn(*args, draw_id=draw_id) if takes_id else fn(*args))


def _outcome(result: Any, ok: str, no: str) -> str:
    """The draws feature's own words where it gives them; otherwise a plain yes or no."""
    if isinstance(result, str) and result:
        return result
    for attr in ("message", "text"):
        if isinstance(getattr(result, attr, None), str) and getattr(result, attr):
            return getattr(result, attr)
    return no if result is False or getattr(result, "ok", True) is False else ok
