"""The show runner on a FakeClock: order and timing of every announcement kind, stock,
gating, pause/resume/extend, overlapping promotions, restarts, draws."""

from __future__ import annotations

import asyncio
from collections import Counter

from bot.events import Role
from bot.store import Store
from plugins.base import RateLimit
from tests.show_shared import Show, catalog_facts

SEGMENT_STARTS = [0, 240, 420, 720, 960, 1140, 1380, 1620, 1860, 2100]
BEEF = "Inner Mongolia Grass-Fed Beef Shank"
EGGS = "Free-Range Farm Eggs (30 pack)"


async def test_sample_show_timeline() -> None:
    async with Show() as show:
        await show.start()
        await show.until(2460, step=5)
        pitches = show.when("Now on: ")
        assert pitches == SEGMENT_STARTS
        # "Up next" half a minute before every segment but the last ends.
        assert show.when("Up next: ") == [s - 30 for s in SEGMENT_STARTS[1:]]
        # The beef's segment flash price (3 min): no 5-minute mark, 1 min and 10 s, then ended.
        assert show.when(f"⏰ 1 min left on {BEEF}") == [120]
        assert show.when(f"⏰ 10 s left on {BEEF}") == [170]
        assert show.when(f"The deal on {BEEF} has ended") == [180]
        # The standalone egg flash sale, 9:00 to 15:00, during other products' segments.
        assert show.when(f"⚡ Flash sale! {EGGS}") == [540]
        assert show.when(f"⏰ 5 min left on {EGGS}") == [600]
        assert show.when(f"⏰ 1 min left on {EGGS}") == [840]
        assert show.when(f"⏰ 10 s left on {EGGS}") == [890]
        assert show.when(f"The deal on {EGGS} has ended") == [900]
        # The 0:00 moment, in order: the reply, the pitch, the coupon going live.
        first = [t for at, t in show.log if at == 0]
        assert first[0].startswith("↳ mod_amy")
        assert first[1].startswith(
            f"Now on: {BEEF}! ¥69.90, down from ¥139.00: you save ¥69.10 (50% off), for 3 min only."
        )
        assert "现在上架：内蒙古草饲牛腱子！到手价¥69.90" in first[1]
        assert first[2].startswith("New deal: ") and "NEWFAN10" in first[2]
        # The end: nothing of the show's stays live in the fact table.
        assert show.runner.state.status == "ended"
        assert show.facts.promotions(show.clock.now()) == []
        # Each cue was made once.
        assert all(n == 1 for n in Counter(show.keys()).values())


async def test_low_stock_then_sold_out_ends_the_segment_early() -> None:
    async with Show() as show:
        await show.start()
        await show.until(30)
        await show.say("mod_amy", "!stock BEEF-SHANK-1KG 120", Role.MODERATOR)
        assert (
            show.texts()[-1]
            == f"Hurry, only 120 left of {BEEF}!\n内蒙古草饲牛腱子只剩120件了，抓紧！"
        )
        await show.until(50)
        await show.say("mod_amy", "!stock BEEF-SHANK-1KG 90", Role.MODERATOR)  # said once only
        assert sum("Hurry, only" in t for t in show.texts()) == 1
        await show.until(60)
        await show.say("mod_amy", "!stock beef 0", Role.MODERATOR)
        after = [t for at, t in show.log if at == 60 and not t.startswith("↳")]
        assert after[0].startswith(f"{BEEF} is sold out")
        assert after[1].startswith(f"Now on: {EGGS}")
        await show.until(500, step=5)
        # The eggs got their whole 3 minutes from 1:00; the beef's flash marks never came.
        assert show.when("Now on: ") == [0, 60, 240]
        assert show.when(f"⏰ 1 min left on {BEEF}") == []
        assert show.when(f"⏰ 10 s left on {BEEF}") == []
        assert not any(BEEF in t and "¥" in t for at, t in show.log if at > 60)


async def test_queued_pitch_of_a_product_that_sold_out_is_dropped() -> None:
    # One message per 30 s: the pitch waits behind the moderator's reply, and the beef sells
    # out meanwhile: at send time the pitch is stale and the outbox drops it.
    plan = """
segments:
  - {product: BEEF-SHANK-1KG, duration: 4m, next_on_sold_out: false}
  - {product: EGG-FREERANGE-30, duration: 4m}
"""
    async with Show(plan, rate=RateLimit(1, 30.0)) as show:
        await show.start()
        await show.until(5)
        show.facts.set_stock("BEEF-SHANK-1KG", 0)
        await show.until(120)
        assert not any(t.startswith(f"Now on: {BEEF}") for t in show.texts())
        assert show.outbox.stats()["console/live"]["dropped"]["stale"] == 1
        assert show.when(f"{BEEF} is sold out") == [30]
        assert show.runner.segment == 0  # the plan said: keep the segment going


async def test_timed_messages_count_only_viewers_lines() -> None:
    plan = """
segments:
  - {product: EGG-FREERANGE-30, duration: 30m}
messages:
  - {text: {en: "Type !deals for the deals", zh: "发送 !deals 看优惠"}, every: 1m, min_lines: 3}
"""
    async with Show(plan) as show:
        show.pipeline.bot_ids.add(("console", "hawker"))
        await show.start()
        await show.until(300)
        assert show.when("Type !deals") == []  # five minutes, no chat: no reminder
        for _ in range(3):
            await show.say("hawker", "echo of our own line")  # the bot's own
            await show.say("lao_zhang", "welcome!", Role.HOST)
            await show.say("boss", "hi", Role.OWNER)
        await show.until(400)
        assert show.when("Type !deals") == []
        for name in ("ava", "ben", "mod_amy"):
            await show.say(name, "hello", Role.MODERATOR if name == "mod_amy" else Role.VIEWER)
        assert show.when("Type !deals") == [400]
        assert show.log[-1][1] == "Type !deals for the deals\n发送 !deals 看优惠"
        await show.until(700)
        assert show.when("Type !deals") == [400]  # due again at 460, but nobody chatted
        for name in ("ava", "ben"):
            await show.say(name, "more")
        await show.until(720)
        assert show.when("Type !deals") == [400]
        await show.say("coco", "and more")
        assert show.when("Type !deals") == [400, 720]


PAUSE_PLAN = """
show: {countdown: [1m, 10s], next_notice: 30s}
segments:
  - product: BEEF-SHANK-1KG
    duration: 3m
    promotion: {kind: fixed_price, value: 69.90, lasts: 2m}
  - {product: EGG-FREERANGE-30, duration: 3m}
  - {product: CORN-SWEET-10, duration: 3m}
"""


async def test_pause_freezes_the_schedule_and_resume_moves_every_deadline() -> None:
    async with Show(PAUSE_PLAN) as show:
        await show.start()
        await show.until(30)
        await show.say("mod_amy", "!show pause", Role.MODERATOR)
        await show.until(330, step=5)
        assert [t for at, t in show.log if 30 < at < 330] == []
        # Still on sale while paused, with no deadline to run out.
        offer = show.facts.live_offer("BEEF-SHANK-1KG", show.clock.now())
        assert str(offer.price) == "69.90" and offer.ends_at is None
        await show.say("mod_amy", "!show resume", Role.MODERATOR)
        assert show.facts.live_offer("BEEF-SHANK-1KG", show.clock.now()).ends_at == show.t0 + 420
        await show.until(900, step=5)
        assert show.when(f"⏰ 1 min left on {BEEF}") == [360]
        assert show.when(f"⏰ 10 s left on {BEEF}") == [410]
        assert show.when(f"The deal on {BEEF} has ended") == [420]
        assert show.when("Now on: ") == [0, 480, 660]
        assert show.when("Up next: ") == [450, 630]


async def test_extend_lengthens_the_current_segment() -> None:
    async with Show(PAUSE_PLAN) as show:
        await show.start()
        await show.until(200)  # in the eggs' segment (180-360)
        await show.say("mod_amy", "!extend 2m", Role.MODERATOR)
        assert show.log[-1][1].endswith("Extended: 280s left on this product.")
        await show.until(600, step=5)
        assert show.when("Now on: ") == [0, 180, 480]
        assert show.when("Up next: ") == [150, 450]
        await show.say("ava", "!skip")  # viewers can't steer the show
        assert show.runner.segment == 2


async def test_skip_moves_on_now_and_the_last_skip_ends_the_show() -> None:
    async with Show(PAUSE_PLAN) as show:
        await show.start()
        await show.until(20)
        await show.say("mod_amy", "!skip", Role.MODERATOR)
        await show.until(40)
        await show.say("mod_amy", "!show next", Role.MODERATOR)
        assert show.when("Now on: ") == [0, 20, 40]
        # The beef's flash price ended with its segment: no countdown for it.
        assert show.when("⏰") == []
        assert show.facts.live_offer("BEEF-SHANK-1KG", show.clock.now()).promotion is None
        await show.say("mod_amy", "!skip", Role.MODERATOR)
        assert show.runner.state.status == "ended"


OVERLAP_PLAN = """
segments:
  - product: APPLE-FUJI-5KG
    duration: 4m
    promotion: {kind: percent, value: 15}
promotions:
  - {id: APPLE-DEAL, skus: [APPLE-FUJI-5KG], kind: fixed_price, value: 39.90,
     at: 0s, until: 10m, flash: true}
  - {id: SUBS, skus: [APPLE-FUJI-5KG], kind: fixed_price, value: 29.90, roles: [subscriber],
     at: 0s, until: 10m}
  - {id: LATER, skus: [APPLE-FUJI-5KG], kind: percent, value: 50, code: HALF,
     at: 2m, until: 3m, flash: true}
  - {id: WORSE, skus: [APPLE-FUJI-5KG], kind: percent, value: 10, at: 1m, until: 150s,
     flash: true}
"""


async def test_overlapping_promotions_best_valid_price_wins_stated_once() -> None:
    async with Show(OVERLAP_PLAN, languages=["en"]) as show:
        await show.start()
        await show.until(10)
        bot = [t for t in show.texts() if not t.startswith("↳")]
        # One message about the apples at 0:00, with one price: the best one anyone can get
        # (15% off would be ¥42.42; the subscribers' ¥29.90 is not for everyone).
        assert len(bot) == 1
        pitch = bot[0]
        assert pitch.count("¥") == 3  # price, list price, saving
        assert "¥39.90" in pitch and "¥42.42" not in pitch and "¥29.90" not in pitch
        assert "for 10 min only" in pitch
        # A worse flash deal overlapping it is never told (nobody pays it): no start, no marks.
        # A better deal later is announced with its code, then the price goes back.
        await show.until(200)
        assert not any("¥44.91" in t for t in show.texts())
        assert show.when("has ended") == [180]  # not at 2:30, when the worse one ended
        flash = "⚡ Flash sale! Yantai Fuji Apples (5 kg): ¥24.95, down from ¥68.00: you save "
        assert show.when(flash + "¥43.05 (63% off) with code HALF. Ends in 1 min!") == [120]
        # When it ends, the price said is the one that is live again: no rival deal is lost.
        assert show.log[-1] == (
            180,
            "The deal on Yantai Fuji Apples (5 kg) has ended. Price now: ¥39.90.",
        )
        # A subscriber asking gets the subscribers' price.
        await show.say("sub_sue", "!price apples", Role.SUBSCRIBER)
        assert show.log[-1][1].startswith("↳ sub_sue @sub_sue: Yantai Fuji Apples (5 kg): ¥29.90")


async def test_restart_mid_show_resumes_without_repeating(tmp_path) -> None:
    db = tmp_path / "show.db"
    facts = catalog_facts()
    first = Show(facts=facts, store=Store(db))
    async with first:
        await first.start()
        await first.until(150)
    first.store.close()
    said_before = first.texts()
    assert any(t.startswith(f"⏰ 1 min left on {BEEF}") for t in said_before)

    second = Show(facts=facts, store=Store(db), clock=first.clock)
    async with second:
        await second.until(300 - 150)
    # Resumed in the beef's segment: no second pitch or mark; the rest of it came on time.
    assert [t[:30] for t in second.texts()] == [
        f"⏰ 10 s left on {BEEF}: ¥69.90!"[:30],
        f"The deal on {BEEF} has ended. Price now: ¥89.90."[:30],
        f"Up next: {EGGS}. Stay with us!"[:30],
        f"Now on: {EGGS}"[:30],
    ]
    assert second.when("Now on: ") == [240 - 150]
    assert all(n == 1 for n in Counter(second.keys()).values())
    second.store.close()


async def test_restart_after_downtime_skips_what_went_stale(tmp_path) -> None:
    db = tmp_path / "show.db"
    facts = catalog_facts()
    first = Show(facts=facts, store=Store(db))
    async with first:
        await first.start()
        await first.until(150)
    first.store.close()
    await first.clock.advance(350)  # down until 8:20, in the TV's segment (7:00-12:00)
    second = Show(facts=facts, store=Store(db), clock=first.clock)
    async with second:
        await second.until(10)
    assert second.runner.segment == 2
    texts = second.texts()
    assert texts[0].startswith("Now on: Aurora 65-inch 4K Smart TV")
    assert not any(EGGS in t or BEEF in t for t in texts)
    # The promotions of the moment are live again; the beef's flash price is not.
    now = second.clock.now()
    assert str(facts.live_offer("TV-4K-65", now).price) == "2599.00"
    assert facts.live_offer("BEEF-SHANK-1KG", now).promotion is None
    second.store.close()


async def test_draw_slots_drive_the_draw_controller() -> None:
    async with Show() as show:
        await show.start()
        await show.until(1800, step=10)
        calls = [(name, args, at - show.t0) for name, args, at in show.draws.calls]
    assert calls == [
        ("create", ("Aurora 65-inch 4K Smart TV", 1, "老张好", 120.0, "show"), 480),
        ("open", ("d1",), 480),
        ("close", ("d1",), 600),
        ("pick", ("d1",), 600),
        ("create", ("CrispPro 6 L Air Fryer", 3, "lucky", 90.0, "show"), 1650),
        ("open", ("d2",), 1650),
        ("close", ("d2",), 1740),
        ("pick", ("d2",), 1740),
    ]


async def test_the_draw_audit_names_each_segment_by_its_index() -> None:
    # The close cue is rebuilt from the saved state, whose keys are JSON strings: the audit still
    # records the segment as the number the create step recorded.
    async with Show() as show:
        await show.start()
        await show.until(1800, step=10)
        steps = [(e["detail"]["step"], e["detail"]["segment"])
                 for e in show.store.audit_entries(kind="show.draw")]
    assert steps == [("create", 2), ("pick", 2), ("create", 7), ("pick", 7)]


async def test_sold_out_during_a_pause_moves_on_at_resume_and_sold_out_segments_are_skipped() -> (
    None
):
    async with Show(PAUSE_PLAN) as show:
        await show.start()
        await show.until(20)
        await show.say("mod_amy", "!show pause", Role.MODERATOR)
        show.facts.set_stock("BEEF-SHANK-1KG", 0)
        show.facts.set_stock("EGG-FREERANGE-30", 0)  # the next product is gone too
        await show.until(60)
        assert show.runner.segment == 0 and show.when("Now on: ") == [0]
        await show.say("mod_amy", "!show resume", Role.MODERATOR)
        assert show.runner.segment == 2
        assert show.when("Now on: ") == [0, 60]
        assert show.log[-1][1].startswith("Now on: Northeast Sweet Corn (10 ears)!")


async def test_a_deal_whose_stock_cap_runs_out_ends_then_and_is_not_counted_down() -> None:
    async with Show() as show:  # the beef's flash price has a cap of 400
        await show.start()
        await show.until(30)
        show.facts.adjust_stock("BEEF-SHANK-1KG", -399, promotion_id="BEEF-FLASH")
        await show.until(40)
        assert show.when(f"The deal on {BEEF} has ended") == []
        show.facts.adjust_stock("BEEF-SHANK-1KG", -1, promotion_id="BEEF-FLASH")
        await show.until(300, step=5)
        assert show.when(f"The deal on {BEEF} has ended. Price now: ¥89.90.") == [40]
        assert show.when(f"⏰ 1 min left on {BEEF}") == []
        assert show.facts.get("BEEF-SHANK-1KG").stock == 800


async def test_a_skip_during_a_pause_moves_on_and_the_pitch_waits_for_resume() -> None:
    async with Show(PAUSE_PLAN) as show:
        await show.start()
        await show.until(20)
        await show.say("mod_amy", "!show pause", Role.MODERATOR)
        await show.say("mod_amy", "!skip", Role.MODERATOR)
        assert show.runner.segment == 1
        await show.until(100)
        assert show.when("Now on: ") == [0]
        await show.say("mod_amy", "!show resume", Role.MODERATOR)
        assert show.when("Now on: ") == [0, 100]
        await show.until(400, step=5)
        assert show.when("Now on: ") == [0, 100, 280]  # the eggs got their 3 minutes


async def test_a_sale_on_another_thread_is_handled_on_the_show_loop() -> None:
    import threading

    async with Show() as show:
        await show.start()
        await show.until(10)
        worker = threading.Thread(target=show.facts.set_stock, args=("BEEF-SHANK-1KG", 0))
        worker.start()
        worker.join()
        await show.until(11)
        assert show.when(f"{BEEF} is sold out") == [10]
        assert show.runner.segment == 1


async def test_at_a_segment_boundary_the_new_product_comes_first() -> None:
    plan = """
segments:
  - {product: BEEF-SHANK-1KG, duration: 2m}
  - {product: EGG-FREERANGE-30, duration: 2m}
promotions:
  - {id: CORN-NOW, skus: [CORN-SWEET-10], kind: percent, value: 30, at: 2m, until: 3m, flash: true}
"""
    async with Show(plan, languages=["en"]) as show:
        await show.start()
        await show.until(130)
        at_two = [t[:20] for at, t in show.log if at == 120]
        assert at_two == ["Now on: Free-Range F", "⚡ Flash sale! Northe"]
        await show.until(250, step=5)
        assert show.runner.state.status == "ended"
        await asyncio.wait_for(show.runner.wait_ended(), 1)
