"""Answers benchmark: latency to a verified reply, and a question flood against a slow channel.

1. Latency, 1,000-product synthetic catalog (bench/retrieval.py's generator), default
   (template) composer: a viewer's message through the pipeline (detection, queue), the answer
   worker (embedding for coalescing, retrieval, facts, template, verifier) until its Reply is in
   the outbox. Fresh questions (every cache cleared) and repeats, p50/p99, median of rounds.
2. Flood replay on virtual time: 1,000 questions in 10 s, 80% paraphrased duplicates of 20
   distinct questions (the rest one-off questions), against a channel limited to 5 messages
   per 5 s and 500 characters: when each distinct question was first answered, how many askers
   were credited, the longest message, and everything dropped.
3. Verifier throughput: drafts verified per second, over the template's drafts for the latency
   questions and the hostile dev drafts (tests/fixtures/hostile_drafts_dev.yaml) on the same
   grounds, median of rounds; each draft's own reading is not cached between rounds (passages'
   are, as in a show). Baseline in the same run: filling the same drafts' slots.

    .venv/bin/python bench/answers.py [--products 1000] [--queries 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml  # noqa: E402
from retrieval import make_catalog, make_queries  # noqa: E402

from bot.answers import AnswerService, QuestionDetector, Verifier  # noqa: E402
from bot.answers import verifier as verifier_module  # noqa: E402
from bot.answers.llm import guarded_text  # noqa: E402
from bot.answers.slots import Draft, fill  # noqa: E402
from bot.clock import FakeClock, settle  # noqa: E402
from bot.commands import CommandRegistry, CommandRouter  # noqa: E402
from bot.events import ChatMessage, Reply, Viewer  # noqa: E402
from bot.outbox import Outbox  # noqa: E402
from bot.persona import Persona  # noqa: E402
from bot.pipeline import Outcome, Pipeline  # noqa: E402
from bot.questions import QuestionQueue  # noqa: E402
from knowledge import KnowledgeBase  # noqa: E402
from knowledge.embeddings import MiniLMEmbedder  # noqa: E402
from plugins.base import Capabilities, RateLimit  # noqa: E402
from plugins.console import ConsoleAdapter  # noqa: E402

logging.getLogger("bm25s").setLevel(logging.WARNING)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


class Rig:
    """Pipeline → question queue → answer service → outbox → console channel, fake clock."""

    def __init__(self, kb: KnowledgeBase, persona: Persona, caps: Capabilities, **kw) -> None:
        self.clock = FakeClock()
        self.adapter = ConsoleAdapter(clock=self.clock, out=None, capabilities=caps)
        self.outbox = Outbox(self.clock)
        self.outbox.add_adapter(self.adapter)
        self.queue = QuestionQueue(capacity=kw.pop("capacity", 500))
        self.service = AnswerService(kb, persona, self.outbox, self.clock, self.queue, **kw)
        router = CommandRouter(CommandRegistry(), self.outbox.put, self.clock)
        detector = QuestionDetector(persona, kb.catalog.values(), kb.policies)
        self.pipeline = Pipeline(router, self.queue, is_question=detector)
        self.handed: list[tuple[float, Reply]] = []  # (perf_counter, reply) as the outbox gets it
        self.outbox.gates.append(self._seen)
        self.sent: list[tuple[float, Reply, str]] = []  # (virtual time, reply, text) as sent
        self.outbox.listeners.append(
            lambda out, text: self.sent.append((self.clock.now(), out, text)))
        self._n = 0

    def _seen(self, out: object) -> bool:
        if isinstance(out, Reply):
            self.handed.append((time.perf_counter(), out))
        return True

    def message(self, name: str, text: str) -> ChatMessage:
        self._n += 1
        viewer = Viewer("console", name, name)
        return ChatMessage("console", "live", f"q{self._n}", viewer, text, self.clock.now())


async def latency(kb: KnowledgeBase, persona: Persona, queries: list[str], rounds: int) -> dict:
    rig = Rig(kb, persona, Capabilities(max_length=500, rate=RateLimit(1000, 1.0)))
    rig.outbox.start()  # a channel with no real limit: the outbox drains as fast as it can
    fresh_p50, fresh_p99, repeat_p50, repeat_p99 = [], [], [], []
    detected = 0
    for r in range(rounds + 1):  # round 0 warms up imports and code paths
        for repeat in (False, True):
            if not repeat:
                kb.embedder._cache.clear()
                rig.service._evidence.clear()
                rig.service.cache = type(rig.service.cache)()
                old = rig.service.limiter  # a fresh per-viewer limit for the fresh round
                rig.service.limiter = type(old)(old.limit, old.window)
            lat = []
            for i, q in enumerate(queries):
                msg = rig.message(f"v{r}-{i}-{repeat}", q)
                before = len(rig.handed)
                t = time.perf_counter()
                outcome = await rig.pipeline.handle(msg)
                if outcome != Outcome.QUESTION:
                    continue
                detected += r == 1 and not repeat
                await rig.service.step()
                await settle(3)  # the outbox sends, freeing the channel for the next answer
                if len(rig.handed) > before:
                    lat.append((rig.handed[before][0] - t) * 1000)
            if r == 0 or not lat:
                continue
            (repeat_p50 if repeat else fresh_p50).append(statistics.median(lat))
            (repeat_p99 if repeat else fresh_p99).append(percentile(lat, 0.99))
    await rig.outbox.stop()
    return {
        "questions": len(queries),
        "detected_as_questions": detected,
        "fresh_p50_ms": round(statistics.median(fresh_p50), 2),
        "fresh_p99_ms": round(statistics.median(fresh_p99), 2),
        "repeat_p50_ms": round(statistics.median(repeat_p50), 2),
        "repeat_p99_ms": round(statistics.median(repeat_p99), 2),
    }


def flood_questions(catalog: list[dict], rng: random.Random) -> tuple[list[list[str]], list[str]]:
    """20 distinct questions, each with paraphrases (English and Chinese), and one-offs."""
    hot = rng.sample(catalog, 10)
    distinct: list[list[str]] = []
    for p in hot:
        alias, zh = p["aliases"][0], p["name_zh"]
        distinct.append([f"how much is the {alias}?", f"{alias} price?", f"what does {alias} cost",
                         f"How much for the {alias}??", f"{alias} how much", f"{zh}多少钱",
                         f"{zh}多少钱？", f"{zh}价格多少"])
        distinct.append([f"is the {alias} still in stock?", f"any {alias} left?",
                         f"how many {alias} are left", f"{alias} sold out?", f"{zh}还有货吗",
                         f"{zh}还有吗？"])
    others = [q for q, _ in make_queries([p for p in catalog if p not in hot], 200, seed=5)]
    return distinct, others


async def flood(kb: KnowledgeBase, persona: Persona, catalog: list[dict], seconds: float = 10.0,
                total: int = 1000, horizon: float = 90.0) -> dict:
    rng = random.Random(3)
    caps = Capabilities(max_length=500, rate=RateLimit(5, 5.0))
    rig = Rig(kb, persona, caps)
    distinct, others = flood_questions(catalog, rng)
    plan: list[tuple[float, str, int | None]] = []  # (at, text, distinct index or None)
    for i in range(total):
        at = seconds * i / total
        if rng.random() < 0.8:
            d = rng.randrange(len(distinct))
            plan.append((at, rng.choice(distinct[d]), d))
        else:
            plan.append((at, others[len(plan) % len(others)], None))
    viewers = [f"viewer{i}" for i in range(700)]
    asked: dict[str, list[tuple[float, int | None]]] = {}
    start = rig.clock.now()
    rig.outbox.start()
    worker = asyncio.create_task(rig.service.run())
    wall = time.perf_counter()
    for at, text, d in plan:
        await rig.clock.advance(start + at - rig.clock.now())
        name = rng.choice(viewers)
        msg = rig.message(name, text)
        if await rig.pipeline.handle(msg) == Outcome.QUESTION:
            rig.service.wake.set()
        asked.setdefault(name, []).append((at, d))
    while rig.clock.now() < start + horizon:
        await rig.clock.advance(0.25)
    worker.cancel()
    await rig.outbox.stop()
    wall = time.perf_counter() - wall

    # A distinct question is answered when a reply crediting one of its askers is sent.
    first_answer: dict[int, float] = {}
    credited = 0
    busy_notices = sum(not isinstance(out, Reply) for _, out, _ in rig.sent)
    for t, reply, _ in rig.sent:
        if not isinstance(reply, Reply):
            continue
        for v in reply.mentions:
            credited += 1
            for at, d in asked.get(v.display_name, []):
                if d is not None and at <= t - start and d not in first_answer:
                    first_answer[d] = t - start
    first_asked = {}
    for at, _, d in plan:
        if d is not None:
            first_asked.setdefault(d, at)
    delays = [first_answer[d] - first_asked[d] for d in first_answer]
    stats = rig.service.report()
    out_stats = rig.outbox.stats()["console/live"]
    return {
        "questions": total,
        "seconds": seconds,
        "distinct": len(distinct),
        "distinct_answered": len(first_answer),
        "distinct_answered_within_30s": sum(x <= 30 for x in delays),
        "slowest_distinct_first_answer_s": round(max(delays), 1) if delays else None,
        "messages_sent": len(rig.sent),
        "busy_notices": busy_notices,
        "askers_credited": credited,
        "longest_message_chars": max(len(d.text) for d in rig.adapter.sent),
        "platform_limit_chars": caps.max_length,
        "clusters": stats["clusters"],
        "coalesced": stats["coalesced"],
        "dropped": {
            "queue_full": stats["queue_dropped"],
            "viewer_rate_limited": stats["rate_limited"],
            "too_late": stats["stale"],
            "outbox": dict(out_stats["dropped"]),
        },
        "wall_seconds": round(wall, 1),
    }


def verify_throughput(kb: KnowledgeBase, persona: Persona, queries: list[str], rounds: int) -> dict:
    service = AnswerService(kb, persona, Outbox(FakeClock()), FakeClock(), QuestionQueue())
    verifier = Verifier(persona, guarded_text(persona))
    hostile = yaml.safe_load((ROOT / "tests" / "fixtures" / "hostile_drafts_dev.yaml")
                             .read_text("utf-8"))["drafts"]
    work: list[tuple[Draft, object]] = []
    for i, q in enumerate(queries):
        g = service.ground(q)
        work.append((service.template.draft(g), g))
        work.append((Draft(hostile[i % len(hostile)]["draft"]), g))
    filled = [(fill(d, g), g) for d, g in work]
    verify_rates, fill_rates, passed = [], [], 0
    for r in range(rounds + 1):
        verifier_module.read.cache_clear()
        t = time.perf_counter()
        for f, g in filled:
            ok = verifier.check(f, g).ok
            passed += ok and r == 0
        verify_rates.append(len(filled) / (time.perf_counter() - t))
        t = time.perf_counter()
        for d, g in work:
            fill(d, g)
        fill_rates.append(len(work) / (time.perf_counter() - t))
    verify, base = statistics.median(verify_rates[1:]), statistics.median(fill_rates[1:])
    return {"drafts": len(filled), "passed": passed,
            "drafts_verified_per_s": round(verify, 1),
            "baseline_fill_only_per_s": round(base, 1),
            "verify_vs_fill_ratio": round(verify / base, 3)}


async def main_async(args: argparse.Namespace) -> dict:
    work = Path(args.dir or tempfile.mkdtemp(prefix="hawker-bench-answers-"))
    catalog = make_catalog(args.products)
    cat_path = work / "catalog.json"
    text = json.dumps({"products": catalog}, ensure_ascii=False)
    await asyncio.to_thread(work.mkdir, parents=True, exist_ok=True)
    await asyncio.to_thread(cat_path.write_text, text)
    t = time.perf_counter()
    kb = KnowledgeBase.open(cat_path, ROOT / "bot" / "examples" / "policies.yaml",
                            chroma_path=work / "chroma", embedder=MiniLMEmbedder())
    ingest = time.perf_counter() - t
    persona = Persona.load(ROOT / "bot" / "examples" / "persona.yaml")
    queries = [q for q, _ in make_queries(catalog, min(args.queries, len(catalog)))]
    result = {"products": len(catalog), "ingest_seconds": round(ingest, 1)}
    result["latency"] = await latency(kb, persona, queries, args.rounds)
    result["flood"] = await flood(kb, persona, catalog)
    result["verifier"] = verify_throughput(kb, persona, queries, args.rounds)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=1000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dir", default=None, help="Chroma directory (reused if it exists)")
    args = ap.parse_args()
    print(json.dumps(asyncio.run(main_async(args)), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
