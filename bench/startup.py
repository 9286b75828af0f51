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

Medians of ``--runs`` starts. The big show's folder and index are kept in
``~/.cache/hawker/bench-startup`` (embedding 10,000 products takes minutes; a later run finds them
unchanged). Usage: python bench/startup.py [--runs 5] [--products 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.examples import sample_dir  # noqa: E402

HAWKER = [sys.executable, "-m", "bot.cli"]
BIG = Path.home() / ".cache" / "hawker" / "bench-startup"


def env_for(data: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(data)}


def once(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    took = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {result.stderr.strip()[-400:]}")
    return took


def median(cmd: list[str], env: dict[str, str], cwd: Path, runs: int) -> float:
    return statistics.median(once(cmd, env, cwd) for _ in range(runs))


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


def until_first_answer(config: Path, env: dict[str, str], question: str) -> float:
    """Seconds from starting `hawker run` to its first answer on the console; the question
    is asked as soon as the show says it is live."""
    started = time.perf_counter()
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
                return time.perf_counter() - started
        raise SystemExit("hawker run ended without answering")
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="starts per figure (median)")
    parser.add_argument("--products", type=int, default=10_000, help="products in the big show")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hawker-startup-") as tmp:
        tmp_path = Path(tmp)
        empty = tmp_path / "cwd"
        empty.mkdir()
        bare = median([sys.executable, "-c", "pass"], dict(os.environ), empty, args.runs)
        version = median([*HAWKER, "--version"], env_for(tmp_path / "d0"), empty, args.runs)

        ask = [*HAWKER, "ask", "how much is the beef?"]
        first = once(ask, env_for(tmp_path / "d1"), empty)  # no state: builds everything
        cold = median(ask, env_for(tmp_path / "d1"), empty, args.runs)

        config = big_show(BIG / str(args.products), args.products)
        started = time.perf_counter()
        once([*HAWKER, "ingest", str(config.parent / "catalog.csv"), "--config", str(config)],
             env_for(tmp_path / "d2"), empty)
        ingest = time.perf_counter() - started
        question = f"how much is the {product_name(args.products // 2)}?"
        restarts = [until_first_answer(config, env_for(tmp_path / "d2"), question)
                    for _ in range(args.runs)]
        restart = statistics.median(restarts)

    def fig(seconds: float) -> dict[str, float]:
        return {"s": round(seconds, 3), "x_bare_python": round(seconds / bare, 1)}

    print(json.dumps({
        "baseline": {"python_c_pass_s": round(bare, 3), "hawker_version": fig(version)},
        "ask_cold": {**fig(cold), "goal_s": 2.0, "met": cold <= 2.0},
        "ask_first_ever": fig(first),
        "run_restart_10k": {**fig(restart), "products": args.products, "goal_s": 5.0,
                            "met": restart <= 5.0, "runs": [round(r, 3) for r in restarts]},
        "ingest_10k_s": round(ingest, 1),  # minutes the first time; seconds when unchanged
        "runs": args.runs,
        "cpu_count": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
