"""The post-show report (bot/report): its figures checked against the store's records, written
through the code that writes them in a show (Store.audit in the shared "question" shape, the
moderation Auditor, the shop webhook over loopback), in English and Chinese, and `hawker report`
on an empty, a missing and a real store."""

from __future__ import annotations

import random
import re
import statistics
import warnings
from collections import Counter
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from bot.cli import main
from bot.clock import FakeClock
from bot.events import ChatMessage, Role, Viewer
from bot.examples import sample_dir
from bot.moderation.audit import Auditor
from bot.persona import Persona
from bot.report import plots, render_report
from bot.report.data import ProductName, collect, product_names
from bot.store import Store
from knowledge.catalog import load_catalog
from tests.test_webhooks_inbound import make_app, post
from tests.webhooks_receiver import Receiver

START = 1_750_000_000.0
BEEF, EGG, RICE, COOKER = "BEEF-SHANK-1KG", "EGG-FREERANGE-30", "RICE-JASMINE-5KG", \
    "RICECOOKER-IH-4L"


class At:
    """A settable clock for the store, so each record lands at a chosen show time."""

    def __init__(self, t: float = START) -> None:
        self.t = t

    def now(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def persona() -> Persona:
    return Persona.load(sample_dir() / "persona.yaml")


@pytest.fixture(scope="module")
def names() -> dict[str, ProductName]:
    return product_names(load_catalog(sample_dir() / "catalog.yaml"))


def question(store: Store, clock: At, at: float, viewer: str, text: str, outcome: str, *,
             sku: str | None = None, reason: str | None = None,
             latency_ms: float | None = None) -> None:
    """One asked question, recorded in the shape bot/answers/service.py records it."""
    clock.t = at
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
    store.audit("question", viewer, platform="console", channel="live", text=text, lang=lang,
                outcome=outcome, reason=None if outcome == "answered" else reason, sku=sku,
                latency_ms=latency_ms, reply="ok" if outcome == "answered" else None)


# Live-chat shaped questions: slang, caps, Chinese, emoji, other bots' commands nearby.
ASKED = [
    (BEEF, "how much is the beef tonight??"), (BEEF, "牛腱子多少钱一斤"),
    (BEEF, "is the beef grass fed fr"), (EGG, "鸡蛋是散养的吗"), (EGG, "EGGS STILL ON SALE???"),
    (RICE, "jasmine rice from thailand or not 🤔"), (RICE, "香米是今年的新米吗"),
    (COOKER, "does the rice cooker have a 220v plug"), (COOKER, "电饭煲保修几年"),
    (None, "do u ship to hk"), (None, "有没有发票"), (None, "when is the next draw lol"),
]


def show_store(path: Path, *, seed: int = 7, n: int = 80) -> Store:
    """A 30-minute show's worth of records: questions (answered, unanswered with reasons, held),
    a few moderator commands and filter actions through the real Auditor."""
    clock = At()
    store = Store(path, clock=clock)
    rnd = random.Random(seed)
    store.audit("show.start", "show", segment=0)
    for i in range(n):
        sku, text = rnd.choice(ASKED)
        outcome = rnd.choices(["answered", "unanswered", "held"], [6, 3, 1])[0]
        reason = rnd.choice(["unknown", "not_carried", "declined"]) if sku is None else \
            rnd.choice(["unknown", "stale"])
        question(store, clock, START + 5 + i * 22.0, f"viewer{rnd.randrange(30)}", text, outcome,
                 sku=sku, reason=reason, latency_ms=round(rnd.lognormvariate(5.5, 0.6), 1))
    auditor = Auditor(store)
    mod = Viewer("console", "amy", "mod_amy", Role.MODERATOR)
    spam = Viewer("console", "spam9", "spam_bot9")
    for k in range(4):
        clock.t = START + 120 + k * 300
        msg = ChatMessage("console", "live", f"m{k}", mod, "!pause", clock.t)
        auditor.moderator("pause", msg)
        bad = ChatMessage("console", "live", f"s{k}", spam, "CHEAP FOLLOWERS www.x.biz", clock.t)
        auditor.filtered("silent", bad, "links", "www.x.biz", k + 1)
    clock.t = START + 1800
    store.audit("show.end", "show", reason="time", segment=9)
    return store


def records(store: Store, kind: str) -> list[dict[str, Any]]:
    return [e for e in store.audit_entries() if e["kind"] == kind]


def text_of(html: str) -> str:
    """The page's visible text, tags dropped (good enough for the figures in it)."""
    no_svg = re.sub(r"<svg\b.*?</svg>", "", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", no_svg))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = show_store(tmp_path_factory.mktemp("show") / "hawker.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def en_html(store: Store, persona: Persona, names: dict[str, ProductName]) -> str:
    return render_report(store, persona=persona, lang="en", products=names, show="Friday")


def test_question_figures_match_the_records(store: Store, en_html: str,
                                            names: dict[str, ProductName]) -> None:
    html = en_html
    assert "<h1>Post-show report: Friday</h1>" in html
    asked = [e["detail"] for e in records(store, "question")]
    outcomes = Counter(d["outcome"] for d in asked)
    assert outcomes["answered"] and outcomes["unanswered"] and outcomes["held"]
    text = text_of(html)
    assert (f"{len(asked)} questions: {outcomes['answered']} answered, "
            f"{outcomes['unanswered']} unanswered, {outcomes['held']} held for review") in text
    # Latency: the median and p95 of the answered questions (inclusive quantiles are numpy's
    # linear interpolation), computed here from the records, not from the report's code.
    latencies = sorted(d["latency_ms"] for d in asked if d["outcome"] == "answered")
    p50 = statistics.median(latencies)
    p95 = statistics.quantiles(latencies, n=20, method="inclusive")[18]
    assert (f"{len(latencies)} answers: median (p50) {p50:,.0f} ms, p95 {p95:,.0f} ms, "
            f"slowest {max(latencies):,.0f} ms.") in text
    # Per product: the plot's bars are drawn from these counts.
    data = collect(store, products=names)
    assert Counter(q.sku for q in data.questions) == Counter(d["sku"] for d in asked)
    # Every plot is there: per product, per minute, latency, moderation (no orders: no sales).
    drawn = re.findall(r'<svg class="plot" data-plot="([^"]+)"', html)
    assert drawn == ["questions-per-product", "questions-per-minute", "answer-latency",
                     "moderation-per-minute"]
    assert "No deals announced and no orders yet." in text


def test_the_unanswered_table_is_the_catalog_to_do(store: Store, en_html: str,
                                                   names: dict[str, ProductName]) -> None:
    todo = re.search(r'<table id="todo">.*?</table>', en_html, re.S)
    assert todo is not None
    rows = re.findall(r'<tr><td>(.*?)</td><td><span data-code="(.*?)">.*?</span></td>'
                      r'<td class="n">(\d+)</td>', todo.group(0))
    expected = Counter((d["sku"], d["reason"]) for d in
                       (e["detail"] for e in records(store, "question"))
                       if d["outcome"] == "unanswered")
    shown = {(unescape(name), reason): int(n) for name, reason, n in rows}
    assert shown == {(names[sku].en if sku else "(no product)", reason): n
                     for (sku, reason), n in expected.items()}
    counts = [int(n) for _, _, n in rows]
    assert counts == sorted(counts, reverse=True)  # the biggest gap in the catalog first


def test_viewer_text_cannot_inject_markup(tmp_path: Path, persona: Persona) -> None:
    clock = At()
    store = Store(tmp_path / "hawker.db", clock=clock)
    question(store, clock, START, "<b>x</b>", "<script>alert(1)</script> price?? <img src=x>",
             "unanswered", reason="unknown")
    html = render_report(store, persona=persona, lang="en")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; price?? &lt;img src=x&gt;" in html


@pytest.mark.skipif(not any("CJK" in f or "Hei" in f for f in plots.fonts()),
                    reason="no CJK font installed (apt-get install fonts-noto-cjk; make test does)")
def test_chinese_report_renders_chinese_names_with_a_cjk_font(store: Store, persona: Persona,
                                                               names: dict[str, ProductName]
                                                               ) -> None:
    with warnings.catch_warnings():
        # matplotlib warns "Glyph … missing from font(s)" when a character has no font.
        warnings.simplefilter("error")
        html = render_report(store, persona=persona, lang="zh", products=names)
    assert '<html lang="zh">' in html
    text = text_of(html)
    assert "观众提问" in text and "未回答的问题：商品资料待补清单" in text
    assert "商品资料里没有答案" in text  # the reason, in words
    assert names[BEEF].zh is not None and names[BEEF].zh in text
    asked = len(records(store, "question"))
    assert f"共 {asked} 个提问" in text


def test_moderation_actions_and_their_rate(store: Store, en_html: str) -> None:
    html = en_html
    kinds = Counter(e["kind"] for e in store.audit_entries()
                    if e["kind"].startswith(("mod.", "filter.")))
    total = sum(kinds.values())
    assert kinds == {"mod.pause": 4, "filter.silent": 4}
    assert f"{total} actions, {total / 30:.2f} per minute over the show." in text_of(html)
    table = re.search(r'<table id="moderation">.*?</table>', html, re.S)
    assert table is not None and "<code>mod.pause</code></td><td class=\"n\">4" in table.group(0)


def test_a_deal_naming_two_products_counts_for_both(tmp_path: Path, persona: Persona,
                                                    names: dict[str, ProductName]) -> None:
    clock = At()
    store = Store(tmp_path / "hawker.db", clock=clock)
    corn, yogurt = "CORN-SWEET-10", "YOGURT-GREEK-12"
    assert corn in names and yogurt in names
    store.audit("show.announce", "show", key="promo:NEWFAN:start",
                text=f"New deal: {names[corn].en}: ¥26.91; {names[yogurt].en}: ¥53.10.")
    store.audit("show.announce", "show", key="seg:9:on",
                text=f"Now on: {names[RICE].en}! 现在上架：{names[RICE].zh}！")
    store.audit("show.announce", "show", key="seg:9:next", text=f"Up next: {names[BEEF].en}")
    data = collect(store, products=names)
    # "Jasmine Rice" is one product, not also a product called "Rice"; "up next" is no deal.
    assert data.deals_by_sku() == {corn: 1, yogurt: 1, RICE: 1}


def test_an_empty_store_says_so(tmp_path: Path, persona: Persona) -> None:
    store = Store(tmp_path / "hawker.db")
    for lang, words in (("en", "no questions yet"), ("zh", "还没有提问")):
        html = render_report(store, persona=persona, lang=lang)
        assert words in html and "<svg" not in html


def test_a_store_with_only_a_show_start_has_every_section_empty(tmp_path: Path,
                                                                persona: Persona) -> None:
    store = Store(tmp_path / "hawker.db")
    store.audit("show.announce", "show", key="msg:0", text="Type !deals")
    text = text_of(render_report(store, persona=persona, lang="en"))
    for line in ("No questions yet.", "No answers yet.", "No deals announced and no orders yet.",
                 "No draws.", "No moderation actions."):
        assert line in text


def test_cli_missing_store_is_one_line_naming_it(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["report", "--data-dir", str(tmp_path / "nowhere"),
                   "-o", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and str(tmp_path / "nowhere" / "hawker.db") in err
    assert "Traceback" not in err and not (tmp_path / "r.html").exists()
    assert not (tmp_path / "nowhere" / "hawker.db").exists()  # not created to say so


def test_cli_writes_the_report_of_a_store(tmp_path: Path) -> None:
    show_store(tmp_path / "hawker.db").close()
    out = tmp_path / "report.html"
    assert main(["report", "--data-dir", str(tmp_path), "-o", str(out), "--lang", "zh"]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('<svg class="plot"') == 4 and "内蒙古草饲牛腱子" in html
    # Self-contained: nothing fetched (no script, no external stylesheet, image or font);
    # the SVGs' clip paths and glyphs refer to "#ids" in the page.
    assert not re.search(r"<script|<link|<iframe|@import|url\((?!#)|(?:src|href)\s*=\s*\"(?!#)",
                         html)
    assert re.search(r"url\(#", html)  # the pattern does see references


def test_cli_refuses_a_persona_phrase_with_an_unknown_slot(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    show = tmp_path / "show"
    show.mkdir()
    (show / "catalog.yaml").write_bytes((sample_dir() / "catalog.yaml").read_bytes())
    persona = yaml.safe_load((sample_dir() / "persona.yaml").read_text(encoding="utf-8"))
    persona["phrases"]["report_latency_line"] = {"en": "p50 {p5O} ms"}  # a typo'd slot
    (show / "persona.yaml").write_text(yaml.safe_dump(persona, allow_unicode=True),
                                       encoding="utf-8")
    (show / "hawker.toml").write_text('[show]\ncatalog = "catalog.yaml"\n', encoding="utf-8")
    Store(show / "hawker.db").close()
    assert main(["report", "--config", str(show / "hawker.toml"), "-o",
                 str(tmp_path / "r.html")]) == 2
    err = capsys.readouterr().err
    assert "phrases.report_latency_line.en: unknown slot {p5O}" in err and "Traceback" not in err


def test_cli_on_an_empty_store(tmp_path: Path) -> None:
    Store(tmp_path / "hawker.db").close()
    out = tmp_path / "report.html"
    assert main(["report", "--data-dir", str(tmp_path), "-o", str(out)]) == 0
    assert "no questions yet" in out.read_text(encoding="utf-8")


@pytest.fixture
async def receivers(clock: FakeClock) -> Any:
    bridge, subscriber = await Receiver("bridge-secret-9876543210", clock).start(), \
        await Receiver("sub-secret", clock).start()
    yield bridge, subscriber
    await bridge.stop()
    await subscriber.stop()


async def test_shop_orders_over_the_webhook_are_the_units_sold(
        tmp_path: Path, clock: FakeClock, receivers: Any, monkeypatch: pytest.MonkeyPatch,
        persona: Persona, names: dict[str, ProductName]) -> None:
    app, _ = make_app(tmp_path, clock, *receivers, monkeypatch)
    await app.start()
    try:
        async with httpx.AsyncClient(base_url=app.webhooks.server.url, timeout=5) as http:
            sent = [("o-1", BEEF, 2), ("o-2", BEEF, 3), ("o-3", EGG, 1)]
            for oid, sku, qty in sent:
                r = await post(http, {"id": oid, "type": "order", "sku": sku, "quantity": qty},
                               clock)
                assert r.status_code == 200, r.text
            # A retried order (409) and a refused one (422) sell nothing.
            again = await post(http, {"id": "o-1", "type": "order", "sku": BEEF, "quantity": 2},
                               clock)
            refused = await post(http, {"id": "o-4", "type": "order", "sku": "NOPE",
                                        "quantity": 9}, clock)
            assert (again.status_code, refused.status_code) == (409, 422)
        orders = [e for e in app.store.audit_entries(kind="shop.order")]
        assert [(e["actor"], e["detail"]["order_id"], e["detail"]["sku"],
                 e["detail"]["quantity"]) for e in orders] == [("shop", *o) for o in sent]
        html = render_report(app.store, persona=persona, lang="en", products=names)
    finally:
        await app.stop()
    table = re.search(r'<table id="sales">.*?</table>', html, re.S)
    assert table is not None
    row = re.search(re.escape(names[BEEF].en) + r"</td>(.*?)</tr>", table.group(0))
    assert row is not None
    assert re.findall(r'class="n">(\d+)<', row.group(1)) == ["0", "2", "5"]  # deals, orders, units
    assert "6 units sold in 3 orders" in text_of(html)


@pytest.mark.slow
def test_reports_drawn_at_once_in_threads_are_those_drawn_alone(
        store: Store, persona: Persona, names: dict[str, ProductName]) -> None:
    """The console renders in worker threads; matplotlib's settings are global."""
    from concurrent.futures import ThreadPoolExecutor

    alone = {lang: render_report(store, persona=persona, lang=lang, products=names)
             for lang in ("en", "zh")}
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda lang: render_report(store, persona=persona, lang=lang,
                                                            products=names),
                                 ["en", "zh", "en", "zh"]))
    assert together == [alone["en"], alone["zh"], alone["en"], alone["zh"]]


def test_the_report_is_of_the_latest_show_in_the_store(tmp_path: Path, persona: Persona) -> None:
    """One store serves every show run from its folder (next week's too)."""
    clock = At()
    store = Store(tmp_path / "hawker.db", clock=clock)
    week = 7 * 86400.0
    for show, asked in ((0.0, 5), (week, 3)):
        clock.t = START + show
        store.audit("show.start", "show", segment=0)
        for i in range(asked):
            question(store, clock, START + show + 60 * i, "v", "how much?", "answered",
                     sku=BEEF, latency_ms=100.0)
        clock.t = START + show + 1800
        store.audit("show.end", "show", reason="time", segment=9)
    # Chat before the second show's start is part of it.
    question(store, clock, START + week - 120, "early", "what's on tonight?", "unanswered",
             reason="unknown")
    latest = collect(store)
    assert (len(latest.questions), latest.start, latest.end) == (4, START + week,
                                                                 START + week + 1800)
    assert len(collect(store, every_show=True).questions) == 9
    assert "4 questions: 3 answered, 1 unanswered" in text_of(
        render_report(store, persona=persona, lang="en"))
