"""Helpers for the test_answers_*.py modules: the sample knowledge base with a fact table of
each test's own (the Chroma index and retriever are shared and read-only; facts are what
tests change), the sample persona, and a small running show on the console adapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge_shared import sample_kb

from bot.answers import AnswerService
from bot.clock import FakeClock
from bot.events import ChatMessage, Role, Viewer
from bot.outbox import Outbox
from bot.persona import Persona
from bot.questions import QuestionQueue
from knowledge import Facts
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter

ROOT = Path(__file__).resolve().parents[1]
PERSONA = ROOT / "bot" / "examples" / "persona.yaml"
DEFAULT_RATE = RateLimit(10, 10.0)


@dataclass
class KBView:
    """The sample KnowledgeBase with a private, mutable fact table."""

    facts: Facts
    base: Any = field(default_factory=sample_kb)

    @property
    def retriever(self) -> Any:
        return self.base.retriever

    @property
    def catalog(self) -> Any:
        return self.base.catalog

    @property
    def policies(self) -> Any:
        return self.base.policies

    @property
    def embedder(self) -> Any:
        return self.base.embedder

    def retrieve(self, query: str, *, on_sale: Any = None) -> Any:
        return self.base.retrieve(query, on_sale=on_sale)


def fresh_kb() -> KBView:
    return KBView(Facts(sample_kb().facts.all()))


def persona() -> Persona:
    return Persona.load(PERSONA)


def message(text: str, name: str = "ava", role: Role = Role.VIEWER, at: float = 0.0,
            channel: str = "live") -> ChatMessage:
    viewer = Viewer("console", name.lower(), name, role)
    return ChatMessage("console", channel, f"m-{name}-{hash(text) & 0xffff}", viewer, text, at)


@dataclass
class Show:
    """A console channel, its outbox and an answer service, on a fake clock."""

    clock: FakeClock
    kb: KBView
    adapter: ConsoleAdapter
    outbox: Outbox
    service: AnswerService

    @classmethod
    def build(cls, clock: FakeClock, *, rate: RateLimit = DEFAULT_RATE,
              max_length: int = 400, **service_kw: Any) -> Show:
        kb = fresh_kb()
        adapter = ConsoleAdapter(clock=clock, out=None,
                                 capabilities=Capabilities(max_length=max_length, rate=rate,
                                                           reply_to=True))
        outbox = Outbox(clock)
        outbox.add_adapter(adapter)
        service = AnswerService(kb, persona(), outbox, clock, QuestionQueue(), **service_kw)
        return cls(clock, kb, adapter, outbox, service)

    def ask(self, text: str, name: str = "ava", role: Role = Role.VIEWER) -> ChatMessage:
        msg = message(text, name, role, at=self.clock.now())
        self.service.questions.put(msg)
        return msg

    @property
    def texts(self) -> list[str]:
        return [d.text for d in self.adapter.sent]


def service(kb: Any, host: Persona, on_air: str | None = None) -> AnswerService:
    """An answer service over `kb` on a fake clock, with `on_air` the product on screen."""
    clock = FakeClock()
    return AnswerService(kb, host, Outbox(clock), clock, QuestionQueue(), on_air=lambda: on_air)


def ask(kb: Any, host: Persona, question: str, on_air: str | None = None) -> Any:
    """`question` answered by `service(kb, host, on_air)`: the Answer."""
    import asyncio

    return asyncio.run(service(kb, host, on_air).answer(question))
