"""What the console and the overlays show, as plain data for the templates.

Every number comes from the live facts (`knowledge.facts.Facts.live_offer`), the draw store,
the review queue or the audit log; nothing here computes a price of its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.draws.service import WINNING
from bot.draws.verify import verify_line as draws_verify_line
from bot.store import Store
from knowledge.facts import Facts, money

MAX_ROWS = 50


@dataclass(frozen=True, slots=True)
class Card:
    """The product card: `price` is what a viewer pays now (promotions applied)."""

    sku: str
    name: str
    price: str
    list_price: str | None  # None when there is no saving to show
    saving: str | None
    percent_off: int
    ends_at: float | None  # the live promotion's end (the flash-sale countdown), epoch seconds
    stock: int | None  # None: not tracked
    stock_fraction: float | None  # of the most stock seen this show, 0..1
    sold_out: bool
    promotion: str | None


def product_card(facts: Facts, sku: str, now: float, lang: str,
                 stock_peak: dict[str, int]) -> Card | None:
    """The card for `sku`, or None for an unknown SKU. `stock_peak` (SKU → the most stock seen)
    is updated here: the stock bar is the share of that peak still left."""
    if sku not in facts:
        return None
    f = facts.get(sku)
    offer = facts.live_offer(sku, now)
    name = (f.name_zh or f.name) if lang == "zh" else f.name
    fraction = None
    if f.stock is not None:
        peak = stock_peak[sku] = max(stock_peak.get(sku, 0), f.stock)
        fraction = f.stock / peak if peak else 0.0
    shows_saving = offer.saving > 0
    return Card(
        sku=sku, name=name, price=money(offer.price, offer.currency),
        list_price=money(offer.list_price, offer.currency) if shows_saving else None,
        saving=money(offer.saving, offer.currency) if shows_saving else None,
        percent_off=offer.percent_off, ends_at=offer.ends_at, stock=f.stock,
        stock_fraction=fraction, sold_out=f.sold_out,
        promotion=offer.promotion.label or offer.promotion.id if offer.promotion else None)


def verify_line(draw: dict[str, Any], export_dir: Path | None) -> str | None:
    """The ready-to-run `hawker draw verify` line of a drawn draw (None before its list hash
    exists): the command the draws feature announces with the seed (bot/draws/service.py)."""
    if not draw.get("list_hash"):
        return None
    return draws_verify_line(int(draw["id"]), draw["commitment"], draw["list_hash"], export_dir)


def winners_of(draw: dict[str, Any]) -> list[str]:
    """Display names of the draw's current winners (not rerolled or disqualified picks)."""
    return [str(p["name"]) for p in draw.get("picks", []) if p.get("status") in WINNING]


def questions(store: Store, limit: int = MAX_ROWS, outcome: str | None = None) -> list[dict[str, Any]]:
    """The newest "question" audit entries first, flattened for the table."""
    rows = store.query(
        "SELECT id, at, actor, detail FROM audit WHERE kind = 'question' "
        + ("AND json_extract(detail, '$.outcome') = ? " if outcome else "")
        + "ORDER BY id DESC LIMIT ?", ((outcome, limit) if outcome else (limit,)))
    out = []
    for r in rows:
        d = json.loads(r["detail"])
        out.append({"id": r["id"], "at": r["at"], "viewer": r["actor"], **d})
    return out


def audit_feed(store: Store, kind: str | None, actor: str | None,
               limit: int = MAX_ROWS) -> list[dict[str, Any]]:
    """The newest audit entries first; `kind` matches a kind or its prefix ("draw" → draw.*),
    `actor` a substring of the actor."""
    sql, params = "SELECT id, at, kind, actor, detail FROM audit WHERE 1=1", list[Any]()
    if kind:
        sql += " AND (kind = ? OR kind LIKE ?)"
        params += [kind, f"{kind}.%"]
    if actor:
        sql += " AND instr(lower(actor), lower(?)) > 0"
        params.append(actor)
    sql += " ORDER BY id DESC LIMIT ?"
    rows = store.query(sql, (*params, limit))
    return [{"id": r["id"], "at": r["at"], "kind": r["kind"], "actor": r["actor"],
             "detail": json.loads(r["detail"])} for r in rows]
