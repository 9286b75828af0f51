"""Attacks on answering, fifth outside round (issue 14), after the change that reads prices in
slang and other currencies, stock in other words, deals and policies with no product named, a
name with a time or pack count glued on, sizes and colours a product is not sold in, a product
FAQ only for its own topic, the aspect asked, and the viewer's language.

A fresh viewer's questions in English and Chinese over the sample show and the apparel / snack /
outdoor shops, and a careless model's drafts through the verifier. One test per KIND of wrong
answer found, a few wordings each; every "before:" is what Hawker said. The right behaviour is
asserted (an honest abstention is right where the facts do not say); `xfail(strict=True)`
marks, case by case, what fails today, so a fix turns it into an XPASS that fails until its
marker goes. Unmarked cases are controls that pass today.

The viewer's questions are also rows of bot/answers/understand/data/answers_attack5.jsonl
(`python bench/understanding.py --part answers --split attack5`). Real Chroma index, live facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from attack_support import (
    AIRFRYER,
    APPLE,
    BEEF,
    EGGS,
    FILTER,
    JACKET,
    JEANS,
    JERKY,
    LAMP,
    NOT_CARRIED,
    NUTS,
    PACK,
    POLES,
    PURIFIER,
    SEAWEED,
    STOVE,
    TEE,
    TENT,
    TV,
    VACUUM,
    Shops,
    abstained,
    ask,
    check,
    price,
    shops,
    xfail,
)
from knowledge_shared import embedder

from bot.answers.detect import QuestionDetector
from bot.events import ChatMessage, Viewer
from bot.persona import Persona
from knowledge.catalog import load_catalog

Detector = Callable[[str, str | None], bool]  # (chat line, SKU on air) → picked up as a question
__all__ = ["shops"]  # the fixture


# == a viewer's questions ======================================================================

# -- "pounds" the currency read as pounds the weight ---------------------------------------------
# before: "how much in pounds" (the tee on air) → "Cotton V-Neck Tee: weight: 180 gsm."; the jeans
# → "weight: 12 oz denim"; the trekking poles → "weight: 480 g per pair"; "how much is the 2
# person in pounds" (the tent) → "2-person weight: 2.1 kg"; "filter in pounds sterling?" →
# "weight: 85 g". "price in pounds pls" and "cost in pounds?" are priced.

@pytest.mark.parametrize(("shop", "on_air", "question", "sku"), [
    ("apparel", TEE, "how much in pounds", TEE),
    ("apparel", JEANS, "how much in pounds?", JEANS),
    ("outdoor", POLES, "how much in pounds", POLES),
    ("outdoor", TENT, "how much is the 2 person in pounds", "TENT-RIDGE-2P"),
    ("outdoor", None, "filter in pounds sterling?", FILTER),
    ("apparel", JACKET, "price in pounds pls", JACKET),  # control
    ("outdoor", STOVE, "cost in pounds?", STOVE),  # control
])
def test_a_price_in_pounds_is_not_a_weight(shops: Shops, host: Persona, shop: str,
                                           on_air: str | None, question: str, sku: str) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question, on_air=on_air)
    assert abstained(answer) or price(kb, sku) in answer.text, answer.text
    assert "weight" not in answer.text, answer.text


# -- one small pack's (or one piece's) measure answered with the whole bag's -------------------
# before: "一小包多少克" and "每小包多重" (the jerky on air: 10 small packs of 25 g) → "250 g";
# "how much does each small pack weigh" and "how many grams in each pack" → "weight: 250 g";
# "一个苹果多重" (the 5 kg box of apples on air) → "5 kg". The daily nuts' "每袋多少克" → 25 g.

@pytest.mark.parametrize(("shop", "on_air", "question", "whole"), [
    ("snack", JERKY, "一小包多少克", "250 g"),
    ("snack", JERKY, "每小包多重", "250 g"),
    ("snack", JERKY, "how much does each small pack weigh", "250 g"),
    ("snack", JERKY, "how many grams in each pack", "250 g"),
    ("snack", JERKY, "每一小袋几克", "250 g"),
    ("snack", JERKY, "weight of one small bag?", "250 g"),
    ("sample", APPLE, "一个苹果多重", "5 kg"),
    ("sample", APPLE, "how heavy is one apple", "5 kg"),
    ("snack", NUTS, "每袋多少克", "750 g"),  # control: the FAQ's 25 g
    ("snack", JERKY, "how many packs inside", "250 g"),  # control: 10 small packs of 25 g
])
def test_one_packs_measure_is_not_the_whole_bags(shops: Shops, host: Persona, shop: str,
                                                 on_air: str, question: str, whole: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    # what follows the product's name ("… 250 g: ") without the trailing "(¥44.91 tonight.)"
    said = re.sub(r"\(.*?\)|（.*?）", "", re.split(r"[:：]", answer.text, maxsplit=1)[-1])
    assert abstained(answer) or whole.replace(" ", "") not in said.replace(" ", ""), answer.text


# -- "together" or a pack count glued to a product the shop carries makes it "not carried" -----
# before: "how much for the tee and jeans together" → "Sorry, we don't carry jeans together
# tonight."; "T恤和牛仔裤一起多少钱" → "抱歉，今晚没有牛仔裤一起哦。"; "stove and filter together how
# much" → "we don't carry filter together"; "三包芒果干多少钱" → "今晚没有包芒果干哦". An honest
# "I don't know" or the prices are right; telling chat the shop lacks what it sells is not.

@pytest.mark.parametrize(("shop", "question"), [
    ("apparel", "how much for the tee and jeans together"),
    ("apparel", "T恤和牛仔裤一起多少钱"),
    ("outdoor", "stove and filter together how much"),
    ("snack", "三包芒果干多少钱"),
    ("apparel", "tee + jeans total?"),  # control: abstains
    ("snack", "how much for 3 bags of mango"),  # control: the bag's price
])
def test_a_carried_product_is_never_called_not_carried(shops: Shops, host: Persona, shop: str,
                                                       question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not NOT_CARRIED.search(answer.text), answer.text


# -- a thing the shop does not sell, named by two words of things it does, priced as a comparison
# before: "cotton beanie?" (the beanie is wool; the tee is the cotton one) → "Cotton V-Neck Tee:
# $18.00. Ribbed Wool Beanie: $22.00. Cotton V-Neck Tee is cheaper tonight."; "denim sneakers?"
# (canvas sneakers; "denim" is an alias of the jeans) → "Example Jeans Slim Fit: $53.10. Canvas Low
# Sneakers: $45.00. Canvas Low Sneakers is cheaper tonight."

@pytest.mark.parametrize(("shop", "question"), [
    ("apparel", "cotton beanie?"),
    ("apparel", "denim sneakers?"),
    ("apparel", "which is cheaper the tee or the beanie"),  # control: a real comparison
])
def test_a_compound_name_is_not_a_comparison(shops: Shops, host: Persona, shop: str,
                                             question: str) -> None:
    answer = ask(shops[shop], host, question)
    if "cheaper the" in question:
        assert answer.composer == "compare", answer.text
    else:
        assert answer.composer != "compare", answer.text


# -- a colour name read as an aspect --------------------------------------------------------------
# before: "light wash in stock?" (the jeans on air, colours indigo, black, light wash) →
# "Example Jeans Slim Fit: washing: machine wash cold inside out."

@pytest.mark.parametrize(("question", "wrong"), [
    ("light wash in stock?", "machine wash"),
    ("what colors", "machine wash"),  # control
])
def test_a_colour_name_is_not_an_aspect(shops: Shops, host: Persona, question: str,
                                        wrong: str) -> None:
    answer = ask(shops["apparel"], host, question, on_air=JEANS)
    assert wrong not in answer.text, answer.text


# -- the stock of a colour answered with the list of colours ----------------------------------
# before (the tee on air, 35 left): "heather grey in stock?" and "white one still available?" →
# "Cotton V-Neck Tee: colours: white, black, heather grey, navy." (no stock said); "藏青色还有货吗"
# → "纯棉V领T恤：颜色: 白、黑、麻灰、藏青。".

@pytest.mark.parametrize("question", [
    xfail("heather grey in stock?", reason="a sold colour's stock answered with the colours"),
    xfail("white one still available?", reason="a sold colour's stock answered with the colours"),
    "藏青色还有货吗",  # control here (abstains); the bench's run answered with the colours
    "how many left",  # control
])
def test_a_colours_stock_is_answered_with_the_stock(shops: Shops, host: Persona,
                                                    question: str) -> None:
    kb = shops["apparel"]
    answer = ask(kb, host, question, on_air=TEE)
    assert abstained(answer) or str(kb.facts.get(TEE).stock) in answer.text, answer.text


# -- a policy question answered by a product FAQ on a neighbouring topic -----------------------
# before (outdoor: "Size exchanges on boots and harnesses are free."): "can i swap the harness for
# a bigger size" → the harness FAQ "Measure the widest part of your dog's chest and match the
# chest girth chart."

@pytest.mark.parametrize("question", [
    ("can i swap the harness for a bigger size"),
    "can i exchange the harness for a larger one",  # control
    "can i return opened dog food",  # control
])
def test_an_exchange_is_answered_by_the_returns_policy(shops: Shops, host: Persona,
                                                       question: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert abstained(answer) or "returned" in answer.text or "exchange" in answer.text, \
        answer.text


# -- a city abroad answered with the domestic shipping terms ------------------------------------
# before (outdoor: "We ship to the 48 contiguous US states only. We do not ship to … overseas."):
# "ship to london?" → "Orders under $75 ship for a flat $7.95. Orders ship within 1 business day
# and arrive in 3 to 6 business days." (a yes by implication). "ship to vancouver?" gets the
# regions policy; "do you ship to new york" the shipping terms, rightly.

@pytest.mark.parametrize(("question", "right"), [
    ("ship to london?", "overseas"),
    ("do you deliver to paris", "overseas"),
    ("ship to vancouver?", "Canada"),  # control
    ("do you ship to new york", "business day"),  # control
])
def test_a_city_abroad_is_told_the_shipping_limits(shops: Shops, host: Persona, question: str,
                                                  right: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert abstained(answer) or right in answer.text, answer.text


# -- a remark about prices, picked up and answered with the price ------------------------------
# before (the detector with its MiniLM stage): "beef is so expensive these days" (the beef on air)
# → picked up, then "Inner Mongolia Grass-Fed Beef Shank: ¥80.91 tonight, down from ¥139.00";
# "beef prices are crazy rn", "eggs are so expensive now", "an apple a day keeps the doctor away"
# and "stoves on trails are banned where i live" are picked up too.

@pytest.fixture(scope="module")
def detector(host: Persona) -> Detector:
    from knowledge_shared import FIXTURES, ROOT

    products = [p for path in (ROOT / "bot/examples/catalog.yaml",
                               FIXTURES / "shops/apparel_catalog.yaml",
                               FIXTURES / "shops/snack_catalog.yaml",
                               FIXTURES / "shops/outdoor_catalog.yaml")
                for p in load_catalog(path)]
    air: dict[str, str | None] = {"sku": None}
    det = QuestionDetector(host, products, on_air=lambda: air["sku"])
    det.use_embedder(embedder())

    def picks(text: str, on_air: str | None) -> bool:
        air["sku"] = on_air
        return bool(det(ChatMessage("console", "live", "1", Viewer("console", "v", "v"), text,
                                    0.0)))

    return picks


@pytest.mark.parametrize(("text", "on_air"), [
    ("beef is so expensive these days", BEEF),
    ("beef prices are crazy rn", BEEF),
    ("eggs are so expensive now", EGGS),
    xfail("an apple a day keeps the doctor away", APPLE, reason="a product word is enough"),
    ("stoves on trails are banned where i live", STOVE),
    ("i had beef for lunch lol", BEEF),  # control
    ("tvs are so cheap these days", TV),  # control
    ("牛肉现在好贵啊", BEEF),  # control
])
def test_a_remark_about_prices_is_not_a_question(detector: Detector, text: str,
                                                 on_air: str | None) -> None:
    assert not detector(text, on_air)


# == a careless model's drafts through the verifier ============================================

# -- a yes to a colour, size or capacity the product is not sold in ------------------------------
# before: accepted. The tee comes in white, black, heather grey and navy ("Yes! {price}." to "does
# it come in red"); the jeans in indigo, black and light wash; the TV is black; the tent is 2- or
# 4-person; the daypack red, forest green or black. "do they come in black" → "Yes!" is right.

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("apparel", TEE, "does it come in red", "Yes! {price}."),
    ("apparel", TEE, "有红色吗", "有，{price}"),
    ("apparel", JEANS, "do they come in white", "Yes, {price}."),
    ("sample", TV, "does it come in white", "Yes!"),
    ("sample", TV, "有白色的吗", "有"),
    ("outdoor", None, "6 person tent?", "Yes we have it!"),
    ("outdoor", None, "backpack in blue?", "Yes!"),
    ("apparel", TEE, "does it come in red", "Yes, red is available."),  # control
    ("outdoor", None, "boots in size 14?", "Yes!"),  # control
])
def test_a_yes_to_a_variant_not_sold_is_rejected(shops: Shops, host: Persona, shop: str,
                                                 on_air: str | None, question: str,
                                                 draft: str) -> None:
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- another product's term from the same warranty policy ---------------------------------------
# before: accepted. Outdoor: tents, packs and poles 2 years, headlamps, stoves and fountains 1
# year; "warranty on the headlamp" → "2-year warranty."; "warranty on the poles" → "1-year
# warranty."; "头灯保修多久" → "保修2年". Sample: small kitchen appliances 1 year, vacuum and
# purifier 2, TV 3; the vacuum "3 years.", the air fryer "2 years." / "保修3年", the purifier "1年".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("outdoor", None, "warranty on the headlamp", "2-year warranty."),
    ("outdoor", None, "warranty on the poles", "1-year warranty."),
    ("outdoor", None, "头灯保修多久", "保修2年"),
    ("outdoor", None, "warranty on the stove", "2-year warranty."),
    xfail("sample", VACUUM, "warranty?", "3 years.",
          reason="any amount of the policy passes for any product"),
    xfail("sample", AIRFRYER, "warranty?", "2 years.",
          reason="any amount of the policy passes for any product"),
    xfail("sample", AIRFRYER, "保修多久", "保修3年",
          reason="any amount of the policy passes for any product"),
    xfail("sample", PURIFIER, "保修多久", "1年",
          reason="any amount of the policy passes for any product"),
    ("sample", TV, "warranty?", "5 years."),  # control
])
def test_another_products_warranty_term_is_rejected(shops: Shops, host: Persona, shop: str,
                                                    on_air: str | None, question: str,
                                                    draft: str) -> None:
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a yes that drops the policy's condition, or a policy amount in another role ----------------
# before: accepted. Afterpay only over $100 ("Yes, Afterpay on all orders."); instalments only on
# appliances over ¥1000 ("Yes, on every order."); shipping free only over $50 / ¥99 ("Yes!");
# size exchanges free only on boots and harnesses ("Yes, size exchanges are free." for the tent);
# "shipping cost?" → "$75." (the free-shipping threshold, not a cost); "is shipping free" →
# "Yes, it ships for a flat $7.95.".

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("outdoor", "afterpay?", "Yes, Afterpay on all orders."),
    ("outdoor", "afterpay?", "Yes, 4 instalments with Afterpay."),
    ("sample", "can I pay in installments", "Yes, on every order."),
    ("apparel", "is shipping free", "Yes!"),
    ("snack", "is shipping free", "Yes!"),
    xfail("outdoor", "can i exchange the tent size", "Yes, size exchanges are free.",
          reason="free size exchanges are for boots and harnesses only"),
    xfail("outdoor", "shipping cost?", "$75.", reason="the threshold said as the cost"),
    ("outdoor", "is shipping free", "Yes, it ships for a flat $7.95."),
    ("outdoor", "do you ship fuel canisters", "Sure!"),  # control
])
def test_a_yes_without_the_policys_condition_is_rejected(shops: Shops, host: Persona, shop: str,
                                                         question: str, draft: str) -> None:
    assert not check(shops[shop], host, question, draft).ok


# -- another aspect's slot, or the whole pack's, as the answer ------------------------------------
# before: accepted. "how much in pounds" (the tee) → "It's {spec:weight}." (180 gsm, a price was
# asked); "how much does each small pack weigh" (the jerky) → "{spec:weight} each." (250 g each;
# a small pack is 25 g); "does it fit a laptop" (the daypack: no laptop sleeve) → "Yes,
# {spec:capacity}.".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("apparel", TEE, "how much in pounds", "It's {spec:weight}."),
    xfail("snack", JERKY, "how much does each small pack weigh", "{spec:weight} each.",
          reason="the bag's weight passes for each pack"),
    xfail("outdoor", PACK, "does it fit a laptop", "Yes, {spec:capacity}.",
          reason="a spec slot makes a yes the FAQ denies pass"),
    ("outdoor", PACK, "does it fit a laptop", "Yes, a 15-inch laptop fits."),  # control
])
def test_another_aspects_slot_is_rejected(shops: Shops, host: Persona, shop: str, on_air: str,
                                          question: str, draft: str) -> None:
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- right drafts rejected ------------------------------------------------------------------------
# before: rejected. A right yes or no to a price guess ("is it 18 dollars" → "Yes, {price}." for
# the $18.00 tee: "answers yes/no about what no cited passage mentions: 'dollar'"); a right stock
# yes ("seaweed in stock?" → "Yes, {stock} left." at 40); right policy amounts ("Free over $75.":
# "promises something nothing grants: 'free'"; "Yes, over {policy:free_shipping_over}.": "slots
# the facts cannot fill now"); amounts in words ("满九十九包邮", "一千五百瓦").

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("apparel", TEE, "is it 18 dollars", "Yes, {price}.",
          reason="a yes to a price guess is read as an unmentioned aspect"),
    xfail("apparel", TEE, "十八美金吗", "对，{price}",
          reason="a yes to a price guess is read as an unmentioned aspect"),
    xfail("outdoor", STOVE, "is it 48 dollars", "Yes, {price}.",
          reason="a yes to a price guess is read as an unmentioned aspect"),
    xfail("apparel", TEE, "is it 20 bucks", "No, it's {price} tonight.",
          reason="a no to a price guess is read as an unmentioned aspect"),
    xfail("snack", SEAWEED, "seaweed in stock?", "Yes, {stock} left.",
          reason="a yes about stock is read as an unmentioned aspect"),
    xfail("outdoor", None, "free shipping over how much", "Free over $75.",
          reason="the policy's own free-shipping sentence reads as a promise"),
    xfail("snack", None, "is shipping free", "Yes, over {policy:free_shipping_over}.",
          reason="the documented policy slot cannot be filled"),
    xfail("snack", None, "满多少包邮", "满九十九包邮", reason="an amount in words"),
    xfail("sample", None, "空气炸锅多少瓦", "一千五百瓦", reason="an amount in words"),
    ("snack", None, "满多少包邮", "满99元包邮"),  # control
    ("sample", None, "air fryer wattage", "1500 W."),  # control
    ("outdoor", LAMP, "how many lumens", "four hundred lumens"),  # control
])
def test_a_right_draft_is_accepted(shops: Shops, host: Persona, shop: str, on_air: str | None,
                                   question: str, draft: str) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok, verdict.problems
