"""How the app plugs webhooks into the features that exist: the one place that knows them.

`build_webhooks(...)` takes `[webhooks]` and the features' objects it uses (never the app):
the live facts, the admin API mapped onto the features' public methods, and relays for what
features report through their own listeners (draws, unanswered questions, sales from fact
changes, answers from the outbox).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.clock import Clock
from bot.config import ConfigError, WebhooksSection
from bot.draws.service import Draws
from bot.moderation.controls import ModeratorControls
from bot.moderation.roles import RolePolicy
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from bot.show.runner import ShowRunner
from bot.showfiles import ShowFiles
from bot.store import Store
from knowledge.facts import Facts

from .outbound import answer_relay, draw_relay, sale_relay, unanswered_relay
from .server import AdminHooks
from .setup import Webhooks
from .shop import milestone_texts


def webhook_facts(files: ShowFiles) -> Facts | None:
    """The live fact table shop events update: None when there is no catalog file (a bridge
    without a shop); a catalog that does not load raises ConfigError naming file:line."""
    if files.facts is None and not files.catalog.missing:
        raise ConfigError(files.catalog.error)
    return files.facts


def admin_hooks(show: ShowRunner | None, controls: ModeratorControls | None,
                draws: Draws | None) -> AdminHooks:
    """The admin API's view of the show, the moderators' controls and the draws (each None
    when the show has none: its routes answer 404)."""
    hooks = AdminHooks()
    if show is not None:
        hooks.show_state = lambda: {"state": show.state, "segment": show.segment,
                                    "current_sku": show.current_sku(),
                                    "next_sku": show.next_sku()}
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
    if draws is not None:
        hooks.draws = draws.list
    return hooks


def build_webhooks(
    cfg: WebhooksSection,
    files: ShowFiles,
    *,
    store: Store,
    clock: Clock,
    outbox: Outbox,
    pipeline: Pipeline,
    questions: QuestionQueue,
    persona: Persona,
    hooks: AdminHooks,
    draws: Draws | None,
    unanswered: list[Callable[..., Any]],
    role_policy: RolePolicy | None,
    prefix: str,
) -> Webhooks:
    """Signed shop and chat-bridge events in, the admin API (`hooks`), signed events out:
    sales from fact changes, answers from the outbox, unanswered questions (appended to the
    answers feature's `unanswered` listeners) and draw results. Raises ConfigError for a
    catalog that does not load, or a secret missing from the environment."""
    facts = webhook_facts(files)

    webhooks = Webhooks.from_config(
        cfg, store=store, clock=clock, outbox=outbox, pipeline=pipeline,
        questions=questions, facts=facts, hooks=hooks, milestone_text=milestone_texts(persona),
        role_policy=role_policy,
        # A bridge's 202/409 waits for the draw entry its message made to be committed.
        settled=draws.settled if draws is not None else None)
    if facts is not None:
        facts.subscribe(sale_relay(webhooks.bus))
    outbox.listeners.append(answer_relay(webhooks.bus, prefix))
    unanswered.append(unanswered_relay(webhooks.bus))
    if draws is not None:
        draws.listeners.append(draw_relay(webhooks.bus))
    return webhooks
