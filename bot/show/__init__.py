"""Run-of-show: the plan, the scheduler, its announcements and its chat commands.

`build_show(app)` is the one call the app makes; everything else is injected.
"""

from __future__ import annotations

from typing import Any

from bot.config import ConfigError
from bot.show.announce import Announcer
from bot.show.commands import ProductFinder, ShowCommands, answer_verifier
from bot.show.plan import PlanError, ShowPlan, load_plan, parse_plan
from bot.show.runner import DrawController, ShowRunner, ShowState

__all__ = [
    "Announcer",
    "DrawController",
    "PlanError",
    "ProductFinder",
    "ShowCommands",
    "ShowPlan",
    "ShowRunner",
    "ShowState",
    "build_show",
    "load_plan",
    "parse_plan",
]


def build_show(app: Any) -> ShowRunner | None:
    """The show runner for `app.config.show.plan` (None without a plan), its commands
    registered and its chat-line counter observing the pipeline.

    Facts come from `app.knowledge.facts` when the knowledge base is wired, else from the
    catalog (kept as `app.facts`, so there is only ever one fact table). A bad plan or
    catalog raises ConfigError naming file:line: field, before anything has started.
    """
    cfg = app.config
    if cfg.show.plan is None:
        return None
    kb = getattr(app, "knowledge", None)
    if kb is not None:
        facts, products = kb.facts, list(kb.catalog.values())
    else:
        from knowledge.base import facts_for
        from knowledge.catalog import CatalogError, ImportOptions, load_catalog

        try:
            products = load_catalog(cfg.path(cfg.show.catalog), options=ImportOptions.of(cfg))
        except CatalogError as err:
            raise ConfigError(str(err)) from None
        facts = getattr(app, "facts", None) or facts_for(products)
    app.facts = facts
    try:
        plan = load_plan(cfg.path(cfg.show.plan), [p.sku for p in facts.all()])
    except PlanError as err:
        raise ConfigError(str(err)) from None
    runner = ShowRunner(
        plan,
        facts=facts,
        outbox=app.outbox,
        store=app.store,
        clock=app.clock,
        announcer=Announcer(app.persona, facts),
        draws=getattr(app, "draws", None),
    )
    finder = ProductFinder.from_catalog(products)
    facts_check = ShowCommands.facts_check(facts, finder)

    def verify(text: str, now: float) -> list[str]:
        # The answer verifier once the app has one (it may be wired after this), else the
        # show's own check of money and percentages against live facts.
        answers = getattr(app, "answers", None)
        if answers is not None and hasattr(answers, "verifier"):
            return answer_verifier(answers)(text, now)
        return facts_check(text, now)

    app.registry.add_cog(ShowCommands(runner, finder, verify))
    app.pipeline.observers.append(runner.count_line)
    return runner
