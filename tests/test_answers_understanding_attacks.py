"""Attacks on the understanding layer by a hostile viewer and a new shop (issue 14, second round):
a brand the shop does not sell in front of a product type it does, a price asked about a thing no
product is but one product's FAQ mentions, comparisons in other words, sizes and wattages asked
with numbers, typos of the asking words, a warranty asked about one product. Sample catalog and
the apparel / snack shops, real Chroma index, live facts. Each test is one kind of defect found:
a wrong answer (a price for another product) is the worst, a refused answerable question next."""

from __future__ import annotations

import pytest
from answers_support import ask


def _no_price(answer, currency="¥"):
    assert currency not in answer.text and not answer.grounds.answerable, answer.text


# -- a brand the shop does not sell, in front of a product type it does -----------------------
# before: "how much is the philips air fryer" → the CrispPro's ¥299.00; "how much is the sony tv"
# → the Aurora's price.

@pytest.mark.parametrize("question", ["how much is the philips air fryer", "how much is the sony tv",
                                      "is the dyson vacuum in stock?"])
def test_another_brand_of_a_type_we_sell_is_not_carried(kb, host, question):
    answer = ask(kb, host, question)
    assert answer.grounds.status == "not_carried", answer.text
    _no_price(answer)


def test_another_brand_in_the_apparel_and_snack_shops(apparel, snack, host):
    # before: "nike shoes price?" → the canvas sneakers' $45.00; 三只松鼠坚果 → 每日坚果's price;
    # 有卫龙吗 → the deals list
    _no_price(ask(apparel, host, "nike shoes price?"), "$")
    for q in ("三只松鼠坚果多少钱", "有卫龙吗", "辣条多少钱"):
        answer = ask(snack, host, q)
        assert answer.grounds.status == "not_carried", (q, answer.text)
        _no_price(answer)


def test_our_own_brand_and_apple_pay_still_answer(kb, apparel, host):
    assert "¥299.00" in ask(kb, host, "how much is the CrispPro").text
    assert "Apple Pay" in ask(apparel, host, "do you take apple pay").text


# -- a price is never found through another product's facts ------------------------------------
# before: "how much is the chicken" → the air fryer's price (its FAQ fits a whole chicken).

def test_a_price_for_a_thing_no_product_is_is_not_another_products_price(kb, host):
    answer = ask(kb, host, "how much is the chicken")
    assert answer.grounds.sku is None, answer.text
    _no_price(answer)
    # the aspect path still finds the product whose facts answer a property question
    assert "1.3 kg" in ask(kb, host, "can i fit a whole chicken in the air fryer?").text


# -- comparisons asked in other words -----------------------------------------------------------
# before: "compare the tv and the vacuum price" → "I don't know that about the Aurora";
# "eggs vs yogurt price" → the eggs' price only.

@pytest.mark.parametrize("question", ["compare the tv and the vacuum price", "tv vs vacuum price",
                                      "how much are the tv and the robot vacuum?"])
def test_a_comparison_in_other_words_gives_both_prices(kb, host, question):
    answer = ask(kb, host, question)
    assert "¥2999.00" in answer.text and "¥1999.00" in answer.text, answer.text


def test_two_products_and_a_property_is_not_a_price_comparison(kb, host):
    answer = ask(kb, host, "is the tv or the vacuum waterproof?")
    assert "¥1999.00" not in answer.text and "Yes" not in answer.text, answer.text


# -- numbers with units: the size names the product, the unit names the aspect ----------------
# before: "is the 4L one 1500W?" → "I don't have that"; "is the air fryer 1200W?" → "I don't
# know that about the CrispPro".

@pytest.mark.parametrize(("question", "expect", "not_expect"), [
    ("is the 4L one 1500W?", "1200 W", "1500 W"),
    ("is the air fryer 1200W?", "1500 W", "1200 W"),
    ("is the rice cooker 5L?", "4 litres", "Yes"),
    ("is the air fryer 6L?", "6 litres", "Yes"),
    ("电饭煲是1500瓦的吗", "1200 W", "是的")])
def test_a_number_in_the_question_is_answered_with_the_fact(kb, host, question, expect,
                                                           not_expect):
    answer = ask(kb, host, question)
    assert expect in answer.text and not_expect not in answer.text, answer.text


def test_a_size_shared_by_two_products_names_neither(kb, host):
    answer = ask(kb, host, "how much is the 5 kg one")  # the apples and the rice are both 5 kg
    assert "¥49.90" not in answer.text and "¥69.90" not in answer.text, answer.text


# -- the asking words misspelt, a warranty about one product -----------------------------------

def test_a_typo_in_how_much_still_asks_the_price(kb, host):
    # before: "how mcuh the air fryer" → "I don't know that about the CrispPro"
    assert "¥299.00" in ask(kb, host, "how mcuh the air fryer").text


def test_a_warranty_asked_about_one_product_is_the_warranty_policy(kb, host):
    # before: "does the air fryer have a warranty" → "I don't know that about the CrispPro"
    answer = ask(kb, host, "does the air fryer have a warranty")
    assert "warranty" in answer.text and "1 year" in answer.text, answer.text


# -- the product on air, asked of "it" / "they" -------------------------------------------------

def test_they_with_the_jeans_on_air_is_about_the_jeans(apparel, host):
    # before: "do they stretch" (jeans on air) → "I don't have that in front of me"
    answer = ask(apparel, host, "do they stretch", on_air="JEANS-SLIM")
    assert answer.grounds.sku == "JEANS-SLIM" and "slight stretch" in answer.text, answer.text


def test_it_with_the_beef_on_air_is_not_answered_from_a_shipping_policy(kb, host):
    # before: "is it fresh or frozen" (beef on air) → the remote-shipping policy's sentence
    answer = ask(kb, host, "is it fresh or frozen", on_air="BEEF-SHANK-1KG")
    assert "Xinjiang" not in answer.text and "新疆" not in answer.text, answer.text
    assert answer.grounds.sku == "BEEF-SHANK-1KG"


def test_an_unsure_question_without_it_still_drops_the_product_on_air(kb, host):
    answer = ask(kb, host, "can you fix the audio echo?", on_air="TV-4K-65")
    assert answer.grounds.sku is None and "Atmos" not in answer.text, answer.text


# -- a word of the product's name asked as its aspect -------------------------------------------

def test_is_the_jerky_spicy_answers_the_spice(snack, host):
    # before: "is the jerky spicy" → "I don't know that about the Sichuan Spicy Beef Jerky"
    answer = ask(snack, host, "is the jerky spicy")
    assert answer.grounds.sku == "JERKY-SPICY-250" and answer.grounds.status == "", answer.text
    assert "hot" in answer.text.lower(), answer.text


def test_a_suction_figure_is_checked_against_the_spec(kb, host):
    # before: "is the vacuum 8000pa?" → "I don't know that about the Tidy X7"
    answer = ask(kb, host, "is the vacuum 8000pa?")
    assert "6000 Pa" in answer.text and "8000" not in answer.text, answer.text


# -- a misspelt longer name is not the shorter name inside it ----------------------------------

@pytest.mark.parametrize("question", ["how much is the rice coocker", "how much is the rice cookr"])
def test_a_misspelt_rice_cooker_is_not_the_rice(kb, host, question):
    # before: → the jasmine rice's ¥69.90
    answer = ask(kb, host, question)
    assert answer.grounds.sku == "RICECOOKER-IH-4L" and "¥69.90" not in answer.text, answer.text


def test_two_names_with_a_word_between_stay_two(kb, host):
    answer = ask(kb, host, "is the rice good in the rice cooker")
    assert answer.grounds.sku == "RICE-JASMINE-5KG", answer.text


# -- a price claimed in the question is answered with the live price ----------------------------
# before: "is the tv 999?" / "电视是999吗" / "is the tv 30% off?" → "I don't know that about the TV"

@pytest.mark.parametrize("question", ["is the tv 999?", "the tv is 1999 right?", "电视是999吗",
                                      "is the tv 50% off", "is the tv ¥999 tonight?"])
def test_a_price_claim_is_answered_with_the_true_price(kb, host, question):
    answer = ask(kb, host, question)
    assert "2999.00" in answer.text and "999.00" not in answer.text.replace("2999.00", ""), \
        answer.text
    assert "50%" not in answer.text


def test_a_bare_number_to_the_streamer_is_not_a_price(kb, host):
    answer = ask(kb, host, "is he 12?", on_air="BEEF-SHANK-1KG")
    assert "¥" not in answer.text, answer.text


def test_price_and_stock_in_one_question_are_not_an_unknown_aspect(kb, host):
    # before: "how much is the yogurt and is it in stock" → "I don't know that about the yogurt"
    answer = ask(kb, host, "how much is the yogurt and is it in stock")
    assert answer.grounds.status == "" and "¥59.00" in answer.text, answer.text


def test_shipping_a_product_somewhere_is_the_shipping_policy(kb, host):
    # before: "can you ship beef to xinjiang" → "I don't know that about the beef"
    answer = ask(kb, host, "can you ship beef to xinjiang")
    assert "Xinjiang" in answer.text and "5 to 8 days" in answer.text, answer.text


def test_how_many_grams_is_the_weight(snack, host):
    # before: "how many grams is the mango" → "I don't know that about the Dried Mango"
    assert "500 g" in ask(snack, host, "how many grams is the mango").text


def test_the_white_one_said_without_the(kb, host):
    # before: "white one in stock?" → "I don't have that in front of me" (the alias is "the white one")
    answer = ask(kb, host, "white one in stock?")
    assert answer.grounds.sku == "YOGURT-GREEK-12" and "1800" in answer.text, answer.text


@pytest.mark.parametrize(("question", "expect"), [
    ("how much power does the air fryer use", "1500 W"), ("空气炸锅功率多少", "1500 W")])
def test_how_much_of_an_aspect_is_the_aspect_not_the_price(kb, host, question, expect):
    # before: "how much power does the air fryer use" could read as a price ("how much")
    answer = ask(kb, host, question)
    assert expect in answer.text and "down from" not in answer.text, answer.text


def test_a_flavour_asked_with_duoshao_is_the_flavour(snack, host):
    # before: 海苔片口味多少 → the seaweed's price
    answer = ask(snack, host, "海苔片口味多少")
    assert "海盐" in answer.text and "原价" not in answer.text, answer.text


# -- a real word one letter from an alias is not a typo of it ----------------------------------

@pytest.mark.parametrize("question", ["how much is a pork belly", "how much for the smelly cheese"])
def test_a_real_word_near_an_alias_is_not_that_product(kb, host, question):
    # before: a word one letter from "telly" (the TV's alias) → the TV's ¥2999.00
    answer = ask(kb, host, question)
    assert "2999" not in answer.text and answer.grounds.sku is None, answer.text


@pytest.mark.parametrize(("question", "sku"), [("how much is the airfrier", "AIRFRYER-6L"),
                                               ("how much is the jasmin rize", "RICE-JASMINE-5KG"),
                                               ("how much is the corm", "CORN-SWEET-10")])
def test_typos_of_our_names_still_resolve(kb, host, question, sku):
    assert ask(kb, host, question).grounds.sku == sku


def test_an_invoice_question_is_not_shipping(kb, host):
    # a shipping exemplar "X能发新疆吗" had pulled 能开发票吗 to the shipping policy
    answer = ask(kb, host, "请问能开发票吗")
    assert "发票" in answer.text and "发货" not in answer.text, answer.text
