"""Viewers' text as the console and the overlays show it: zalgo tamed, overlays' lines clipped.

What the audit log and the report keep is the text as sent; only what a page draws changes.
Combining marks (Unicode category M) beyond `MAX_MARKS` on one character are dropped (a zalgo
line otherwise paints over the rows above and below it), and `limit` cuts at a grapheme cluster
(regex's ``\\X``, so an emoji sequence or a letter with its accents is never split) with "…".
Direction controls (RLO, LRE, PDI...) are dropped too: invisible, and a hostile name's RLO
would otherwise turn the rest of the line (other viewers' questions) around; the templates also
isolate each piece of viewer text (``<bdi>``), so right-to-left names keep to themselves.
"""

from __future__ import annotations

import regex

MAX_WINNERS_SHOWN = 10  # names on the draw overlay; the rest are "and N more" (the console lists all)
MAX_MARKS = 2  # enough for Vietnamese, Hindi or Thai tone and vowel marks on one letter
_PILED_MARKS = regex.compile(rf"(\p{{M}}{{{MAX_MARKS}}})\p{{M}}+")
_GRAPHEME = regex.compile(r"\X")
_BIDI_CONTROLS = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
FSI, PDI = "\u2068", "\u2069"  # a plain-text isolate, for names joined into one phrase


def shown(text: object, limit: int | None = None) -> str:
    """`text` (None → "") with at most `MAX_MARKS` combining marks in a row and, with `limit`,
    at most `limit` grapheme clusters (the last one "…" when it was cut)."""
    out: str = _PILED_MARKS.sub(r"\1", _BIDI_CONTROLS.sub("", "" if text is None else str(text)))
    if limit is not None and len(out) > limit:
        clusters = _GRAPHEME.findall(out, concurrent=False)
        if len(clusters) > limit:
            out = "".join(clusters[:max(0, limit - 1)]) + "…"
    return out


def isolated(names: list[str], limit: int | None = None, sep: str = ", ") -> str:
    """`names` shown (`shown`) and joined, each in a Unicode isolate (FSI...PDI) so that a
    right-to-left name cannot reorder its neighbours inside a phrase."""
    return sep.join(f"{FSI}{shown(n, limit)}{PDI}" for n in names)
