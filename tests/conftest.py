"""Shared fixtures. Feature-specific fixtures live in their own test modules."""

from __future__ import annotations

import pytest

from bot.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def host():
    """The sample show's persona (answers tests)."""
    from answers_support import persona

    return persona()


@pytest.fixture(scope="module")
def apparel():
    """A fresh index of the apparel test shop (tests/fixtures/shops/), per module."""
    from knowledge_shared import shop_kb

    return shop_kb("apparel")


@pytest.fixture(scope="module")
def snack():
    """A fresh index of the snack test shop, per module."""
    from knowledge_shared import shop_kb

    return shop_kb("snack")


@pytest.fixture(scope="module")
def outdoor():
    """A fresh index of the pet & outdoor test shop (USD, variants), per module."""
    from knowledge_shared import shop_kb

    return shop_kb("outdoor")


@pytest.fixture(scope="module")
def home():
    """A fresh index of the home & beauty test shop (GBP, variants), per module."""
    from knowledge_shared import shop_kb

    return shop_kb("home")


@pytest.fixture
def kb():
    """A fresh knowledge base over the sample catalog (answers tests)."""
    from answers_support import fresh_kb

    return fresh_kb()


@pytest.fixture
def browser():
    """A real headless Chromium (tests/browser.py); skips, saying why, when none is installed."""
    from tests.browser import chromium, missing_reason

    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    with chromium() as driver:
        yield driver
