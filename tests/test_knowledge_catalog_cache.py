"""Validated catalogs remembered per content (`knowledge.catalog_cache`): a second load of the
same catalog does not validate again (in the process, and across restarts for big catalogs),
returns equal but independent products and the same warnings, and any change to what
validation depends on (the file, the clock's sale window, the options) validates again."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import knowledge.catalog as catalog
from knowledge import CatalogError, ImportOptions, catalog_cache, load_catalog

HEADER = "sku,name,price,stock,description\n"


def _rows(n: int, price: str = "12.50") -> str:
    # Row 2 has a negative stock: a warning (clamped) that must come back from the cache too.
    rows = [f"SKU-{i},Jasmine rice No. {i},{price},{-3 if i == 2 else i},"
            f'"Rice No. {i}: fragrant. Packed on the day."' for i in range(n)]
    return HEADER + "\n".join(rows) + "\n"


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[int]]:
    """Counts real validations (catalog.validate_records calls); the disk cache in tmp_path;
    the process memo emptied before and after."""
    calls: list[int] = []
    real = catalog.validate_records

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog, "validate_records", counting)
    monkeypatch.setenv("HAWKER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(catalog_cache, "MIN_RECORDS", 5)
    catalog_cache.clear_memo()
    yield calls
    catalog_cache.clear_memo()


def _load(path: Path, **kw: object) -> tuple[list[catalog.Product], list[str]]:
    warnings: list[catalog.CatalogIssue] = []
    products = load_catalog(path, warnings=warnings, **kw)  # type: ignore[arg-type]
    return products, [str(w) for w in warnings]


def test_a_second_load_in_the_process_does_not_validate_again(
    tmp_path: Path, validations: list[int]
) -> None:
    path = tmp_path / "small.csv"
    path.write_text(_rows(3))  # under MIN_RECORDS: memo only, nothing on disk
    first, warned = _load(path)
    again, warned_again = _load(path)
    assert len(validations) == 1
    assert again == first and warned_again == warned and any("stock" in w for w in warned)
    assert again[0] is not first[0]  # products are mutable: each load gets its own
    again[0].aliases.append("changed")
    assert _load(path)[0] == first
    assert not (tmp_path / "cache").exists()


def test_a_restart_reads_a_big_catalog_from_the_disk_cache(
    tmp_path: Path, validations: list[int]
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(_rows(40))
    first, warned = _load(path)
    assert len(list((tmp_path / "cache").glob("*.catalog"))) == 1
    catalog_cache.clear_memo()  # a new process
    again, warned_again = _load(path)
    assert len(validations) == 1
    assert again == first and warned_again == warned


def test_any_change_validates_again(tmp_path: Path, validations: list[int]) -> None:
    path = tmp_path / "big.csv"
    path.write_text(_rows(40))
    _load(path)
    path.write_text(_rows(40, price="13.50"))
    changed, _ = _load(path)
    assert len(validations) == 2 and changed[0].price == Decimal("13.50")
    _load(path, options=ImportOptions(currency="USD"))  # the options are part of the key
    assert len(validations) == 3
    renamed = tmp_path / "other.csv"  # the file's name is in every warning
    renamed.write_text(path.read_text())
    _, warned = _load(renamed)
    assert len(validations) == 4 and all(w.startswith("other.csv") for w in warned)


def test_a_scheduled_sale_follows_the_clock_not_the_cache(
    tmp_path: Path, validations: list[int]
) -> None:
    """WooCommerce's sale window is decided by the importer at load time: a cached result
    from before the sale started must not hide it."""
    path = tmp_path / "woo.csv"
    path.write_text('Type,SKU,Name,Published,"Regular price","Sale price",'
                    '"Date sale price starts"\n'
                    "simple,TEA-1,Green tea,1,20.00,15.00,2030-01-01\n")
    before, _ = _load(path, options=ImportOptions(now=1_800_000_000.0))  # 2027: not yet
    during, _ = _load(path, options=ImportOptions(now=1_900_000_000.0))  # 2030: on sale
    assert (before[0].price, during[0].price) == (Decimal("20.00"), Decimal("15.00"))


def test_a_bad_catalog_is_refused_every_time(tmp_path: Path, validations: list[int]) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(_rows(40).replace("SKU-7,Jasmine rice No. 7,12.50", "SKU-7,,twelve"))
    for _ in range(2):
        with pytest.raises(CatalogError, match="bad.csv:9"):
            _load(path)
    assert len(validations) == 2 and not list((tmp_path / "cache").glob("*.catalog"))


def test_a_damaged_cache_file_is_validated_again_with_one_log_line(
    tmp_path: Path, validations: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(_rows(40))
    first, _ = _load(path)
    (cached,) = (tmp_path / "cache").glob("*.catalog")
    blob = cached.read_bytes()
    cached.write_bytes(blob[: len(blob) // 2])
    catalog_cache.clear_memo()
    with caplog.at_level(logging.WARNING, logger="knowledge.catalog_cache"):
        again, _ = _load(path)
    assert again == first and len(validations) == 2
    (line,) = [r.getMessage() for r in caplog.records if r.name == "knowledge.catalog_cache"]
    assert str(cached) in line and "validating the catalog again" in line
    catalog_cache.clear_memo()
    assert _load(path)[0] == first and len(validations) == 2  # written again, whole


def test_an_unwritable_cache_folder_still_loads(
    tmp_path: Path, validations: list[int], monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HAWKER_CACHE_DIR", str(blocker / "cache"))
    path = tmp_path / "big.csv"
    path.write_text(_rows(40))
    with caplog.at_level(logging.WARNING, logger="knowledge.catalog_cache"):
        products, _ = _load(path)
    assert len(products) == 40 and "could not cache" in caplog.text
