"""Which chat messages are questions for the bot.

A message counts when it reads as a question (`bot.questions`, plus Chinese A-not-A forms like
甜不甜) and names something the shop can answer about: a product (name, Chinese name, alias,
SKU), a shop topic (shipping, returns, price), or, when a product is on air, that product by
implication ("how much is it?"). Addressed to the host (the adapter's mention/reply flag, or
the host's name or nickname in the text), a question word is enough ("Lao Zhang, what's good
tonight"), but a greeting is not ("老张好！"). Chatter ("666", "hello from Shanghai") is left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.events import ChatMessage
from bot.persona import Persona
from bot.questions import looks_like_question
from knowledge import Policy, Product
from knowledge.text import CJK_RE, normalize

# Questions about the shop itself, with no product named.
SHOP_TERMS = (
    "ship", "shipping", "deliver", "delivery", "courier", "postage", "return", "refund",
    "exchange", "warranty", "coupon", "discount", "deal", "deals", "price", "cost", "sale",
    "发货", "快递", "包邮", "配送", "运费", "退货", "退款", "换货",
    "保修", "优惠", "价格", "多少钱",
)
# "how much is it / is this in stock": a question about whatever is on air right now.
DEICTIC = re.compile(r"\b(it|this|that|these|they|them|one)\b|这个|那个|这款|它", re.I)
# Question words anywhere: enough when the message is addressed to the host.
QUESTION_WORD = re.compile(r"\b(how|what|what's|which|when|where|why|who|does|do|can|could|any)\b",
                           re.I)
# Chinese A-not-A questions: 甜不甜, 好不好, 有没有 (the core's first pass misses them).
A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")
MAX_WORDS = 5  # longest English name key looked up
MAX_CJK = 8
_WORD = r"[a-z0-9]+(?:[-'][a-z0-9]+)*"


def _keys(text: str) -> set[str]:
    """English word n-grams (up to MAX_WORDS) and CJK substrings (up to MAX_CJK chars)."""
    norm = normalize(text)
    words = re.findall(_WORD, norm)
    out = {" ".join(words[i : i + n]) for i in range(len(words)) for n in range(1, MAX_WORDS + 1)
           if i + n <= len(words)}
    for run in re.findall(f"{CJK_RE.pattern}+", norm):
        out |= {run[i:j] for i in range(len(run))
                for j in range(i + 1, min(len(run), i + MAX_CJK) + 1)}
    return out


def _plural_forms(term: str) -> set[str]:
    return {term, term + "s", term + "es"}


class QuestionDetector:
    """`pipeline.is_question`: cheap (a set lookup per word n-gram), no retrieval."""

    def __init__(self, persona: Persona, products: Iterable[Product] = (),
                 policies: Iterable[Policy] = (), *,
                 on_air: Callable[[], str | None] | None = None) -> None:
        self.persona = persona
        self.on_air = on_air
        self.terms: set[str] = set()
        self.update(products, policies)

    def update(self, products: Iterable[Product], policies: Iterable[Policy] = ()) -> None:
        """Rebuild the vocabulary (after a catalog ingest)."""
        terms: set[str] = set()
        for p in products:
            for name in p.names():
                norm = normalize(name)
                if words := re.findall(_WORD, norm):
                    terms |= _plural_forms(" ".join(words))
                terms |= set(re.findall(f"{CJK_RE.pattern}{{2,}}", norm))
        for pol in policies:
            terms |= {normalize(k) for k in pol.keywords}
        terms |= {normalize(t) for t in SHOP_TERMS}
        self.terms = {t for t in terms if len(t) >= 2}

    def names_something(self, text: str) -> bool:
        return not self.terms.isdisjoint(_keys(text))

    def __call__(self, msg: ChatMessage) -> bool:
        question = looks_like_question(msg) or bool(A_NOT_A.search(msg.text))
        if msg.addressed_to_bot or self.persona.addressed_in(msg.text):
            # "老张好！" greets the host (and enters the draw); it asks nothing.
            return (question or bool(QUESTION_WORD.search(msg.text))
                    or self.names_something(msg.text))
        if not question:
            return False
        if self.names_something(msg.text):
            return True
        on_air = self.on_air() if self.on_air is not None else None
        return on_air is not None and bool(DEICTIC.search(msg.text))
