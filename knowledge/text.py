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


# Cantonese words of shop chat and their Mandarin (after t2s: 係 is 系, 幾 is 几): Hong Kong,
# Guangdong and Malaysian viewers ask 幾錢, 有冇貨, 係咪真金, 呢隻; the rules read Mandarin.
# Source: written for Hawker (common Cantonese function words; 咋 is left alone, it is
# Mandarin slang for 怎么 too).
_CANTONESE = {"系唔系": "是不是", "系咪": "是不是", "有冇": "有没有", "几多钱": "多少钱", "几钱": "多少钱",
              "几多": "多少", "几长": "多长", "几大": "多大", "几重": "多重",
              "几耐": "多久", "几时": "什么时候", "点卖": "怎么卖", "点样": "怎么样", "点买": "怎么买",
              "仲有": "还有",
              "呢个": "这个", "呢只": "这只", "呢条": "这条", "呢款": "这款", "呢对": "这对",
              "呢件": "这件", "呢枚": "这枚", "呢度": "这里", "嗰个": "那个", "嗰只": "那只",
              "边个": "哪个", "边度": "哪里", "边款": "哪款", "边只": "哪只", "冇": "没有", "唔": "不",
              "咩": "什么", "乜嘢": "什么", "嘅": "的", "佢": "它", "啲": "些", "咗": "了", "嚟": "来",
              "喺": "在", "揾": "找", "俾": "给", "睇": "看", "㗎": "", "喎": "", "啫": ""}
_CANTONESE_RE = re.compile("|".join(sorted(map(re.escape, _CANTONESE), key=len, reverse=True)))


def mandarin(text: str) -> str:
    """`text` with the Cantonese words of shop chat in Mandarin ("呢隻幾錢" → "这只多少钱",
    "有冇貨" → "有没有货"), traditional characters simplified; other text as `normalize` leaves
    it but for case. (Not in `normalize`: a listing is not read through it.)"""
    if not CJK_RE.search(text):
        return text
    simple = _simplified(unicodedata.normalize("NFKC", text))
    return _CANTONESE_RE.sub(lambda m: _CANTONESE[m.group()], simple)


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
