"""hetPQA evidence ranking (../shared/data/hetpqa): for a real shopper question, rank the
candidate evidence about its product (attributes, bullets, description, on-site info, community
Q&A, reviews) and tell when none answers. A benchmark: prints JSON, asserts nothing.

Scorers, each giving one score per (question, candidate):

* random, bm25 (within the question's candidates), dense (MiniLM cosine) — baselines;
* runtime — what Hawker runs (`bot.answers.understand.answerable`): IDF-weighted coverage of the
  question's content words, full marks for a matching aspect; abstains below its MIN_SCORE;
* trained — a logistic regression over [runtime coverage, dense, bm25, source, length], fitted
  on half of the questions (split by qid) and measured on the other half; its abstention
  threshold is picked on the fitting half.

precision@1 is over questions with at least one label-1 candidate; abstention is reported for
the questions no candidate answers (should abstain) and for the answerable ones (should not).

    .venv/bin/python bench/hetpqa.py [--data ../shared/data/hetpqa/evidence_ranking_dev.tsv]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bm25s  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bot.answers.understand.answerable import MIN_SCORE, content_terms  # noqa: E402
from bot.answers.understand.intent import aspect_words  # noqa: E402
from knowledge.embeddings import MiniLMEmbedder  # noqa: E402
from knowledge.text import tokens  # noqa: E402

# ../shared beside the repository (a worktree sits one level deeper: ../../shared)
DEFAULT = next((d for d in (Path(__file__).resolve().parents[i] / "shared" / "data" / "hetpqa"
                            for i in (2, 3)) if d.exists()),
               Path(__file__).resolve().parents[2] / "shared" / "data" / "hetpqa")
SOURCES = ("attribute", "bullet", "Desc", "OSP", "CQA", "review")


def clean(candidate: str, source: str) -> str:
    """Attributes 'key:  { value:"x" }' → 'key: x' (the shape of a spec item in our index)."""
    if source != "attribute":
        return candidate
    key, _, rest = candidate.partition(":")
    values = re.findall(r'value:\s*"?([^"}]*)"?', rest) or [rest]
    return f"{key.replace('_', ' ').strip()}: {'; '.join(v.strip() for v in values)}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT / "evidence_ranking_dev.tsv"))
    args = ap.parse_args()
    groups: dict[str, list[dict]] = defaultdict(list)
    with open(args.data, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            row["text"] = clean(row["candidate"], row["source"])
            groups[row["qid"]].append(row)

    # IDF over every candidate (the "catalog" the questions are asked of)
    df: dict[str, int] = defaultdict(int)
    all_rows = [r for rows in groups.values() for r in rows]
    for r in all_rows:
        for t in set(tokens(r["text"])):
            df[t] += 1
    n = len(all_rows)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}

    def coverage(q_terms: set[str], q_aspects: set[str], text: str) -> float:
        if q_aspects and q_aspects & aspect_words(text.split(":", 1)[0]):
            return 1.0
        if not q_terms:
            return 0.0
        have = set(tokens(text))
        total = sum(idf.get(t, math.log(1 + n)) for t in q_terms)
        return sum(idf.get(t, math.log(1 + n)) for t in q_terms if t in have) / total

    emb = MiniLMEmbedder()
    texts = sorted({r["text"] for r in all_rows} | {rows[0]["question"] for rows in groups.values()})
    t0 = time.perf_counter()
    vecs = dict(zip(texts, emb.embed(texts), strict=True))
    embed_s = time.perf_counter() - t0

    feats: dict[str, np.ndarray] = {}
    scores: dict[str, dict[str, np.ndarray]] = {}
    rng = random.Random(0)
    for qid, rows in groups.items():
        q = rows[0]["question"]
        terms, aspects = content_terms(q), aspect_words(q)
        cov = np.array([coverage(terms, aspects, r["text"]) for r in rows])
        dense = np.array([float(vecs[q] @ vecs[r["text"]]) for r in rows])
        model = bm25s.BM25()
        model.index([tokens(r["text"]) or ["_"] for r in rows], show_progress=False)
        ids = model.get_tokens_ids(tokens(q))
        lex = model.get_scores_from_ids(ids) if ids else np.zeros(len(rows))
        lex = lex / lex.max() if lex.max() > 0 else lex
        src = np.array([[r["source"] == s for s in SOURCES] for r in rows], dtype=float)
        length = np.array([[math.log1p(len(r["text"].split()))] for r in rows])
        feats[qid] = np.column_stack([cov, dense, lex, src, length])
        scores[qid] = {"random": np.array([rng.random() for _ in rows]), "bm25": lex,
                       "dense": dense, "runtime": cov}

    def half(qid: str) -> str:
        return "fit" if zlib.crc32(qid.encode()) % 2 == 0 else "test"

    fit = [q for q in groups if half(q) == "fit"]
    X = np.vstack([feats[q] for q in fit])
    y = np.concatenate([[int(r["label"]) for r in groups[q]] for q in fit])
    clf = LogisticRegression(max_iter=2000, class_weight="balanced").fit(X, y)
    for q in groups:
        scores[q]["trained"] = clf.predict_proba(feats[q])[:, 1]

    def labels(q: str) -> np.ndarray:
        return np.array([int(r["label"]) for r in groups[q]])

    def p_at_1(name: str, qids: list[str]) -> float:
        qs = [q for q in qids if labels(q).any()]
        return round(float(np.mean([labels(q)[int(np.argmax(scores[q][name]))] for q in qs])), 3)

    def abstention(name: str, qids: list[str], threshold: float) -> dict:
        top = {q: float(scores[q][name].max()) for q in qids}
        none = [q for q in qids if not labels(q).any()]
        some = [q for q in qids if labels(q).any()]
        return {"abstain_on_no_answer": round(np.mean([top[q] < threshold for q in none]), 3),
                "abstain_on_answerable": round(np.mean([top[q] < threshold for q in some]), 3),
                "threshold": round(threshold, 3)}

    # the trained scorer's threshold: best balanced accuracy on the fitting half
    none_fit = [q for q in fit if not labels(q).any()]
    some_fit = [q for q in fit if labels(q).any()]
    best_t, best_acc = 0.5, -1.0
    for t in np.linspace(0.05, 0.95, 91):
        acc = (np.mean([scores[q]["trained"].max() < t for q in none_fit])
               + np.mean([scores[q]["trained"].max() >= t for q in some_fit])) / 2
        if acc > best_acc:
            best_t, best_acc = float(t), acc
    test = [q for q in groups if half(q) == "test"]
    everything = list(groups)
    result = {
        "bench": "hetpqa",
        "questions": len(groups),
        "answerable": sum(1 for q in groups if labels(q).any()),
        "no_answer": sum(1 for q in groups if not labels(q).any()),
        "candidates": n,
        "precision_at_1": {
            "all": {name: p_at_1(name, everything)
                    for name in ("random", "bm25", "dense", "runtime")},
            "test_half": {name: p_at_1(name, test)
                          for name in ("random", "bm25", "dense", "runtime", "trained")},
            "fit_half_trained": p_at_1("trained", fit),
        },
        "abstention": {
            "runtime_all": abstention("runtime", everything, MIN_SCORE),
            "trained_test_half": abstention("trained", test, best_t),
        },
        "test_questions": len(test),
        "embed_seconds": round(embed_s, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
