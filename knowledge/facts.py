"""The live fact table: the only source of numbers the bot may say.

Prices, list prices, stock, coupon codes and sale windows live here, in memory, keyed by SKU.
Every update is a dict assignment under a lock (well under a millisecond) and never touches the
embedding index: retrieval finds *which* product a question is about, this table says *what it
costs now*. Retrieved prose may mention old prices; the answer composer must take numbers from
here and the verifier checks drafts against `money()` / `percent()` of these values.

Money is `Decimal`, quantised to cents with ROUND_HALF_UP, and `money()` is the one canonical
rendering ("¥89.90": symbol, always two decimals, no thousands separator).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
CURRENCY_SYMBOLS = {"CNY": "¥", "RMB": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def to_money(value: Decimal | int | float | str) -> Decimal:
    """Quantise to cents. Floats go through str() so 89.9 stays 89.90, not 89.8999…"""
    if isinstance(value, float):
        value = str(value)
    amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    return abs(amount) if amount.is_zero() else amount  # never "¥-0.00"


def money(amount: Decimal | int | float | str, currency: str = "CNY") -> str:
    """Canonical money text: ``money(Decimal("89.9"), "CNY") == "¥89.90"``.

    Unknown currencies render as ``"CHF 89.90"``. The answer verifier compares amounts in
    drafts with this form, so templates must use it too.
    """
    amount = to_money(amount)
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    return f"{symbol}{amount}" if symbol else f"{currency.upper()} {amount}"


def percent(value: int) -> str:
    """Canonical percentage text, ``percent(38) == "38%"``."""
    return f"{value}%"


@dataclass(frozen=True, slots=True)
class ProductFacts:
    """One product's (or one variant's) live numbers. Immutable: updates replace the object,
    so a reader holding one never sees a half-applied change. ``stock`` None: the shop does
    not track it (available, count unknown), so it is never announced as sold out."""

    sku: str
    name: str
    name_zh: str | None
    price: Decimal
    list_price: Decimal
    currency: str
    unit: str
    stock: int | None
    per_viewer_limit: int | None = None

    @property
    def tracked(self) -> bool:
        """Whether the stock is counted (False: not tracked, never "sold out")."""
        return self.stock is not None

    @property
    def in_stock(self) -> bool:
        return self.stock is None or self.stock > 0

    @property
    def sold_out(self) -> bool:
        """Only a tracked stock of zero is sold out."""
        return self.stock is not None and self.stock <= 0

    def low_stock(self, threshold: int) -> bool:
        """A tracked stock above zero and at most ``threshold``."""
        return self.stock is not None and 0 < self.stock <= threshold


PromotionKind = Literal["percent", "fixed_price"]


@dataclass(frozen=True, slots=True)
class Promotion:
    """A discount on one or more SKUs.

    ``kind="percent"``: ``value`` percent off the current price (20 → 20% off).
    ``kind="fixed_price"``: the price becomes ``value``.
    A promotion applies when it is active, ``starts_at <= now < ends_at`` (either bound may be
    None), its ``stock_cap`` is not used up, and (when ``roles`` is set) the viewer has one of
    those roles. ``code`` is the coupon code viewers must use, if any.
    """

    id: str
    skus: frozenset[str]
    kind: PromotionKind
    value: Decimal
    code: str | None = None
    starts_at: float | None = None
    ends_at: float | None = None
    stock_cap: int | None = None
    per_viewer_limit: int | None = None
    roles: frozenset[str] | None = None
    label: str = ""

    def __post_init__(self) -> None:
        # Normalise so callers may pass lists / strings / floats.
        object.__setattr__(self, "skus", frozenset(self.skus))
        object.__setattr__(self, "value", Decimal(str(self.value)))
        if self.roles is not None:
            object.__setattr__(self, "roles", frozenset(self.roles))
        if not self.value.is_finite():  # a ".inf" fixed price would break every !price
            raise ValueError(f"promotion {self.id}: value must be a finite number")
        if self.kind not in ("percent", "fixed_price"):
            raise ValueError(f"promotion {self.id}: kind must be 'percent' or 'fixed_price'")
        if self.kind == "percent" and not (Decimal(0) < self.value < Decimal(100)):
            raise ValueError(f"promotion {self.id}: percent must be between 0 and 100")
        if self.kind == "fixed_price" and self.value < 0:
            raise ValueError(f"promotion {self.id}: fixed price must not be negative")

    def price_for(self, base: Decimal) -> Decimal:
        if self.kind == "percent":
            return to_money(base * (Decimal(100) - self.value) / Decimal(100))
        return to_money(self.value)

    def in_window(self, now: float) -> bool:
        if self.starts_at is not None and now < self.starts_at:
            return False
        return self.ends_at is None or now < self.ends_at


@dataclass(frozen=True, slots=True)
class Offer:
    """What a viewer pays right now. ``promotion`` is None when no promotion applies."""

    sku: str
    price: Decimal
    list_price: Decimal
    saving: Decimal
    percent_off: int
    currency: str
    promotion: Promotion | None = None
    code: str | None = None
    ends_at: float | None = None


@dataclass(frozen=True, slots=True)
class FactChange:
    """One change event. ``field`` is a ProductFacts field name, ``"added"``/``"removed"``
    for whole products, ``"promotion"`` (old/new are the promotion's active state), or
    ``"promotion_used"`` (old/new are the units sold under it, restored after a restart)."""

    sku: str
    field: str
    old: Any
    new: Any
    version: int


@dataclass(slots=True)
class _PromoState:
    promotion: Promotion
    active: bool


class Facts:
    """The live fact table. Thread-safe; all updates are O(1) and emit `FactChange` events.

    ``version`` is a global counter bumped by every change; ``version_of(sku)`` is its value at
    that SKU's last change, so a cached answer can tell whether its numbers are stale.
    Subscribers run synchronously after the update, outside the lock; an exception in one is
    logged and does not undo the update or stop other subscribers.
    """

    def __init__(self, products: Iterable[ProductFacts] = ()) -> None:
        self._products: dict[str, ProductFacts] = {p.sku: p for p in products}
        self._promos: dict[str, _PromoState] = {}
        # Units sold under each promotion id, checked against its stock_cap. Kept by id, apart
        # from the promotion, so a count restored after a restart waits for the show to
        # register its promotion again.
        self._used: dict[str, int] = {}
        self._versions: dict[str, int] = {}
        self._parent: dict[str, str] = {}  # variant SKU → its product's SKU
        self._children: dict[str, list[str]] = {}  # product SKU → its variants' SKUs
        self._subscribers: list[Callable[[FactChange], None]] = []
        self._lock = threading.RLock()
        self.version = 0

    # -- reading ---------------------------------------------------------------------------

    def get(self, sku: str) -> ProductFacts:
        """The product's facts; KeyError for an unknown SKU."""
        return self._products[sku]

    def __contains__(self, sku: object) -> bool:
        return sku in self._products

    def all(self) -> list[ProductFacts]:
        return list(self._products.values())

    # -- variants --------------------------------------------------------------------------

    def set_variants(self, parent: str, skus: Iterable[str]) -> None:
        """Declare ``skus`` (already `put`) the variants of product ``parent``: a promotion on
        the product applies to each of them, and the product's stock follows the sum of
        theirs (None while any of them is untracked)."""
        with self._lock:
            for sku in self._children.pop(parent, []):
                self._parent.pop(sku, None)
            skus = list(skus)
            if skus:
                self._children[parent] = skus
            for sku in skus:
                self._parent[sku] = parent

    def parent_of(self, sku: str) -> str | None:
        return self._parent.get(sku)

    def variants_of(self, parent: str) -> list[str]:
        return list(self._children.get(parent, ()))

    def _roll_up(self, sku: str) -> None:
        parent = self._parent.get(sku)
        if parent is None or parent not in self._products:
            return
        counts = [self._products[s].stock for s in self.variants_of(parent) if s in self._products]
        self._set(parent, "stock", None if None in counts else sum(c or 0 for c in counts))

    def version_of(self, sku: str) -> int:
        """Global version at this SKU's last change (0 if never changed since creation)."""
        return self._versions.get(sku, 0)

    # -- subscribing -----------------------------------------------------------------------

    def subscribe(self, callback: Callable[[FactChange], None]) -> Callable[[], None]:
        """Call ``callback(change)`` after every change. Returns an unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def _emit(self, changes: list[FactChange]) -> None:
        for change in changes:
            for cb in list(self._subscribers):
                try:
                    cb(change)
                except Exception:  # a bad subscriber must not break a price update
                    log.exception("fact subscriber failed on %s", change)

    def _bump(self, skus: Iterable[str]) -> int:
        self.version += 1
        for sku in skus:
            self._versions[sku] = self.version
        return self.version

    # -- products --------------------------------------------------------------------------

    def put(self, facts: ProductFacts) -> None:
        """Add or replace a product's facts, emitting one change per differing field."""
        with self._lock:
            old = self._products.get(facts.sku)
            if old == facts:
                return
            version = self._bump([facts.sku])
            self._products[facts.sku] = facts
            if old is None:
                changes = [FactChange(facts.sku, "added", None, facts, version)]
            else:
                changes = [
                    FactChange(facts.sku, f, getattr(old, f), getattr(facts, f), version)
                    for f in _FIELDS
                    if getattr(old, f) != getattr(facts, f)
                ]
        self._emit(changes)

    def remove(self, sku: str) -> None:
        with self._lock:
            old = self._products.pop(sku, None)
            if old is None:
                return
            version = self._bump([sku])
        self._emit([FactChange(sku, "removed", old, None, version)])

    def _set(self, sku: str, name: str, value: Any) -> None:
        with self._lock:
            old = self._products[sku]
            old_value = getattr(old, name)
            if old_value == value:
                return
            self._products[sku] = replace(old, **{name: value})
            version = self._bump([sku])
        self._emit([FactChange(sku, name, old_value, value, version)])

    def set_price(self, sku: str, price: Decimal | int | str) -> None:
        price = to_money(price)
        if price < 0:
            raise ValueError("price must not be negative")
        self._set(sku, "price", price)

    def set_list_price(self, sku: str, list_price: Decimal | int | str) -> None:
        list_price = to_money(list_price)
        if list_price < 0:
            raise ValueError("list price must not be negative")
        self._set(sku, "list_price", list_price)

    def set_stock(self, sku: str, stock: int | None) -> None:
        """Set the stock (None: stop tracking it). A variant's change rolls up to its product."""
        if stock is not None and stock < 0:
            raise ValueError("stock must not be negative")
        self._set(sku, "stock", None if stock is None else int(stock))
        self._roll_up(sku)

    def set_per_viewer_limit(self, sku: str, limit: int | None) -> None:
        self._set(sku, "per_viewer_limit", limit)

    def adjust_stock(
        self, sku: str, delta: int, *, promotion_id: str | None = None
    ) -> int | None:
        """Add ``delta`` (negative for a sale) to stock, clamped at 0; returns the new stock
        (an untracked stock stays None). A sale under a capped promotion also counts against
        that promotion's cap."""
        with self._lock:
            old = self._products[sku]
            new = None if old.stock is None else max(0, old.stock + int(delta))
            if promotion_id is not None and delta < 0:
                if promotion_id not in self._promos:
                    raise KeyError(promotion_id)
                self._used[promotion_id] = self._used.get(promotion_id, 0) - int(delta)
            if new == old.stock:
                return new
            self._products[sku] = replace(old, stock=new)
            version = self._bump([sku])
        self._emit([FactChange(sku, "stock", old.stock, new, version)])
        self._roll_up(sku)
        return new

    # -- promotions ------------------------------------------------------------------------

    def add_promotion(self, promotion: Promotion, *, active: bool = True) -> None:
        """Register (or replace) a promotion. Unknown SKUs are an error: a typo in a show
        plan must not silently produce a promotion that never applies."""
        unknown = sorted(s for s in promotion.skus if s not in self._products)
        if unknown:
            raise KeyError(f"promotion {promotion.id}: unknown sku(s) {', '.join(unknown)}")
        with self._lock:
            prev = self._promos.get(promotion.id)
            self._promos[promotion.id] = _PromoState(promotion, active)
            skus = promotion.skus | (prev.promotion.skus if prev else frozenset())
            version = self._bump(skus)
            old_state = prev.active if prev else None
        self._emit([FactChange(s, "promotion", old_state, active, version) for s in sorted(skus)])

    def _set_active(self, promo_id: str, active: bool) -> None:
        with self._lock:
            state = self._promos[promo_id]
            if state.active == active:
                return
            state.active = active
            version = self._bump(state.promotion.skus)
        self._emit(
            [
                FactChange(s, "promotion", not active, active, version)
                for s in sorted(state.promotion.skus)
            ]
        )

    def activate(self, promo_id: str) -> None:
        self._set_active(promo_id, True)

    def deactivate(self, promo_id: str) -> None:
        self._set_active(promo_id, False)

    def promotion(self, promo_id: str) -> Promotion:
        return self._promos[promo_id].promotion

    def promotion_remaining(self, promo_id: str) -> int | None:
        """Units left under the promotion's stock cap (None when uncapped)."""
        cap = self._promos[promo_id].promotion.stock_cap
        return None if cap is None else max(0, cap - self._used.get(promo_id, 0))

    def promotion_used(self, promo_id: str) -> int:
        """Units sold under the promotion so far."""
        return self._used.get(promo_id, 0)

    def restore_promotion_used(self, promo_id: str, used: int) -> None:
        """Set the units sold under a promotion, as saved before a restart. The promotion
        need not be registered yet (a show plan registers its own when they start)."""
        if used < 0:
            raise ValueError("used must not be negative")
        with self._lock:
            old = self._used.get(promo_id, 0)
            self._used[promo_id] = int(used)
            state = self._promos.get(promo_id)
            if state is None or old == used:
                return
            skus = sorted(state.promotion.skus)
            version = self._bump(skus)
        self._emit([FactChange(s, "promotion_used", old, int(used), version) for s in skus])

    def _valid(self, state: _PromoState, now: float, roles: frozenset[str] | None) -> bool:
        p = state.promotion
        if not state.active or not p.in_window(now):
            return False
        if p.stock_cap is not None and self._used.get(p.id, 0) >= p.stock_cap:
            return False
        return p.roles is None or bool(roles and roles & p.roles)

    def promotions(
        self, now: float, sku: str | None = None, role: str | Iterable[str] | None = None
    ) -> list[Promotion]:
        """Promotions valid at ``now`` (optionally for one SKU and a viewer's role(s)); a
        promotion on a product applies to its variants too."""
        roles = _roles(role)
        keys = set() if sku is None else {sku, self._parent.get(sku, sku)}
        return [
            s.promotion
            for s in list(self._promos.values())
            if (sku is None or keys & s.promotion.skus) and self._valid(s, now, roles)
        ]

    def live_offer(self, sku: str, now: float, role: str | Iterable[str] | None = None) -> Offer:
        """The best price a viewer (with ``role``) can get now. Among overlapping valid
        promotions the lowest price wins; ties prefer no coupon code, then the earliest id.
        A promotion never raises the price above the current price, and a fixed price set on a
        product holds for its variants at the product's price only (a 300 g tub's sale price
        is no price of the 1 kg one)."""
        facts = self._products[sku]
        parent = self._products.get(self._parent.get(sku, sku), facts)
        best: tuple[Decimal, bool, str] | None = None
        best_promo: Promotion | None = None
        for promo in self.promotions(now, sku, role):
            price = promo.price_for(facts.price)
            if price >= facts.price or (promo.kind == "fixed_price" and sku not in promo.skus
                                        and facts.price != parent.price):
                continue
            key = (price, promo.code is not None, promo.id)
            if best is None or key < best:
                best, best_promo = key, promo
        price = best[0] if best else facts.price
        list_price = max(facts.list_price, facts.price)
        saving = max(Decimal(0), list_price - price)
        pct = (
            int((saving * 100 / list_price).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            if list_price > 0
            else 0
        )
        return Offer(
            sku=sku,
            price=price,
            list_price=list_price,
            saving=to_money(saving),
            percent_off=pct,
            currency=facts.currency,
            promotion=best_promo,
            code=best_promo.code if best_promo else None,
            ends_at=best_promo.ends_at if best_promo else None,
        )


def _roles(role: str | Iterable[str] | None) -> frozenset[str] | None:
    if role is None:
        return None
    if isinstance(role, str):
        return frozenset([role])
    return frozenset(role)


_FIELDS = tuple(f.name for f in fields(ProductFacts))
