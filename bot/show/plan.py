"""The show plan: a YAML file, validated into pydantic models.

    show:      {name, autostart, low_stock, countdown: [5m, 1m, 10s], next_notice: 30s}
    segments:  [{product, duration, talking_points, promotion, low_stock, next_on_sold_out, draw}]
    promotions: [{id, skus, kind, value, code, at, until, flash, stock_cap, per_viewer_limit,
                  roles}]
    messages:  [{text, every, min_lines}]

Times are durations (90s, 4m, 1m30s): `at`/`until` count from the show's start, a segment's
`promotion.lasts` and `draw.at` from the segment's start. Every error names file:line: field.
Plan text never states money: prices come only from live facts when a message is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from knowledge import quantities
from knowledge.quantities import Count
from knowledge.sourcefile import Loc, SourceError, field_errors, field_pointer, parse_yaml

# Money written into plan text would go stale the moment a price changes.
_MONEY = re.compile(r"[¥$€£]\s*\d|\d\s*(?:元|块|yuan|rmb|cny|usd)\b|\d\s*(?:元|块)", re.IGNORECASE)


class PlanError(ValueError):
    """A malformed plan; `issues` are `file:line: field: message` strings."""

    def __init__(self, issues: list[str]) -> None:
        self.issues = issues
        super().__init__("\n".join(issues))


def _seconds(v: Any, *, above: bool = False) -> float | None:
    # knowledge.quantities is the one judge of durations: finite, in range, not a boolean.
    return v if v is None else quantities.seconds(v, above=above)


def _no_money(text: str) -> str:
    if _MONEY.search(text):
        raise ValueError("states a price; prices come from live facts, not the plan")
    return text


Seconds = float
# Promotion values (a percent or a fixed price): finite and positive; see knowledge.quantities.
_Value = Annotated[float, BeforeValidator(
    lambda v: quantities.number(v, minimum=0, maximum=float(quantities.MAX_MONEY), above=True))]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Localized(_Model):
    """Text per language; a plain string in the file means the show's first language."""

    texts: dict[str, str]

    def get(self, lang: str, fallback: str) -> str:
        return self.texts.get(lang) or self.texts.get(fallback) or next(iter(self.texts.values()))


def _localized(v: Any) -> Any:
    if isinstance(v, str):
        v = {"*": v}
    if isinstance(v, dict):
        if not v:
            raise ValueError("must not be empty")
        return {"texts": {str(k): _no_money(str(t)) for k, t in v.items()}}
    return v


class ShowSettings(_Model):
    name: str = "Live show"
    # Start as soon as the runner starts; otherwise a moderator types `!show start`.
    autostart: bool = False
    low_stock: Count = 100
    countdown: list[Seconds] = Field(default_factory=lambda: [300.0, 60.0, 10.0])
    # "Up next" this long before a segment's planned end.
    next_notice: Seconds = 30.0

    _secs = field_validator("next_notice", mode="before")(lambda cls, v: _seconds(v))

    @field_validator("countdown", mode="before")
    @classmethod
    def _marks(cls, v: Any) -> Any:
        if isinstance(v, list):
            return sorted((_seconds(x) for x in v), reverse=True)
        return v


class PromotionSpec(_Model):
    """What a promotion gives; knowledge.facts.Promotion holds it live."""

    kind: Literal["percent", "fixed_price"] = "percent"
    value: _Value
    code: str | None = None
    stock_cap: Annotated[Count, Field(ge=1)] | None = None
    per_viewer_limit: Annotated[Count, Field(ge=1)] | None = None
    roles: list[str] | None = None
    label: str = ""

    @model_validator(mode="after")
    def _value(self) -> PromotionSpec:
        if self.kind == "percent" and not 0 < self.value < 100:
            raise ValueError("value: a percent must be between 0 and 100")
        if self.kind == "fixed_price" and self.value != round(self.value, 2):
            # ¥0.001 would be said as ¥0.00: a price is in cents, as in the shop's webhooks
            raise ValueError(f"value: a fixed price is in cents, not {self.value:g}")
        return self

    @field_validator("roles")
    @classmethod
    def _roles(cls, v: list[str] | None) -> list[str] | None:
        from bot.events import Role

        for r in v or []:
            Role.parse(r)
        return [r.lower() for r in v] if v is not None else None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[A-Za-z0-9_-]{2,32}", v):
            raise ValueError("a code is 2-32 letters, digits, - or _")
        return v


class SegmentPromotion(PromotionSpec):
    """Goes live with its segment; ends with it, or after `lasts` (a flash sale, counted down)."""

    id: str | None = None
    lasts: Seconds | None = None

    _secs = field_validator("lasts", mode="before")(lambda cls, v: _seconds(v))


class StandalonePromotion(PromotionSpec):
    id: str
    skus: list[str] = Field(min_length=1)
    at: Seconds = 0.0
    until: Seconds
    # A flash sale gets a start announcement with its deadline and countdown marks.
    flash: bool = False

    _secs = field_validator("at", "until", mode="before")(lambda cls, v: _seconds(v))

    @field_validator("skus", mode="before")
    @classmethod
    def _one(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @model_validator(mode="after")
    def _window(self) -> StandalonePromotion:
        if self.until <= self.at:
            raise ValueError(f"until: must be after at ({self.until:g}s <= {self.at:g}s)")
        return self


class DrawSlot(_Model):
    prize: str
    winners: Annotated[Count, Field(ge=1, le=1000)] = 1
    keyword: str
    open_for: Seconds
    at: Seconds = 0.0  # from the segment's start

    _open_for = field_validator("open_for", mode="before")(
        lambda cls, v: _seconds(v, above=True))  # 0s would silently become the default
    _secs = field_validator("at", mode="before")(lambda cls, v: _seconds(v))

    @field_validator("prize", "keyword")
    @classmethod
    def _text(cls, v: str) -> str:
        if not v:
            raise ValueError("must not be empty")
        return _no_money(v)


class Segment(_Model):
    product: str
    duration: Seconds
    talking_points: list[str] = Field(default_factory=list)
    promotion: SegmentPromotion | None = None
    # Stock at or below this is announced as "only N left" (default: the show's).
    low_stock: Count | None = None
    next_on_sold_out: bool = True
    draw: DrawSlot | None = None

    _secs = field_validator("duration", mode="before")(lambda cls, v: _seconds(v, above=True))

    @field_validator("talking_points")
    @classmethod
    def _points(cls, v: list[str]) -> list[str]:
        return [_no_money(p) for p in v]


class TimedMessage(_Model):
    text: Localized
    every: Seconds
    # Viewers' chat lines needed since this message last went out (not the bot's or host's).
    min_lines: Count = 0

    _text = field_validator("text", mode="before")(lambda cls, v: _localized(v))
    _secs = field_validator("every", mode="before")(lambda cls, v: _seconds(v))

    @field_validator("every")
    @classmethod
    def _positive(cls, v: float) -> float:
        if v < 10:
            raise ValueError("must be at least 10s")
        return v


class ShowPlan(_Model):
    show: ShowSettings = Field(default_factory=ShowSettings)
    segments: list[Segment] = Field(min_length=1)
    promotions: list[StandalonePromotion] = Field(default_factory=list)
    messages: list[TimedMessage] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> ShowPlan:
        seen: set[str] = set()
        for pid in self.promotion_ids():
            if pid in seen:
                raise ValueError(f"promotion id {pid!r} is used twice")
            seen.add(pid)
        return self

    def segment_promotion_id(self, index: int) -> str | None:
        seg = self.segments[index]
        if seg.promotion is None:
            return None
        return seg.promotion.id or f"seg{index + 1}-{seg.product}"

    def promotion_ids(self) -> list[str]:
        ids = [self.segment_promotion_id(i) for i in range(len(self.segments))]
        return [i for i in ids if i] + [p.id for p in self.promotions]

    @property
    def planned_length(self) -> float:
        return sum(s.duration for s in self.segments)

    def low_stock_for(self, index: int) -> int:
        seg = self.segments[index]
        return self.show.low_stock if seg.low_stock is None else seg.low_stock


# -- loading with line numbers -----------------------------------------------------------------


def _field(loc: Loc) -> str:
    # "texts" is the wrapper field of a message's languages, not something the file says.
    return field_pointer(loc, skip=lambda part: part == "texts") or "(top level)"


def parse_plan(
    text: str, source: str = "<plan>", known_skus: Iterable[str] | None = None
) -> ShowPlan:
    """Validate a plan's YAML text (and, given the catalog's SKUs, every product it names).

    PlanError lists every problem as `file:line: field: message`."""
    try:
        parsed = parse_yaml(text, source)
    except SourceError as err:
        raise PlanError([str(err)]) from None
    data = parsed.data
    if not isinstance(data, dict):
        raise PlanError([f"{source}:1: expected a mapping with 'segments:'"])

    def issue(loc: Loc, msg: str) -> str:
        return f"{source}:{parsed.line_of(loc)}: {_field(loc)}: {msg}"

    if parsed.duplicates:
        raise PlanError([f"{source}:{line}: {_field(loc)}: written twice (the first would be "
                         "lost)" for line, loc in parsed.duplicates])

    try:
        plan = ShowPlan.model_validate(data)
    except ValidationError as err:
        raise PlanError([issue(e.loc, e.reason) for e in field_errors(err)]) from None
    if known_skus is not None:
        known = set(known_skus)
        issues = [
            issue(("segments", i, "product"), f"unknown product {seg.product!r}")
            for i, seg in enumerate(plan.segments)
            if seg.product not in known
        ]
        issues += [
            issue(("promotions", i, "skus", j), f"unknown product {sku!r}")
            for i, promo in enumerate(plan.promotions)
            for j, sku in enumerate(promo.skus)
            if sku not in known
        ]
        if issues:
            raise PlanError(issues)
    return plan


def load_plan(path: str | Path, known_skus: Iterable[str] | None = None) -> ShowPlan:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM is fine
    except OSError as err:
        raise PlanError([f"{path}: cannot read the show plan: {err.strerror}"]) from None
    except UnicodeDecodeError as err:
        from bot.config import not_text

        raise PlanError([not_text(path, err)]) from None
    return parse_plan(text, str(path), known_skus)
