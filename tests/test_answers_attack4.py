"""Attacks on answering, fourth outside round (issue 14), after the change that reads prices in
slang and other currencies, stock in other words, deals and policies with no product named, a
name with a time or pack count glued on, sizes and colours a product is not sold in, a product
FAQ only for its own topic, the aspect asked, and the viewer's language.

A fresh viewer's questions in English and Chinese over the sample show and the apparel / snack /
outdoor shops, and a careless model's drafts through the verifier. One test per KIND of wrong
answer found, a few wordings each; every "before:" is what Hawker said. The right behaviour is
asserted (an honest abstention is right where the facts do not say); `xfail(strict=True)`
marks, case by case, what fails today, so a fix turns it into an XPASS that fails until its
marker goes. Unmarked cases are controls that pass today.

The questions are also rows of bot/answers/understand/data/answers_attack4.jsonl
(`python bench/understanding.py --part answers --split attack4`). Real Chroma index, live facts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, cast

import pytest
from knowledge_shared import embedder, shop_kb

from bot.answers import AnswerService
from bot.answers.detect import QuestionDetector
from bot.answers.slots import Draft
from bot.answers.verifier import Verdict, Verifier
from bot.clock import FakeClock
from bot.events import ChatMessage, Viewer
from bot.outbox import Outbox
from bot.persona import Persona
from bot.questions import QuestionQueue
from knowledge import KnowledgeBase, money
from knowledge.catalog import load_catalog

TV, VACUUM, BEEF, AIRFRYER = "TV-4K-65", "VACUUM-ROBOT-X7", "BEEF-SHANK-1KG", "AIRFRYER-6L"
APPLE, DUVET, RICECOOKER = "APPLE-FUJI-5KG", "DUVET-GOOSE-WINTER", "RICECOOKER-IH-4L"
TEE, JEANS, JACKET, SWEATER = "TEE-VNECK", "JEANS-SLIM", "JACKET-RAIN", "SWEATER-MERINO"
JERKY, MANGO, SEAWEED = "JERKY-SPICY-250", "MANGO-DRIED-500", "SEAWEED-CRISPY-12"
TENT, PACK, LAMP, STOVE, POLES = "TENT-RIDGE", "PACK-DAY-20", "LAMP-TRAIL-400", "STOVE-PICO", \
    "POLES-CARBON"
BOOT, DOG, HARNESS, BAG = "BOOT-GRANITE", "DOG-SALMON", "HARNESS-EASY", "BAG-SUMMIT-20"
Shops = dict[str, KnowledgeBase]  # shop name → its knowledge base
Detector = Callable[[str, str | None], bool]  # (chat line, SKU on air) → picked up as a question


def xfail(*values: Any, reason: str) -> Any:
    """One case that fails today (strict: a fix must remove the marker)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                                                         reason=reason))


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": cast(KnowledgeBase, fresh_kb()), "apparel": shop_kb("apparel"),
            "snack": shop_kb("snack"), "outdoor": shop_kb("outdoor")}


def _service(kb: KnowledgeBase, host: Persona, on_air: str | None = None) -> AnswerService:
    clock = FakeClock()
    return AnswerService(kb, host, Outbox(clock), clock, QuestionQueue(), on_air=lambda: on_air)


def ask(kb: KnowledgeBase, host: Persona, question: str, on_air: str | None = None) -> Any:
    return asyncio.run(_service(kb, host, on_air).answer(question))


def abstained(answer: Any) -> bool:
    return bool(answer.composer.startswith(("persona", "abstain")))


def price(kb: KnowledgeBase, sku: str) -> str:
    offer = kb.facts.live_offer(sku, FakeClock().now())
    return money(offer.price, offer.currency)


def names(kb: KnowledgeBase, sku: str) -> list[str]:
    product = kb.catalog[sku]
    return [n for n in (product.name, product.name_zh) if n]


def check(kb: KnowledgeBase, host: Persona, question: str, draft: str,
          on_air: str | None = None) -> Verdict:
    """The verifier's verdict on `draft`, citing every passage gathered for `question` (a
    careless model cites all it was shown)."""
    grounds = _service(kb, host, on_air).ground(question)
    return Verifier(host).check(Draft(draft, tuple(p.id for p in grounds.passages)), grounds)


# == a viewer's questions ======================================================================

# -- a payment brand read as a product -----------------------------------------------------------
# before: "can i pay with apple pay?" → the payment policy "(Yantai Fuji Apples (5 kg), ¥49.90
# tonight.)"; "apple pay ok?" the same; "支持苹果支付吗" → "…（烟台红富士苹果 5斤装，今晚¥49.90。）".

@pytest.mark.parametrize("question", [
    "can i pay with apple pay?",
    "apple pay ok?",
    "支持苹果支付吗",
    "can i pay with paypal",  # control
])
def test_a_payment_brand_is_not_a_product(shops: Shops, host: Persona, question: str) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, question)
    for name in names(kb, APPLE):
        assert name not in answer.text, answer.text
    assert price(kb, APPLE) not in answer.text, answer.text


# -- a bare aspect asked with a product on air, answered from another product ---------------------
# before (outdoor shop): "防水吗" with the daypack, the tent, the headlamp, the stove or the
# trekking poles on air → the hiking boots' description "中帮磨砂皮防水登山鞋…（花岗岩中帮防水登山鞋，
# 今晚$139.00。）"; "防水不" (the daypack) the same. "is it spicy" with the seaweed on air → "I don't
# know that about the Sichuan Spicy Beef Jerky 250 g"; "is it waterproof" with the headlamp on air →
# "I don't know that about the Granite Mid Waterproof Hiking Boots".

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("outdoor", PACK, "防水吗"),
    ("outdoor", PACK, "防水不"),
    ("outdoor", TENT, "防水吗"),
    ("outdoor", LAMP, "防水吗"),
    ("outdoor", STOVE, "防水吗"),
    ("outdoor", POLES, "防水吗"),
    ("snack", SEAWEED, "is it spicy"),
    ("outdoor", BOOT, "防水吗"),  # control: the boots are on air
    ("outdoor", PACK, "does it fit a laptop"),  # control
    ("outdoor", LAMP, "is it waterproof"),
    ("outdoor", LAMP, "battery life?"),  # control
])
def test_a_bare_aspect_ask_is_about_the_product_on_air(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str
) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question, on_air=on_air)
    others = [n for sku in kb.catalog if sku != on_air for n in names(kb, sku)
              if n in answer.text]
    assert not others, answer.text


# -- a comparison on another aspect answered with prices ---------------------------------------
# before: "which is lighter the tv or the vacuum" → "Aurora 65-inch 4K Smart TV: ¥2999.00. Tidy
# X7 Robot Vacuum and Mop: ¥1999.00. Tidy X7 Robot Vacuum and Mop is cheaper tonight."; the same
# price verdict for "电视和扫地机哪个重", "air fryer or rice cooker which uses more power", "which
# has more capacity…", "jerky vs seeds which lasts longer", "比芒果干辣吗" (jerky on air), "tent
# vs backpack which is heavier". Right: the aspect asked, from the facts, or an honest abstention.

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("sample", None, "which is lighter the tv or the vacuum", "18.5 kg"),
    ("sample", None, "电视和扫地机哪个重", "18.5 kg"),
    ("sample", None, "air fryer or rice cooker which uses more power", "1500 W"),
    ("sample", None, "which has more capacity the air fryer or the rice cooker", "6 litres"),
    ("snack", None, "jerky vs seeds which lasts longer", "9 months"),
    ("snack", JERKY, "比芒果干辣吗", "特辣"),
    ("outdoor", None, "tent vs backpack which is heavier", "560 g"),
    ("sample", None, "which costs less the tv or the vacuum", "¥1999.00"),  # control
    ("snack", None, "牛肉干和芒果干哪个便宜", "¥39.90"),  # control
])
def test_a_comparison_of_another_aspect_is_not_a_price_comparison(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str,
        right: str
) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert abstained(answer) or right in answer.text, answer.text


# -- a spare part or accessory priced with its product's price ----------------------------------
# before: "扫地机滤网多少钱" (the vacuum's filter) → "整洁 X7 扫拖一体机器人：今晚¥1999.00…";
# "电视挂架多少钱" (a wall bracket) → the TV's ¥2999.00; "背包防雨罩多少钱" (a rain cover) → the
# daypack's $59.00. The English wordings abstain.

@pytest.mark.parametrize(("shop", "question", "product"), [
    ("sample", "扫地机滤网多少钱", VACUUM),
    ("sample", "电视挂架多少钱", TV),
    ("outdoor", "背包防雨罩多少钱", PACK),
    ("sample", "how much is the vacuum filter", VACUUM),  # control
    ("sample", "空气炸锅内胆多少钱", AIRFRYER),  # control
    ("outdoor", "how much is the backpack rain cover", PACK),  # control
])
def test_a_spare_part_is_not_priced_as_its_product(
        shops: Shops, host: Persona, shop: str, question: str, product: str
) -> None:
    kb = shops[shop]
    answer = ask(kb, host, question)
    assert price(kb, product) not in answer.text, answer.text


# -- a warranty no policy gives, answered with a policy that does not apply ------------------------
# before: "warranty?" (the duvet on air) and "被子保修吗" → "Every appliance carries the
# manufacturer's national warranty: 1 year on small kitchen appliances…"; "egg warranty lol" the
# same; "warranty?" (the boots on air) and "dog food warranty?" → "Tents, packs and trekking poles
# carry a 2-year warranty… Headlamps, stoves and pet fountains carry a 1-year warranty."; the
# snack shop (no warranty policy), "warranty?" → its returns policy.

@pytest.mark.parametrize(("shop", "on_air", "question", "right"), [
    ("sample", DUVET, "warranty?", None),
    ("sample", None, "被子保修吗", None),
    ("sample", None, "egg warranty lol", None),
    ("outdoor", BOOT, "warranty?", None),
    ("outdoor", None, "dog food warranty?", None),
    ("snack", JERKY, "warranty?", None),
    ("outdoor", None, "warranty on the tent?", "2-year"),  # control
    ("sample", None, "vacuum warranty", "2 years"),  # control
])
def test_a_warranty_no_policy_gives_is_not_answered(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str,
        right: str | None
) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert right in answer.text, answer.text


# -- a carried product called "not carried" when a word is glued to its name ---------------------
# before: "电视明天还有吗" → "抱歉，今晚没有电视明天哦。"; "牛肉明天还有吗", "帐篷明天还有吗",
# "瓜子下周还有吗", "空气炸锅下周还有这个价吗" the same; "酸奶一杯多少钱" → "今晚没有酸奶一杯哦";
# "how much is the tv after the show" → "Sorry, we don't carry tv after tonight."; "tv regular
# price?" → "…don't carry tv regular…"; the TV on air, "how much for two" → "…don't carry two…";
# the vacuum on air, "how much is it normally" → "…don't carry it normally…". (今晚 and 现在 are
# understood.)

@pytest.mark.parametrize(("shop", "on_air", "question"), [
    ("sample", None, "电视明天还有吗"),
    ("sample", None, "牛肉明天还有吗"),
    ("sample", None, "空气炸锅下周还有这个价吗"),
    ("outdoor", None, "帐篷明天还有吗"),
    ("snack", None, "瓜子下周还有吗"),
    ("sample", None, "酸奶一杯多少钱"),
    ("sample", None, "how much is the tv after the show"),
    ("sample", None, "how much is the tv compared to last week"),
    ("sample", None, "tv regular price?"),
    ("sample", TV, "how much for two"),
    ("sample", VACUUM, "how much is it normally"),
    ("sample", None, "牛肉今晚多少钱"),  # control
    ("sample", None, "电视现在多少钱"),  # control
    ("sample", TV, "买两台多少钱"),  # control
])
def test_a_glued_word_does_not_make_a_product_not_carried(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str
) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert "今晚没有" not in answer.text and "don't carry" not in answer.text, answer.text


# -- a city in a region the policy names, answered with the standard terms ------------------------
# before: "how long does delivery take to lhasa" (Tibet: 5 to 8 days, no fresh food) → "…receive
# parcels in 2 to 4 days."; "到乌鲁木齐几天" (Xinjiang) → "…2到4天送达"; "发拉萨吗" the same; the
# outdoor shop (48 contiguous states only): "ship to honolulu?", "ship to anchorage" and "ship to
# toronto?" → "Orders under $75 ship for a flat $7.95… arrive in 3 to 6 business days.", a yes to
# a place it never ships to. "到西宁要几天" (Qinghai) and "ship to puerto rico?" are right.

@pytest.mark.parametrize(("shop", "question", "right"), [
    ("sample", "how long does delivery take to lhasa", "5 to 8"),
    ("sample", "到乌鲁木齐几天", "5到8天"),
    ("sample", "发拉萨吗", "5到8天"),
    ("outdoor", "ship to honolulu?", "Hawaii"),
    ("outdoor", "ship to anchorage", "Alaska"),
    ("outdoor", "ship to toronto?", "Canada"),
    ("sample", "到西宁要几天", "5到8天"),  # control
    ("outdoor", "ship to puerto rico?", "Puerto Rico"),  # control
    ("sample", "到上海几天", "2到4天"),  # control
])
def test_a_city_is_answered_by_its_regions_policy(shops: Shops, host: Persona, shop: str,
                                                   question: str, right: str) -> None:
    answer = ask(shops[shop], host, question)
    assert abstained(answer) or right in answer.text, answer.text


# -- a policy of another topic ------------------------------------------------------------------
# before: "能开专票吗" (a VAT special invoice, the slang 专票) → the payment policy "支持支付宝、微信支付
# 和银联卡…"; "how do i contact customer service" → the returns policy. "能开专用发票吗" and "vat
# invoice?" get the invoice policy.

@pytest.mark.parametrize(("question", "right"), [
    ("能开专票吗", "增值税专用发票"),
    xfail("how do i contact customer service", None, reason="no policy says it; returns answer"),
    ("能开专用发票吗", "增值税专用发票"),  # control
    ("vat invoice?", "VAT invoices"),  # control
])
def test_a_policy_of_another_topic_does_not_answer(shops: Shops, host: Persona, question: str,
                                                   right: str | None) -> None:
    answer = ask(shops["sample"], host, question)
    if right is None:
        assert abstained(answer), answer.text
    else:
        assert abstained(answer) or right in answer.text, answer.text


# -- one variant's spec said for the whole product, or for another aspect -----------------------
# before (the tent on air, 2-person 2.1 kg / 4-person 3.6 kg): "多重" → "山脊双层帐篷：2.1 kg."
# (no variant named); "how much is the big one" → "Ridgeline Dome Tent: 2-person floor: 210 × 135
# cm." (a size, and the small one's); "how much is the large one" the same.

@pytest.mark.parametrize(("question", "wrong", "right"), [
    ("多重", None, "3.6"),
    ("how much is the big one", "210 × 135", "$279.00"),
    ("how much is the large one", "210 × 135", "$279.00"),
    ("four person tent price", "$189.00", "$279.00"),  # control
    ("how heavy", None, "2-person"),  # control: the variant is named
])
def test_a_variants_spec_is_not_said_for_the_product(
        shops: Shops, host: Persona, question: str, wrong: str | None, right: str | None
) -> None:
    answer = ask(shops["outdoor"], host, question, on_air=TENT)
    assert wrong is None or wrong not in answer.text, answer.text
    assert abstained(answer) or right in answer.text, answer.text


# -- chat that asks the shop nothing, picked up and answered from the facts ---------------------
# before (the detector with its MiniLM stage): "my shirt shrank in the wash lol" (the tee on air)
# → picked up, then "Cotton V-Neck Tee: washing: machine wash warm."; "my air fryer is the same
# color haha" → "colour: sage green"; "what color is the host's hair" → "Sorry, we don't carry
# host tonight."

@pytest.fixture(scope="module")
def detector(host: Persona) -> Detector:
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
        return bool(det(ChatMessage("console", "live", "1", Viewer("console", "v", "v"), text,
                                    0.0)))

    return picks


@pytest.mark.parametrize(("text", "on_air"), [
    ("my shirt shrank in the wash lol", TEE),
    xfail("my air fryer is the same color haha", AIRFRYER,
          reason="a product word and an aspect are enough"),
    xfail("what color is the host's hair", TEE, reason="a question to the host"),
    ("my mom bought the beef last week", BEEF),  # control
    ("i already have an air fryer lol", AIRFRYER),  # control
    ("my headlamp died on the trail once", LAMP),  # control
])
def test_chat_that_asks_the_shop_nothing_is_not_a_question(
        detector: Detector, text: str, on_air: str | None
) -> None:
    assert not detector(text, on_air)


# == a careless model's drafts through the verifier =============================================

# -- a Chinese 可以 (or a bare yes) to what the policy denies ------------------------------------
# before: accepted. The apparel shop does not take Alipay: "支付宝可以吗" → "可以。"; the outdoor
# shop takes neither WeChat Pay nor ships to Canada: "微信支付可以吗" → "可以。", "wechat pay?" →
# "Yes.", "发加拿大吗" → "可以。". The sample show takes Alipay (control).

@pytest.mark.parametrize(("shop", "on_air", "question", "draft", "ok"), [
    ("apparel", TEE, "支付宝可以吗", "可以。", False),
    ("outdoor", None, "微信支付可以吗", "可以。", False),
    ("outdoor", None, "wechat pay?", "Yes.", False),
    ("outdoor", None, "发加拿大吗", "可以。", False),
    ("apparel", TEE, "支付宝可以吗", "不支持支付宝。", True),  # control
    ("sample", None, "能用支付宝吗", "可以。", True),  # control: the sample show takes Alipay
    ("outdoor", None, "ship to alaska?", "No, we do not ship to Alaska.", True),  # control
])
def test_a_yes_the_policy_denies_is_rejected(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str, draft: str,
        ok: bool
) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


# -- free shipping promised below the policy's threshold ----------------------------------------
# before: accepted: "{price}, free shipping!" for the $18 tee (free over $50) and the $49 stove
# (free over $75); "包邮吗" → "包邮。" for the tee and the ¥49.90 jerky (包邮 over ¥99); "Free
# shipping!" for the jerky. "Yes, shipping is free." is rejected; the sample show ships free.

@pytest.mark.parametrize(("shop", "on_air", "question", "draft", "ok"), [
    ("apparel", TEE, "how much", "{price}, free shipping!", False),
    ("outdoor", STOVE, "how much", "{price}, free shipping!", False),
    ("apparel", TEE, "包邮吗", "包邮。", False),
    ("snack", JERKY, "包邮吗", "包邮。", False),
    ("snack", JERKY, "free shipping?", "Free shipping!", False),
    ("apparel", TEE, "free shipping?", "Yes, shipping is free.", False),  # control
    ("apparel", TEE, "is shipping free", "Free shipping on orders over $50.", True),  # control
    ("snack", JERKY, "包邮吗", "满99元包邮。", True),  # control
    ("sample", BEEF, "包邮吗", "包邮。", True),  # control: free on every order
])
def test_free_shipping_below_the_threshold_is_rejected(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str, draft: str,
        ok: bool
) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


# -- another variant's number --------------------------------------------------------------------
# before: accepted: "how heavy is the four person" → "2.1 kg." (the 2-person's; 4-person 3.6 kg);
# "floor size of the 4 person tent" → "210 × 135 cm." (the 2-person's); "how heavy is the 2
# person" → "3.6 kg."; "chest size for the L" (the harness) → "S 38-50 cm.".

@pytest.mark.parametrize(("on_air", "question", "draft", "ok"), [
    (TENT, "how heavy is the four person", "2.1 kg.", False),
    (TENT, "floor size of the 4 person tent", "210 × 135 cm.", False),
    (TENT, "how heavy is the 2 person", "3.6 kg.", False),
    (HARNESS, "chest size for the L", "S 38-50 cm.", False),
    (TENT, "how heavy is the four person", "3.6 kg.", True),  # control
    (HARNESS, "chest size for the L", "L 66-84 cm.", True),  # control
])
def test_another_variants_number_is_rejected(
        shops: Shops, host: Persona, on_air: str | None, question: str, draft: str, ok: bool
) -> None:
    verdict = check(shops["outdoor"], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


# -- a sold-out product or variant called in stock ----------------------------------------------
# before: accepted: "{price}, in stock now!" and "{price}, in stock." for the merino sweater (0 in
# stock) and the sleeping bag (0); "Slate Grey is in stock now!" for the boots (Slate Grey: 0).
# "In stock now!" to "is it in stock" is rejected ("does not say it is sold out").

@pytest.mark.parametrize(("shop", "on_air", "question", "draft", "ok"), [
    ("apparel", SWEATER, "how much", "{price}, in stock now!", False),
    ("apparel", SWEATER, "how much", "{price}, in stock.", False),
    ("outdoor", BAG, "how much", "{price}, in stock now!", False),
    ("outdoor", BOOT, "grey ones?", "Slate Grey is in stock now!", False),
    ("apparel", SWEATER, "is it in stock", "In stock now!", False),  # control
    ("apparel", TEE, "how much", "{price}, in stock now!", True),  # control: 35 in stock
])
def test_a_sold_out_product_is_not_called_in_stock(shops: Shops, host: Persona, shop: str,
                                                   on_air: str | None, question: str, draft: str,
                                                   ok: bool) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


# -- a yes that drops the policy's condition -----------------------------------------------------
# before: accepted: "can i return worn jeans" → "Yes, within 30 days." (unworn items only); "can
# i return opened jerky" → "Yes, within 7 days." (unopened only); "can i return it if opened" (dog
# food) → "Yes, within 30 days for a full refund." (opened pet food cannot be returned); the beef
# on air, "can i return it" → "Yes, within 7 days of delivery for any reason." (that is the
# appliances' and bedding's rule; fresh food cannot be returned).

@pytest.mark.parametrize(("shop", "on_air", "question", "draft", "ok"), [
    ("apparel", JEANS, "can i return worn jeans", "Yes, within 30 days.", False),
    ("snack", JERKY, "can i return opened jerky", "Yes, within 7 days.", False),
    ("outdoor", DOG, "can i return it if opened", "Yes, within 30 days for a full refund.",
     False),
    ("sample", BEEF, "can i return it", "Yes, within 7 days of delivery for any reason.",
     False),
    ("sample", DUVET, "can i return it", "Yes, within 7 days if unused and in original packaging.",
     True),  # control
    ("apparel", JEANS, "能换码吗", "可以，换码免费。", True),  # control
])
def test_a_yes_that_drops_the_policys_condition_is_rejected(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str, draft: str,
        ok: bool
) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


# -- a bare Chinese 有 / 能 / 可以 about a feature no fact names ---------------------------------
# before: accepted: the TV "有蓝牙吗" → "有的。", "有摄像头吗" → "有。"; the vacuum "能爬楼梯吗" →
# "能。"; the air fryer "能烤蛋糕吗" → "可以。". "有蒸汽功能吗" → "有的。" is rejected; "有WiFi吗"
# (Wi-Fi 6) and the jacket's "有帽子吗" (a hood) are right.

@pytest.mark.parametrize(("on_air", "question", "draft", "ok"), [
    (TV, "有蓝牙吗", "有的。", False),
    (TV, "有摄像头吗", "有。", False),
    (VACUUM, "能爬楼梯吗", "能。", False),
    (AIRFRYER, "能烤蛋糕吗", "可以。", False),
    (AIRFRYER, "有蒸汽功能吗", "有的。", False),  # control
    (TV, "有WiFi吗", "有的。", True),  # control
])
def test_a_bare_chinese_yes_about_an_unnamed_feature_is_rejected(
        shops: Shops, host: Persona, on_air: str | None, question: str, draft: str, ok: bool
) -> None:
    verdict = check(shops["sample"], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


# -- a right draft rejected ---------------------------------------------------------------------
# before: rejected: "Yes, 10,000 mm." (the jacket; "number not from a slot"); "3000 mm fly / 5000
# mm floor." (the tent); "10 packs." (the jerky: 10 small packs of 25 g); "There is no laptop
# sleeve." (the daypack: "says what no cited passage says"); "不是，菲律宾宿务的。" and "No, from
# Cebu, Philippines." (the mango, "is it from thailand": "answers yes/no about what no cited
# passage mentions"); "No, we do not ship to Hong Kong yet." ("turns a cited passage's no into
# yes"); "We take Alipay, WeChat Pay or UnionPay cards." ("take"); "Yes, 100% grass-fed."; the
# boots' own description "Brown or Slate Grey. US 7 to 13, half sizes." ("contains a link
# 'Grey. US'"); "The 4-person is {price}.", "The 15 lb bag is {price}." and "{price_low} for the
# 2-person, {price_high} for the 4-person." ("number not from a slot 'the 4 person'").

@pytest.mark.parametrize(("shop", "on_air", "question", "draft"), [
    ("apparel", JACKET, "is it waterproof", "Yes, 10,000 mm."),
    ("outdoor", TENT, "waterproof?", "3000 mm fly / 5000 mm floor."),
    ("snack", JERKY, "how many packs", "10 packs."),
    xfail("outdoor", PACK, "laptop?", "There is no laptop sleeve.",
          reason="the FAQ that says it is not cited for a one-word question"),
    ("snack", MANGO, "是泰国的吗", "不是，菲律宾宿务的。"),
    ("snack", MANGO, "is it from thailand", "No, from Cebu, Philippines."),
    xfail("sample", None, "ship to hong kong?", "No, we do not ship to Hong Kong yet.",
          reason="a no with the policy's 'yet' moved is read as a yes"),
    ("sample", None, "can i pay with paypal", "We take Alipay, WeChat Pay or UnionPay cards."),
    ("sample", BEEF, "is it grass fed", "Yes, 100% grass-fed."),
    ("outdoor", BOOT, "brown ones?", "Brown or Slate Grey. US 7 to 13, half sizes."),
    ("outdoor", TENT, "how much is the 4 person", "The 4-person is {price}."),
    ("outdoor", DOG, "how much is the 15 lb", "The 15 lb bag is {price}."),
    ("outdoor", TENT, "how much", "{price_low} for the 2-person, {price_high} for the 4-person."),
    ("apparel", JACKET, "is it waterproof",
     "Waterproof: 10,000 mm rated fabric with fully taped seams."),  # control
    ("snack", JERKY, "how many packs", "10 small packs of 25 g."),  # control
    ("sample", None, "ship to hong kong?", "We do not yet ship to Hong Kong."),  # control
])
def test_a_right_draft_is_accepted(
        shops: Shops, host: Persona, shop: str, on_air: str | None, question: str, draft: str
) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok, verdict.problems
