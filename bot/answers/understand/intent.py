"""What a question asks: multi-label intents by a classifier fitted on labelled exemplars
(data/intents.yaml, English and Chinese), and the spec aspects it names ("watts" → power,
刷新率 → refresh rate) from the bilingual lexicon data/aspects.yaml.

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
from typing import Any

import numpy as np

from knowledge.text import CJK_RE, normalize

DATA = Path(__file__).resolve().parent / "data"
EXEMPLARS = DATA / "intents.yaml"
WEIGHTS = DATA / "intents.json"
INTENTS = ("price", "deals", "stock", "shipping", "returns", "payment", "buy", "compare",
           "usage", "spec", "info")
MIN_PROB = 0.35  # an intent besides the top one counts from here

ASPECT_LEXICON = DATA / "aspects.yaml"


class LexiconError(ValueError):
    """The aspect lexicon file is malformed; the message is one line naming the file."""


def load_aspects(path: Path = ASPECT_LEXICON) -> dict[str, tuple[str, ...]]:
    """Aspect name → the words that name it (NFKC, case-folded), from the YAML lexicon (see its
    header: source and matching rules). Raises LexiconError naming the file (and the aspect) if
    it is missing, not YAML, not a mapping of names to non-empty lists of words, or names an
    aspect twice (with the line)."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        # libyaml's loader where PyYAML has it: ~10x faster than the pure-Python one (start-up)
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise LexiconError(f"{path}: cannot read the aspect lexicon: "
                           f"{' '.join(str(e).split())}") from None
    first: dict[str, int] = {}  # (YAML keeps the last of two same keys: the first is lost)
    for number, line in enumerate(text.splitlines(), 1):
        if (m := re.match(r"([^\s#][^:]*):", line)) and first.setdefault(m.group(1), number) != number:
            raise LexiconError(f"{path}:{number}: aspect {m.group(1)!r} again (first on line "
                               f"{first[m.group(1)]}): merge its words into one list")
    if not isinstance(data, dict) or not data:
        raise LexiconError(f"{path}: expected a mapping of aspect name to a list of words")
    out: dict[str, tuple[str, ...]] = {}
    for name, words in data.items():
        if not isinstance(name, str) or not isinstance(words, list) or not words or not all(
                isinstance(w, str | int) and str(w).strip() for w in words):
            raise LexiconError(f"{path}: aspect {name!r}: expected a non-empty list of words")
        out[name] = tuple(dict.fromkeys(normalize(str(w)).strip() for w in words))
    return out


# Spec aspects: words viewers use → words a spec key or group uses ("watts" → power, 刷新率 →
# refresh rate), English and Chinese; data/aspects.yaml.
ASPECTS: dict[str, tuple[str, ...]] = load_aspects()


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
        return self.score(intent) >= at_least

    def score(self, intent: str) -> float:
        """The probability of `intent` (0.0 for a name the classifier does not know)."""
        return next((p for n, p in self.scores if n == intent), 0.0)

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
    (re.compile(r"\d\s*(?:w|kw|watts?)\b|\d\s*瓦(?!时)"), "power"),  # (100瓦时 is energy)
    (re.compile(r"\d\s*(?:l|litres?|liters?|ml)\b|\d\s*升"), "capacity"),
    (re.compile(r"\d\s*(?:\"|-?inch(?:es)?|in)(?:\b|$)|\d\s*寸"), "size"),
    # (not a fabric's grammage: "200 g/m²", 200克每平方米)
    (re.compile(r"\d\s*(?:kg|g|lbs?|pounds?)\b(?!\s*/\s*m)|\d\s*(?:公斤|千克|克)(?!每平方米|/平方米|/㎡)"),
     "weight"),
    # a load given as a weight ("max load: 10 kg"), not a plug's amps ("max load: 13 A")
    (re.compile(r"\b(?:max(?:imum)?|rated|safe)\s+load\b\W{0,3}\d+(?:\.\d+)?\s*"
                r"(?:kg|lbs?|pounds?|公斤|千克)"), "load"),
    # …and asked as one ("can the high chair hold 15 kg", "will it take 120kg")
    (re.compile(r"\b(?:hold|carry|support|take|bear)s?\s+(?:up\s+to\s+|over\s+|about\s+)?"
                r"\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds?)\b"), "load"),
    (re.compile(r"\d\s*mah\b|\d\s*毫安"), "battery"),
    # a distance gone ("续航: 40–80公里"), not a speed ("25 km/h", 时速25公里)
    (re.compile(r"\d\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b(?!\s*/\s*h|\s*(?:an|per)\s+hour)|"
                r"(?<![\d.–-])(?<!时速)\d+(?:[.–-]\d+)*\s*(?:公里|千米)(?!/小时|每小时)"), "range"),
    (re.compile(r"\d\s*pa\b|\d\s*帕"), "suction"),
    (re.compile(r"\d\s*(?:hz|hertz)\b|\d\s*赫兹"), "refresh rate"),
    (re.compile(r"\d\s*(?:db|decibels?)\b|\d\s*分贝"), "noise"),
    (re.compile(r"\d\s*(?:kcal|calories|cal)\b|\d\s*(?:大卡|千卡)"), "calories"),
    (re.compile(r"\d\s*(?:v|volts?)\b|\d\s*伏"), "voltage"),
    (re.compile(r"\d\s*(?:°\s*[cf]?|degrees)"), "temperature"),
    (re.compile(r"\bip(?:x\d|\d\d)\b"), "waterproof"),
    (re.compile(r"\d\s*(?:gb|tb)\b"), "memory"),
    (re.compile(r"\d{3,4}\s*p\b"), "resolution"),
)


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation for many words, as a trie ("battery", "battery life" →
    "battery(?: life)?"): the regex engine then tries one branch per character instead of
    every word at every position, and a longer word is tried before its prefix."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if ends:
            return f"(?:{alt})?"
        return alt

    return pattern(trie)


class AspectMatcher:
    """Finds the aspects a text names: one pattern per script, compiled once. A Chinese word
    matches as a substring, an English one as whole words; at each position the longest word
    is taken, and a word inside a longer one that matched is dropped ("battery life" names the
    runtime only; "电池容量" the battery, not the capacity)."""

    def __init__(self, aspects: dict[str, tuple[str, ...]]) -> None:
        self.owners: dict[str, frozenset[str]] = {}
        for aspect, words in aspects.items():
            for w in words:
                self.owners[w] = self.owners.get(w, frozenset()) | {aspect}
        zh = [w for w in self.owners if CJK_RE.search(w)]
        en = [w for w in self.owners if not CJK_RE.search(w)]
        # a lookahead finds overlapping words; \b on both sides keeps English words whole
        self.zh = re.compile(f"(?=({_trie_pattern(zh)}))") if zh else None
        self.en = re.compile(rf"\b(?=({_trie_pattern(en)})\b)") if en else None

    def __call__(self, norm: str) -> set[str]:
        """The aspects named in `norm` (already NFKC and case-folded)."""
        out: set[str] = set()
        for _, _, w in self.spans(norm):
            out |= self.owners[w]
        return out

    def spans(self, norm: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each aspect word named in `norm`, a word inside a longer
        one that matched dropped."""
        spans: list[tuple[int, int, str]] = []
        for rx in (self.en, self.zh):
            if rx is not None:
                spans += [(m.start(), m.start() + len(m.group(1)), m.group(1))
                          for m in rx.finditer(norm) if m.group(1)]
        return [(s, e, w) for s, e, w in spans
                if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in spans)]


_MATCH_ASPECTS = AspectMatcher(ASPECTS)


def aspect_words(text: str) -> set[str]:
    """The aspects (keys of ASPECTS) a question names, by word or by a number's unit."""
    norm = _NO_PLACE.sub(r"\1", _THING_SIZE.sub(" ", _PRICE_RANGE.sub(" ", normalize(text))))
    # "fit a 2 kg chicken": the chicken's weight, not its own; "8.5 g of protein": no weight
    measured = _OF_A_NUTRIENT.sub(" ", _OF_A_THING.sub(" ", norm))
    found = {aspect for rx, aspect in MEASURES if rx.search(measured)} | _MATCH_ASPECTS(norm)
    if (bare := _MASK.sub(" ", norm)) != norm:  # "how many X in a pack": "how many in a pack"
        found |= _MATCH_ASPECTS(re.sub(r"\s+", " ", bare))
    return found


# "from" that names no place: "free from: wheat, soy" is no origin
_PRICE_RANGE = re.compile(r"\bprice\s+range\b")  # the prices' spread, not how far it goes
_NO_PLACE = re.compile(r"\b(free|away|apart|different|far)\s+from\b|\bfrom(?=\s*[\d$£€¥])")
# (nor "from 8g × 25 mm to 10g × 65 mm", "from $5": a range or a price, no origin)
# A measure of another thing ("a 2 kg chicken", "2公斤的鸡", "a 30 cm pizza"): what the question
# holds up against the product, not the product's own aspect asked.
_OF_A_THING = re.compile(r"\b(?:fit|fits|hold|holds|take|takes|cook|cooks|roast|carry|carries)\s+"
                         r"an?\s+\d+(?:\.\d+)?\s*-?\s*[a-z]+\s+(?!x\b)[a-z]{3,}|"
                         r"[放装烤塞进下][^，。？?]{0,2}\d+(?:\.\d+)?\s*[\u4e00-\u9fffa-z]{1,2}的"
                         r"(?![吗么呢吧啊呀嘛x])[\u4e00-\u9fff]")
# A nutrient's amount and its basis ("每100克含8.5克蛋白质", "8.5 g of protein per 100 g"): no
# weight of the product
_OF_A_NUTRIENT = re.compile(r"(?:\bper\s*|每|/)\s*\d+(?:\.\d+)?\s*(?:g|ml|克|毫升)(?![a-z])|"
                            r"含\d+(?:\.\d+)?\s*克(?=[\u4e00-\u9fff])|"
                            r"\b\d+(?:\.\d+)?\s*g\s+(?:of\s+)?(?:protein|sugar|fat|carbs?|fib(?:re|er)|"
                            r"salt|sodium|caffeine|lactose)\b")
# The size of a thing it takes (能烤多大的鸡, "how big a chicken can it fit"), not its own size.
_THING_SIZE = re.compile(r"[放装烤塞进下]得?下?多大的?(?![吗么呢吧啊呀嘛x])[\u4e00-\u9fff]|"
                         r"\bhow big (?:of )?an? (?!x\b)[a-z]{3,}\b|"
                         # codes that are no size (防伪码 an authenticity code, 优惠码 a coupon)
                         r"(?:防伪|二维|优惠|验证|条形|条|密|号|代|邀请|兑换|折扣)码")


# A product's name masked as "X" (the understanding layer's masked question).
_MASK = re.compile(r"(?<![a-z0-9])x(?![a-z0-9])")
