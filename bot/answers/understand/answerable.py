"""Does anything the shop wrote answer the aspect asked? One-fact units of a product (one spec
item, one FAQ pair, one description sentence) scored against the question.

The score is the share of the question's content words (product names masked, question filler
dropped), weighted by inverse document frequency over the catalog's units, that a unit covers;
a unit whose spec key or FAQ question names the same aspect ("watts" and "power", 功率) covers
it fully. A FAQ counts by its question only: a FAQ about coating safety must not answer
"is it dishwasher safe". Below `MIN_SCORE` nothing answers and the reply is an honest "I don't
know that about the X". Measured on hetPQA by bench/hetpqa.py.

Where the knowledge base's embedder is the one the shipped weights were fitted with (MiniLM),
the score is a trained one: a logistic regression over `FEATURES` of each (question, unit) pair
(the coverage above, the aspect match, the MiniLM cosine between the question and the unit, both
relative to the product's best unit, the unit's kind and length), fitted offline on the fitting
half of hetPQA (`python -m bot.answers.understand.train answerable` → data/answerable.json) and
scored here with numpy only. Its probability is rescaled so that its abstention threshold sits at
`MIN_SCORE`: callers compare with `MIN_SCORE` either way. A unit's embedding is computed the first
time its product is ranked and kept (`Answerability.unit_vectors`); the question's is the one
retrieval computed (the embedder's own cache). With no such embedder (a stub knowledge base, a
hosted embedding) the coverage score is the score.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bot.answers.understand.intent import MEASURES, aspect_words
from bot.answers.understand.resolve import PRODUCT_TYPES_EN
from bot.answers.understand.snapshot import per_catalog
from knowledge import Product, regions
from knowledge.derived import pack_phrase
from knowledge.index import OPTION_NAMES
from knowledge.text import CJK_RE, normalize, stem, tokens

MIN_SCORE = 0.6
WEIGHTS = Path(__file__).resolve().parent / "data" / "answerable.json"
# The trained scorer's inputs, per (question, unit), in the order of the shipped weights.
FEATURES = ("coverage", "aspect", "dense", "dense_gap", "coverage_gap", "spec", "faq",
            "log_words")
VECTORS_KEPT = 4096  # products whose unit embeddings are kept (a show ranks a few hundred)
log = logging.getLogger(__name__)
KIND_RANK = {"faq": 2, "spec": 1, "description": 0}
# Question filler beyond knowledge.text's stop words: asking words, not aspects.
FILLER = frozenset("""x tell know much many long does do did is are can could would will
should there their your you ours we us have has it this that what which how when where why
who whose whom pls please any come comes good okay ok really also still tonight now
recommend recommended worth best better like think opinion review reviews
they them these those its one ones""".split())
# "how long is the cable", 线有多长: a length, where the product is sold in lengths
HOW_LONG = re.compile(r"\bhow long (?:is|are)\b(?!.{0,40}\b(?:warranty|guarantee|battery|"
                       r"delivery|shipping|good|last|fresh|keep)\b)|多长(?!时间)|几米|多少米")
_LENGTHS = frozenset({"length", "lengths", "长度", "cable length"})


def _specific(text: str) -> set[str]:
    """The kinds of product `text` names ("iphone", "laptop"; resolve.PRODUCT_TYPES_EN): what
    a question or FAQ is about beside the product itself."""
    return {_KIND_OF.get(t, t) for t in tokens(text) if t in _PRODUCT_TYPES}


_PRODUCT_TYPES = frozenset(stem(w) for w in PRODUCT_TYPES_EN)
# A model named for its kind ("my macbook air" is a laptop the FAQ on laptops answers).
_KIND_OF = {"macbook": "laptop", "notebook": "laptop", "iphone": "phone", "smartphone": "phone",
            "android": "phone", "samsung": "phone", "pixel": "phone", "ipad": "tablet",
            "airpod": "earbud", "headphone": "earbud", "headset": "earbud"}


# A count of pieces as a CJK bigram (一条, 两包): which piece, not what is asked of it.
_COUNT_OF = re.compile(r"[一二两三四五六七八九十半每\d][条包个袋盒瓶只根片杯份件斤克箱支粒块]")
# Characters that ask rather than name an aspect (多大, 有没有, 甜不甜): a CJK bigram holding one
# is question grammar, or straddles two words.
ASKING_ZH = frozenset("多少么吗呢吧啊的了不没有是怎什哪几能会可请问个这那它你我")
_SENT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？；])")


# A question that asks an amount: the unit that answers holds a number.
_AMOUNT = re.compile(r"\bhow (?:much|many|long|big|heavy|tall|wide)\b|多久|多长|多重|"
                     r"几[个天年月克斤升寸根条包袋片]|多少[个克天年月瓦升条片]|多少毫升")
# A question asked as yes / no: an auxiliary first, or 吗 / 不 / 没 last, or A不A (甜不甜).
_POLAR = re.compile(r"(?:^|[,.;:!?，。；\U0001F300-\U0001FAFF\u2600-\u27BF])\W*(?:@\S+\s+)?"  # (an emoji too)
                    r"(?:is|are|was|were|do|does|did|can|could|will|"
                    r"would|should|has|have|any)\b|(?<![什怎那这多])[吗么嘛](?=[\s?？!！。~,，]|$)|[不没][\s?？]*$|(.)不\1|有没有|是不是|能不能")
# Yes / no asked with no auxiliary first, by a modal or "or not" anywhere or an adjective
# last: "dog bed waterproof?", "bottle can microwave?", "stroller from birth can?" (Singlish
# drops the auxiliary); not "sneakers sizes?", which asks what they come in
_ELLIPTIC_POLAR = re.compile(r"\b(?:can|got|or not|ok|okay)\b|"
                             r"\b(?!available\b)\w*(?:proof|able|ible|free|safe|friendly|resistant)\W*$")
_WH = re.compile(r"\b(?:what\w*|wat|which|how|where|when|who|why)\b|"
                 r"什么|多少|几|哪|怎|如何|啥|咋|多[大长重高宽久远厚]")
# Which sizes, colours or flavours are sold ("what sizes does it come in", 有哪些颜色).
OPTIONS_ASKED = re.compile(r"\b(?:what|which)\s+(?:sizes?|colou?rs?|options?|styles?|flavou?rs?|shades|"
                            r"scents|types|packs)\b|\bcomes? in\s*(?:what|which)\b|"
                            r"\b(?:what|which|how many)\b[^?？]*\b(?:comes?|available)\s+in\b|"
                            r"\bhow many\s+(?:sizes|colou?rs|shades|flavou?rs|options|kinds|types|scents|"
                            r"pieces|heads)\b|"
                            r"(?:有哪些|什么|有啥|哪些|几种|几个|几款|多少种|哪几种|哪几个)"
                            r"(?:颜色|色号|色|尺码|码|尺寸|规格|款式|口味|味道|倍数|香味|型号|容量)")
# A choice asked of the options: "which spf should i get", "which colour suits tan skin", 哪个色号适合
_CHOICE = re.compile(r"\bwhich\b.*\b(?:should|suits?|best|recommend\w*|better|good for|for my)\b|"
                     r"哪[个款种].*(?:适合|好|推荐)|适合.*哪[个款种]")
# A FAQ asked as yes / no ("Is the rice imported...?", "尺码准吗？").
_YES_NO = re.compile(r"^(?:is|are|do|does|did|can|could|will|would|should|has|have)\b|[吗么][?？]?$")


def asked_aspects(question: str) -> set[str]:
    """The aspects a question asks. "Size" beside another is only its asking word (睡袋功率多大:
    "how big" is the power; "can it fit a 2 kg chicken": the capacity, not its own weight)."""
    aspects = aspect_words(question)
    if "battery" in aspects and _LASTING.search(normalize(question)) and not _CHARGING.search(
            normalize(question)):
        aspects = aspects - {"battery"} | {"runtime"}  # "battery how long": how long it runs
    if aspects & _FINER:  # "is the battery removable": whether it comes out, not the battery
        return aspects & _FINER
    aspects -= {coarse for coarse, finer in _YIELDS.items() if aspects & finer}
    weak = aspects & _WEAK_ASPECTS
    return aspects - weak if aspects - weak else aspects


# The words of asking what comes with a thing ("does it come with", "includes")
_BOX_WORDS = frozenset({"come", "comes", "came", "include", "includes", "included", "附送", "附带"})
# A fact saying what comes with it ("3 × AAA (included)", "sold separately", 已随秤附赠)
_BOX_SAID = re.compile(r"\binclud(?:ed|es|ing)\b|\bsold separately\b|\bcomes? with\b|附送|附赠|附带|"
                       r"另外购买|单独购买|不含", re.I)
# How long a thing lasts ("battery how long", 电池能用多久)
_LASTING = re.compile(r"\bhow long\b|\blasts?\b|多久|多长时间|能用多长|能撑")
# A time stated ("6 to 8 hours", 6到8小时)
_TIME_SAID = re.compile(r"\d\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|h)\b|"
                        r"\d\s*(?:小时|分钟|天|周|个月|年)", re.I)
_CHARGING = re.compile(r"\bcharg|充电|充满|充好")
# Beside another aspect, these are what it is asked of: "鞋底防滑吗" asks the grip of the sole,
# "鞋垫能拿出来吗" whether the insole comes out.
_WEAK_ASPECTS = frozenset({"size", "weight", "sole", "insole", "upper", "heel", "hood",
                           "pockets", "zipper", "laces", "colour", "height"})  # (白色的透不透: which one)
# What is asked of a part or a whole, beside any aspect named with it
# ("comes with a spare battery?" whether one is in the box, not the battery)
_FINER = frozenset({"removable", "grip", "standby", "in the box"})
# A coarse aspect beside a finer one of it: "does it shrink after washing" asks the shrinking,
# not the care; "待机耗电多少" the standby draw, not the rated power.
_YIELDS = {"care": frozenset({"shrinkage", "colourfastness", "drying", "ironing"}),
           # "how much weight can it hold": the load it bears, not its volume or its own weight
           "capacity": frozenset({"load"}), "weight": frozenset({"load"}),
           "power": frozenset({"standby"}), "size": frozenset({"height"}),
           "battery": frozenset({"charging"})}  # "how long to charge": not the battery's size


def _yes_no(u: Unit) -> bool:
    return u.kind == "faq" and bool(_YES_NO.search(normalize(u.match).strip()))


def _names_key(u: Unit, terms: set[str]) -> bool:
    """A spec item whose own key the question names ("the installation" → installation: ...,
    not install: ...)."""
    return u.kind == "spec" and normalize(u.id.split(":", 3)[-1]) in terms


_COUNT_KEY = re.compile(r"count|pieces|\bpcs\b|quantity|数量|片数|只数", re.I)


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
    if not any(_COUNT_KEY.search(key) for kv in p.specs.values() for key in kv):
        # "how many cups?", 酸奶一箱几杯: the count its name gives, where no spec states one
        for lang, name in (("en", p.name), ("zh", p.name_zh or "")):
            key = "数量" if lang == "zh" else "count"
            if phrase := pack_phrase(name):
                out.setdefault(f"{key}: {phrase}", Unit(f"spec:{p.sku}:pack:{key}", "spec", lang,
                                                        f"pack {key}", f"{key}: {phrase}"))
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
        self._index({sku: units(p) for sku, p in catalog.items()})
        # a product's own names in its FAQs ("can I use the hair dryer in the US?") are no
        # aspect ("dryer" is the care aspect's word), longest first
        self._names = {sku: tuple(sorted({normalize(n) for n in p.names() if n.strip()},
                                         key=len, reverse=True))
                       for sku, p in catalog.items()}

    def names_of(self, sku: str) -> tuple[str, ...]:
        """`sku`'s own names, normalised, longest first (() for an unknown SKU)."""
        return self._names.get(sku, ())

    @classmethod
    def from_units(cls, by_key: Mapping[str, list[Unit]]) -> Answerability:
        """A scorer over units given directly (key → units; bench/hetpqa.py and the trainer
        give each question's candidate evidence as one "product")."""
        scorer = cls.__new__(cls)
        scorer._index(dict(by_key))
        scorer._names = {}  # (no catalog: no product's own names)
        return scorer

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_vectors"] = OrderedDict()  # embeddings are the process's, not the stored tables'
        state["_lengths"] = {}
        state["_named"] = {}
        state["_said"] = {}
        return state

    def _index(self, by_key: dict[str, list[Unit]]) -> None:
        self.units = by_key
        self._vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lengths: dict[str, list[int]] = {}
        self._named: dict[str, list[frozenset[str]]] = {}
        self._said: dict[str, list[frozenset[str]]] = {}
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
        have = _held(unit)
        total = sum(self.idf.get(t, self.default_idf) for t in question_terms)
        got = sum(self.idf.get(t, self.default_idf) for t in question_terms if t in have)
        return got / total if total else 0.0  # a catalog with no units weighs nothing

    def holds_all(self, question_terms: set[str], unit: Unit) -> bool:
        """Whether `unit` holds every word asked, a word being more than one character (not
        the one-character fallback of `content_terms`: 有46码吗 is not every word of 尺码准吗),
        beside a FAQ's question no count of pieces (一条多少克 asks the weight, whatever says
        "一条一杯"; the FAQ "苹果一箱有几个？" asks what 一箱几个苹果 does)."""
        words = {t for t in question_terms if len(t) > 1
                 and (unit.kind == "faq" or not _COUNT_OF.fullmatch(t))}
        return bool(words) and self.coverage(words, unit) >= 1.0

    def unit_vectors(self, sku: str, embedder: Embedder) -> np.ndarray:
        """The embeddings of `sku`'s units (units × dim, as `embedder.embed` gives them): a
        FAQ by its question, any other unit by its text. Computed the first time the product
        is ranked, then kept (the last VECTORS_KEPT products)."""
        key = (sku, str(getattr(embedder, "name", "")))
        hit = self._vectors.get(key)
        if hit is not None:
            self._vectors.move_to_end(key)
            return hit
        texts = [u.match if u.kind == "faq" else u.text for u in self.units.get(sku, ())]
        vecs = np.asarray(embedder.embed(texts), dtype=np.float32) if texts else np.zeros((0, 1))
        self._vectors[key] = vecs
        if len(self._vectors) > VECTORS_KEPT:
            self._vectors.popitem(last=False)
        return vecs

    def scores(self, sku: str, masked_question: str, dense: Dense | None = None) -> np.ndarray:
        """One score in [0, 1] per unit of `sku` (in `self.units[sku]` order): the trained
        scorer's, rescaled so that MIN_SCORE is its threshold, when `dense` is given and the
        weights are shipped; else the coverage `score`."""
        model = ranker()
        if dense is None or model is None or CJK_RE.search(masked_question):
            # fitted on English questions with an English model: Chinese keeps word coverage
            out = self.lexical(sku, masked_question)
        else:
            out = self.trained(sku, masked_question, dense, model)
        places = {n for p in regions.mentioned(masked_question) for n in regions.names_of(p)}
        if places and len(out):  # "will it work in america": the FAQ "can I use it in the US?"
            out = np.where([u.kind != "description" and bool(places & regions.mentioned(u.match))
                            for u in self.units.get(sku, ())], 1.0, out)
        asked = asked_aspects(masked_question)
        # a choice asked ("which spf should i get for the beach") is no aspect's value or list
        choice = bool(_CHOICE.search(normalize(masked_question)))
        if asked and len(out):
            # A question that names an aspect ("is it dishwasher safe", "pit zips") is answered
            # only by a unit that names it too, by its key, FAQ question or text, or by a unit
            # holding every word asked (a FAQ by its question: 苹果一箱有几个 for 一箱几个苹果;
            # "3片装…" for 几片装): "Is the skillet coating safe?" speaks of safety, not of the
            # dishwasher.
            terms = content_terms(masked_question)
            speaks = np.array([bool(asked & (m | t)) or self.holds_all(terms, u)
                               for u, m, t in zip(self.units.get(sku, ()), self._aspects(sku),
                                                  self._said_aspects(sku), strict=True)])
            out = np.where(speaks, out, np.minimum(out, 0.99 * MIN_SCORE))
        if len(out) and HOW_LONG.search(normalize(masked_question)):
            # "how long is the cable" of a cable sold in lengths: the lengths it comes in
            out = np.where([u.id.startswith("options:") and normalize(u.id.split(":", 2)[-1])
                            in _LENGTHS for u in self.units.get(sku, ())], 1.0, out)
        if asked and len(out) and not choice and OPTIONS_ASKED.search(normalize(masked_question)):
            # "what shades does it come in", 防晒有几个倍数: the option that lists them
            # (by its key, or by the measure its values state: 几种容量 of "规格: 50毫升、100毫升")
            out = np.where([u.kind == "spec" and bool(asked & (m | t)) for u, m, t in
                            zip(self.units.get(sku, ()), self._aspects(sku),
                                self._said_aspects(sku), strict=True)], 1.0, out)
        if choice and len(out):  # the list of what is sold is no choice among it
            out = np.where([u.id.startswith("options:") or (u.kind == "spec" and len(
                re.findall(r"[,、，]", u.text)) >= 1) for u in self.units.get(sku, ())],
                np.minimum(out, 0.99 * MIN_SCORE), out)
        return np.where(self._about_another(sku, masked_question), np.minimum(
            out, 0.99 * MIN_SCORE), out) if len(out) else out

    def _about_another(self, sku: str, masked_question: str) -> list[bool]:
        """Per unit of `sku`: a FAQ whose question is about another kind of thing than the
        viewer's, each naming one the other does not ("how many times does it charge an
        iphone" is not "Can the power bank charge a laptop?"; a MacBook is a laptop)."""
        asked = _specific(masked_question)
        names = self.names_of(sku)
        return [bool(asked) and u.kind == "faq" and bool(asked - (faq := _specific(
            unnamed(u.match, names)))) and bool(faq - asked) for u in self.units.get(sku, ())]

    def trained(self, sku: str, masked_question: str, dense: Dense, model: Ranker) -> np.ndarray:
        """`model`'s scores of `sku`'s units, rescaled (MIN_SCORE at its threshold), with the
        rules that keep it from answering another aspect: a spec or FAQ that names the asked
        aspect or holds every content word of the question (a FAQ by its question only) has
        full marks (1.0, as in `score`); a yes/no question is not answered by a unit that holds
        none of its content words (held just under MIN_SCORE)."""
        X = self.features(sku, masked_question, dense)
        if not len(X):
            return np.zeros(0)
        us = self.units[sku]
        full = np.array([u.kind != "description" and (X[i, 1] > 0 or X[i, 0] >= 1.0)
                         for i, u in enumerate(us)])
        out = model.rescaled(model.probability(X))
        if _YES_NO.search(normalize(masked_question).strip()):
            out = np.where(X[:, 0] > 0, out, np.minimum(out, 0.99 * MIN_SCORE))
        result: np.ndarray = np.where(full, 1.0, out)
        return result

    def lexical(self, sku: str, masked_question: str) -> np.ndarray:
        """The coverage `score` of each unit of `sku`."""
        terms, aspects = content_terms(masked_question), asked_aspects(masked_question)
        us = self.units.get(sku, ())
        named = self._aspects(sku) if aspects else [frozenset()] * len(us)
        return np.array([1.0 if aspects & a else self.coverage(terms, u)
                         for u, a in zip(us, named, strict=True)], dtype=np.float64)

    def features(self, sku: str, masked_question: str, dense: Dense) -> np.ndarray:
        """`pair_features` of the question against each unit of `sku` (units × FEATURES)."""
        us = self.units.get(sku, [])
        if not us:
            return np.zeros((0, len(FEATURES)))
        aspects = asked_aspects(masked_question)
        # (aspect_words of every unit is the slow part: only when the question names one)
        aspect = [float(bool(aspects & a)) for a in self._aspects(sku)] if aspects else \
            [0.0] * len(us)
        cosine = self.unit_vectors(sku, dense.embedder) @ dense.vector
        return pair_features(self.lexical(sku, masked_question), aspect, cosine,
                             [u.kind for u in us], self._words(sku))

    def _aspects(self, sku: str) -> list[frozenset[str]]:
        """The aspects each unit of `sku` names by its `match` (kept: units do not change): a
        spec by its key where the key names one ("tank runtime" is the runtime, not the
        tank's capacity), else by its group; a FAQ by its question less the product's names."""
        hit = self._named.get(sku)
        if hit is None:
            names = self.names_of(sku)
            hit = self._named[sku] = [_named_by(u, names) for u in self.units.get(sku, ())]
        return hit

    def _said_aspects(self, sku: str) -> list[frozenset[str]]:
        """The aspects each unit of `sku` names in what it says (kept: units do not change)."""
        hit = self._said.get(sku)
        if hit is None:
            hit = self._said[sku] = [frozenset(aspect_words(u.text))
                                     for u in self.units.get(sku, ())]
        return hit

    def _words(self, sku: str) -> list[int]:
        """How many tokens each unit of `sku` says (kept: units do not change)."""
        hit = self._lengths.get(sku)
        if hit is None:
            hit = self._lengths[sku] = [len(tokens(u.text)) for u in self.units.get(sku, ())]
        return hit

    def best(self, sku: str, masked_question: str, lang: str,
             dense: Dense | None = None) -> tuple[Unit | None, float]:
        """The unit of `sku` that best answers, and its score (see `scores`)."""
        terms = content_terms(masked_question)
        norm = normalize(masked_question)
        # a question not asked as yes / no ("sneakers sizes?") is no yes / no FAQ's either
        wh = not _POLAR.search(norm) and (bool(_WH.search(norm))
                                          or not _ELLIPTIC_POLAR.search(norm))
        amount = bool(_AMOUNT.search(norm))
        duration = _LASTING.search(norm) is not None
        scored = self.scores(sku, masked_question, dense)
        asked = asked_aspects(masked_question)
        listing = bool(OPTIONS_ASKED.search(norm))  # "what sizes does it come in": the list
        best: tuple[tuple[float, bool, bool, bool, bool, float, bool, bool, bool, int, bool, bool, bool],
                    Unit] | None = None
        ranked: list[tuple[tuple[float, bool, bool, bool, bool, float, bool, bool, bool, int, bool, bool,
                                 bool], Unit]] = []
        boxed = asked == {"in the box"}
        thing = terms - _BOX_WORDS  # "does it come with a scoop": the scoop
        for u, score, named, said in zip(self.units.get(sku, ()), scored, self._aspects(sku),
                                         self._said_aspects(sku), strict=True):
            if u.kind == "faq" and named and not named & asked and not self.holds_all(terms, u):
                continue  # "how long is the tv" is not the FAQ "how long is the TV warranty?"
                # ("how do i make it" is "Can I make the milk tea with cold water?": every word)
            if boxed:  # what comes with it only as a fact of what comes with it says it
                if "in the box" not in named | said and not _BOX_SAID.search(u.text):
                    continue  # ("serving size: 1 scoop" says no scoop is in the tub)
                if thing and self.holds_all(thing, u):
                    score = max(float(score), 1.0)  # "batteries: 3 × AAA (included)"
            # ties: the sizes or colours sold when those are asked, the unit's form fits the
            # question's ("where is the rice from" is not answered by "Is it imported? Yes,
            # ..."), the viewer's language (another's prose is never said), the option's own
            # list, more of the words, a yes / no asked by the FAQ that says yes or no to the
            # aspect asked ("dog bed can machine wash?" is not "Is it waterproof? No, …"),
            # an amount asked by a unit with a number, a time by one with a time, a FAQ, a spec
            # keyed by the aspect asked (材质: 面料, not the fabric's gauge), a unit named for
            # the aspect asked
            # ("battery how long": runtime, not battery), a spec key the question names
            key = (float(score), listing and u.kind == "spec", not (wh and _yes_no(u)),
                   sayable(u, lang), listing and u.id.startswith("options:"),
                   self.coverage(terms, u), not wh and _yes_no(u) and bool(named & asked),
                   amount and any(c.isdigit() for c in u.text),
                   duration and _TIME_SAID.search(u.text) is not None, KIND_RANK[u.kind],
                   _keyed(u, asked), bool(named & asked), _names_key(u, terms))
            ranked.append((key, u))
            if best is None or key > best[0]:
                best = (key, u)
        if best is None:
            return None, 0.0
        chosen = self.in_language(sku, best[1], lang, terms)
        if chosen.kind != "spec" and not sayable(chosen, lang):
            # prose only in another language (the verifier rejects it): the best fact that can
            # be said, if one answers at all (else the prose: its amount may be said alone)
            ranked.sort(key=lambda ku: ku[0], reverse=True)
            for key, u in ranked:
                out = self.in_language(sku, u, lang, terms)
                if key[0] >= MIN_SCORE and sayable(out, lang):
                    return out, key[0]
        return chosen, best[0][0]

    def in_language(self, sku: str, unit: Unit, lang: str,
                    terms: AbstractSet[str] = frozenset()) -> Unit:
        """The same fact in the viewer's language where the listing states it in both: a
        spec of the same group, or a FAQ, in `lang` that states the same numbers ("storage:
        room temperature 9 months" and "保存: 常温9个月"); for a spec with no number, the
        group's spec in `lang` holding the most of the question's `terms` ("beef?": "free
        from: wheat, soy, beef" beside 过敏原: …不含…牛肉); else `unit`."""
        if unit.lang == lang or unit.kind == "description":
            return unit
        numbers = _numbers(unit.text)
        units = self.units.get(sku, ())
        asks = dict(zip(units, self._aspects(sku), strict=True))  # what each unit's match asks
        if not numbers and unit.kind == "faq":  # "tape in inches?": 没有，只有公制, asked the same
            same = [u for u in units if u.kind == "faq" and u.lang == lang
                    and asks[u] and asks[u] & asks[unit]]
            return same[0] if len(same) == 1 else unit
        if not numbers:
            said = [(len(terms & content_terms(u.text)), u) for u in units
                    if u.lang == lang and u.kind == "spec" == unit.kind
                    and _group(u) == _group(unit)]
            most = max(said, key=lambda su: su[0], default=(0, unit))
            return most[1] if most[0] else unit
        # (a FAQ of another aspect is no translation for sharing a number: "狗窝能机洗吗 … 30度"
        # is not "Is it waterproof? No, … machine washes at 30°C")
        return next((u for u in units if u.lang == lang and u.kind == unit.kind
                     and (u.kind != "spec" or _group(u) == _group(unit))
                     and (u.kind != "faq" or not asks[unit] or not asks[u] or asks[u] & asks[unit])
                     and _numbers(u.text) == numbers), unit)

    def find(self, skus: list[str], masked_question: str, lang: str,
             margin: float = 0.2, dense: Dense | None = None) -> tuple[str, Unit, float] | None:
        """The one product among `skus` whose facts clearly answer a question that names no
        product ("is it GMO?" → the corn's FAQ): best score at least `MIN_SCORE` + margin and
        `margin` above every other product's best."""
        scored = sorted(((self.best(s, masked_question, lang, dense), s) for s in skus),
                        key=lambda r: -r[0][1])
        if not scored or scored[0][0][0] is None:
            return None
        (unit, top), sku = scored[0]
        runner = scored[1][0][1] if len(scored) > 1 else 0.0
        if unit is None or top < MIN_SCORE + margin or top - runner < margin:
            return None
        return sku, unit, top


class Embedder(Protocol):
    """What the trained scorer needs of the knowledge base's embedder (knowledge.embeddings):
    its name, batch `embed` (texts → rows) and the cached single-text `embed_query`."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class Dense:
    """The question's embedding (dim,) and the embedder its units are embedded with."""

    vector: np.ndarray
    embedder: Embedder


def dense_of(embedder: object | None, question: str,
             fix: Callable[[str], str] | None = None) -> Dense | None:
    """The question's embedding for the trained scorer, from the embedder's own cache:
    `fix` is retrieval's spelling fix, so the text is the one retrieval embedded just before.
    None where the trained scorer does not apply: no embedder, no shipped weights, or an
    embedder the weights were not fitted with (its cosines mean something else)."""
    model = ranker()
    if model is None or embedder is None or getattr(embedder, "name", None) != model.embedder:
        return None
    embed_one = getattr(embedder, "embed_query", None)
    if embed_one is None:
        return None
    vector = np.asarray(embed_one(fix(question) if fix else question), dtype=np.float32)
    return Dense(vector, embedder)  # type: ignore[arg-type]  # checked by name above


def pair_features(coverage: Sequence[float] | np.ndarray, aspect: Sequence[float] | np.ndarray,
                  cosine: Sequence[float] | np.ndarray, kinds: Sequence[str],
                  words: Sequence[int]) -> np.ndarray:
    """The (units × len(FEATURES)) inputs of the trained scorer for one question against one
    product's units: coverage and aspect match (0/1), cosine, each unit's cosine and coverage
    less the product's best, the kind (spec, faq; a description is neither) and log(1 + words).
    The trainer (train.py) and `Answerability.scores` both build them here."""
    cov = np.asarray(coverage, dtype=np.float64)
    cos = np.asarray(cosine, dtype=np.float64)
    return np.column_stack([
        cov, np.asarray(aspect, dtype=np.float64), cos, cos - cos.max(), cov - cov.max(),
        np.array([k == "spec" for k in kinds], dtype=np.float64),
        np.array([k == "faq" for k in kinds], dtype=np.float64),
        np.log1p(np.asarray(words, dtype=np.float64))])


@dataclass(frozen=True)
class Ranker:
    """The shipped trained scorer (data/answerable.json): logistic regression `weights`
    (one per FEATURES name) and `bias`; `threshold`: the probability below which it
    abstains, picked on the fitting half; `embedder`: the embedder name its cosines are from."""

    embedder: str
    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, X: np.ndarray) -> np.ndarray:
        """P(the unit answers) per row of `pair_features`."""
        z = np.clip(X @ self.weights + self.bias, -30.0, 30.0)
        out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return out

    def rescaled(self, p: np.ndarray) -> np.ndarray:
        """Probabilities mapped piecewise-linearly onto [0, 1] with `threshold` at MIN_SCORE
        (order kept), so that callers' MIN_SCORE comparisons abstain where the model does."""
        t = self.threshold
        out: np.ndarray = np.where(p < t, MIN_SCORE * p / t,
                                   MIN_SCORE + (1 - MIN_SCORE) * (p - t) / (1 - t))
        return out


def load_ranker(path: Path = WEIGHTS) -> Ranker:
    """Read the weights file. Raises ValueError naming the file if it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES or len(data["weights"]) != len(FEATURES):
            raise ValueError(f"features {data['features']} are not {list(FEATURES)}")
        return Ranker(str(data["embedder"]), np.asarray(data["weights"], dtype=np.float64),
                      float(data["bias"]), float(data["threshold"]))
    except (KeyError, TypeError, ValueError) as err:  # json's decode error is a ValueError
        raise ValueError(f"{path}: not answerability weights ({err})") from err


@functools.cache
def ranker() -> Ranker | None:
    """The shipped scorer, or None (one warning) where its file is missing: coverage only."""
    try:
        return load_ranker()
    except (OSError, ValueError) as err:
        log.warning("no trained answerability scorer (%s): ranking by word coverage", err)
        return None


# The (cached) scorer of a catalog snapshot, kept on disk for a big catalog.
answerability = per_catalog(Answerability, stored="answerable")


def spoken(unit: Unit, lang: str | None = None) -> str:
    """What the answer says from a unit: a spec as "key: value.", else the text. To a viewer
    of another language than the unit's (`lang`), a spec whose value is a bare amount says the
    value alone ("2.6 kg。" to 铸铁锅多重, framed in Chinese by the answer's phrase): the key
    would be prose in the other language, and no translation is made up."""
    text = unit.text.strip()
    if lang is not None and unit.lang != lang and unit.kind == "spec":
        key, _, value = text.rpartition(": ")
        value = value.strip().rstrip(".")
        if _BARE_AMOUNT.fullmatch(value) and not re.search(r"\d", key):  # "2-person weight": whose
            return value + ("。" if lang == "zh" else ".")
    return text if text.endswith((".", "。", "!", "！", "?", "？")) else text + (
        "。" if CJK_RE.search(text[-1:]) else ".")


# A spec value that is an amount and its unit ("2.6 kg", "300 ml", "28 to 38 inches"): said
# as it stands in either language.
_BARE_AMOUNT = re.compile(r"\d[\d.,]*(?:\s*(?:-|–|~|to|×|x)\s*\d[\d.,]*)*\s*"
                          r"(?:[A-Za-z°%²³μ]{1,6}(?:/[A-Za-z0-9²]{1,4})?)?\.?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def sayable(unit: Unit, lang: str) -> bool:
    """Whether `unit` can be said to a viewer of `lang`: it is in that language, or a spec
    whose value is a bare amount (`spoken` says the value alone)."""
    if unit.lang == lang:
        return True
    return unit.kind == "spec" and bool(_BARE_AMOUNT.fullmatch(unit.text.split(": ", 1)[-1].strip()))


def _numbers(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def _keyed(unit: Unit, asked: AbstractSet[str]) -> bool:
    """A spec whose own key names an aspect asked ("material", 面料 for 材质), not only its
    group ("fabric: gauge")."""
    return unit.kind == "spec" and unit.id.startswith("spec:") and bool(
        asked & aspect_words(unit.id.split(":", 3)[-1]))


def _group(unit: Unit) -> str:
    """A spec unit's group (its id is spec:SKU:GROUP:KEY)."""
    parts = unit.id.split(":")
    return parts[2] if len(parts) >= 4 else ""


def _named_by(unit: Unit, names: Sequence[str]) -> frozenset[str]:
    """The aspects `unit` names by its `match` (see `Answerability._aspects`)."""
    if unit.kind == "spec" and unit.id.startswith("spec:"):
        key = unit.id.split(":", 3)[-1]
        own = aspect_words(key)
        # (the key with its value: "max load: 10 kg" is a load, "max load: 13 A (3120 W)" a power)
        measured = {aspect for rx, aspect in MEASURES if rx.search(normalize(unit.text))}
        if "load" in measured:  # (the weight it bears is not its own)
            measured.discard("weight")
        if not own and not aspect_words(unit.match):
            return frozenset(measured)
        return frozenset(own or aspect_words(unit.match) | (measured & {"load"}))
    text = normalize(unit.match)
    if unit.kind == "faq":
        for name in names:
            text = text.replace(name, " x ")
    elif regions.mentioned(text):  # "河北山区散养土鸡下的蛋": where it is from
        return frozenset(aspect_words(text)) | {"origin"}
    return frozenset(aspect_words(text))


@functools.lru_cache(maxsize=65536)
def _held(unit: Unit) -> frozenset[str]:
    """The words a unit holds for coverage (a FAQ by its question only), with every name of a
    place it names ("in the US" holds "america" and 美国)."""
    text = unit.match if unit.kind == "faq" else unit.match + " " + unit.text
    have = set(tokens(text))
    for place in regions.mentioned(text):
        have |= {t for n in regions.names_of(place) for t in tokens(n)}
    return frozenset(have)


def unnamed(question: str, words: Iterable[str]) -> str:
    """`question` with each of `words` (words or names of the product or its variant) masked
    as "X", longest first: they say which one, not what is asked."""
    for w in sorted({normalize(w).strip() for w in words} - {""}, key=len, reverse=True):
        if CJK_RE.search(w):
            question = question.replace(w, "X")
        else:
            question = re.sub(rf"(?i)(?<![\w]){re.escape(w)}(?![\w])", "X", question)
    return question


def normalize_lang(text: str) -> str:
    return "zh" if CJK_RE.search(normalize(text)) else "en"
