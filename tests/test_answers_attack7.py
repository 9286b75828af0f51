"""Attacks on answering, seventh outside round (issue 14), after the changes that answer one
piece of a pack from the pieces' facts, leave price remarks unanswered, carry no qualifier the
listing never says, abstain on 'together' prices, give a place abroad the policy covering it,
reject a yes to a variant not sold / another product's policy term / free shipping or Klarna
without the amount, give the sizes asked, keep host questions and 'bought it' off the products,
ask a shop topic only by its words, keep the product on air's features its own, answer the
per-person limit, read traditional Chinese, and derive prices per pound and per piece.

A fresh viewer's questions in English and Chinese over the sample show and the apparel / snack /
outdoor shops, and a careless model's drafts through the verifier. One test per KIND of wrong
answer found, a few wordings each; every "before:" is what Hawker said. The right behaviour is
asserted (an honest abstention is right where the facts do not say); `xfail(strict=True)`
marks, case by case, what fails today, so a fix turns it into an XPASS that fails until its
marker goes. Unmarked cases are controls that pass today.

The viewer's questions are also rows of bot/answers/understand/data/answers_attack7.jsonl
(`python bench/understanding.py --part answers --split attack7`). Real Chroma index, live facts.
The bench's judge counts a pack price as a right answer to a per-unit ask and a "we don't carry
X" as an abstention, so its wrong count is lower than what these tests find.
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
    FOUNTAIN,
    JERKY,
    LAMP,
    LITTER,
    MANGO,
    MILKTEA,
    NOT_CARRIED,
    NUTS,
    PACK,
    POLES,
    RICE,
    SEAWEED,
    SNEAKER,
    STOVE,
    TEE,
    TENT,
    TV,
    VACUUM,
    Shops,
    abstained,
    ask,
    check,
    shops,
    xfail,
)

from bot.clock import FakeClock
from bot.persona import Persona
from knowledge import money

__all__ = ["shops"]  # the fixture


# == a viewer's questions ======================================================================

# -- one piece of a pack answered with the whole pack's measure -----------------------------------
# before: "how much does one weigh" (the 5 kg apples on air) → "Yantai Fuji Apples (5 kg): weight:
# 5 kg."; "how heavy is one grain" (the rice) → "weight: 5 kg."; "how heavy is one pole" (the
# poles, sold as a pair) → "weight: 480 g per pair."; "一根多重" (the poles) → "一对480克"; "how
# big is each egg" (the eggs: "average weight: 50 g each") → "count: 30 eggs.".

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    xfail("sample", APPLE, "how much does one weigh", None,
          reason="one piece answered with the pack's measure"),
    ("sample", RICE, "how heavy is one grain", None),
    xfail("outdoor", POLES, "how heavy is one pole", "240 g",
          reason="one piece answered with the pack's measure"),
    xfail("outdoor", POLES, "一根多重", "240", reason="one piece answered with the pack's measure"),
    ("sample", EGGS, "how big is each egg", "50 g"),
    ("sample", None, "how heavy is one egg", "50 g"),  # control
    ("sample", None, "一根玉米多重", "250 g"),  # control
    ("outdoor", BOOT, "how heavy is one boot", "520 g"),  # control
    ("snack", None, "how many grams is each jerky pack", "25 g"),  # control
    ("sample", None, "how heavy is one apple", None),  # control
    ("snack", MANGO, "how heavy is one slice", None),  # control
])
def test_one_piece_is_not_answered_with_the_packs_measure(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str,
        right: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer) or (right is not None and right in answer.text), answer.text


# -- a remark about a price answered with the price ---------------------------------------------
# before: "jerky is cheap tonight" → "Sichuan Spicy Beef Jerky 250 g: ¥49.90 tonight, down from
# ¥69.90 (29% off)."; "the tee price is great" → "Cotton V-Neck Tee: $18.00 tonight …". Nobody
# asked. "is the jerky cheap tonight" and "贵不贵" are asks, priced.

@pytest.mark.parametrize(("shop", "on_air", "text", "asks"), [
    ("snack", None, "jerky is cheap tonight", False),
    ("apparel", None, "the tee price is great", False),
    ("sample", None, "eggs are so expensive now", False),  # control
    ("snack", None, "芒果干好便宜", False),  # control
    ("sample", None, "苹果今年好贵", False),  # control
    ("apparel", None, "jeans are so expensive everywhere", False),  # control
    ("snack", None, "is the jerky cheap tonight", True),  # control: an ask
    ("sample", TV, "贵不贵", True),  # control: an ask
    ("snack", None, "芒果干便宜吗", True),  # control: an ask
])
def test_a_price_remark_is_not_answered(shops: Shops, host: Persona, shop: str,
                                        on_air: str | None, text: str, asks: bool) -> None:
    answer = ask(shops[shop], host, text, on_air=on_air)
    assert abstained(answer) != asks, answer.text


# -- a real two-product ask with "both" refused ----------------------------------------------------
# before: "both jerky and nuts price" → "Good question. I don't have that in front of me…"; "do
# both the tee and the jeans come in black" and "jeans and tee both in stock?" → the same. The
# facts answer each (¥49.90 and ¥79.00; both list black; 140 and 35 in stock).

@pytest.mark.parametrize(("shop", "question", "needed"), [
    ("snack", "both jerky and nuts price", ("49.90", "79.00")),
    xfail("apparel", "do both the tee and the jeans come in black", ("Tee", "Jeans", "black"),
          reason="a two-product 'both' ask is refused"),
    xfail("apparel", "jeans and tee both in stock?", ("Tee", "Jeans"),
          reason="a two-product 'both' ask is refused"),
    ("snack", "how much are the jerky and the nuts", ("49.90", "79.00")),  # control
    ("sample", "price of the eggs and the yogurt", ("39.90", "59.00")),  # control
])
def test_a_two_product_ask_with_both_is_answered(shops: Shops, host: Persona, shop: str,
                                                 question: str, needed: tuple[str, ...]) -> None:
    answer = ask(shops[shop], host, question)
    assert not abstained(answer) and all(n in answer.text for n in needed), answer.text


# -- a place abroad or a thing never shipped answered with domestic shipping terms ------------------
# before (outdoor: "We ship to the 48 contiguous US states only … Fuel canisters are never
# shipped."): "do you ship to mexico" → "Orders under $75 ship for a flat $7.95. Orders ship within
# 1 business day and arrive in 3 to 6 business days."; "do you ship butane" → the same; "can you
# ship the gas" (the stove on air) → the same.

@pytest.mark.parametrize(("on_air", "question", "right"), [
    (None, "do you ship to mexico", "overseas"),
    xfail(None, "do you ship butane", "never shipped",
          reason="a place abroad or an unshippable thing gets the domestic terms"),
    xfail(STOVE, "can you ship the gas", "never shipped",
          reason="a place abroad or an unshippable thing gets the domestic terms"),
    (None, "ship to london?", "overseas"),  # control
    (None, "能寄到日本吗", "海外"),  # control
    (None, "ship gas canisters?", "never shipped"),  # control
    (None, "ship to texas?", "3 to 6 business days"),  # control
])
def test_a_place_abroad_gets_the_policy_covering_it(shops: Shops, host: Persona,
                                                    on_air: str | None, question: str,
                                                    right: str) -> None:
    answer = ask(shops["outdoor"], host, question, on_air=on_air)
    assert abstained(answer) or right in answer.text, answer.text


# -- a place named in a product's name brings that product's price ---------------------------------
# before: "ship to inner mongolia?" → "Appliances ship to remote areas for free. We do not yet ship
# to Hong Kong, Macau, Taiwan or overseas. (Inner Mongolia Grass-Fed Beef Shank, ¥89.90
# tonight.)"; "能发到内蒙古吗" → the remote-areas policy and "（内蒙古草饲牛腱子，今晚¥89.90。）".

@pytest.mark.parametrize("question", [
    xfail("ship to inner mongolia?", reason="a place in a product's name brings the product"),
    xfail("能发到内蒙古吗", reason="a place in a product's name brings the product"),
    "ship to lhasa?",  # control
    "能发到乌鲁木齐吗",  # control
    "ship to beijing how long",  # control
])
def test_a_place_in_a_products_name_is_no_product(shops: Shops, host: Persona,
                                                  question: str) -> None:
    answer = ask(shops["sample"], host, question)
    assert "Beef" not in answer.text and "牛腱" not in answer.text, answer.text


# -- a size or colour asked, answered with the price or refused -------------------------------------
# before: "sneakers 9.5?" → "Canvas Low Sneakers: $45.00 tonight." (half sizes: yes); "jacket in
# navy?" → "I don't know that about the Stormline Rain Jacket" (black, olive, signal orange);
# "毛衣有M吗" → "好问题！这个我手头没有准确信息…" (XS to XL); "75寸的有吗" (the TV is 65 inches) →
# the same.

@pytest.mark.parametrize(("shop", "question", "right"), [
    xfail("apparel", "sneakers 9.5?", "half sizes", reason="a size or colour asked is not given"),
    ("apparel", "jacket in navy?", "olive"),
    ("apparel", "毛衣有M吗", "XS"),
    xfail("sample", "75寸的有吗", "65", reason="a size or colour asked is not given"),
    ("apparel", "tee in medium?", "S, M, L"),  # control
    ("apparel", "jeans in 40?", "28 to 38"),  # control
    ("apparel", "tee in red?", "navy"),  # control
    ("outdoor", "boots in black?", "Brown"),  # control
    ("sample", "tv 75 inch?", "65"),  # control
])
def test_a_size_or_colour_asked_gets_what_it_comes_in(shops: Shops, host: Persona, shop: str,
                                                      question: str, right: str) -> None:
    answer = ask(shops[shop], host, question)
    assert right in answer.text, answer.text


# -- "is it a robot" of the robot vacuum answered off the aspect, or its mop refused ----------------
# before (the robot vacuum and mop on air): "是机器人吗" → "整洁 X7 扫拖一体机器人：可以，遇到地毯自动
# 增压并抬起拖布。" (a carpet FAQ's "yes"); "机器人会拖地吗" ("does the robot mop") → "关于整洁 X7 扫
# 拖一体机器人的这个问题我不太清楚" (it is a vacuum and mop).

@pytest.mark.parametrize(("question", "right"), [
    xfail("是机器人吗", None, reason="the robot vacuum's own word is answered off the aspect"),
    xfail("机器人会拖地吗", "拖", reason="the robot vacuum's own word is answered off the aspect"),
    ("is it a robot", None),  # control
    ("does it work on carpet", "carpet"),  # control
    ("扫地机器人能扫地毯吗", "地毯"),  # control
])
def test_the_robot_vacuum_asked_about_itself(shops: Shops, host: Persona, question: str,
                                             right: str | None) -> None:
    answer = ask(shops["sample"], host, question, on_air=VACUUM)
    if right is None:  # no carpet FAQ's "yes" to what was not asked
        assert "地毯" not in answer.text and "carpet" not in answer.text, answer.text
    else:
        assert not abstained(answer) and right in answer.text, answer.text


# -- an order question after "bought it" answered with shipping terms --------------------------------
# before: "ordered, where's my tracking" (the stove on air) → "Free shipping on orders over $75.
# Orders under $75 ship for a flat $7.95." (tracking is no shipping price).

@pytest.mark.parametrize(("text", "right"), [
    ("ordered, where's my tracking", None),
    ("买了", None),  # control
    ("just ordered!", None),  # control
    ("已经拍了，什么时候发货", "发货"),  # control
    ("bought 2, when do they ship", "business day"),  # control
])
def test_an_order_question_is_not_answered_with_shipping_terms(
        shops: Shops, host: Persona, text: str, right: str | None) -> None:
    answer = ask(shops["outdoor"], host, text, on_air=STOVE)
    assert abstained(answer) or (right is not None and right in answer.text), answer.text


# -- a word of another product's name pulls that product over the product on air ------------------
# before: the tent on air ("poles: aluminium"): "how long are the poles" → "Carbon trekking poles
# with cork grips & flick locks, 480 g the pair."; "are the poles carbon" → "Carbon Trekking Poles
# (pair): material: carbon fibre."; the fountain on air ("filter: carbon and ion-exchange"):
# "extra filter?" → "I don't know that about the ClearFlow Squeeze Water Filter"; the corn on air:
# "how long to cook" → "I don't know that about the Zojo IH Rice Cooker 4 L"; the air fryer on air:
# "how long to cook fries" → the same rice cooker.

@pytest.mark.parametrize(("shop", "on_air", "question", "other"), [
    ("outdoor", TENT, "how long are the poles", "Trekking"),
    xfail("outdoor", TENT, "are the poles carbon", "Trekking",
          reason="another product's name word replaces the product on air"),
    ("outdoor", FOUNTAIN, "extra filter?", "Squeeze"),
    xfail("sample", CORN, "how long to cook", "Rice Cooker",
          reason="another product's name word replaces the product on air"),
    xfail("sample", AIRFRYER, "how long to cook fries", "Rice Cooker",
          reason="another product's name word replaces the product on air"),
    ("outdoor", PACK, "hip belt?", "Harness"),  # control
    ("outdoor", LAMP, "red light?", "Fountain"),  # control
    ("apparel", TEE, "is it slim fit", "Jeans"),  # control
    ("outdoor", STOVE, "how fast does it boil", "Filter"),  # control
])
def test_another_products_name_word_does_not_replace_the_product_on_air(
        shops: Shops, host: Persona, shop: str, on_air: str, question: str, other: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert other not in answer.text, answer.text


# -- a feature of the product on air, asked in Chinese, told "not carried" -------------------------
# before (the daypack on air: "hip belt: removable", zh "可拆腰带"; "laptop sleeve: no"): "有腰带吗"
# → "抱歉，今晚没有腰带哦。"; "能放电脑吗" ("does a laptop fit") → "抱歉，今晚没有电脑哦。".

@pytest.mark.parametrize("question", [
    ("有腰带吗"),
    ("能放电脑吗"),
    "hip belt?",  # control
    "laptop sleeve?",  # control
    "rain cover?",  # control
])
def test_a_feature_of_the_product_on_air_is_not_a_product(shops: Shops, host: Persona,
                                                          question: str) -> None:
    answer = ask(shops["outdoor"], host, question, on_air=PACK)
    assert not NOT_CARRIED.search(answer.text), answer.text


# -- a question about the product on air that its facts answer, refused -------------------------------
# before: the headlamp on air: "充电多久" → "好问题！这个我手头没有准确信息…" (USB-C in 3 hours); "多久
# 到" → "关于开拓者400头灯的这个问题我不太清楚" (3 to 6 business days); the tee: "is it 100% cotton"
# → "I don't know that about the Cotton V-Neck Tee" (100% combed cotton); the sneakers: "is it
# leather" → "I don't know…" (upper: cotton canvas); the TV: "can i buy it on credit" → "I don't
# know…" (credit card instalments in the payment policy).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    xfail("outdoor", LAMP, "充电多久", "3", reason="a question the facts answer is refused"),
    xfail("outdoor", LAMP, "多久到", "3到6", reason="a question the facts answer is refused"),
    xfail("apparel", TEE, "is it 100% cotton", "100% combed cotton",
          reason="a question the facts answer is refused"),
    xfail("apparel", SNEAKER, "is it leather", "canvas",
          reason="a question the facts answer is refused"),
    xfail("sample", TV, "can i buy it on credit", "credit card",
          reason="a question the facts answer is refused"),
    ("outdoor", LAMP, "how long to charge", "3 hours"),  # control
    ("apparel", TEE, "是纯棉的吗", "100%精梳棉"),  # control
    ("apparel", TEE, "is it polyester", "100% combed cotton"),  # control
    ("sample", TV, "包安装吗", "安装"),  # control
])
def test_a_question_the_facts_answer_is_answered(shops: Shops, host: Persona, shop: str,
                                                 on_air: str, question: str, right: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert not abstained(answer) and right in answer.text, answer.text


# -- a stove question answered with the shipping policy ----------------------------------------------
# before (the stove on air; FAQ: "Does the stove come with gas? No, the isobutane canister is sold
# separately."): "does it ship with gas" → "Orders under $75 ship for a flat $7.95. Orders ship
# within 1 business day …".

@pytest.mark.parametrize(("question", "right"), [
    ("does it ship with gas", "sold separately"),  # "ship with" is "come with" (round 18)
    ("does it come with gas", "sold separately"),  # control
    ("送气罐吗", "另外购买"),  # control
])
def test_a_product_question_is_not_answered_with_shipping(shops: Shops, host: Persona,
                                                          question: str, right: str) -> None:
    answer = ask(shops["outdoor"], host, question, on_air=STOVE)
    assert abstained(answer) or right in answer.text, answer.text


# -- more than the limit asked for, answered without the limit ------------------------------------------
# before: "我要10箱" ("I want 10 boxes", the eggs: limit 5) → "散养土鸡蛋 30枚：点直播间下方的购物车
# 就能下单，今晚¥39.90。"; "拍了3份，还能拍吗" ("bought 3, can I buy more?", the beef: limit 3) →
# "内蒙古草饲牛腱子：还有1200份，¥89.90。" (a yes by implication).

@pytest.mark.parametrize(("on_air", "question"), [
    (EGGS, "我要10箱"),
    (BEEF, "拍了3份，还能拍吗"),
    (TV, "can i buy 2"),  # control
    (TV, "限购几台"),  # control
    (BEEF, "能买5份吗"),  # control
    (EGGS, "can i get 10 boxes"),  # control
])
def test_more_than_the_limit_gets_the_limit(shops: Shops, host: Persona, on_air: str,
                                            question: str) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, question, on_air=on_air)
    limit = kb.facts.get(on_air).per_viewer_limit
    assert abstained(answer) or f"{limit} per person" in answer.text \
        or f"限购{limit}" in answer.text, answer.text


# -- a measure word glued to a product's name: "not carried" ----------------------------------------
# before: "一根玉米多少钱" ("how much is one ear of corn") → "抱歉，今晚没有根玉米哦。"; "一根登山杖多少
# 钱" → "没有根登山杖"; "牛肉一公斤多少钱" → "没有牛肉一公斤"; "芒果干一公斤多少钱" → "没有芒果干一公
# 斤"; "牛肉干一小包多少钱" → "没有牛肉干一". "牛肉多少钱一公斤" is priced.

@pytest.mark.parametrize(("shop", "question"), [
    ("sample", "一根玉米多少钱"),
    ("outdoor", "一根登山杖多少钱"),
    ("sample", "牛肉一公斤多少钱"),
    ("snack", "芒果干一公斤多少钱"),
    ("snack", "牛肉干一小包多少钱"),
    ("sample", "牛肉多少钱一公斤"),  # control
    ("sample", "苹果多少钱一公斤"),  # control
    ("snack", "每日坚果一袋多少钱"),  # control
    ("snack", "奶茶一条多少钱"),  # control
    ("snack", "牛肉乾多少錢"),  # control
])
def test_a_measure_word_before_a_name_is_not_called_not_carried(shops: Shops, host: Persona,
                                                                shop: str, question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert not NOT_CARRIED.search(answer.text), answer.text


# -- a per-piece price answered with the pack price ----------------------------------------------------
# before: "一个鸡蛋多少钱" and "鸡蛋多少钱一个" → "散养土鸡蛋 30枚：今晚¥39.90…" (reads as ¥39.90 an
# egg; "price per egg" gets ¥1.33 each); "海苔一包多少钱" → "香脆海苔 12包：今晚¥19.90。"; "jerky per
# pack price" → "¥49.90 tonight" (10 small packs); "poles price per pole" → "$79.00 tonight" (a
# pair); "how much per apple" → "¥49.90 tonight" (about 16-18 apples: no count to divide by).

@pytest.mark.parametrize(("shop", "question", "sku", "units"), [
    ("sample", "一个鸡蛋多少钱", EGGS, 30),
    xfail("sample", "鸡蛋多少钱一个", EGGS, 30, reason="a per-piece ask gets the pack price"),
    ("snack", "海苔一包多少钱", SEAWEED, 12),
    ("snack", "jerky per pack price", JERKY, 10),
    ("outdoor", "poles price per pole", POLES, 2),
    xfail("sample", "how much per apple", APPLE, None, reason="a per-piece ask gets the pack price"),
    xfail("sample", "一个苹果多少钱", APPLE, None, reason="a per-piece ask gets the pack price"),
    ("sample", "price per egg", EGGS, 30),  # control
    ("sample", "per ear price corn", CORN, 10),  # control
    ("snack", "nuts price per pack", NUTS, 30),  # control
    ("snack", "奶茶一条多少钱", MILKTEA, 20),  # control
    ("outdoor", "cat litter per lb", LITTER, 20),  # control
])
def test_a_per_piece_price_is_the_pieces(shops: Shops, host: Persona, shop: str, question: str,
                                         sku: str, units: int | None) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question)
    offer = kb.facts.live_offer(sku, FakeClock().now())
    each = None if units is None else money(offer.price / Decimal(units), offer.currency)
    assert abstained(answer) or (each is not None and each in answer.text), answer.text


# == a careless model's drafts through the verifier ============================================

# -- a yes to instalments the policy gives only to appliances over an amount ---------------------------
# before: accepted. Sample payment: "1000元以上家电可使用花呗或信用卡…免息分期": "能用花呗分期吗" →
# "可以，花呗分期"; "鸡蛋能分期吗" (eggs, ¥39.90) → "可以分期". The English "Yes, 3, 6 or 12
# interest-free installments." is rejected.

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("sample", "能用花呗分期吗", "可以，花呗分期"),
    ("sample", "鸡蛋能分期吗", "可以分期"),
    ("sample", "can i pay in installments", "Yes, 3, 6 or 12 interest-free installments."),  # control
    ("apparel", "klarna?", "Yes, you can split it into 4 payments with Klarna."),  # control
    ("outdoor", "afterpay?", "Yes, Afterpay is accepted."),  # control
    ("apparel", "包邮吗", "包邮"),  # control
])
def test_a_yes_without_the_amount_is_rejected(shops: Shops, host: Persona, shop: str,
                                              question: str, draft: str) -> None:
    assert not check(shops[shop], host, question, draft).ok


# -- another product's term from a shared policy ---------------------------------------------------------
# before: accepted. Outdoor returns: "Size exchanges on boots and harnesses are free.": "can i
# exchange the tent for free" → "Yes, exchanges are free.".

@pytest.mark.parametrize(("shop", "question", "draft"), [
    xfail("outdoor", "can i exchange the tent for free", "Yes, exchanges are free.",
          reason="another product's policy term passes"),
    ("outdoor", "stove warranty?", "2-year warranty."),  # control
    ("outdoor", "头灯保修多久", "保修2年"),  # control
    ("sample", "tv warranty", "2 years."),  # control
    ("apparel", "jacket in navy?", "Yes, it comes in navy."),  # control
    ("outdoor", "boots in black?", "Yes, black is in stock."),  # control
    ("apparel", "sneakers size 13?", "Yes, size 13 is available."),  # control
])
def test_another_products_policy_term_is_rejected(shops: Shops, host: Persona, shop: str,
                                                  question: str, draft: str) -> None:
    assert not check(shops[shop], host, question, draft).ok


# -- right drafts rejected ------------------------------------------------------------------------
# before: rejected. "Yes, free." to "are size exchanges free" (apparel: "Size exchanges are
# free.") → "promises something nothing grants: 'free'"; "Yes, free shipping over ¥99." (snack:
# "Free shipping on orders over ¥99") → the same.

@pytest.mark.parametrize(("shop", "question", "draft"), [
    xfail("apparel", "are size exchanges free", "Yes, free.",
          reason="a right draft the policy states is rejected"),
    xfail("snack", "is shipping free", "Yes, free shipping over ¥99.",
          reason="a right draft the policy states is rejected"),
    ("outdoor", "is shipping free?", "Yes, over $75."),  # control
    ("apparel", "klarna?", "Yes, on orders over $100."),  # control
    ("apparel", "tee in navy?", "Yes, navy."),  # control
    ("outdoor", "poles warranty?", "2-year warranty."),  # control
])
def test_a_right_draft_is_accepted(shops: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    verdict = check(shops[shop], host, question, draft)
    assert verdict.ok, verdict.problems
