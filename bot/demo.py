"""`hawker demo`: the sample show on the embedded defaults, with a simulated audience.

The show runs on a compressed clock (`--speed`, default 12: the 40-minute plan in about
3½ minutes) or, with `--fast`, on virtual time: to the end in seconds, exit 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from bot.cli_common import verbose_option
from bot.clock import Clock, FakeClock, settle
from bot.config import Config, ConfigError
from bot.events import Role
from bot.examples import sample_dir
from bot.state import user_data_dir
from plugins.console import ConsoleAdapter
from plugins.console.script import ChatLine, load_script

EXAMPLES = sample_dir()

CROWD = ["ava", "ben_z", "coco", "dan_w", "eli", "fei_fei", "gus", "hui", "ian_p", "jia",
         "kai", "lena", "ming", "nora", "pei", "quinn", "rui", "sara", "tao", "uma"]
CHATTER = ["hello from Shanghai!", "666", "哈哈哈", "love this show", "老张好！", "nice price",
           "first time here", "加油", "the beef looks great", "wow so cheap", "主播辛苦了", "👍👍",
           "my mom bought the rice cooker last year, still great", "已下单", "just ordered!"]


class ScaledClock:
    """Show time running `speed` times faster than the wall clock (the watchable demo)."""

    def __init__(self, speed: float) -> None:
        self.speed = speed
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0) * self.speed

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speed)


def crowd_lines(duration: float, rnd: random.Random, every: float = 9.0) -> list[ChatLine]:
    """Random viewers chatting, with the odd repeated line (which filters should catch)."""
    lines, t = [], 0.0
    while t < duration:
        t += rnd.expovariate(1 / every)
        text = rnd.choice(CHATTER)
        lines.append(ChatLine(t, rnd.choice(CROWD), Role.VIEWER, text))
    return lines


async def autopilot(clock: FakeClock) -> None:
    """Virtual time: jump to the next thing anyone waits for, as soon as all is quiet."""
    while True:
        await settle(50)
        deadline = clock.next_deadline()
        await clock.advance(1.0 if deadline is None else max(0.0, deadline - clock.now()))


async def run_demo(args: argparse.Namespace) -> int:
    from bot.app import Hawker  # the app pulls in every feature; keep `hawker --help` quick

    config = Config.load(args.config)
    state = Path(args.state or tempfile.mkdtemp(prefix="hawker-demo-"))
    # Without --state, a fresh show each run but one index (and its 88 MB model graph) for every
    # demo, in the user's data folder: the next demo does not rebuild it, and /tmp stays small.
    chroma = state / "chroma" if args.state else user_data_dir() / "demo" / "chroma"
    config.store.path = state / "hawker.db"
    config.draws.export_dir = state / "draws"  # so the announced verify line runs as is
    config.knowledge.chroma_path = chroma
    fake = FakeClock() if args.fast else None  # virtual time, driven by the autopilot
    clock: Clock = fake if fake is not None else ScaledClock(args.speed)
    start = clock.now()

    def stamp(line: str) -> None:
        minutes, seconds = divmod(int(clock.now() - start), 60)
        print(f"[{minutes:02d}:{seconds:02d}] {line}", flush=True)

    app = Hawker(config, clock)
    console = ConsoleAdapter(channel=config.platforms.console.channel, clock=clock, out=None,
                             on_output=stamp, bot_name="hawker")
    app.add_adapter(console)
    if args.platforms:
        # Real chats run on real time: a sped-up clock would break their send limits.
        if args.fast or args.speed != 1:
            raise ConfigError("--platforms needs real time: use --speed 1 without --fast")
        for adapter in app.configured_adapters():
            app.add_adapter(adapter)
    await app.start()
    print("hawker: indexing the sample catalog (a few seconds)…", flush=True)
    await app.answering.ready()  # index the catalog before the audience arrives
    start = clock.now()  # the show's clock starts once the bot is ready
    duration = args.minutes * 60
    script = load_script(args.script) if args.script else []
    lines = sorted(script + crowd_lines(duration, random.Random(args.seed)), key=lambda x: x.at)
    pilot = asyncio.create_task(autopilot(fake)) if fake is not None else None
    try:
        for line in lines:
            if line.at > duration:
                break
            await clock.sleep(start + line.at - clock.now())
            await console.say(line.name, line.text, line.role)
        if app.show is not None and app.show.state.status != "idle":
            await app.show.wait_ended()  # moderators may have extended it
        else:
            await clock.sleep(start + duration - clock.now())
        await app.finish()
    finally:
        if pilot:
            pilot.cancel()
        await app.stop()
    summary = {
        "messages": {k.value: v for k, v in app.pipeline.counts.items()},
        "outbox": app.outbox.stats(),
        "questions_dropped": app.questions.dropped,
        "state": str(state),
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


@click.command()
@click.option("--fast", is_flag=True, help="Virtual time: run the show to the end in seconds.")
@click.option("--speed", type=click.FloatRange(min=0, min_open=True), default=12.0,
              show_default=True, help="Show seconds per real second.")
@click.option("--minutes", type=click.FloatRange(min=0, min_open=True), default=40.0,
              show_default=True, help="Length of the show.")
@click.option("--seed", type=int, default=2024, show_default=True, help="Random audience seed.")
@click.option("--config", "-c", metavar="FILE", type=click.Path(dir_okay=False),
              help="The show's hawker.toml (default: the sample show).")
@click.option("--script", metavar="FILE", type=click.Path(dir_okay=False),
              help="Scripted chat lines (default: the sample show's demo-chat.txt).")
@click.option("--state", metavar="DIR", type=click.Path(file_okay=False),
              help="Folder for the store and index (default: a new temporary folder, and the "
                   "index in ~/.local/share/hawker/demo).")
@click.option("--platforms", is_flag=True,
              help="Also join the chats the config names (Twitch, YouTube, Discord); needs "
                   "--speed 1.")
@verbose_option
def demo(**options: Any) -> int:
    """Run the sample show on the embedded defaults with a simulated audience.

    The show runs on a compressed clock (--speed, default 12: the 40-minute plan in about
    3 1/2 minutes) or, with --fast, on virtual time: to the end in seconds, exit 0.
    """
    options["config"] = options["config"] or str(EXAMPLES / "hawker.toml")
    options["script"] = options["script"] or str(EXAMPLES / "demo-chat.txt")
    # Made here, so an unwritable folder is one line before the show starts.
    Path(options["state"] or user_data_dir() / "demo").mkdir(parents=True, exist_ok=True)
    return asyncio.run(run_demo(argparse.Namespace(**options)))
