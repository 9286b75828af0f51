"""Composers turn `Grounds` into a `Draft`: the answer in the host's voice, with slots.

A draft never holds a number of its own: it says ``{price}``, ``{stock}``, ``{ends_in}`` and the
facts module fills them (slots.py). `TemplateComposer` is the embedded default: no model, no
network, deterministic; its words are the persona's phrases and verbatim quotes of the
retrieved passages (which it cites), so it is also the fallback whenever another composer's
draft fails verification. `LLMComposer` (llm.py) is the other implementation.

`TemplateComposer.renderers` maps an intent to the function that drafts its answer; a feature
adds an answer kind by adding an entry (a renderer returns a `Draft`, or None to fall through
to the default).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from bot.answers.grounds import Grounds, other_currency
from bot.answers.slots import Draft, escape, slot_values
from bot.answers.understand.answerable import ASKING_ZH
from bot.answers.understand.intent import aspect_words
from bot.persona import Persona
from knowledge import Passage, money, percent, regions
from knowledge.derived import unit_asked
from knowledge.text import normalize, tokens

# Answer phrases; a persona file overrides any of them under `phrases:` like the core ones.
PHRASES: dict[str, dict[str, str]] = {
    "price": {"en": "{name}: {price} tonight.", "zh": "{name}：今晚{price}。"},
    # variants at different prices: the live range, each end a price the facts hold
    "price_from": {"en": "{name}: {price_low} to {price_high} tonight, depending on the option.",
                   "zh": "{name}：今晚{price_low}到{price_high}，看选哪款。"},
    "price_from_discount": {
        "en": "{name}: {price_low} to {price_high} tonight, {percent} off, depending on the option.",
        "zh": "{name}：今晚{price_low}到{price_high}，省{percent}，看选哪款。"},
    "price_from_sale": {
        "en": "{name}: {price_low} to {price_high} tonight, on sale, depending on the option.",
        "zh": "{name}：今晚特价{price_low}到{price_high}，看选哪款。"},
    "price_discount": {
        "en": "{name}: {price} tonight, down from {list_price} ({percent} off).",
        "zh": "{name}：今晚{price}，原价{list_price}，省{percent}。",
    },
    "code": {"en": " Use code {code}.", "zh": "下单用优惠码{code}。"},
    "ends": {"en": " Offer ends in {ends_in}.", "zh": "优惠还剩{ends_in}。"},
    "limit": {"en": " Limit {limit} per person.", "zh": "每人限购{limit}份。"},
    "low_stock": {"en": " Only {stock} left!", "zh": "只剩{stock}份了！"},
    "per_unit": {"en": " That's the price per {unit}.", "zh": "（价格按每{unit}计。）"},
    "own_currency": {"en": " (Prices here are in {currency}; I can't convert them.)",
                     "zh": "（价格以{currency}计，我没法换算哦。）"},
    "stock": {"en": "{name}: {stock} left at {price}.", "zh": "{name}：还有{stock}份，{price}。"},
    "stock_from": {"en": "{name}: {stock} left, {price_low} to {price_high}.",
                   "zh": "{name}：还有{stock}份，{price_low}到{price_high}。"},
    "sold_out": {
        "en": "{name} is sold out right now, sorry! Try !deals for what's still on.",
        "zh": "{name}已经卖完啦，抱歉！发 !deals 看看还有什么。",
    },
    "about": {"en": "{text} ({name}, {price} tonight.)", "zh": "{text}（{name}，今晚{price}。）"},
    "about_from": {"en": "{text} ({name}, {price_low} to {price_high} tonight.)",
                   "zh": "{text}（{name}，今晚{price_low}到{price_high}。）"},
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


# Phrase placeholders that stay slots in a draft (the facts module fills them).
_SLOTS = ("name", "price", "price_low", "price_high", "list_price", "saving", "percent", "stock",
          "limit", "code", "ends_in", "minutes", "unit", "currency")


def phrase(persona: Persona, key: str, lang: str, **text: str) -> str:
    """A phrase as a draft template: its fact placeholders kept as slots, `text` (words from
    elsewhere, such as a passage) put in as is."""
    keep = {k: "{" + k + "}" for k in _SLOTS}
    return say(persona, key, lang, **keep, **{k: escape(v) for k, v in text.items()})


def minutes_left(ends_at: float | None, now: float) -> int | None:
    """Whole minutes until `ends_at`, rounded up (a sale never ends sooner than we said)."""
    if ends_at is None or ends_at <= now:
        return None
    return max(1, math.ceil((ends_at - now) / 60))


class Composer(Protocol):
    name: str

    async def compose(self, grounds: Grounds) -> Draft | str:
        """A draft answer: a `Draft` with slots, or plain text from a composer that knows no
        slots (the service escapes it). May raise (the service falls back to the template)."""
        ...


UNIT_PRICE = {"en": " That's {unit_price:PER}.", "zh": "折合{unit_price:PER}。"}
# The count a price is for, asked as a choice ("price for 1 or a pair?", 一支的价钱还是一对,
# "harga sebatang ke sepasang")
_ONE_OR_MORE = re.compile(r"\b(?:1|one|a single|single|each|satu|sebatang|sebiji|seketul)\s+(?:or|ke|atau)\s+"
                          r"(?:2|two|a pair|pair|a set|set|both|sepasang|dua|set)\b|"
                          r"[一单][支个只片条件套瓶包]\S{0,4}还是[一两][对双套副个支只]|"
                          # (or as a yes or no: 这个价格是一对吗, "is the price for a pair?")
                          r"(?:价格|价钱|这个价)\S{0,2}是(?:一|单)[对双套副个支只条片]|"
                          r"是(?:一|单)[对双套副个支只](?:的)?(?:价格|价钱)|"
                          r"\b(?:price|it|that)\s+(?:is\s+)?(?:for|per)\s+(?:a\s+|one\s+|the\s+)?"
                          r"(?:pair|set|piece|both|one)\b")


def priced_from(grounds: Grounds) -> bool:
    """The product's variants sell at different live prices and the question named none of
    them: the answer states the range (`Grounds.price_range`)."""
    return grounds.price_range is not None


def price_line(persona: Persona, grounds: Grounds) -> str:
    """The offer as a draft template: price, discount, code, deadline, limits, low stock."""
    f, o, lang = grounds.facts, grounds.offer, grounds.lang
    assert f is not None and o is not None
    if f.sold_out:  # only a tracked zero: an untracked stock is never "sold out"
        return phrase(persona, "sold_out", lang)
    ranged = grounds.price_range
    # a range is said off only where both its ends are off by the product's own percent
    off = o.percent_off > 0 and (ranged is None or all(
        end.percent_off == o.percent_off for end in ranged))
    key = ("price_from" if priced_from(grounds) else "price") + ("_discount" if off else "")
    if key == "price_from" and o.promotion is not None and f.sku in o.promotion.skus \
            and ranged is not None and all(end.percent_off > 0 for end in ranged):
        key = "price_from_sale"  # a deal on the product, so on every option, by different percents
    text = phrase(persona, key, lang)
    if (per := unit_asked(grounds.question)) and f"unit_price:{per}" in slot_values(grounds):
        # "牛肉多少钱一斤" of a 1 kg pack: the pack price, then per 斤 as the facts derive it
        text += UNIT_PRICE[lang if lang in UNIT_PRICE else "en"].replace("PER", per)
    if o.code:
        text += phrase(persona, "code", lang)
    if minutes_left(o.ends_at, grounds.now) is not None:
        text += phrase(persona, "ends", lang)
    limit = (o.promotion.per_viewer_limit if o.promotion else None) or f.per_viewer_limit
    if limit:
        text += phrase(persona, "limit", lang)
    if f.low_stock(LOW_STOCK - 1):
        text += phrase(persona, "low_stock", lang)
    if f.unit not in ("", "each") and _ONE_OR_MORE.search(normalize(grounds.question)):
        text += phrase(persona, "per_unit", lang)  # "price for 1 or a pair?": the unit it is for
    if other_currency(grounds.question, o.currency):
        text += phrase(persona, "own_currency", lang)
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
    lines.append("in stock: sold out" if f.sold_out else f"in stock: {f.stock}" if f.tracked
                 else "in stock: yes (not counted)")
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
    norm = normalize(question)
    aspects, amount = aspect_words(question), _AMOUNT_Q.search(norm) is not None
    duration = _DURATION_Q.search(norm) is not None
    places = regions.mentioned(question)  # "ship to the US?": the sentence on overseas

    said_q = tokens(question)
    asked_pairs = list(zip(said_q, said_q[1:], strict=False))
    countries = {c for p in places if (c := regions.country_of(p))}

    def fit(i: int) -> tuple[int, bool, bool, int]:
        # shared words and aspects ("delivery" and "arrive"), then a time for "how long", a
        # number for an amount ("how long does delivery take": "2 to 4 days", not "free over $50")
        s = sentences[i]
        said = set(tokens(s))  # a word as asked counts twice, in another form ("shipped") once
        # (and a pair of words as asked, three times: "ring light" names the sentence on it)
        toks = tokens(s)
        pairs = list(zip(toks, toks[1:], strict=False))
        # (a sentence on another part of the asked place's country is no answer: "ship to
        # cebu?" is not "Metro Manila … ₱99")
        named = regions.mentioned(s)
        elsewhere = bool(named) and not _names_place(s, places) and all(
            regions.country_of(m) in countries and regions.country_of(m) != m
            and not any(m in regions.covered_by(p) for p in places)  # (Sabah of 东马 asked)
            for m in named)
        shared = sum(2 if w in said else any(_same_word(w, t) for t in said) for w in q) + 4 * len(
            aspects & aspect_words(s)) + 6 * _names_place(s, places) - 6 * elsewhere + 3 * sum(
            any(_same_word(a, c) and _same_word(b, d) for c, d in pairs) for a, b in asked_pairs)
        return (-shared, not (duration and DURATION_SAID.search(s) is not None),
                not (amount and any(c.isdigit() for c in s)), i)

    ranked = sorted(range(len(sentences)), key=fit)
    keep = sorted(ranked[:max_sentences])
    return " ".join(sentences[i].strip() for i in keep)


def _names_place(sentence: str, asked: frozenset[str]) -> bool:
    """Whether `sentence` names a place among `asked`, a region holding one (overseas), or a
    country it lies outside of ("outside the US" of Cebu)."""
    return bool(asked) and (any(asked & regions.covered_by(n) for n in regions.mentioned(sentence)
                                | {m for m in regions.MAINLAND if regions.named_in(sentence, {m})})
                            or any((home := _outside_of(m)) and all(
                                regions.country_of(p) not in ("", home) for p in asked)
                                   for m in _OUTSIDE.finditer(sentence)))


def _outside_of(m: re.Match[str]) -> str:
    """The country an `_OUTSIDE` match is outside of (加拿大及美国以外: the US), else ""."""
    said = m.group(1) or m.group(2)
    return next((c for i in range(len(said) - 1) if (c := regions.country_of(said[i:]))), "")


# "outside the US", "美国以外": every country but that one
_OUTSIDE = re.compile(r"\b(?:outside(?: of)?|beyond)\s+((?:the\s+)?[A-Za-z][A-Za-z ]{1,30}?)"
                      r"(?=[.,;)]|$|\s+or\b|\s+and\b)|([\u4e00-\u9fff]{2,6}?)以外", re.I)


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: equal, or one a prefix of the other from four letters ("ship" and
    "shipped", "deliver" and "delivery")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


# A question asking an amount (how long, how many, 几天, 多久).
_AMOUNT_Q = re.compile(r"\bhow (?:much|many|long|soon|far|often)\b|多少|多久|几")
_DURATION_Q = re.compile(r"\bhow (?:long|soon|fast|quick|quickly)\b|\bwhen (?:will|would|does|do) .{0,30}"
                         r"\b(?:arrive|get here|come)\b|多久|几天|多长时间|多快|什么时候到")
# A time said (the answer to "how long"); the verifier checks drafts with the same pattern.
DURATION_SAID = re.compile(r"\b(?:sec|second|min|minute|hour|hr|day|week|month|year|h)s?\b|\d\s*h\b|"
                           r"秒|分钟|小时|天|周|星期|个月|年|日", re.I)


# Intents whose policies `gather` fetched by topic (grounds.POLICY_TOPICS): each answers.
_TOPIC_INTENTS = ("shipping", "returns", "payment")
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
    asked = {t for t in tokens(question) if t not in ASKING_ZH}  # 包邮不: 不 asks, names nothing
    return len((asked - ignore) & set(tokens(text)))


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
        on_topic = p.kind == "policy" and grounds.intent in _TOPIC_INTENTS
        if score == 0 and not on_topic and (grounds.facts is None or grounds.intent != "info"):
            continue  # a specific question needs a passage that speaks to it
        # (a shop intent's policies were gathered by topic: "运费多少" is answered by the
        # shipping policy whatever its words, "包邮" and not "运费")
        rank = (score, p.lang in (grounds.lang, None, ""), -kinds.index(p.kind), -i)
        if best is None or rank > best[0]:
            best = (rank, p)
    return best[1] if best else None


Renderer = Callable[["TemplateComposer", Grounds], "Draft | None"]


def render_offer(composer: TemplateComposer, grounds: Grounds) -> Draft | None:
    """Price and stock questions: a moderator's override (quoted), else the offer's slots."""
    if grounds.facts is None:
        return None
    override = pick_passage(grounds)
    if override is not None:  # a moderator's correction wins over the template
        return Draft(escape(passage_answer(override, grounds.question)), (override.id,))
    persona, lang = composer.persona, grounds.lang
    if grounds.intent == "stock" and grounds.facts.tracked and grounds.facts.in_stock:
        return Draft(phrase(persona, "stock_from" if priced_from(grounds) else "stock", lang))
    return Draft(price_line(persona, grounds))


@dataclass
class TemplateComposer:
    """The deterministic default: facts for numbers (as slots), passages for words (quoted and
    cited), persona for voice. `renderers`: intent → renderer, tried before the default."""

    persona: Persona
    name: str = "template"
    renderers: dict[str, Renderer] = field(
        default_factory=lambda: {"price": render_offer, "stock": render_offer})

    async def compose(self, grounds: Grounds) -> Draft:
        return self.draft(grounds)

    def draft(self, grounds: Grounds) -> Draft:
        """The answer for `grounds` as a draft (slots unfilled)."""
        renderer = self.renderers.get(grounds.intent)
        if renderer is not None and (out := renderer(self, grounds)) is not None:
            return out
        lang = grounds.lang
        from bot.answers.replies import aspect_answer  # replies imports this module

        if (aspect := aspect_answer(grounds, self.persona)) is not None:
            return aspect  # the one fact the understanding layer found answers the aspect
        passage = pick_passage(grounds)
        if passage is None:
            if grounds.facts is not None and grounds.offer is not None:
                return Draft(price_line(self.persona, grounds))
            return Draft(escape(self.persona.say("unknown", lang)))
        text = passage_answer(passage, grounds.question)
        cite = (passage.id,)
        if grounds.facts is not None and grounds.offer is not None and grounds.facts.in_stock:
            about = phrase(self.persona, "about_from" if priced_from(grounds) else "about", lang,
                           text=text)
            # A promotion's price holds only with its code: never quote one without the other.
            code = phrase(self.persona, "code", lang).rstrip() if grounds.offer.code else ""
            return Draft(about + code, cite)
        return Draft(escape(text), cite)

    def render(self, grounds: Grounds) -> str:
        """The answer's text, slots filled from `grounds`."""
        from bot.answers.slots import fill

        return fill(self.draft(grounds), grounds).text
