"""Chat filters and escalation, tuned to live chat.

`ChatFilters.check` judges one message and returns a `Verdict` or None. Every filter reads the
text as `bot.textnorm` normalises it (NFKC, invisible characters removed, look-alike letters
folded), so a zero-width space or a Cyrillic "а" walks past none of them.

Two kinds of verdict:

* strikes (`Verdict.strike`): harm to the show. Blocked words, links not on the allow list,
  self-promotion and off-platform contacts (`promotion.py`), and copy-paste raids (the same long
  text from several viewers at once). `Escalation` counts them per viewer.
* ignores (`strike=False`): noise the bot should not act on, but which never costs a viewer a
  strike, a warning or a timeout: a long all-caps wall, symbol art or Zalgo, an emoji wall, a
  wall of text, one viewer pasting the same long text again and again.

What live chat is never punished for (see `livechat.py`): emotes and emote walls (not caps, not
symbols), hype in capitals, `???`, runs of flags, questions in capitals, chants and the cue
words of live commerce (`1`, `扣1`, `上链接`, `想要`, `666`) however often they are sent, and one
fan cheering the same thing again. Timestamps (1:15:20) and prices (¥89.9, $12.50) are not links.

It runs on every message of the show, so it is built for throughput: patterns are compiled once
per platform, ASCII text skips normalisation, and each filter starts with a test that costs next
to nothing (a length, `str.isascii`, a substring).

`Escalation` turns strikes against one viewer into steps: silent first (the bot ignores), then
the configured steps (warn, delete, timeout), strikes forgotten after `decay_seconds`.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.events import ChatMessage
from bot.moderation.livechat import is_chant, is_emote
from bot.moderation.promotion import Promotion
from bot.moderation.settings import (
    CapsSettings,
    EscalationSettings,
    FiltersSettings,
    RepeatsSettings,
    SymbolsSettings,
)
from bot.questions import looks_like_question
from bot.textnorm import clean, fold, name_key

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")
# Neither a letter, digit, space, nor part of an emoji (pictographs, flags, skin tones, joiners).
_SYMBOL = re.compile(
    "[^\\w\\s\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0f\u20e3\U000e0020-\U000e007f]"
)
# A letter or punctuation mark held ("GOOOOOO", "?????", "!!!!!"): hype, judged as if it were
# typed twice, so a long "LETS GOOOO..." is no caps wall and "??????" no symbol art. (Block,
# braille and emoji walls are judged as they are.)
_HELD = re.compile(r"([A-Za-z])\1{2,}")
_HELD_MARKS = re.compile(r"([!?.。！？~～]{1,2}?)\1{2,}")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Anything that is not a letter, digit or CJK character: squeezed out before matching Chinese
# blocked words, so "加 微 信" and "加-微-信" still match "加微信".
_SQUEEZE = re.compile(r"[\W_]+")
# Letters spelled out one by one: "w h a t s a p p", "f.o.l.l.o.w", and whole spelled phrases,
# "c h e c k   m y   c h a n n e l" (a wider gap between words) or "w w w . x y z . c o m".
_SPACED = re.compile(r"(?<![\w])(?:[a-z0-9](?:[ .\-_*]| +\. +| {2,4})){2,}[a-z0-9](?![\w])")
_SPACED_GAPS = re.compile(r" +\. +| {2,4}|[ .\-_*]")


def _unspace(spelled: str) -> str:
    """"c h e c k   m y" → "check my", "x y z . c o m" → "xyz.com", "s.c.a.m" → "scam"."""
    return _SPACED_GAPS.sub(lambda g: "." if "." in g[0] and " " in g[0] else
                            " " if len(g[0]) > 1 else "", spelled)
# Top-level domains worth catching without a scheme. A bare "word.tld" needs one of these,
# so "1:15:20", "¥89.9", "3.5kg" and "v1.2" never look like links.
_TLDS = (
    "com|net|org|io|gg|tv|ly|me|co|cn|xyz|info|shop|store|link|top|club|app|dev|ru|uk|de|jp|kr|"
    "us|biz|site|online|live|vip|fun|icu|tk|ml|ga|cf|gq|buzz|cc|su|pw|ws|sh|to|gl|gd|bit|click|"
    "win|bid|loan|work|pro|tw|hk|sg|fr|es|it|nl|eu|ca|au|br|in"
)
# A dot, or the ways spammers spell one: (dot) [dot] [.] " dot " " .com", the ideographic stop
# and middle dots.
_DOT = r"(?:\.|。|[·‧•∙⋅]|\s+\.|\s*[\(\[]\s*(?:dot|\.)\s*[\)\]]\s*|\s+dot\s+)"
# Domains are ASCII: their edges are ASCII edges, so "去cheapbeef.com看看" is a link too.
_LINK = re.compile(
    rf"(?:https?://|www(?:{_DOT}|\s+\.\s+))[^\s]+"
    rf"|(?<![a-z0-9_-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?{_DOT})+(?:{_TLDS})(?![a-z0-9_])"
    r"(?:/[^\s]*)?"
    # "t . me/name": a spaced dot only counts with a path after the domain.
    rf"|(?<![a-z0-9_-])[a-z0-9-]+\s+\.\s+(?:{_TLDS})/[^\s]*",
    re.IGNORECASE,
)
# Looked for only where the text has a "/" or a "点" (most chat has neither): "t me/name",
# the dot left out; and "cheapbeef点com", 点 (dot) read out, only before the commonest spam
# domains, so that "8点live" (at eight, live) stays a time.
_LINK_NO_DOT = re.compile(rf"(?<![a-z0-9_-])[a-z0-9-]+\s+(?:{_TLDS})/[^\s]*", re.IGNORECASE)
_LINK_ZH_DOT = re.compile(
    r"(?<![a-z0-9_-])[a-z][a-z0-9-]{1,62}\s*点\s*(?:com|net|org|cn|xyz|cc|vip|top|io)(?![a-z0-9])",
    re.IGNORECASE,
)


def _links(folded: str, ascii_only: bool) -> Iterator[re.Match[str]]:
    """Every link-like span in `folded`, the commonest shapes first."""
    yield from _LINK.finditer(folded)
    if "/" in folded:
        yield from _LINK_NO_DOT.finditer(folded)
    if not ascii_only and "点" in folded:
        yield from _LINK_ZH_DOT.finditer(folded)
_ODD_DOTS = re.compile("[。点·‧•∙⋅]")
_SCHEME = re.compile(r"^(?:https?://)", re.IGNORECASE)
_DOT_WORD = re.compile(
    r"\s*[\(\[]\s*(?:dot|\.)\s*[\)\]]\s*|。|[·‧•∙⋅]|\s+dot\s+|\s*\.\s*|\s*点\s*", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a message was stopped: the filter's name and a short detail for the audit log.

    `strike` False: the bot only ignores the message (no strike, warning or platform action).
    `earlier`: for a raid, the copies sent before it was recognised, to be removed as well.
    """

    filter: str
    detail: str = ""
    strike: bool = True
    earlier: tuple[ChatMessage, ...] = ()


# Filters that only make the bot ignore a message.
IGNORE_ONLY = frozenset({"caps", "symbols", "repeats", "length"})
# How many (platform, text) judgements are remembered before starting afresh.
_REMEMBERED = 8192


def _norm_key(folded: str) -> str:
    """Text as repeats compare it: case and spacing do not make a message new."""
    return " ".join(folded.split())


# What a raid varies between copies to slip past an exact match: mentions, digits, punctuation,
# emoji, spacing. The letters (and Chinese characters) are what is compared.
_FLOOD_NOISE = re.compile(r"@\S+|[\W\d_]+")
# How many viewers' first-seen times are remembered (the oldest half forgotten past it).
_AUDIENCE = 200_000


def _weight(key: str) -> int:
    """Length with each Chinese character counted twice (one says as much as a short word)."""
    return len(key) + (len(_CJK.findall(key)) if not key.isascii() else 0)


def _host(link: str) -> str:
    link = _DOT_WORD.sub(".", _SCHEME.sub("", link))
    return link.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0].lower().rstrip(".")


@dataclass(slots=True)
class _Flood:
    since: float
    viewers: dict[tuple[str, str], float] = field(default_factory=dict)
    messages: list[ChatMessage] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Profile:
    """One platform's settings, the show's where the platform has none of its own."""

    caps: CapsSettings | None
    symbols: SymbolsSettings | None
    repeats: RepeatsSettings | None
    max_chars: int | None
    emotes: frozenset[str]
    chants: frozenset[str]


class ChatFilters:
    """Every configured filter over one message. Stateful only for repeats and raids."""

    def __init__(self, settings: FiltersSettings) -> None:
        self.settings = s = settings
        self.enabled = s.enabled
        self._links = s.links if s.links.enabled else None
        self._allow = tuple(d.lower().lstrip(".") for d in s.links.allow)
        self._promotion = Promotion(s.promotion.patterns) if s.promotion.enabled else None
        # Viewer key (platform, id) → permitted to post links until; and by name, for
        # viewers a moderator permitted before they were seen.
        self._permits: dict[tuple[str, str], float] = {}
        self._name_permits: dict[tuple[str, str], float] = {}
        self._word_re, self._cjk_word_re, self._groups = self._compile_blocked()
        self._history: dict[tuple[str, str], deque[tuple[float, str]]] = {}
        self._floods: dict[str, _Flood] = {}
        # When each viewer was first seen: a raid is accounts new to the chat, not regulars
        # joining in on a copypasta.
        self._first_seen: dict[tuple[str, str], float] = {}
        self._next_sweep = 0.0
        self._judged: dict[tuple[str, str], tuple[str, Verdict | None, bool, bool]] = {}
        self._default = self._make_profile(None)
        self._profiles = {name: self._make_profile(name) for name in s.platforms}
        # The longest window any platform's repeats use: memory is swept to it.
        windows = [p.repeats.window_seconds for p in (self._default, *self._profiles.values())
                   if p.repeats is not None]
        self._window = max(windows, default=0.0)

    def _make_profile(self, platform: str | None) -> _Profile:
        s = self.settings
        own = s.platforms.get(platform) if platform else None
        caps = (own.caps if own and own.caps else None) or s.caps
        symbols = (own.symbols if own and own.symbols else None) or s.symbols
        repeats = (own.repeats if own and own.repeats else None) or s.repeats
        length = (own.length if own and own.length else None) or s.length
        return _Profile(
            caps=caps if caps.enabled else None,
            symbols=symbols if symbols.enabled else None,
            repeats=repeats if repeats.enabled else None,
            max_chars=length.max_chars if length.enabled else None,
            emotes=frozenset([*s.emotes, *(own.emotes if own else ())]),
            chants=frozenset(fold(c).strip() for c in [*s.chants, *(own.chants if own else ())]),
        )

    def _compile_blocked(
        self,
    ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, list[tuple[str, re.Pattern[str]]]]:
        """The blocked words (Latin, CJK) and the named pattern groups, compiled."""
        b = self.settings.blocked
        if not b.enabled:
            return None, None, []
        words = [fold(w).strip() for w in b.words]
        latin = [w for w in words if w and not _CJK.search(w)]
        cjk = [_SQUEEZE.sub("", w) for w in words if _CJK.search(w)]
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

    def permit(self, platform: str, viewer_id: str | None, name: str, now: float) -> float:
        """Let one viewer post links for a while (`!permit @viewer`): by id where they have
        been seen, else the first to post under that login (or display name, where the
        platform has no logins). Returns until when (epoch seconds)."""
        until = now + self.settings.links.permit_seconds
        if viewer_id is not None:
            self._permits[(platform, viewer_id)] = until
        else:
            self._name_permits[(platform, name_key(name))] = until
        return until

    def _permitted(self, msg: ChatMessage, now: float) -> bool:
        key = msg.viewer.key
        until = self._permits.get(key)
        if until is None and self._name_permits:
            by_name = (msg.platform, name_key(msg.viewer.handle))
            until = self._name_permits.pop(by_name, None)
            if until is not None:  # bound to this viewer from now on
                self._permits[key] = until
        if until is None:
            return False
        if until > now:
            return True
        del self._permits[key]
        return False

    # -- the check ----------------------------------------------------------------------------

    def check(self, msg: ChatMessage, now: float) -> Verdict | None:
        """The first filter the message breaks, harm first; None if it is fine."""
        if not self.enabled:
            return None
        text = msg.text
        if not text:
            return None
        p = self._profiles.get(msg.platform, self._default)
        # Live chat repeats itself (chants, emotes, "1", "lol"): what depends on the text alone
        # is judged once per platform and remembered for a while.
        static = self._judged.get((msg.platform, text))
        if static is None:
            static = self._judge(msg, text, p, now)
        folded, harm, own_link, chant = static
        if harm is not None:
            return harm
        if p.repeats is not None:
            first_seen = self._first_seen.setdefault(msg.viewer.key, now)
            if not chant and not own_link:  # a shared shop link is no repeat either
                if v := self._repeated(msg, folded, now, p, first_seen):
                    return v
        n = len(text)
        if p.max_chars is not None and n > p.max_chars:
            return Verdict("length", f"{n} characters", strike=False)
        ascii_only = text.isascii()
        if p.caps is not None and not chant and n >= p.caps.min_letters and text != text.lower():
            if v := self._shouting(msg, text if ascii_only else clean(text), p):
                return v
        if p.symbols is not None and (n >= p.symbols.min_length or not ascii_only):
            return self._symbol_art(text if ascii_only else clean(text), p.symbols)
        return None

    def _judge(
        self, msg: ChatMessage, text: str, p: _Profile, now: float
    ) -> tuple[str, Verdict | None, bool, bool]:
        """(folded text, harm verdict, carries an allowed link, is a chant), remembered per
        (platform, text) unless it depended on who sent it (a permit for a link)."""
        ascii_only = text.isascii()
        folded = text.lower() if ascii_only else fold(text)
        harm, own_link, personal = self._harm(msg, folded[:2000], ascii_only, now)
        if harm is None and (m := _SPACED.search(folded)):
            # "w h a t s a p p me": read the spelled-out word whole and look again.
            joined = folded[: m.start()] + _unspace(m.group(0)) + folded[m.end() :]
            again = self._harm(msg, joined[:2000], ascii_only, now)
            harm, personal = again[0], personal or again[2]
        # Chants and cue words are the show working: never repeats, raids or shouting.
        chant = harm is None and len(folded) <= 120 and is_chant(folded, p.chants)
        judged = (folded, harm, own_link, chant)
        if not personal:
            if len(self._judged) >= _REMEMBERED:
                self._judged.clear()
            self._judged[(msg.platform, text)] = judged
        return judged

    def _harm(
        self, msg: ChatMessage, folded: str, ascii_only: bool, now: float
    ) -> tuple[Verdict | None, bool, bool]:
        """Blocked words, links, self-promotion, contacts and scams: a strike, or None; whether
        the message carries a link it may (the shop's own, or a permitted viewer's); and whether
        the answer depended on the viewer (a link outside the allow list)."""
        if self._word_re is not None and (m := self._word_re.search(folded)):
            return Verdict("blocked", m.group(0)), False, False
        if self._cjk_word_re is not None and not ascii_only:
            if m := self._cjk_word_re.search(_SQUEEZE.sub("", folded)):
                return Verdict("blocked", m.group(0)), False, False
        for name, pattern in self._groups:
            if pattern.search(folded):
                return Verdict("blocked", name), False, False
        own_link = bool(self._allow) and any(d in folded for d in self._allow)
        personal = False
        if self._links is not None and (
            "." in folded or "/" in folded or "(" in folded or "[" in folded or "dot" in folded
            or (not ascii_only and _ODD_DOTS.search(folded) is not None)
        ):
            for m in _links(folded, ascii_only):
                host = _host(m.group(0))
                if any(host == d or host.endswith("." + d) for d in self._allow):
                    own_link = True
                    continue
                if not self._permitted(msg, now):
                    return Verdict("links", host), False, True
                own_link = personal = True  # permitted: this holds for this viewer only
                break
        if self._promotion is not None and (group := self._promotion.find(folded, own_link=own_link)):
            return Verdict("promotion", group), own_link, personal
        return None, own_link, personal

    def _shouting(self, msg: ChatMessage, text: str, p: _Profile) -> Verdict | None:
        if looks_like_question(msg):
            return None  # a question in capitals is still a question, to be answered
        v = self._capitals(text, p)
        if v is not None and (held := _HELD.sub(r"\1\1", text)) != text:
            return self._capitals(held, p)  # only what is not held counts
        return v

    @staticmethod
    def _capitals(text: str, p: _Profile) -> Verdict | None:
        caps = p.caps
        assert caps is not None
        words = [w for w in text.split() if not is_emote(w, p.emotes)]
        upper = lower = 0
        for w in words:
            upper += len(_UPPER.findall(w))
            lower += len(_LOWER.findall(w))
        letters = upper + lower
        if letters >= caps.min_letters and upper > caps.max_ratio * letters:
            return Verdict("caps", f"{upper}/{letters} capitals", strike=False)
        return None

    @staticmethod
    def _symbol_art(text: str, sym: SymbolsSettings) -> Verdict | None:
        if not text.isascii():
            marks = len(_MARKS.findall(text))
            if marks > sym.max_marks:
                return Verdict("symbols", f"{marks} stacked marks", strike=False)
        v = ChatFilters._art(text, sym)
        if v is not None and (held := _HELD_MARKS.sub(r"\1\1", text)) != text:
            return ChatFilters._art(held, sym)  # only what is not held counts
        return v

    @staticmethod
    def _art(text: str, sym: SymbolsSettings) -> Verdict | None:
        n = len(text)
        if not text.isascii():
            emoji = len(_EMOJI.findall(text))
            if emoji > sym.max_emoji:
                return Verdict("symbols", f"{emoji} emoji", strike=False)
        if n >= sym.min_length and not text.isalnum():
            symbols = len(_SYMBOL.findall(text))
            if symbols > sym.max_ratio * n:
                return Verdict("symbols", f"{symbols}/{n} symbols", strike=False)
        return None

    def _repeated(
        self, msg: ChatMessage, folded: str, now: float, p: _Profile, first_seen: float
    ) -> Verdict | None:
        r = p.repeats
        assert r is not None
        if now >= self._next_sweep:
            self._sweep(now)
        key = _norm_key(folded)
        if _weight(key) < r.flood_min_length:
            return None  # short lines are how chat talks; only long pastes are judged
        if all(is_emote(w, p.emotes) for w in msg.text.split()):
            return None  # an emote wall, however long, is a cheer
        since = now - r.window_seconds
        viewer = msg.viewer.key
        # A raid is a channel's: the same text in another channel or platform is another count.
        where = f"{msg.platform}\x00{msg.channel}\x00"
        key, text_key = where + key, key
        # Hundreds of viewers asking the same question at once is a show going well, not
        # spam: the answers feature coalesces them into one reply.
        # Only viewers new to the chat (first seen within the window) make a raid: regulars
        # pasting the copypasta of the moment together is chat culture.
        if first_seen >= since and not looks_like_question(msg):
            flood_key = where + (_FLOOD_NOISE.sub("", text_key) or text_key)
            flood = self._floods.get(flood_key)
            if flood is None or flood.since < since:
                flood = self._floods[flood_key] = _Flood(now)
            if viewer not in flood.viewers:
                flood.viewers[viewer] = now
                if len(flood.viewers) == r.flood_viewers:
                    earlier = tuple(flood.messages)
                    flood.messages.clear()
                    return Verdict("flood", f"{len(flood.viewers)} viewers", earlier=earlier)
                if len(flood.viewers) > r.flood_viewers:
                    return Verdict("flood", f"{len(flood.viewers)} viewers")
                flood.messages.append(msg)
        history = self._history.get(viewer)
        if history is None:
            history = self._history[viewer] = deque(maxlen=r.max_repeats)
        history.append((now, key))
        if len(history) == r.max_repeats and all(t >= since and k == key for t, k in history):
            return Verdict("repeats", f"{r.max_repeats}x in {r.window_seconds:g}s", strike=False)
        return None

    def _sweep(self, now: float) -> None:
        """Forget history older than the window, so memory follows the live audience."""
        since = now - self._window
        self._history = {k: h for k, h in self._history.items() if h and h[-1][0] >= since}
        self._floods = {k: f for k, f in self._floods.items() if f.since >= since}
        self._permits = {k: t for k, t in self._permits.items() if t > now}
        self._name_permits = {k: t for k, t in self._name_permits.items() if t > now}
        if len(self._first_seen) > _AUDIENCE:  # the oldest half: long gone or regulars anyway
            self._first_seen = dict(
                itertools.islice(self._first_seen.items(), _AUDIENCE // 2, None)
            )
        self._next_sweep = now + self._window


class Escalation:
    """Strikes per viewer, each forgotten after `decay_seconds`; the step grows with them.

    The first `silent_strikes` are "ignore" (the bot says nothing), then `steps` in turn."""

    def __init__(self, settings: EscalationSettings) -> None:
        self.settings = settings
        self._strikes: dict[tuple[str, str], list[float]] = {}

    def strike(self, key: tuple[str, str], now: float) -> tuple[str, int]:
        """Record a strike; returns (step, strike number within the decay window)."""
        since = now - self.settings.decay_seconds
        strikes = [t for t in self._strikes.get(key, ()) if t > since]
        strikes.append(now)
        self._strikes[key] = strikes
        n = len(strikes)
        silent = self.settings.silent_strikes
        if n <= silent:
            return "silent", n
        steps = self.settings.steps
        return steps[min(n - silent, len(steps)) - 1], n

    def forgive(self, key: tuple[str, str]) -> None:
        self._strikes.pop(key, None)
