"""How long the `hawker` command takes to start (JSON on stdout).

* ``ask_cold_s``: `hawker ask "how much is the beef?"` on the sample show, a new process each
  time, from start to the printed answer, with the show's state already on disk (index, built
  model graph): what a user waits for every time. Goal <= 2 s. ``ask_first_s``: the same with no
  state at all (the graph is built and the catalog embedded): once per machine.
* ``run_restart_s``: `hawker run` restarted on a show with a 10,000-product index, from the
  process start until it answers its first viewer question on the console: how long a show is
  silent after a crash. Goal <= 5 s.
* Baselines measured in the same run: ``python -c pass`` and ``hawker --version`` (Python and
  the CLI shell alone); each figure has its ratio to the bare Python start.
* ``cpu_s`` beside each figure: CPU seconds the started process used (user + system, all its
  threads). On a machine shared with other work the wall time stretches with the load, the
  CPU time much less: it is what the same start costs on an idle machine of this speed.
* ``split``: where the time of each start goes, phase by phase (wall and CPU seconds), measured
  inside one fresh process doing the same steps as the command (``--phases ask|run``).

Medians of ``--runs`` starts. The big show's folder and index are kept in
``~/.cache/hawker/bench-startup`` (embedding 10,000 products takes minutes; a later run finds them
unchanged). Usage: python bench/startup.py [--runs 5] [--products 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.examples import sample_dir  # noqa: E402

HAWKER = [sys.executable, "-m", "bot.cli"]
BIG = Path.home() / ".cache" / "hawker" / "bench-startup"


def env_for(data: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(data)}


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def once(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``cmd``."""
    cpu, started = children_cpu(), time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    took = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {result.stderr.strip()[-400:]}")
    return took, children_cpu() - cpu


def median(cmd: list[str], env: dict[str, str], cwd: Path, runs: int) -> tuple[float, float]:
    """Medians of wall and CPU seconds over ``runs`` runs."""
    times = [once(cmd, env, cwd) for _ in range(runs)]
    return statistics.median(t for t, _ in times), statistics.median(c for _, c in times)


WORDS = (["Organic", "Grass-Fed", "Wild", "Premium", "Hand-Picked", "Smoked", "Aged", "Fresh",
          "Stone-Ground", "Cold-Pressed"],
         ["jasmine rice", "beef shank", "green tea", "walnuts", "honey", "soy sauce", "noodles",
          "rice cooker", "kettle", "wok", "dates", "goji berries", "sesame oil", "millet",
          "dried mushrooms", "pork belly", "lamb chops", "oolong", "chili crisp", "dumplings"])


def product_name(i: int) -> str:
    rnd = random.Random(i)
    return f"{rnd.choice(WORDS[0])} {rnd.choice(WORDS[1])} No. {i}"


def big_show(folder: Path, products: int) -> Path:
    """A show folder with a CSV catalog of ``products`` products and a console-only config."""
    rnd = random.Random(7)
    lines = ["sku,name,price,stock,description"]
    for i in range(products):
        name = product_name(i)
        lines.append(f"SKU-{i:05d},{name},{rnd.randint(5, 900)}.{rnd.randint(0, 99):02d},"
                     f"{rnd.randint(0, 500)},\"{name}: a shop favourite, packed on the day.\"")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "catalog.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sample = sample_dir()
    (folder / "hawker.toml").write_text(
        f'[show]\ncatalog = "catalog.csv"\npersona = "{sample / "persona.yaml"}"\n'
        f'policies = "{sample / "policies.yaml"}"\n', encoding="utf-8")
    return folder / "hawker.toml"


def until_first_answer(config: Path, env: dict[str, str], question: str) -> tuple[float, float]:
    """(wall, CPU) seconds from starting `hawker run` to its first answer on the console; the
    question is asked as soon as the show says it is live."""
    cpu, started = children_cpu(), time.perf_counter()
    took = 0.0
    proc = subprocess.Popen([*HAWKER, "run", "--config", str(config)], env=env,
                            cwd=config.parent, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdin and proc.stdout
    try:
        for line in proc.stdout:
            if line.startswith("hawker: live on"):
                proc.stdin.write(f"ava: {question}\n")
                proc.stdin.flush()
            if "[hawker] ↳ ava" in line:
                took = time.perf_counter() - started
                break
        else:
            raise SystemExit("hawker run ended without answering")
    finally:
        proc.terminate()
        proc.wait(30)
    return took, children_cpu() - cpu  # CPU: up to its exit, a few ms after the answer


class Phases:
    """Wall and CPU seconds of consecutive phases of this process."""

    def __init__(self) -> None:
        self.out: dict[str, dict[str, float]] = {}
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def mark(self, name: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.out[name] = {"s": round(wall - self.wall, 3), "cpu_s": round(cpu - self.cpu, 3)}
        self.wall, self.cpu = wall, cpu


def phases_ask() -> dict[str, dict[str, float]]:
    """`hawker ask`'s steps (bot.answers.cli.answer_question), one phase each."""
    import asyncio

    ph = Phases()
    from bot.answers import cli  # noqa: F401 (the command's own imports: the answers package)
    from bot.answers.wiring import build_service, open_knowledge
    from bot.clock import SystemClock
    from bot.events import Role
    from bot.outbox import Outbox
    from bot.persona import Persona
    from bot.questions import QuestionQueue
    from bot.state import load_config

    ph.mark("import the answers package")
    config = load_config(None)
    persona_path = config.path(config.show.persona)
    assert persona_path is not None
    persona = Persona.load(persona_path)
    ph.mark("config and persona")
    import chromadb  # noqa: F401
    import onnxruntime  # noqa: F401

    ph.mark("import chromadb and onnxruntime")
    kb = open_knowledge(config)
    ph.mark("open the knowledge base (catalog, index, lexicon, model)")
    clock = SystemClock()
    service = build_service(config, kb, persona, Outbox(clock), clock, QuestionQueue())
    ph.mark("build the answer service (verifier)")
    from bot.answers.understand.intent import default_classifier

    default_classifier()
    ph.mark("load the intent classifier's weights")
    asyncio.run(service.answer("how much is the beef?", Role.parse("viewer")))
    ph.mark("first answer (understanding indexes, retrieval, verifier)")
    return ph.out


def phases_run(config_path: str, question: str) -> dict[str, dict[str, float]]:
    """A restarted `hawker run`'s steps (bot.live.run_live), one phase each."""
    import asyncio

    ph = Phases()
    from bot.app import Hawker
    from bot.events import Role
    from bot.state import load_config

    ph.mark("import the app")
    app = Hawker(load_config(config_path))
    ph.mark("build the app (catalog for the question detector)")
    import chromadb  # noqa: F401
    import onnxruntime  # noqa: F401

    ph.mark("import chromadb and onnxruntime")

    async def go() -> None:
        await app.start()
        await app.answering.ready()
        ph.mark("open the knowledge base (catalog, passages, index, lexicon, model)")
        from bot.answers.understand.answerable import answerability
        from bot.answers.understand.intent import default_classifier
        from bot.answers.understand.resolve import name_index

        default_classifier()
        ph.mark("load the intent classifier's weights")
        service = app.answering.service
        assert service is not None
        catalog = service.kb.catalog
        name_index(catalog)
        answerability(catalog)
        ph.mark("understanding indexes (stored copies after the first start)")
        await service.answer(question, Role.parse("viewer"))
        ph.mark("first answer (retrieval, verifier)")
        await app.stop()

    asyncio.run(go())
    return ph.out


def components(catalog: Path, runs: int) -> dict[str, dict[str, float]]:
    """CPU seconds (medians) of what a restart now loads instead of rebuilding, on the big
    catalog: validating it vs reading the validated copy, building the retriever's lexical
    indexes and the understanding layer's vs loading them (`knowledge.catalog_cache`,
    `knowledge.lexicon_store`, `bot.answers.understand.snapshot`)."""
    from knowledge import catalog_cache
    from knowledge.catalog import load_catalog
    from knowledge.index import product_passages
    from knowledge.retriever import Snapshot

    def cpu(fn: Callable[[], object]) -> float:
        started = time.process_time()
        fn()
        return time.process_time() - started

    with tempfile.TemporaryDirectory(prefix="hawker-components-") as tmp:
        os.environ["HAWKER_CACHE_DIR"] = str(Path(tmp) / "catalogs")
        validate, cached = [], []
        for _ in range(runs):
            catalog_cache.clear_memo()
            for f in Path(tmp, "catalogs").glob("*"):
                f.unlink()
            validate.append(cpu(lambda: load_catalog(catalog)))
            catalog_cache.clear_memo()  # as a new process: from disk
            cached.append(cpu(lambda: load_catalog(catalog)))
        products = load_catalog(catalog)
        passages = list({d.id: d for p in products for d in product_passages(p)}.values())
        build = [cpu(lambda: Snapshot(products, passages)) for _ in range(runs)]
        Snapshot(products, passages, cache_dir=Path(tmp))
        load = [cpu(lambda: Snapshot(products, passages, cache_dir=Path(tmp))) for _ in range(runs)]
        # the understanding layer's name index and answerability tables (a new catalog object
        # each time, as in a new process: the memo is per object)
        from bot.answers.understand.answerable import Answerability, answerability
        from bot.answers.understand.resolve import NameIndex, name_index
        from knowledge import Product

        def fresh() -> dict[str, Product]:
            return {p.sku: p for p in products}

        understand_build = [cpu(lambda: (NameIndex(fresh()), Answerability(fresh())))
                            for _ in range(runs)]
        name_index(fresh())  # stored in HAWKER_CACHE_DIR (the temporary folder)
        answerability(fresh())
        understand_load = [cpu(lambda: (name_index(c := fresh()), answerability(c)))
                           for _ in range(runs)]

    def pair(before: list[float], after: list[float]) -> dict[str, float]:
        b, a = statistics.median(before), statistics.median(after)
        return {"rebuild_cpu_s": round(b, 3), "load_cpu_s": round(a, 3), "x_faster": round(b / a, 1)}

    return {"catalog_validation": pair(validate, cached), "lexical_indexes": pair(build, load),
            "understanding_indexes": pair(understand_build, understand_load)}


def split(args: list[str], env: dict[str, str], cwd: Path) -> dict[str, dict[str, float]]:
    """The phases of one fresh process (`--phases ...`)."""
    result = subprocess.run([sys.executable, __file__, "--phases", *args], env=env, cwd=cwd,
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"--phases {args[0]} failed: {result.stderr.strip()[-400:]}")
    out: dict[str, dict[str, float]] = json.loads(result.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="starts per figure (median)")
    parser.add_argument("--products", type=int, default=10_000, help="products in the big show")
    parser.add_argument("--phases", nargs="+", metavar="ARG",
                        help="internal: print one process's phases (ask | run CONFIG QUESTION)")
    args = parser.parse_args()
    if args.phases:
        kind, *rest = args.phases
        print(json.dumps(phases_ask() if kind == "ask" else phases_run(*rest)))
        return

    with tempfile.TemporaryDirectory(prefix="hawker-startup-") as tmp:
        tmp_path = Path(tmp)
        empty = tmp_path / "cwd"
        empty.mkdir()
        bare, bare_cpu = median([sys.executable, "-c", "pass"], dict(os.environ), empty, args.runs)
        version = median([*HAWKER, "--version"], env_for(tmp_path / "d0"), empty, args.runs)

        ask = [*HAWKER, "ask", "how much is the beef?"]
        first = once(ask, env_for(tmp_path / "d1"), empty)  # no state: builds everything
        cold = median(ask, env_for(tmp_path / "d1"), empty, args.runs)
        ask_split = split(["ask"], env_for(tmp_path / "d1"), empty)

        config = big_show(BIG / str(args.products), args.products)
        started = time.perf_counter()
        once([*HAWKER, "ingest", str(config.parent / "catalog.csv"), "--config", str(config)],
             env_for(tmp_path / "d2"), empty)
        ingest = time.perf_counter() - started
        question = f"how much is the {product_name(args.products // 2)}?"
        restarts = [until_first_answer(config, env_for(tmp_path / "d2"), question)
                    for _ in range(args.runs)]
        restart = (statistics.median(t for t, _ in restarts),
                   statistics.median(c for _, c in restarts))
        run_split = split(["run", str(config), question], env_for(tmp_path / "d2"), empty)
        parts = components(config.parent / "catalog.csv", args.runs)

    def fig(seconds: tuple[float, float]) -> dict[str, float]:
        return {"s": round(seconds[0], 3), "x_bare_python": round(seconds[0] / bare, 1),
                "cpu_s": round(seconds[1], 3)}

    print(json.dumps({
        "baseline": {"python_c_pass_s": round(bare, 3), "python_c_pass_cpu_s": round(bare_cpu, 3),
                     "hawker_version": fig(version)},
        "ask_cold": {**fig(cold), "goal_s": 2.0, "met": cold[0] <= 2.0, "split": ask_split},
        "ask_first_ever": fig(first),
        "run_restart_10k": {**fig(restart), "products": args.products, "goal_s": 5.0,
                            "met": restart[0] <= 5.0,
                            "runs": [round(t, 3) for t, _ in restarts], "split": run_split},
        "restart_components_10k": parts,
        "ingest_10k_s": round(ingest, 1),  # minutes the first time; seconds when unchanged
        "runs": args.runs,
        "cpu_count": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
