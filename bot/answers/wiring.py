"""The answers feature inside the app (`bot/app.py` builds one `AnswersFeature`).

Cheap things happen when the app is built: the question detector (from the catalog file)
becomes `pipeline.is_question`, and `!ask` / `!answers` are registered. The knowledge base
(Chroma index + embedder, seconds to open) opens only when needed: at the first queued question,
or when a caller awaits `ready()` (the demo and `hawker run` do, right after start). It shares
the app's one fact table (`app.facts`, set by the show), so a price the show changes is the
price the answers say. Once open, `app.knowledge` and `app.answers` are set.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.answers.detect import QuestionDetector
from bot.answers.llm import LLMComposer, chat_model_from_config, guarded_text
from bot.answers.service import AnswerCommands, AnswerService
from bot.answers.verifier import Verifier
from bot.config import ConfigError
from bot.state import indexed_catalog, record_index, state_dir
from knowledge import CatalogError, ImportOptions, KnowledgeBase, load_catalog, load_policies
from knowledge.embeddings import make_embedder
from knowledge.index import PassageIndex, connect

log = logging.getLogger(__name__)


def open_knowledge(config: Any, facts: Any = None) -> KnowledgeBase:
    """The configured knowledge base, catalog ingested; `facts`: an existing fact table to
    share (its live values are kept). The catalog is the one `hawker ingest` last built the
    index from, else the config's (`bot.state.indexed_catalog`); the built model graph is kept
    beside the index. Raises ConfigError naming file:line: field."""
    k, show = config.knowledge, config.show
    catalog = indexed_catalog(config)
    if catalog != config.path(show.catalog):
        log.warning("answering from %s, the catalog `hawker ingest` last indexed (the config "
                    "names %s)", catalog, config.path(show.catalog))
    embedder = make_embedder(k.embedding, cache_dir=state_dir(config))
    chroma_path = None if k.chroma_url else config.path(k.chroma_path)
    kb = KnowledgeBase(PassageIndex(connect(chroma_path, k.chroma_url), embedder), embedder, facts)
    report = kb.ingest(catalog, config.path(show.policies), options=ImportOptions.of(config))
    if not report.ok:
        raise ConfigError("\n".join(report.errors))
    record_index(config, catalog, list(kb.catalog), report.passages)
    return kb


def build_service(config: Any, kb: Any, persona: Any, outbox: Any, clock: Any,
                  questions: Any, on_air: Any = None, store: Any = None) -> AnswerService:
    """An AnswerService with the configured composer ([llm] composer = template | openai)."""
    composer = None
    if config.llm.composer == "openai":
        model = chat_model_from_config(config.llm)
        composer = LLMComposer(model, persona, clock, timeout=config.llm.timeout_seconds,
                               name=f"llm:{config.llm.model or 'default'}")
    return AnswerService(kb, persona, outbox, clock, questions, composer=composer,
                         verifier=Verifier(persona, guarded_text(persona)), on_air=on_air,
                         store=store)


class AnswersFeature:
    def __init__(self, app: Any) -> None:
        self.app = app
        cfg = app.config
        self.service: AnswerService | None = None
        self._wanted = False
        self._opened: asyncio.Event | None = None
        self._wake = asyncio.Event()
        self.detector = QuestionDetector(app.persona, on_air=self.on_air,
                                         threshold=cfg.show.question_threshold)
        # The service's `unanswered` listeners, kept here because the service opens later.
        self.unanswered: list[Any] = []
        try:
            products = load_catalog(indexed_catalog(cfg), options=ImportOptions.of(cfg))
            policies = load_policies(cfg.path(cfg.show.policies)) if cfg.show.policies else []
        except (CatalogError, OSError) as err:
            # The show (or `hawker ask`) reports a bad catalog as a ConfigError; here it only
            # means there is nothing to answer about.
            self.error = str(err)
            log.error("answers are off: %s", err)
            return
        self.error = ""
        self.detector.update(products, policies)
        app.pipeline.is_question = self.is_question
        app.registry.add_cog(AnswerCommands(app.questions, lambda: self.service, self.wake))

    def is_question(self, msg: Any) -> bool:
        """`pipeline.is_question`: the detector, and a nudge to the worker (the pipeline
        queues the message right after)."""
        if self.detector(msg):
            self.wake()
            return True
        return False

    def wake(self) -> None:
        self._wake.set()
        if self.service is not None:
            self.service.wake.set()

    def on_air(self) -> str | None:
        show = getattr(self.app, "show", None)
        return show.current_sku() if show is not None else None

    def open(self) -> AnswerService:
        """Open the knowledge base and build the service (blocking; seconds)."""
        app = self.app
        kb = open_knowledge(app.config, getattr(app, "facts", None))
        self.detector.update(kb.catalog.values(), kb.policies)
        self.detector.use_embedder(kb.embedder)  # the detector's MiniLM stage, now it is loaded
        self.service = build_service(app.config, kb, app.persona, app.outbox, app.clock,
                                     app.questions, self.on_air,
                                     store=app.store)  # k19a: "question" audit entries
        self.service.unanswered = self.unanswered
        app.knowledge, app.answers = kb, self.service
        return self.service

    async def ready(self) -> AnswerService:
        """Open now (in a thread) if not yet open, and wait for it."""
        self._wanted = True
        self._wake.set()
        if self.error:
            raise ConfigError(self.error)
        if self.service is None:
            if self._opened is None:
                self._opened = asyncio.Event()
                try:
                    await asyncio.to_thread(self.open)
                finally:
                    self._opened.set()
            else:
                await self._opened.wait()
        if self.service is None:
            raise RuntimeError("the knowledge base failed to open; see the log")
        return self.service

    async def run(self) -> None:
        """The worker task: wait for the first question (or `ready()`), then answer."""
        if self.error:
            return
        while not self._wanted and not len(self.app.questions):
            self._wake.clear()
            await self._wake.wait()
        try:
            service = await self.ready()
        except Exception:
            log.exception("answers are off: the knowledge base did not open")
            return
        await service.run()
