"""Attacks on answering, ninth outside round (issue 14), after the changes that tell an option
value the product is not sold in with what it comes in (a shade's code, a measure in any unit
incl. counts and SPF, a colour no shade name is, a size past a stated range), resolve variants
as viewers name them (8个装, "the berry one", "nude rose in stock?"), list an option's values
for "which options are there", add held-out 7's aspect words (变小, 痒, 能亮多久, matte, snow,
setup, 折叠, 谷物, 硅油, "break me out", "stay on", "for guys", kids, "instant pot", 生吃, 偏码,
scented), read a word of another product's name as the aspect asked ("is the lipstick matte",
"what spf is the sunscreen"), take "or nah" / "or not? bp issues" as no words a yes / no must
answer, drop the host's family and read a measure in a product's name as its name.

A fresh viewer's questions in English and Chinese (simplified and traditional) over the sample
show and the apparel / snack / outdoor / gadget / beauty shops, and a careless model's drafts
through the verifier. One test per KIND of wrong answer found, a few wordings each; every
"before:" is what Hawker said. The right behaviour is asserted (an honest abstention is right
where the facts do not say); `xfail(strict=True)` marks, case by case, what fails today, so a
fix turns it into an XPASS that fails until its marker goes. Unmarked cases are controls that
pass today.

The viewer's questions are also rows of bot/answers/understand/data/answers_attack9.jsonl
(`python bench/understanding.py --part answers --split attack9`). Real Chroma index, live facts.
The bench's judge counts a price range holding the variant's price as a right answer, and a
"we don't carry X" as an abstention, so its wrong count is lower than what these tests find.
"""

from __future__ import annotations

import pytest
from attack_support import (
    BEEF,
    DOG,
    EGGS,
    SEAWEED,
    TEE,
    TENT,
    Shops,
    abstained,
    ask,
    check,
    said,
    shops,
    xfail,
)
from knowledge_shared import shop_kb

from bot.persona import Persona

__all__ = ["shops"]  # the fixture

FOUNDATION, LIPSTICK, SUNSCREEN, SHAMPOO, TOOTHBRUSH = (
    "FOUNDATION-SKINVEIL", "LIPSTICK-VELOURS", "SUNSCREEN-SOLEIL", "SHAMPOO-NATURA",
    "TOOTHBRUSH-SONIQ")
SWEATER, SPEAKER, STAND = "SWEATER-MERINO", "SPEAKER-BOOMLET", "STAND-LIFTDESK"


@pytest.fixture(scope="module")
def kbs(shops: Shops) -> Shops:
    """The dev shops, the gadget shop (GBP) and the beauty shop (EUR, shades, SPF, packs)."""
    return {**shops, "gadget": shop_kb("gadget"), "beauty": shop_kb("beauty")}


# == a viewer's questions ======================================================================

# -- an option value that is sold, denied ("not offered") or misread ----------------------------
# before: "帆布鞋有40码吗" → "帆布低帮鞋只有35到45，没有40哦。" (40 is in 35 to 45); "15-piece brush set
# price" → "The Atelier Vegan Makeup Brush Set comes in 8 pieces, 15 pieces, not 15-piece,
# sorry!"; "一个刷头多少钱" ("how much is one head", of the 4- and 8-head packs) → "声波 替换刷头只有4
# 件、8 件，没有一个哦。"; "十二个装刷头有吗" ("a 12-pack of heads?") → "…没有二个装哦。" (12 read as 2).

@pytest.mark.parametrize(("shop", "question", "sold", "says"), [
    ("apparel", "帆布鞋有40码吗", True, None),
    ("beauty", "15-piece brush set price", True, "39.00"),
    ("beauty", "一个刷头多少钱", True, None),
    xfail("beauty", "十二个装刷头有吗", False, "十二", reason="a value sold is denied or misread"),
    ("apparel", "帆布鞋有46码吗", False, "35到45"),  # control
    ("apparel", "tee in XXXL?", False, "XXL"),  # control
    ("outdoor", "boots size 6?", False, "7 to 13"),  # control
    ("beauty", "brush set 12 piece?", False, "15 pieces"),  # control
    ("outdoor", "三人帐篷有吗", False, "4人"),  # control
    ("beauty", "sunscreen spf 15?", False, "SPF 50+"),  # control
    ("beauty", "口紅有黑色嗎", False, "裸玫瑰"),  # control: traditional
    ("beauty", "粉底有07號色嗎", False, "06"),  # control: traditional
    ("gadget", "power bank 30000mah?", False, "26800"),  # control
    ("beauty", "spf50的防晒有吗", True, "18.90"),  # control: SPF 50+ is sold
    ("beauty", "面霜有50ml的吗", True, "150"),  # control
    ("beauty", "how much is the 8 piece", True, "24.00"),  # control
])
def test_a_value_sold_is_not_denied(kbs: Shops, host: Persona, shop: str, question: str,
                                    sold: bool, says: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    assert (answer.grounds.status == "not_offered") is not sold, answer.text
    assert says is None or says in answer.text, answer.text


# -- an option value asked, refused where the facts tell it -------------------------------------
# before (all "I don't know that about the X"): "粉底有七号吗" (a shade 7 in words; 01 to 06);
# "foundation in 04?" (04 Honey, sold out); "moisturiser in 1 litre?" (50 ml, 100 ml); "lipstick
# in orange?" (Coral Pop); "sheet masks 5 pack?" (a 10 pack); "tracker tags 8 pack?" (a 4 pack);
# "cable in 100 cm?" → "£7.99 to £11.99 tonight, depending on the option." (1 m is sold);
# "100厘米的线有吗" → "好问题！这个我手头没有准确信息".

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("beauty", "粉底有七号吗", "06"),
    ("beauty", "foundation in 04?", "sold out"),
    ("beauty", "moisturiser in 1 litre?", "100 ml"),
    ("beauty", "lipstick in orange?", "Coral Pop"),
    xfail("beauty", "sheet masks 5 pack?", "10", reason="an option value asked is refused"),
    ("gadget", "tracker tags 8 pack?", "4"),
    ("gadget", "cable in 100 cm?", "1 m"),
    xfail("gadget", "100厘米的线有吗", ("1 m", "1米"), reason="an option value asked is refused"),
    ("beauty", "粉底有4号色吗", "卖完"),  # control
    ("beauty", "口红有紫色吗", "浆果紫"),  # control
    ("outdoor", "dog food in 15 pounds?", "44.99"),  # control
    ("outdoor", "boots in size 7.5?", "7 to 13"),  # control
    ("apparel", "jeans in a 40 waist?", "28 to 38"),  # control
    ("apparel", "tee in 2xl?", "XXL"),  # control
    ("beauty", "lipstick in red?", "Ruby Red"),  # control
])
def test_an_option_value_asked_is_told(kbs: Shops, host: Persona, shop: str, question: str,
                                       right: str | tuple[str, ...]) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) or answer.grounds.status == "not_offered", answer.text
    assert said(answer.text, right), answer.text


# -- a variant named as viewers name it, missed or answered with another's facts ------------------
# before: the foundation on air: "the honey one in stock?" → "Skinveil Longwear Matte Foundation:
# 278 left at €29.50." (04 Honey is sold out); "the sand one in stock?" → the same 278 (03 Sand:
# 110); "the coral one price?" → "€29.50 tonight." (Coral Pop is the lipstick's, €21.00); "8 pc
# brush set?" → "Sorry, we don't carry pc tonight."; "is porcelain sold out", "espresso in
# stock?", "裸玫瑰还有吗", "珊瑚橘多少钱", "珊瑚橘還有嗎", "signal orange in stock?" (the rain
# jacket), "12 pack price" (the seaweed, 12 packs) → "I don't have that in front of me"; "nude rose
# is gorgeous" (a remark) → "Colour (color): Ruby Red, Nude Rose, … (… €19.00 tonight.)".

@pytest.mark.parametrize(("shop", "on_air", "question", "right", "wrong"), [
    ("beauty", FOUNDATION, "the honey one in stock?", "sold out", "278"),
    ("beauty", FOUNDATION, "the sand one in stock?", "110", "278"),
    ("beauty", FOUNDATION, "the coral one price?", "21.00", "29.50"),
    xfail("beauty", None, "8 pc brush set?", "24.00", "don't carry",
          reason="a variant named as viewers name it is missed"),
    ("beauty", None, "is porcelain sold out", "40", None),
    ("beauty", None, "espresso in stock?", "18", None),
    ("beauty", None, "裸玫瑰还有吗", "3", None),
    ("beauty", None, "珊瑚橘多少钱", "21.00", None),
    ("beauty", None, "珊瑚橘還有嗎", "30", None),
    xfail("apparel", None, "signal orange in stock?", "60", None,
          reason="a variant named as viewers name it is missed"),
    xfail("snack", None, "12 pack price", "19.90", None,
          reason="a variant named as viewers name it is missed"),
    ("beauty", None, "nude rose is gorgeous", None, "Colour"),
    ("beauty", None, "how much is coral pop", "21.00", "19.00"),  # control
    ("beauty", None, "coral pop in stock?", "30", None),  # control
    ("beauty", LIPSTICK, "the ruby one in stock?", "120", None),  # control
    ("beauty", LIPSTICK, "the coral one price?", "21.00", "19.00"),  # control
    ("beauty", LIPSTICK, "is the red one in stock", "120", None),  # control
    ("beauty", None, "04 honey还有吗", "卖完", None),  # control
    ("beauty", None, "15 piece in stock?", "28", None),  # control
    ("beauty", None, "8個裝刷頭多少錢", "26.99", None),  # control: traditional
    ("beauty", SHAMPOO, "the oily one price?", "11.50", None),  # control
    ("beauty", None, "dry & damaged shampoo price", "12.50", None),  # control
    ("outdoor", None, "forest green in stock?", "40", None),  # control
    ("outdoor", None, "slate grey in stock?", "sold out", None),  # control
    ("beauty", None, "is the 100 ml in stock", None, None),  # control: the cream's or the perfume's
    ("beauty", None, "50ml多少钱", None, None),  # control: the cream's or the perfume's
    ("beauty", None, "i love the berry one", None, None),  # control: a remark
])
def test_a_variant_named_as_viewers_name_it(kbs: Shops, host: Persona, shop: str,
                                            on_air: str | None, question: str,
                                            right: str | None, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    if right is None:  # nothing is right but an abstention
        assert abstained(answer) and (wrong is None or wrong not in answer.text), answer.text
    else:
        assert said(answer.text, right, wrong), answer.text


# -- "which options are there" refused, or a choice answered with the list -----------------------
# before: the lipstick on air: "有哪些颜色"; "口红有几个色", "口紅有幾個顏色" → "好问题！这个我手头没有准确
# 信息"; "面霜有几种容量", "面霜有幾種容量", "刷头有几种装", "刷頭有幾種裝" → "…这个问题我不太清楚"; "how
# many pieces in the brush set" → "8-piece set: foundation, powder, …" (a 15-piece too); "which
# spf should i get for the beach" → "SPF: SPF 30, SPF 50+." and "which lipstick colour suits tan
# skin" → "Colour (color): Ruby Red, …" (a choice the facts do not make, answered with the list).

@pytest.mark.parametrize(("on_air", "question", "right"), [
    (LIPSTICK, "有哪些颜色", ("裸玫瑰", "Nude Rose")),
    (None, "口红有几个色", ("裸玫瑰", "Nude Rose")),
    (None, "口紅有幾個顏色", ("裸玫瑰", "Nude Rose")),
    (None, "面霜有几种容量", "100"),
    (None, "面霜有幾種容量", "100"),
    xfail(None, "刷头有几种装", "8", reason="which options there are is missed"),
    xfail(None, "刷頭有幾種裝", "8", reason="which options there are is missed"),
    (None, "how many pieces in the brush set", "15"),
    (None, "which spf should i get for the beach", None),
    (None, "which lipstick colour suits tan skin", None),
    (None, "which shades does the foundation have", "01 Porcelain"),  # control
    (None, "how many shades of foundation", "06 Espresso"),  # control
    (None, "粉底液有幾種色號", ("06 Espresso", "06浓咖")),  # control: traditional
    (None, "面霜有几个规格", ("100 ml", "100毫升")),  # control (the listing's Chinese)
    (None, "香水有几种规格", ("100 ml", "100毫升")),  # control
    (None, "what sizes does the perfume come in", "30 ml"),  # control
    (None, "防曬有幾個倍數", "SPF50+"),  # control: traditional
    (None, "how many heads in the pack", "8 heads"),  # control
    (None, "哪个色号适合黄皮", None),  # control: a choice
])
def test_which_options_there_are(kbs: Shops, host: Persona, on_air: str | None, question: str,
                                 right: str | tuple[str, ...] | None) -> None:
    answer = ask(kbs["beauty"], host, question, on_air=on_air)
    if right is None:  # a choice the facts do not make: not the list
        assert abstained(answer), answer.text
    else:
        assert not abstained(answer) and said(answer.text, right), answer.text


@pytest.mark.parametrize(("shop", "question", "right"), [
    ("gadget", "how many colours does the tracker come in", "pink"),  # control
    ("outdoor", "what sizes does the harness come in", "XL"),  # control
    ("apparel", "what colours does the jacket come in", "signal orange"),  # control
    ("apparel", "how many sizes do the sneakers come in", "5 to 12"),  # control
])
def test_which_options_there_are_in_other_shops(kbs: Shops, host: Persona, shop: str,
                                                question: str, right: str) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) and right in answer.text, answer.text


# -- a new aspect word the facts answer, refused -------------------------------------------------
# before (all "I don't know that about the X" / "I don't have that in front of me"): the
# foundation "does the foundation stay on all day", "粉底持妆多久" (wear: up to 24 hours); the
# moisturiser "will the face cream break me out" (non-comedogenic: yes); the perfume "is the
# perfume for guys", "香水男生能用吗" (FAQ: plenty of men wear it); the tent "is the tent ok for
# snow" (FAQ: 3-season, not for snow loads), "帐篷好搭吗", "帳篷好搭嗎" (setup time: about 10
# minutes); the dog food "狗粮有谷物吗" (FAQ: brown rice and oats); the shampoo "洗髮水有矽油嗎"
# (无硅油; 矽油 is 硅油 in Taiwan); the beanie "帽子扎不扎" (FAQ: keeps it from itching); the corn
# "玉米能生吃吗" (steamed before packing); the sunscreen "does the sunscreen have fragrance"
# (lightly scented); the fountain "does the fountain need a new filter" (every 2 to 4 weeks).

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("beauty", "does the foundation stay on all day", "24"),
    ("beauty", "粉底持妆多久", "24"),
    ("beauty", "will the face cream break me out", "comedogenic"),
    ("beauty", "is the perfume for guys", "men"),
    xfail("beauty", "香水男生能用吗", ("men", "男"), reason="a new aspect word's fact is refused"),
    xfail("outdoor", "is the tent ok for snow", "snow", reason="a new aspect word's fact is refused"),
    xfail("outdoor", "帐篷好搭吗", "10", reason="a new aspect word's fact is refused"),
    xfail("outdoor", "帳篷好搭嗎", "10", reason="a new aspect word's fact is refused"),
    xfail("outdoor", "狗粮有谷物吗", ("rice", "米"), reason="a new aspect word's fact is refused"),
    xfail("beauty", "洗髮水有矽油嗎", ("无硅油", "silicone"),
          reason="a new aspect word's fact is refused"),
    xfail("apparel", "帽子扎不扎", "itch", reason="a new aspect word's fact is refused"),
    xfail("sample", "玉米能生吃吗", ("熟", "steamed"), reason="a new aspect word's fact is refused"),
    ("beauty", "does the sunscreen have fragrance", "scented"),
    xfail("outdoor", "does the fountain need a new filter", "4 weeks",
          reason="a new aspect word's fact is refused"),
    ("apparel", "毛衣會扎人嗎", "不扎"),  # control: traditional
    ("apparel", "is the beanie itchy", "itching"),  # control
    ("outdoor", "頭燈能亮多久", "40"),  # control: traditional
    ("outdoor", "头灯充满电要多久", "3 hours"),  # control: charging, not runtime
    ("beauty", "牙刷充一次能用几天", "30"),  # control
    ("beauty", "is the foundation matte", "soft matte"),  # control
    ("beauty", "口红是哑光的吗", "缎光"),  # control
    ("beauty", "foundation matte or dewy?", "soft matte"),  # control
    ("gadget", "earbuds in matte black?", "matte black"),  # control
    ("outdoor", "登山杖能折叠吗", "不是折叠款"),  # control
    ("gadget", "is the laptop stand foldable", "folds flat"),  # control
    ("outdoor", "is the dog food grain free", "brown rice"),  # control
    ("beauty", "洗发水有硅油吗", "无硅油"),  # control
    ("beauty", "面霜会闷痘吗", "不致痘"),  # control
    ("beauty", "can kids use the sunscreen", "under 3"),  # control
    ("snack", "海苔孩子能吃吗", "小朋友"),  # control
    ("sample", "can i cook the beef in an instant pot", "pressure cooker"),  # control
    ("sample", "牛肉炖多久", "90"),  # control
    ("sample", "鸡蛋能生吃吗", "煮熟"),  # control
    ("apparel", "鞋子偏码吗", "尺码标准"),  # control
    ("beauty", "is the moisturiser scented", "fragrance free"),  # control
    ("beauty", "is the sunscreen scented", "lightly scented"),  # control
])
def test_a_new_aspect_word_the_facts_answer_is_answered(kbs: Shops, host: Persona, shop: str,
                                                       question: str,
                                                       right: str | tuple[str, ...]) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) and said(answer.text, right), answer.text


# -- a new aspect word in a remark or another sense answered ---------------------------------------
# before: the tee on air: "怎么画面变小了" ("why did the picture get smaller", the stream) → "纯棉V领
# T恤：已做预缩处理，首次洗涤缩水不到3%。"; the tent on air: "外面下雪了" ("it's snowing outside") → "山脊
# 双层帐篷：自立式三季双层帐篷…"; "鸡蛋是刚生的吗" ("freshly laid?") → "建议煮熟后食用，溏心蛋请确保…"
# (the eating-raw FAQ); "does the power bank charge wirelessly" → "Only small USB-C laptops that
# accept 20 W…" (nothing says wireless).

@pytest.mark.parametrize(("shop", "on_air", "question", "wrong"), [
    xfail("apparel", TEE, "怎么画面变小了", "缩水", reason="an aspect word answers a remark"),
    ("outdoor", TENT, "外面下雪了", "帐篷"),
    ("sample", None, "鸡蛋是刚生的吗", "煮熟"),
    xfail("gadget", None, "does the power bank charge wirelessly", "laptop",
          reason="an aspect word answers a remark"),
    ("apparel", SWEATER, "看得我手痒", None),  # control
    ("apparel", SWEATER, "我嗓子好痒", None),  # control
    ("apparel", TEE, "这件T恤好搭配吗", None),  # control: 搭配 is no setup
    ("apparel", TEE, "搭什么裤子好看", None),  # control
    ("gadget", SPEAKER, "is it high pitched", None),  # control: no pitching
    ("gadget", None, "is the case matte", None),  # control
    ("apparel", None, "毛衣会缩小吗", None),  # control: nothing says
    ("apparel", None, "牛仔裤洗了会变小吗", None),  # control: nothing says
    ("gadget", None, "does the car mount stay on the vent", None),  # control
    ("beauty", None, "is the razor for women", None),  # control
    ("beauty", None, "洗发水香味重吗", None),  # control
    ("sample", BEEF, "can i eat the beef raw", None),  # control
])
def test_an_aspect_word_in_a_remark_is_not_answered(kbs: Shops, host: Persona, shop: str,
                                                    on_air: str | None, question: str,
                                                    wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    assert abstained(answer) and (wrong is None or wrong not in answer.text), answer.text


def test_a_discount_word_is_not_folding(kbs: Shops, host: Persona) -> None:
    """能折价吗 ("can you knock the price down") with the (foldable) laptop stand on air: a deals
    ask, not its folding (control)."""
    answer = ask(kbs["gadget"], host, "能折价吗", on_air=STAND)
    assert "折叠" not in answer.text and "fold" not in answer.text, answer.text


# -- a word of another product's name taken for that product, not the aspect asked ---------------
# before: "what spf is the foundation" → "Soleil Invisible Fluid Sunscreen 50 ml: SPF: SPF 30, SPF
# 50+." (the foundation is SPF 15); "foundation spf?" → "Sorry, we don't carry foundation spf
# tonight."; "what fragrance is the moisturiser" → "Nuit de Fleurs Eau de Parfum: top notes:
# bergamot, pink pepper." (fragrance free); "is the shampoo fragrance free" → "…we don't carry
# shampoo fragrance"; "is the moisturiser fragrance free or not? i'm allergic" → "…we don't carry
# moisturiser fragrance"; "is the case tempered glass" → "ClearGuard Tempered Glass Screen
# Protector (3 pack): case friendly: yes…"; "how long does the earbuds case last" → "…we don't
# carry earbuds case" (28 hours with the case); "what stand does the ring light have" → "I don't
# know that about the Liftdesk Aluminium Laptop Stand" (a tripod, 46 cm to 160 cm); "what filter
# does the fountain have" → "ClearFlow Squeeze Water Filter: filter: 0.1 micron hollow fibre."
# (carbon and ion-exchange); "is the sweater v-neck" → "…we don't carry sweater v-neck" (crew
# neck); "is the beanie merino" → "…we don't carry beanie merino" (70% wool); "are both the beef
# and the eggs in stock" (the eggs on air) → "…Beef Shank: 1200 left at ¥89.90." (the eggs: 3000).

@pytest.mark.parametrize(("shop", "on_air", "question", "right", "wrong"), [
    ("beauty", None, "what spf is the foundation", "15", "SPF 30"),
    ("beauty", None, "foundation spf?", "15", "don't carry"),
    ("beauty", None, "what fragrance is the moisturiser", "fragrance free", "bergamot"),
    ("beauty", None, "is the shampoo fragrance free", None, "don't carry"),
    ("beauty", None, "is the moisturiser fragrance free or not? i'm allergic", "fragrance free",
     "don't carry"),
    xfail("gadget", None, "is the case tempered glass", None, "case friendly",
          reason="another product's name word is taken for that product"),
    xfail("gadget", None, "how long does the earbuds case last", "28", "don't carry",
          reason="another product's name word is taken for that product"),
    xfail("gadget", None, "what stand does the ring light have", "160", "Liftdesk",
          reason="another product's name word is taken for that product"),
    ("outdoor", None, "what filter does the fountain have", "carbon", "hollow fibre"),
    ("apparel", None, "is the sweater v-neck", "crew", "don't carry"),
    xfail("apparel", None, "is the beanie merino", "wool", "don't carry",
          reason="another product's name word is taken for that product"),
    xfail("sample", EGGS, "are both the beef and the eggs in stock", "3000", None,
          reason="another product's name word is taken for that product"),
    ("beauty", None, "is the velours lipstick matte", "satin", "Foundation"),  # control
    ("beauty", None, "is the lipstick matte or nah", "satin", "Foundation"),  # control
    ("beauty", None, "粉底有防晒吗", "SPF15", "SPF30"),  # control
    ("beauty", None, "what scent is the perfume", "bergamot", None),  # control
    ("beauty", None, "does the moisturiser have spf", None, "SPF 30"),  # control
    ("beauty", None, "面霜含维C吗", None, "15%"),  # control
    ("beauty", None, "is the hair dryer good for curly hair", None, "Curly"),  # control
    ("sample", None, "牛肉是不是草飼的", "吃草", None),  # control: traditional
    ("apparel", None, "毛衣是V领吗", "圆领", "T恤"),  # control
    ("apparel", None, "is the jacket wool", None, "Merino"),  # control
    ("gadget", None, "is the case magnetic", "MagSafe", None),  # control
    ("outdoor", None, "is the headlamp waterproof", "IPX4", "Boots"),  # control
    ("outdoor", None, "is the tent waterproof", "3000", "Boots"),  # control
    ("sample", None, "which is cheaper, the beef or the eggs", "39.90", None),  # control
])
def test_a_word_of_another_products_name_is_the_aspect(kbs: Shops, host: Persona, shop: str,
                                                       on_air: str | None, question: str,
                                                       right: str | None,
                                                       wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    ok = abstained(answer) if right is None else not abstained(answer) and right in answer.text
    assert ok and (wrong is None or wrong not in answer.text), answer.text


# -- a measure in the product's own name taken as the aspect asked ------------------------------
# before: "how much is the 1800W hair dryer" → "Aerolux Ionic Hair Dryer 1800 W: power: 1800 W.
# (€79.00 tonight.)"; "how much is the 250 ml shampoo", "how much is the 50 ml sunscreen", "how
# bright is the 400 headlamp" → "I don't know that about the X" (€11.50 to €12.50; €16.90 to
# €18.90; 400 lumens); "how many watts is the 15W charger" → "input: USB-C 20 W or more." (15 W
# out); "how much is the 10-inch ring light" → "size: 10 inches (26 cm). (£22.99 tonight.)"; "how
# much is the 500g mango" → "weight: 500 g. (¥39.90 tonight.)".

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("beauty", "how much is the 1800W hair dryer", "79.00", "power:"),
    ("beauty", "how much is the 250 ml shampoo", "11.50", None),
    ("beauty", "how much is the 50 ml sunscreen", "16.90", None),
    ("outdoor", "how bright is the 400 headlamp", "400 lumens", None),
    xfail("gadget", "how many watts is the 15W charger", "15 W", "input",
          reason="a measure in the name is taken as the aspect"),
    ("gadget", "how much is the 10-inch ring light", "22.99", "size:"),
    ("snack", "how much is the 500g mango", "39.90", "weight:"),
    ("beauty", "1800瓦吹风机多少钱", "79.00", "功率"),  # control
    ("beauty", "50毫升的防晒多少钱", "16.90", None),  # control
    ("outdoor", "20 L daypack price", "59.00", "capacity"),  # control
    ("gadget", "100W cable price", "7.99", None),  # control
    ("gadget", "10寸补光灯多少钱", "22.99", "size"),  # control
    ("sample", "65寸电视多少钱", "2999", None),  # control
    ("snack", "how many grams is the 250 g jerky", "250 g", None),  # control: the measure asked
    ("snack", "牛肉干一斤多少钱", "99.80", None),  # control: a per-unit ask with a weight
    ("beauty", "price per lipstick", "19.00", None),  # control: no count, the price
    ("beauty", "一片面膜多少钱", "卖完", None),  # control: sold out
])
def test_a_measure_in_the_name_is_its_name(kbs: Shops, host: Persona, shop: str, question: str,
                                          right: str, wrong: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) and said(answer.text, right, wrong), answer.text


# -- the host's family asked, or a kids ask taken for it -----------------------------------------
# before: the seaweed on air: "你家孩子吃这个海苔吗" ("do your kids eat this seaweed") → "香脆海苔
# 12包：适合，少盐配方，小朋友很爱吃。"; "can my kids eat this" → "Good question. I don't have that in
# front of me" (FAQ: popular with children); the sunscreen on air: "what age can use it" → "I
# don't know that about the Soleil…" (FAQ: under 3, a mineral sunscreen).

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("snack", SEAWEED, "你家孩子吃这个海苔吗", None),
    ("snack", SEAWEED, "can my kids eat this", "children"),
    xfail("beauty", SUNSCREEN, "what age can use it", "under 3", reason="a family or kids ask is misread"),
    ("snack", SEAWEED, "你家孩子几岁了", None),  # control
    ("snack", SEAWEED, "how old is your son", None),  # control
    ("snack", SEAWEED, "do your kids eat this", None),  # control
    ("beauty", SUNSCREEN, "你家宝宝用这个吗", None),  # control
    ("outdoor", DOG, "你家狗吃这个吗", None),  # control
    ("beauty", TOOTHBRUSH, "my kids love this one", None),  # control: a remark
    ("snack", SEAWEED, "几岁的孩子能吃", "小朋友"),  # control
    ("snack", SEAWEED, "小孩能吃吗", "小朋友"),  # control
    ("beauty", SUNSCREEN, "多大孩子能用", "under 3"),  # control
    ("outdoor", DOG, "is it ok for puppies", "puppy"),  # control
])
def test_the_hosts_family_is_no_product_question(kbs: Shops, host: Persona, shop: str,
                                                 on_air: str, question: str,
                                                 right: str | None) -> None:
    answer = ask(kbs[shop], host, question, on_air=on_air)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert not abstained(answer) and right in answer.text, answer.text


# -- chat around a yes / no (controls: the round holds) ------------------------------------------

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("apparel", "does the rain jacket have a hood or nah", "hood"),  # control
    ("apparel", "raincoat hooded or not? it rains a lot here", "hood"),  # control
    ("snack", "is the jerky spicy or nah", "hot"),  # control
    ("snack", "jerky spicy? i can't handle heat", "hot"),  # control
    ("outdoor", "is the tent waterproof or not?", "3000"),  # control
])
def test_chat_around_a_yes_no_is_not_asked(kbs: Shops, host: Persona, shop: str, question: str,
                                           right: str) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) and right in answer.text, answer.text


# == a careless model's drafts through the verifier ============================================

# -- a wrong draft accepted ----------------------------------------------------------------------
# before: accepted. "what spf is the foundation" → "SPF 50+." (the sunscreen's; the foundation
# is SPF 15); "what fragrance is the moisturiser" → "Bergamot and pink pepper." (the perfume's;
# fragrance free); "is the perfume for guys" → "No, women only." (FAQ: plenty of men wear it);
# "what filter does the fountain have" → "0.1 micron hollow fibre." (the water filter's).

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("beauty", None, "what spf is the foundation", "SPF 50+."),
    ("beauty", None, "what fragrance is the moisturiser", "Bergamot and pink pepper."),
    xfail("beauty", None, "is the perfume for guys", "No, women only.",
          reason="a wrong draft is accepted"),
    ("outdoor", None, "what filter does the fountain have", "0.1 micron hollow fibre."),
    ("apparel", None, "does the rain jacket have a hood or nah", "No hood."),  # control
    ("snack", None, "nuts salted or not? bp issues", "Yes, salted."),  # control
    ("snack", None, "nuts salted or not? bp issues", "They're fine for high blood pressure."),  # control
    ("snack", None, "坚果加盐了吗？我血压高", "放心，高血压也能吃。"),  # control
    ("beauty", None, "is the lipstick matte or nah", "Yes, matte."),  # control
    ("beauty", None, "how many colours does the lipstick come in", "Three colours."),  # control
    ("beauty", None, "口红有几个颜色", "六个颜色。"),  # control
    ("beauty", None, "粉底液有07色号吗", "有07色号。"),  # control
    ("beauty", None, "perfume in 150 ml?", "Yes, 150 ml is €120."),  # control
    ("outdoor", None, "is the tent ok for snow", "Yes, great in snow."),  # control
    ("sample", None, "鸡蛋能生吃吗 还是得煮", "可以生吃。"),  # control
    ("snack", SEAWEED, "你家孩子几岁了", "三岁了。"),  # control
    ("beauty", LIPSTICK, "the honey one in stock?", "Yes, 40 left."),  # control
])
def test_a_wrong_draft_is_rejected(kbs: Shops, host: Persona, shop: str, on_air: str | None,
                                   question: str, draft: str) -> None:
    assert not check(kbs[shop], host, question, draft, on_air=on_air).ok


# -- a right draft rejected ----------------------------------------------------------------------
# before: rejected. "how many colours does the lipstick come in" → "Four: Ruby Red, Nude Rose,
# Berry Crush, Coral Pop." ("number not from a slot '4 ruby'"); "口红有几个颜色" → "四个：正红、裸玫
# 瑰、浆果紫、珊瑚橘。"; "is the moisturiser fragrance free or not? i'm allergic" → "Yes, fragrance
# free." ("answers yes or no with nothing cited"); "is the sunscreen ok for kids or not? my son is
# 2" → "For under 3s we suggest a mineral sunscreen."; "what spf is the foundation" → "SPF 15.";
# "粉底液有07色号吗" → "没有，只有01到06。"; "15-piece brush set price" → "€39.00."; "does the
# foundation stay on all day" → "Yes, up to 24 hours."; "is the tent ok for snow" → "No, it's
# 3-season, not for snow loads."; "帆布鞋有40码吗" → "有40码。"; "what filter does the fountain
# have" → "Carbon and ion-exchange."; the foundation on air: "the honey one in stock?" → "Sorry,
# 04 Honey is sold out." ("scarcity the stock does not back"); "is the perfume for guys" →
# "Plenty of men wear it." ("does not address what was asked: guy").

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("beauty", None, "how many colours does the lipstick come in",
          "Four: Ruby Red, Nude Rose, Berry Crush, Coral Pop.", reason="a right draft is rejected"),
    xfail("beauty", None, "口红有几个颜色", "四个：正红、裸玫瑰、浆果紫、珊瑚橘。",
          reason="a right draft is rejected"),
    ("beauty", None, "is the moisturiser fragrance free or not? i'm allergic", "Yes, fragrance free."),
    xfail("beauty", None, "is the sunscreen ok for kids or not? my son is 2",
          "For under 3s we suggest a mineral sunscreen.", reason="a right draft is rejected"),
    ("beauty", None, "what spf is the foundation", "SPF 15."),
    xfail("beauty", None, "粉底液有07色号吗", "没有，只有01到06。", reason="a right draft is rejected"),
    xfail("beauty", None, "15-piece brush set price", "€39.00.", reason="a right draft is rejected"),
    xfail("beauty", None, "does the foundation stay on all day", "Yes, up to 24 hours.",
          reason="a right draft is rejected"),
    xfail("outdoor", None, "is the tent ok for snow", "No, it's 3-season, not for snow loads.",
          reason="a right draft is rejected"),
    xfail("apparel", None, "帆布鞋有40码吗", "有40码。", reason="a right draft is rejected"),
    ("outdoor", None, "what filter does the fountain have", "Carbon and ion-exchange."),
    ("beauty", FOUNDATION, "the honey one in stock?", "Sorry, 04 Honey is sold out."),
    ("beauty", None, "is the perfume for guys", "Plenty of men wear it."),
    ("apparel", None, "does the rain jacket have a hood or nah", "Yes, adjustable hood."),  # control
    ("snack", None, "nuts salted or not? bp issues", "No added salt."),  # control
    ("snack", None, "坚果加盐了吗？我血压高", "没有加盐。"),  # control
    ("beauty", None, "is the lipstick matte or nah", "No, satin."),  # control
    ("beauty", None, "how many colours does the lipstick come in",
     "Ruby Red, Nude Rose, Berry Crush and Coral Pop."),  # control
])
def test_a_right_draft_is_accepted(kbs: Shops, host: Persona, shop: str, on_air: str | None,
                                   question: str, draft: str) -> None:
    verdict = check(kbs[shop], host, question, draft, on_air=on_air)
    assert verdict.ok, verdict.problems
