"""Attacks on answering, eleventh outside round (issue 14), after the changes that name a variant
by the Chinese a spec group gives beside its English (幼犬粮 → Puppy), by a band value or the band
holding the viewer's measure ("my dog is 30kg"), by the letter size leading its value (M号 of
"M 70 cm"), by a one-word value no other listing says ("any duck left"); say what a variant
comes in for two values never sold together ("senior 12kg"); give the least maximum that holds a
weight ("which lead for a 20kg dog"); price a total for several bought at the unit price; price
a part sold on its own only as a fact; answer the policy naming the place asked (拉萨), "how much
to post it" as shipping and a warranty only for the products it names; answer a colour ask only
by a colour fact; and let the verifier quote across an English sentence end, pass a "no" that
gives the count, end the question at a comma before the viewer's own case and ask no yes/no of
"as well / also / possible".

A fresh viewer's questions in English and Chinese over the pets shop, the sample show and the
gadget / outdoor shops, and a careless model's drafts through the verifier. One test per KIND
of wrong answer found, a few wordings each; every "before:" is what Hawker said. The right
behaviour is asserted (an honest abstention is right where the facts do not say);
`xfail(strict=True)` marks, case by case, what fails today, so a fix turns it into an XPASS that
fails until its marker goes. Unmarked cases are controls that pass today.

The viewer's questions are also rows of
bot/answers/understand/data/answers_attack11.jsonl (`python bench/understanding.py --part
answers --split attack11`), asked there with the bench's two live deals per shop.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, abstained, answered, ask, check, said, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona


@pytest.fixture(scope="module")
def kbs() -> Shops:
    """The dev shops, no promotion live."""
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), **{name: shop_kb(name) for name in (
        "pets", "gadget", "outdoor")}}



# == a viewer's questions ======================================================================

# -- a life stage named by the Chinese beside its English, or by the alias it is ---------------
# before: "老年犬粮还有吗" → "炉边 鸡肉糙米狗粮：还有351份，£9.99到£45.99。" (351 is every bag; the senior
# bags have 62); "senior dog food in stock?" → "…Dry Dog Food: 351 left, £9.99 to £45.99."; "幼犬粮
# 还有多少" → "还有351份" (puppy: 109); "幼犬粮多少钱" → "今晚£9.99到£45.99" (no puppy bag is £9.99:
# £10.99 to £45.99); "puppy food price" → "£9.99 to £45.99"; "老年犬粮多少钱" → "£9.99到£45.99"
# (senior: £10.49 to £25.99): the alias 幼犬粮 / puppy food names the product, never its stage.

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("pets", "老年犬粮还有吗", "62", "351"),
    ("pets", "senior dog food in stock?", "62", "351"),
    ("pets", "幼犬粮还有多少", "109", "351"),
    ("pets", "幼犬粮多少钱", "10.99", "9.99"),
    ("pets", "puppy food price", "10.99", "9.99"),
    ("pets", "老年犬粮多少钱", "10.49", "9.99"),
    ("pets", "幼犬的狗粮6公斤多少钱", "26.99", None),  # control
    ("pets", "puppy food 6kg price", "26.99", None),  # control
    ("pets", "成犬粮12公斤还有吗", "卖完", None),  # control
    ("pets", "三文鱼皮的零食多少钱", "5.49", None),  # control
    ("pets", "牛肺多少钱", "5.99", None),  # control
    ("pets", "鸡胸肉零食还有吗", "140", None),  # control
    ("pets", "三文鱼味猫粮多少钱", "11.49", None),  # control
    ("pets", "藏青色胸背M号多少钱", "21.99", None),  # control
])
def test_a_life_stage_named_in_chinese_or_by_alias(kbs: Shops, host: Persona, shop: str,
                                                   question: str, right: str,
                                                   wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a weight band named by its size word, or a measure no band holds ---------------------------
# before: "大型犬驱虫多少钱" → "抱歉，今晚没有犬驱虫哦。" (Large 20-40 kg: £18.99); "小型犬驱虫还有吗" → "抱
# 歉，今晚没有犬驱虫哦。" (Small: 55); "large flea drops price" and "extra large flea price" →
# "£14.99 to £20.99 tonight, depending on the option."; "超大型驱虫多少钱" → "今晚£14.99到£20.99"
# (Extra Large: £20.99); "flea treatment for a 20kg dog" (the edge of Medium and Large) and "my
# dog is 65kg which flea stuff" (past every band) → "…Spot-On for Dogs: age: dogs from 8 weeks and
# over 2 kg." (another aspect: the bands answer).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("pets", "大型犬驱虫多少钱", "18.99", "今晚没有"),
    ("pets", "小型犬驱虫还有吗", "55", "今晚没有"),
    ("pets", "large flea drops price", "18.99", "14.99"),
    ("pets", "extra large flea price", "20.99", "14.99"),
    ("pets", "超大型驱虫多少钱", "20.99", "14.99"),
    ("pets", "flea treatment for a 20kg dog", None, "age:"),
    ("pets", "my dog is 65kg which flea stuff", None, "age:"),
    ("pets", "大型犬的驱虫滴剂多少钱", "18.99", None),  # control
    ("pets", "小型犬的驱虫多少钱", "14.99", None),  # control
    ("pets", "中型的驱虫滴剂还有吗", "62", None),  # control
    ("pets", "20到40公斤的驱虫多少钱", "18.99", None),  # control
    ("pets", "flea drops 20 to 40 kilos price", "18.99", None),  # control
    ("pets", "my dog is 30kg which flea treatment", "20-40 kg", None),  # control
    ("pets", "我家狗10斤用哪个驱虫", "2-10", None),  # control: 5 kg
    ("pets", "for a 15 lb dog which spot on", "2-10 kg", None),  # control: 6.8 kg
    ("pets", "我家狗20公斤用哪个驱虫", None, "20-40"),  # control: on the edge, none named
    ("pets", "flea treatment for a 10 kg dog how much", "14.99 to", None),  # control: edge
    ("pets", "my dog is 1.5kg flea drops ok?", "over 2 kg", None),  # control
])
def test_a_weight_band_named(kbs: Shops, host: Persona, shop: str, question: str,
                             right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a letter size leading its value (controls: each holds) -------------------------------------

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("pets", "M号狗窝多少钱", "34.99"),  # control
    ("pets", "medium dog bed price", "34.99"),  # control
    ("pets", "大号狗窝还有吗", "10"),  # control
    ("pets", "large bed how much", "44.99"),  # control
    ("pets", "small donut bed price", "24.99"),  # control
    ("pets", "M号胸背多少钱", "21.99"),  # control
    ("pets", "medium harness price", "21.99"),  # control
])
def test_a_letter_size_names_its_variant(kbs: Shops, host: Persona, shop: str, question: str,
                                         right: str) -> None:
    answered(kbs, host, shop, question, right, None)


# -- a one-word value that several listings say, taken as one product's --------------------------
# before: "any chicken left?" → "Hearthside™ Chicken & Brown Rice Dry Dog Food: 351 left, £9.99 to
# £45.99." (chicken is also a cat-food flavour and a treat: nothing says which).

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("pets", "any chicken left?", None),
    ("pets", "got any duck still", "6"),  # control: only the cat food says duck
    ("pets", "beef lung price", "5.99"),  # control
    ("pets", "any salmon left?", None),  # control: the cat food's and the treats'
    ("pets", "how much is navy", None),  # control: a colour names nothing
])
def test_a_one_word_value(kbs: Shops, host: Persona, shop: str, question: str,
                          right: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert said(answer.text, right), answer.text


# -- two values never sold together (controls: each says what that one comes in) ---------------

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("pets", "senior 12kg", "2 kg, 6 kg"),  # control
    ("pets", "senior dog food 12kg price", "2 kg, 6 kg"),  # control
    ("pets", "老年犬12公斤多少钱", "2公斤、6公斤"),  # control
    ("pets", "XL in navy", "Black"),  # control
    ("pets", "XS in black?", "Navy, Coral"),  # control
    ("pets", "coral size L?", "Black, Navy"),  # control
    ("pets", "珊瑚粉的胸背有L码吗", "黑色"),  # control
    ("gadget", "3m white cable price", "Black"),  # control
    ("gadget", "3米白色的线多少钱", "黑色"),  # control
])
def test_two_values_never_sold_together(kbs: Shops, host: Persona, shop: str, question: str,
                                        right: str) -> None:
    answered(kbs, host, shop, question, right, None)


# -- a weight the product's own maximum answers, refused ------------------------------------------
# before: "will the carrier fit a 10kg cat" → "I don't know that about the Voyage Top-Loading Cat
# Carrier" (up to 8 kg); "scratching post ok for 9kg cat" → "I don't know that about the Sisal
# Tower Cat Scratching Post 80 cm" (steady for cats up to about 7 kg); "is the 3 metre lead fine
# for a 20 kilo dog" → "Good question. I don't have that in front of me" (3 m up to 12 kg).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("pets", "will the carrier fit a 10kg cat", "8 kg", None),
    xfail("pets", "scratching post ok for 9kg cat", "7 kg", None,
          reason="a weight the product's own maximum answers is refused"),
    ("pets", "8 kg cat in the carrier ok?", "8 kg", None),  # control
    ("pets", "which lead for a 20kg dog", "5 m up to 25 kg", "3 m up to"),  # control
    ("pets", "which lead for a 5kg dog", "3 m up to 12 kg", None),  # control
    ("pets", "which lead for a 12kg dog", "3 m up to 12 kg", None),  # control
    ("pets", "is the 3 metre lead fine for a 20 kilo dog", "3 m up to 12 kg", None),
    ("pets", "3米的牵引绳能拉20公斤的狗吗", "3米承重12公斤", None),  # control (the FAQ says 承重)
    ("pets", "is the 8m lead ok for a 30kg dog", "8 m up to 50 kg", None),  # control
    ("pets", "which lead for a 60kg dog", None, "up to 50 kg"),  # control: none holds it
])
def test_a_weight_for_a_maximum(kbs: Shops, host: Persona, shop: str, question: str,
                                right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a total for several bought, told not carried or refused -------------------------------------
# before: "if I buy 3 tvs whats that come to" → "Sorry, we don't carry tvs whats tonight."; "if I
# buy three cables whats that come to" → "Sorry, we don't carry cables whats tonight."; "买两根2米的
# 线一共多少" → "好问题！这个我手头没有准确信息" (£9.99 each).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("sample", "if I buy 3 tvs whats that come to", "2999", "don't carry",
          reason="a total for several bought is refused"),
    xfail("gadget", "if I buy three cables whats that come to", "7.99", "don't carry",
          reason="a total for several bought is refused"),
    xfail("gadget", "买两根2米的线一共多少", "9.99", None,
          reason="a total for several bought is refused"),
    ("pets", "if I buy three cat food boxes whats that come to", "11.49", None),  # control
    ("sample", "买两箱苹果一共多少", "49.90", None),  # control
    ("pets", "how much for 12 pouches", "11.49", None),  # control: the pack size
    ("pets", "买三个牵引绳多少钱", "12.99", None),  # control
])
def test_a_total_for_several(kbs: Shops, host: Persona, shop: str, question: str, right: str,
                             wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


@pytest.mark.parametrize(("shop", "question"), [
    ("sample", "tv and air fryer together how much"),  # control: no one price
    ("pets", "litter and cat food together how much"),  # control
])
def test_two_products_together_is_no_unit_price(kbs: Shops, host: Persona, shop: str,
                                                question: str) -> None:
    assert abstained(ask(kbs[shop], host, question))


# -- a part sold on its own ----------------------------------------------------------------------
# before: "is the gas canister sold separately" → "Good question. I don't have that in front of
# me" (the stove's FAQ: "the isobutane canister is sold separately").

@pytest.mark.parametrize(("shop", "question", "right"), [
    xfail("outdoor", "is the gas canister sold separately", "sold separately",
          reason="a part the facts say is sold on its own is refused"),
    ("pets", "fountain filters sold separately?", None),  # control: nothing says
    ("pets", "饮水机的滤芯有单独卖的吗", None),  # control
    ("sample", "purifier filters sold separately?", None),  # control
    ("sample", "净水器滤芯单卖吗", None),  # control
    ("pets", "do you sell the plug separately for the fountain", None),  # control
])
def test_a_part_sold_on_its_own(kbs: Shops, host: Persona, shop: str, question: str,
                                right: str | None) -> None:
    answer = ask(kbs[shop], host, question)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert said(answer.text, right), answer.text


# -- the policy for a place, for posting, for a warranty ------------------------------------------
# before: "拉萨和北京都包邮吗" → "付款后48小时内发货，中国大陆全场包邮。…" (the standard policy only:
# Tibet takes 5 to 8 days and no fresh food); "does the ring light have a warranty", "ring light
# warranty?" and "warranty on the screen protector?" → "The power banks, the wireless charger, …
# carry a 2-year warranty. Braidline cables have a lifetime guarantee against fraying." (the
# other products' sentences: the ring light and protectors are covered for 1 year); "is the
# charger covered" → "I don't know that about the MagDisc Qi2 15W Magnetic Wireless Charger" (2
# years); "how much to post a letter to you" → the delivery policy "(Cloudclump Unscented Cl…"
# (a product nobody named).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("sample", "拉萨和北京都包邮吗", "西藏", None,
          reason="the policy for the place or product asked is missed"),
    ("gadget", "does the ring light have a warranty", "1 year", "Braidline"),
    ("gadget", "ring light warranty?", "1 year", "Braidline"),
    ("gadget", "warranty on the screen protector?", "1 year", "Braidline"),
    xfail("gadget", "is the charger covered", "2-year", None,
          reason="the policy for the place or product asked is missed"),
    xfail("pets", "how much to post a letter to you", None, "Cloudclump",
          reason="the policy for the place or product asked is missed"),
    ("sample", "发货到拉萨多少钱", "西藏", None),  # control
    ("sample", "拉萨包邮吗", "西藏", None),  # control
    ("sample", "ship to lhasa?", "Tibet", None),  # control
    ("gadget", "环形灯有保修吗", "1年", None),  # control
    ("sample", "is the tv covered by warranty", "3 years", None),  # control
    ("pets", "how much to post it", "3.95", None),  # control
    ("gadget", "how much to post it", "3.49", None),  # control
    ("fitness", "how much to post it", "6.99", None),  # control
    ("pets", "how much to post it to belfast", "7.95", None),  # control
    ("pets", "寄到北爱尔兰多少钱", "7.95", None),  # control
    ("pets", "i want to post it back how much", None, "3.95"),  # control: a return
    ("pets", "can you post it on the screen", None, "3.95"),  # control
    ("pets", "is the fountain warranty", None, "year"),  # control: no warranty policy
])
def test_the_policy_asked(kbs: Shops, host: Persona, shop: str, question: str,
                          right: str | None, wrong: str | None) -> None:
    if shop not in kbs:
        kbs[shop] = shop_kb(shop)
    answered(kbs, host, shop, question, right, wrong)


# -- a colour asked (controls: a colour fact answers) ---------------------------------------------

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("pets", "harness come in red?", "Navy, Coral, Black"),  # control
    ("pets", "红色的胸背有吗", "藏青"),  # control
    ("pets", "dog bed come in blue?", "grey"),  # control
    ("pets", "chew toy in red?", "orange"),  # control
    ("pets", "is the chew toy orange?", "orange"),  # control
    ("pets", "狗窝有别的颜色吗", "灰色"),  # control
])
def test_a_colour_asked(kbs: Shops, host: Persona, shop: str, question: str, right: str) -> None:
    answered(kbs, host, shop, question, right, None)


# == a careless model's drafts through the verifier ============================================

# -- a wrong draft accepted (controls: each is rejected) ------------------------------------------

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("pets", "two cats in one carrier?", "No, it holds 3 cats."),  # control
    ("pets", "two cats in one carrier?", "No, it fits 2 cats."),  # control
    ("pets", "is the carrier ok for 2 cats?", "No, it holds 3 cats."),  # control
    ("pets", "can the lead walk two dogs?", "No, it walks 3 dogs."),  # control
    ("pets", "is the bed waterproof, my dog leaks", "Yes, it is waterproof."),  # control
    ("pets", "can kittens eat the pouches as well", "Yes, kittens can eat it too."),  # control
    ("pets", "is it possible to flush the litter", "Yes, it is flushable."),  # control
    ("pets", "is the dog food also grain free", "Yes, it is grain free."),  # control
    ("pets", "is the fountain quiet, my cat is scared", "Yes, it is silent at 40 dB."),  # control
    ("gadget", "how much is delivery", "Delivery is £3.49. Next-day is free."),  # control
    ("pets", "how much is delivery", "Delivery is £3.95. Next-day is £5.99."),  # control
    ("pets", "can i get a 6 pack of pouches", "Yes, a 6 pack is £5.99."),  # control
])
def test_a_wrong_draft_is_rejected(kbs: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    assert not check(kbs[shop], host, question, draft).ok


# -- a right draft rejected ----------------------------------------------------------------------
# before: rejected. "how much is delivery" → "It's £3.49. Next-day delivery is £5.99." ("number
# not from a slot 's 3.49'": the contraction is read as the quotation's start); "is the fountain
# quiet, my cat is scared" → "Yes, under 25 dB." ("answers yes/no about what no cited passage
# mentions: 'scared'": the viewer's own case after the comma).

@pytest.mark.parametrize(("shop", "question", "draft"), [
    xfail("gadget", "how much is delivery", "It's £3.49. Next-day delivery is £5.99.",
          reason="a right draft is rejected"),
    ("pets", "is the fountain quiet, my cat is scared", "Yes, under 25 dB."),
    ("gadget", "how much is delivery", "Delivery is £3.49. Next-day delivery is £5.99."),  # control
    ("gadget", "how much is delivery", "Under £25 delivery is £3.49."),  # control
    ("pets", "how much is delivery",
     "Under £35 delivery is £3.95. Orders by 1 pm ship the same day."),  # control
    ("pets", "two cats in one carrier?", "No, sized for one cat."),  # control
    ("pets", "is the carrier ok for 2 cats?", "No, one cat up to 8 kg."),  # control
    ("pets", "can the lead walk two dogs?", "No, one dog at a time."),  # control
    ("pets", "can the lead walk two dogs as well", "No, it is for one dog at a time."),  # control
    ("pets", "is the bed waterproof, my dog leaks", "No, it is not waterproof."),  # control
    ("pets", "is the bed waterproof, and is it washable", "No, it is not waterproof."),  # control
    ("pets", "can kittens eat the pouches as well",
     "No, it is for adult cats from 1 year."),  # control
    ("pets", "is it possible to flush the litter", "No, bag it and bin it."),  # control
    ("gadget", "is the case warranty", "Yes, cases are covered for 1 year."),  # control
])
def test_a_right_draft_is_accepted(kbs: Shops, host: Persona, shop: str, question: str,
                                   draft: str) -> None:
    verdict = check(kbs[shop], host, question, draft)
    assert verdict.ok, verdict.problems


@pytest.mark.parametrize(("shop", "question", "right"), [
    ("pets", "two cats in one carrier?", "one cat"),  # control
    ("pets", "is the bed waterproof, my dog leaks", "not waterproof"),  # control
    ("pets", "is the bed waterproof, and how much is it", "24.99"),  # control: two asks
    ("pets", "is the fountain quiet, my cat is scared", "25 dB"),  # control
    ("pets", "can kittens eat the pouches as well", "adult cats"),  # control
    ("pets", "is the dog food grain free also", "not grain free"),  # control
    ("pets", "is it possible to flush the litter", "bin"),  # control
])
def test_the_template_answer_passes_the_verifier(kbs: Shops, host: Persona, shop: str,
                                                 question: str, right: str) -> None:
    answer = ask(kbs[shop], host, question)
    assert not abstained(answer) and right in answer.text, answer.text
