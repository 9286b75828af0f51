"""Each exported catalog, ingested end to end (real Chroma, MiniLM) and asked about through the
real answer path: a variant, an untracked product, a product on sale, the options."""

from __future__ import annotations

import asyncio
import functools
import tempfile
from pathlib import Path

import pytest
from answers_support import persona
from knowledge_shared import FIXTURES, embedder

from bot.answers import AnswerService
from bot.clock import FakeClock
from bot.outbox import Outbox
from bot.questions import QuestionQueue
from knowledge import ImportOptions, KnowledgeBase
from knowledge.index import PassageIndex, connect

CATALOGS = FIXTURES / "catalogs"


@functools.cache
def service(name: str, currency: str | None = None) -> AnswerService:
    kb = KnowledgeBase(PassageIndex(connect(tempfile.mkdtemp(prefix="hawker-imp-")), embedder()),
                       embedder())
    report = kb.ingest(CATALOGS / name, options=ImportOptions(currency=currency))
    assert report.ok, report.errors
    clock = FakeClock()
    return AnswerService(kb, persona(), Outbox(clock), clock, QuestionQueue())


def ask(name: str, question: str, currency: str | None = "USD") -> str:
    return asyncio.run(service(name, currency).answer(question)).text


@pytest.mark.parametrize(("question", "says", "never"), [
    # a variable product's options, all of them
    ("what colours does the v-neck come in?", ["Red", "Green", "Blue"], []),
    # "Hoodie with Logo" ($45), not the plain Hoodie (from $42)
    ("how much is the logo hoodie?", ["$45.00"], ["$42.00"]),
    # empty Stock, "In stock?" 1: not tracked, so not sold out
    ("how much is the belt?", ["$55.00", "$65.00"], ["sold out"]),
    ("how much is the beanie?", ["$18.00", "$20.00", "10%"], []),
    # a variation's own price
    ("how much is the green hoodie?", ["$45.00"], ["$42.00"]),
])
def test_woocommerce_export(question: str, says: list[str], never: list[str]) -> None:
    text = ask("woocommerce_products.csv", question)
    assert all(s in text for s in says), text
    assert not any(n in text for n in never), text


@pytest.mark.parametrize(("question", "says", "never"), [
    ("how much is the logo hoodie?", ["$45.00"], ["$40.00"]),
    ("how much is the canvas belt?", ["$55.00"], ["sold out"]),
    ("how much is the zipped jacket?", ["$65.00", "$80.00"], []),
    ("what colors does the v-neck t-shirt come in?", ["Red", "Green", "Blue"], []),
    # compare-at below price: no discount claimed
    ("how much is the striped silk blouse?", ["$50.00"], ["$45.00", "off"]),
])
def test_shopify_csv_export(question: str, says: list[str], never: list[str]) -> None:
    text = ask("shopify_products.csv", question)
    assert all(s in text for s in says), text
    assert not any(n in text for n in never), text


def test_shopify_api_json_variant_and_untracked() -> None:
    green = ask("shopify_products.json", "how much is the green ipod nano?", None)
    assert "$179.00" in green and "$199.00" not in green
    touch = ask("shopify_products.json", "is the ipod touch in stock?", None)
    assert "sold out" not in touch and "$199.00" in touch
    black = ask("shopify_products.json", "how much is the black ipod nano?", None)
    assert "sold out" in black  # tracked and zero: the one case that is sold out


def test_gbk_listing_answers_in_yuan() -> None:
    text = ask("tmall_listing_gbk.csv", "三只松鼠坚果礼盒多少钱？", None)
    assert "¥27.90" in text and "¥39.90" in text


def test_native_catalog_without_stock_is_not_sold_out() -> None:
    text = ask("hawker_native.yaml", "how much is the belt?", None)
    assert "¥55.00" in text and "sold out" not in text.lower()


def test_bad_file_changes_nothing(tmp_path: Path) -> None:
    kb = KnowledgeBase(PassageIndex(connect(tmp_path / "chroma"), embedder()), embedder())
    assert kb.ingest(CATALOGS / "hawker_native.yaml").ok
    before = set(kb.catalog)
    bad = tmp_path / "export.csv"
    bad.write_bytes("Handle,Title,Variant Price\nmug,Crème,9\n".encode("cp1252"))
    report = kb.ingest(bad)
    assert report.errors == ["export.csv:2: not UTF-8 or GB18030 text (looks like "
                             + report.errors[0].split("looks like ", 1)[1]]
    assert set(kb.catalog) == before and "tee-m" in kb.facts


def test_hawker_ingest_format_flag_and_warnings(tmp_path: Path, capsys) -> None:
    from bot.cli import main

    examples = Path(__file__).resolve().parents[1] / "bot" / "examples"
    toml = tmp_path / "hawker.toml"
    toml.write_text(f'[show]\npersona = "{examples / "persona.yaml"}"\n'
                    '[knowledge]\nchroma_path = "chroma"\ncurrency = "USD"\n', encoding="utf-8")
    woo = str(CATALOGS / "woocommerce_products.csv")
    assert main(["ingest", woo, "--format", "woocommerce", "--config", str(toml)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("7 products,")
    assert "woocommerce_products.csv:13: warning: Stock: negative stock -2" in err
    assert "currency" not in err  # the config named it
    # forced to the wrong importer: one clear error per problem, nothing ingested
    assert main(["ingest", woo, "--format", "shopify-csv", "--config", str(toml)]) == 1
    _, err = capsys.readouterr()
    assert "nothing was ingested" in err and "Traceback" not in err
