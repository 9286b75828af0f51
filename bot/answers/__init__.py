"""Grounded answers in the host's persona.

question (detect) → evidence + live facts (grounds) → draft with slots (composer: template or
LLM) → slots filled from the facts (slots) → verifier → one reply per cluster of like questions
(flood) → outbox (service).
"""

from bot.answers.composer import Composer, TemplateComposer
from bot.answers.detect import QuestionDetector
from bot.answers.grounds import Grounds, gather, intent_of
from bot.answers.llm import LLMComposer, chat_model_from_config
from bot.answers.service import Answer, AnswerCommands, AnswerService
from bot.answers.slots import Draft, Filled, fill
from bot.answers.verifier import Verdict, Verifier

__all__ = [
    "Answer",
    "AnswerCommands",
    "AnswerService",
    "Composer",
    "Draft",
    "Filled",
    "Grounds",
    "LLMComposer",
    "QuestionDetector",
    "TemplateComposer",
    "Verdict",
    "Verifier",
    "chat_model_from_config",
    "fill",
    "gather",
    "intent_of",
]
