"""Attacks on the understanding layer, fourth round (issue 14): wrong answers found by asking
as viewers do, one test per kind. Sample show and the apparel / snack shops, real Chroma
index, live facts. Each "before:" is what Hawker said; the right answer, or an honest "I don't
know", is asserted."""

from __future__ import annotations

import pytest
from answers_support import ask, service

from bot.answers.verifier import Verifier

TV, RICE = "TV-4K-65", "RICE-JASMINE-5KG"






def _not_yes(answer, *words):
    low = answer.text.lower()
    assert ": yes" not in low and not low.startswith("yes"), answer.text
    for w in words:
        assert w not in answer.text, answer.text


# -- a yes/no that answers a different question ----------------------------------------------
# before: "is the rice from vietnam?" → "Yes, it is packed in Thailand…" (the FAQ "Is it real
# Thai rice?"); "do the sneakers run small?" → "Yes; wide feet…" (the FAQ asks "run true to
# size?"): the aspect matched, the thing asked did not.

def test_a_yes_about_a_place_no_fact_names_is_not_said(kb, host):
    _not_yes(ask(kb, host, "is the rice from vietnam?"))
    assert ": Yes" in ask(kb, host, "is the rice from thailand?").text


def test_a_yes_to_another_faqs_question_is_not_said(apparel, host):
    _not_yes(ask(apparel, host, "do the sneakers run small?"))
    assert ": Yes" in ask(apparel, host, "do the sneakers run true to size?").text


def test_the_verifier_rejects_any_composers_yes_about_an_unmentioned_word(kb, host):
    grounds = service(kb, host).ground("is the rice from vietnam?")
    verdict = Verifier(host).check("Yes, it is packed in Thailand.", grounds)
    assert any("vietnam" in p for p in verdict.problems), verdict.problems


# The check must not refuse a true yes for the chat around the question (CI after merging:
# "is the beef grass-fed? thank you" and "asking for my mum, ..." went unanswered) or for a
# Chinese bigram across two words (空气炸锅能放洗碗机吗 gives 放洗; the passage says 洗碗机).

@pytest.mark.parametrize(("question", "words"), [
    ("is the beef really grass-fed? thank you!", ("grass",)),
    ("空气炸锅能放洗碗机吗", ("洗碗机",)),
])
def test_a_true_yes_is_not_refused_for_the_chat_around_it(kb, host, question, words):
    answer = ask(kb, host, question)
    assert answer.composer.startswith("template") and not answer.rejected, answer
    assert all(w in answer.text for w in words), answer.text


def test_the_asked_check_reads_past_who_is_asking(kb, host):
    grounds = service(kb, host).ground("asking for my mum, does the yogurt have added sugar?")
    verdict = Verifier(host).check("No added sugar; the only sugar is the natural lactose from "
                                   "milk.", grounds)
    assert not [p for p in verdict.problems if "no cited passage" in p], verdict.problems


# -- a size, colour or dimension the shop does not sell, answered with the product's stock ------
# before: "do you have the v-neck in XXXL?" → "35 left at $18.00"; "is the v-neck available in
# red?" → "35 left"; "is the 75 inch tv in stock" → "300 left" (a false yes each time).

@pytest.mark.parametrize("question", ["do you have the v-neck in XXXL?",
                                      "is the v-neck available in red?", "T恤有XXXL吗"])
def test_a_variant_not_sold_is_not_answered_with_the_products_stock(apparel, host, question):
    answer = ask(apparel, host, question)
    assert "35" not in answer.text and "还有" not in answer.text, answer.text


def test_a_screen_size_not_sold_is_not_in_stock(kb, host):
    answer = ask(kb, host, "is the 75 inch tv in stock")
    assert "300" not in answer.text and "left" not in answer.text, answer.text


def test_plain_stock_and_sold_out_in_any_size_still_answer(apparel, host):
    assert "35 left" in ask(apparel, host, "is the tee in stock?").text
    assert "sold out" in ask(apparel, host, "is the sweater in stock in medium?").text


# -- a price asked against an amount, answered with a product whose spec shares a word -------
# before: "is it under 100?" and, with the TV on air, "is it under 3000?" → the water purifier's
# "install: under the sink".

def test_a_price_claim_is_not_matched_to_another_products_spec(kb, host):
    answer = ask(kb, host, "is it under 100?")
    assert "sink" not in answer.text and answer.grounds.sku is None, answer.text
    answer = ask(kb, host, "is it under 3000?", on_air=TV)
    assert answer.grounds.sku == TV and "¥2999.00" in answer.text, answer.text
    for q in ("低于3000吗", "3000以内吗"):
        answer = ask(kb, host, q, on_air=TV)
        assert "sink" not in answer.text and "水" not in answer.text, answer.text


# -- a price per weight asked in grams, answered with the pack's weight -----------------------
# before: "how much is the beef per 500 g?" → "weight: 1 kg (2 × 500 g)"; "how much per 100g for
# the mango" → "weight: 500 g" (the aspect "weight", not the price asked).

def test_a_price_per_grams_is_the_price_and_the_derived_unit_price(kb, snack, host):
    answer = ask(kb, host, "how much is the beef per 500 g?")
    assert answer.grounds.intent == "price" and "¥89.90" in answer.text, answer.text
    assert "¥44.95/500 g" in answer.text, answer.text
    answer = ask(snack, host, "how much per 100g for the mango")
    assert "¥39.90" in answer.text and "¥7.98/100 g" in answer.text, answer.text
    assert "weight: 1 kg" in ask(kb, host, "how heavy is the beef").text


# -- a material percentage read as a discount claim --------------------------------------------
# before: "are the jeans 100% cotton?" → the jeans' price line (100% taken for "% off").

def test_a_material_percentage_is_not_a_price_question(apparel, kb, host):
    for q in ("are the jeans 100% cotton?", "牛仔裤是100%棉吗"):
        answer = ask(apparel, host, q)
        assert answer.grounds.intent != "price" and "off)" not in answer.text, (q, answer.text)
    assert "¥2999.00" in ask(kb, host, "30% off the tv?").text


# -- whether the shop carries a thing, answered with another product's fact ------------------
# before: "do you have chicken?" → the air fryer's "A chicken up to about 1.3 kg fits…".

@pytest.mark.parametrize("question", ["do you have chicken?", "do you guys sell chicken",
                                      "你们有鸡肉吗"])
def test_asking_whether_the_shop_carries_a_thing_is_not_another_products_fact(kb, host, question):
    answer = ask(kb, host, question)
    assert answer.grounds.sku is None and "1.3 kg" not in answer.text, answer.text
    assert "1200 left" in ask(kb, host, "do you have the beef?").text


# -- a price asked with no product, answered with a policy nobody asked about ----------------
# before: "what's the most expensive" → the shipping policy ("Most cities … 2 to 4 days").

def test_a_price_with_no_product_is_not_answered_by_an_unasked_policy(kb, host):
    for q in ("what's the most expensive", "what's the priciest thing"):
        answer = ask(kb, host, q)
        assert not answer.grounds.answerable and "cities" not in answer.text, (q, answer.text)
    assert "free" in ask(kb, host, "how much is shipping?").text


# -- a version number read as a claimed price ------------------------------------------------
# before: "does the tv have hdmi 2.1?" → the TV's price line (2.1 taken for "is it 2.1?").

def test_a_spec_version_number_is_not_a_price_claim(kb, host):
    answer = ask(kb, host, "does the tv have hdmi 2.1?")
    assert answer.grounds.intent != "price" and "HDMI 2.1" in answer.text, answer.text
    assert "¥2999.00 tonight, down" in ask(kb, host, "is the tv 1999?").text


def test_a_bed_size_not_named_in_the_facts_is_not_answered_with_stock(kb, host):
    # before: "is the duvet in stock in queen?" → "500 left at ¥899.00"
    answer = ask(kb, host, "is the duvet in stock in queen?")
    assert "500 left" not in answer.text, answer.text


# -- "it" / "they" with a product on air, answered with another product's fact ---------------
# before, sneakers on air: "can i tumble dry them?" → the tee's "dryer: tumble dry low";
# "do they come in blue?" → the jeans' colours.

@pytest.mark.parametrize("question", ["can i tumble dry them?", "do they come in blue?"])
def test_it_with_a_product_on_air_is_never_another_products_fact(apparel, host, question):
    answer = ask(apparel, host, question, on_air="SNEAKER-CANVAS")
    assert answer.grounds.sku == "SNEAKER-CANVAS", answer.text
    assert "tumble dry low" not in answer.text and "indigo" not in answer.text, answer.text


# -- a number asked in a yes/no question that the facts never state ---------------------------
# before: "do they come in size 13?" (sneakers on air, sizes US 5 to 12) → "Yes; wide feet may
# want half a size up."

def test_a_yes_to_a_number_no_fact_states_is_not_said(apparel, host):
    _not_yes(ask(apparel, host, "do they come in size 13?", on_air="SNEAKER-CANVAS"))
    _not_yes(ask(apparel, host, "do the sneakers come in size 13?"))


# -- the price of a part or consumable, answered with the product's price --------------------
# before: "净水器滤芯多少钱" (the filter cartridge) → the purifier's ¥1499.00; "how much is a
# replacement filter for the purifier" → the same.

@pytest.mark.parametrize("question", ["净水器滤芯多少钱", "how much is a replacement filter for the purifier",
                                      "how much is the vacuum battery", "电饭煲内胆多少钱"])
def test_a_parts_price_is_not_the_products_price(kb, host, question):
    answer = ask(kb, host, question)
    assert "¥" not in answer.text and not answer.grounds.answerable, answer.text


def test_the_products_own_price_still_answers(kb, host):
    assert "¥1499.00" in ask(kb, host, "净水器多少钱").text
