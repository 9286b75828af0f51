"""Numbers derived from facts: pack weight, price per kg / 斤 / 100 g, saving.

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
GRAMS = {"kg": 1000, "公斤": 1000, "千克": 1000, "g": 1, "克": 1, "斤": 500, "两": 50}
_WEIGHT = re.compile(r"(?:(\d+(?:\.\d+)?)\s*[×x*]\s*)?(\d+(?:\.\d+)?)\s*(kg|公斤|千克|g|克|斤)(?![a-z])",
                     re.I)
# Per-what a unit price is quoted, and how it is written after the amount.
UNIT_BASES: dict[str, tuple[int, dict[str, str]]] = {
    "kg": (1000, {"en": "/kg", "zh": "/公斤"}),
    "jin": (500, {"en": " per jin (500 g)", "zh": "/斤"}),
    "500g": (500, {"en": "/500 g", "zh": "/500克"}),
    "100g": (100, {"en": "/100 g", "zh": "/100克"}),
}


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
