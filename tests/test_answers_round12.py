"""Answering, twelfth round (issue 14): the kinds held-out 11 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* a battery's charge is a measure: "4.0Ah" is "4ah", 4安时, 四安时, "the 6ah one"; a value
  "4.0Ah battery" (the drill kit's) names its variant the same way; one not sold (5Ah) is not
  offered, a sold-out one is said sold out, never another's price;
* a measure a product is not sold in, asked of its one size ("电视有85寸的吗" of a 65-inch TV);
* a colour asked right after the product's own name (三米的线白色有吗, 口红豆沙色有吗);
* a count asked in Chinese (螺丝一盒多少颗, 钻头一套几支) is the count, not the price; a count
  only the name gives ("Greek-Style Yogurt (12 cups)") answers "how many cups";
* a modifier the listing denies makes another thing ("masonry bits" of bits "not for masonry");
* a warranty asked of a product whose specs give it ("电钻保修几年") is its own.
"""

from __future__ import annotations

import pytest
from attack_support import NOT_CARRIED, Shops, abstained, ask, price
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": fresh_kb()} | {name: shop_kb(name)
                                     for name in ("tools", "gadget", "beauty", "baby", "pets", "snack",
                                                  "fitness")}


@pytest.mark.parametrize(("question", "sku"), [
    ("四安时的电池咋卖", "BATT-4AH"),
    ("4安时电池多少钱", "BATT-4AH"),  # own wording
    ("4ah battery price", "BATT-4AH"),  # own wording
    ("六安时电池多钱啊", "BATT-6AH"),
    ("the 6ah one how much", "BATT-6AH"),  # own wording
    ("2.0 battery price pls", "BATT-2AH"),  # own wording
])
def test_a_charge_in_amp_hours_names_its_variant(shops: Shops, host: Persona, question: str,
                                                 sku: str) -> None:
    kb = shops["tools"]
    answer = ask(kb, host, question, on_air="BATT-VOLTA18" if "one" in question else None)
    assert answer.grounds.facts.sku == sku and price(kb, sku) in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("充电钻4.0套装多少钱", "卖完"),
    ("how much is the drill kit with the 4ah battery", "sold out"),
    ("drill kit 4ah in stock?", "sold out"),  # own wording
])
def test_a_sold_out_kit_is_said_sold_out_not_priced_as_the_other(shops: Shops, host: Persona,
                                                                 question: str, says: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert says in answer.text and price(shops["tools"], "DRILL-KIT-2AH") not in answer.text, \
        answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("tools", "5.0Ah battery price?", "not 5.0Ah"),
    ("tools", "how much is the 8ah battery", "not 8ah"),  # own wording
    ("sample", "电视有85寸的吗", "没有85寸"),
    ("sample", "the tv got a 50 inch version for my bedroom?", "not 50"),
    ("sample", "do you have the tv in 55 inch", "not 55"),  # own wording
    ("gadget", "三米的线白色有吗", "没有白色"),
    ("gadget", "3米的线白色有吗", "没有白色"),  # own wording
    ("beauty", "口红豆沙色有吗", "没有豆沙色"),  # own wording
])
def test_a_value_not_sold_is_not_offered(shops: Shops, host: Persona, shop: str, question: str,
                                         says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "not_offered" and says in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("螺丝一盒多少颗", "500颗"),
    ("钻头一套几支", "19支"),  # own wording
])
def test_a_count_asked_in_chinese_is_the_count(shops: Shops, host: Persona, question: str,
                                               says: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert answer.grounds.intent == "spec" and says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("sample", "酸奶一箱几杯", "12杯"),  # the count only the name gives
    ("sample", "how many cups of yogurt", "12 cups"),
    ("baby", "how many wipes", "720"),
    ("pets", "猫罐头一盒多少袋", "12袋"),  # not the 3 to 4 a day of its feeding guide
    ("pets", "my cat is 5kg, how many pouches a day?", "3 to 4 pouches"),  # …and the other way
])
def test_a_count_the_listing_or_its_name_gives(shops: Shops, host: Persona, shop: str,
                                               question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "masonry bits in stock?", "do you have masonry bits", "brushless drill price?",  # own wordings
    "打水泥的钻头多少钱",  # the attacker's: the bits "不能打水泥"
    "price of the concrete drill bits",  # two words before the name
    "impact driver with battery how much",  # "battery: not included, bare tool"
])
def test_a_modifier_the_listing_denies_is_another_thing(shops: Shops, host: Persona,
                                                        question: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert abstained(answer) and NOT_CARRIED.search(answer.text), answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("baby", "foldable high chair price"),  # FAQ: does it fold? No
    ("snack", "salted nuts price"),  # "no added salt"
    ("fitness", "wifi smart scale price"),  # "no Wi-Fi"
])
def test_a_modifier_denied_in_other_shops(shops: Shops, host: Persona, shop: str,
                                          question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer) and NOT_CARRIED.search(answer.text), answer.text


@pytest.mark.parametrize(("question", "says"), [("hss bits in stock?", "140"), ("高速钢钻头多少钱", "29.95"),
                                              ("drill bits price", "29.95")])
def test_a_modifier_the_listing_affirms_is_the_product(shops: Shops, host: Persona, question: str,
                                                      says: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert answer.grounds.facts.sku == "BITS-HSS-19" and says in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("电钻保修几年啊", "3年"),
    ("吸尘器保修多久", "2年"),
    ("warranty on the vac?", "2 years"),  # own wording
    ("battery warranty?", "1 year on the battery"),  # the drill on air: its own kit's battery
])
def test_a_warranty_in_the_specs_answers(shops: Shops, host: Persona, question: str,
                                         says: str) -> None:
    answer = ask(shops["tools"], host, question, on_air="DRILL-VOLTA18" if "battery" in question
                 else None)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("snack", "1kg jerky price?", "not 1kg"),  # a 250 g bag
    ("snack", "主播 500g牛肉干多少钱", "没有500g"),
    ("sample", "2kg beef price", "not 2kg"),  # a 1 kg pack
])
def test_more_than_the_one_pack_sold_is_not_offered(shops: Shops, host: Persona, shop: str,
                                                    question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "not_offered" and says in answer.text, answer.text


@pytest.mark.parametrize("question", ["两斤牛肉多少钱", "五百克牛肉多少钱", "beef price"])
def test_the_pack_or_less_is_priced(shops: Shops, host: Persona, question: str) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, question)
    assert price(kb, "BEEF-SHANK-1KG") in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("fitness", "peanut free protein bars how much"),  # Chocolate Peanut Butter
    ("fitness", "latex free resistance bands price"),  # natural latex
])
def test_free_of_what_it_holds_is_another_thing(shops: Shops, host: Persona, shop: str,
                                               question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer) and NOT_CARRIED.search(answer.text), answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("sample", "sugar free yogurt how much", "no added sugar"),  # was "we don't carry free yogurt"
    ("baby", "lactose free formula how much", "contains lactose"),
])
def test_free_of_something_is_asked_of_the_product(shops: Shops, host: Persona, shop: str,
                                                   question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("fitness", "28 ounce shaker stock", "150 left"),  # "800 ml (28 oz)"
    ("fitness", "20oz shaker how much", "9.99"),
    ("tools", "how much for the 6 amp hour battery", "149.00"),
])
def test_a_measure_in_another_unit_or_words_names_its_variant(shops: Shops, host: Persona,
                                                             shop: str, question: str,
                                                             says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["牛肉干一斤多少钱", "jerky per kg?"])
def test_a_price_per_weight_is_no_pack_asked_for(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["snack"], host, question)
    assert answer.grounds.status != "not_offered" and ("/斤" in answer.text or "/kg" in answer.text), \
        answer.text


def test_a_day_s_count_is_no_pack_s_count(shops: Shops, host: Persona) -> None:
    """Seen on heldout6 once packs counted: 坚果一天吃几袋 → "数量: 30袋" (the box's 30)."""
    answer = ask(shops["snack"], host, "坚果一天吃几袋")
    assert "数量" not in answer.text, answer.text  # (the name, 每日坚果 30袋, may be said)


def test_a_weight_it_holds_is_no_pack_asked_for(shops: Shops, host: Persona) -> None:
    """Seen on heldout10: "laptop stand hold a 12kg gaming laptop?" → "comes in 980 g, not 12kg"
    (its own weight from its specs read as the pack's)."""
    answer = ask(shops["gadget"], host, "laptop stand hold a 12kg gaming laptop?")
    assert answer.grounds.status != "not_offered" and "980" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("baby", "is the 2.5 tog 0-6 month sleeping bag available", "not 0-6 m"),  # 0-6 m is months
    ("baby", "睡袋2.5托格0到6个月的有吗", "没有0-6个月"),
])
def test_a_band_in_months_names_its_size(shops: Shops, host: Persona, shop: str, question: str,
                                         says: str) -> None:
    """Seen (attacker, round 15): the 2.5 TOG bag in 18-36 m was offered for 0-6 months."""
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("question", "sku"), [("一只哑铃多少钱", "DUMBBELL-SINGLE"),
                                               ("a pair of dumbbells price", "DUMBBELL-PAIR")])
def test_one_or_a_pair_names_its_set(shops: Shops, host: Persona, question: str, sku: str) -> None:
    kb = shops["fitness"]
    answer = ask(kb, host, question)
    assert price(kb, sku) in answer.text, answer.text


@pytest.mark.parametrize(("question", "says", "on_air"), [
    ("電視幾錢", "¥2999.00", None),  # Cantonese, traditional: how much is the TV
    ("呢部幾錢呀", "¥2999.00", "TV-4K-65"),
    ("牛肉有冇貨", "1200", None),
    ("電飯煲點賣", "¥399.00", None),
])
def test_cantonese_is_read_as_mandarin(shops: Shops, host: Persona, question: str, says: str,
                                       on_air: str | None) -> None:
    answer = ask(shops["sample"], host, question, on_air=on_air)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("text", "read"), [
    ("呢隻幾錢", "这只多少钱"), ("有冇貨", "有没有货"), ("係咪真金", "是不是真金"),
    ("仲有冇7號", "还有没有7号"), ("Price of the RING?", "Price of the RING?"),
])
def test_mandarin_of_cantonese(text: str, read: str) -> None:
    from knowledge.text import mandarin

    assert mandarin(text) == read
