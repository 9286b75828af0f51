"""knowledge/derived.py: pack weights and counts read from a catalog's units and names, and
the prices per kg, 斤, 100 g, pound and piece derived from a live price."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.derived import pack_count, pack_grams, piece_price_text, unit_asked, unit_price_text


@pytest.mark.parametrize(("unit", "grams"), [
    ("1 kg pack", Decimal(1000)), ("12 × 135 g cups", Decimal(1620)), ("5斤装", Decimal(2500)),
    ("20 lb box", Decimal("9071.8474")), ("set", None), ("unit", None),
])
def test_pack_grams(unit: str, grams: Decimal | None) -> None:
    assert pack_grams(unit) == grams


@pytest.mark.parametrize(("unit", "name", "count"), [
    ("12 × 135 g cups", "", 12), ("box of 30", "", 30), ("pack of 10 ears", "", 10),
    ("box", "Hong Kong Milk Tea Powder (20 sachets)", 20), ("250 g bag", "Beef Jerky 250 g", None),
    ("pack of 1", "", None), ("unit", "Aurora 65-inch TV", None),
])
def test_pack_count(unit: str, name: str, count: int | None) -> None:
    assert pack_count(unit, name) == count


def test_prices_per_unit() -> None:
    assert unit_price_text(Decimal("18.49"), "USD", Decimal("9071.8474"), "lb", "en") == "$0.92/lb"
    assert unit_price_text(Decimal("89.90"), "CNY", Decimal(1000), "jin", "zh") == "¥44.95/斤"
    assert piece_price_text(Decimal("59.00"), "CNY", 12, "en") == "¥4.92 each"
    assert piece_price_text(Decimal("59.00"), "CNY", 12, "zh") == "¥4.92/份"


@pytest.mark.parametrize(("question", "per"), [
    ("牛肉多少钱一斤", "jin"), ("牛肉多少钱一公斤", "kg"), ("price per kg?", "kg"),
    ("cat litter price per pound", "lb"), ("how much is one cup of yogurt", "piece"),
    ("酸奶一杯多少钱", "piece"), ("mango per 100g?", "100g"), ("how much in pounds", None),
    ("how much is it", None),
])
def test_unit_asked(question: str, per: str | None) -> None:
    assert unit_asked(question) == per


@pytest.mark.parametrize(("unit", "name", "specs", "count"), [
    ("250 g bag", "Beef Jerky 250 g", [("packs", "10 small packs of 25 g")], 10),
    ("pair", "Carbon Trekking Poles (pair)", [], 2),
    ("unit", "Aurora TV", [("resolution", "3840 × 2160"), ("dimensions", "1449 × 832 × 80 mm")], None),
])
def test_pack_count_from_specs(unit: str, name: str, specs: list[tuple[str, str]],
                               count: int | None) -> None:
    assert pack_count(unit, name, specs) == count
