"""Which size fits a measurement the viewer gives: "harness size for a 70cm chest", "my lab is
30kg which one", 我家狗10斤用哪个. The answer is the band of the listing's own size chart that
holds the measurement ("L 66-84 cm"), quoted as the listing writes it; never a size worked out
any other way, and nothing when no band holds it or the chart measures something else.

Units and their conversions: `knowledge.derived.MEASURE_UNITS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge import Product
from knowledge.derived import MEASURE_UNIT, MEASURE_UNITS, MEASURED
from knowledge.numerals import read
from knowledge.text import CJK_RE, normalize
from knowledge.variants import variants_named

# A size or model chosen for the viewer's own case ("which size", 用哪个, 选几码)
_FIT_ASKED = re.compile(r"\b(?:which|what|wat)\s+(?:[a-z]+\s+)?(?:size|one|model)\b|"
                        r"\bsize\s+(?:for|should|do|would|is)\b|"
                        # two sizes to choose from with the viewer's own measure ("im 5'4 and 130
                        # lbs, S or M?")
                        r"\b(?:xs|s|m|l|xl|xxl)\s+or\s+(?:xs|s|m|l|xl|xxl)\b|"
                        r"\b(?:fit|fits)\b|\bbig enough\b|\b(?:for|with) (?:a|an|my|our) \d|"
                        r"\b(?:hold|holds|take|takes|carry|carries|support|supports)\s+(?:a|an|my)\s+\d|"
                        r"\bmy\s+[a-z]+\s+(?:is|weighs)\s+(?:about\s+|around\s+)?\d.*"
                        r"\b(?:which|ok|okay|suitable|safe|fine)\b|"
                        r"\b(?:which|what)\s+(?:stage|tog|formula|kind|type)\b|\bwhich\s+[a-z]+\s+for\b|"
                        r"哪个码|什么码|几码|多大码|哪个尺码|什么尺码|几段|哪一?段|几号|几托格|"
                        r"[穿喝用吃]几|"
                        # a child's or pet's age or weight, then whether it may use it (宝宝两岁半
                        # 能用吗, 娃9公斤能穿吗; not 开了罐放1个月还能喝吗: the tin's month)
                        r"岁半?[\u4e00-\u9fff]{0,2}(?:能|可以)[用穿吃喝坐睡]|"
                        r"\d+(?:\.\d+)?\s*(?:个月|周)大?的?(?:宝宝?|孩子|娃|崽)[\u4e00-\u9fff]{0,2}"
                        r"(?:能|可以)[用穿吃喝坐睡]|"
                        r"\bfor\s+(?:a\s+|an\s+|my\s+)?\d+(?:\.\d+)?\s*-?\s*(?:months?|mos?|years?|yrs?|"
                        r"weeks?)\b|"
                        r"(?<![放存过保\d.])\d+(?:\.\d+)?\s*(?:个月|周)大?的?[\u4e00-\u9fff]?"
                        r"(?:能|可以)[用穿吃喝坐睡]|"  # (牙胶2个月能用吗; not 放1个月还能喝)
                        r"(?:宝宝?|孩子|娃|崽|儿子|女儿|闺女|狗狗?|猫咪?)\s*\d+(?:\.\d+)?\s*"
                        r"(?:个月|周|公斤|斤|kg)[\u4e00-\u9fff]{0,2}(?:能|可以)[用穿吃喝坐睡]|"
                        r"[选用买拍穿]哪|哪[个款种]合适|适合哪|穿多大|选多大|用多大|买多大")
_NUM = r"(\d+(?:\.\d+)?)"
# A band of a chart: "38-50 cm", "38 to 50cm", "6 months to about 4 years", "from birth to 6
# months", "up to 10 kg", "10 kg以下", "over 40 kg", "40kg+"
_ABOUT = r"(?:about\s+|around\s+|approx\.?\s+|约|大约)?"
_BAND = re.compile(rf"(?:from\s+)?{_NUM}\s*({MEASURE_UNIT})?\s*(?:-|–|—|~|to|至|到)\s*{_ABOUT}{_NUM}\s*"
                   rf"({MEASURE_UNIT})(?![a-z])|"
                   rf"(?:up to|under|below|max\.?|≤|<|(?:from\s+)?birth\s+to|出生到)\s*{_ABOUT}{_NUM}\s*"
                   rf"({MEASURE_UNIT})(?![a-z])|"
                   rf"{_NUM}\s*({MEASURE_UNIT})\s*(?:以下|以内|or less|and under)|"
                   rf"(?:over|above|from|≥|>)\s*{_NUM}\s*({MEASURE_UNIT})(?![a-z])|"
                   rf"{_NUM}\s*({MEASURE_UNIT})\s*(?:\+|以上|or more|and up|and over|起)")
# Where a chart's entries part
_ENTRIES = re.compile(r"\s*[/;；|、]\s*|,\s+|，|\n")


# The body part a measurement is of (a chart measures one)
_PARTS = {"chest": r"\bchest|\bgirth|胸", "neck": r"\bneck|\bcollar|脖|颈", "waist": r"\bwaist|腰",
          "hips": r"\bhips?\b|臀", "foot": r"\bfoot|\bfeet|脚", "head": r"\bhead|头围",
          "height": r"\bheight|\btall\b|身高", "back": r"\bback length|背长"}


def _part(text: str) -> str | None:
    """The one body part `text` names a measure of, else None."""
    named = [part for part, rx in _PARTS.items() if re.search(rx, normalize(text))]
    return named[0] if len(named) == 1 else None


@dataclass(frozen=True, slots=True)
class Band:
    """The chart entry that holds the measurement. `text`: "chest girth: L 66-84 cm" (the spec's
    key and the entry as listed); `lang`: "en" or "zh"; `id`: the spec's unit id."""

    text: str
    lang: str
    id: str


def _bounds(entry: str) -> tuple[str, float, float] | None:
    """(kind, low, high) of the first band in `entry`, in the kind's base unit; else None."""
    # (a remark in brackets is no bound: "from 6 months (sitting up) to 3 years")
    m = _BAND.search(re.sub(r"\([^)\d]*\)", " ", normalize(entry)))
    if m is None:
        return None
    g = m.groups()
    if g[0] is not None:  # (the low end in its own unit, if it has one: "6 months to 4 years")
        kind, size = MEASURE_UNITS[g[3]]
        low_kind, low_size = MEASURE_UNITS[g[1]] if g[1] else (kind, size)
        return (kind, float(g[0]) * low_size, float(g[2]) * size) if low_kind == kind else None
    for number, unit, low in ((g[4], g[5], True), (g[6], g[7], True), (g[8], g[9], False),
                              (g[10], g[11], False)):
        if number is not None:
            kind, size = MEASURE_UNITS[unit]
            value = float(number) * size
            return (kind, 0.0, value) if low else (kind, value, float("inf"))
    return None


def is_chart(text: str) -> bool:
    """Whether `text` lists two or more bands of one measure ("S 38-50 cm / M 50-66 cm")."""
    kinds = [b[0] for e in _ENTRIES.split(text) if (b := _bounds(e)) is not None]
    return any(kinds.count(k) >= 2 for k in set(kinds))


def fit_asked(question: str) -> bool:
    """Whether `question` asks which size fits one measurement it gives ("which size for a
    20kg dog")."""
    said = read(question)  # (娃九公斤: 9公斤)
    return bool(_FIT_ASKED.search(said)) and len(MEASURED.findall(said)) == 1


def within_bounds(text: str, question: str) -> bool:
    """Whether a bound `text` states holds the question's one measure ("10 to 17.3 inches" of
    "fit a 13 inch macbook?")."""
    said = MEASURED.findall(read(question))
    if len(said) != 1:
        return False
    kind, size = MEASURE_UNITS[said[0][1]]
    value = float(said[0][0]) * size
    return any(b[0] == kind and b[1] - 1e-9 <= value <= b[2] + 1e-9
               for e in _ENTRIES.split(text) for part in re.split(r"\band\b|和|且", e)
               if (b := _bounds(part)) is not None)


def bound_answers(product: Product | None, text: str, question: str) -> bool:
    """Whether a fact's `text` (no chart) answers whether the question's one measure fits: it
    states bounds of that kind that leave it out ("age: dogs from 8 weeks and over 2 kg" of "my
    dog is 1.5kg"), or, where the product has no chart of that kind to choose from, any bound
    of it ("fits laptops 10 to 17.3 inches" of "fit a 17 inch?")."""
    said = MEASURED.findall(read(question))
    if len(said) != 1 or is_chart(text):  # (a chart says which only through `fitting_band`)
        return False
    kind, size = MEASURE_UNITS[said[0][1]]
    value = float(said[0][0]) * size
    bounds = [b for e in _ENTRIES.split(text) for part in re.split(r"\band\b|和|且", e)
              if (b := _bounds(part)) is not None and b[0] == kind]
    if bounds and all(not low - 1e-9 <= value <= high + 1e-9 for _, low, high in bounds):
        return True
    charts = product is not None and any(
        is_chart(listed) and any(b[0] == kind for e in _ENTRIES.split(listed)
                                 if (b := _bounds(e)) is not None)
        for kv in product.specs.values() for listed in kv.values())
    banded = product is not None and any(_BAND.search(normalize(v)) for var in product.variants
                                         for v in var.options.values())
    return bool(bounds) and not charts and not banded


def fitting_band(product: Product | None, question: str) -> Band | None:
    """The entry of `product`'s size chart (a spec whose value lists two or more bands of one
    kind, length or weight) that holds the measurement `question` gives with a size asked
    ("harness size for a 70cm chest" → "chest girth: L 66-84 cm"); None when the question asks
    no size for a measurement, or no chart of that kind holds it, or the chart's bands overlap
    there (a size between two is not ours to pick). Prefers the question's language."""
    if product is None or not fit_asked(question):
        return None
    said = read(question)  # (狗胸围七十厘米)
    asked = [(MEASURE_UNITS[u][0], float(n) * MEASURE_UNITS[u][1]) for n, u in MEASURED.findall(said)]
    part = _part(said)  # "a 60 cm neck" is no chest girth
    kind, value = asked[0]
    lang = "zh" if CJK_RE.search(question) else "en"
    named = variants_named(product, question)
    found: list[Band] = []
    for group, kv in product.specs.items():
        for key, listed, entries in _charts(kv):
            if part is not None and part != _part(f"{key} {listed}"):
                continue
            bands = [(e, b) for e in entries if (b := _bounds(e)) is not None and b[0] == kind]
            if len(bands) < 2:
                continue
            held = [(e.strip(), high) for e, (_, low, high) in bands if low <= value + 1e-9
                    and value <= high + 1e-9]
            if held and all(low == 0 for _, (_, low, _) in bands):
                # a chart of maxima ("3 m up to 12 kg, 5 m up to 25 kg"): the least that holds
                held = [min(held, key=lambda entry: entry[1])]
            holding = [e for e, _ in held]
            # a variant named: its own entry says whether it fits ("the 3m lead ok for a 20
            # kilo dog?" → "3 m up to 12 kg")
            own = [e.strip() for e, _ in bands if any(
                re.search(rf"(?<![\w.]){re.escape(normalize(v))}(?![\w.])", normalize(e))
                for var in named for v in var.options.values())]
            holding = own if named and len(own) == 1 else holding
            if len(holding) == 1:
                key_lang = "zh" if CJK_RE.search(key + listed) else "en"
                if key:
                    found.append(Band(f"{key}: {holding[0]}", key_lang,
                                      f"spec:{product.sku}:{group}:{key}"))
                else:  # one entry of a group's chart: "stage 2: 6 to 12 months"
                    entry_key = holding[0].split(": ", 1)[0]
                    found.append(Band(holding[0], key_lang,
                                      f"spec:{product.sku}:{group}:{entry_key}"))
    if not found:  # no chart: the one limit the listing states says ("max pet weight: 8 kg")
        found = [Band(f"{key}: {listed}", "zh" if CJK_RE.search(key + listed) else "en",
                      f"spec:{product.sku}:{group}:{key}")
                 for group, kv in product.specs.items() for key, listed in kv.items()
                 if LIMIT_KEY.search(normalize(key)) and _one_limit(listed, kind)]
        found = found if len({b.lang for b in found}) == len(found) else []
    return next((b for b in found if b.lang == lang), found[0] if found else None)


def _charts(kv: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    """The charts of one spec group, as (key, listed, entries): each value that lists entries,
    and the group as a whole where two or more keys each give one band ("stage 1: from birth to
    6 months", "stage 2: 6 to 12 months" → key "", entries "stage 1: from birth to 6 months", …)."""
    # (an age chart's "m" is months: "age sizes: 0-6 m, 6-18 m")
    kv = {key: re.sub(r"(?<=\d)\s*m\b", " months", listed) if re.search(r"\bage\b", normalize(key))
          else listed for key, listed in kv.items()}
    charts = [(key, listed, [e for e in _ENTRIES.split(listed) if e.strip()])
              for key, listed in kv.items()]
    one_each: dict[str, list[str]] = {}  # kind → entries ("child age" and "child height" are two)
    for key, listed in kv.items():
        if not CJK_RE.search(key + listed) and len(_ENTRIES.split(listed)) == 1 and (
                bound := _bounds(listed)) is not None:
            one_each.setdefault(bound[0], []).append(f"{key}: {listed}")
    charts += [("", "; ".join(entries), entries) for entries in one_each.values() if len(entries) >= 2]
    return charts


def chart_entry(product: Product | None, unit_id: str) -> bool:
    """Whether the spec `unit_id` ("spec:SKU:group:key") is one entry of its group's chart
    ("size 1: 2-5 kg" beside "size 2: 3-6 kg", …): about one size, not the product."""
    parts = unit_id.split(":", 3)
    if product is None or len(parts) != 4 or parts[0] != "spec":
        return False
    kv = product.specs.get(parts[2], {})
    return any(not key and any(e.startswith(f"{parts[3]}: ") for e in entries)
               for key, _, entries in _charts(kv))


def _one_limit(listed: str, kind: str) -> bool:
    """Whether `listed` states one measure of `kind`, in one unit or several ("8 kg", "396 lb
    (180 kg)"), and no other measure."""
    said = [(MEASURE_UNITS[u][0], float(n) * MEASURE_UNITS[u][1])
            for n, u in MEASURED.findall(normalize(listed))]
    sizes = [size for k, size in said if k == kind]
    return bool(sizes) and len(sizes) == len(said) and max(sizes) <= min(sizes) * 1.01


# A spec key stating a limit ("max pet weight", "max load", 承重, 最大承重)
LIMIT_KEY = re.compile(r"\bmax(?:imum)?\b|\bup to\b|\blimit\b|承重|最大|上限")
