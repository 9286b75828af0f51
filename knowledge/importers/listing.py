"""A marketplace listing CSV (a Tmall/Taobao/JD or Amazon listing export, a scraped sheet):
one row per product, any column names. ``[knowledge.columns]`` in hawker.toml maps Hawker's
fields to the sheet's headers, e.g. ``name = "商品标题"``, ``price = "售价"``; fields it does
not map are guessed from common header names, and every guess is reported as a warning.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import CatalogIssue, ImportOptions, Record
from ..sourcefile import Loc
from .rows import column, read_rows
from .values import parse_money, slug

FIELDS = ("sku", "name", "name_zh", "price", "list_price", "stock", "description", "category",
          "brand", "currency", "aliases", "tags", "unit")
# Common headers for each field, most specific first.
GUESSES: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "商家编码", "商品编码", "货号", "商品ID", "宝贝ID", "item id", "product id",
            "asin", "id"),
    "name": ("name", "商品标题", "宝贝标题", "商品名称", "标题", "名称", "title", "product name",
             "item name"),
    "price": ("price", "售价", "现价", "促销价", "一口价", "价格", "sale price", "your price"),
    "list_price": ("list_price", "原价", "划线价", "市场价", "list price", "original price",
                   "compare at price", "regular price", "msrp"),
    "stock": ("stock", "库存", "库存数量", "可售数量", "quantity", "qty", "inventory"),
    "description": ("description", "商品详情", "商品描述", "宝贝描述", "描述", "详情", "details",
                    "product description"),
    "category": ("category", "类目", "商品类目", "分类"),
    "brand": ("brand", "品牌"),
    "currency": ("currency", "币种", "货币"),
}
_RANGE = re.compile(r"^\s*(.+?)\s*[-~–—至]\s*(.+?)\s*$")


def read_csv(text: str, file: str, options: ImportOptions) -> tuple[list[Record], list[CatalogIssue]]:
    """Records from a listing CSV. Errors: a mapped column missing from the header, or no
    name/price column found (both name the file and what to set). A price range
    ("¥27.90-39.90") is read as its lower end, with a warning."""
    header, rows = read_rows(text, file)
    issues: list[CatalogIssue] = []
    mapping: dict[str, str] = {}
    for fld, col in options.columns.items():
        if fld not in FIELDS:
            issues.append(CatalogIssue(file, None, f"[knowledge.columns] {fld}",
                                       f"not a catalog field (one of {', '.join(FIELDS)})"))
        elif (found := column(header, col)) is None:
            issues.append(CatalogIssue(file, 1, f"[knowledge.columns] {fld}",
                                       f"no column {col!r} (columns: {', '.join(header)})"))
        else:
            mapping[fld] = found
    guessed = []
    for fld, names in GUESSES.items():
        if fld not in mapping and fld not in options.columns:
            taken = set(mapping.values())
            found = next((c for n in names if (c := column(header, n)) and c not in taken), None)
            if found:
                mapping[fld] = found
                guessed.append(f"{fld} = {found!r}")
    for need in ("name", "price"):
        if need not in mapping and need not in options.columns:
            issues.append(CatalogIssue(file, 1, None, f"no {need} column found; map it in "
                                       f"[knowledge.columns], e.g. {need} = \"...\" (columns: "
                                       f"{', '.join(header)})"))
    if issues:
        return [], issues
    if guessed:
        issues.append(CatalogIssue(file, 1, None, "columns guessed: " + ", ".join(guessed) +
                                   "; set [knowledge.columns] to change", warning=True))
    out: list[Record] = []
    used: set[str] = set()
    for row in rows:
        data: dict[str, Any] = {}
        for fld, col in mapping.items():
            cell = row.cells.get(col.casefold(), "")
            if cell:
                data[fld] = cell
        hint = None
        for fld in ("price", "list_price"):
            if (m := _RANGE.match(data.get(fld, ""))) and re.search(r"\d", m[2]):
                data[fld] = m[1]
                try:
                    hint = parse_money(m[2])[1]  # "27.90-39.90元": the mark is on the high end
                except ValueError:
                    pass
                issues.append(CatalogIssue(file, row.line, mapping[fld], f"a price range "
                                           f"{m[0].strip()!r}: the lowest, {m[1]}, is used",
                                           warning=True))
        if "sku" not in data and data.get("name"):
            sku = slug(data["name"])[:40]
            n = 2
            while sku in used:
                sku, n = f"{slug(data['name'])[:40]}-{n}", n + 1
            if n > 2:  # a repeated row in a scraped sheet: two products a viewer cannot tell apart
                issues.append(CatalogIssue(file, row.line, mapping["name"], f"{data['name']!r} "
                                           f"is named as on an earlier row; SKU {sku} made",
                                           warning=True))
            data["sku"] = sku
        used.add(str(data.get("sku")))
        labels: dict[Loc, str] = {(fld,): col for fld, col in mapping.items()}
        out.append(Record(data, row.line, labels=labels, currency=hint))
    if "sku" not in mapping and out:
        issues.append(CatalogIssue(file, 1, None, "no SKU column; SKUs made from the names",
                                   warning=True))
    return out, issues
