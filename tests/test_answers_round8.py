"""Answering, eighth round (issue 14): the kinds held-out 7 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* an option value the product is not sold in, of every kind of option: a shade by its code
  (07色号), a measure in any unit (200毫升, "20 pieces", "16 pack", "spf 100"), a colour that no
  shade name is ("matte black" of Ruby Red, Nude Rose, …), a size past a stated range (size 14
  of "US men's 7 to 13"): what it comes in, as the listing says it, never a price;
* a variant named as viewers name it: by its count (8个装, "15 piece"), by the first word of its
  name ("the berry one"), or by its name alone with no product named ("nude rose in stock?");
* which options there are ("what shades does it come in", 防晒有几个倍数, 有几个颜色): the list;
* aspects chat asks in its own words (变小 is shrinkage, 痒 itchiness, 能亮多久 runtime, matte
  the finish, "ok for snow" the season, 搭好 the setup), and a word of a name asked as what the
  product is (牛肉是草饲的不, "is the lipstick matte": the Matte Foundation is not meant);
* "or nah", "or not? bp issues": chat around a yes / no is no part of what it asks;
* the host's family asked after (你家孩子几岁了) is no product question.
"""

from __future__ import annotations

import pytest
from attack_support import BEANIE, BEEF, Shops, abstained, ask, price
from knowledge_shared import shop_kb

from bot.persona import Persona

FOUNDATION, LIPSTICK, SUNSCREEN = "FOUNDATION-SKINVEIL", "LIPSTICK-VELOURS", "SUNSCREEN-SOLEIL"
HEADS_8, BRUSHES_15, NUDE_ROSE = "HEADS-8PK", "BRUSH-15PC", "LIP-NUDE-ROSE"


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), "apparel": shop_kb("apparel"), "snack": shop_kb("snack"),
            "outdoor": shop_kb("outdoor"), "beauty": shop_kb("beauty")}


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("beauty", "粉底液有07色号吗", "06"),
    ("beauty", "foundation in shade 9?", "06 Espresso"),  # own wording
    ("beauty", "香水有200毫升的吗", "100"),
    ("beauty", "perfume in 150 ml?", "100 ml"),
    ("beauty", "brush set with 20 pieces?", "15 pieces"),
    ("beauty", "16 pack of brush heads?", "8 heads"),
    ("beauty", "spf 100 sunscreen??", "SPF 50+"),
    ("beauty", "lipstick in a matte black?", "Nude Rose"),
    ("beauty", "口红有黑色吗", "裸玫瑰"),  # the listing's own Chinese shade names
    ("outdoor", "boots in size 14?", "7 to 13"),
    ("outdoor", "登山鞋有15码吗", "美码7到13"),
])
def test_a_value_not_sold_is_told_with_what_is(shops: Shops, host: Persona, shop: str,
                                               question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "not_offered" and says in answer.text, answer.text


@pytest.mark.parametrize(("question", "sold"), [
    ("lipstick in pink?", "Nude Rose"),  # a rose, a berry and a coral may all be pink
    ("boots in size 10?", None), ("foundation shade 4?", None)])
def test_a_value_sold_is_not_denied(shops: Shops, host: Persona, question: str,
                                    sold: str | None) -> None:
    shop = "outdoor" if "boots" in question else "beauty"
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status != "not_offered", answer.text


@pytest.mark.parametrize(("question", "on_air", "sku", "says"), [
    ("8个装刷头多钱", None, HEADS_8, None),
    ("brush heads eight pack price", None, HEADS_8, None),
    ("15 piece brush set in stock?", None, BRUSHES_15, "28"),
    ("the berry one still available?", LIPSTICK, "LIP-BERRY-CRUSH", "64"),
    ("nude rose still in stock?", None, NUDE_ROSE, "3 left"),
    ("is 04 honey sold out?? 😭", None, "FOUND-04-HONEY", "sold out"),
])
def test_a_variant_named_as_viewers_name_it(shops: Shops, host: Persona, question: str,
                                            on_air: str | None, sku: str,
                                            says: str | None) -> None:
    kb = shops["beauty"]
    answer = ask(kb, host, question, on_air=on_air)
    assert (says or price(kb, sku)) in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("beauty", "what shades does the foundation come in", "01 Porcelain"),
    ("beauty", "粉底有哪些色号", "06浓咖"),  # the listing's Chinese shades
    ("beauty", "防晒有几个倍数的", "SPF50+"),
    ("beauty", "what spf is the sunscreen", "SPF 30"),
    ("beauty", "how many colours does the lipstick come in", "Coral Pop"),
    ("apparel", "帽子有几个颜色", "芥末黄"),
    ("beauty", "which shade for pale skin", "fair skin"),  # a choice, not the list
])
def test_which_options_there_are(shops: Shops, host: Persona, shop: str, question: str,
                                 says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("apparel", "T恤洗了会变小吗", "3%"),
    ("apparel", "羊毛衫贴身穿会痒吗", "贴身"),
    ("outdoor", "头灯充满电能亮多久", "40"),
    ("beauty", "is the lipstick matte", "satin"),
    ("outdoor", "how long does the tent take to set up", "10"),  # (its FAQ is English only)
    ("sample", "牛肉是草饲的不", "吃草"),
    ("snack", "牛肉干是麻辣的还是五香的", "麻辣"),
    ("outdoor", "is the litter scented", "unscented"),
])
def test_aspects_in_chat_words(shops: Shops, host: Persona, shop: str, question: str,
                               says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("apparel", "does the raincoat got a hood or nah", "hood"),
    ("snack", "nuts salted or not? bp issues", "no added salt"),
    ("snack", "are the nuts salted? my doctor says watch it", "no added salt"),  # own wording
])
def test_chat_around_a_yes_no_is_not_asked(shops: Shops, host: Persona, shop: str, question: str,
                                           says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["你家孩子几岁了", "你孩子吃这个吗"])
def test_the_hosts_family_is_no_product_question(shops: Shops, host: Persona,
                                                 question: str) -> None:
    answer = ask(shops["snack"], host, question, on_air="SEAWEED-CRISPY-12")
    assert abstained(answer), answer.text


def test_a_measure_in_the_name_names_it(shops: Shops, host: Persona) -> None:
    """"the 15W charger": the watts are its name, the price is asked (gadget shop)."""
    kb = shop_kb("gadget")
    assert price(kb, "CHARGER-QI2-15W") in ask(kb, host, "how much is the 15W charger").text


def test_controls_still_hold(shops: Shops, host: Persona) -> None:
    """What the round must not break: a colour of the beanie, the beef's price."""
    assert "芥末黄" in ask(shops["apparel"], host, "这个有黑色吗", on_air=BEANIE).text
    assert price(shops["sample"], BEEF) in ask(shops["sample"], host, "牛肉多少钱").text


# -- the attack on this round (tests/test_answers_attack9.py) found these kinds; fixed here ------

@pytest.mark.parametrize(("question", "offered"), [
    ("帆布鞋有40码吗", True),  # 40 of the Chinese chart (35到45) beside "US 5 to 12"
    ("帆布鞋有50码吗", False), ("canvas sneakers in size 38?", True)])
def test_a_size_of_either_chart_is_sold(shops: Shops, host: Persona, question: str,
                                        offered: bool) -> None:
    answer = ask(shops["apparel"], host, question)
    assert (answer.grounds.status != "not_offered") is offered, answer.text


@pytest.mark.parametrize(("question", "on_air", "sku", "says"), [
    ("15-piece brush set price", None, BRUSHES_15, None),
    ("the honey one in stock?", FOUNDATION, "FOUND-04-HONEY", "sold out"),
    ("is porcelain sold out", None, "FOUND-01-PORCELAIN", "40"),
    ("裸玫瑰还有吗", None, NUDE_ROSE, "3"),  # the listing's Chinese name of the shade
    ("the coral one price?", None, "LIP-CORAL-POP", None),
    ("foundation in 04?", None, "FOUND-04-HONEY", "04 Honey"),
])
def test_a_variant_by_a_word_of_its_name(shops: Shops, host: Persona, question: str,
                                         on_air: str | None, sku: str, says: str | None) -> None:
    kb = shops["beauty"]
    answer = ask(kb, host, question, on_air=on_air)
    assert (says or price(kb, sku)) in answer.text, answer.text


@pytest.mark.parametrize(("question", "offered"), [
    ("一个刷头多少钱", True),  # one head asks the price of one, not a pack of one
    ("十二个装刷头有吗", False), ("moisturiser in 1 litre?", False), ("粉底有七号吗", False)])
def test_counts_and_measures_asked_in_other_words(shops: Shops, host: Persona, question: str,
                                                  offered: bool) -> None:
    answer = ask(shops["beauty"], host, question)
    assert (answer.grounds.status != "not_offered") is offered, answer.text


@pytest.mark.parametrize(("question", "says", "never"), [
    ("what spf is the foundation", "SPF 15", "50+"),  # not the sunscreen's (alias "spf")
    ("foundation spf?", "SPF 15", "50+"),
    ("what fragrance is the moisturiser", "fragrance free", "notes"),
    ("how much is the 1800W hair dryer", "€", "power:"),  # the watts are its name
    ("how much is the 250 ml shampoo", "€", "I don't know"),
])
def test_a_word_of_another_name_or_of_its_own(shops: Shops, host: Persona, question: str,
                                              says: str, never: str) -> None:
    answer = ask(shops["beauty"], host, question)
    assert says in answer.text and never not in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("口红有几个色", "裸玫瑰"), ("有哪些颜色", "珊瑚橘"), ("lipstick in orange?", "Coral Pop")])
def test_the_colours_of_the_lipstick(shops: Shops, host: Persona, question: str, says: str) -> None:
    answer = ask(shops["beauty"], host, question, on_air=LIPSTICK)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "on_air", "says"), [
    ("snack", "can my kids eat this", "SEAWEED-CRISPY-12", "children"),
    ("sample", "扫地机能扫地毯吗 家里有猫毛", None, "自动增压"),  # why, after the question
    ("beauty", "does the cream have fragrance? my skin hates perfume", None, "fragrance free"),
    ("gadget", "有白色吗", "EARBUDS-AIRLITE-PRO", "哑光黑"),  # not the cable's 白色
])
def test_what_is_asked_around_other_words(shops: Shops, host: Persona, shop: str, question: str,
                                          on_air: str | None, says: str) -> None:
    kb = shops[shop] if shop in shops else shop_kb(shop)
    answer = ask(kb, host, question, on_air=on_air)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "on_air"), [
    ("snack", "你家孩子吃这个海苔吗", "SEAWEED-CRISPY-12"),  # the host's kids
    ("sample", "how much is the soundbar for the tv", None),  # a thing for the tv, not the tv
    ("beauty", "eye cream?", None),
    ("apparel", "is the tee organic cotton", None),  # "organic" is stated nowhere
    ("snack", "is the jerky from wang xiao er", None),
])
def test_must_abstain(shops: Shops, host: Persona, shop: str, question: str,
                      on_air: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("snack", "牛肉干有不辣的吗 孩子吃"),  # another kind of it, which no fact gives
    ("snack", "有没有无糖的芒果干"),
    ("beauty", "which spf should i get for the beach"),  # a choice: the list is no answer
    ("beauty", "which lipstick colour suits tan skin"),
])
def test_another_kind_or_a_choice_is_not_answered_with_the_listing(shops: Shops, host: Persona,
                                                                   shop: str,
                                                                   question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("how many pieces in the brush set", "15 pieces"),  # the sets it comes in
    ("珊瑚橘還有嗎", "30"),  # traditional characters: the shade's stock
])
def test_the_options_and_a_shades_stock(shops: Shops, host: Persona, question: str,
                                        says: str) -> None:
    assert says in ask(shops["beauty"], host, question).text
