"""Puts the Discord plugin together for one Hawker app (from `Hawker.discord`), from the
objects it uses: `[platforms.discord]`, the clock, the command registry, the store, the outbox's
send limits, the draws and the fact table (never the app)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.commands import CommandRegistry
from bot.config import DiscordSection
from bot.draws.service import Draws
from bot.moderation.roles import DEFAULT_POLICY, RolePolicy
from bot.outbox import Outbox
from bot.persona import Persona
from bot.store import Store
from knowledge.facts import Facts
from plugins.discord.adapter import DiscordAdapter
from plugins.discord.buttons import DrawButtons
from plugins.discord.slash import DiscordCommands, SlashCommands


@dataclass(frozen=True, slots=True)
class DiscordPlugin:
    """What the app keeps of the plugin: the adapter, its slash commands, the draw buttons."""

    adapter: DiscordAdapter
    slash: SlashCommands
    buttons: DrawButtons


def build_discord(
    cfg: DiscordSection,
    *,
    clock: Clock,
    prefix: str,
    policy: RolePolicy | None,
    registry: CommandRegistry,
    store: Store,
    outbox: Outbox,
    draws: Draws | None,
    facts: Facts | None,
    persona: Persona,
    connect: bool = True,
) -> DiscordPlugin:
    """The adapter, its slash commands (with `!discord sync` in `registry`) and draw buttons
    that follow `draws` once the adapter has started; product choices come from `facts`."""
    adapter = DiscordAdapter(cfg, clock=clock, prefix=prefix, policy=policy or DEFAULT_POLICY,
                             connect=connect, persona=persona)

    def products() -> list[tuple[str, str]]:
        return [(p.sku, p.name) for p in facts.all()] if facts is not None else []

    slash = SlashCommands(adapter, registry, products=products)
    registry.add_cog(DiscordCommands(slash))
    buttons = DrawButtons(adapter, store=store, persona=persona,
                          limiter=lambda ch: outbox.queue(adapter.platform, ch).limiter)
    if draws is not None:
        adapter.on_start.append(lambda: buttons.follow(draws))
    return DiscordPlugin(adapter, slash, buttons)
