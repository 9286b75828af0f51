"""Answering, nineteenth round (issue 14): what a fresh helper with no view of the code found
attacking the eighteenth round's kinds (variant bands, range, places with qualifiers, Chinese
yes / no) in the music, cycle, baby, sample and gadget shops; each case worded here. Real
Chroma index, live facts, the template composer.

* a FAQ's yes or no answers only its own question: "is the car seat isofix?" gets no "No"
  from "does it fit a car without ISOFIX? No, ISOFIX only", "is the corn non gmo?" none from
  "is it GMO? No", "are these for acoustic guitar?" none from the electric-guitar FAQ; its
  answer is said without it where it speaks to what was asked, else nothing is;
* "how many minutes / colours … left", 还剩几分钟, "left handed?" ask no stock count;
* a variant value in another unit's spelling: "250 ohm" of "250 Ω", "2.5" and "2 1/2" of
  "Strength 2½", "3/4" of "¾ size" (NFKC wrote ½ as "1⁄2"); the product on air's variant
  before another product's of the same name ("3/4 in stock" of the guitar, not the violin);
* "how much is bitcoin rn": the time after an unknown thing does not make it the product on
  air;
* places: a city by its Chinese name (寄台北吗, 寄纽约吗, 寄卡尔加里吗), a US state or an
  Australian one ("ship to texas", "perth western australia", "perth wa"), a place too small
  for the gazetteer a policy lists ("ship to iqaluit"), a country priced by where in it only
  where two policies name it (a Canadian town list's "London" makes no UK policy), a place
  followed by its country ("london uk" is not Ontario's London).
"""

from __future__ import annotations

import re

import pytest
from attack_support import Shops, abstained, ask, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona
from knowledge.text import normalize


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), **{name: shop_kb(name) for name in ("music", "cycle", "baby", "gadget")}}


YES_NO = re.compile(r"[:：]\s*(?:yes|no|是的|不是|不能|不可以|可以|能)[,，.。]", re.I)


@pytest.mark.parametrize(("shop", "on_air", "question", "said"), [
    ("baby", None, "is the car seat isofix?", "ISOFIX"),
    ("baby", None, "安全座椅是isofix的吗", "ISOFIX"),
    ("sample", "CORN-SWEET-10", "is the corn non gmo?", "non-GMO"),
    ("sample", "CORN-SWEET-10", "玉米是非转基因的吗", "非转基因"),
    ("music", "STRINGS-NORTHWIND", "are these for acoustic guitar?", "acoustic"),
])
def test_another_questions_yes_or_no_is_not_said(shops: Shops, host: Persona, shop: str,
                                                 on_air: str | None, question: str, said: str) -> None:
    answer = ask(shops[shop], host, question, on_air)
    assert said in answer.text and not YES_NO.search(answer.text), answer.text


@pytest.mark.parametrize(("shop", "on_air", "question", "said"), [
    ("gadget", None, "speaker can float in pool?", "No, it is waterproof to 1 m but it sinks"),
    ("music", "GUITAR-MAPLEWOOD", "left handed?", "No, the D-20 is made for right-handed"),
    ("sample", "CORN-SWEET-10", "is the corn gmo?", "No, it is a non-GMO"),
])
def test_the_same_question_keeps_its_yes_or_no(shops: Shops, host: Persona, shop: str,
                                               on_air: str | None, question: str, said: str) -> None:
    assert said in ask(shops[shop], host, question, on_air).text


@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("sample", "TV-4K-65", "does the smart tv come with a remote?"),  # (the wall-mount FAQ)
    ("baby", None, "does the car seat fit a vw polo"),
])
def test_another_questions_answer_about_something_else_is_not_said(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str) -> None:
    assert abstained(ask(shops[shop], host, question, on_air))


@pytest.mark.parametrize(("shop", "on_air", "question", "stock"), [
    ("cycle", "EBIKE-URBANO", "how many minutes of runtime are left", "10 left"),
    ("cycle", "EBIKE-URBANO", "how many minutes left", "10 left"),
    ("cycle", "EBIKE-URBANO", "how many colours still available", "10 left"),
    ("cycle", "EBIKE-URBANO", "还剩几分钟", "还有10"),
    ("cycle", "JERSEY-ROO", "how many colours still available", "48 left"),
    ("music", "GUITAR-MAPLEWOOD", "left handed?", "11 left"),
    ("cycle", "EBIKE-URBANO", "仲有幾耐", "还有10"),
])
def test_a_time_or_a_colour_left_is_no_stock(shops: Shops, host: Persona, shop: str,
                                             on_air: str, question: str, stock: str) -> None:
    assert stock not in ask(shops[shop], host, question, on_air).text


def test_the_colours_available_are_listed(shops: Shops, host: Persona) -> None:
    text = ask(shops["cycle"], host, "how many colours still available", "JERSEY-ROO").text
    assert "Eucalyptus" in text and "Ochre" in text, text


@pytest.mark.parametrize(("on_air", "question", "said"), [
    ("HEADPHONES-HARBOUR", "250 ohm in stock?", "(250 Ω) is sold out"),
    ("HEADPHONES-HARBOUR", "250Ω price?", "(250 Ω) is sold out"),
    ("HEADPHONES-HARBOUR", "80 ohm in stock?", "(80 Ω): 6 left"),
    ("HEADPHONES-HARBOUR", "250欧的还有吗", "（250 Ω）已经卖完"),
    ("HEADPHONES-HARBOUR", "32 ohm price", "(32 Ω): CAD 169.00"),
    ("REEDS-CANE", "2.5 in stock?", "(2½): 18 left"),
    ("REEDS-CANE", "2½ in stock?", "(2½): 18 left"),
    ("REEDS-CANE", "2 1/2 in stock", "(2½): 18 left"),
    ("REEDS-CANE", "strength 2 in stock", "(Strength 2): 25 left"),
    ("GUITAR-MAPLEWOOD", "3/4 in stock", "Acoustic Guitar (¾ size) is sold out"),
    ("GUITAR-MAPLEWOOD", "¾ price", "Acoustic Guitar (¾ size) is sold out"),
    ("VIOLIN-ETUDE", "3/4 in stock", "Violin Outfit (3/4): 5 left"),
    xfail("VIOLIN-ETUDE", "full size price", "Violin Outfit (4/4)", reason="'full size' names "
          "the guitar's variant; that a violin's 4/4 is its full size is not known"),
])
def test_a_variant_in_another_spelling_is_that_variant(shops: Shops, host: Persona, on_air: str,
                                                       question: str, said: str) -> None:
    assert said in ask(shops["music"], host, question, on_air).text


def test_fractions_read_as_viewers_type_them() -> None:
    assert normalize("Strength 2½") == "strength 2.5"
    assert normalize("¾ size") == "3/4 size"
    assert normalize("2 1/2 in stock") == "2.5 in stock"
    assert normalize("size 10 1/2") == "size 10.5"
    assert normalize("1/2 price") == "1/2 price"


@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("cycle", "EBIKE-URBANO", "how much is bitcoin rn"),
    ("cycle", "EBIKE-URBANO", "how much is bitcoin"),
    ("sample", "TV-4K-65", "how much is netflix per month"),
    xfail("cycle", "EBIKE-URBANO", "whats the price of gold today", reason="'gold' is a word of "
          "the catalog (a colour)"),
    xfail("cycle", None, "how much are cycling shorts", reason="'cycling' names the jersey and "
          "'shorts' its 'short sleeve'"),
])
def test_the_price_of_something_else_is_not_the_products(shops: Shops, host: Persona, shop: str,
                                                         on_air: str | None, question: str) -> None:
    answer = ask(shops[shop], host, question, on_air)
    assert abstained(answer) and not re.search(r"\d", answer.text), answer.text


def test_a_product_on_air_asked_in_chat_words_is_still_priced(shops: Shops, host: Persona) -> None:
    answer = ask(shops["cycle"], host, "how much is the ebike rn", "EBIKE-URBANO")
    assert "AUD 2299.00" in answer.text, answer.text  # (no deal in the test shop)


@pytest.mark.parametrize(("shop", "question", "said"), [
    ("sample", "寄台北吗", "港澳台及海外暂不发货"),
    ("sample", "寄高雄吗", "港澳台及海外暂不发货"),
    ("sample", "寄九龙吗", "港澳台及海外暂不发货"),
    ("sample", "寄成都吗", "中国大陆全场包邮"),
    ("music", "寄纽约吗", "24.99"),
    ("music", "ship to texas?", "C$24.99"),
    ("music", "ship to Denver?", "C$24.99"),
    ("music", "ship to chicago?", "C$24.99"),
    ("music", "ship to Iqaluit", "C$39.99"),
    ("music", "寄卡尔加里吗", "18.99"),
    ("music", "ship to calgary", "C$18.99"),
    ("music", "ship to london", "C$12.99"),  # (Ontario's London, listed)
    ("music", "ship to london ontario", "C$12.99"),
    ("music", "ship to toronto", "C$12.99"),
    ("cycle", "ship to perth western australia", "A$19.95"),
    ("cycle", "ship to perth wa", "A$19.95"),
    ("cycle", "ship to perth", "A$19.95"),
    ("cycle", "ship to broome", "A$19.95"),
    ("cycle", "ship to byron bay", "A$14.95"),
    ("cycle", "ship to sydney", "A$9.95"),
    ("cycle", "寄惠灵顿吗", "24.95"),
    ("cycle", "ship to perth, scotland", "We do not ship to any other country"),
])
def test_a_place_asks_the_policy_for_it(shops: Shops, host: Persona, shop: str, question: str,
                                        said: str) -> None:
    assert said in ask(shops[shop], host, question).text


@pytest.mark.parametrize("question", ["ship to london uk?", "ship to Kingston Jamaica?"])
def test_a_place_followed_by_its_country_is_not_a_namesake_listed(shops: Shops, host: Persona,
                                                                  question: str) -> None:
    assert "12.99" not in ask(shops["music"], host, question).text


@pytest.mark.parametrize(("question", "sku_name"), [
    ("how much is the bike", "Urbano 250 City E-Bike"),
    ("bike price?", "Urbano 250 City E-Bike"),
    ("how much is the balance bike", "Joey Kids' Balance Bike"),  # (its own name, whole)
    ("how much is the battery", "Urbano Spare E-Bike Battery"),
])
def test_the_kind_on_air_is_the_product_on_air(shops: Shops, host: Persona, question: str,
                                               sku_name: str) -> None:
    """A word of two products' names that is the kind of the one on air names it ("the bike"
    with the e-bike on air is no balance bike)."""
    assert ask(shops["cycle"], host, question, "EBIKE-URBANO").text.startswith(sku_name)


@pytest.mark.parametrize(("question", "right", "wrong"), [
    xfail("比特币多少钱", "今晚没有比特币", "AUD", reason="a Chinese price slot (X多少钱) read too "
          "many carried things as unknown (猫砂, 三米的, 奶粉二段): left"),
    ("电动车多少钱", "AUD 2299.00", "没有"),  # (电动自行车 said short)
    ("到手多少钱", "AUD 2299.00", "没有"),  # (the price words, no thing)
    ("老板多少钱", "AUD 2299.00", "没有"),
    ("这个多少钱", "AUD 2299.00", "没有"),
])
def test_a_chinese_price_of_a_thing_said_short_or_of_the_one_on_air(
        shops: Shops, host: Persona, question: str, right: str, wrong: str) -> None:
    text = ask(shops["cycle"], host, question, "EBIKE-URBANO").text
    assert right in text and wrong not in text, text


def test_the_big_one_is_no_single_one(host: Persona) -> None:
    """"one" after a word that names the thing is no count ("the big one" is no Single sheet
    set, "which one" no single dumbbell)."""
    bedding = shop_kb("bedding")
    for question in ("the big one how much", "which one is cheaper"):
        assert "(Single" not in ask(bedding, host, question, "SHEET-PERCALE-300").text
