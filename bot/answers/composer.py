"""Composers turn `Grounds` into a draft answer in the host's voice.

`TemplateComposer` is the embedded default: no model, no network, deterministic. Its numbers
are rendered from facts with `knowledge.facts.money`, its words are the persona's phrases and
the retrieved passages, so it is also the fallback whenever another composer's draft fails
verification. `LLMComposer` (llm.py) is the other implementation.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Protocol

from bot.answers.grounds import Grounds
from bot.persona import Persona
from knowledge import Passage, money, percent
from knowledge.text import tokens

# Answer phrases; a persona file overrides any of them under `phrases:` like the core ones.
PHRASES: dict[str, dict[str, str]] = {
    "price": {"en": "{name}: {price} tonight.", "zh": "{name}：今晚{price}。"},
    "price_discount": {
        "en": "{name}: {price} tonight, down from {list_price} ({percent} off).",
        "zh": "{name}：今晚{price}，原价{list_price}，省{percent}。",
    },
    "code": {"en": " Use code {code}.", "zh": "下单用优惠码{code}。"},
    "ends": {"en": " Offer ends in {minutes} min.", "zh": "优惠还剩{minutes}分钟。"},
    "limit": {"en": " Limit {limit} per person.", "zh": "每人限购{limit}份。"},
    "low_stock": {"en": " Only {stock} left!", "zh": "只剩{stock}份了！"},
    "stock": {"en": "{name}: {stock} left at {price}.", "zh": "{name}：还有{stock}份，{price}。"},
    "sold_out": {
        "en": "{name} is sold out right now, sorry! Try !deals for what's still on.",
        "zh": "{name}已经卖完啦，抱歉！发 !deals 看看还有什么。",
    },
    "about": {"en": "{text} ({name}, {price} tonight.)", "zh": "{text}（{name}，今晚{price}。）"},
    "busy_dropped": {
        "en": "Lots of questions right now! {count} had to be skipped, "
              "please ask again in a minute.",
        "zh": "问题太多啦！有{count}个问题没来得及回答，请过一会儿再问。",
    },
}

LOW_STOCK = 50


def say(persona: Persona, key: str, lang: str, **slots: object) -> str:
    """A phrase from the persona file if it has one, else from this module's defaults."""
    return persona.say(key, lang, defaults=PHRASES, **slots)


def minutes_left(ends_at: float | None, now: float) -> int | None:
    """Whole minutes until `ends_at`, rounded up (a sale never ends sooner than we said)."""
    if ends_at is None or ends_at <= now:
        return None
    return max(1, math.ceil((ends_at - now) / 60))


class Composer(Protocol):
    name: str

    async def compose(self, grounds: Grounds) -> str:
        """A draft answer; may raise (the service falls back to the template)."""
        ...


def product_name(grounds: Grounds) -> str:
    f = grounds.facts
    assert f is not None
    return f.name_zh if grounds.lang == "zh" and f.name_zh else f.name


def price_line(persona: Persona, grounds: Grounds) -> str:
    """The offer in one or two sentences: price, discount, code, deadline, limits."""
    f, o, lang = grounds.facts, grounds.offer, grounds.lang
    assert f is not None and o is not None
    name = product_name(grounds)
    if f.stock <= 0:
        return say(persona, "sold_out", lang, name=name)
    price = money(o.price, o.currency)
    if o.percent_off > 0:
        text = say(persona, "price_discount", lang, name=name, price=price,
                   list_price=money(o.list_price, o.currency), percent=percent(o.percent_off))
    else:
        text = say(persona, "price", lang, name=name, price=price)
    if o.code:
        text += say(persona, "code", lang, code=o.code)
    if (minutes := minutes_left(o.ends_at, grounds.now)) is not None:
        text += say(persona, "ends", lang, minutes=minutes)
    limit = (o.promotion.per_viewer_limit if o.promotion else None) or f.per_viewer_limit
    if limit:
        text += say(persona, "limit", lang, limit=limit)
    if f.stock < LOW_STOCK:
        text += say(persona, "low_stock", lang, stock=f.stock)
    return text


def facts_block(grounds: Grounds) -> list[str]:
    """The facts as plain lines (the LLM composer's context, and `hawker ask`'s evidence)."""
    f, o = grounds.facts, grounds.offer
    if f is None or o is None:
        return []
    lines = [f"product: {f.name}" + (f" / {f.name_zh}" if f.name_zh else "") + f" ({f.unit})"]
    price = f"price now: {money(o.price, o.currency)}"
    if o.percent_off > 0:
        price += f" (list price {money(o.list_price, o.currency)}, {percent(o.percent_off)} off)"
    lines.append(price)
    if o.code:
        lines.append(f"coupon code: {o.code}")
    if (minutes := minutes_left(o.ends_at, grounds.now)) is not None:
        lines.append(f"offer ends in: {minutes} min")
    lines.append(f"in stock: {f.stock}" if f.stock > 0 else "in stock: sold out")
    if f.per_viewer_limit:
        lines.append(f"limit per viewer: {f.per_viewer_limit}")
    return lines


# "8.5 g" is not a sentence end: ASCII stops need a space after them, CJK ones do not.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*")


def passage_answer(p: Passage, question: str, max_sentences: int = 2) -> str:
    """The part of a passage that answers: a FAQ's answer, the matching spec items, or the
    sentences sharing the most words with the question."""
    text = p.text
    if p.kind in ("faq", "override") and " A: " in text:
        return text.split(" A: ", 1)[1].strip()
    q = set(tokens(question))
    if p.kind == "spec" and ": " in text:
        body = text.split(": ", 1)[1]
        items = [i.strip() for i in body.split(";") if i.strip()]
        hits = [i for i in items if q & set(tokens(i))]
        return "; ".join(hits or items) + "."
    if ": " in text[:60]:  # "Title: text" (descriptions, policies)
        text = text.split(": ", 1)[1]
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    if not sentences:
        return text.strip()
    ranked = sorted(range(len(sentences)), key=lambda i: (-len(q & set(tokens(sentences[i]))), i))
    keep = sorted(ranked[:max_sentences])
    return " ".join(sentences[i].strip() for i in keep)


# Which passage kinds answer which intent, best first.
_KINDS = {
    "shipping": ("override", "faq", "policy"),
    "returns": ("override", "faq", "policy"),
    "spec": ("override", "faq", "spec", "description"),
    "info": ("override", "description", "faq", "spec", "policy"),
    "price": ("override",),
    "stock": ("override",),
}


def overlap(question: str, passage: Passage, ignore: set[str]) -> int:
    """Question words (not the product's own name) that the passage shares. For a FAQ only
    its question counts: a FAQ about capacity must not answer a question about returns."""
    text = passage.text
    if passage.kind == "faq" and " A: " in text:
        text = text.split(" A: ", 1)[0]
    return len((set(tokens(question)) - ignore) & set(tokens(text)))


def name_tokens(grounds: Grounds) -> set[str]:
    if grounds.product is None:
        return set()
    return {t for name in grounds.product.names() for t in tokens(name)}


def pick_passage(grounds: Grounds) -> Passage | None:
    """The passage that answers: of the kinds that suit the question, the one sharing the most
    words with it (same language first, then retrieval order). An override always wins; with
    no product matched, a passage must share at least one word with the question."""
    kinds = _KINDS.get(grounds.intent, _KINDS["info"])
    ignore = name_tokens(grounds)
    best: tuple[tuple[int, bool, int, int], Passage] | None = None
    for i, p in enumerate(grounds.passages):
        if p.kind not in kinds:
            continue
        if p.kind == "override":
            return p
        score = overlap(grounds.question, p, ignore)
        if score == 0 and (grounds.facts is None or grounds.intent != "info"):
            continue  # a specific question needs a passage that speaks to it
        rank = (score, p.lang in (grounds.lang, None, ""), -kinds.index(p.kind), -i)
        if best is None or rank > best[0]:
            best = (rank, p)
    return best[1] if best else None


@dataclass
class TemplateComposer:
    """The deterministic default: facts for numbers, passages for words, persona for voice."""

    persona: Persona
    name: str = "template"

    async def compose(self, grounds: Grounds) -> str:
        return self.render(grounds)

    def render(self, grounds: Grounds) -> str:
        lang = grounds.lang
        from bot.answers.replies import aspect_answer  # replies imports this module

        if (text := aspect_answer(grounds, self.persona)) is not None:
            return text  # the one fact the understanding layer found answers the aspect
        if grounds.facts is not None and grounds.intent in ("price", "stock"):
            override = pick_passage(grounds)
            if override is not None:  # a moderator's correction wins over the template
                return passage_answer(override, grounds.question)
            if grounds.intent == "stock" and grounds.facts.stock > 0:
                o = grounds.offer
                assert o is not None
                return say(self.persona, "stock", lang, name=product_name(grounds),
                           stock=grounds.facts.stock, price=money(o.price, o.currency))
            return price_line(self.persona, grounds)
        passage = pick_passage(grounds)
        if passage is None:
            if grounds.facts is not None:
                return price_line(self.persona, grounds)
            return self.persona.say("unknown", lang)
        text = passage_answer(passage, grounds.question)
        if grounds.facts is not None and grounds.offer is not None and grounds.facts.stock > 0:
            o = grounds.offer
            about = say(self.persona, "about", lang, text=text, name=product_name(grounds),
                        price=money(o.price, o.currency))
            # A promotion's price holds only with its code: never quote one without the other.
            return about + (say(self.persona, "code", lang, code=o.code).rstrip() if o.code else "")
        return text
