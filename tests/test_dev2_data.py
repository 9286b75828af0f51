"""The second development set (make_dev2.py) is well formed: the outdoor shop loads with the
shapes it exists for, every labelled row names a SKU, policy and fact its shop really has, and
the files are what the generator writes."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from bot.answers.understand import make_dev2, make_suite
from bot.answers.understand.train import read_corpus
from knowledge.catalog import Policy, Product, load_catalog, load_policies
from knowledge.text import normalize

DATA = make_dev2.HERE
EXPECTS = {"price", "stock", "fact", "policy", "deals", "compare", "abstain"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _norm(s: str) -> str:
    """As bench/understanding.py compares text: no spaces, no thousands separators."""
    return re.sub(r"(?<=\d),(?=\d{3})", "", re.sub(r"\s+", "", normalize(s)))


def _listing(p: Product) -> str:
    """Everything a shopper can read about a product."""
    return " ".join([p.name, p.name_zh or "", p.brand, p.unit, *p.aliases,
                     *p.description.values(), *(f"{q.question} {q.answer}" for q in p.faq),
                     *(f"{k} {v}" for kv in p.specs.values() for k, v in kv.items())])


@pytest.fixture(scope="module")
def shops() -> dict[str, tuple[list[Product], list[Policy]]]:
    both = {**make_suite.SHOPS, **make_suite.DEV_SHOPS}
    return {name: (load_catalog(cat), load_policies(pol)) for name, (cat, pol) in both.items()}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    text = (DATA / "answers_dev2.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_outdoor_shop_is_a_dev_shop_only() -> None:
    assert "outdoor" in make_suite.DEV_SHOPS
    assert "outdoor" not in make_suite.SHOPS  # answers_dev.jsonl must not change


def test_outdoor_shop_has_the_shapes_of_a_real_shop(
        shops: dict[str, tuple[list[Product], list[Policy]]]) -> None:
    products, policies = shops["outdoor"]
    assert 10 <= len(products) <= 14
    assert {p.currency for p in products} == {"USD"}
    assert sum(p.name_zh is None and "zh" not in p.description for p in products) == 2
    assert any(p.stock == 0 for p in products)  # a sold-out product
    assert any(v.stock == 0 for p in products for v in p.variants)  # a sold-out variant
    assert len({v.price for v in next(p for p in products if p.sku == "HARNESS-EASY").variants}) == 4
    for p in products:  # HTML became text
        for text in p.description.values():
            assert "<" not in text and "&amp;" not in text, p.sku
    keys = {k for p in products for kv in p.specs.values() for k in kv}
    assert {"brightness", "runtime", "weight", "capacity", "temperature rating",
            "waterproof rating", "material", "battery", "power"} <= keys
    assert {p.topic for p in policies} == {"shipping", "returns", "warranty", "payment"}
    returns = next(p for p in policies if p.id == "returns").text["en"]
    assert "30 days" in returns and "Opened pet food cannot be returned" in returns


def test_every_row_names_what_its_shop_has(
        rows: list[dict[str, Any]],
        shops: dict[str, tuple[list[Product], list[Policy]]]) -> None:
    for row in rows:
        where = f"{row['shop']}: {row['question']!r}"
        assert row["expect"] in EXPECTS, where
        assert row["lang"] == ("zh" if CJK.search(row["question"]) else "en"), where
        products, policies = shops[row["shop"]]
        by_sku = {s: p for p in products for s in (p.sku, *(v.sku for v in p.variants))}
        for sku in [row.get("sku"), row.get("on_air"), *row.get("skus", [])]:
            assert sku is None or sku in by_sku, where
        if row["expect"] in ("price", "stock", "fact"):
            assert row.get("sku"), where
        if row["expect"] == "compare":
            assert len(row["skus"]) == 2, where
        if row["expect"] == "policy":
            assert row["policy"] in {p.id for p in policies}, where
        if row["expect"] == "fact":
            assert _norm(row["fact"]) in _norm(_listing(by_sku[row["sku"]])), where


def test_the_answer_set_has_its_mix(rows: list[dict[str, Any]]) -> None:
    n = len(rows)
    assert n >= 200
    langs = Counter(r["lang"] for r in rows)
    assert min(langs["en"], langs["zh"]) >= 0.4 * n
    assert 0.6 <= sum(r["shop"] == "outdoor" for r in rows) / n <= 0.8
    assert sum(r["expect"] == "abstain" for r in rows) >= 0.3 * n
    assert len({(r["shop"], r["question"]) for r in rows}) == n  # no row twice


def test_the_files_are_what_the_generator_writes(rows: list[dict[str, Any]]) -> None:
    assert rows == [dict(r) for r in make_dev2.answers()]
    texts, labels, on_air = read_corpus(DATA / "chat_dev2.tsv")
    assert list(zip(labels, on_air, texts, strict=True)) == make_dev2.chat(1600, seed=2026)


def test_the_chat_corpus_looks_like_a_shopping_stream() -> None:
    texts, labels, on_air = read_corpus(DATA / "chat_dev2.tsv")
    assert len(texts) >= 1500
    assert set(labels) == {0, 1} and set(on_air) == {0, 1}
    assert 0.2 <= sum(labels) / len(labels) <= 0.35
    assert all(t.strip() and "\t" not in t for t in texts)
    joined = "\n".join(texts)
    for shape in ("扣1", "666", "上车", "[doge]", "@", "上链接", "包邮吗", "Nightbot:"):
        assert shape.lower() in joined.lower(), shape
    assert sum(t.startswith("!") for t in texts) >= 10  # other bots' commands
