"""`hawker run`: a live show from a config file, on every platform it names."""

from __future__ import annotations

import argparse
import asyncio
import signal
from pathlib import Path

import click

from bot.cli_common import config_option, data_dir_option, status, verbose_option
from bot.config import ConfigError
from bot.state import load_config
from plugins.console import ConsoleAdapter


async def run_live(args: argparse.Namespace) -> int:
    from bot.app import Hawker

    config = load_config(args.config, getattr(args, "data_dir", None))
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
        with status("opening the knowledge base (the first start builds the model's graph)…"):
            await app.answering.ready()  # the knowledge base, before the first question
        print(f"hawker: live on {', '.join(a.platform for a in adapters)}; Ctrl-C ends the show")
        await stop.wait()
    finally:
        await app.stop()
    return 0


@click.command()
@config_option("./hawker.toml")
@data_dir_option
@verbose_option
def run(config: str | None, data_dir: Path | None) -> int:
    """Run a live show from a config file, on every platform it names (Ctrl-C ends it)."""
    return asyncio.run(run_live(argparse.Namespace(config=config or "hawker.toml",
                                                   data_dir=data_dir)))
