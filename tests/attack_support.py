"""What the attack tests on answering share (tests/test_answers_attack6.py, attack7, attack8, round6):
the dev shops' SKUs, their knowledge bases (real Chroma, live facts), a question asked with a
product on air, an abstention told apart, a careless model's draft through the verifier, and a
strict xfail per failing case."""

from __future__ import annotations

import asyncio
import re
from typing import Any, cast

import pytest
from knowledge_shared import embedder, sample_kb, shop_kb

from bot.answers import AnswerService, QuestionDetector
from bot.answers.slots import Draft
from bot.answers.verifier import Verdict, Verifier
from bot.clock import FakeClock
from bot.events import ChatMessage, Viewer
from bot.outbox import Outbox
from bot.persona import Persona
from bot.questions import QuestionQueue
from knowledge import KnowledgeBase, money

TV, VACUUM, AIRFRYER, PURIFIER, EGGS, CORN, YOGURT, BEEF, APPLE, RICE = (
    "TV-4K-65", "VACUUM-ROBOT-X7", "AIRFRYER-6L", "PURIFIER-RO-800", "EGG-FREERANGE-30", "CORN-SWEET-10",
    "YOGURT-GREEK-12", "BEEF-SHANK-1KG", "APPLE-FUJI-5KG", "RICE-JASMINE-5KG")
TEE, JEANS, JACKET, SNEAKER, SWEATER, BEANIE = ("TEE-VNECK", "JEANS-SLIM", "JACKET-RAIN",
                                                "SNEAKER-CANVAS", "SWEATER-MERINO",
                                                "BEANIE-WOOL")
JERKY, NUTS, SEAWEED, MANGO, MILKTEA = ("JERKY-SPICY-250", "NUTS-DAILY-30", "SEAWEED-CRISPY-12",
                                        "MANGO-DRIED-500", "MILKTEA-POWDER-20")
TENT, PACK, LAMP, STOVE, POLES, FILTER, DOG, HARNESS, BOOT, LITTER, BAG, FOUNTAIN = (
    "TENT-RIDGE", "PACK-DAY-20", "LAMP-TRAIL-400", "STOVE-PICO", "POLES-CARBON",
    "FILTER-SQUEEZE", "DOG-SALMON", "HARNESS-EASY", "BOOT-GRANITE", "LITTER-CLUMP-20",
    "BAG-SUMMIT-20", "FOUNTAIN-PET-2L")
Shops = dict[str, KnowledgeBase]  # shop name → its knowledge base
NOT_CARRIED = re.compile(r"don't carry|今晚没有")  # the persona's "not carried" line


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


def check(kb: KnowledgeBase, host: Persona, question: str, draft: str,
          on_air: str | None = None) -> Verdict:
    """The verifier's verdict on `draft`, citing every passage gathered for `question` (a
    careless model cites all it was shown)."""
    grounds = _service(kb, host, on_air).ground(question)
    return Verifier(host).check(Draft(draft, tuple(p.id for p in grounds.passages)), grounds)


def price(kb: KnowledgeBase, sku: str) -> str:
    """The live price of `sku` as the answers write it."""
    offer = kb.facts.live_offer(sku, FakeClock().now())
    return money(offer.price, offer.currency)


def said(text: str, right: str | tuple[str, ...] | None, wrong: str | None = None) -> bool:
    """`text` holds one of `right` (None: nothing is right but an abstention) and not `wrong`."""
    rights = () if right is None else (right,) if isinstance(right, str) else right
    return any(r in text for r in rights) and (wrong is None or wrong not in text)


def answered(kbs: Shops, host: Persona, shop: str, question: str,
             right: str | tuple[str, ...] | None, wrong: str | None) -> None:
    """Asked in `shop`, the answer says `right` and not `wrong`; `right` None: `wrong` is not
    said (an abstention is right)."""
    answer = ask(kbs[shop], host, question)
    if right is None:
        assert wrong is None or wrong not in answer.text, answer.text
    else:
        assert said(answer.text, right, wrong), answer.text


def detected(host: Persona, line: str, on_air: bool) -> bool:
    """Whether the shipped detector (with its MiniLM stage) picks `line` up in the sample show,
    a product on air or none."""
    kb = sample_kb()
    sku = next(iter(kb.catalog))
    detect = QuestionDetector(host, kb.catalog.values(), kb.policies,
                              on_air=lambda: sku if on_air else None)
    detect.use_embedder(embedder())
    return detect(ChatMessage("console", "live", "1", Viewer("console", "v", "v"), line, 0.0))
