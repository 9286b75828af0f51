"""Replies that are not a drafted answer: "we don't carry that tonight", "it comes in S to XL,
not 3XL", "I don't know that about the X", the live deals, a comparison of two products, how
to buy, and the one fact that answers an aspect question. Each takes `Grounds` and returns
text in the persona's voice.

Numbers come only from the facts in the Grounds (`knowledge.money`); the phrases are defaults a
persona file may override under `phrases:` like every other phrase.
"""

from __future__ import annotations

from bot.answers.composer import phrase
from bot.answers.grounds import Grounds
from bot.answers.slots import Draft, escape
from bot.persona import Persona
from knowledge import Offer, Product, ProductFacts, Variant, money
from knowledge.text import CJK_RE
from knowledge.variants import (
    combination_not_sold,
    listed_range,
    listed_zh,
    value_forms,
    value_not_offered,
    variants_named,
)

PHRASES: dict[str, dict[str, str]] = {
    "not_carried": {
        "en": "Sorry, we don't carry {thing} tonight. Tonight's line-up is on screen, ask me "
              "about any of it!",
        "zh": "抱歉，今晚没有{thing}哦。今晚的商品都在屏幕上，随时问我！",
    },
    "not_offered": {
        "en": "The {name} comes in {sold}, not {asked}, sorry!",
        "zh": "{name}只有{sold}，没有{asked}哦。",
    },
    "unknown_aspect": {
        "en": "I don't know that about the {name}, sorry. I've passed it to the team.",
        "zh": "关于{name}的这个问题我不太清楚，抱歉，已经转给同事了。",
    },
    "haggle": {"en": "Prices are the same for everyone tonight, no haggling, sorry! Type !deals "
                     "for what's on sale.",
               "zh": "今晚价格对大家都一样，不议价哦～打 !deals 看看现在的优惠！"},
    "deals": {"en": "Live deals right now: {items}.", "zh": "现在的优惠：{items}。"},
    "no_deals": {"en": "No live deals right this minute, but stay tuned!",
                 "zh": "现在暂时没有优惠活动，别走开！"},
    "no_deal_on": {"en": "No deal on the {name} tonight: {price}.", "zh": "{name}今晚没有优惠：{price}。"},
    "deal_item": {"en": "{name} {price} (was {list_price})", "zh": "{name}{price}（原价{list_price}）"},
    "deal_options": {"en": "On sale on the {name} tonight: {items}.", "zh": "{name}今晚特价：{items}。"},
    "deal_options_some": {"en": " The other options are at full price.", "zh": "其他款式原价。"},
    "deal_item_code": {"en": "{name} {price} (was {list_price}) with code {code}",
                       "zh": "{name}{price}（原价{list_price}，优惠码{code}）"},
    "deal_item_plain": {"en": "{name} {price}", "zh": "{name}{price}"},
    "compare": {"en": "{a}: {pa}. {b}: {pb}. {cheaper} is cheaper tonight.",
                "zh": "{a}：{pa}；{b}：{pb}。今晚{cheaper}更便宜。"},
    "compare_same": {"en": "{a}: {pa}. {b}: {pb}. Same price tonight.",
                     "zh": "{a}：{pa}；{b}：{pb}。今晚一样的价。"},
    "compare_plain": {"en": "{a}: {pa}. {b}: {pb}.", "zh": "{a}：{pa}；{b}：{pb}。"},
    "compared_sold_out": {"en": "{price} (sold out)", "zh": "{price}（已售罄）"},
    "how_to_buy": {"en": "{name}: tap the cart below the stream and pick it there, {price} tonight.",
                   "zh": "{name}：点直播间下方的购物车就能下单，今晚{price}。"},
    "aspect": {"en": "{name}: {text} ({price} tonight.)", "zh": "{name}：{text}（今晚{price}。）"},
    "aspect_from": {"en": "{name}: {text} ({price_low} to {price_high} tonight.)",
                    "zh": "{name}：{text}（今晚{price_low}到{price_high}。）"},
}
JOIN = {"en": "; ", "zh": "；"}


def say(persona: Persona, key: str, lang: str, **slots: object) -> str:
    """A phrase from the persona file if it has one, else from this module's defaults."""
    return persona.say(key, lang, defaults=PHRASES, **slots)


def _name(f: ProductFacts, lang: str) -> str:
    return f.name_zh if lang == "zh" and f.name_zh else f.name


def _price(o: Offer) -> str:
    return money(o.price, o.currency)


def _in_lang(value: str, lang: str, product: Product) -> str:
    """An option value as said in `lang`: in Chinese as the listing writes it (Senior → 老年犬),
    else its Chinese form ("White" → 白色, "2 kg" → 2公斤)."""
    if lang != "zh":
        return value
    listed = {v: zh for values in product.values_in_chinese().values() for v, zh in values.items()}
    if listed.get(value, value) != value:
        return listed[value]
    said = [f for f in value_forms(value) if CJK_RE.search(f)]
    return min(said, key=lambda f: " " in f) if said else value


def _title(variant: Variant, lang: str, product: Product) -> str:
    """A variant's options as said in `lang` ("2-person", 2人)."""
    if lang != "zh":
        return variant.title
    return variant.titled({name: {v: _in_lang(v, lang, product) for v in values}
                           for name, values in product.options.items()}, "，")


def special(grounds: Grounds, persona: Persona) -> tuple[str, str] | None:
    """(text, kind) for a Grounds whose `status` is not a plain answer, else None. `kind`
    "abstain" marks an honest non-answer (the service reports it as unanswered)."""
    lang, status = grounds.lang, grounds.status
    if status == "not_carried":
        thing = grounds.foreign or ("that" if lang == "en" else "这个")
        return say(persona, "not_carried", lang, thing=thing), "abstain"
    if status == "not_offered" and grounds.facts is not None and (
            missing := value_not_offered(grounds.product, grounds.question)) is not None:
        option, asked, sold = missing
        name = _name(grounds.facts, lang)
        if grounds.product is not None and (narrowed := variants_named(grounds.product, grounds.question)):
            # "the 10 mm mat in pink": the colours the 10 mm comes in, not every colour
            sold = tuple(v for v in sold if any(var.options.get(option) == v for var in narrowed)) or sold
        if combination := combination_not_sold(grounds.product, grounds.question):
            # "senior 12kg": the Senior comes in 2 kg, 6 kg
            product = grounds.product
            assert product is not None
            given = _in_lang(combination[3], lang, product)
            name += f"（{given}）" if lang == "zh" else f" ({given})"
            asked = _in_lang(asked, lang, product)
            sold = tuple(_in_lang(v, lang, product) for v in sold)
        elif grounds.product is not None and (
                spanned := listed_range(grounds.product, option, lang)):
            sold = (spanned,)  # "US men's 7 to 13", not every size in it
        elif lang == "zh" and grounds.product is not None:
            # as the listing says them in Chinese (麻灰), else a colour word ("heather grey" → 灰色)
            sold = listed_zh(grounds.product, option, len(sold)) or tuple(
                _in_lang(v, lang, grounds.product) for v in sold)
        return say(persona, "not_offered", lang, name=name, asked=asked,
                   sold=("、" if lang == "zh" else ", ").join(sold)), "abstain"
    if status == "unknown_aspect" and grounds.facts is not None:
        name = _name(grounds.facts, lang)
        return say(persona, "unknown_aspect", lang, name=name), "abstain"
    if status == "unknown":
        return persona.say("unknown", lang), "abstain"
    if status == "haggle":
        return say(persona, "haggle", lang), "abstain"
    if status == "deals":
        items = []
        for f, o in grounds.others:
            if f.sold_out:
                continue
            key = "deal_item" if o.list_price > o.price else "deal_item_plain"
            items.append(say(persona, key, lang, name=_name(f, lang),
                             price=_price(o), list_price=money(o.list_price, o.currency)))
        # asked of one product with no deal on it: say so before what is on
        none_on = ""
        if grounds.facts is not None and grounds.offer is not None:
            ranged = grounds.price_range
            name = _name(grounds.facts, lang)
            product = grounds.product
            if lang == "zh" and product is not None and (variant := next(
                    (v for v in product.variants if v.sku == grounds.facts.sku), None)):
                # (the option as said in Chinese: 山脊双层帐篷（4人）, not （4-person）)
                name = f"{product.name_zh or product.name}（{_title(variant, lang, product)}）"
            none_on = say(persona, "no_deal_on", lang, name=name,
                          price=f"{_price(ranged[0])}–{_price(ranged[1])}" if ranged
                          else _price(grounds.offer)) + JOIN[lang][1:]
        if not items:
            return none_on + say(persona, "no_deals", lang), "deals"
        return none_on + say(persona, "deals", lang, items=JOIN[lang].join(items)), "deals"
    if status == "deal_options" and grounds.facts is not None and grounds.product is not None:
        titles = {v.sku: _title(v, lang, grounds.product) for v in grounds.product.variants}
        # (a price that holds only with a code is said with it)
        listed = JOIN[lang].join(say(persona, "deal_item_code" if o.code else "deal_item", lang,
                                     name=titles[f.sku], price=_price(o), code=o.code,
                                     list_price=money(o.list_price, o.currency))
                                 for f, o in grounds.others)
        text = say(persona, "deal_options", lang, name=_name(grounds.facts, lang), items=listed)
        return text + (say(persona, "deal_options_some", lang) if grounds.full_price else ""), "deals"
    if status == "compare" and len(grounds.others) == 2:
        (fa, oa), (fb, ob) = grounds.others
        def priced(f: ProductFacts, o: Offer) -> str:
            return say(persona, "compared_sold_out", lang, price=_price(o)) if f.sold_out \
                else _price(o)

        slots = {"a": _name(fa, lang), "b": _name(fb, lang), "pa": priced(fa, oa),
                 "pb": priced(fb, ob)}
        if oa.currency != ob.currency:  # no "cheaper" across currencies: both prices only
            return say(persona, "compare_plain", lang, **slots), "compare"
        if oa.price == ob.price:
            return say(persona, "compare_same", lang, **slots), "compare"
        cheaper = slots["a"] if oa.price < ob.price else slots["b"]
        return say(persona, "compare", lang, cheaper=cheaper, **slots), "compare"
    if status == "buy" and grounds.facts is not None and grounds.offer is not None:
        price = _price(grounds.offer)
        if grounds.price_range is not None:  # variants priced apart: the range, not one of them
            low, high = (_price(o) for o in grounds.price_range)
            price = f"{low}到{high}" if lang == "zh" else f"{low} to {high}"
        return say(persona, "how_to_buy", lang, name=_name(grounds.facts, lang),
                   price=price), "buy"
    return None


def aspect_answer(grounds: Grounds, persona: Persona) -> Draft | None:
    """The one fact that answers an aspect question, quoted and cited, with the product and
    its price as slots."""
    if grounds.chosen is None or grounds.facts is None or grounds.offer is None:
        return None
    lang = grounds.lang
    ranged = grounds.price_range is not None  # variants at different prices: the range
    text = say(persona, "aspect_from" if ranged else "aspect", lang,
               text=escape(grounds.chosen.text), name="{name}", price="{price}",
               price_low="{price_low}", price_high="{price_high}")
    if grounds.offer.code:  # a promotion's price holds only with its code: never one alone
        text += phrase(persona, "code", lang).rstrip()
    return Draft(text, (grounds.chosen.id,))
