"""Shopify: the product CSV export (rows grouped by Handle) and the Admin API's products.json.

Column names follow Shopify's product CSV documentation, both the classic template ("Handle",
"Body (HTML)", "Variant Price", "Variant Inventory Tracker"…) and the 2024 one ("URL handle",
"Description", "Price", "Inventory tracker"…). Mapped: Title → name, Body → description
(HTML to text), Vendor → brand, Type (else the last level of Product Category) → category,
Tags → tags, Option1–3 → variant options, SKU/Price/Compare-at price/Inventory quantity →
each variant's sku/price/list_price/stock. A product whose only option is Shopify's
"Title: Default Title" has no variants. Inventory not tracked (empty tracker or
``inventory_management: null``) or sold when out of stock ("continue") → stock untracked.
"""

from __future__ import annotations

from typing import Any

from ..catalog import CatalogIssue, ImportOptions, Record
from ..sourcefile import Loc
from .rows import Row, read_rows
from .values import name_aliases, slug

_COLS = {
    "handle": ("Handle", "URL handle"),
    "title": ("Title",),
    "body": ("Body (HTML)", "Description", "Body HTML"),
    "vendor": ("Vendor",),
    "type": ("Type",),
    "category": ("Product Category", "Product category"),
    "tags": ("Tags",),
    "status": ("Status",),
    "sku": ("Variant SKU", "SKU"),
    "price": ("Variant Price", "Price"),
    "compare": ("Variant Compare At Price", "Compare-at price"),
    "qty": ("Variant Inventory Qty", "Inventory quantity"),
    "tracker": ("Variant Inventory Tracker", "Inventory tracker"),
    "policy": ("Variant Inventory Policy", "Continue selling when out of stock"),
    "grams": ("Variant Grams", "Weight value (grams)"),
}
_LABELS = {"price": "price", "compare": "list_price", "qty": "stock", "sku": "sku"}
_DEFAULT = ("title", "default title")  # Shopify's option for a product without variants


def looks_like_csv(header: set[str]) -> bool:
    return bool({"handle", "url handle"} & header) and "title" in header


def looks_like_json(data: Any) -> bool:
    items = data.get("products") if isinstance(data, dict) else None
    if isinstance(data, dict) and isinstance(data.get("product"), dict):
        items = [data["product"]]
    return (isinstance(items, list) and bool(items) and isinstance(items[0], dict)
            and ("body_html" in items[0] or "variants" in items[0] and "handle" in items[0]))


def _col(row: Row, key: str) -> str:
    return row.get(*_COLS[key])


def _label(header: list[str], key: str) -> str:
    folded = {h.casefold(): h for h in header}
    return next((folded[n.casefold()] for n in _COLS[key] if n.casefold() in folded), _COLS[key][0])


def _stock(tracker: str, qty: str, policy: str) -> str | None:
    """The stock cell to validate, or None when Shopify does not count this variant."""
    if not tracker or policy.casefold() in ("continue", "true"):
        return None
    return qty or None


def _json_stock(v: dict[str, Any]) -> Any:
    if not v.get("inventory_management") or v.get("inventory_policy") == "continue":
        return None
    return v.get("inventory_quantity")


def _tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def read_csv(text: str, file: str, options: ImportOptions) -> tuple[list[Record], list[CatalogIssue]]:
    """Records from a Shopify product CSV. Rows sharing a Handle are one product: its first row
    carries the product's fields and option names, every row with a price, SKU or option value
    is a variant, and image-only rows are skipped. Draft and archived products are left out
    (a warning each)."""
    header, rows = read_rows(text, file)
    labels = {k: _label(header, k) for k in _COLS}
    warnings: list[CatalogIssue] = []
    groups: dict[str, list[Row]] = {}
    for row in rows:
        handle = _col(row, "handle")
        if not handle:
            warnings.append(CatalogIssue(file, row.line, labels["handle"], "required"))
            continue
        groups.setdefault(handle, []).append(row)
    out: list[Record] = []
    for handle, group in groups.items():
        # the product's own row is the one with a Title (an image row may come first in a
        # re-sorted sheet)
        first = next((r for r in group if _col(r, "title")), group[0])
        status = _col(first, "status").casefold()
        if status in ("draft", "archived"):
            warnings.append(CatalogIssue(file, first.line, labels["status"],
                                         f"{handle!r} is {status}; left out", warning=True))
            continue
        names = [first.get(f"Option{i} Name") for i in (1, 2, 3)]
        variants: list[tuple[Row, dict[str, str]]] = []
        for row in group:
            opts = {n: row.get(f"Option{i} Value") for i, n in enumerate(names, 1) if n}
            opts = {k: v for k, v in opts.items() if v}
            if opts or _col(row, "price") or _col(row, "sku"):
                variants.append((row, opts))
        data: dict[str, Any] = {"name": _col(first, "title")}
        if aliases := name_aliases(data["name"]):
            data["aliases"] = aliases
        category = _col(first, "type") or _col(first, "category").split(">")[-1].strip()
        for key, value in (("brand", _col(first, "vendor")), ("category", category),
                           ("description", _col(first, "body")), ("tags", _tags(_col(first, "tags")))):
            if value:
                data[key] = value
        rec = Record(data, first.line, {("name",): first.line},
                     {("name",): labels["title"], ("description",): labels["body"]})
        single = len(variants) <= 1 and (
            not variants or not variants[0][1]
            or tuple(x.casefold() for x in next(iter(variants[0][1].items()))) == _DEFAULT)
        if single:
            row = variants[0][0] if variants else first
            data["sku"] = _col(row, "sku") or handle
            data["price"] = _col(row, "price") or None
            data["list_price"] = _col(row, "compare") or None
            data["stock"] = _stock(_col(row, "tracker"), _col(row, "qty"), _col(row, "policy"))
            for key, fld in _LABELS.items():
                rec.lines[(fld,)] = row.line
                rec.labels[(fld,)] = labels[key]
            if grams := _col(row, "grams"):
                if grams.replace(".", "", 1).isdigit() and float(grams) > 0:
                    data["specs"] = {"shipping": {"weight": f"{grams} g"}}
        else:
            data["sku"] = handle
            data["variants"] = []
            for i, (row, opts) in enumerate(variants):
                data["variants"].append({
                    "sku": _col(row, "sku") or f"{handle}-{slug('-'.join(opts.values()))}",
                    "options": opts or {"Option": "default"},
                    "price": _col(row, "price") or None,
                    "list_price": _col(row, "compare") or None,
                    "stock": _stock(_col(row, "tracker"), _col(row, "qty"), _col(row, "policy")),
                })
                rec.lines[("variants", i)] = row.line
            for key, fld in _LABELS.items():
                rec.labels[("variants", "*", fld)] = labels[key]
            rec.labels[("sku",)] = labels["handle"]
        rec.data = {k: v for k, v in data.items() if v is not None}
        out.append(rec)
    return out, warnings


def _presentment(items: list[Any]) -> str | None:  # the API's JSON, unchecked
    """The shop's currency as the API's presentment prices state it (one shop, one currency)."""
    for p in items:
        for v in (p.get("variants") or []) if isinstance(p, dict) else []:
            for pp in (v.get("presentment_prices") or []) if isinstance(v, dict) else []:
                code = (pp.get("price") or {}).get("currency_code") if isinstance(pp, dict) else None
                if code:
                    return str(code)
    return None


def read_json(text: str, file: str, options: ImportOptions) -> tuple[list[Record], list[CatalogIssue]]:
    """Records from the Admin API's ``GET /products.json`` body (``{"products": [...]}``, or
    one ``{"product": {...}}``). The currency comes from ``presentment_prices`` when present."""
    from ..catalog import json_data

    lines: dict[Loc, int] = {}
    root = json_data(text, file, lines)
    if isinstance(root, dict) and isinstance(root.get("product"), dict):
        key, items = "product", [root["product"]]
    elif isinstance(root, dict) and isinstance(root.get("products"), list):
        key, items = "products", root["products"]
    elif isinstance(root, list):
        key, items = "", root
    else:
        return [], [CatalogIssue(file, 1, None, 'expected {"products": [...]} as the Admin API '
                                 "returns it")]
    out: list[Record] = []
    warnings: list[CatalogIssue] = []
    for n, p in enumerate(items):
        base: Loc = (key,) if key == "product" else (key, n) if key else (n,)
        line = lines.get(base, 1)

        def at(*path: str | int, base: Loc = base, line: int = line) -> int:
            return lines.get((*base, *path), line)

        if not isinstance(p, dict):
            out.append(Record(p, line))
            continue
        handle = str(p.get("handle") or p.get("id") or f"product-{n + 1}")
        if str(p.get("status", "active")).casefold() in ("draft", "archived"):
            warnings.append(CatalogIssue(file, line, "status",
                                         f"{handle!r} is {p['status']}; left out", warning=True))
            continue
        data: dict[str, Any] = {"name": p.get("title") or ""}
        if aliases := name_aliases(data["name"]):
            data["aliases"] = aliases
        tags = p.get("tags") or []
        for k, v in (("brand", p.get("vendor")), ("category", p.get("product_type")),
                     ("description", p.get("body_html")),
                     ("tags", _tags(tags) if isinstance(tags, str) else tags)):
            if v:
                data[k] = v
        rec = Record(data, line, {("name",): at("title"), ("description",): at("body_html")},
                     {("name",): "title", ("description",): "body_html"}, _presentment(items))
        names = [str(o.get("name") or f"Option{i}") for i, o in enumerate(p.get("options") or [], 1)
                 if isinstance(o, dict)]
        variants = [v for v in p.get("variants") or [] if isinstance(v, dict)]

        def opts(v: dict[str, Any], names: list[str] = names) -> dict[str, str]:
            raw = {name: v.get(f"option{i}") for i, name in enumerate(names, 1)}
            return {k: str(x) for k, x in raw.items() if x not in (None, "")}

        if len(variants) == 1 and tuple(
                str(x).casefold() for x in next(iter(opts(variants[0]).items()), ("", ""))
        ) in (_DEFAULT, ("", "")):
            v = variants[0]
            data.update(sku=v.get("sku") or handle, price=v.get("price"),
                        list_price=v.get("compare_at_price"), stock=_json_stock(v))
            for fld, src in (("sku", "sku"), ("price", "price"), ("list_price", "compare_at_price"),
                             ("stock", "inventory_quantity")):
                rec.lines[(fld,)] = at("variants", 0, src)
                rec.labels[(fld,)] = f"variants[0].{src}"
        else:
            data["sku"] = handle
            data["variants"] = []
            for i, v in enumerate(variants):
                o = opts(v)
                data["variants"].append({
                    "sku": v.get("sku") or f"{handle}-{slug('-'.join(o.values()) or str(i + 1))}",
                    "options": o or {"Option": str(v.get("title") or i + 1)},
                    "price": v.get("price"), "list_price": v.get("compare_at_price"),
                    "stock": _json_stock(v)})
                rec.lines[("variants", i)] = at("variants", i)
            for fld, src in (("sku", "sku"), ("price", "price"), ("list_price", "compare_at_price"),
                             ("stock", "inventory_quantity")):
                rec.labels[("variants", "*", fld)] = f"variants[].{src}"
        rec.data = {k: v for k, v in data.items() if v is not None}
        out.append(rec)
    return out, warnings
