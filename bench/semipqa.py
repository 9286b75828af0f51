"""semiPQA attribute ranking (../shared/data/semipqa): for a real shopper question, rank the
product's attribute strings ("key: { value }") with the retriever's dense + lexical scoring and
report precision@1 over questions that have at least one right attribute. A benchmark: it
prints JSON and asserts nothing.

    .venv/bin/python bench/semipqa.py [--data ../shared/data/semipqa/attribute_ranking_dev.tsv]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bm25s  # noqa: E402

from bot.answers.understand.answerable import content_terms  # noqa: E402
from bot.answers.understand.intent import aspect_words  # noqa: E402
from knowledge.embeddings import MiniLMEmbedder  # noqa: E402
from knowledge.retriever import WEIGHTS  # noqa: E402
from knowledge.text import tokens  # noqa: E402

# ../shared beside the repository (a worktree sits one level deeper: ../../shared)
DEFAULT = next((d for d in (Path(__file__).resolve().parents[i] / "shared" / "data" / "semipqa"
                            for i in (2, 3)) if d.exists()),
               Path(__file__).resolve().parents[2] / "shared" / "data" / "semipqa")


def clean(candidate: str) -> str:
    """'age_range_description:  { value:"little kid" }' → 'age range description: little kid'
    (the shape of a spec-group passage in our index)."""
    key, _, rest = candidate.partition(":")
    values = re.findall(r'value:\s*"?([^"}]*)"?', rest) or [rest]
    return f"{key.replace('_', ' ').strip()}: {'; '.join(v.strip() for v in values)}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT / "attribute_ranking_dev.tsv"))
    args = ap.parse_args()

    groups: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    with open(args.data, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            groups[row["qid"]].append((row["question"], clean(row["candidate"]), int(row["label"])))
    groups = {q: c for q, c in groups.items() if any(lbl for _, _, lbl in c)}

    emb = MiniLMEmbedder()
    texts = sorted(
        {t for c in groups.values() for _, t, _ in c} | {c[0][0] for c in groups.values()}
    )
    t0 = time.perf_counter()
    vecs = dict(zip(texts, emb.embed(texts), strict=True))
    embed_s = time.perf_counter() - t0

    # the runtime answerability scorer (bot/answers/understand/answerable.py): IDF-weighted
    # coverage of the question's content words, full marks for a matching aspect
    df: dict[str, int] = defaultdict(int)
    for c in groups.values():
        for _, t, _ in c:
            for w in set(tokens(t)):
                df[w] += 1
    n_docs = sum(len(c) for c in groups.values())

    def runtime(question: str, text: str) -> float:
        terms, aspects = content_terms(question), aspect_words(question)
        if aspects and aspects & aspect_words(text.split(":", 1)[0]):
            return 1.0
        idf = {w: np.log(1 + n_docs / df.get(w, 1)) for w in terms}
        have = set(tokens(text))
        return sum(v for w, v in idf.items() if w in have) / max(1e-9, sum(idf.values()))

    rng = random.Random(0)
    hits = {"dense": 0, "lexical": 0, "fused": 0, "runtime": 0, "runtime+dense": 0, "random": 0}
    for cands in groups.values():
        question = cands[0][0]
        labels = np.array([lbl for _, _, lbl in cands])
        dense = np.array([float(vecs[question] @ vecs[t]) for _, t, _ in cands])
        model = bm25s.BM25()
        model.index([tokens(t) or ["_"] for _, t, _ in cands], show_progress=False)
        ids = model.get_tokens_ids(tokens(question))
        lex = model.get_scores_from_ids(ids) if ids else np.zeros(len(cands))
        lex_n = lex / lex.max() if lex.max() > 0 else lex
        dense_n = (dense - dense.min()) / max(1e-9, dense.max() - dense.min())
        fused = WEIGHTS["dense"] * dense_n + WEIGHTS["text"] * lex_n
        hits["dense"] += labels[int(np.argmax(dense))]
        hits["lexical"] += (
            labels[int(np.argmax(lex))] if lex.max() > 0 else labels[rng.randrange(len(cands))]
        )
        hits["fused"] += labels[int(np.argmax(fused))]
        rt = np.array([runtime(question, t) for _, t, _ in cands])
        hits["runtime"] += labels[int(np.argmax(rt))]
        hits["runtime+dense"] += labels[int(np.argmax(rt + 0.5 * dense_n))]
        hits["random"] += labels.mean()
    n = len(groups)
    print(
        json.dumps(
            {
                "questions": n,
                "candidates": sum(len(c) for c in groups.values()),
                "precision_at_1": {k: round(float(v) / n, 3) for k, v in hits.items()},
                "embed_texts": len(texts),
                "embed_seconds": round(embed_s, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
