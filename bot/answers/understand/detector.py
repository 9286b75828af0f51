"""The question detector's scorer: logistic regressions fitted by `train.py` (scikit-learn),
shipped as their weights in data/detector.json and scored here without scikit-learn.

Stage 1 (every line): a dict lookup per character n-gram, word and flag. Stage 2 (only the
lines stage 1 is unsure of, and only once an embedder is attached, i.e. when the knowledge base
is open): a dot product with the MiniLM embedding of the line plus stage 1's log-odds. The
retriever embeds the same text for a question anyway (its embedder caches by text).

Why not call scikit-learn per message: the pipeline handles tens of thousands of chat lines a
second, and a vectorizer + predict call costs ~100 µs; this costs a few µs, and an LRU cache
makes the repeats every chat is full of ("1", "666", emote walls) free.
"""

from __future__ import annotations

import copy
import functools
import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bot.answers.understand.features import features

WEIGHTS = Path(__file__).resolve().parent / "data" / "detector.json"


class QuestionScorer:
    """`score(text, ...)` → probability in [0, 1] that the line is a question for the shop.
    `threshold`: the operating point picked on the dev corpus (a show may set its own)."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.weights: dict[str, float] = data["weights"]
        self.bias: float = data["bias"]
        self.stage1_threshold: float = data["threshold"]
        two = data.get("stage2")
        self.band = tuple(two["band"]) if two else (1.0, 0.0)
        self.w2 = np.asarray(two["weights"], np.float32) if two else None
        self.b2 = float(two["bias"]) if two else 0.0
        self.stage2_threshold = float(two["threshold"]) if two else self.stage1_threshold
        # text → MiniLM vector (L2-normalised), e.g. the knowledge base's `embed_query`
        self.embed: Callable[[str], np.ndarray] | None = None
        self._cached = functools.lru_cache(maxsize=65536)(self._score)

    @classmethod
    def shared_with(cls, base: QuestionScorer, embed: Callable[[str], np.ndarray]) -> QuestionScorer:
        """A scorer with `base`'s weights and stage 2 on, over `embed` (its own cache)."""
        new = copy.copy(base)
        new.embed = embed
        new._cached = functools.lru_cache(maxsize=65536)(new._score)
        return new

    @property
    def threshold(self) -> float:
        """The operating point for the stages in use."""
        return self.stage2_threshold if self.embed is not None else self.stage1_threshold

    def score(self, text: str, on_air: bool = False, names: bool = False,
              addressed: bool = False) -> float:
        """Probability in [0, 1] that `text` is a question for the shop (cached per line)."""
        return self._cached(text, on_air, names, addressed, self.embed is not None)

    def _score(self, text: str, on_air: bool, names: bool, addressed: bool,
               deep: bool) -> float:
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) * v for f, v in
                            features(text, on_air=on_air, names=names, addressed=addressed).items())
        z = max(-30.0, min(30.0, z))
        p = 1.0 / (1.0 + math.exp(-z))
        if deep and self.w2 is not None and self.embed is not None and (
                self.band[0] <= p <= self.band[1]):
            vec = np.asarray(self.embed(text), np.float32)
            z2 = float(vec @ self.w2[:-1]) + float(self.w2[-1]) * z + self.b2
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z2))))
        return p


@functools.cache
def default_scorer() -> QuestionScorer:
    """The shipped model, loaded once per process (~20 ms)."""
    return QuestionScorer()
