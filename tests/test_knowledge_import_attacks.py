"""Catalog exports as careless shops really make them: empty and header-only files, HTML
tables, stock written "1,000" or "N/A", a "-0" price, a WooCommerce "any size" variation, a
variant without a price. Each either imports without losing anything or fails in one line
naming the file, line and the file's own column; a file with no products changes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from knowledge_shared import embedder

from knowledge import ImportOptions, KnowledgeBase
from knowledge.catalog import CatalogError, CatalogIssue, load_catalog
from knowledge.importers.values import html_to_text, read_text
from knowledge.index import PassageIndex, connect, product_passages
from knowledge.variants import variants_named

USD = ImportOptions(currency="USD")
SHOPIFY = ("Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU,"
           "Variant Inventory Tracker,Variant Inventory Qty,Variant Price\n")
WOO = ("ID,Type,SKU,Name,Published,In stock?,Stock,Regular price,Sale price,Parent,"
       "Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s)\n")


def load(tmp_path: Path, name: str, text: str | bytes) -> tuple[dict, list[str]]:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    warnings: list[CatalogIssue] = []
    products = load_catalog(path, options=USD, warnings=warnings)
    return {p.sku: p for p in products}, [str(w) for w in warnings]


def errors(tmp_path: Path, name: str, text: str | bytes) -> list[str]:
    with pytest.raises(CatalogError) as e:
        load(tmp_path, name, text)
    return str(e.value).splitlines()


@pytest.mark.parametrize(("name", "text", "says"), [
    ("empty.csv", b"", "empty.csv: the file is empty"),
    ("bom.csv", b"\xef\xbb\xbf\n \n", "bom.csv: the file is empty"),
    ("header.csv", SHOPIFY, "header.csv: no products in this file"),
    ("woo.csv", WOO, "woo.csv: no products in this file"),
    ("api.json", '{"products": []}', "api.json: no products in this file"),
    ("drafts.csv", SHOPIFY.rstrip("\n") + ",Status\nmug,Mug,,Title,Default Title,M,,,5,draft\n",
     "drafts.csv: no products in this file"),
])
def test_a_file_without_products_is_an_error(tmp_path: Path, name: str, text, says: str) -> None:
    # ingesting it would empty the whole index: a truncated export is a mistake, not a wish
    assert errors(tmp_path, name, text) == [says]


def test_empty_export_keeps_the_previous_index(tmp_path: Path) -> None:
    kb = KnowledgeBase(PassageIndex(connect(tmp_path / "chroma"), embedder()), embedder())
    good = tmp_path / "shop.csv"
    good.write_text(SHOPIFY + "mug,Mug,,Title,Default Title,MUG,shopify,4,9.50\n", encoding="utf-8")
    assert kb.ingest(good, options=USD).ok
    good.write_text(SHOPIFY, encoding="utf-8")  # the export was cut off after its header
    report = kb.ingest(good, options=USD)
    assert report.errors == ["shop.csv: no products in this file"]
    assert "MUG" in kb.catalog and kb.facts.get("MUG").stock == 4


def test_html_table_cells_stay_apart() -> None:
    html = ("<p>Soft &amp; light.</p><table><tr><th>Size</th><th>Chest</th></tr>"
            "<tr><td>S</td><td>90 cm</td></tr></table>")
    text = html_to_text(html)
    assert "SizeChest" not in text and "S90" not in text
    assert "Size, Chest." in text and "S, 90 cm." in text


@pytest.mark.parametrize(("cell", "stock"), [
    ("1,000", 1000), ("1 000", 1000), ("N/A", None), ("n/a", None), ("-", None), ("１２", 12)])
def test_stock_as_spreadsheets_write_it(tmp_path: Path, cell: str, stock) -> None:
    products, _ = load(tmp_path, "s.csv", SHOPIFY + f'a,A,,Title,Default Title,A1,shopify,"{cell}",3\n')
    assert products["A1"].stock == stock


def test_a_stock_that_is_not_a_count_names_its_column(tmp_path: Path) -> None:
    text = SHOPIFY + ('a,A,,Title,Default Title,A1,shopify,"12 pcs",3\n'
                      "b,B,,Title,Default Title,B1,shopify,1.000,3\n"  # German Excel: 1000
                      "c,C,,Title,Default Title,C1,shopify,5.0,3\n")  # a float: 5, fine
    assert errors(tmp_path, "s.csv", text) == [
        "s.csv:2: Variant Inventory Qty: not a whole number >= 0: '12 pcs'",
        "s.csv:3: Variant Inventory Qty: ambiguous: '1.000' (write 1000 or 1)"]


def test_minus_zero_price_is_refused(tmp_path: Path) -> None:
    # One rule for money everywhere (knowledge.quantities): a minus sign is a sender's bug.
    assert errors(tmp_path, "s.csv", SHOPIFY + "a,A,,Title,Default Title,A1,,,-0\n") == [
        "s.csv:2: Variant Price: must not be negative: '-0'"]


def test_woocommerce_any_size_variation_keeps_every_size(tmp_path: Path) -> None:
    text = WOO + ('10,variable,SHIRT,Shirt,1,1,,,,,Color,"Red, Blue",Size,"S, M, L"\n'
                  "11,variation,SHIRT-RED-S,Shirt - Red S,1,1,5,20,,id:10,Color,Red,Size,S\n"
                  "12,variation,SHIRT-BLUE,Shirt - Blue any size,1,1,5,21,,id:10,Color,Blue,Size,\n")
    products, _ = load(tmp_path, "woo.csv", text)
    shirt = products["SHIRT"]
    options = next(d.text for d in product_passages(shirt) if d.meta.get("group") == "options")
    assert "Size: S, M, L" in options and "Red, Blue" in options
    # the blue one takes any size; there is no red L, so the red S is not it
    assert [v.sku for v in variants_named(shirt, "the blue shirt in M?")] == ["SHIRT-BLUE"]
    assert variants_named(shirt, "how much is the red shirt in L?") == []
    assert [v.sku for v in variants_named(shirt, "the red shirt in S?")] == ["SHIRT-RED-S"]


@pytest.mark.parametrize(("name", "text", "says"), [
    # the variant's own line and the file's own column, not the product's first row
    ("s.csv", SHOPIFY + "e,Eps,,Size,S,E1,,,5\ne,,,,M,E2,,,\n",
     "s.csv:3: Variant Price: required (variant E2)"),
    ("w.csv", WOO + '30,variable,CUP,Cup,1,1,,,,,Size,"Small, Large",,\n'
                    "31,variation,CUP-S,Cup - Small,1,1,,,,CUP,Size,Small,,\n",
     "w.csv:3: Regular price: required (variant CUP-S)"),
])
def test_a_variant_without_a_price_names_its_row(tmp_path: Path, name: str, text: str,
                                                 says: str) -> None:
    assert errors(tmp_path, name, text) == [says]


def test_variants_still_priced_and_clamped(tmp_path: Path) -> None:
    text = SHOPIFY + "t,Tee,<p>x</p>,Size,S,T-S,shopify,-2,20\nt,,,,L,T-L,shopify,3,22\n"
    products, warnings = load(tmp_path, "s.csv", text)
    assert [(v.sku, v.price, v.stock) for v in products["t"].variants] == [
        ("T-S", Decimal("20.00"), 0), ("T-L", Decimal("22.00"), 3)]
    assert "s.csv:2: warning: Variant Inventory Qty: negative stock -2 (oversold?) counted as 0" \
        in warnings


def test_shopify_rows_in_any_order(tmp_path: Path) -> None:
    # a sheet re-sorted in Excel: the image row first, a handle's rows apart
    text = SHOPIFY.rstrip("\n") + ",Image Src\n" + (
        "mug,,,,,,,,,http://cdn/mug-2.jpg\n"
        "mug,Mug,<p>Stoneware.</p>,Color,White,MUG-W,shopify,3,9.50,http://cdn/mug.jpg\n"
        "cap,Cap,,Title,Default Title,CAP,shopify,1,5,\n"
        "mug,,,,Black,MUG-B,shopify,2,9.50,\n"
        "mug,,,,Black,MUG-B2,shopify,2,11,\n")
    products, warnings = load(tmp_path, "s.csv", text)
    mug = products["mug"]
    assert mug.name == "Mug" and [v.sku for v in mug.variants] == ["MUG-W", "MUG-B", "MUG-B2"]
    assert mug.description["en"] == "Stoneware."
    assert "s.csv:6: warning: Variant SKU: MUG-B2 has the same options as MUG-B (Black); a " \
           "viewer cannot ask for one of them" in warnings


@pytest.mark.parametrize(("name", "text", "sku", "price"), [
    ("woo.csv", WOO.replace(",", ";") + "10;variable;SHIRT;Shirt;1;1;;;;;Color;Red, Blue;;\n"
     "11;variation;SHIRT-RED;Shirt - Red;1;1;5;19,99;;id:10;Color;Red;;\n", "SHIRT", "19.99"),
    ("shop.csv", SHOPIFY.replace(",", ";") + "mug;Mug;;Title;Default Title;MUG;shopify;4;9,50\n",
     "MUG", "9.50"),
    ("own.csv", "sku;name;price;stock\nPEN;Pen;1,20;3\n", "PEN", "1.20"),
    ("own.tsv", "sku\tname\tprice\tstock\nPEN\tPen\t1,20\t3\n", "PEN", "1.20"),
])
def test_european_excel_separators_pick_the_right_importer(tmp_path: Path, name: str, text: str,
                                                           sku: str, price: str) -> None:
    # Excel in a comma-decimal locale saves CSV with ';': still Shopify's or WooCommerce's
    products, warnings = load(tmp_path, name, text)
    assert not any("columns guessed" in w for w in warnings), warnings
    assert products[sku].price == Decimal(price)


def test_chinese_option_values_and_sizes_next_to_chinese(tmp_path: Path) -> None:
    # Shopify/Tmall shops name options in Chinese: 颜色 红色/蓝色, 尺码 M/L
    api = {"products": [{"title": "纯棉T恤", "handle": "tshirt", "body_html": "<p>纯棉。</p>",
                         "options": [{"name": "颜色"}, {"name": "尺码"}], "variants": [
        {"sku": f"TS-{c}-{s}", "price": p, "option1": c, "option2": s,
         "inventory_management": "shopify", "inventory_quantity": n}
        for c, s, p, n in (("红色", "M", "59.00", 3), ("红色", "L", "59.00", 0),
                           ("蓝色", "M", "69.00", 5))]}]}
    import json
    products, _ = load(tmp_path, "zh.json", json.dumps(api, ensure_ascii=False))
    tee = products["tshirt"]
    named = lambda q: [v.sku for v in variants_named(tee, q)]  # noqa: E731
    assert named("蓝色的T恤多少钱") == ["TS-蓝色-M"]
    assert named("红色L码的还有吗") == ["TS-红色-L"]
    assert named("有没有红色的") == ["TS-红色-M", "TS-红色-L"]
    assert named("XL码有吗") == []  # no XL: not the L


@pytest.mark.parametrize("text", ["名称,价格\n茶,5\n", "name,price\n绿茶,5\n",
                                  'name,price,desc\nTea,5,"好喝"\n'])
def test_short_gbk_files_are_read(tmp_path: Path, text: str) -> None:
    # a few Chinese characters are as likely Korean or Big5 to a detector; GBK wins a tie
    path = tmp_path / "short.csv"
    path.write_bytes(text.encode("gbk"))
    assert read_text(path) == text


def test_korean_file_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "kr.csv"
    path.write_bytes("name,price\n모자,5\n한국어 설명입니다,7\n".encode("cp949"))
    with pytest.raises(ValueError, match="not UTF-8 or GB18030"):
        read_text(path)


def test_a_price_with_three_decimals_is_not_rounded(tmp_path: Path) -> None:
    # "1.299 €" is 1299 euros in a German listing; rounding it to 1.30 would sell it for €1.30
    text = ("name,price\nKaffeemaschine,1.299 €\nTasse,\"12,50 €\"\nTeller,1.500 €\n"
            "Messer,\"1.299,00 €\"\nGabel,3.5 €\n")
    assert errors(tmp_path, "de.csv", text) == [
        "de.csv:2: price: ambiguous: '1.299 €' (a thousands separator? write 1299 or 1.30)",
        "de.csv:4: price: ambiguous: '1.500 €' (a thousands separator? write 1500 or 1.50)"]


def test_a_row_longer_than_the_header_loses_nothing(tmp_path: Path) -> None:
    # an unquoted comma in the last column would silently cut the description
    text = "商品标题,售价,商品详情\n保温杯,89,保温12小时,不锈钢内胆\n茶叶,59,明前龙井\n"
    assert errors(tmp_path, "tmall.csv", text) == [
        "tmall.csv:2: 4 cells but 3 columns (quote cells that hold commas)"]


def test_woocommerce_sale_dates_in_other_shapes(tmp_path: Path) -> None:
    # a sale that ended in 2021 must not be announced as a discount now, whatever the date shape
    text = ("ID,Type,SKU,Name,Published,In stock?,Stock,Regular price,Sale price,"
            "Date sale price starts,Date sale price ends\n"
            "1,simple,A,Alpha,1,1,3,20,15,2020-01-01T00:00:00+00:00,2021-01-01T00:00:00+00:00\n"
            "2,simple,B,Beta,1,1,3,20,15,2020/01/01,2021/01/01\n"
            "3,simple,C,Gamma,1,1,3,20,15,,1 Jan 2099\n"
            "4,simple,D,Delta,1,1,3,20,15,2020-01-01,2099-01-01 23:59:59\n")
    products, warnings = load(tmp_path, "woo.csv", text)
    assert {s: (str(p.price), str(p.list_price)) for s, p in products.items()} == {
        "A": ("20.00", "20.00"), "B": ("20.00", "20.00"), "C": ("20.00", "20.00"),
        "D": ("15.00", "20.00")}
    assert "woo.csv:4: warning: Date sale price ends: not a date: '1 Jan 2099'; the sale " \
           "price 15 is not used" in warnings


def test_a_repeated_listing_row_is_reported(tmp_path: Path) -> None:
    text = "商品标题,售价\n保温杯,89\n茶叶,59\n保温杯,99\n"
    products, warnings = load(tmp_path, "tmall.csv", text)
    assert set(products) == {"保温杯", "茶叶", "保温杯-2"}  # nothing lost
    assert "tmall.csv:4: warning: 商品标题: '保温杯' is named as on an earlier row; SKU 保温杯-2 made" \
        in warnings


def test_odd_json_values_are_errors_not_tracebacks(tmp_path: Path) -> None:
    api = ('{"products": [{"title": 5, "handle": "h", "body_html": "x", "options": [{"name": null}],'
           ' "variants": [{"sku": "a", "price": "5", "option1": "S"},'
           ' {"sku": "b", "price": "6", "option1": "M"}]}]}')
    assert errors(tmp_path, "api.json", api) == ["api.json:1: title: Input should be a valid string"]
    products, _ = load(tmp_path, "ok.json", api.replace('"title": 5', '"title": "Tee"'))
    assert products["h"].options == {"Option1": ["S", "M"]}  # a null option name: not "None"


def test_own_csv_columns_in_any_case(tmp_path: Path) -> None:
    products, _ = load(tmp_path, "own.csv", "SKU,Name,Price,Stock,Description_ZH\nA1,Apple,3,5,苹果\n")
    assert products["A1"].name == "Apple" and products["A1"].stock == 5
    assert products["A1"].description == {"zh": "苹果"}


def test_excel_unicode_text_and_workbooks(tmp_path: Path) -> None:
    # Excel's "Unicode Text" export: UTF-16 with a BOM, tab-separated, named .txt
    sheet = SHOPIFY.replace(",", "\t") + "mug\tMug\t\tTitle\tDefault Title\tMUG\tshopify\t4\t9.50\n"
    products, _ = load(tmp_path, "export.txt", sheet.encode("utf-16"))
    assert products["MUG"].stock == 4
    assert errors(tmp_path, "products.xlsx", b"PK\x03\x04\x14\x00\x06\x00\xb5\x8e\xff") == [
        "products.xlsx: a spreadsheet workbook: save it as CSV (UTF-8) and ingest that file"]


@pytest.mark.parametrize(("in_stock", "stock"), [("0", 0), ("FALSE", 0), ("outofstock", 0),
                                                 ("1", None), ("TRUE", None), ("onbackorder", None)])
def test_woocommerce_in_stock_flag_resaved_by_a_spreadsheet(tmp_path: Path, in_stock: str,
                                                            stock) -> None:
    text = WOO + f"1,simple,CAP,Cap,1,{in_stock},,15,,,,,,\n"
    products, _ = load(tmp_path, "woo.csv", text)
    assert products["CAP"].stock == stock
