"""Answering, sixteenth round (issue 14): the kinds heldout15 showed once it became development
data, each case worded here, none taken from that set. Real Chroma index, live facts, the
template composer, the shipped detector with its MiniLM stage.

* a discount asked on a quantity (买五包能便宜点吗) is a haggle where no policy grants bulk
  discounts, and so is a price of the viewer's own ("would you take 200 for it", 500块卖不卖);
* a question to the host about the host's own things ("what's your go-to", 你自己用哪个);
* an amount of a substance per serving (一杯多少毫克咖啡因) is no price per cup;
* the cheapest in a market ("cheapest in the uk") is no fact;
* an option named as the listing spells it in the other language or unit: 石板灰 (the
  description's colours counted: 棕色和石板灰两色), "7ft" of "7 ft", 22寸 of 22″;
* a brand right before the product's kind (小炮蓝牙音箱) names the product, no aspect of it;
* a fact about one particular thing (the Myvi's wiper sizes, a 90° cut, the mango's sugar)
  answers no question about another (an Axia, a 45° cut, a diabetic) the listing never names;
* 防伪码 is no size, "send it back" a return;
* a price asked in another currency is the shop's price, saying it cannot convert, and one
  asked "for 1 or a pair" says the unit it is for;
* chat: 这几天 asks no days, a Malay "ke" last asks.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask, detected, price
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    return {name: shop_kb(name) for name in (
        "tools", "baby", "jewel", "beauty", "brew", "bedding", "outdoor", "car", "gadget", "snack")}


@pytest.mark.parametrize(("shop", "question"), [
    ("baby", "买五包湿巾能便宜点吗"),
    ("beauty", "if i buy 3 lipsticks can you give discount"),
    ("jewel", "would you take 200 for the pearl earrings"),
    ("jewel", "can you do the watch for 1000"),
    ("jewel", "翡翠手镯500块卖不卖"),
    ("baby", "can you knock a bit off the stroller"),
])
def test_a_discount_no_policy_grants_is_a_haggle(shops: Shops, host: Persona, shop: str,
                                                 question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "haggle", answer.text


@pytest.mark.parametrize("question", ["can i get a discount if i buy 10 drills?",
                                      "10 boxes of screws discount?"])
def test_a_bulk_policy_answers_a_bulk_discount(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["tools"], host, question)
    assert "Bulk orders take 5% off" in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("brew", "what's your go-to coffee at home?"),
    ("baby", "老板你自己用哪款奶瓶"),
])
def test_the_host_s_own_things_are_not_the_shop_s(shops: Shops, host: Persona, shop: str,
                                                  question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


def test_a_substance_per_cup_is_no_price_per_cup(shops: Shops, host: Persona) -> None:
    kb = shops["brew"]
    answer = ask(kb, host, "一杯有多少毫克咖啡因", on_air="BEAN-BARAKO")
    assert "PHP" not in answer.text and "₱" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["is this the cheapest sunscreen in the uk",
                                      "lowest price serum in europe?"])
def test_the_cheapest_in_a_market_is_no_fact(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["beauty"], host, question, on_air="SUNSCREEN-SOLEIL")
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "sku", "says"), [
    ("outdoor", "石板灰登山鞋有货吗", "BOOT-GRANITE-GREY", "卖完"),  # sold out: said so
    ("bedding", "is the 7ft charcoal curtain in stock", "CURTAIN-7FT-CHAR", "sold out"),
    ("car", "22寸雨刷多少钱", "WIPER-22", ""),
    ("car", "price of the twenty-two inch wiper", "WIPER-22", ""),
])
def test_an_option_in_the_viewer_s_spelling(shops: Shops, host: Persona, shop: str,
                                            question: str, sku: str, says: str) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question)
    assert answer.grounds.sku == sku, (answer.grounds.sku, answer.text)
    assert (says or price(kb, sku)) in answer.text, answer.text


def test_a_brand_before_the_kind_names_the_product(shops: Shops, host: Persona) -> None:
    answer = ask(shops["gadget"], host, "小炮蓝牙音箱还有吗")
    assert "卖完" in answer.text, answer.text  # (the Boomlet speaker is sold out)


@pytest.mark.parametrize(("shop", "question", "on_air"), [
    ("car", "will the seat cover fit my 2020 Vios", None),
    ("car", "wiper for Saga 2016 what size", None),
    ("car", "座套适合Persona吗", None),
    ("baby", "婴儿推车折好放得进Bezza的车尾箱吗", None),
    ("snack", "芒果干孕妇可以吃吗", None),
    ("snack", "is the dried mango ok for diabetics", None),
    ("tools", "what's the depth of cut at 45 degrees", "SAW-CIRC-185"),
])
def test_a_fact_about_one_thing_answers_no_other(shops: Shops, host: Persona, shop: str,
                                                 question: str, on_air: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer) or "45 mm" in answer.text, answer.text


def test_the_thing_the_fact_names_is_still_answered(shops: Shops, host: Persona) -> None:
    answer = ask(shops["car"], host, "which wiper size for a myvi?")
    assert not abstained(answer), answer.text


def test_an_authenticity_code_is_no_size(shops: Shops, host: Persona) -> None:
    answer = ask(shops["beauty"], host, "这瓶有防伪码吗", on_air="PERFUME-NUIT")
    assert "毫升" not in answer.text, answer.text


def test_sending_it_back_is_a_return(shops: Shops, host: Persona) -> None:
    answer = ask(shops["beauty"], host, "can i send the lipstick back")
    assert "returned" in answer.text, answer.text


@pytest.mark.parametrize(("question", "note"), [
    ("helmet price in SGD?", "can't convert"),
    ("头盔多少美金", "没法换算"),
    ("how much is the helmet in ringgit", None),  # the shop's own currency
])
def test_another_currency_gets_the_shop_s_price_and_says_so(shops: Shops, host: Persona,
                                                            question: str,
                                                            note: str | None) -> None:
    kb = shops["car"]
    answer = ask(kb, host, question)
    assert not abstained(answer), answer.text
    assert "MYR" in answer.text, answer.text
    assert (note in answer.text) if note else ("convert" not in answer.text), answer.text


@pytest.mark.parametrize(("line", "on_air", "asks"), [
    ("这几天天天下雨", False, False),
    ("kettle ni auto off ke", True, True),
    ("nvm found the price on screen", True, False),
])
def test_the_detector_reads_time_frames_and_malay_ke(host: Persona, line: str, on_air: bool,
                                                     asks: bool) -> None:
    assert detected(host, line, on_air) is asks


@pytest.mark.parametrize(("question", "says"), [
    ("is the wiper price for one or a pair", "per blade"),
    ("headlight bulbs cost for 1 or 2?", "per pair"),
])
def test_a_price_asked_per_one_or_more_says_its_unit(shops: Shops, host: Persona, question: str,
                                                      says: str) -> None:
    answer = ask(shops["car"], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["你们有卖蓝牙对讲机吗", "有没有卖头盔对讲机？骑车用的"])
def test_a_kind_holding_a_feature_word_is_not_carried(shops: Shops, host: Persona,
                                                      question: str) -> None:
    answer = ask(shops["car"], host, question)  # (蓝牙 is a word of the catalog, 对讲机 no product)
    assert answer.grounds.status == "not_carried", answer.text


# -- attack round 19 (a fresh helper against this round's changes) ----------------------------

@pytest.fixture(scope="module")
def more() -> Shops:
    return {name: shop_kb(name) for name in ("home", "pets", "tea", "fitness")}


@pytest.mark.parametrize(("shop", "question", "sku", "says"), [
    ("home", "bottle sage 750 in stock?", "BOTTLE-750-SGE", "sold out"),  # (a shade's word)
    ("pets", "胸背M码黑色有吗", "HARNESS-M-BLACK", "33"),  # (M码 is the size, not a colour)
    ("tea", "thermos 沙色有吗", "THERMOS-500-SAND", "卖完"),  # (沙色 is Sand)
])
def test_an_option_of_a_combination_is_that_variant(more: Shops, host: Persona, shop: str,
                                                    question: str, sku: str, says: str) -> None:
    answer = ask(more[shop], host, question)
    assert answer.grounds.sku == sku and says in answer.text, (answer.grounds.sku, answer.text)


def test_a_colour_by_its_first_characters_is_no_other_colour(more: Shops, host: Persona) -> None:
    answer = ask(more["pets"], host, "harness L 珊瑚色多少钱")  # (Coral is 珊瑚粉; no L in Coral)
    assert "没有珊瑚粉" in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("gadget", "would you do 20 for the earbuds"),
    ("jewel", "ring 50 can?"),
    ("gadget", "if i buy 2 cables can it be cheaper?"),
    ("jewel", "项链300镑卖不卖"),
])
def test_more_haggles(shops: Shops, host: Persona, shop: str, question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "haggle", answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("car", "what's your go-to helmet size"),
    ("car", "which dashcam do you personally use"),
    ("gadget", "cheapest earbuds at jb hifi?"),
    ("snack", "奶茶一杯多少咖啡因"),
])
def test_more_that_no_fact_answers(shops: Shops, host: Persona, shop: str, question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


def test_a_currency_said_without_how_much(shops: Shops, host: Persona) -> None:
    answer = ask(shops["gadget"], host, "earbuds in USD?")
    assert "can't convert" in answer.text, answer.text


@pytest.mark.parametrize(("question", "sku"), [
    ("glass for s24 ultra?", None),  # (no S24 Ultra: not the Galaxy S24's)
    ("glass fit iphone 15 plus?", None),
    ("glass for iphone 15 pro max", "GLASS-IP15PM"),
])
def test_a_model_with_a_suffix_it_lacks_is_another_model(shops: Shops, host: Persona,
                                                         question: str, sku: str | None) -> None:
    answer = ask(shops["gadget"], host, question)
    if sku is None:
        assert answer.grounds.sku != "GLASS-S24" and answer.grounds.sku != "GLASS-IP15", answer.text
    else:
        assert answer.grounds.sku == sku, answer.text


@pytest.mark.parametrize(("question", "sku"), [("necklace forty five cm price", "NECK-45CM"),
                                             ("pendant half carat how much", "PENDANT-050CT")])
def test_a_measure_after_a_name_is_no_other_thing(shops: Shops, host: Persona, question: str,
                                                  sku: str) -> None:
    kb = shops["jewel"]
    answer = ask(kb, host, question)
    assert price(kb, sku) in answer.text, answer.text


@pytest.mark.parametrize(("question", "says", "not_says"), [
    ("ship to cebu?", "₱150", "₱99"),  # (a province: not Metro Manila's fee)
    ("can you deliver to davao", "₱150", "₱99"),
    ("ship to quezon city how much", "₱99", "₱150"),  # (in Metro Manila)
])
def test_a_town_gets_its_own_region_s_sentence(shops: Shops, host: Persona, question: str,
                                               says: str, not_says: str) -> None:
    answer = ask(shops["brew"], host, question)
    assert says in answer.text and not_says not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("bedding", "weighted blanket for 60kg person which?"),
    ("jewel", "bangle for 18.5cm hand?"),
])
def test_the_measure_of_whom_it_is_for_is_no_option(shops: Shops, host: Persona, shop: str,
                                                    question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert "not 60kg" not in answer.text and "not 18.5cm" not in answer.text, answer.text


def test_a_place_abroad_reads_the_sentence_on_outside_the_country(host: Persona) -> None:
    kb = shop_kb("fitness")  # ("We do not ship to … or outside the US")
    answer = ask(kb, host, "ship to cebu?")
    assert "outside the US" in answer.text, answer.text
