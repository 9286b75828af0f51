"""Builds one Hawker from a config: store, persona, knowledge, features, pipeline, outbox.

This is the only place that knows every feature; features get what they need passed in
(store, clock, outbox, facts) and never import an adapter.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from bot.answers.wiring import AnswersFeature
from bot.clock import Clock, SystemClock
from bot.commands import CommandRegistry, CommandRouter, HelpCommands
from bot.config import Config
from bot.draws.commands import DrawCommands
from bot.draws.service import Draws
from bot.events import Announcement, Reply
from bot.moderation.feature import Moderation
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from bot.show import build_show
from bot.store import Store
from plugins.base import Adapter

log = logging.getLogger(__name__)


@dataclass
class Hawker:
    config: Config
    clock: Clock = field(default_factory=SystemClock)

    def __post_init__(self) -> None:
        cfg = self.config
        self.store = Store(cfg.path(cfg.store.path), clock=self.clock)
        self.persona = Persona.load(cfg.path(cfg.show.persona))
        self.outbox = Outbox(self.clock)
        self.outbox.listeners.append(self._audit_sent)
        self.registry = CommandRegistry()
        self.router = CommandRouter(self.registry, self.outbox.put, self.clock, cfg.show.command_prefix,
                                    unknown=cfg.moderation.unknown_commands)
        self.questions = QuestionQueue()
        self.pipeline = Pipeline(self.router, self.questions)
        self.registry.add_cog(HelpCommands(self.registry, cfg.show.command_prefix))
        # Moderation: the pipeline's first stage, the moderators' commands, the pause/review gate.
        # Adapters map platform privileges with `self.role_policy` (bot.moderation.roles).
        self.role_policy = cfg.moderation.roles.policy()
        self.moderation = Moderation(
            self.store, self.clock, self.outbox, self.persona, cfg.moderation,
            knowledge=lambda: getattr(self, "knowledge", None),
            answers=lambda: getattr(self, "answers", None),
            prefix=cfg.show.command_prefix,
        )
        self.pipeline.moderation = self.moderation.check
        for cog in self.moderation.cogs:
            self.registry.add_cog(cog)
        # Lucky draws (bot/draws): keyword entry stage, "has chatted" observer, commands; the
        # group-commit batcher runs between start() and stop().
        draws_cfg = cfg.draws.model_copy(update={"export_dir": cfg.path(cfg.draws.export_dir)})
        self.draws = Draws(self.store, self.clock, self.outbox, self.persona, draws_cfg,
                           is_blocked=lambda v: v in self.moderation.controls.mutes,
                           prefix=cfg.show.command_prefix)
        self.registry.add_cog(DrawCommands(self.draws))
        self.pipeline.draw_entry = self.draws.try_enter
        self.pipeline.observers.append(self.draws.seen)
        # Run-of-show (bot/show): the plan's runner, its commands, its chat-line counter.
        # Needs `self.knowledge` (or sets `self.facts` from the catalog) and, for draw slots,
        # `self.draws` when they are built above this line (or set `self.show.draws` later).
        self.show = build_show(self)
        # Answers (bot/answers): the question detector and !ask now; the knowledge base opens at
        # the first question or `await self.answering.ready()`, sharing the show's fact table,
        # and then sets `self.knowledge` and `self.answers`.
        self.answering = AnswersFeature(self)
        # Webhooks (plugins/webhooks): signed shop and chat-bridge events in, the admin API,
        # signed events out; `self.events.publish(kind, payload)` is set when configured.
        self.webhooks = None
        if cfg.webhooks is not None:
            from plugins.webhooks.wiring import build_webhooks

            self.webhooks = build_webhooks(self)
        self.adapters: list[Adapter] = []
        self._tasks: list[asyncio.Task] = []

    def configured_adapters(self) -> list[Adapter]:
        """The platform adapters the config asks for (the console is added by its caller)."""
        adapters: list[Adapter] = []
        # Each platform plugin adds its adapter here when its config section is present.
        platforms = self.config.platforms
        if platforms.twitch is not None:
            from plugins.twitch import TwitchAdapter

            adapters.append(TwitchAdapter.from_config(platforms.twitch, self.clock,
                                                      self.role_policy))
        if platforms.youtube is not None:
            from plugins.youtube import YouTubeAdapter

            adapters.append(YouTubeAdapter.from_config(platforms.youtube, self.clock,
                                                       self.role_policy))
        if platforms.discord is not None:
            from plugins.discord.wiring import build_discord

            adapters.append(build_discord(self))
        if self.webhooks is not None:
            adapters += self.webhooks.bridges
        return adapters

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters.append(adapter)
        self.outbox.add_adapter(adapter)
        self.pipeline.bot_ids.add((adapter.platform, getattr(adapter, "bot_name", "hawker")))

    async def start(self) -> None:
        self.outbox.start()
        self.moderation.start()
        await self.draws.start()
        for adapter in self.adapters:
            await adapter.start(self.pipeline.handle)
        if self.show is not None:
            self._tasks.append(self.show.start_task())
        self._tasks.append(asyncio.create_task(self.answering.run(), name="answers"))
        if self.webhooks is not None:
            await self.webhooks.start()

    async def finish(self) -> None:
        """End of show: say goodbye and let the outbox empty."""
        self.outbox.put(Announcement(self.persona.say("sign_off")))
        await self.outbox.drain(timeout=None)

    async def stop(self) -> None:
        if self.webhooks is not None:
            await self.webhooks.stop()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for adapter in self.adapters:
            await adapter.stop()
        await self.draws.stop()
        await self.outbox.stop()
        self.store.close()

    def _audit_sent(self, out: Reply | Announcement, text: str) -> None:
        where = f"{out.platform}/{out.channel}" if out.platform else "all"
        source = out.source if isinstance(out, Reply) else None
        self.store.audit("bot.sent", "hawker", where=where, text=text, priority=out.priority.name,
                         **(source or {}))
