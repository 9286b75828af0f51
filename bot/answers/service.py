"""The answer flow: question queue → coalesce → evidence → compose → verify → outbox.

`AnswerService.run()` is the worker: every `tick` seconds it takes what the pipeline queued,
drops what is stale or over a viewer's limit (counted), clusters the rest by meaning and
answers each cluster once. Answers then wait here, merged by text, until their channel's outbox
queue has room; the one owed to the most viewers for the longest goes next, as one `Reply`
mentioning every asker. Each Reply carries a `refresh` callback: at send time the facts are
read again, the answer's slots are filled from them and the text is verified again (the
template answers if it no longer passes), so a price that moved while the reply waited for the
rate limit is never sent stale.

Questions the bot could not answer (nothing in the knowledge store, or the answer came too late
to send) go to the `unanswered` listeners, so a host or a dashboard can take them up.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np

from bot.answers.composer import Composer, TemplateComposer, say
from bot.answers.flood import (
    SIMILAR,
    AnswerCache,
    Cached,
    ViewerLimiter,
    answer_key,
    group_questions,
    question_key,
)
from bot.answers.grounds import Grounds, gather
from bot.answers.replies import special
from bot.answers.slots import Draft, Filled, escape, fill
from bot.answers.understand.answerable import Dense, dense_of
from bot.answers.understand.features import without_address
from bot.answers.verifier import Verifier
from bot.clock import Clock
from bot.commands import ArgumentError, Context, Rest, command
from bot.events import Announcement, ChatMessage, Priority, Reply, Role
from bot.outbox import Outbox
from bot.persona import Persona
from bot.questions import QuestionQueue
from bot.store import Store
from knowledge import Evidence, KnowledgeBase, regions
from knowledge.text import mandarin, plain_english

log = logging.getLogger(__name__)

_MENTION = re.compile(r"(?<!\w)@\S+")


@dataclass(slots=True)
class Answer:
    """One answer and where it came from (for `hawker ask`, the audit log and tests)."""

    text: str
    composer: str  # "template", "llm", "persona" (unknown/declined), with " (cached)" etc.
    grounds: Grounds | None = None
    rejected: tuple[str, ...] = ()  # the verifier's problems with the draft that was replaced
    draft: str | None = None  # the composer's draft as filled (the rejected one, if replaced)
    filled: Filled | None = None  # what `text` was filled from (slots, citations)


@dataclass(slots=True)
class _Held:
    answer: Answer
    askers: list[ChatMessage]


@dataclass(slots=True)
class AnswerStats:
    questions: int = 0
    clusters: int = 0
    replies: int = 0
    coalesced: int = 0  # askers credited in a reply to someone else's question
    cache_hits: int = 0
    rejected: int = 0  # drafts that failed verification
    composer_errors: int = 0
    unknown: int = 0
    declined: int = 0
    stale: int = 0  # askers whose answer came too late to send (or never came)
    refreshed: int = 0  # replies re-rendered at send time because a fact changed
    problems: Counter[str] = field(default_factory=Counter)


class AnswerService:
    def __init__(
        self,
        kb: KnowledgeBase,
        persona: Persona,
        outbox: Outbox,
        clock: Clock,
        questions: QuestionQueue,
        *,
        composer: Composer | None = None,
        verifier: Verifier | None = None,
        on_air: Callable[[], str | None] | None = None,
        limiter: ViewerLimiter | None = None,
        tick: float = 0.25,
        batch: int = 200,
        max_age: float = 60.0,
        similar: float = SIMILAR,
        busy_every: float = 60.0,
        outbox_depth: int = 1,
        repeat_window: float = 15.0,
        max_pending: int = 200,
        store: Store | None = None,
    ) -> None:
        self.kb = kb
        self.persona = persona
        self.outbox = outbox
        self.clock = clock
        self.questions = questions
        self.template = TemplateComposer(persona)
        self.composer: Composer = composer or self.template
        self.verifier = verifier or Verifier(persona)
        self.on_air = on_air
        self.limiter = limiter or ViewerLimiter()
        self.tick = tick
        self.batch = batch
        self.max_age = max_age
        self.similar = similar
        self.busy_every = busy_every
        # Answers wait here, not in the outbox, until their channel has room: the outbox sends
        # in order, this picks the answer owed to the most viewers for the longest.
        self.outbox_depth = outbox_depth
        self.repeat_window = repeat_window
        self.max_pending = max_pending
        self._pending: dict[tuple[str, str], dict[str, _Held]] = {}
        self._given: dict[tuple[str, str, str], float] = {}
        self.cache = AnswerCache()
        self.stats = AnswerStats()
        self._evidence: dict[tuple[int, str], Evidence] = {}
        self._busy_at = float("-inf")
        # Set by whoever queues a question (the detector, !ask): the worker sleeps otherwise.
        self.wake = asyncio.Event()
        self._dropped_told = 0
        # Called with (questions, reason): "no_answer" or "too_late". Webhooks publish them.
        self.unanswered: list[Callable[[Sequence[ChatMessage], str], None]] = []
        # Every asked question's outcome goes to its audit log ("question" entries, read by the
        # console and `hawker report`); None keeps no record (tests, `hawker ask`).
        self.store = store

    # -- one question ----------------------------------------------------------------------

    def ground(self, question: str, role: Role = Role.VIEWER) -> Grounds:
        """Retrieve evidence (cached per question text and catalog) and read the facts now.
        "How much is it?" names no product: it is about the one on air, if any."""
        key = (self.kb.retriever.snapshot.serial, question_key(question))
        evidence = self._evidence.get(key)
        if evidence is None:
            evidence = self.kb.retrieve(question)
            if len(self._evidence) > 4096:
                self._evidence.clear()
            self._evidence[key] = evidence
        # The product on air is the prior for every question, not only "how much is it?".
        on_air = self.on_air() if self.on_air is not None else None
        return gather(evidence, self.kb.facts, self.kb.catalog, now=self.clock.now(), role=role,
                      policies=self.kb.policies, on_air=on_air, dense=self._dense(evidence.query))

    def _dense(self, question: str) -> Dense | None:
        """The question's embedding for the trained answerability scorer: the one retrieval
        computed (the embedder's cache, same spelling fix), or None (word coverage)."""
        return dense_of(self.kb.embedder, question, self.kb.retriever.snapshot.speller.fix)

    async def answer(self, question: str, role: Role = Role.VIEWER) -> Answer:
        """The verified answer to one question, in the persona's voice."""
        # "hey mate …", 主播 … (the address); 呢隻幾錢 (Cantonese, read as Mandarin)
        question = plain_english(mandarin(without_address(_MENTION.sub(" ", question).strip())))
        bare = self.persona.unaddressed(question)  # "lao zhang how much is the beef": the beef's
        about_host = "\x00" in bare  # "where is lao zhang from": the host is asked about
        if not about_host:
            question = bare
        lang = self.persona.language_of(question)
        if self.persona.is_declined(question):
            self.stats.declined += 1
            return Answer(self.persona.say("declined", lang), "persona")
        grounds = self.ground(question, role)
        if about_host:  # the host, not a product, is asked about
            grounds = replace(grounds, status="unknown")
        if grounds.status and (done := special(grounds, self.persona)) is not None:
            if not grounds.answerable:  # not carried, or no fact answers what was asked
                self.stats.unknown += 1
            return Answer(done[0], done[1], grounds)
        if not grounds.answerable:
            self.stats.unknown += 1
            return Answer(self.persona.say("unknown", lang), "persona", grounds)
        return await self._compose(grounds)

    def meaning(self, question: str) -> Any:
        """The question's unit embedding (the cache's notion of "the same question"), or its
        normalised text where the embedder cannot give one."""
        embed_one = getattr(self.kb.embedder, "embed_query", None)
        try:
            vec = np.asarray(embed_one(question) if embed_one is not None
                             else self.kb.embedder.embed([question])[0], dtype=np.float32)
        except Exception:  # no embedder (a stub knowledge base): exact text only
            return question_key(question)
        return vec / max(float(np.linalg.norm(vec)), 1e-9)

    async def _compose(self, grounds: Grounds) -> Answer:
        key, meaning = answer_key(grounds), self.meaning(grounds.question)
        filled: Filled | None
        if (hit := self.cache.get(key, meaning)) is not None:
            filled = fill(hit.draft, grounds)
            if self.verifier.check(filled, grounds).ok:  # e.g. a countdown that ran out
                self.stats.cache_hits += 1
                return Answer(filled.text, f"{hit.composer} (cached)", grounds, filled=filled)
        name, filled = self.composer.name, None
        rejected: tuple[str, ...] = ()
        try:
            draft = await self.composer.compose(grounds)
            if isinstance(draft, str):  # a composer that knows no slots: its text as written
                draft = Draft(escape(draft))
            filled = fill(draft, grounds)
        except Exception as err:  # the model is down, slow or broken: the template answers
            self.stats.composer_errors += 1
            name = f"template ({self.composer.name} failed: {type(err).__name__})"
            log.warning("%s composer failed: %s", self.composer.name, err)
        if filled is not None:
            verdict = self.verifier.check(filled, grounds)
            if verdict.ok:
                self.cache.put(key, meaning, Cached(filled.draft, name))
                return Answer(filled.text, name, grounds, draft=filled.text, filled=filled)
            self.stats.rejected += 1
            self.stats.problems.update(re.sub(r" ['({:].*$", "", p) for p in verdict.problems)
            rejected = verdict.problems
            name = f"template (rejected {self.composer.name} draft)"
            log.warning("draft rejected (%s): %r", "; ".join(verdict.problems), filled.text[:200])
        answer = self.fallback(grounds, name)
        answer.rejected, answer.draft = rejected, filled.text if filled is not None else None
        if answer.filled is not None:  # not the persona's "I don't know"
            self.cache.put(key, meaning, Cached(answer.filled.draft, name.split(" (")[0]))
        return answer

    def fallback(self, grounds: Grounds, name: str = "template") -> Answer:
        """The template's answer, verified like any other: a template that fails (a persona
        phrase with a number of its own) says "I don't know" rather than something wrong."""
        filled = fill(self.template.draft(grounds), grounds)
        verdict = self.verifier.check(filled, grounds)
        if verdict.ok:
            return Answer(filled.text, name, grounds, filled=filled)
        log.error("template answer failed verification (%s): %r", verdict.problems, filled.text)
        return Answer(self.persona.say("unknown", grounds.lang), "persona", grounds)

    # -- replies ---------------------------------------------------------------------------

    def reply(self, askers: Sequence[ChatMessage], answer: Answer) -> Reply:
        """One Reply to the first asker, mentioning them all, re-checked at send time."""
        first = askers[0]
        mentions = tuple(dict.fromkeys(m.viewer for m in askers))
        oldest = min(m.timestamp for m in askers)
        grounds = answer.grounds
        source: dict[str, Any] = {"question": first.text[:500], "askers": len(askers),
                                  "composer": answer.composer}
        if grounds is not None:
            source.update(sku=grounds.sku, facts_version=grounds.version,
                          passages=[p.id for p in grounds.passages])
        if answer.filled is not None:
            source.update(citations=list(answer.filled.draft.citations),
                          slots=[f.slot for f in answer.filled.fills])
        if answer.rejected:
            source["rejected_draft"] = {"text": (answer.draft or "")[:500],
                                        "problems": list(answer.rejected)}

        def refresh() -> str | None:
            now = self.clock.now()
            if now - oldest > self.max_age:
                self._too_late(askers)
                return None
            if grounds is None or grounds.facts is None:
                return answer.text  # no numbers in it
            fresh = gather(grounds.evidence, self.kb.facts, self.kb.catalog, now=now,
                           role=grounds.role, policies=self.kb.policies, on_air=grounds.sku,
                           dense=self._dense(grounds.evidence.query))
            if answer.filled is not None:
                filled = fill(answer.filled.draft, fresh)
                if self.verifier.check(filled, fresh).ok:
                    if filled.text != answer.text:
                        self.stats.refreshed += 1
                        source.update(facts_version=fresh.version)
                    return filled.text
            self.stats.refreshed += 1
            source.update(composer="template (refreshed at send time)", facts_version=fresh.version)
            again = self.fallback(fresh)
            return again.text if again.composer != "persona" else None

        return Reply(first, answer.text, Priority.ANSWER, mentions=mentions, refresh=refresh,
                     source=source)

    # -- the worker ------------------------------------------------------------------------

    async def run(self) -> None:
        """Answer in ticks while questions come or answers wait; idle (no timer) otherwise."""
        # (the world's place names are read once before the show, not on its first "ship to")
        await asyncio.to_thread(regions.load)
        while True:
            if not len(self.questions) and not self.pending:
                self.wake.clear()
                await self.wake.wait()
            try:
                await self.step()
            except Exception:  # never let one bad batch stop the answers
                log.exception("answer worker step failed")
            await self.clock.sleep(self.tick)  # questions arriving meanwhile are coalesced

    async def step(self) -> int:
        """Answer what is queued now and hand the outbox what it has room for; returns the
        number of replies put in the outbox."""
        msgs = self.questions.take(self.batch)
        now = self.clock.now()
        fresh = []
        for m in msgs:
            if now - m.timestamp > self.max_age:
                self._too_late([m])
            elif self.limiter.allow(m, now):
                fresh.append(m)
        self._tell_drops(now)
        if fresh:
            self.stats.questions += len(fresh)
            for group in group_questions(fresh, self._vectors(fresh), self.similar):
                self.stats.clusters += 1
                answer = await self.answer(group[0].text, group[0].role)
                if answer.grounds is not None and not answer.grounds.answerable:
                    self._tell_unanswered(group, "no_answer")
                self._hold(group, answer)
        return self._release(self.clock.now())

    # -- pacing ----------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Answers composed but not yet handed to the outbox."""
        return sum(len(p) for p in self._pending.values())

    def _hold(self, askers: list[ChatMessage], answer: Answer) -> None:
        """Keep an answer until its channel has room; askers of the same text are merged
        (paraphrases, and clusters the embedding kept apart, meet here)."""
        first = askers[0]
        channel = self._pending.setdefault((first.platform, first.channel), {})
        held = channel.get(answer.text)
        if held is None:
            channel[answer.text] = _Held(answer, list(askers))
        else:
            held.askers += askers
        self.stats.coalesced += len(askers) - (1 if held is None else 0)

    def _urgency(self, key: tuple[str, str], text: str, held: _Held, now: float) -> float:
        """Most askers waiting longest first; an answer just given waits its turn."""
        waited = now - min(m.timestamp for m in held.askers)
        score = len(held.askers) * (1.0 + waited)
        if now - self._given.get((*key, text), float("-inf")) < self.repeat_window:
            score /= 10
        return score

    def _release(self, now: float) -> int:
        released = 0
        for key, channel in self._pending.items():
            for text, held in list(channel.items()):
                alive: list[ChatMessage] = []
                late: list[ChatMessage] = []
                for m in held.askers:
                    (alive if now - m.timestamp <= self.max_age else late).append(m)
                self._too_late(late)
                if alive:
                    held.askers = alive
                else:
                    del channel[text]
            queue = self.outbox.queues.get(key)
            room = self.outbox_depth - (len(queue) if queue is not None else 0)
            while room > 0 and channel:
                text = max(channel, key=lambda t: self._urgency(key, t, channel[t], now))
                held = channel.pop(text)
                was_held = self.outbox.held
                self.outbox.put(self.reply(held.askers, held.answer))
                self._record(held.askers, held.answer, now, gated=self.outbox.held > was_held)
                self._given[(*key, text)] = now
                self.stats.replies += 1
                released += 1
                room -= 1
            while len(channel) > self.max_pending:  # a flood of one-off questions
                text = min(channel, key=lambda t: self._urgency(key, t, channel[t], now))
                self._too_late(channel.pop(text).askers)
        return released

    # -- what went unanswered --------------------------------------------------------------

    def _too_late(self, askers: Sequence[ChatMessage]) -> None:
        if askers:
            self.stats.stale += len(askers)
            self._tell_unanswered(askers, "too_late")
            self._record(askers, None, self.clock.now())

    def _record(self, askers: Sequence[ChatMessage], answer: Answer | None, now: float, *,
                gated: bool = False) -> None:
        """One "question" audit entry per asker (the contract the console and `hawker report`
        read): outcome "answered" | "unanswered" | "held"; reason None when answered, else
        "stale" (too late), "review" (held by a gate), or the grounds' status ("unknown",
        "not_carried", ...; "declined" for the persona's refusals); latency_ms from the
        message's timestamp to the reply being queued."""
        if self.store is None:
            return
        grounds = answer.grounds if answer is not None else None
        if answer is None:
            outcome, reason = "unanswered", "stale"
        elif gated:
            outcome, reason = "held", "review"
        elif grounds is not None and not grounds.answerable:
            # the contract's codes: "unknown_aspect" (a product we carry, a fact we lack) is
            # "unknown" too; "not_carried" stays itself (the catalog's to-do differs)
            outcome = "unanswered"
            reason = "not_carried" if grounds.status == "not_carried" else "unknown"
        elif answer.composer == "persona":
            outcome, reason = "unanswered", "declined"
        else:
            outcome, reason = "answered", None
        for m in askers:
            self.store.audit(
                "question", m.viewer.display_name, platform=m.platform, channel=m.channel,
                text=m.text[:500], lang=self.persona.language_of(m.text), outcome=outcome,
                reason=reason, sku=grounds.sku if grounds is not None else None,
                latency_ms=round(max(0.0, now - m.timestamp) * 1000, 1),
                reply=answer.text if answer is not None and not gated else None)

    def _tell_unanswered(self, askers: Sequence[ChatMessage], reason: str) -> None:
        for listener in self.unanswered:
            try:
                listener(askers, reason)
            except Exception:  # a listener's failure must not stop the answers
                log.exception("unanswered-question listener failed")

    def _vectors(self, msgs: Sequence[ChatMessage]) -> np.ndarray:
        """Question embeddings for coalescing. They embed exactly the text retrieval will
        (mentions dropped, spelling fixed), so retrieval then finds it in the embedder's cache:
        one model pass per distinct question, not two."""
        if len(msgs) == 1:
            return np.ones((1, 1), dtype=np.float32)  # nothing to cluster with
        fix = self.kb.retriever.snapshot.speller.fix
        keys = [fix(_MENTION.sub(" ", m.text).strip()) for m in msgs]
        unique = list(dict.fromkeys(keys))
        embed_one = getattr(self.kb.embedder, "embed_query", None)
        vecs: np.ndarray
        if embed_one is not None:  # LRU-cached per text: a flood repeats itself
            vecs = np.stack([embed_one(k) for k in unique])
        else:
            vecs = np.asarray(self.kb.embedder.embed(unique))
        vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        pos = {k: i for i, k in enumerate(unique)}
        return vecs[[pos[k] for k in keys]]

    @property
    def dropped(self) -> int:
        """Questions never answered: queue overflow, over a viewer's limit, or too old."""
        return self.questions.dropped + self.limiter.limited + self.stats.stale

    def _tell_drops(self, now: float) -> None:
        new = self.dropped - self._dropped_told
        if new >= 10 and now - self._busy_at >= self.busy_every:
            self._busy_at, self._dropped_told = now, self.dropped
            text = say(self.persona, "busy_dropped", self.persona.default_language, count=new)
            self.outbox.put(Announcement(text, key="answers-busy"))

    def report(self) -> dict[str, Any]:
        out = asdict(self.stats)
        out["problems"] = dict(self.stats.problems)
        out.update(queued=len(self.questions), pending=self.pending,
                   queue_dropped=self.questions.dropped,
                   rate_limited=self.limiter.limited, dropped=self.dropped,
                   cache_size=len(self.cache))
        return out


class AnswerCommands:
    """`!ask <question>` for anyone, `!answers` (stats) for moderators. The service may open
    after the commands are registered (see wiring.py): `service()` says whether it has."""

    def __init__(self, questions: QuestionQueue, service: Callable[[], AnswerService | None],
                 wake: Callable[[], None] = lambda: None) -> None:
        self.questions = questions
        self.service = service
        self.wake = wake

    @command("ask", viewer_cooldown=5, help="Ask about a product, a price, shipping...")
    async def ask(self, ctx: Context, question: Rest) -> None:
        if not question.strip():
            raise ArgumentError("what would you like to know?")
        self.questions.put(replace(ctx.message, text=question, addressed_to_bot=True))
        self.wake()

    @command("answers", min_role=Role.MODERATOR, help="Answer stats: answered, merged, dropped")
    async def answers(self, ctx: Context) -> None:
        service = self.service()
        if service is None:
            ctx.reply(f"answers: not started yet, {len(self.questions)} questions waiting",
                      ephemeral=True)
            return
        r = service.report()
        ctx.reply(f"answers: {r['replies']} replies to {r['questions']} questions "
                  f"({r['coalesced']} merged, {r['cache_hits']} cached), {r['rejected']} drafts "
                  f"rejected, {r['dropped']} dropped, {r['queued']} waiting", ephemeral=True)
