"""A value a question names by a word and a number the product is not sold in ("stage 4" of a
formula in Stage 1 to 3, "size 7" of nappies in Size 1 to 6, "iphone 16" of cases for the
iPhone 15 line): not offered, and said so (knowledge/variants.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.catalog import load_catalog
from knowledge.variants import value_not_offered, variants_named

CATALOG = """
products:
  - sku: FORMULA
    name: Growing Milk Formula 800 g
    price: 19.9
    currency: EUR
    variants:
      - {sku: F1, options: {Stage: Stage 1}, price: 19.9, stock: 5}
      - {sku: F2, options: {Stage: Stage 2}, price: 19.9, stock: 5}
      - {sku: F3, options: {Stage: Stage 3}, price: 18.9, stock: 0}
  - sku: NAPPIES
    name: Soft Nappies
    price: 12.5
    currency: EUR
    variants:
      - {sku: N4, options: {Size: Size 4}, price: 12.5, stock: 5}
      - {sku: N5, options: {Size: Size 5}, price: 13.5, stock: 5}
      - {sku: N6, options: {Size: Size 6}, price: 14.5, stock: 5}
"""


@pytest.fixture(scope="module")
def products(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path: Path = tmp_path_factory.mktemp("numbered") / "catalog.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return {p.sku: p for p in load_catalog(path)}


@pytest.mark.parametrize(("sku", "question", "asked"), [
    ("FORMULA", "stage 4 formula?", "stage 4"),
    ("FORMULA", "do you have stage4", "stage4"),
    ("NAPPIES", "size 7 nappies price", "size 7"),
    ("NAPPIES", "size 3 in stock?", "size 3"),
    ("FORMULA", "有4段的奶粉吗", "4段"),
    ("NAPPIES", "7号纸尿裤多少钱", "7号"),
])
def test_a_number_not_sold_is_not_offered(products: dict, sku: str, question: str,
                                          asked: str) -> None:
    missing = value_not_offered(products[sku], question)
    assert missing is not None and missing[1] == asked, missing


@pytest.mark.parametrize(("sku", "question", "named"), [
    ("FORMULA", "stage 2 price", "F2"),
    ("NAPPIES", "size 5 how much", "N5"),
    ("FORMULA", "2段奶粉多少钱", "F2"),
    ("NAPPIES", "5号还有吗", "N5"),
])
def test_a_number_sold_names_its_variant(products: dict, sku: str, question: str,
                                         named: str) -> None:
    assert value_not_offered(products[sku], question) is None
    assert [v.sku for v in variants_named(products[sku], question)] == [named]


def test_a_number_of_another_thing_is_no_value_asked(products: dict) -> None:
    assert value_not_offered(products["NAPPIES"], "size 5 for a 12 kg baby, 2 packs?") is None
