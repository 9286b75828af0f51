"""Numbers as digits, however a viewer or a model writes them: Chinese numerals (两万 → 20000,
through cn2an) and English number words (twenty five → 25, through text2num), with the everyday
words made of numeral characters that state no number (一般, 一下) left alone. The answer
verifier compares numbers this way, and variant matching reads "两万毫安" as "20000毫安".
"""

from __future__ import annotations

import functools
import re
import warnings

from .text import normalize

# Everyday words made of numeral characters that state no number.
_ZH_IDIOMS = ("一般", "一样", "一下", "一起", "一定", "一直", "一些", "统一", "唯一", "一切",
              "一致", "十分", "万一", "千万", "一点都", "一口", "一次性", "一体", "一流", "一旦",
              "一向", "一律", "一边", "一番", "一会", "一路", "一手", "第一时间")
_IDIOM_RE = re.compile("|".join(map(re.escape, _ZH_IDIOMS)))
# The characters Chinese numerals are written with.
ZH_NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
# Every character cn2an's transform acts on (source: cn2an 0.5 transform.py, its numerals and
# units, 廿 and 半 before a measure word): a text with none of them comes back unchanged.
_CN2AN_READS = frozenset("零〇一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖貳兩參陸十拾百佰千仟万亿萬億廿半")


@functools.lru_cache(maxsize=4096)
def read(text: str) -> str:
    """The text as the checks compare it: NFKC (full width → ASCII), case-folded, Chinese
    numerals as digits (cn2an), English number words as digits (text2num)."""
    from text_to_num import alpha2digit

    text = normalize(text)
    # (cn2an leaves 两 before 岁 and 周 alone: 两岁半 is 2.5岁)
    text = re.sub(r"两(?=岁|周)", "2", text)
    if any(c in ZH_NUMERALS for c in text):
        idioms: list[str] = []

        def keep(m: re.Match[str]) -> str:
            idioms.append(m.group(0))
            return f"\ue002{len(idioms) - 1}\ue003"

        masked = _IDIOM_RE.sub(keep, text)
        # Only idioms held numerals ("一会儿"): nothing is left for cn2an to read, and importing
        # it costs ~0.2 s (its patterns compile at import), e.g. for the persona's own phrases.
        if any(c in _CN2AN_READS for c in masked):
            import cn2an

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    masked = cn2an.transform(masked, "cn2an")
                except Exception:  # cn2an gives up on odd mixes; the leftover check still sees them
                    pass
        text = re.sub("\ue002(\\d+)\ue003", lambda m: idioms[int(m.group(1))], masked)
    # a half after the unit: 1岁半 is 1.5岁, 3个半月 3.5个月
    text = re.sub(r"(\d+)(岁|个)半", lambda m: f"{m.group(1)}.5{m.group(2)}", text)
    if re.search(r"[a-z]", text):
        try:
            text = alpha2digit(text, "en", threshold=0)
        except Exception:  # pragma: no cover - text2num never should, but a check must not crash
            pass
    return text
