"""The console and the overlays in a real headless Chromium (tests/browser.py) against the
sample show on a loopback server: sign in, approve a held answer, a shop price webhook reaching
the overlay within 1 s, a draw run from the console to the overlay's winner reveal. Screenshots
go to tests/screenshots/ (docs/ keeps the README's copies)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webui_support import OVERLAY_TOKEN, TOKENS, LiveShow, live_show

from bot.events import ChatMessage, Role, Viewer

pytestmark = pytest.mark.slow

SKU = "BEEF-SHANK-1KG"


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveShow]:
    with live_show(tmp_path_factory.mktemp("webui-browser") / "h.db") as running:
        yield running


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    """One Chromium for the module (the conftest `browser` fixture opens one per test)."""
    from tests.browser import chromium, missing_reason

    if (reason := missing_reason()) is not None:
        pytest.skip(reason)
    with chromium() as driver:
        yield driver


def wait_for(driver: Any, css: str, text: str | None = None, timeout: float = 5.0) -> Any:
    """The element `css` once it exists (and its text, shown or not, contains `text`: a
    vertical overlay is taller than the window); TimeoutException otherwise."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def found(d: Any) -> Any:
        for el in d.find_elements(By.CSS_SELECTOR, css):
            if text is None or text in (el.get_attribute("textContent") or ""):
                return el
        return False

    from selenium.common.exceptions import StaleElementReferenceException

    # an element swapped out between finding and reading it is looked for again
    return WebDriverWait(driver, timeout, poll_frequency=0.02,
                         ignored_exceptions=[StaleElementReferenceException]).until(found)


def click(driver: Any, css: str) -> None:
    """Click `css`, looked up again if its panel redrew between finding and clicking it (a
    panel redraws on every change: the action's own push, then the audit watcher's)."""
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(50):
        try:
            wait_for(driver, css).click()
            return
        except StaleElementReferenceException:
            time.sleep(0.02)
    raise AssertionError(f"{css} kept going stale")


def type_into(driver: Any, css: str, text: str) -> None:
    """Type `text` into `css`, looked up again if its panel redrew in between (as `click`)."""
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(50):
        try:
            wait_for(driver, css).send_keys(text)
            return
        except StaleElementReferenceException:
            time.sleep(0.02)
    raise AssertionError(f"{css} kept going stale")


def text_of(driver: Any, css: str) -> str:
    return str(driver.execute_script(f"return document.querySelector({css!r}).textContent"))


def shot(driver: Any, name: str) -> Path:
    from tests.browser import screenshot

    return screenshot(driver, name)


@pytest.fixture(scope="module")
def console(chrome: Any, show: LiveShow) -> str:
    """Signed in as the host, through the login form; the console's window handle."""
    from selenium.webdriver.common.by import By

    chrome.get(f"{show.url}/console/login")
    chrome.find_element(By.ID, "token").send_keys(TOKENS["host"])
    chrome.find_element(By.ID, "sign-in").click()
    wait_for(chrome, "#who", "host-ann")
    wait_for(chrome, "#panel-show h2")
    return str(chrome.current_window_handle)


def test_a_wrong_token_is_refused_in_the_form(chrome: Any, show: LiveShow) -> None:
    from selenium.webdriver.common.by import By

    chrome.get(f"{show.url}/console/login")
    chrome.find_element(By.ID, "token").send_keys("not-a-token")
    chrome.find_element(By.ID, "sign-in").click()
    assert "not one of this show's admin tokens" in wait_for(chrome, "#error").text


def test_approve_a_held_answer(chrome: Any, show: LiveShow, console: str) -> None:

    chrome.switch_to.window(console)
    item = show.hold_answer("is the beef shank grass-fed?", "Yes: grass-fed, Inner Mongolia.")
    wait_for(chrome, f"#held-{item}")  # pushed to the open console (SSE), no reload
    shot(chrome, "console")
    click(chrome, f"#held-{item} button.approve")
    wait_for(chrome, "#flash", f"#{item}")
    deadline = time.monotonic() + 5
    while not any("Inner Mongolia" in d.text for d in show.console_adapter.sent):
        assert time.monotonic() < deadline, "the approved answer was not sent"
        time.sleep(0.05)
    assert show.run(lambda: show.app.moderation.controls.queue.get(item)).status == "approved"
    entry = show.app.store.audit_entries(kind="console.review.approve")[-1]
    assert entry["actor"] == "console:host-ann"
    show.run(lambda: show.app.moderation.controls.set_review(False))


def viewport(driver: Any, width: int, height: int) -> None:
    """The page's size exactly (what OBS gives a browser source), whatever the window's."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def test_a_price_webhook_reaches_the_overlay_within_a_second(chrome: Any, show: LiveShow,
                                                             console: str) -> None:
    chrome.switch_to.new_window("tab")
    chrome.get(f"{show.url}/overlay/card?token={OVERLAY_TOKEN}&sku=RICE-JASMINE-5KG")
    wait_for(chrome, "#card-price", "¥")
    for price in ("66.60", "64.40", "59.00"):
        sent = time.monotonic()
        assert show.signed_price("RICE-JASMINE-5KG", price).status_code == 200
        wait_for(chrome, "#card-price", f"¥{price}", timeout=1.0)
        assert time.monotonic() - sent < 1.0
    chrome.close()
    chrome.switch_to.window(console)


def test_a_flash_sale_and_a_sell_out_reach_the_overlay(chrome: Any, show: LiveShow,
                                                       console: str) -> None:
    from selenium.webdriver.common.by import By

    chrome.switch_to.new_window("tab")
    viewport(chrome, 1920, 1080)
    chrome.get(f"{show.url}/overlay/card?token={OVERLAY_TOKEN}")  # follows the show
    wait_for(chrome, "#card-price", "¥")
    started = time.monotonic()
    assert show.run(show.app.show.start)  # segment 1: the beef, its 3-minute flash price
    wait_for(chrome, "#card-price", "¥69.90", timeout=1.0)
    wait_for(chrome, "#card-countdown", ":", timeout=1.0)
    countdown = text_of(chrome, "#card-countdown")
    assert time.monotonic() - started < 1.0
    assert countdown.startswith(("3:00", "2:5"))  # ticking from the promotion's end
    time.sleep(1.2)
    assert text_of(chrome, "#card-countdown") != countdown
    shot(chrome, "overlay-card")

    # this product's card (the show itself moves on from a sold-out product)
    chrome.get(f"{show.url}/overlay/card?token={OVERLAY_TOKEN}&sku={SKU}&layout=vertical&lang=zh")
    viewport(chrome, 1080, 1920)
    wait_for(chrome, "#card-name", "牛腱")
    assert chrome.execute_script("return document.body.clientHeight") == 1920
    bg = chrome.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert bg in ("rgba(0, 0, 0, 0)", "transparent")
    overlay = chrome.current_window_handle
    chrome.switch_to.window(console)
    from selenium.common.exceptions import StaleElementReferenceException

    for _ in range(50):  # the row may redraw before the cursor is in it (then it waits)
        try:
            row = wait_for(chrome, f"#product-{SKU}")
            stock = row.find_element(By.NAME, "stock")
            stock.clear()
            stock.send_keys("0")
            row.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            break
        except StaleElementReferenceException:
            time.sleep(0.02)
    edited = time.monotonic()
    chrome.switch_to.window(overlay)
    wait_for(chrome, "#card-sold-out", "已售罄", timeout=1.0)
    assert time.monotonic() - edited < 1.5  # includes switching tabs
    shot(chrome, "overlay-card-vertical")
    chrome.close()
    chrome.switch_to.window(console)


def _enter(show: LiveShow, keyword: str, names: list[str]) -> None:
    async def chat() -> None:
        for name in names:
            viewer = Viewer("console", name.lower(), name, Role.VIEWER)
            await show.app.pipeline.handle(ChatMessage(
                "console", "live", f"m-{uuid.uuid4().hex[:8]}", viewer, keyword,
                show.clock.now()))
        show.app.draws.flush()

    show.run(chat())


def test_a_draw_from_the_console_to_the_winner_reveal(chrome: Any, show: LiveShow,
                                                      console: str) -> None:
    chrome.switch_to.window(console)
    # (the console's panels redraw on every push: each field is looked up as it is used, and
    # filled again if a redraw emptied the form before it was sent)
    for _ in range(5):
        type_into(chrome, "#draw-create [name=prize]", "Beef shank gift box")
        type_into(chrome, "#draw-create [name=keyword]", "beefbox")
        if chrome.execute_script(
                "const f = document.querySelector('#draw-create');"
                "return f.prize.value === 'Beef shank gift box' && f.keyword.value === 'beefbox';"):
            break
        chrome.execute_script("document.querySelector('#draw-create').reset();")
    click(chrome, "#draw-create button[type=submit]")
    created = wait_for(chrome, "div.draw-created", "Beef shank gift box")
    draw_id = created.get_attribute("id")
    click(chrome, f"#{draw_id} button.open")
    wait_for(chrome, f"#{draw_id}.draw-open")
    _enter(show, "beefbox", ["Ava", "Bo", "Cy", "Dee", "小明"])

    chrome.switch_to.new_window("tab")
    viewport(chrome, 1920, 1080)
    chrome.get(f"{show.url}/overlay/draw?token={OVERLAY_TOKEN}")
    wait_for(chrome, "#draw-entries", "5 entered", timeout=3)
    overlay = chrome.current_window_handle

    chrome.switch_to.window(console)
    click(chrome, f"#{draw_id} button.pick")
    picked = time.monotonic()
    chrome.switch_to.window(overlay)
    wait_for(chrome, "#draw-winner", "Winner", timeout=1.5)
    winner = text_of(chrome, "#draw-winner")
    assert time.monotonic() - picked < 1.5
    wait_for(chrome, "#draw-verify", "hawker draw verify")
    verify = text_of(chrome, "#draw-verify")
    row = show.app.draws.list(1)[0]
    assert row["commitment"] in verify and row["list_hash"] in verify
    assert any(name in winner for name in ["Ava", "Bo", "Cy", "Dee", "小明"])
    time.sleep(0.9)  # the reveal animation
    shot(chrome, "overlay-draw")
    chrome.close()
    chrome.switch_to.window(console)
    # the console shows the same verify line, ready to run
    wait_for(chrome, f"#{draw_id} .verify-line", row["list_hash"])
    shot(chrome, "console-draw")
