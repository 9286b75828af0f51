"""Variants in the live facts: untracked stock, a product's stock following its variants, a
product's promotion reaching its variants, and which variant a question names."""

from __future__ import annotations

from decimal import Decimal

from knowledge.base import facts_for
from knowledge.catalog import Product
from knowledge.facts import Promotion
from knowledge.variants import value_not_offered, variant_facts, variants_named

HOODIE = Product.model_validate({
    "sku": "hoodie", "name": "Hoodie", "currency": "USD",
    "variants": [
        {"sku": "h-red", "options": {"Color": "Red", "Logo": "No"}, "price": 42, "stock": 4},
        {"sku": "h-blue", "options": {"Color": "Blue", "Logo": "No"}, "price": 45, "stock": 0},
        {"sku": "h-blue-logo", "options": {"Color": "Blue", "Logo": "Yes"}, "price": 48},
    ],
})
TEE = Product.model_validate({
    "sku": "tee", "name": "Tee", "price": 20,
    "variants": [{"sku": f"tee-{s}", "options": {"Size": s}, "stock": n}
                 for s, n in (("S", 3), ("M", 0), ("L", 5))],
})


def test_untracked_stock_is_never_sold_out() -> None:
    facts = facts_for([HOODIE])
    untracked = facts.get("h-blue-logo")
    assert untracked.stock is None and untracked.in_stock and not untracked.sold_out
    assert facts.adjust_stock("h-blue-logo", -3) is None  # still not counted
    assert facts.get("h-blue").sold_out and not facts.get("h-blue").low_stock(10)
    assert facts.get("hoodie").stock is None  # one variant untracked: the total is unknown


def test_product_stock_follows_its_variants() -> None:
    facts = facts_for([TEE])
    assert facts.get("tee").stock == 8
    facts.adjust_stock("tee-L", -5)
    facts.set_stock("tee-S", 0)
    assert facts.get("tee").stock == 0 and facts.get("tee").sold_out


def test_promotion_on_product_reaches_its_variants() -> None:
    facts = facts_for([HOODIE])
    facts.add_promotion(Promotion("p1", {"hoodie"}, "percent", Decimal(10)))
    offer = facts.live_offer("h-blue-logo", now=0)
    assert offer.price == Decimal("43.20") and offer.promotion is not None


def test_the_question_names_the_variant() -> None:
    facts = facts_for([HOODIE, TEE])
    assert variant_facts(HOODIE, "how much is the logo hoodie?", facts).sku == "h-blue-logo"
    assert variant_facts(HOODIE, "the red hoodie?", facts).name == "Hoodie (Red, no Logo)"
    assert [v.sku for v in variants_named(HOODIE, "blue hoodie without logo")] == ["h-blue"]
    assert variant_facts(HOODIE, "how much is the hoodie?", facts) is None  # the product
    assert variant_facts(TEE, "tee in size L", facts).sku == "tee-L"
    assert variant_facts(TEE, "got the tee in l?", facts) is None  # a lone lower-case letter
    assert variant_facts(TEE, "I'm after the tee's price", facts) is None
    assert variant_facts(TEE, "tee size m?", facts).sku == "tee-M"
    assert variant_facts(HOODIE, "is the hoodie in the shop", facts) is None  # "in" ≠ a size


def test_several_variants_at_one_price_sum_their_stock() -> None:
    p = Product.model_validate({
        "sku": "cap", "name": "Cap", "price": 15,
        "variants": [{"sku": f"cap-{c}-{s}", "options": {"Color": c, "Size": s}, "stock": 2}
                     for c in ("Navy", "Sand") for s in ("S", "L")],
    })
    f = variant_facts(p, "how much is the navy cap?", facts_for([p]))
    assert f is not None and f.stock == 4 and f.price == Decimal("15.00") and f.name == "Cap (Navy)"


CASE = Product.model_validate({
    "sku": "case", "name": "Phone Case", "currency": "GBP",
    "variants": [{"sku": f"case-{i}", "options": {"Model": m}, "price": p, "stock": 5}
                 for i, (m, p) in enumerate((("iPhone 15", 14), ("iPhone 15 Pro", 15),
                                             ("iPhone 15 Pro Max", 17), ("Galaxy S24", 14)))],
})
BANK = Product.model_validate({
    "sku": "bank", "name": "Power Bank", "currency": "GBP",
    "variants": [{"sku": f"bank-{n}", "options": {"Capacity": f"{n} mAh"}, "price": p, "stock": 5}
                 for n, p in ((10000, 20), (20000, 30))],
})


def test_a_model_is_named_without_its_line_and_by_its_longest_name() -> None:
    def named(question: str, product: Product = CASE) -> list[str]:
        return [v.sku for v in variants_named(product, question)]

    assert named("is the 15 pro max case in stock") == ["case-2"]  # not also the 15 Pro
    assert named("iphone 15 pro case price") == ["case-1"]
    assert named("s24 case?") == ["case-3"]
    assert named("iphone 15 case") == ["case-0"]
    assert named("the 15 one") == []  # a bare number names no model


def test_a_measure_is_named_in_digits_or_numerals() -> None:
    assert [v.sku for v in variants_named(BANK, "两万毫安的多少钱")] == ["bank-20000"]
    assert [v.sku for v in variants_named(BANK, "充电宝10000mah的")] == ["bank-10000"]
    assert [v.sku for v in variants_named(BANK, "the twenty thousand mah one")] == ["bank-20000"]


def _product(sku: str, option: str, values: list[str], **extra: object) -> Product:
    return Product.model_validate({
        "sku": sku, "name": sku.title(), "price": 10, **extra,
        "variants": [{"sku": f"{sku}-{i}", "options": {option: v}} for i, v in enumerate(values)]})


SHADES = _product("foundation", "Shade", ["01 Porcelain", "02 Ivory", "04 Honey"])
LIPSTICK = _product("lipstick", "Colour", ["Ruby Red", "Nude Rose", "Berry Crush"])
HEADS = _product("heads", "Pack", ["4 heads", "8 heads"])
SUNSCREEN = _product("sunscreen", "SPF", ["SPF 30", "SPF 50+"])
BOOTS = Product.model_validate({"sku": "boots", "name": "Boots", "price": 99,
                                "specs": {"sizes": {"sizes": "US men's 7 to 13"}}})


def test_values_are_named_as_viewers_name_them() -> None:
    def named(product: Product, question: str) -> list[str]:
        return [v.sku for v in variants_named(product, question)]

    assert named(SHADES, "shade 4 in stock") == named(SHADES, "04号还有吗") == ["foundation-2"]
    assert named(SHADES, "14号") == []  # (4号 is not said by 14号)
    assert named(HEADS, "8个装多少钱") == named(HEADS, "the eight pack") == ["heads-1"]
    assert named(SUNSCREEN, "spf30 price") == ["sunscreen-0"]
    assert named(SUNSCREEN, "50倍的") == named(SUNSCREEN, "spf 50?") == ["sunscreen-1"]
    assert named(LIPSTICK, "the berry one") == ["lipstick-2"]  # by its first word
    assert named(LIPSTICK, "berry smoothie?") == []  # the first word alone is no name


def test_a_value_not_sold_is_told_for_every_kind_of_option() -> None:
    assert value_not_offered(SHADES, "有07色号吗") == ("Shade", "07", tuple(SHADES.options["Shade"]))
    assert value_not_offered(HEADS, "16 pack?")[1] == "16 pack"
    assert value_not_offered(SUNSCREEN, "spf 100??")[1] == "spf 100"
    assert value_not_offered(LIPSTICK, "in matte black?")[1] == "black"
    assert value_not_offered(LIPSTICK, "pink?") is None  # a rose or a berry may be the pink
    assert value_not_offered(BOOTS, "size 14?")[1] == "14"
    assert value_not_offered(BOOTS, "size 9?") is None  # inside the stated range
    assert value_not_offered(SHADES, "shade 2?") is None
