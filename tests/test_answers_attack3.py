"""Attacks on answering, third outside round (issue 14): a fresh viewer's questions in English
and Chinese over the sample show and the apparel / snack / outdoor shops, and a careless model's
drafts through the verifier. One test per KIND of wrong answer found, a few wordings each; every
"before:" is what Hawker said. The right behaviour is asserted (an honest abstention is right
where the facts do not say); `xfail(strict=True)` marks, case by case, what fails today, so a
fix turns it into an XPASS that fails until its marker goes.

The questions are also rows of bot/answers/understand/data/answers_attack3.jsonl
(`python bench/understanding.py --part answers --split attack3`). Real Chroma index, live facts.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest
from knowledge_shared import embedder, shop_kb

from bot.answers import AnswerService
from bot.answers.detect import QuestionDetector
from bot.answers.slots import Draft
from bot.answers.verifier import Verifier
from bot.clock import FakeClock
from bot.events import ChatMessage, Viewer
from bot.outbox import Outbox
from bot.questions import QuestionQueue
from knowledge import money
from knowledge.catalog import load_catalog

TV, VACUUM, BEEF, AIRFRYER = "TV-4K-65", "VACUUM-ROBOT-X7", "BEEF-SHANK-1KG", "AIRFRYER-6L"
RICECOOKER, PURIFIER, DUVET, RICE = ("RICECOOKER-IH-4L", "PURIFIER-RO-800", "DUVET-GOOSE-WINTER",
                                     "RICE-JASMINE-5KG")
TEE, JEANS, JACKET = "TEE-VNECK", "JEANS-SLIM", "JACKET-RAIN"
JERKY, MANGO, SEEDS = "JERKY-SPICY-250", "MANGO-DRIED-500", "SEEDS-SUNFLOWER-1KG"
# the other variants of a product, whose prices a right answer about one variant does not give
SIBLINGS = {"HARNESS-EASY-M": ("HARNESS-EASY-S", "HARNESS-EASY-L"), "TENT-RIDGE-2P": ("TENT-RIDGE-4P",)}


def xfail(*values: Any, reason: str) -> Any:
    """One case that fails today (strict: a fix must remove the marker)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                                                         reason=reason))


@pytest.fixture(scope="module")
def apparel():
    return shop_kb("apparel")


@pytest.fixture(scope="module")
def snack():
    return shop_kb("snack")


@pytest.fixture(scope="module")
def outdoor():
    return shop_kb("outdoor")


@pytest.fixture(scope="module")
def variants():
    return shop_kb("variants")


@pytest.fixture
def shops(kb, apparel, snack, outdoor, variants):
    return {"sample": kb, "apparel": apparel, "snack": snack, "outdoor": outdoor,
            "variants": variants}


def _service(kb, host, on_air: str | None = None) -> AnswerService:
    clock = FakeClock()
    return AnswerService(kb, host, Outbox(clock), clock, QuestionQueue(), on_air=lambda: on_air)


def ask(kb, host, question: str, on_air: str | None = None):
    return asyncio.run(_service(kb, host, on_air).answer(question))


def abstained(answer) -> bool:
    return answer.composer.startswith(("persona", "abstain"))


def price(kb, sku: str) -> str:
    offer = kb.facts.live_offer(sku, FakeClock().now())
    return money(offer.price, offer.currency)


def check(kb, host, question: str, draft: str, on_air: str | None = None):
    """The verifier's verdict on `draft`, citing every passage gathered for `question` (a
    careless model cites all it was shown)."""
    grounds = _service(kb, host, on_air).ground(question)
    return Verifier(host).check(Draft(draft, tuple(p.id for p in grounds.passages)), grounds)


# -- a variant's spec answered with another variant's number ----------------------------------
# before: "how heavy is the 4 person tent" → "Ridgeline Dome Tent (4-person): 2-person weight:
# 2.1 kg"; "floor size of the 4 person tent" → "2-person floor: 210 × 135 cm" (it is 3.6 kg and
# 240 × 220 cm). The Chinese "四人帐篷多重" gets both weights right.

@pytest.mark.parametrize(("question", "right", "other"), [
    ("how heavy is the 4 person tent", "3.6 kg", "2.1 kg"),
    ("how much does the 4p tent weigh", "3.6 kg", "2.1 kg"),
    ("weight of the four person tent", "3.6 kg", "2.1 kg"),
    ("floor size of the 4 person tent", "240 × 220", "210 × 135"),
    ("四人帐篷多重", "3.6", "no such text"),  # control
])
def test_a_variants_spec_is_its_own(outdoor, host, question, right, other):
    answer = ask(outdoor, host, question)
    assert other not in answer.text, answer.text
    assert abstained(answer) or right in answer.text, answer.text


# -- a variant the product does not come in, answered with an unrelated spec --------------------
# before: "6 person tent?" and "how much is the 3 person tent" → "Ridgeline Dome Tent: 2-person
# weight: 2.1 kg". Right: the tent comes in 2- and 4-person (or an honest "I don't know").

@pytest.mark.parametrize("question", [
    "6 person tent?",
    "how much is the 3 person tent",
    "六人帐篷有吗",  # control: abstains
])
def test_a_variant_not_made_is_not_answered_with_a_spec(outdoor, host, question):
    answer = ask(outdoor, host, question)
    assert "weight" not in answer.text and "2.1 kg" not in answer.text, answer.text


# -- a policy question answered with a product fact ------------------------------------------
# before: "can i return the tent if i used it once" → "It is a 3-season tent, not made for snow
# loads." (the FAQ shares "tent" and "used"). Right: the returns policy.

@pytest.mark.parametrize("question", [
    "can i return the tent if i used it once",
    "can i return the stove if i used it",  # control
    "can i return the boots if i wore them outside",  # control
])
def test_a_returns_question_is_answered_by_the_returns_policy(outdoor, host, question):
    answer = ask(outdoor, host, question)
    assert "Unused gear can be returned within 30 days" in answer.text, answer.text


# -- the policy's other sentence: the one that does not answer --------------------------------
# before: "can you ship gas canisters" / "can you ship fuel" → "Orders under $75 ship for a
# flat $7.95. …" (a yes by implication; the policy says "Fuel canisters are never shipped");
# "how long does delivery take" → "Free shipping on orders over $50. Orders under $50 ship for a
# flat $5.95." with the delivery time cut off.

@pytest.mark.parametrize(("shop", "question", "sentence"), [
    ("outdoor", "can you ship gas canisters", "Fuel canisters are never shipped"),
    ("outdoor", "can you ship fuel", "Fuel canisters are never shipped"),
    xfail("outdoor", "do you ship butane", "Fuel canisters are never shipped",
          reason="the rates sentence of another policy"),
    ("apparel", "how long does delivery take", "arrive in 3 to 5"),
    ("outdoor", "能寄气罐吗", "气罐类燃料不发货"),  # control
    ("apparel", "how many days for delivery", "arrive in 3 to 5"),  # control
])
def test_a_policy_answer_holds_the_sentence_asked(shops, host, shop, question, sentence):
    answer = ask(shops[shop], host, question)
    assert sentence in answer.text, answer.text


# -- a place no policy names, answered with the domestic rates ---------------------------------
# before: "能寄到中国吗" (a USD shop; "can you ship to China") → "订单满50美元包邮…3到5天送达"
# (a yes by implication). Right: no policy names China, so an honest "I don't know".

@pytest.mark.parametrize("question", [
    "能寄到中国吗",
    "ship to canada?",  # control
    "do you ship to the uk",  # control
])
def test_a_place_no_policy_names_is_not_answered_with_the_rates(apparel, host, question):
    answer = ask(apparel, host, question, on_air=TEE)
    assert abstained(answer), answer.text


# -- chat to the host answered as a question about the product on air --------------------------
# before: "主播你吃辣吗" ("do YOU eat spicy food?", the jerky on air) → "四川麻辣牛肉干 250克：特辣…";
# "what size are you wearing?" (the tee on air) → "sizes: S, M, L, XL, XXL"; "主播多高多重"
# ("how tall / heavy is the host") → the jeans' waist sizes.

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("snack", JERKY, "主播你吃辣吗"),
    ("apparel", TEE, "主播穿几码"),
    ("apparel", TEE, "what size are you wearing?"),
    ("apparel", JEANS, "主播多高多重"),
    ("apparel", TEE, "how tall are you?"),  # control
    ("snack", JERKY, "主播自己吃过吗"),  # control
])
def test_a_question_to_the_host_is_not_answered_from_the_facts(shops, host, shop, on_air,
                                                                question):
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer), answer.text


@pytest.fixture(scope="module")
def detector(host) -> Callable[[str, str | None], bool]:
    from knowledge_shared import FIXTURES, ROOT

    products = [p for path in (ROOT / "bot/examples/catalog.yaml",
                               FIXTURES / "shops/apparel_catalog.yaml",
                               FIXTURES / "shops/snack_catalog.yaml",
                               FIXTURES / "shops/outdoor_catalog.yaml")
                for p in load_catalog(path)]
    air: dict[str, str | None] = {"sku": None}
    det = QuestionDetector(host, products, on_air=lambda: air["sku"])
    det.use_embedder(embedder())

    def picks(text: str, on_air: str | None) -> bool:
        air["sku"] = on_air
        return det(ChatMessage("console", "live", "1", Viewer("console", "v", "v"), text, 0.0))

    return picks


# -- chat that asks the shop nothing, picked up as a question ----------------------------------
# before (the detector with its MiniLM stage, a product on air): "my air fryer broke last week
# lmao" 0.49, "do you like spicy food?" 0.87, "主播你吃辣吗" 0.53, "how do I get mod?" 0.99,
# "is this beef real? (drama)" 0.36 — each then got "I don't know that about the …, I've
# passed it to the team" in chat, or a product fact.

@pytest.mark.parametrize(("text", "on_air"), [
    ("my air fryer broke last week lmao", AIRFRYER),
    ("do you like spicy food?", JERKY),
    ("主播你吃辣吗", JERKY),
    xfail("how do I get mod?", None, reason="a channel question"),
    ("is this beef real? (drama)", BEEF),
    ("主播好漂亮", AIRFRYER),  # control
    ("what are you cooking tonight?", AIRFRYER),  # control
])
def test_chat_that_asks_the_shop_nothing_is_not_a_question(detector, text, on_air):
    assert not detector(text, on_air)


@pytest.mark.parametrize(("text", "on_air"), [("how much?", AIRFRYER), ("多少钱", AIRFRYER),
                                              ("is it 4k?", TV)])
def test_a_short_ask_with_a_product_on_air_is_a_question(detector, text, on_air):
    assert detector(text, on_air)


# -- a comparison with "this" answered with the other product only -----------------------------
# before: "this or the mango which is cheaper" (the jerky on air) → "Dried Mango Slices 500 g:
# ¥39.90 tonight…"; "this or the vacuum, which is cheaper?" (the TV on air) → the vacuum's price.

@pytest.mark.parametrize(("shop", "on_air", "question", "other"), [
    ("snack", JERKY, "this or the mango which is cheaper", MANGO),
    ("snack", JERKY, "跟芒果干比哪个便宜", MANGO),
    ("snack", JERKY, "这个和瓜子哪个便宜", SEEDS),
    ("sample", TV, "this or the vacuum, which is cheaper?", VACUUM),
    ("sample", TV, "这个跟扫地机哪个贵", VACUUM),
    ("snack", None, "牛肉干和芒果干哪个便宜", MANGO),  # control: both named
])
def test_a_comparison_with_the_product_on_air_reads_both(shops, host, shop, on_air, question,
                                                         other):
    kb = shops[shop]
    answer = ask(kb, host, question, on_air=on_air)
    for sku in (on_air or JERKY, other):  # each side named with its own price
        facts = kb.facts.get(sku)
        assert facts.name in answer.text or facts.name_zh in answer.text, answer.text
        assert price(kb, sku) in answer.text, answer.text


# -- a size outside the range answered with the fit FAQ ----------------------------------------
# before: "帆布鞋有46码吗" ("size 46?") → "尺码标准，脚宽的可以大半码" (the fit, not the range 35 to 45).

@pytest.mark.parametrize(("shop", "question", "fact"), [
    ("apparel", "帆布鞋有46码吗", "35到45"),
    ("apparel", "帆布鞋有47码吗", "35到45"),
    ("outdoor", "登山鞋有14码吗", "美码7到13"),  # control
    ("apparel", "牛仔裤有42码吗", "28到38"),  # control
])
def test_a_size_outside_the_range_is_answered_with_the_range(shops, host, shop, question, fact):
    answer = ask(shops[shop], host, question)
    assert abstained(answer) or fact in answer.text, answer.text
    assert "大半码" not in answer.text, answer.text


# -- a carried product said to be "not carried" -------------------------------------------------
# before: "奶茶粉有咖啡因吗" (does the milk-tea powder have caffeine) → "抱歉，今晚没有咖啡哦";
# "坚果里有核桃吗" → "今晚没有坚果里哦"; "多少钱包邮吗" → "今晚没有钱包哦" (wallet);
# "four-man tent price" → "we don't carry man tent". A false "we don't carry" about what the
# shop sells.

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("snack", None, "奶茶粉有咖啡因吗"),
    ("snack", None, "坚果里有核桃吗"),
    ("snack", None, "牛肉干里有猪肉吗"),
    ("sample", AIRFRYER, "多少钱包邮吗"),
    xfail("outdoor", None, "four-man tent price", reason="'man tent' taken as a product"),
    xfail("outdoor", None, "two-man tent price", reason="'man tent' taken as a product"),
    ("variants", "HARNESS", "how much for two"),
    xfail("variants", None, "有反光条吗", reason="a feature (reflective trim) taken as a product"),
    ("sample", TV, "can it play ps5 games at 120hz"),
    ("snack", None, "坚果有腰果吗"),  # control
])
def test_a_carried_product_is_not_called_not_carried(shops, host, shop, on_air, question):
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert answer.grounds is None or answer.grounds.status != "not_carried", answer.text


@pytest.mark.parametrize(("shop", "question"), [("snack", "抹茶粉多少钱"),
                                                ("outdoor", "露营椅多少钱"),
                                                ("apparel", "how much is the denim jacket")])
def test_a_thing_not_carried_is_still_not_carried(shops, host, shop, question):
    answer = ask(shops[shop], host, question)
    assert answer.grounds.status == "not_carried", answer.text


# -- a variant named in words answered with the price range ------------------------------------
# before: "harness medium price" → "$24.99 to $28.99 tonight, depending on the option" (M is
# $26.99); "two person tent price" / "双人帐篷多少钱" → "$189.00 to $279.00". Not false, but the
# variant asked for is not found.

@pytest.mark.parametrize(("question", "variant"), [
    ("harness medium price", "HARNESS-EASY-M"),
    ("two person tent price", "TENT-RIDGE-2P"),
    ("双人帐篷多少钱", "TENT-RIDGE-2P"),
    ("how much is the 2 person tent", "TENT-RIDGE-2P"),  # control
    ("M码胸背多少钱", "HARNESS-EASY-M"),  # control
])
def test_a_variant_named_in_words_gets_its_price(outdoor, host, question, variant):
    answer = ask(outdoor, host, question)
    assert price(outdoor, variant) in answer.text, answer.text
    assert not any(price(outdoor, s) in answer.text for s in SIBLINGS[variant]), answer.text


# -- a yes taken from a FAQ about another aspect -------------------------------------------------
# before: "does it include the stand" (the TV on air) → "Yes, a wall bracket and installation are
# free in tier 1 and 2 cities…" (the stand is never mentioned).

@pytest.mark.parametrize(("on_air", "question"), [
    xfail(TV, "does it include the stand", reason="the bracket FAQ answers a question on the stand"),
    (RICECOOKER, "is the pot dishwasher safe"),  # control: abstains
])
def test_a_yes_is_not_taken_from_another_aspect(kb, host, on_air, question):
    answer = ask(kb, host, question, on_air=on_air)
    assert "Yes" not in answer.text, answer.text


# -- an English question answered in Chinese prose ---------------------------------------------
# before: "does it come with installation" (the TV on air) → "Aurora 65-inch 4K Smart TV:
# 一二线城市免费送挂架并上门安装…" (the English FAQ says the same).

@pytest.mark.parametrize(("on_air", "question"), [
    (TV, "does it come with installation"),  # fixed: Chinese prose to an English ask is rejected
    (PURIFIER, "does it need installation"),  # control
])
def test_an_english_question_is_not_answered_in_chinese(kb, host, on_air, question):
    answer = ask(kb, host, question, on_air=on_air)
    assert not re.search(r"[\u4e00-\u9fff]", answer.text), answer.text


# -- a word inside the question resolves to another product over the one on air ----------------
# before: "有1.8米的吗" ("is there a 1.8 m one", the duvet on air) → "关于泰国茉莉香米 5公斤的这个问题
# 我不太清楚" (米, metre, read as rice).

@pytest.mark.parametrize(("on_air", "question", "other"), [
    (DUVET, "有1.8米的吗", RICE),
    (DUVET, "有2米的吗", RICE),
    (DUVET, "多大尺寸", RICE),  # control
])
def test_a_unit_word_does_not_pull_in_another_product(kb, host, on_air, question, other):
    answer = ask(kb, host, question, on_air=on_air)
    assert kb.facts.get(other).name_zh not in answer.text, answer.text


# -- a purchase limit the answer leaves out -------------------------------------------------------
# before: "can i buy 5" (the beef on air, limit 3 per person) → "tap the cart below the stream and
# pick it there" (a yes by implication).

@pytest.mark.parametrize(("on_air", "question"), [
    (BEEF, "can i buy 5"),
    (BEEF, "can I order 10 of them"),
    (BEEF, "能买5份吗"),
])
def test_a_quantity_over_the_limit_is_told_the_limit(kb, host, on_air, question):
    answer = ask(kb, host, question, on_air=on_air)
    assert abstained(answer) or "Limit 3" in answer.text or "限购3" in answer.text, answer.text


# -- the parent's price said where its variants are priced apart -----------------------------
# before (a harness whose M, the parent's $29.00, is sold out; S $25, L $32, XL $35): "link?" →
# "tap the cart below the stream and pick it there, $29.00 tonight"; "how many left" → "40 left
# at $29.00"; "上链接" → "今晚$29.00". Its price answer gives "$25.00 to $35.00".

@pytest.mark.parametrize("question", [
    "link?",
    "上链接",
    "how many left",
    "还剩多少",
    "how much",  # control: the range
])
def test_no_single_price_is_said_where_variants_differ(variants, host, question):
    answer = ask(variants, host, question, on_air="HARNESS")
    assert "$29.00" not in answer.text, answer.text


# == a careless model's drafts through the verifier ============================================

# -- a bare yes (or no) to a policy that says otherwise ----------------------------------------
# before: accepted. The apparel shop "do[es] not take Alipay"; fresh food "cannot be shipped" to
# Tibet or Xinjiang (the beef on air); the outdoor shop does not ship to Alaska; opened pet food
# "cannot be returned".

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("apparel", TEE, "can i pay with alipay", "Yes."),
    ("apparel", TEE, "can i pay with alipay", "Sure!"),
    ("sample", BEEF, "can you ship it to tibet", "Sure!"),
    ("sample", BEEF, "can you ship it to xinjiang", "Yes."),
    ("outdoor", None, "do you ship to alaska", "Yes!"),
    ("outdoor", None, "can i return opened dog food", "Yes."),
    ("outdoor", None, "can i pay with wechat", "Sure!"),
    ("snack", JERKY, "can i pay with paypal", "Yes."),  # control
    ("sample", BEEF, "is it halal", "Yes."),  # control
])
def test_a_bare_yes_the_policy_denies_is_rejected(shops, host, shop, on_air, question, draft):
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a bare Chinese 有 / 是 to a variant or aspect the facts deny or never state -----------------
# before: "有75寸的吗" → "有" accepted (the TV is 65 inches); "有粉色吗" → "有" (the tee comes in
# white, black, heather grey and navy); "是清真的吗" → "是". The English "Yes!" and "有的" are
# rejected.

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("sample", TV, "有75寸的吗", "有"),
    ("apparel", TEE, "有粉色吗", "有"),
    ("apparel", TEE, "有3XL吗", "有"),
    ("apparel", JEANS, "有40码吗", "有"),
    ("sample", BEEF, "是清真的吗", "是"),
    ("sample", TV, "有55寸的吗", "有的"),  # control
    ("sample", TV, "is it 75 inch?", "Yes!"),  # control
])
def test_a_bare_chinese_yes_needs_the_fact(shops, host, shop, on_air, question, draft):
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a no against a stated feature --------------------------------------------------------------
# before: accepted: "does it mop" → "No, it only vacuums." (the Robot Vacuum and Mop);
# "is it 4k" → "No." (the 4K TV); "is it waterproof" → "No." (10,000 mm rain jacket).

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("sample", VACUUM, "does it mop", "No, it only vacuums.",
          reason="a no is only checked against a passage that says no"),
    xfail("sample", VACUUM, "能拖地吗", "不能", reason="a no is only checked against a passage"),
    xfail("sample", TV, "is it 4k", "No.", reason="a no is not checked against the specs"),
    xfail("sample", TV, "是4K的吗", "不是", reason="a no is not checked against the specs"),
    xfail("apparel", JACKET, "is it waterproof", "No.",
          reason="a no is not checked against the specs"),
    ("apparel", JACKET, "防水吗", "不防水"),  # control
    ("apparel", TEE, "is it see through", "Yes, a little."),  # control
])
def test_a_no_against_a_stated_feature_is_rejected(shops, host, shop, on_air, question, draft):
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a policy amount given to another subject ---------------------------------------------------
# before: accepted: "3 years on the vacuum." (the TV's term; the vacuum has 2); "1 year on the
# TV." (3); "The headlamp has a 2-year warranty." (tents, packs and poles have 2; headlamps 1).

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    xfail("sample", VACUUM, "warranty?", "3 years on the vacuum.",
          reason="a policy amount is checked as a number of the policy, not of its subject"),
    xfail("sample", VACUUM, "warranty?", "1 year.", reason="a policy amount, another subject's"),
    xfail("sample", TV, "warranty?", "1 year on the TV.", reason="a policy amount, another subject's"),
    ("outdoor", None, "warranty on the headlamp?", "The headlamp has a 2-year warranty."),
    ("outdoor", None, "tent warranty?", "1 year."),
    ("sample", VACUUM, "warranty?", "5 years."),  # control: not in the policy at all
])
def test_a_policy_amount_for_another_subject_is_rejected(shops, host, shop, on_air, question,
                                                         draft):
    assert not check(shops[shop], host, question, draft, on_air).ok


# -- a right Chinese policy answer, rejected ---------------------------------------------------
# before: rejected as "quotes English prose to a Chinese question": "包邮吗" → "全场包邮。" (the
# policy: 中国大陆全场包邮); "保修几年" (the vacuum) → "扫地机器人保修2年。"; and in English
# "Yes, free shipping on every order to mainland China." as "promises something nothing grants".

@pytest.mark.parametrize(("on_air", "question", "draft"), [
    (None, "包邮吗", "全场包邮。"),
    (VACUUM, "保修几年", "扫地机器人保修2年。"),
    xfail(None, "is shipping free", "Yes, free shipping on every order to mainland China.",
          reason="'free shipping' is not read as the policy's 'shipping is free'"),
    (None, "is shipping free", "Yes, shipping is free on every order to mainland China."),  # control
])
def test_a_right_policy_draft_is_accepted(kb, host, on_air, question, draft):
    verdict = check(kb, host, question, draft, on_air)
    assert verdict.ok, verdict.problems


# -- a right spec value in a sentence, rejected ------------------------------------------------
# before: rejected as "number not from a slot": "It's 65 inches." (the TV is 65 inches; "65
# inches." alone passes), "It weighs 18.5 kg." ("18.5 kg." passes), "About 180 minutes." (the
# vacuum's runtime; "One hundred and eighty minutes." passes).

@pytest.mark.parametrize(("on_air", "question", "draft"), [
    xfail(TV, "how big", "It's 65 inches.", reason="a spec number is only read with its own words"),
    xfail(TV, "how heavy", "It weighs 18.5 kg.",
          reason="a spec number is only read with its own words"),
    xfail(VACUUM, "battery life?", "About 180 minutes.",
          reason="a spec number is only read with its own words"),
    (TV, "how heavy", "18.5 kg."),  # control
    (VACUUM, "how loud is it", "About 55 dB in quiet mode."),  # control
])
def test_a_right_spec_value_in_a_sentence_is_accepted(kb, host, on_air, question, draft):
    verdict = check(kb, host, question, draft, on_air)
    assert verdict.ok, verdict.problems
