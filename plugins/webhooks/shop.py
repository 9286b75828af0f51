"""Shop events applied to the live facts: price, stock, promotions, orders.

`check` runs first and raises `ApplyError` for anything the facts cannot take (an unknown SKU
or promotion, an invalid discount), so `apply` never half-applies an event. Orders also feed a
sliding-window counter: crossing a milestone ("3,000 orders in the last 5 minutes") puts an
announcement in the outbox, once per crossing.

The facts live in memory and start from the catalog, so with a store the shop's latest numbers
(price, list price, stock per SKU; promotions it started or ended; units sold under each
promotion, which its stock cap counts) are also kept in the store, in the same transaction as
the event id, and `restore()` re-applies them after a restart: otherwise a restart mid-show
would quietly bring back the catalog's prices while the replay ledger (rightly) refuses the
events that had changed them.
"""

from __future__ import annotations

import collections
import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from bot.clock import Clock
from bot.events import Announcement
from bot.persona import Persona
from knowledge.facts import Facts, Promotion

from .models import OrderEvent, PriceEvent, PromotionBody, PromotionEvent, StockEvent

log = logging.getLogger(__name__)

STATE_SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_shop_state (
    key TEXT PRIMARY KEY,          -- "sku:<SKU>" or "promotion:<id>"
    value TEXT NOT NULL,
    at REAL NOT NULL
);
"""


class ApplyError(Exception):
    """A well-formed event the facts cannot take; the HTTP answer is 422 with this text."""


class OrderPulse:
    """Orders in the last `window` seconds, and which milestones that count has crossed."""

    def __init__(self, milestones: Iterable[int], window: float) -> None:
        self.milestones = sorted(set(milestones))
        self.window = window
        self._times: collections.deque[float] = collections.deque()
        self._reached: set[int] = set()

    def count(self, now: float) -> int:
        while self._times and self._times[0] <= now - self.window:
            self._times.popleft()
        return len(self._times)

    def add(self, now: float) -> int | None:
        """Count one order; returns the milestone it just crossed, if any."""
        self._times.append(now)
        n = self.count(now)
        self._reached = {m for m in self._reached if m <= n}  # fell back below: may fire again
        new = [m for m in self.milestones if m <= n and m not in self._reached]
        self._reached.update(new)
        return max(new) if new else None


# What the shop's events make the host say (phrase key -> language -> template); a persona
# file overrides it. {count} is written with thousands separators ("3,000").
PHRASES: dict[str, dict[str, str]] = {
    "orders_milestone": {
        "en": "{count} orders in the last {minutes} minutes! Thank you all, stock is moving fast.",
        "zh": "最近{minutes}分钟已经下单{count}单啦！谢谢大家，库存走得很快！",
    },
}
_NO_PERSONA = Persona(name="Hawker")


def milestone_texts(persona: Persona) -> Callable[[int, float], str]:
    """The order-milestone line in the persona's first language: (orders, window in seconds)
    -> text. Checks the persona's override of the phrase at once (ConfigError)."""
    persona.check_slots(PHRASES)

    def text(count: int, window: float) -> str:
        return persona.say("orders_milestone", None, defaults=PHRASES, count=f"{count:,}",
                           minutes=max(1, round(window / 60)))

    return text


def default_milestone_text(count: int, window: float) -> str:
    """The order-milestone line in English, the built-in phrase (no persona)."""
    return milestone_texts(_NO_PERSONA)(count, window)


class ShopEvents:
    def __init__(self, facts: Facts, clock: Clock, outbox: Any = None, *, store: Any = None,
                 milestones: Iterable[int] = (1000, 3000, 10000), window: float = 300.0,
                 milestone_text: Callable[[int, float], str] = default_milestone_text) -> None:
        self.facts = facts
        self.clock = clock
        self.outbox = outbox
        self.store = store
        self.pulse = OrderPulse(milestones, window)
        self.milestone_text = milestone_text
        if store is not None:
            store.ensure_schema(STATE_SCHEMA)

    # -- surviving a restart ----------------------------------------------------------------

    def _save(self, key: str, value: dict) -> None:
        if self.store is not None:
            self.store.execute(
                "INSERT INTO webhook_shop_state(key, value, at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, at = excluded.at",
                (key, json.dumps(value, default=str), self.clock.now()))

    def _save_sku(self, sku: str) -> None:
        f = self.facts.get(sku)
        self._save(f"sku:{sku}", {"price": str(f.price), "list_price": str(f.list_price),
                                  "stock": f.stock})

    def restore(self) -> int:
        """Re-apply what the shop last said (after a restart); returns the entries applied.
        Entries for products no longer in the catalog are skipped and logged."""
        if self.store is None:
            return 0
        applied = 0
        rows = self.store.query("SELECT key, value FROM webhook_shop_state ORDER BY at, key")
        for row in rows:
            kind, _, name = row["key"].partition(":")
            value = json.loads(row["value"])
            try:
                if kind == "sku":
                    self.facts.set_list_price(name, value["list_price"])
                    self.facts.set_price(name, value["price"])
                    self.facts.set_stock(name, value["stock"])
                elif kind == "promotion_used":
                    self.facts.restore_promotion_used(name, value["used"])
                elif kind == "promotion":
                    body = PromotionBody.model_validate(value["promotion"])
                    event = PromotionEvent(id="restore", type="promotion", action="start",
                                           promotion=body)
                    self.facts.add_promotion(self._promotion(event), active=value["active"])
                applied += 1
            except (KeyError, ValueError, ApplyError) as err:
                log.warning("webhooks: not restoring shop state %s: %s", row["key"], err)
        return applied

    def _sku(self, sku: str) -> None:
        if sku not in self.facts:
            raise ApplyError(f"sku: unknown product {sku!r}")

    def _promo_id(self, promo_id: str) -> None:
        try:
            self.facts.promotion(promo_id)
        except KeyError:
            raise ApplyError(f"promotion_id: unknown promotion {promo_id!r}") from None

    def check(self, event: Any) -> None:
        match event:
            case PriceEvent() | StockEvent():
                self._sku(event.sku)
            case OrderEvent():
                self._sku(event.sku)
                if event.promotion_id is not None:
                    self._promo_id(event.promotion_id)
            case PromotionEvent(action="start"):
                if event.promotion is None:
                    raise ApplyError("promotion: required to start a promotion")
                for sku in event.promotion.skus:
                    self._sku(sku)
                self._promotion(event)  # raises for an impossible discount
            case PromotionEvent(action="end"):
                promo_id = event.promotion_id or (event.promotion.id if event.promotion else None)
                if promo_id is None:
                    raise ApplyError("promotion_id: required to end a promotion")
                self._promo_id(promo_id)

    @staticmethod
    def _promotion(event: PromotionEvent) -> Promotion:
        p = event.promotion
        assert p is not None
        if p.starts_at is not None and p.ends_at is not None and p.ends_at <= p.starts_at:
            raise ApplyError("promotion.ends_at: must be after starts_at")
        try:
            return Promotion(id=p.id, skus=frozenset(p.skus), kind=p.kind, value=p.value,
                             code=p.code, starts_at=p.starts_at, ends_at=p.ends_at,
                             stock_cap=p.stock_cap, per_viewer_limit=p.per_viewer_limit,
                             label=p.label)
        except ValueError as err:
            raise ApplyError(f"promotion: {err}") from None

    def apply(self, event: Any) -> None:
        """Apply a checked event to the facts (subscribers, e.g. the show, react at once)."""
        match event:
            case PriceEvent():
                if event.list_price is not None:
                    self.facts.set_list_price(event.sku, event.list_price)
                self.facts.set_price(event.sku, event.price)
                self._save_sku(event.sku)
            case StockEvent():
                self.facts.set_stock(event.sku, event.stock)
                self._save_sku(event.sku)
            case PromotionEvent(action="start"):
                assert event.promotion is not None
                self.facts.add_promotion(self._promotion(event), active=True)
                self._save(f"promotion:{event.promotion.id}",
                           {"promotion": event.promotion.model_dump(mode="json"), "active": True})
            case PromotionEvent(action="end"):
                promo_id = event.promotion_id or (event.promotion.id if event.promotion else "")
                self.facts.deactivate(promo_id)
                rows = self.store.query("SELECT value FROM webhook_shop_state WHERE key = ?",
                                        (f"promotion:{promo_id}",)) if self.store else []
                if rows:  # one the shop started; a plan's promotion stays the show's business
                    self._save(f"promotion:{promo_id}",
                               {**json.loads(rows[0]["value"]), "active": False})
            case OrderEvent():
                self.facts.adjust_stock(event.sku, -event.quantity,
                                        promotion_id=event.promotion_id)
                self._save_sku(event.sku)
                if event.promotion_id is not None:
                    self._save(f"promotion_used:{event.promotion_id}",
                               {"used": self.facts.promotion_used(event.promotion_id)})
                if self.store is not None:  # the report's units sold (bot/report), same txn
                    self.store.audit("shop.order", "shop", sku=event.sku,
                                     quantity=event.quantity, order_id=event.id,
                                     promotion_id=event.promotion_id)
                reached = self.pulse.add(self.clock.now())
                if reached is not None and self.outbox is not None:
                    self.outbox.put(Announcement(self.milestone_text(reached, self.pulse.window),
                                                 key="orders.milestone"))
