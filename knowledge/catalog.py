"""The product catalog: a pydantic `Product` model and loaders for CSV, JSON and YAML.

Every error a catalog author can cause names the file, line and field, e.g.
``catalog.csv:14: price: not a number: '8 9'``. Loading collects *all* errors and raises one
`CatalogError`; a caller never gets a partly loaded catalog.

YAML/JSON layout: a list of products, or a mapping with a ``products`` (``policies``) list.
CSV layout: one product per row; list cells (aliases, tags) split on ``|``; ``specs`` is
``group.key=value; key=value`` (no group → "general"); ``faq`` is ``Q => A || Q => A``;
``description_zh`` holds the Chinese description.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from .facts import ProductFacts, to_money
from .text import detect_lang

# -- models ---------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")


def _money(v: Any) -> Any:
    if v is None or isinstance(v, Decimal):
        return v
    if isinstance(v, bool):
        raise ValueError(f"not a number: {v!r}")
    if isinstance(v, int | float):
        v = str(v)
    if isinstance(v, str):
        s = v.strip()
        if not _NUMBER_RE.match(s):
            raise ValueError(f"not a number: {v!r}")
        try:
            return to_money(s)
        except InvalidOperation:
            raise ValueError(f"not a number: {v!r}") from None
    raise ValueError(f"not a number: {v!r}")


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


class Product(BaseModel):
    """One catalog row. ``price``/``stock`` here are the catalog's starting values; the live
    numbers are in `knowledge.facts.Facts`."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    sku: str
    name: str
    name_zh: str | None = None
    aliases: list[str] = []
    category: str = ""
    brand: str = ""
    price: Decimal
    list_price: Decimal | None = None
    currency: str = "CNY"
    unit: str = "each"
    stock: int = 0
    per_viewer_limit: int | None = None
    specs: dict[str, dict[str, str]] = {}  # group → key → value
    description: dict[str, str] = {}  # lang → text
    faq: list[FaqItem] = []
    tags: list[str] = []

    @field_validator("sku", mode="before")
    @classmethod
    def _sku(cls, v: Any) -> Any:
        if isinstance(v, int | float) and not isinstance(v, bool):
            v = str(v)
        if isinstance(v, str) and (not v.strip() or re.search(r"\s", v.strip())):
            raise ValueError(f"must be non-empty without spaces: {v!r}")
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v:
            raise ValueError("must not be empty")
        return v

    _price = field_validator("price", "list_price", mode="before")(lambda cls, v: _money(v))

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

    @field_validator("stock", "per_viewer_limit", mode="before")
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
    def _desc(cls, v: Any) -> Any:
        return _localized(v)

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

    @model_validator(mode="after")
    def _prices(self) -> Product:
        if self.list_price is None:
            self.list_price = self.price
        elif self.list_price < self.price:
            raise ValueError(f"list_price: lower than price ({self.list_price} < {self.price})")
        return self

    def names(self) -> list[str]:
        """Every string a viewer might call this product by."""
        return [n for n in [self.name, self.name_zh, *self.aliases, self.sku] if n]

    def facts(self) -> ProductFacts:
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


def _scalar(v: Any) -> str:
    if v is None or v == "":
        raise ValueError("spec value is empty (in YAML, quote values that contain commas)")
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
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
    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
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
class _Record:
    data: Any
    line: int
    lines: dict[tuple, int] = field(default_factory=dict)  # loc path → line

    def line_of(self, loc: tuple) -> int:
        # The deepest known prefix of the path: a field's own line if we have it.
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.lines:
                return self.lines[loc[:n]]
        return self.line


def _records(path: Path, key: str) -> Iterator[_Record]:
    text = path.read_text(encoding="utf-8-sig")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _csv_records(text)
    elif suffix in (".yaml", ".yml"):
        yield from _yaml_records(text, key, path.name)
    elif suffix == ".json":
        yield from _json_records(text, key, path.name)
    else:
        raise CatalogError([CatalogIssue(path.name, None, None, f"unknown format {suffix!r}")])


def _csv_records(text: str) -> Iterator[_Record]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    start = 2  # line 1 is the header; a quoted cell may span lines, so track row starts
    for row in reader:
        extra = row.pop(None, None)  # type: ignore[call-overload]
        data: dict[str, Any] = {}
        for col, cell in row.items():
            if cell is None or not cell.strip():
                continue
            col = col.strip()
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
        yield _Record(data, start)
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


def _yaml_records(text: str, key: str, file: str) -> Iterator[_Record]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        raise CatalogError([CatalogIssue(file, line, None, f"YAML: {e.problem}")]) from None
    if root is None:
        return
    items = _top_list(data, key, file)
    node = root
    if isinstance(root, yaml.MappingNode):
        node = next(v for k, v in root.value if k.value == key)
    if not isinstance(node, yaml.SequenceNode):
        raise CatalogError([CatalogIssue(file, node.start_mark.line + 1, key, "expected a list")])
    for item_node, item in zip(node.value, items, strict=True):
        lines: dict[tuple, int] = {}
        _yaml_lines(item_node, (), lines)
        yield _Record(item, item_node.start_mark.line + 1, lines)


def _yaml_lines(node: yaml.Node, path: tuple, out: dict[tuple, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            _yaml_lines(v, (*path, str(k.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _yaml_lines(v, (*path, i), out)


def _json_records(text: str, key: str, file: str) -> Iterator[_Record]:
    lines: dict[tuple, int] = {}
    try:
        data = _JsonLines(text).parse(lines)
    except json.JSONDecodeError as e:
        raise CatalogError([CatalogIssue(file, e.lineno, None, f"JSON: {e.msg}")]) from None
    items = _top_list(data, key, file)
    prefix: tuple = (key,) if isinstance(data, dict) else ()
    n = len(prefix)
    per_item: dict[int, dict[tuple, int]] = {}
    for k, v in lines.items():  # one pass: group each value's line under its item
        if len(k) > n and k[:n] == prefix and isinstance(k[n], int):
            per_item.setdefault(k[n], {})[k[n + 1 :]] = v
    for i, item in enumerate(items):
        sub = per_item.get(i, {})
        yield _Record(item, sub.get((), 1), sub)


class _JsonLines:
    """A small JSON walker that records the line of every value (json.loads keeps none)."""

    _WS = " \t\n\r"

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [i for i, c in enumerate(text) if c == "\n"]
        self.decoder = json.JSONDecoder()

    def parse(self, lines: dict[tuple, int]) -> Any:
        value, end = self._value(self._ws(0), (), lines)
        if self._ws(end) != len(self.text):
            raise json.JSONDecodeError("Extra data", self.text, end)
        return value

    def _ws(self, i: int) -> int:
        while i < len(self.text) and self.text[i] in self._WS:
            i += 1
        return i

    def _expect(self, i: int, chars: str, what: str) -> int:
        i = self._ws(i)
        if i >= len(self.text) or self.text[i] not in chars:
            raise json.JSONDecodeError(f"Expecting {what}", self.text, i)
        return i

    def _value(self, i: int, path: tuple, lines: dict[tuple, int]) -> tuple[Any, int]:
        i = self._ws(i)
        lines[path] = bisect.bisect_left(self.newlines, i) + 1
        c = self.text[i : i + 1]
        if c == "{":
            obj: dict[str, Any] = {}
            i = self._ws(i + 1)
            if self.text[i : i + 1] == "}":
                return obj, i + 1
            while True:
                i = self._expect(i, '"', "property name enclosed in double quotes")
                k, i = json.decoder.scanstring(self.text, i + 1)
                i = self._expect(i, ":", "':' delimiter") + 1
                obj[k], i = self._value(i, (*path, k), lines)
                i = self._expect(i, ",}", "',' delimiter")
                if self.text[i] == "}":
                    return obj, i + 1
                i += 1
        if c == "[":
            arr: list[Any] = []
            i = self._ws(i + 1)
            if self.text[i : i + 1] == "]":
                return arr, i + 1
            while True:
                v, i = self._value(i, (*path, len(arr)), lines)
                arr.append(v)
                i = self._expect(i, ",]", "',' delimiter")
                if self.text[i] == "]":
                    return arr, i + 1
                i += 1
        return self.decoder.raw_decode(self.text, i)


# -- loading --------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {"missing": "required", "extra_forbidden": "unknown field"}


def _validate(path: Path, model: type[M], key: str, id_field: str) -> list[M]:
    file = path.name
    issues: list[CatalogIssue] = []
    out: list[M] = []
    seen: dict[str, int] = {}
    try:
        records = list(_records(path, key))
    except OSError as e:
        raise CatalogError([CatalogIssue(file, None, None, str(e.strerror or e))]) from None
    for rec in records:
        if not isinstance(rec.data, dict):
            issues.append(CatalogIssue(file, rec.line, None, "expected a mapping of fields"))
            continue
        if rec.data.pop("__extra_cells__", None):
            issues.append(CatalogIssue(file, rec.line, None, "more cells than header columns"))
        try:
            item = model.model_validate(rec.data)
        except ValidationError as e:
            for err in e.errors():
                loc = tuple(err["loc"])
                msg = err["msg"].removeprefix("Value error, ")
                msg = _MESSAGES.get(err["type"], msg)
                fld = ".".join(str(p) for p in loc) or None
                if fld is None and ": " in msg:  # model-level checks name their own field
                    fld, msg = msg.split(": ", 1)
                issues.append(CatalogIssue(file, rec.line_of(loc), fld, msg))
            continue
        ident = getattr(item, id_field)
        if ident in seen:
            issues.append(
                CatalogIssue(
                    file,
                    rec.line_of((id_field,)),
                    id_field,
                    f"duplicate {ident!r} (first on line {seen[ident]})",
                )
            )
            continue
        seen[ident] = rec.line
        out.append(item)
    if issues:
        raise CatalogError(issues)
    return out


def load_catalog(path: str | Path) -> list[Product]:
    """Load and validate every product in a .csv, .json or .yaml file (all or nothing)."""
    return _validate(Path(path), Product, "products", "sku")


def load_policies(path: str | Path) -> list[Policy]:
    """Load shop policies from .yaml/.json (a list, or a mapping with a 'policies' list)."""
    return _validate(Path(path), Policy, "policies", "id")
