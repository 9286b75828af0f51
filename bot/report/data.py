"""What the post-show report is made of, read from the store: questions, orders, deal
announcements, draws and moderation actions, as plain records with the figures derived from them.

Sources (all written by the running bot):
- ``question`` audit entries (bot/answers/service.py): one per asked question, detail fields
  platform, channel, text, lang, outcome ("answered" | "unanswered" | "held"), reason, sku,
  latency_ms, reply;
- ``shop.order`` audit entries (plugins/webhooks/shop.py): sku, quantity, order_id;
- ``show.announce`` audit entries (bot/show/runner.py) whose key is a deal: ``seg:N:on`` (the
  product on air, at its show price) or ``promo:ID:start`` (a new deal or flash sale);
- the draw store's tables (bot/draws/store.py), for draw summaries and their verify lines;
- moderation entries, by kind prefix (`MODERATION_GROUPS`).

Nothing here writes to the store except the idempotent ``CREATE TABLE IF NOT EXISTS`` that
opening a draw store runs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from bot.store import Store

OUTCOMES = ("answered", "unanswered", "held")

# Moderation actions by group: (group, audit kind prefixes). `review.held` is the bot holding an
# answer (counted among the questions), not a decision.
MODERATION_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("moderator", ("mod.",)),
    ("filter", ("filter.",)),
    ("review", ("review.approved", "review.edited", "review.rejected", "review.")),
    ("admin", ("admin.", "console.")),
    ("show", ("show.command",)),
)
# Not moderation: the bot holding an answer, a moderator signing in or out of the console, and
# what the console refused to do (nothing was done).
_NOT_ACTIONS = frozenset({"review.held", "console.sign_in", "console.sign_out",
                          "console.refused"})

_DEAL_KEY = re.compile(r"^(seg:\d+:on|promo:[^:]+:start)$")


class ProductName(NamedTuple):
    """A product's display names (from the catalog): English, and Chinese when it has one."""

    en: str
    zh: str | None = None

    def shown(self, lang: str) -> str:
        return (self.zh or self.en) if lang == "zh" else self.en


@dataclass(frozen=True, slots=True)
class Question:
    """One asked question (a ``question`` audit entry)."""

    at: float
    viewer: str
    text: str
    lang: str
    outcome: str
    reason: str | None
    sku: str | None
    latency_ms: float | None


@dataclass(frozen=True, slots=True)
class Order:
    """Units sold by one shop order (a ``shop.order`` audit entry)."""

    at: float
    sku: str
    quantity: int
    order_id: str


@dataclass(frozen=True, slots=True)
class Deal:
    """A deal the show announced (a ``show.announce`` entry with a deal key); `skus` are the
    products whose catalog names the announcement names (a promotion may cover several)."""

    at: float
    key: str
    skus: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DrawSummary:
    """One lucky draw: what it was for, how many entered, who was picked in order as (name,
    status: pending | claimed | won | unclaimed | rerolled | disqualified), and the command
    anyone can run to recompute the picks (`verify`, None until the seed is revealed)."""

    id: int
    prize: str
    state: str
    entries: int
    picks: tuple[tuple[str, str], ...]
    commitment: str
    list_hash: str | None
    verify: str | None


@dataclass(frozen=True, slots=True)
class Action:
    """One moderation action: its audit kind, group (see `MODERATION_GROUPS`) and actor."""

    at: float
    kind: str
    group: str
    actor: str


@dataclass
class ShowData:
    """Everything the report shows; times are Unix seconds, `start` the show's minute 0 (the
    first ``show.start``, else the first record)."""

    start: float
    end: float
    recorded: int = 0  # audit entries of any kind: 0 for a brand-new store
    questions: list[Question] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    draws: list[DrawSummary] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing recorded at all (a brand-new store); a show with no questions is not empty."""
        return self.recorded == 0 and not self.draws

    @property
    def minutes(self) -> float:
        """The show's length in minutes (at least one, so rates stay finite)."""
        return max(1.0, (self.end - self.start) / 60)

    def minute(self, at: float) -> int:
        """The show minute `at` falls in (0 = the first minute; negative before the start)."""
        return int((at - self.start) // 60)

    def outcomes(self) -> Counter[str]:
        return Counter(q.outcome for q in self.questions)

    def latencies(self) -> list[float]:
        """Milliseconds from arrival to the reply being queued, for answered questions."""
        return [q.latency_ms for q in self.questions
                if q.outcome == "answered" and q.latency_ms is not None]

    def latency_percentiles(self) -> tuple[float, float, float] | None:
        """(p50, p95, max) of `latencies` in ms (numpy's linear interpolation); None if none."""
        values = self.latencies()
        if not values:
            return None
        p50, p95 = np.percentile(values, [50, 95])
        return float(p50), float(p95), float(max(values))

    def units_by_sku(self) -> Counter[str]:
        units: Counter[str] = Counter()
        for o in self.orders:
            units[o.sku] += o.quantity
        return units

    def deals_by_sku(self) -> Counter[str]:
        return Counter(sku for d in self.deals for sku in d.skus)

    def unanswered_groups(self) -> list[tuple[str | None, str, list[Question]]]:
        """Unanswered questions grouped by (product, reason), the biggest group first."""
        groups: dict[tuple[str | None, str], list[Question]] = {}
        for q in self.questions:
            if q.outcome == "unanswered":
                groups.setdefault((q.sku, q.reason or "unknown"), []).append(q)
        ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0][0] or "", kv[0][1]))
        return [(sku, reason, qs) for (sku, reason), qs in ordered]


def collect(store: Store, *, products: Mapping[str, ProductName] | None = None,
            export_dir: Path | None = None, every_show: bool = False) -> ShowData:
    """Read the report's records from `store` (see the module docstring for the sources).

    A store keeps every show run from its folder: the report is of the latest one, from the
    previous show's end (the chat before the start counts) on, unless `every_show`.
    `products`: SKU → names, used to tell which product a deal announcement is about.
    `export_dir`: where draw records are exported (the config's ``draws.export_dir``), for the
    verify lines; without it they name ``draw-ID.json`` as the bot announces it."""
    entries = store.audit_entries()
    starts = [e["at"] for e in entries if e["kind"] == "show.start"]
    ends = [e["at"] for e in entries if e["kind"] == "show.end"]
    after = float("-inf")
    if starts and not every_show:
        after = max((t for t in ends if t < starts[-1]), default=after)
        starts, ends = starts[-1:], [t for t in ends if t >= starts[-1]]
        entries = [e for e in entries if e["at"] > after]
    times = [e["at"] for e in entries]
    start = starts[0] if starts else (min(times) if times else 0.0)
    end = ends[-1] if ends else (max(times) if times else start)
    data = ShowData(start=start, end=max(end, start), recorded=len(entries))
    names = _name_matcher(products or {})
    for e in entries:
        kind, d, at = e["kind"], e["detail"], float(e["at"])
        if kind == "question":
            data.questions.append(_question(at, e["actor"], d))
        elif kind == "shop.order":
            data.orders.append(Order(at, str(d.get("sku")), int(d.get("quantity") or 0),
                                     str(d.get("order_id", ""))))
        elif kind == "show.announce" and _DEAL_KEY.match(str(d.get("key", ""))):
            data.deals.append(Deal(at, str(d["key"]), names(str(d.get("text", "")))))
        elif (group := moderation_group(kind)) is not None:
            data.actions.append(Action(at, kind, group, str(e["actor"])))
    data.draws = _draws(store, export_dir, after)
    return data


def moderation_group(kind: str) -> str | None:
    """The `MODERATION_GROUPS` group of an audit kind, None when it is no moderation action."""
    if kind in _NOT_ACTIONS:
        return None
    for group, prefixes in MODERATION_GROUPS:
        if any(kind == p or (p.endswith(".") and kind.startswith(p)) for p in prefixes):
            return group
    return None


def _question(at: float, actor: str, d: dict[str, Any]) -> Question:
    latency = d.get("latency_ms")
    outcome = str(d.get("outcome") or "unanswered")
    return Question(
        at=at, viewer=str(actor), text=str(d.get("text") or ""), lang=str(d.get("lang") or ""),
        outcome=outcome if outcome in OUTCOMES else "unanswered",
        reason=None if d.get("reason") is None else str(d["reason"]),
        sku=None if d.get("sku") is None else str(d["sku"]),
        latency_ms=float(latency) if isinstance(latency, int | float) else None,
    )


def _name_matcher(products: Mapping[str, ProductName]) -> Callable[[str], tuple[str, ...]]:
    """text → the SKUs whose names (English or Chinese) it contains, in order of appearance.
    Longer names are matched first and their spans taken, so "Jasmine Rice (5 kg)" is not also
    read as a product called "Rice"."""
    pairs = sorted(((n.casefold(), sku) for sku, p in products.items() for n in (p.en, p.zh) if n),
                   key=lambda pair: -len(pair[0]))

    def match(text: str) -> tuple[str, ...]:
        folded = text.casefold()
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, str]] = []
        for name, sku in pairs:
            at = folded.find(name)
            while at >= 0:
                end = at + len(name)
                if not any(a < end and at < b for a, b in taken):
                    taken.append((at, end))
                    found.append((at, sku))
                at = folded.find(name, at + 1)
        return tuple(dict.fromkeys(sku for _, sku in sorted(found)))

    return match


def _draws(store: Store, export_dir: Path | None, after: float) -> list[DrawSummary]:
    if not store.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'draws'"):
        return []  # a store no draw ever touched: do not create the tables to say so
    from bot.draws.store import SQLiteDrawStore
    from bot.draws.verify import verify_line

    draws = SQLiteDrawStore(store)
    out = []
    for row in reversed(draws.recent(10_000)):
        if row.created_at <= after:
            continue  # an earlier show's
        picks = tuple((p.name, p.status) for p in draws.picks(row.id))
        verify = None
        if row.drawn_at is not None and row.list_hash is not None:
            verify = verify_line(row.id, row.commitment, row.list_hash, export_dir)
        out.append(DrawSummary(row.id, row.prize, row.state, row.entry_count or
                               draws.entry_count(row.id), picks, row.commitment,
                               row.list_hash, verify))
    return out


def product_names(catalog: Sequence[Any]) -> dict[str, ProductName]:
    """SKU → names for every product and variant of a loaded catalog
    (`knowledge.catalog.load_catalog`'s Products)."""
    out: dict[str, ProductName] = {}
    for product in catalog:
        for facts in (product.facts(), *product.variant_facts()):
            out[facts.sku] = ProductName(facts.name, facts.name_zh)
    return out
