"""The show inside the whole app: wired by build_show, driven from chat, resumed after a restart
of the process (a new Hawker on the same store) without repeating itself."""

from __future__ import annotations

import shutil
from collections import Counter

from bot.app import Hawker
from bot.clock import FakeClock, settle
from bot.config import Config
from bot.events import Role
from plugins.console import ConsoleAdapter
from tests.show_shared import EXAMPLES


def config_in(tmp_path) -> Config:  # noqa: ANN001
    for name in ("hawker.toml", "catalog.yaml", "persona.yaml", "policies.yaml", "show.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return Config.load(tmp_path / "hawker.toml")


async def run_for(clock: FakeClock, seconds: float, step: float = 5.0) -> None:
    end = clock.now() + seconds
    while clock.now() < end:
        await clock.advance(min(step, end - clock.now()))


async def test_the_app_runs_the_plan_and_resumes_it_after_a_restart(tmp_path) -> None:
    config = config_in(tmp_path)
    clock = FakeClock()
    said: list[str] = []

    async def boot() -> tuple[Hawker, ConsoleAdapter]:
        app = Hawker(config, clock)
        console = ConsoleAdapter(clock=clock, out=None, on_output=said.append)
        app.add_adapter(console)
        await app.start()
        await settle()
        return app, console

    app, console = await boot()
    await console.say("mod_amy", "!show start", Role.MODERATOR)
    await run_for(clock, 150)
    await app.stop()
    before = len(said)
    assert any("Now on: Inner Mongolia" in line for line in said)

    app, console = await boot()  # a new process: same store, fresh fact table
    await run_for(clock, 120)
    after = said[before:]
    assert not any("Now on: Inner Mongolia" in line for line in after)  # not pitched twice
    assert any("⏰ 10 s left on Inner Mongolia" in line for line in after)
    assert any("Now on: Free-Range Farm Eggs" in line for line in after)
    assert app.show.segment == 1
    # The flash price went back into the new fact table on resume, and out again on time.
    assert app.facts.live_offer("BEEF-SHANK-1KG", clock.now()).promotion is None
    assert str(app.facts.live_offer("EGG-FREERANGE-30", clock.now()).price) == "31.92"
    keys = [e["detail"]["key"] for e in app.store.audit_entries(kind="show.announce")]
    assert keys and all(n == 1 for n in Counter(keys).values())
    await console.say("ava", "!now")
    await settle()
    assert said[-1].endswith(
        "On now: Free-Range Farm Eggs (30 pack): ¥31.92, down from ¥59.90: you save ¥27.98 "
        "(47% off), for 2 min only"  # the segment's price lasts until the segment ends
    )
    await app.stop()
