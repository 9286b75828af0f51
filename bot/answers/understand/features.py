"""Features of one chat line for the question detector: character n-grams, English words and
bigrams, and a few flags (question mark, command prefix, a deictic word while a product is on
air, a product name from the catalog, addressed to the host).

Training (`train.py`, scikit-learn) and scoring (`detector.py`, a dict lookup per feature) use
this one function, so the shipped weights mean the same thing in both.
"""

from __future__ import annotations

import math
import re

from knowledge.text import CJK_RE, normalize

# "how much is it / is this in stock / 这个多少钱": about whatever is on air.
DEICTIC = re.compile(r"\b(it|this|that|these|they|them|one)\b|这个|那个|这款|它", re.I)
_REPEAT = re.compile(r"(.)\1{2,}")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NGRAM = (1, 4)
MAX_CHARS = 120  # a wall of text is judged by its start


def clean(text: str) -> str:
    """NFKC, case-folded, letters repeated 3+ times cut to two ("gooooo" → "goo")."""
    return _REPEAT.sub(r"\1\1", normalize(text).strip())[:MAX_CHARS]


def features(text: str, *, on_air: bool = False, names: bool = False,
             addressed: bool = False) -> dict[str, float]:
    """Sparse features → value. N-gram values are 1/sqrt(count) (an L2-normalised bag),
    flags are 1.0. `names`: the line names something in the catalog (the caller decides)."""
    t = clean(text)
    padded = f" {t} "
    grams = {"c:" + padded[i:i + n] for n in range(_NGRAM[0], _NGRAM[1] + 1)
             for i in range(len(padded) - n + 1)}
    words = _WORD.findall(t)
    grams |= {"w:" + w for w in words}
    grams |= {"b:" + a + " " + b for a, b in zip(words, words[1:], strict=False)}
    out = dict.fromkeys(grams, 1.0 / math.sqrt(max(1, len(grams))))
    if t.endswith(("?", "？")):
        out["@qmark"] = 1.0
    if t.startswith(("!", "/")):
        out["@command"] = 1.0
    deictic = bool(DEICTIC.search(t))
    if deictic and on_air:
        out["@deictic_on_air"] = 1.0
    elif deictic:
        out["@deictic"] = 1.0
    if names:
        out["@names"] = 1.0
    if addressed:
        out["@addressed"] = 1.0
    if not CJK_RE.search(t) and not words:
        out["@no_words"] = 1.0  # emotes, digits, punctuation only
    out[f"@len{min(len(t) // 8, 6)}"] = 1.0
    return out
