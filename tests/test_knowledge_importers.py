"""Catalogs as shops export them (Shopify CSV/JSON, WooCommerce CSV, a marketplace listing):
what each importer maps, what it warns about, and one-line errors for what it cannot read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from knowledge_shared import FIXTURES

from knowledge.catalog import CatalogError, CatalogIssue, ImportOptions, Product, load_catalog
from knowledge.importers.values import html_to_text, parse_money

CATALOGS = FIXTURES / "catalogs"


def load(name: str, **kw) -> tuple[dict[str, Product], list[str]]:
    warnings: list[CatalogIssue] = []
    products = load_catalog(CATALOGS / name, warnings=warnings, **kw)
    return {p.sku: p for p in products}, [str(w) for w in warnings]


def test_shopify_csv_groups_rows_by_handle_into_variants() -> None:
    products, warnings = load("shopify_products.csv", options=ImportOptions(currency="USD"))
    assert set(products) == {"OBS-1", "v-neck-tee", "pullover-hoodie", "SSB-1", "BELT-1", "ZJ-1"}
    vneck = products["v-neck-tee"]
    assert vneck.options == {"Color": ["Red", "Green", "Blue"]}
    assert [(v.sku, v.stock) for v in vneck.variants] == [
        ("VNECK-RED", 8), ("VNECK-GREEN", None), ("VNECK-BLUE", 0)]  # untracked; oversold → 0
    hoodie = products["pullover-hoodie"]
    assert {v.sku: v.price for v in hoodie.variants}["HOOD-LOGO-L"] == Decimal("45.00")
    assert hoodie.price == Decimal("40.00") and hoodie.stock == 28
    # "Default Title" is Shopify's product without variants; the image-only row is skipped
    shirt = products["OBS-1"]
    assert shirt.variants == [] and shirt.stock == 12 and shirt.specs["shipping"]["weight"] == "250 g"
    assert shirt.description["en"].startswith("Ocean blue cotton shirt") and "<p>" not in str(shirt)
    assert products["BELT-1"].stock is None  # "Variant Inventory Tracker" empty: not tracked
    assert products["ZJ-1"].list_price == Decimal("80.00") and products["ZJ-1"].currency == "USD"
    assert products["SSB-1"].list_price == products["SSB-1"].price  # compare-at below price
    assert "shopify_products.csv:6: warning: Variant Inventory Qty: negative stock -2 (oversold?) " \
           "counted as 0" in warnings
    assert any(w.startswith("shopify_products.csv:11: warning: Variant Compare At Price: lower "
                            "than price") for w in warnings)
    assert any("'secret-sample' is draft; left out" in w for w in warnings)
    assert not any("currency" in w for w in warnings)  # the config named it


def test_shopify_api_json_variants_untracked_and_currency() -> None:
    products, warnings = load("shopify_products.json")
    nano = products["ipod-nano"]
    assert nano.currency == "USD"  # from presentment_prices
    assert {v.sku: v.stock for v in nano.variants} == {
        "IPOD2008PINK": None,  # inventory_policy "continue": sold when out of stock
        "IPOD2008RED": 20, "IPOD2008GREEN": None, "IPOD2008BLACK": 0}
    assert nano.variants[1].list_price == Decimal("249.00") and nano.price == Decimal("179.00")
    touch = products["IPOD2009BLACK"]
    assert touch.variants == [] and touch.stock is None
    # the repeated paragraph is kept once (it would be two passages with one id)
    assert touch.description["en"].count("multi-touch") == 1
    assert "burton-custom-freestyle-151" not in products
    assert any("description" not in w and "'burton-custom-freestyle-151' is draft" in w
               for w in warnings)
    assert any(w.startswith("shopify_products.json:31: warning: body_html: a sentence is repeated")
               for w in warnings)


def test_woocommerce_csv_types_sale_schedule_and_stock() -> None:
    products, warnings = load("woocommerce_products.csv", options=ImportOptions(currency="USD"))
    assert set(products) == {"woo-vneck-tee", "woo-hoodie", "woo-hoodie-with-logo", "woo-belt",
                             "woo-beanie", "woo-cap", "wp-pennant"}
    hoodie = products["woo-hoodie"]
    assert hoodie.options == {"Color": ["Red", "Green", "Blue"], "Logo": ["No", "Yes"]}
    assert hoodie.variants[2].title == "Blue, Logo" and hoodie.variants[0].title == "Red, no Logo"
    assert products["woo-hoodie-with-logo"].aliases == ["Logo Hoodie"]
    assert products["woo-belt"].stock is None  # empty Stock, "In stock?" 1: not managed
    assert products["woo-cap"].stock == 0  # empty Stock, "In stock?" 0: out of stock
    beanie = products["woo-beanie"]
    assert (beanie.price, beanie.list_price) == (Decimal("18.00"), Decimal("20.00"))
    cap = products["woo-cap"]  # its sale is scheduled for 2099: not on now
    assert (cap.price, cap.list_price) == (Decimal("18.00"), Decimal("18.00"))
    assert products["wp-pennant"].price == Decimal("11.05")  # "11,05": a decimal comma
    assert products["woo-vneck-tee"].specs["shipping"]["weight"] == "0.5 kg"
    assert "Logo Collection" in products["woo-beanie"].tags  # grouped: its parts carry its name
    assert any("grouped product 'Logo Collection'" in w for w in warnings)
    assert any("'Sunglasses' is a draft" in w for w in warnings)
    assert any(w.startswith("woocommerce_products.csv:7: warning: Sale price: 16 not used")
               for w in warnings)
    assert "woocommerce_products.csv:13: warning: Stock: negative stock -2 (oversold?) " \
           "counted as 0" in warnings
    # the same file with the sale running: now inside the schedule
    later, _ = load("woocommerce_products.csv", options=ImportOptions(now=4071000000.0))
    assert later["woo-cap"].price == Decimal("16.00")


def test_gbk_listing_with_yuan_prices_and_guessed_columns() -> None:
    products, warnings = load("tmall_listing_gbk.csv")
    nuts = products["558201"]
    assert nuts.name == "三只松鼠每日坚果礼盒 750g" and nuts.currency == "CNY"
    assert (nuts.price, nuts.list_price) == (Decimal("27.90"), Decimal("39.90"))
    assert nuts.description["zh"] == "每日坚果，30袋独立包装。 早餐零食两相宜。"
    assert products["558202"].price == Decimal("199.00") and products["558202"].stock is None
    assert products["558203"].price == Decimal("59.90") and products["558203"].stock == 0
    assert products["558203"].description["zh"] == "五常稻花香，当季新米。"
    assert any("columns guessed: sku = '商品ID', name = '商品标题', price = '售价'" in w
               for w in warnings)
    assert any("a price range '￥199.00-259.00'" in w for w in warnings)
    assert not any("assumed" in w for w in warnings)  # ￥ says CNY


def test_listing_columns_from_config_and_missing_ones(tmp_path: Path) -> None:
    f = tmp_path / "amazon.csv"
    f.write_text("ASIN;Item Title;Your Price;Quantity\nB0X1;Desk Lamp;€ 24,99;\n",
                 encoding="utf-8")
    (p,) = load_catalog(f, options=ImportOptions(columns={"name": "Item Title",
                                                          "price": "Your Price"}))
    assert (p.sku, p.name, p.price, p.currency, p.stock) == ("B0X1", "Desk Lamp",
                                                             Decimal("24.99"), "EUR", None)
    with pytest.raises(CatalogError) as e:
        load_catalog(f, options=ImportOptions(columns={"price": "Preis"}))
    assert str(e.value).startswith("amazon.csv:1: [knowledge.columns] price: no column 'Preis'")


def test_native_yaml_untracked_stock_currency_specs_and_repeats() -> None:
    products, warnings = load("hawker_native.yaml")
    assert products["belt"].stock is None and products["belt"].facts().in_stock
    socks = products["wool-socks"]
    assert socks.specs["general"]["machine washable"] == "yes"  # not "True"
    assert socks.price == Decimal("12.50") and len(socks.faq) == 1
    assert socks.description["en"] == "Warm merino socks for winter. Knitted in Inner Mongolia."
    tee = products["tee"]
    assert [v.stock for v in tee.variants] == [3, 0, 10] and tee.stock == 13
    assert warnings[0] == ("hawker_native.yaml:3: warning: currency: the file and the config "
                           "name no currency; assumed CNY (set [knowledge] currency, e.g. \"USD\")")
    assert "hawker_native.yaml:26: warning: variants.1.stock: negative stock -2 (oversold?) " \
           "counted as 0" in warnings


def test_format_forces_an_importer_and_errors_name_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_text("Handle,Title,Variant Price\nmug,Mug,9.5\nmug,,abc\n", encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        load_catalog(f)
    assert str(e.value) == "export.csv:3: Variant Price: not a number: 'abc'"
    with pytest.raises(CatalogError, match="unknown --format 'magento'"):
        load_catalog(f, "magento")
    # read as a listing instead: no price column it knows
    with pytest.raises(CatalogError, match="export.csv:1: no price column found"):
        load_catalog(f, "listing")


def test_wrong_case_header_says_which_field_was_meant(tmp_path: Path) -> None:
    f = tmp_path / "c.yaml"
    f.write_text("- SKU: A1\n  name: Apple\n  price: 3\n", encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        load_catalog(f)
    assert "c.yaml:1: SKU: unknown field (did you mean 'sku'?)" in str(e.value)


def test_undecodable_file_is_one_line_naming_it(tmp_path: Path) -> None:
    f = tmp_path / "latin.csv"
    f.write_bytes("sku,name,price\nA1,Crème brûlée,3\n".encode("cp1252"))
    with pytest.raises(CatalogError) as e:
        load_catalog(f)
    (line,) = str(e.value).splitlines()
    assert line.startswith("latin.csv:2: not UTF-8 or GB18030 text")
    bom = tmp_path / "bom.csv"
    bom.write_text("sku,name,price\nA1,Apple,3\n", encoding="utf-8-sig")
    assert load_catalog(bom)[0].sku == "A1"


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("¥27.90", "27.90", "CNY"), ("￥27.90", "27.90", "CNY"), ("27,90", "27.90", None),
    ("1.299,00 €", "1299.00", "EUR"), ("1,299", "1299", None), ("$1,299.50", "1299.50", "USD"),
    ("27.90元", "27.90", "CNY"), ("1 299,00", "1299.00", None),
])
def test_money_as_shops_write_it(text: str, amount: str, currency: str | None) -> None:
    assert parse_money(text) == (amount, currency)


@pytest.mark.parametrize("text", ["8 9", "abc", "1,2,3.4.5", "$"])
def test_money_that_is_not(text: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_money(text)


def test_html_to_text_keeps_blocks_as_sentences() -> None:
    html = "<p>Soft <b>cotton</b> &amp; fleece</p><ul><li>100% cotton</li><li>Wash cold</li></ul>"
    assert html_to_text(html) == "Soft cotton & fleece. 100% cotton. Wash cold."
    assert html_to_text("Plain text, 5 < 6.") == "Plain text, 5 < 6."


def test_forced_format_on_the_wrong_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    f = tmp_path / "c.json"
    f.write_text('{"items": 3}', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"c.json:1: expected \{\"products\""):
        load_catalog(f, "shopify-json")
    with pytest.raises(CatalogError, match="c.json:1: expected a list or a 'products:' list"):
        load_catalog(f)
    with pytest.raises(CatalogError, match="shopify_products.csv:2: Name: must not be empty"):
        load_catalog(CATALOGS / "shopify_products.csv", "woocommerce")
    f = tmp_path / "w.csv"
    f.write_text("ID,Type,SKU,Name,Regular price\n1,simple,A1,Apple,\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="w.csv:2: Regular price: required"):
        load_catalog(f)
