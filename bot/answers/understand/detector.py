"""The question detector's scorer: a logistic regression fitted by `train.py` (scikit-learn),
shipped as its weights in data/detector.json and scored here as a dict lookup per feature.

Why not call scikit-learn per message: the pipeline handles tens of thousands of chat lines a
second, and a vectorizer + predict call costs ~100 µs; this costs a few µs, and an LRU cache
makes the repeats every chat is full of ("1", "666", emote walls) free.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from bot.answers.understand.features import features

WEIGHTS = Path(__file__).resolve().parent / "data" / "detector.json"


class QuestionScorer:
    """`score(text, ...)` → probability in [0, 1] that the line is a question for the shop.
    `threshold`: the operating point picked on the dev corpus (a show may set its own)."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.weights: dict[str, float] = data["weights"]
        self.bias: float = data["bias"]
        self.threshold: float = data["threshold"]
        self.score = functools.lru_cache(maxsize=65536)(self._score)

    def _score(self, text: str, on_air: bool = False, names: bool = False,
               addressed: bool = False) -> float:
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) * v for f, v in
                            features(text, on_air=on_air, names=names, addressed=addressed).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def default_scorer() -> QuestionScorer:
    """The shipped model, loaded once per process (~20 ms)."""
    return QuestionScorer()
