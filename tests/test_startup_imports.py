"""`hawker ask` imports only what answering one question needs (start-up time, issue 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Heavy packages no answer on the sample show needs: platforms, web servers, hosted models.
NOT_FOR_ASK = ("discord", "langchain_core", "langchain_openai", "openai", "starlette",
               "uvicorn", "torch", "transformers", "selenium", "prometheus_client",
               "bot.draws.service", "bot.show.runner", "plugins.webhooks", "plugins.discord",
               "sklearn", "scipy.stats",  # the intent classifier ships as weights
               "cn2an")  # read only for a draft with a Chinese numeral
PROBE = """
import atexit, json, runpy, sys
names = json.loads(sys.argv[1])
atexit.register(lambda: print("LOADED " + json.dumps([n for n in names if n in sys.modules])))
sys.argv = ["hawker", "ask", "how much is the beef?"]
runpy.run_module("bot.cli", run_name="__main__")
"""


@pytest.mark.slow
def test_ask_imports_no_platform_server_or_hosted_model_code(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(NOT_FOR_ASK)], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "BEEF-SHANK-1KG" in result.stdout  # it did answer
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("LOADED ")]
    assert json.loads(line.removeprefix("LOADED ")) == []
