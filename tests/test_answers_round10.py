"""Answering, tenth round (issue 14): the kinds held-out 9 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* a variant named as the listing's own Chinese says it in a spec group beside its English
  (老年犬 for Senior, 三文鱼皮 for Salmon Skin), by a band its value is ("20到40公斤"), by the
  letter size leading its value (M号 of "M 70 cm"), by a one-word value no other listing says
  ("any duck left"), by a number in words ("puppy twelve kilo");
* the band that holds the viewer's own measure ("my lab is 30kg") names that variant; a
  measure on two bands' edge names none;
* two values sold, never together ("senior 12kg", "3m cable in white"): what that one comes in;
* which lead for a dog's weight: the least of a chart of maxima that holds it; a named
  variant's own entry ("the 3m lead ok for a 20 kilo dog?");
* a total for several bought ("if I buy three … whats that come to") is the price;
* a part sold on its own (滤芯单卖吗) only as a fact prices it;
* the policy that names the place asked answers (拉萨: the remote-areas one), "to post" is
  sending it, a food's "坏了能退吗" is no appliance warranty's;
* a yes / no about colour only by a colour fact ("come in red?" is no "red night light");
* an aspect asked, whatever the why after it says (头灯防水吗 下雨天夜爬用).
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask, check, price
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), "pets": shop_kb("pets"), "gadget": shop_kb("gadget"),
            "outdoor": shop_kb("outdoor")}


@pytest.mark.parametrize(("question", "sku"), [
    ("老年犬粮两公斤的多少钱呀 我家毛孩子九岁了", "DOG-SENIOR-2KG"),
    ("幼犬粮六公斤多少钱", "DOG-PUPPY-6KG"),  # own wording
    ("三文鱼皮那个零食多钱", "TREAT-SALMON-100G"),
    ("牛肺零食什么价", "TREAT-BEEFLUNG-150G"),  # own wording
    ("驱虫滴剂20到40公斤那个多少钱", "SPOTON-L"),
    ("flea drops 10-20kg price", "SPOTON-M"),  # own wording
    ("my lab is 30kg, which flea pack and how much", "SPOTON-L"),
    ("甜甜圈狗窝M号多钱啊", "BED-M"),
    ("dog bed small how much", "BED-S"),  # own wording
    ("duck flavour how much? my girl only eats duck lol", "CAT-DUCK-12"),
    ("成犬粮6公斤咋卖", "DOG-ADULT-6KG"),
    ("if I buy three of the adult 2kg bags whats that come to", "DOG-ADULT-2KG"),
    ("what would 2 of the puppy 6kg come to", "DOG-PUPPY-6KG"),  # own wording
])
def test_a_variant_named_as_viewers_name_it_is_priced(shops: Shops, host: Persona, question: str,
                                                      sku: str) -> None:
    kb = shops["pets"]
    answer = ask(kb, host, question)
    assert price(kb, sku) in answer.text and answer.grounds.facts.sku == sku, answer.text


@pytest.mark.parametrize(("question", "sku", "on_air"), [
    ("any duck left?? 🦆", "CAT-DUCK-12", None),
    ("puppy twelve kilo how many left", "DOG-PUPPY-12KG", None),
    ("还有大号的吗", "BED-L", "BED-SNUGGLE"),
    ("还有中号的吗", "BED-M", "BED-SNUGGLE"),  # own wording
])
def test_a_variant_named_as_viewers_name_it_has_its_stock(shops: Shops, host: Persona,
                                                         question: str, sku: str,
                                                         on_air: str | None) -> None:
    answer = ask(shops["pets"], host, question, on_air=on_air)
    assert answer.grounds.facts.sku == sku and not abstained(answer), answer.text


def test_a_measure_on_two_bands_edge_names_neither(shops: Shops, host: Persona) -> None:
    answer = ask(shops["pets"], host, "flea drops for a 10kg dog price")  # 2-10 and 10-20 kg
    assert answer.grounds.facts.sku == "SPOTON-FLEASHIELD", answer.text


def test_a_band_is_no_pack_weight_to_price_by(shops: Shops, host: Persona) -> None:
    answer = ask(shops["pets"], host, "驱虫滴剂20到40公斤那个多少钱")
    assert "/公斤" not in answer.text and "/kg" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("pets", "senior 12kg bag how much", ("Senior", "2 kg, 6 kg")),
    ("pets", "老年犬12公斤的有吗", ("老年犬", "2公斤")),  # own wording
    ("pets", "harness XL in navy?", ("XL", "Black")),  # own wording
    ("gadget", "3m cable in white?", ("3 m", "Black")),
    ("gadget", "3米白色的线有吗", ("3米", "黑色")),  # own wording
])
def test_two_values_never_sold_together_say_what_that_one_comes_in(
        shops: Shops, host: Persona, shop: str, question: str, says: tuple[str, ...]) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer) and all(s in answer.text for s in says), answer.text


@pytest.mark.parametrize(("question", "says", "on_air"), [
    ("the 3m lead ok for a 20 kilo dog?", "3 m up to 12 kg", None),
    ("which lead for a 20kg dog", "5 m up to 25 kg", None),  # own wording
    ("我家狗10斤用哪个", "2-10", "SPOTON-FLEASHIELD"),
    ("spot on for a 15 kg dog?", "10-20 kg", None),  # own wording
])
def test_which_one_fits_a_measure(shops: Shops, host: Persona, question: str, says: str,
                                  on_air: str | None) -> None:
    answer = ask(shops["pets"], host, question, on_air=on_air)
    assert says in answer.text and not abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("pets", "饮水机滤芯单卖吗"),
    ("pets", "fountain filters sold separately?"),  # own wording
    ("pets", "dog bed in XL? hes a great dane"),
    ("outdoor", "headlamp come in red?"),
    ("pets", "does the scratching post come in white"),  # own wording
])
def test_what_no_fact_says_is_not_answered(shops: Shops, host: Persona, shop: str,
                                           question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "says", "not_said"), [
    ("sample", "beef how much if i take 3 packs", "¥", "I don't know"),
    ("pets", "how much to post it", "£3.95", "Sisal"),
    ("pets", "if I order before 1 will it come tomorrow? need it for saturday", "1 pm", "Repeat"),
    ("sample", "苹果能寄到拉萨吗 还是坏在路上", "西藏", "中国大陆全场包邮"),
    ("sample", "牛肉到了化了坏了能退吗", "生鲜", "保修"),
    ("gadget", "how much is delivery", "£3.49", "I don't"),
    ("gadget", "1m vs 2m cable price", "£9.99", "depending on"),
    ("outdoor", "头灯防水吗 下雨天夜爬用", "IPX4", "红光"),
    ("pets", "is the fountain loud? studio flat, cat sleeps by my bed", "25 dB", "capacity"),
    ("sample", "空气炸锅能放一只三斤的鸡吗", "", "/斤"),
])
def test_what_was_asked_is_answered(shops: Shops, host: Persona, shop: str, question: str,
                                    says: str, not_said: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text and not_said not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("pets", "deliver to belfast?", "£7.95"),  # the policy naming Belfast, not the mainland's
    ("pets", "can you post it to leeds", "£3.95"),  # a city the standard policy names
    ("sample", "ship to austria?", "overseas"),  # a country "overseas" covers
    ("sample", "能寄到奥地利吗", "海外"),
    ("sample", "ship to the netherlands?", "overseas"),
    ("sample", "can you ship to graz", "overseas"),  # a city: its country's (Austria) policy
    ("gadget", "ship to munich?", "do not ship abroad"),
])
def test_a_place_a_policy_covers_is_answered_by_it(shops: Shops, host: Persona, shop: str,
                                                  question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text and not abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("pets", "I'm in Inverness, how much to post two 12kg bags"),  # Highlands: no policy says
])
def test_a_place_no_policy_names_is_not_answered_by_the_default(shops: Shops, host: Persona,
                                                                shop: str, question: str) -> None:
    assert abstained(ask(shops[shop], host, question))


@pytest.mark.parametrize(("shop", "question"), [
    ("pets", "do you have a baby carrier?"),  # the cat carrier is no baby carrier
    ("sample", "cot price?"),
    ("sample", "有奶粉吗"),
    ("gadget", "case for iphone 16?"),  # a model number the cases are not made for
])
def test_what_the_shop_does_not_sell_is_not_answered(shops: Shops, host: Persona, shop: str,
                                                     question: str) -> None:
    assert abstained(ask(shops[shop], host, question))


@pytest.mark.parametrize(("question", "draft", "ok"), [
    # a measure inside the range the cited FAQ states is answered by it; one outside is not
    ("does the laptop stand fit a 13 inch macbook",
     "Yes, it takes laptops from 10 to 17.3 inches and up to 10 kg.", True),
    ("does the laptop stand fit a 19 inch laptop",
     "Yes, it takes laptops from 10 to 17.3 inches and up to 10 kg.", False),
])
def test_a_yes_to_a_measure_holds_only_inside_the_stated_range(shops: Shops, host: Persona,
                                                               question: str, draft: str,
                                                               ok: bool) -> None:
    assert check(shops["gadget"], host, question, draft).ok is ok
