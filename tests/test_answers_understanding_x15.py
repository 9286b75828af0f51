"""Attacks on the understanding layer, fifth round (issue 14): the kinds behind the wrong and
lost answers of the third held-out set (read once, after it was measured) and of new viewer
questions. Sample show and the apparel / snack shops, real Chroma index, live facts. Each
"before:" is what Hawker said; the right answer, or an honest "I don't know", is asserted."""

from __future__ import annotations

import pytest
from answers_support import ask, service
from knowledge_shared import shop_kb

from bot.answers.slots import Draft
from bot.answers.verifier import Verifier
from knowledge import regions


def _abstained(answer) -> bool:
    return answer.composer.startswith(("persona", "abstain"))


# -- a yes or no to a question that asks for a value -----------------------------------------
# before: "sneakers sizes?" → "Canvas Low Sneakers: Yes; wide feet may want half a size up."

@pytest.mark.parametrize(("question", "draft"), [
    ("what sizes do the sneakers come in?", "Yes, wide feet may want half a size up."),
    ("帆布鞋尺码有哪些", "可以，脚宽的可以大半码。"),
    ("how long is the tv warranty", "Yes, the TV has a warranty."),
])
def test_a_value_question_is_not_answered_yes_or_no(kb, apparel, host, question, draft):
    base = apparel if "鞋" in question or "sneakers" in question else kb
    grounds = service(base, host).ground(question)
    verdict = Verifier(host).check(draft, grounds)
    assert any("asks for a value" in p for p in verdict.problems), verdict.problems


def test_a_polar_question_may_still_be_answered_yes(apparel, host):
    answer = ask(apparel, host, "do the sneakers run true to size?")
    assert ": Yes" in answer.text and not answer.rejected, answer


# -- an amount asked, answered with words that hold none ---------------------------------------
# before: "how many eggs u get" → "Eggs from native hens that roam the hillside orchards…"

@pytest.mark.parametrize("question", ["how many eggs u get", "how many eggs do i get in a box?"])
def test_an_amount_is_not_answered_without_a_number(kb, host, question):
    answer = ask(kb, host, question)
    body = answer.text.split(": ", 1)[-1].rsplit("(", 1)[0]  # (not the name's "(30 pack)")
    assert _abstained(answer) or any(c.isdigit() for c in body), answer.text


def test_a_stated_amount_passes_the_amount_check(kb, host):
    answer = ask(kb, host, "how much water for the rice")
    assert "1.2" in answer.text and not answer.rejected, answer


# -- "how much <thing>" asks the thing's amount, not the price ----------------------------------
# before: "how much protein in the yogurt" → the yogurt's price; "how much caffeine in the milk
# tea" → the milk tea's price.

def test_how_much_of_a_stated_thing_is_that_fact(kb, host):
    answer = ask(kb, host, "how much protein in the yogurt")
    assert "8.5 g" in answer.text and "¥59.00 tonight, down" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["how much caffeine in the milk tea",
                                      "how much salt is in the jerky"])
def test_how_much_of_an_unstated_thing_is_not_the_price(snack, host, question):
    answer = ask(snack, host, question)
    assert _abstained(answer), answer.text


@pytest.mark.parametrize("question", ["how much are the apples rn", "how much ya want for the beef"])
def test_a_price_asked_with_chat_words_is_still_the_price(kb, host, question):
    answer = ask(kb, host, question)
    assert answer.grounds.intent == "price" and "tonight" in answer.text, answer.text


# -- the policy a question is about -----------------------------------------------------------
# before: "包邮不" → the remote-areas policy (its "暂不发货" shared the 不 of the question);
# "能寄香港吗" → "I don't have that in front of me" (the policy says Hong Kong in English).

def test_free_shipping_asked_plainly_is_the_general_policy(kb, host):
    answer = ask(kb, host, "包邮不")
    assert "全场包邮" in answer.text and "新疆" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["能寄香港吗", "do you ship to hong kong?", "发澳门吗"])
def test_a_place_is_answered_by_the_policy_naming_it(kb, host, question):
    answer = ask(kb, host, question)
    assert "港澳台" in answer.text or "Hong Kong" in answer.text, answer.text


def test_place_names_in_both_languages():
    assert regions.names_of("Hong Kong") == regions.names_of("香港")
    assert regions.named_in("能寄香港吗", regions.names_of("Hong Kong"))
    assert not regions.named_in("can you ship to us?", regions.names_of("United States"))
    assert not regions.names_of("Atlantis")


# -- a shop policy's own words, asked with no product fact to answer them ---------------------
# before: "how long till it arrives" → the returns policy ("…anything that arrives damaged…");
# "does the smart tv come with a remote?" must not be the remote-areas policy;
# "电视坏了怎么办" → the returns policy, not the warranty.

def test_arrival_asked_is_the_shipping_policy(kb, host):
    answer = ask(kb, host, "how long till it arrives")
    assert "2 to 4 days" in answer.text and "returned" not in answer.text, answer.text


def test_a_delivery_time_answer_holds_the_days(kb, host):
    assert "2 to 4 days" in ask(kb, host, "how long does delivery take").text


def test_a_products_word_that_is_also_a_policy_keyword_is_not_that_policy(kb, host):
    # "remote" is a keyword of the remote-areas shipping policy
    answer = ask(kb, host, "does the smart tv come with a remote?")
    assert "Xinjiang" not in answer.text and "新疆" not in answer.text, answer.text


def test_a_tech_question_is_not_the_warranty(kb, host):
    assert _abstained(ask(kb, host, "can you fix the audio echo?"))


@pytest.mark.parametrize("question", ["is the tv still under warranty if it breaks", "电视坏了怎么办"])
def test_a_repair_asked_is_the_warranty(kb, host, question):
    answer = ask(kb, host, question)
    assert "3 years" in answer.text or "保修" in answer.text, answer.text


def test_a_shelf_life_is_not_taken_for_a_delivery_time(kb, host):
    # "how long" is one of the shipping policy's keywords; the beef's own fact answers
    assert "12 months" in ask(kb, host, "how long does the beef keep").text


# -- a product whose variants sell at different prices ----------------------------------------
# before: "how much is the harness" → rejected "from $29.00" (the base price, not the lowest,
# and the verifier's own hedge check refused "from"), so no answer; "how much is the harness in
# xl" → "Size: S, M, L, XL." (a lower-case size named no variant); "harness size M price?" →
# the size list, not that the M is sold out.

@pytest.fixture(scope="module")
def variants():
    return shop_kb("variants")


@pytest.mark.parametrize(("question", "said"), [
    ("how much is the harness", "$25.00 to $35.00"), ("胸背带多少钱", "$25.00到$35.00"),
    ("how much is the harness in xl", "(XL): $35.00"), ("price of the L harness", "(L): $32.00"),
    ("harness size M price?", "sold out"), ("is the harness padded", "$25.00 to $35.00"),
])
def test_a_variant_product_states_its_range_or_the_variant_asked(variants, host, question, said):
    answer = ask(variants, host, question)
    assert said in answer.text and not answer.rejected, answer
    assert "$29.00" not in answer.text, answer.text


def test_the_range_is_checked_like_any_price(variants, host):
    grounds = service(variants, host).ground("how much is the harness")
    ok = Verifier(host).check(Draft("Harness: {price_low} to {price_high} tonight."), grounds)
    assert ok.ok, ok.problems
    verdict = Verifier(host).check(Draft("Harness: about {price_low} tonight."), grounds)
    assert any("hedged" in p for p in verdict.problems), verdict.problems
    verdict = Verifier(host).check("Harness: from $20.00 tonight.", grounds)
    assert not verdict.ok


# -- the outdoor shop (dev2): variants named in either language, times the facts do not hold ----
# before: "灰色登山鞋还有吗" (Slate Grey) → the description; "狗粮30磅多少钱" (30 lb) → the range;
# "are the grey boots sold out" → the colour list; "这个有红色吗" → the description;
# "is this the lowest price ever?" / "will the tent go on sale next week" → tonight's price;
# "睡袋什么时候补货" → "sold out" (no fact says when); "毛衣是哪里产的" → an English sentence.

@pytest.fixture(scope="module")
def outdoor():
    return shop_kb("outdoor")


@pytest.mark.parametrize(("question", "on_air", "said"), [
    ("灰色登山鞋还有吗", None, "石板灰"), ("are the grey boots sold out", None, "Slate Grey"),
    ("狗粮30磅多少钱", None, "30 lb"), ("how much is the 4p tent", None, "4-person"),
    ("这个有红色吗", "PACK-DAY-20", "红色"), ("do you have the backpack in green", None, "Forest Green"),
])
def test_a_variant_is_named_in_either_language_and_unit(outdoor, host, question, on_air, said):
    answer = ask(outdoor, host, question, on_air)
    assert said in answer.text and not answer.rejected, answer.text


@pytest.mark.parametrize("question", [
    "is this the lowest price ever?", "will the tent go on sale next week", "睡袋什么时候补货",
    "when will the grey boots be back in stock", "下周还会降价吗"])
def test_a_price_or_stock_at_another_time_is_not_tonights(outdoor, host, question):
    assert _abstained(ask(outdoor, host, question, "TENT-RIDGE"))


def test_a_chinese_question_gets_no_english_prose(apparel, host):
    answer = ask(apparel, host, "毛衣是哪里产的")
    assert _abstained(answer) or "A fine-gauge" not in answer.text, answer.text


def test_a_size_list_may_stand_in_a_chinese_answer(apparel, host):
    answer = ask(apparel, host, "有XL吗", "TEE-VNECK")
    assert "XL" in answer.text and not answer.rejected, answer.text


# -- the measure asked ------------------------------------------------------------------------
# before: "how long does the headlamp take to charge" → "battery: 1500 mAh"; "sneakers sizes?" →
# "Yes; wide feet may want half a size up"; "睡袋功率多大" → "packed size: 20 × 38 cm";
# "牛仔裤掉色吗" (do the jeans fade) → the colour list.

def test_how_long_is_answered_with_a_time(outdoor, host):
    answer = ask(outdoor, host, "how long does the headlamp take to charge")
    assert "mAh" not in answer.text, answer.text


def test_a_bare_aspect_question_gets_the_value_not_a_yes(apparel, host):
    answer = ask(apparel, host, "sneakers sizes?")
    assert "US 5 to 12" in answer.text and "Yes" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [("outdoor", "睡袋功率多大"),
                                                 ("sample", "能放进2公斤的鸡吗")])
def test_how_big_beside_another_aspect_asks_that_aspect(outdoor, kb, host, shop, question):
    answer = ask(outdoor if shop == "outdoor" else kb, host, question)
    assert "packed size" not in answer.text and "4.6 kg" not in answer.text, answer.text


def test_fading_is_not_a_colour(apparel, host):
    answer = ask(apparel, host, "牛仔裤掉色吗")
    assert "靛蓝、黑色" not in answer.text, answer.text


def test_a_catalog_with_no_facts_weighs_no_words(tmp_path, host):
    # before: `hawker ask "how much is the kettle?"` on a one-product catalog with no specs,
    # FAQ or description crashed (ZeroDivisionError: no unit weighs anything)
    from bot.answers.understand.answerable import Answerability
    from knowledge import load_catalog

    path = tmp_path / "catalog.yaml"
    path.write_text("products:\n  - sku: KETTLE-9\n    name: Product KETTLE-9\n    price: 10\n")
    scorer = Answerability({p.sku: p for p in load_catalog(path)})
    from bot.answers.understand.answerable import Unit
    assert scorer.coverage({"kettle"}, Unit("policy:x", "policy", "", "kettle", "kettle")) == 0.0
