"""Hybrid retrieval: question → `Evidence` (which products, which passages, why).

Signals, each scaled to [0, 1] per query, then combined with fixed weights:

* exact — a product's name, Chinese name, alias or SKU appears in the question (longest match
  wins, so "rice cooker" beats "rice");
* names — BM25 over each product's names/aliases/brand/category with words, CJK bigrams and
  character trigrams (misspellings: "jasmin rize", "air fyer");
* text — BM25 over all passages (CJK as unigrams + bigrams: no word segmenter needed);
* dense — cosine of MiniLM vectors from Chroma. MiniLM barely knows Chinese, so its weight
  shrinks with the share of CJK characters in the question.

Chroma's local modes have no sparse index or rank fusion (see DESIGN.md), so the lexical half
and the fusion run here, in memory. Its indexes are built once per catalog and kept beside the
Chroma index (`knowledge.lexicon_store`), so a restart loads them instead. Facts (prices, stock)
are not retrieved: callers fetch them by SKU from `knowledge.facts.Facts`.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import itertools
import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from . import lexicon_store
from . import text as tokeniser
from .catalog import Product
from .embeddings import Embedder
from .index import PassageDoc, PassageIndex
from .text import CJK_RE, EN_STOP, char_ngrams, detect_lang, normalize, stem, tokens

WEIGHTS = {"exact": 1.0, "names": 0.6, "text": 0.35, "dense": 0.5}
DENSE_K = 24  # passages fetched from Chroma per question
TEXT_K = 24
OVERRIDE_MIN = 0.72  # similarity at which a moderator override answers the question
MIN_PRODUCT_SCORE = 0.12
NAME_CANDIDATES = 32
DENSE_FLOOR = 0.25


@dataclass(frozen=True, slots=True)
class ProductMatch:
    sku: str
    score: float
    why: tuple[str, ...]  # e.g. ("alias 'cow meat'", "names bm25 0.82", "dense 0.61")


@dataclass(frozen=True, slots=True)
class Passage:
    text: str
    sku: str  # "" for shop-wide passages (policies, overrides without a product)
    kind: str  # card | description | faq | spec | policy | override
    lang: str
    score: float
    id: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the answer composer gets. Products best first; passages best first (a matching
    moderator override is always first). Numbers must come from Facts, not from passages."""

    query: str
    lang: str
    products: list[ProductMatch] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)

    @property
    def top(self) -> ProductMatch | None:
        return self.products[0] if self.products else None


def _bm25(docs: list[list[str]]) -> bm25s.BM25:
    model = bm25s.BM25()
    model.index(docs, show_progress=False)
    return model


def _bm25_scores(model: bm25s.BM25, query: list[str]) -> np.ndarray | None:
    ids = model.get_tokens_ids(query)
    if not ids:
        return None
    scores: np.ndarray = model.get_scores_from_ids(ids)  # bm25s is untyped
    return scores


def exact_keys(text: str) -> list[tuple[str, int, int]]:
    """Candidate name keys in a text with their span, as (key, start, end): English word
    n-grams (stemmed, up to 5 words) and CJK substrings (up to 8 chars). Spans are character
    offsets into `knowledge.text.normalize(text)`. Public: the understanding layer matches
    product names with the same keys as the retriever's exact-name index."""
    out: list[tuple[str, int, int]] = []
    norm = normalize(text)
    words = [
        (m.group(), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", norm)
    ]
    for i in range(len(words)):
        for n in range(1, 6):
            if i + n > len(words):
                break
            key = " ".join(stem(w) for w, _, _ in words[i : i + n])
            out.append((key, words[i][1], words[i + n - 1][2]))
    for m in re.finditer(f"{CJK_RE.pattern}+", norm):
        run, base = m.group(), m.start()
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + 8) + 1):
                out.append((run[i:j], base + i, base + j))
    return out


def _grams(text: str) -> list[str]:
    """Fuzzy-match units: character trigrams of English words, CJK unigrams + bigrams."""
    return char_ngrams(text) + [t for t in tokens(text, stop=False) if CJK_RE.match(t)]


class Speller:
    """Corrects misspelled English words against the catalog's own name vocabulary
    ("corm" → "corn", "coker" → "cooker"): candidates share character trigrams, the best
    difflib ratio >= 0.75 wins. Only words missing from the vocabulary are looked at."""

    def __init__(self, words: Iterable[str], known: Iterable[str] = ()) -> None:
        self.vocab = {w for w in words if len(w) >= 3}
        self.known = self.vocab | set(known)  # real words from passages: never "corrected"
        self.by_gram: dict[str, list[str]] = {}
        for w in sorted(self.vocab):  # sorted: the same candidates' order in every process
            for g in char_ngrams(w):
                self.by_gram.setdefault(g, []).append(w)

    def correct(self, word: str) -> str | None:
        if len(word) < 4 or word in self.known or word in EN_STOP:
            return None
        counts: dict[str, int] = {}
        for g in char_ngrams(word):
            for w in self.by_gram.get(g, ()):
                counts[w] = counts.get(w, 0) + 1
        best, best_ratio = None, 0.75
        for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:12]:
            r = difflib.SequenceMatcher(None, word, w).ratio()
            if r >= best_ratio and (best is None or r > best_ratio):
                best, best_ratio = w, r
        return best

    def fix(self, text: str) -> str:
        def sub(m: re.Match[str]) -> str:
            return self.correct(m.group()) or m.group()

        return re.sub(r"[a-z]+", sub, normalize(text))


def name_key(name: str) -> str | None:
    """The one `exact_keys` key that covers the whole product name `name`, or None when no
    single key does (mixed-script names are left to BM25). Public: the retriever's exact-name
    index and the understanding layer key names the same way."""
    keys = exact_keys(name)
    if not keys:
        return None
    # The key covering the whole name: the longest span.
    key, s, e = max(keys, key=lambda k: k[2] - k[1])
    norm = normalize(name)
    covered = re.sub(r"[\s\W_]", "", norm[:s] + norm[e:])
    return key if not covered else None  # mixed-script names are left to BM25


def _labels(p: Product) -> list[tuple[str, str]]:
    """A product's names as (kind, label): name, Chinese name, SKU, aliases ("" when absent)."""
    return [("name", p.name), ("name", p.name_zh or ""), ("sku", p.sku)] + [
        ("alias", a) for a in p.aliases
    ]


def lexicon_key(products: Sequence[Product], passages: Sequence[PassageDoc]) -> str:
    """What a `Snapshot`'s lexical indexes are built from, as 24 hex digits of SHA-256: each
    product's names, brand, category and tags, each passage's content hash and keywords, in
    order, and the source of this module and `knowledge.text` (the tokenisers)."""
    digest = hashlib.sha256(str(lexicon_store.FORMAT).encode())
    for module in (__file__, tokeniser.__file__):
        digest.update(Path(module).read_bytes())
    for p in products:
        fields = [p.sku, p.name, p.name_zh, list(p.aliases), p.brand, p.category, list(p.tags)]
        digest.update(json.dumps(fields, ensure_ascii=False).encode())
    for d in passages:
        digest.update(f"\x1e{d.id}\x1f{d.hash}\x1f{d.meta.get('keywords', '')}".encode())
    return digest.hexdigest()[:24]


_SERIALS = itertools.count(1)


class Snapshot:
    """Immutable in-memory retrieval state for one ingested catalog (swapped atomically).
    ``serial`` tells snapshots apart for caches (an ``id()`` is reused once one is freed).

    ``cache_dir``: where the lexical indexes (names, name and passage BM25, speller) are kept
    between starts under ``cache_name`` (`knowledge.lexicon_store`): loaded when they were
    built from the same catalog by the same code, else built and stored. None: built only in
    memory. Either way the snapshot answers the same."""

    def __init__(
        self,
        products: Sequence[Product],
        passages: Sequence[PassageDoc],
        overrides: Sequence[tuple[PassageDoc, np.ndarray]] = (),
        *,
        cache_dir: Path | None = None,
        cache_name: str = "hawker",
    ) -> None:
        self.names: dict[str, list[tuple[str, str]]]  # exact names: key → [(sku, label)]
        self.name_bm25: bm25s.BM25 | None
        self.text_bm25: bm25s.BM25 | None
        self.speller: Speller
        self.products: dict[str, Product] = {p.sku: p for p in products}
        self.skus: list[str] = list(self.products)
        self.sku_pos = {s: i for i, s in enumerate(self.skus)}
        self.passages: list[PassageDoc] = list(passages)
        self.by_id: dict[str, int] = {p.id: i for i, p in enumerate(self.passages)}
        self.overrides = list(overrides)
        self.serial = next(_SERIALS)
        # Per product: its labels, and (filled on first use) their fuzzy-match grams
        self.name_labels: list[list[str]] = [[lb for _, lb in _labels(p) if lb] for p in products]
        self._name_grams: dict[int, list[tuple[set[str], str]]] = {}
        self.loaded = False  # True when the lexical indexes came from cache_dir
        cache = Path(cache_dir) if cache_dir is not None and products else None
        key = lexicon_key(products, passages) if cache else ""
        counts = {"products": len(products), "passages": len(self.passages)}
        stored = lexicon_store.load(cache, cache_name, key, counts) if cache else None
        if stored is not None:
            self._restore(stored)
        else:
            self._build_lexicon(products)
            if cache:
                lexicon_store.save(cache, cache_name, key, counts, self._lexicon_data(),
                                   {"names": self.name_bm25, "text": self.text_bm25})
        self._group_passages()

    def _restore(self, stored: lexicon_store.Stored) -> None:
        data = stored.data
        self.names = {k: list(map(tuple, v)) for k, v in data["names"].items()}
        self.name_bm25 = stored.indexes["names"]
        self.text_bm25 = stored.indexes["text"]
        self.speller = Speller(data["vocab"], data["known"])
        self.loaded = True

    def _lexicon_data(self) -> dict[str, Any]:
        return {"names": self.names, "vocab": sorted(self.speller.vocab),
                "known": sorted(self.speller.known)}

    def name_grams(self, i: int) -> list[tuple[set[str], str]]:
        """Fuzzy-match grams of product ``i``'s labels, computed on first use (a question
        looks at a few dozen candidates; building them all took seconds for 10k products)."""
        grams = self._name_grams.get(i)
        if grams is None:
            grams = [(g, label) for label in self.name_labels[i] if (g := set(_grams(label)))]
            self._name_grams[i] = grams  # a race computes the same list twice: harmless
        return grams

    def _build_lexicon(self, products: Sequence[Product]) -> None:
        self.names = {}
        name_docs: list[list[str]] = []
        for p in products:
            labels = _labels(p)
            for kind, label in labels:
                key = name_key(label) if label else None
                if key:
                    self.names.setdefault(key, []).append((p.sku, f"{kind} {label!r}"))
            text = " ".join([p.name, p.name_zh or "", *p.aliases, p.brand, p.category, *p.tags])
            name_docs.append(
                tokens(text) + _grams(" ".join([p.name, p.name_zh or "", *p.aliases, p.sku]))
            )
        self.name_bm25 = _bm25(name_docs) if name_docs else None
        self.speller = Speller(
            w
            for p in products
            for label in [p.name, *p.aliases, p.brand, p.category, *p.tags]
            for w in re.findall(r"[a-z]+", normalize(label))
        )
        self.speller.known.update(
            w for p in self.passages for w in re.findall(r"[a-z]+", normalize(p.text))
        )
        self.text_bm25 = (
            _bm25([tokens(p.text + " " + p.meta.get("keywords", "")) for p in self.passages])
            if self.passages
            else None
        )

    def _group_passages(self) -> None:
        self.passage_sku = np.array(
            [self.sku_pos.get(p.sku, -1) for p in self.passages], dtype=np.int64
        )
        # Passages grouped by product, for a vectorised per-product max (np.maximum.at is slow).
        order = np.argsort(self.passage_sku, kind="stable")
        order = order[self.passage_sku[order] >= 0]
        grouped = self.passage_sku[order]
        self.group_order = order
        self.group_starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
        if not len(grouped):
            self.group_starts = np.zeros(0, np.int64)
        self.group_sku = grouped[self.group_starts]
        ends = [*self.group_starts[1:].tolist(), len(order)][: len(self.group_starts)]
        self.passages_of: dict[int, np.ndarray] = {
            int(k): order[a:e]
            for k, a, e in zip(self.group_sku, self.group_starts, ends, strict=True)
        }

    def per_product_max(self, passage_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(len(self.skus), np.float32)
        if len(self.group_order):
            out[self.group_sku] = np.maximum.reduceat(
                passage_scores[self.group_order], self.group_starts
            )
        return out

    def with_overrides(self, overrides: Sequence[tuple[PassageDoc, np.ndarray]]) -> Snapshot:
        """A copy with another override list (cheap: the lexical indexes are shared)."""
        new = copy.copy(self)
        new.overrides = list(overrides)
        new.serial = next(_SERIALS)
        return new


class Retriever:
    """Hybrid retriever over a `Snapshot` and a Chroma `PassageIndex`. Thread-safe for
    queries; `swap()` replaces the snapshot atomically."""

    def __init__(self, index: PassageIndex, embedder: Embedder, snapshot: Snapshot) -> None:
        self.index = index
        self.embedder = embedder
        self._snap = snapshot
        self._lock = threading.Lock()

    @property
    def snapshot(self) -> Snapshot:
        return self._snap

    def swap(self, snapshot: Snapshot) -> None:
        with self._lock:
            self._snap = snapshot

    def _embed(self, text: str) -> np.ndarray:
        fn = getattr(self.embedder, "embed_query", None)
        vec: np.ndarray = fn(text) if fn else self.embedder.embed([text])[0]
        return vec

    def retrieve(
        self,
        query: str,
        *,
        on_sale: Iterable[str] | None = None,
        k_products: int = 5,
        k_passages: int = 6,
    ) -> Evidence:
        """Evidence for a question. ``on_sale``: only consider these SKUs (this show's line-up);
        shop-wide passages (policies, overrides) are always eligible."""
        snap = self._snap
        original, query = query, snap.speller.fix(query)
        lang = detect_lang(query)
        allowed = set(on_sale) if on_sale is not None else None
        n = len(snap.skus)
        scores = {name: np.zeros(n, np.float32) for name in WEIGHTS}
        why: dict[int, list[str]] = {}

        # exact names (longest span wins; shorter names inside it are dropped)
        hits = [(s, e, snap.names[k]) for k, s, e in exact_keys(query) if k in snap.names]
        for s, e, entries in hits:
            if any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in hits):
                continue
            for sku, label in entries:
                i = snap.sku_pos[sku]
                scores["exact"][i] = max(scores["exact"][i], min(1.0, 0.7 + 0.05 * (e - s)))
                why.setdefault(i, []).append(label)

        # fuzzy names: BM25 (words, CJK grams, trigrams) picks candidates; the score is how
        # much of a candidate's best name the question covers (absolute, unlike BM25's)
        qtok = tokens(query)
        qgrams = set(_grams(query))
        if snap.name_bm25 is not None and qgrams:
            fuzzy = _bm25_scores(snap.name_bm25, qtok + list(qgrams))
            if fuzzy is not None and fuzzy.max() > 0:
                k = min(NAME_CANDIDATES, len(fuzzy))
                for i in np.argpartition(-fuzzy, k - 1)[:k]:
                    if fuzzy[i] <= 0:
                        continue
                    cov, label = max(
                        ((len(g & qgrams) / len(g), label) for g, label in snap.name_grams(i)),
                        default=(0.0, ""),
                    )
                    if cov >= 0.4:
                        scores["names"][i] = (cov - 0.4) / 0.6
                        if cov < 1.0:
                            why.setdefault(int(i), []).append(f"fuzzy {label!r} {cov:.2f}")

        # lexical over passages
        text_top: list[tuple[int, float]] = []
        text_scores: np.ndarray | None = None
        if snap.text_bm25 is not None:
            lexical = _bm25_scores(snap.text_bm25, qtok)
            if lexical is not None and lexical.max() > 0:
                text_scores = lexical = lexical / lexical.max()
                top = np.argpartition(-lexical, min(TEXT_K, len(lexical) - 1))[:TEXT_K]
                text_top = [(int(i), float(lexical[i])) for i in top if lexical[i] > 0]
                scores["text"] = snap.per_product_max(lexical)

        # dense, via Chroma
        cjk_share = len(CJK_RE.findall(query)) / max(1, len(re.sub(r"\s", "", query)))
        dense_w = WEIGHTS["dense"] * (1.0 - cjk_share)
        qvec = self._embed(query)
        where = None
        if allowed is not None:
            where = {"sku": {"$in": sorted(allowed | {""})}}
        dense_top: list[tuple[int, float]] = []
        if snap.passages:
            for pid, sim in self.index.query(qvec, min(DENSE_K, len(snap.passages)), where):
                pos = snap.by_id.get(pid)
                if pos is None:  # not in the active snapshot (e.g. a failed ingest's leftovers)
                    continue
                dense_top.append((pos, sim))
                si = snap.passage_sku[pos]
                if si >= 0:
                    scores["dense"][si] = max(scores["dense"][si], sim)
        # absolute scale: MiniLM cosines of related question/passage pairs sit around 0.5-0.8
        scores["dense"] = np.clip((scores["dense"] - DENSE_FLOOR) / (0.8 - DENSE_FLOOR), 0, 1)

        total = (
            WEIGHTS["exact"] * scores["exact"]
            + WEIGHTS["names"] * scores["names"]
            + WEIGHTS["text"] * scores["text"]
            + dense_w * scores["dense"]
        )
        if allowed is not None:
            mask = np.array([s in allowed for s in snap.skus], dtype=bool)
            total = np.where(mask, total, 0)
        order = np.argsort(-total)[:k_products]
        products = []
        for i in order:
            if total[i] < MIN_PRODUCT_SCORE:
                break
            reasons = list(dict.fromkeys(why.get(int(i), [])))
            for name in ("names", "text", "dense"):
                if scores[name][i] > 0.3:
                    reasons.append(f"{name} {float(scores[name][i]):.2f}")
            products.append(ProductMatch(snap.skus[i], round(float(total[i]), 4), tuple(reasons)))

        passages = self._passages(
            snap, lang, qvec, qtok, products, text_scores, text_top, dense_top, allowed
        )
        return Evidence(original, lang, products, passages[:k_passages])

    def _passages(
        self,
        snap: Snapshot,
        lang: str,
        qvec: np.ndarray,
        qtok: list[str],
        products: list[ProductMatch],
        text_scores: np.ndarray | None,
        text_top: list[tuple[int, float]],
        dense_top: list[tuple[int, float]],
        allowed: set[str] | None,
    ) -> list[Passage]:
        product_score = {m.sku: m.score for m in products}
        top_sku = products[0].sku if products else None
        cand: dict[int, float] = {}
        for pos, s in text_top:
            cand[pos] = cand.get(pos, 0.0) + 0.5 * s
        for pos, sim in dense_top:
            cand[pos] = cand.get(pos, 0.0) + 0.5 * max(0.0, sim)
        # Make sure the top product's own FAQ/spec passages can compete even if the global
        # top-k missed them (common for Chinese questions).
        if top_sku is not None and text_scores is not None:
            for pos in snap.passages_of.get(snap.sku_pos[top_sku], ()):
                if text_scores[pos] > 0:
                    cand[int(pos)] = max(cand.get(int(pos), 0.0), 0.5 * float(text_scores[pos]))
        out: list[Passage] = []
        for pos, base in cand.items():
            p = snap.passages[pos]
            if p.kind == "card":
                continue  # cards only help find the product; they say nothing new
            if allowed is not None and p.sku and p.sku not in allowed:
                continue
            score = base
            if p.sku:  # passages of well-matched products first (absolute, not relative)
                score += 0.25 * min(1.0, product_score.get(p.sku, 0.0))
            if p.lang == lang:
                score += 0.3
            out.append(Passage(p.text, p.sku, p.kind, p.lang, round(score, 4), p.id))
        # Moderator overrides: compared with the question directly; a close one wins.
        qset = set(qtok)
        for doc, vec in snap.overrides:
            if allowed is not None and doc.sku and doc.sku not in allowed:
                continue
            otok = set(tokens(doc.meta.get("question", "")))
            jac = len(qset & otok) / max(1, len(qset | otok))
            dense = float(vec @ qvec) if detect_lang(doc.meta.get("question", "")) == "en" else 0.0
            sim = max(jac, dense)
            if sim >= OVERRIDE_MIN:
                out.append(
                    Passage(doc.text, doc.sku, "override", doc.lang, round(2.0 + sim, 4), doc.id)
                )
        out.sort(key=lambda p: -p.score)
        return out


def as_langchain(retriever: Retriever, *, on_sale: Iterable[str] | None = None, k: int = 6) -> Any:
    """The retriever as a LangChain `BaseRetriever`: passages become Documents with metadata
    (sku, kind, lang, score, and the top product)."""
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    skus = frozenset(on_sale) if on_sale is not None else None

    class HawkerRetriever(BaseRetriever):
        def _get_relevant_documents(
            self, query: str, *, run_manager: CallbackManagerForRetrieverRun
        ) -> list[Document]:
            ev = retriever.retrieve(query, on_sale=skus, k_passages=k)
            top = ev.top.sku if ev.top else None
            return [
                Document(
                    page_content=p.text,
                    metadata={
                        "sku": p.sku,
                        "kind": p.kind,
                        "lang": p.lang,
                        "score": p.score,
                        "id": p.id,
                        "top_product": top,
                    },
                )
                for p in ev.passages
            ]

    return HawkerRetriever()


def product_scores(evidence: Evidence) -> Mapping[str, float]:
    return {m.sku: m.score for m in evidence.products}
