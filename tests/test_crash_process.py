"""Crash tests: a real `hawker run` process, killed with SIGKILL at random points while bridge
entries, shop events, draw results and moderator `!stock` flow over loopback (bench/crash.py
is the harness). Nothing acknowledged is lost; no draw result or sale event is said twice."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _harness():
    spec = importlib.util.spec_from_file_location("bench_crash", ROOT / "bench" / "crash.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_crash"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
async def test_ten_kills_lose_nothing_acknowledged_and_say_nothing_twice(tmp_path):
    figures = await _harness().crash_run(kills=10, seed=21, base=tmp_path)
    paths = figures["paths"]
    assert figures["kills"] == 10
    # Every path was exercised across the kills, and held.
    assert paths["entries"]["acknowledged"] > 50, figures
    assert paths["sale_events"]["acknowledged"] > 10, figures
    assert paths["draw_results"]["acknowledged"] >= 2, figures
    assert paths["stock"]["acknowledged"] >= 2, figures
    for name, path in paths.items():
        assert path["lost"] == 0, (name, figures)
        assert path["said_twice"] == 0, (name, figures)
    assert paths["draw_results"]["claim_window_before_said"] == 0, figures
    assert paths["sale_events"]["started"] - paths["sale_events"]["ended"] in (0, 1)
