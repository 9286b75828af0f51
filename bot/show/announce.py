"""What the show says, in the persona's voice and languages, with numbers from live facts.

Every function here renders from `Facts` at the moment it is called and returns None when
the message would be stale (the product sold out, the sale already over). The runner calls
them again from the outbox's `refresh` hook just before sending, so a price that changed
while a message waited for the rate limit is never said.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.events import Card
from bot.persona import Persona
from knowledge.facts import Facts, Offer, ProductFacts, money

# The show's phrasebook; a persona file overrides any entry under the same key.
PHRASES: dict[str, dict[str, str]] = {
    "show.on_now": {
        "en": "Now on: {name}! {offer}{code}{deadline}.{point}",
        "zh": "现在上架：{name}！{offer}{code}{deadline}。{point}",
    },
    "show.offer": {
        "en": "{price}, down from {list_price}: you save {saving} ({percent}% off)",
        "zh": "到手价{price}，原价{list_price}，立省{saving}（直降{percent}%）",
    },
    "show.offer_plain": {"en": "{price}", "zh": "{price}"},
    "show.code": {"en": " with code {code}", "zh": "，下单用券码{code}"},
    "show.deadline": {"en": ", for {left} only", "zh": "，仅限{left}"},
    "show.flash_start": {
        "en": "⚡ Flash sale! {items}. Ends in {left}!",
        "zh": "⚡ 限时秒杀！{items}。{left}后结束！",
    },
    "show.promo_start": {"en": "New deal: {items}.", "zh": "新优惠：{items}。"},
    "show.item": {"en": "{name}: {offer}{code}", "zh": "{name}：{offer}{code}"},
    "show.countdown": {
        "en": "⏰ {left} left on {name}: {price}{code}!",
        "zh": "⏰ {name}优惠还剩{left}：{price}{code}！",
    },
    "show.low_stock": {
        "en": "Hurry, only {stock} left of {name}!",
        "zh": "{name}只剩{stock}件了，抓紧！",
    },
    "show.sold_out": {
        "en": "{name} is sold out. Thank you all!",
        "zh": "{name}已经卖光啦，谢谢大家！",
    },
    "show.sale_ended": {
        "en": "The deal on {name} has ended. Price now: {prices}.",
        "zh": "{name}的优惠已结束，现价：{prices}。",
    },
    "show.next_up": {"en": "Up next: {name}. Stay with us!", "zh": "下一个：{name}，别走开！"},
    "show.minutes": {"en": "{n} min", "zh": "{n}分钟"},
    "show.seconds": {"en": "{n} s", "zh": "{n}秒"},
    # A product card's field labels (the show's first language).
    "show.card_price": {"en": "Price", "zh": "到手价"},
    "show.card_list_price": {"en": "List price", "zh": "原价"},
    "show.card_saving": {"en": "You save", "zh": "立省"},
    "show.card_code": {"en": "Code", "zh": "券码"},
    "show.card_stock": {"en": "Stock", "zh": "库存"},
}


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    card: Card | None = None


class Announcer:
    """Renders the show's messages from live facts; None means "don't say it now"."""

    def __init__(self, persona: Persona, facts: Facts) -> None:
        persona.check_slots(PHRASES)  # an unknown slot stops start-up, not a cue mid-show
        self.persona = persona
        self.facts = facts
        self.languages = persona.languages or ["en"]

    # -- phrase helpers ----------------------------------------------------------------------

    def phrase(self, key: str, lang: str, **slots: object) -> str:
        return self.persona.say(key, lang, defaults=PHRASES, **slots)

    def _all(self, render: Callable[[str], str]) -> str:
        """One line per language the persona speaks, in its order."""
        return "\n".join(render(lang) for lang in self.languages)

    def name(self, facts: ProductFacts, lang: str) -> str:
        return facts.name_zh if lang == "zh" and facts.name_zh else facts.name

    def left(self, seconds: float, lang: str) -> str:
        """Time left, as a viewer would say it (a late tick of a few seconds still reads 5 min)."""
        if seconds >= 57:  # whole minutes, rounded down: never promise more time than is left
            return self.phrase("show.minutes", lang, n=max(1, int((seconds + 3) // 60)))
        return self.phrase("show.seconds", lang, n=max(1, math.ceil(seconds)))

    def offer_text(self, offer: Offer, lang: str) -> str:
        cur = offer.currency
        if offer.saving > 0:
            return self.phrase(
                "show.offer",
                lang,
                price=money(offer.price, cur),
                list_price=money(offer.list_price, cur),
                saving=money(offer.saving, cur),
                percent=offer.percent_off,
            )
        return self.phrase("show.offer_plain", lang, price=money(offer.price, cur))

    def code_text(self, offer: Offer, lang: str) -> str:
        return self.phrase("show.code", lang, code=offer.code) if offer.code else ""

    def card(self, facts: ProductFacts, offer: Offer) -> Card:
        lang = self.languages[0]
        price, list_price, saving, code = (
            self.phrase(f"show.card_{field}", lang)
            for field in ("price", "list_price", "saving", "code")
        )
        cur = offer.currency
        fields = [(price, money(offer.price, cur))]
        if offer.saving > 0:
            fields += [
                (list_price, money(offer.list_price, cur)),
                (saving, f"{money(offer.saving, cur)} ({offer.percent_off}%)"),
            ]
        if offer.code:
            fields.append((code, offer.code))
        return Card(title=self.name(facts, lang), fields=tuple(fields), ends_at=offer.ends_at)

    def _live(self, sku: str) -> ProductFacts | None:
        """The product's facts if it can still be sold."""
        if sku not in self.facts:
            return None
        facts = self.facts.get(sku)
        return facts if facts.in_stock else None

    # -- the announcements -------------------------------------------------------------------

    def on_now(
        self,
        sku: str,
        now: float,
        points: list[str] | None = None,
        flash_ids: Iterable[str] = (),
    ) -> Rendered | None:
        """Product on now: live price, list price, saving (and the deadline of a flash price)."""
        facts = self._live(sku)
        if facts is None:
            return None
        offer = self.facts.live_offer(sku, now)

        def render(lang: str) -> str:
            deadline = ""
            flash = offer.promotion is not None and offer.promotion.id in flash_ids
            if flash and offer.ends_at is not None and offer.ends_at > now:
                deadline = self.phrase(
                    "show.deadline", lang, left=self.left(offer.ends_at - now, lang)
                )
            point = f" {points[0]}" if points and lang == self.languages[0] else ""
            return self.phrase(
                "show.on_now",
                lang,
                name=self.name(facts, lang),
                offer=self.offer_text(offer, lang),
                code=self.code_text(offer, lang),
                deadline=deadline,
                point=point,
            )

        return Rendered(self._all(render), self.card(facts, offer))

    def promo_start(
        self, skus: Iterable[str], promo_id: str, now: float, flash: bool
    ) -> Rendered | None:
        """A promotion going live, told for the products where it is now the best price
        (where an overlapping deal beats it, nobody pays it: there is nothing to tell)."""
        items = self.winning(skus, promo_id, now)[:3]
        if not items:
            return None
        ends_at = self.facts.promotion(promo_id).ends_at

        def render(lang: str) -> str:
            listed = ("; " if lang == "en" else "；").join(
                self.phrase(
                    "show.item",
                    lang,
                    name=self.name(f, lang),
                    offer=self.offer_text(o, lang),
                    code=self.code_text(o, lang),
                )
                for f, o in items
            )
            if flash and ends_at is not None:
                return self.phrase(
                    "show.flash_start", lang, items=listed, left=self.left(ends_at - now, lang)
                )
            return self.phrase("show.promo_start", lang, items=listed)

        facts, offer = items[0]
        return Rendered(self._all(render), self.card(facts, offer))

    def countdown(self, skus: Iterable[str], promo_id: str, now: float) -> Rendered | None:
        """Time left on a deal, for a product where it is the price people pay."""
        items = self.winning(skus, promo_id, now)
        if not items:
            return None
        facts, offer = items[0]
        ends_at = offer.ends_at
        if ends_at is None or ends_at <= now:
            return None

        def render(lang: str) -> str:
            return self.phrase(
                "show.countdown",
                lang,
                left=self.left(ends_at - now, lang),
                name=self.name(facts, lang),
                price=money(offer.price, offer.currency),
                code=self.code_text(offer, lang),
            )

        return Rendered(self._all(render), self.card(facts, offer))

    def winning(
        self, skus: Iterable[str], promo_id: str, now: float
    ) -> list[tuple[ProductFacts, Offer]]:
        """The products (with their live offers) whose best public price is this promotion's."""
        out = []
        for sku in sorted(skus):
            facts = self._live(sku)
            if facts is None:
                continue
            offer = self.facts.live_offer(sku, now)
            if offer.promotion is not None and offer.promotion.id == promo_id:
                out.append((facts, offer))
        return out

    def low_stock(self, sku: str, threshold: int) -> Rendered | None:
        facts = self._live(sku)
        if facts is None or not facts.low_stock(threshold):
            return None
        return Rendered(
            self._all(
                lambda lang: self.phrase(
                    "show.low_stock", lang, stock=facts.stock, name=self.name(facts, lang)
                )
            )
        )

    def sold_out(self, sku: str) -> Rendered | None:
        if sku not in self.facts or self.facts.get(sku).in_stock:
            return None  # restocked meanwhile
        facts = self.facts.get(sku)
        return Rendered(
            self._all(lambda lang: self.phrase("show.sold_out", lang, name=self.name(facts, lang)))
        )

    def sale_ended(self, skus: Iterable[str], promo_id: str, now: float) -> Rendered | None:
        if any(p.id == promo_id for p in self.facts.promotions(now)):
            return None  # a moderator restarted it
        items = [self.facts.get(s) for s in sorted(skus) if s in self.facts][:3]
        if not items:
            return None
        offers = [self.facts.live_offer(f.sku, now) for f in items]

        def render(lang: str) -> str:
            sep = "、" if lang == "zh" else ", "
            return self.phrase(
                "show.sale_ended",
                lang,
                name=sep.join(self.name(f, lang) for f in items),
                prices=sep.join(money(o.price, o.currency) for o in offers),
            )

        return Rendered(self._all(render))

    def next_up(self, sku: str) -> Rendered | None:
        facts = self._live(sku)
        if facts is None:
            return None
        return Rendered(
            self._all(lambda lang: self.phrase("show.next_up", lang, name=self.name(facts, lang)))
        )

    def message(self, texts: dict[str, str]) -> Rendered:
        first = self.languages[0]

        def render(lang: str) -> str:
            return texts.get(lang) or texts.get("*") or texts.get(first) or ""

        lines = dict.fromkeys(render(lang) for lang in self.languages)  # no line twice
        return Rendered("\n".join(t for t in lines if t))
