"""Shared, process-wide objects for the knowledge tests (cached here rather than in conftest
so every test_knowledge_*.py module reuses one embedder and one sample index)."""

from __future__ import annotations

import copy
import functools
import tempfile
from pathlib import Path

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


@functools.cache
def _shop_index(name: str) -> KnowledgeBase:
    """One labelled test shop, indexed once per test session (read-only: see `shop_kb`)."""
    shops = FIXTURES / "shops"
    return KnowledgeBase.open(shops / f"{name}_catalog.yaml", shops / f"{name}_policies.yaml",
                              chroma_path=tempfile.mkdtemp(prefix=f"hawker-{name}-"),
                              embedder=embedder())


def shop_kb(name: str) -> KnowledgeBase:
    """One labelled test shop (tests/fixtures/shops/<name>_catalog.yaml and _policies.yaml:
    "apparel", "snack"), with a fresh fact table of its own so a test may change prices and
    stock (its variants linked to their products, as an ingest links them). The index and
    retriever are shared by every caller in the session: a test that changes the catalog or
    adds overrides opens its own KnowledgeBase."""
    from knowledge.base import facts_for
    from knowledge.catalog import load_catalog

    kb = copy.copy(_shop_index(name))
    kb.facts = facts_for(load_catalog(FIXTURES / "shops" / f"{name}_catalog.yaml"))
    return kb
