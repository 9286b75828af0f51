"""Public warnings per channel go through the one sliding-window limiter (bot/ratelimit.py):
in a spam raid at most `warnings_per_minute` are said, the rest are counted unsaid, and the
window slides (a minute later the bot may warn again)."""

from __future__ import annotations

from bot.clock import FakeClock, settle
from tests.moderation_support import start_show


async def test_a_link_raid_gets_at_most_n_warnings_a_minute(tmp_path, clock: FakeClock):
    app, console = await start_show(tmp_path / "h.db", clock, moderation={
        "filters": {"escalation": {"silent_strikes": 0, "warnings_per_minute": 2}}})
    try:
        mod = app.moderation
        for i in range(6):
            await console.say(f"raider{i}", f"cheap followers at spam{i}.example/buy",
                              viewer_id=f"r{i}")
            await clock.advance(1)
        await settle()
        assert (mod.counts["warnings"], mod.counts["warnings_unsaid"]) == (2, 4)
        await clock.advance(60)
        await console.say("late", "cheap followers at spam9.example/buy", viewer_id="late")
        await settle()
        assert (mod.counts["warnings"], mod.counts["warnings_unsaid"]) == (3, 4)
    finally:
        await app.stop()
