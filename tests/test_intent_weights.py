"""The intent classifier ships as weights (data/intents.json, fitted offline by scikit-learn) and
is scored by hand: the same scores as scikit-learn's, up to date with the exemplars, and no
scikit-learn or SciPy statistics imported to answer (start-up time, issue 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.answers.understand import intent
from bot.answers.understand.intent import IntentClassifier, char_grams, word_grams

ROOT = Path(__file__).resolve().parents[1]
CHAT = ROOT / "bot" / "answers" / "understand" / "data" / "chat_dev.tsv"


def _exemplars() -> list[str]:
    import yaml

    data = yaml.safe_load(intent.EXEMPLARS.read_text(encoding="utf-8"))
    return [str(t) for name in intent.INTENTS for t in data.get(name, [])]


def _questions() -> list[str]:
    """The exemplars, then live-chat lines (slang, emotes, Chinese) and odd spacing."""
    chat = [line.split("\t", 2)[2] for line in CHAT.read_text(encoding="utf-8").splitlines()[1:]]
    return [*_exemplars(), *chat[::7], "", "   ", "X\tvs  X??", "ＰＲＩＣＥ？", "I'm   ok", "a"]


def test_the_shipped_weights_were_fitted_on_the_shipped_exemplars() -> None:
    shipped = json.loads(intent.WEIGHTS.read_text(encoding="utf-8"))
    assert shipped["exemplars_sha256"] == intent.exemplars_digest(), (
        "intents.yaml changed: run python -m bot.answers.understand.train intents")
    assert shipped["intents"] == list(intent.INTENTS)


def test_the_runtime_scores_equal_scikit_learns_on_a_fresh_fit(tmp_path: Path) -> None:
    """The run-time scorer over weights written by the trainer equals scikit-learn's model.
    (The fit itself moves by ~1e-3 between scikit-learn releases, so the shipped file is
    compared by its exemplars' digest, not by its numbers.)"""
    pytest.importorskip("sklearn")
    from bot.answers.understand import train

    path = tmp_path / "intents.json"
    path.write_text(json.dumps(train.intent_weights()), encoding="utf-8")
    union, model = train.fit_intents()
    clf = IntentClassifier(path)
    texts = [intent.analyzer_text(q) for q in _questions()]
    expected = model.decision_function(union.transform(texts))
    got = np.vstack([clf.logits(q) for q in _questions()])
    assert np.abs(got - expected).max() < 1e-9
    # and as probabilities, the form the answers read
    proba = model.predict_proba(union.transform(texts[:50]))
    assert np.abs(1 / (1 + np.exp(-got[:50])) - proba).max() < 1e-9


@pytest.mark.parametrize(("ours", "analyzer", "ngrams", "pattern"), [
    (char_grams, "char_wb", (1, 3), None),
    (word_grams, "word", (1, 2), r"[a-z']+|[\u4e00-\u9fff]"),
])
def test_the_ngrams_are_scikit_learns_own(ours: Callable[[str], list[str]], analyzer: str,
                                          ngrams: tuple[int, int], pattern: str | None) -> None:
    """The n-gram functions the trainer and the bot share read text as the scikit-learn
    analyzers the classifier was first built on did (so the shipped model is that model)."""
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer

    kwargs = {"token_pattern": pattern} if pattern else {}
    theirs = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, **kwargs).build_analyzer()
    for q in _questions():
        text = intent.analyzer_text(q)
        assert ours(text) == theirs(text), q


def test_the_classifier_reads_its_weights_not_the_exemplars(tmp_path: Path) -> None:
    clf = IntentClassifier()
    assert clf.classify("how many watts is X").top == "spec"
    assert clf.classify("X和X哪个便宜").top == "compare"
    assert clf.classify("").top in intent.INTENTS  # no known n-gram: the intercepts alone
    bad = tmp_path / "intents.json"
    bad.write_text(json.dumps({**json.loads(intent.WEIGHTS.read_text(encoding="utf-8")),
                               "intents": ["price"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="intents.json"):
        IntentClassifier(bad)


PROBE = """
import json, sys
import bot.answers.grounds  # noqa: F401 (where the answers classify)
import bot.cli, bot.show.runner  # noqa: F401 (ask and run)
from bot.answers.understand.intent import default_classifier
assert default_classifier().classify("how much is X").top == "price"
print(json.dumps([m for m in ("sklearn", "scipy.stats") if m in sys.modules]))
"""


def test_answering_imports_no_scikit_learn() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.splitlines()[-1]) == []
