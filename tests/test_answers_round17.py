"""Answering, seventeenth round (issue 14): kinds left open by the sixteenth (each case worded
here, none taken from a held-out set). Real Chroma index, live facts, the template composer.

* a FAQ about one particular thing answers no question about another: "What sizes for a
  Perodua Myvi?" (answered "24″ and 16″") is no answer for a Bezza, nor for a car nobody
  named; a FAQ whose answer names its thing ("the 2.8 L Hilux is fine") is heard with it;
* a breakdown ("what if it breaks", 坏了怎么办) asks the shop's cover, even with a product on
  air;
* a FAQ's yes or no answers no question sharing none of its words (纤维枕头是记忆棉的吗 is not
  枕头是一对的价格吗？是的);
* 几块 before a noun counts (几块电池), 最多能称多重 asks a measure, not a purchase limit;
* a cut of the viewer's own (能不能打个八折, 再便宜十欧) is a haggle; a price against another
  brand's (比迪奥的便宜吗) is no fact of the shop's;
* a word of an accessory's name is not the accessory (do you sell mattresses: the Mattress
  Protector is no mattress);
* "这个价格是一对吗" says the unit the price is for, in Chinese (每对, not 每pair);
* the end of a product sold by one measure ("the big one", 小盆) is that variant,
  never "how big is it"; "still going" asks the stock.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask
from knowledge_shared import shop_kb

from bot.answers.grounds import faq_of_another
from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    return {name: shop_kb(name) for name in ("car", "gadget", "bedding", "tools", "fitness",
                                             "beauty", "baby", "outdoor", "garden")}


@pytest.mark.parametrize("question", [
    "wiper size for perodua bezza",
    "bezza pakai wiper saiz berapa",
    "which wiper length fits a proton saga",
    "what size wipers do i need",
])
def test_a_fit_faq_about_another_car_answers_nothing(shops: Shops, host: Persona,
                                                     question: str) -> None:
    answer = ask(shops["car"], host, question, on_air="WIPER-AEROFLEX")
    assert "24″ on the driver side" not in answer.text and "26″ on the driver" not in answer.text, \
        answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("wiper size for a myvi?", "24″ on the driver side"),
    ("wiper for honda city?", "26″ on the driver side"),
    ("myvi用几寸雨刷", "司机那边24寸"),
])
def test_the_car_a_fit_faq_names_gets_it(shops: Shops, host: Persona, question: str,
                                         says: str) -> None:
    answer = ask(shops["car"], host, question)
    assert says in answer.text, answer.text


def test_a_faq_whose_answer_names_its_thing_is_heard_with_it(shops: Shops, host: Persona) -> None:
    answer = ask(shops["car"], host, "will it start my car", on_air="JUMPSTARTER-VOLTRA")
    assert "Hilux" in answer.text or abstained(answer), answer.text


@pytest.mark.parametrize(("faq", "reply", "question", "other"), [
    ("What sizes for a Perodua Myvi (2018 onwards)?", "24″ and 16″.", "wiper for perodua bezza",
     "myvi"),
    ("What sizes for a Perodua Myvi (2018 onwards)?", "24″ and 16″.", "wiper size?", "myvi"),
    ("What sizes for a Perodua Myvi (2018 onwards)?", "24″ and 16″.", "size for my myvi", ""),
    ("Myvi用几寸的雨刷？", "司机那边24寸。", "阿拉沙用几寸", "myvi"),
    ("Will it start a diesel Hilux?", "Yes; the 2.8 L Hilux is fine.", "start my car?", ""),
    ("Does the rear camera fit a hatchback like the Myvi?", "Yes.", "fit a hatchback?", ""),
    ("Does it fit a 16-inch MacBook Pro?", "Yes, 10 to 17.3 inches.", "16 inch macbook fit?", ""),
    ("Does the AeroFlex Blade Fit Every Car?", "Most.", "fits my car?", ""),  # title case
    ("Is the AeroFlex quiet?", "Yes.", "is it quiet", ""),  # the product's own name
    ("Does it have GPS?", "Yes.", "can it locate", ""),  # an acronym is an aspect
])
def test_the_thing_a_faq_is_about(shops: Shops, faq: str, reply: str, question: str,
                                  other: str) -> None:
    wiper = shops["car"].catalog["WIPER-AEROFLEX"]
    assert faq_of_another(faq, reply, question, wiper) == other


@pytest.mark.parametrize("question", ["what if it breaks", "坏了怎么办", "is there a guarantee"])
def test_a_breakdown_asks_the_shop_s_cover(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["car"], host, question, on_air="INFLATOR-AIRGO")
    assert "warrant" in answer.text or "保修" in answer.text or "returned" in answer.text, \
        answer.text


def test_a_faq_s_yes_answers_only_its_own_question(shops: Shops, host: Persona) -> None:
    answer = ask(shops["bedding"], host, "纤维枕头是记忆棉的吗")
    assert "是的" not in answer.text, answer.text


def test_a_measure_word_kuai_counts(shops: Shops, host: Persona) -> None:
    answer = ask(shops["tools"], host, "快充一次能充几块电池")
    assert "一次充一块" in answer.text, answer.text
    assert ask(shops["tools"], host, "电池几块钱").grounds.intent == "price"


def test_the_most_a_scale_weighs_is_no_purchase_limit(shops: Shops, host: Persona) -> None:
    answer = ask(shops["fitness"], host, "体脂秤最多能称多重")
    assert "180公斤" in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("fitness", "哑铃能不能打个八折"),
    ("beauty", "香水能不能再便宜十欧"),
    ("fitness", "哑铃能不能再便宜"),
])
def test_a_cut_of_the_viewer_s_own_is_a_haggle(shops: Shops, host: Persona, shop: str,
                                               question: str) -> None:
    assert ask(shops[shop], host, question).grounds.status == "haggle"


@pytest.mark.parametrize(("shop", "question"), [
    ("beauty", "这支口红是不是比迪奥的便宜"),
    ("baby", "安全座椅比好孩子的便宜吗"),
])
def test_another_brand_s_price_is_no_fact(shops: Shops, host: Persona, shop: str,
                                          question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


def test_the_shop_s_own_earlier_price_is_still_asked(shops: Shops, host: Persona) -> None:
    answer = ask(shops["beauty"], host, "口红比平时便宜吗")
    assert not abstained(answer), answer.text


@pytest.mark.parametrize("question", ["do you sell mattresses", "any mattress?"])
def test_the_thing_an_accessory_is_for_is_not_carried(shops: Shops, host: Persona,
                                                      question: str) -> None:
    answer = ask(shops["bedding"], host, question)
    assert answer.grounds.status == "not_carried", answer.text


@pytest.mark.parametrize("question", ["mattress protector price", "do you sell pillows"])
def test_the_accessory_and_a_product_s_head_are_named(shops: Shops, host: Persona,
                                                      question: str) -> None:
    assert not abstained(ask(shops["bedding"], host, question))


def test_the_unit_a_price_is_for_in_chinese(shops: Shops, host: Persona) -> None:
    answer = ask(shops["outdoor"], host, "登山杖这个价格是一对吗")
    assert "每对" in answer.text and "pair" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "sku"), [
    ("how much is the big one", "MONSTERA-24"),
    ("小盆的多少钱", "MONSTERA-12"),
    ("how big is it", "MONSTERA-DELICIOSA"),
    ("这盆有多大", "MONSTERA-DELICIOSA"),
])
def test_the_end_of_one_measure_names_its_variant(shops: Shops, host: Persona, question: str,
                                                  sku: str) -> None:
    answer = ask(shops["garden"], host, question, on_air="MONSTERA-DELICIOSA")
    assert answer.grounds.sku == sku, answer.text


def test_still_going_asks_the_stock(shops: Shops, host: Persona) -> None:
    answer = ask(shops["garden"], host, "the 24cm one, still going?", on_air="MONSTERA-DELICIOSA")
    assert "sold out" in answer.text, answer.text


def test_a_particular_in_latin_letters_inside_chinese_is_its_own(shops: Shops,
                                                                 host: Persona) -> None:
    answer = ask(shops["car"], host, "Axia用几寸的雨刷？")
    assert "24寸" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["再便宜十块", "can i get 20% off the dashcam"])
def test_a_cut_with_its_currency_is_a_haggle(shops: Shops, host: Persona, question: str) -> None:
    assert ask(shops["car"], host, question, on_air="DASHCAM-VISTA2K").grounds.status == "haggle"


def test_a_brand_starting_with_a_digit_is_elsewhere(shops: Shops, host: Persona) -> None:
    assert abstained(ask(shops["car"], host, "is it cheaper than 70mai", on_air="DASHCAM-VISTA2K"))


def test_a_breakdown_in_use_gets_the_warranty(shops: Shops, host: Persona) -> None:
    answer = ask(shops["car"], host, "what if the dashcam breaks")
    assert "12-month warranty" in answer.text, answer.text


def test_an_empty_span_list_does_not_crash_resolution(shops: Shops, host: Persona) -> None:
    answer = ask(shops["fitness"], host, "do you sell bags")  # (raised IndexError once)
    assert abstained(answer), answer.text
