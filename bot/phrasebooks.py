"""Every feature's default phrasebook, in one list: what a persona file may override.

Each feature says its texts with `Persona.say(key, lang, defaults=ITS_PHRASES)` and checks a
persona's overrides of its keys when it is built. `feature_phrasebooks()` gathers them all, so
`hawker check` and tests can validate a persona file against every feature at once:
`persona.check_slots(*feature_phrasebooks())`.
"""

from __future__ import annotations

import importlib

from bot.persona import Phrasebook

# "module:attribute" of each feature's phrasebook; imported on demand (Discord's is only
# needed where Discord is).
BOOKS: tuple[str, ...] = (
    "bot.commands:PHRASES",
    "bot.moderation.controls:PHRASES",
    "bot.show.announce:PHRASES",
    "bot.show.commands:PHRASES",
    "bot.draws.service:PHRASES",
    "bot.answers.composer:PHRASES",
    "bot.answers.replies:PHRASES",
    "plugins.webhooks.shop:PHRASES",
    "plugins.discord.adapter:CARD_PHRASES",
    "plugins.discord.buttons:PHRASES",
    "plugins.discord.slash:PHRASES",
)


def feature_phrasebooks(books: tuple[str, ...] = BOOKS) -> tuple[Phrasebook, ...]:
    """The phrasebooks named in `books` ("module:attribute"), in that order. ImportError or
    AttributeError if one moved (a test keeps this list true)."""
    found: list[Phrasebook] = []
    for name in books:
        module, _, attribute = name.partition(":")
        found.append(getattr(importlib.import_module(module), attribute))
    return tuple(found)
