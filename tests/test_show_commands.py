"""The show's chat commands, through the whole pipeline on the console."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.events import Role
from bot.show.commands import ProductFinder, ShowCommands, answer_verifier, check_numbers
from tests.show_shared import CATALOG, Show, catalog_facts

BEEF = "Inner Mongolia Grass-Fed Beef Shank"


def last(show: Show) -> str:
    return show.log[-1][1]


async def test_viewer_commands_before_during_and_after_the_show() -> None:
    async with Show() as show:
        await show.say("ava", "!now")
        assert last(show).endswith("The show hasn't started yet.")
        await show.say("ava", "!next")
        assert last(show).endswith(f"First up: {BEEF}.")
        await show.start()
        await show.until(30)
        await show.say("ben", "!now")
        assert last(show) == (
            f"↳ ben @ben: On now: {BEEF}: ¥69.90, down from ¥139.00: you save ¥69.10 (50% off), "
            "for 2 min only"  # 2.5 minutes: never more than is left
        )
        await show.say("coco", "!next")
        assert last(show).endswith("Next up: Free-Range Farm Eggs (30 pack), in about 3 min.")
        await show.say("dan", "!deals")
        deals = last(show)
        assert deals.startswith(f"↳ dan @dan: Deals now: {BEEF} ¥69.90 (-50%), 2 min left;")
        assert "Northeast Sweet Corn (10 ears) ¥26.91 (-40%) code NEWFAN10" in deals
        await show.say("eli", "牛肉多少钱 !price 牛腱子".split(" ", 1)[1])
        assert last(show) == (
            "↳ eli @eli: 内蒙古草饲牛腱子：到手价¥69.90，原价¥139.00，立省¥69.10（直降50%），"
            "仅限2分钟"
        )
        await show.say("fei", "!price the yellow one")
        assert "Northeast Sweet Corn (10 ears): ¥26.91" in last(show)
        await show.say("gus", "!price unicorn steak")
        assert last(show).endswith("I can't find a product called 'unicorn steak'")
        await show.until(2500, step=20)
        await show.say("hui", "!now")
        assert last(show).endswith("The show is over.")


async def test_moderators_steer_and_viewers_cannot() -> None:
    async with Show() as show:
        await show.say("ava", "!show start")
        assert show.runner.state.status == "idle"
        assert last(show).endswith("!show start is for moderators.")
        await show.start()
        await show.say("mod_amy", "!show start", Role.MODERATOR)
        assert last(show).endswith("The show is already on.")
        await show.say("mod_amy", "!show", Role.MODERATOR)
        assert "Show running: segment 1/10 (BEEF-SHANK-1KG)" in last(show)
        await show.say("mod_amy", "!extend soon", Role.MODERATOR)
        assert "expected a duration" in last(show)
        await show.until(40)  # error replies to one person are spaced out
        await show.say("mod_amy", "!stock BEEF-SHANK-1KG -4", Role.MODERATOR)
        assert last(show).endswith("stock can't be negative")
        assert show.facts.get("BEEF-SHANK-1KG").stock == 1200
        entries = show.store.audit_entries(kind="show.command")
        assert [e["detail"]["command"] for e in entries] == ["start", "start"]
        assert entries[0]["actor"] == "console:mod_amy"


async def test_sale_stop_and_start_override_the_plan() -> None:
    async with Show() as show:
        await show.start()
        await show.until(10)
        await show.say("mod_amy", "!sale stop beef-flash", Role.MODERATOR)
        now = show.clock.now()
        assert show.facts.live_offer("BEEF-SHANK-1KG", now).price == Decimal("89.90")
        assert show.log[-1][1].startswith(f"The deal on {BEEF} has ended. Price now: ¥89.90.")
        await show.until(200)
        assert show.when("⏰") == []  # a stopped sale has no countdown
        await show.say("mod_amy", "!sale start EGG-FLASH", Role.MODERATOR)
        assert show.facts.live_offer("EGG-FREERANGE-30", show.clock.now()).price == Decimal("29.90")
        assert any(
            t.startswith("New deal: Free-Range Farm Eggs (30 pack): ¥29.90") for t in show.texts()
        )
        await show.say("mod_amy", "!sale start NOPE", Role.MODERATOR)
        assert "no promotion 'NOPE' in the plan" in last(show)
        await show.until(1000, step=10)
        # Forced on: it outlives its planned 15:00 end, until a moderator stops it.
        assert show.facts.live_offer("EGG-FREERANGE-30", show.clock.now()).price == Decimal("29.90")


async def test_announce_checks_numbers_against_live_facts() -> None:
    async with Show() as show:
        await show.start()
        await show.until(10)
        await show.say("mod_amy", "!announce Beef only ¥58.80 tonight!", Role.MODERATOR)
        assert "not announced: unbacked amount (numbers must be live facts" in last(show)
        assert "58.80" not in last(show)  # the wrong number is not repeated to the chat
        await show.say("mod_amy", "!announce Beef at ¥69.90, 50% off, go go go", Role.MODERATOR)
        assert last(show) == "Beef at ¥69.90, 50% off, go go go"
        # Queued behind the rate limit while the price changes: dropped, never said stale.
        refused = show.store.audit_entries(kind="show.announce.refused")
        assert refused[0]["detail"]["problems"] == ["unbacked amount '¥58.80'"]


async def test_stock_command_drives_low_stock_and_sold_out() -> None:
    async with Show() as show:
        await show.start()
        await show.until(20)
        await show.say("mod_amy", "!stock beef 100", Role.MODERATOR)
        assert show.log[-2][1].endswith("BEEF-SHANK-1KG stock 1200 → 100.")
        assert show.log[-1][1].startswith(f"Hurry, only 100 left of {BEEF}!")
        await show.say("mod_amy", "!stock BEEF-SHANK-1KG 0", Role.MODERATOR)
        assert show.runner.segment == 1
        await show.say("mod_amy", "!stock BEEF-SHANK-1KG 50", Role.MODERATOR)  # restocked
        await show.say("mod_amy", "!stock BEEF-SHANK-1KG 0", Role.MODERATOR)
        # Sold out again after a restock is news again (the subscribers' beef deal is still
        # live), but the segment (eggs now) is not the beef's to end.
        assert len(show.when(f"{BEEF} is sold out")) == 2
        assert show.runner.segment == 1


async def test_skipping_past_an_open_draw_still_closes_it_on_time() -> None:
    async with Show() as show:
        await show.start()
        await show.say("mod_amy", "!skip", Role.MODERATOR)
        await show.say("mod_amy", "!skip", Role.MODERATOR)  # the TV segment, draw at +1:00
        await show.until(70)
        await show.say("mod_amy", "!skip", Role.MODERATOR)
        await show.until(300)
        names = [(c[0], c[2] - show.t0) for c in show.draws.calls]
        assert names == [("create", 60), ("open", 60), ("close", 180), ("pick", 180)]


def test_product_finder_matches_sku_name_alias_and_typos() -> None:
    find = ProductFinder.from_catalog(CATALOG).find
    assert find("beef-shank-1kg") == "BEEF-SHANK-1KG"
    assert find("Inner Mongolia Grass-Fed Beef Shank") == "BEEF-SHANK-1KG"
    assert find("牛肉") == "BEEF-SHANK-1KG"
    assert find("how much is the air fryer") == "AIRFRYER-6L"
    assert find("air fryr") == "AIRFRYER-6L"
    assert find("zzz") is None and find("") is None


def test_check_numbers_knows_live_prices_and_discounts() -> None:
    facts = catalog_facts()
    finder = ProductFinder.from_catalog(CATALOG)
    assert check_numbers("Eggs ¥39.90 tonight", facts, 0, finder) == []
    # ¥39.90 is a live price, but not the beef's: a product named binds its numbers.
    assert check_numbers("Beef ¥39.90 tonight", facts, 0, finder) == ["unbacked amount '¥39.90'"]
    assert finder.named_in("beef and eggs, no corn?") == [
        "BEEF-SHANK-1KG", "EGG-FREERANGE-30", "CORN-SWEET-10"]
    assert check_numbers("Beef ¥89.90, was ¥139.00", facts, 0) == []
    assert check_numbers("Beef 89.9元", facts, 0) == []
    assert check_numbers("Beef ¥9.90 and 99% off", facts, 0) == [
        "unbacked amount '¥9.90'",
        "unbacked percentage '99%'",
    ]


@pytest.mark.slow
async def test_announce_goes_through_the_answer_verifier() -> None:
    from answers_support import fresh_kb, persona

    from bot.answers import AnswerService
    from bot.questions import QuestionQueue

    kb = fresh_kb()
    async with Show(facts=kb.facts) as show:
        service = AnswerService(kb, persona(), show.outbox, show.clock, QuestionQueue())
        show.registry.commands.clear()
        show.registry._by_name.clear()
        show.registry.add_cog(ShowCommands(show.runner, verify=answer_verifier(service)))
        await show.start()
        await show.until(10)
        await show.say("mod_amy", "!announce The beef is ¥69.90 tonight!", Role.MODERATOR)
        assert last(show) == "The beef is ¥69.90 tonight!"
        await show.until(45)
        # Numbers pass the simple check, but the verifier also refuses links.
        await show.say("mod_amy", "!announce Beef ¥69.90 at www.cheap-beef.biz", Role.MODERATOR)
        assert "not announced: contains a link" in last(show)
        await show.until(80)
        await show.say("mod_amy", "!announce The beef is ¥9.90 tonight!", Role.MODERATOR)
        assert "not announced: number not from a slot" in last(show)
        assert "9.90" not in last(show)


async def test_sale_start_of_another_segments_deal_puts_it_live_now() -> None:
    async with Show() as show:
        await show.start()
        await show.until(10)
        await show.say("mod_amy", "!sale start TV-FLASH", Role.MODERATOR)
        assert show.facts.live_offer("TV-4K-65", show.clock.now()).price == Decimal("2599.00")
        await show.until(700, step=10)  # past the TV's own segment (7:00-12:00) and its 4 min
        assert show.facts.live_offer("TV-4K-65", show.clock.now()).price == Decimal("2599.00")
        await show.say("mod_amy", "!sale stop TV-FLASH", Role.MODERATOR)
        assert show.facts.live_offer("TV-4K-65", show.clock.now()).price == Decimal("2999.00")
