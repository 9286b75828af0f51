"""Money, counts and durations: validated once, here, for every way a number gets in.

Webhooks (plugins/webhooks/models.py), the catalog, the show plan, hawker.toml and chat
commands all pass their numbers through these functions (or the pydantic types built on
them), so they agree on one set of rules:

* finite: NaN and infinities are refused (`.inf` in YAML, `inf` in TOML, `1e999` in JSON);
* booleans are not numbers (`stock: true` is refused, not read as 1);
* in range: money and counts are never negative, and have a sane upper bound;
* `-0`: money written with a minus sign is refused, even when it is zero (a "¥-0.00" is
  a sender's bug, not a price); a duration or count of -0 is plain 0.

Every function raises `ValueError` with a short message naming the problem and the value,
which pydantic turns into its own `field: message` errors.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator

MAX_MONEY = Decimal("100000000")  # 100 million in the catalog's currency
MAX_COUNT = 1_000_000_000
MAX_SECONDS = 30 * 86_400.0  # nothing in a show lasts or waits longer than a month

_MONEY_TEXT = re.compile(r"^\+?(?:\d+(?:\.\d*)?|\.\d+)$")
_COUNT_TEXT = re.compile(r"^\+?\d+$")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([hms])")
_UNITS = {"h": 3600.0, "m": 60.0, "s": 1.0}


def _no_bool(value: Any, what: str) -> None:
    if isinstance(value, bool):
        raise ValueError(f"{what}: true/false is not a number")


def money(value: Any, *, maximum: Decimal = MAX_MONEY) -> Decimal:
    """An amount of money as a Decimal: finite, 0..`maximum`, no minus sign (not even -0).

    Accepts a Decimal, an int, a float (read through str(), so 89.9 stays 89.9) or a string
    of digits with an optional decimal point. ValueError otherwise."""
    _no_bool(value, "money")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite amount: {value!r}")
        if math.copysign(1.0, value) < 0:
            raise ValueError(f"must not be negative: {value!r}")
        value = repr(value)
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("-") and _MONEY_TEXT.match(text[1:]):
            raise ValueError(f"must not be negative: {value!r}")
        if not _MONEY_TEXT.match(text) and not _finite_exponent(text):
            raise ValueError(f"not a number: {value!r}")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    if not isinstance(value, Decimal):
        raise ValueError(f"not a number: {value!r}")
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {value}")
    if value.is_signed():
        raise ValueError(f"must not be negative: {value}")
    if value > maximum:
        raise ValueError(f"more than {maximum}: {value}")
    return value


def _finite_exponent(text: str) -> bool:
    """JSON may write 1e2; still digits only (no nan, inf or sign)."""
    return bool(re.fullmatch(r"\+?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d{1,3}", text))


def count(value: Any, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    """A whole number of things in `minimum..maximum`: an int, a float with no fraction, or
    a string of digits. Booleans, fractions, NaN and infinities are refused."""
    _no_bool(value, "count")
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("_", "")
        if not _COUNT_TEXT.match(text.removeprefix("-")):
            raise ValueError(f"not a whole number: {value!r}")
        value = int(text)
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ValueError(f"not a whole number: {value!r}")
        value = int(value)
    elif isinstance(value, Decimal):
        if not value.is_finite() or value != value.to_integral_value():
            raise ValueError(f"not a whole number: {value}")
        value = int(value)
    if not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    if not minimum <= value <= maximum:
        raise ValueError(f"must be between {minimum:,} and {maximum:,}: {value}")
    return value


def seconds(value: Any, *, minimum: float = 0.0, maximum: float = MAX_SECONDS,
            above: bool = False) -> float:
    """A duration in seconds: a number or text like 90s, 2m, 1h, 1m30s. Finite, at least
    `minimum` (more than it when `above`) and at most `maximum`; -0 is 0."""
    _no_bool(value, "duration")
    secs: float
    if isinstance(value, str):
        secs = _parse_duration(value)
    elif isinstance(value, int | float | Decimal):
        secs = _float(value)
    else:
        raise ValueError(f"expected a duration like 90s, 2m or 1h, got {value!r}")
    if not math.isfinite(secs):
        raise ValueError(f"not a finite duration: {secs!r}")
    secs += 0.0  # -0.0 becomes 0.0
    if secs < minimum or (above and secs <= minimum):
        raise ValueError(f"must be {'longer than' if above else 'at least'} {minimum:g}s: "
                         f"{secs:g}s")
    if secs > maximum:
        raise ValueError(f"must be at most {maximum:g}s: {secs:g}s")
    return secs


def _float(value: int | float | Decimal) -> float:
    """float(), but an integer too large for a float (JSON and YAML allow 400 digits) is a
    ValueError like any other out-of-range number, not an OverflowError."""
    try:
        return float(value)
    except OverflowError:
        raise ValueError("not a finite number: far too large") from None


def _parse_duration(text: str) -> float:
    t = text.strip().lower()
    if re.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", t):
        return float(t)
    parts = _DURATION_PART.findall(t)
    if not parts or "".join(n + u for n, u in parts) != t:
        raise ValueError(f"expected a duration like 90s, 2m or 1h, got {text!r}")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def number(value: Any, *, minimum: float, maximum: float, above: bool = False,
           below: bool = False) -> float:
    """Any other finite quantity (a percentage, a share) in its range; booleans refused."""
    _no_bool(value, "number")
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise ValueError(f"not a number: {value!r}") from None
    if not isinstance(value, int | float | Decimal):
        raise ValueError(f"not a number: {value!r}")
    x = _float(value)  # the number as checked; `value` is what was given
    if not math.isfinite(x):
        raise ValueError(f"not a finite number: {x!r}")
    x += 0.0
    low_ok = x > minimum if above else x >= minimum
    high_ok = x < maximum if below else x <= maximum
    if not (low_ok and high_ok):
        lo, hi = "(" if above else "[", ")" if below else "]"
        raise ValueError(f"must be in {lo}{minimum:g}, {maximum:g}{hi}: {x:g}")
    return x


# -- pydantic types: the same rules as field types ------------------------------------------

Money = Annotated[Decimal, BeforeValidator(money)]
Count = Annotated[int, BeforeValidator(count)]
PositiveCount = Annotated[int, BeforeValidator(lambda v: count(v, minimum=1))]
Seconds = Annotated[float, BeforeValidator(seconds)]
PositiveSeconds = Annotated[float, BeforeValidator(lambda v: seconds(v, above=True))]
Timestamp = Annotated[float, BeforeValidator(
    lambda v: number(v, minimum=0, maximum=1e11))]  # Unix seconds
