"""message in → moderation → observers → commands → draw entry → question queue.

Each stage is a small replaceable callable; features plug theirs in when the app is built.
The pipeline never raises on input: a failing stage is logged and counted, and the chat loop
goes on.
"""

from __future__ import annotations

import enum
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.commands import CommandRouter
from bot.events import ChatMessage
from bot.questions import QuestionQueue, looks_like_question

log = logging.getLogger(__name__)


class Outcome(enum.StrEnum):
    OWN = "own"  # the bot's own message, echoed back by the platform
    MODERATED = "moderated"
    COMMAND = "command"
    ENTERED = "entered"
    QUESTION = "question"
    CHATTER = "chatter"
    ERROR = "error"


# A stage gets the message and says whether to go on (moderation) or that it took it (entry).
Check = Callable[[ChatMessage], bool]
Observer = Callable[[ChatMessage], None]


def allow_all(msg: ChatMessage) -> bool:
    return True


def take_nothing(msg: ChatMessage) -> bool:
    return False


@dataclass
class Pipeline:
    router: CommandRouter
    questions: QuestionQueue
    moderation: Check = allow_all
    draw_entry: Check = take_nothing
    is_question: Check = looks_like_question
    # See every message that passed moderation: activity for draws, lines for timed messages.
    observers: list[Observer] = field(default_factory=list)
    bot_ids: set[tuple[str, str]] = field(default_factory=set)
    counts: Counter[Outcome] = field(default_factory=Counter)

    async def handle(self, msg: ChatMessage) -> Outcome:
        try:
            outcome = await self._route(msg)
        except Exception:
            log.exception("pipeline failed on a message from %s", msg.viewer.display_name)
            outcome = Outcome.ERROR
        self.counts[outcome] += 1
        return outcome

    async def _route(self, msg: ChatMessage) -> Outcome:
        if msg.viewer.key in self.bot_ids:
            return Outcome.OWN
        if not self.moderation(msg):
            return Outcome.MODERATED
        for observe in self.observers:
            observe(msg)
        if self.router.is_command(msg.text):
            await self.router.dispatch(msg)
            return Outcome.COMMAND
        if self.draw_entry(msg):
            return Outcome.ENTERED
        if self.is_question(msg):
            self.questions.put(msg)
            return Outcome.QUESTION
        return Outcome.CHATTER
