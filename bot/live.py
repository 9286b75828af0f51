"""`hawker run`: a live show from a config file, on every platform it names."""

from __future__ import annotations

import argparse
import asyncio
import signal

from bot.config import Config, ConfigError
from plugins.console import ConsoleAdapter


async def run_live(args: argparse.Namespace) -> int:
    from bot.app import Hawker

    config = Config.load(args.config)
    app = Hawker(config)
    adapters = app.configured_adapters()
    if config.platforms.console.enabled:
        adapters.append(ConsoleAdapter(channel=config.platforms.console.channel, clock=app.clock,
                                       interactive=True))
    if not adapters:
        raise ConfigError(f"{args.config}: platforms: no platform is enabled")
    for adapter in adapters:
        app.add_adapter(adapter)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await app.start()  # a platform that refuses us stops the show before it starts
        await app.answering.ready()  # the knowledge base, before the first question
        print(f"hawker: live on {', '.join(a.platform for a in adapters)}; Ctrl-C ends the show")
        await stop.wait()
    finally:
        await app.stop()
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="run a live show from a config file",
                       description=__doc__)
    p.add_argument("--config", default="hawker.toml")
    p.set_defaults(run=lambda a: asyncio.run(run_live(a)))
