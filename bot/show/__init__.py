"""Run-of-show: the plan, the scheduler, its announcements and its chat commands.

`build_show(...)` is the one call the app makes, with what the show uses; `ShowTask` runs it
between the app's start and stop.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from bot.clock import Clock
from bot.commands import CommandRegistry
from bot.config import Config, ConfigError
from bot.lifecycle import Handle
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.show.announce import Announcer
from bot.show.commands import ProductFinder, ShowCommands, answer_verifier
from bot.show.plan import PlanError, ShowPlan, load_plan, parse_plan
from bot.show.runner import DrawController, ShowRunner, ShowState
from bot.showfiles import ShowFiles, config_file
from bot.store import Store

if TYPE_CHECKING:
    from bot.answers.service import AnswerService

__all__ = [
    "Announcer",
    "DrawController",
    "PlanError",
    "ProductFinder",
    "ShowCommands",
    "ShowPlan",
    "ShowRunner",
    "ShowState",
    "ShowTask",
    "build_show",
    "load_plan",
    "parse_plan",
]


def build_show(
    config: Config,
    files: ShowFiles,
    *,
    outbox: Outbox,
    store: Store,
    clock: Clock,
    persona: Persona,
    draws: DrawController | None,
    answers: Handle[AnswerService],
    registry: CommandRegistry,
    pipeline: Pipeline,
) -> ShowRunner | None:
    """The show runner for `config.show.plan` (None without a plan), its commands registered
    in `registry` and its chat-line counter observing `pipeline`.

    Facts are the show files' one fact table (the knowledge base shares it). `!announce` is
    checked by the answer verifier once the `answers` handle holds a service, else by the
    show's own check of money and percentages against live facts. A bad plan or catalog
    raises ConfigError naming file:line: field, before anything has started.
    """
    if config.show.plan is None:
        return None
    facts = files.require_catalog()
    try:
        plan = load_plan(config_file(config, config.show.plan), [p.sku for p in facts.all()])
    except PlanError as err:
        raise ConfigError(str(err)) from None
    runner = ShowRunner(
        plan,
        facts=facts,
        outbox=outbox,
        store=store,
        clock=clock,
        announcer=Announcer(persona, facts),
        draws=draws,
    )
    finder = ProductFinder.from_catalog(files.catalog.products)
    facts_check = ShowCommands.facts_check(facts, finder)

    def verify(text: str, now: float) -> list[str]:
        service = answers.current()
        if service is not None:
            return answer_verifier(service)(text, now)
        return facts_check(text, now)

    registry.add_cog(ShowCommands(runner, finder, verify, prefix=config.show.command_prefix))
    pipeline.observers.append(runner.count_line)
    return runner


class ShowTask:
    """The runner's scheduler as a `bot.lifecycle.Service`: `start` restores the saved state
    and runs the plan in a task, `stop` cancels it (the state is saved as it goes)."""

    def __init__(self, runner: ShowRunner) -> None:
        self.runner = runner
        self._task: asyncio.Task[Any] | None = None

    async def start(self) -> None:
        self._task = self.runner.start_task()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
