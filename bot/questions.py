"""Question detection and the bounded, fair question queue."""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from bot.events import ChatMessage, Role

_EN_QUESTION = re.compile(
    r"\b(how|what|which|when|where|why|who|is|are|does|do|can|could|will|any|price|cost|much)\b",
    re.IGNORECASE,
)
_ZH_QUESTION = re.compile(r"[吗呢么嘛]|多少|几|什么|怎么|哪|能不能|有没有|是不是|可以吗|价格|价钱")


def looks_like_question(msg: ChatMessage) -> bool:
    """A cheap first pass: addressed to the bot, a question mark, or question words.

    The answers feature narrows this further with a product match before spending retrieval.
    """
    if msg.addressed_to_bot or msg.reply_to:
        return True
    text = msg.text
    if "?" in text or "？" in text:
        return True
    if len(text) < 4:
        return False
    return bool(_ZH_QUESTION.search(text)) or (
        len(text.split()) >= 3 and bool(_EN_QUESTION.match(text))
    )


@dataclass(order=True, slots=True)
class _Waiting:
    rank: tuple[int, int]
    msg: ChatMessage = field(compare=False)


class QuestionQueue:
    """Bounded; first-time askers and subscribers ahead of repeat askers; drops are counted."""

    def __init__(self, capacity: int = 500) -> None:
        self.capacity = capacity
        self._heap: list[_Waiting] = []
        self._seq = itertools.count()
        self._asked: Counter[tuple[str, str]] = Counter()
        self.dropped = 0
        self.accepted = 0

    def __len__(self) -> int:
        return len(self._heap)

    def put(self, msg: ChatMessage) -> bool:
        asked = self._asked[msg.viewer.key]
        self._asked[msg.viewer.key] = asked + 1
        tier = 0 if asked == 0 else 1
        if msg.role >= Role.SUBSCRIBER:
            tier -= 1
        item = _Waiting((tier, next(self._seq)), msg)
        if len(self._heap) >= self.capacity:
            worst = max(self._heap)
            if item > worst:
                self.dropped += 1
                return False
            self._heap.remove(worst)
            heapq.heapify(self._heap)
            self.dropped += 1
        heapq.heappush(self._heap, item)
        self.accepted += 1
        return True

    def get_nowait(self) -> ChatMessage | None:
        return heapq.heappop(self._heap).msg if self._heap else None

    def take(self, n: int) -> list[ChatMessage]:
        return [heapq.heappop(self._heap).msg for _ in range(min(n, len(self._heap)))]
