"""What an answer may rest on: retrieved evidence plus the live facts, read at one instant.

`Grounds` is built fresh for every draft (and again at send time, see `service.py`): numbers in
it come from `knowledge.facts.Facts`, words from the retrieved passages. The composers draft
from it and the verifier checks drafts against it, so both see exactly the same facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from bot.events import Role
from knowledge import Evidence, Facts, Offer, Passage, Policy, Product, ProductFacts, Promotion
from knowledge.variants import variant_facts

# A product counts as what the question is about only above this retrieval score.
MIN_PRODUCT_SCORE = 0.3
# Passages this far below the best one are not offered as evidence.
PASSAGE_RATIO = 0.6

Intent = str  # "price" | "stock" | "shipping" | "returns" | "spec" | "info"

_INTENTS: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    ("stock", re.compile(r"\b(stock|left|available|sold out|how many)\b|"
                         r"库存|还有|剩|有货|卖完|售罄", re.I)),
    ("price", re.compile(r"\b(price|cost|costs|much|cheap|expensive|discount|deal|coupon|code|"
                         r"sale|offer|yuan|rmb|dollars?)\b|[¥$]|"
                         r"多少钱|价格|价钱|几块|多钱|优惠|折|便宜|券|贵", re.I)),
    ("shipping", re.compile(r"\b(ship|ships|shipping|deliver|delivery|arrive|courier|postage)\b|"
                            r"发货|快递|包邮|配送|几天到|运费|送到|寄", re.I)),
    ("returns", re.compile(r"\b(return|refund|exchange|warranty|guarantee|broken)\b|"
                           r"退|换货|保修|坏", re.I)),
    ("spec", re.compile(r"\b(weight|size|big|heavy|made|origin|from|ingredients?|capacity|"
                        r"watts?|power|material|shelf|storage|store|keep|dimensions?)\b|"
                        r"多重|多大|产地|哪里|成分|容量|功率|材质|保质期|保存|尺寸|规格", re.I)),
)


def intent_of(text: str) -> Intent:
    """What the viewer wants to know, by keywords; "info" when nothing more specific fits."""
    for name, pattern in _INTENTS:
        if pattern.search(text):
            return name
    return "info"


def viewer_roles(role: Role) -> frozenset[str]:
    """Role names a promotion's `roles` can name: a subscriber also counts as a viewer."""
    return frozenset(r.name.lower() for r in Role if r <= role)


@dataclass(frozen=True, slots=True)
class Grounds:
    """Everything one answer may say. `product`/`facts`/`offer` are None for shop-wide
    questions (shipping, returns) or when nothing matched."""

    question: str
    lang: str
    intent: Intent
    now: float
    role: Role
    evidence: Evidence
    passages: tuple[Passage, ...] = ()
    product: Product | None = None
    facts: ProductFacts | None = None
    offer: Offer | None = None
    promotions: tuple[Promotion, ...] = ()
    version: int = 0  # Facts.version_of(sku) when this was read
    extra_numbers: frozenset[str] = field(default_factory=frozenset)
    # Policy amounts that may fill {policy:NAME} slots (from the policies gathered for the topic).
    policy_amounts: tuple[tuple[str, str], ...] = ()

    @property
    def sku(self) -> str | None:
        return self.facts.sku if self.facts else None

    @property
    def answerable(self) -> bool:
        return self.facts is not None or bool(self.passages)

    def allowed_money(self) -> set[Decimal]:
        """Every amount of money the answer may name: prices, list price, saving, and the
        price under each promotion valid for this viewer now."""
        out: set[Decimal] = set()
        if self.facts is not None:
            out |= {self.facts.price, self.facts.list_price}
        if self.offer is not None:
            out |= {self.offer.price, self.offer.list_price, self.offer.saving}
        if self.facts is not None:
            for p in self.promotions:
                out.add(p.price_for(self.facts.price))
                if p.kind == "fixed_price":
                    out.add(p.value)
        return {Decimal(v).normalize() for v in out}

    def allowed_percents(self) -> set[Decimal]:
        out: set[Decimal] = set()
        if self.offer is not None and self.offer.percent_off:
            out.add(Decimal(self.offer.percent_off))
        for p in self.promotions:
            if p.kind == "percent":
                out.add(p.value)
        return {v.normalize() for v in out}

    def allowed_codes(self) -> set[str]:
        return {p.code.upper() for p in self.promotions if p.code}

    def evidence_text(self) -> str:
        """The prose the answer may draw words from (passages, product name and specs)."""
        parts = [p.text for p in self.passages]
        if self.product is not None:
            parts += [self.product.name, self.product.name_zh or "", self.product.unit]
            parts += [f"{k}: {v}" for kv in self.product.specs.values() for k, v in kv.items()]
        return "\n".join(parts)

    def fact_numbers(self) -> set[str]:
        """Plain counts the facts give (stock, limits), as text."""
        out = set(self.extra_numbers)
        if self.facts is not None:
            if self.facts.stock is not None:  # None: not tracked, no count to state
                out.add(str(self.facts.stock))
            if self.facts.per_viewer_limit:
                out.add(str(self.facts.per_viewer_limit))
        for p in self.promotions:
            if p.per_viewer_limit:
                out.add(str(p.per_viewer_limit))
        return out


# Shop policies fetched by topic for these intents, whether or not retrieval ranked them.
POLICY_TOPICS = {"shipping": ("shipping",), "returns": ("returns", "warranty")}


def policy_passages(policies: Iterable[Policy], intent: Intent) -> list[Passage]:
    topics = POLICY_TOPICS.get(intent, ())
    return [
        Passage(f"{pol.title.get(lang) or pol.topic}: {text}", "", "policy", lang, 0.0,
                f"policy:{pol.id}:{lang}")
        for pol in policies if pol.topic in topics
        for lang, text in pol.text.items()
    ]


def gather(evidence: Evidence, facts: Facts, catalog: dict[str, Product], *, now: float,
           role: Role = Role.VIEWER, policies: Iterable[Policy] = (),
           on_air: str | None = None) -> Grounds:
    """Read the facts for the evidence's top product now and keep the passages worth citing
    (plus the shop policies on the question's topic). `on_air`: the product a question that
    names none is about ("how much is it?" while the beef is on)."""
    top = evidence.top
    confident = top is not None and top.score >= MIN_PRODUCT_SCORE and top.sku in facts
    sku = top.sku if confident and top is not None else None
    if sku is None and on_air is not None and on_air in facts:
        sku = on_air
    best = evidence.passages[0].score if evidence.passages else 0.0
    # With no product matched, only shop-wide passages (policies, overrides) may answer.
    passages = tuple(
        p for p in evidence.passages
        if p.score >= best * PASSAGE_RATIO and p.sku in ("", sku or "")
    )
    intent = intent_of(evidence.query)
    seen = {p.text for p in passages}
    policies = list(policies)
    passages += tuple(p for p in policy_passages(policies, intent) if p.text not in seen)
    cited_policies = {p.id.split(":")[1] for p in passages if p.id.startswith("policy:")}
    amounts = tuple((k, v) for pol in policies if pol.id in cited_policies
                    for k, v in getattr(pol, "amounts", {}).items())
    if sku is None:
        return Grounds(evidence.query, evidence.lang, intent, now, role, evidence, passages,
                       policy_amounts=amounts)
    roles = viewer_roles(role)
    product = catalog.get(sku)
    # "the logo hoodie": the named variant's facts, not the product's
    pf = variant_facts(product, evidence.query, facts) or facts.get(sku)
    return Grounds(
        question=evidence.query,
        lang=evidence.lang,
        intent=intent,
        now=now,
        role=role,
        evidence=evidence,
        passages=passages,
        product=product,
        facts=pf,
        offer=facts.live_offer(pf.sku, now, roles),
        promotions=tuple(facts.promotions(now, pf.sku, roles)),
        version=facts.version_of(pf.sku),
        policy_amounts=amounts,
    )
