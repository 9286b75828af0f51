"""Attacks on answering, eighth outside round (issue 14), after the changes that let an aspect
named beside a part ask the finer thing (鞋底防滑吗, 'shrink after washing'), add rise, neckline,
shoe cut, brightness, grip, removable, down content / fill power, standby power, servings, power
source and water in the shower / pool as aspects, abstain on restock dates, drop the host's name
said to him, read 哪个省 as origin, 块 as money only after a number, 人民币 / 镑 / 咋卖 / 怎么卖 as
price words and 卖光 / 没卖完 as stock, resolve a variant named by its number, list the colours for
这个有黑色吗, answer a measure from a spec whose value has its unit, and take hedges and 'A or B?'
as no words a yes / no must answer.

A fresh viewer's questions in English and Chinese over the sample show and the apparel / snack /
outdoor / gadget shops, and a careless model's drafts through the verifier. One test per KIND of
wrong answer found, a few wordings each; every "before:" is what Hawker said. The right behaviour
is asserted (an honest abstention is right where the facts do not say); `xfail(strict=True)`
marks, case by case, what fails today, so a fix turns it into an XPASS that fails until its
marker goes. Unmarked cases are controls that pass today.

The viewer's questions are also rows of bot/answers/understand/data/answers_attack8.jsonl
(`python bench/understanding.py --part answers --split attack8`). Real Chroma index, live facts.
The bench's judge counts a price range holding the variant's price as a right answer, and a
"we don't carry X" as an abstention, so its wrong count is lower than what these tests find.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attack_support import (
    AIRFRYER,
    APPLE,
    BEEF,
    BOOT,
    CORN,
    EGGS,
    JEANS,
    JERKY,
    LAMP,
    MANGO,
    NUTS,
    PACK,
    POLES,
    PURIFIER,
    RICE,
    SNEAKER,
    STOVE,
    SWEATER,
    TEE,
    TENT,
    TV,
    VACUUM,
    Shops,
    abstained,
    ask,
    check,
    said,
    shops,
    xfail,
)
from knowledge_shared import shop_kb

from bot.clock import FakeClock
from bot.persona import Persona
from knowledge import money

__all__ = ["shops"]  # the fixture

DUVET, RICECOOKER = "DUVET-GOOSE-WINTER", "RICECOOKER-IH-4L"
SEAWEED_ = "SEAWEED-CRISPY-12"
CHARGER, POWERBANK, EARBUDS, CABLE, CASE, PLUG, RINGLIGHT, SPEAKER, GLASS, STAND, TAG = (
    "CHARGER-QI2-15W", "POWERBANK-VOLT", "EARBUDS-AIRLITE-PRO", "CABLE-USBC-BRAID",
    "CASE-SHIELDY-CLEAR", "PLUG-SMART-2PK", "RINGLIGHT-GLOWUP-10", "SPEAKER-BOOMLET",
    "GLASS-CLEARGUARD-3PK", "STAND-LIFTDESK", "TAG-FINDIT-4PK")


@pytest.fixture(scope="module")
def kbs(shops: Shops) -> Shops:
    """The dev shops and the gadget shop (GBP, variants by capacity, length, colour, model)."""
    return {**shops, "gadget": shop_kb("gadget")}


# == a viewer's questions ======================================================================

# -- "which province" of the product on air answered with its price, or a policy -----------------
# before: "哪个省的" with the eggs on air → "散养土鸡蛋 30枚：今晚¥39.90，原价¥59.90，省33%。" (zh
# description: 河北山区); the apples → "今晚¥49.90…" (山东烟台); the rice → "今晚¥69.90…" (泰国素林
# 府); the dried mango → "今晚¥39.90…" (菲律宾宿务); the jerky → "今晚¥49.90…" (四川); "which province"
# (the beef) → "¥89.90 tonight…" (Xilingol, Inner Mongolia); "哪个省生产的" (the TV, no origin) →
# the returns policy "家电和家纺签收后7天内…".

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("sample", EGGS, "哪个省的", "河北"),
    ("sample", APPLE, "哪个省的", "山东"),
    ("sample", RICE, "哪个省的", "素林"),
    ("snack", MANGO, "哪个省的", "菲律宾"),
    ("snack", JERKY, "哪个省的", "四川"),
    ("sample", BEEF, "which province", "Inner Mongolia"),
    ("sample", TV, "哪个省生产的", None),
    ("sample", APPLE, "苹果是哪个省的", "山东"),  # control
    ("sample", CORN, "玉米哪个省的", "黑龙江"),  # control
    ("sample", EGGS, "鸡蛋是哪里的", "河北"),  # control
    ("sample", BEEF, "zhang where is the beef from", "Xilingol"),  # control
    ("sample", TV, "is it the 2024 model", None),  # control: a year, no variant
])
def test_an_origin_ask_is_not_answered_with_the_price(kbs: Shops, host: Persona, shop: str,
                                                      on_air: str, question: str,
                                                      right: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    priced = "原价" in answer.text or "down from" in answer.text  # a price answer
    assert not priced and (abstained(answer) or said(answer.text, right)), answer.text


# -- "sold out?" read as a product not carried, or as the price ----------------------------------
# before: "卖光了吗" ("sold out yet?") with the beef on air → "抱歉，今晚没有光了哦。" (1200 left);
# with the sold-out speaker → the same "今晚没有光了"; "怎么卖光了" ("how come it sold out", the
# beef) → "今晚¥89.90，原价¥139.00…" (怎么卖 took it; 1200 left).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    xfail("sample", BEEF, "卖光了吗", "1200", reason="卖光 is read as a product or a price"),
    xfail("gadget", SPEAKER, "卖光了吗", "卖完", reason="卖光 is read as a product or a price"),
    xfail("sample", BEEF, "怎么卖光了", "1200", reason="卖光 is read as a product or a price"),
    ("sample", BEEF, "没卖完吗", "1200"),  # control
    ("sample", BEEF, "还没卖完吧", "1200"),  # control
    ("gadget", SPEAKER, "还会补货吗", "卖完"),  # control
    ("gadget", SPEAKER, "restocked yet?", "sold out"),  # control
    ("sample", BEEF, "怎么卖", "89.90"),  # control: a price word
    ("sample", BEEF, "咋卖", "89.90"),  # control: a price word
])
def test_sold_out_words_ask_the_stock(kbs: Shops, host: Persona, shop: str, on_air: str,
                                      question: str, right: str) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert said(answer.text, right) and "今晚没有" not in answer.text, answer.text


# -- 块 of pieces answered with the price ---------------------------------------------------------
# before (the beef: "1 kg (2 × 500 g)", "整块腱子肉"): "分几块" ("in how many pieces") → "今晚¥89.90，
# 原价¥139.00，省35%…"; "一块多少钱" ("how much is one piece") → the same ¥89.90 (one of 2 pieces).

@pytest.mark.parametrize(("question", "right", "wrong"), [
    ("分几块", None, "89.90"),
    xfail("一块多少钱", "44.95", "89.90", reason="块 of pieces is read as money"),
    ("整块的吗", "整块", None),  # control
    ("几块钱", "89.90", None),  # control
    ("多少块", "89.90", None),  # control
    ("90块吗", "89.90", None),  # control
    ("多少人民币", "89.90", None),  # control
])
def test_pieces_are_not_money(kbs: Shops, host: Persona, question: str, right: str | None,
                              wrong: str | None) -> None:
    answer = ask(kbs["sample"], host, question, on_air=BEEF)
    if wrong is None:  # a control: the price (or the piece) asked, answered
        assert not abstained(answer) and said(answer.text, right), answer.text
    else:  # not the pack's price; the piece's, or an honest abstention
        assert wrong not in answer.text and (abstained(answer) or said(answer.text, right)), \
            answer.text


# -- "does it need plugging in" answered with its wattage ----------------------------------------
# before: "要插电吗" with the gas stove on air → "皮科便携露营炉：功率: 3000瓦。" (isobutane, no plug);
# the battery speaker → "功率: 10瓦。" (12-hour battery, USB-C); the wireless charger → "输出功率:
# 15瓦。" (needs a 20 W USB-C plug, not included); the rice cooker → "1200 W。".

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("outdoor", STOVE, "要插电吗", None),
    ("gadget", SPEAKER, "要插电吗", ("USB-C", "12")),
    ("gadget", CHARGER, "要插电吗", ("插头", "USB-C")),
    ("sample", RICECOOKER, "要插电吗", None),
    ("gadget", RINGLIGHT, "要插电吗", "USB"),  # control
    ("gadget", CHARGER, "plug included or not?", "not included"),  # control
    ("outdoor", LAMP, "does it need batteries", "built-in"),  # control
    ("outdoor", STOVE, "最大功率多少", "3000"),  # control: the wattage asked
])
def test_a_power_source_ask_is_not_answered_with_watts(kbs: Shops, host: Persona, shop: str,
                                                       on_air: str, question: str,
                                                       right: str | tuple[str, ...] | None
                                                       ) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert abstained(answer) or said(answer.text, right), answer.text


# -- a measure answered from the wrong spec ------------------------------------------------------
# before: the ring light on air ("height: adjustable 46 cm to 160 cm", "size: 10 inches (26 cm)"):
# "how tall", "多高", "最高多高" → "size: 10 inches (26 cm)."; the power bank: "最大功率多少" → "登机: 都在
# 100瓦时以下…" (Wh, the flight limit; 20瓦PD快充); the wireless charger: "max power?" → "input:
# USB-C 20 W or more." (15 W out); "how much is the 15W charger" → "input: USB-C 20 W or more.
# (£24.99 tonight.)" (the price was asked).

@pytest.mark.parametrize(("shop", "on_air", "question", "right", "wrong"), [
    ("gadget", RINGLIGHT, "how tall", "160 cm", "26 cm"),
    ("gadget", RINGLIGHT, "多高", "160", "26 cm"),
    ("gadget", RINGLIGHT, "最高多高", "160", "26 cm"),
    ("gadget", POWERBANK, "最大功率多少", "20瓦", "100瓦时"),
    xfail("gadget", CHARGER, "max power?", "15 W", "input",
          reason="a measure comes from the wrong spec"),
    ("gadget", None, "how much is the 15W charger", "24.99", "input"),
    ("gadget", PLUG, "最大功率多少", "3120", None),  # control
    ("gadget", PLUG, "max watts?", "3120", None),  # control
    ("gadget", STAND, "多高", "15 cm", None),  # control
    ("gadget", GLASS, "多厚", "0.33", None),  # control
    ("outdoor", LAMP, "max brightness", "400 lumens", None),  # control
    ("gadget", STAND, "最大功率多少", None, None),  # control: max load 10 kg is no power
])
def test_a_measure_comes_from_the_spec_asked(kbs: Shops, host: Persona, shop: str,
                                             on_air: str | None, question: str,
                                             right: str | None, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    ok = abstained(answer) if right is None else said(answer.text, right, wrong)
    assert ok, answer.text


# -- a neighbouring aspect answered in place of the one asked ------------------------------------
# before: the sneakers on air: "can i take the insole out" → "insole: cushioned EVA."; the poles:
# "手柄防滑吗" → "grip: cork."; "are the grips slippery" → "grip: cork."; the tracker tags ("battery:
# CR2032 coin cell… replaceable: yes"): "is the battery removable" → "battery: CR2032 coin cell.";
# "电池能换吗" → "充电宝、无线充电器…保修2年。编织数据线终身保修" (the warranty policy); "how much
# each" → "colours: one of each: black, white, blue, pink."; the power bank: "how many times does
# the 10000 charge an iphone" → "Only small USB-C laptops that accept 20 W…" (about twice);
# "20000毫安能充几次" → "容量: 10000毫安、20000毫安、26800毫安。" (大约四次); the air fryer: "几个人用"
# → "6 litres。"; the tee: "白色的透不透" ("is the white one see-through") → "颜色: 白、黑、麻灰、藏青。".

@pytest.mark.parametrize(("shop", "on_air", "question", "right", "wrong"), [
    ("apparel", SNEAKER, "can i take the insole out", None, "EVA"),
    ("outdoor", POLES, "手柄防滑吗", None, "cork"),
    ("outdoor", POLES, "are the grips slippery", None, "cork"),
    ("gadget", TAG, "is the battery removable", "replaceable", "coin cell"),
    ("gadget", TAG, "电池能换吗", "更换", "保修"),
    ("gadget", TAG, "how much each", "7.00", "colours"),
    ("gadget", POWERBANK, "how many times does the 10000 charge an iphone", "twice", "laptop"),
    xfail("gadget", POWERBANK, "20000毫安能充几次", "四次", "容量",
          reason="a neighbouring aspect is answered"),
    ("sample", AIRFRYER, "几个人用", None, "litres"),
    ("apparel", TEE, "白色的透不透", "透", "颜色"),
    ("outdoor", PACK, "can i remove the hip belt", "removable", None),  # control
    ("outdoor", PACK, "腰带能拆吗", "可拆", None),  # control
    ("sample", DUVET, "含绒量多少", "95%", None),  # control
    ("sample", DUVET, "what's the fill power", "800", None),  # control
    ("sample", RICECOOKER, "how many ppl", "2 to 8", None),  # control
    ("apparel", TEE, "is the white one see through", "not see-through", None),  # control
    ("apparel", TEE, "does it shrink after washing", "pre-shrunk", None),  # control
    ("gadget", SPEAKER, "does it float or sink?", "sinks", None),  # control
])
def test_the_aspect_asked_is_answered_not_its_neighbour(kbs: Shops, host: Persona, shop: str,
                                                        on_air: str, question: str,
                                                        right: str | None,
                                                        wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    if wrong is None:  # a control: the aspect asked, answered
        assert not abstained(answer) and said(answer.text, right), answer.text
    else:  # not the neighbour's fact; the one asked, or an honest abstention
        assert wrong not in answer.text and (abstained(answer) or said(answer.text, right)), \
            answer.text


# -- a word inside the question pulls another product over the product on air --------------------
# before: the smart plugs on air: "standby power?" → "I don't know that about the Liftdesk
# Aluminium Laptop Stand" ("stand" in "standby"); "can it run a 2000w kettle" → "Sorry, we don't
# carry kettle tonight." (FAQ: "Can the smart plug run a heater? Yes, up to 13 A (3120 W)"); "能带
# 2000瓦的电水壶吗" → "抱歉，今晚没有电水壶哦。"; the wireless charger: "is the cable removable" →
# "I don't know that about the Braidline USB-C to USB-C Cable 100W"; "how thick a case" → "…the
# Shieldy Clear MagSafe Phone Case" (works through cases up to 5 mm); the tee: "is it a crew
# neck" → "…the Merino Wool Crew Sweater" (V neckline).

@pytest.mark.parametrize(("shop", "on_air", "question", "other"), [
    ("gadget", PLUG, "standby power?", "Stand"),
    xfail("gadget", PLUG, "can it run a 2000w kettle", "don't carry",
          reason="a word of the question replaces the product on air"),
    xfail("gadget", PLUG, "能带2000瓦的电水壶吗", "今晚没有",
          reason="a word of the question replaces the product on air"),
    xfail("gadget", CHARGER, "is the cable removable", "Braidline",
          reason="a word of the question replaces the product on air"),
    xfail("gadget", CHARGER, "how thick a case", "Shieldy",
          reason="a word of the question replaces the product on air"),
    xfail("apparel", TEE, "is it a crew neck", "Sweater",
          reason="a word of the question replaces the product on air"),
    ("gadget", PLUG, "can it run a heater", "don't carry"),  # control
    ("gadget", PLUG, "do you sell kettles", "Stand"),  # control
    ("gadget", PLUG, "max watts?", "Stand"),  # control
    ("gadget", CHARGER, "plug included or not?", "Braidline"),  # control
    ("apparel", TEE, "what colours", "Sweater"),  # control
])
def test_a_word_of_the_question_does_not_replace_the_product_on_air(
        kbs: Shops, host: Persona, shop: str, on_air: str, question: str, other: str) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert other not in answer.text, answer.text


# -- a new aspect the facts answer, refused ------------------------------------------------------
# before (all "I don't know that about the X" or "Good question. I don't have that in front of me"):
# the headlamp "how bright is it" (brightness: 400 lumens); the ring light "how bright is it" (10
# levels), "does it need to be plugged in" (FAQ: runs from any USB-A port); the jeans "high
# waisted?" and "is the rise high" (mid rise); the canvas low sneakers "is it high top" (low-top);
# the boots "is it high top" (mid-cut); the tee "是高领吗" (V领); the sweater "turtleneck?" (crew
# neck); the earbuds "can i wear them in the shower" and "洗澡能戴吗" (FAQ: do not swim or shower);
# the speaker "can it go in the pool" (survives the pool), "is the strap removable" (detachable
# lanyard); the purifier "要插电吗", "does it need power" (FAQ: needs a socket); the tent "how many
# ppl", "多少人住" (2-person and 4-person); the boots "can i wear them in the rain" (waterproof).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("outdoor", LAMP, "how bright is it", "400"),
    ("gadget", RINGLIGHT, "how bright is it", "10 levels"),
    ("gadget", RINGLIGHT, "does it need to be plugged in", "USB"),
    xfail("apparel", JEANS, "high waisted?", "Mid rise", reason="a new aspect's fact is refused"),
    xfail("apparel", JEANS, "is the rise high", "Mid rise", reason="a new aspect's fact is refused"),
    xfail("apparel", SNEAKER, "is it high top", "low-top", reason="a new aspect's fact is refused"),
    xfail("outdoor", BOOT, "is it high top", "Mid-cut", reason="a new aspect's fact is refused"),
    xfail("apparel", TEE, "是高领吗", "V领", reason="a new aspect's fact is refused"),
    xfail("apparel", SWEATER, "turtleneck?", "crew-neck", reason="a new aspect's fact is refused"),
    xfail("gadget", EARBUDS, "can i wear them in the shower", "shower",
          reason="a new aspect's fact is refused"),
    xfail("gadget", EARBUDS, "洗澡能戴吗", "洗澡", reason="a new aspect's fact is refused"),
    xfail("gadget", SPEAKER, "can it go in the pool", "pool",
          reason="a new aspect's fact is refused"),
    xfail("gadget", SPEAKER, "is the strap removable", "detachable",
          reason="a new aspect's fact is refused"),
    xfail("sample", PURIFIER, "要插电吗", "插座", reason="a new aspect's fact is refused"),
    xfail("sample", PURIFIER, "does it need power", "socket",
          reason="a new aspect's fact is refused"),
    xfail("outdoor", TENT, "how many ppl", "2-person", reason="a new aspect's fact is refused"),
    xfail("outdoor", TENT, "多少人住", "2-person", reason="a new aspect's fact is refused"),
    xfail("outdoor", BOOT, "can i wear them in the rain", "waterproof",
          reason="a new aspect's fact is refused"),
    ("outdoor", LAMP, "亮不亮", "400"),  # control
    ("apparel", JEANS, "是高腰的吗", "中腰"),  # control
    ("outdoor", BOOT, "是高帮吗", "中帮"),  # control
    ("apparel", SWEATER, "是高领吗", "圆领"),  # control
    ("gadget", EARBUDS, "can i swim with them", "do not swim"),  # control
    ("gadget", SPEAKER, "能放泳池里吗", "泳池"),  # control
    ("outdoor", TENT, "几个人睡", "2-person"),  # control
    ("sample", RICECOOKER, "几个人吃", "2到8人"),  # control
    ("sample", DUVET, "how much down is in it", "95%"),  # control
])
def test_a_new_aspect_the_facts_answer_is_answered(kbs: Shops, host: Persona, shop: str,
                                                  on_air: str, question: str, right: str) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert not abstained(answer) and right in answer.text, answer.text


# -- a measure or a count the listing states, refused --------------------------------------------
# before (all "I don't know…" / "I don't have that in front of me"): the tracker tags "几只装"
# and "几个装" (4只装 in its name and description); the smart plugs "几个装" (两只装) and "how
# many in the pack" (2 pack); the screen protector "how many in a pack" (3 pack) and "几片"; the
# laptop stand "how much weight can it hold" and "最大承重多少" (max load: 10 kg), "how high does it
# go" (5 cm to 15 cm); the screen protector "how thick" (0.33 mm); the cable "how fast is the
# data" (480 Mbps); the smart plugs "how many amps" (13 A); the speaker "how deep can it go" (1 m).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("gadget", TAG, "几只装", "4只"),
    ("gadget", TAG, "几个装", "4只"),
    ("gadget", PLUG, "几个装", "两只"),
    ("gadget", PLUG, "how many in the pack", "2"),
    ("gadget", GLASS, "how many in a pack", "3"),
    ("gadget", GLASS, "几片", "3片"),
    ("gadget", STAND, "how much weight can it hold", "10 kg"),
    ("gadget", STAND, "最大承重多少", "10 kg"),
    xfail("gadget", STAND, "how high does it go", "15 cm",
          reason="a measure or count the listing states is refused"),
    ("gadget", GLASS, "how thick", "0.33"),
    xfail("gadget", CABLE, "how fast is the data", "480",
          reason="a measure or count the listing states is refused"),
    xfail("gadget", PLUG, "how many amps", "13 A",
          reason="a measure or count the listing states is refused"),
    xfail("gadget", SPEAKER, "how deep can it go", "1 m",
          reason="a measure or count the listing states is refused"),
    ("gadget", GLASS, "几片装", "3片装"),  # control
    ("gadget", STAND, "max load?", "10 kg"),  # control
    ("gadget", GLASS, "多厚", "0.33"),  # control
    ("gadget", PLUG, "多少安", "13安"),  # control
    ("gadget", EARBUDS, "降噪多少分贝", "35"),  # control
    ("outdoor", LAMP, "how far does the beam go", "90 m"),  # control
])
def test_a_measure_or_count_the_listing_states_is_answered(kbs: Shops, host: Persona, shop: str,
                                                           on_air: str, question: str,
                                                           right: str) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert not abstained(answer) and right in answer.text, answer.text


# -- a hedged or "A or B?" ask refused -----------------------------------------------------------
# before (all "I don't know…" / "I don't have that in front of me"): the corn "cooked already or
# raw?", "熟的还是生的", "is it raw", "is it precooked or do i boil it" (FAQ: steamed before vacuum
# packing); the jerky "is it very spicy", "very spicy?", "really spicy or mild?", "spicy or not"
# (FAQ: properly hot); the nuts "有没有加盐" (FAQ: 没有加盐); the seaweed "ok for kids or too
# salty?" (FAQ: popular with children); the duvet "is it very warm" (FAQ: rated for northern
# winters); the earbuds "iphone or android?" (FAQ: any Bluetooth phone); the tracker tags "android
# or iphone only?" (FAQ: Apple Find My); the beef "是整块的还是切好的" (整块腱子肉).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    xfail("sample", CORN, "cooked already or raw?", "steamed", reason="a hedged or either-or ask is refused"),
    xfail("sample", CORN, "熟的还是生的", "蒸熟", reason="a hedged or either-or ask is refused"),
    xfail("sample", CORN, "is it raw", "steamed", reason="a hedged or either-or ask is refused"),
    xfail("sample", CORN, "is it precooked or do i boil it", "steamed",
          reason="a hedged or either-or ask is refused"),
    xfail("snack", JERKY, "is it very spicy", "hot", reason="a hedged or either-or ask is refused"),
    xfail("snack", JERKY, "very spicy?", "hot", reason="a hedged or either-or ask is refused"),
    xfail("snack", JERKY, "really spicy or mild?", "hot", reason="a hedged or either-or ask is refused"),
    xfail("snack", JERKY, "spicy or not", "hot", reason="a hedged or either-or ask is refused"),
    xfail("snack", NUTS, "有没有加盐", "没有加盐", reason="a hedged or either-or ask is refused"),
    ("snack", SEAWEED_, "ok for kids or too salty?", "children"),
    xfail("sample", DUVET, "is it very warm", "winter", reason="a hedged or either-or ask is refused"),
    xfail("gadget", EARBUDS, "iphone or android?", "Android",
          reason="a hedged or either-or ask is refused"),
    xfail("gadget", TAG, "android or iphone only?", "Find My",
          reason="a hedged or either-or ask is refused"),
    xfail("sample", BEEF, "是整块的还是切好的", "整块", reason="a hedged or either-or ask is refused"),
    ("snack", NUTS, "salted or unsalted?", "no added salt"),  # control
    ("snack", MANGO, "sweetened or natural?", "lightly sweetened"),  # control
    ("snack", MANGO, "is it super sweet", "lightly sweetened"),  # control
    ("sample", BEEF, "really grass fed or grain?", "grass-fed"),  # control
    ("snack", JERKY, "很辣吗", "特辣"),  # control
    ("sample", CORN, "是熟的吗", "蒸熟"),  # control
])
def test_a_hedged_or_either_or_ask_is_answered(kbs: Shops, host: Persona, shop: str, on_air: str,
                                               question: str, right: str) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert not abstained(answer) and right in answer.text, answer.text


# -- a variant named by its number missed, refused or "not carried" ------------------------------
# before: "two metre cable how much" → "Sorry, we don't carry metre cable tonight."; "the 5 metre
# cable price" → the same (1 m, 2 m, 3 m); "2 metre white cable" → "Good question. I don't have
# that in front of me…" (the draft carried the Chinese spec '长度: 1米、2米、3米' and was rejected);
# "2万毫安的充电宝多少钱" → "今晚£19.99到£29.99，看选哪款。" and "how much is the 20k" (on air) → "£19.99
# to £29.99 tonight" (20000 mAh: £29.99); "iphone 15 pro max case price" → "£14.99 to £16.99"
# (£16.99); "15 pro max的壳多少钱", "s24的膜多少钱", "苹果15的膜还有吗", "2米白色还有吗" → "好问题！这个我
# 手头没有准确信息"; "is the 15 pro max case in stock" → "357 left, £14.99 to £16.99" (57); "is the
# 4 person tent sold out" → "I don't know that about the Ridgeline Dome Tent (4-person)" (8
# left); the tent on air: "4 people?" → "I don't have that in front of me"; "x7 price" → the same
# (the Tidy X7 robot vacuum: ¥1999); "which is lighter, the 10000 or 20000" → "I don't know…"
# (210 g, 380 g).

@pytest.mark.parametrize(("shop", "on_air", "question", "right", "wrong"), [
    ("gadget", None, "two metre cable how much", "9.99", "7.99"),
    ("gadget", None, "the 5 metre cable price", "3 m", None),
    ("gadget", None, "2 metre white cable", "9.99", None),
    xfail("gadget", None, "2万毫安的充电宝多少钱", "29.99", "19.99",
          reason="a variant named by its number is missed"),
    xfail("gadget", POWERBANK, "how much is the 20k", "29.99", "19.99",
          reason="a variant named by its number is missed"),
    ("gadget", None, "iphone 15 pro max case price", "16.99", "14.99"),
    ("gadget", None, "15 pro max的壳多少钱", "16.99", "14.99"),
    xfail("gadget", None, "s24的膜多少钱", "9.99", "10.99",
          reason="a variant named by its number is missed"),
    xfail("gadget", None, "苹果15的膜还有吗", "150", None,
          reason="a variant named by its number is missed"),
    ("gadget", None, "is the 15 pro max case in stock", "57", "357"),
    ("gadget", None, "2米白色还有吗", "75", None),
    xfail("outdoor", None, "is the 4 person tent sold out", "8", None,
          reason="a variant named by its number is missed"),
    ("outdoor", TENT, "4 people?", "4-person", None),
    xfail("sample", None, "x7 price", "1999", None, reason="a variant named by its number is missed"),
    xfail("gadget", POWERBANK, "which is lighter, the 10000 or 20000", "210", None,
          reason="a variant named by its number is missed"),
    ("gadget", None, "两万毫安的多少钱", "29.99", "19.99"),  # control
    ("gadget", POWERBANK, "兩萬毫安多少錢", "29.99", "19.99"),  # control: traditional
    ("gadget", None, "一万毫安的多少钱", "19.99", "29.99"),  # control
    ("gadget", None, "is the 26800 sold out", "sold out", None),  # control
    ("gadget", None, "2 metre white cable price", "9.99", None),  # control
    ("gadget", None, "2m cable in white sold out?", "75", None),  # control
    ("gadget", None, "1.5m cable?", "1 m, 2 m, 3 m", None),  # control
    ("gadget", CABLE, "三米的多少钱", "11.99", None),  # control
    ("gadget", None, "二万毫安多重", "380", None),  # control
    ("outdoor", TENT, "四人的多少钱", "279", None),  # control
    ("sample", None, "2999的电视还有吗", "300", None),  # control: a price, no variant
    ("sample", None, "800G的净水器多少钱", "1499", None),  # control: a model number
    ("sample", VACUUM, "X7多少钱", "1999", None),  # control
])
def test_a_variant_named_by_its_number_resolves(kbs: Shops, host: Persona, shop: str,
                                                on_air: str | None, question: str, right: str,
                                                wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)  # ("comes in 1 m, 2 m, 3 m, not 5 m")
    assert said(answer.text, right, wrong), answer.text


# -- a colour asked with a variant or a size, answered with every colour, the price, or refused ---
# before: "3m white cable?" → "colours: black, white. (£7.99 to £11.99 tonight.)" (3 m: black
# only); "3米白色的有吗" and, the cable on air, "三米白色有吗" → "好问题！这个我手头没有准确信息"; the
# case on air: "15 pro有黑色吗" → "颜色: 透明、磨砂黑。" (the 15 Pro case: clear only); the sneakers
# on air: "有没有红色" → "帆布低帮鞋：今晚$45.00。" (red is sold); the tee: "black in M?" and "黑色的还
# 有M码吗" → "colours: white, black, heather grey, navy." (the size not answered: S to XXL); "有没有
# L码" → "好问题！这个我手头没有准确信息".

@pytest.mark.parametrize(("shop", "on_air", "question", "right", "wrong"), [
    ("gadget", None, "3m white cable?", "Black", "colours: black, white"),
    ("gadget", None, "3米白色的有吗", ("Black", "黑"), None),
    ("gadget", CABLE, "三米白色有吗", ("Black", "黑"), None),
    xfail("gadget", CASE, "15 pro有黑色吗", ("Clear", "透明"), "磨砂黑",
          reason="a colour with a variant or size is not told"),
    xfail("apparel", SNEAKER, "有没有红色", "红", None,
          reason="a colour with a variant or size is not told"),
    xfail("apparel", TEE, "black in M?", "XL", None,
          reason="a colour with a variant or size is not told"),
    ("apparel", TEE, "黑色的还有M码吗", "XL", None),
    ("apparel", TEE, "有没有L码", "XL", None),
    ("apparel", TEE, "这个有黑色吗", "黑", None),  # control
    ("apparel", TEE, "有没有灰色", "麻灰", None),  # control
    ("apparel", TEE, "有没有红色", "麻灰", None),  # control
    ("apparel", TEE, "do you have it in pink", "heather grey", None),  # control
    ("apparel", TEE, "有没有大码", "XL", None),  # control
    ("apparel", SNEAKER, "有没有蓝色", "红", None),  # control
    ("apparel", SNEAKER, "白色的多少钱", "45.00", None),  # control
    ("gadget", EARBUDS, "有白色吗", "哑光黑", None),  # control
    ("gadget", CABLE, "有没有红色", "黑色", None),  # control
    ("outdoor", PACK, "有绿色吗", "森林绿", None),  # control (named as its description does)
])
def test_a_colour_with_a_variant_or_size_is_told(kbs: Shops, host: Persona, shop: str,
                                                 on_air: str | None, question: str,
                                                 right: str | tuple[str, ...],
                                                 wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert said(answer.text, right, wrong), answer.text


# -- the host's name at the start of an ask keeps the ask from being answered --------------------
# before (the beef on air): "老张多少钱" ("Lao Zhang, how much?") → "好问题！这个我手头没有准确信息"
# (¥89.90); the eggs on air: "老张家的鸡蛋是哪里的" ("where are Lao Zhang's eggs from") → the same
# (河北山区).

@pytest.mark.parametrize(("on_air", "question", "right"), [
    xfail(BEEF, "老张多少钱", "89.90", reason="the host's name keeps an ask from its answer"),
    xfail(EGGS, "老张家的鸡蛋是哪里的", "河北", reason="the host's name keeps an ask from its answer"),
    (BEEF, "lao zhang how much is the beef", "89.90"),  # control
    (BEEF, "老张，牛肉多少钱", "89.90"),  # control
    (BEEF, "hi zhang! price?", "89.90"),  # control
    (BEEF, "张总 牛肉还有吗", "1200"),  # control
    (BEEF, "hawker is the beef grass fed", "grass-fed"),  # control
    (BEEF, "where is lao zhang from", None),  # control
    (BEEF, "老张是哪里人", None),  # control
    (BEEF, "is lao zhang from inner mongolia", None),  # control
    (BEEF, "老张自己吃这个牛肉吗", None),  # control
])
def test_the_hosts_name_is_no_product_and_no_question(kbs: Shops, host: Persona, on_air: str,
                                                      question: str, right: str | None) -> None:
    answer = ask(kbs["sample"], host, question, on_air=on_air)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert not abstained(answer) and right in answer.text, answer.text


# -- next week's stock answered with tonight's ---------------------------------------------------
# before (the beef on air, 1200 left): "下周还有吗" ("any left next week?") → "内蒙古草饲牛腱子：还有
# 1200份，¥89.90。"; "will there be more next week" → "1200 left at ¥89.90." (no date is a fact).

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    xfail("sample", BEEF, "下周还有吗", reason="a future stock ask gets tonight's stock"),
    xfail("sample", BEEF, "will there be more next week",
          reason="a future stock ask gets tonight's stock"),
    ("sample", BEEF, "restock next week?"),  # control
    ("sample", BEEF, "restock next week or is this it?"),  # control
    ("gadget", SPEAKER, "back in stock when?"),  # control
    ("gadget", SPEAKER, "什么时候补货"),  # control
    ("gadget", EARBUDS, "restock soon?"),  # control
    ("gadget", POWERBANK, "the 26800 when back in stock"),  # control
])
def test_a_future_stock_ask_is_not_answered_with_tonights(kbs: Shops, host: Persona, shop: str,
                                                          on_air: str, question: str) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert abstained(answer), answer.text


# -- one piece of a pack priced at the pack's price ----------------------------------------------
# before: the tracker tags (4 pack, £27.99): "一只多少钱" → "今晚£27.99，原价£39.99，省30%。"; "price
# per tag" → "£27.99 tonight, down from £39.99 (30% off)."; the screen protector (3 pack): "一片多
# 少钱" → "今晚£9.99到£10.99，看选哪款。"; "price per protector" → "£9.99 to £10.99 tonight".

@pytest.mark.parametrize(("shop", "on_air", "question", "units"), [
    ("gadget", TAG, "一只多少钱", 4),
    ("gadget", TAG, "price per tag", 4),
    xfail("gadget", GLASS, "一片多少钱", None, reason="a piece of a pack gets the pack price"),
    xfail("gadget", GLASS, "price per protector", None, reason="a piece of a pack gets the pack price"),
    ("gadget", PLUG, "一个多少钱", 2),  # control
    ("gadget", STAND, "一个多少钱", 1),  # control
    ("gadget", CHARGER, "一个多少钱", 1),  # control
])
def test_a_piece_of_a_pack_gets_the_pieces_price(kbs: Shops, host: Persona, shop: str,
                                                 on_air: str, question: str,
                                                 units: int | None) -> None:
    kb = kbs[shop]
    answer = ask(kb, host, question, on_air=on_air)
    offer = kb.facts.live_offer(on_air, FakeClock().now())
    each = None if units is None else money(offer.price / Decimal(units), offer.currency)
    assert abstained(answer) or (each is not None and each in answer.text), answer.text


# == a careless model's drafts through the verifier ============================================

# -- a wrong draft accepted ----------------------------------------------------------------------
# before: accepted. The beef on air: "where is lao zhang from" → "Xilingol, Inner Mongolia."
# and "老张是哪里人" → "内蒙古的。" (the beef's origin said of the host); the duvet ("95% white goose
# down", "fill power: 800"): "fill power?" → "95%."; "down content?" → "800."; the power bank:
# "最大功率多少" → "100瓦时。" (the flight limit); the wireless charger: "max power?" → "20 W." (the
# plug it needs; 15 W out); the sweater (crew neck): "是高领吗" → "是的。"; the boots (mid-cut): "is it
# high top" → "Yes."; the poles (cork grips, nothing on slipping): "are the grips slippery" → "No.".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("sample", BEEF, "where is lao zhang from", "Xilingol, Inner Mongolia.",
          reason="a wrong draft is accepted"),
    xfail("sample", BEEF, "老张是哪里人", "内蒙古的。", reason="a wrong draft is accepted"),
    xfail("sample", DUVET, "fill power?", "95%.", reason="a wrong draft is accepted"),
    xfail("sample", DUVET, "down content?", "800.", reason="a wrong draft is accepted"),
    xfail("gadget", POWERBANK, "最大功率多少", "100瓦时。", reason="a wrong draft is accepted"),
    xfail("gadget", CHARGER, "max power?", "20 W.", reason="a wrong draft is accepted"),
    xfail("apparel", SWEATER, "是高领吗", "是的。", reason="a wrong draft is accepted"),
    xfail("outdoor", BOOT, "is it high top", "Yes.", reason="a wrong draft is accepted"),
    ("outdoor", POLES, "are the grips slippery", "No."),
    ("sample", BEEF, "is lao zhang from inner mongolia", "Yes, he is from Inner Mongolia."),  # control
    ("sample", BEEF, "how old is zhang", "He is 12 months old."),  # control
    ("gadget", SPEAKER, "back in stock when?", "Back in stock next week!"),  # control
    ("gadget", SPEAKER, "什么时候补货", "下周补货。"),  # control
    ("gadget", SPEAKER, "restock next week?", "Yes."),  # control
    ("gadget", POWERBANK, "is the 26800 in stock", "Yes, the 26800 mAh is in stock."),  # control
    ("gadget", None, "3m white cable?", "Yes, the 3 m comes in white."),  # control
    ("outdoor", STOVE, "要插电吗", "要，3000瓦。"),  # control
    ("apparel", SWEATER, "有没有黑色", "有黑色。"),  # control
    ("apparel", JEANS, "high waisted?", "Yes."),  # control
    ("apparel", SWEATER, "turtleneck?", "Yes."),  # control
    ("gadget", PLUG, "standby power?", "Yes."),  # control
    ("gadget", RINGLIGHT, "how bright is it", "2000 lumens."),  # control
    ("gadget", TAG, "几只装", "6只装。"),  # control
    ("gadget", EARBUDS, "can i wear them in the shower", "Yes."),  # control
    ("sample", PURIFIER, "要插电吗", "不用插电。"),  # control
    ("sample", BEEF, "卖光了吗", "卖光了。"),  # control
])
def test_a_wrong_draft_is_rejected(kbs: Shops, host: Persona, shop: str, on_air: str | None,
                                   question: str, draft: str) -> None:
    assert not check(kbs[shop], host, question, draft, on_air=on_air).ok


# -- a right draft rejected ----------------------------------------------------------------------
# before: rejected. The speaker (stock 0): "back in stock when?" → "It's sold out; no restock date
# yet." ("scarcity the stock does not back: 'sold out'"); the ring light: "how tall" → "Adjustable
# from 46 cm to 160 cm." ("number not from a slot 'from 46 cm'"); the jeans: "high waisted?" →
# "No, mid rise." ("says what no cited passage says: 'mid, rise'"); the corn: "cooked already or
# raw?" → "Already cooked." and "熟的还是生的" → "是熟的，蒸熟后真空包装。"; the tee: "白色的透不透" →
# "不透。".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("gadget", SPEAKER, "back in stock when?", "It's sold out; no restock date yet.",
          reason="a right draft is rejected"),
    xfail("gadget", RINGLIGHT, "how tall", "Adjustable from 46 cm to 160 cm.",
          reason="a right draft is rejected"),
    xfail("apparel", JEANS, "high waisted?", "No, mid rise.", reason="a right draft is rejected"),
    xfail("sample", CORN, "cooked already or raw?", "Already cooked.",
          reason="a right draft is rejected"),
    xfail("sample", CORN, "熟的还是生的", "是熟的，蒸熟后真空包装。", reason="a right draft is rejected"),
    xfail("apparel", TEE, "白色的透不透", "不透。", reason="a right draft is rejected"),
    ("apparel", JEANS, "是高腰的吗", "不是，中腰。"),  # control
    ("apparel", TEE, "有没有灰色", "有麻灰。"),  # control
    ("gadget", STAND, "how much weight can it hold", "10 kg."),  # control
    ("gadget", RINGLIGHT, "how tall", "160 cm."),  # control
    ("snack", JERKY, "is it very spicy", "Yes, properly hot: mala."),  # control
    ("gadget", TAG, "几只装", "4只装。"),  # control
    ("sample", BEEF, "整块的吗", "是整块的。"),  # control
    ("outdoor", LAMP, "how bright is it", "400 lumens."),  # control
])
def test_a_right_draft_is_accepted(kbs: Shops, host: Persona, shop: str, on_air: str | None,
                                   question: str, draft: str) -> None:
    verdict = check(kbs[shop], host, question, draft, on_air=on_air)
    assert verdict.ok, verdict.problems
