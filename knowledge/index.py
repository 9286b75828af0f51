"""Passages in Chroma: product cards, description sentences, FAQ pairs, spec groups, shop
policies and moderator overrides, with metadata (sku, kind, lang, content hash). One fact a
passage: a chunk mixing several facts answers many questions badly (issue 14).

Ids are content-addressed (sku + kind + text + embedder), so re-ingesting an unchanged
catalog finds every id already present and embeds nothing; passages that disappeared are
deleted. Vectors are computed for *all* new passages before Chroma is touched, and the
retriever only ever sees the passage set of the last ingest that finished (`Snapshot`), so a
failed ingest leaves the previous index in use.
"""

from __future__ import annotations

import errno
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from .catalog import Policy, Product
from .embeddings import Embedder
from .text import detect_lang, normalize

Progress = Callable[[int, int], None]  # (texts embedded so far, texts to embed)

KINDS = ("card", "description", "faq", "spec", "policy", "override")
_CHUNK_WORDS = 60  # English words per CJK-sized unit (see _size)
_CHUNK_CJK = 120
_MIN_WORDS = 6  # a description passage is one sentence, unless a sentence is this short


@dataclass(frozen=True, slots=True)
class PassageDoc:
    """One indexed passage. ``sku`` is "" for shop-wide passages (policies, overrides)."""

    id: str
    text: str
    sku: str
    kind: str
    lang: str
    hash: str
    meta: dict[str, str] = field(default_factory=dict, compare=False)


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def make_passage(
    text: str, sku: str, kind: str, lang: str | None = None, **meta: str
) -> PassageDoc:
    lang = lang or detect_lang(text)
    h = _hash(sku, kind, lang, text)
    return PassageDoc(f"{kind}:{sku or '-'}:{h[:16]}", text, sku, kind, lang, h, meta)


def _size(text: str) -> int:
    """Chunk size in English words; CJK characters count _CHUNK_WORDS/_CHUNK_CJK each."""
    return (
        len(text.split()) if detect_lang(text) == "en" else len(text) * _CHUNK_WORDS // _CHUNK_CJK
    )


def _chunks(text: str) -> list[str]:
    """One fact a passage: split on sentence ends; a sentence under _MIN_WORDS words (or
    _MIN_CJK characters) joins the next one, so "Free delivery." still says what it is about."""
    # A full stop ends a sentence only before a space ("HDMI 2.1" stays whole); CJK ones always.
    sentences = [s.strip() for s in re.split(r"(?<=[。！？；])\s*|(?<=[.!?;])\s+", text)
                 if s.strip()]
    chunks: list[str] = []
    cur = ""
    for s in sentences:
        cur = (f"{cur} {s}".strip() if detect_lang(s) == "en" else cur + s) if cur else s
        if _size(cur) >= _MIN_WORDS:
            chunks.append(cur)
            cur = ""
    if cur:
        if chunks and _size(cur) < _MIN_WORDS:
            chunks[-1] = f"{chunks[-1]} {cur}" if detect_lang(cur) == "en" else chunks[-1] + cur
        else:
            chunks.append(cur)
    return chunks


# An option name with its other spelling, so "what colours…" finds "Color" (and back).
# "what colours…" finds a "Color" option whichever spelling the shop and the viewer use.
OPTION_NAMES = {"color": "Color (colour)", "colour": "Colour (color)"}


def product_passages(p: Product) -> list[PassageDoc]:
    """Every passage for one product. Each starts with the product name so a passage read
    alone (or embedded alone) still says what it is about."""
    out: list[PassageDoc] = []
    zh_aliases = [a for a in p.aliases if detect_lang(a) == "zh"]
    en_aliases = [a for a in p.aliases if detect_lang(a) == "en"]
    card = f"{p.name}. Also called: {', '.join(en_aliases)}. {p.category}. {p.brand}."
    out.append(make_passage(card, p.sku, "card", "en"))
    # (duplicates, e.g. a FAQ repeated in the catalog, are merged at the end: ids are unique)
    if p.name_zh or zh_aliases:
        card_zh = f"{p.name_zh or p.name}。又名：{'、'.join(zh_aliases)}。{p.brand}"
        out.append(make_passage(card_zh, p.sku, "card", "zh"))
    for lang, text in p.description.items():
        title = p.name_zh if lang == "zh" and p.name_zh else p.name
        for chunk in _chunks(text):
            out.append(make_passage(f"{title}: {chunk}", p.sku, "description", lang))
    for item in p.faq:
        title = p.name_zh if item.lang == "zh" and p.name_zh else p.name
        text = f"{title} — Q: {item.question} A: {item.answer}"
        out.append(make_passage(text, p.sku, "faq", item.lang, question=item.question))
    options = {k: ", ".join(v) for k, v in p.options.items()}
    for group, kv in p.specs.items():
        if group == "options" and p.variants:  # one passage with the variants' options below
            options.update(kv)
            continue
        body = "; ".join(f"{k}: {v}" for k, v in kv.items())
        out.append(make_passage(f"{p.name} — {group}: {body}", p.sku, "spec", None, group=group))
    if p.variants:  # "what colours does it come in?": every option value, in one passage
        body = "; ".join(f"{OPTION_NAMES.get(k.casefold(), k)}: {v}" for k, v in options.items())
        out.append(make_passage(f"{p.name} — options: {body}", p.sku, "spec", None, group="options"))
    return list({d.id: d for d in out}.values())  # a repeated passage once


def policy_passages(policy: Policy) -> list[PassageDoc]:
    out = []
    for lang, text in policy.text.items():
        title = policy.title.get(lang) or policy.topic
        out.append(
            make_passage(
                f"{title}: {text}",
                "",
                "policy",
                lang,
                policy=policy.id,
                topic=policy.topic,
                keywords=" ".join([*policy.keywords, *policy.regions]),  # for the lexical index
            )
        )
    return out


def override_passage(question: str, answer: str, sku: str | None = None) -> PassageDoc:
    """A moderator's correction as a passage. Its id is the question's (normalised, with the
    product's SKU), so a later correction of the same question replaces the earlier one."""
    text = f"Q: {question} A: {answer}"
    doc = make_passage(text, sku or "", "override", None, question=question, answer=answer)
    key = _hash(sku or "", "override", normalize(question))
    return replace(doc, id=f"override:{sku or '-'}:{key[:16]}")


@dataclass
class IngestStats:
    passages: int = 0
    embedded: int = 0  # texts actually run through the embedder
    skipped: int = 0  # passages already in the index with the same content hash
    deleted: int = 0


def connect(path: str | Path | None = None, url: str | None = None) -> Any:
    """A Chroma client: HttpClient when ``url`` (e.g. ``http://127.0.0.1:8000``) is set,
    else the embedded PersistentClient at ``path``. Raises ConnectionError when no Chroma
    server answers at ``url``, OSError (EIO) when the folder's index cannot be opened."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if url:
        u = urlparse(url)
        try:
            return chromadb.HttpClient(
                host=u.hostname or "127.0.0.1",
                port=u.port or (443 if u.scheme == "https" else 8000),
                ssl=u.scheme == "https",
                settings=settings,
            )
        except ValueError as err:  # chromadb's "Could not connect to a Chroma server…"
            raise ConnectionError(f"knowledge.chroma_url {url}: {err}") from None
    if path is None:
        raise ValueError("a Chroma path or URL is required")
    try:
        return chromadb.PersistentClient(path=str(path), settings=settings)
    except chromadb.errors.ChromaError as err:  # e.g. "file is not a database": one line naming it
        raise OSError(errno.EIO, f"cannot open the Chroma index: {err}", str(path)) from None


class PassageIndex:
    """One Chroma collection of passages, vectors supplied by our `Embedder`.

    ``cache_dir``: where derived state that is cheaper to load than to rebuild (the retriever's
    lexical indexes) is kept; default the embedded Chroma's own folder, None with a Chroma
    server."""

    def __init__(self, client: Any, embedder: Embedder, collection: str = "hawker",
                 cache_dir: str | Path | None = None) -> None:
        self.client = client
        self.embedder = embedder
        # One collection per embedder: vectors of different models must never mix.
        name = re.sub(r"[^a-zA-Z0-9_-]", "-", f"{collection}-{embedder.name}")[:60]
        self.name = name
        self.cache_dir = Path(cache_dir) if cache_dir is not None else _persist_dir(client)
        self.collection = client.get_or_create_collection(
            name, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        self._batch = min(2000, int(client.get_max_batch_size()))

    def ids(self, where: dict[str, Any] | None = None) -> set[str]:
        return set(self.collection.get(where=where, include=[])["ids"])

    def get(self, where: dict[str, Any]) -> list[PassageDoc]:
        r = self.collection.get(where=where, include=["documents", "metadatas"])
        return [
            _from_chroma(i, d, m)
            for i, d, m in zip(r["ids"], r["documents"], r["metadatas"], strict=True)
        ]

    def embed_missing(
        self, passages: Sequence[PassageDoc], progress: Progress | None = None,
        existing: set[str] | None = None,
    ) -> tuple[list[PassageDoc], np.ndarray]:
        """Vectors for the passages not yet in the collection (each distinct text embedded
        once; ``existing``: the collection's ids when the caller has them). Touches nothing, so
        a failure here changes no index."""
        existing = self.ids() if existing is None else existing
        new = [p for p in passages if p.id not in existing]
        texts = sorted({p.text for p in new}, key=len)  # similar lengths batch together
        parts = []
        for s in range(0, len(texts), 512):
            parts.append(self.embedder.embed(texts[s : s + 512]))
            if progress:
                progress(min(s + 512, len(texts)), len(texts))
        vecs = np.concatenate(parts) if parts else np.zeros((0, 1), np.float32)
        row = {t: i for i, t in enumerate(texts)}
        return new, vecs[[row[p.text] for p in new]] if new else vecs

    def sync(
        self,
        passages: Sequence[PassageDoc],
        *,
        keep_kinds: Iterable[str] = ("override",),
        progress: Progress | None = None,
    ) -> IngestStats:
        """Make the collection hold exactly ``passages`` (plus kinds in ``keep_kinds``)."""
        keep = set(keep_kinds)
        existing = self.ids()  # read once: a 10,000-product index has 20,000 ids
        new, vecs = self.embed_missing(passages, progress, existing)
        self.add(new, vecs)
        wanted = {p.id for p in passages}  # (the ids just added are all wanted)
        stale = [i for i in existing if i not in wanted and i.split(":", 1)[0] not in keep]
        for s in range(0, len(stale), self._batch):
            self.collection.delete(ids=stale[s : s + self._batch])
        return IngestStats(
            passages=len(passages),
            embedded=len({p.text for p in new}),
            skipped=len(passages) - len(new),
            deleted=len(stale),
        )

    def add(self, passages: Sequence[PassageDoc], vecs: np.ndarray) -> None:
        for s in range(0, len(passages), self._batch):
            chunk = passages[s : s + self._batch]
            self.collection.upsert(
                ids=[p.id for p in chunk],
                embeddings=vecs[s : s + self._batch],
                documents=[p.text for p in chunk],
                metadatas=[_meta(p) for p in chunk],
            )

    def query(
        self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, float]]:
        """(passage id, cosine similarity), best first."""
        r = self.collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["distances"]
        )
        return [(i, 1.0 - float(d)) for i, d in zip(r["ids"][0], r["distances"][0], strict=True)]

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self.collection.delete(ids=list(ids))


def _persist_dir(client: Any) -> Path | None:
    """The folder of an embedded (PersistentClient) Chroma; None for a server or in memory."""
    try:
        settings = client.get_settings()
    except AttributeError:  # not a Chroma client (a test double)
        return None
    if not getattr(settings, "is_persistent", False) or not settings.persist_directory:
        return None
    return Path(settings.persist_directory)


def _meta(p: PassageDoc) -> dict[str, str]:
    return {"sku": p.sku, "kind": p.kind, "lang": p.lang, "hash": p.hash, **p.meta}


def _from_chroma(pid: str, doc: str, meta: dict[str, Any]) -> PassageDoc:
    extra = {k: str(v) for k, v in meta.items() if k not in ("sku", "kind", "lang", "hash")}
    return PassageDoc(
        pid,
        doc,
        str(meta.get("sku", "")),
        str(meta["kind"]),
        str(meta["lang"]),
        str(meta["hash"]),
        extra,
    )
