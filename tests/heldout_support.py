"""What the held-out data tests (tests/test_heldout5_data.py to test_heldout11_data.py) check alike:
every answer row well formed against its shop's listing and policies, and the chat corpus's
shape. Each set's own test keeps its shop and mix."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from bot.answers.understand.train import read_corpus
from knowledge.catalog import Policy, Product, load_catalog, load_policies
from knowledge.text import normalize

EXPECTS = {"price", "stock", "fact", "policy", "deals", "compare", "abstain"}
CJK = re.compile(r"[\u4e00-\u9fff]")
Shops = dict[str, tuple[dict[str, Product], list[Policy]]]


def norm(s: str) -> str:
    """bench/understanding.py's `_norm`: the text a `fact` is looked for in."""
    return re.sub(r"(?<=\d),(?=\d{3})", "", re.sub(r"\s+", "", normalize(s)))


def listing(p: Product) -> str:
    """Everything a product's listing says, as `norm` reads it."""
    parts = [p.name, p.name_zh or "", *p.aliases, *p.description.values(),
             *(f"{q.question} {q.answer}" for q in p.faq),
             *(f"{k} {v}" for kv in p.specs.values() for k, v in kv.items()),
             *(v.title for v in p.variants)]
    return norm(" ".join(parts))


def load_rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def load_shops(paths: Mapping[str, tuple[Path, Path]]) -> Shops:
    return {name: ({p.sku: p for p in load_catalog(cat)}, load_policies(pol))
            for name, (cat, pol) in paths.items()}


def check_answer_rows(rows: list[dict[str, object]], shops: Shops, at_least: int = 350) -> None:
    """At least `at_least` rows; each names a known shop, expectation, SKU, policy; a `fact` is
    the listing's text."""
    assert len(rows) >= at_least
    for row in rows:
        where = f"{row['shop']}: {row['question']!r}"
        assert row["shop"] in shops, where
        assert row["expect"] in EXPECTS, where
        q = row["question"]
        assert isinstance(q, str) and q.strip(), where
        assert row["lang"] == ("zh" if CJK.search(q) else "en"), where
        products, policies = shops[str(row["shop"])]
        skus = {s for p in products.values() for s in [p.sku, *(v.sku for v in p.variants)]}
        assert row["on_air"] is None or row["on_air"] in products, where
        if row["expect"] in ("price", "stock", "fact"):
            assert row.get("sku") in skus, where
        if row["expect"] == "compare":
            both = row["skus"]
            assert isinstance(both, list) and len(both) == 2 and set(both) <= skus, where
        if row["expect"] == "policy":
            assert row["policy"] in {p.id for p in policies}, where
        if row["expect"] == "abstain" and row.get("sku"):
            assert row["sku"] in products, where
        if row["expect"] == "fact":
            fact, sku = str(row["fact"]), str(row["sku"])
            product = products.get(sku) or next(p for p in products.values()
                                                if sku in {v.sku for v in p.variants})
            assert fact.strip() and norm(fact) in listing(product), where


def check_mix(rows: list[dict[str, object]], shops: Collection[str], new_shop: str,
              earlier: Collection[str], price_sku: str, stock_sku: str) -> None:
    """A set's mix of questions: 30 %+ must-abstain, 40-60 % Chinese, 20-30 % in its `new_shop`
    (a price ask of `price_sku` and a stock ask of `stock_sku` among them), every shop of
    `shops` and every expect kind asked, 80+ questions (10+ each) on the `earlier` held-out
    shops, some with a product on air."""
    assert sum(r["expect"] == "abstain" for r in rows) / len(rows) >= 0.30
    assert 0.4 <= sum(r["lang"] == "zh" for r in rows) / len(rows) <= 0.6
    assert 0.2 <= sum(r["shop"] == new_shop for r in rows) / len(rows) <= 0.3
    assert {r["shop"] for r in rows} == set(shops)
    assert sum(r["shop"] in earlier for r in rows) >= 80
    assert all(sum(r["shop"] == s for r in rows) >= 10 for s in earlier)
    assert {r["expect"] for r in rows} == EXPECTS
    new = [r for r in rows if r["shop"] == new_shop]
    assert any(r["expect"] == "price" and r["sku"] == price_sku for r in new)
    assert any(r["expect"] == "stock" and r["sku"] == stock_sku for r in new)
    assert any(r["on_air"] for r in rows)  # deictic asks


def check_chat(path: Path) -> None:
    """At least 1,500 unique lines, 18-27 % shop asks, both on-air states, 400+ in Chinese."""
    texts, labels, on_air = read_corpus(path)
    assert len(texts) >= 1500
    assert set(labels) == {0, 1} and set(on_air) == {0, 1}
    assert 0.18 <= sum(labels) / len(labels) <= 0.27
    assert all(t.strip() and "\t" not in t for t in texts)
    assert len(set(texts)) == len(texts)
    assert sum(bool(CJK.search(t)) for t in texts) >= 400


def check_unique(chat: Path, rows: list[dict[str, object]], generator: Any) -> None:
    """No question twice, and no chat line or question of the set (`chat`, `rows`) equal to one
    of another set, as the set's own `generator` keys and lists them (`_key`, `_existing`)."""
    texts, _, _ = read_corpus(chat)
    lines = [generator._key(t) or t for t in texts]
    questions = [generator._key(str(r["question"])) for r in rows]
    assert len(set(questions)) == len(questions)
    assert not (set(lines) | set(questions)) & generator._existing()
