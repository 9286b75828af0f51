"""Draw buttons: persistent custom ids, entries through the draws feature, bounded count edits."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from discord_harness import CHANNEL, OTHER_CHANNEL, DiscordHarness, drain

from bot.commands import ArgumentError
from bot.events import Card, Viewer
from bot.outbox import Outbox
from bot.store import Store
from plugins.discord.buttons import DrawButtons

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
EDIT = "/channels/{channel_id}/messages/{message_id}"
CALLBACK = "/interactions/{webhook_id}/{webhook_token}/callback"
ORIGINAL = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"


class StoreDesk:
    """The draws feature's entry points as the buttons call them, on the real SQLite store
    (unique per draw, platform and viewer, committed before returning)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.ensure_schema("CREATE TABLE IF NOT EXISTS entry (draw TEXT, platform TEXT, "
                            "viewer TEXT, source TEXT, PRIMARY KEY (draw, platform, viewer))")
        self.winners: set[tuple[str, str]] = set()

    async def enter(self, viewer: Viewer, source: str, draw_id: str) -> bool:
        with self.store.transaction() as db:
            cur = db.execute("INSERT OR IGNORE INTO entry VALUES (?, ?, ?, ?)",
                             (draw_id, viewer.platform, viewer.id, source))
        return cur.rowcount == 1

    def claim(self, viewer: Viewer) -> str:
        if viewer.key not in self.winners:
            raise ArgumentError("You didn't win this one, sorry!")
        return "Prize claimed, congratulations!"

    def entry_count(self, draw_id: str) -> int:
        return self.store.query("SELECT count(*) FROM entry WHERE draw = ?", (draw_id,))[0][0]


@pytest.fixture
def db(tmp_path):
    store = Store(tmp_path / "hawker.db")
    yield store
    store.close()


@pytest.fixture
async def board(db, clock):
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    buttons = DrawButtons(adapter, StoreDesk(db))
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    yield harness, adapter, buttons
    await adapter.stop()
    harness.close()


async def test_draw_message_carries_a_persistent_button(board, clock):
    harness, adapter, buttons = board
    card = Card("Lucky draw: wagyu beef box", (("Winners", "3"),), ends_at=clock.now() + 120)
    [mid] = await buttons.post("d7", "Press the button to enter!", card)
    [post] = harness.http.channel_messages(CHANNEL)
    assert mid.isdigit()
    [row] = post.json["components"]
    [button] = row["components"]
    assert button["custom_id"] == "hawker:draw:d7:join" and button["type"] == 2
    assert post.json["embeds"][0]["title"] == "Lucky draw: wagyu beef box"


async def test_press_enters_once_and_answers_privately(board, db):
    harness, adapter, buttons = board
    await harness.press(adapter, "ava", "hawker:draw:d7:join")
    await harness.press(adapter, "ava", "hawker:draw:d7:join")
    rows = db.query("SELECT draw, platform, viewer, source FROM entry")
    assert [tuple(r) for r in rows] == [("d7", "discord", str(harness.user_id("ava")), "button")]
    defers = [c.json for c in harness.http.find(path=CALLBACK)]
    assert defers == [{"type": 5, "data": {"flags": 64}}] * 2
    answers = [c.json["content"] for c in harness.http.find(path=ORIGINAL)]
    assert answers == ["You're in the draw. Good luck!", "You're already in this draw."]


async def test_button_survives_a_restart(board, db, clock):
    """A new process (new client, new adapter) still takes presses on the old message."""
    harness, adapter, buttons = board
    await buttons.post("d8", "Enter now")
    await harness.press(adapter, "ava", "hawker:draw:d8:join")
    await adapter.stop()

    again = harness.restarted()
    restarted = again.adapter(clock)
    DrawButtons(restarted, StoreDesk(db))
    await restarted.start(lambda m: None)
    again.guild_create(restarted)
    await again.press(restarted, "ben", "hawker:draw:d8:join")
    await again.press(restarted, "ava", "hawker:draw:d8:join")
    assert db.query("SELECT count(*) FROM entry WHERE draw = 'd8'")[0][0] == 2
    answers = [c.json["content"] for c in again.http.find(path=ORIGINAL)]
    assert answers == ["You're in the draw. Good luck!", "You're already in this draw."]
    again.close()


async def test_claim_button(board):
    harness, adapter, buttons = board
    buttons.desk.winners.add(("discord", str(harness.user_id("ava"))))
    await harness.press(adapter, "ben", "hawker:draw:d9:claim")
    await harness.press(adapter, "ava", "hawker:draw:d9:claim")
    answers = [c.json["content"] for c in harness.http.find(path=ORIGINAL)]
    assert answers == ["You didn't win this one, sorry!", "Prize claimed, congratulations!"]


async def test_entry_count_is_edited_at_a_bounded_rate(board, clock):
    harness, adapter, buttons = board
    [mid] = await buttons.post("d10", "Enter now")
    for i in range(40):  # 40 presses over 4 seconds
        await harness.press(adapter, f"viewer{i}", "hawker:draw:d10:join")
        await clock.advance(0.1)
    await drain(clock, 12)
    edits = harness.http.find("PATCH", EDIT)
    times = [t for t, c in harness.http.sent_at if c.method == "PATCH" and c.path == EDIT]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert all(gap >= adapter.config.count_edit_seconds for gap in gaps)
    assert 1 < len(edits) <= 3
    assert all(c.url.endswith(f"/messages/{mid}") for c in edits)
    assert "**40** entered" in edits[-1].json["content"]  # the last edit shows the final count


async def test_press_outside_the_show_is_refused(board, db):
    harness, adapter, buttons = board
    await harness.press(adapter, "ava", "hawker:draw:d7:join", channel=OTHER_CHANNEL)
    [refusal] = [c.json for c in harness.http.find(path=CALLBACK)]
    assert refusal["type"] == 4 and refusal["data"]["flags"] == 64
    assert db.query("SELECT count(*) FROM entry")[0][0] == 0


async def test_posting_waits_for_the_channel_window(db, clock):
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    outbox = Outbox(clock)
    outbox.add_adapter(adapter)
    window = outbox.queue("discord", str(CHANNEL)).limiter
    for _ in range(5):
        window.record(clock.now())  # the channel just had its 5 messages
    buttons = DrawButtons(adapter, StoreDesk(db),
                          limiter=lambda ch: outbox.queue("discord", ch).limiter)
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    task = asyncio.create_task(buttons.post("d11", "Enter now"))
    await clock.advance(4)
    assert harness.http.channel_messages() == []
    await clock.advance(1.5)
    await task
    assert len(harness.http.channel_messages()) == 1
    harness.close()


@pytest.fixture
async def live_draws(tmp_path, clock):
    """The real draws feature on the real store, with the Discord adapter in its outbox."""
    from bot.draws.service import Draws
    from bot.persona import Persona

    store = Store(tmp_path / "draws.db")
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    outbox = Outbox(clock)
    outbox.add_adapter(adapter)
    draws = Draws(store, clock, outbox, Persona.load(EXAMPLES / "persona.yaml"))
    buttons = DrawButtons(adapter, limiter=lambda ch: outbox.queue("discord", ch).limiter)
    buttons.follow(draws)
    outbox.start()
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    await draws.start()
    yield harness, adapter, buttons, draws
    await draws.stop()
    await adapter.stop()
    await outbox.stop()
    harness.close()
    store.close()


def panels(harness):
    """The messages the bot posted with a draw button: (custom_id, message id)."""
    out = []
    for call in harness.http.channel_messages(CHANNEL):
        for row in call.json.get("components") or []:
            for item in row["components"]:
                out.append(item["custom_id"])
    return out


@pytest.mark.timeout(60)
async def test_buttons_follow_the_real_draws_feature(live_draws, clock):
    harness, adapter, buttons, draws = live_draws
    draw_id = draws.create("Wagyu beef box", winners=4, duration=300)
    draws.open(draw_id)
    await drain(clock, 1)
    assert panels(harness) == [f"hawker:draw:{draw_id}:join"]

    for name in ("ava", "ben", "cy"):
        await harness.press(adapter, name, f"hawker:draw:{draw_id}:join")
        await clock.advance(0.5)  # the group commit acknowledges the entry
    await harness.press(adapter, "ava", f"hawker:draw:{draw_id}:join")
    await clock.advance(0.5)
    answers = [c.json["content"] for c in harness.http.find("PATCH", ORIGINAL)]
    assert len(answers) == 4 and answers[0] == answers[1] == answers[2] != answers[3]
    assert "Wagyu" in answers[0]

    # An entry from another platform is counted on the Discord panel too.
    from bot.events import Role
    entry = asyncio.create_task(draws.enter(Viewer("twitch", "t1", "tw_fan", Role.VIEWER),
                                            "keyword"))
    await drain(clock, 12)
    assert entry.result().ok
    edits = [c.json["content"] for c in harness.http.find("PATCH", EDIT)]
    assert edits and "**4** entered" in edits[-1]

    draws.pick(draw_id)  # closes the draw, then picks: everyone wins
    await drain(clock, 8)
    retired = harness.http.find("PATCH", EDIT)[-1].json
    assert retired["components"] == [] and "Entries are closed" in retired["content"]
    assert panels(harness)[-1] == f"hawker:draw:{draw_id}:claim"

    await harness.press(adapter, "ben", f"hawker:draw:{draw_id}:claim")
    await harness.press(adapter, "ben", f"hawker:draw:{draw_id}:claim")
    first, second = [c.json["content"] for c in harness.http.find("PATCH", ORIGINAL)][-2:]
    assert first != second  # claimed once; the second press finds nothing left to claim
    picks = {p.viewer_id: p.status for p in draws.store.picks(int(draw_id))}
    assert picks[str(harness.user_id("ben"))] == "claimed"


async def _process(harness, store, clock):
    """One Hawker process's worth of draws + Discord buttons on a shared database."""
    from bot.draws.service import Draws
    from bot.persona import Persona

    adapter = harness.adapter(clock)
    outbox = Outbox(clock)
    outbox.add_adapter(adapter)
    draws = Draws(store, clock, outbox, Persona.load(EXAMPLES / "persona.yaml"))
    buttons = DrawButtons(adapter, store=store)
    outbox.start()
    await draws.start()
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    buttons.follow(draws)
    return adapter, outbox, draws


async def _end(adapter, outbox, draws):
    await draws.stop()
    await adapter.stop()
    await outbox.stop()


@pytest.mark.timeout(60)
async def test_entry_panel_survives_a_restart(tmp_path, clock):
    """The panel posted before a restart keeps its count after it, and loses its button when
    the draw closes: the message ids are in the store, the button's id names the draw."""
    from bot.events import Role

    store = Store(tmp_path / "hawker.db")
    harness = DiscordHarness()
    adapter, outbox, draws = await _process(harness, store, clock)
    draw_id = draws.create("Rice cooker", winners=1, duration=600)
    draws.open(draw_id)
    await drain(clock, 1)
    [panel] = [c for c in harness.http.channel_messages(CHANNEL) if c.json.get("components")]
    panel_id = panel.response["id"]
    await harness.press(adapter, "ava", f"hawker:draw:{draw_id}:join")
    await drain(clock, 1)
    await _end(adapter, outbox, draws)
    store.close()

    store = Store(tmp_path / "hawker.db")  # the process restarts
    again = harness.restarted()
    adapter, outbox, draws = await _process(again, store, clock)
    assert not [c for c in again.http.channel_messages() if c.json.get("components")]
    await again.press(adapter, "ben", f"hawker:draw:{draw_id}:join")
    entry = asyncio.create_task(draws.enter(Viewer("twitch", "t9", "tw", Role.VIEWER), "keyword"))
    await drain(clock, 12)
    assert entry.result().ok
    edits = again.http.find("PATCH", EDIT)
    assert edits and "**3** entered" in edits[-1].json["content"]
    assert all(e.url.endswith(f"/messages/{panel_id}") for e in edits)
    draws.close(draw_id)
    await drain(clock, 8)
    retired = again.http.find("PATCH", EDIT)[-1].json
    assert retired["components"] == [] and "**3** entered. Entries are closed" in retired["content"]
    await _end(adapter, outbox, draws)
    again.close()
    store.close()

