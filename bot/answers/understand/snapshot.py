"""Per-catalog memo: the understanding layer's indexes are built once per catalog snapshot.

An ingest swaps in a new catalog dict (never mutates one), so a snapshot is known by identity.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")
KEEP = 8  # snapshots kept at once: a show has one; tests make many


def per_catalog(build: Callable[[Mapping[str, Any]], T]) -> Callable[[Mapping[str, Any]], T]:
    """`build(catalog)`, memoised per catalog object (identity, not equality)."""
    memo: dict[int, tuple[Mapping[str, Any], T]] = {}

    def get(catalog: Mapping[str, Any]) -> T:
        hit = memo.get(id(catalog))
        if hit is not None and hit[0] is catalog:
            return hit[1]
        if len(memo) > KEEP:
            memo.clear()
        value = build(catalog)
        memo[id(catalog)] = (catalog, value)
        return value

    return get
