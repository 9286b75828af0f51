"""What a question asks: multi-label intents by a classifier fitted on labelled exemplars
(data/intents.yaml, English and Chinese), and the spec aspect it names ("watts" → power).

The classifier (scikit-learn: TF-IDF over character 1-3-grams and words, one logistic
regression per intent) is fitted from the shipped exemplars on first use (~0.2 s, measured in
tests) and applied to the question with product names masked as "X", so "how many watts is the
air fryer" and "how many eggs are left" are told apart by "watts" and "left", not by the
product.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from knowledge.text import CJK_RE, normalize

EXEMPLARS = Path(__file__).resolve().parent / "data" / "intents.yaml"
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


def _analyzer_text(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip()


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


class IntentClassifier:
    """Fitted on the exemplars at construction. `classify(masked_question)` → `Intents`."""

    def __init__(self, path: Path = EXEMPLARS) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_union

        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts, labels = [], []
        for intent in INTENTS:
            for text in data.get(intent, []):
                texts.append(_analyzer_text(str(text)))
                labels.append([1 if i == intent else 0 for i in INTENTS])
        self.features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True),
            TfidfVectorizer(analyzer="word", token_pattern=r"[a-z']+|[\u4e00-\u9fff]",
                            ngram_range=(1, 2), sublinear_tf=True),
        )
        X = self.features.fit_transform(texts)
        model = OneVsRestClassifier(LogisticRegression(C=20.0, solver="liblinear"))
        model.fit(X, np.asarray(labels))
        # Scored by hand (the same linear model): sklearn's per-call overhead is milliseconds.
        self.vectorizers = [v for _, v in self.features.transformer_list]
        self.coef = np.vstack([e.coef_ for e in model.estimators_]).T  # features × intents
        self.intercept = np.array([e.intercept_[0] for e in model.estimators_])

    @functools.lru_cache(maxsize=8192)  # noqa: B019 (one instance per process)
    def classify(self, masked: str) -> Intents:
        """Per-intent probabilities of one question (product names masked as "X")."""
        from scipy.sparse import hstack

        text = [_analyzer_text(masked)]
        x = hstack([v.transform(text) for v in self.vectorizers]).tocsr()
        proba = 1.0 / (1.0 + np.exp(-(x @ self.coef + self.intercept)))
        proba = np.asarray(proba).ravel()
        order = np.argsort(-proba)
        return Intents(tuple((INTENTS[i], round(float(proba[i]), 3)) for i in order))


@functools.cache
def default_classifier() -> IntentClassifier:
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
