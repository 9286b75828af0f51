"""Verifier claims benchmark (issue 14): a careless model's drafts through `Verifier.check`,
each labelled with whether its claim is true by the shop's facts, and how many the verifier
gets right: a false draft accepted is a false accept (what chat must never see), a true draft
rejected a false reject (a lost answer, replaced by the template).

Two sets: bench/data/claims_drafts_dev.yaml (tuned on) and bench/data/claims_drafts_heldout.yaml
(written before it was ever run, never tuned on). Baseline in the same run: the same verifier
without the claims checks (stock_claims, free_shipping, denied_yes, variant_numbers). Every
draft cites every passage gathered for its question. Real Chroma index per shop, live facts.

    .venv/bin/python bench/verifier_claims.py
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import yaml  # noqa: E402
from answers_support import fresh_kb, persona  # noqa: E402
from knowledge_shared import shop_kb  # noqa: E402

from bot.answers import AnswerService  # noqa: E402
from bot.answers.slots import Draft  # noqa: E402
from bot.answers.verifier import Verifier  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.outbox import Outbox  # noqa: E402
from bot.questions import QuestionQueue  # noqa: E402

CLAIMS = ("stock_claims", "free_shipping", "denied_yes", "variant_numbers")
SETS = {"dev": ROOT / "bench/data/claims_drafts_dev.yaml",
        "heldout": ROOT / "bench/data/claims_drafts_heldout.yaml"}


def _constant(sku: str | None) -> Callable[[], str | None]:
    return lambda: sku


def score(rows: list[dict[str, Any]], verifier: Verifier, kbs: dict[str, Any]) -> dict[str, int]:
    """{cases, correct, false_accepts, false_rejects} of `verifier` over `rows`."""
    out = {"cases": len(rows), "correct": 0, "false_accepts": 0, "false_rejects": 0}
    host = verifier.persona
    for row in rows:
        clock = FakeClock()
        service = AnswerService(kbs[row["shop"]], host, Outbox(clock), clock, QuestionQueue(),
                                on_air=_constant(row["on_air"]))
        grounds = service.ground(row["question"])
        ok = verifier.check(Draft(row["draft"], tuple(p.id for p in grounds.passages)),
                            grounds).ok
        if ok is row["ok"]:
            out["correct"] += 1
        else:
            out["false_accepts" if ok else "false_rejects"] += 1
    return out


def main() -> None:
    logging.disable(logging.WARNING)
    host = persona()
    kbs: dict[str, Any] = {"sample": fresh_kb(), **{s: shop_kb(s) for s in ("apparel", "snack",
                                                                            "outdoor")}}
    full = Verifier(host)
    base = Verifier(host, checks=tuple(c for c in full.checks if c not in CLAIMS))
    report: dict[str, Any] = {}
    for name, path in SETS.items():
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
        now, before = score(rows, full, kbs), score(rows, base, kbs)
        report[name] = {**now, "baseline_without_claims_checks": before,
                        "accuracy": round(now["correct"] / now["cases"], 3),
                        "accuracy_vs_baseline": round(now["correct"] / max(1, before["correct"]), 3)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
