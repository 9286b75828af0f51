"""Catalog loading: every user error names file, line and field; nothing is half-loaded."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from knowledge_shared import CATALOG, POLICIES

from knowledge.catalog import CatalogError, load_catalog, load_policies


def test_sample_catalog_loads_bilingual_products() -> None:
    products = load_catalog(CATALOG)
    assert len(products) >= 12
    beef = next(p for p in products if p.sku == "BEEF-SHANK-1KG")
    assert beef.name_zh == "内蒙古草饲牛腱子"
    assert "cow meat" in beef.aliases and "牛肉" in beef.aliases
    assert beef.price == Decimal("89.90") and beef.list_price == Decimal("139.00")
    assert set(beef.description) == {"en", "zh"}
    assert {f.lang for f in beef.faq} == {"en", "zh"}
    assert "origin" in beef.specs
    assert all(p.list_price >= p.price for p in products)
    assert len(load_policies(POLICIES)) >= 5


def test_csv_errors_name_file_line_and_field(tmp_path: Path) -> None:
    f = tmp_path / "catalog.csv"
    rows = ["sku,name,price,list_price,stock,aliases,specs,faq"]
    rows += [f"S{i},Item {i},{i}.50,,10,a|b,size.width=3 cm,Q? => A" for i in range(1, 12)]
    rows.append('S12,"Multi\nline name",5,,1,,,')  # a quoted cell spanning two lines
    rows.append("S13,Bad,8 9,,x,,,")  # line 15 because of the line break above
    rows.append("S1,Dup,1,,,,,")
    f.write_text("\n".join(rows) + "\n")
    with pytest.raises(CatalogError) as e:
        load_catalog(f)
    lines = str(e.value).splitlines()
    assert "catalog.csv:15: price: not a number: '8 9'" in lines
    assert "catalog.csv:15: stock: not a whole number >= 0: 'x'" in lines
    assert "catalog.csv:16: sku: duplicate 'S1' (first on line 2)" in lines
    assert len(e.value.issues) == 3


def test_csv_columns_parse(tmp_path: Path) -> None:
    f = tmp_path / "c.csv"
    f.write_text(
        "sku,name,name_zh,price,aliases,specs,faq,description,description_zh\n"
        'A1,Apple,苹果,8.9,red|fuji,"size.width=8 cm; colour=red",'
        '"Waxed? => No || 甜吗？ => 很甜",Crisp.,脆甜。\n'
    )
    (p,) = load_catalog(f)
    assert p.aliases == ["red", "fuji"]
    assert p.specs == {"size": {"width": "8 cm"}, "general": {"colour": "red"}}
    assert [(q.question, q.lang) for q in p.faq] == [("Waxed?", "en"), ("甜吗？", "zh")]
    assert p.description == {"en": "Crisp.", "zh": "脆甜。"}
    assert p.list_price == Decimal("8.90") and p.currency == "CNY"


def test_yaml_errors_point_at_the_field_line(tmp_path: Path) -> None:
    f = tmp_path / "catalog.yaml"
    f.write_text(
        "products:\n"
        "  - sku: A1\n"
        "    name: Apple\n"
        "    price: 8.9\n"
        "  - sku: A2\n"
        "    name: Pear\n"
        "    price: '8 9'\n"
        "    colour: red\n"
        "  - sku: A3\n"
        "    name: Plum\n"
        "    price: 5\n"
        "    list_price: 4\n"
        "    specs: {size: {width: }}\n"
    )
    with pytest.raises(CatalogError) as e:
        load_catalog(f)
    msg = str(e.value)
    assert "catalog.yaml:7: price: not a number: '8 9'" in msg
    assert "catalog.yaml:8: colour: unknown field" in msg
    assert "catalog.yaml:13: specs:" in msg  # empty spec value


def test_yaml_list_price_below_price(tmp_path: Path) -> None:
    f = tmp_path / "c.yml"
    # Shopify's own template has such a product: a warning, and no discount is claimed.
    f.write_text("- sku: A3\n  name: Plum\n  price: 5\n  list_price: 4\n")
    warnings: list = []
    (p,) = load_catalog(f, warnings=warnings)
    assert p.list_price == p.price == Decimal(5)
    assert [str(w) for w in warnings if w.field == "list_price"] == [
        "c.yml:4: warning: list_price: lower than price (4.00 < 5.00); ignored, so no discount "
        "is claimed"]


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("products:\n  - sku: A1\n    name: [unclosed\n")
    with pytest.raises(CatalogError, match=r"c.yaml:\d+: YAML:"):
        load_catalog(f)


def test_json_errors_give_the_item_and_field_line(tmp_path: Path) -> None:
    f = tmp_path / "catalog.json"
    f.write_text(
        '{"products": [\n'
        '  {"sku": "A1", "name": "Apple", "price": 8.9},\n'
        '  {"sku": "A2",\n'
        '   "name": "Pear",\n'
        '   "price": "8 9"},\n'
        '  {"sku": "A3", "price": 1}\n'
        "]}\n"
    )
    with pytest.raises(CatalogError) as e:
        load_catalog(f)
    assert str(e.value).splitlines() == [
        "catalog.json:5: price: not a number: '8 9'",
        "catalog.json:6: name: required",
    ]


def test_json_syntax_error(tmp_path: Path) -> None:
    f = tmp_path / "c.json"
    f.write_text('[\n {"sku": "A1",\n  "name": "x" "price": 1}\n]')
    with pytest.raises(CatalogError, match=r"c.json:3: JSON: Expecting ',' delimiter"):
        load_catalog(f)


def test_json_round_trip_of_sample(tmp_path: Path) -> None:
    products = load_catalog(CATALOG)
    f = tmp_path / "c.json"
    f.write_text(json.dumps([p.model_dump(mode="json") for p in products], ensure_ascii=False))
    assert load_catalog(f) == products


def test_unknown_format(tmp_path: Path) -> None:
    f = tmp_path / "c.pdf"
    f.write_text("x")
    with pytest.raises(CatalogError, match="unknown format"):
        load_catalog(f)
