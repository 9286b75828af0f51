"""Keeping up with a flood of the same questions without flooding the chat.

* `cluster`: questions taken together are grouped by meaning (cosine of the retrieval
  embedding) so each group is answered once, crediting every asker through `Reply.mentions`.
* `AnswerCache`: a verified answer is reused for a question of the same meaning while the
  product's facts are unchanged: its key holds `Facts.version_of(sku)` (a price change
  invalidates it at once) and the entry holds the question's embedding, so "is the corn
  organic?" never gets the answer to "is the corn GMO?". Only drafts that passed the verifier
  enter, and a hit is filled from the facts and verified again before it is used.
* `ViewerLimiter`: at most N questions per viewer per window; the rest are dropped and counted.

The bounded, priority-ordered question queue itself (first-time askers and subscribers first)
is the core's `bot.questions.QuestionQueue`.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.answers.grounds import Grounds
from bot.answers.slots import Draft
from bot.events import ChatMessage
from bot.ratelimit import KeyedWindows
from knowledge.text import normalize
from plugins.base import RateLimit

SIMILAR = 0.82  # MiniLM cosine above which two chat questions ask the same thing
# Reusing an answer across ticks needs more: paraphrases of one question, not neighbours.
CACHE_SIMILAR = 0.92


def question_key(text: str) -> str:
    """Exact-duplicate key: case, width, punctuation, emoji and @mentions ignored."""
    text = re.sub(r"@\S+", " ", normalize(text))
    return " ".join(re.findall(r"[\w\u3400-\u9fff]+", text))


def cluster(vectors: np.ndarray, threshold: float = SIMILAR) -> list[list[int]]:
    """Greedy leader clustering of L2-normalised rows, in arrival order: each row joins the
    first cluster whose leader is at least `threshold` similar, or starts a new one."""
    leaders: list[int] = []
    groups: list[list[int]] = []
    for i in range(len(vectors)):
        if leaders:
            sims = vectors[leaders] @ vectors[i]
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                groups[best].append(i)
                continue
        leaders.append(i)
        groups.append([i])
    return groups


def group_questions(msgs: Sequence[ChatMessage], vectors: np.ndarray,
                    threshold: float = SIMILAR) -> list[list[ChatMessage]]:
    """Clusters of questions that can share one reply: same channel, same role (a promotion
    may be for subscribers only), same meaning."""
    by_channel: dict[tuple[str, str, int], list[int]] = collections.defaultdict(list)
    for i, m in enumerate(msgs):
        by_channel[(m.platform, m.channel, int(m.role))].append(i)
    out: list[list[ChatMessage]] = []
    for idx in by_channel.values():
        for group in cluster(vectors[idx], threshold):
            out.append([msgs[idx[g]] for g in group])
    return out


def answer_key(grounds: Grounds) -> Hashable:
    """The facts part of a cache key: same product, facts version, promotion, intent, language,
    passages and role. Questions under one key share an answer only if they mean the same
    (`AnswerCache.get`)."""
    promo = grounds.offer.promotion.id if grounds.offer and grounds.offer.promotion else None
    return (grounds.sku, grounds.version, promo, grounds.intent, grounds.lang,
            tuple(p.id for p in grounds.passages[:2]), grounds.role.name)


@dataclass(slots=True)
class Cached:
    """A verified draft (slots unfilled: a hit is filled from the facts of its own moment)."""

    draft: Draft
    composer: str


Meaning = np.ndarray | str  # a question's unit embedding, or its `question_key` without one


def same_meaning(a: Meaning, b: Meaning, threshold: float = CACHE_SIMILAR) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return a.shape == b.shape and float(a @ b) >= threshold


class AnswerCache:
    """LRU of verified drafts by (`answer_key`, question meaning)."""

    def __init__(self, size: int = 1024, threshold: float = CACHE_SIMILAR) -> None:
        self.size = size
        self.threshold = threshold
        self._items: collections.OrderedDict[Hashable, list[tuple[Meaning, Cached]]] = \
            collections.OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, meaning: Meaning) -> Cached | None:
        for m, item in self._items.get(key, ()):
            if same_meaning(m, meaning, self.threshold):
                self._items.move_to_end(key)
                self.hits += 1
                return item
        self.misses += 1
        return None

    def put(self, key: Hashable, meaning: Meaning, item: Cached) -> None:
        """Store a draft that passed the verifier (the caller's promise)."""
        entries = [(m, c) for m, c in self._items.get(key, ())
                   if not same_meaning(m, meaning, self.threshold)]
        self._items[key] = [(meaning, item), *entries][:16]
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return sum(len(v) for v in self._items.values())


class ViewerLimiter:
    """At most `limit` questions per viewer in any `window` seconds (`bot.ratelimit`)."""

    def __init__(self, limit: int = 3, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._windows: KeyedWindows[tuple[str, str]] = KeyedWindows(RateLimit(limit, window))

    @property
    def limited(self) -> int:
        """Questions dropped so far for asking too often."""
        return self._windows.refused

    def allow(self, msg: ChatMessage, now: float) -> bool:
        return self._windows.allow(msg.viewer.key, now)
