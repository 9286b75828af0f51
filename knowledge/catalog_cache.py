"""Validated catalogs remembered between loads, in the process and on disk.

Validating a 10,000-product catalog (pydantic, money and stock parsing, warnings) takes
seconds, and a show loads its catalog twice at start (the question detector, then the index)
and again after every restart. What validation returns depends only on the importer's records
(which already hold what the clock decides, e.g. a WooCommerce scheduled sale), the file's
name, the import options and the code, so a hash of those keys the result:

* in the process, the last few results (each load gets its own copy: products are mutable);
* on disk, catalogs of at least `MIN_RECORDS` records (smaller ones validate in milliseconds)
  under ``$HAWKER_CACHE_DIR`` (default ``$XDG_CACHE_HOME/hawker/catalogs``, i.e.
  ``~/.cache/hawker/catalogs``), the newest `KEEP` files.

A file is ``HAWKER-CATALOG <format> <sha256 of the payload>\\n`` and a pickle of (products,
warnings). The checksum is verified before anything is unpickled, so a file cut short or
edited is reported in one log line and the catalog validated again. The folder is the user's
own cache (like pip's), trusted as the installed code is.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalog import CatalogIssue, ImportOptions, Product, Record

FORMAT = 1
MIN_RECORDS = 500  # below this, validating is quicker than reading a cached copy is worth
KEEP = 8  # cached catalogs on disk
MEMO = 4  # results kept in the process
log = logging.getLogger(__name__)

_memo: OrderedDict[str, bytes] = OrderedDict()
_lock = threading.Lock()
_code_key: str | None = None

Validate = Callable[[list["CatalogIssue"]], list["Product"]]


def cache_dir() -> Path:
    """``$HAWKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/hawker/catalogs`` (default
    ``~/.cache/hawker/catalogs``)."""
    explicit = os.environ.get("HAWKER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "hawker" / "catalogs"


def _code() -> str:
    """What validation's result depends on besides its input: every module of the
    `knowledge` package (models, parsers, importers) and pydantic's version."""
    global _code_key
    if _code_key is None:
        import pydantic

        digest = hashlib.sha256(f"{FORMAT} {pydantic.VERSION}".encode())
        root = Path(__file__).resolve().parent
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
        _code_key = digest.hexdigest()
    return _code_key


def records_key(file: str, records: list[Record], options: ImportOptions) -> str:
    """32 hex digits of SHA-256 over the records (data, lines, column labels, currency), the
    file name (it is in every warning), the options and the code."""
    digest = hashlib.sha256(_code().encode())
    head = [file, options.currency, sorted(options.columns.items()), options.now]
    digest.update(json.dumps(head, default=repr).encode())
    for r in records:
        item = [r.data, r.line, sorted(map(repr, r.lines.items())),
                sorted(map(repr, r.labels.items())), r.currency]
        digest.update(json.dumps(item, ensure_ascii=False, default=repr).encode() + b"\x1e")
    return digest.hexdigest()[:32]


def validated(file: str, records: list[Record], options: ImportOptions,
              warnings: list[CatalogIssue] | None, validate: Validate) -> list[Product]:
    """``validate(warnings_list)``'s products for these records, from the process memo or the
    disk cache when the same records were validated before (with the same warnings appended
    to ``warnings``). Errors (`CatalogError`) are never cached: they are raised each time."""
    key = records_key(file, records, options)
    with _lock:
        payload = _memo.get(key)
        if payload is not None:
            _memo.move_to_end(key)
    if payload is None and len(records) >= MIN_RECORDS:
        payload = _read(key)
    if payload is not None:
        products, notes = pickle.loads(payload)
    else:
        notes = []
        products = validate(notes)
        payload = pickle.dumps((products, notes), protocol=pickle.HIGHEST_PROTOCOL)
        if len(records) >= MIN_RECORDS:
            _write(key, payload)
    with _lock:
        _memo[key] = payload
        while len(_memo) > MEMO:
            _memo.popitem(last=False)
    if warnings is not None:
        warnings.extend(notes)
    return list(products)


def _path(key: str) -> Path:
    return cache_dir() / f"{key}.catalog"


def _read(key: str) -> bytes | None:
    path = _path(key)
    try:
        blob = path.read_bytes()
    except OSError:
        return None  # not cached (or unreadable: validated again, as if it were not)
    header, _, payload = blob.partition(b"\n")
    expected = f"HAWKER-CATALOG {FORMAT} {hashlib.sha256(payload).hexdigest()}".encode()
    if header != expected:
        log.warning("the cached catalog %s is damaged or from another version: validating the "
                    "catalog again", path)
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by the pruning in `_write`
    return payload


def _write(key: str, payload: bytes) -> None:
    path = _path(key)
    header = f"HAWKER-CATALOG {FORMAT} {hashlib.sha256(payload).hexdigest()}\n".encode()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(header + payload)
        os.replace(tmp, path)
        cached = sorted(path.parent.glob("*.catalog"), key=lambda p: p.stat().st_mtime)
        for old in cached[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError as err:  # a read-only home, a full disk: the show goes on uncached
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        log.warning("could not cache the validated catalog in %s: %s", path.parent, err)


def clear_memo() -> None:
    """Forget the in-process results (tests; the disk cache is left as it is)."""
    with _lock:
        _memo.clear()
