"""A lucky draw across Discord, Twitch and YouTube: one pool, and a Twitch connection that
drops in the middle of it loses no entry and sends no reply twice."""

from __future__ import annotations

from collections import Counter

from tests.test_twitch_dialect import eventually
from tests.test_twitch_youtube_show import close_show, open_show, run_for

ENTERED = "You're in the draw"


def twitch_lines(show, containing: str) -> list[str]:
    return [m.params[1] for m in show.tw_server.sent_privmsgs() if containing in m.params[1]]


def entries(show, draw_id: int) -> Counter:
    rows = show.app.store.query("SELECT platform FROM draw_entries WHERE draw_id = ?", (draw_id,))
    return Counter(r[0] for r in rows)


async def test_one_pool_across_platforms_and_a_drop_mid_draw(tmp_path, clock):
    show = await open_show(tmp_path, clock)
    try:
        draws = show.app.draws
        draw_id = draws.create("Jasmine rice 5 kg", winners=3, keyword="rice", duration=600)
        draws.open(draw_id)
        await run_for(clock, 2)

        # Everyone enters where they watch.
        show.tw_server.privmsg("farmsale", "ann", "rice", user_id="31")
        show.tw_server.privmsg("farmsale", "bob", "!join", user_id="32")
        show.yt_fake.chat("Yuki", "rice", clock.now())
        show.yt_fake.chat("Yan", "!join", clock.now())
        await show.harness.message(show.discord, "dana", "rice")
        await show.harness.message(show.discord, "dev", "!join")
        await run_for(clock, 5)
        assert draws.entry_count(draw_id) == 6
        assert len(twitch_lines(show, ENTERED)) == 1  # bob's !join answered once

        # The Twitch link dies while cat's entry is being answered.
        show.tw_server.deaf = True
        cat_id = show.tw_server.privmsg("farmsale", "cat", "!join", user_id="33")
        await eventually(lambda: show.tw_server.lost, clock=clock, step=0.25)
        show.tw_server.deaf = False
        show.tw_server.drop()
        await eventually(
            lambda: show.tw_server.logins == 2 and show.tw_server.live, clock=clock, step=0.5
        )
        # Twitch may hand the new connection a message the old one already delivered.
        show.tw_server.privmsg("farmsale", "cat", "!join", user_id="33", msg_id=cat_id)
        show.tw_server.privmsg("farmsale", "dee", "rice", user_id="34")
        show.tw_server.privmsg("farmsale", "ann", "rice", user_id="31")  # again: still one entry
        await run_for(clock, 10)

        assert show.twitch.duplicates == 1
        assert entries(show, draw_id) == {"twitch": 4, "youtube": 2, "discord": 2}
        replies = twitch_lines(show, ENTERED)
        assert len(replies) == 2 and sum("@cat:" in r for r in replies) == 1, replies  # by login
        assert show.twitch.resent == 1
        assert twitch_lines(show, "already") == []  # the redelivered !join was not answered again

        # One pool, drawn once, announced on every platform.
        draws.close(draw_id)
        picks = draws.pick(draw_id)
        assert len(picks) == 3
        await run_for(clock, 60)
        winners_line = "congratulations"
        assert twitch_lines(show, winners_line)
        assert any(
            winners_line in s["textMessageDetails"]["messageText"] for s in show.yt_fake.inserted
        )
        assert any(
            winners_line in (p.json.get("content") or "") or p.json.get("embeds")
            for p in show.discord_posts()
        )
        # The frozen list is the one pool the verifier sees: every entry, once.
        assert len(draws.store.frozen(draw_id)) == 8
    finally:
        await close_show(show)
