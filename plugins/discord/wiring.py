"""Puts the Discord plugin together for one Hawker app (from `Hawker.configured_adapters`)."""

from __future__ import annotations

from typing import Any

from plugins.discord.adapter import DiscordAdapter
from plugins.discord.buttons import DrawButtons
from plugins.discord.slash import DiscordCommands, SlashCommands


def build_discord(app: Any, *, connect: bool = True) -> DiscordAdapter:
    """The adapter, its slash commands (with `!discord sync` in the registry) and draw buttons.

    Features the app builds later (knowledge, draws) are looked up when needed, not now.
    """
    existing = getattr(app, "discord", None)
    if existing is not None:
        return existing.adapter
    cfg = app.config
    adapter = DiscordAdapter(cfg.platforms.discord, clock=app.clock,
                             prefix=cfg.show.command_prefix,
                             policy=getattr(app, "role_policy", None) or _default_policy(),
                             connect=connect)
    slash = SlashCommands(adapter, app.registry, products=lambda: _products(app))
    app.registry.add_cog(DiscordCommands(slash))
    buttons = DrawButtons(adapter, store=app.store,
                          limiter=lambda ch: app.outbox.queue(adapter.platform, ch).limiter)

    def follow_draws() -> None:
        draws = getattr(app, "draws", None)
        if draws is not None:
            buttons.follow(draws)

    adapter.on_start.append(follow_draws)
    app.discord = _Discord(adapter, slash, buttons)
    return adapter


class _Discord:
    """What the app keeps of the plugin: `app.discord.buttons.post(...)` for draw messages."""

    def __init__(self, adapter: DiscordAdapter, slash: SlashCommands, buttons: DrawButtons) -> None:
        self.adapter = adapter
        self.slash = slash
        self.buttons = buttons


def _products(app: Any) -> list[tuple[str, str]]:
    facts = getattr(app, "facts", None) or getattr(getattr(app, "knowledge", None), "facts", None)
    if facts is None:
        return []
    return [(p.sku, p.name) for p in facts.all()]


def _default_policy() -> Any:
    from bot.moderation.roles import DEFAULT_POLICY

    return DEFAULT_POLICY
