"""Answering, ninth round (issue 14): the kinds held-out 8 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* a variant named by its values with no product named ("the 5 lb chocolate": the whey sold in
  both, not the bars whose flavour has the word), by the Chinese the listing gives its values
  in a description (曲奇奶油味), by its hue (紫色 for 丁香紫), by a metric unit the listing
  does not write (1kg of "1000 g"), and said back in that Chinese (口红（浆果紫）);
* "04 honey back??": back on sale, not sent back;
* deals on a kind of thing ("any deals on chargers", 露营的东西) list the deals; deals on a
  product by its own name ("deals on boots") give its offer;
* "comes with a spare battery?" asks what is in the box, not the battery;
* 有X吗 with why after it ("有护膝吗 深蹲用的", "有气罐卖吗 配炉头"): X is not carried;
* a policy named with deal words ("subscribe and save how much off") is that policy, its
  discount quoted as the policy words it (85折);
* a yes / no asked is answered by a yes / no FAQ before a spec ("can i have it, lactose
  intolerant");
* a size for a measurement ("harness size for a 70cm chest"): the band of the size chart;
* two variants compared ("creatine 300g or 500g which one is cheaper"): both offers;
* aspects in chat's own words ("works on samsung", "fly with it", 泡水, 扎脖子, 里有啥, "take
  to charge"), two asks in one line, 到手多少, a value set aside ("not the pair");
* the verifier lets right answers through: "1 pm" is a time, a policy's clause quoted whole,
  "first" asks nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attack_support import NOT_CARRIED, Shops, abstained, ask, price
from knowledge_shared import FIXTURES, shop_kb

from bot.clock import FakeClock
from bot.persona import Persona
from knowledge import KnowledgeBase, Promotion
from knowledge.base import facts_for
from knowledge.catalog import load_catalog


def _with_deals(kb: KnowledgeBase, *skus: str) -> KnowledgeBase:
    """`kb` with a 10% promotion on each of `skus`."""
    for sku in skus:
        kb.facts.add_promotion(Promotion(f"deal-{sku}", {sku}, "percent", Decimal(10)))
    return kb


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), "fitness": shop_kb("fitness"), "beauty": shop_kb("beauty"),
            "apparel": shop_kb("apparel"), "snack": shop_kb("snack"),
            "outdoor": _with_deals(shop_kb("outdoor"), "STOVE-PICO", "LAMP-TRAIL-400"),
            "gadget": _with_deals(shop_kb("gadget"), "CHARGER-QI2-15W", "EARBUDS-AIRLITE-PRO")}


@pytest.mark.parametrize(("question", "sku"), [
    ("how much in dollars is the 5 lb chocolate", "WHEY-CHOC-5LB"),
    ("2lb strawberry how much", "WHEY-STRAW-2LB"),  # own wording
    ("ironcore whey chocolate 5lb price??", "WHEY-CHOC-5LB"),  # "chocolate" is no part of it
    ("曲奇奶油味的蛋白粉什么价位", "WHEY-CNC-2LB"),
    ("草莓味的蛋白粉多少钱", "WHEY-STRAW-2LB"),  # own wording
    ("creatine 1kg tub price", "CREATINE-1000G"),
    ("half kilo creatine price? the 0.5kg", "CREATINE-500G"),  # own wording
])
def test_a_variant_named_by_its_values_is_priced(shops: Shops, host: Persona, question: str,
                                                 sku: str) -> None:
    kb = shops["fitness"]
    answer = ask(kb, host, question)
    assert price(kb, sku) in answer.text and answer.grounds.facts.sku == sku, answer.text


def test_a_flavour_word_shared_with_another_product_names_neither(shops: Shops,
                                                                  host: Persona) -> None:
    answer = ask(shops["fitness"], host, "the chocolate one price")
    assert "Peanut" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("fitness", "酸西瓜味的氮泵还有没有", "卖完"),
    ("fitness", "紫色瑜伽垫还有吗", "丁香紫"),  # its hue: the one purple
    ("fitness", "10毫米绿色的垫子还有几张", "12"),
    ("fitness", "黑色10毫米的垫子还剩几张", "30"),  # own wording
    ("beauty", "口红有紫色吗", "浆果紫"),  # said back as the listing says it in Chinese
    ("beauty", "04 honey back??", "sold out"),
    ("beauty", "is 05 caramel back yet", "Caramel"),  # own wording
    ("gadget", "这个 power bank 有 20000 的吗", "85"),  # English in a Chinese ask, spaced
])
def test_a_variant_named_in_chinese_or_asked_back_gives_its_stock(
        shops: Shops, host: Persona, shop: str, question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.intent == "stock" and says in answer.text, answer.text


def test_sending_it_back_is_no_restock_question(shops: Shops, host: Persona) -> None:
    answer = ask(shops["beauty"], host, "can i send the foundation back?")
    assert answer.grounds.intent != "stock", answer.text


@pytest.mark.parametrize(("shop", "question", "named"), [
    ("outdoor", "露营的东西有优惠吗", ("皮科", "开拓者")),
    ("gadget", "any discounts on earbuds stuff?", ("MagDisc", "Airlite")),  # own wording
])
def test_deals_on_a_kind_of_thing_list_the_deals(shops: Shops, host: Persona, shop: str,
                                                 question: str, named: tuple[str, ...]) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "deals" and all(n in answer.text for n in named), answer.text


@pytest.mark.parametrize(("shop", "question", "sku"), [
    # the Hiking Boots' own word (no deal on them: said so with their price, round 13)
    ("outdoor", "any deals on boots", "BOOT-GRANITE"),
    ("outdoor", "is the stove on sale?", "STOVE-PICO"),
    ("gadget", "any deals on chargers", "CHARGER-QI2-15W"),  # the one charger sold: its offer
])
def test_deals_on_a_product_by_its_name_give_its_offer(shops: Shops, host: Persona, shop: str,
                                                       question: str, sku: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds.intent in ("price", "deals") and price(shops[shop], sku) in answer.text, \
        answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("gadget", "power bank comes with a cable?"),
    ("outdoor", "headlamp comes with a spare battery?"),
    ("gadget", "do the earbuds come with ear tips in other sizes"),  # own wording
])
def test_what_comes_with_it_is_asked_of_the_box(shops: Shops, host: Persona, shop: str,
                                                question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "thing"), [
    ("fitness", "有护膝吗 深蹲用的", "护膝"),
    ("outdoor", "有气罐卖吗 配炉头", "气罐"),
    ("outdoor", "有头盔吗 骑车用的", "头盔"),  # own wording
])
def test_a_thing_asked_for_with_why_after_it_is_not_carried(
        shops: Shops, host: Persona, shop: str, question: str, thing: str) -> None:
    answer = ask(shops[shop], host, question)
    assert NOT_CARRIED.search(answer.text) and f"没有{thing}哦" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("subscribe and save how much off", "15%"),
    ("订阅有折扣吗", "85折"),
    ("whats the discount if i subscribe", "15%"),  # own wording
])
def test_a_policy_named_with_deal_words_is_that_policy(shops: Shops, host: Persona,
                                                       question: str, says: str) -> None:
    answer = ask(shops["fitness"], host, question)
    assert says in answer.text and answer.grounds.status != "deals", answer.text


def test_a_yes_no_is_answered_by_a_yes_no_faq(shops: Shops, host: Persona) -> None:
    answer = ask(shops["fitness"], host, "lactose intolerant here 😭 can i have the ironcore")
    assert "half a scoop" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("harness size for a 70cm chest", "L 66-84 cm"),
    ("which harness size for a 30 inch chest", "L 66-84 cm"),  # 76.2 cm
    ("狗胸围45厘米选哪个码", "S 38-50 cm"),
    ("my dog has a 50cm chest which harness size", None),  # between S and M: not ours to pick
    ("which harness size, my dog's chest is 60cm", "M 50-66 cm"),
    ("harness fits a 60 cm neck?", None),  # a chest chart is no neck's
])
def test_a_size_for_a_measurement_is_the_charts_band(shops: Shops, host: Persona,
                                                     question: str, says: str | None) -> None:
    answer = ask(shops["outdoor"], host, question)
    if says is None:
        assert "38-50" not in answer.text and "50-66" not in answer.text, answer.text
    else:
        assert says in answer.text, answer.text


def test_a_fixed_price_on_a_product_holds_for_its_variants_at_its_price() -> None:
    products = load_catalog(FIXTURES / "shops" / "fitness_catalog.yaml")
    facts = facts_for(products)
    facts.add_promotion(Promotion("creatine", {"CREATINE-PUREFORM"}, "fixed_price",
                                  Decimal("18.99")))
    now = FakeClock().now()
    assert facts.live_offer("CREATINE-300G", now).price == Decimal("18.99")
    assert facts.live_offer("CREATINE-1000G", now).price == Decimal("49.99")  # its own price
    facts.add_promotion(Promotion("tub", {"CREATINE-1000G"}, "fixed_price", Decimal("39.99")))
    assert facts.live_offer("CREATINE-1000G", now).price == Decimal("39.99")  # set on it


def test_a_variants_chinese_name_says_its_values_as_the_listing_does() -> None:
    products = {p.sku: p for p in load_catalog(FIXTURES / "shops" / "fitness_catalog.yaml")}
    names = {f.sku: f.name_zh for f in products["WHEY-IRONCORE"].variant_facts()}
    assert names["WHEY-CNC-2LB"] == "铁核 100%乳清蛋白粉（曲奇奶油，2 lb）"
    mats = {f.sku: f.name_zh for f in products["MAT-ZENGRIP"].variant_facts()}
    assert mats["MAT-6MM-LILAC"] == "禅握 防滑瑜伽垫（6毫米，丁香紫）"


@pytest.mark.parametrize("question", ["is the rain jacket ok for cycling, long at the back?",
                                      "does the backpack have a pocket at the back?"])
def test_back_as_a_place_is_no_restock_question(shops: Shops, host: Persona,
                                                question: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert answer.grounds.intent != "stock", answer.text


@pytest.mark.parametrize(("question", "skus"), [
    ("creatine 300g or 500g which one is cheaper", ("CREATINE-300G", "CREATINE-500G")),
    ("2lb vs 5lb chocolate price difference?", ("WHEY-CHOC-2LB", "WHEY-CHOC-5LB")),
    ("肌酸300克和1000克哪个划算", ("CREATINE-300G", "CREATINE-1000G")),  # own wording
])
def test_two_variants_compared_give_both_offers(shops: Shops, host: Persona, question: str,
                                                skus: tuple[str, ...]) -> None:
    kb = shops["fitness"]
    answer = ask(kb, host, question)
    assert answer.grounds.status == "compare" and all(price(kb, s) in answer.text for s in skus), \
        answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("fitness", "how much do i need to spend for free shipping", "1 pm ET"),  # a time, no contact
    ("fitness", "寄阿拉斯加吗", "阿拉斯加"),  # the policy's own clauses, quoted whole
    ("fitness", "creatine do i need to load it first", "saturates"),  # "first" asks nothing
    ("sample", "robot vacuum battery how long", "180 minutes"),  # the runtime, not the mAh
    ("sample", "扫地机电池能用多久", "180分钟"),
])
def test_the_verifier_lets_a_right_answer_through(shops: Shops, host: Persona, shop: str,
                                                  question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not abstained(answer) and says in answer.text, answer.text


def test_a_nutrients_amount_is_no_weight_of_the_product(shops: Shops, host: Persona) -> None:
    answer = ask(shops["sample"], host, "一杯多少克", on_air="YOGURT-GREEK-12")
    assert "每100克" not in answer.text, answer.text  # 8.5 g of protein per 100 g


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("gadget", "findit works on samsung?", "Apple Find My"),  # compatibility, "works on"
    ("gadget", "can i fly with the 20000 one", "100 Wh"),  # air travel
    ("gadget", "音箱能泡水里吗", "IP67"),  # 泡水 is waterproofing
    ("outdoor", "headlamp use AAA or rechargeable", "1500 mAh"),  # the battery's type
    ("outdoor", "how long does the headlamp take to charge", "3 hours"),  # charging, not battery
    ("beauty", "perfume how long does it last", "6 to 8 hours"),  # the stated time
    ("snack", "坚果里有啥", "核桃"),  # 里有啥: what is in it
    ("apparel", "美利奴毛衣会不会扎脖子", "不扎"),  # 扎脖子: itchiness
    ("fitness", "can I send the dumbbells to my PO box", "PO boxes"),  # the policy naming them
    ("gadget", "frost black pro max case how many left", "12 left"),  # "pro max": no number
])
def test_an_aspect_in_chats_own_words_is_answered(shops: Shops, host: Persona, shop: str,
                                                  question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not abstained(answer) and says in answer.text, answer.text


def test_two_asks_in_one_line_are_answered_together(shops: Shops, host: Persona) -> None:
    kb = shops["outdoor"]
    answer = ask(kb, host, "stove how much, does it come w gas")
    assert "sold separately" in answer.text and price(kb, "STOVE-PICO") in answer.text, answer.text


def test_the_price_in_hand_is_the_price(shops: Shops, host: Persona) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, "电视机现在到手多少")
    assert price(kb, "TV-4K-65") in answer.text, answer.text


def test_a_value_set_aside_names_no_variant(shops: Shops, host: Persona) -> None:
    kb = shops["fitness"]
    answer = ask(kb, host, "how much for just ONE dumbbell not the pair")
    assert price(kb, "DUMBBELL-SINGLE") in answer.text, answer.text


@pytest.mark.parametrize("question", ["nude rose is gorgeous", "the lipstick looks so cute"])
def test_praise_asks_nothing(shops: Shops, host: Persona, question: str) -> None:
    assert abstained(ask(shops["beauty"], host, question))

