"""Answering, eighteenth round (issue 14): kinds left open by the seventeenth, seen on heldout17
(read as development data); each case worded here. Real Chroma index, live facts, the template
composer.

* the cost of delivery asked with a product named (牛仔裤邮费多少, "shipping cost on the
  jeans") is the shipping policy, not the product's price;
* "how many X left" asks the stock, not the pack count;
* a city asks for the policy naming its country ("post a tube to christchurch": New
  Zealand's), unless the shop's policies price that country by where in it (a policy naming
  Belfast: Inverness stays unanswered);
* a policy named by a word of its own ("tassie") answers before one named only by "ship";
* (open, strict xfail) a yes or no from a FAQ answer backed by the spec sheet: "come with a
  chain?" gets "Yes, it comes with a certificate" because the specs list a chain; a verifier
  that took only the names besides a cited FAQ cost six other answers, so it was left;
* haggles in more words: a discount of the viewer's own kind ("any chance of a tradie
  discount", "mates rates?"), on a quantity ("discount if i get 3?"), an offer of one's own
  then "deal?" ("two for forty bucks, deal?").
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    return {name: shop_kb(name) for name in ("apparel", "snack", "cycle", "jewel")}


@pytest.mark.parametrize("question", [
    "牛仔裤邮费多少",
    "shipping cost on the jeans?",
    "what's the postage for the jeans",
    "how much to ship the jeans",
])
def test_delivery_cost_with_a_product_named_is_the_shipping_policy(shops: Shops, host: Persona,
                                                                   question: str) -> None:
    answer = ask(shops["apparel"], host, question)
    assert "5.95" in answer.text, answer.text


def test_the_price_of_a_product_is_still_its_price(shops: Shops, host: Persona) -> None:
    answer = ask(shops["apparel"], host, "how much are the jeans")
    assert "5.95" not in answer.text and "$" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "how many bags of the jerky left?",
    "how many packs of jerky are left",
    "牛肉干还剩几包",
])
def test_how_many_left_is_the_stock(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["snack"], host, question)
    assert "900" in answer.text, answer.text


def test_how_many_in_a_pack_is_the_count(shops: Shops, host: Persona) -> None:
    answer = ask(shops["snack"], host, "how many packs in the seaweed")
    assert "12" in answer.text and "40 left" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("can you post a tube to christchurch", "New Zealand"),
    ("how much to send a helmet to wellington?", "New Zealand"),
    ("do you ship to tassie", "Tasmania"),
    ("ship to hobart?", "Tasmania"),
])
def test_a_place_asks_the_policy_that_names_it_or_its_country(shops: Shops, host: Persona,
                                                              question: str, says: str) -> None:
    answer = ask(shops["cycle"], host, question)
    assert says in answer.text and not abstained(answer), answer.text


def test_a_bike_is_not_sent_where_the_policy_says_it_is_not(shops: Shops, host: Persona) -> None:
    answer = ask(shops["cycle"], host, "can you send a spare battery to auckland")
    assert "not shipped to New Zealand" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    xfail("does the diamond pendant come with a chain?",
          reason="the certificate FAQ's yes passes: the spec sheet lists a chain"),
])
def test_a_faq_yes_backs_only_what_it_answers(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["jewel"], host, question)
    assert "certificate" not in answer.text, answer.text


def test_the_faq_asked_still_answers(shops: Shops, host: Persona) -> None:
    answer = ask(shops["jewel"], host, "does the pendant come with a certificate")
    assert "IGI" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "any chance of a student discount on the jerky mate",
    "mates rates on the jerky?",
    "discount if i get 3 bags of jerky?",
    "two jerky for forty bucks, deal?",
])
def test_a_haggle_in_other_words_gets_no_price(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["snack"], host, question)
    assert "¥" not in answer.text and "$" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["is the jerky a good deal?", "any deals on the jerky?"])
def test_a_deal_asked_is_no_haggle(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["snack"], host, question)
    assert "¥" in answer.text, answer.text
