"""Attacks on answering, thirteenth outside round, after the changes that say a bare-number variant
with its option's word (size 2, 2号, stage two, 二段) and answer "stage 4" of Stage 1-3 as not
offered; place the viewer's own age or room temperature on a chart (one spec value, or one spec
group's keys), let any fact bounding the measure answer a fit (a FAQ's too, without its yes or
no), leave a measure on two bands' overlap unplaced; answer a colour or flavour none sold (豆沙色,
五香味, "onesies in blue") as not offered; let a shipping or subscription policy naming the product
asked answer for it; reject a yes/no answered by a fact beside the point (in Chinese too); answer a
count by the fact counting it and compare the variant each product names; and read 整一袋 / 来两斤,
薅羊毛, flushable, subscription fee, no-pull, rain and "how light".

A hostile viewer's, a careless model's and a new user's questions over the dev shops (baby, pets,
gadget, outdoor, beauty, fitness, apparel, snack and the sample show). One test per KIND of wrong
answer found, a few wordings each; every "before:" is what Hawker said. The right behaviour is
asserted (an honest abstention is right where the facts do not say); `xfail(strict=True)` marks,
case by case, what fails today, so a fix turns it into an XPASS that fails until its marker goes.
Unmarked cases are controls that pass today.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, answered, check, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def kbs() -> Shops:
    """The dev shops, no promotion live."""
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), **{name: shop_kb(name) for name in (
        "baby", "pets", "gadget", "outdoor", "beauty", "fitness", "apparel", "snack")}}



# == a viewer's questions ======================================================================

# -- a FAQ's no about a newborn answers an older child's age --------------------------------------
# before: "宝宝两岁半能用推车吗" and "推车两岁能用吗" (Zippa stroller: age from 6 months to about 4
# years; 适合6个月以上、22公斤以内) → "不能，6个月以上能坐稳的宝宝才可以用，没有新生儿平躺模式。" (a
# confident no for a child the stroller fits: the newborn FAQ's no); "size 3 for my 2 month old?"
# and "nappies for a 3 month old, which size?" (nappies go by weight) → "Yes, size 1 fits newborns
# from 2 kg…" (a yes to another size's question); "推车3个月宝宝能用吗" → "承重: 22公斤" (the
# load, not the age asked).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("baby", "宝宝两岁半能用推车吗", "6个月", "不能"),
    ("baby", "推车两岁能用吗", "6个月", "不能"),
    ("baby", "size 3 for my 2 month old?", None, "Yes"),
    ("baby", "nappies for a 3 month old, which size?", None, "Yes"),
    ("baby", "推车3个月宝宝能用吗", "6个月", None),
    ("baby", "stroller ok for a 2 year old?", "4 years", None),  # control
    ("baby", "stroller ok for a 5 year old?", "about 4 years", "Yes"),  # control
    ("baby", "stroller ok for a 3 month old?", "from 6 months", "Yes"),  # control
    ("baby", "推车5岁能用吗", "4 years", None),  # control
    ("baby", "餐椅两岁半能用吗", "6个月到3岁", None),  # control
    ("baby", "high chair ok for a 4 year old", "to 3 years", "Yes"),  # control
    ("baby", "car seat for a 5 year old?", "about 4 years", "Yes"),  # control
    ("baby", "teether for a 2 month old?", "from 3 months", "Yes"),  # control
])
def test_a_newborn_no_for_another_age(kbs: Shops, host: Persona, shop: str, question: str,
                                      right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- an age placed in the wrong band -------------------------------------------------------------
# before: "formula for 12 months?" (stage 2: 6 to 12 months; stage 3: 1 to 3 years) → "stage 1:
# from birth to 6 months." (neither band of the overlap: the first row of the chart).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("baby", "formula for 12 months?", None, "birth to 6 months"),
    ("baby", "which formula for a 4 month old?", "from birth to 6 months", None),  # control
    ("baby", "formula for my 8 month old?", "6 to 12 months", None),  # control
    ("baby", "formula for a 2 year old?", "1 to 3 years", None),  # control
    ("baby", "formula for a 3 week old", "from birth to 6 months", None),  # control
    ("baby", "宝宝两岁半喝几段", "3段1-3岁", None),  # control
    ("baby", "宝宝4个月喝几段奶粉", "1段0-6个月", None),  # control
    ("baby", "formula for a 6 month old?", None, "1 to 3 years"),  # control: the overlap
    ("baby", "sleeping bag for an 18 month old?", None, "0-6"),  # control: the overlap
    ("baby", "my baby is 8 kg which size", "6-10 kg", None),  # control
    ("baby", "宝宝8公斤穿几号", "3号6-10公斤", None),  # control
])
def test_an_age_in_the_wrong_band(kbs: Shops, host: Persona, shop: str, question: str,
                                  right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- an age or temperature fit the facts answer, refused -----------------------------------------
# before: "安全座椅5岁能用吗" / "安全座椅3岁能用吗" (child age: from birth to about 4 years), "牙胶2个月
# 能用吗" / "牙胶3个月能用吗" (from 3 months), "餐椅4个月能用吗" (适用: 6个月到3岁), "二段奶粉3个月宝宝
# 能喝吗" (2段6-12个月) → "关于…的这个问题我不太清楚" (while the English wordings are answered);
# "formula for a 5 year old?" (stage 3: 1 to 3 years) and "260 ml bottle for a newborn?" (260 ml:
# 3 months+) → "I don't know that about…"; "room is 26 degrees which tog" (0.5 TOG for 24-27°C)
# → "Good question. I don't have that in front of me"; "sleeping bag for a 10 month old" (6-18 m),
# "sleeping bag for a 3 year old" (18-36 m), "bodysuit for a 4 month old?" (3-6 m) and "bodysuit
# for a 2 year old?" (18-24 m) → the same ("Chinese prose to an English question": the 尺码 key
# chosen for an English viewer); "连体衣8个月穿哪个码" → the same ("number not from a slot '月 74
# 今'"); "奶粉开罐3个月还能喝吗" (开罐后4周内吃完) → "我不太清楚".

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("baby", "安全座椅5岁能用吗", ("4岁", "4 years"), None,
          reason="an age fit asked in Chinese is refused"),
    xfail("baby", "安全座椅3岁能用吗", ("4岁", "4 years"), None,
          reason="an age fit asked in Chinese is refused"),
    ("baby", "牙胶2个月能用吗", ("3个月", "3 months"), None),
    ("baby", "餐椅4个月能用吗", "6个月", None),
    ("baby", "二段奶粉3个月宝宝能喝吗", "6", None),
    xfail("baby", "formula for a 5 year old?", "1 to 3 years", None,
          reason="an age past every band is refused, not bounded"),
    xfail("baby", "260 ml bottle for a newborn?", "3 months", None,
          reason="a variant's own age is refused"),
    xfail("baby", "room is 26 degrees which tog", "0.5", None,
          reason="a room temperature asked without a product is refused"),
    ("baby", "sleeping bag for a 10 month old", "6-18", None),
    ("baby", "sleeping bag for a 3 year old", "18-36", None),
    ("baby", "bodysuit for a 4 month old?", "3-6", None),
    ("baby", "bodysuit for a 2 year old?", "18-24", None),
    xfail("baby", "连体衣8个月穿哪个码", "6-12", None,
          reason="a chart value with its length in cm is refused"),
    xfail("baby", "奶粉开罐3个月还能喝吗", "4周", None,
          reason="a shelf life asked in Chinese is refused"),
    ("baby", "car seat ok for a 3 year old?", "about 4 years", None),  # control
    ("baby", "teether for 6 months?", "from 3 months", None),  # control
    ("baby", "bottle for a 1 month old?", "0 months", None),  # control
    ("baby", "房间25度用哪个睡袋", "0.5托格24-27°C", None),  # control
    ("baby", "which sleeping bag for 22 degrees?", "1.0 TOG for 20-24°C", None),  # control
    ("baby", "睡袋两岁宝宝穿哪个码", "18-36个月", None),  # control
    ("baby", "formula keeps 3 months once opened?", "4 weeks", None),  # control
    ("baby", "opened formula ok after 6 weeks?", "4 weeks", None),  # control
    ("baby", "wash the sleeping bag at 40 degrees?", "40°C", None),  # control
    ("baby", "car seat cover wash at 40 degrees ok?", "30°C", None),  # control
    ("baby", "2 year warranty on the stroller?", "2-year", None),  # control
    ("baby", "推车保修3年吗", "2年", None),  # control
    ("baby", "which tog for 24 degrees?", None, "2.5 TOG"),  # control: the overlap
])
def test_an_age_or_temperature_fit_refused(kbs: Shops, host: Persona, shop: str, question: str,
                                           right: str | tuple[str, ...] | None,
                                           wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- "how light / how heavy" answered by the load it carries -------------------------------------
# before: "how light is the high chair" and "how heavy is the high chair?" (no chair weight stated)
# → "GrowUp 3-in-1 High Chair: max weight: 15 kg." (the child's limit said as the chair's weight);
# "how light is the carrier" / "how heavy is the carrier?" → "max pet weight: 8 kg."

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("baby", "how light is the high chair", None, "15 kg"),
    ("baby", "how heavy is the high chair?", None, "15 kg"),
    ("pets", "how light is the carrier", None, "8 kg"),
    ("pets", "how heavy is the carrier?", None, "8 kg"),
    ("baby", "how light is the stroller?", "6.9 kg", None),  # control
    ("baby", "how heavy is the stroller?", "6.9 kg", "22 kg"),  # control
    ("baby", "how light is the car seat?", None, "kg"),  # control: no weight stated
    ("outdoor", "how light is the tent?", "2.1 kg", None),  # control
    ("outdoor", "how light is the backpack?", "560 g", None),  # control
    ("baby", "are the wipes flushable?", "bin", None),  # control
    ("baby", "湿巾能冲马桶吗", "不可以", None),  # control
    ("pets", "harness no-pull?", "not a no-pull", None),  # control
    ("pets", "cat litter flushable?", "bin", None),  # control
])
def test_how_heavy_answered_by_its_load(kbs: Shops, host: Persona, shop: str, question: str,
                                        right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a colour a value is, said not offered -------------------------------------------------------
# before: "is there a blue tee?" / "tee in blue?" (apparel: white, black, heather grey, navy) →
# "…comes in white, black, heather grey, navy, not blue, sorry!"; "T恤有蓝色吗" → "…只有白、黑、麻灰、
# 藏青，没有蓝色哦。"; "do you have a blue harness?" / "harness in blue?" (Navy, Coral, Black) →
# "…not blue, sorry!" (navy is a blue: a confident no).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("apparel", "is there a blue tee?", "navy", "not blue"),
    ("apparel", "tee in blue?", "navy", "not blue"),
    ("apparel", "T恤有蓝色吗", "藏青", "没有蓝色"),
    ("pets", "do you have a blue harness?", "Navy", "not blue"),
    ("pets", "harness in blue?", "Navy", "not blue"),
    ("baby", "onesies in blue", "not blue", None),  # control
    ("baby", "连体衣有蓝色吗", "没有蓝色", None),  # control
    ("baby", "bodysuit in white?", "Oatmeal", None),  # control
    ("baby", "stroller in blue?", "not blue", None),  # control
    ("baby", "连体衣有绿色吗", "鼠尾草绿", "没有"),  # control
    ("baby", "推车有灰色吗", "石墨灰", "没有"),  # control
    ("baby", "onesies in pink?", "Dusty Pink", "not"),  # control
    ("apparel", "navy tee?", "navy", "not"),  # control
    ("apparel", "jacket in red?", "signal orange", None),  # control
    ("gadget", "cable in red?", "not red", None),  # control
    ("beauty", "口红有没有豆沙色", "没有豆沙色", None),  # control
    ("beauty", "口红有红色吗", "正红", "没有"),  # control
    ("beauty", "口红有紫色吗", "浆果紫", "没有"),  # control
    ("fitness", "yoga mat in pink?", "Lilac", None),  # control
])
def test_a_colour_a_value_is_said_not_offered(kbs: Shops, host: Persona, shop: str, question: str,
                                              right: str, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a flavour asked: sold but written differently said not offered; none sold, refused -----------
# before: "牛肉干有麻辣味吗" (flavour: mala (numbing and spicy); the name 四川麻辣牛肉干) → "…只有mala
# (numbing and spicy)，没有麻辣味哦。" (a confident no to the one flavour sold); "pre workout in blue
# razz?" (Blue Raspberry) → "I don't know that about the Voltage™ Pre-Workout"; "any banana whey?" /
# "蛋白粉有香蕉味吗" / "有原味瓜子吗" (only caramel) → "I don't know that…" / "我不太清楚" (while 奶油味
# is "not offered").

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("snack", "牛肉干有麻辣味吗", "麻辣", "没有"),
    xfail("fitness", "pre workout in blue razz?", "Blue Raspberry", None,
          reason="a flavour sold written short is refused"),
    xfail("fitness", "any banana whey?", "Chocolate", None,
          reason="a flavour none sold is refused, not 'not offered'"),
    xfail("fitness", "蛋白粉有香蕉味吗", "巧克力", None,
          reason="a flavour none sold is refused, not 'not offered'"),
    xfail("snack", "有原味瓜子吗", "只有焦糖", None,
          reason="a flavour none sold is refused, not 'not offered'"),
    ("snack", "瓜子有奶油味吗", "没有奶油", None),  # control
    ("snack", "瓜子有焦糖味的吗", "焦糖", "没有"),  # control
    ("fitness", "蛋白粉有巧克力味吗", "巧克力", "没有"),  # control
    ("fitness", "蛋白粉有草莓味吗", "草莓", "没有"),  # control
    ("fitness", "whey in mango flavour?", "Chocolate", None),  # control
    ("fitness", "whey in cookies n cream?", "Cookies & Cream", "not"),  # control
    ("fitness", "protein bars in peanut butter?", "Chocolate Peanut Butter", "not"),  # control
    ("fitness", "pre workout in watermelon?", "Sour Watermelon", "not"),  # control
])
def test_a_flavour_asked(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                         wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- one word of a colour's name gives the product's whole figure --------------------------------
# before: "berry lipstick in stock?" (Berry Crush: 64) → "Velours Satin Lipstick: 217 left, €19.00
# to €21.00." (every colour's stock summed); "coral lipstick price" (Coral Pop: €21.00) →
# "€19.00 to €21.00 tonight, depending on the option."

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("beauty", "berry lipstick in stock?", "64", "217"),
    ("beauty", "coral lipstick price", "21.00", "19.00"),
    ("beauty", "berry crush in stock?", "64", "217"),  # control
    ("beauty", "浆果紫口红还有吗", "64", None),  # control
    ("beauty", "coral pop lipstick price", "21.00", "19.00"),  # control
    ("beauty", "nude rose lipstick in stock?", "3 left", None),  # control
    ("baby", "sage stroller in stock?", "9 left", None),  # control
    ("fitness", "whey in chocolate?", "Chocolate", None),  # control
])
def test_a_colour_by_one_word(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                              wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a bare-number variant by its option's word (controls: each holds) ----------------------------

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("baby", "size 4 in stock?", "140", None),  # control
    ("baby", "size 2 nappies price", "16.99", None),  # control
    ("baby", "2号纸尿裤多少钱", "16.99", None),  # control
    ("baby", "3码尿不湿还有吗", "150", None),  # control
    ("baby", "二号多少钱", "16.99", None),  # control
    ("baby", "三段奶粉多少钱", "18.99", None),  # control
    ("baby", "stage two formula price", "20.99", None),  # control
    ("baby", "1段奶粉还有多少", "200", None),  # control
    ("baby", "四段奶粉有吗", "没有4段", None),  # control
    ("baby", "size 7 nappies?", "not size 7", None),  # control
    ("baby", "7号纸尿裤有吗", "没有7号", None),  # control
    ("baby", "size 0 nappies?", "not size 0", None),  # control
    ("baby", "size 6 in stock?", "sold out", None),  # control
    ("baby", "6号纸尿裤还有吗", "卖完", None),  # control
    ("baby", "3 in 1 high chair price", "119.00", "not"),  # control: a model name
    ("baby", "4 packs of size 2 how much", "16.99", "not"),  # control: a pack count
    ("baby", "2 packs of size 3 nappies price", "16.99", "not"),  # control
    ("baby", "来两罐二段奶粉多少钱", "20.99", None),  # control
    ("baby", "100 ml cream price", "8.99", None),  # control
    ("beauty", "shade 2 foundation price", "29.50", "not"),  # control
    ("beauty", "2号粉底还有吗", "85", None),  # control
    ("fitness", "stage 2 whey price", "34.99", "not"),  # control: no stage sold
    ("pets", "size 2 harness price", "XS, S, M, L, XL", None),  # control
])
def test_a_bare_number_variant(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                               wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a shipping limit naming the product, refused ------------------------------------------------
# before: "car seat to the netherlands?" and "buggy to spain?" (car seats and strollers ship to
# Germany and Austria only) → "I don't know that about the Orbit 360 i-Size Car Seat" / "…the
# Zippa Compact Stroller" (while "send the stroller to paris" and 安全座椅发荷兰吗 are answered).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("baby", "car seat to the netherlands?", "Germany and Austria only", None),
    xfail("baby", "buggy to spain?", "Germany and Austria only", None,
          reason="a shipping limit naming the product is refused"),
    ("baby", "send the stroller to paris", "Germany and Austria only", None),  # control
    ("baby", "can you ship the stroller to France?", "Germany and Austria only", None),  # control
    ("baby", "推车能寄到法国吗", "只发德国和奥地利", None),  # control
    ("baby", "安全座椅发荷兰吗", "只发德国和奥地利", None),  # control
    ("baby", "do you ship the pushchair to italy", "Germany and Austria only", None),  # control
    ("baby", "ship the baby chair to france?", "Germany and Austria only", None),  # control
    ("baby", "can you ship the nappies to paris?", "9.90", "Austria only"),  # control
    ("baby", "ship the monitor to paris?", "9.90", "Austria only"),  # control
    ("baby", "纸尿裤订阅打几折", "9折", None),  # control
    ("baby", "nappy size exchange free?", "swapped for another size", None),  # control
    ("baby", "纸尿裤能换尺码吗", "换尺码", None),  # control
    ("baby", "can I return opened wipes?", "cannot be returned", None),  # control
    ("sample", "乌鲁木齐 冻牛肉寄得过来不", "无法配送", None),  # control
    ("sample", "牛肉能寄到拉萨吗", "无法配送", None),  # control
    ("pets", "dog food subscription fee?", "10%", None),  # control
])
def test_a_shipping_limit_naming_the_product(kbs: Shops, host: Persona, shop: str, question: str,
                                             right: str, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- rain asked in Chinese, refused ------------------------------------------------------------
# before: "下雨天帐篷漏水吗" (防水: 外帐3000毫米) → "好问题！这个我手头没有准确信息" ("does not speak
# to what was asked: 漏水"), while "tent in the rain ok?" is answered.

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("outdoor", "下雨天帐篷漏水吗", "3000", None),
    ("outdoor", "tent in the rain ok?", "3000 mm", None),  # control
    ("apparel", "jacket for rain?", ("10000 mm", "10,000 mm"), None),  # control
    ("baby", "stroller ok in the rain?", None, "Yes"),  # control: nothing says
    ("baby", "下雨天推车能用吗", None, "可以"),  # control: nothing says
])
def test_rain_asked_refused(kbs: Shops, host: Persona, shop: str, question: str,
                            right: str | tuple[str, ...] | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a count asked answered beside the point or refused ------------------------------------------
# before: "how many nappies in size 4?" (size 4: 9-14 kg (50 nappies)) and "how many nappies in
# size 2?" (68) → "…Go by weight, not age: size 3 is 6-10 kg…" (the sizing FAQ); "4号纸尿裤一包多少
# 片" / "2号纸尿裤多少片" / "size 2 nappies how many in a pack?" → "我不太清楚" / "I don't know
# that…"; "how many scoops in the 5lb tub?" (the 5 lb whey: 73 servings) → "Voltage™ Pre-Workout:
# beta-alanine: 3.2 g per scoop." (another product's and another aspect's fact).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("baby", "how many nappies in size 4?", "50", None),
    ("baby", "how many nappies in size 2?", "68", None),
    xfail("baby", "4号纸尿裤一包多少片", "50", None,
          reason="a count in a pack is refused"),
    xfail("baby", "size 2 nappies how many in a pack?", "68", None,
          reason="a count in a pack is refused"),
    xfail("fitness", "how many scoops in the 5lb tub?", "73", "Pre-Workout",
          reason="a count asked answered by another product's fact"),
    ("baby", "how many wipes in the pack?", "720", None),  # control
    ("fitness", "how many servings in the 5 lb whey?", "73 servings", None),  # control
    ("fitness", "蛋白粉5磅能喝多少次", "73份", None),  # control
    ("fitness", "肌酸1000克能吃多少次", "200份", None),  # control
    ("fitness", "how many servings in the pre workout?", "30 per tub", None),  # control
    ("fitness", "how many bars in a box?", "12", None),  # control
])
def test_a_count_asked(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                       wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- buying slang with no price word, refused ----------------------------------------------------
# before: "来两斤瓜子", "来两斤牛肉干", "来两包湿巾", "整一袋纸尿裤", "整一袋大米", "来两斤苹果" → "关于…的
# 这个问题我不太清楚" (while "我要买瓜子" gives the cart and 整一袋瓜子多少钱 the price).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("snack", "来两斤瓜子", "29.90", None, reason="buying slang without a price word"),
    xfail("snack", "来两斤牛肉干", "49.90", None, reason="buying slang without a price word"),
    xfail("baby", "来两包湿巾", "19.99", None, reason="buying slang without a price word"),
    xfail("sample", "整一袋大米", "69.90", None, reason="buying slang without a price word"),
    ("snack", "我要买瓜子", "29.90", None),  # control
    ("snack", "整一袋瓜子多少钱", "29.90", None),  # control
    ("sample", "来两斤牛肉多少钱", "89.90", None),  # control
    ("snack", "有什么羊毛可以薅", "优惠", None),  # control: deals (none live)
    ("baby", "有羊毛薅吗", "优惠", None),  # control
])
def test_buying_slang_refused(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                              wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# == a careless model's drafts through the verifier ============================================

# -- a wrong draft accepted ----------------------------------------------------------------------
# before: accepted. "推车两岁能用吗" / "宝宝两岁半能用推车吗" → "不能，…" (the stroller fits from 6
# months to about 4 years); "car seat for a 5 year old?" → "Yes, from birth to about 4 years.";
# "stroller ok for a 5 year old?" → "Yes, from 6 months to about 4 years."; "安全座椅5岁能用吗" →
# "可以，从出生用到约4岁。"; "which formula for an
# 8 month old?" → "Stage 3, 1 to 3 years."; "sleeping bag for 22 degrees?" → "The 2.5 TOG, for
# 16-20°C."; "which tog for a 26 degree room?" → "The 2.5 TOG."; "how many servings in the 5 lb
# whey?" → "29 servings." (the 2 lb's), "蛋白粉5磅能喝多少次" → "29份。", "how many servings in 500 g
# creatine?" → "200 servings."; "is the monitor wifi?" → "Yes, closed 2.4 GHz link." (no Wi-Fi);
# "3 year warranty on the stroller?" → "Yes, a 2-year warranty."; "formula keeps 3 months once
# opened?" → "Yes, use within 4 weeks.".

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("baby", "推车两岁能用吗", "不能，6个月以上能坐稳的宝宝才可以用。"),
    xfail("baby", "宝宝两岁半能用推车吗", "不能，没有新生儿平躺模式。",
          reason="a wrong draft: a no for an age the chart fits"),
    xfail("baby", "car seat for a 5 year old?", "Yes, from birth to about 4 years.",
          reason="a wrong draft: a yes for an age past the band"),
    xfail("baby", "stroller ok for a 5 year old?", "Yes, from 6 months to about 4 years.",
          reason="a wrong draft: a yes for an age past the band"),
    ("baby", "安全座椅5岁能用吗", "可以，从出生用到约4岁。"),
    xfail("baby", "which formula for an 8 month old?", "Stage 3, 1 to 3 years.",
          reason="a wrong draft: another band than the age's"),
    xfail("baby", "sleeping bag for 22 degrees?", "The 2.5 TOG, for 16-20°C.",
          reason="a wrong draft: another band than the temperature's"),
    xfail("baby", "which tog for a 26 degree room?", "The 2.5 TOG.",
          reason="a wrong draft: another band than the temperature's"),
    xfail("fitness", "how many servings in the 5 lb whey?", "29 servings.",
          reason="a wrong draft: another variant's count"),
    xfail("fitness", "蛋白粉5磅能喝多少次", "29份。",
          reason="a wrong draft: another variant's count"),
    xfail("fitness", "how many servings in 500 g creatine?", "200 servings.",
          reason="a wrong draft: another variant's count"),
    xfail("baby", "is the monitor wifi?", "Yes, closed 2.4 GHz link.",
          reason="a wrong draft: a yes the facts deny"),
    xfail("baby", "3 year warranty on the stroller?", "Yes, a 2-year warranty.",
          reason="a wrong draft: a yes to a term the facts do not give"),
    xfail("baby", "formula keeps 3 months once opened?", "Yes, use within 4 weeks.",
          reason="a wrong draft: a yes to a term the facts do not give"),
    ("baby", "stroller ok for a 5 year old?", "Yes, fine for a 5 year old."),  # control
    ("baby", "car seat for a 5 year old?", "Yes, it fits up to 5 years."),  # control
    ("baby", "can the car seat face forward?", "Yes, ISOFIX with a support leg."),  # control
    ("baby", "does the high chair fold flat?", "Yes, it folds."),  # control
    ("baby", "is the formula made in France?", "Yes, made in Germany."),  # control
    ("baby", "is the teether dishwasher safe?", "Yes, food-grade silicone."),  # control
    ("baby", "can I freeze the teether?", "Yes, chill it in the fridge."),  # control
    ("baby", "do the bodysuits come in blue?", "Yes, Sage."),  # control
    ("baby", "连体衣有蓝色吗", "有的，鼠尾草绿。"),  # control
    ("baby", "湿巾能冲马桶吗", "可以，植物纤维不含塑料。"),  # control
    ("baby", "奶瓶能用微波炉加热吗", "可以，PP材质，不含BPA。"),  # control
    ("baby", "can I use the monitor on my phone?", "Yes, two-way talk."),  # control
    ("baby", "3 year warranty on the stroller?", "Yes, a 3-year warranty."),  # control
    ("baby", "high chair ok for a 4 year old?", "Yes, from 6 months to 3 years."),  # control
    ("baby", "teether for a 2 month old?", "Yes, from 3 months."),  # control
    ("baby", "size 4 nappies how many in a pack?", "68 nappies."),  # control
])
def test_a_wrong_draft_is_rejected(kbs: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    assert not check(kbs[shop], host, question, draft).ok


# -- a right draft rejected ----------------------------------------------------------------------
# before: rejected. "宝宝两岁半能用推车吗" → "可以，适合6个月以上。" ("number not from a slot '合 6
# 个'", "answers 'yes' where the cited passage says 'no'": the newborn FAQ's no); "推车两岁能用吗"
# → "可以，6个月以上、22公斤以内都能用。" (the same).

@pytest.mark.parametrize(("shop", "question", "draft"), [
    xfail("baby", "宝宝两岁半能用推车吗", "可以，适合6个月以上。",
          reason="a right draft is rejected: the newborn FAQ's no read against it"),
    xfail("baby", "推车两岁能用吗", "可以，6个月以上、22公斤以内都能用。",
          reason="a right draft is rejected: the newborn FAQ's no read against it"),
    ("baby", "stroller ok for a 2 year old?", "Yes, from 6 months to about 4 years."),  # control
    ("baby", "which formula for an 8 month old?", "Stage 2, 6 to 12 months."),  # control
    ("baby", "does the high chair fold flat?", "No, it does not fold."),  # control
    ("baby", "is the formula made in Germany?", "Yes, made in Germany."),  # control
    ("baby", "is the stroller cabin size?", "Yes, fits airline cabin bins."),  # control
    ("baby", "奶瓶能进洗碗机吗", "可以，放在洗碗机上层。"),  # control
    ("baby", "is the monitor wifi?", "No, no Wi-Fi and no app."),  # control
    ("baby", "size 4 nappies how many in a pack?", "50 nappies."),  # control
    ("fitness", "how many servings in the 5 lb whey?", "73 servings."),  # control
])
def test_a_right_draft_is_accepted(kbs: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    verdict = check(kbs[shop], host, question, draft)
    assert verdict.ok, verdict.problems
