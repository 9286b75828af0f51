"""One row of the labelled answer suite (data/answers_*.jsonl), shared by its generators.

make_suite.py documents what each `expect` means; make_heldout2.py and make_heldout3.py write
the same shape by hand. The bench (bench/answers.py) reads the rows back as JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack is 3.12+; only the checker reads it


class CaseExtras(TypedDict, total=False):
    """What a row says beyond the question, by `expect`: the product (`sku`, both `skus` of a
    comparison), the text a right answer quotes (`fact`), the policy id (`policy`), and for an
    abstention why (`why`, free text for the reader)."""

    sku: str
    skus: list[str]
    fact: str
    policy: str
    why: str


class AnswerCase(CaseExtras):
    """A labelled question: the shop (sample | apparel | snack), the question and its
    language ("en" | "zh"), the SKU on air (or None) and what a right answer holds
    (price | stock | fact | policy | deals | compare | abstain)."""

    shop: str
    question: str
    lang: str
    on_air: str | None
    expect: str


def case(shop: str, question: str, expect: str, on_air: str | None = None,
         **extras: Unpack[CaseExtras]) -> AnswerCase:
    """A row, its language read off the question (any CJK ideograph makes it "zh")."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in question) else "en"
    return {"shop": shop, "question": question, "lang": lang, "on_air": on_air, "expect": expect,
            **extras}
