"""Answering, fifteenth round (issue 14): the kinds attack round 17 left open and the kinds of
viewer the fifteenth held-out set was written for (Malaysians in Manglish and Malay, haggling),
each case worded here, none taken from that set. Real Chroma index, live facts, the template
composer.

* "2ah drill" is the drill kit in its 2.0Ah option (the option after or before the product's
  name), not the 2Ah battery, and "drill 2ah" is no "drill 2ah" the shop lacks;
* a shop-wide "any deals?" names what is below its list price too, not only live promotions;
  with a product on air it says that product's deal first, or that it has none;
* the weight a thing bears asked as "can it hold 15 kg", 最多称多重, and a "max weight" spec
  is that load, not the thing's own weight ("how heavy is the high chair" is not its 15 kg);
* haggling ("can you give discount?", "kasi murah sikit la", 能便宜点吗) gets the host's line
  that prices are the same for all, never a price;
* another market's price ("cheaper than shopee?", "cheapest drill in malaysia?", 全网最低) is
  no fact, and a question to the host in Malay ("abang umur berapa?") no price ask;
* Malay and Manglish shop words read as English ("yang ni berapa", "ada stok lagi tak",
  "ada warna lain tak"), and Malaysia's places as places (Sabah, 东马, Kuching, KL) inside
  the regions a policy names.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask, price
from knowledge_shared import shop_kb

from bot.persona import Persona
from knowledge import regions
from knowledge.text import plain_english


@pytest.fixture(scope="module")
def shops() -> Shops:
    return {name: shop_kb(name) for name in ("tools", "baby", "fitness", "jewel")}


@pytest.mark.parametrize(("question", "sku"), [
    ("2ah drill how much", "DRILL-KIT-2AH"),
    ("drill 2ah price", "DRILL-KIT-2AH"),
    ("how much for the 4ah drill kit", "DRILL-KIT-4AH"),  # (sold out: said so)
    ("how much is the 4ah battery", "BATT-4AH"),
])
def test_an_option_beside_a_name_is_that_product_s(shops: Shops, host: Persona, question: str,
                                                   sku: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert answer.grounds.sku == sku, (answer.grounds.sku, answer.text)
    assert "don't carry" not in answer.text, answer.text


def test_a_drill_battery_is_not_a_thing_the_shop_lacks(shops: Shops, host: Persona) -> None:
    answer = ask(shops["tools"], host, "drill battery how much")
    assert "don't carry" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["what deals are on right now?", "any sale?", "有什么优惠"])
def test_shop_wide_deals_name_the_markdowns(shops: Shops, host: Persona, question: str) -> None:
    kb = shops["tools"]  # no promotion: the drill kit, impact driver and saw are below list
    answer = ask(kb, host, question)
    for sku in ("IMPACT-VOLTA18", "SAW-CIRC-185"):
        assert price(kb, sku) in answer.text, answer.text
    assert "AUD 229.00" in answer.text and "AUD 199.00" in answer.text, answer.text  # the 2Ah kit
    assert "DRILL-KIT-4AH" not in answer.text and "AUD 249.00" not in answer.text  # sold out


@pytest.mark.parametrize(("on_air", "first"), [
    ("SAW-CIRC-185", "Volta 1400W 185 mm Circular Saw AUD 159.00 (was AUD 189.00)"),
    ("TAPE-GRIPLOCK", "No deal on the GripLock Tape Measure tonight: AUD 14.95–AUD 22.95."),
])
def test_deals_asked_with_a_product_on_air_start_with_it(shops: Shops, host: Persona,
                                                         on_air: str, first: str) -> None:
    answer = ask(shops["tools"], host, "any discount", on_air=on_air)
    assert first in answer.text and answer.text.index(first) < answer.text.index("AUD 139.00"), \
        answer.text


@pytest.mark.parametrize(("shop", "question", "said"), [
    ("baby", "can the high chair hold 15 kg", "15 kg"),
    ("baby", "high chair max weight?", "15 kg"),
    ("fitness", "体脂秤最多称多重", "180公斤"),
    ("fitness", "can the scale take 150kg", "180 kg"),
])
def test_a_load_asked_is_the_max_weight(shops: Shops, host: Persona, shop: str, question: str,
                                        said: str) -> None:
    answer = ask(shops[shop], host, question)
    assert said in answer.text and not abstained(answer), answer.text


def test_own_weight_is_not_the_max_weight(shops: Shops, host: Persona) -> None:
    answer = ask(shops["baby"], host, "how heavy is the high chair")
    assert "15 kg" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "on_air"), [
    ("can you give discount?", None),
    ("kasi murah sikit la", "DRILL-VOLTA18"),
    ("boleh kurang sikit boss", "DRILL-VOLTA18"),
    ("last price boss?", "SAW-CIRC-185"),
    ("能便宜点吗", "SAW-CIRC-185"),
    ("平啲啦", None),
])
def test_haggling_gets_no_price(shops: Shops, host: Persona, question: str,
                                on_air: str | None) -> None:
    answer = ask(shops["tools"], host, question, on_air=on_air)
    assert abstained(answer) and "AUD" not in answer.text, answer.text
    assert "haggl" in answer.text or "不议价" in answer.text, answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("电钻多少钱 能便宜点不", "AUD 199.00"),  # the price asked first
    ("any discount?", "AUD 139.00"),  # the deals
])
def test_a_price_or_deal_asked_beside_a_haggle_is_answered(shops: Shops, host: Persona,
                                                           question: str, said: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert said in answer.text, answer.text


@pytest.mark.parametrize(("text", "plain"), [
    ("yang ni berapa", "this one how much"),
    ("ada stok lagi tak", "still in stock or not"),
    ("ada warna lain tak", "got other colours or not"),
    ("boleh return tak", "can return or not"),
    ("bro confirm ori ke?", "bro confirm original?"),
    ("queen size ke liye kitna", "queen size ke liye how much"),  # Hinglish's "ke" stays
    ("is the boss here", "is the boss here"),
])
def test_malay_shop_words_read_as_english(text: str, plain: str) -> None:
    assert plain_english(text) == plain


@pytest.mark.parametrize(("question", "said"), [
    ("yang ni berapa", "AUD 199.00"),
    ("ada stok lagi tak", "34 left"),
    ("berat berapa", "1.6 kg"),
])
def test_malay_asks_are_answered(shops: Shops, host: Persona, question: str, said: str) -> None:
    answer = ask(shops["tools"], host, question, on_air="DRILL-VOLTA18")
    assert said in answer.text, answer.text


@pytest.mark.parametrize(("asked", "policy_place"), [
    ("pos sabah berapa hari", "East Malaysia"),
    ("寄东马几天", "East Malaysia"),
    ("ship to kuching?", "Malaysia"),
    ("can ship to KL?", "West Malaysia"),
])
def test_malaysia_s_places_are_inside_its_regions(asked: str, policy_place: str) -> None:
    said = regions.mentioned(plain_english(asked))
    assert said and said <= regions.covered_by(policy_place), said


@pytest.mark.parametrize("question", ["ship to kuching?", "寄东马几天"])
def test_a_malaysian_town_finds_the_malaysia_policy(shops: Shops, host: Persona,
                                                    question: str) -> None:
    answer = ask(shops["jewel"], host, question)
    assert "Sarawak" in answer.text or "砂拉越" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "cheapest drill in malaysia?", "is this cheaper than shopee?", "lazada lagi murah kot",
    "全网最低吗"])
def test_another_market_s_price_is_no_fact(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["tools"], host, question, on_air="DRILL-VOLTA18")
    assert abstained(answer) and "AUD" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["abang umur berapa?", "bos duduk mana?"])
def test_a_malay_question_to_the_host_gets_no_price(shops: Shops, host: Persona,
                                                    question: str) -> None:
    answer = ask(shops["tools"], host, question, on_air="DRILL-VOLTA18")
    assert abstained(answer) and "AUD" not in answer.text, answer.text


# -- heldout14's kinds (development data since heldout15 was written) -------------------------

@pytest.fixture(scope="module")
def bedding() -> Shops:
    return {"bedding": shop_kb("bedding")}


@pytest.mark.parametrize(("question", "said"), [
    ("COD milega?", "Cash on delivery (COD) is available within India"),
    ("razai washing machine mein dhul sakti hai?", "machine wash at 30°C"),
    ("Singapore bhejte ho?", "We ship to Singapore"),
    ("how much light does the curtain block", "90%"),
    ("窗帘遮光率多少", "90%"),
])
def test_hinglish_and_aspects_of_home_textiles(bedding: Shops, host: Persona, question: str,
                                               said: str) -> None:
    answer = ask(bedding["bedding"], host, question)
    assert said in answer.text, answer.text


@pytest.mark.parametrize("question", ["窗帘能定做尺寸吗", "can i get a custom size curtain",
                                      "主播有孩子吗", "老板住哪里"])
def test_custom_sizes_and_the_host_s_life_are_no_facts(bedding: Shops, host: Persona,
                                                       question: str) -> None:
    answer = ask(bedding["bedding"], host, question)
    assert abstained(answer) and "INR" not in answer.text, answer.text


def test_grammage_is_no_weight() -> None:
    from bot.answers.understand.intent import MEASURES

    said = {aspect for rx, aspect in MEASURES if rx.search("200 g/m² in winter")}
    assert "weight" not in said and "weight" in {a for rx, a in MEASURES if rx.search("2 kg")}


@pytest.mark.parametrize(("text", "plain"), [
    ("kitna hai ye bedsheet", "how much is this bedsheet"),
    ("COD milega?", "COD available?"),
    ("mattress bhi bechte ho?", "do you sell mattress?"),
    ("kab tak aayega", "by when arrive"),
    ("laptop bechte ho kya", "do you sell laptop?"),  # (the verb last)
    ("moisturiser me spf hai?", "does the moisturiser have spf?"),
    ("mutton hai kya", "got mutton?"),
])
def test_hinglish_shop_words_read_as_english(text: str, plain: str) -> None:
    assert plain_english(text) == plain


# -- attack round 18 (a fresh helper against this round's changes) ----------------------------

@pytest.mark.parametrize("question", ["can give discount if i buy 10?",
                                      "can you give discount for 5 pcs?"])
def test_a_discount_on_a_condition_is_no_haggle(shops: Shops, host: Persona,
                                                question: str) -> None:
    answer = ask(shops["tools"], host, question, on_air="DRILL-VOLTA18")
    assert "haggl" not in answer.text, answer.text  # (the bulk policy may give one)


@pytest.mark.parametrize("question", ["cheaper than bunnings?", "can you price match?",
                                      "cheapest in aus?", "bunnings sells it for 150"])
def test_another_store_s_price_is_no_fact(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["tools"], host, question, on_air="DRILL-VOLTA18")
    assert abstained(answer) and "AUD" not in answer.text, answer.text


def test_two_products_compared_are_still_compared(shops: Shops, host: Persona) -> None:
    answer = ask(shops["tools"], host, "drill cheaper than saw?")
    assert "AUD 199.00" in answer.text and "AUD 159.00" in answer.text, answer.text


@pytest.mark.parametrize(("question", "not_said"), [
    ("how much in ringgit", "Ring"), ("pay in ringgit?", "Ring"),
    ("ship to penang free ah?", "Pendant"), ("jadi berapa?", "Bangle"),
])
def test_a_currency_a_place_or_a_malay_word_is_no_misspelt_name(shops: Shops, host: Persona,
                                                                 question: str, not_said: str) -> None:
    answer = ask(shops["jewel"], host, question, on_air="NECKLACE-AURA")
    assert not_said not in answer.text, answer.text
