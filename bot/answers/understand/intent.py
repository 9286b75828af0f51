"""What a question asks: multi-label intents by a classifier fitted on labelled exemplars
(data/intents.yaml, English and Chinese), and the spec aspect it names ("watts" → power).

The classifier: TF-IDF over character 1-3-grams (inside word boundaries) and over words and
word bigrams, one logistic regression per intent. It is fitted offline by scikit-learn
(`python -m bot.answers.understand.train intents`) into data/intents.json and scored here by
hand, so answering imports neither scikit-learn nor SciPy (~1 s of start-up). The n-grams come
from `char_grams` / `word_grams` below in both places (the trainer hands them to
scikit-learn's vectorizers as their analyzers), so the shipped weights mean the same thing at
train and at run time. The question is classified with product names masked as "X", so "how
many watts is the air fryer" and "how many eggs are left" are told apart by "watts" and
"left", not by the product.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.text import CJK_RE, normalize

DATA = Path(__file__).resolve().parent / "data"
EXEMPLARS = DATA / "intents.yaml"
WEIGHTS = DATA / "intents.json"
INTENTS = ("price", "deals", "stock", "shipping", "returns", "payment", "buy", "compare",
           "usage", "spec", "info")
MIN_PROB = 0.35  # an intent besides the top one counts from here

# Spec aspects: words viewers use → words a spec key or group uses. Source: written for this
# module from the catalogs' spec keys (English and Chinese); extend when a catalog adds keys.
ASPECTS: dict[str, tuple[str, ...]] = {
    "power": ("watt", "watts", "wattage", "power", "功率", "瓦"),
    "weight": ("heavy", "weigh", "weighs", "weight", "grams", "gram", "kilos", "kilograms",
               "多重", "重量", "几斤", "多少克", "几克"),
    "size": ("big", "size", "sizes", "dimensions", "large", "small", "medium", "xl", "inch",
             "inches", "尺寸", "多大", "尺码", "大码", "小码", "码"),
    "capacity": ("capacity", "litres", "liters", "hold", "容量", "几升", "几个人"),
    "colour": ("colour", "color", "colours", "colors", "black", "white", "red", "blue", "green",
               "grey", "gray", "颜色", "色", "黑色", "白色", "红色"),
    "material": ("material", "made of", "fabric", "cotton", "wool", "面料", "材质", "成分"),
    "origin": ("from", "origin", "made in", "where", "产地", "哪里产", "哪里的", "哪产"),
    "shelf life": ("shelf life", "keep", "expire", "expiry", "last", "保质期", "放多久", "保存"),
    "ingredients": ("ingredients", "contain", "contains", "配料", "成分"),
    "battery": ("battery", "runtime", "charge", "续航", "电池"),
    "care": ("wash", "washing", "washable", "machine wash", "dryer", "水洗", "洗涤", "机洗", "手洗",
             "怎么洗", "能洗"),
    "spice": ("spicy", "spice", "hot", "辣"),
    "flavour": ("flavour", "flavor", "taste", "口味", "味道"),
    "sugar": ("sugar", "sweet", "sweetness", "sweetened", "糖", "甜"),
    "suction": ("suction", "吸力"),
    # how many in the pack (not "还有几个", which asks the stock)
    "count": ("count", "pieces", "一盒几", "一箱几", "一包几", "一袋几", "一盒多少个", "一箱多少个",
              "一包多少个", "一袋多少个", "几个一", "几根一", "几条一", "几包一", "多少个一", "装几个"),
}


def analyzer_text(text: str) -> str:
    """A question as the classifier reads it: NFKC, case-folded, runs of spaces as one."""
    return re.sub(r"\s+", " ", normalize(text)).strip()


_WORD_TOKEN = re.compile(r"[a-z']+|[\u4e00-\u9fff]")
CHAR_N = (1, 3)


def char_grams(text: str) -> list[str]:
    """Character 1-3-grams inside word boundaries, each word padded with a space: the n-grams
    of scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3))`` (source:
    sklearn/feature_extraction/text.py, ``_char_wb_ngrams``; a word shorter than n is counted
    once)."""
    grams: list[str] = []
    for word in text.lower().split():
        w = f" {word} "
        for n in range(CHAR_N[0], CHAR_N[1] + 1):
            offset = 0
            grams.append(w[:n])
            while offset + n < len(w):
                offset += 1
                grams.append(w[offset:offset + n])
            if offset == 0:
                break
    return grams


def word_grams(text: str) -> list[str]:
    """English words (letters and apostrophes), single Chinese characters, and their bigrams:
    scikit-learn's word analyzer with this token pattern and ``ngram_range=(1, 2)``."""
    tokens = _WORD_TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


# The feature blocks, in order: each is TF-IDF weighted and L2-normalised on its own.
ANALYZERS: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
    ("char", char_grams), ("word", word_grams))


def exemplars_digest(path: Path = EXEMPLARS) -> str:
    """sha256 of the exemplar file: the shipped weights name the exemplars they were fitted on."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True, slots=True)
class Intents:
    """Per-intent probabilities, best first. `top`: the best one ("info" when unsure)."""

    scores: tuple[tuple[str, float], ...]

    @property
    def top(self) -> str:
        return self.scores[0][0]

    def has(self, intent: str, at_least: float = MIN_PROB) -> bool:
        return any(n == intent and p >= at_least for n, p in self.scores)

    @property
    def labels(self) -> tuple[str, ...]:
        top = self.scores[0][0]
        return (top, *(n for n, p in self.scores[1:] if p >= MIN_PROB))


class _Block:
    """One TF-IDF block: term → row, the terms' idf, and their coefficients (terms × intents)."""

    def __init__(self, analyzer: Callable[[str], list[str]], terms: list[str],
                 idf: list[float], coef: list[list[float]]) -> None:
        self.analyzer = analyzer
        self.rows = {t: i for i, t in enumerate(terms)}
        self.idf = np.asarray(idf, np.float64)
        self.coef = np.asarray(coef, np.float64).reshape(len(terms), len(INTENTS))

    def logits(self, text: str) -> np.ndarray:
        """This block's share of each intent's log-odds (sublinear tf × idf, L2-normalised,
        as scikit-learn's TfidfTransformer(sublinear_tf=True) computes it)."""
        counts = Counter(g for g in self.analyzer(text) if g in self.rows)
        if not counts:
            return np.zeros(len(INTENTS))
        rows = np.fromiter((self.rows[g] for g in counts), np.intp, len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), np.float64, len(counts))
        x = tf * self.idf[rows]
        norm = float(np.sqrt(x @ x))
        return np.asarray((x / norm) @ self.coef[rows], np.float64)


class IntentClassifier:
    """The shipped classifier (data/intents.json, written by `train.py`).

    `classify(masked_question)` → `Intents`; `logits(masked_question)` → the per-intent
    log-odds, shape (len(INTENTS),). Raises FileNotFoundError / KeyError / ValueError on a
    missing or malformed weights file (it ships with the package; run the trainer to remake it).
    """

    def __init__(self, path: Path = WEIGHTS) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["intents"]) != INTENTS:
            raise ValueError(f"{path}: intents {data['intents']} are not {list(INTENTS)}")
        analyzers = dict(ANALYZERS)
        self.exemplars_sha256: str = data["exemplars_sha256"]
        self.blocks = [_Block(analyzers[b["analyzer"]], b["terms"], b["idf"], b["coef"])
                       for b in data["blocks"]]
        self.intercept = np.asarray(data["intercept"], np.float64)

    def logits(self, masked: str) -> np.ndarray:
        """Per-intent log-odds of one question, in INTENTS order."""
        text = analyzer_text(masked)
        z = self.intercept.copy()
        for block in self.blocks:
            z += block.logits(text)
        return z

    @functools.lru_cache(maxsize=8192)  # noqa: B019 (one instance per process)
    def classify(self, masked: str) -> Intents:
        """Per-intent probabilities of one question (product names masked as "X")."""
        proba = 1.0 / (1.0 + np.exp(-self.logits(masked)))
        order = np.argsort(-proba)
        return Intents(tuple((INTENTS[i], round(float(proba[i]), 3)) for i in order))


@functools.cache
def default_classifier() -> IntentClassifier:
    """The shipped classifier, loaded once per process."""
    return IntentClassifier()


# A number with a unit names its aspect too: "is it 1200W?" asks the power, "4L?" the capacity.
MEASURES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\d\s*(?:w|kw|watts?)\b|\d\s*瓦"), "power"),
    (re.compile(r"\d\s*(?:l|litres?|liters?|ml)\b|\d\s*升"), "capacity"),
    (re.compile(r"\d\s*(?:\"|-?inch(?:es)?|in)(?:\b|$)|\d\s*寸"), "size"),
    (re.compile(r"\d\s*(?:kg|g|lbs?|pounds?)\b|\d\s*(?:公斤|千克|克)"), "weight"),
    (re.compile(r"\d\s*mah\b|\d\s*毫安"), "battery"),
    (re.compile(r"\d\s*pa\b|\d\s*帕"), "suction"),
)


def aspect_words(text: str) -> set[str]:
    """The aspects (keys of ASPECTS) a question names, by word or by a number's unit."""
    norm = normalize(text)
    out = {aspect for rx, aspect in MEASURES if rx.search(norm)}
    for aspect, words in ASPECTS.items():
        for w in words:
            if CJK_RE.search(w):
                if w in norm:
                    out.add(aspect)
                    break
            elif re.search(rf"\b{re.escape(w)}\b", norm):
                out.add(aspect)
                break
    return out
