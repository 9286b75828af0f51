"""How the app plugs webhooks into the features that exist: the one place that knows them.

`build_webhooks(app)` reads `app.config.webhooks`, finds the live facts (the knowledge base's,
the show's, or the catalog's), maps the admin API onto the features' public methods, and relays
what features report through their own listeners (draws) or not at all yet (sales, from fact
changes; answers, from the outbox).
"""

from __future__ import annotations

from typing import Any

from bot.config import ConfigError

from .outbound import answer_relay, draw_relay, sale_relay, unanswered_relay
from .server import AdminHooks
from .setup import Webhooks
from .shop import default_milestone_text


def _facts(app: Any) -> Any:
    kb = getattr(app, "knowledge", None)
    if kb is not None:
        return kb.facts
    facts = getattr(app, "facts", None)
    if facts is not None:
        return facts
    from knowledge.base import facts_for
    from knowledge.catalog import CatalogError, ImportOptions, load_catalog

    path = app.config.path(app.config.show.catalog)
    if path is None or not path.exists():
        return None
    try:
        products = load_catalog(path, options=ImportOptions.of(app.config))
    except CatalogError as err:
        raise ConfigError(str(err)) from None
    app.facts = facts_for(products)
    return app.facts


def admin_hooks(app: Any) -> AdminHooks:
    hooks = AdminHooks()
    show = getattr(app, "show", None)
    if show is not None:
        hooks.show_state = lambda: {"state": show.state, "segment": show.segment,
                                    "current_sku": show.current_sku(),
                                    "next_sku": show.next_sku()}
    moderation = getattr(app, "moderation", None)
    controls = getattr(moderation, "controls", None)
    if controls is not None:
        def decide(item: str, decision: str, actor: str, note: str) -> bool:
            """False when there is no such item (404); ValueError says why it was not sent."""
            if not item.isdigit() or controls.queue.get(int(item)) is None:
                return False
            if decision == "reject":
                controls.reject_held(int(item), actor)
                return True
            held = controls.waiting(int(item))
            problems = controls.send_held(held, held.answer, "approved", actor)
            if problems:
                raise ValueError(f"no longer checks out ({'; '.join(problems)[:200]}): "
                                 "edit it in chat or reject it")
            return True

        hooks.pause = lambda actor, reason: controls.set_paused(True)
        hooks.resume = lambda actor: controls.set_paused(False)
        hooks.paused = controls.silenced
        hooks.review_queue = lambda: [
            {"id": h.id, "platform": h.message.platform, "channel": h.message.channel,
             "viewer": h.message.viewer.display_name, "question": h.message.text,
             "answer": h.answer, "held_at": h.held_at} for h in controls.queue.pending(100)]
        hooks.review_decide = decide
    draws = getattr(app, "draws", None)
    if draws is not None and callable(getattr(draws, "list", None)):
        hooks.draws = draws.list
    return hooks


def build_webhooks(app: Any) -> Webhooks:
    cfg = app.config.webhooks
    facts = _facts(app)
    persona = app.persona

    def milestone_text(count: int, window: float) -> str:
        if "orders_milestone" in getattr(persona, "phrases", {}):
            return persona.say("orders_milestone", None, count=f"{count:,}",
                               minutes=max(1, round(window / 60)))
        return default_milestone_text(count, window)

    hooks = admin_hooks(app)
    draws = getattr(app, "draws", None)
    webhooks = Webhooks.from_config(
        cfg, store=app.store, clock=app.clock, outbox=app.outbox, pipeline=app.pipeline,
        questions=app.questions, facts=facts, hooks=hooks, milestone_text=milestone_text,
        role_policy=getattr(app, "role_policy", None),
        # A bridge's 202/409 waits for the draw entry its message made to be committed.
        settled=getattr(draws, "settled", None))
    if facts is not None:
        facts.subscribe(sale_relay(webhooks.bus))
    app.outbox.listeners.append(answer_relay(webhooks.bus, app.config.show.command_prefix))
    answering = getattr(app, "answering", None)
    if answering is not None:
        answering.unanswered.append(unanswered_relay(webhooks.bus))
    if draws is not None and hasattr(draws, "listeners"):
        draws.listeners.append(draw_relay(webhooks.bus))
    app.events = webhooks.bus  # features publish outbound events with app.events.publish(...)
    # k19a: the moderator console and the OBS overlays, on the same server (plugins/webui).
    from plugins.webui import console_for

    app.console = console_for(
        webhooks.server, store=app.store, clock=app.clock, persona=persona,
        overlay_token_env=cfg.overlay_token_env, facts=facts, show=getattr(app, "show", None),
        draws=draws, controls=getattr(getattr(app, "moderation", None), "controls", None),
        knowledge=lambda: getattr(app, "knowledge", None),
        export_dir=draws.settings.export_dir if draws is not None else None)
    return webhooks
