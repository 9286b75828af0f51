"""Answering, eleventh round (issue 14): the kinds held-out 10 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* a value that is a bare number is said with its option's word: Size "2 (3-6 kg)" is "size 2",
  2号, 2码; Stage "2" is "stage two", 二段; it names the variant and, where one product sells
  it, the product;
* which one fits the viewer's own case by age or room temperature, from a chart in one value
  or spread over one spec group's keys ("stage 2: 6 to 12 months"); a fact bounding the
  measure answers whether it fits (宝宝两岁半能用吗), one leaving it out first;
* a colour or flavour asked by a name none sold has (豆沙色, 五香味, "onesies in blue") is
  not offered, and what is sold is said;
* a shipping policy naming the product asked answers for it ("send the stroller to paris":
  strollers ship to Germany and Austria only);
* 宝宝, 儿童 are whom a product is for, never its name.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, ask, price, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    names = ("baby", "apparel", "snack", "beauty", "gadget", "outdoor", "pets", "fitness")
    return {"sample": fresh_kb()} | {name: shop_kb(name) for name in names}


@pytest.mark.parametrize(("question", "sku", "on_air"), [
    ("size 2 pampers how much?? 😍", "NAPPY-S2", None),
    ("尿不湿3号多钱", "NAPPY-S3", None),
    ("how much for size five nappies", "NAPPY-S5", None),  # own wording
    ("这个多钱一罐 要二段的", "FORMULA-STAGE2", "FORMULA-LUNA"),
    ("eight hundred gram tin of stage two, price?", "FORMULA-STAGE2", None),
    ("三段奶粉多少钱一罐", "FORMULA-STAGE3", None),  # own wording
    ("if i buy 3 tins of stage 1 how much is that", "FORMULA-STAGE1", None),
    ("two packs of size 4 how much total", "NAPPY-S4", None),
])
def test_a_numbered_value_said_with_its_option_is_priced(shops: Shops, host: Persona,
                                                         question: str, sku: str,
                                                         on_air: str | None) -> None:
    kb = shops["baby"]
    answer = ask(kb, host, question, on_air=on_air)
    assert answer.grounds.facts.sku == sku and price(kb, sku) in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("6号尿不湿还有吗", "卖完"),
    ("size 6 nappies back in stock yet?? my boy is HUGE", "sold out"),
    ("stage 3 in stock?", "95"),  # own wording
])
def test_a_numbered_value_has_its_own_stock(shops: Shops, host: Persona, question: str,
                                            says: str) -> None:
    answer = ask(shops["baby"], host, question)
    assert says in answer.text, answer.text


def test_two_numbered_values_are_compared(shops: Shops, host: Persona) -> None:
    answer = ask(shops["baby"], host, "stage 1 or stage 2 which is cheaper")
    assert "€20.99" in answer.text and "€21.99" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("stage 4 formula?", "Stage 3"),
    ("纸尿裤有7号吗 娃二十公斤了", "没有7号"),
    ("size 8 nappies?", "Size 6"),  # own wording
])
def test_a_number_not_sold_is_not_offered(shops: Shops, host: Persona, question: str,
                                          says: str) -> None:
    answer = ask(shops["baby"], host, question)
    assert abstained(answer) and says in answer.text, answer.text


@pytest.mark.parametrize(("question", "says", "on_air"), [
    ("宝宝十个月喝几段", "6-12个月", None),
    ("she's 7 months which formula", "6 to 12 months", None),
    ("which stage for a 4 month old", "birth to 6 months", None),  # own wording
    ("which tog for a 22 degree room", "20-24°C", None),
    ("what tog for 17 degrees", "16-20°C", None),  # own wording
    ("baby is 7 kilos, what size nappy do i get", "6-10 kg", None),
    ("宝宝两岁半能用吗", "6个月以上", "STROLLER-ZIPPA"),
    ("宝宝5岁能用吗", "4 years", "STROLLER-ZIPPA"),  # own wording: the bound leaving it out
    ("ok for a 5 year old?", "4 years", "STROLLER-ZIPPA"),  # own wording
])
def test_which_one_fits_an_age_or_a_room(shops: Shops, host: Persona, question: str, says: str,
                                         on_air: str | None) -> None:
    answer = ask(shops["baby"], host, question, on_air=on_air)
    assert says in answer.text and not abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("baby", "do the onesies come in blue", "Oatmeal"),
    ("apparel", "jeans in green?", "indigo"),
    ("beauty", "口红有豆沙色吗", "没有豆沙色"),
    ("beauty", "口红有酒红色的吗", "没有酒红色"),  # own wording
    ("snack", "瓜子有五香味的吗", "焦糖"),
    ("snack", "瓜子有奶油味的吗", "没有奶油味"),  # own wording
    ("gadget", "手机壳有iPhone 16的吗", "没有iPhone 16"),
    ("apparel", "帆布鞋有46码吗", "没有46"),  # own wording
    ("fitness", "弹力带有60磅的吗", "没有60磅"),  # a spec's list of measures
    ("fitness", "bands in 60 lb?", "not 60 lb"),  # own wording
    ("gadget", "补光灯有18寸的吗 直播用", "没有18寸"),  # the one size a spec states
])
def test_a_colour_flavour_or_size_none_sold_is_not_offered(shops: Shops, host: Persona,
                                                           shop: str, question: str,
                                                           says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer) and says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("beauty", "口红有什么色"),
    ("snack", "瓜子什么口味"),
    ("snack", "瓜子是焦糖味的吗"),
])
def test_a_colour_or_flavour_sold_or_asked_for_is_answered(shops: Shops, host: Persona, shop: str,
                                                           question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not abstained(answer), answer.text


@pytest.mark.parametrize(("question", "says", "not_said"), [
    ("can u send the stroller to paris", "Germany and Austria only", "€9.90"),
    ("推车能寄到法国吗", "只发德国和奥地利", "9.90"),  # own wording
    ("can you ship nappies to paris?", "€9.90", "Strollers"),  # own wording: no such limit
])
def test_a_shipping_policy_naming_the_product_answers_for_it(shops: Shops, host: Persona,
                                                             question: str, says: str,
                                                             not_said: str) -> None:
    answer = ask(shops["baby"], host, question)
    assert says in answer.text and not_said not in answer.text, answer.text


def test_whom_a_product_is_for_is_not_its_name(shops: Shops, host: Persona) -> None:
    answer = ask(shops["baby"], host, "宝宝十个月喝几段")
    assert answer.grounds.facts.sku == "FORMULA-LUNA", answer.text


@pytest.mark.parametrize(("question", "not_said"), [
    ("奶粉开了罐放一个月还能喝吗", "段"),  # the tin's month is no child's age
    ("娃九公斤能穿几码", "1号"),  # 9 kg: on two sizes' overlap (6-10, 9-14), not ours to pick
    ("娃九公斤能穿几码", "size 1"),
])
def test_a_measure_that_is_no_fit_is_not_placed(shops: Shops, host: Persona, question: str,
                                                not_said: str) -> None:
    answer = ask(shops["baby"], host, question)
    assert not_said not in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("5磅巧克力蛋白粉能喝多少次", "73份"),
    ("5 lb whey how many servings", "73 servings"),  # own wording
])
def test_a_count_asked_is_answered_by_the_fact_counting_it(shops: Shops, host: Persona,
                                                           question: str, says: str) -> None:
    answer = ask(shops["fitness"], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("outdoor", "can the litter go down the toilet", "bin"),
    ("pets", "猫砂倒马桶行吗", "垃圾桶"),
    ("pets", "can i flush the litter", "bin"),  # own wording
    ("outdoor", "how light is the stove", "95 g"),
    ("outdoor", "头灯下雨天能用吗", "IPX4"),
    ("outdoor", "headlamp ok in the rain?", "IPX4"),  # own wording
    ("pets", "is the trailfit a no pull harness", "not a no-pull"),
    ("gadget", "tracker monthly fee?", "no subscription"),
    ("pets", "scratching post ok for a 6kg maine coon", "7 kg"),
    ("pets", "post wobble with a 7 kg cat?", "7 kg"),
    ("baby", "high chair fold flat? tiny kitchen", "does not fold"),
    ("baby", "how heavy is the pram, i have to carry it up 4 flights 😩", "6.9 kg"),
    ("baby", "推车能带上飞机吗", "行李架"),
    ("baby", "do you sell formula?", "€18.99"),
    ("sample", "香米整一袋多钱", "¥69.90"),
    ("sample", "牛肉来两斤多少钱", "¥"),  # own wording
    ("sample", "俺家在乌鲁木齐 冻牛肉寄得过来不", "无法配送"),
    ("outdoor", "boots size exchange free?", "free"),
    ("snack", "seaweed snack how many packs in it, kids lunchbox", "12 packs"),
    ("snack", "港式奶茶粉一条冲多少水", "150毫升"),
    ("baby", "nappy subscription discount?", "10%"),
    ("baby", "订阅尿不湿打几折", "9折"),
    ("fitness", "体脂秤最大称多重 我两百多斤", "180"),  # the most it weighs, asked
])
def test_what_was_asked_is_answered(shops: Shops, host: Persona, shop: str, question: str,
                                    says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text and not abstained(answer), answer.text


# A fact beside the point asked stated to a yes / no (安全座椅能正向安装吗 → "安装: ISOFIX加支撑
#腿"): requiring every word asked in the cited facts cost about 60 right answers on the
# development sets ("is the tv 75 inch" → "screen size: 65 inches"), so it was left.
_BESIDE = "a yes / no answered by a fact beside the point it asks"


@pytest.mark.parametrize(("shop", "question"), [
    xfail("baby", "安全座椅能正向安装吗", reason=_BESIDE),  # the installation fact says nothing of facing
    xfail("apparel", "毛衣是无骡皮割羊毛吗", reason=_BESIDE),
    ("apparel", "im 5'4 and 130 lbs, S or M in the tee?"),  # no size chart; 130 lbs is no gsm
    xfail("sample", "被子有卡通图案的吗 给孩子", reason=_BESIDE),
    ("fitness", "is the 5lb chocolate cheaper than the bars"),  # one of two named
])
def test_a_fact_beside_the_point_does_not_answer(shops: Shops, host: Persona, shop: str,
                                                 question: str) -> None:
    assert abstained(ask(shops[shop], host, question))


def test_each_product_of_a_comparison_is_its_named_variant(shops: Shops, host: Persona) -> None:
    answer = ask(shops["fitness"], host, "肌酸500克跟蛋白粉2磅哪个便宜")
    assert "$29.99" in answer.text and "$18.99" not in answer.text, answer.text
