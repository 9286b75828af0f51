"""`KnowledgeBase`: the one object other features use.

kb = KnowledgeBase.open("bot/examples/catalog.yaml", "bot/examples/policies.yaml",
                        chroma_path="var/chroma")
ev = kb.retrieve("how much is the cow meat", on_sale={"BEEF-SHANK-1KG"})
offer = kb.facts.live_offer(ev.top.sku, now=clock())   # numbers come only from here
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .catalog import (
    CatalogError,
    CatalogIssue,
    ImportOptions,
    Policy,
    Product,
    load_catalog,
    load_policies,
)
from .embeddings import Embedder, make_embedder
from .facts import Facts, ProductFacts
from .index import (
    PassageDoc,
    PassageIndex,
    Progress,
    connect,
    override_passage,
    policy_passages,
    product_passages,
)
from .retriever import Evidence, Retriever, Snapshot


@dataclass
class IngestReport:
    """What an ingest did. ``errors`` non-empty means nothing changed (previous index kept)."""

    products: int = 0
    passages: int = 0
    embedded: int = 0  # distinct texts run through the embedder
    skipped: int = 0  # passages already indexed with the same content hash
    deleted: int = 0
    errors: list[str] = field(default_factory=list)
    issues: list[CatalogIssue] = field(default_factory=list, repr=False)
    warnings: list[str] = field(default_factory=list)  # loaded anyway: clamped stock, etc.

    @property
    def ok(self) -> bool:
        return not self.errors


def facts_for(products: list[Product]) -> Facts:
    """A fact table for a catalog: one row per product and per variant, variants linked to
    their product (for callers that need facts without an index)."""
    facts = Facts([f for p in products for f in (p.facts(), *p.variant_facts())])
    for p in products:
        if p.variants:
            facts.set_variants(p.sku, [v.sku for v in p.variants])
    return facts


class KnowledgeBase:
    """Catalog + live facts + Chroma index + hybrid retriever.

    Attributes: ``facts`` (`Facts`, the only source of numbers), ``retriever`` (`Retriever`),
    ``catalog`` (products by SKU, from the last successful ingest), ``policies``.
    """

    def __init__(self, index: PassageIndex, embedder: Embedder, facts: Facts | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.facts = facts or Facts()
        self.policies: list[Policy] = []
        self.retriever = Retriever(index, embedder, Snapshot([], []))
        self._ingest_lock = threading.Lock()
        self._catalog_facts: dict[str, ProductFacts] = {}
        self._policies_path: Path | None = None

    @classmethod
    def open(
        cls,
        catalog_path: str | Path | None,
        policies_path: str | Path | None = None,
        *,
        chroma_path: str | Path | None = None,
        chroma_url: str | None = None,
        embedder: Embedder | str = "minilm",
        collection: str = "hawker",
    ) -> KnowledgeBase:
        """Connect to Chroma (``chroma_url`` → HttpClient, else PersistentClient at
        ``chroma_path``) and ingest the catalog (and policies). Raises `CatalogError` if the
        catalog is invalid; Chroma's stored data is then left as it was. ``catalog_path=None``
        opens an empty knowledge base (call `ingest` later). ``embedder``: an `Embedder` or a
        config name for `make_embedder` ("minilm", "openai:MODEL", "ollama:MODEL")."""
        emb = make_embedder(embedder) if isinstance(embedder, str) else embedder
        kb = cls(PassageIndex(connect(chroma_path, chroma_url), emb, collection), emb)
        kb._policies_path = Path(policies_path) if policies_path else None
        if catalog_path is not None:
            report = kb.ingest(catalog_path)
            if report.errors:
                raise CatalogError(report.issues)
        return kb

    @property
    def catalog(self) -> dict[str, Product]:
        return self.retriever.snapshot.products

    def retrieve(self, query: str, *, on_sale: set[str] | frozenset[str] | None = None) -> Evidence:
        """Shortcut for ``retriever.retrieve``."""
        return self.retriever.retrieve(query, on_sale=on_sale)

    def ingest(
        self,
        path: str | Path,
        policies_path: str | Path | None = None,
        *,
        progress: Progress | None = None,
        format: str | None = None,
        options: ImportOptions | None = None,
    ) -> IngestReport:
        """Validate the whole catalog (and policies), then bring the index in line with it.

        All or nothing from the caller's view: on a validation or embedding error the report
        lists the errors and the previous catalog, facts and index stay in use. Unchanged
        passages are not re-embedded. Live facts are only touched for products whose
        *catalog* values changed since the last ingest (a price set during the show survives
        re-ingesting an unchanged file). ``format``/``options``: see `load_catalog`; every
        problem is found here, before any embedding starts."""
        with self._ingest_lock:
            ppath = Path(policies_path) if policies_path else self._policies_path
            warnings: list[CatalogIssue] = []
            try:
                products = load_catalog(path, format, options=options, warnings=warnings)
                policies = load_policies(ppath) if ppath else []
            except CatalogError as e:
                return IngestReport(errors=[str(i) for i in e.issues], issues=e.issues)
            report = self._index(Path(path).name, products, policies, progress)
            if report.ok:
                self._policies_path = ppath
                report.warnings = [str(w) for w in warnings]
            return report

    def ingest_parsed(
        self,
        source: str | Path,
        products: list[Product],
        policies: list[Policy],
        *,
        progress: Progress | None = None,
    ) -> IngestReport:
        """`ingest` for a catalog and policies the caller has already loaded and validated
        (`load_catalog`, `load_policies`), so a start parses each file once. ``source``: the
        catalog file, named in an indexing error. Same all-or-nothing report as `ingest`."""
        with self._ingest_lock:
            return self._index(Path(source).name, products, policies, progress)

    def _index(self, source: str, products: list[Product], policies: list[Policy],
               progress: Progress | None) -> IngestReport:
        passages = [d for p in products for d in product_passages(p)]
        passages += [d for pol in policies for d in policy_passages(pol)]
        # Chroma refuses a batch with a repeated id: the same text twice in one product
        # is one passage.
        passages = list({d.id: d for d in passages}.values())
        try:
            stats = self.index.sync(passages, progress=progress)
        except Exception as e:  # embedding or Chroma failure: keep serving the old snapshot
            issue = CatalogIssue(source, None, None, f"indexing failed: {e}")
            return IngestReport(errors=[str(issue)], issues=[issue])
        overrides = self._load_overrides()
        self.retriever.swap(Snapshot(products, passages, overrides,
                                     cache_dir=self.index.cache_dir,
                                     cache_name=self.index.name))
        self.policies = policies
        self._sync_facts(products)
        return IngestReport(
            products=len(products),
            passages=stats.passages,
            embedded=stats.embedded,
            skipped=stats.skipped,
            deleted=stats.deleted,
        )

    def _sync_facts(self, products: list[Product]) -> None:
        new = {f.sku: f for p in products for f in (p.facts(), *p.variant_facts())}
        for sku, nf in new.items():
            old = self._catalog_facts.get(sku)
            if sku not in self.facts:
                self.facts.put(nf)
            elif old is not None and old != nf:
                changed = {
                    f.name: getattr(nf, f.name)
                    for f in fields(nf)
                    if getattr(old, f.name) != getattr(nf, f.name)
                }
                self.facts.put(replace(self.facts.get(sku), **changed))
        for sku in set(self._catalog_facts) - set(new):
            self.facts.remove(sku)
            self.facts.set_variants(sku, [])
        for p in products:
            self.facts.set_variants(p.sku, [v.sku for v in p.variants])
        self._catalog_facts = new

    def _load_overrides(self) -> list[tuple[PassageDoc, Any]]:
        docs = self.index.get({"kind": "override"})
        if not docs:
            return []
        vecs = self.embedder.embed([d.meta.get("question", "") for d in docs])
        return list(zip(docs, vecs, strict=True))

    def add_faq_override(self, question: str, answer: str, sku: str | None = None) -> str:
        """Store a moderator's correction. From now on a question close to ``question``
        gets this passage first (kind "override"). Persists in Chroma; returns its id."""
        if sku is not None and sku not in self.catalog:
            raise KeyError(f"unknown sku {sku!r}")
        doc = override_passage(question, answer, sku)
        vecs = self.embedder.embed([doc.text, question])
        self.index.add([doc], vecs[:1])
        with self._ingest_lock:
            snap = self.retriever.snapshot
            overrides = [o for o in snap.overrides if o[0].id != doc.id] + [(doc, vecs[1])]
            self.retriever.swap(snap.with_overrides(overrides))
        return doc.id

    def remove_override(self, override_id: str) -> None:
        self.index.delete([override_id])
        with self._ingest_lock:
            snap = self.retriever.snapshot
            overrides = [o for o in snap.overrides if o[0].id != override_id]
            self.retriever.swap(snap.with_overrides(overrides))
