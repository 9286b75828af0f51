"""Builds one Hawker from a config: the show's files, store, features, pipeline, outbox.

This is the only place that knows every feature. It reads the show's files once
(`bot.showfiles.ShowFiles`), builds each feature from the objects it uses (store, clock,
outbox, persona, facts, the knowledge handle, ...), never from the app itself, and runs them
as `bot.lifecycle.Service`s: started in order by `start()`, stopped in reverse by `stop()`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.answers.service import AnswerService
from bot.answers.wiring import AnswersFeature, open_knowledge
from bot.clock import Clock, SystemClock
from bot.commands import CommandRegistry, CommandRouter, HelpCommands
from bot.config import Config
from bot.draws.commands import DrawCommands
from bot.draws.service import Draws
from bot.events import Announcement, Reply
from bot.lifecycle import Handle, Lifecycle, Steps
from bot.moderation.feature import Moderation
from bot.moderation.roles import RolePolicy
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from bot.show import ShowRunner, ShowTask, build_show
from bot.showfiles import ShowFiles, config_file
from bot.store import Store
from knowledge import KnowledgeBase
from knowledge.facts import Facts
from plugins.base import Adapter

if TYPE_CHECKING:  # imported when configured: discord.py and Starlette take a while to load
    from plugins.discord.wiring import DiscordPlugin
    from plugins.webhooks.setup import Webhooks
    from plugins.webui.console import Console

log = logging.getLogger(__name__)


@dataclass
class Hawker:
    """One show's bot: build with a config (and a clock), `add_adapter`, `start()`, `stop()`.

    Every part is built in `__post_init__` from what it uses; the knowledge base and the
    answer service open later and are reached through their handles (`kb`, `answer_service`).
    Raises ConfigError (file:line: field) for a bad plan or catalog the show needs.
    """

    config: Config
    clock: Clock = field(default_factory=SystemClock)
    files: ShowFiles = field(init=False)
    store: Store = field(init=False)
    persona: Persona = field(init=False)
    outbox: Outbox = field(init=False)
    registry: CommandRegistry = field(init=False)
    router: CommandRouter = field(init=False)
    questions: QuestionQueue = field(init=False)
    pipeline: Pipeline = field(init=False)
    role_policy: RolePolicy = field(init=False)
    kb: Handle[KnowledgeBase] = field(init=False)
    answer_service: Handle[AnswerService] = field(init=False)
    moderation: Moderation = field(init=False)
    draws: Draws = field(init=False)
    show: ShowRunner | None = field(init=False)
    answering: AnswersFeature = field(init=False)
    webhooks: Webhooks | None = field(init=False)
    console: Console | None = field(init=False)  # the moderator console, with the webhooks
    adapters: list[Adapter] = field(init=False)
    lifecycle: Lifecycle = field(init=False)
    _discord: DiscordPlugin | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        cfg, clock, prefix = self.config, self.clock, self.config.show.command_prefix
        self.files = files = ShowFiles.load(cfg)
        self.store = store = Store(config_file(cfg, cfg.store.path), clock=clock)
        self.persona = persona = files.persona
        self.outbox = outbox = Outbox(clock)
        outbox.listeners.append(self._audit_sent)
        self.registry = registry = CommandRegistry()
        self.router = CommandRouter(registry, outbox.put, clock, prefix,
                                    unknown=cfg.moderation.unknown_commands, persona=persona)
        self.questions = QuestionQueue()
        self.pipeline = pipeline = Pipeline(self.router, self.questions)
        registry.add_cog(HelpCommands(registry, prefix, persona=persona))
        # What opens after start: the knowledge base (seconds, in a thread) and the service
        # that answers from it. Moderation's `!fix` and review, and the show's `!announce`
        # check, use them when they are there.
        self.kb = Handle("the knowledge base", lambda: open_knowledge(cfg, files.facts, files))
        self.answer_service = Handle("the answers")
        # Moderation: the pipeline's first stage, the moderators' commands, the review gate.
        # Adapters map platform privileges with `role_policy` (bot.moderation.roles).
        self.role_policy = cfg.moderation.roles.policy()
        self.moderation = moderation = Moderation(
            store, clock, outbox, persona, cfg.moderation,
            knowledge=self.kb.current, answers=self.answer_service.current, prefix=prefix)
        pipeline.moderation = moderation.check
        for cog in moderation.cogs:
            registry.add_cog(cog)
        # Lucky draws (bot/draws): keyword entry stage, "has chatted" observer, commands.
        draws_cfg = cfg.draws.model_copy(update={"export_dir": cfg.path(cfg.draws.export_dir)})
        mutes = moderation.controls.mutes
        self.draws = draws = Draws(store, clock, outbox, persona, draws_cfg,
                                   is_blocked=lambda v: v in mutes, prefix=prefix)
        registry.add_cog(DrawCommands(draws))
        pipeline.draw_entry = draws.try_enter
        pipeline.observers.append(draws.seen)
        # Run-of-show (bot/show): the plan's runner, its commands, its chat-line counter.
        self.show = show = build_show(
            cfg, files, outbox=outbox, store=store, clock=clock, persona=persona, draws=draws,
            answers=self.answer_service, registry=registry, pipeline=pipeline)
        # Answers (bot/answers): the question detector and !ask now, answering once the
        # knowledge base is open; it fills `answer_service`.
        self.answering = AnswersFeature(
            cfg, files, persona, outbox, clock, self.questions, self.kb, self.answer_service,
            on_air=show.current_sku if show is not None else lambda: None, store=store)
        self.answering.install(pipeline, registry)
        # Webhooks (plugins/webhooks): signed shop and chat-bridge events in, the admin API,
        # signed events out.
        self.webhooks = None
        self.console = None
        if cfg.webhooks is not None:
            from plugins.webhooks.wiring import admin_hooks, build_webhooks, webhook_facts

            self.webhooks = build_webhooks(
                cfg.webhooks, files, store=store, clock=clock, outbox=outbox, pipeline=pipeline,
                questions=self.questions, persona=persona,
                hooks=admin_hooks(show, moderation.controls, draws), draws=draws,
                unanswered=self.answering.unanswered, role_policy=self.role_policy,
                prefix=prefix)
            # The moderator console and the OBS overlays, on the same server (plugins/webui).
            from plugins.webui import console_for

            self.console = console_for(
                self.webhooks.server, store=store, clock=clock, persona=persona,
                overlay_token_env=cfg.webhooks.overlay_token_env, facts=webhook_facts(files),
                show=show, draws=draws, controls=moderation.controls, knowledge=self.kb.current,
                export_dir=draws.settings.export_dir)
        self.adapters = []
        # Start order; `stop()` goes in reverse. Adapters join before the show (add_adapter):
        # the show and answers speak through them, the draws take their entries.
        self.lifecycle = lifecycle = Lifecycle()
        lifecycle.add("outbox", Steps("outbox", outbox.start, outbox.stop))
        lifecycle.add("moderation", moderation)  # resends approved answers: after the outbox
        lifecycle.add("draws", draws)
        lifecycle.add("platforms", Steps("platforms"))  # where adapters are inserted
        if show is not None:
            lifecycle.add("show", ShowTask(show))
        lifecycle.add("answers", self.answering)
        if self.webhooks is not None:
            lifecycle.add("webhooks", self.webhooks)

    # -- what the features opened or hold, read-only ---------------------------------------

    @property
    def facts(self) -> Facts | None:
        """The one live fact table: the catalog's (shared by the knowledge base), or the
        knowledge base's when the config's catalog did not load."""
        if self.files.facts is not None:
            return self.files.facts
        kb = self.kb.current()
        return kb.facts if kb is not None else None

    @property
    def knowledge(self) -> KnowledgeBase | None:
        """The knowledge base if it is open (see `kb` to open or wait for it)."""
        return self.kb.current()

    @property
    def answers(self) -> AnswerService | None:
        """The answer service if the knowledge base is open (`answering.ready()` opens it)."""
        return self.answer_service.current()

    # -- platforms ------------------------------------------------------------------------

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
            adapters.append(self.discord().adapter)
        if self.webhooks is not None:
            adapters += self.webhooks.bridges
        return adapters

    def discord(self, *, connect: bool = True) -> DiscordPlugin:
        """The Discord plugin for `[platforms.discord]`, built once (its slash commands and
        `!discord sync` registered, draw buttons following the draws). `connect=False`: the
        adapter does not log in (tests drive it with fakes). Raises ValueError without the
        config section."""
        if self._discord is None:
            cfg = self.config.platforms.discord
            if cfg is None:
                raise ValueError("hawker.toml has no [platforms.discord]")
            from plugins.discord.wiring import build_discord

            self._discord = build_discord(
                cfg, clock=self.clock, prefix=self.config.show.command_prefix,
                policy=self.role_policy, registry=self.registry, store=self.store,
                outbox=self.outbox, draws=self.draws, facts=self.facts, persona=self.persona,
                connect=connect)
        return self._discord

    def add_adapter(self, adapter: Adapter) -> None:
        """Send through `adapter` and, from `start()`, take its chat into the pipeline."""
        self.adapters.append(adapter)
        self.outbox.add_adapter(adapter)
        self.lifecycle.add(f"adapter:{adapter.platform}", Steps(
            adapter.platform, lambda: adapter.start(self.pipeline.handle), adapter.stop),
            before="platforms")
        self.pipeline.bot_ids.add((adapter.platform, getattr(adapter, "bot_name", "hawker")))

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the outbox, moderation, draws, every adapter, the show, answers, webhooks,
        in that order. A part that fails to start raises here; `stop()` then stops what was
        started."""
        await self.lifecycle.start()

    async def finish(self) -> None:
        """End of show: say goodbye and let the outbox empty."""
        self.outbox.put(Announcement(self.persona.say("sign_off")))
        await self.outbox.drain(timeout=None)

    async def stop(self) -> None:
        """Stop everything, in the reverse of the start order; then close the store."""
        await self.lifecycle.stop()
        self.store.close()

    def _audit_sent(self, out: Reply | Announcement, text: str) -> None:
        where = f"{out.platform}/{out.channel}" if out.platform else "all"
        source = out.source if isinstance(out, Reply) else None
        self.store.audit("bot.sent", "hawker", where=where, text=text, priority=out.priority.name,
                         **(source or {}))
