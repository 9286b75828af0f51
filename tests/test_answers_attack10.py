"""Attacks on answering, tenth outside round (issue 14), after the changes that name a variant by
two or more of its values with no product named ("the 5 lb chocolate"), by the Chinese its
listing gives (曲奇奶油味), by its hue (紫色 for 丁香紫) or a metric unit the listing does not
write (1kg of "1000 g"); hold a fixed price set on a product only for its variants at the
product's price; read "X back??" as a restock ask; list the live deals for deals on a kind of
thing and a product's offer for deals on it by name; read "comes with / included / 附送" as
what is in the box; take 有X吗 with a reason after it as "not carried"; give the size chart's
band for a measurement; compare two variants of one product; and let the verifier pass "by 1 pm
ET", a policy clause quoted whole, "first / still / ever" and "battery how long".

A fresh viewer's questions in English and Chinese over the sample show and the apparel /
outdoor / gadget / beauty / fitness shops, and a careless model's drafts through the verifier.
One test per KIND of wrong answer found, a few wordings each; every "before:" is what Hawker
said. The right behaviour is asserted (an honest abstention is right where the facts do not
say); `xfail(strict=True)` marks, case by case, what fails today, so a fix turns it into an
XPASS that fails until its marker goes. Unmarked cases are controls that pass today.

The viewer's questions are also rows of
bot/answers/understand/data/answers_attack10.jsonl (`python bench/understanding.py --part
answers --split attack10`), asked there with no promotion live.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attack_support import NOT_CARRIED, Shops, abstained, ask, check, said, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona
from knowledge import KnowledgeBase, Promotion

WHEY, MAT, LIPSTICK, DOG, STOVE, LAMP = ("WHEY-IRONCORE", "MAT-ZENGRIP", "LIPSTICK-VELOURS",
                                        "DOG-SALMON", "STOVE-PICO", "LAMP-TRAIL-400")


def _with(kb: KnowledgeBase, *promos: tuple[str, str, str]) -> KnowledgeBase:
    """`kb` with a promotion (sku, kind, value) each."""
    for sku, kind, value in promos:
        kb.facts.add_promotion(Promotion(f"p-{sku}", {sku}, kind, Decimal(value)))
    return kb


@pytest.fixture(scope="module")
def kbs() -> Shops:
    """The dev shops, no promotion live."""
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), **{name: shop_kb(name) for name in (
        "apparel", "outdoor", "gadget", "beauty", "fitness")}}


@pytest.fixture(scope="module")
def deals() -> Shops:
    """The fitness, beauty and outdoor shops with promotions live: a fixed price on the whey
    ($29.99, its 2 lb price $34.99), the yoga mat ($24.99, its 6 mm price $29.99) and the
    lipstick (€15.00, its price €19.00); 10% off the stove and the headlamp."""
    return {"fitness": _with(shop_kb("fitness"), (WHEY, "fixed_price", "29.99"),
                             (MAT, "fixed_price", "24.99")),
            "beauty": _with(shop_kb("beauty"), (LIPSTICK, "fixed_price", "15.00")),
            "outdoor": _with(shop_kb("outdoor"), (STOVE, "percent", "10"),
                             (LAMP, "percent", "10"))}


# == a viewer's questions ======================================================================

# -- a variant named by two of its values, missed or answered with another's facts -------------
# before: "cookies and cream 5lb?" and "is the cookies and cream on sale too" → "Sorry, we don't
# carry cookies tonight." (the whey comes in Cookies & Cream, 2 lb only); "6毫米绿色的还有吗" → "好问
# 题！这个我手头没有准确信息" (6 mm Sage: 70); "is the 5lb chocolate on sale" → "Tally Smart Body
# Composition Scale: $39.99 tonight, down from $59.99 (33% off)." (another product);
# "strawberry 5lb price" → "IronCore 100% Whey Protein: $34.99 to $69.99 tonight, depending on
# the option." (strawberry is 2 lb only); "3 metre cable in white?" → "…Cable 100W: colours: black,
# white." (3 m comes in black only); "frost black iphone 15 pro case in stock" → "…Case: colours:
# clear, frost black." (the iPhone 15 Pro case is clear only).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("fitness", "cookies and cream 5lb?", "2 lb", "don't carry"),
    ("fitness", "is the cookies and cream on sale too", "36.99", "don't carry"),
    xfail("fitness", "6毫米绿色的还有吗", "70", None,
          reason="a variant named by two values is missed"),
    ("fitness", "is the 5lb chocolate on sale", "69.99", "Scale"),
    ("fitness", "strawberry 5lb price", "2 lb", "69.99"),
    ("gadget", "3 metre cable in white?", ("Black", "black only"), "colours: black, white"),
    ("gadget", "frost black iphone 15 pro case in stock", "Clear", "colours:"),
    ("fitness", "how much is the 5 lb chocolate", "69.99", "Peanut"),  # control
    ("fitness", "price of chocolate 2 lb", "34.99", None),  # control
    ("fitness", "is the vanilla 5 lb sold out", "sold out", None),  # control
    ("fitness", "black 6mm in stock?", "55", None),  # control
    ("fitness", "is the 6 mm lilac in stock", "sold out", None),  # control
    ("fitness", "cookies & cream whey price", "36.99", None),  # control
    ("fitness", "chocolate peanut butter price", "29.99", "69.99"),  # control
    ("fitness", "vanilla 2lb or 5lb which is cheaper", "34.99", None),  # control
    ("gadget", "2 m white cable price", "9.99", None),  # control
    ("gadget", "iphone 15 pro max frost black case price", "16.99", None),  # control
    ("gadget", "clear galaxy s24 in stock", "30", None),  # control
    ("beauty", "how much is the 50 ml spf 30", "16.90", None),  # control
])
def test_a_variant_named_by_two_values(kbs: Shops, host: Persona, shop: str, question: str,
                                       right: str | tuple[str, ...], wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    assert said(answer.text, right, wrong), answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("fitness", "the chocolate one how much"),  # control: the whey's or the bars' word
    ("fitness", "how much is chocolate"),  # control
    ("gadget", "that black one what's the price"),  # control: the cable's or the case's
    ("fitness", "how much is the 2 lb"),  # control: four flavours
])
def test_one_shared_word_names_no_variant(kbs: Shops, host: Persona, shop: str,
                                          question: str) -> None:
    answer = ask(kbs[shop], host, question)
    assert abstained(answer), answer.text


# -- a variant named in Chinese, by its hue or in a metric unit, missed or misnamed --------------
# before: "橙色口红多少钱" → "丝绒 缎光口红：今晚€19.00到€21.00，看选哪款。" (珊瑚橘 is the orange one,
# €21.00); "whey 2.27kg price" → "…comes in 2 lb, 5 lb, not 2.27kg, sorry!" (the listing: "5 lb
# (2.27 kg…)"); "肌酸半公斤多少钱" → "纯形 一水肌酸：今晚$19.99到$49.99" (500 g: $29.99); "摇摇杯800毫升
# 多少钱" → "搅宝 蛋白粉摇摇杯：今晚$9.99到$11.99" (800 ml: $11.99); "shaker 0.6 l price" → "$9.99 to
# $11.99"; "10毫米的垫子多少钱" → "禅握 防滑瑜伽垫（10毫米，黑色）：今晚$39.99。只剩42份了！" (42 is both
# 10 mm mats; the black one has 30); "10毫米的垫子还有几张" → "…（10毫米，黑色）：还有42份"; "iphone 15手机壳
# 还有几个" → "盾壳 透明磁吸手机壳（iPhone 15，透明）：还有150份" (150 is the clear and the frost black
# together; the clear one has 90): a variant's Chinese name says a value nobody asked.

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("beauty", "橙色口红多少钱", "21.00", "19.00"),
    xfail("fitness", "whey 2.27kg price", "69.99", "not 2.27",
          reason="a variant named in Chinese, by hue or metric unit is missed"),
    ("fitness", "肌酸半公斤多少钱", "29.99", "19.99"),
    ("fitness", "摇摇杯800毫升多少钱", "11.99", "9.99"),
    ("fitness", "shaker 0.6 l price", "9.99", "11.99"),
    ("fitness", "10毫米的垫子多少钱", "39.99", "黑色）：今晚$39.99。只剩42"),
    ("fitness", "10毫米的垫子还有几张", "42", "黑色）：还有42"),
    ("gadget", "iphone 15手机壳还有几个", "150", "透明）：还有150"),
    ("fitness", "曲奇奶油味的多少钱", "36.99", None),  # control
    ("fitness", "香草5磅还有吗", "卖完", None),  # control
    ("fitness", "巧克力味2磅多少钱", "34.99", None),  # control
    ("fitness", "紫色的垫子多少钱", "丁香紫", None),  # control
    ("beauty", "紫色口红多少钱", "浆果紫", None),  # control
    ("beauty", "红色口红还有吗", "120", None),  # control
    ("fitness", "creatine 0.3kg price", "19.99", None),  # control
    ("fitness", "肌酸一公斤多少钱", "49.99", None),  # control
    ("beauty", "0.1l perfume price", "95.00", None),  # control
    ("fitness", "海盐焦糖味多少钱", "29.99", None),  # control
    ("fitness", "蓝覆盆子氮泵多少钱", "39.99", None),  # control
    ("fitness", "生日蛋糕味的蛋白棒还有吗", "8", None),  # control
    ("gadget", "黑色2米的线多少钱", "9.99", None),  # control
    ("outdoor", "灰色的登山鞋还有货吗", "卖完", None),  # control
    ("fitness", "whey 1kg price", "2 lb", None),  # control: 907 g is no 1 kg
    ("fitness", "10mm mat price", "39.99", None),  # control: one price, both 10 mm mats
    ("gadget", "iphone 15 case in stock?", "(iPhone 15): 150", None),  # control: both colours
])
def test_a_variant_named_in_chinese_or_metric(kbs: Shops, host: Persona, shop: str, question: str,
                                              right: str, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    assert said(answer.text, right, wrong), answer.text


# -- a fixed price set on a product (controls: it holds for its variants at its price only) -----

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("fitness", "strawberry whey price", "29.99", None),  # control
    ("fitness", "vanilla 2lb price", "29.99", None),  # control
    ("fitness", "cookies & cream whey price", "36.99", "29.99"),  # control
    ("fitness", "how much is the 5 lb chocolate", "69.99", "29.99"),  # control
    ("fitness", "how much is the whey", "29.99", None),  # control
    ("fitness", "6mm sage price", "24.99", None),  # control
    ("fitness", "how much is the 10mm black mat", "39.99", "24.99"),  # control
    ("fitness", "2lb vs 5lb chocolate price difference", "29.99", None),  # control
    ("beauty", "ruby red price", "15.00", None),  # control
    ("beauty", "coral pop price", "21.00", "15.00"),  # control
    ("beauty", "珊瑚橘多少钱", "21.00", "15.00"),  # control
    ("fitness", "what deals are on", "29.99", None),  # control
])
def test_a_fixed_price_holds_for_its_variants_at_its_price(deals: Shops, host: Persona, shop: str,
                                                           question: str, right: str,
                                                           wrong: str | None) -> None:
    answer = ask(deals[shop], host, question)
    assert said(answer.text, right, wrong), answer.text


# -- "back" as a restock ask missed, or taken from another sense -----------------------------
# before: "will the 30lb be back" → "Switchback 20 L Daypack: weight: 560 g." (the dog food's 30
# lb bag, sold out); "is the dog food 30lb back yet" → "I don't know that about the Wildpaw
# Salmon & Rice Dog Food (30 lb)"; "跳绳回来了吗" → "关于迅飞 竞速跳绳的这个问题我不太清楚" (sold out);
# "back again for the creatine, how much?" → "Good question. I don't have that in front of me"
# ($19.99 to $49.99).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("outdoor", "will the 30lb be back", "sold out", "Daypack",
          reason="a restock ask with back is missed or misread"),
    ("outdoor", "is the dog food 30lb back yet", "sold out", None),
    ("fitness", "跳绳回来了吗", "卖完", None),
    xfail("fitness", "back again for the creatine, how much?", "19.99", None,
          reason="a restock ask with back is missed or misread"),
    ("beauty", "nude rose back??", "3", None),  # control
    ("beauty", "is espresso back in stock", "18", None),  # control
    ("fitness", "vanilla 5lb back yet?", "sold out", None),  # control
    ("fitness", "jump rope back??", "sold out", None),  # control
    ("fitness", "lilac mat back?", "sold out", None),  # control
    ("outdoor", "grey boots back??", "sold out", None),  # control
    ("fitness", "did the jump rope ever come back in stock", "sold out", None),  # control
    ("fitness", "welcome back how much is the scale", "39.99", None),  # control
    ("fitness", "creatine money back if opened?", "cannot be returned", None),  # control
])
def test_back_asks_the_restock(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                               wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    assert said(answer.text, right, wrong), answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("fitness", "can i send the jump rope back"),  # control
    ("fitness", "does the foam roller help my lower back"),  # control
    ("fitness", "are the dumbbells good for back workouts"),  # control
    ("fitness", "is there a strap on the back of the mat"),  # control
    ("outdoor", "does the backpack hurt my back"),  # control
])
def test_back_in_another_sense_is_no_restock_ask(kbs: Shops, host: Persona, shop: str,
                                                 question: str) -> None:
    answer = ask(kbs[shop], host, question)
    assert answer.grounds.intent != "stock", answer.text


# -- deals on a thing, or a policy named with deal words, answered with something else ----------
# before: "birthday discount?" → "Crunch Lab Protein Bars (box of 12) (Birthday Cake): $31.99
# tonight." (Rep Rewards: a $5 reward in the birthday month); "any deals on tents" (no promotion
# live) → "No live deals right this minute, but stay tuned!" (the 2-person tent: $189.00, down
# from $229.00); with the stove and headlamp on 10% off: "deals on dog stuff?" and "any deals on
# pet stuff" → "Live deals right now: Trailblaze 400 Headlamp $31.46 …; Pico Backpacking Stove
# $44.10 …" (neither is for a dog).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("fitness", "birthday discount?", "$5", "Birthday Cake",
          reason="deals on a thing or a policy are answered with something else"),
    ("outdoor", "any deals on tents", "229.00", "No live deals"),
    ("fitness", "订阅能便宜多少", "85折", None),  # control
    ("fitness", "会员有优惠吗", "5美元", None),  # control
    ("fitness", "rep rewards how much off", "$10", None),  # control
    ("outdoor", "any deals on boots", "139.00", None),  # control
])
def test_deals_on_a_thing_or_a_policy(kbs: Shops, host: Persona, shop: str, question: str,
                                      right: str, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    assert said(answer.text, right, wrong), answer.text


@pytest.mark.parametrize(("question", "right", "wrong"), [
    xfail("deals on dog stuff?", None, "Headlamp",
          reason="deals on a thing or a policy are answered with something else"),
    xfail("any deals on pet stuff", None, "Headlamp",
          reason="deals on a thing or a policy are answered with something else"),
    ("any deals on camping stuff", ("Pico", "Trailblaze"), None),  # control
    ("露营的东西有优惠吗", ("皮科", "开拓者"), None),  # control
    ("any discount on headlamps", "31.46", None),  # control
    ("头灯有优惠吗", "31.46", None),  # control
    ("any sales on stoves?", "44.10", None),  # control
])
def test_deals_on_a_kind_of_thing_with_deals_live(deals: Shops, host: Persona, question: str,
                                                  right: str | tuple[str, ...] | None,
                                                  wrong: str) -> None:
    answer = ask(deals["outdoor"], host, question)
    if right is None:  # no deal is on that kind of thing: none of the others is one
        assert wrong not in answer.text, answer.text
    else:
        assert said(answer.text, right), answer.text


# -- what comes with it, answered with the thing named or refused ---------------------------------
# before: "滤水器附送什么" → "现在的优惠：…" (the live deals; it includes two 1 L pouches and a
# syringe); "scale includes batteries?" → "I don't know that about the Tally Smart Body
# Composition Scale" (3 × AAA, included); "does the ring light come with a tripod" → "I don't
# know that about the Glowup 10-inch Ring Light with Tripod"; "does the whey come with a scoop"
# → "IronCore 100% Whey Protein: serving size: 1 scoop (31 g)." (the dose, not the box).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("outdoor", "滤水器附送什么", ("pouch", "syringe", "1 L"), "优惠",
          reason="what comes with it is answered with the thing or refused"),
    ("fitness", "scale includes batteries?", "AAA", None),
    xfail("gadget", "does the ring light come with a tripod", ("160", "46 cm"), None,
          reason="what comes with it is answered with the thing or refused"),
    ("fitness", "does the whey come with a scoop", None, "serving size"),
    ("fitness", "does the scale come with batteries", "AAA", None),  # control
    ("fitness", "体脂秤附送电池吗", ("Batteries included", "附赠"), None),  # control
    ("fitness", "瑜伽垫附送背带吗", "背带", None),  # control
    ("fitness", "what's included with the bands", "door anchor", None),  # control
    ("fitness", "is a door anchor included", "door anchor", None),  # control
    ("outdoor", "does the pico stove include a gas canister", "sold separately", None),  # control
    ("outdoor", "what comes with the water filter", "syringe", None),  # control
    ("gadget", "does the charger come with a plug", "wall plug", None),  # control
    ("fitness", "is shipping included", "$59", None),  # control: shipping, not the box
    ("fitness", "运费包含在内吗", "59美元", None),  # control
    ("fitness", "is tax included in the price", None, None),  # control: nothing says
])
def test_what_comes_with_it(kbs: Shops, host: Persona, shop: str, question: str,
                            right: str | tuple[str, ...] | None, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    if right is None:
        assert abstained(answer) and (wrong is None or wrong not in answer.text), answer.text
    else:
        assert said(answer.text, right, wrong), answer.text


# -- a thing asked for with a reason after it -----------------------------------------------------
# before: "have you got knee sleeves? for squats" → "Good question. I don't have that in front of
# me" (not carried: say so).

@pytest.mark.parametrize(("shop", "question", "carried"), [
    xfail("fitness", "have you got knee sleeves? for squats", False,
          reason="a thing asked for with a reason is not told not carried"),
    ("fitness", "有护具吗 深蹲时戴的", False),  # control
    ("fitness", "有腰带吗 硬拉用", False),  # control
    ("outdoor", "有睡垫吗 配帐篷用", False),  # control
    ("fitness", "有蛋白粉吗 增肌用的", True),  # control
    ("fitness", "有手套吗 卧推用的", True),  # control
    ("outdoor", "有狗粮吗 小狗吃的", True),  # control
    ("gadget", "有手机壳吗 iPhone 15的", True),  # control
])
def test_a_thing_asked_for_with_a_reason(kbs: Shops, host: Persona, shop: str, question: str,
                                         carried: bool) -> None:
    answer = ask(kbs[shop], host, question)
    assert bool(NOT_CARRIED.search(answer.text)) is not carried, answer.text
    assert carried is not abstained(answer), answer.text


# -- a size for a measurement: another measurement's band, a body read as a value, refused ------
# before: "harness fits a 60 cm neck?" → "…chest girth: M 50-66 cm" (the chart is of the chest);
# "which dog food size for a 20kg dog" → "…comes in 4 lb, 15 lb, 30 lb, not 20kg, sorry!" (the
# dog's weight, no bag); "which mat for a 180cm person" → "…comes in 6 mm, 10 mm, not 180cm,
# sorry!" (the mat is 183 cm long); "harness size M fits what chest" → "Good question. I don't
# have that in front of me" (M 50-66 cm); "狗胸围七十厘米选哪个码" → "…量狗狗胸围最宽处，对照胸围表选
# 择。" (70 cm in words: L 66-84 cm).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("outdoor", "harness fits a 60 cm neck?", None, "M 50-66"),
    ("outdoor", "which dog food size for a 20kg dog", None, "not 20kg"),
    xfail("fitness", "which mat for a 180cm person", "183", "not 180cm",
          reason="a size for a measurement is misread"),
    xfail("outdoor", "harness size M fits what chest", "50-66", None,
          reason="a size for a measurement is misread"),
    ("outdoor", "狗胸围七十厘米选哪个码", "L 66-84", None),
    ("outdoor", "which size harness for a 72 cm chest", "L 66-84 cm", None),  # control
    ("outdoor", "which harness size for a 30 inch chest", "L 66-84 cm", None),  # control
    ("outdoor", "狗胸围70厘米选哪个码", "L 66-84 cm", None),  # control
    ("outdoor", "胸背胸围80厘米选哪个码", "L 66-84 cm", None),  # control
    ("outdoor", "which size fits a 26 inch chest harness", "L 66-84 cm", None),  # control: 66.04
    ("outdoor", "狗胸围66厘米选哪个码", "胸围", "66-84"),  # control: between M and L
    ("outdoor", "which harness size for a 20kg dog", "chest", "66-84"),  # control: no weight chart
    ("outdoor", "我家狗20斤用哪个码的胸背", "胸围", "cm"),  # control
    ("outdoor", "harness in size L how much", "28.99", None),  # control
    ("apparel", "jeans fit a 40 inch waist?", "28 to 38", None),  # control
])
def test_a_size_for_a_measurement(kbs: Shops, host: Persona, shop: str, question: str,
                                  right: str | None, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    if right is None:
        assert wrong is None or wrong not in answer.text, answer.text
    else:
        assert said(answer.text, right, wrong), answer.text


# -- two variants of one product compared, refused or answered with the list ----------------------
# before: "600ml vs 800ml shaker price" → "Good question. I don't have that in front of me"
# ($9.99, $11.99); "chocolate vs vanilla 5lb which is cheaper" → "Flavour: Chocolate, Vanilla,
# Cookies & Cream, Strawberry. (IronCore 100% Whey Protein (5 lb), $69.99 tonight.)" (the vanilla
# 5 lb is sold out); "is the 5lb chocolate cheaper than the bars" → "I don't know that about the
# Crunch Lab Protein Bars (box of 12) (Chocolate Peanut Butter)" ($69.99 against $29.99 to
# $31.99).

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("fitness", "600ml vs 800ml shaker price", ("9.99", "11.99")),
    ("fitness", "chocolate vs vanilla 5lb which is cheaper", ("69.99", "sold out")),
    xfail("fitness", "is the 5lb chocolate cheaper than the bars", ("69.99", "29.99"),
          reason="two variants compared are refused"),
    ("fitness", "creatine 300g or 500g which is cheaper", ("19.99", "29.99")),  # control
    ("fitness", "300克和500克的肌酸哪个便宜", ("19.99", "29.99")),  # control
    ("fitness", "salted caramel or birthday cake which is cheaper", ("29.99", "31.99")),  # control
    ("fitness", "whey or creatine which is cheaper", ("34.99", "19.99")),  # control
    ("outdoor", "4lb vs 15lb dog food", ("16.99", "44.99")),  # control
    ("gadget", "10000 or 20000 power bank which is cheaper", ("19.99", "29.99")),  # control
    ("fitness", "6mm or 10mm mat which is cheaper", ("29.99", "39.99")),  # control
])
def test_two_variants_compared(kbs: Shops, host: Persona, shop: str, question: str,
                               right: tuple[str, ...]) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) and all(r in answer.text for r in right), answer.text


# == a careless model's drafts through the verifier ============================================

# -- a wrong draft accepted ----------------------------------------------------------------------
# before: accepted. "can i return opened protein" → "Yes, opened protein can be returned." (the
# policy: opened supplements cannot be returned unless they arrived damaged).

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("fitness", "can i return opened protein", "Yes, opened protein can be returned."),
    ("fitness", "creatine do i need to load it first", "Yes, load first for a week."),  # control
    ("fitness", "is the scale still in stock", "Yes, 70 left."),  # control
    ("fitness", "do you ship to alaska", "Yes, Alaska ships free."),  # control
    ("fitness", "do you ship to canada", "Yes, we ship to Canada."),  # control
    ("fitness", "pm me the whey price", "I'll pm you at 1 pm."),  # control
    ("fitness", "does the scale need wifi, ever?", "Yes, Wi-Fi is needed."),  # control
    ("sample", "how long does the robot vacuum battery last", "About 300 minutes per charge."),  # control
])
def test_a_wrong_draft_is_rejected(kbs: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    assert not check(kbs[shop], host, question, draft).ok


# -- a right draft rejected ----------------------------------------------------------------------
# before: rejected. "is the scale still in stock" → "Yes, 7 left." ("answers 'yes' where the
# cited passage says 'no'"; 7 are left); "do you ship to alaska" → "We ship to Alaska by USPS
# Priority Mail for a flat $24.99; it never ships free." ("number not from a slot 'flat 24.99
# it'", "promises something nothing grants: 'free'"); "how long does the robot vacuum battery
# last" → "About 180 minutes per charge." ("number not from a slot 'about 180 minutes'"); "does the scale need
# wifi, ever?" → "No, it never needs Wi-Fi; it syncs over Bluetooth." ("says what no cited
# passage says: 'never, needs'").

@pytest.mark.parametrize(("shop", "question", "draft"), [
    xfail("fitness", "is the scale still in stock", "Yes, 7 left.",
          reason="a right draft is rejected"),
    xfail("fitness", "do you ship to alaska",
          "We ship to Alaska by USPS Priority Mail for a flat $24.99; it never ships free.",
          reason="a right draft is rejected"),
    xfail("sample", "how long does the robot vacuum battery last", "About 180 minutes per charge.",
          reason="a right draft is rejected"),
    xfail("fitness", "does the scale need wifi, ever?",
          "No, it never needs Wi-Fi; it syncs over Bluetooth.", reason="a right draft is rejected"),
    ("fitness", "can i return opened protein",
     "Opened supplements (protein, pre-workout, creatine and bars) cannot be returned unless "
     "they arrived damaged."),  # control: a clause quoted whole
    ("fitness", "do you ship to canada",
     "We do not ship to APO/FPO addresses, Puerto Rico, Canada or outside the US."),  # control
    ("fitness", "creatine do i need to load it first",
     "No, 5 g a day saturates your muscles in 3 to 4 weeks."),  # control
])
def test_a_right_draft_is_accepted(kbs: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    verdict = check(kbs[shop], host, question, draft)
    assert verdict.ok, verdict.problems


@pytest.mark.parametrize(("shop", "question", "right"), [
    ("fitness", "order by 1 pm ET ships today?", "1 pm ET"),  # control
    ("fitness", "pm me the price of the whey", "34.99"),  # control: "pm me" is no contact
    ("fitness", "can you pm me the creatine link", "cart"),  # control
    ("fitness", "is the scale still in stock", "7 left"),  # control
    ("fitness", "can i still return the creatine after 30 days", "30 days"),  # control
    ("fitness", "is it my first order free shipping", "$59"),  # control
    ("fitness", "does the dumbbell ship to hawaii", "cannot ship"),  # control
    ("sample", "how long does the robot vacuum battery last", "180 minutes"),  # control
    ("fitness", "scale battery how long", None),  # control: nothing says
])
def test_the_template_answer_passes_the_verifier(kbs: Shops, host: Persona, shop: str,
                                                 question: str, right: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert not abstained(answer) and right in answer.text, answer.text
