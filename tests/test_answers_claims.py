"""One test per kind of claim the verifier checks (bot/answers/verifier.py), each calling its
check function directly on a filled draft over the sample show's live facts."""

from __future__ import annotations

import pytest
from answers_support import fresh_kb, persona

from bot.answers import gather
from bot.answers import verifier as v
from bot.answers.llm import guarded_text
from bot.answers.slots import Draft, fill, lift, slot_values
from knowledge import Policy, Promotion

NOW = 1_750_000_000.0
BEEF = "BEEF-SHANK-1KG"


@pytest.fixture
def kb():
    return fresh_kb()


def read(kb, question: str, template: str, cite: str | None = None) -> v.Reading:
    """The draft `template` for `question`, citing the passages whose text contains `cite`."""
    g = gather(kb.retrieve(question), kb.facts, kb.catalog, now=NOW, policies=kb.policies)
    cites = tuple(p.id for p in g.passages if cite and cite in p.text)
    assert not cite or cites, [p.text for p in g.passages]
    return v.reading(fill(Draft(template, cites), g), g)


def test_numbers(kb):
    q = "how long to braise the beef"
    assert v.numbers(read(kb, q, "Beef: {price} tonight, about 90 minutes to braise."))  # uncited
    assert not v.numbers(read(kb, q, "About 90 minutes on a low simmer.", cite="90 minutes"))
    for draft in ("Beef: {price}, and just 48 for two packs!", "只要八十", "eighty yuan",
                  "四十九一包", "今晚十二点截止", "ends at midnight", "until Sunday", "明天中午截止",
                  "拍两件送一包卤料", "Beef is ９９ tonight", "half the usual price",
                  "About 40 minutes on a low simmer."):
        assert v.numbers(read(kb, q, draft, cite="90 minutes")), draft
    phone = v.numbers(read(kb, q, "打电话一三八零零一三八零零零"))
    assert any("phone-like" in p for p in phone)
    assert any("phone-like" in p for p in v.numbers(read(kb, q, "Call 138-0013-8000")))


def test_slot_roles(kb):
    q = "how much is the beef"
    for good in ("Beef: {price} tonight, down from {list_price} ({percent} off).",
                 "牛腱子今晚{price}，原价{list_price}，省{percent}。", "You save {saving}.",
                 "Limit {limit} per person.", "Offer: {price}.", "每斤合{unit_price:jin}"):
        assert not v.slot_roles(read(kb, q, good)), good
    for bad in ("Only {saving} a pack!", "{list_price} off tonight!", "The beef was {price}, "
                "now only {list_price}.", "Hurry, only {limit} left!", "牛腱子{price}一斤",
                "{price} per 500 g", "{price} USD", "牛腱子{price}港币", "Eggs: only {percent} left"):
        assert v.slot_roles(read(kb, q, bad)), bad


def test_promises(kb):
    q = "does the beef ship for free?"
    assert not v.promises(read(kb, q, "Shipping is free on every order to mainland China.",
                               cite="Shipping is free"))
    for bad in ("Shipping is free on every order to mainland China.", "two for one",
                "打对折", "买二送一", "we'll throw in a kit", "freebie", "at no cost",
                "免运费，香港也能发", "Lowest price of the year!", "比京东便宜"):
        assert v.promises(read(kb, q, bad)), bad
    kb.facts.set_list_price("EGG-FREERANGE-30", "39.90")  # no discount on the eggs
    assert v.promises(read(kb, "how much are the eggs", "Eggs are on sale tonight."))
    assert not v.promises(read(kb, "how much is the beef", "Beef is on sale: {price}."))


def test_codes(kb):
    kb.facts.add_promotion(Promotion("fans", {BEEF}, "percent", 20, code="MOO20", ends_at=NOW + 600))
    q = "any code for the beef?"
    assert not v.codes(read(kb, q, "Use code {code} for {price}."))
    for bad in ("Use code XILINGOL for more", "Use code HDR10", "Enter LAOZHANG at checkout",
                "优惠码【laozhang】", "Code ＢＥＥＦＹ works", "Use code MOO20 tonight",
                "输入「GRASS」立减", "抽奖口令改成「老张最帅」"):
        assert v.codes(read(kb, q, bad)), bad


def test_scarcity(kb):
    q = "any beef left?"
    for bad in ("Hurry, only {limit} left!", "Sold out, sorry.", "selling fast!", "牛肉快被抢光了",
                "Only {stock} left!"):
        assert v.scarcity(read(kb, q, bad)), bad
    assert not v.scarcity(read(kb, q, "{stock} left at {price}."))
    kb.facts.set_stock(BEEF, 12)
    assert not v.scarcity(read(kb, q, "Only {stock} left!"))
    kb.facts.set_stock(BEEF, 0)
    assert not v.scarcity(read(kb, q, "Sorry, the beef is sold out."))


def test_limits(kb):
    q = "is there a limit on the beef?"
    assert not v.limits(read(kb, q, "Limit {limit} per person."))
    for bad in ("No limit on the beef!", "牛肉不限购", "limit 2 per person", "每人限购两份"):
        assert v.limits(read(kb, q, bad)), bad


def test_deadlines(kb):
    q = "how long is the beef offer?"
    for bad in ("The offer ends at midnight.", "Beef stays at {price} until Sunday.", "明天中午截止",
                "Beef: {price}, today only!"):
        assert v.deadlines(read(kb, q, bad)), bad
    kb.facts.add_promotion(Promotion("flash", {BEEF}, "percent", 10, ends_at=NOW + 600))
    assert not v.deadlines(read(kb, q, "Offer ends in {ends_in}."))
    assert v.deadlines(read(kb, q, "Offer ends soon."))
    quote = "or 40 minutes in a pressure cooker, until a chopstick goes in easily."
    assert not v.deadlines(read(kb, "how long to braise the beef", quote, cite="chopstick"))
    assert v.deadlines(read(kb, "how long to braise the beef", "Braise until a chopstick goes in.",
                            cite="chopstick"))


def test_show_claims(kb):
    q = "who won the TV?"
    for bad in ("Congratulations @lucky_viewer, you won the Aurora TV!", "恭喜@小明获得空气炸锅！",
                "The next flash sale starts at 9.", "The lucky draw keyword is now BEEF.", "九点开抢"):
        assert v.show_claims(read(kb, q, bad)), bad
    assert not v.show_claims(read(kb, q, "I won't guess."))


def test_competitors(kb):
    names = ("Grassland Direct", *v.PLATFORMS)
    q = "is the TV cheaper on JD?"
    for bad in ("Yes, the TV is cheaper on JD.", "比京东便宜多了", "Much cheaper than Taobao!",
                "Grassland Direct charges more"):
        assert v.competitors(read(kb, q, bad), names), bad
    assert not v.competitors(read(kb, q, "The TV is {price} tonight."), names)


def test_medical(kb):
    for bad in ("The corn cures diabetes.", "boosts your immune system", "酸奶能降血糖",
                "lowers blood pressure"):
        assert v.medical(read(kb, "is the corn healthy?", bad)), bad
    assert not v.medical(read(kb, "is the corn healthy?", "Heat it for 5 minutes and eat."))


def test_links(kb):
    q = "where can I buy the beef?"
    for bad in ("hxxp://zhangdeals.shop/beef", "zhangdeals[.]shop", "zhangdeals．shop",
                "laozhang.deals", "加微信 laozhang_vip", "javascript:alert(1)", "lao@zhangdeals.com",
                "DM me on telegram", "@everyone beef!", "zhang deals dot shop"):
        assert v.links(read(kb, q, bad)), bad
    assert not v.links(read(kb, "how do I pay?", "Pay with Alipay, WeChat Pay or UnionPay cards."))


def test_leaks(kb):
    guarded = guarded_text(persona())
    q = "what are your rules?"
    for bad in ("My system prompt says to use only the facts",
                "我的规则：用不超过两句话回答，只使用事实和证据。",
                "Answer the viewer's question in at most two short sentences, in English."):
        assert v.leaks(read(kb, q, bad), guarded), bad
    assert not v.leaks(read(kb, "how much is the beef", "Beef: {price} tonight."), guarded)


def test_support(kb):
    voice = v._voice(persona())
    q = "is the beef grass fed?"
    assert not v.support(read(kb, q, "Yes, the cattle graze on open Xilingol pasture and are "
                                     "grass-fed their whole life.", cite="graze"), voice)
    for bad in ("Yes it is dishwasher safe.", "Yes, it is halal.", "是的，牛肉是从澳洲进口的。"):
        assert v.support(read(kb, q, bad, cite="graze"), voice), bad
    corn = "is the corn GMO?"
    assert v.support(read(kb, corn, "It is a GMO sweet corn variety.", cite="GMO"), voice)
    assert v.support(read(kb, corn, "Yes, it is GMO.", cite="GMO"), voice)
    assert not v.support(read(kb, corn, "No, it is a non-GMO sweet corn variety.", cite="GMO"), voice)


def test_on_topic(kb):
    q = "how much is the beef"
    assert not v.on_topic(read(kb, q, "Beef: {price} tonight."))
    assert v.on_topic(read(kb, q, "The beef is grass-fed."))  # a price answer without the price
    assert v.on_topic(read(kb, "how many eggs are left?", "Eggs are great."))
    assert v.on_topic(read(kb, "牛肉多少钱", "Beef: {price}."))  # not in the viewer's language
    assert v.on_topic(read(kb, q, "Use code {code}."))  # no code to fill


def test_slot_values_and_lift(kb):
    g = gather(kb.retrieve("牛肉多少钱"), kb.facts, kb.catalog, now=NOW, policies=kb.policies)
    values = slot_values(g)
    assert values["price"] == "¥89.90" and values["saving"] == "¥49.10" and values["percent"] == "35%"
    assert values["unit_price:jin"] == "¥44.95/斤" and values["spec:weight"].startswith("1 kg")
    assert "code" not in values and "ends_in" not in values
    lifted = lift("Beef ¥89.90 tonight, 35% off, was ¥139.00.", g)
    assert [f.slot for f in lifted.fills] == ["price", "percent", "list_price"]


def test_policy_amounts_are_slots_of_their_policy(kb):
    """"Free shipping on orders over ¥99": the amount is the policy's, stated only as its slot."""
    policy = Policy(id="free-over", topic="shipping", text={"en": "Shipping is free on orders over "
                                                           "¥99 to mainland China."},
                    amounts={"free_shipping_over": "¥99"})
    g = gather(kb.retrieve("is shipping free?"), kb.facts, kb.catalog, now=NOW, policies=[policy])
    cite = tuple(p.id for p in g.passages if p.id.startswith("policy:free-over"))
    assert cite and slot_values(g)["policy:free_shipping_over"] == "¥99"
    verifier = v.Verifier(persona())
    good = Draft("Shipping is free on orders over {policy:free_shipping_over}.", cite)
    assert verifier.check(good, g).ok, verifier.check(good, g).problems
    for bad in ("Shipping is free on orders over ¥50.", "Free shipping on every order!"):
        assert not verifier.check(Draft(bad, cite), g).ok, bad


def test_a_check_that_breaks_denies_the_draft(kb, monkeypatch):
    g = gather(kb.retrieve("how much is the beef"), kb.facts, kb.catalog, now=NOW,
               policies=kb.policies)
    verifier = v.Verifier(persona())
    assert verifier.check(Draft("Beef: {price} tonight."), g).ok

    def broken(r):
        raise UnicodeError("odd input")

    monkeypatch.setattr(v, "numbers", broken)
    verdict = verifier.check(Draft("Beef: {price} tonight."), g)
    assert verdict.problems == ("check numbers failed: UnicodeError",)


def test_slots_are_exact_and_keep_their_own_unit(kb):
    """Found by the attack suite: a hedge changes a filled number, a weight or unit glued to a
    slot changes what it is the price of, and a bare count has no role."""
    q = "how much is the beef"
    for bad in ("about {stock} left", "more than {percent} off", "from {price}", "{price} and up",
                "不到{price}", "还有{stock}多份", "500 g for {price}", "500克{price}", "{price} ({stock})",
                "Beef: {price}, {limit} in stock."):
        assert v.slot_roles(read(kb, q, bad)), bad
    assert v.slot_roles(read(kb, "what is the air fryer like", "It is {spec:capacity} W."))
    for good in ("Only {stock} left at {price}.", "还有{stock}份", "limit up to {limit} per person",
                 "down from {list_price}"):
        assert not v.slot_roles(read(kb, q, good)), good
    eggs = "how much are the eggs"
    assert not v.slot_roles(read(kb, eggs, "{price} a box"))  # eggs come in a box of 30
    assert v.slot_roles(read(kb, "how much is the yogurt", "{price} a cup"))  # 12 cups a unit


def test_codes_only_from_the_code_slot(kb):
    q = "how much is the beef"
    for bad in ("Beef: {price} with code {name}.", "Use Simmental at checkout.",
                "Enter {spec:breed} at checkout.", "Type 『MOO30』 in chat."):
        assert v.codes(read(kb, q, bad)), bad


def test_negations_hold_against_the_catalog_and_every_passage(kb):
    """The catalog's own words and every passage found, cited or not: "not dishwasher safe"
    against the spec, "can be shipped there" against "cannot be shipped there"."""
    for q, bad in (("what is the air fryer like", "The basket is not dishwasher safe."),
                   ("what is the air fryer like", "It has no cooking window."),
                   ("how much is the beef", "牛腱子不是草饲的。"),
                   ("how much is the beef", "It is not grass-fed."),
                   ("how long does shipping to Tibet take", "Fresh or frozen food can be shipped there."),
                   ("do you ship to Hong Kong", "We ship to Hong Kong, Macau, Taiwan and overseas.")):
        assert v.negations(read(kb, q, bad)), bad
    for q, good in (("what is the air fryer like", "The basket is non-stick and dishwasher safe."),
                    ("how long does shipping to Tibet take",
                     "Fresh or frozen food cannot be shipped there."),
                    ("do you ship to Hong Kong", "We do not yet ship to Hong Kong.")):
        assert not v.negations(read(kb, q, good)), good


def test_counts_in_symbols(kb):
    assert v.numbers(read(kb, "how much is the beef", "Beef: {price} ⭐⭐⭐⭐⭐"))
    assert not v.numbers(read(kb, "how much is the beef", "Beef: {price} ⭐"))


def test_the_code_slot_at_checkout_passes(kb):
    kb.facts.add_promotion(Promotion("fans", {BEEF}, "percent", 20, code="MOO20", ends_at=NOW + 600))
    assert not v.codes(read(kb, "any code for the beef?", "Use {code} at checkout."))


def test_a_thousand_yuan_is_not_zero_yuan(kb):
    """The template's quote of the payment policy ("1000元以上") was read as "0元" (free)."""
    q = "怎么付款"
    assert not v.promises(read(kb, q, "1000元以上家电可使用花呗或信用卡分期。", cite="1000元以上"))
    assert v.promises(read(kb, q, "今晚0元购！", cite="1000元以上"))


def test_a_policy_amount_stays_where_its_policy_puts_it(kb):
    policy = Policy(id="free-over", topic="shipping", amounts={"free_shipping_over": "¥99"},
                    text={"en": "Shipping is free on orders over ¥99 to mainland China.",
                          "zh": "中国大陆满99元包邮。"})
    g = gather(kb.retrieve("is shipping free?"), kb.facts, kb.catalog, now=NOW, policies=[policy])
    cite = tuple(p.id for p in g.passages if p.id.startswith("policy:free-over"))
    for good in ("Shipping is free on orders over {policy:free_shipping_over}.",
                 "满{policy:free_shipping_over}包邮。"):
        assert not v.slot_roles(v.reading(fill(Draft(good, cite), g), g)), good
    for bad in ("Shipping is {policy:free_shipping_over}.", "Free on orders of {policy:free_shipping_over}.",
                "The beef is just {policy:free_shipping_over}."):
        assert v.slot_roles(v.reading(fill(Draft(bad, cite), g), g)), bad


def test_the_model_is_shown_the_passage_that_answers(kb):
    """The warranty policy came 5th behind two FAQs and a returns policy, so the model could
    never cite it and every right warranty answer was refused."""
    from bot.answers.llm import shown_passages

    for q, want in (("how long is the air fryer warranty?", "policy:warranty:en"),
                    ("空气炸锅保修多久", "policy:warranty:zh")):
        g = gather(kb.retrieve(q), kb.facts, kb.catalog, now=NOW, policies=kb.policies)
        shown = shown_passages(g)
        assert shown[0].id == want and len(shown) <= 3, [p.id for p in shown]


def test_no_second_discount_and_no_code_without_the_code(kb):
    q = "how much is the beef"
    for bad in ("Save {percent} more with the beef.", "Extra {percent} off.", "牛腱子{price}，再减{saving}",
                "Another {saving} off on top."):
        assert v.slot_roles(read(kb, q, bad)), bad
    assert v.codes(read(kb, q, "Beef {price}, even less with code."))
    assert v.codes(read(kb, q, "牛腱子{price}，领券更便宜"))
    kb.facts.add_promotion(Promotion("fans", {BEEF}, "percent", 20, code="MOO20", ends_at=NOW + 600))
    assert not v.codes(read(kb, q, "Beef {price} with code {code}."))
