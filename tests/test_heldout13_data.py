"""The thirteenth held-out set (make_heldout13.py) is well formed: both files load, every row has a
valid shape, every SKU and policy exists in its shop, every `fact` is text of its product's
listing (as bench/understanding.py's judge compares it), the sizes and shares it promises hold,
no line or question repeats one of the other sets under data/, the detector never trains on
it, and its coffee & tea shop loads with variants that carry their own prices and stock."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from heldout_support import (
    Shops,
    check_answer_rows,
    check_chat,
    check_mix,
    check_unique,
    load_rows,
    load_shops,
)

from bot.answers.understand import make_heldout13, make_suite, train

DATA = Path(make_heldout13.__file__).resolve().parent / "data"
SEVEN = ("gadget", "beauty", "fitness", "pets", "baby", "tools", "jewel")
SHOPS = {**make_suite.SHOPS, "outdoor": make_suite.DEV_SHOPS["outdoor"],
         **{name: make_suite.HELDOUT_SHOPS[name] for name in SEVEN},
         "brew": make_suite.HELDOUT_SHOPS["brew"]}  # the shops it uses


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return load_rows(DATA / "answers_heldout13.jsonl")


@pytest.fixture(scope="module")
def shops() -> Shops:
    return load_shops(SHOPS)


def test_brew_shop_is_held_out_and_loads(shops: Shops) -> None:
    assert "brew" in make_suite.HELDOUT_SHOPS and "brew" not in make_suite.SHOPS
    products, policies = shops["brew"]
    assert len(products) >= 12
    assert {p.currency for p in products.values()} == {"PHP"}
    assert {"shipping", "returns", "payment", "warranty"} <= {p.topic for p in policies}
    assert {"shipping", "shipping-taiwan"} <= {p.id for p in policies}
    assert products["FILTER-PAPER-100"].stock == 0  # the sold-out paper filters
    assert products["GIFT-BREWKIT"].stock == 3  # the low-stock gift set
    assert sum(p.name_zh is None for p in products.values()) in (1, 2)
    beans = products["BEAN-SAGADA"]
    assert {v.sku: v.stock for v in beans.variants}["SAGADA-500-FIL"] == 0  # 500 g filter sold out
    assert {v.sku: v.price for v in beans.variants if v.sku.endswith("-WB")} == {
        "SAGADA-250-WB": Decimal("420.00"), "SAGADA-500-WB": Decimal("790.00"),
        "SAGADA-1KG-WB": Decimal("1480.00")}
    assert {v.title for v in products["OOLONG-ALISHAN"].variants} == {"75 g", "150 g"}
    assert {v.title for v in products["MOKA-ALU"].variants} == {"3-cup", "6-cup"}
    assert {v.title for v in products["TUMBLER-THERMO"].variants} == {"350 ml", "500 ml"}
    assert products["MATCHA-UJI-30"].variants == []  # one price
    # HTML descriptions become plain text; the odd characters survive
    assert not any("<" in t for p in products.values() for t in p.description.values())
    assert "é" in beans.description["en"] and "–" in beans.description["en"]
    assert "™" in products["TUMBLER-THERMO"].description["en"]
    assert "½" in products["DRIPBAG-HOUSE-10"].description["en"]
    assert "°C" in products["KETTLE-GOOSE-08"].description["en"]
    assert "×" in products["FROTHER-WHISK"].description["en"]
    # bench/understanding.py's _shop_kb puts its two live deals on the 1st and 3rd product:
    # both must be in stock or the deals questions have no answer
    skus = list(products)
    assert products[skus[0]].stock and products[skus[2]].stock


def test_answer_rows_are_valid(rows: list[dict[str, object]], shops: Shops) -> None:
    check_answer_rows(rows, shops)


def test_answer_mix(rows: list[dict[str, object]]) -> None:
    check_mix(rows, SHOPS, "brew", SEVEN, price_sku="SAGADA-1KG-WB", stock_sku="SAGADA-500-FIL")


def test_chat_corpus() -> None:
    check_chat(DATA / "chat_heldout13.tsv")


def test_no_line_repeats_another_set(rows: list[dict[str, object]]) -> None:
    check_unique(DATA / "chat_heldout13.tsv", rows, make_heldout13)


def test_training_never_reads_it() -> None:
    assert "chat_heldout13.tsv" not in train.TRAIN_CHAT
    assert "brew" not in make_suite.SHOPS and "brew" not in make_suite.DEV_SHOPS
