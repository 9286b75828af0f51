"""Chat filters and escalation.

`ChatFilters.check` judges one message and returns a `Verdict` or None. It runs on every
message of the show, so it is built for throughput: patterns are compiled once, and each
filter starts with a test that costs next to nothing (a length, `str.isascii`, a substring) so
the common message never reaches a regular expression it cannot fail.

`Escalation` turns repeated verdicts against one viewer into stronger steps (warn, delete,
timeout) and forgets strikes after `decay_seconds`.

What counts as spam was chosen against false positives a shopping show sees all the time:
timestamps (1:15:20) and prices (¥89.9, $12.50) are not links, Chinese has no capitals, and a
draw keyword pasted by hundreds of viewers is an entry, not a flood.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from dataclasses import dataclass, field

from bot.events import ChatMessage
from bot.moderation.settings import EscalationSettings, FiltersSettings
from bot.questions import looks_like_question

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")
_SYMBOL = re.compile(r"[^\w\s]")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")
# Anything that is not a letter, digit or CJK character: squeezed out before matching Chinese
# blocked words, so "加 微 信" and "加-微-信" still match "加微信".
_SQUEEZE = re.compile(r"[\W_]+")

# Top-level domains worth catching without a scheme. A bare "word.tld" needs one of these,
# so "1:15:20", "¥89.9", "3.5kg" and "v1.2" never look like links.
_TLDS = (
    "com|net|org|io|gg|tv|ly|me|co|cn|xyz|info|shop|store|link|top|club|app|dev|ru|uk|de|jp|kr|"
    "us|biz|site|online|live|vip|fun|icu|tk|ml|ga|cf|gq|buzz|cc|su|pw|ws|sh|to|gl|gd|bit|click|"
    "win|bid|loan|work|pro|tw|hk|sg|fr|es|it|nl|eu|ca|au|br|in"
)
# A dot, or the ways spammers spell one: (dot) [dot] [.] and the ideographic full stop.
_DOT = r"(?:\.|。|\s*[\(\[]\s*(?:dot|\.)\s*[\)\]]\s*)"
_LINK = re.compile(
    rf"(?:https?://|www{_DOT})[^\s]+"
    rf"|\b(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?{_DOT})+(?:{_TLDS})\b(?:/[^\s]*)?",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"^(?:https?://)", re.IGNORECASE)
_DOT_WORD = re.compile(r"\s*[\(\[]\s*(?:dot|\.)\s*[\)\]]\s*|。", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a message was stopped: the filter's name and a short detail for the audit log."""

    filter: str
    detail: str = ""


def _norm_key(text: str) -> str:
    """Text as repeats compare it: case and spacing do not make a message new."""
    return " ".join(text.casefold().split())


def _host(link: str) -> str:
    link = _DOT_WORD.sub(".", _SCHEME.sub("", link))
    return link.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0].lower().rstrip(".")


@dataclass(slots=True)
class _Flood:
    since: float
    viewers: dict[tuple[str, str], float] = field(default_factory=dict)


class ChatFilters:
    """Every configured filter over one message. Stateful only for repeats and floods."""

    def __init__(self, settings: FiltersSettings) -> None:
        self.settings = s = settings
        self.enabled = s.enabled
        self._caps = s.caps if s.caps.enabled else None
        self._links = s.links if s.links.enabled else None
        self._symbols = s.symbols if s.symbols.enabled else None
        self._repeats = s.repeats if s.repeats.enabled else None
        self._max_chars = s.length.max_chars if s.length.enabled else None
        self._allow = tuple(d.lower().lstrip(".") for d in s.links.allow)
        # (platform, lowercased display name or id) → permitted until.
        self._permits: dict[tuple[str, str], float] = {}
        self._word_re, self._cjk_word_re, self._groups = self._compile_blocked()
        self._history: dict[tuple[str, str], deque[tuple[float, str]]] = {}
        self._floods: dict[str, _Flood] = {}
        self._next_sweep = 0.0

    def _compile_blocked(self):  # noqa: ANN202 - three compiled patterns (or None)
        b = self.settings.blocked
        if not b.enabled:
            return None, None, []
        latin = [w.strip() for w in b.words if w.strip() and not _CJK.search(w)]
        cjk = [_SQUEEZE.sub("", w) for w in b.words if _CJK.search(w)]
        word_re = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, latin)) + r")(?!\w)", re.IGNORECASE)
            if latin
            else None
        )
        cjk_re = re.compile("|".join(map(re.escape, cjk))) if cjk else None
        groups = [
            (name, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
            for name, patterns in b.patterns.items()
            if patterns
        ]
        return word_re, cjk_re, groups

    # -- permits ------------------------------------------------------------------------------

    def permit(self, platform: str, name: str, now: float) -> float:
        """Let one viewer post links for a while (`!permit @viewer`); returns until when."""
        until = now + self.settings.links.permit_seconds
        self._permits[(platform, name.lower())] = until
        return until

    def _permitted(self, msg: ChatMessage, now: float) -> bool:
        v = msg.viewer
        for key in ((v.platform, v.display_name.lower()), (v.platform, v.id.lower())):
            until = self._permits.get(key)
            if until is not None:
                if until > now:
                    return True
                del self._permits[key]
        return False

    # -- the check ----------------------------------------------------------------------------

    def check(self, msg: ChatMessage, now: float) -> Verdict | None:
        """The first filter the message breaks, cheapest checks first; None if it is fine."""
        if not self.enabled:
            return None
        text = msg.text
        n = len(text)
        if self._max_chars is not None and n > self._max_chars:
            return Verdict("length", f"{n} characters")
        ascii_only = text.isascii()
        # Full-width letters and digits (ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ) become plain ones.
        norm = text if ascii_only else unicodedata.normalize("NFKC", text)

        if self._word_re is not None and (m := self._word_re.search(norm)):
            return Verdict("blocked", m.group(0))
        if self._cjk_word_re is not None and not ascii_only:
            if m := self._cjk_word_re.search(_SQUEEZE.sub("", norm)):
                return Verdict("blocked", m.group(0))
        for name, pattern in self._groups:
            if pattern.search(norm):
                return Verdict("blocked", name)

        if self._links is not None and ("." in norm or "。" in norm or "(" in norm or "[" in norm):
            for m in _LINK.finditer(norm):
                host = _host(m.group(0))
                if not any(host == d or host.endswith("." + d) for d in self._allow):
                    if self._permitted(msg, now):
                        break
                    return Verdict("links", host)

        caps = self._caps
        if caps is not None and n >= caps.min_letters and text != text.lower():
            upper = len(_UPPER.findall(text))
            letters = upper + len(_LOWER.findall(text))
            if letters >= caps.min_letters and upper > caps.max_ratio * letters:
                return Verdict("caps", f"{upper}/{letters} capitals")

        sym = self._symbols
        if sym is not None and n >= sym.min_length and not norm.isalnum():
            symbols = len(_SYMBOL.findall(norm))
            if symbols > sym.max_ratio * n:
                return Verdict("symbols", f"{symbols}/{n} symbols")
            if symbols > sym.max_emoji and len(_EMOJI.findall(norm)) > sym.max_emoji:
                return Verdict("symbols", "emoji")

        if self._repeats is not None:
            return self._repeated(msg, norm, now)
        return None

    def _repeated(self, msg: ChatMessage, norm: str, now: float) -> Verdict | None:
        r = self._repeats
        assert r is not None
        if now >= self._next_sweep:
            self._sweep(now)
        key = _norm_key(norm)
        if not key:
            return None
        since = now - r.window_seconds
        viewer = msg.viewer.key
        history = self._history.get(viewer)
        if history is None:
            history = self._history[viewer] = deque(maxlen=r.max_repeats)
        history.append((now, key))
        if len(history) == r.max_repeats and all(t >= since and k == key for t, k in history):
            return Verdict("repeats", f"{r.max_repeats}x in {r.window_seconds:g}s")
        # Hundreds of viewers asking the same question at once is a show going well, not
        # spam: the answers feature coalesces them into one reply.
        if len(key) < r.flood_min_length or looks_like_question(msg):
            return None
        flood = self._floods.get(key)
        if flood is None or flood.since < since:
            flood = self._floods[key] = _Flood(now)
        flood.viewers[viewer] = now
        if len(flood.viewers) >= r.flood_viewers:
            return Verdict("flood", f"{len(flood.viewers)} viewers")
        return None

    def _sweep(self, now: float) -> None:
        """Forget history older than the window, so memory follows the live audience."""
        assert self._repeats is not None
        since = now - self._repeats.window_seconds
        self._history = {k: h for k, h in self._history.items() if h and h[-1][0] >= since}
        self._floods = {k: f for k, f in self._floods.items() if f.since >= since}
        self._permits = {k: t for k, t in self._permits.items() if t > now}
        self._next_sweep = now + self._repeats.window_seconds


class Escalation:
    """Strikes per viewer, each forgotten after `decay_seconds`; the step grows with them."""

    def __init__(self, settings: EscalationSettings) -> None:
        self.settings = settings
        self._strikes: dict[tuple[str, str], list[float]] = {}

    def strike(self, key: tuple[str, str], now: float) -> tuple[str, int]:
        """Record a strike; returns (step, strike number within the decay window)."""
        since = now - self.settings.decay_seconds
        strikes = [t for t in self._strikes.get(key, ()) if t > since]
        strikes.append(now)
        self._strikes[key] = strikes
        steps = self.settings.steps
        return steps[min(len(strikes), len(steps)) - 1], len(strikes)

    def forgive(self, key: tuple[str, str]) -> None:
        self._strikes.pop(key, None)
