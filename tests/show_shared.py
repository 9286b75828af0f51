"""A whole show on a FakeClock: catalog facts, store, outbox, console, pipeline, runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.clock import FakeClock, settle
from bot.commands import CommandRegistry, CommandRouter
from bot.events import Role
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from bot.show.announce import Announcer
from bot.show.commands import ProductFinder, ShowCommands
from bot.show.plan import ShowPlan, load_plan, parse_plan
from bot.show.runner import ShowRunner
from bot.store import Store
from knowledge.catalog import load_catalog
from knowledge.facts import Facts
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
CATALOG = load_catalog(EXAMPLES / "catalog.yaml")
PERSONA = Persona.load(EXAMPLES / "persona.yaml")
FAST = RateLimit(100, 1.0)  # sends never wait unless a test says so


def catalog_facts() -> Facts:
    return Facts([p.facts() for p in CATALOG])


@dataclass
class DrawRecorder:
    """Stands in for bot/draws: records every call, in order, with the show time."""

    clock: FakeClock
    calls: list[tuple[str, tuple]] = field(default_factory=list)
    _n: int = 0

    def create(self, prize: str, winners: int, keyword: str, duration: float, actor: str) -> str:
        self._n += 1
        self.calls.append(("create", (prize, winners, keyword, duration, actor), self.clock.now()))
        return f"d{self._n}"

    async def open(self, draw_id: Any) -> None:  # async on purpose: both kinds must work
        self.calls.append(("open", (draw_id,), self.clock.now()))

    def close(self, draw_id: Any) -> None:
        self.calls.append(("close", (draw_id,), self.clock.now()))

    async def pick(self, draw_id: Any) -> list[str]:
        self.calls.append(("pick", (draw_id,), self.clock.now()))
        return ["winner"]


class Show:
    """One show wired like the app wires it, with the console as the only platform."""

    def __init__(
        self,
        plan: ShowPlan | str | None = None,
        *,
        clock: FakeClock | None = None,
        facts: Facts | None = None,
        store: Store | None = None,
        rate: RateLimit = FAST,
        adapter: type[ConsoleAdapter] = ConsoleAdapter,
        languages: list[str] | None = None,
        verify: Any = None,
    ) -> None:
        self.clock = clock or FakeClock()
        self.facts = facts or catalog_facts()
        skus = [p.sku for p in self.facts.all()]
        if plan is None:
            plan = load_plan(EXAMPLES / "show.yaml", skus)
        elif isinstance(plan, str):
            plan = parse_plan(plan, "test.yaml", skus)
        self.plan = plan
        self.store = store or Store(":memory:", clock=self.clock)
        self.console = adapter(
            clock=self.clock,
            out=None,
            on_output=self._record,
            capabilities=Capabilities(max_length=400, rate=rate),
        )
        self.outbox = Outbox(self.clock)
        self.outbox.add_adapter(self.console)
        persona = (
            PERSONA if languages is None else PERSONA.model_copy(update={"languages": languages})
        )
        self.draws = DrawRecorder(self.clock)
        self.runner = ShowRunner(
            plan,
            facts=self.facts,
            outbox=self.outbox,
            store=self.store,
            clock=self.clock,
            announcer=Announcer(persona, self.facts),
            draws=self.draws,
        )
        self.registry = CommandRegistry()
        self.router = CommandRouter(self.registry, self.outbox.put, self.clock)
        self.pipeline = Pipeline(self.router, QuestionQueue())
        self.pipeline.observers.append(self.runner.count_line)
        self.registry.add_cog(
            ShowCommands(self.runner, ProductFinder.from_catalog(CATALOG), verify)
        )
        self.t0 = self.clock.now()
        self.log: list[tuple[float, str]] = []  # (seconds since t0, bot text)

    def _record(self, line: str) -> None:
        if line.startswith("  [hawker] "):
            self.log.append((self.clock.now() - self.t0, line.removeprefix("  [hawker] ")))

    async def __aenter__(self) -> Show:
        self.outbox.start()
        await self.console.start(self.pipeline.handle)
        self.runner.start_task()
        await settle()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.stop()
        await self.outbox.stop()

    async def say(self, name: str, text: str, role: Role = Role.VIEWER) -> None:
        await self.console.say(name, text, role)
        await settle()

    async def start(self) -> None:
        await self.say("mod_amy", "!show start", Role.MODERATOR)

    async def until(self, seconds: float, step: float = 1.0) -> None:
        """Advance to `seconds` after t0, in steps (as a live clock would tick past)."""
        while self.clock.now() - self.t0 < seconds - 1e-9:
            await self.clock.advance(min(step, seconds - (self.clock.now() - self.t0)))

    def texts(self) -> list[str]:
        return [t for _, t in self.log]

    def when(self, needle: str) -> list[float]:
        return [at for at, t in self.log if needle in t]

    def keys(self) -> list[str]:
        return [e["detail"]["key"] for e in self.store.audit_entries(kind="show.announce")]
