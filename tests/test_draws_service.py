"""Draws in a whole Hawker: chat entries from two platforms, commands, claims, restarts."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest

from bot.app import Hawker
from bot.clock import FakeClock
from bot.commands import ArgumentError
from bot.config import Config
from bot.draws.commands import parse_create
from bot.draws.settings import DrawsSection
from bot.draws.verify import export_record, verify_record
from bot.events import Role, Viewer
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
CAPS = Capabilities(max_length=500, rate=RateLimit(1000, 1.0))


async def start(db: Path, clock: FakeClock, **draws: object) -> tuple[Hawker, ConsoleAdapter,
                                                                        ConsoleAdapter]:
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = db
    config.draws = DrawsSection.model_validate(draws)
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None, capabilities=CAPS)
    twitch = ConsoleAdapter(clock=clock, out=None, capabilities=CAPS, platform="twitch")
    app.add_adapter(console)
    app.add_adapter(twitch)
    await app.start()
    return app, console, twitch


def said(*adapters: ConsoleAdapter) -> list[str]:
    return [d.text for a in adapters for d in a.sent]


def grab(pattern: str, texts: list[str]) -> str:
    for t in texts:
        m = re.search(pattern, t)
        if m:
            return m.group(1)
    raise AssertionError(f"{pattern!r} not in {texts}")


@pytest.fixture
async def show(tmp_path, clock):
    app, console, twitch = await start(tmp_path / "h.db", clock, tickets={"subscriber": 2})
    yield app, console, twitch
    await app.stop()


async def test_keyword_entries_from_two_platforms_are_acknowledged_after_commit(show, clock):
    app, console, twitch = show
    await console.say("amy", "!draw create Aurora TV 2 lucky 2m", Role.MODERATOR)
    await console.say("amy", "!draw open", Role.MODERATOR)
    await clock.advance(0.01)
    commitment = grab(r"commitment SHA-256 ([0-9a-f]{64})", said(console))
    assert commitment == app.draws.store.get(1).commitment
    for name in ("ann", "bo", "cy"):
        await console.say(name, "lucky!")
    await twitch.say("dee", "LUCKY", Role.SUBSCRIBER)
    await twitch.say("dee", "lucky")  # a repeat is not a second entry
    await console.say("amy", "lucky", Role.MODERATOR)  # staff may not enter
    # Queued, not yet committed: nothing on disk, nothing acknowledged.
    assert app.draws.store.entry_count(1) == 0
    assert not any("entered" in t for t in said(console, twitch))
    await clock.advance(0.3)
    assert app.draws.store.entry_count(1) == 4
    await clock.advance(15)
    assert any("4 entered the draw for Aurora TV" in t for t in said(console, twitch))
    assert any("staff can't enter" in t for t in said(console))
    assert app.draws.store.tickets_by_class(1) == {1: 3, 2: 1}
    assert app.pipeline.counts["entered"] == 6


async def test_a_draw_from_open_to_claims_redraws_and_rerolls_verifies(show, clock):
    app, console, twitch = show
    draws = app.draws
    draw_id = draws.create("Air fryer", 2, "fry", 60, "show")
    draws.open(draw_id)
    for i in range(6):
        await (console if i % 2 else twitch).say(f"v{i}", "fry")
    await clock.advance(60.5)  # the entry window ends: closed and drawn by the timer
    row = draws.store.get(draw_id)
    assert row.state == "drawn"
    texts = said(console)
    assert grab(r"entry-list hash ([0-9a-f]{64})", texts) == row.list_hash
    assert grab(r"seed revealed: ([0-9a-f]{64})", texts) == row.seed
    assert "hawker draw verify draw-1.json" in texts[-1] or any(
        "hawker draw verify" in t for t in texts)
    first, second = [p for p in draws.store.picks(draw_id) if p.status == "pending"]
    # The first winner claims from their platform; the second lets the window run out.
    winner_adapter = console if first.platform == "console" else twitch
    await winner_adapter.say(first.name, "!claim")
    assert draws.store.picks(draw_id)[0].status == "claimed"
    await clock.advance(121)
    picks = draws.store.picks(draw_id)
    assert [p.status for p in picks] == ["claimed", "unclaimed", "pending"]
    assert any("didn't claim Air fryer in time" in t for t in said(console))
    # A moderator rerolls the alternate: the next pick of the same stream, never a repeat.
    await console.say("amy", f"!draw reroll @{picks[2].name} no show", Role.MODERATOR)
    picks = draws.store.picks(draw_id)
    assert [p.status for p in picks] == ["claimed", "unclaimed", "rerolled", "pending"]
    assert len({(p.platform, p.viewer_id) for p in picks}) == 4
    record = export_record(draws.store, draw_id)
    verdict = verify_record(record, commitment=row.commitment, list_hash=row.list_hash)
    assert verdict.ok, verdict.reasons
    assert verdict.winners == [(picks[0].platform, picks[0].viewer_id),
                               (picks[3].platform, picks[3].viewer_id)]
    # The last winner claims: the draw is finished.
    await (console if picks[3].platform == "console" else twitch).say(picks[3].name, "!claim")
    assert draws.store.get(draw_id).state == "finished"
    # Persisted and audited before announced: each transition's audit entry comes before the
    # message that tells chat about it.
    audit = app.store.audit_entries()
    kinds = [a["kind"] for a in audit]
    for kind, words in (("draw.open", "Lucky draw for Air fryer"),
                        ("draw.closed", "Entries for Air fryer are closed"),
                        ("draw.drawn", "seed revealed")):
        sent_at = next(i for i, a in enumerate(audit)
                       if a["kind"] == "bot.sent" and words in a["detail"]["text"])
        assert kinds.index(kind) < sent_at


async def test_eligibility_at_entry_and_again_at_the_draw(tmp_path, clock):
    app, console, twitch = await start(tmp_path / "e.db", clock, require_chat=True,
                                       claim_seconds=0)
    try:
        draws = app.draws
        await console.say("amy", "!mute @troll", Role.MODERATOR)  # unknown yet: seen first
        await console.say("troll", "hello")
        await console.say("amy", "!mute @troll", Role.MODERATOR)
        draw_id = draws.create("Duvet", 2, "goose", 30, "show")
        draws.open(draw_id)
        await console.say("quiet", "goose")  # has not chatted yet
        await console.say("ann", "hi Lao Zhang")
        await console.say("ann", "goose")
        await twitch.say("bo", "what a show")
        await twitch.say("bo", "goose")
        await clock.advance(0.3)
        assert draws.entry_count(draw_id) == 2
        assert any("say hi in chat first" in t for t in said(console))
        # Removed after the close: still in the frozen list, disqualified if picked.
        draws.close(draw_id)
        await console.say("amy", "!draw remove @ann cheating", Role.MODERATOR)
        winners = draws.pick(draw_id)
        assert [(w.name, w.status) for w in winners] == [("bo", "won")]
        picks = draws.store.picks(draw_id)
        assert {(p.name, p.status) for p in picks} >= {("ann", "disqualified")}
        assert verify_record(export_record(draws.store, draw_id)).ok
        # bo won the last draw: not eligible for the next one.
        second = draws.create("Rice", 1, "rice", 30, "show")
        draws.open(second)
        await twitch.say("bo", "rice")
        await clock.advance(0.3)
        assert draws.entry_count(second) == 0
        assert any("won a recent draw" in t for t in said(twitch))
    finally:
        await app.stop()


async def test_open_draw_and_claim_window_survive_restarts(tmp_path, clock):
    db = tmp_path / "r.db"
    app, console, twitch = await start(db, clock)
    draw_id = app.draws.create("Rice cooker", 1, "rice", 100, "show")
    app.draws.open(draw_id)
    for i in range(5):
        await twitch.say(f"t{i}", "rice")
    await app.stop()  # flushes the queue: every received entry is committed

    app, console, twitch = await start(db, clock)
    assert app.draws.entry_count(draw_id) == 5
    await console.say("late", "rice")
    await clock.advance(100)  # the original close time
    row = app.draws.store.get(draw_id)
    assert row.state == "drawn" and row.entry_count == 6
    [winner] = app.draws.store.picks(draw_id)
    await app.stop()

    await clock.advance(60)
    app, console, twitch = await start(db, clock)
    await clock.advance(61)  # the winner's window, started before the restart, runs out
    picks = app.draws.store.picks(draw_id)
    assert [p.status for p in picks] == ["unclaimed", "pending"]
    assert picks[0].viewer_id == winner.viewer_id
    assert verify_record(export_record(app.draws.store, draw_id)).ok
    await app.stop()


async def test_button_api_enter_claim_and_count(show, clock):
    app, console, twitch = show
    draws = app.draws
    draw_id = draws.create("Vacuum", 1, "", 30, "show")
    draws.open(draw_id)
    ava = Viewer("discord", "111", "ava")
    entering = asyncio.ensure_future(draws.enter(ava, "button", draw_id=str(draw_id)))
    await clock.advance(0.01)
    assert not entering.done()  # answered only once committed
    await clock.advance(0.3)
    result = entering.result()
    assert result.ok and "You're in the draw for Vacuum" in result.message
    again = asyncio.ensure_future(draws.enter(ava, "button"))
    await clock.advance(0.3)
    assert again.result().status == "already"
    assert draws.entry_count(str(draw_id)) == 1
    assert draws.claim(ava).ok is False
    draws.close(draw_id)
    draws.close(draw_id)  # the show's cue and the timer may both close: no harm
    [winner] = draws.pick(draw_id)
    assert draws.pick(draw_id) == [winner]
    assert draws.claim(ava).ok
    assert draws.store.get(draw_id).state == "finished"
    late = await draws.enter(ava, "button", draw_id=draw_id)
    assert late.status == "not_open"


async def test_join_odds_status_and_cancel_commands(show, clock):
    app, console, twitch = show
    await console.say("amy", "!draw create Beef box 3", Role.MODERATOR)
    await console.say("amy", "!draw open", Role.MODERATOR)
    await console.say("ann", "!join")
    await twitch.say("sub", "!join", Role.SUBSCRIBER)
    await clock.advance(0.3)
    assert any("You're in the draw for Beef box" in t for t in said(console))
    await console.say("ann", "!odds")
    await clock.advance(0.1)
    # 1 ticket of 3 with 3 winners and 2 entrants: certain.
    assert any("100.00% chance" in t for t in said(console))
    await console.say("amy", "!draw status", Role.MODERATOR)
    await clock.advance(0.1)
    assert any("Draw #1 (Beef box): open; 2 entered" in t for t in said(console))
    await console.say("amy", "!draw cancel", Role.MODERATOR)
    assert app.draws.store.get(1).state == "cancelled"
    await console.say("amy", "!draw status", Role.MODERATOR)
    await clock.advance(0.1)
    assert any("Draw #1 (Beef box): cancelled" in t for t in said(console))
    await clock.advance(5)  # !join's cooldown
    await console.say("ann", "!join")
    await clock.advance(0.3)
    assert any("no draw open" in t for t in said(console))


def test_create_arguments():
    assert parse_create("Aurora 65-inch TV 3 lucky 2m") == ("Aurora 65-inch TV", 3, "lucky",
                                                            120.0)
    assert parse_create("Beef") == ("Beef", None, None, None)
    assert parse_create("Beef 90s") == ("Beef", None, None, 90.0)
    assert parse_create('"iPhone 15" 2 老张好') == ("iPhone 15", 2, "老张好", None)
    with pytest.raises(ArgumentError):
        parse_create("TV 2 lucky 2m extra")


async def test_unclaimed_prizes_are_redrawn_a_bounded_number_of_times(tmp_path, clock):
    app, console, twitch = await start(tmp_path / "m.db", clock, max_redraws=1)
    try:
        draws = app.draws
        draw_id = draws.create("Rice", 1, "rice", 10, "show")
        draws.open(draw_id)
        for i in range(4):
            await console.say(f"r{i}", "rice")
        await clock.advance(10.5)
        await clock.advance(120)
        assert [p.status for p in draws.store.picks(draw_id)] == ["unclaimed", "pending"]
        await clock.advance(120)
        assert [p.status for p in draws.store.picks(draw_id)] == ["unclaimed", "unclaimed"]
        assert draws.store.get(draw_id).state == "finished"
        assert any("that was the last redraw" in t for t in said(console))
        assert verify_record(export_record(draws.store, draw_id)).ok
    finally:
        await app.stop()


async def test_reroll_after_finish_rebuilds_the_sequence_from_the_store(tmp_path, clock):
    app, console, twitch = await start(tmp_path / "f.db", clock, claim_seconds=0)
    try:
        draws = app.draws
        draw_id = draws.create("Eggs", 1, "eggs", 10, "show")
        draws.open(draw_id)
        for i in range(5):
            await twitch.say(f"e{i}", "eggs")
        await clock.advance(10.5)
        assert draws.store.get(draw_id).state == "finished"
        [first] = draws.store.picks(draw_id)
        await console.say("amy", "!reroll", Role.MODERATOR)
        picks = draws.store.picks(draw_id)
        assert [p.status for p in picks] == ["rerolled", "won"]
        assert picks[1].viewer_id != first.viewer_id
        assert verify_record(export_record(draws.store, draw_id)).ok
    finally:
        await app.stop()


async def test_records_are_written_off_the_chat_loop_and_verify(tmp_path, clock, capsys):
    from bot.cli import main

    records = tmp_path / "records"
    app, console, twitch = await start(tmp_path / "x.db", clock, export_dir=str(records))
    draws = app.draws
    draw_id = draws.create("Apples", 2, "apple", 10, "show")
    draws.open(draw_id)
    for i in range(9):
        await (console if i % 3 else twitch).say(f"a{i}", "apple")
    await clock.advance(10.5)
    line = grab(r"(hawker draw verify .*)$", said(console))
    await clock.advance(121)  # both winners' windows end: redraws rewrite the record
    await app.stop()  # waits for the records being written
    args = line.split()[1:]
    assert args[2] == str(records / f"draw-{draw_id}.json")
    assert main(args) == 0
    assert "OK: the winners match" in capsys.readouterr().out
    record = json.loads((records / f"draw-{draw_id}.json").read_text())
    assert [p["status"] for p in record["picks"]] == ["unclaimed", "unclaimed", "pending",
                                                      "pending"]
