"""Answering, seventh round (issue 14): the kinds held-out 6 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* a part named beside what is asked of it ("鞋底防滑吗", "do the jeans shrink after washing")
  asks that, not the part: the sole's material says nothing of its grip;
* aspects the listings name that chat asks in its own words: the rise (高腰), the neckline
  (高领), the cut of a shoe (高帮), the fit (宽松), brightness levels, water in the shower or
  the pool, the battery asked without "life", down content beside fill power;
* a sold-out thing "back in stock when" has no fact to answer with;
* the host asked about by name ("where is lao zhang from") is no product question, and his
  name said to him ("lao zhang how much is the beef") is no part of one;
* "which province" of one product asks its origin, not a comparison; 块 is money only after a
  number (整块 is a whole piece); 人民币 and 镑 name money;
* a variant named by its number, in digits or Chinese numerals, with or without the product's
  name ("两万毫安的多少钱", "is the 26800 sold out"), and a colour asked of the product on air
  in Chinese (这个有黑色吗).
"""

from __future__ import annotations

import pytest
from attack_support import (
    BEANIE,
    BEEF,
    Shops,
    abstained,
    ask,
    price,
)
from knowledge_shared import shop_kb

from bot.persona import Persona

BANK, BANK_10K, BANK_20K = "POWERBANK-VOLT", "POWERBANK-VOLT-10K", "POWERBANK-VOLT-20K"
CABLE_2M_WHITE, EARBUDS, MOUNT = "CABLE-USBC-2M-WHT", "EARBUDS-AIRLITE-PRO", "MOUNT-GRIPSTER"


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), "apparel": shop_kb("apparel"), "gadget": shop_kb("gadget")}


@pytest.mark.parametrize(("shop", "question"), [
    ("apparel", "鞋底防滑吗 下雨天"),
    ("apparel", "帆布鞋鞋垫能拿出来吗"),
    ("apparel", "jeans shrink after washing?"),
    ("apparel", "do the sneakers have good grip on wet floors"),  # own wording
    ("apparel", "帆布鞋的鞋垫可以拆吗"),
])
def test_a_part_named_is_not_what_is_asked(shops: Shops, host: Persona, shop: str,
                                           question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("apparel", "can i machine wash the jeans", "machine wash"),  # control: the care asked
    ("apparel", "牛仔裤是高腰的吗", "中腰"),
    ("apparel", "will the tee shrink in the wash", "3%"),  # its FAQ says (control)
    ("apparel", "毛衣是高领的吗", "圆领"),
    ("apparel", "鞋子是高帮还是低帮", "低帮"),
    ("apparel", "T恤是宽松版还是修身", "常规"),
    ("gadget", "补光灯有几档亮度", "10"),
    ("gadget", "how many brightness levels on the ring light", "10"),
    ("gadget", "音箱能放泳池边吗 会不会进水", "IP67"),
    ("gadget", "is the speaker ok in the shower", "IP67"),
    ("gadget", "earbds how long battery", "28"),
    ("sample", "鹅绒被含绒量多少", "95%"),
    ("sample", "what's the fill power of the duvet", "800"),
])
def test_aspects_in_chat_words(shops: Shops, host: Persona, shop: str, question: str,
                               says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("gadget", "speaker back in stock when??"),
    ("apparel", "merino back in stock next week?"),
    ("apparel", "will the sweater restock soon"),
])
def test_no_restock_date_is_made_up(shops: Shops, host: Persona, shop: str, question: str) -> None:
    assert abstained(ask(shops[shop], host, question))


@pytest.mark.parametrize("question", [
    "where is lao zhang from", "is lao zhang married", "老张是哪里人", "是老张自己种的吗"])
def test_the_host_asked_about_by_name_is_no_product_question(shops: Shops, host: Persona,
                                                             question: str) -> None:
    answer = ask(shops["sample"], host, question, on_air=BEEF)
    assert abstained(answer), answer.text


@pytest.mark.parametrize("question", [
    "lao zhang how much is the beef", "how much is the beef lao zhang", "老张，牛肉多少钱",
    "hey lao zhang, beef price?"])
def test_the_host_addressed_by_name_is_still_answered(shops: Shops, host: Persona,
                                                      question: str) -> None:
    kb = shops["sample"]
    assert price(kb, BEEF) in ask(kb, host, question).text


def test_which_province_of_one_product_is_its_origin(shops: Shops, host: Persona) -> None:
    assert "河北" in ask(shops["sample"], host, "鸡蛋是哪个省的").text


@pytest.mark.parametrize(("question", "is_price"), [
    ("牛肉是整块的还是切好的", False),  # a whole piece, not yuan
    ("牛肉几块钱", True), ("三百块吗", True), ("八十九块九吗", True)])
def test_kuai_is_money_after_a_number(shops: Shops, host: Persona, question: str,
                                      is_price: bool) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, question, on_air=BEEF)
    assert (price(kb, BEEF) in answer.text) is is_price, answer.text


@pytest.mark.parametrize(("question", "sku"), [
    ("耳机多少人民币", EARBUDS), ("车载支架几镑", MOUNT), ("支架多少英镑", MOUNT)])
def test_money_in_other_words(shops: Shops, host: Persona, question: str, sku: str) -> None:
    kb = shops["gadget"]
    assert price(kb, sku) in ask(kb, host, question).text


@pytest.mark.parametrize(("question", "on_air", "sku"), [
    ("充电宝两万毫安的多少钱", None, BANK_20K),
    ("一万毫安那个多少钱呀", None, BANK_10K),
    ("20000 one how much", None, BANK_20K),
    ("the ten thousand one, price?", BANK, BANK_10K),
    ("二万毫安的价格", EARBUDS, BANK_20K),  # another product on air: the number names the bank
    ("how much for a 2 metre white cable", None, CABLE_2M_WHITE),
])
def test_a_variant_named_by_its_number(shops: Shops, host: Persona, question: str,
                                       on_air: str | None, sku: str) -> None:
    kb = shops["gadget"]
    assert price(kb, sku) in ask(kb, host, question, on_air=on_air).text


@pytest.mark.parametrize(("question", "says"), [
    ("is the 26800 sold out", "sold out"), ("26800毫安的还有货吗", "卖完"),
    ("white 2m cable in stock?", "75")])
def test_a_variants_stock_by_its_number(shops: Shops, host: Persona, question: str,
                                        says: str) -> None:
    answer = ask(shops["gadget"], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["这个有黑色吗", "这个有红色的吗", "有没有灰色"])
def test_a_colour_asked_of_the_product_on_air(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["apparel"], host, question, on_air=BEANIE)
    assert "芥末黄" in answer.text, answer.text  # the colours it comes in


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("apparel", "T恤有粉色吗", "麻灰"),  # the listing's own Chinese colours
    ("gadget", "耳机有白色的吗", "哑光黑"),
    ("apparel", "牛仔裤有红色的吗", "靛蓝"),  # (light wash is no plain colour: the list itself)
])
def test_colours_not_sold_are_told_in_the_listings_words(shops: Shops, host: Persona, shop: str,
                                                          question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text and "红色" not in answer.text.split("没有")[0], answer.text


@pytest.mark.parametrize(("shop", "question", "sku", "says"), [
    ("apparel", "毛衣卖光了？", "SWEATER-MERINO", "卖完"),
    ("apparel", "牛仔裤卖光了吗", "JEANS-SLIM", None),
    ("sample", "电饭锅咋卖的", "RICECOOKER-IH-4L", None),
    ("sample", "电饭煲怎么卖", "RICECOOKER-IH-4L", None),
])
def test_stock_and_price_in_chat_words(shops: Shops, host: Persona, shop: str, question: str,
                                       sku: str, says: str | None) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question)
    if says is not None:
        assert says in answer.text, answer.text
    elif "卖光" in question:
        assert str(kb.facts.get(sku).stock) in answer.text, answer.text
    else:
        assert price(kb, sku) in answer.text, answer.text


@pytest.mark.parametrize(("shop", "on_air", "question", "says"), [
    ("gadget", None, "智能插座最大功率多少", "3120 W"),  # a spec whose value states the power
    ("gadget", None, "钢化膜几片装", "3片装"),  # the description holds every word asked
    ("sample", None, "一箱几个苹果", "16到18个"),  # control: the FAQ that asks it
])
def test_facts_stated_beside_their_aspect(shops: Shops, host: Persona, shop: str,
                                          on_air: str | None, question: str, says: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("question", "never"), [
    ("智能插座待机耗电多少", "3120"),  # standby draw, not the rated power
    ("does the smart plug use much power on standby", "3120"),
])
def test_a_finer_aspect_is_not_answered_by_the_coarse(shops: Shops, host: Persona, question: str,
                                                      never: str) -> None:
    answer = ask(shops["gadget"], host, question)
    assert never not in answer.text, answer.text


def test_a_pieces_weight_is_not_answered_by_a_sentence_about_pieces(shops: Shops,
                                                                    host: Persona) -> None:
    kb = shop_kb("snack")
    answer = ask(kb, host, "一条多少克", on_air="MILKTEA-POWDER-20")
    assert "一条一杯" not in answer.text, answer.text


def test_a_hedge_is_no_word_a_yes_no_must_answer(shops: Shops, host: Persona) -> None:
    answer = ask(shop_kb("snack"), host, "is the jerky very spicy")
    assert "hot" in answer.text, answer.text  # "Properly hot: mala, …"


@pytest.mark.parametrize(("shop", "question", "says", "never"), [
    ("sample", "is the corn cooked already or raw", "steamed", "Yes"),  # no yes to "A or B?"
    ("sample", "is the corn already cooked?", "Yes", None),  # control: a yes / no
    ("sample", "rice cooker good for how many ppl", "8 people", None),
])
def test_questions_in_their_own_shape(shops: Shops, host: Persona, shop: str, question: str,
                                      says: str, never: str | None) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text and (never is None or never not in answer.text), answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("is it 5 liters", "4 litres"),  # the capacity, not the FAQ on people served
    ("how many people in your family", None),  # the host's
])
def test_people_served_answer_only_people_served(shops: Shops, host: Persona, question: str,
                                                 says: str | None) -> None:
    answer = ask(shops["sample"], host, question, on_air="RICECOOKER-IH-4L")
    assert "2 to 8 people" not in answer.text, answer.text
    assert abstained(answer) if says is None else says in answer.text, answer.text


def test_a_battery_asked_is_no_rated_power(shops: Shops, host: Persona) -> None:
    answer = ask(shop_kb("outdoor"), host, "饮水机能用电池吗")
    assert "2瓦" not in answer.text and "2 W" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "says", "never"), [
    ("how many times does the 10000 charge an iphone", "twice", "laptops"),  # not the laptop FAQ
    ("does the power bank charge my macbook air", "laptops", None),  # a MacBook is a laptop
    ("how long is the cable", "1 m, 2 m, 3 m", None),  # the lengths it is sold in
])
def test_a_faq_about_another_kind_of_thing_does_not_answer(shops: Shops, host: Persona,
                                                           question: str, says: str,
                                                           never: str | None) -> None:
    answer = ask(shops["gadget"], host, question)
    assert says in answer.text and (never is None or never not in answer.text), answer.text
