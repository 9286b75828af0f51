"""The offline MiniLM (onnxruntime, no PyTorch) matches sentence-transformers' reference vectors."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
from knowledge_shared import FIXTURES, embedder

from knowledge.embeddings import chroma_embedding_function, langchain_embeddings, make_embedder


def test_matches_sentence_transformers_reference() -> None:
    ref = json.loads((FIXTURES / "minilm_reference.json").read_text())
    texts = [item["text"] for item in ref["items"]]
    want = np.array([item["vector"] for item in ref["items"]], np.float64)
    got = embedder().embed(texts).astype(np.float64)
    assert got.shape == (len(texts), 384) and len(texts) >= 30
    cos = (got * want).sum(1) / np.linalg.norm(want, axis=1) / np.linalg.norm(got, axis=1)
    print(f"\nMiniLM vs sentence-transformers: cosine min {cos.min():.6f} mean {cos.mean():.6f}")
    assert cos.min() >= 0.999, [(t, c) for t, c in zip(texts, cos, strict=True) if c < 0.999]
    # one at a time (the query path, unpadded) agrees with the batch
    single = np.stack([embedder().embed([t])[0] for t in texts[:8]])
    assert np.allclose(single, got[:8], atol=1e-5)


def test_semantics_and_normalisation() -> None:
    v = embedder().embed(["how much is the beef", "price of the beef shank", "is the TV 4K?"])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert embedder().embed([]).shape == (0, 384)


def test_default_install_has_no_torch() -> None:
    code = (
        "import sys, knowledge.embeddings as e; e.MiniLMEmbedder().embed(['x']); "
        "import importlib.util as u; "
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_chroma_and_langchain_adapters() -> None:
    ef = chroma_embedding_function(embedder())
    rows = ef(["hello world", "你好"])
    assert len(rows) == 2 and len(rows[0]) == 384
    lc = langchain_embeddings(embedder())
    q = lc.embed_query("hello world")
    assert np.allclose(q, rows[0], atol=1e-6)
    assert len(lc.embed_documents(["a", "b"])) == 2


def test_make_embedder_names() -> None:
    import pytest

    assert make_embedder("minilm").name == "minilm-l6-v2"
    hosted = make_embedder("openai:text-embedding-3-small", base_url="http://127.0.0.1:9")
    assert hosted.name == "openai:text-embedding-3-small"
    with pytest.raises(ValueError, match="unknown embedding"):
        make_embedder("word2vec")


def test_built_graph_is_cached_beside_the_index_until_the_weights_change(tmp_path, monkeypatch) -> None:
    import shutil

    from safetensors.numpy import load_file, save_file

    import knowledge.embeddings as e

    builds = []
    real = e._minilm_onnx
    monkeypatch.setattr(e, "_minilm_onnx", lambda *a: builds.append(a) or real(*a))
    cache = tmp_path / "chroma"
    first = e.MiniLMEmbedder(cache_dir=cache).embed(["how much is the beef"])
    graphs = list(cache.glob("minilm-*.onnx"))
    assert len(builds) == 1 and len(graphs) == 1
    again = e.MiniLMEmbedder(cache_dir=cache).embed(["how much is the beef"])  # a restart
    assert len(builds) == 1 and np.allclose(first, again, atol=1e-6)

    weights = tmp_path / "weights"
    shutil.copytree(e.model_dir(), weights)
    w = load_file(str(weights / "model.safetensors"))
    w["pooler.dense.bias"] = w["pooler.dense.bias"] + np.float16(1)  # other weights, same shape
    save_file(w, str(weights / "model.safetensors"))
    e.MiniLMEmbedder(weights, cache_dir=cache)
    assert len(builds) == 2 and list(cache.glob("minilm-*.onnx")) != graphs
    assert len(list(cache.glob("minilm-*.onnx"))) == 1  # the stale graph is gone
