"""A real headless Chromium for the console, overlay and report tests: Debian's `chromium` and
`chromium-driver` (`make test` installs them), driven by Selenium; nothing is downloaded.

    def test_x(browser: WebDriver) -> None:  # the fixture is in tests/conftest.py
        browser.get(url)

Tests using it skip, saying why, only where the browser cannot be found.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
DRIVER_CANDIDATES = ("chromedriver",)


def _find(env: str, names: tuple[str, ...]) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        found = shutil.which(name) or shutil.which(name, path="/usr/bin:/usr/lib/chromium")
        if found:
            return found
    return None


def missing_reason() -> str | None:
    """Why no browser test can run here, or None when Chromium and its driver are installed."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if _find("HAWKER_CHROMIUM", CHROMIUM_CANDIDATES) is None:
        return "no Chromium: apt-get install chromium chromium-driver (make test does it as root)"
    if _find("HAWKER_CHROMEDRIVER", DRIVER_CANDIDATES) is None:
        return "no chromedriver: apt-get install chromium-driver"
    return None


@contextmanager
def chromium(width: int = 1920, height: int = 1080) -> Iterator[WebDriver]:
    """A headless Chromium window of `width`×`height` CSS pixels; closed on exit.

    Raises RuntimeError with `missing_reason()` when it cannot start."""
    reason = missing_reason()
    if reason is not None:
        raise RuntimeError(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _find("HAWKER_CHROMIUM", CHROMIUM_CANDIDATES) or ""
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--hide-scrollbars", "--lang=en-US"):
        options.add_argument(arg)
    service = Service(executable_path=_find("HAWKER_CHROMEDRIVER", DRIVER_CANDIDATES))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: WebDriver, name: str) -> Path:
    """Save a PNG of the current page under tests/screenshots/ (or $HAWKER_SCREENSHOTS)."""
    folder = Path(os.environ.get("HAWKER_SCREENSHOTS") or Path(__file__).parent / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
