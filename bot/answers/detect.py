"""Which chat messages are questions for the bot.

A logistic regression over character n-grams, words and a few flags (trained by
`bot/answers/understand/train.py` on a labelled live-chat corpus, EN + ZH) scores each line;
lines at or above the show's threshold are queued. Short shop asks ("多少钱", "包邮吗",
"link?", "上链接") count; chants ("1", "扣1", "666"), emote walls, other bots' commands and
questions to the streamer ("how old are you?") do not. A deictic ask ("how much is it?") counts
only while a product is on air.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable

from bot.answers.understand.detector import QuestionScorer, default_scorer
from bot.answers.understand.features import (
    DEICTIC,  # (service.py imports it from here too)
    HOST_WORD,
)
from bot.events import ChatMessage
from bot.persona import Persona
from knowledge import Policy, Product
from knowledge.text import CJK_RE, normalize

log = logging.getLogger(__name__)

MAX_WORDS = 5  # longest English name key looked up
# Prior odds factor for a deictic ask ("is it in stock?") while no product is on air and the
# line names no product or shop policy: the model's n-grams read "how much" as an ask either way.
OFF_AIR_DEICTIC_ODDS = 0.05
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
    """`pipeline.is_question`: a trained classifier's score (see `bot.answers.understand`)
    against a threshold. No retrieval: a dict lookup per feature, cached per distinct line.

    `threshold`: this show's operating point (None: the one picked on the dev corpus). The
    product on air (`on_air`) raises the score of deictic asks ("how much is it?", 这个多少钱);
    a product name from this catalog and being addressed to the host are features too."""

    def __init__(self, persona: Persona, products: Iterable[Product] = (),
                 policies: Iterable[Policy] = (), *,
                 on_air: Callable[[], str | None] | None = None,
                 threshold: float | None = None, scorer: QuestionScorer | None = None) -> None:
        self.persona = persona
        self.on_air = on_air
        self.scorer = scorer or default_scorer()
        self._threshold = threshold
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
        self.terms = {t for t in terms if len(t) >= 2}
        # chat repeats itself ("1", "666", emote walls): one computation per distinct line
        self._cached = functools.lru_cache(maxsize=65536)(self._score)

    @property
    def threshold(self) -> float:
        """This show's threshold, else the model's (which depends on the stages in use)."""
        return self.scorer.threshold if self._threshold is None else self._threshold

    def use_embedder(self, embedder: object) -> None:
        """Turn on stage 2 (MiniLM) with the knowledge base's embedder, once it is open."""
        embed = getattr(embedder, "embed_query", None)
        w2 = self.scorer.w2
        if embed is None or w2 is None:
            return
        try:  # stage 2 was fitted on MiniLM: another embedder's vectors do not fit its weights
            size = len(embed("?"))
        except Exception as err:
            log.warning("question detection stays on its first stage: %s", err)
            return
        if size != len(w2) - 1:
            log.warning("question detection stays on its first stage: the embedder gives %d "
                        "dimensions, its second stage was fitted on %d", size, len(w2) - 1)
            return
        self.scorer = QuestionScorer.shared_with(self.scorer, embed)
        self._cached = functools.lru_cache(maxsize=65536)(self._score)

    def names_something(self, text: str) -> bool:
        return not self.terms.isdisjoint(_keys(text))

    def score(self, msg: ChatMessage) -> float:
        """Probability in [0, 1] that `msg` is a question for the shop."""
        on_air = self.on_air is not None and self.on_air() is not None
        return self._cached(msg.text, on_air, msg.addressed_to_bot)

    def _score(self, text: str, on_air: bool, addressed: bool) -> float:
        addressed = addressed or self.persona.addressed_in(text) or bool(HOST_WORD.search(text))
        names = self.names_something(text)
        p = self.scorer.score(text, on_air, names, addressed)
        if not on_air and not names and DEICTIC.search(normalize(text)):
            # "how much is it?" with nothing on air and nothing named: about no product
            p = p * OFF_AIR_DEICTIC_ODDS / (p * OFF_AIR_DEICTIC_ODDS + 1.0 - p)
        return p

    def __call__(self, msg: ChatMessage) -> bool:
        return self.score(msg) >= self.threshold
