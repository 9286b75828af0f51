"""The console and the overlays against hostile chat, careless moderators and replayed cookies:
viewer text (markup, `</script>`, direction overrides, zalgo, 10 kB lines, emoji walls, CJK) is
shown as text, tamed and clipped on the overlays but kept whole in the audit log; a signed-out
cookie is no session; ids and numbers no form could send are refused with a reason, never a 500.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from webui_support import OVERLAY_TOKEN, TOKENS, LiveShow, live_show, signed_in

from plugins.webui.display import MAX_MARKS, shown

ZALGO = "Z" + "\u0337\u0321\u0322\u0327\u0328\u031b\u0316\u0317\u0318\u0319" * 4 + "algo"
RLO = "\u202eevil name"
HOSTILE = ['<img src=x onerror="window.__pwned=1">', "</script><script>window.__pwned=2</script>",
           '<svg onload="window.__pwned=3"></svg>', RLO, ZALGO, "A" * 10_000, "😂" * 2_000,
           "这个牛肉是草饲的吗？" * 50, 'x" hx-post="/console/pause" hx-trigger="load']


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveShow]:
    with live_show(tmp_path_factory.mktemp("webui-hostile") / "h.db") as running:
        for i, text in enumerate(HOSTILE):  # the "question" record's shape (answers/service.py)
            running.app.store.audit(
                "question", text[:500], platform="twitch", channel="live", text=text[:500],
                lang="en", outcome="answered" if i else "unanswered",
                reason=None if i else "unknown", sku=None, latency_ms=12.0,
                reply=text)
        for text in HOSTILE[:4]:  # held for review, asked by a viewer with that name
            running.hold_answer(text, text, name=text[:100])
        draws = running.app.draws
        running.run(lambda: draws.create(HOSTILE[0], 1, "1", 60, "console:mod"))
        yield running


def overlay(show: LiveShow, kind: str) -> str:
    r = httpx.get(f"{show.url}/overlay/{kind}", params={"token": OVERLAY_TOKEN})
    assert r.status_code == 200
    return r.text


def test_shown_tames_zalgo_and_clips_at_graphemes() -> None:
    tamed = shown(ZALGO)
    assert tamed.startswith("Z") and tamed.endswith("algo")
    assert len(tamed) == len("Zalgo") + MAX_MARKS
    assert shown("tiếng Việt, हिन्दी") == "tiếng Việt, हिन्दी"  # real accents untouched
    assert shown("👍🏽" * 10, 3) == "👍🏽👍🏽…"  # never half an emoji
    assert shown(RLO) == "evil name" and shown(None) == ""
    assert shown("A" * 10_000, 120) == "A" * 119 + "…"


def test_viewer_markup_is_text_everywhere(show: LiveShow) -> None:
    client, _ = signed_in(show.url, "moderator")
    pages = [overlay(show, "ticker"), client.get("/console/panel/questions").text,
             client.get("/console/panel/review").text, client.get("/console/panel/draws").text,
             client.get("/console/panel/audit").text]
    for html in pages:
        for raw in ("<img src=x", "<script>window", "<svg onload", 'hx-post="/console/pause"'):
            assert raw not in html
    assert "&lt;svg onload" in pages[0] and "&lt;img src=x" in pages[1]


def test_the_ticker_is_clipped_and_tamed_but_the_log_keeps_every_word(show: LiveShow) -> None:
    ticker = overlay(show, "ticker")
    assert "A" * 200 not in ticker and "A" * 100 in ticker  # a 10 kB line is one line's worth
    assert "😂" * 200 not in ticker
    assert "\u202e" not in ticker  # an override cannot turn the next viewer's words around
    assert ZALGO not in ticker and shown(ZALGO) in ticker
    assert "这个牛肉是草饲的吗？" in ticker
    # the console's question stream shows the record whole (as recorded: 500 characters)
    client, _ = signed_in(show.url, "viewer")
    assert "A" * 500 in client.get("/console/panel/questions").text
    texts = [e["detail"]["text"] for e in show.app.store.audit_entries(kind="question")]
    assert ZALGO in texts and RLO in texts


def test_a_signed_out_cookie_is_no_session(show: LiveShow) -> None:
    client, csrf = signed_in(show.url, "moderator")
    cookie = client.cookies["hawker_console"]
    assert client.post("/console/logout", data={"csrf": csrf}).status_code == 303
    before = show.app.store.audit_entries(kind="console.pause")
    replay = httpx.post(f"{show.url}/console/pause", data={"csrf": csrf},
                        cookies={"hawker_console": cookie})
    assert replay.status_code == 401
    assert httpx.get(f"{show.url}/console/panel/review",
                     cookies={"hawker_console": cookie}).status_code == 401
    assert show.app.store.audit_entries(kind="console.pause") == before
    assert not show.run(lambda: show.app.moderation.controls.paused)
    # signing in again gives a new session that works
    again, csrf2 = signed_in(show.url, "moderator")
    assert again.get("/console/panel/review").status_code == 200


@pytest.mark.parametrize("path", ["/console/review/99999999999999999999999",
                                  "/console/review/\u0663",  # ARABIC-INDIC DIGIT THREE
                                  "/console/draws/99999999999999999999999/open"])
def test_ids_no_row_can_have_are_refused_not_a_500(show: LiveShow, path: str) -> None:
    client, csrf = signed_in(show.url, "moderator")
    r = client.post(path, data={"csrf": csrf, "decision": "approve"})
    assert r.status_code == 409, r.text
    assert "no held answer" in r.text or "no draw" in r.text


@pytest.mark.parametrize(("path", "form", "says"), [
    ("/console/draws", {"prize": "mug", "winners": "abc"}, "winners: a"),
    ("/console/draws", {"prize": "mug", "winners": "1.5"}, "winners: a whole number"),
    ("/console/draws", {"prize": "mug", "duration": "soon"}, "duration: a number"),
    ("/console/quiet", {"minutes": "0.001"}, "between 1 and"),
])
def test_form_numbers_are_refused_naming_the_field(show: LiveShow, path: str,
                                                   form: dict[str, str], says: str) -> None:
    client, csrf = signed_in(show.url, "moderator")
    before = len(show.app.draws.list(100))
    r = client.post(path, data={**form, "csrf": csrf})
    assert r.status_code == 409 and says in r.text, r.text
    assert len(show.app.draws.list(100)) == before


@pytest.mark.slow
def test_fifty_streams_that_drop_leave_no_subscriber_behind(show: LiveShow) -> None:
    console = show.app.console
    assert console is not None
    client, _ = signed_in(show.url, "viewer")
    cookies = {"hawker_console": client.cookies["hawker_console"]}
    with httpx.Client(base_url=show.url, timeout=10) as http:
        streams: list[Any] = []
        for i in range(50):
            ctx = (http.stream("GET", "/overlay/ticker/events", params={"token": OVERLAY_TOKEN})
                   if i % 2 else http.stream("GET", "/console/events", cookies=cookies))
            streams.append((ctx, ctx.__enter__()))
        deadline = time.monotonic() + 5
        while console.hub.subscribers < 50 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert console.hub.subscribers == 50
        for ctx, _ in streams:
            ctx.__exit__(None, None, None)
    show.app.store.audit("question", "late", text="still there?", outcome="answered",
                         reason=None, sku=None, latency_ms=1.0, reply="yes", lang="en",
                         platform="twitch", channel="live")
    deadline = time.monotonic() + 5
    while console.hub.subscribers and time.monotonic() < deadline:
        time.sleep(0.05)
    assert console.hub.subscribers == 0
    assert "still there?" in overlay(show, "ticker")  # the server still serves


@pytest.mark.slow
def test_in_a_browser_nothing_runs_and_nothing_spills(show: LiveShow, browser: Any) -> None:
    """Chromium: no payload runs; no panel grows sideways past its box; a 10 kB line or an
    emoji wall leaves room on the ticker for the other viewers' questions."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.browser import screenshot

    browser.get(f"{show.url}/console/login")
    browser.find_element(By.ID, "token").send_keys(TOKENS["host"])
    browser.find_element(By.ID, "sign-in").click()
    WebDriverWait(browser, 10).until(lambda d: d.execute_script(
        "return document.querySelectorAll('#panel-questions tr').length >= 9 &&"
        " document.querySelectorAll('#panel-review .held').length >= 4"))
    time.sleep(0.3)
    screenshot(browser, "hostile-console")
    assert browser.execute_script("return window.__pwned") is None
    for panel in ("questions", "review", "draws", "audit"):
        width, scroll = browser.execute_script(
            f"const p = document.getElementById('panel-{panel}');"
            " return [p.clientWidth, p.scrollWidth]")
        assert scroll <= width + 1, (panel, width, scroll)
    browser.get(f"{show.url}/overlay/ticker?token={OVERLAY_TOKEN}")
    WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".ticker .item"))
    assert browser.execute_script("return window.__pwned") is None
    boxes = browser.execute_script("return [...document.querySelectorAll('.ticker .item')]"
                                   ".map(e => [e.offsetLeft, e.offsetWidth])")
    assert len(boxes) == 8 and all(width <= 1100 for _, width in boxes), boxes
    assert sum(left < 1920 for left, _ in boxes) >= 2, boxes  # the newest is not alone
    screenshot(browser, "hostile-ticker")


@pytest.mark.slow
def test_an_open_overlay_follows_a_restarted_server(tmp_path: Path, browser: Any) -> None:
    """OBS keeps the page open while Hawker restarts (the README says overlays reconnect by
    themselves): after a few seconds down, the next price change still reaches the card."""
    db, sku = tmp_path / "h.db", "BEEF-SHANK-1KG"
    with live_show(db) as first:
        port = int(first.url.rsplit(":", 1)[1])
        browser.get(f"{first.url}/overlay/card?token={OVERLAY_TOKEN}&sku={sku}")
        assert "." in browser.execute_script(
            "return document.getElementById('card-price').textContent")
    time.sleep(4)  # down: the page's event stream fails and retries
    with live_show(db, port=port) as second:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            assert second.signed_price(sku, "12.34").status_code == 200
            time.sleep(0.5)
            if "12.34" in browser.execute_script(
                    "return document.getElementById('card-price').textContent"):
                break
        else:
            pytest.fail("the overlay never showed the price set after the restart")


def test_a_request_from_another_site_is_refused(show: LiveShow) -> None:
    """What a browser marks as sent from another site (Sec-Fetch-Site) is refused: an action
    even with a valid session and CSRF token, and the sign-in form (login CSRF)."""
    client, csrf = signed_in(show.url, "moderator")
    before = show.app.store.audit_entries(kind="console")
    for site in ("cross-site", "same-site"):
        r = client.post("/console/pause", data={"csrf": csrf}, headers={"sec-fetch-site": site})
        assert r.status_code == 403 and "another site" in r.text
        r = httpx.post(f"{show.url}/console/login", data={"token": TOKENS["viewer"]},
                       headers={"sec-fetch-site": site})
        assert r.status_code == 403 and "set-cookie" not in r.headers
    assert show.app.store.audit_entries(kind="console") == before
    r = client.post("/console/pause", data={"csrf": csrf}, headers={"sec-fetch-site": "same-origin"})
    assert r.status_code == 200
    client.post("/console/resume", data={"csrf": csrf})


@pytest.mark.slow
def test_another_sites_page_cannot_sign_a_browser_in(show: LiveShow, browser: Any) -> None:
    """A page on another site (http://localhost:<port>, the show being on 127.0.0.1) that posts
    the sign-in form with its own token: the browser is not signed in."""
    import http.server
    import threading

    page = (f'<form id="f" method="post" action="{show.url}/console/login">'
            f'<input name="token" value="{TOKENS["viewer"]}"></form>'
            "<script>document.getElementById('f').submit()</script>").encode()

    class Attacker(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Attacker)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    before = len(show.app.store.audit_entries(kind="console.sign_in"))
    try:
        browser.get(f"http://localhost:{server.server_port}/")
        time.sleep(1.5)  # the form posts itself
        browser.get(f"{show.url}/console")
        assert browser.current_url.endswith("/console/login")
        assert len(show.app.store.audit_entries(kind="console.sign_in")) == before
    finally:
        server.shutdown()


def test_a_form_sent_twice_acts_once(show: LiveShow) -> None:
    """The same one-time key twice (a double click on "Create" or "Reroll"): one action, the
    second refused saying so; a refused form's key may be sent again, corrected."""
    client, csrf = signed_in(show.url, "moderator")
    panel = client.get("/console/panel/draws").text
    assert panel.count('name="once"') >= 2  # the create form and each draw's actions
    assert 'hx-vals=\'{"now": "' in client.get("/console/panel/show").text  # skip
    before = len(show.app.draws.list(100))
    form = {"prize": "a wok", "winners": "1", "csrf": csrf, "once": "k-create-1"}
    first, second = client.post("/console/draws", data=form), client.post("/console/draws",
                                                                           data=form)
    assert first.status_code == 200 and second.status_code == 409
    assert "sent twice" in second.text and len(show.app.draws.list(100)) == before + 1
    bad = client.post("/console/draws", data={**form, "winners": "x", "once": "k-create-2"})
    assert bad.status_code == 409
    again = client.post("/console/draws", data={**form, "winners": "x", "once": "k-create-2"})
    assert again.status_code == 409 and "winners" in again.text  # refused again, saying why
    fixed = client.post("/console/draws", data={**form, "once": "k-create-2"})
    assert fixed.status_code == 200 and len(show.app.draws.list(100)) == before + 2
    # the same key with another prize (typed before the panel redrew) is another draw
    other = client.post("/console/draws", data={**form, "prize": "a pan"})
    assert other.status_code == 200 and len(show.app.draws.list(100)) == before + 3
    # no key (an API client): every request acts, as before
    plain = {k: v for k, v in form.items() if k != "once"}
    assert client.post("/console/draws", data=plain).status_code == 200
    assert client.post("/console/draws", data=plain).status_code == 200
    assert len(show.app.draws.list(100)) == before + 5


@pytest.mark.slow
def test_a_double_click_in_the_browser_creates_one_draw(show: LiveShow, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{show.url}/console/login")
    browser.find_element(By.ID, "token").send_keys(TOKENS["moderator"])
    browser.find_element(By.ID, "sign-in").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#draw-create"))
    before = len(show.app.draws.list(100))
    browser.find_element(By.CSS_SELECTOR, "#draw-create input[name=prize]").send_keys("a kettle")
    create = "#draw-create button"
    browser.find_element(By.CSS_SELECTOR, create).click()
    time.sleep(0.25)  # a human double click: the first is done (the panel may have redrawn)
    browser.find_element(By.CSS_SELECTOR, create).click()
    time.sleep(0.5)
    assert len(show.app.draws.list(100)) == before + 1
    # another prize in the same form is another draw (the panel redrawn or not)
    browser.find_element(By.CSS_SELECTOR, "#draw-create input[name=prize]").send_keys(" pan")
    browser.find_element(By.CSS_SELECTOR, "#draw-create input[name=prize]").submit()
    WebDriverWait(browser, 5).until(lambda d: len(show.app.draws.list(100)) == before + 2)


def test_a_click_on_a_redrawn_row_does_not_act_on_what_it_never_saw(show: LiveShow) -> None:
    """A double click's second half landing on the redrawn draw row (a new one-time key) is
    refused by the row's `seen` state: one reroll, not two; a stale skip skips nothing."""
    client, csrf = signed_in(show.url, "moderator")
    r = client.post("/console/draws", data={"prize": "a tray", "csrf": csrf})
    draw_id = max(d["id"] for d in show.app.draws.list(100))
    opened = client.post(f"/console/draws/{draw_id}/open",
                         data={"csrf": csrf, "once": "o-1", "seen": "created:0"})
    assert r.status_code == 200 and opened.status_code == 200, opened.text
    stale = client.post(f"/console/draws/{draw_id}/close",
                        data={"csrf": csrf, "once": "o-2", "seen": "created:0"})
    assert stale.status_code == 409 and "changed since" in stale.text
    assert show.app.draws.list(100)[0]["state"] == "open"
    now = show.run(lambda: show.app.show.current_sku()) if show.app.show else None
    skip = client.post("/console/show/skip", data={"csrf": csrf, "once": "s-1",
                                                   "now": "NOT-ON-NOW"})
    assert skip.status_code == 409 and "moved on" in skip.text
    assert (show.run(lambda: show.app.show.current_sku()) if show.app.show else None) == now


def test_an_overlay_without_a_configured_token_says_what_to_set(tmp_path: Path) -> None:
    """Following the README without `overlay_token_env` yet: the overlay says to set it (not
    that the token given is wrong); with one, a wrong or missing token says where it goes."""
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    from bot.clock import FakeClock
    from bot.examples import sample_dir
    from bot.persona import Persona
    from bot.store import Store
    from plugins.webui.console import Console, ConsoleDeps
    from plugins.webui.sessions import Sessions

    persona = Persona.load(sample_dir() / "persona.yaml")
    for overlay_token, said in ((None, "overlay_token_env"), ("tok-o", "?token=")):
        deps = ConsoleDeps(store=Store(tmp_path / f"{bool(overlay_token)}.db"),
                           clock=FakeClock(), persona=persona,
                           sessions=Sessions([], overlay_token=overlay_token))
        with TestClient(Starlette(routes=Console(deps).routes())) as client:
            r = client.get("/overlay/card", params={"token": "guess", "lang": "en"})
            assert r.status_code == 401 and said in r.text
            if overlay_token is None:
                assert "restart" in r.text


def test_the_report_is_in_the_console_for_moderators(show: LiveShow) -> None:
    """The post-show report so far, from the console (the issue: "also available in the
    console"): moderators and hosts, in the console's language; viewers are refused."""
    viewer, _ = signed_in(show.url, "viewer")
    assert viewer.get("/console/report").status_code == 403
    assert httpx.get(f"{show.url}/console/report", params={"token": OVERLAY_TOKEN},
                     follow_redirects=False).status_code == 303
    moderator, _ = signed_in(show.url, "moderator")
    assert 'id="report-link"' in moderator.get("/console").text
    r = moderator.get("/console/report", params={"lang": "zh"})
    assert r.status_code == 200 and '<svg class="plot"' in r.text and 'lang="zh"' in r.text
    assert "&lt;img src=x" in r.text and "<img" not in r.text  # the hostile question, prize


def _signed(show: LiveShow, event: dict[str, Any]) -> httpx.Response:
    """POST a signed shop event (`webui_support.SHOP_SECRET`), as the shop would."""
    import json
    import uuid

    from webui_support import SHOP_SECRET

    from plugins.webhooks.signing import sign

    body = json.dumps({"id": f"e-{uuid.uuid4().hex[:12]}", **event}).encode()
    headers = {**sign(SHOP_SECRET, body, now=show.clock.now()),
               "content-type": "application/json"}
    return show.http.post("/webhooks/shop", content=body, headers=headers)


def test_a_price_edit_leaves_the_stock_the_form_showed_alone(show: LiveShow) -> None:
    """The host's row shows price and stock; orders move the stock meanwhile; the host changes
    only the price: the live stock stays (the form's stale number is not written back)."""
    import re

    client, csrf = signed_in(show.url, "host")
    sku = "EGG-FREERANGE-30"
    panel = client.get("/console/panel/show").text
    row = panel.split(f'id="product-{sku}"', 1)[1].split("</tr>", 1)[0]
    form = dict(re.findall(r'name="(\w+)"[^>]*? value="([^"]*)"', row))
    assert {"price", "stock", "was_price", "was_stock"} <= set(form) and form["stock"]
    assert _signed(show, {"type": "stock", "sku": sku, "stock": 7}).status_code == 200
    facts = show.app.webhooks.server.shop.facts  # type: ignore[union-attr]
    r = client.post("/console/product", data={**form, "price": "19.90", "csrf": csrf})
    assert r.status_code == 200, r.text
    assert str(facts.get(sku).price) == "19.90" and facts.get(sku).stock == 7
    # the form as shown, nothing changed: nothing to do; the stock changed: it is applied
    unchanged = client.post("/console/product", data={**form, "csrf": csrf})
    assert unchanged.status_code == 409 and "nothing changed" in unchanged.text
    r = client.post("/console/product", data={**form, "stock": "40", "csrf": csrf})
    assert r.status_code == 200 and facts.get(sku).stock == 40
    # a price the shop would refuse says why without pydantic's "Value error," noise
    bad = client.post("/console/product", data={**form, "price": "¥1,000", "csrf": csrf})
    assert bad.status_code == 409 and "price: not a number" in bad.text


def test_a_draw_with_many_hostile_winners_fits_the_overlay(show: LiveShow) -> None:
    """Thirty winners named to hurt (markup, overrides, zalgo, 300 characters): the overlay
    names ten, each tamed and isolated, and says how many more; the console lists them all."""
    import uuid

    from bot.events import ChatMessage, Role, Viewer

    draws = show.app.draws
    draw_id = show.run(lambda: draws.create("thirty mugs", 30, "mugs", 600, "console:mod"))
    show.run(lambda: draws.open(draw_id, "console:mod"))
    names = [f"{HOSTILE[i % 5][:300]}{i}" if i % 3 else "N" * 300 + str(i) for i in range(40)]

    async def chat() -> None:
        for i, name in enumerate(names):
            viewer = Viewer("console", f"v{i}", name, Role.VIEWER)
            await show.app.pipeline.handle(ChatMessage(
                "console", "live", f"m-{uuid.uuid4().hex[:8]}", viewer, "mugs",
                show.clock.now()))
        draws.flush()

    show.run(chat())
    show.run(lambda: draws.close(draw_id, "console:mod"))
    show.run(lambda: draws.pick(draw_id, "console:mod"))
    html = overlay(show, "draw")
    winner = html.split('id="draw-winner"', 1)[1].split("</div>", 1)[0]
    assert winner.count("\u2068") == 10 and "and 20 more" in winner
    assert "\u202e" not in winner and "<img" not in winner and "N" * 40 not in winner
    client, _ = signed_in(show.url, "viewer")
    listed = client.get("/console/panel/draws").text.split(f'id="draw-{draw_id}"', 1)[1]
    assert listed.split("</div>", 1)[0].count("\u2068") == 30


def test_forms_are_bounded_before_sign_in(show: LiveShow) -> None:
    """The sign-in form needs no session, so its body is bounded: a 200 kB field, a thousand
    fields or a file upload is a 400, not read whole (and never a session)."""
    url = f"{show.url}/console/login"
    assert httpx.post(url, data={"token": "x" * 200_000}).status_code == 400
    assert httpx.post(url, data={f"f{i}": "x" for i in range(1000)}).status_code == 400
    up = httpx.post(url, data={"token": TOKENS["host"]}, files={"f": ("a.txt", b"x", "text/plain")})
    assert up.status_code == 400 and "set-cookie" not in up.headers
    client, csrf = signed_in(show.url, "host")
    before = len(show.app.draws.list(100))
    r = client.post("/console/draws", data={"csrf": csrf},
                    files={"prize": ("prize.txt", b"a mug", "text/plain")})
    assert r.status_code == 400 and len(show.app.draws.list(100)) == before
