"""Text normalisation run before every filter, command parser and name lookup.

Two forms of one text:

* `clean(text)`: what the text says, as a reader sees it. Unicode NFKC (full-width and
  mathematical letters become plain ones), invisible format characters removed (Unicode
  category Cf: zero-width space and non-joiner, word joiner, byte-order mark, soft hyphen,
  bidirectional marks; plus the Hangul fillers, which render blank). The zero-width joiner is
  kept only inside an emoji sequence (👨‍👩‍👧), where it is part of the character shown.
  Commands are parsed from this form.
* `fold(text)`: the text as filters and name lookups compare it. `clean`, then every format
  character and combining mark removed, look-alike letters from other scripts folded onto the
  Latin letter they imitate (Cyrillic "ѕсаm" → "scam"), and casefolded. Never shown to anyone.

The look-alike table is built from the Unicode confusables data (UTS #39) as shipped by the
`confusable-homoglyphs` package, keeping only single characters that imitate an ASCII letter or
digit, and never CJK, kana or Hangul (Chinese text must stay as it is).

ASCII text takes a fast path: it has nothing to normalise, so `fold` is one `casefold`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Invisible characters: every format character (Cf) and the Hangul fillers (Lo, but blank).
_INVISIBLE = r"\p{Cf}\u115f\u1160\u3164\uffa0"
# In `clean`: all of them except a ZWJ between two emoji, and emoji tag characters (🏴 flags).
_HIDDEN = regex.compile(
    r"\u200d(?!\p{Extended_Pictographic})"
    r"|(?<![\p{Extended_Pictographic}\ufe0f\U0001F3FB-\U0001F3FF])\u200d"
    rf"|(?![\u200d\U000E0020-\U000E007F])[{_INVISIBLE}]"
)
# In `fold`: invisible characters and combining marks (accents, Zalgo, variation selectors).
_FOLD_DROP = regex.compile(rf"[{_INVISIBLE}\p{{Mn}}\p{{Me}}]+")
_KEEP_SCRIPTS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}]")


@lru_cache(maxsize=1)
def _confusables() -> dict[int, str]:
    """ord(look-alike) → the lowercase ASCII letter or digit it imitates."""
    from confusable_homoglyphs import utils

    table: dict[int, str] = {}
    data = utils.load("confusables.json")
    # Lowercase letters claim their look-alikes first: "ӏ" imitates "l" more than "I" or "1".
    order = sorted(data, key=lambda c: (not c.islower(), not c.isalpha(), c))
    for char in order:
        glyphs = data[char]
        if len(char) != 1:
            continue
        if char.isascii() and char.isalnum():
            # "a": [{"c": "а" (Cyrillic)}, ...]: each look-alike folds onto the ASCII letter.
            for g in glyphs:
                c = g["c"]
                if len(c) == 1 and not c.isascii() and not _KEEP_SCRIPTS.match(c):
                    table.setdefault(ord(c), char.lower())
        elif not char.isascii() and not _KEEP_SCRIPTS.match(char):
            for g in glyphs:
                c = g["c"]
                if len(c) == 1 and c.isascii() and c.isalnum():
                    table.setdefault(ord(char), c.lower())
                    break
    # Letters the confusables data leaves out but spammers use: small capitals (ꜰᴏʟʟᴏᴡ) and the
    # squared and circled letters of the enclosed block (🅵🅾🅻🅻🅾🆆), read from their Unicode names.
    named = regex.compile(r"LATIN (?:LETTER SMALL CAPITAL|SMALL LETTER|CAPITAL LETTER) ([A-Z])$")
    for lo, hi in ((0x0250, 0x02AF), (0x1D00, 0x1D7F), (0xA720, 0xA7FF), (0x1F130, 0x1F1AF)):
        for cp in range(lo, hi + 1):
            if m := named.search(unicodedata.name(chr(cp), "")):
                table.setdefault(cp, m.group(1).lower())
    # Where the packaged data pairs a letter with "i" that UTS #39 folds onto "l" (palochka).
    table.update({ord("ӏ"): "l", ord("Ӏ"): "l", ord("ǀ"): "l", ord("ⅼ"): "l", ord("ℓ"): "l"})
    return table


def clean(text: str) -> str:
    """NFKC with invisible characters removed (emoji sequences kept whole); for parsing and
    display. `str` in, `str` out, never raises."""
    if text.isascii():
        return text
    cleaned: str = _HIDDEN.sub("", unicodedata.normalize("NFKC", text))  # `regex` is untyped
    return cleaned


def visible(text: str) -> str:
    """Only the invisible characters removed (emoji sequences kept whole); no other change.
    For free text a person typed and others will read (a `!fix` answer keeps its 全角，)."""
    if text.isascii():
        return text
    shown: str = _HIDDEN.sub("", text)  # `regex` is untyped
    return shown


# Parenthesized letters (⒡⒪⒧⒧⒪⒲): NFKC would make them "(f)(o)...", so they are read first.
_PARENTHESIZED = {cp: chr(ord("a") + cp - 0x249C) for cp in range(0x249C, 0x24B6)}


def fold(text: str) -> str:
    """The matching form: `clean`, no invisible characters or combining marks, look-alikes
    folded to ASCII, casefolded. Only for comparing; never show it."""
    if text.isascii():
        return text.casefold()
    text = _FOLD_DROP.sub("", unicodedata.normalize("NFKC", text.translate(_PARENTHESIZED)))
    return text.translate(_confusables()).casefold()


def name_key(name: str) -> str:
    """A viewer name as lookups compare it: folded, without a leading @ or surrounding space."""
    return fold(name).strip().lstrip("@").strip()
