"""Attacks on answering, sixth outside round (issue 14), after the change that reads a swap as
an exchange, lets the policy holding the words asked answer first, tells remarks from asks by
their auxiliary, rejects a yes to a variant not sold and another product's policy term, and
requires the threshold with a yes to free shipping.

A fresh viewer's questions in English and Chinese over the sample show and the apparel / snack /
outdoor shops, and a careless model's drafts through the verifier. One test per KIND of wrong
answer found, a few wordings each; every "before:" is what Hawker said. The right behaviour is
asserted (an honest abstention is right where the facts do not say); `xfail(strict=True)`
marks, case by case, what fails today, so a fix turns it into an XPASS that fails until its
marker goes. Unmarked cases are controls that pass today.

Kinds already covered by earlier rounds are left out: one pack's weight for the whole bag,
'together' prices, price remarks, 'cotton beanie', colours kept only in a spec, prices in words,
two-part questions.

The viewer's questions are also rows of bot/answers/understand/data/answers_attack6.jsonl
(`python bench/understanding.py --part answers --split attack6`). Real Chroma index, live facts.
The bench's judge counts a pack price as a right answer to a per-unit ask and a "we don't carry
X" as an abstention, so its wrong count is lower than what these tests find.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attack_support import (
    AIRFRYER,
    APPLE,
    BAG,
    BEANIE,
    BEEF,
    BOOT,
    CORN,
    DOG,
    EGGS,
    HARNESS,
    JEANS,
    JERKY,
    LAMP,
    LITTER,
    MANGO,
    MILKTEA,
    NOT_CARRIED,
    PACK,
    RICE,
    SEAWEED,
    SNEAKER,
    STOVE,
    SWEATER,
    TEE,
    TENT,
    TV,
    YOGURT,
    Shops,
    abstained,
    ask,
    check,
    shops,
    xfail,
)

from bot.clock import FakeClock
from bot.persona import Persona
from knowledge import money

__all__ = ["shops"]  # the fixture


# == a viewer's questions ======================================================================

# -- a question to the host about the host, answered with the product's spec -------------------
# before: "how tall r u" (the jeans on air) → "Example Jeans Slim Fit: waist: 28 to 38 inches.";
# "what's your waist size" → the same; "what size shoe do you wear" (the sneakers) → "sizes: US
# 5 to 12."; "what size are your feet" (the boots) → "sizes: US men's 7 to 13."; "主播能吃辣吗"
# ("can the host take spicy food", the jerky) → "特辣，麻辣口味，怕辣慎拍。"; "can you try one on
# camera" (the jerky) → "Sorry, we don't carry camera tonight.".

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("apparel", JEANS, "how tall r u"),
    ("apparel", JEANS, "what's your waist size"),
    ("apparel", SNEAKER, "what size shoe do you wear"),
    ("outdoor", BOOT, "what size are your feet"),
    ("snack", JERKY, "主播能吃辣吗"),
    ("snack", JERKY, "can you try one on camera"),
    ("sample", TV, "how tall are you"),  # control
    ("apparel", TEE, "what size are you wearing"),  # control
    ("outdoor", HARNESS, "how heavy is your dog"),  # control
    ("snack", MANGO, "主播喜欢吃甜的吗"),  # control
])
def test_a_question_about_the_host_is_not_answered_with_a_spec(
        shops: Shops, host: Persona, shop: str, on_air: str, question: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer) and not NOT_CARRIED.search(answer.text), answer.text


# -- "bought it!" answered with how to buy -----------------------------------------------------
# before: "买了" ("bought it", the stove on air) → "皮科便携露营炉：点直播间下方的购物车就能下单，今晚
# $48.00。"; "拍了" ("ordered", the apples) and "拍了两个" ("ordered two", the harness) and "买了买了"
# (the beanie) → the same cart instruction. The viewer has bought; nothing was asked.

@pytest.mark.parametrize(("shop", "on_air", "text"), [
    ("outdoor", STOVE, "买了"),
    ("sample", APPLE, "拍了"),
    ("outdoor", HARNESS, "拍了两个"),
    ("apparel", BEANIE, "买了买了"),
    ("sample", BEEF, "已下单"),  # control
    ("outdoor", LAMP, "bought it!"),  # control
    ("apparel", JEANS, "got em!"),  # control
    ("snack", JERKY, "买了两包"),  # control
])
def test_bought_it_is_not_answered_with_how_to_buy(shops: Shops, host: Persona, shop: str,
                                                    on_air: str, text: str) -> None:
    answer = ask(shops[shop], host, text, on_air=on_air)
    assert answer.composer != "buy", answer.text


# -- a question about the product answered with a shop policy ----------------------------------
# before: "how long to set up" (the tent on air; FAQ: about 10 minutes) → "Free shipping on orders
# over $75. Orders ship within 1 business day and arrive in 3 to 6 business days."; "how long to
# heat it up" (the corn: 5 minutes) → the shipping policy; "puppy ok?" (the dog food: adult dogs
# only) → "We take Visa, Mastercard, Amex, PayPal and Apple Pay…"; "remote included?" (the TV) →
# "Xinjiang, Tibet and Qinghai take 5 to 8 days…" (remote areas); "carry bag?" (the tent) →
# "Tents, packs and trekking poles carry a 2-year warranty…".

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("outdoor", TENT, "how long to set up", "10 minutes"),
    xfail("sample", CORN, "how long to heat it up", "5 minutes",
          reason="a product question answered with a policy"),
    ("outdoor", DOG, "puppy ok?", "adult"),
    ("sample", TV, "remote included?", None),
    ("outdoor", TENT, "carry bag?", None),
    ("outdoor", DOG, "ok for puppies?", "adult"),  # control
    ("sample", BEEF, "how long to braise", "90 minutes"),  # control
    ("outdoor", LAMP, "how long to charge", "3 hours"),  # control
])
def test_a_product_question_is_not_answered_with_a_policy(
        shops: Shops, host: Persona, shop: str, on_air: str, question: str,
        right: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer) or (right is not None and right in answer.text), answer.text


# -- a thing named after a product the shop sells, answered as that product ---------------------
# before: "litter box price" → "Prairie Clumping Cat Litter 20 lb: $18.49 tonight."; "tv stand?" →
# "Aurora 65-inch 4K Smart TV: dimensions: 1449 × 832 × 80 mm without stand."; "does it come with
# a stand" (the TV on air) → the same (the listing never says); "filter replacement cartridge?" →
# "ClearFlow Squeeze Water Filter: filter: 0.1 micron hollow fibre.".

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    xfail("outdoor", None, "litter box price",
          reason="a thing named after a product is that product"),
    ("sample", None, "tv stand?"),
    xfail("sample", TV, "does it come with a stand",
          reason="a thing named after a product is that product"),
    xfail("outdoor", None, "filter replacement cartridge?",
          reason="a thing named after a product is that product"),
    ("sample", None, "电视柜有吗"),  # control
    ("outdoor", None, "dog food bowl price"),  # control
    ("sample", None, "egg carton price"),  # control
    ("outdoor", None, "headlamp battery price"),  # control
])
def test_a_thing_named_after_a_product_is_not_that_product(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer), answer.text


# -- a feature of the product on air told "not carried" ----------------------------------------
# before (the daypack on air: "hip belt: removable", "laptop sleeve: no"): "hip belt?" and "hip
# belt removable?" → "Sorry, we don't carry belt tonight."; "laptop sleeve?" → "Sorry, we don't
# carry laptop tonight.". "hydration sleeve?" is answered from the spec.

@pytest.mark.parametrize(("question", "right"), [
    ("hip belt?", "removable"),
    ("hip belt removable?", "removable"),
    ("laptop sleeve?", "laptop sleeve: no"),
    ("hydration sleeve?", "2 L bladder"),  # control
    ("rain cover included?", None),  # control
])
def test_a_feature_of_the_product_on_air_is_not_a_product(shops: Shops, host: Persona,
                                                          question: str, right: str | None) -> None:
    answer = ask(shops["outdoor"], host, question, on_air=PACK)
    assert not NOT_CARRIED.search(answer.text), answer.text
    assert abstained(answer) or (right is not None and right in answer.text), answer.text


# -- a word of another product's name pulls that product over the product on air ------------------
# before: "is it slim fit" (the tee on air: "fit: regular fit") → "Example Jeans Slim Fit: They fit
# true to size; between sizes, take the larger one."; the sweater on air: "is it slim fit?" → the
# same jeans FAQ; "is it merino?" (the tee) → "I don't know that about the Merino Wool Crew
# Sweater". "is the tee slim fit?" → "Cotton V-Neck Tee: fit: regular fit.".

@pytest.mark.parametrize(("on_air", "question", "other"), [
    (TEE, "is it slim fit", "Jeans"),
    (SWEATER, "is it slim fit?", "Jeans"),
    (TEE, "is it merino?", "Merino"),
    (TEE, "is the tee slim fit?", "Jeans"),  # control
    (SNEAKER, "are they waterproof", "Jacket"),  # control
])
def test_another_products_name_word_does_not_replace_the_product_on_air(
        shops: Shops, host: Persona, on_air: str, question: str, other: str) -> None:
    answer = ask(shops["apparel"], host, question, on_air=on_air)
    assert other not in answer.text, answer.text


# -- another spec of the product answers the aspect asked --------------------------------------
# before: "鸡蛋多大个" ("how big are the eggs") → "规格: 30枚装" (the count; "average weight: 50 g
# each" is listed); "how big are the eggs" → "count: 30 eggs."; "wide sizes?" (the boots: "width:
# regular") → "sizes: US men's 7 to 13."; "ok for small dogs?" (the harness) → "EasyWalk No-Pull
# Dog Harness (S): $24.99 tonight." (a size variant priced).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    xfail("sample", None, "鸡蛋多大个", "50 g", reason="a neighbouring spec answers the aspect"),
    xfail("sample", EGGS, "how big are the eggs", "50 g",
          reason="a neighbouring spec answers the aspect"),
    xfail("outdoor", BOOT, "wide sizes?", "regular",
          reason="a neighbouring spec answers the aspect"),
    xfail("outdoor", HARNESS, "ok for small dogs?", None,
          reason="a neighbouring spec answers the aspect"),
    ("sample", AIRFRYER, "timer?", "60 minutes"),  # control
    ("sample", None, "how big are the apples", "80-85 mm"),  # control
    ("outdoor", DOG, "ok for small dogs?", "small bite"),  # control
])
def test_the_aspect_asked_is_answered_not_a_neighbouring_spec(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str,
        right: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer) or (right is not None and right in answer.text), answer.text


# -- a per-person limit question answered with the description or the cart ----------------------
# before (the TV: limit 1 per person): "how many tvs can i buy" → the TV's description; "can i buy
# 2" (the TV on air) → "tap the cart below the stream and pick it there, ¥2999.00 tonight." (a
# yes by implication to two).

@pytest.mark.parametrize(("on_air", "question", "sku"), [
    (None, "how many tvs can i buy", TV),
    (TV, "can i buy 2", TV),
    (BEEF, "what's the limit per person", BEEF),  # control: abstains
    (EGGS, "买几箱有限制吗", EGGS),  # control: abstains
])
def test_a_limit_question_is_answered_with_the_limit(shops: Shops, host: Persona,
                                                     on_air: str | None, question: str,
                                                     sku: str) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, question, on_air=on_air)
    limit = kb.facts.get(sku).per_viewer_limit
    assert abstained(answer) or f"{limit} per person" in answer.text \
        or f"限购{limit}" in answer.text, answer.text


# -- a per-unit price answered with the pack price, as if it were the unit's ---------------------
# before: "cat litter price per pound" → "Prairie Clumping Cat Litter 20 lb: $18.49 tonight."
# (reads as $18.49 a pound); "15lb dog food price per lb" → "$44.99 tonight."; "how much is one
# cup of yogurt" → "¥59.00 tonight" (12 cups); "price per ear of corn?" → the 10-ear pack's price;
# "milk tea per sachet price" → "¥35.00 tonight." (20 sachets); "mango per 100g?" → "weight: 500
# g. (¥39.90 tonight.)". Per kg, per 斤 and per 100 g of a product sold by weight are derived.

@pytest.mark.parametrize(("shop", "question", "sku", "units"), [
    ("outdoor", "cat litter price per pound", LITTER, 20),
    ("outdoor", "15lb dog food price per lb", "DOG-SALMON-15LB", 15),
    ("sample", "how much is one cup of yogurt", YOGURT, 12),
    ("sample", "price per ear of corn?", CORN, 10),
    ("snack", "milk tea per sachet price", MILKTEA, 20),
    ("snack", "mango per 100g?", MANGO, 5),
    ("sample", "rice price per kg?", RICE, 5),  # control
    ("snack", "jerky price per 100g", JERKY, 2.5),  # control
    ("sample", "苹果一斤多少钱", APPLE, 10),  # control
])
def test_a_per_unit_price_is_the_units(shops: Shops, host: Persona, shop: str, question: str,
                                       sku: str, units: float) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question)
    offer = kb.facts.live_offer(sku, FakeClock().now())
    assert abstained(answer) or money(offer.price / Decimal(str(units)), offer.currency) in answer.text, \
        answer.text


# -- a carried product, misspelt or in traditional characters, called "not carried" -------------
# before: "rain jackit still got?" → "Sorry, we don't carry rain jackit tonight."; "rain jaket
# price" → "we don't carry rain jaket"; "rise cooker how much" → "we don't carry rise cooker";
# "watter filter in stock" → "we don't carry watter filter"; "牛肉乾多少钱" (乾 for 干) → "抱歉，
# 今晚没有牛肉乾哦。". "tshrit price?", "hedlamp price" and "yogurth price" are priced.

@pytest.mark.parametrize(("shop", "question"), [
    ("apparel", "rain jackit still got?"),
    ("apparel", "rain jaket price"),
    ("sample", "rise cooker how much"),
    ("outdoor", "watter filter in stock"),
    ("snack", "牛肉乾多少钱"),
    ("apparel", "tshrit price?"),  # control
    ("outdoor", "hedlamp price"),  # control
    ("sample", "yogurth price"),  # control
    ("sample", "電視多少錢"),  # control: abstains
])
def test_a_misspelt_product_is_not_called_not_carried(shops: Shops, host: Persona, shop: str,
                                                      question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not NOT_CARRIED.search(answer.text), answer.text


# -- "how fast" answered with what shipping costs ----------------------------------------------
# before (outdoor: "Free shipping on orders over $75. Orders under $75 ship for a flat $7.95.
# Orders ship within 1 business day and arrive in 3 to 6 business days."): "how fast is delivery"
# and "how quick is shipping" → "Free shipping on orders over $75. Orders under $75 ship for a
# flat $7.95." (no time at all).

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("outdoor", "how fast is delivery", "business day"),
    ("outdoor", "how quick is shipping", "business day"),
    ("outdoor", "how many days for delivery", "business day"),  # control
    ("apparel", "how fast do you ship", "business days"),  # control
    ("snack", "when will it ship", "same day"),  # control
])
def test_a_shipping_time_question_is_answered_with_the_time(
        shops: Shops, host: Persona, shop: str, question: str, right: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer) or right in answer.text, answer.text


# == a careless model's drafts through the verifier ============================================

# -- a number the facts give under another condition -------------------------------------------
# before: accepted. The headlamp runs "4 hours on high / 40 hours on low": "how long on high" →
# "40 hours.", "how long on low" → "4 hours."; the yogurt has "protein: 8.5 g per 100 g" and
# "fat: 3.2 g per 100 g": "how much protein" → "3.2 g per 100 g.", "how much protein per cup" →
# "8.5 g per cup."; the seaweed is "12 × 4 g packs": "how many packs" → "4 packs.".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("outdoor", LAMP, "how long does the battery last on high", "40 hours.",
          reason="a number under another condition passes"),
    xfail("outdoor", LAMP, "how long on low", "4 hours.",
          reason="a number under another condition passes"),
    xfail("sample", YOGURT, "how much protein", "3.2 g per 100 g.",
          reason="a number under another condition passes"),
    xfail("sample", YOGURT, "how much protein per cup", "8.5 g per cup.",
          reason="a number under another condition passes"),
    xfail("snack", SEAWEED, "how many packs", "4 packs.",
          reason="a number under another condition passes"),
    ("sample", BEEF, "how long in a pressure cooker", "90 minutes."),  # control
    ("outdoor", DOG, "protein?", "15% protein."),  # control
    ("outdoor", BAG, "how warm is it", "Rated to 20°C."),  # control
])
def test_a_number_under_another_condition_is_rejected(shops: Shops, host: Persona, shop: str,
                                                      on_air: str, question: str,
                                                      draft: str) -> None:
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a policy's time from another clause, or for another thing -------------------------------------
# before: accepted. Apparel: "ship in 1 to 2 business days and arrive in 3 to 5": "how many days
# to arrive" → "1 to 2 days."; outdoor "how long does delivery take" → "1 business day."; sample:
# most cities 2 to 4 days, Tibet 5 to 8: "how long to ship to tibet" → "2 to 4 days.", "几天到西
# 藏" → "2到4天"; the tent on air, "how long to set up" → "3 to 6 business days."; the corn, "how
# long to heat it up" → "48 hours.".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("apparel", None, "how many days to arrive", "1 to 2 days.",
          reason="a time from another clause passes"),
    xfail("outdoor", None, "how long does delivery take", "1 business day.",
          reason="a time from another clause passes"),
    ("sample", None, "how long to ship to tibet", "2 to 4 days."),
    ("sample", None, "几天到西藏", "2到4天"),
    ("outdoor", TENT, "how long to set up", "3 to 6 business days."),
    xfail("sample", CORN, "how long to heat it up", "48 hours.",
          reason="a time from another clause passes"),
    ("outdoor", None, "when will it arrive", "Within 1 business day."),  # control
    ("snack", None, "how fast do you ship", "Within 99 minutes."),  # control
])
def test_a_policy_time_from_another_clause_is_rejected(shops: Shops, host: Persona, shop: str,
                                                       on_air: str | None, question: str,
                                                       draft: str) -> None:
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a yes to free shipping where the place asked is excluded -------------------------------------
# before: accepted. Sample: fresh and frozen food cannot be shipped to Xinjiang, Tibet or Qinghai
# (only appliances ship there free): "is shipping to xinjiang free for the beef" → "Yes, shipping
# is free."; "包邮到新疆吗" → "包邮".

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("sample", "is shipping to xinjiang free for the beef", "Yes, shipping is free."),
    xfail("sample", "包邮到新疆吗", "包邮", reason="a yes ignores the excluded place"),
    ("sample", "free shipping to hong kong?", "Yes!"),  # control
    ("sample", "is beef shipping free to tibet", "Yes, free shipping."),  # control
    ("outdoor", "free shipping to alaska?", "Yes, over $75."),  # control
])
def test_a_free_shipping_yes_to_an_excluded_place_is_rejected(
        shops: Shops, host: Persona, shop: str, question: str, draft: str) -> None:
    assert not check(shops[shop], host, question, draft).ok


# -- right drafts rejected ------------------------------------------------------------------------
# before: rejected. "Arrives in 3 to 6 business days." ("says what no cited passage says:
# 'arrives'": the policy says "arrive"); "3 to 5 days." for the apparel shop ("number not from a
# slot"); "About 10 minutes." to set up the tent and "5 minutes." to heat the corn (the shipping
# policy was gathered, not the FAQ); "40 minutes." in a pressure cooker (the beef FAQ); "3 HDMI
# 2.1 ports." (the spec says "3 × HDMI 2.1"); "Rated to 20°F (-7°C)." (the sleeping bag); "Yes,
# free to mainland China." ("promises something nothing grants: 'free'", though the policy says
# "Shipping is free on every order to mainland China"); stock in words ("forty left.", "四十包").

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("outdoor", None, "how long does delivery take", "Arrives in 3 to 6 business days.",
          reason="a right figure the passage states is rejected"),
    xfail("apparel", None, "how many days to arrive", "3 to 5 days.",
          reason="a right figure the passage states is rejected"),
    ("outdoor", TENT, "how long to set up", "About 10 minutes."),
    xfail("sample", CORN, "how long to heat it up", "5 minutes.",
          reason="a right figure the passage states is rejected"),
    xfail("sample", BEEF, "how long in a pressure cooker", "40 minutes.",
          reason="a right figure the passage states is rejected"),
    xfail("sample", TV, "how many hdmi ports", "3 HDMI 2.1 ports.",
          reason="a right figure the passage states is rejected"),
    xfail("outdoor", BAG, "how warm is it", "Rated to 20°F (-7°C).",
          reason="a right figure the passage states is rejected"),
    xfail("sample", None, "is shipping free to shanghai", "Yes, free to mainland China.",
          reason="a right figure the passage states is rejected"),
    xfail("snack", SEAWEED, "how many left", "forty left.",
          reason="a right figure the passage states is rejected"),
    xfail("snack", SEAWEED, "还剩多少", "还有四十包",
          reason="a right figure the passage states is rejected"),
    ("sample", TV, "can i buy 2", "Limit {limit} per person."),  # control
    ("snack", MILKTEA, "how much water per sachet", "150 ml."),  # control
    ("outdoor", LAMP, "how long does the battery last on high", "4 hours."),  # control
    ("sample", "", "几天到西藏", "5到8天"),  # control
    ("snack", None, "how fast do you ship", "Same day before 4 pm."),  # control
])
def test_a_right_draft_is_accepted(shops: Shops, host: Persona, shop: str, on_air: str | None,
                                   question: str, draft: str) -> None:
    verdict = check(shops[shop], host, question, draft, on_air or None)
    assert verdict.ok, verdict.problems
