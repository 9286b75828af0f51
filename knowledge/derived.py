"""Numbers derived from facts: pack weight, price per kg / 斤 / 100 g / lb, per piece, saving.

Only the facts module's numbers go in (a product's live price, its catalog unit and specs), so
a derived number is as true as its inputs. A pack weight is read from the unit ("1 kg pack",
"12 × 135 g cups", "5斤装") or, failing that, a spec named weight; a unit that states no weight
("set", "unit") has no per-weight price, and a slot asking for one is then left unfilled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from knowledge.facts import money, to_money

# Grams per weight unit, as shops write them (斤 = 500 g, 两 = 50 g in mainland China).
# A pound is 453.59237 g exactly (the international avoirdupois pound, 1959).
POUND = Decimal("453.59237")
GRAMS: dict[str, Decimal] = {
    "kg": Decimal(1000), "公斤": Decimal(1000), "千克": Decimal(1000), "g": Decimal(1),
    "克": Decimal(1), "斤": Decimal(500), "两": Decimal(50),
    "lb": POUND, "lbs": POUND, "pound": POUND, "pounds": POUND}
# A measurement of a thing a product is for (a dog's weight, a chest, a laptop's screen): each
# unit's kind and its size in the kind's base unit: kg, cm, months or °C. Exact by definition: 1 lb =
# 0.45359237 kg (international yard and pound, 1959); 1 斤 = 0.5 kg (市斤); 1 inch = 2.54 cm.
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "cm": ("length", 1.0), "厘米": ("length", 1.0), "公分": ("length", 1.0), "mm": ("length", 0.1),
    "毫米": ("length", 0.1), "in": ("length", 2.54), "inch": ("length", 2.54),
    "inches": ("length", 2.54), '"': ("length", 2.54), "寸": ("length", 2.54),
    "英寸": ("length", 2.54), "kg": ("weight", 1.0), "kgs": ("weight", 1.0),
    "kilo": ("weight", 1.0), "kilos": ("weight", 1.0), "公斤": ("weight", 1.0),
    "千克": ("weight", 1.0), "斤": ("weight", 0.5), "lb": ("weight", 0.45359237),
    "lbs": ("weight", 0.45359237), "pound": ("weight", 0.45359237),
    "pounds": ("weight", 0.45359237), "磅": ("weight", 0.45359237),
    # a child's or pet's age, in months ("from 6 months", 2岁, "10 weeks old")
    "month": ("age", 1.0), "months": ("age", 1.0), "mo": ("age", 1.0), "mos": ("age", 1.0),
    "个月": ("age", 1.0), "year": ("age", 12.0), "years": ("age", 12.0), "yr": ("age", 12.0),
    "yrs": ("age", 12.0), "岁": ("age", 12.0), "week": ("age", 12 / 52), "weeks": ("age", 12 / 52),
    "周": ("age", 12 / 52),
    # a room's or water's temperature ("for a 22 degree room", 18度, "16-20°C")
    "°c": ("temperature", 1.0), "℃": ("temperature", 1.0), "degrees": ("temperature", 1.0),
    "degree": ("temperature", 1.0), "度": ("temperature", 1.0)}
MEASURE_UNIT = "|".join(sorted(map(re.escape, MEASURE_UNITS), key=len, reverse=True))
# A number and its unit, not the top of a range ("20-40kg" gives none): (number, unit)
MEASURED = re.compile(rf"(?<![\d.\-–])(\d+(?:\.\d+)?)\s*({MEASURE_UNIT})(?![a-z])")
# A pack's weight (not the top of a band: "Spot-On (20-40 kg)" is for a dog of that weight)
_WEIGHT = re.compile(r"(?<![\d.][-–~])(?<![-–~] )(?<!到|至)"
                     r"(?:(\d+(?:\.\d+)?)\s*[×x*]\s*)?(?<![\d.])(\d+(?:\.\d+)?)\s*"
                     r"(kg|公斤|千克|g|克|斤|lbs?|pounds?)(?![a-z])", re.I)
# Per-what a unit price is quoted, and how it is written after the amount.
UNIT_BASES: dict[str, tuple[Decimal, dict[str, str]]] = {
    "kg": (Decimal(1000), {"en": "/kg", "zh": "/公斤"}),
    "jin": (Decimal(500), {"en": " per jin (500 g)", "zh": "/斤"}),
    "500g": (Decimal(500), {"en": "/500 g", "zh": "/500克"}),
    "100g": (Decimal(100), {"en": "/100 g", "zh": "/100克"}),
    "lb": (POUND, {"en": "/lb", "zh": "/磅"}),
}
# How many pieces one sold unit holds: "12 × 135 g cups", "box of 30", "pack of 10 ears",
# "Hong Kong Milk Tea Powder (20 sachets)".
_COUNT = re.compile(r"(\d+)\s*[×x*]\s*\d|\b(?:box|pack|bag|case|carton|tray|set) of (\d+)\b|"
                    r"\((\d+)\s*(?:packs?|packets?|sachets?|cups?|ears?|pieces?|pcs|eggs?|bags?|"
                    r"sticks?|bars?|pods?|cans?|bottles?)\)", re.I)
_SPEC_COUNT = re.compile(r"^(\d+)\s*(?:small |snack |individual )?(?:packs?|packets?|sachets?|"
                         r"pieces?|cups?|sticks?|bars?)\b", re.I)  # a spec value that counts
PIECE = {"en": " each", "zh": "/份"}


def pack_grams(unit: str, specs: Iterable[tuple[str, str]] = ()) -> Decimal | None:
    """Net weight of one sold unit in grams: from `unit` ("12 × 135 g cups" → 1620), else from
    a spec whose key is "weight"/"net weight"/"净重" ("1 kg (2 × 500 g)" → 1000). None when
    neither states a weight."""
    for text in [unit, *(v for k, v in specs if k.strip().lower() in ("weight", "net weight", "净重"))]:
        m = _WEIGHT.search(text or "")
        if m:
            count = Decimal(m.group(1)) if m.group(1) else Decimal(1)
            return count * Decimal(m.group(2)) * GRAMS[m.group(3).lower()]
    return None


def pack_count(unit: str, name: str = "", specs: Iterable[tuple[str, str]] = ()) -> int | None:
    """How many pieces one sold unit holds, from its unit, name or a spec ("12 × 135 g cups" →
    12, "pack of 10 ears" → 10, "… (20 sachets)" → 20, "packs: 10 small packs of 25 g" → 10,
    a "pair" → 2), or None (one thing, or not stated)."""
    if re.search(r"\bpair\b", f"{unit} {name}", re.I):
        return 2
    found = [_COUNT.search(text or "") for text in (unit, name)]
    found += [_SPEC_COUNT.search(v) for _, v in specs]  # (not "3840 × 2160": a count only)
    if m := next((m for m in found if m), None):
        count = int(next(g for g in m.groups() if g))
        return count if count > 1 else None
    return None


# How a name says its pack: "(12 cups)", "(12 × 60)", "(2 pack)", "(box of 12)"; 12杯, 12袋装, 两只装
_PACK_EN = re.compile(r"\(((?:box|pack|bag|case|set) of \d+|\d+\s*(?:[×x]\s*\d+\s*)?(?:[a-z]+)?)\)",
                      re.I)
_PACK_ZH = re.compile(r"(?<![\d.])(?:\d+|[一两二三四五六七八九十]+)\s*(?:[个只枚杯袋包片支条瓶罐盒]装?|件套)")


def pack_phrase(name: str) -> str | None:
    """The words of a product name that count its pack ("Greek-Style Yogurt (12 cups)" →
    "12 cups", "Baby Wipes (12 × 60)" → "12 × 60", "希腊式酸奶 12杯" → "12杯"), or None where
    it counts nothing ("(20-40 kg)", "(500 ml)")."""
    if (m := _PACK_EN.search(name)) and pack_count("", name):
        return m.group(1).strip()
    if m := _PACK_ZH.search(name):
        return m.group().strip()
    return None


def piece_price_text(price: Decimal, currency: str, count: int, lang: str) -> str:
    """``piece_price_text(Decimal("59.00"), "CNY", 12, "en") == "¥4.92 each"``."""
    return money(to_money(price / count), currency) + (PIECE.get(lang) or PIECE["en"])


def unit_price(price: Decimal, grams: Decimal, per: str) -> Decimal:
    """Price per `per` ("kg", "jin", "500g", "100g") of a unit weighing `grams`, in cents.
    KeyError for an unknown base, ValueError for a weightless unit."""
    base, _ = UNIT_BASES[per]
    if grams <= 0:
        raise ValueError("a unit price needs a positive weight")
    return to_money(price * base / grams)


def unit_price_text(price: Decimal, currency: str, grams: Decimal, per: str, lang: str) -> str:
    """``unit_price_text(Decimal("89.90"), "CNY", Decimal(1000), "jin", "zh") == "¥44.95/斤"``."""
    suffix = UNIT_BASES[per][1]
    return money(unit_price(price, grams, per), currency) + (suffix.get(lang) or suffix["en"])


def saving(list_price: Decimal, price: Decimal) -> Decimal:
    """What the viewer saves against the list price (never negative), in cents."""
    return to_money(max(Decimal(0), list_price - price))


# "how much per 斤": the unit a question prices by (a UNIT_BASES name, or "piece")
_UNIT_ASKED = (
    ("jin", re.compile(r"(?<!公)斤|\bjin\b|\bcatty\b", re.I)),  # (公斤 is a kg)
    ("500g", re.compile(r"500\s*(?:g|克)\b|五百克", re.I)),
    ("100g", re.compile(r"100\s*(?:g|克)\b|一百克", re.I)),
    ("kg", re.compile(r"\bper\s*kg\b|\bper\s*kilo|\ba\s*kilo|/\s*kg|公斤|千克", re.I)),
    ("lb", re.compile(r"\bper\s*(?:lb|pound)\b|/\s*lb\b|\ba\s*pound\b|每磅|一磅", re.I)),
    # one piece of a pack: "one cup of yogurt", "per ear", "per sachet", 一杯多少钱
    ("piece", re.compile(r"\b(?:per|one|each|a single|1)\s+(?:cup|ear|sachet|packet|piece|egg|stick|"
                         r"bar|pod|can|bottle|pouch|bag|pack|pole|apple|tag|plug|unit|item)s?\b|"
                         r"\bhow much (?:is |are |for )?(?:it |they |them )?each\b|"
                         r"[一每](?:个|杯|根|条|小包|枚|袋|包|支|只|片)[^多几]{0,6}(?:多少|几)", re.I)),
)


def unit_asked(question: str) -> str | None:
    """The unit a question asks the price per ("jin", "kg", "500g", "100g", "lb", "piece"), or
    None."""
    return next((per for per, rx in _UNIT_ASKED if rx.search(question)), None)
