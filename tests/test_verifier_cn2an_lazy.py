"""cn2an (~0.2 s to import: its patterns compile at import) is imported by the answer verifier
only for a text with a Chinese numeral it can read, not for numerals inside idioms such as the
persona's "一会儿" (start-up time, issue 18); the readings stay the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers import verifier
from knowledge import numerals

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
from bot.answers.verifier import Verifier, read
from bot.examples import sample_dir
from bot.persona import Persona

Verifier(Persona.load(sample_dir() / "persona.yaml"))  # the persona's phrases: 一会儿, 一下
seen = ["cn2an" in sys.modules]
read("请稍等一会儿，一起来看看")
seen.append("cn2an" in sys.modules)
seen.append(read("买三件"))
seen.append("cn2an" in sys.modules)
print(json.dumps(seen, ensure_ascii=False))
"""


def test_cn2an_waits_for_a_numeral_it_can_read() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.splitlines()[-1]) == [False, False, "买3件", True]


# The readings before this change (cn2an on every text with a numeral character).
@pytest.mark.parametrize(("text", "expected"), [
    ("一起买半斤", "一起买0.5斤"),  # an idiom, and 半 before a measure word: cn2an still reads it
    ("一会儿到，3万人在看", "一会儿到,3万人在看"),  # cn2an leaves a digit before 万 as it is
    ("一下就好", "一下就好"),  # only an idiom: unchanged, no cn2an
    ("二十五块一起", "25块一起"),
])
def test_the_readings_are_cn2ans(text: str, expected: str) -> None:
    verifier.read.cache_clear()
    assert verifier.read(text) == expected


def test_the_characters_that_wake_cn2an_are_all_it_reads() -> None:
    """`_CN2AN_READS` (knowledge/numerals.py) holds every character cn2an's transform acts on
    (its numerals and units, 廿, 半): a text without them is one cn2an gives back unchanged."""
    cn2an = pytest.importorskip("cn2an")
    transform = cn2an.transform.__self__
    reads = set(transform.all_num) | set(transform.all_unit) | {"廿", "半", "两"}
    assert reads == set(numerals._CN2AN_READS)
