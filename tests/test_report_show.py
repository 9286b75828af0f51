"""The post-show report of a real show: the sample show's fast demo run through the real
pipeline (`hawker demo --fast`), shop orders applied by the real shop webhook code, then
`hawker report`. Its figures are checked against the store, its verify lines are run, and the
page is opened in a real headless Chromium to check that every plot was drawn."""

from __future__ import annotations

import json
import random
import re
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.examples import sample_dir
from bot.persona import Persona
from bot.report import render_report
from bot.report.data import ProductName, product_names
from bot.store import Store
from knowledge.catalog import load_catalog
from knowledge.facts import Facts
from plugins.webhooks.models import OrderEvent
from plugins.webhooks.shop import ShopEvents
from tests.test_report import ASKED, At, question, text_of

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
DEAL = re.compile(r"^(seg:\d+:on|promo:[^:]+:start)$")


def entries(store: Store, kind: str) -> list[dict[str, Any]]:
    return [e for e in store.audit_entries() if e["kind"] == kind]


def sell(state: Path, names: dict[str, ProductName]) -> list[tuple[str, int]]:
    """Orders after each deal the show announced, applied by the shop webhook's ShopEvents
    (as the server does, inside a transaction) at show time; returns (sku, quantity) sold."""
    products = load_catalog(sample_dir() / "catalog.yaml")
    facts = Facts([f for p in products for f in (p.facts(), *p.variant_facts())])
    clock = At()
    store = Store(state / "hawker.db", clock=clock)
    shop = ShopEvents(facts, clock, store=store)  # type: ignore[arg-type]
    rnd = random.Random(19)
    sold = []
    for n, deal in enumerate(e for e in entries(store, "show.announce")
                             if DEAL.match(e["detail"]["key"])):
        skus = [s for s in names if names[s].en in deal["detail"]["text"]]
        for k in range(rnd.randint(2, 6)):
            sku, quantity = rnd.choice(skus), rnd.randint(1, 3)
            clock.t = deal["at"] + 5 + k * rnd.uniform(5, 40)
            event = OrderEvent(id=f"order-{n}-{k}", type="order", sku=sku, quantity=quantity)
            shop.check(event)
            with store.transaction():
                shop.apply(event)
            sold.append((sku, quantity))
    if not entries(store, "question"):
        # Until the answer service records questions (the console's branch), the contract's
        # records are written at the times the demo's viewers asked.
        for i, sent in enumerate(entries(store, "bot.sent")):
            d = sent["detail"]
            if d.get("priority") == "ANSWER" and d.get("question"):
                question(store, clock, sent["at"], f"viewer{i}", d["question"], "answered",
                         sku=d.get("sku"), latency_ms=40.0 + 7 * i)
        for i, (sku, text) in enumerate(ASKED):
            question(store, clock, deal["at"] - 60 * i, f"late{i}", text, "unanswered",
                     sku=sku, reason="unknown" if sku else "not_carried")
    store.close()
    return sold


@pytest.fixture(scope="module")
def names() -> dict[str, ProductName]:
    return product_names(load_catalog(sample_dir() / "catalog.yaml"))


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory,
         names: dict[str, ProductName]) -> tuple[Path, list[tuple[str, int]]]:
    state = tmp_path_factory.mktemp("show")
    run = subprocess.run([sys.executable, "-m", "bot.cli", "demo", "--fast", "--state",
                          str(state)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return state, sell(state, names)


@pytest.fixture(scope="module")
def report(show: tuple[Path, list[tuple[str, int]]]) -> Path:
    state, _ = show
    out = state / "report.html"
    status = main(["report", "--config", str(sample_dir() / "hawker.toml"), "--data-dir",
                   str(state), "-o", str(out)])
    assert status == 0
    return out


def test_the_figures_match_the_show_records(show: tuple[Path, list[tuple[str, int]]],
                                           report: Path, names: dict[str, ProductName]) -> None:
    state, sold = show
    html = report.read_text(encoding="utf-8")
    text = text_of(html)
    store = Store(state / "hawker.db")
    asked = entries(store, "question")
    outcomes = Counter(e["detail"]["outcome"] for e in asked)
    units = Counter()
    for sku, quantity in sold:
        units[sku] += quantity
    draws = store.query("SELECT id, entry_count FROM draws ORDER BY id")
    assert len(draws) == 2  # the sample show's two lucky draws
    mods = [e for e in store.audit_entries()
            if e["kind"].startswith(("mod.", "filter.", "admin.")) or e["kind"] == "show.command"]
    assert (f"{len(asked)} questions: {outcomes['answered']} answered, "
            f"{outcomes['unanswered']} unanswered, {outcomes['held']} held for review. "
            f"{sum(units.values())} units sold in {len(sold)} orders. {len(draws)} draws. "
            f"{len(mods)} moderation actions.") in text
    # Units sold and deals announced per product, row by row.
    deals: Counter[str] = Counter()
    for e in entries(store, "show.announce"):
        if DEAL.match(e["detail"]["key"]):
            deals.update(s for s in names if names[s].en in e["detail"]["text"])
    table = re.search(r'<table id="sales">.*?</table>', html, re.S)
    assert table is not None
    for sku in set(units) | set(deals):
        row = re.search(re.escape(names[sku].en) + r"</td>(.*?)</tr>", table.group(0))
        assert row is not None, sku
        shown = [int(n) for n in re.findall(r'class="n">(\d+)<', row.group(1))]
        assert shown[0] == deals[sku] and shown[2] == units[sku], sku
    # Each draw's entries, as its frozen list counts them.
    rows = re.findall(r"<tr><td>#(\d+)</td><td>.*?</td><td>.*?</td><td class=\"n\">(\d+)</td>",
                      html)
    assert [(int(i), int(n)) for i, n in rows] == [(d["id"], d["entry_count"]) for d in draws]
    store.close()


def test_the_verify_lines_verify(show: tuple[Path, list[tuple[str, int]]],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    state, _ = show
    store = Store(state / "hawker.db")
    html = render_report(store, persona=Persona.load(sample_dir() / "persona.yaml"),
                         export_dir=state / "draws")
    store.close()
    lines = re.findall(r"<code>(hawker draw verify [^<]+)</code>", html)
    assert len(lines) == 2
    for line in lines:
        assert main(shlex.split(line)[1:]) == 0, capsys.readouterr()


def test_every_plot_renders_in_chromium(show: tuple[Path, list[tuple[str, int]]], report: Path,
                                        browser: Any) -> None:
    from tests.browser import screenshot

    browser.get(report.as_uri())
    height = browser.execute_script("return document.body.scrollHeight")
    browser.set_window_size(1280, min(height + 40, 8000))
    plots = browser.execute_script("""
        return [...document.querySelectorAll('svg.plot')].map(svg => {
          const box = svg.getBoundingClientRect();
          const drawn = [...svg.querySelectorAll('[id*="-mark-"] path')].filter(p => {
            const b = p.getBBox(); return b.width > 0 && b.height > 0; }).length;
          const markers = [...svg.querySelectorAll('[id*="-marker-"] path')].filter(
            p => p.getBBox().height > 0).length;
          const glyphs = svg.querySelectorAll('use, text').length;
          return {name: svg.dataset.plot, width: box.width, height: box.height, drawn, markers,
                  glyphs};
        });""")
    screenshot(browser, "report")
    by_name = {p["name"]: p for p in plots}
    assert set(by_name) == {"questions-per-product", "questions-per-minute", "answer-latency",
                            "deals-and-units", "moderation-per-minute"}, plots
    for p in plots:
        assert p["width"] > 300 and p["height"] > 100, p
        assert p["drawn"] > 0 and p["glyphs"] > 0, p  # marks and their labels were drawn
    # One bar per (product, outcome) asked; one dashed line per deal announced.
    store = Store(show[0] / "hawker.db")
    asked = {(e["detail"]["sku"], e["detail"]["outcome"]) for e in entries(store, "question")}
    deals = [e for e in entries(store, "show.announce") if DEAL.match(e["detail"]["key"])]
    store.close()
    assert by_name["questions-per-product"]["drawn"] == len(asked)
    assert by_name["deals-and-units"]["markers"] == len(deals)
    assert "NaN" not in json.dumps(plots)
