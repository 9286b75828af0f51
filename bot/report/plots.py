"""The report's plots: matplotlib figures (no pyplot: no figure registry, no GUI backend)
written as SVG to inline into the HTML file.

Text is drawn as paths (matplotlib's default ``svg.fonttype``), so the file needs no font on the
reader's machine; the font list falls back to Noto Sans CJK (Debian's fonts-noto-cjk) for
Chinese product names, glyph by glyph (matplotlib ≥ 3.6).
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import matplotlib
import numpy as np
from matplotlib.artist import Artist
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from matplotlib.typing import RcKeyType

# Tried in order for each glyph; the first is bundled with matplotlib, the rest cover Chinese.
FONTS = ("DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC",
         "WenQuanYi Zen Hei", "Droid Sans Fallback")
COLORS = {"answered": "#2a9d8f", "unanswered": "#e76f51", "held": "#e9c46a",
          "units": "#457b9d", "deal": "#d62828"}
SERIES = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae"]

_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.S)
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)  # RDF credits: bytes, no use


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig


def _mark(artists: Iterable[Artist], prefix: str) -> None:
    """Name each drawn mark (bar, histogram bin) ``<prefix>-<k>``: the SVG element's id, so a
    browser test can find the marks and measure them."""
    for k, artist in enumerate(artists):
        artist.set_gid(f"{prefix}-{k}")


def _svg(fig: Figure, name: str) -> str:
    """The figure as an inline <svg> element (no XML prolog); ids salted with `name` so that
    several plots in one page never share a clip-path id."""
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": name}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = _METADATA.sub("", _PROLOG.sub("", buf.getvalue(), count=1), count=1)
    return svg.replace("<svg ", f'<svg class="plot" data-plot="{name}" role="img" ', 1)


@functools.cache
def fonts() -> list[str]:
    """`FONTS` that are installed (asking for a missing one logs a warning per glyph)."""
    from matplotlib import font_manager

    have = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in FONTS if name in have] or ["DejaVu Sans"]


# rc_context changes matplotlib's global settings for the block: one plot at a time, so the
# console can render a report in a worker thread while another is being drawn.
_LOCK = threading.Lock()


@contextlib.contextmanager
def _drawing() -> Iterator[None]:
    with _LOCK, matplotlib.rc_context(style()):
        yield


def style() -> dict[RcKeyType, Any]:
    """The rc settings every plot is drawn under (use with `matplotlib.rc_context`)."""
    # parse_math off: a product called "$5 off $10" is text, not TeX (its "$"s kept)
    return {"font.family": fonts(), "font.size": 10, "text.parse_math": False, "axes.spines.top": False,
            "axes.spines.right": False, "axes.grid": True, "grid.alpha": 0.3,
            "axes.axisbelow": True}


def stacked_barh(name: str, labels: Sequence[str], stacks: Mapping[str, Sequence[int]],
                 colors: Mapping[str, str], xlabel: str) -> str:
    """Horizontal bars, one per label (top to bottom in the given order), stacked by series:
    ``stacks[series][i]`` is label i's count in that series."""
    with _drawing():
        fig = _figure(9, max(2.2, 0.45 * len(labels) + 1.2))
        ax = fig.add_subplot()
        y = np.arange(len(labels))[::-1]
        left = np.zeros(len(labels))
        for i, (series, values) in enumerate(stacks.items()):
            v = np.asarray(values, dtype=float)
            drawn = v > 0  # a zero-width bar is no mark (and costs a patch)
            bars = ax.barh(y[drawn], v[drawn], left=left[drawn], color=colors.get(series),
                           label=series, height=0.7)
            _mark(bars, f"{name}-mark-{i}")
            left += v
        ax.set_yticks(y, labels)
        ax.set_xlabel(xlabel)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right", frameon=False)
        return _svg(fig, name)


def stacked_columns(name: str, x: Sequence[int], stacks: Mapping[str, Sequence[float]],
                    colors: Mapping[str, str], xlabel: str, ylabel: str,
                    markers: Sequence[float] = (), marker_label: str = "") -> str:
    """Columns at integer x (show minutes), stacked by series; `markers` are x positions drawn
    as vertical dashed lines (deal announcements)."""
    with _drawing():
        fig = _figure(9, 3.4)
        ax = fig.add_subplot()
        bottom = np.zeros(len(x))
        xs = np.asarray(x)
        for i, (series, values) in enumerate(stacks.items()):
            v = np.asarray(values, dtype=float)
            drawn = v > 0  # most minutes of a long show have none of a kind
            bars = ax.bar(xs[drawn], v[drawn], bottom=bottom[drawn], width=0.85, align="edge",
                          color=colors.get(series, SERIES[i % len(SERIES)]), label=series)
            _mark(bars, f"{name}-mark-{i}")
            bottom += v
        for j, at in enumerate(markers):
            ax.axvline(at, color=COLORS["deal"], linestyle="--", linewidth=1,
                       label=marker_label if j == 0 else None, gid=f"{name}-marker-{j}")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_ylim(0, max(1.0, float(bottom.max(initial=0)) * 1.08))
        ax.set_xlim(min(x, default=0) - 0.5, max(x, default=0) + 1.5)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="x", visible=False)
        ax.legend(loc="upper right", frameon=False)
        return _svg(fig, name)


def histogram(name: str, values: Sequence[float], lines: Mapping[str, float], xlabel: str,
              ylabel: str) -> str:
    """A histogram of `values` with labelled vertical lines (p50, p95)."""
    with _drawing():
        fig = _figure(9, 3.2)
        ax = fig.add_subplot()
        bins = min(40, max(5, len(values) // 2))
        _, _, bars = ax.hist(values, bins=bins, color=COLORS["answered"], edgecolor="white")
        assert isinstance(bars, BarContainer)  # one data set: one container of bins
        _mark(bars, f"{name}-mark-0")
        for (label, value), color in zip(lines.items(), ("#264653", COLORS["unanswered"]),
                                         strict=False):
            ax.axvline(value, color=color, linestyle="--", linewidth=1.2,
                       label=f"{label} {value:,.0f}")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(loc="upper right", frameon=False)
        return _svg(fig, name)
