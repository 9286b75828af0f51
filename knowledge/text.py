"""Text helpers shared by the catalog, the index and the retriever: normalisation, language
detection and tokenisation for the lexical (BM25) half of retrieval.

Chinese has no spaces between words, so CJK runs become character unigrams and bigrams; a
bigram like 牛肉 then matches without a word segmenter. English becomes lower-cased words with a
crude plural strip; `char_ngrams` adds character trigrams so misspellings still overlap.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")
_TOKEN_RE = re.compile(f"[{_CJK}]+|[a-z0-9]+(?:[.'][a-z0-9]+)*")

# Question filler that carries no product signal; BM25's idf handles the rest.
EN_STOP = frozenset(
    """a an the is are was were be been do does did can could will would should i you it its
    this that these those of to in on for with and or but at by from as me my we our your how
    what which who when where why much many any some there here have has had just please tell
    about get got one ones thing stuff price cost costs still left buy want need know hi
    hey""".split()
)
ZH_STOP = frozenset("的了吗呢吧啊呀么是在有个这那多少钱请问你我他她它们和与及还都也就么")


def normalize(text: str) -> str:
    """NFKC (full-width → half-width), case-fold, and traditional Chinese characters read as
    simplified ("牛肉乾" is the jerky's 牛肉干, "這個多少錢" 这个多少钱)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _simplified(folded) if CJK_RE.search(folded) else folded


@functools.lru_cache(maxsize=65536)
def _simplified(text: str) -> str:
    """`text` in simplified characters (OpenCC's t2s dictionaries, opencc-python-reimplemented)."""
    simplified: str = _t2s().convert(text)
    return simplified


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC  # its dictionaries load on first use: English-only chat never pays

    return OpenCC("t2s")


def detect_lang(text: str) -> str:
    """'zh' if the text has any CJK ideograph, else 'en'."""
    return "zh" if CJK_RE.search(text) else "en"


def stem(word: str) -> str:
    """An English word's light singular stem ("boxes" → "box", "berries" → "berry", "TVs" →
    "tv"), the form names and questions are matched in; anything else comes back unchanged."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "xes", "zzes", "ches", "shes")):
        return word[:-2]  # boxes, glasses, watches; but sizes → size, cases → case
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if len(word) == 3 and word.endswith("s") and not set(word[:2]) & set("aeiouy"):
        return word[:-1]  # an abbreviation's plural: TVs, PCs, CDs
    return word


def tokens(text: str, *, stop: bool = True) -> list[str]:
    """Lexical tokens: English words (stemmed), CJK unigrams + bigrams."""
    out: list[str] = []
    for run in _TOKEN_RE.findall(normalize(text)):
        if CJK_RE.match(run):
            chars = [c for c in run]
            out.extend(c for c in chars if not (stop and c in ZH_STOP))
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        elif not (stop and run in EN_STOP):
            out.append(stem(run))
    return out


def char_ngrams(text: str, n: int = 3) -> list[str]:
    """Character n-grams of each English word (padded), for misspelling-tolerant matching."""
    out: list[str] = []
    for run in _TOKEN_RE.findall(normalize(text)):
        if CJK_RE.match(run) or run in EN_STOP:
            continue
        w = f"#{stem(run)}#"
        out.extend("~" + w[i : i + n] for i in range(len(w) - n + 1))
    return out
