"""Answering, seventeenth round (issue 14): kinds left open by the sixteenth (each case worded
here, none taken from a held-out set). Real Chroma index, live facts, the template composer.

* a FAQ about one particular thing answers no question about another: "What sizes for a
  Perodua Myvi?" (answered "24″ and 16″") is no answer for a Bezza, nor for a car nobody
  named; a FAQ whose answer names its thing ("the 2.8 L Hilux is fine") is heard with it;
* a shop policy answers only where the question asks about the shop (its words, or a policy's
  keywords), with a product on air or none: "can it start my ranger" is no returns question,
  "what if it breaks" / 坏了怎么办 are.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask
from knowledge_shared import shop_kb

from bot.answers.grounds import faq_of_another
from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    return {name: shop_kb(name) for name in ("car", "gadget")}


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
    ("Does the AeroFlex Blade Fit Every Car?", "Most.", "fits my car?", ""),  # title case
    ("Is the AeroFlex quiet?", "Yes.", "is it quiet", ""),  # the product's own name
    ("Does it have GPS?", "Yes.", "can it locate", ""),  # an acronym is an aspect
])
def test_the_thing_a_faq_is_about(shops: Shops, faq: str, reply: str, question: str,
                                  other: str) -> None:
    wiper = shops["car"].catalog["WIPER-AEROFLEX"]
    assert faq_of_another(faq, reply, question, wiper) == other


@pytest.mark.parametrize("question", ["can it start my ranger", "will it fit in my boot"])
def test_no_policy_answers_what_no_shop_word_asks(shops: Shops, host: Persona,
                                                  question: str) -> None:
    answer = ask(shops["car"], host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize("question", ["what if it breaks", "坏了怎么办", "is there a guarantee"])
def test_a_breakdown_asks_the_shop_s_cover(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["car"], host, question)
    assert "warrant" in answer.text or "保修" in answer.text or "returned" in answer.text, \
        answer.text
