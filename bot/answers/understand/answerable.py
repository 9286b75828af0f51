"""Does anything the shop wrote answer the aspect asked? One-fact units of a product (one spec
item, one FAQ pair, one description sentence) scored against the question.

The score is the share of the question's content words (product names masked, question filler
dropped), weighted by inverse document frequency over the catalog's units, that a unit covers;
a unit whose spec key or FAQ question names the same aspect ("watts" and "power", 功率) covers
it fully. A FAQ counts by its question only: a FAQ about coating safety must not answer
"is it dishwasher safe". Below `MIN_SCORE` nothing answers and the reply is an honest "I don't
know that about the X". Measured on hetPQA by bench/hetpqa.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.answers.understand.intent import aspect_words
from bot.answers.understand.snapshot import per_catalog
from knowledge import Product
from knowledge.index import OPTION_NAMES
from knowledge.text import CJK_RE, normalize, tokens

MIN_SCORE = 0.6
KIND_RANK = {"faq": 2, "spec": 1, "description": 0}
# Question filler beyond knowledge.text's stop words: asking words, not aspects.
FILLER = frozenset("""x tell know much many long does do did is are can could would will
should there their your you ours we us have has it this that what which how when where why
who whose whom pls please any come comes good okay ok really also still tonight now
recommend recommended worth best better like think opinion review reviews
they them these those its one ones""".split())
# Characters that ask rather than name an aspect (多大, 有没有, 甜不甜): a CJK bigram holding one
# is question grammar, or straddles two words.
ASKING_ZH = frozenset("多少么吗呢吧啊的了不没有是怎什哪几能会可请问个这那它你我")
_SENT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？；])")


# A question that asks for a value (what / where / how much / 多少 / 哪), not yes or no.
_WH = re.compile(r"^(?:what|whats|which|where|wheres|when|how|tell me the)\b|\b(?:what|which|where|how "
                 r"(?:much|many|long|big|heavy|tall|wide|old))\b|多少|几|哪|什么|啥|多大|多重|多久|多长")
# A question that asks an amount: the unit that answers holds a number.
_AMOUNT = re.compile(r"\bhow (?:much|many|long|big|heavy|tall|wide)\b|多久|多长|多重|"
                     r"几[个天年月克斤升寸根条包袋片]|多少[个克天年月瓦升条片]|多少毫升")
# A FAQ asked as yes / no ("Is the rice imported...?", "尺码准吗？").
_YES_NO = re.compile(r"^(?:is|are|do|does|did|can|could|will|would|should|has|have)\b|[吗么][?？]?$")


def _yes_no(u: Unit) -> bool:
    return u.kind == "faq" and bool(_YES_NO.search(normalize(u.match).strip()))


def _names_key(u: Unit, terms: set[str]) -> bool:
    """A spec item whose own key the question names ("the installation" → installation: ...,
    not install: ...)."""
    return u.kind == "spec" and normalize(u.id.split(":", 3)[-1]) in terms


@dataclass(frozen=True, slots=True)
class Unit:
    """One fact a product's listing states. `match`: the text compared with the question
    (a FAQ's question, a spec's group and key); `text`: what the answer says."""

    id: str
    kind: str  # spec | faq | description
    lang: str
    match: str
    text: str


def units(p: Product) -> list[Unit]:
    """Every one-fact unit of a product (merged: the same text is one unit)."""
    out: dict[str, Unit] = {}
    for group, kv in p.specs.items():
        for key, value in kv.items():
            lang = "zh" if CJK_RE.search(key) else "en"
            out.setdefault(f"{key}: {value}", Unit(f"spec:{p.sku}:{group}:{key}", "spec", lang,
                                                   f"{group} {key}", f"{key}: {value}"))
    for name, values in p.options.items():  # a variant option lists every value the shop sells
        key = OPTION_NAMES.get(name.casefold(), name)
        text = f"{key}: {', '.join(values)}"
        out.setdefault(text, Unit(f"options:{p.sku}:{name}", "spec", "en", f"options {key}", text))
    for i, item in enumerate(p.faq):
        lang = item.lang or ("zh" if CJK_RE.search(item.question) else "en")
        out.setdefault(item.answer, Unit(f"faq:{p.sku}:{i}", "faq", lang, item.question,
                                         item.answer))
    for lang, text in p.description.items():
        for i, sentence in enumerate(s.strip() for s in _SENT.split(text) if s.strip()):
            out.setdefault(sentence, Unit(f"description:{p.sku}:{lang}:{i}", "description", lang,
                                          sentence, sentence))
    return list(out.values())


def content_terms(text: str) -> set[str]:
    """Words of a question that say what is asked (EN words, CJK bigrams)."""
    out: set[str] = set()
    chars: set[str] = set()
    for t in tokens(text):
        t = t.rstrip("'")
        if CJK_RE.match(t):
            if not set(t) & ASKING_ZH:
                (out if len(t) == 2 else chars).add(t)
        elif t not in FILLER and len(t) > 1 and not t.isdigit():
            out.add(t)
    return out or chars  # 甜不甜: no bigram survives, the one character is the aspect


class Answerability:
    """Scores units of one catalog; IDF over all its units."""

    def __init__(self, catalog: Mapping[str, Product]) -> None:
        self.units = {sku: units(p) for sku, p in catalog.items()}
        df: dict[str, int] = {}
        n = 0
        for us in self.units.values():
            for u in us:
                n += 1
                for t in set(tokens(u.match + " " + u.text)):
                    df[t] = df.get(t, 0) + 1
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.default_idf = math.log(1 + n)

    def score(self, question_terms: set[str], aspects: set[str], unit: Unit) -> float:
        """Share of the question's (IDF-weighted) content the unit covers, in [0, 1]."""
        if aspects and aspects & aspect_words(unit.match):
            return 1.0
        return self.coverage(question_terms, unit)

    def coverage(self, question_terms: set[str], unit: Unit) -> float:
        """The lexical part of `score`: IDF-weighted share of the terms the unit holds."""
        if not question_terms:
            return 0.0
        have = set(tokens(unit.match if unit.kind == "faq" else unit.match + " " + unit.text))
        total = sum(self.idf.get(t, self.default_idf) for t in question_terms)
        got = sum(self.idf.get(t, self.default_idf) for t in question_terms if t in have)
        return got / total

    def best(self, sku: str, masked_question: str, lang: str) -> tuple[Unit | None, float]:
        """The unit of `sku` that best answers, and its score."""
        terms = content_terms(masked_question)
        aspects = aspect_words(masked_question)
        norm = normalize(masked_question)
        wh, amount = bool(_WH.search(norm)), bool(_AMOUNT.search(norm))
        best: tuple[tuple[float, bool, float, bool, bool, int, bool], Unit] | None = None
        for u in self.units.get(sku, ()):
            # ties: the unit's form fits the question's ("where is the rice from" is not
            # answered by "Is it imported? Yes, ..."), more of the words, an amount asked by a
            # unit with a number, the viewer's language, a FAQ, a spec key the question names
            key = (self.score(terms, aspects, u), not (wh and _yes_no(u)),
                   self.coverage(terms, u), amount and any(c.isdigit() for c in u.text),
                   u.lang == lang, KIND_RANK[u.kind], _names_key(u, terms))
            if best is None or key > best[0]:
                best = (key, u)
        return (best[1], best[0][0]) if best else (None, 0.0)

    def find(self, skus: list[str], masked_question: str, lang: str,
             margin: float = 0.2) -> tuple[str, Unit, float] | None:
        """The one product among `skus` whose facts clearly answer a question that names no
        product ("is it GMO?" → the corn's FAQ): best score at least `MIN_SCORE` + margin and
        `margin` above every other product's best."""
        scored = sorted(((self.best(s, masked_question, lang), s) for s in skus),
                        key=lambda r: -r[0][1])
        if not scored or scored[0][0][0] is None:
            return None
        (unit, top), sku = scored[0]
        runner = scored[1][0][1] if len(scored) > 1 else 0.0
        if unit is None or top < MIN_SCORE + margin or top - runner < margin:
            return None
        return sku, unit, top


# The (cached) scorer of a catalog snapshot, kept on disk for a big catalog.
answerability = per_catalog(Answerability, stored="answerable")


def spoken(unit: Unit) -> str:
    """What the answer says from a unit: a spec as "key: value.", else the text."""
    text = unit.text.strip()
    return text if text.endswith((".", "。", "!", "！", "?", "？")) else text + (
        "。" if CJK_RE.search(text[-1:]) else ".")


def normalize_lang(text: str) -> str:
    return "zh" if CJK_RE.search(normalize(text)) else "en"
