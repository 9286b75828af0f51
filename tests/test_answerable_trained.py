"""The trained answerability scorer (bot/answers/understand/answerable.py, weights in
data/answerable.json fitted on hetPQA's fitting half): it ranks the unit that answers above a
unit that only shares words, abstains on an aspect the listing does not state, reuses the
question's embedding, and falls back to word coverage where it does not apply."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import pytest
from knowledge_shared import embedder, sample_kb

from bot.answers.understand import answerable
from bot.answers.understand.answerable import (
    FEATURES,
    MIN_SCORE,
    Answerability,
    dense_of,
    load_ranker,
    ranker,
)
from knowledge import load_catalog

KETTLE = """
products:
  - sku: KETTLE-1
    name: Breeze Glass Kettle
    price: 39.0
    stock: 10
    specs:
      general: {capacity: 1.7 litres, power: 2200 W}
    description:
      en: >-
        Keep water away from the base when you clean it. It brings a full jug to a rolling boil
        in about three minutes. The handle stays cool to the touch.
    faq:
      - {question: "Is the glass coating safe?", answer: "Yes, the coating is BPA-free."}
"""


@pytest.fixture(scope="module")
def kettle(tmp_path_factory: pytest.TempPathFactory) -> Answerability:
    path = tmp_path_factory.mktemp("kettle") / "catalog.yaml"
    path.write_text(KETTLE, encoding="utf-8")
    return Answerability({p.sku: p for p in load_catalog(path)})


def _text(scorer: Answerability, question: str, trained: bool) -> tuple[str, float]:
    dense = dense_of(embedder(), question) if trained else None
    unit, score = scorer.best("KETTLE-1", question, "en", dense)
    assert unit is not None
    return unit.text, score


def test_the_shipped_weights_load() -> None:
    model = ranker()
    assert model is not None and model.weights.shape == (len(FEATURES),)
    assert model.embedder == embedder().name
    assert 0.5 <= model.threshold < 1.0
    assert model.rescaled(np.array([model.threshold]))[0] == pytest.approx(MIN_SCORE)


def test_a_weights_file_that_is_not_one_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "answerable.json"
    bad.write_text(json.dumps({"features": ["coverage"], "weights": [1.0]}), encoding="utf-8")
    with pytest.raises(ValueError, match="answerable.json"):
        load_ranker(bad)


def test_it_prefers_the_unit_that_answers_over_one_that_only_shares_words(
        kettle: Answerability) -> None:
    question = "how long does it take to boil water?"
    assert _text(kettle, question, trained=False)[0].startswith("Keep water away")  # "water"
    text, _ = _text(kettle, question, trained=True)
    assert text.startswith("It brings a full jug to a rolling boil")
    scores = kettle.scores("KETTLE-1", question, dense_of(embedder(), question))
    texts = [u.text for u in kettle.units["KETTLE-1"]]
    boil = next(i for i, t in enumerate(texts) if "rolling boil" in t)
    water = next(i for i, t in enumerate(texts) if t.startswith("Keep water"))
    assert scores[boil] > scores[water]


@pytest.mark.parametrize("question", ["is it dishwasher safe?", "can I put it in the dishwasher?",
                                      "is it waterproof?"])
def test_it_abstains_on_an_aspect_the_listing_does_not_state(kettle: Answerability,
                                                              question: str) -> None:
    # the FAQ about the coating's safety is not about the dishwasher
    assert _text(kettle, question, trained=True)[1] < MIN_SCORE


def test_a_stated_fact_asked_plainly_is_answered(kettle: Answerability) -> None:
    text, score = _text(kettle, "does the handle stay cool?", trained=True)
    assert text == "The handle stays cool to the touch." and score >= MIN_SCORE
    text, score = _text(kettle, "how many watts is it?", trained=True)  # the aspect rule
    assert text == "power: 2200 W" and score == 1.0


def test_chinese_and_unfitted_embedders_keep_word_coverage(kettle: Answerability) -> None:
    question = "水壶烧水要多久"
    dense = dense_of(embedder(), question)
    assert np.array_equal(kettle.scores("KETTLE-1", question, dense),
                          kettle.lexical("KETTLE-1", question))

    class Other:
        name = "openai:text-embedding-3-small"

        def embed_query(self, text: str) -> np.ndarray:
            raise AssertionError("a hosted embedder is not asked: the weights are MiniLM's")

    assert dense_of(Other(), "is it dishwasher safe?") is None
    assert dense_of(None, "is it dishwasher safe?") is None


def test_units_are_embedded_once_and_not_stored(kettle: Answerability) -> None:
    emb = embedder()
    kettle.unit_vectors("KETTLE-1", emb)
    calls = emb.calls
    kettle.best("KETTLE-1", "does the handle stay cool?", "en",
                dense_of(emb, "does the handle stay cool?"))
    kettle.best("KETTLE-1", "does the handle stay cool?", "en",
                dense_of(emb, "does the handle stay cool?"))
    assert emb.calls - calls <= 1  # the question once (then cached); the units never again
    assert not pickle.loads(pickle.dumps(kettle))._vectors  # embeddings are not stored


def test_the_answer_service_reuses_retrievals_embedding() -> None:
    kb = sample_kb()
    question = "is the rice cooker dishwasher safe?"
    kb.retrieve(question)
    calls = kb.embedder.calls
    dense = dense_of(kb.embedder, question, kb.retriever.snapshot.speller.fix)
    assert dense is not None and kb.embedder.calls == calls  # from the embedder's cache
    scorer = answerable.answerability(kb.catalog)
    unit, score = scorer.best("RICECOOKER-IH-4L", question.replace("rice cooker", "X"), "en",
                              dense)
    assert score < MIN_SCORE, unit  # the coating FAQ does not answer the dishwasher


@pytest.mark.slow
def test_the_shipped_weights_are_what_the_trainer_fits(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from bot.answers.understand import train

    if not train.HETPQA.exists():
        pytest.skip("hetPQA (../shared/data/hetpqa) is not beside this checkout")
    out = tmp_path / "answerable.json"
    train.write_answerable(out=out)
    fitted, shipped = load_ranker(out), load_ranker()
    assert fitted.threshold == shipped.threshold
    assert np.allclose(fitted.weights, shipped.weights, atol=1e-4)
