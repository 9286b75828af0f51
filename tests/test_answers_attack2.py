"""Attacks on answering, second outside round (issue 14): a fresh viewer's questions in English
and Chinese over the sample show and the apparel / snack shops, and a careless model's drafts
through the verifier. One test per KIND of wrong answer found, a few wordings each; every
"before:" is what Hawker said. The right behaviour is asserted; `xfail(strict=True)` marks
what fails today, so a fix turns it into an XPASS that fails until the marker goes.

The questions are also rows of bot/answers/understand/data/answers_attack2.jsonl
(`python bench/understanding.py --part answers --split attack2`). Real Chroma index, live facts.
"""

from __future__ import annotations

import re

import pytest
from answers_support import ask

from bot.answers.verifier import Verifier
from knowledge import money
from knowledge.text import normalize

XFAIL = pytest.mark.xfail
BEEF, TV, VACUUM, EGGS = "BEEF-SHANK-1KG", "TV-4K-65", "VACUUM-ROBOT-X7", "EGG-FREERANGE-30"
SNEAKERS, TEE, JERKY = "SNEAKER-CANVAS", "TEE-VNECK", "JERKY-SPICY-250"




@pytest.fixture
def shops(kb, apparel, snack):
    return {"sample": kb, "apparel": apparel, "snack": snack}



def abstained(answer) -> bool:
    return answer.composer.startswith(("persona", "abstain"))


def price(kb, sku: str) -> str:
    facts = kb.facts.get(sku)
    return money(facts.price, facts.currency)


def norm(text: str) -> str:
    return re.sub(r"\s+", "", normalize(text))


def says(answer, fact: str) -> bool:
    return norm(fact) in norm(answer.text)


# -- a thing named after a carried product, which the shop does not carry ----------------------
# fixed: every wording below now abstains.
# before: "how much is the beef jerky" → the beef shank's ¥89.90; "电视柜多少钱" (TV cabinet) →
# the TV's price; "yogurt maker price" → the yogurt's; "空气炸锅纸多少钱" (liners) → the air fryer's.

@pytest.mark.parametrize(("question", "near"), [
    ("how much is the beef jerky", BEEF), ("牛肉面多少钱", BEEF), ("电视柜多少钱", TV),
    ("yogurt maker price", "YOGURT-GREEK-12"), ("空气炸锅纸多少钱", "AIRFRYER-6L"),
    ("how much is apple juice", "APPLE-FUJI-5KG"), ("米粉多少钱", "RICE-JASMINE-5KG"),
])
def test_a_thing_named_after_a_carried_product_is_not_that_product(kb, host, question, near):
    answer = ask(kb, host, question)
    assert abstained(answer) and price(kb, near) not in answer.text, answer.text


# -- with a product on air, another product's facts answer by aspect ---------------------------
# fixed: the product on air now keeps the answer.
# before: sneakers on air, "防水吗" → "风暴线冲锋雨衣：是全防水的…" (the rain jacket);
# jerky on air, "小孩能吃吗" → the seaweed's "适合，少盐配方…"

@pytest.mark.parametrize(("shop", "question", "on_air"), [
    ("apparel", "防水吗", SNEAKERS),
    ("apparel", "are they waterproof?", SNEAKERS),
    ("snack", "小孩能吃吗", JERKY),
    ("snack", "适合小朋友吗", JERKY),
    # before: air fryer on air, "是1800瓦吗" → "佐诺 IH电饭煲 4升：power: 1200 W" (the rice
    # cooker); beef on air, "新鲜吗" → the jasmine rice's "…锁住新鲜".
    ("sample", "是1800瓦吗", "AIRFRYER-6L"), ("sample", "新鲜吗", BEEF),
])
def test_the_product_on_air_is_not_swapped_for_another_by_aspect(shops, host, shop, question,
                                                                 on_air):
    answer = ask(shops[shop], host, question, on_air)
    sku = answer.grounds.sku if answer.grounds is not None else None
    assert sku in (None, on_air), (sku, answer.text)


# -- a price guess or threshold about the product on air ---------------------------------------
# before: TV on air, "is it under 3k?" → "I don't know that about the Aurora…";
# "is it two thousand nine hundred ninety nine" → "I don't know that about the Cloud Nine…
# Duvet" ("nine" named the duvet); sneakers on air, "under $50?" → the shipping policy
# ("Free shipping on orders over $50…"); "三百块吗" / "五十块以内吗" → "我手头没有准确信息".
# fixed: "under $50?", "is it under 50 kuai", "is it under 3k?", "forty five bucks?", "三百块吗",
# "五十块以内吗".

GUESS = XFAIL(strict=True, reason="a price guess or threshold is not read as a price question")


@pytest.mark.parametrize(("shop", "question", "on_air"), [
    ("sample", "is it under 3k?", TV),
    pytest.param("sample", "低于三千吗", TV, marks=GUESS),
    pytest.param("sample", "is it two thousand nine hundred ninety nine", TV, marks=GUESS),
    ("sample", "三百块吗", BEEF), ("apparel", "under $50?", SNEAKERS),
    ("apparel", "forty five bucks?", SNEAKERS),
    ("snack", "五十块以内吗", JERKY),
    ("snack", "is it under 50 kuai", JERKY),
])
def test_a_price_guess_gets_the_live_price_of_the_product_on_air(shops, host, shop, question,
                                                                 on_air):
    kb = shops[shop]
    answer = ask(kb, host, question, on_air)
    assert price(kb, on_air) in answer.text and answer.composer != "abstain", answer.text


def test_a_plain_price_ask_with_a_currency_word_is_answered(kb, host):
    answer = ask(kb, host, "is it under 100 bucks?", BEEF)
    assert price(kb, BEEF) in answer.text, answer.text


# -- a size, weight or colour variant answered as stock or another aspect -----------------------
# before: tee on air, "有XXXL吗" → "纯棉V领T恤：还有35份" (a yes to a size it does not come in);
# sneakers on air, "有42码吗" → "尺码标准，脚宽的可以大半码" (fit, not the size range);
# "do you have the beef in 2kg" → "1200 left at ¥89.90".
# fixed: all but "有XL吗" (a size the tee does come in).

@pytest.mark.parametrize(("shop", "question", "on_air", "fact"), [
    ("apparel", "有XXXL吗", TEE, "S到XXL"),
    pytest.param("apparel", "有XL吗", TEE, "S到XXL", marks=XFAIL(
        strict=True, reason="a variant ask is read as a stock or fit question")),
    ("apparel", "有42码吗", SNEAKERS, "35到45"),
    ("sample", "do you have the beef in 2kg", None, "1 kg (2 × 500 g)"),
])
def test_a_variant_ask_states_the_variants_or_abstains(shops, host, shop, question, on_air,
                                                       fact):
    answer = ask(shops[shop], host, question, on_air)
    assert abstained(answer) or says(answer, fact), answer.text


# -- a place the shipping policy does not name -------------------------------------------------
# fixed: each place below now gets the overseas policy or an abstention.
# before: "do you ship to the US" → "Shipping is free on every order to mainland China" (the
# remote policy says "We do not yet ship to … overseas"); apparel "do you ship to canada" →
# "Orders under $50 ship for a flat $5.95…"; snack "ship to hong kong?" → the mainland policy,
# about "Hong Kong Milk Tea Powder".

def test_overseas_is_answered_from_the_policy_that_names_it(kb, host):
    answer = ask(kb, host, "能寄到海外吗")
    assert "海外暂不发货" in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "right"), [
    ("sample", "do you ship to the US", "overseas"),
    ("sample", "寄美国吗", "海外暂不发货"),
    ("apparel", "do you ship to canada", None),
    ("snack", "ship to hong kong?", None),
])
def test_a_place_no_policy_names_is_not_answered_with_another_policy(shops, host, shop,
                                                                     question, right):
    answer = ask(shops[shop], host, question)
    sku = answer.grounds.sku if answer.grounds is not None else None
    if right is None:
        assert abstained(answer) and sku is None, answer.text
    else:
        assert right in answer.text, answer.text


# -- another aspect of the right product ------------------------------------------------------
# before: "牛仔裤掉色吗" (do the jeans fade) → the colours; "奶茶一条多少克" → the description;
# "how long does the vacuum battery last" → "battery: 5200 mAh"; milk tea on air,
# "how much per sachet" → "water: 150 ml hot water per sachet" (the bench's judge counts it
# right: the price rides in the "(¥35.00 tonight.)" tail).
# fixed: the jeans' fading, the vacuum's run time, the 2kg chicken, the milk tea's grams.



@pytest.mark.parametrize(("shop", "question", "on_air", "fact"), [
    ("apparel", "牛仔裤掉色吗", None, "fades only slowly"),
    ("snack", "奶茶一条多少克", None, "20 × 30 g"),
    ("sample", "how long does the vacuum battery last", None, "180 minutes"),
    ("snack", "how much per sachet", "MILKTEA-POWDER-20", "¥35.00"),
    # before: "can i fit a 2kg chicken" → "weight: 4.6 kg" (the fryer's own weight);
    # corn on air, "how much per ear" → "weight per ear: about 250 g".
    ("sample", "can i fit a 2kg chicken", "AIRFRYER-6L", "1.3 kg"),
    ("sample", "how much per ear", "CORN-SWEET-10", "¥29.90"),
])
def test_another_aspect_is_not_the_answer(shops, host, shop, question, on_air, fact):
    answer = ask(shops[shop], host, question, on_air)
    body = answer.text.split("（今晚")[0].split(" (¥")[0].split("(¥")[0]
    assert abstained(answer) or norm(fact) in norm(body), answer.text


# -- a question nobody asked -------------------------------------------------------------------
# fixed: jerky on air, "有味精吗" (any MSG?) is no longer the deals; before: the list of live
# deals.

@pytest.mark.parametrize("question", ["有味精吗", "含味精吗"])
def test_an_ingredient_question_is_not_answered_with_the_deals(snack, host, question):
    answer = ask(snack, host, question, JERKY)
    assert answer.composer != "deals", answer.text


# -- an answerable question abstains in Chinese where its English twin answers ----------------
# before: "扫地机噪音大吗" → "我不太清楚" ("how loud is the vacuum" → "About 55 dB"); "牛肉是草饲的吗",
# the catalog's own FAQ question word for word, → "我不太清楚"; sneakers on air, "有白色吗" /
# "能机洗吗" → "我手头没有准确信息"; "是纯棉的吗" (tee on air) → "我不太清楚".
# fixed: "扫地机噪音大吗", "有白色吗", "牛肉是草饲的吗".

TWIN = XFAIL(strict=True, reason="Chinese asks miss facts their English twins find")


@pytest.mark.parametrize(("shop", "question", "on_air", "fact"), [
    ("sample", "扫地机噪音大吗", None, "55 dB"),
    ("sample", "牛肉是草饲的吗", None, "全程吃草"),
    pytest.param("sample", "电视能玩ps5吗", None, "4K 120Hz", marks=TWIN),
    ("apparel", "有白色吗", SNEAKERS, "白、黑、红"),
    pytest.param("apparel", "能机洗吗", SNEAKERS, "gentle cold cycle", marks=TWIN),
    ("apparel", "是纯棉的吗", TEE, "100%精梳棉"),
])
def test_a_chinese_ask_finds_the_fact_its_english_twin_finds(shops, host, shop, question,
                                                             on_air, fact):
    answer = ask(shops[shop], host, question, on_air)
    assert says(answer, fact) and not abstained(answer), answer.text


# -- an answerable question abstains although a spec or FAQ states it -------------------------
# before: "how many eggs in a box" (spec "count: 30 eggs"), "does the tv have wifi" (spec
# "Wi-Fi: Wi-Fi 6"), "can i tumble dry the jeans" (spec "dryer: hang dry"), "what if eggs
# break" (an FAQ, nearly word for word), "电饭煲能煮粥吗" (programs "…porridge, cake") → all
# "I don't know that about the …". fixed: the TV's Wi-Fi, broken eggs.

STATED = XFAIL(strict=True, reason="spec keys and FAQ paraphrases below the answerability threshold")


@pytest.mark.parametrize(("shop", "question", "fact"), [
    ("sample", "how many eggs in a box", "30 eggs"),
    ("sample", "does the tv have wifi", "Wi-Fi 6"),
    ("sample", "what if eggs break", "refund every broken egg"),
    pytest.param("sample", "电饭煲能煮粥吗", "porridge", marks=STATED),
    pytest.param("apparel", "can i tumble dry the jeans", "hang dry", marks=STATED),
])
def test_a_stated_fact_is_found(shops, host, shop, question, fact):
    answer = ask(shops[shop], host, question)
    assert says(answer, fact) and not abstained(answer), answer.text


# -- two questions in one message; a comparison with "it" ---------------------------------------
# before: "is the beef spicy and how much" → "I don't know that about the … Beef Shank" (the
# price part is answerable); fixed: TV on air, "is it cheaper than the vacuum" → "I don't know that
# about the Tidy X7…"; "比扫地机贵多少" → only the vacuum's price.
# fixed: a price asked in a clause of its own is answered when the other half is unknown.



@pytest.mark.parametrize("question", [
    "is the beef spicy and how much", "is the beef halal and how much?", "牛肉辣吗多少钱",
])
def test_the_answerable_half_of_a_two_part_question_is_answered(kb, host, question):
    answer = ask(kb, host, question)
    assert price(kb, BEEF) in answer.text, answer.text




@pytest.mark.parametrize("question", [
    "is it cheaper than the vacuum", "比扫地机贵多少",
])
def test_a_comparison_with_the_product_on_air_states_both_prices(kb, host, question):
    answer = ask(kb, host, question, TV)
    named = kb.facts.get(TV).name in answer.text or "极光" in answer.text
    assert named and price(kb, TV) in answer.text and price(kb, VACUUM) in answer.text, answer.text


# -- a policy question the policy answers, abstained --------------------------------------------
# before: apparel "换码要钱吗" (do size exchanges cost) → "我手头没有准确信息" (policy: "换码免费");
# snack "今天下单今天发吗" → the same (policy: "下午4点前下单当天顺丰发货"); "电视能分期吗" →
# "我不太清楚" (payment policy: installments over ¥1000). fixed: all three.

@pytest.mark.parametrize(("shop", "question", "fact"), [
    ("apparel", "换码要钱吗", "换码免费"),
    ("snack", "今天下单今天发吗", "当天顺丰发货"),
    ("sample", "电视能分期吗", "免息分期"),
])
def test_a_policy_question_gets_its_policy(shops, host, shop, question, fact):
    answer = ask(shops[shop], host, question)
    assert fact in answer.text, answer.text


# == the verifier ===============================================================================

def check(kb, host, question, draft, on_air=None):
    grounds = ask(kb, host, question, on_air).grounds
    assert grounds is not None
    return Verifier(host).check(draft, grounds)


# -- wrongly accepted: a "yes" the cited policy or spec says is "no" ----------------------------

@pytest.mark.parametrize(("shop", "question", "draft"), [
    ("snack", "can i return opened snacks", "Yes, opened snacks can be returned within 7 days."),
    ("snack", "can i return opened snacks", "Yes, within seven days."),
    ("sample", "can i return the beef", "Yes, within seven days for any reason."),
    ("sample", "does the air fryer come in black", "Yes, in sage green."),
])
def test_verifier_rejects_a_yes_the_facts_deny(shops, host, shop, question, draft):
    assert not check(shops[shop], host, question, draft).ok


def test_verifier_rejects_a_yes_to_a_returns_question_stated_with_the_negated_fact(kb, host):
    assert not check(kb, host, "can i return the beef", "Fresh food can be returned within 7 days.").ok


# -- wrongly accepted: a policy amount in another currency, a policy's condition dropped --------

@XFAIL(strict=True, reason="a policy amount is matched by its digits, not its currency")
def test_verifier_rejects_a_policy_amount_in_another_currency(apparel, host):
    assert not check(apparel, host, "is shipping free", "Free shipping on orders over ¥50.").ok


@pytest.mark.parametrize("draft", [
    "Free shipping on every order.",
    "全场包邮。",
])
def test_verifier_rejects_a_policy_with_its_condition_dropped(snack, host, draft):
    assert not check(snack, host, "is shipping free", draft).ok


def test_verifier_keeps_rejecting_a_wrong_policy_amount(apparel, snack, host):
    assert not check(apparel, host, "is shipping free", "Free shipping on orders over $30.").ok
    assert not check(snack, host, "is shipping free", "满五十九元包邮。").ok


# -- wrongly rejected: a true answer from the cited facts ----------------------------------------

TRUE_DRAFT = XFAIL(strict=True, reason="true grounded drafts fail word-support or yes/no-aspect checks")


@pytest.mark.parametrize(("shop", "question", "draft"), [
    pytest.param("apparel", "is the tee in stock", "Yes, 35 left.", marks=TRUE_DRAFT),
    pytest.param("sample", "do you ship to hong kong", "No, we don't ship to Hong Kong yet.",
                 marks=TRUE_DRAFT),
    pytest.param("sample", "is shipping free", "Yes, shipping is free to mainland China.",
                 marks=TRUE_DRAFT),
    pytest.param("snack", "is shipping free", "Free over ¥99; otherwise ¥8.", marks=TRUE_DRAFT),
    pytest.param("snack", "is shipping free", "满99包邮，不满运费8元。", marks=TRUE_DRAFT),
    ("apparel", "is the jacket waterproof", "Yes, 10,000 mm rated with taped seams."),
    pytest.param("apparel", "do the jeans come in 40 waist",
                 "No, the waist goes from 28 to 38 inches.", marks=TRUE_DRAFT),
    pytest.param("apparel", "do the jeans come in black",
                 "Yes, they come in indigo, black and light wash.", marks=TRUE_DRAFT),
    pytest.param("snack", "can i pay with credit card", "No, only Alipay or WeChat Pay.",
                 marks=TRUE_DRAFT),
    pytest.param("snack", "how much are the nuts", "The mixed nuts are ¥79.00 for 30 packs.",
                 marks=TRUE_DRAFT),
])
def test_verifier_accepts_a_true_grounded_answer(shops, host, shop, question, draft):
    verdict = check(shops[shop], host, question, draft)
    assert verdict.ok, verdict.problems


# -- wrongly rejected: the live price written as the shop's own currency word ------------------

WORDS = XFAIL(strict=True, reason="only the ¥/$ form of a price is lifted into its slot")


@pytest.mark.parametrize("draft", [
    pytest.param("空气炸锅今晚299元。", marks=WORDS),
    pytest.param("The air fryer is 299 yuan tonight.", marks=WORDS),
    pytest.param("空气炸锅今晚二百九十九元。", marks=WORDS),
])
def test_verifier_accepts_the_live_price_in_currency_words(kb, host, draft):
    verdict = check(kb, host, "how much is the air fryer", draft)
    assert verdict.ok, verdict.problems


def test_verifier_rejects_a_wrong_price_in_currency_words(kb, host):
    for draft in ("空气炸锅今晚199元。", "The air fryer is 199 yuan tonight.", "The air fryer is $41."):
        assert not check(kb, host, "how much is the air fryer", draft).ok, draft


# -- wrongly rejected: the per-unit price the facts module itself derived ----------------------

PER_UNIT = XFAIL(strict=True, reason="a derived per-unit price is a slot for templates only, not drafts")


@pytest.mark.parametrize(("question", "unit"), [
    pytest.param("牛肉干多少钱一斤", "斤", marks=PER_UNIT),
    pytest.param("jerky price per kg", "kg", marks=PER_UNIT),
])
def test_verifier_accepts_the_derived_per_unit_price(snack, host, question, unit):
    said = ask(snack, host, question)
    per = re.search(rf"(¥\d+\.\d\d)(?:/| per ){unit}", said.text)
    assert per, said.text
    draft = f"牛肉干每斤{per.group(1)}。" if unit == "斤" else f"The jerky is {per.group(1)} per kg."
    verdict = Verifier(host).check(draft, said.grounds)
    assert verdict.ok, verdict.problems


# -- round 2 ---------------------------------------------------------------------------------
# -- chat slang for money read as a product -----------------------------------------------------
# before: beef on air, "多少米" ("how many 米", slang for yuan) → the jasmine rice's price (米 is
# one of its aliases). fixed: both now get the beef's price.

@pytest.mark.parametrize("question", ["多少米", "要多少米"])
def test_money_slang_is_the_price_of_the_product_on_air(kb, host, question):
    answer = ask(kb, host, question, BEEF)
    assert price(kb, BEEF) in answer.text and answer.grounds.sku == BEEF, answer.text


# -- 多少/几 + a unit word asks that quantity, not the price ----------------------------------
# before: TV on air, "多少寸" (how many inches) → the TV's price; air fryer on air, "多少度" (what
# temperature) → its price; "几升" (how many litres) → "我手头没有准确信息". fixed: 多少寸, 多少度.

@pytest.mark.parametrize(("question", "on_air", "fact"), [
    ("多少寸", TV, "65"), ("多少度", "AIRFRYER-6L", "80-200°C"),
    pytest.param("几升", "AIRFRYER-6L", "6 litres", marks=XFAIL(
        strict=True, reason="多少 with a unit word is read as the price")),
])
def test_a_unit_word_asks_that_quantity(kb, host, question, on_air, fact):
    answer = ask(kb, host, question, on_air)
    body = answer.text.split("：", 1)[-1]  # past the product's name, which may hold the number
    assert fact in body and price(kb, on_air) not in body.split("（")[0], answer.text


# -- the per-viewer limit, asked --------------------------------------------------------------
# before: beef on air, "限购几份" / "能买5份吗" / "what's the limit per person" → "我手头没有准确信息"
# (the price answer states "每人限购3份" unasked); "can i buy 5" → "tap the cart…" (the limit is 3).


@pytest.mark.parametrize("question", [
    "限购几份", "能买5份吗", "what's the limit per person", "can i buy 5",
])
def test_the_purchase_limit_is_answered(kb, host, question):
    answer = ask(kb, host, question, BEEF)
    assert "限购3份" in answer.text or "Limit 3" in answer.text, answer.text


# -- a question the facts cannot answer, answered with a fact on something else ---------------
# before: TV on air, "is it worth it?" → "Yes, 120 Hz with 3 × HDMI 2.1…" (the gaming FAQ's
# yes); beef on air, "is this the same beef as last week?" → "shelf life: 12 months";
# "is the jerky from wang xiao er" (a brand) → the jerky's description.
# fixed: all three.

@pytest.mark.parametrize(("shop", "question", "on_air"), [
    ("sample", "is it worth it?", TV),
    ("sample", "is this the same beef as last week?", BEEF),
    ("snack", "is the jerky from wang xiao er", None),
])
def test_a_question_no_fact_addresses_is_not_answered(shops, host, shop, question, on_air):
    answer = ask(shops[shop], host, question, on_air)
    assert abstained(answer), answer.text


def test_a_subjective_ask_in_chinese_abstains(kb, host):
    assert abstained(ask(kb, host, "值得买吗", TV))


# -- the detector: short shop asks with a product on air, and chat about the stream -------------

@pytest.fixture(scope="module")
def detector(host):
    from knowledge_shared import embedder, sample_kb

    from bot.answers import QuestionDetector

    kb = sample_kb()
    d = QuestionDetector(host, kb.catalog.values(), kb.policies, on_air=lambda: BEEF)
    d.use_embedder(embedder())
    return d


def line(text: str):
    from bot.events import ChatMessage, Viewer

    return ChatMessage("console", "live", "1", Viewer("console", "v", "v"), text, 0.0)


# before: beef on air, "没了吗" (sold out?), "几斤" (how many jin?), "冷冻的吗" (frozen?) → not
# picked up; "背景音乐叫什么" (what's the background music?) → picked up as a shop question.
# fixed: the music ask is now left alone; 几斤 and 冷冻的吗 since the detector reads a line without
# its address ("主播 …", "… thx") and learnt from seven more shops' chat.

SHORT = XFAIL(strict=True, reason="short asks about the product on air score under the threshold")


@pytest.mark.parametrize("text", [
    pytest.param("没了吗", marks=SHORT), "几斤", "冷冻的吗",
])
def test_a_short_ask_about_the_product_on_air_is_picked_up(detector, text):
    assert detector(line(text)), detector.score(line(text))


def test_a_question_about_the_stream_music_is_left_alone(detector):
    assert not detector(line("背景音乐叫什么")), detector.score(line("背景音乐叫什么"))


@pytest.mark.parametrize("text", ["主播结婚了吗", "今天几点下播", "is the mic ok?", "牛啊牛啊", "太牛了"])
def test_chat_to_the_streamer_is_left_alone(detector, text):
    assert not detector(line(text)), detector.score(line(text))


# -- verifier, round 2 ----------------------------------------------------------------------------
# -- wrongly rejected: a Chinese draft with the exact live price, stock or limit ---------------
# before: "空气炸锅今晚¥299.00，省40%。" → rejected ("number not from a slot '晚 299.00 省'", "does
# not state the live price") while "…is ¥299.00 tonight, 40% off!" passes; the same for
# "还剩800台" ("800 left" passes) and "每人限购2台" ("limit 2 per person" passes).

FRYER_Q = "空气炸锅多少钱"


GLUED = XFAIL(strict=True, reason="a price glued to CJK text is not lifted into its slot")


@pytest.mark.parametrize("draft", [
    pytest.param("空气炸锅今晚¥299.00，省40%。", marks=GLUED),
    pytest.param("空气炸锅今晚¥299.00，还剩800台。", marks=GLUED),
    pytest.param("空气炸锅今晚¥299.00，每人限购2台。", marks=GLUED),
    pytest.param("空气炸锅今晚¥299.00，原价¥499.00。", marks=GLUED),
])
def test_verifier_accepts_a_true_chinese_price_draft(kb, host, draft):
    verdict = check(kb, host, FRYER_Q, draft)
    assert verdict.ok, verdict.problems


@pytest.mark.parametrize("draft", [
    "The CrispPro 6 L Air Fryer is ¥299.00 tonight, 40% off!",
    "The CrispPro 6 L Air Fryer is ¥299.00 tonight, 800 left.",
    "The CrispPro 6 L Air Fryer is ¥299.00 tonight, limit 2 per person.",
])
def test_verifier_accepts_the_english_twin(kb, host, draft):
    verdict = check(kb, host, "how much is the air fryer", draft)
    assert verdict.ok, verdict.problems


@pytest.mark.parametrize("draft", ["空气炸锅今晚¥299.00，省60%。", "空气炸锅今晚¥299.00，还剩900台。",
                                   "空气炸锅今晚¥299.00，每人限购5台。", "空气炸锅今晚¥199.00。"])
def test_verifier_rejects_a_false_chinese_price_draft(kb, host, draft):
    assert not check(kb, host, FRYER_Q, draft).ok


# -- wrongly rejected: the savings the facts imply -------------------------------------------
# before: "…¥299.00 tonight, save ¥200!" → "number not from a slot 'save 200'" (¥499 − ¥299);
# "…you save ¥200.00." passes.

SAVING = XFAIL(strict=True, reason="savings are accepted only in the exact ¥200.00 form")


@pytest.mark.parametrize("draft", [
    pytest.param("The CrispPro 6 L Air Fryer is ¥299.00 tonight, save ¥200!", marks=SAVING),
    pytest.param("空气炸锅今晚¥299.00，直降¥200.00。", marks=SAVING),
])
def test_verifier_accepts_the_true_saving(kb, host, draft):
    verdict = check(kb, host, "how much is the air fryer", draft)
    assert verdict.ok, verdict.problems


def test_verifier_saving_control(kb, host):
    assert check(kb, host, "how much is the air fryer",
                 "The CrispPro 6 L Air Fryer is ¥299.00 tonight, you save ¥200.00.").ok
    assert not check(kb, host, "how much is the air fryer",
                     "The CrispPro 6 L Air Fryer is ¥299.00 tonight, you save ¥300.00.").ok


# -- wrongly rejected: a cited Chinese passage, restated word for word --------------------------
# before: the English FAQ sentence "Yes, a wall bracket and installation are free in tier 1 and
# 2 cities." → "slot {limit} out of its role"; "新疆5到8天，生鲜冷冻食品无法配送。" → "number not
# from a slot '疆 5 到'"; "可以，签收7天内未使用可无理由退货。" → "number not from a slot '收 7 天'".

RESTATED = XFAIL(strict=True, reason="Chinese numerals in prose (一二线) and policy ranges are misread")


@pytest.mark.parametrize(("question", "draft"), [
    pytest.param("does the tv include wall mounting",
                 "Yes, a wall bracket and installation are free in tier 1 and 2 cities.",
                 marks=RESTATED),
    pytest.param("能发新疆吗", "新疆5到8天，生鲜冷冻食品无法配送。", marks=RESTATED),
    pytest.param("电视能退吗", "可以，签收7天内未使用可无理由退货。", marks=RESTATED),
])
def test_verifier_accepts_a_cited_passage_restated(kb, host, question, draft):
    verdict = check(kb, host, question, draft)
    assert verdict.ok, verdict.problems


# before: "一二线城市免费送挂架并上门安装。" (tier-1 and tier-2 cities) → "number not from a slot
# '12 线'": 一二 is read as the number 12.

ORDINALS = XFAIL(strict=True, reason="a run of Chinese ordinals (一二线, 三四线) is read as one number")


@pytest.mark.parametrize("draft", [
    pytest.param("一二线城市免费送挂架并上门安装。", marks=ORDINALS),
    pytest.param("三四线城市赠送挂架。", marks=ORDINALS),
])
def test_verifier_does_not_read_chinese_ordinals_as_a_number(kb, host, draft):
    problems = check(kb, host, "does the tv include wall mounting", draft).problems
    assert not any("'12" in p or "'34" in p for p in problems), problems


# -- round 3: a neighbouring category the shop does not carry ----------------------------------
# before: "air purifier price" → the water purifier's ¥1499.00; "空气净化器多少钱" (air purifier) →
# the air fryer's (they share 空气); "热水器多少钱" (water heater) → the water purifier's; "pressure
# cooker price" → the rice cooker's; "deep fryer price" → the air fryer's; "robot lawn mower
# price" → the robot vacuum's; "糯米多少钱" (glutinous rice) → the jasmine rice's.
# fixed: every wording below now abstains.

@pytest.mark.parametrize(("question", "near"), [
    ("air purifier price", "PURIFIER-RO-800"), ("空气净化器多少钱", "AIRFRYER-6L"),
    ("热水器多少钱", "PURIFIER-RO-800"), ("pressure cooker price", "RICECOOKER-IH-4L"),
    ("deep fryer price", "AIRFRYER-6L"), ("robot lawn mower price", VACUUM),
    ("糯米多少钱", "RICE-JASMINE-5KG"), ("苹果醋多少钱", "APPLE-FUJI-5KG"),
])
def test_a_neighbouring_category_is_not_a_carried_product(kb, host, question, near):
    answer = ask(kb, host, question)
    assert abstained(answer) and price(kb, near) not in answer.text, answer.text


@pytest.mark.parametrize("question", ["电压力锅多少钱", "鸭绒被多少钱", "coffee machine price",
                                      "aircon price"])
def test_a_neighbouring_category_control(kb, host, question):
    assert abstained(ask(kb, host, question))


# -- the answer's language ------------------------------------------------------------------------
# before: "空气炸锅功率多大" → "脆享 6升 空气炸锅：power: 1500 W.（今晚¥299.00。）"; "电视多重" → "…：weight:
# 18.5 kg."; "扫地机有app吗" → "…：app: map editing and no-go zones." (English spec labels and
# values in a Chinese answer); tee on air, "is it 100% cotton" → "material: 100% combed cotton;
# 面料: 100%精梳棉." (Chinese in an English answer). fixed: the English answer; a Chinese answer
# from an English spec whose value is an amount says the amount alone ("1500 W").

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")


SPEC_LANG = XFAIL(strict=True,
                  reason="spec groups are quoted in whichever language the catalog wrote them")


@pytest.mark.parametrize("question", [
    "空气炸锅功率多大", "电视多重",
    pytest.param("扫地机有app吗", marks=SPEC_LANG),
])
def test_a_chinese_answer_has_no_english_spec_words(kb, host, question):
    answer = ask(kb, host, question)
    body = answer.text.split("：", 1)[-1].split("（")[0]
    words = set(LATIN_WORD.findall(body)) - {"app", "App", "APP"}
    assert not abstained(answer) and not words, answer.text


def test_an_english_answer_has_no_chinese(apparel, host):
    answer = ask(apparel, host, "is it 100% cotton", TEE)
    assert not CJK.search(answer.text), answer.text
