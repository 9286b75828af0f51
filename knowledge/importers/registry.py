"""Which importer reads a catalog file: by ``--format``, else by its suffix and headers.

Every importer turns a file into `knowledge.catalog.Record`s in Hawker's own field names
(with the line of each row and the file's own column names for errors); validation is shared
(`knowledge.catalog.validate_records`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from ..catalog import (
    CatalogError,
    CatalogIssue,
    ImportOptions,
    Record,
    csv_records,
    json_data,
    json_records,
    yaml_records,
)
from . import listing, shopify, woocommerce
from .rows import delimiter
from .values import read_text

# name → (what it reads, reader(text, file, options) → (records, warnings))
Reader = Callable[[str, str, ImportOptions], tuple[list[Record], list[CatalogIssue]]]


def _hawker(text: str, file: str, options: ImportOptions) -> tuple[list[Record], list[CatalogIssue]]:
    suffix = file.rsplit(".", 1)[-1].lower()
    if suffix in ("yaml", "yml"):
        return list(yaml_records(text, "products", file)), []
    if suffix == "json":
        return list(json_records(text, "products", file)), []
    return list(csv_records(text)), []


FORMATS: dict[str, tuple[str, Reader]] = {
    "hawker": ("Hawker's own CSV, JSON or YAML", _hawker),
    "shopify-csv": ("Shopify product CSV export", shopify.read_csv),
    "shopify-json": ("Shopify Admin API products.json", shopify.read_json),
    "woocommerce": ("WooCommerce product CSV export", woocommerce.read_csv),
    "listing": ("a marketplace listing CSV, columns mapped in [knowledge.columns]", listing.read_csv),
}


def read_text_or_fail(path: Path) -> str:
    """The file's text, or `CatalogError` with one line naming the file (never a traceback)."""
    try:
        return read_text(path)
    except OSError as e:
        raise CatalogError([CatalogIssue(path.name, None, None, str(e.strerror or e))]) from None
    except ValueError as e:
        msg = str(e)
        line = int(msg.split(":")[0].removeprefix("line ")) if msg.startswith("line ") else None
        raise CatalogError([CatalogIssue(path.name, line, None, msg.split(": ", 1)[-1])]) from None


def csv_header(text: str) -> list[str]:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text))
        return [h.strip() for h in next(reader, [])]
    except csv.Error:
        return []


def detect_format(path: Path, text: str, options: ImportOptions) -> str:
    """The importer for a file: JSON with Shopify's ``variants``/``body_html`` → shopify-json;
    a CSV whose header has Shopify's Handle and Title, WooCommerce's Type and Regular price,
    or Hawker's sku/name/price columns → that format; any other CSV → listing."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "hawker"
    if suffix == ".json":
        return "shopify-json" if shopify.looks_like_json(json_data(text, path.name, {})) else "hawker"
    if suffix not in (".csv", ".tsv", ".txt"):  # .txt: Excel's "Unicode Text" (UTF-16, tabs)
        raise CatalogError([CatalogIssue(path.name, None, None, f"unknown format {suffix!r}; "
                                         f"use --format ({', '.join(FORMATS)})")])
    header = {h.casefold() for h in csv_header(text)}
    if shopify.looks_like_csv(header):
        return "shopify-csv"
    if woocommerce.looks_like_csv(header):
        return "woocommerce"
    if {"sku", "name", "price"} <= header and not options.columns:
        return "hawker"
    return "listing"


def read_catalog(
    path: Path, format: str | None, options: ImportOptions
) -> tuple[list[Record], list[CatalogIssue]]:
    """Records and importer warnings for a catalog file; `CatalogError` (one line naming the
    file) for an unreadable file, an unknown format or a layout the importer cannot read."""
    if format is not None and format not in FORMATS:
        raise CatalogError([CatalogIssue(path.name, None, None, f"unknown --format {format!r}; "
                                         f"one of {', '.join(FORMATS)}")])
    if path.suffix.lower() in (".xlsx", ".xls", ".ods", ".numbers"):
        raise CatalogError([CatalogIssue(path.name, None, None, "a spreadsheet workbook: save "
                                         "it as CSV (UTF-8) and ingest that file")])
    text = read_text_or_fail(path)
    if not text.strip():
        raise CatalogError([CatalogIssue(path.name, None, None, "the file is empty")])
    name = format or detect_format(path, text, options)
    return FORMATS[name][1](text, path.name, options)
