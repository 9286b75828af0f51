"""The live fact table: O(1) updates, change events, versions, best price among promotions."""

from __future__ import annotations

import time
from decimal import Decimal as D

import pytest

from knowledge.facts import FactChange, Facts, ProductFacts, Promotion, money, percent


def _facts() -> Facts:
    return Facts(
        [
            ProductFacts(
                "BEEF", "Beef shank", "牛腱子", D("89.90"), D("139.00"), "CNY", "kg", 120, 3
            ),
            ProductFacts("EGG", "Eggs", "土鸡蛋", D("39.90"), D("59.90"), "CNY", "box", 10, None),
        ]
    )


def test_money_is_canonical() -> None:
    assert money(D("89.9"), "CNY") == "¥89.90"
    assert money(89.9) == "¥89.90"
    assert money("1999", "usd") == "$1999.00"
    assert money(D("5"), "CHF") == "CHF 5.00"
    assert money(D("0.005")) == "¥0.01"  # half up
    assert percent(38) == "38%"


def test_updates_emit_events_and_bump_versions() -> None:
    f = _facts()
    seen: list[FactChange] = []
    unsubscribe = f.subscribe(seen.append)
    f.set_price("BEEF", "79.9")
    f.set_stock("EGG", 5)
    assert f.adjust_stock("BEEF", -20) == 100
    f.set_list_price("BEEF", D("129"))
    f.set_price("BEEF", D("79.90"))  # unchanged: no event, no version bump
    assert [(c.sku, c.field, c.old, c.new, c.version) for c in seen] == [
        ("BEEF", "price", D("89.90"), D("79.90"), 1),
        ("EGG", "stock", 10, 5, 2),
        ("BEEF", "stock", 120, 100, 3),
        ("BEEF", "list_price", D("139.00"), D("129.00"), 4),
    ]
    assert f.version == 4 and f.version_of("BEEF") == 4 and f.version_of("EGG") == 2
    assert f.get("BEEF").price == D("79.90")
    unsubscribe()
    f.set_stock("EGG", 1)
    assert len(seen) == 4
    assert f.adjust_stock("EGG", -5) == 0  # clamps at zero
    with pytest.raises(ValueError):
        f.set_stock("EGG", -1)
    with pytest.raises(KeyError):
        f.set_price("NOPE", 1)


def test_a_failing_subscriber_does_not_block_updates() -> None:
    f = _facts()
    got: list[FactChange] = []

    def boom(_: FactChange) -> None:
        raise RuntimeError("subscriber bug")

    f.subscribe(boom)
    f.subscribe(got.append)
    f.set_price("EGG", 30)
    assert f.get("EGG").price == D("30.00") and len(got) == 1


def test_update_is_well_under_a_millisecond() -> None:
    f = _facts()
    f.subscribe(lambda c: None)
    n = 2000
    t0 = time.perf_counter()
    for i in range(n):
        f.set_stock("BEEF", i)
        f.set_price("BEEF", D(100 + i % 7))
    per_update = (time.perf_counter() - t0) / (2 * n)
    assert per_update < 1e-3 / 10  # 10x margin under the 1 ms budget


def test_best_price_wins_among_overlapping_promotions() -> None:
    f = _facts()
    f.add_promotion(Promotion("pct10", {"BEEF"}, "percent", D(10), label="10% off"))
    f.add_promotion(
        Promotion(
            "flash",
            {"BEEF", "EGG"},
            "fixed_price",
            D("69"),
            code="FLASH",
            starts_at=100,
            ends_at=200,
        )
    )
    f.add_promotion(Promotion("subs", {"BEEF"}, "fixed_price", D("59"), roles={"subscriber"}))
    f.add_promotion(Promotion("worse", {"EGG"}, "fixed_price", D("49")))  # above EGG's price

    o = f.live_offer("BEEF", now=50)
    assert (o.price, o.promotion.id, o.code) == (D("80.91"), "pct10", None)
    assert (o.list_price, o.saving, o.percent_off) == (D("139.00"), D("58.09"), 42)

    o = f.live_offer("BEEF", now=150)  # the flash sale is cheaper while it runs
    assert (o.price, o.code, o.ends_at) == (D("69.00"), "FLASH", 200)
    assert f.live_offer("BEEF", now=200).promotion.id == "pct10"  # ends_at is exclusive

    o = f.live_offer("BEEF", now=150, role={"viewer", "subscriber"})
    assert (o.price, o.promotion.id) == (D("59.00"), "subs")

    o = f.live_offer("EGG", now=50)
    assert (o.price, o.promotion) == (D("39.90"), None)  # a "promotion" may not raise a price
    assert f.live_offer("EGG", now=150).price == D("39.90")
    f.deactivate("pct10")
    assert f.live_offer("BEEF", now=50).price == D("89.90")
    f.activate("pct10")
    assert f.live_offer("BEEF", now=50).price == D("80.91")
    assert {p.id for p in f.promotions(150, sku="BEEF")} == {"pct10", "flash"}


def test_equal_prices_prefer_no_code_then_id() -> None:
    f = _facts()
    f.add_promotion(Promotion("b", {"EGG"}, "fixed_price", D("30"), code="EGGS"))
    f.add_promotion(Promotion("c", {"EGG"}, "fixed_price", D("30")))
    f.add_promotion(Promotion("a", {"EGG"}, "percent", D("24.81203")))  # 39.90*0.7519 = 30.00
    assert f.live_offer("EGG", now=0).promotion.id == "a"


def test_stock_cap_ends_a_promotion() -> None:
    f = _facts()
    f.add_promotion(Promotion("first100", {"BEEF"}, "fixed_price", D("49"), stock_cap=5))
    assert f.live_offer("BEEF", now=0).price == D("49.00")
    f.adjust_stock("BEEF", -3, promotion_id="first100")
    assert f.promotion_remaining("first100") == 2
    f.adjust_stock("BEEF", -2, promotion_id="first100")
    assert f.promotion_remaining("first100") == 0
    assert f.live_offer("BEEF", now=0).price == D("89.90")
    assert f.get("BEEF").stock == 115


def test_units_sold_under_a_promotion_survive_its_re_registration_and_a_restore() -> None:
    f = _facts()
    cap = Promotion("first100", {"BEEF"}, "fixed_price", D("49"), stock_cap=5)
    f.restore_promotion_used("first100", 4)  # saved before a restart; the plan registers it later
    f.add_promotion(cap)
    assert f.promotion_remaining("first100") == 1 and f.promotion_used("first100") == 4
    f.add_promotion(cap, active=True)  # the show registers it again: the count stays
    seen: list[FactChange] = []
    f.subscribe(seen.append)
    f.restore_promotion_used("first100", 4)  # the same count again: nothing changed
    assert seen == []
    f.restore_promotion_used("first100", 3)  # not a promotion starting (no sale.started)
    assert [(c.sku, c.field, c.old, c.new) for c in seen] == [("BEEF", "promotion_used", 4, 3)]
    f.restore_promotion_used("first100", 4)
    f.adjust_stock("BEEF", -1, promotion_id="first100")
    assert f.promotion_remaining("first100") == 0
    assert f.live_offer("BEEF", now=0).price == D("89.90")
    with pytest.raises(KeyError):
        f.adjust_stock("BEEF", -1, promotion_id="no-such-deal")
    with pytest.raises(ValueError):
        f.restore_promotion_used("first100", -1)


def test_promotion_events_and_validation() -> None:
    f = _facts()
    seen: list[FactChange] = []
    f.subscribe(seen.append)
    f.add_promotion(Promotion("p", ["BEEF", "EGG"], "percent", 20), active=False)
    f.activate("p")
    f.activate("p")  # no-op
    assert [(c.sku, c.field, c.old, c.new) for c in seen] == [
        ("BEEF", "promotion", None, False),
        ("EGG", "promotion", None, False),
        ("BEEF", "promotion", False, True),
        ("EGG", "promotion", False, True),
    ]
    with pytest.raises(KeyError, match="unknown sku"):
        f.add_promotion(Promotion("q", {"NOPE"}, "percent", 10))
    with pytest.raises(ValueError):
        Promotion("r", {"BEEF"}, "percent", 120)
    with pytest.raises(ValueError):
        Promotion("s", {"BEEF"}, "bogo", 1)  # type: ignore[arg-type]
