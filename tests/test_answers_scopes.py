"""bot/answers/scopes.py: which product a shared policy's amount is for, on the shops' own
warranty policies (tents two years, headlamps one; the TV three, small appliances one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.scopes import others_amounts, policy_segments
from knowledge.catalog import load_catalog, load_policies

ROOT = Path(__file__).resolve().parents[1]
SHOPS = {"outdoor": ("tests/fixtures/shops/outdoor_catalog.yaml",
                     "tests/fixtures/shops/outdoor_policies.yaml"),
         "sample": ("bot/examples/catalog.yaml", "bot/examples/policies.yaml")}


@pytest.mark.parametrize(("shop", "sku", "sentence", "bad"), [
    ("outdoor", "LAMP-TRAIL-400", "2-year warranty.", ["2"]),
    ("outdoor", "LAMP-TRAIL-400", "1-year warranty.", []),
    ("outdoor", "LAMP-TRAIL-400", "保修2年", ["2"]),
    ("outdoor", "POLES-CARBON", "1-year warranty.", ["1"]),
    # the sentence names whom the other amount is for: a quotation, not a claim about this one
    ("outdoor", "LAMP-TRAIL-400", "Tents, packs and trekking poles carry a 2-year warranty.", []),
    ("sample", "AIRFRYER-6L", "保修3年", ["3"]),  # the TV's, read off the English policy too
    ("sample", "VACUUM-ROBOT-X7", "2 years.", []),
    ("sample", "AIRFRYER-6L",
     "1 year on small kitchen appliances, 2 years on the robot vacuum and water purifier, "
     "3 years on the TV.", []),
])
def test_another_products_amount(shop: str, sku: str, sentence: str, bad: list[str]) -> None:
    catalog, policies = SHOPS[shop]
    product = {p.sku: p for p in load_catalog(ROOT / catalog)}[sku]
    warranty = next(p for p in load_policies(ROOT / policies) if p.id == "warranty")
    segs = policy_segments(f"Warranty: {t}" for t in warranty.text.values())
    assert others_amounts(sentence, segs, product) == bad


def test_a_policy_naming_no_product_holds_nothing() -> None:
    product = load_catalog(ROOT / "bot/examples/catalog.yaml")[0]
    segs = policy_segments(["Free shipping on orders over ¥99; under ¥99 it is ¥10."])
    assert others_amounts("¥10.", segs, product) == []
