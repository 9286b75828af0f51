"""A whole Hawker on the sample show with a tmp store, for the moderation tests."""

from __future__ import annotations

from pathlib import Path

from bot.app import Hawker
from bot.clock import FakeClock
from bot.config import Config
from bot.moderation.settings import ModerationSection
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"

# The console as a platform that can do everything a moderator might ask of it.
FULL = Capabilities(
    max_length=400, rate=RateLimit(100, 1.0), reply_to=True, delete=True, timeout=True, ban=True
)
# ...and as one that can do nothing but talk.
MUTE_ONLY = Capabilities(max_length=400, rate=RateLimit(100, 1.0))


async def start_show(
    store: Path,
    clock: FakeClock,
    *,
    moderation: dict | None = None,
    capabilities: Capabilities = FULL,
) -> tuple[Hawker, ConsoleAdapter]:
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = store
    if moderation is not None:
        config.moderation = ModerationSection.model_validate(moderation)
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None, capabilities=capabilities)
    app.add_adapter(console)
    await app.start()
    return app, console


def texts(console: ConsoleAdapter) -> list[str]:
    return [d.text for d in console.sent]
