"""`hawker ask`: the answer, its evidence and its composer, on the sample show."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "bot" / "examples"

pytestmark = pytest.mark.slow  # indexes the sample catalog into a fresh Chroma


@pytest.fixture(scope="module")
def config(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("show")
    for name in ("hawker.toml", "catalog.yaml", "persona.yaml", "policies.yaml", "show.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    return str(folder / "hawker.toml")


def test_ask_prints_answer_evidence_and_composer(config, capsys):
    assert main(["ask", "--config", config, "how", "much", "is", "the", "beef?"]) == 0
    out = capsys.readouterr().out
    first, rest = out.split("\n", 1)
    assert "¥89.90" in first
    assert "composer: template" in rest
    assert "slots: {name}: {price} tonight, down from {list_price} ({percent} off)." in rest
    assert "fact  price now: ¥89.90 (list price ¥139.00, 35% off)" in rest
    assert "match BEEF-SHANK-1KG" in rest


def test_ask_json_and_llm_fallback(config, capsys):
    # [llm] composer = openai, but nothing listens at the configured URL: the template answers.
    text = Path(config).read_text(encoding="utf-8").replace(
        '[llm]\ncomposer = "template"',
        '[llm]\ncomposer = "openai"\nbase_url = "http://127.0.0.1:9/v1"\ntimeout_seconds = 2')
    Path(config).with_name("llm.toml").write_text(text, encoding="utf-8")
    assert main(["ask", "--json", "--config", str(Path(config).with_name("llm.toml")),
                 "牛肉多少钱"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert "¥89.90" in info["answer"] and info["composer"].startswith("template (llm")
    assert info["evidence"]["product"] == "BEEF-SHANK-1KG" and info["evidence"]["language"] == "zh"


def test_bad_config_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "hawker.toml").write_text('[llm]\ncomposer = "gpt"\n', encoding="utf-8")
    assert main(["ask", "--config", str(tmp_path / "hawker.toml"), "hi?"]) == 2
    assert "llm.composer" in capsys.readouterr().err
