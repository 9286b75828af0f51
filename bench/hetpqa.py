"""hetPQA evidence ranking (../shared/data/hetpqa): for a real shopper question, rank the
candidate evidence about its product (attributes, bullets, description, on-site info, community
Q&A, reviews) and tell when none answers. A benchmark: prints JSON, asserts nothing.

Scorers, each giving one score per (question, candidate), measured in the same run:

* random, bm25 (within the question's candidates), dense (MiniLM cosine) — baselines;
* coverage — the word-coverage score Hawker ran before the trained one (and still runs where
  no MiniLM embedder is attached): IDF-weighted coverage of the question's content words, full
  marks for a matching aspect; abstains below MIN_SCORE;
* runtime — exactly what Hawker runs: `bot.answers.understand.answerable.Answerability` with
  the shipped weights (data/answerable.json), each question's candidates one "product", its
  `best` (the unit it answers with, abstaining below MIN_SCORE). The weights are fitted on the "fit" half only
  (`python -m bot.answers.understand.train answerable`); the "test" half is the measure.

precision@1 is over questions with at least one label-1 candidate; abstention is reported for
the questions no candidate answers (should abstain) and for the answerable ones (should not).

    .venv/bin/python bench/hetpqa.py [--data ../shared/data/hetpqa/evidence_ranking_dev.tsv]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bm25s  # noqa: E402

from bot.answers.understand.answerable import MIN_SCORE, Dense, ranker  # noqa: E402
from bot.answers.understand.train import (  # noqa: E402
    HETPQA,
    hetpqa_half,
    hetpqa_scorer,
    read_hetpqa,
)
from knowledge.embeddings import MiniLMEmbedder  # noqa: E402
from knowledge.text import tokens  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(HETPQA))
    args = ap.parse_args()
    groups = read_hetpqa(Path(args.data))
    scorer = hetpqa_scorer(groups)
    emb = MiniLMEmbedder()
    model = ranker()
    assert model is not None, "data/answerable.json is missing"

    scores: dict[str, dict[str, np.ndarray]] = {}
    rng = random.Random(0)
    t0 = time.perf_counter()
    for qid, rows in groups.items():
        q = rows[0]["question"]
        dense = Dense(emb.embed_query(q), emb)
        cosine = scorer.unit_vectors(qid, emb) @ dense.vector
        bm25 = bm25s.BM25()
        bm25.index([tokens(r["text"]) or ["_"] for r in rows], show_progress=False)
        ids = bm25.get_tokens_ids(tokens(q))
        lex = bm25.get_scores_from_ids(ids) if ids else np.zeros(len(rows))
        lex = lex / lex.max() if lex.max() > 0 else lex
        # runtime: the unit `best` answers with (its tie rules included) first, at its score
        unit, top = scorer.best(qid, q, "en", dense)
        runtime = np.zeros(len(rows))
        if unit is not None:
            runtime[scorer.units[qid].index(unit)] = max(top, 1e-9)
        scores[qid] = {"random": np.array([rng.random() for _ in rows]), "bm25": lex,
                       "dense": cosine, "coverage": scorer.lexical(qid, q), "runtime": runtime}
    seconds = time.perf_counter() - t0

    def labels(q: str) -> np.ndarray:
        return np.array([r["label"] for r in groups[q]])

    def p_at_1(name: str, qids: list[str]) -> float:
        qs = [q for q in qids if labels(q).any()]
        return round(float(np.mean([labels(q)[int(np.argmax(scores[q][name]))] for q in qs])), 3)

    def abstention(name: str, qids: list[str]) -> dict[str, float | None]:
        top = {q: float(scores[q][name].max()) for q in qids}
        none = [q for q in qids if not labels(q).any()]
        some = [q for q in qids if labels(q).any()]
        answered = [q for q in some if top[q] >= MIN_SCORE]
        return {"abstain_on_no_answer": round(float(np.mean([top[q] < MIN_SCORE for q in none])), 3),
                "abstain_on_answerable": round(float(np.mean([top[q] < MIN_SCORE for q in some])), 3),
                # of the answerable questions it answers, the share whose first unit is right
                "precision_at_1_when_answering": round(float(np.mean(
                    [labels(q)[int(np.argmax(scores[q][name]))] for q in answered])), 3)
                if answered else None}

    halves = {"test_half": [q for q in groups if hetpqa_half(q) == "test"],
              "fit_half": [q for q in groups if hetpqa_half(q) == "fit"], "all": list(groups)}
    names = ("random", "bm25", "dense", "coverage", "runtime")
    result = {
        "bench": "hetpqa",
        "questions": len(groups),
        "answerable": sum(1 for q in groups if labels(q).any()),
        "no_answer": sum(1 for q in groups if not labels(q).any()),
        "candidates": sum(len(r) for r in groups.values()),
        "runtime_threshold_probability": model.threshold,
        "precision_at_1": {h: {n: p_at_1(n, qs) for n in names} for h, qs in halves.items()},
        "runtime_over_dense_p_at_1_test": round(p_at_1("runtime", halves["test_half"])
                                                / p_at_1("dense", halves["test_half"]), 3),
        "abstention": {h: {n: abstention(n, qs) for n in ("coverage", "runtime")}
                       for h, qs in halves.items()},
        "questions_per_half": {h: len(qs) for h, qs in halves.items()},
        "score_seconds": round(seconds, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
