"""The console refuses every action above the signed-in token's role, every POST without the
session's CSRF token, and everything to the overlay token; what it does is audited under the
moderator's name and goes through the features (the shop's checks for prices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from webui_support import OVERLAY_TOKEN, TOKENS, LiveShow, live_show, signed_in

# Every console POST route (a concrete path), the least role it needs, and a form for it.
ACTIONS: list[tuple[str, str, dict[str, str]]] = [
    ("/console/review/1", "moderator", {"decision": "reject"}),
    ("/console/fix", "moderator", {"question": "q", "answer": "a"}),
    ("/console/pause", "moderator", {}),
    ("/console/resume", "moderator", {}),
    ("/console/quiet", "moderator", {"minutes": "5"}),
    ("/console/review-mode", "moderator", {"on": "0"}),
    ("/console/show/extend", "moderator", {"seconds": "30"}),
    ("/console/show/skip", "moderator", {}),
    ("/console/show/promotion", "moderator", {"promotion": "nope", "on": "1"}),
    ("/console/draws", "moderator", {"prize": "a mug"}),
    ("/console/draws/1/open", "moderator", {}),
    ("/console/product", "host", {"sku": "BEEF-SHANK-1KG", "stock": "500"}),
]
RANK = {"viewer": 0, "moderator": 1, "host": 2}
PANELS = {"controls": "viewer", "questions": "viewer", "show": "viewer", "draws": "viewer",
          "review": "moderator", "audit": "moderator"}


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveShow]:
    with live_show(tmp_path_factory.mktemp("webui") / "h.db") as running:
        yield running


@pytest.fixture(scope="module")
def clients(show: LiveShow) -> Iterator[dict[str, tuple[httpx.Client, str]]]:
    made = {role: signed_in(show.url, role) for role in TOKENS}
    yield made
    for client, _ in made.values():
        client.close()


@pytest.mark.parametrize("role", list(TOKENS))
@pytest.mark.parametrize(("path", "needs", "form"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_each_action_is_refused_below_its_role(show: LiveShow, clients: dict, role: str,
                                               path: str, needs: str, form: dict) -> None:
    client, csrf = clients[role]
    before = show.app.store.audit_entries(kind="console")
    r = client.post(path, data={**form, "csrf": csrf})
    after = show.app.store.audit_entries(kind="console")
    if RANK[role] < RANK[needs]:
        assert r.status_code == 403, r.text
        assert needs in r.text  # says which role it needs
        assert after == before  # nothing done, nothing audited
    else:
        # allowed: done (200) or refused by the feature itself (409), never 401/403
        assert r.status_code in (200, 409), r.text
        new = after[len(before):]
        assert new and all(e["actor"] == f"console:{role}-ann" for e in new)


@pytest.mark.parametrize("role", list(TOKENS))
@pytest.mark.parametrize("panel", list(PANELS))
def test_each_panel_is_shown_only_from_its_role(clients: dict, role: str, panel: str) -> None:
    client, _ = clients[role]
    r = client.get(f"/console/panel/{panel}")
    assert r.status_code == (200 if RANK[role] >= RANK[PANELS[panel]] else 403)


@pytest.mark.parametrize(("path", "needs", "form"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_no_session_csrf_or_overlay_token_changes_anything(show: LiveShow, clients: dict,
                                                           path: str, needs: str,
                                                           form: dict) -> None:
    before = show.app.store.audit_entries(kind="console")
    # no session at all, even with the overlay token or an admin token as a bearer
    for headers, params in (({}, {}), ({}, {"token": OVERLAY_TOKEN}),
                            ({"authorization": f"Bearer {TOKENS['host']}"}, {})):
        r = httpx.post(f"{show.url}{path}", data=form, headers=headers, params=params)
        assert r.status_code == 401, (path, r.text)
    # the host's session without its CSRF token, or with another session's
    client, _ = clients["host"]
    _, other_csrf = clients["moderator"]
    for csrf in (None, other_csrf, "x"):
        r = client.post(path, data={**form, **({"csrf": csrf} if csrf else {})})
        assert r.status_code == 403, (path, r.text)
    assert show.app.store.audit_entries(kind="console") == before


def test_the_overlay_token_opens_overlays_only(show: LiveShow) -> None:
    for kind in ("card", "draw", "ticker"):
        assert httpx.get(f"{show.url}/overlay/{kind}").status_code == 401
        assert httpx.get(f"{show.url}/overlay/{kind}", params={"token": "wrong"}).status_code == 401
        assert httpx.get(f"{show.url}/overlay/{kind}",
                         params={"token": OVERLAY_TOKEN}).status_code == 200
    # the overlay token is no admin token: it cannot sign in, see a panel, or call the admin API
    assert httpx.post(f"{show.url}/console/login", data={"token": OVERLAY_TOKEN}).status_code == 401
    assert httpx.get(f"{show.url}/console/panel/show",
                     params={"token": OVERLAY_TOKEN}).status_code == 401
    assert httpx.post(f"{show.url}/admin/pause", json={"reason": "x"},
                      headers={"authorization": f"Bearer {OVERLAY_TOKEN}"}).status_code == 401


def test_a_forged_or_tampered_cookie_is_no_session(show: LiveShow, clients: dict) -> None:
    client, _ = clients["viewer"]
    cookie = client.cookies["hawker_console"]
    payload, _, sig = cookie.rpartition(".")
    for forged in (cookie[:-2] + "xx", "e30.AAAA.BBBB", payload + "." + sig[::-1]):
        r = httpx.get(f"{show.url}/console/panel/show", cookies={"hawker_console": forged})
        assert r.status_code == 401
    page = httpx.get(f"{show.url}/console", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/console/login"


def test_sign_in_sets_a_strict_http_only_cookie(show: LiveShow) -> None:
    r = httpx.post(f"{show.url}/console/login", data={"token": TOKENS["moderator"]})
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert TOKENS["moderator"] not in r.headers["set-cookie"]
    bad = httpx.post(f"{show.url}/console/login", data={"token": "guess"})
    assert bad.status_code == 401 and "set-cookie" not in bad.headers


def test_price_edits_pass_the_shop_webhooks_checks(show: LiveShow, clients: dict) -> None:
    client, csrf = clients["host"]
    facts = show.app.webhooks.server.shop.facts  # type: ignore[union-attr]
    sku = "BEEF-SHANK-1KG"
    before = facts.get(sku).price
    for form, error in (({"sku": "NOPE", "price": "9.90"}, "unknown product"),
                        ({"sku": sku, "price": "-1"}, "price"),
                        ({"sku": sku, "price": "nan"}, "price"),
                        ({"sku": sku, "stock": "-3"}, "stock"),
                        ({"sku": sku}, "give a price or a stock")):
        r = client.post("/console/product", data={**form, "csrf": csrf})
        assert r.status_code == 409 and error in r.text, (form, r.text)
        assert facts.get(sku).price == before
    r = client.post("/console/product", data={"sku": sku, "price": "75.50", "stock": "321",
                                               "csrf": csrf})
    assert r.status_code == 200, r.text
    assert str(facts.get(sku).price) == "75.50" and facts.get(sku).stock == 321
    # kept as the shop's numbers (restored after a restart, like a shop webhook's)
    rows = show.app.store.query("SELECT value FROM webhook_shop_state WHERE key = ?",
                                (f"sku:{sku}",))
    assert rows and '"75.50"' in rows[0]["value"]
    entry = show.app.store.audit_entries(kind="console.product")[-1]
    assert entry["actor"] == "console:host-ann" and entry["detail"]["price"] == "75.50"


def test_show_actions_refuse_what_the_plan_lacks(show: LiveShow, clients: dict) -> None:
    client, csrf = clients["moderator"]
    r = client.post("/console/show/promotion", data={"promotion": "NOPE", "on": "1",
                                                     "csrf": csrf})
    assert r.status_code == 409 and "no promotion &#39;NOPE&#39; in the plan" in r.text
    for seconds in ("0", "-5", "99999", "nan", "abc"):
        r = client.post("/console/show/extend", data={"seconds": seconds, "csrf": csrf})
        assert r.status_code == 409, seconds
    r = client.post("/console/draws/999/open", data={"csrf": csrf})
    assert r.status_code == 409 and "999" in r.text


def test_review_decisions_from_the_console(show: LiveShow, clients: dict) -> None:
    client, csrf = clients["moderator"]
    assert client.post("/console/resume", data={"csrf": csrf}).status_code == 200  # after quiet
    item = show.hold_answer("is the beef grass-fed?", "Yes, grass-fed in Inner Mongolia.")
    r = client.post(f"/console/review/{item}", data={"decision": "edit", "csrf": csrf,
                                                     "text": "Yes: grass-fed, Inner Mongolia."})
    assert r.status_code == 200, r.text
    held = show.run(lambda: show.app.moderation.controls.queue.get(item))
    assert held.status == "edited"
    again = client.post(f"/console/review/{item}", data={"decision": "approve", "csrf": csrf})
    assert again.status_code == 409 and "already" in again.text
    kinds = [e["kind"] for e in show.app.store.audit_entries(kind="console.review")]
    assert "console.review.edit" in kinds
    show.run(lambda: show.app.moderation.controls.set_review(False))


def test_the_console_speaks_the_chosen_language(show: LiveShow, clients: dict) -> None:
    client, _ = clients["viewer"]
    assert "观众提问" in client.get("/console/panel/questions", params={"lang": "zh"}).text
    assert "Questions" in client.get("/console/panel/questions", params={"lang": "en"}).text
    card = httpx.get(f"{show.url}/overlay/card", params={"token": OVERLAY_TOKEN, "lang": "zh",
                                                         "sku": "BEEF-SHANK-1KG"}).text
    assert "原价" in card and "lang=\"zh-CN\"" in card


def test_static_files_ship_with_their_licenses() -> None:
    static = Path(__file__).resolve().parents[1] / "plugins" / "webui" / "static"
    for name in ("htmx.min.js", "htmx-ext-sse.min.js", "htmx.LICENSE.txt",
                 "htmx-ext-sse.LICENSE.txt", "overlay.js", "overlay.css", "console.css"):
        assert (static / name).stat().st_size > 0


def test_the_question_stream_and_the_ticker_read_the_question_records(show: LiveShow,
                                                                      clients: dict) -> None:
    store = show.app.store
    store.audit("question", "Ava", platform="console", channel="live", text="beef price?",
                lang="en", outcome="answered", reason=None, sku="BEEF-SHANK-1KG",
                latency_ms=812.5, reply="Beef shank: ¥89.90 tonight.")
    store.audit("question", "小明", platform="console", channel="live", text="有榴莲吗？",
                lang="zh", outcome="unanswered", reason="not_carried", sku=None,
                latency_ms=640.0, reply="抱歉，今晚没有榴莲。")
    client, _ = clients["viewer"]
    stream = client.get("/console/panel/questions").text
    assert "beef price?" in stream and "Beef shank: ¥89.90 tonight." in stream
    assert "unanswered: not_carried" in stream and "812 ms" in stream
    assert stream.index("有榴莲吗") < stream.index("beef price?")  # newest first
    ticker = httpx.get(f"{show.url}/overlay/ticker", params={"token": OVERLAY_TOKEN}).text
    assert "Beef shank: ¥89.90 tonight." in ticker and "有榴莲吗" not in ticker  # answered only
    audit = client.get("/console/panel/audit")
    assert audit.status_code == 403  # a viewer does not read the audit log
    moderator, _ = clients["moderator"]
    only = moderator.get("/console/panel/audit", params={"kind": "question", "actor": "小明"}).text
    assert "有榴莲吗" in only and "beef price?" not in only


def test_a_draw_run_from_the_console_with_a_removal_and_a_reroll(show: LiveShow,
                                                                 clients: dict) -> None:
    import uuid

    from bot.events import ChatMessage, Role, Viewer

    client, csrf = clients["moderator"]
    r = client.post("/console/draws", data={"prize": "Rice cooker", "keyword": "rice",
                                            "winners": "1", "csrf": csrf})
    assert r.status_code == 200, r.text
    draw_id = show.app.draws.list(1)[0]["id"]
    assert client.post(f"/console/draws/{draw_id}/open", data={"csrf": csrf}).status_code == 200

    async def enter() -> None:
        for name in ("Ava", "Bo", "Cy"):
            viewer = Viewer("console", name.lower(), name, Role.VIEWER)
            await show.app.pipeline.handle(ChatMessage("console", "live", uuid.uuid4().hex,
                                                       viewer, "rice", show.clock.now()))
        show.app.draws.flush()

    show.run(enter())
    r = client.post(f"/console/draws/{draw_id}/remove", data={"who": "console:Bo",
                                                              "reason": "alt account",
                                                              "csrf": csrf})
    assert r.status_code == 200, r.text
    assert client.post(f"/console/draws/{draw_id}/pick", data={"csrf": csrf}).status_code == 200
    row = show.app.draws.list(1)[0]
    first = [p["name"] for p in row["picks"] if p["status"] == "pending"]
    assert len(first) == 1 and first[0] != "Bo"
    r = client.post(f"/console/draws/{draw_id}/reroll", data={"who": first[0], "csrf": csrf})
    assert r.status_code == 200, r.text
    row = show.app.draws.list(1)[0]
    statuses = {p["name"]: p["status"] for p in row["picks"]}
    assert statuses[first[0]] == "rerolled" and "Bo" not in statuses
    panel = client.get("/console/panel/draws").text
    assert f"--list-hash {row['list_hash']}" in panel and row["commitment"] in panel
    kinds = [e["kind"] for e in show.app.store.audit_entries(kind="console.draw")]
    assert kinds[-4:] == ["console.draw.open", "console.draw.remove", "console.draw.pick",
                          "console.draw.reroll"]


def test_a_chinese_moderator_reads_the_consoles_results_in_chinese(show: LiveShow,
                                                                   clients: dict) -> None:
    """Done and not-done lines are whole Chinese sentences (issue 17: no English inside)."""
    client, csrf = clients["moderator"]
    zh = {"lang": "zh"}
    r = client.post("/console/show/promotion", params=zh, data={"promotion": "NOPE", "on": "1",
                                                                "csrf": csrf})
    assert r.status_code == 409 and "未完成：节目单中没有促销「NOPE」" in r.text, r.text
    r = client.post("/console/show/extend", params=zh, data={"seconds": "abc", "csrf": csrf})
    assert r.status_code == 409 and "秒数：需要数字，而不是「abc」" in r.text, r.text
    r = client.post("/console/draws/999/open", params=zh, data={"csrf": csrf})
    assert r.status_code == 409 and "999" in r.text and "no draw" not in r.text.lower(), r.text
    r = client.post("/console/pause", params=zh, data={"csrf": csrf})
    assert r.status_code == 200 and "已完成：已暂停。" in r.text, r.text
    r = client.post("/console/resume", params={"lang": "en"}, data={"csrf": csrf})
    assert r.status_code == 200 and "Done: resumed." in r.text, r.text
    viewer, viewer_csrf = clients["viewer"]
    r = viewer.post("/console/pause", params=zh, data={"csrf": viewer_csrf})
    assert r.status_code == 403 and "需要管理员权限" in r.text, r.text
    r = httpx.post(f"{show.url}/console/pause", params=zh)
    assert r.status_code == 401 and "请先登录" in r.text, r.text


def test_overlays_share_one_render_until_something_changes(
        show: LiveShow, monkeypatch: pytest.MonkeyPatch) -> None:
    """50 overlays cost one render per change (bench/overlay.py: they no longer slow the
    chat), and a change or a new second is drawn afresh, never served stale."""
    from types import SimpleNamespace

    from starlette.requests import Request

    console = show.app.console
    assert console is not None
    wall = SimpleNamespace(monotonic=lambda: 100.0)
    monkeypatch.setattr("plugins.webui.console.time", wall)
    drawn: list[str] = []
    real = console._overlay_data
    monkeypatch.setattr(console, "_overlay_data",
                        lambda kind, lang, request: drawn.append(kind) or real(kind, lang, request))
    request = Request({"type": "http", "query_string": b"", "headers": []})
    first = [console.overlay_fragment("card", "en", request) for _ in range(50)]
    assert len(drawn) == 1 and len(set(first)) == 1
    console.overlay_fragment("card", "zh", request)  # another language is another fragment
    assert len(drawn) == 2
    console.hub.publish("card")  # a price webhook, a sale starting ...
    console.overlay_fragment("card", "en", request)
    assert len(drawn) == 3
    wall.monotonic = lambda: 101.0  # once a second anyway (entry counts send no event)
    console.overlay_fragment("card", "en", request)
    assert len(drawn) == 4
