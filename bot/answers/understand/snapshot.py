"""Per-catalog memo: the understanding layer's indexes are built once per catalog snapshot, and
for a big catalog once per catalog content (kept on disk between starts).

An ingest swaps in a new catalog dict (never mutates one), so a snapshot is known by identity.
Building the name index and the answerability tables of a 10,000-product catalog costs ~0.8 s
of CPU (every name, spec and FAQ tokenised); a restarted show loads them back in tens of
milliseconds instead. A stored copy is ``understand-<name>-<key>.pickle`` in the validated
catalogs' cache folder (`knowledge.catalog_cache.cache_dir`), ``key`` hashing everything the
indexes are built from (each product's names, brand, category, tags, descriptions, FAQ, specs
and options) and the code that builds them, so a changed catalog or a changed builder never
meets an old copy. Its first line holds the SHA-256 of the rest: a copy cut short or edited is
reported in one log line and rebuilt, never unpickled.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
KEEP = 8  # snapshots kept at once: a show has one; tests make many
MIN_PRODUCTS = 500  # below this, building is quicker than reading a stored copy is worth
FORMAT = 1  # bump when the layout of a stored copy changes
STORED_PER_NAME = 4  # stored copies kept per index (other catalogs, other versions)
log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
_code_key: str | None = None


def _code() -> str:
    """The source the indexes are built by: this package and `knowledge.text` / the retriever
    (the tokenisers and name keys it uses)."""
    global _code_key
    if _code_key is None:
        from knowledge import retriever, text

        digest = hashlib.sha256(f"{FORMAT}".encode())
        for path in [*sorted(_HERE.glob("*.py")), Path(text.__file__), Path(retriever.__file__)]:
            digest.update(path.name.encode() + path.read_bytes())
        _code_key = digest.hexdigest()
    return _code_key


def catalog_key(catalog: Mapping[str, Any]) -> str:
    """24 hex digits of SHA-256 over what the indexes read of each product (in order) and the
    code that reads it. ``catalog``: SKU → `knowledge.Product`."""
    digest = hashlib.sha256(_code().encode())
    for sku, p in catalog.items():
        fields = [sku, p.name, p.name_zh, list(p.aliases), p.brand, p.category, list(p.tags),
                  p.description, [(q.question, q.answer, q.lang) for q in p.faq], p.specs,
                  p.options]
        digest.update(json.dumps(fields, ensure_ascii=False, default=str).encode() + b"\x1e")
    return digest.hexdigest()[:24]


def store_dir() -> Path:
    """Where stored copies live: the validated catalogs' cache (``$HAWKER_CACHE_DIR``, else
    ``~/.cache/hawker/catalogs``)."""
    from knowledge.catalog_cache import cache_dir

    return cache_dir()


def _path(name: str, key: str) -> Path:
    return store_dir() / f"understand-{name}-{key}.pickle"


def _header(payload: bytes) -> bytes:
    return f"HAWKER-UNDERSTAND {FORMAT} {hashlib.sha256(payload).hexdigest()}\n".encode()


def load(name: str, key: str) -> Any | None:
    """The stored copy of index ``name`` for ``key``, or None (none, or damaged: one warning
    line, the file removed)."""
    path = _path(name, key)
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    header, _, payload = blob.partition(b"\n")
    try:
        if header + b"\n" != _header(payload):
            raise ValueError("damaged or from another version")
        value = pickle.loads(payload)  # noqa: S301 (our own file, its digest checked above)
    except Exception as err:  # noqa: BLE001 (any damage means the same thing: rebuild)
        log.warning("the stored understanding index %s is unreadable (%s): rebuilding it",
                    path, err)
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by the pruning in `save`
    return value


def save(name: str, key: str, value: object) -> None:
    """Store ``value`` for ``key`` atomically (a temporary file renamed into place) and prune
    this index's least recently used copies. A read-only or full disk: one warning line."""
    path = _path(name, key)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(_header(payload) + payload)
        os.replace(tmp, path)
        stored = sorted(path.parent.glob(f"understand-{name}-*.pickle"),
                        key=lambda p: p.stat().st_mtime)
        for old in stored[:-STORED_PER_NAME]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError) as err:  # the show goes on, rebuilt next time
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        log.warning("could not store the understanding index in %s: %s", path.parent, err)


_keys: dict[int, tuple[Mapping[str, Any], str]] = {}


def _key_of(catalog: Mapping[str, Any]) -> str:
    """`catalog_key`, once per catalog object (the name index and the tables share it)."""
    hit = _keys.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    if len(_keys) > KEEP:
        _keys.clear()
    key = catalog_key(catalog)
    _keys[id(catalog)] = (catalog, key)
    return key


def per_catalog(build: Callable[[Mapping[str, Any]], T],
                stored: str | None = None) -> Callable[[Mapping[str, Any]], T]:
    """`build(catalog)`, memoised per catalog object (identity, not equality). With a
    ``stored`` name, a catalog of at least MIN_PRODUCTS products is also kept on disk under
    that name and loaded back by a later process (see the module docstring)."""
    memo: dict[int, tuple[Mapping[str, Any], T]] = {}

    def get(catalog: Mapping[str, Any]) -> T:
        hit = memo.get(id(catalog))
        if hit is not None and hit[0] is catalog:
            return hit[1]
        if len(memo) > KEEP:
            memo.clear()
        value: T | None = None
        key = _key_of(catalog) if stored and len(catalog) >= MIN_PRODUCTS else None
        if stored and key:
            value = load(stored, key)
        if value is None:
            value = build(catalog)
            if stored and key:
                save(stored, key, value)
        memo[id(catalog)] = (catalog, value)
        return value

    return get
