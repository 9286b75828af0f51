"""The Chinese console says every refusal, result and reason in Chinese, never a mixed
sentence: the console's own refusals, the features' (moderation's and draws' phrasebooks),
the shop checks' and form validation's; the English console keeps its wording."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import httpx
import pytest
from webui_support import LiveShow, live_show, signed_in

CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{2,}")


def visible(page: str, *allowed: str) -> str:
    """The page's text without tags, with the values the test itself sent taken out."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    for value in allowed:
        text = text.replace(value, " ")
    return text


def assert_chinese(page: str, *allowed: str) -> None:
    text = visible(page, *allowed, "SKU")
    assert CJK.search(text), text
    assert not WORD.search(text), text  # no English word left in a Chinese line


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveShow]:
    with live_show(tmp_path_factory.mktemp("i18n") / "h.db") as running:
        yield running


@pytest.fixture(scope="module")
def host(show: LiveShow) -> Iterator[tuple[httpx.Client, str]]:
    client, csrf = signed_in(show.url, "host")
    yield client, csrf
    client.close()


# (path, form, English text the console has always said, values the form itself carried)
REFUSALS: list[tuple[str, dict[str, str], str, tuple[str, ...]]] = [
    ("/console/show/promotion", {"promotion": "NOPE", "on": "1"},
     "no promotion 'NOPE' in the plan", ("NOPE",)),
    ("/console/show/extend", {"seconds": "0"}, "extend by between 1s and 1h", ()),
    ("/console/show/extend", {"seconds": "abc"}, "seconds: a number, not 'abc'", ("abc",)),
    ("/console/quiet", {"minutes": "999"}, "minutes: between 1 and", ()),
    ("/console/draws", {"prize": "mug", "winners": "1.5"}, "winners: a whole number", ("1.5",)),
    ("/console/draws", {"prize": ""}, "", ()),  # the draws' own DrawError
    ("/console/draws/999/open", {}, "999", ("999",)),  # DrawError: no such draw
    ("/console/draws/1/bogus", {}, "no draw action 'bogus'", ("bogus",)),
    ("/console/review/99999", {"decision": "reject"}, "99999", ("99999",)),  # moderation's
    ("/console/review/1", {"decision": "maybe"}, "decision: approve, edit or reject", ()),
    ("/console/fix", {"question": "q"}, "", ()),
    ("/console/product", {"sku": "NOPE", "price": "9.90"}, "sku: unknown product 'NOPE'",
     ("NOPE",)),
    ("/console/product", {"sku": "BEEF-SHANK-1KG", "price": "-1"}, "price", ("BEEF-SHANK-1KG",)),
    ("/console/product", {"sku": "BEEF-SHANK-1KG", "stock": "lots"}, "stock",
     ("BEEF-SHANK-1KG", "lots")),
    ("/console/product", {"sku": "BEEF-SHANK-1KG"}, "give a price or a stock", ()),
]


@pytest.mark.parametrize(("path", "form", "english", "sent"), REFUSALS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(REFUSALS)])
def test_refusals_are_said_whole_in_each_language(host: tuple[httpx.Client, str], path: str,
                                                  form: dict[str, str], english: str,
                                                  sent: tuple[str, ...]) -> None:
    client, csrf = host
    en = client.post(path, params={"lang": "en"}, data={**form, "csrf": csrf})
    assert en.status_code == 409 and english in html.unescape(en.text), en.text
    assert not CJK.search(visible(en.text))
    zh = client.post(path, params={"lang": "zh"}, data={**form, "csrf": csrf})
    assert zh.status_code == 409, zh.text
    assert_chinese(zh.text, *sent)


def test_results_are_said_in_chinese(host: tuple[httpx.Client, str]) -> None:
    client, csrf = host
    for path, form in (("/console/pause", {}), ("/console/resume", {}),
                       ("/console/review-mode", {"on": "0"}),
                       ("/console/quiet", {"minutes": "2"}), ("/console/resume", {})):
        r = client.post(path, params={"lang": "zh"}, data={**form, "csrf": csrf})
        assert r.status_code == 200, r.text
        assert_chinese(r.text, "2")
    r = client.post("/console/pause", params={"lang": "en"}, data={"csrf": csrf})
    assert "Done: paused." in r.text
    client.post("/console/resume", data={"csrf": csrf})


def test_gatekeeping_refusals_are_said_in_chinese(show: LiveShow) -> None:
    zh = {"lang": "zh"}
    anonymous = httpx.post(f"{show.url}/console/pause", params=zh)
    assert anonymous.status_code == 401 and "sign in first" not in anonymous.text
    assert_chinese(anonymous.text)
    assert_chinese(httpx.get(f"{show.url}/console/panel/questions", params=zh).text)
    viewer, csrf = signed_in(show.url, "viewer")
    try:
        low = viewer.post("/console/pause", params=zh, data={"csrf": csrf})
        assert low.status_code == 403
        assert_chinese(low.text, "moderator")  # the role's own name, as the tokens spell it
        assert_chinese(viewer.get("/console/panel/nope", params=zh).text, "nope")
    finally:
        viewer.close()
    moderator, _ = signed_in(show.url, "moderator")
    try:
        stale = moderator.post("/console/pause", params=zh, data={"csrf": "forged"})
        assert stale.status_code == 403
        assert_chinese(stale.text)
        other = moderator.post("/console/pause", params=zh,
                               headers={"Sec-Fetch-Site": "cross-site"})
        assert other.status_code == 403
        assert_chinese(other.text)
    finally:
        moderator.close()


def test_reason_codes_are_said_in_the_consoles_language(show: LiveShow) -> None:
    for i, reason in enumerate(("not_carried", "stale", "unknown", "declined", "odd_new_code")):
        show.app.store.audit("question", f"viewer{i}", platform="console", channel="live",
                             text=f"q{i}", lang="zh", outcome="unanswered", reason=reason,
                             sku=None, latency_ms=5.0, reply="")
    viewer, _ = signed_in(show.url, "viewer")
    try:
        zh = html.unescape(viewer.get("/console/panel/questions", params={"lang": "zh"}).text)
        en = html.unescape(viewer.get("/console/panel/questions", params={"lang": "en"}).text)
    finally:
        viewer.close()
    cells = re.findall(r'class="outcome">([^<]*)<', zh)
    assert len(cells) >= 5 and all(CJK.search(c) and not WORD.search(c) for c in cells), cells
    assert "本店无此商品" in zh and "超时未答" in zh
    assert "unanswered: not_carried" in en and "unanswered: stale" in en
    assert "unanswered: odd_new_code" in en


def test_show_and_draw_states_are_words_of_the_consoles_language(
        show: LiveShow, host: tuple[httpx.Client, str]) -> None:
    client, csrf = host
    created = client.post("/console/draws", data={"prize": "一个杯子", "csrf": csrf})
    assert created.status_code == 200, created.text
    zh = html.unescape(client.get("/console/panel/draws", params={"lang": "zh"}).text)
    states = re.findall(r'<span class="state">([^<]*)<', zh)
    assert states and all(CJK.search(s) and not WORD.search(s) for s in states), states
    en = html.unescape(client.get("/console/panel/draws", params={"lang": "en"}).text)
    assert '<span class="state">created<' in en
    line = html.unescape(client.get("/console/panel/show", params={"lang": "zh"}).text)
    shown = re.search(r"节目：([^·<]*)", line)
    assert shown and CJK.search(shown[1]) and not WORD.search(shown[1]), line
