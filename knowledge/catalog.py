"""The product catalog: a pydantic `Product` model and loaders for CSV, JSON and YAML.

Every error a catalog author can cause names the file, line and field, e.g.
``catalog.csv:14: price: not a number: '8 9'``. Loading collects *all* errors and raises one
`CatalogError`; a caller never gets a partly loaded catalog.

YAML/JSON layout: a list of products, or a mapping with a ``products`` (``policies``) list.
CSV layout: one product per row; list cells (aliases, tags) split on ``|``; ``specs`` is
``group.key=value; key=value`` (no group → "general"); ``faq`` is ``Q => A || Q => A``;
``description_zh`` holds the Chinese description. A product may list ``variants`` (sku,
options, price, list_price, stock); an empty stock means "not tracked".

Shop exports (Shopify, WooCommerce, listings) are read by `knowledge.importers` into the same
`Record`s and validated here. Problems that lose nothing (a negative stock clamped to 0, a
list price below the price ignored, a repeated FAQ or sentence kept once, an assumed
currency) are warnings, ``file:line: warning: field: message``, not errors.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from . import quantities
from .facts import ProductFacts, to_money
from .importers.values import html_to_text, parse_money
from .sourcefile import Loc, SourceError, field_errors, parse_json, parse_yaml
from .text import detect_lang

# -- models ---------------------------------------------------------------------------------


def _money(v: Any) -> Any:
    """A price cell → Decimal cents. Accepts what shops write: ``"¥27.90"``, ``"27,90"``,
    ``"1,299.00"`` (the currency mark is read by the loader, see `importers.values`); then
    `knowledge.quantities` judges the amount: finite, in range, no "-0". Raises ValueError
    for sub-cent digits or three after a lone dot ("1.299", "1.500": a European thousands
    separator?) rather than guess."""
    if v is None:
        return None
    if isinstance(v, str):
        if not v.strip():
            return None
        written, (v, _) = v, parse_money(v)
        if re.fullmatch(r"-?\d{1,3}\.\d{3}", v):  # "1.299 €" is 1299 in Europe, not 1.30
            raise ValueError(f"ambiguous: {written!r} (a thousands separator? write "
                             f"{v.replace('.', '')} or {to_money(v)})")
    amount = quantities.money(v)
    if amount != to_money(amount):
        raise ValueError(f"ambiguous: {v!r} (money is in cents: write {to_money(amount)})")
    return to_money(amount)


# Stock cells that say "not known": the same as an empty cell (not tracked).
_UNKNOWN = {"", "n/a", "na", "-", "–", "—", "none", "null"}


def _stock(v: Any, info: ValidationInfo) -> Any:
    """Stock: a whole number ("1,000" too), or None when the shop does not track it (an empty
    cell, "N/A", "-"). A negative count (an oversold variant) is clamped to 0 and reported as a
    warning."""
    if v is None or (isinstance(v, str) and v.strip().casefold() in _UNKNOWN):
        return None
    if isinstance(v, str):
        text = v.strip()
        if re.fullmatch(r"-?\d{1,3}([, \u00a0]\d{3})+", text):  # "1,000" as spreadsheets write it
            text = re.sub(r"[, \u00a0]", "", text)
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):  # 1000 in Europe, 1 from a float
            raise ValueError(f"ambiguous: {v!r} (write {text.replace('.', '')} or "
                             f"{int(float(text))})")
        if not re.fullmatch(r"-?\d+(\.0+)?", text):
            raise ValueError(f"not a whole number >= 0: {v!r}")
        v = int(float(text))
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"not a whole number >= 0: {v!r}")
    if v < 0:
        variant = info.data.get("sku") if "options" in info.data else None
        _note(info, "stock", f"negative stock {v} (oversold?) counted as 0", variant)
        return 0
    return v


def _note(info: ValidationInfo, field_name: str, message: str, variant: str | None = None) -> None:
    """A warning found while validating, collected by the loader through the context as
    (field, message, variant SKU or None) so it can name the line."""
    if isinstance(info.context, dict):
        info.context.setdefault("notes", []).append((field_name, message, variant))


def _localized(v: Any) -> Any:
    """A plain string becomes {detected_lang: text}; a mapping is kept as lang → text."""
    if v is None:
        return {}
    if isinstance(v, str):
        return {detect_lang(v): v} if v.strip() else {}
    return v


class FaqItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str
    answer: str
    lang: str | None = None

    @model_validator(mode="after")
    def _lang(self) -> FaqItem:
        if not self.question.strip() or not self.answer.strip():
            raise ValueError("question and answer must not be empty")
        if self.lang is None:
            self.lang = detect_lang(self.question + self.answer)
        return self


YES_NO = {"yes": True, "no": False, "true": True, "false": False, "是": True, "否": False,
           "有": True, "无": False, "y": True, "n": False}


class Variant(BaseModel):
    """One purchasable version of a product (a Shopify variant, a WooCommerce variation).

    ``options``: option name → value, e.g. ``{"Color": "Blue", "Size": "L"}``. ``price``,
    ``list_price`` (compare-at / regular price) and ``stock`` default to the product's; stock
    None means the shop does not track it. ``sku`` is the key of its live facts.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    sku: str
    options: dict[str, str]
    price: Decimal | None = None
    list_price: Decimal | None = None
    stock: int | None = None

    _sku = field_validator("sku", mode="before")(lambda cls, v: _sku_value(v))
    _price = field_validator("price", "list_price", mode="before")(lambda cls, v: _money(v))
    _count = field_validator("stock", mode="before")(lambda cls, v, info: _stock(v, info))

    @field_validator("options", mode="before")
    @classmethod
    def _opts(cls, v: Any) -> Any:
        if isinstance(v, dict):
            v = {str(k).strip(): _scalar(x).strip() for k, x in v.items()}
            if not v or not all(v.values()):
                raise ValueError("every option needs a value")
        return v

    @property
    def title(self) -> str:
        """The options as a shopper says them: "Blue, L"; a yes/no option by its name
        ("Blue, Logo" / "Blue, no Logo")."""
        return self.titled()

    def titled(self, said: Mapping[str, Mapping[str, str]] | None = None, sep: str = ", ") -> str:
        """The title with each value as `said` gives it (option → value → words), joined by
        `sep` ("，" for the Chinese title)."""
        parts = []
        for name, value in self.options.items():
            flag = YES_NO.get(value.casefold())
            parts.append((said or {}).get(name, {}).get(value, with_option(name, value))
                         if flag is None else name if flag else f"no {name}")
        return sep.join(parts)


# An option value that is a bare number, with what it stands for in brackets: Size "4 (9-14
# kg)", Stage "2" (groups: the number, the bracket's text)
NUMBER_LED = re.compile(r"^(\d{1,3})(?:\s*\(([^)]*)\))?$")


def with_option(name: str, value: str) -> str:
    """A value that is a bare number (`NUMBER_LED`), said with its option's name: Size "2 (3-6
    kg)" → "Size 2 (3-6 kg)", Stage "1" → "Stage 1"; any other value as it is."""
    return f"{name} {value}" if NUMBER_LED.match(value.strip()) else value


def _sku_value(v: Any) -> Any:
    if isinstance(v, int | float) and not isinstance(v, bool):
        v = str(v)
    if isinstance(v, str) and (not v.strip() or re.search(r"\s", v.strip())):
        raise ValueError(f"must be non-empty without spaces: {v!r}")
    return v


class Product(BaseModel):
    """One catalog product. ``price``/``stock`` here are the catalog's starting values; the
    live numbers are in `knowledge.facts.Facts`. ``stock`` None: not tracked (never "sold
    out"). With ``variants``, ``price`` defaults to the cheapest variant's and ``stock`` to
    their sum (None if any is untracked); each variant has facts of its own under its SKU."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    sku: str
    name: str
    name_zh: str | None = None
    aliases: list[str] = []
    category: str = ""
    brand: str = ""
    price: Decimal = None  # type: ignore[assignment]  # required; from the variants if absent
    list_price: Decimal | None = None
    currency: str = "CNY"
    unit: str = "each"
    stock: int | None = None
    per_viewer_limit: int | None = None
    specs: dict[str, dict[str, str]] = {}  # group → key → value
    description: dict[str, str] = {}  # lang → text
    faq: list[FaqItem] = []
    tags: list[str] = []
    variants: list[Variant] = []

    _sku = field_validator("sku", mode="before")(lambda cls, v: _sku_value(v))

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v:
            raise ValueError("must not be empty")
        return v

    @field_validator("price", "list_price", mode="wrap")
    @classmethod
    def _price(cls, v: Any, handler: Any) -> Any:
        v = _money(v)
        return None if v is None else handler(v)  # None: checked with the variants below

    @field_validator("price", "list_price")
    @classmethod
    def _non_negative(cls, v: Decimal | None) -> Decimal | None:
        if v is not None and v < 0:
            raise ValueError(f"must not be negative: {v}")
        return v

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z]{3}", v):
            raise ValueError(f"not a 3-letter currency code: {v!r}")
        return v.upper()

    _stock = field_validator("stock", mode="before")(lambda cls, v, info: _stock(v, info))

    @field_validator("per_viewer_limit", mode="before")
    @classmethod
    def _count(cls, v: Any) -> Any:
        if v is None:
            return v
        if isinstance(v, str) and v.strip():
            if not re.fullmatch(r"\d+", v.strip()):
                raise ValueError(f"not a whole number >= 0: {v!r}")
            return int(v)
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise ValueError(f"not a whole number >= 0: {v!r}")
        return v

    @field_validator("aliases", "tags", mode="before")
    @classmethod
    def _list(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [x.strip() for x in v.split("|") if x.strip()]
        if isinstance(v, list):
            return [str(x) for x in v]
        return v

    @field_validator("description", mode="before")
    @classmethod
    def _desc(cls, v: Any, info: ValidationInfo) -> Any:
        v = _localized(v)
        if not isinstance(v, dict):
            return v
        out = {}
        for lang, text in v.items():
            text = html_to_text(str(text))
            kept = _unique_sentences(text)
            if kept != text:
                _note(info, "description", "a sentence is repeated; kept once")
            out[lang] = kept
        return out

    @field_validator("specs", mode="before")
    @classmethod
    def _specs(cls, v: Any) -> Any:
        # Flat `key: value` entries go to group "general"; nested mappings are groups.
        if not isinstance(v, dict):
            return v
        out: dict[str, dict[str, str]] = {}
        for k, val in v.items():
            if isinstance(val, dict):
                out.setdefault(str(k), {}).update({str(a): _scalar(b) for a, b in val.items()})
            else:
                out.setdefault("general", {})[str(k)] = _scalar(val)
        return out

    @field_validator("faq")
    @classmethod
    def _faq_once(cls, v: list[FaqItem], info: ValidationInfo) -> list[FaqItem]:
        seen: set[tuple[str, str]] = set()
        out = []
        for item in v:
            key = (_fold(item.question), _fold(item.answer))
            if key in seen:
                _note(info, "faq", f"{item.question!r} is listed twice; kept once")
                continue
            seen.add(key)
            out.append(item)
        return out

    @model_validator(mode="after")
    def _prices(self, info: ValidationInfo) -> Product:
        if self.variants:
            for v in self.variants:
                if v.price is None:
                    v.price = self.price
                if v.price is None:
                    raise ValueError(f"price: required (variant {v.sku})")
                v.list_price = self._list_price(v.list_price, v.price, info, v.sku)
            seen: dict[tuple[tuple[str, str], ...], str] = {}
            for v in self.variants:  # two variants one question cannot tell apart
                key = tuple(sorted(v.options.items()))
                if key in seen:
                    _note(info, "sku", f"{v.sku} has the same options as {seen[key]} "
                          f"({v.title}); a viewer cannot ask for one of them", v.sku)
                seen.setdefault(key, v.sku)
            cheapest = min(self.variants, key=lambda v: v.price or 0)
            if self.price is None:
                self.price, self.list_price = cheapest.price, cheapest.list_price
            if self.stock is None and "stock" not in self.model_fields_set:
                counts = [v.stock for v in self.variants]
                self.stock = None if None in counts else sum(c or 0 for c in counts)
        if self.price is None:
            raise ValueError("price: required")  # reported under the file's own column name
        self.list_price = self._list_price(self.list_price, self.price, info)
        return self

    @staticmethod
    def _list_price(
        lp: Decimal | None, price: Decimal, info: ValidationInfo, variant: str | None = None
    ) -> Decimal:
        if lp is None or lp == 0:  # an empty compare-at price is often exported as 0
            return price
        if lp < price:
            _note(info, "list_price", f"lower than price ({lp} < {price}); ignored, so no "
                  "discount is claimed", variant)
            return price
        return lp

    @property
    def options(self) -> dict[str, list[str]]:
        """Option name → its values in catalog order, e.g. {"Color": ["Red", "Blue"]}."""
        out: dict[str, list[str]] = {}
        for v in self.variants:
            for name, value in v.options.items():
                values = out.setdefault(name, [])
                if value not in values:
                    values.append(value)
        return out

    def names(self) -> list[str]:
        """Every string a viewer might call this product by."""
        return [n for n in [self.name, self.name_zh, *self.aliases, self.sku] if n]

    def facts(self) -> ProductFacts:
        """The product's own live-fact row (with variants: the cheapest price, total stock)."""
        return ProductFacts(
            sku=self.sku,
            name=self.name,
            name_zh=self.name_zh,
            price=self.price,
            list_price=self.list_price or self.price,
            currency=self.currency,
            unit=self.unit,
            stock=self.stock,
            per_viewer_limit=self.per_viewer_limit,
        )

    def values_in_chinese(self) -> dict[str, dict[str, str]]:
        """Option → value → the value as the listing writes it in Chinese (the value itself
        where the listing gives no Chinese list of that option)."""
        from knowledge.variants import listed_zh, numbered_zh  # (they read products: imported when used)

        return {name: dict(zip(values, listed_zh(self, name, len(values))
                               or [numbered_zh(name, v) for v in values], strict=True))
                for name, values in self.options.items()}

    def variant_facts(self) -> list[ProductFacts]:
        """One fact row per variant, named "Hoodie (Blue, Logo)", in Chinese with the values as
        the listing writes them in Chinese where it does (口红（浆果紫） for Berry Crush)."""
        in_zh = self.values_in_chinese()
        out = []
        for v in self.variants:
            zh = f"{self.name_zh}（{v.titled(in_zh, '，')}）" if self.name_zh else None
            assert v.price is not None
            out.append(ProductFacts(
                sku=v.sku, name=f"{self.name} ({v.title})", name_zh=zh, price=v.price,
                list_price=v.list_price or v.price, currency=self.currency, unit=self.unit,
                stock=v.stock, per_viewer_limit=self.per_viewer_limit))
        return out


_SENTENCE_RE = re.compile(r"(?<=[。！？；])\s*|(?<=[.!?;])\s+")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _unique_sentences(text: str) -> str:
    """The text with any sentence that already appeared dropped (unchanged if none repeat)."""
    sentences = [s for s in _SENTENCE_RE.split(text) if s.strip()]
    seen: set[str] = set()
    kept = []
    for s in sentences:
        if _fold(s) not in seen:
            seen.add(_fold(s))
            kept.append(s.strip())
    if len(kept) == len(sentences):
        return text
    return "".join(kept) if detect_lang(text) == "zh" else " ".join(kept)


def _scalar(v: Any) -> str:
    """A spec value as text. YAML and CSV values arrive as the shop wrote them (the loader
    keeps YAML's source text, so ``yes`` stays "yes", not "True"); JSON booleans say yes/no."""
    if v is None or v == "":
        raise ValueError("spec value is empty (in YAML, quote values that contain commas)")
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(_scalar(x) for x in v)
    return str(v)


class Policy(BaseModel):
    """A shop policy (shipping, returns, warranty, payment) in one or more languages."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    topic: str
    title: dict[str, str] = {}
    text: dict[str, str]
    keywords: list[str] = []
    regions: list[str] = []
    # The policy's own numbers, as the shop writes them ({free_shipping_over: "¥99"}): an answer
    # states them only as the slot {policy:free_shipping_over}, never in its own digits.
    amounts: dict[str, str] = {}

    _loc = field_validator("title", "text", mode="before")(lambda cls, v: _localized(v))

    @field_validator("text")
    @classmethod
    def _non_empty(cls, v: dict[str, str]) -> dict[str, str]:
        if not v:
            raise ValueError("must not be empty")
        return v


# -- errors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogIssue:
    """One problem in a catalog file: ``catalog.csv:14: price: not a number: '8 9'``.
    ``warning`` issues do not stop an ingest (a clamped stock, an ignored compare-at price, an
    assumed currency); they are printed as ``file:line: warning: field: message``."""

    file: str
    line: int | None
    field: str | None
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.warning:
            where += ": warning"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class CatalogError(ValueError):
    """All problems found in one catalog file; nothing from it was loaded."""

    def __init__(self, issues: list[CatalogIssue]):
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


# -- raw records with line numbers ------------------------------------------------------------


@dataclass
class Record:
    """One product (or policy) as read from a file, in Hawker's field names, before
    validation. ``lines``: field path → line; ``labels``: field path → the file's own column
    name, so errors speak the shop's terms ("Variant Price", not "variants.1.price");
    ``currency``: what the file itself says about the currency (a column, a "¥" in a price)."""

    data: Any
    line: int
    lines: dict[Loc, int] = field(default_factory=dict)  # loc path → line
    labels: dict[Loc, str] = field(default_factory=dict)  # loc path → source column
    currency: str | None = None

    def line_of(self, loc: Loc) -> int:
        # The deepest known prefix of the path: a field's own line if we have it.
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.lines:
                return self.lines[loc[:n]]
        return self.line

    def label_of(self, loc: Loc) -> str | None:
        if loc in self.labels:
            return self.labels[loc]
        if len(loc) >= 3 and loc[0] == "variants" and ("variants", "*", *loc[2:]) in self.labels:
            return self.labels[("variants", "*", *loc[2:])]
        return ".".join(str(p) for p in loc) or None


_CSV_COLUMNS = {*Product.model_fields, "description_zh"}


def csv_records(text: str) -> Iterator[Record]:
    """Hawker's own CSV layout: one product per row (see the module docstring)."""
    from .importers.rows import delimiter

    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter(text))
    start = 2  # line 1 is the header; a quoted cell may span lines, so track row starts
    for row in reader:
        extra = row.pop(None, None)
        data: dict[str, Any] = {}
        for col, cell in row.items():
            if cell is None or not cell.strip():
                continue
            col = col.strip()
            if col.casefold() in _CSV_COLUMNS:  # "SKU,Name,Price" as people write it
                col = col.casefold()
            if col == "specs":
                data["specs"] = _csv_specs(cell)
            elif col == "faq":
                data["faq"] = _csv_faq(cell)
            elif col in ("description", "description_zh"):
                lang = "zh" if col.endswith("_zh") else detect_lang(cell)
                data.setdefault("description", {})[lang] = cell.strip()
            else:
                data[col] = cell
        if extra:
            data["__extra_cells__"] = extra
        yield Record(data, start)
        start = reader.line_num + 1


def _csv_specs(cell: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for part in cell.split(";"):
        if "=" not in part:
            continue
        k, v = part.split("=", 1)
        group, _, key = k.strip().rpartition(".")
        out.setdefault(group or "general", {})[key] = v.strip()
    return out


def _csv_faq(cell: str) -> list[dict[str, str] | str]:
    out: list[dict[str, str] | str] = []
    for pair in cell.split("||"):
        if "=>" in pair:
            q, a = pair.split("=>", 1)
            out.append({"question": q.strip(), "answer": a.strip()})
        elif pair.strip():
            out.append(pair.strip())  # pydantic reports it as not a question/answer pair
    return out


def _top_list(data: Any, key: str, file: str) -> Any:
    if isinstance(data, dict) and key in data:
        return data[key]
    if isinstance(data, list):
        return data
    raise CatalogError([CatalogIssue(file, 1, None, f"expected a list or a '{key}:' list")])


def yaml_records(text: str, key: str, file: str) -> Iterator[Record]:
    """Items of a YAML list (or of its ``key:`` list), each with the line of every value.
    Spec values keep their source text: ``yes`` stays "yes" (YAML 1.1 would say True)."""
    try:
        parsed = parse_yaml(text, file)
    except SourceError as e:
        raise CatalogError([CatalogIssue(file, e.line, None, e.message)]) from None
    root = parsed.root
    if root is None:
        return
    items = _top_list(parsed.data, key, file)
    node = root
    prefix: Loc = ()
    if isinstance(root, yaml.MappingNode):
        node, prefix = next(v for k, v in root.value if k.value == key), (key,)
    if not isinstance(node, yaml.SequenceNode):
        raise CatalogError([CatalogIssue(file, node.start_mark.line + 1, key, "expected a list")])
    per_item = _per_item(parsed.lines, prefix)
    for i, (item_node, item) in enumerate(zip(node.value, items, strict=True)):
        if isinstance(item, dict) and isinstance(item_node, yaml.MappingNode):
            for k, v in item_node.value:
                if k.value == "specs" and isinstance(item.get("specs"), dict):
                    item["specs"] = _yaml_source(v)
        yield Record(item, item_node.start_mark.line + 1, per_item.get(i, {}))


def _per_item(lines: dict[Loc, int], prefix: Loc) -> dict[int, dict[Loc, int]]:
    """Each value's line under its item's index, with paths relative to the item."""
    n = len(prefix)
    out: dict[int, dict[Loc, int]] = {}
    for k, v in lines.items():  # one pass: group each value's line under its item
        if len(k) > n and k[:n] == prefix and isinstance(index := k[n], int):
            out.setdefault(index, {})[k[n + 1 :]] = v
    return out


def _yaml_source(node: yaml.Node) -> Any:
    """A YAML subtree with every scalar as written (no bool/number/date resolution)."""
    if isinstance(node, yaml.MappingNode):
        return {str(k.value): _yaml_source(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_yaml_source(v) for v in node.value]
    return None if node.tag.endswith(":null") else node.value


def json_data(text: str, file: str, lines: dict[Loc, int]) -> Any:
    """Parsed JSON, recording the line of every value under its path in ``lines``."""
    try:
        parsed = parse_json(text, file)
    except SourceError as e:
        raise CatalogError([CatalogIssue(file, e.line, None, e.message)]) from None
    lines.update(parsed.lines)
    return parsed.data


def json_records(text: str, key: str, file: str) -> Iterator[Record]:
    lines: dict[Loc, int] = {}
    data = json_data(text, file, lines)
    items = _top_list(data, key, file)
    per_item = _per_item(lines, (key,) if isinstance(data, dict) else ())
    for i, item in enumerate(items):
        sub = per_item.get(i, {})
        yield Record(item, sub.get((), 1), sub)


# -- loading --------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {"missing": "required", "extra_forbidden": "unknown field"}


@dataclass
class ImportOptions:
    """What the shop's config adds to a file: ``currency`` (``[knowledge] currency``, ISO 4217),
    ``columns`` (the listing importer's mapping, Hawker field → column header, ``[knowledge.
    columns]``), ``now`` (epoch seconds; decides whether a scheduled sale price is on)."""

    currency: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    now: float | None = None

    @classmethod
    def of(cls, config: Any) -> ImportOptions:
        """From a loaded hawker.toml (`bot.config.Config`): its ``[knowledge]`` currency and
        columns."""
        k = getattr(config, "knowledge", None)
        return cls(currency=getattr(k, "currency", None), columns=dict(getattr(k, "columns", {}) or {}))


def _unknown(model: type[BaseModel], name: str) -> str:
    """ "unknown field", with the field meant when only case or a typo differs."""
    known = list(model.model_fields)
    folded = {k.casefold(): k for k in known}
    guess = folded.get(name.casefold().strip()) or next(
        iter(difflib.get_close_matches(name.casefold(), known, 1, 0.8)), None)
    return f"unknown field (did you mean {guess!r}?)" if guess else "unknown field"


def _price_currency(rec: Record) -> tuple[str | None, bool]:
    """(currency named by a mark in the record's prices, whether it was a bare "$")."""
    prices = [rec.data.get("price"), *[v.get("price") for v in rec.data.get("variants") or []
                                       if isinstance(v, dict)]]
    for cell in prices:
        if isinstance(cell, str):
            try:
                hint = parse_money(cell)[1]
            except ValueError:
                continue
            if hint:
                return hint, hint == "USD" and "US$" not in cell and "USD" not in cell
    return None, False


def _resolve_currency(
    rec: Record, options: ImportOptions, file_hint: tuple[str | None, bool]
) -> tuple[str, str | None]:
    """(currency, warning or None) for a record without its own ``currency`` field: the
    importer's word, else a mark in its prices (else in the file's), else the config, else
    CNY, assumed with a warning."""
    hint, dollar = rec.currency, False  # the importer's own word is trusted
    if hint is None:
        hint, dollar = _price_currency(rec)
    if hint is None:
        hint, dollar = file_hint
    if options.currency and (hint is None or dollar):  # "$" alone is not USD for sure
        return options.currency.upper(), None
    if hint is not None:
        return hint, ("read from the '$' in the prices as USD; set [knowledge] currency if "
                      "the shop uses another dollar") if dollar else None
    return "CNY", ("the file and the config name no currency; assumed CNY (set [knowledge] "
                   "currency, e.g. \"USD\")")


def _variant_loc(rec: Record, name: str, msg: str) -> Loc:
    """Where a model-level error about ``name`` points: a variant's own row when the message
    ends "(variant SKU)", else the product's field."""
    m = re.search(r"\(variant (.+)\)$", msg)
    variants = rec.data.get("variants") if isinstance(rec.data, dict) else None
    if m and isinstance(variants, list):
        skus = [str(v.get("sku", "")).strip() if isinstance(v, dict) else "" for v in variants]
        if m[1] in skus:
            return ("variants", skus.index(m[1]), name)
    return (name,)


def validate_records(
    file: str,
    records: list[Record],
    model: type[M],
    id_field: str,
    *,
    options: ImportOptions | None = None,
    warnings: list[CatalogIssue] | None = None,
) -> list[M]:
    """Validate every record (all or nothing): raises `CatalogError` with every problem;
    appends warnings (clamped stock, ignored compare-at price, assumed currency, a repeated
    FAQ or sentence) to ``warnings``. For products, variant SKUs share the SKU namespace."""
    options = options or ImportOptions()
    issues: list[CatalogIssue] = []
    notes: list[CatalogIssue] = []
    out: list[M] = []
    seen: dict[str, int] = {}
    assumed: set[str] = set()
    file_hint: tuple[str | None, bool] = (None, False)
    for rec in records:
        if model is Product and isinstance(rec.data, dict) and file_hint[0] is None:
            file_hint = _price_currency(rec)
    for rec in records:
        if not isinstance(rec.data, dict):
            issues.append(CatalogIssue(file, rec.line, None, "expected a mapping of fields"))
            continue
        if rec.data.pop("__extra_cells__", None):
            issues.append(CatalogIssue(file, rec.line, None, "more cells than header columns"))
        if model is Product and "currency" not in rec.data:
            rec.data["currency"], why = _resolve_currency(rec, options, file_hint)
            if why and why not in assumed:  # said once per file, at its first product
                assumed.add(why)
                notes.append(CatalogIssue(file, rec.line, "currency", why, warning=True))
        context: dict[str, Any] = {"notes": []}
        try:
            item = model.model_validate(rec.data, context=context)
        except ValidationError as e:
            for err in field_errors(e):
                loc = err.loc
                msg = _MESSAGES.get(err.kind, err.reason)
                if err.kind == "extra_forbidden" and len(loc) == 1:
                    msg = _unknown(model, str(loc[0]))
                fld = rec.label_of(loc)
                if fld is None and ": " in msg:  # model-level checks name their own field
                    name, msg = msg.split(": ", 1)
                    loc = _variant_loc(rec, name, msg)
                    fld = rec.label_of(loc)
                issues.append(CatalogIssue(file, rec.line_of(loc), fld, msg))
            continue
        variants = [v.get("sku") if isinstance(v, dict) else None
                    for v in rec.data.get("variants") or []]
        for fld, msg, variant in context["notes"]:
            loc = (fld,)
            if variant is not None and str(variant) in map(str, variants):
                loc = ("variants", [str(v) for v in variants].index(str(variant)), fld)
            notes.append(CatalogIssue(file, rec.line_of(loc), rec.label_of(loc), msg, warning=True))
        idents: list[tuple[str, Loc]] = [(getattr(item, id_field), (id_field,))]
        idents += [(v.sku, ("variants", i, "sku"))
                   for i, v in enumerate(getattr(item, "variants", []))]
        clash = False
        for ident, loc in idents:
            if ident in seen:
                issues.append(CatalogIssue(file, rec.line_of(loc), rec.label_of(loc),
                                           f"duplicate {ident!r} (first on line {seen[ident]})"))
                clash = True
            else:
                seen[ident] = rec.line_of(loc)
        if not clash:
            out.append(item)
    if issues:
        raise CatalogError(issues)
    if warnings is not None:
        warnings.extend(notes)
    return out


def load_catalog(
    path: str | Path,
    format: str | None = None,
    *,
    options: ImportOptions | None = None,
    warnings: list[CatalogIssue] | None = None,
) -> list[Product]:
    """Load and validate every product in a catalog file, all or nothing.

    ``format``: None picks the importer from the file's suffix and headers; otherwise one of
    `knowledge.importers.registry.FORMATS` ("hawker", "shopify-csv", "shopify-json",
    "woocommerce", "listing"). Raises `CatalogError` listing every problem (file:line: field:
    message), also for an empty file or one without products (it would empty the index);
    warnings go to ``warnings`` when given."""
    from .catalog_cache import validated
    from .importers.registry import read_catalog

    path = Path(path)
    options = options or ImportOptions()
    records, notes = read_catalog(path, format, options)  # importer errors are not warnings
    errors = [n for n in notes if not n.warning]
    try:
        # Validated once per content (`knowledge.catalog_cache`): seconds for a big catalog.
        products = validated(path.name, records, options, warnings, lambda found: validate_records(
            path.name, records, Product, "sku", options=options, warnings=found))
    except CatalogError as e:
        raise CatalogError(sorted(errors + e.issues, key=lambda i: i.line or 0)) from None
    if errors:
        raise CatalogError(errors)
    if not products:  # a cut-off or all-draft export would empty the whole index
        raise CatalogError([CatalogIssue(path.name, None, None, "no products in this file")])
    if warnings is not None:
        warnings[:0] = notes
    return products


def load_policies(path: str | Path) -> list[Policy]:
    """Load shop policies from .yaml/.json (a list, or a mapping with a 'policies' list)."""
    from .importers.registry import read_text_or_fail

    path = Path(path)
    text = read_text_or_fail(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        records = list(yaml_records(text, "policies", path.name))
    elif suffix == ".json":
        records = list(json_records(text, "policies", path.name))
    else:
        raise CatalogError([CatalogIssue(path.name, None, None, f"unknown format {suffix!r}")])
    return validate_records(path.name, records, Policy, "id")
