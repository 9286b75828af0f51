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
