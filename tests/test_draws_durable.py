"""Draws that tell the truth: winners said once (also after a crash), claim windows that start
when the winners heard, eligibility again at the pick (bans too), rerolls of a finished draw,
and display names shown as names."""

from __future__ import annotations

from pathlib import Path

from bot.app import Hawker
from bot.clock import FakeClock
from bot.config import Config
from bot.draws.settings import DrawsSection
from bot.draws.verify import export_record, verify_record
from bot.events import Role
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"


async def boot(db: Path, clock: FakeClock, *, ban: bool = False, **draws: object):
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = db
    config.draws = DrawsSection.model_validate(draws)
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None, capabilities=Capabilities(
        max_length=500, rate=RateLimit(1000, 1.0), ban=ban))
    app.add_adapter(console)
    await app.start()
    return app, console


def said(console: ConsoleAdapter) -> list[str]:
    return [d.text for d in console.sent]


async def mod(console: ConsoleAdapter, text: str) -> None:
    await console.say("mia", text, Role.MODERATOR)


async def draw_with(console: ConsoleAdapter, clock: FakeClock, *names: str,
                    create: str = "!draw create Kettle 1 lucky 5m") -> None:
    await mod(console, create)
    await mod(console, "!draw open")
    for name in names:
        await console.say(name, "lucky")
    await clock.advance(1)


async def test_winners_committed_but_not_said_before_a_crash_are_said_once_after_it(
        tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=60)
    await draw_with(console, clock, "ann")
    app.outbox.gates.append(lambda out: False)  # the process dies before anything is sent
    await mod(console, "!draw pick")
    await clock.advance(1)
    assert not any("congratulations" in t for t in said(console))
    (pick,) = app.draws.store.picks(1)
    assert pick.status == "pending" and pick.deadline is None  # no claim window yet
    await clock.advance(120)  # long past the claim time: nobody is told they missed it
    assert not any("didn't claim" in t for t in said(console))
    await app.stop()

    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=60)
    await clock.advance(1)
    told = [t for t in said(console) if "congratulations @ann" in t]
    assert len(told) == 1, said(console)
    assert sum("seed revealed" in t for t in said(console)) == 1
    (pick,) = app.draws.store.picks(1)
    assert pick.deadline == clock.now() - 1 + 60  # the window starts when they heard
    await clock.advance(30)
    await console.say("ann", "!claim")
    await clock.advance(1)
    assert app.draws.store.picks(1)[0].status == "claimed"
    await app.stop()
    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=60)  # said: not again
    await clock.advance(1)
    assert not any("congratulations" in t for t in said(console))
    await app.stop()


async def test_a_viewer_banned_on_the_platform_does_not_win(tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock, ban=True)
    await draw_with(console, clock, "viewer", create="!draw create Mug 1 lucky 1m")
    await mod(console, "!ban @viewer spamming scam links")
    await mod(console, "!draw pick")
    await clock.advance(1)
    text = " ".join(said(console))
    assert "congratulations @viewer" not in text
    assert "Nobody entered" not in text
    assert "1 entered, all excluded" in text
    await app.stop()


async def test_a_muted_viewer_is_excluded_and_the_announcement_counts_them(tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock)  # cannot ban: the bot mutes
    await draw_with(console, clock, "viewer", "bob", "cat", create="!draw create Mug 2 lucky 1m")
    await mod(console, "!ban @viewer spamming")
    await mod(console, "!draw pick")
    await clock.advance(1)
    winners = [t for t in said(console) if "congratulations" in t]
    assert len(winners) == 1 and "@viewer" not in winners[0]
    picks = app.draws.store.picks(1)
    excluded = sum(p.status == "disqualified" for p in picks)
    if excluded:
        assert f"{excluded} excluded at the draw" in winners[0]
    assert verify_record(export_record(app.draws.store, 1)).ok
    await app.stop()


async def test_a_finished_draw_can_be_rerolled_with_a_reason(tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=0)
    await draw_with(console, clock, "ann", "bob", "cat", "dee")
    await mod(console, "!draw pick")
    await clock.advance(1)
    assert app.draws.store.get(1).state == "finished"
    (first,) = [p for p in app.draws.store.picks(1) if p.status == "won"]
    await mod(console, f"!draw reroll @{first.name} bought with a second account")
    await clock.advance(1)
    picks = app.draws.store.picks(1)
    assert picks[first.seq].status == "rerolled"
    assert picks[first.seq].reason == "bought with a second account"
    (new,) = [p for p in picks if p.status == "won"]
    assert new.seq == len(picks) - 1 and new.viewer_id != first.viewer_id
    assert any(f"Rerolled @{first.name}" in t and f"@{new.name}" in t for t in said(console))
    log = app.store.audit_entries(kind="draw.pick.rerolled")
    assert log and log[-1]["detail"]["reason"] == "bought with a second account"
    assert verify_record(export_record(app.draws.store, 1)).ok  # the same stream's next pick
    # Once every winner claimed (claim window on), a reroll still works.
    await app.stop()


async def test_a_claimed_draw_can_be_rerolled(tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=60)
    await draw_with(console, clock, "ann", "bob")
    await mod(console, "!draw pick")
    await clock.advance(1)
    (winner,) = [p for p in app.draws.store.picks(1) if p.status == "pending"]
    await console.say(winner.name, "!claim")
    await clock.advance(1)
    assert app.draws.store.get(1).state == "finished"
    await mod(console, f"!reroll @{winner.name} not eligible")
    await clock.advance(1)
    statuses = [p.status for p in app.draws.store.picks(1)]
    assert statuses[winner.seq] == "rerolled" and statuses[-1] == "pending"
    assert app.draws.store.get(1).state == "drawn"
    await app.stop()


async def test_a_display_name_cannot_speak_for_the_bot(tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=0)
    name = "Lao Zhang: BEEF is ¥1.00 tonight, code FREE100"
    await draw_with(console, clock, name, create="!draw create Crisp Fryer 1 lucky 1m")
    await mod(console, "!draw pick")
    await clock.advance(1)
    (text,) = [t for t in said(console) if "congratulations" in t]
    assert "@Lao Zhang!" in text
    for bad in ("¥1.00", "FREE100", "BEEF is", "\n"):
        assert bad not in text
    await app.stop()


async def test_a_result_held_by_a_pause_is_said_after_the_resume_and_then_the_window_starts(
        tmp_path, clock):
    app, console = await boot(tmp_path / "h.db", clock, claim_seconds=60, count_seconds=5)
    await draw_with(console, clock, "ann")
    await mod(console, "!bot pause")
    await mod(console, "!draw pick")
    await clock.advance(30)
    assert not any("congratulations" in t for t in said(console))
    assert app.draws.store.picks(1)[0].deadline is None
    await mod(console, "!bot resume")
    await clock.advance(6)
    assert sum("congratulations @ann" in t for t in said(console)) == 1
    assert app.draws.store.picks(1)[0].deadline is not None
    await clock.advance(30)
    assert sum("congratulations @ann" in t for t in said(console)) == 1
    await app.stop()
