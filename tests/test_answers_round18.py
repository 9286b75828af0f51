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
* how far a thing goes is an aspect of its own (range, 续航, "how many k's on a full
  battery"), not its battery; a price range is no range;
* "from 8g × 25 mm" is no origin: 这盒螺丝是哪里产的 is not answered by the screws' sizes;
* a size band names its variant bare ("the 57-61 helmet") and by its end ("the big lid", "the
  small helmet"), so a measure of another band is never given for it;
* a place followed by a state or country of another ("perth, scotland", "london ontario",
  "vienna virginia") is not the namesake a policy names; a country the place list does not know
  ("tbilisi": Georgia) names no US state;
* "ship with" said of the box ("does the drill kit ship with a battery?") is no delivery
  question; "incl shipping", "delivered" after a name are no part of a thing not carried;
* "how many hours/colours… left" and 活动还剩多少 ask no stock;
* a Chinese yes / no answered without a yes or no must be spoken to by the passage: most of
  its words beyond the product's names, or an aspect it names, are in it (行動電源有無線充電嗎 is
  not answered by the power bank's description); a stricter rule (all but one word where an
  aspect is shared) cost 36 right answers on the dev sets for 19 fewer wrong ones, so the cases
  it would catch stay strict xfails;
* (heldout18, read once measured) the modal "can" is no "cans" (headphones); a place a policy
  lists is asked wherever the line names it ("ship the piano to Boston"); the host's own life
  in Chinese (主播有几个孩子) is no product question; a count or a quality in a Chinese name
  (一对, 无刷) names no second product to compare with;
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
    return {name: shop_kb(name) for name in ("apparel", "snack", "cycle", "jewel", "tools", "pets",
                                             "beauty", "fitness", "outdoor", "brew", "car", "gadget",
                                             "baby", "bedding", "music")}


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


@pytest.mark.parametrize(("question", "says"), [
    ("how far can the e-bike go on one charge", "40–80 km"),
    ("how many k's does the urbano do on a full battery", "40–80 km"),
    ("电单车能跑多远", "40–80公里"),
])
def test_how_far_is_the_range(shops: Shops, host: Persona, question: str, says: str) -> None:
    answer = ask(shops["cycle"], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["how far does the headlamp shine", "头灯能照多远"])
def test_how_far_a_beam_goes_is_its_range(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert "90 m" in answer.text, answer.text


def test_a_price_range_is_the_price(shops: Shops, host: Persona) -> None:
    answer = ask(shops["cycle"], host, "what's the price range on the urbano e-bike")
    assert "AUD 2" in answer.text and "40–80" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["这盒螺丝是哪里产的", "where are the deck screws made?"])
def test_a_size_range_is_no_origin(shops: Shops, host: Persona, question: str) -> None:
    assert abstained(ask(shops["tools"], host, question))


def test_an_origin_stated_is_still_said(shops: Shops, host: Persona) -> None:
    answer = ask(shops["snack"], host, "牛肉干是哪里产的")
    assert "四川" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("is the big helmet in stock?", "(57–61 cm): 11 left"),
    ("price of the small lid", "(52–56 cm): AUD 129.00"),
    ("the 57-61 helmet in stock?", "(57–61 cm): 11 left"),
])
def test_a_size_band_names_its_variant(shops: Shops, host: Persona, question: str,
                                       says: str) -> None:
    answer = ask(shops["cycle"], host, question)
    assert says in answer.text, answer.text


def test_a_measure_of_another_band_is_not_given(shops: Shops, host: Persona) -> None:
    answer = ask(shops["cycle"], host, "how heavy is the 57-61 helmet")
    assert "290 g" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "namesakes"), [
    ("tools", "ship to perth, scotland?", "19.95"),
    ("pets", "ship to london ontario?", "3.95"),
    ("pets", "do you ship to birmingham alabama?", "3.95"),
    ("beauty", "ship to vienna virginia?", "4.90"),
    ("beauty", "ship to paris texas?", "4.90"),
    ("fitness", "ship to tbilisi?", "6.99"),
])
def test_a_namesake_elsewhere_is_not_the_place_a_policy_names(shops: Shops, host: Persona,
                                                             shop: str, question: str,
                                                             namesakes: str) -> None:
    """Not the namesake's price; since round 19 the policy for the country named after it where
    one covers it ("We ship within the EU only … or outside Europe"), else nothing."""
    assert namesakes not in ask(shops[shop], host, question).text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("tools", "ship to perth?", "19.95"),
    ("pets", "ship to london?", "3.95"),
    ("beauty", "ship to vienna?", "4.90"),
    ("beauty", "ship to paris, france?", "4.90"),
])
def test_the_place_itself_is_still_answered(shops: Shops, host: Persona, shop: str, question: str,
                                            says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


def test_what_ships_in_the_box_is_no_delivery_question(shops: Shops, host: Persona) -> None:
    answer = ask(shops["tools"], host, "does the drill kit ship with a battery?")
    assert "$14.95" not in answer.text and "business days" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["how much is the jacket incl shipping?",
                                      "how much is the jacket delivered?"])
def test_a_delivery_word_after_a_name_is_no_thing_not_carried(shops: Shops, host: Persona,
                                                              question: str) -> None:
    answer = ask(shops["apparel"], host, question, on_air="JACKET-RAIN")
    assert "don't carry" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "on_air", "question", "not_said"), [
    ("snack", "JERKY-SPICY-250", "活动还剩多少", "900"),
    ("outdoor", None, "how many hours left on the headlamp battery?", "left at"),
])
def test_time_or_charge_left_is_no_stock(shops: Shops, host: Persona, shop: str,
                                         on_air: str | None, question: str, not_said: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert not_said not in answer.text, answer.text


def test_a_product_named_post_is_priced(shops: Shops, host: Persona) -> None:
    answer = ask(shops["pets"], host, "how much is the post?")
    assert "27.99" in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("pets", "can you do the dog bed for 20 quid?"),
    ("brew", "pwede pa tawad?"),
    ("snack", "老铁给个友情价"),
    ("tools", "two batteries for a hundred and fifty, deal?"),
])
def test_more_haggles(shops: Shops, host: Persona, shop: str, question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("tools", "any chance of a tradie discount?", "ABN"),  # a trade account the policy grants
    ("outdoor", "is the dog food for puppies ok?", "adult"),  # no offer of a price
])
def test_no_haggle_where_none_is(shops: Shops, host: Persona, shop: str, question: str,
                                 says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    xfail("outdoor", "頭燈有紫外線模式嗎",
          reason="a passage naming the aspect (模式) speaks to it, whatever mode it names"),
    ("gadget", "行動電源有無線充電嗎"),
    xfail("baby", "安全座椅能正向安装吗",
          reason="a passage naming the aspect (安装) speaks to it, whatever way it names"),
    ("gadget", "充电宝能给手表无线充电吗"),
])
def test_a_chinese_yes_no_needs_a_passage_that_speaks_to_it(shops: Shops, host: Persona,
                                                           shop: str, question: str) -> None:
    assert abstained(ask(shops[shop], host, question))


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("outdoor", "头灯有红光模式吗", "红光"),
    ("outdoor", "头灯防水吗", "IPX4"),
])
def test_a_chinese_yes_no_the_passage_speaks_to_is_answered(shops: Shops, host: Persona,
                                                            shop: str, question: str,
                                                            says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


def test_a_variant_measure_before_how_many_left_names_it(shops: Shops, host: Persona) -> None:
    answer = ask(shops["bedding"], host, "how many of the 9kg blanket left?")
    assert "(9 kg)" in answer.text and "left" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says", "not_said"), [
    ("can the power supply run 18 volt pedals", "18 V", "Headphones"),
    ("can i send a capo to seattle?", "United States", "Ontario"),
    ("can you ship the digital piano to boston", "not shipped to the US", "Ontario"),
])
def test_music_shop_words(shops: Shops, host: Persona, question: str, says: str,
                          not_said: str) -> None:
    answer = ask(shops["music"], host, question)
    assert says in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("cycle", "can I pick up in Melbourne", "Click & collect"),  # no sending: the pickup policy
    ("tools", "click and collect in brisbane?", "Eagle Farm"),
    ("pets", "delivery to scotland highlands?", "Scottish Highlands"),
])
def test_a_listed_city_counts_only_where_the_line_sends_it(shops: Shops, host: Persona,
                                                           shop: str, question: str,
                                                           says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["主播有几个孩子", "主播家的推车是什么颜色"])
def test_the_hosts_own_life_in_chinese_is_no_product_question(shops: Shops, host: Persona,
                                                              question: str) -> None:
    assert abstained(ask(shops["baby"], host, question))


@pytest.mark.parametrize(("shop", "question", "not_said"), [
    ("tools", "这个电钻是有刷还是无刷", "更便宜"),
    ("car", "雨刷是一支还是一对的价格", "更便宜"),
])
def test_a_count_or_quality_is_no_second_product(shops: Shops, host: Persona, shop: str,
                                                 question: str, not_said: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not_said not in answer.text, answer.text
