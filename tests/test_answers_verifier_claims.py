"""The verifier checks claims, not only numbers (issue 14): more drafts of each kind the fourth
attack round found (tests/test_answers_attack4.py), written apart from those cases.

A careless model's draft, citing every passage gathered for the question, through
`Verifier.check`: "in stock" against the live stock of the product or the variant asked, "free
shipping" against the policy's threshold and the price, a yes against what the cited passages
negate or make a condition, a spec number against the variant asked, a bare yes with nothing
cited. Each kind has right drafts beside the wrong ones. Real Chroma index, live facts.
"""

from __future__ import annotations

from typing import cast

import pytest
from knowledge_shared import shop_kb
from test_answers_attack4 import (
    BOOT,
    DUVET,
    HARNESS,
    JEANS,
    JERKY,
    PACK,
    SWEATER,
    TEE,
    TENT,
    TV,
    Shops,
    check,
)

from bot.answers.verifier import scoped_negation
from bot.persona import Persona
from knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def shops() -> Shops:
    from answers_support import fresh_kb

    return {"sample": cast(KnowledgeBase, fresh_kb()), "apparel": shop_kb("apparel"),
            "snack": shop_kb("snack"), "outdoor": shop_kb("outdoor")}


def verdict(shops: Shops, host: Persona, shop: str, on_air: str | None, question: str,
            draft: str) -> tuple[bool, tuple[str, ...]]:
    v = check(shops[shop], host, question, draft, on_air)
    return v.ok, v.problems


CASES = [
    # -- stock words against the live stock ----------------------------------------------------
    ("apparel", SWEATER, "多少钱", "{price}，有现货！", False),
    ("apparel", SWEATER, "price?", "{price}, available now!", False),
    ("outdoor", PACK, "black one?", "Black is in stock!", False),  # the black daypack: 0 left
    ("outdoor", BOOT, "brown ones?", "Brown is in stock now!", True),  # 44 brown pairs
    ("apparel", TEE, "is it in stock", "In stock now: {stock} left.", True),
    # -- free shipping against the threshold and the price ---------------------------------------
    ("apparel", TEE, "price?", "{price} and it ships free!", False),
    ("outdoor", None, "免运费吗", "免运费。", False),  # free only over $75
    ("outdoor", BOOT, "how much", "{price}, free shipping!", True),  # $139 is over $75
    ("apparel", TEE, "包邮吗", "满50美元包邮。", True),
    # -- a yes against the cited passages' negations and conditions -----------------------------
    ("outdoor", None, "do you ship to hawaii", "Yes!", False),
    ("outdoor", None, "能用微信支付吗", "可以的。", False),
    ("apparel", None, "alipay ok?", "Sure.", False),
    ("snack", JERKY, "开封了能退吗", "可以，7天内。", False),  # 已拆封食品不退
    ("apparel", JEANS, "can i return unworn jeans", "Yes, within 30 days.", True),
    ("apparel", None, "can i pay with paypal", "Yes.", True),
    ("sample", DUVET, "can i return it if unused", "Yes, within 7 days.", True),
    # -- a number of the variant asked ------------------------------------------------------------
    (None, HARNESS, "chest size for the M", "L 66-84 cm.", False),
    (None, HARNESS, "chest size for the M", "M 50-66 cm.", True),
    (None, TENT, "how heavy is the two person", "2.1 kg.", True),
    (None, TENT, "4人款多重", "2.1公斤。", False),
    # -- a bare yes with nothing cited -----------------------------------------------------------
    ("sample", TV, "有红外遥控吗", "有的。", False),
]


@pytest.mark.parametrize(("shop", "on_air", "question", "draft", "ok"), CASES)
def test_a_claim_is_checked_against_the_facts(shops: Shops, host: Persona, shop: str | None,
                                              on_air: str | None, question: str, draft: str,
                                              ok: bool) -> None:
    passed, problems = verdict(shops, host, shop or "outdoor", on_air, question, draft)
    assert passed is ok, problems


@pytest.mark.parametrize(("text", "term", "negated"), [
    ("We do not ship to Alaska, Hawaii, Puerto Rico, Canada or overseas.", "canada", True),
    ("Unworn items can be returned within 30 days.", "worn", True),
    ("Opened food cannot be returned unless it arrived damaged.", "open", True),
    ("Opened food cannot be returned unless it arrived damaged.", "damag", False),
    ("仅配送美国本土48个州，不发阿拉斯加、夏威夷、加拿大及海外。", "美国", False),
    ("仅配送美国本土48个州，不发阿拉斯加、夏威夷、加拿大及海外。", "加拿", True),
    ("可以，不粘炸篮和烤盘都能进洗碗机。", "洗碗", False),  # 不粘 is non-stick, not a "no"
    ("暂不支持支付宝和微信支付。", "付宝", True),
])
def test_a_negation_reaches_as_a_reader_takes_it(text: str, term: str, negated: bool) -> None:
    assert scoped_negation(text)[term] == {negated}
