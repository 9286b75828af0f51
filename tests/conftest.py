"""Shared fixtures. Feature-specific fixtures live in their own test modules."""

from __future__ import annotations

import pytest

from bot.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
