"""The answers feature inside the app (`bot/app.py` builds one `AnswersFeature`).

Cheap things happen when the app is built: the question detector (from the parsed catalog in
`ShowFiles`) becomes `pipeline.is_question`, and `!ask` / `!answers` are registered by
`install`. The knowledge base (Chroma index + embedder, seconds to open) is a `Handle` that
opens only when needed: at the first queued question, or when a caller awaits `ready()` (the
demo and `hawker run` do, right after start). It shares the show's one fact table
(`ShowFiles.facts`), so a price the show changes is the price the answers say. Once open, the
service is set on the `answers` handle, where moderation's review and the show's verifier find it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from bot.answers.detect import QuestionDetector
from bot.answers.llm import LLMComposer, chat_model_from_config, guarded_text
from bot.answers.service import AnswerCommands, AnswerService
from bot.answers.verifier import Verifier
from bot.clock import Clock
from bot.commands import CommandRegistry
from bot.config import Config, ConfigError
from bot.events import ChatMessage
from bot.lifecycle import Handle
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from bot.showfiles import ShowFiles
from bot.state import indexed_catalog, record_index, state_dir
from bot.store import Store
from knowledge import ImportOptions, KnowledgeBase
from knowledge.embeddings import make_embedder
from knowledge.facts import Facts
from knowledge.index import PassageIndex, connect

log = logging.getLogger(__name__)


def open_knowledge(config: Config, facts: Facts | None = None,
                   files: ShowFiles | None = None) -> KnowledgeBase:
    """The configured knowledge base, catalog ingested; `facts`: an existing fact table to
    share (its live values are kept). The catalog is the one `hawker ingest` last built the
    index from, else the config's (`bot.state.indexed_catalog`); `files`: that catalog and the
    policies already parsed at start, indexed without reading them again. The built model
    graph is kept beside the index. Raises ConfigError naming file:line: field."""
    k, show = config.knowledge, config.show
    catalog = files.answer_catalog.path if files is not None else indexed_catalog(config)
    if catalog != config.path(show.catalog):
        log.warning("answering from %s, the catalog `hawker ingest` last indexed (the config "
                    "names %s)", catalog, config.path(show.catalog))
    embedder = make_embedder(k.embedding, cache_dir=state_dir(config))
    chroma_path = None if k.chroma_url else config.path(k.chroma_path)
    kb = KnowledgeBase(PassageIndex(connect(chroma_path, k.chroma_url), embedder), embedder, facts)
    if files is not None and not files.answers_error:
        report = kb.ingest_parsed(catalog, list(files.answer_catalog.products),
                                  list(files.policies))
    else:
        report = kb.ingest(catalog, config.path(show.policies), options=ImportOptions.of(config))
    if not report.ok:
        raise ConfigError("\n".join(report.errors))
    record_index(config, catalog, list(kb.catalog), report.passages)
    return kb


def build_service(config: Config, kb: KnowledgeBase, persona: Persona, outbox: Outbox,
                  clock: Clock, questions: QuestionQueue,
                  on_air: Callable[[], str | None] | None = None,
                  store: Store | None = None) -> AnswerService:
    """An AnswerService with the configured composer ([llm] composer = template | openai),
    recording every question in `store`'s audit log when given."""
    composer = None
    if config.llm.composer == "openai":
        model = chat_model_from_config(config.llm)
        composer = LLMComposer(model, persona, clock, timeout=config.llm.timeout_seconds,
                               name=f"llm:{config.llm.model or 'default'}")
    return AnswerService(kb, persona, outbox, clock, questions, composer=composer,
                         verifier=Verifier(persona, guarded_text(persona)), on_air=on_air,
                         store=store)


class AnswersFeature:
    """Question detection now, answering once the knowledge base is open.

    Depends on: the show's files (catalog and policies for the detector), the persona, outbox,
    clock and question queue, the `knowledge` handle it opens, the `answers` handle it fills,
    `on_air` (the SKU on air now, or None) and the `store` whose audit log records every
    question (optional). A `Service`: `start` runs the worker that
    waits for the first question, `stop` cancels it.
    """

    def __init__(self, config: Config, files: ShowFiles, persona: Persona, outbox: Outbox,
                 clock: Clock, questions: QuestionQueue, knowledge: Handle[KnowledgeBase],
                 answers: Handle[AnswerService],
                 on_air: Callable[[], str | None] = lambda: None,
                 store: Store | None = None) -> None:
        self.config = config
        self.persona = persona
        self.outbox = outbox
        self.clock = clock
        self.questions = questions
        self.knowledge = knowledge
        self.answers = answers
        self.on_air = on_air
        self.store = store
        self._wanted = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.detector = QuestionDetector(persona, on_air=on_air,
                                         threshold=config.show.question_threshold)
        # The service's `unanswered` listeners, kept here because the service opens later.
        self.unanswered: list[Callable[..., Any]] = []
        # The show (or `hawker ask`) reports a bad catalog as a ConfigError; here it only
        # means there is nothing to answer about.
        self.error = files.answers_error
        if self.error:
            log.error("answers are off: %s", self.error)
            return
        self.detector.update(files.answer_catalog.products, files.policies)

    @property
    def service(self) -> AnswerService | None:
        """The answer service once the knowledge base is open, else None."""
        return self.answers.current()

    def install(self, pipeline: Pipeline, registry: CommandRegistry) -> None:
        """Become the pipeline's question detector and register `!ask` / `!answers` (nothing
        when the catalog did not load)."""
        if self.error:
            return
        pipeline.is_question = self.is_question
        registry.add_cog(AnswerCommands(self.questions, self.answers.current, self.wake))

    def is_question(self, msg: ChatMessage) -> bool:
        """`pipeline.is_question`: the detector, and a nudge to the worker (the pipeline
        queues the message right after)."""
        if self.detector(msg):
            self.wake()
            return True
        return False

    def wake(self) -> None:
        self._wake.set()
        service = self.answers.current()
        if service is not None:
            service.wake.set()

    async def ready(self) -> AnswerService:
        """Open the knowledge base now (in a thread) if not yet open, and wait for it; the
        service is built once. Raises ConfigError when the catalog did not load, and what
        opening the knowledge base raised."""
        self._wanted = True
        self._wake.set()
        if self.error:
            raise ConfigError(self.error)
        service = self.answers.current()
        if service is not None:
            return service
        kb = await self.knowledge.ready()
        service = self.answers.current()  # another caller may have built it meanwhile
        if service is None:
            self.detector.update(kb.catalog.values(), kb.policies)
            self.detector.use_embedder(kb.embedder)  # the detector's MiniLM stage, now loaded
            service = build_service(self.config, kb, self.persona, self.outbox, self.clock,
                                    self.questions, self.on_air, store=self.store)
            service.unanswered = self.unanswered
            self.answers.set(service)
        return service

    async def run(self) -> None:
        """The worker task: wait for the first question (or `ready()`), then answer."""
        if self.error:
            return
        while not self._wanted and not len(self.questions):
            self._wake.clear()
            await self._wake.wait()
        try:
            service = await self.ready()
        except Exception:
            log.exception("answers are off: the knowledge base did not open")
            return
        await service.run()

    async def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="answers")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
