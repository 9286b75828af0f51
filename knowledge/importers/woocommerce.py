"""WooCommerce: the product CSV export (Products → Export), columns as WooCommerce's product
CSV schema documents them ("ID", "Type", "SKU", "Name", "Regular price", "Sale price", "Date
sale price starts", "In stock?", "Stock", "Parent", "Attribute 1 name"…).

Types: simple and external → a product; variable → a product whose variations (rows with
``Type`` "variation" and ``Parent`` "id:N" or the parent's SKU) are its variants; grouped →
left out (its parts are products of their own; each gets the group's name as a tag).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from ..catalog import CatalogIssue, ImportOptions, Record
from .rows import Row, read_rows
from .values import name_aliases, slug

_LABELS = {"price": "Regular price", "list_price": "Regular price", "stock": "Stock",
           "sku": "SKU", "name": "Name", "description": "Description"}


def looks_like_csv(header: set[str]) -> bool:
    return {"type", "name"} <= header and bool({"regular price", "sale price"} & header)


def _types(row: Row) -> set[str]:
    return {t.strip().casefold() for t in row.get("Type").split(",") if t.strip()}


def _date(text: str) -> float | None:
    """Epoch seconds of a sale date as WooCommerce writes it ("2024-05-01", "2024-05-01
    00:00:00", ISO 8601 with an offset) or a spreadsheet re-saves it ("2024/05/01"); None if
    unreadable. A date without an offset is local time."""
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("/", "-")).timestamp()
    except ValueError:
        return None


def _prices(row: Row, file: str, now: float, warnings: list[CatalogIssue]) -> dict[str, Any]:
    """price / list_price: the sale price while its schedule (if any) runs at ingest time,
    with the regular price as the list price; otherwise the regular price."""
    regular, sale = row.get("Regular price"), row.get("Sale price")
    if not sale:
        return {"price": regular or None}
    starts, ends = row.get("Date sale price starts"), row.get("Date sale price ends")
    t0, t1 = _date(starts) if starts else None, _date(ends) if ends else None
    if (starts and t0 is None) or (ends and t1 is None):  # the sale may be over: claim no discount
        col = "Date sale price starts" if starts and t0 is None else "Date sale price ends"
        warnings.append(CatalogIssue(file, row.line, col, f"not a date: {row.get(col)!r}; "
                                     f"the sale price {sale} is not used", warning=True))
        return {"price": regular or sale}
    if (t0 is not None and now < t0) or (t1 is not None and now >= t1):
        when = "starts " + starts if t0 is not None and now < t0 else "ended " + ends
        warnings.append(CatalogIssue(file, row.line, "Sale price", f"{sale} not used: the sale "
                                     f"{when} (ingest again when it runs)", warning=True))
        return {"price": regular or None}
    return {"price": sale, "list_price": regular or None}


def _num(text: str) -> str:
    return "0" + text if text.startswith(".") else text  # WooCommerce writes ".5" for 0.5


def _stock(row: Row) -> str | None:
    """Stock: the count when WooCommerce manages it; empty means not managed (None) unless
    "In stock?" says out of stock (0)."""
    stock = row.get("Stock")
    if stock:
        return stock
    out = row.get("In stock?").casefold() in ("0", "outofstock", "false", "no")  # Excel: FALSE
    return "0" if out else None


def _attributes(row: Row) -> list[tuple[str, list[str]]]:
    out = []
    for n in range(1, 10):
        name = row.get(f"Attribute {n} name")
        values = row.get(f"Attribute {n} value(s)")
        if name:
            out.append((name, [v.strip() for v in values.split(",") if v.strip()]))
    return out


def _specs(row: Row, attrs: list[tuple[str, list[str]]]) -> dict[str, dict[str, str]]:
    specs: dict[str, dict[str, str]] = {}
    for name, values in attrs:
        if values:
            specs.setdefault("general", {})[name] = ", ".join(values)
    if (w := row.get("Weight (kg)", "Weight (lbs)", "Weight (g)")):
        unit = next(u for u in ("kg", "lbs", "g") if row.get(f"Weight ({u})"))
        specs.setdefault("shipping", {})["weight"] = f"{_num(w)} {unit}"
    dims = [row.get(f"{d} (cm)", f"{d} (in)") for d in ("Length", "Width", "Height")]
    if all(dims):
        unit = "cm" if row.get("Length (cm)") else "in"
        specs.setdefault("shipping", {})["dimensions"] = f"{' × '.join(map(_num, dims))} {unit}"
    return specs


def read_csv(text: str, file: str, options: ImportOptions) -> tuple[list[Record], list[CatalogIssue]]:
    """Records from a WooCommerce product CSV export (see the module docstring). Drafts
    (Published -1) are left out with a warning; a variation whose parent is not in the file is
    an error naming its line."""
    now = options.now if options.now is not None else time.time()
    _, rows = read_rows(text, file)
    warnings: list[CatalogIssue] = []
    records: dict[str, Record] = {}  # parent key ("id:N" and the SKU) → record
    out: list[Record] = []
    groups: list[Row] = []
    for row in rows:
        types = _types(row)
        if "variation" in types:
            continue
        if row.get("Published") == "-1":
            warnings.append(CatalogIssue(file, row.line, "Published",
                                         f"{row.get('Name')!r} is a draft; left out", warning=True))
            continue
        if "grouped" in types:
            groups.append(row)
            continue
        attrs = _attributes(row)
        data: dict[str, Any] = {
            "sku": row.get("SKU") or (f"woo-{row.get('ID')}" if row.get("ID") else slug(row.get("Name"))),
            "name": row.get("Name"),
            "aliases": name_aliases(row.get("Name")),
            "stock": _stock(row),
        }
        if "variable" not in types:
            data.update(_prices(row, file, now, warnings))
        desc = " ".join(x for x in (row.get("Short description"), row.get("Description")) if x)
        category = row.get("Categories").split(",")[0].split(">")[-1].strip()
        tags = [t.strip() for t in row.get("Tags").split(",") if t.strip()]
        specs = _specs(row, [] if "variable" in types else attrs)
        for k, v in (("description", desc), ("category", category), ("tags", tags),
                     ("specs", specs), ("brand", row.get("Brands").split(",")[0].strip())):
            if v:
                data[k] = v
        if "variable" in types:
            data["variants"] = []
            data["__attributes__"] = attrs  # what a variation leaves empty means "any"
            if data["stock"] is None:
                del data["stock"]  # the variations' total
        rec = Record(data, row.line, labels={(k,): v for k, v in _LABELS.items()})
        if data.get("list_price"):
            rec.labels[("price",)] = "Sale price"
        for key in (f"id:{row.get('ID')}", data["sku"], row.get("SKU")):
            if key and key != "id:":
                records[key] = rec
        out.append(rec)
    errors: list[CatalogIssue] = []
    for row in rows:
        if "variation" not in _types(row):
            continue
        parent = records.get(row.get("Parent"))
        if parent is None or "variants" not in parent.data:
            errors.append(CatalogIssue(file, row.line, "Parent", f"no variable product "
                                       f"{row.get('Parent')!r} in this file"))
            continue
        attrs = _attributes(row)
        opts = {name: values[0] for name, values in attrs if values}
        variants = parent.data["variants"]
        i = len(variants)
        sku = row.get("SKU") or f"{parent.data['sku']}-{slug('-'.join(opts.values()) or str(i + 1))}"
        variants.append({"sku": sku, "options": opts or {"Option": row.get("Name") or str(i + 1)},
                         "stock": _stock(row), **_prices(row, file, now, warnings)})
        parent.lines[("variants", i)] = row.line
        for fld in ("price", "list_price", "stock", "sku"):
            parent.labels[("variants", "*", fld)] = _LABELS[fld]
    for rec in out:  # an attribute a variation leaves empty ("any size"): list all its values
        attrs = rec.data.pop("__attributes__", [])
        picks = [set(v["options"]) for v in rec.data.get("variants", [])]
        everywhere = set.intersection(*picks) if picks else set()
        for name, values in attrs:
            if name not in everywhere and values:
                used = [v["options"][name] for v in rec.data["variants"] if name in v["options"]]
                values = values + [u for u in dict.fromkeys(used) if u not in values]
                rec.data.setdefault("specs", {}).setdefault("options", {})[name] = ", ".join(values)
    for row in groups:  # a grouped product is its parts: tag them with the group's name
        parts = [p.strip() for p in row.get("Grouped products").split(",") if p.strip()]
        for part in parts:
            part_rec = records.get(part) or records.get(f"id:{part.removeprefix('id:')}")
            if part_rec is not None:
                part_rec.data.setdefault("tags", []).append(row.get("Name"))
        warnings.append(CatalogIssue(file, row.line, "Type", f"grouped product "
                                     f"{row.get('Name')!r} is sold as its parts; left out",
                                     warning=True))
    for rec in [r for r in out if r.data.get("variants") == []]:
        warnings.append(CatalogIssue(file, rec.line, "Type", f"variable product "
                                     f"{rec.data['name']!r} has no variation rows here; left out",
                                     warning=True))
        out.remove(rec)
    return out, [*errors, *warnings]

