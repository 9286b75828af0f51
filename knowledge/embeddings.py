"""Embedding functions: an offline all-MiniLM-L6-v2 in onnxruntime (the default) and hosted options.

The default runs sentence-transformers/all-MiniLM-L6-v2 without PyTorch: the weights
(`model.safetensors`, stored as float16, computed in float32) and `tokenizer.json` ship inside
this package (`knowledge/minilm/`, see its README for where they come from), the tokenizer is
HuggingFace `tokenizers`, the 6-layer BERT encoder is an ONNX graph built from those weights
and run by onnxruntime, and mean pooling and L2 normalisation are NumPy. Building the graph
takes about 1.5 s, so it is cached beside the index (``cache_dir``) under a key of the weights'
and this module's hashes: rebuilt only when either changes. `tests/test_knowledge_embeddings.py` checks
the vectors against sentence-transformers' own (cosine >= 0.999).

MiniLM is English-centric (most Chinese characters are [UNK] to its vocabulary); Chinese
questions are carried by the lexical half of retrieval (`knowledge.retriever`).

Hosted embeddings are a configuration choice: ``make_embedder("openai:text-embedding-3-small")``
or ``make_embedder("ollama:nomic-embed-text")`` wrap a LangChain `Embeddings`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:  # imported where used: `hawker --help` must not load chromadb or onnx
    from chromadb.api.types import Documents, EmbeddingFunction
    from onnx import ValueInfoProto

# Never let anything we import try the HuggingFace hub: this must work offline.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model


class Embedder(Protocol):
    """What the index and retriever need: a name (stored with the index) and batch embedding."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


log = logging.getLogger(__name__)


def model_dir() -> Path:
    """The bundled model files: ``config.json``, ``tokenizer.json``, ``model.safetensors``
    (package data of `knowledge`, so a plain ``pip install`` brings them; no hub access)."""
    return Path(__file__).resolve().parent / "minilm"


def graph_key(path: Path) -> str:
    """What the built graph depends on: the weights file and the builder (this module).
    16 hex digits of SHA-256; about 30 ms for the 45 MB of weights."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    with open(path / "model.safetensors", "rb") as f:
        digest.update(hashlib.file_digest(f, "sha256").digest())
    return digest.hexdigest()[:16]


def cached_graph(path: Path, heads: int, layers: int, eps: float, cache_dir: Path | None,
                 rebuild: bool = False) -> str | bytes:
    """The encoder graph: a file in ``cache_dir`` (``minilm-KEY.onnx``, built and written on the
    first start, atomically; ``rebuild``: again, over an unreadable one) or, without a cache
    folder, the serialized model itself."""
    if cache_dir is None:
        return _minilm_onnx(path, heads, layers, eps)
    target = Path(cache_dir) / f"minilm-{graph_key(path)}.onnx"
    if rebuild or not target.exists():
        log.info("building the MiniLM graph into %s (once per weights)", target)
        model = _minilm_onnx(path, heads, layers, eps)
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob("minilm-*.onnx"):  # graphs of older weights or builders
            if old != target:  # another process starting now may have just written it
                old.unlink(missing_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(model)
        os.replace(tmp, target)
    return str(target)


def _minilm_onnx(path: Path, heads: int, layers: int, eps: float) -> bytes:
    """The BERT encoder of all-MiniLM-L6-v2 as an ONNX graph, built from the safetensors weights.

    Inputs ``input_ids`` and ``attention_mask`` (int64, batch x tokens); output the last hidden
    state. Each layer is onnxruntime's fused CPU kernels: ``Attention`` (QKV projection, masked
    softmax, context), ``SkipLayerNormalization`` (bias + residual + LayerNorm) and ``BiasGelu``
    (BERT's exact erf GELU), around plain MatMuls: about twice the speed of the same maths in
    NumPy, because the element-wise work is fused and runs on every core.
    """
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    # Stored as float16 (half the download); every computation runs in float32.
    w = {k: v.astype(np.float32) for k, v in load_file(str(path / "model.safetensors")).items()}
    inits: list[Any] = []
    nodes: list[Any] = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def weight(key: str) -> str:
        return const(key, w[key])

    def node(op: str, inputs: list[str], output: str, **attrs: Any) -> str:
        domain = "com.microsoft" if op in ("Attention", "SkipLayerNormalization", "BiasGelu") else ""
        nodes.append(helper.make_node(op, inputs, [output], domain=domain, **attrs))
        return output

    def qkv(p: str, part: str) -> np.ndarray:
        return np.concatenate([w[f"{p}attention.self.{m}.{part}"] for m in ("query", "key", "value")])

    def dense(x: str, key: str) -> str:
        return node("MatMul", [x, const(key + ".T", w[key + ".weight"].T)], key)

    def dense_add_norm(x: str, residual: str, key: str) -> str:
        """LayerNorm(x @ W + b + residual) of BERT's `key.dense` and `key.LayerNorm`: a MatMul
        and one fused kernel."""
        params = map(weight, [key + ".LayerNorm.weight", key + ".LayerNorm.bias", key + ".dense.bias"])
        inputs = [dense(x, key + ".dense"), residual, *params]
        return node("SkipLayerNormalization", inputs, key + ".LayerNorm", epsilon=eps)

    # Embeddings: word + position (token type is always 0 for one sentence: folded in).
    emb = "embeddings."
    positions = w[emb + "position_embeddings.weight"] + w[emb + "token_type_embeddings.weight"][0]
    node("Shape", ["input_ids"], "shape")
    node("Slice", ["shape", const("one", np.array([1])), const("two", np.array([2]))], "tokens")
    node("Slice", [const("positions", positions), const("zero", np.array([0])), "tokens"], "pos")
    node("Gather", [const("words", w[emb + "word_embeddings.weight"]), "input_ids"], "word")
    norm = [weight(emb + "LayerNorm.weight"), weight(emb + "LayerNorm.bias")]
    h = node("LayerNormalization", [node("Add", ["word", "pos"], "sum"), *norm], "h", epsilon=eps)
    mask = node("Cast", ["attention_mask"], "mask", to=TensorProto.INT32)
    for i in range(layers):
        p = f"encoder.layer.{i}."
        attention_in = [h, const(p + "qkv.T", qkv(p, "weight").T), const(p + "qkv.bias", qkv(p, "bias"))]
        ctx = node("Attention", [*attention_in, mask], p + "ctx", num_heads=heads)
        h = dense_add_norm(ctx, h, p + "attention.output")
        up = dense(h, p + "intermediate.dense")
        act = node("BiasGelu", [up, weight(p + "intermediate.dense.bias")], p + "act")
        h = dense_add_norm(act, h, p + "output")
    def ints(name: str) -> ValueInfoProto:
        return helper.make_tensor_value_info(name, TensorProto.INT64, ["n", "t"])

    graph = helper.make_graph(
        nodes,
        "minilm",
        [ints("input_ids"), ints("attention_mask")],
        [helper.make_tensor_value_info(h, TensorProto.FLOAT, ["n", "t", None])],
        inits,
    )
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    serialized: bytes = helper.make_model(graph, opset_imports=opsets).SerializeToString()
    return serialized


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 in onnxruntime: ``embed(texts) -> float32 array (n, 384)``, L2-normalised.

    Texts are sorted by length and batched so short texts don't pay for long ones' padding.
    Single-text calls (queries) go through a small LRU cache. ``path``: a folder with
    ``config.json``, ``tokenizer.json`` and ``model.safetensors`` (default: the bundled ones);
    ``cache_dir``: where the built ONNX graph is kept between starts (None: built every time).
    """

    name = "minilm-l6-v2"
    dim = 384

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        batch_size: int = 32,
        cache_size: int = 2048,
        threads: int | None = None,
        cache_dir: str | Path | None = None,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(path) if path else model_dir()
        config = json.loads((path / "config.json").read_text())
        self.batch_size = batch_size
        self.calls = 0  # number of texts actually run through the model (tests count these)

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

        options = ort.SessionOptions()
        if threads:  # else onnxruntime's default: one per physical core
            options.intra_op_num_threads = threads
        # Idle pool threads sleep instead of spinning: on a busy machine (2 shared cores) spinning
        # threads took the CPU from the work itself (query p50 10 ms instead of 7 under load 3).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # onnxruntime's own warnings are not ours to show
        shape = (int(config["num_attention_heads"]), int(config["num_hidden_layers"]),
                 float(config["layer_norm_eps"]))
        cache = Path(cache_dir) if cache_dir else None
        model = cached_graph(path, *shape, cache)
        try:
            self.session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime's InvalidProtobuf & co. derive from Exception only
            if not isinstance(model, str):
                raise
            # A cached graph cut short (a full disk, a copy) would fail every start: rebuild it.
            log.warning("the cached MiniLM graph %s is unreadable (%s): rebuilding it", model, err)
            model = cached_graph(path, *shape, cache, rebuild=True)
            self.session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
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
        vec: np.ndarray = self._forward([self.tokenizer.encode(text).ids])[0]
        vec.setflags(write=False)
        with self._lock:
            self._cache[text] = vec
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vec

    # -- the model ----------------------------------------------------------------------------

    def _forward(self, ids_list: list[list[int]]) -> np.ndarray:
        """Mean of the last hidden state over real tokens, L2-normalised (sentence-transformers'
        pooling for this model)."""
        self.calls += len(ids_list)
        n, t = len(ids_list), max(len(x) for x in ids_list)
        ids = np.zeros((n, t), np.int64)
        mask = np.zeros((n, t), np.int64)
        for i, x in enumerate(ids_list):
            ids[i, : len(x)] = x
            mask[i, : len(x)] = 1
        hidden: np.ndarray  # (n, t, 384) float32; onnxruntime is untyped
        (hidden,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
        norm: np.ndarray = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.maximum(norm, 1e-12)).astype(np.float32)
        return unit


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
        unit: np.ndarray = arr / np.maximum(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12)
        return unit

    def embed_query(self, text: str) -> np.ndarray:
        row: np.ndarray = self.embed([text])[0]
        return row


def make_embedder(
    spec: str = "minilm",
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    cache_dir: str | Path | None = None,
) -> Embedder:
    """Build an embedder from a config name.

    ``"minilm"`` (default, offline; its built graph is kept in ``cache_dir`` when given);
    ``"openai:<model>"`` (any OpenAI-compatible server, via langchain-openai;
    ``base_url``/``api_key`` as configured); ``"ollama:<model>"`` (needs the optional
    langchain-ollama package). Raises ValueError for an unknown name.
    """
    kind, _, model = spec.partition(":")
    if kind == "minilm":
        return MiniLMEmbedder(cache_dir=cache_dir)
    if kind == "openai":
        from langchain_openai import OpenAIEmbeddings
        from pydantic import SecretStr

        emb = OpenAIEmbeddings(
            model=model or "text-embedding-3-small",
            base_url=base_url,
            api_key=SecretStr(api_key or "unused"),
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


def chroma_embedding_function(embedder: Embedder) -> EmbeddingFunction[Documents]:
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
        def build_from_config(config: dict[str, Any]) -> EmbeddingFunction[Documents]:
            return chroma_embedding_function(make_embedder(config.get("embedder", "minilm")))

        def default_space(self) -> str:  # type: ignore[override]
            return "cosine"

    return HawkerEmbeddingFunction()


def langchain_embeddings(embedder: Embedder) -> Any:
    """Our embedder as a LangChain `Embeddings` (for LangChain vector stores and chains)."""
    from langchain_core.embeddings import Embeddings

    class _HawkerEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            rows: list[list[float]] = embedder.embed(texts).tolist()
            return rows

        def embed_query(self, text: str) -> list[float]:
            row: list[float] = embedder.embed([text])[0].tolist()
            return row

    return _HawkerEmbeddings()
