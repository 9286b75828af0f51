"""The understanding layer's per-catalog indexes are kept on disk for a big catalog, so a
restarted show loads them instead of rebuilding them (start-up time, issue 18): keyed by the
catalog's content, the same answers either way, and safe against a damaged or unwritable copy."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.answers.understand import snapshot
from bot.answers.understand.answerable import Answerability
from bot.answers.understand.resolve import NameIndex
from bot.examples import sample_dir
from knowledge import Product
from knowledge.catalog import load_catalog

QUESTIONS = ("how much is the beef shank", "is the air fryer 6L?", "how much is the gaming chair",
             "牛腱子多少钱", "有苹果手机吗", "what's in the spicy jerky")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty store folder; every catalog counts as big."""
    monkeypatch.setenv("HAWKER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(snapshot, "MIN_PRODUCTS", 1)
    yield tmp_path / "cache"


def _catalog() -> dict[str, Product]:
    """A fresh catalog snapshot (a new object each time, as after a restart)."""
    return {p.sku: p for p in load_catalog(sample_dir() / "catalog.yaml")}


def _counting(build: type[Any]) -> tuple[list[int], Any]:
    calls: list[int] = []

    def counted(catalog: Mapping[str, Any]) -> Any:
        calls.append(1)
        return build(catalog)

    return calls, counted


def _answers(index: NameIndex) -> list[Any]:
    return [(index.spans(q), index.foreign(q)) for q in QUESTIONS]


def test_a_restart_loads_the_indexes_and_answers_the_same(store: Path) -> None:
    calls, build = _counting(NameIndex)
    built = snapshot.per_catalog(build, stored="names")(_catalog())
    assert len(list(store.glob("understand-names-*.pickle"))) == 1
    restarted = snapshot.per_catalog(build, stored="names")  # a new process's memo
    loaded = restarted(_catalog())
    assert calls == [1]  # built once, loaded after
    assert _answers(loaded) == _answers(built) == _answers(NameIndex(_catalog()))
    assert loaded.vocab == built.vocab and loaded.partial == built.partial

    a_calls, a_build = _counting(Answerability)
    first = snapshot.per_catalog(a_build, stored="answerable")(_catalog())
    again = snapshot.per_catalog(a_build, stored="answerable")(_catalog())
    assert a_calls == [1] and again.idf == first.idf and again.units == first.units


def test_a_changed_catalog_is_rebuilt_not_served_an_old_copy(store: Path) -> None:
    calls, build = _counting(NameIndex)
    snapshot.per_catalog(build, stored="names")(_catalog())
    changed = _catalog()
    sku = next(iter(changed))
    changed[sku] = changed[sku].model_copy(update={"aliases": ["moon rock"]})
    index = snapshot.per_catalog(build, stored="names")(changed)
    assert calls == [1, 1]
    assert [s for _, _, s in index.spans("how much is the moon rock")] == [sku]


@pytest.mark.parametrize("damage", [
    lambda b: b[: len(b) // 2],  # cut short
    lambda b: b[:-10] + b"0123456789",  # edited
    lambda b: b"",  # empty
    lambda b: b.replace(b"HAWKER-UNDERSTAND 1", b"HAWKER-UNDERSTAND 0", 1),  # another version
])
def test_a_damaged_copy_is_reported_and_rebuilt(store: Path, damage: Any,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    calls, build = _counting(NameIndex)
    snapshot.per_catalog(build, stored="names")(_catalog())
    (path,) = store.glob("understand-names-*.pickle")
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.WARNING):
        index = snapshot.per_catalog(build, stored="names")(_catalog())
    assert calls == [1, 1]
    assert "unreadable" in caplog.text and str(path) in caplog.text
    assert _answers(index) == _answers(NameIndex(_catalog()))
    assert path.read_bytes().startswith(b"HAWKER-UNDERSTAND")  # stored again, whole


def test_an_unwritable_store_still_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HAWKER_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(snapshot, "MIN_PRODUCTS", 1)
    with caplog.at_level(logging.WARNING):
        index = snapshot.per_catalog(NameIndex, stored="names")(_catalog())
    assert "could not store" in caplog.text
    assert _answers(index) == _answers(NameIndex(_catalog()))


def test_a_small_catalog_is_not_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAWKER_CACHE_DIR", str(tmp_path / "cache"))
    snapshot.per_catalog(NameIndex, stored="names")(_catalog())  # 8-odd products: milliseconds
    assert not (tmp_path / "cache").exists()
