"""The retriever's lexical indexes on disk, so a restarted show does not rebuild them.

Building the name index and the two BM25 indexes of a 10,000-product catalog takes seconds
(tokenising every name and passage); loading them back takes tens of milliseconds. A stored
copy is a folder ``lexicon-<collection>-<key>/`` beside the Chroma index, where ``key`` hashes
everything the indexes are built from (the catalog's names and passages, and the code that
tokenises them), so a changed catalog or a changed tokeniser never meets an old copy:

* ``lexicon.json``: ``{"format", "key", "counts", "data"}``, ``data`` any JSON the caller keeps;
* ``<name>/``: each BM25 index, in bm25s' own format (`bm25s.BM25.save`: NumPy arrays, JSON
  vocabulary; no pickle).

Writes go to a temporary folder renamed into place, so a reader sees a whole copy or none. A
copy that cannot be read (cut short, edited, from another version) is reported in one log line
and the caller rebuilds; nothing here raises for a bad copy.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s

FORMAT = 1  # bump when the layout of a stored copy changes
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Stored:
    """One stored copy: ``data`` (the caller's JSON) and the BM25 indexes by name (None where
    the caller stored none, e.g. an empty catalog)."""

    data: Any
    indexes: dict[str, bm25s.BM25 | None]


def folder(cache_dir: Path, collection: str, key: str) -> Path:
    """Where the copy for ``key`` lives (it may not exist)."""
    return Path(cache_dir) / f"lexicon-{collection}-{key}"


def load(cache_dir: Path, collection: str, key: str, counts: Mapping[str, int]) -> Stored | None:
    """The stored copy for ``key``, or None when there is none or it is unreadable (one
    warning line). ``counts``: sizes the copy must have been saved with (e.g. documents per
    index), checked so a copy that does not match its key is never used."""
    where = folder(cache_dir, collection, key)
    manifest_path = where / "lexicon.json"
    if not manifest_path.exists():
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT or manifest.get("key") != key:
            raise ValueError("written by another version")
        if manifest.get("counts") != dict(counts):
            raise ValueError(f"sizes {manifest.get('counts')} instead of {dict(counts)}")
        indexes: dict[str, bm25s.BM25 | None] = {}
        for name, docs in manifest["indexes"].items():
            if docs is None:
                indexes[name] = None
                continue
            model = bm25s.BM25.load(where / name)
            if model.scores["num_docs"] != docs:
                raise ValueError(f"index {name} has {model.scores['num_docs']} documents, not {docs}")
            indexes[name] = model
        return Stored(manifest["data"], indexes)
    except Exception as err:  # noqa: BLE001 (any damage means the same thing: rebuild)
        log.warning("the stored retrieval index %s is unreadable (%s): rebuilding it", where, err)
        return None


def save(cache_dir: Path, collection: str, key: str, counts: Mapping[str, int], data: Any,
         indexes: Mapping[str, bm25s.BM25 | None]) -> Path | None:
    """Store a copy for ``key`` (atomically) and remove this collection's copies for other
    keys. Returns its folder, or None when it could not be written (logged; the caller goes
    on with what it built)."""
    target = folder(cache_dir, collection, key)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for name, model in indexes.items():
            if model is not None:
                model.save(tmp / name, show_progress=False)
        manifest = {
            "format": FORMAT,
            "key": key,
            "counts": dict(counts),
            "indexes": {n: (None if m is None else int(m.scores["num_docs"]))
                        for n, m in indexes.items()},
            "data": data,
        }
        # Written last: a folder without it is never read (see `load`).
        (tmp / "lexicon.json").write_text(json.dumps(manifest, ensure_ascii=False),
                                          encoding="utf-8")
        if target.exists():  # an unreadable copy under the same key
            shutil.rmtree(target, ignore_errors=True)
        os.replace(tmp, target)
    except OSError as err:  # a full disk, a read-only folder, another process just wrote it
        shutil.rmtree(tmp, ignore_errors=True)
        if (target / "lexicon.json").exists():
            return target
        log.warning("could not store the retrieval index in %s: %s", target, err)
        return None
    for old in Path(cache_dir).glob(f"lexicon-{collection}-*"):
        if old != target and not old.name.endswith(".tmp"):
            shutil.rmtree(old, ignore_errors=True)
    return target
