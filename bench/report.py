"""Post-show report benchmark: how long `render_report` takes on a big show's store.

A synthetic 3-hour show in a real SQLite store: N questions (answered, unanswered with reasons,
held; lognormal latencies) over the sample catalog's products, one order per 3 questions, a
deal announcement every 2 minutes, moderator and filter actions. Figures, median of rounds:
the whole report (records read, figures, five SVG plots, HTML) and, as the baseline measured in
the same run, reading the same audit entries (`Store.audit_entries`) alone; the ratio says what
the report adds on top of reading the store. Also the page's size.

    .venv/bin/python bench/report.py [--questions 1000,10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.examples import sample_dir  # noqa: E402
from bot.persona import Persona  # noqa: E402
from bot.report import render_report  # noqa: E402
from bot.report.data import product_names  # noqa: E402
from bot.store import Store  # noqa: E402
from knowledge.catalog import load_catalog  # noqa: E402

START = 1_750_000_000.0
HOURS = 3


class At:
    def __init__(self) -> None:
        self.t = START

    def now(self) -> float:
        return self.t


def make_store(path: Path, questions: int, skus: list[str], names: dict[str, str],
               seed: int = 1) -> Store:
    rnd = random.Random(seed)
    clock = At()
    store = Store(path, clock=clock)
    span = HOURS * 3600
    with store.transaction():
        store.audit("show.start", "show", segment=0)
        for k in range(0, span, 120):
            clock.t = START + k
            sku = rnd.choice(skus)
            store.audit("show.announce", "show", key=f"seg:{k // 120}:on",
                        text=f"Now on: {names[sku]}! ¥9.90")
        for i in range(questions):
            clock.t = START + rnd.uniform(0, span)
            sku = rnd.choice([*skus, None])
            outcome = rnd.choices(["answered", "unanswered", "held"], [7, 2, 1])[0]
            store.audit("question", f"viewer{rnd.randrange(5000)}", platform="console",
                        channel="live", text=f"question {i} about {sku}?", lang="en",
                        outcome=outcome, reason=None if outcome == "answered" else
                        rnd.choice(["unknown", "not_carried", "stale"]), sku=sku,
                        latency_ms=rnd.lognormvariate(5.5, 0.6), reply=None)
            if i % 3 == 0:
                store.audit("shop.order", "shop", sku=rnd.choice(skus),
                            quantity=rnd.randint(1, 3), order_id=f"o{i}")
            if i % 50 == 0:
                store.audit("mod.timeout", "console:amy", name="amy", role="MODERATOR",
                            channel="console/live")
        clock.t = START + span
        store.audit("show.end", "show", reason="time", segment=0)
    return store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", default="1000,10000")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    persona = Persona.load(sample_dir() / "persona.yaml")
    products = product_names(load_catalog(sample_dir() / "catalog.yaml"))
    skus = sorted(products)
    names = {s: p.en for s, p in products.items()}
    out: dict[str, object] = {"rounds": args.rounds, "show_hours": HOURS, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.questions.split(",")):
            store = make_store(Path(tmp) / f"show-{n}.db", n, skus, names)
            records = len(store.audit_entries())
            render_report(store, persona=persona, products=products)  # warm: fonts, imports
            report, baseline, size = [], [], 0
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                store.audit_entries()
                baseline.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                html = render_report(store, persona=persona, products=products)
                report.append(time.perf_counter() - t0)
                size = len(html.encode())
            store.close()
            med, base = statistics.median(report), statistics.median(baseline)
            out["runs"].append({  # type: ignore[union-attr]
                "questions": n, "audit_records": records,
                "report_s_median": round(med, 3), "read_records_s_median": round(base, 4),
                "report_vs_read_ratio": round(med / base, 1), "html_bytes": size,
            })
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
