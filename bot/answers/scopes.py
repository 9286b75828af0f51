"""Which product a policy's amount is for: "Tents, packs and trekking poles carry a 2-year
warranty. Headlamps, stoves and pet fountains carry a 1-year warranty." gives the headlamp one
year, not two. A policy is cut into segments that each hold one amount and what it is said of
(sentences, then, where a sentence holds several amounts, its comma or colon parts, a part with
no amount joined to the next: "Tents, packs … 2-year"), and a segment is the product's when it
names the product, by a word of its names or, where no segment does, of its category's head noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.catalog import Product
from knowledge.text import CJK_RE, EN_STOP, normalize, stem

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|[。！？；\n]+")
_PARTS = re.compile(r"[,，:：、]\s*")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[a-z]{2,}")
# Words every segment of a policy may use: no product is named by them
_GENERIC = frozenset(stem(w) for w in """carry carries warranty guarantee year years month months
day days against defect defects every all our the and with on for repair repairs home pickup
manufacturer national small large""".split())


@dataclass(frozen=True)
class Segment:
    """One amount-holding part of a policy's text: its amounts (digits, as written) and words."""

    text: str
    amounts: frozenset[str]
    words: frozenset[str]


def segments(text: str) -> list[Segment]:
    """`text` cut into segments (see the module docstring); each holds at least one amount."""
    out: list[Segment] = []
    for sentence in _SENTENCES.split(normalize(text)):
        parts = [sentence]
        if len(set(_AMOUNT.findall(sentence))) > 1:
            parts = _PARTS.split(sentence)
        pending = ""
        for part in parts:
            part = pending + " " + part if pending else part
            if not _AMOUNT.search(part):
                pending = part
                continue
            pending = ""
            out.append(Segment(part, frozenset(_AMOUNT.findall(part)), _words(part)))
    return out


def _words(text: str) -> frozenset[str]:
    """Stems of English words and single CJK characters, less the generic ones."""
    return frozenset({stem(w) for w in _WORD.findall(text) if w not in EN_STOP} - _GENERIC) | frozenset(
        c for c in text if CJK_RE.match(c))


def _names(product: Product) -> tuple[set[str], list[str]]:
    english = {stem(w) for n in product.names() for w in _WORD.findall(normalize(n))} - _GENERIC
    chinese = [normalize(n) for n in product.names() if CJK_RE.search(n) and len(n) >= 2]
    return english, chinese


def policy_segments(texts: Iterable[str]) -> list[Segment]:
    """The segments of a policy's `texts` (each of its languages), in order."""
    return [seg for t in texts for seg in segments(t)]


def _own(segs: list[Segment], product: Product) -> list[Segment]:
    """The segments that name `product`: by a word of its names, else (where none does) by its
    category's head noun; empty when none names it."""
    english, chinese = _names(product)

    def said(s: Segment) -> set[str]:
        return {stem(w) for w in _WORD.findall(s.text)}

    head = stem(normalize(product.category).split()[-1]) if product.category.strip() else ""
    return [s for s in segs if english & said(s) or any(n in s.text for n in chinese)] or [
        s for s in segs if head and head in said(s)]


def others_amounts(sentence: str, segs: list[Segment], product: Product) -> list[str]:
    """The amounts `sentence` (a draft's, numerals read as digits) takes from a segment of
    `segs` (`policy_segments`) about other products without naming what that segment is about
    ("2-year warranty." of the headlamp); an amount that is also the product's own is fine,
    and nothing is held where no segment names the product. A segment is named by a word no
    other segment has ("tents", 帐篷; not "warranty" or 保修)."""
    own = _own(segs, product)
    if not own:
        return []
    mine = {a for s in own for a in s.amounts}
    said = _words(normalize(sentence))
    bad = []
    for amount in _AMOUNT.findall(sentence):
        theirs = [seg for seg in segs if seg not in own and amount in seg.amounts]
        if amount in mine or not theirs:
            continue
        if not any(said & (seg.words - {w for o in segs if o != seg for w in o.words})
                   for seg in theirs):
            bad.append(amount)
    return bad
