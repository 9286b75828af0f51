"""Wrong tokens are limited per client address, on the show's clock: ten in a minute, then the
console's sign-in form and the admin API both answer 429 with Retry-After (before looking at
the token, so a right guess gets nothing either), one audit line per lockout, and a minute
later the address may try again. Right tokens never count."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from webui_support import TOKENS, LiveShow, live_show

from bot.clock import FakeClock
from bot.store import Store
from plugins.webhooks.lockout import Lockout


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveShow]:
    with live_show(tmp_path_factory.mktemp("lockout") / "h.db", FakeClock()) as running:
        yield running


def _lockouts(show: LiveShow) -> list[dict]:
    return show.app.store.audit_entries(kind="auth.locked_out")


def _next_minute(show: LiveShow) -> None:
    clock = show.clock
    assert isinstance(clock, FakeClock)
    show.run(clock.advance(61))


def test_sign_in_locks_an_address_out_after_ten_wrong_tokens(show: LiveShow) -> None:
    _next_minute(show)
    before = len(_lockouts(show))
    with httpx.Client(base_url=show.url, timeout=10) as client:
        for _ in range(5):  # right tokens do not count
            assert client.post("/console/login", data={"token": TOKENS["viewer"]}).status_code == 303
        for i in range(10):
            r = client.post("/console/login", data={"token": f"guess-{i}"})
            assert r.status_code == 401, (i, r.text)
        for token in ("guess-x", TOKENS["host"]):  # locked: even the right token is refused
            r = client.post("/console/login", data={"token": token})
            assert r.status_code == 429, r.text
            assert 0 < int(r.headers["retry-after"]) <= 60
            assert "Too many wrong tokens" in r.text
        zh = client.post("/console/login", params={"lang": "zh"}, data={"token": "guess-y"})
        assert zh.status_code == 429 and "次数过多" in zh.text and "Too many" not in zh.text
        new = _lockouts(show)[before:]
        assert len(new) == 1  # once per lockout, not per attempt
        assert new[0]["actor"] == "address:127.0.0.1" and new[0]["detail"]["attempts"] == 10
        _next_minute(show)
        assert client.post("/console/login", data={"token": TOKENS["host"]}).status_code == 303


def test_the_admin_api_locks_out_bad_bearer_tokens(show: LiveShow) -> None:
    _next_minute(show)
    before = len(_lockouts(show))

    def state(token: str) -> httpx.Response:
        return httpx.get(f"{show.url}/admin/state", headers={"Authorization": f"Bearer {token}"})

    for _ in range(12):
        assert state(TOKENS["viewer"]).status_code == 200  # right tokens never count
    for i in range(10):
        assert state(f"wrong-{i}").status_code == 401
    for token in ("wrong-x", TOKENS["host"]):
        r = state(token)
        assert r.status_code == 429, r.text
        assert 0 < int(r.headers["retry-after"]) <= 60 and "too many" in r.json()["error"]
    assert len(_lockouts(show)[before:]) == 1
    _next_minute(show)
    assert state(TOKENS["host"]).status_code == 200


def test_the_console_and_the_admin_api_share_one_count(show: LiveShow) -> None:
    _next_minute(show)
    for i in range(5):
        r = httpx.get(f"{show.url}/admin/state", headers={"Authorization": f"Bearer w{i}"})
        assert r.status_code == 401
    for i in range(5):
        assert httpx.post(f"{show.url}/console/login", data={"token": f"g{i}"}).status_code == 401
    assert httpx.post(f"{show.url}/console/login",
                      data={"token": TOKENS["viewer"]}).status_code == 429
    _next_minute(show)


def test_the_window_slides_and_each_lockout_is_audited_once(tmp_path: Path) -> None:
    clock, store = FakeClock(), Store(tmp_path / "h.db")
    lockout = Lockout(clock, store)
    for _ in range(9):
        lockout.failed("10.0.0.1", "/console/login")
        asyncio.run(clock.advance(5))  # nine failures over 45 s
    assert lockout.retry_after("10.0.0.1") == 0
    lockout.failed("10.0.0.1", "/console/login")  # the tenth, at 45 s: locked out
    assert lockout.retry_after("10.0.0.1") == 15  # until the first leaves the window at 60 s
    assert lockout.retry_after("10.0.0.2") == 0  # per address
    lockout.failed("10.0.0.1", "/console/login")  # raced past the check: not audited again
    asyncio.run(clock.advance(15))
    assert lockout.retry_after("10.0.0.1") == 0  # one slot free again, not a whole minute
    lockout.failed("10.0.0.1", "/admin/state")  # and that one fills it: a second lockout
    assert lockout.retry_after("10.0.0.1") == 5
    entries = store.audit_entries(kind="auth.locked_out")
    assert [e["detail"]["route"] for e in entries] == ["/console/login", "/admin/state"]
    assert entries[0]["detail"]["seconds"] == 15
    store.close()
