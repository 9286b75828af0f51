"""The retriever's lexical indexes kept beside the Chroma index (`knowledge.lexicon_store`):
a restart loads them, a changed catalog or a damaged copy rebuilds them, and a loaded snapshot
answers exactly as a freshly built one."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
import yaml
from knowledge_shared import CATALOG, FIXTURES, POLICIES, embedder

from knowledge import KnowledgeBase, lexicon_store
from knowledge.catalog import Product, load_catalog, load_policies
from knowledge.index import PassageDoc, policy_passages, product_passages
from knowledge.retriever import Snapshot, lexicon_key


def _questions(n: int = 80) -> list[str]:
    """Labelled sample questions (English, Chinese, misspelt), a spread of the file."""
    qs = [q["q"] for q in yaml.safe_load((FIXTURES / "retrieval_questions.yaml").read_text())
          ["questions"]]
    return qs[:: max(1, len(qs) // n)] + ["jasmin rize", "air fyer watts", "扣1", "上链接"]


def _sample() -> tuple[list[Product], list[PassageDoc]]:
    products = load_catalog(CATALOG)
    passages = [d for p in products for d in product_passages(p)]
    passages += [d for pol in load_policies(POLICIES) for d in policy_passages(pol)]
    return products, list({d.id: d for d in passages}.values())


def _copies(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("lexicon-*") if not p.name.endswith(".tmp"))


def _same_lexicon(a: Snapshot, b: Snapshot, queries: list[str]) -> None:
    """Two snapshots hold the same lexical state: names, speller, BM25 scores of queries."""
    from knowledge.retriever import _bm25_scores, _grams
    from knowledge.text import tokens

    assert a.names == b.names
    assert a.speller.vocab == b.speller.vocab and a.speller.known == b.speller.known
    assert a.speller.by_gram == b.speller.by_gram
    for q in queries:
        assert a.speller.fix(q) == b.speller.fix(q)
        for model_a, model_b, toks in ((a.name_bm25, b.name_bm25, tokens(q) + _grams(q)),
                                       (a.text_bm25, b.text_bm25, tokens(q))):
            sa, sb = _bm25_scores(model_a, toks), _bm25_scores(model_b, toks)
            assert (sa is None) == (sb is None)
            if sa is not None and sb is not None:
                assert sa.tolist() == sb.tolist(), q
    assert all(a.name_grams(i) == b.name_grams(i) for i in range(len(a.skus)))


def test_a_restart_loads_the_stored_indexes_and_they_equal_a_fresh_build(tmp_path: Path) -> None:
    products, passages = _sample()
    fresh = Snapshot(products, passages)  # memory only
    first = Snapshot(products, passages, cache_dir=tmp_path)
    assert not first.loaded and len(_copies(tmp_path)) == 1
    again = Snapshot(products, passages, cache_dir=tmp_path)
    assert again.loaded
    _same_lexicon(fresh, again, _questions())
    _same_lexicon(first, again, _questions())


def test_a_changed_catalog_rebuilds_and_replaces_the_stored_copy(tmp_path: Path) -> None:
    products, passages = _sample()
    Snapshot(products, passages, cache_dir=tmp_path)
    old = _copies(tmp_path)
    renamed = [products[0].model_copy(update={"aliases": [*products[0].aliases, "moo meat"]}),
               *products[1:]]
    assert lexicon_key(renamed, passages) != lexicon_key(products, passages)
    snap = Snapshot(renamed, passages, cache_dir=tmp_path)
    assert not snap.loaded
    assert "moo meat" in snap.names  # the new alias is found, not the old copy's names
    assert _copies(tmp_path) != old and len(_copies(tmp_path)) == 1  # the old one removed
    assert Snapshot(renamed, passages, cache_dir=tmp_path).loaded
    # A changed passage (a policy's keywords only feed the lexical index) changes the key too.
    policy = next(d for d in passages if d.kind == "policy")
    reworded = [d if d is not policy else PassageDoc(
        d.id, d.text, d.sku, d.kind, d.lang, d.hash, {**d.meta, "keywords": "zzz"})
        for d in passages]
    assert lexicon_key(products, reworded) != lexicon_key(products, passages)


@pytest.mark.parametrize("damage", ["truncated-array", "garbled-manifest", "missing-vocab",
                                    "wrong-counts", "other-format"])
def test_a_damaged_or_stale_copy_is_rebuilt_with_one_log_line(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    products, passages = _sample()
    built = Snapshot(products, passages, cache_dir=tmp_path)
    (copy,) = _copies(tmp_path)
    manifest = copy / "lexicon.json"
    if damage == "truncated-array":
        arr = copy / "text" / "data.csc.index.npy"
        arr.write_bytes(arr.read_bytes()[:100])
    elif damage == "garbled-manifest":
        manifest.write_bytes(manifest.read_bytes()[:50])
    elif damage == "missing-vocab":
        (copy / "names" / "vocab.index.json").unlink()
    elif damage == "wrong-counts":
        manifest.write_text(manifest.read_text().replace('"products": ', '"products": 1'))
    else:
        monkeypatch.setattr(lexicon_store, "FORMAT", lexicon_store.FORMAT + 1)
    with caplog.at_level(logging.WARNING, logger="knowledge.lexicon_store"):
        snap = Snapshot(products, passages, cache_dir=tmp_path)
    assert not snap.loaded
    if damage != "other-format":  # a new format is a new key: the old copy is simply not found
        (line,) = [r.getMessage() for r in caplog.records if r.name == "knowledge.lexicon_store"]
        assert "unreadable" in line and "rebuilding" in line and str(copy) in line
    _same_lexicon(built, snap, _questions(20))
    assert Snapshot(products, passages, cache_dir=tmp_path).loaded  # stored again, whole


def test_an_unwritable_cache_folder_still_answers(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    products, passages = _sample()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="knowledge.lexicon_store"):
        snap = Snapshot(products, passages, cache_dir=blocker)
    assert not snap.loaded and snap.names and "could not store" in caplog.text


@pytest.mark.slow
def test_a_restarted_knowledge_base_answers_exactly_as_the_first(tmp_path: Path) -> None:
    """End to end on a real embedded Chroma: the second open loads the stored copy and every
    question's evidence (products, scores, reasons, passages) is identical."""
    chroma = tmp_path / "chroma"
    first = KnowledgeBase.open(CATALOG, POLICIES, chroma_path=chroma, embedder=embedder())
    assert not first.retriever.snapshot.loaded
    second = KnowledgeBase.open(CATALOG, POLICIES, chroma_path=chroma, embedder=embedder())
    assert second.retriever.snapshot.loaded
    show = {p for p in list(first.catalog)[::2]}
    for q in _questions():
        assert second.retrieve(q) == first.retrieve(q), q
        assert second.retrieve(q, on_sale=show) == first.retrieve(q, on_sale=show), q
    # A moved index folder is still the same index: the copy travels with it.
    moved = tmp_path / "moved"
    shutil.copytree(chroma, moved)
    third = KnowledgeBase.open(CATALOG, POLICIES, chroma_path=moved, embedder=embedder())
    assert third.retriever.snapshot.loaded
