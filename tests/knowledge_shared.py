"""Shared, process-wide objects for the knowledge tests (cached here rather than in conftest
so every test_knowledge_*.py module reuses one embedder and one sample index)."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from knowledge import KnowledgeBase
from knowledge.embeddings import MiniLMEmbedder

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "bot" / "examples" / "catalog.yaml"
POLICIES = ROOT / "bot" / "examples" / "policies.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@functools.cache
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@functools.cache
def sample_kb() -> KnowledgeBase:
    """The sample show, indexed once in a temporary embedded Chroma. Read-only for tests:
    a test that changes facts or overrides builds its own KnowledgeBase."""
    path = tempfile.mkdtemp(prefix="hawker-kb-")
    return KnowledgeBase.open(CATALOG, POLICIES, chroma_path=path, embedder=embedder())


class _PassageCache(MiniLMEmbedder):
    """The shared embedder, its passages' vectors kept by text: every module indexes the same
    test shops again, and embedding them was most of the suite's set-up time. A shop's passages
    are embedded in the same batches each time, so a cached vector is the one a fresh index
    would get; queries go through the shared embedder's own cache as before."""

    def __init__(self, base: MiniLMEmbedder) -> None:  # (no second model: the base's session)
        self.__dict__.update(base.__dict__)
        self.calls = 0
        self._vectors: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            self._vectors.update(zip(missing, super().embed(missing), strict=True))
        return np.array([self._vectors[t] for t in texts], np.float32).reshape(len(texts), self.dim)


@functools.cache
def _shop_embedder() -> _PassageCache:
    return _PassageCache(embedder())


def shop_kb(name: str) -> KnowledgeBase:
    """A fresh index of one labelled test shop (tests/fixtures/shops/<name>_catalog.yaml and
    _policies.yaml: "apparel", "snack"), with its own fact table so a test may change it (its
    variants linked to their products, as an ingest links them). Fresh per call: one shared
    across modules made an answer depend on which tests ran before (round 8's "eye cream?" once
    read the moisturiser's FAQ in a full run, never alone; cause not found)."""
    from knowledge.base import facts_for
    from knowledge.catalog import load_catalog

    shops = FIXTURES / "shops"
    kb = KnowledgeBase.open(shops / f"{name}_catalog.yaml", shops / f"{name}_policies.yaml",
                            chroma_path=tempfile.mkdtemp(prefix=f"hawker-{name}-"),
                            embedder=_shop_embedder())
    kb.facts = facts_for(load_catalog(shops / f"{name}_catalog.yaml"))
    return kb
