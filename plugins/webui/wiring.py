"""The console on the webhook server, from the features the app has (the app's one call)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.clock import Clock
from bot.config import secret
from bot.draws.service import Draws
from bot.moderation.controls import FaqOverrides, ModeratorControls
from bot.persona import Persona
from bot.show.runner import ShowRunner
from bot.store import Store
from knowledge.facts import Facts
from plugins.webhooks.server import WebhookServer

from .console import Console, ConsoleDeps
from .sessions import Sessions


def console_for(server: WebhookServer, *, store: Store, clock: Clock, persona: Persona,
                overlay_token_env: str | None = None, facts: Facts | None = None,
                show: ShowRunner | None = None, draws: Draws | None = None,
                controls: ModeratorControls | None = None,
                knowledge: Callable[[], FaqOverrides | None] | None = None,
                export_dir: Path | None = None, secret_key: str | None = None) -> Console:
    """A Console signing in with `server`'s admin tokens, its price and stock edits going
    through `server.shop`, mounted on `server` (/console, /overlay, /webui/static).

    The overlay token is read from the environment variable `overlay_token_env` (ConfigError
    when it is named but unset); without one the overlays answer 401."""
    overlay = secret(overlay_token_env) if overlay_token_env else None
    console = Console(ConsoleDeps(
        store=store, clock=clock, persona=persona,
        sessions=Sessions(server.tokens, overlay_token=overlay, secret_key=secret_key),
        facts=facts, shop=server.shop, show=show, draws=draws, controls=controls,
        knowledge=knowledge, export_dir=export_dir, lockout=server.lockout))
    server.mount(console.routes(), on_stop=console.close)
    return console
