"""Typed slots: the only way a number reaches an answer.

A composer (template or model) writes a `Draft`: its sentence with slot markers such as
``{price}``, ``{stock}``, ``{ends_in}``, ``{spec:power}`` or ``{unit_price:jin}``, plus the ids
of the passages it cites. `fill` replaces each marker with the value the facts give now
(`slot_values`: live offer, stock, limits, promotion deadline and code, catalog specs and
numbers derived from them in `knowledge.derived`, and the amounts of the shop policies on the
question's topic, ``{policy:free_shipping_over}``), with unit and the show's currency, and
records where each value went (`Filled.fills`). The verifier then denies every number-like
token outside those spans. A marker the facts cannot fill now (no code, no deadline, no weight
to price per kg) is left out and reported in `Filled.unknown`; the verifier rejects such a draft.

Literal braces in a draft are doubled (``{{``), as in `str.format`; `escape` does that for text
taken from elsewhere (a passage, a model's reply that is not meant to hold slots).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.grounds import Grounds
from knowledge import money, percent
from knowledge.derived import UNIT_BASES, pack_count, pack_grams, piece_price_text, unit_price_text

SLOT = re.compile(r"\{\{|\}\}|\{([a-z_]+(?::[^{}\s]+)?)\}")

# Slot name -> what it means, for the model's prompt (the values are never shown to it).
MEANINGS = {
    "name": "the product's name",
    "price": "the price the viewer pays now",
    "list_price": "the usual (list) price, before the discount",
    "saving": "how much the viewer saves against the list price",
    "percent": "the discount, as a percentage off the list price",
    "stock": "how many are in stock",
    "limit": "how many one viewer may buy",
    "code": "the coupon code the price needs",
    "ends_in": "how long until the offer ends",
    "unit": "what one unit is (pack size)",
    "currency": "the shop's currency (ISO 4217 code)",
    "price_low": "the lowest price among the product's options (sizes, colours) now",
    "price_high": "the highest price among the product's options now",
    "unit_price:kg": "the price per kg",
    "unit_price:jin": "the price per jin (500 g)",
    "unit_price:lb": "the price per pound",
    "unit_price:piece": "the price of one piece of a pack (one cup of 12)",
}


@dataclass(frozen=True, slots=True)
class Draft:
    """A composer's answer before the facts go in.

    `template`: the text with ``{slot}`` markers (literal braces doubled); `citations`: ids of
    the passages (`Passage.id`) its sentences rest on."""

    template: str
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fill:
    """Where slot `slot` was filled in `Filled.text`: characters [start, end)."""

    start: int
    end: int
    slot: str


@dataclass(frozen=True, slots=True)
class Filled:
    """A draft with its slots filled: `text` is what chat would see."""

    text: str
    fills: tuple[Fill, ...]
    unknown: tuple[str, ...]
    draft: Draft


def escape(text: str) -> str:
    """Text to put in a draft as is (braces doubled, so nothing in it is read as a slot)."""
    return text.replace("{", "{{").replace("}", "}}")


def product_name(grounds: Grounds) -> str:
    f = grounds.facts
    if f is None:
        return ""
    return f.name_zh if grounds.lang == "zh" and f.name_zh else f.name


# A catalog's English unit as a Chinese answer says it (每对, not 每pair)
_UNIT_ZH = {"pair": "对", "blade": "支", "piece": "件", "pack": "包", "box": "盒", "bottle": "瓶",
            "bag": "袋", "set": "套", "tube": "支", "roll": "卷", "can": "罐", "jar": "罐",
            "packet": "包", "sheet": "张", "kg": "公斤", "g": "克", "litre": "升", "liter": "升",
            "metre": "米", "meter": "米", "each": "个", "unit": "个", "bar": "支", "bulb": "只"}


def slot_values(grounds: Grounds) -> dict[str, str]:
    """Every slot the facts can fill now for this viewer, rendered: money with the show's
    currency symbol (`knowledge.facts.money`), percentages with %, durations with a unit in the
    viewer's language. Slots that do not hold now are absent (no ``list_price``/``saving``/
    ``percent`` without a discount, no ``code`` or ``ends_in`` without a promotion that has one,
    no ``stock`` when sold out, no ``limit`` without a limit)."""
    from bot.answers.composer import minutes_left  # composer imports this module

    f, o, lang = grounds.facts, grounds.offer, grounds.lang
    out: dict[str, str] = {f"policy:{k}": v for k, v in grounds.policy_amounts}
    if f is None:
        return out
    out["name"] = product_name(grounds)
    out["unit"] = _UNIT_ZH.get(f.unit.lower(), f.unit) if lang == "zh" else f.unit
    if f.tracked and f.in_stock:  # an untracked stock has no count to state
        out["stock"] = str(f.stock)
    limit = (o.promotion.per_viewer_limit if o is not None and o.promotion else None) \
        or f.per_viewer_limit
    if limit:
        out["limit"] = str(limit)
    product = grounds.product
    specs = [(k, v) for group in product.specs.values() for k, v in group.items()] if product else []
    for key, value in specs:
        out[f"spec:{_key(key)}"] = value
    if o is None:
        return out
    out["price"] = money(o.price, o.currency)
    out["currency"] = o.currency
    if grounds.price_range is not None:
        low, high = grounds.price_range
        out["price_low"], out["price_high"] = money(low.price, low.currency), money(high.price,
                                                                                     high.currency)
    if o.percent_off > 0:
        out["list_price"] = money(o.list_price, o.currency)
        out["saving"] = money(o.saving, o.currency)
        out["percent"] = percent(o.percent_off)
    if o.code:
        out["code"] = o.code
    if (minutes := minutes_left(o.ends_at, grounds.now)) is not None:
        out["ends_in"] = f"{minutes}分钟" if lang == "zh" else f"{minutes} min"
        out["minutes"] = str(minutes)  # older persona phrases: "ends in {minutes} min"
    grams = pack_grams(f.unit, specs) or pack_grams(f.name)  # "Dog Food (15 lb)": its name
    if grams:
        for per in UNIT_BASES:
            out[f"unit_price:{per}"] = unit_price_text(o.price, o.currency, grams, per, lang)
    if count := pack_count(f.unit, f.name, specs):
        out["unit_price:piece"] = piece_price_text(o.price, o.currency, count, lang)
    return out


def _key(key: str) -> str:
    return re.sub(r"\s+", "_", key.strip().lower())


def fill(draft: Draft, grounds: Grounds, values: dict[str, str] | None = None) -> Filled:
    """Fill `draft`'s slots from `grounds` (or from `values`, as `slot_values` returns them)."""
    values = slot_values(grounds) if values is None else values
    parts: list[str] = []
    fills: list[Fill] = []
    unknown: list[str] = []
    pos = at = 0
    template = draft.template
    for m in SLOT.finditer(template):
        parts.append(template[pos : m.start()])
        at += m.start() - pos
        pos = m.end()
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
            at += 1
            continue
        name = m.group(1)
        value = values.get(name)
        if value is None:
            unknown.append(name)
            continue
        parts.append(value)
        fills.append(Fill(at, at + len(value), name))
        at += len(value)
    parts.append(template[pos:])
    text = "".join(parts)
    # A lone brace is not a slot: keep it as written (the verifier reads it as text).
    return Filled(text, tuple(fills), tuple(unknown), draft)


# Slots a person's text may state in the facts module's exact words (see `lift`).
LIFTABLE = ("price", "list_price", "saving", "percent", "code", "stock", "limit", "ends_in",
            "unit_price:kg", "unit_price:jin", "unit_price:500g", "unit_price:100g",
            "unit_price:lb", "unit_price:piece")


def lift(text: str, grounds: Grounds) -> Filled:
    """A person's text (a moderator's edit, an `!announce`) read as a filled draft: each
    occurrence of a slot's exact rendering ("¥79.90", "35%", the live code) counts as that slot,
    so the verifier checks its role like a composer's; any other number stays untrusted. A
    person cites nothing, so the text is read as citing every passage of `grounds` (a number it
    quotes from one, with its neighbours, passes). Model output is never lifted: a composer's
    numbers come only from slots it wrote, and its words only from the passages it cites."""
    values = slot_values(grounds)
    taken: list[Fill] = []
    for name in sorted((n for n in LIFTABLE if values.get(n)), key=lambda n: -len(values[n])):
        value = values[name]
        for m in re.finditer(rf"(?<![\w.]){re.escape(value)}(?![\w]|\.\d)", text):
            if not any(f.start < m.end() and m.start() < f.end for f in taken):
                taken.append(Fill(m.start(), m.end(), name))
    taken.sort(key=lambda f: f.start)
    template, pos = [], 0
    for f in taken:
        template += [escape(text[pos : f.start]), "{" + f.slot + "}"]
        pos = f.end
    template.append(escape(text[pos:]))
    cites = tuple(p.id for p in grounds.passages)
    return Filled(text, tuple(taken), (), Draft("".join(template), cites))
