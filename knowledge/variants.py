"""Which variant a question names: "how much is the logo hoodie?" → the Hoodie's variant with
Logo: Yes; "the blue one in L" → Color: Blue, Size: L.

Option values are matched as whole words (CJK values as substrings); a yes/no option is named
by its option name ("logo" → Logo: Yes, "without logo" / "no logo" → Logo: No).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace
from decimal import Decimal

from .catalog import NUMBER_LED, YES_NO, Product, Variant, with_option
from .derived import GRAMS, MEASURE_UNITS, MEASURED, pack_grams
from .facts import Facts, ProductFacts
from .numerals import read
from .text import CJK_RE, normalize, typed_fractions


def _says(text: str, phrase: str) -> bool:
    phrase = normalize(phrase).strip()
    if not phrase or phrase not in text:
        return False  # (most phrases are not in the text at all: no pattern needed)
    return _phrase(phrase).search(text) is not None


# "one" as a count ("just one", "how much for one", "one dumbbell"), not for a thing already
# named ("the big one", "which one" name no single one)
_ONE_COUNTED = re.compile(r"(?:^|\b(?:just|only|for|buy|get|want|need|take|of|order|add|grab|me|"
                          r"have|x)\s+)one\b")


@functools.lru_cache(maxsize=8192)
def _phrase(phrase: str) -> re.Pattern[str]:
    """The pattern `_says` looks for `phrase` with (normalised)."""
    if phrase == "one":
        return _ONE_COUNTED
    if CJK_RE.search(phrase):  # (4号 is not said by 14号)
        return re.compile(("(?<![0-9.])" if phrase[0].isdigit() else "") + re.escape(phrase))
    # (a Chinese character is no part of a Latin word: "20000mah" in 充电宝20000mah的)
    return re.compile(rf"(?<![a-z0-9_-]){re.escape(phrase)}(?:e?s)?(?![a-z0-9_-])")


# Colour words in both languages, so 灰色 and "grey" both name "Slate Grey" (a value is named by
# its last word when that word is a colour: "the grey boots"). Source: written for Hawker.
_COLOURS = {"red": "红", "black": "黑", "white": "白", "grey": "灰", "gray": "灰", "blue": "蓝",
            "green": "绿", "brown": "棕", "pink": "粉", "yellow": "黄", "purple": "紫",
            "orange": "橙", "silver": "银", "gold": "金", "beige": "米", "navy": "藏青",
            "khaki": "卡其", "tan": "棕"}
# Shade words in Chinese, so 沙色 names "Sand" and 薄荷绿 "Mint". Source: written for Hawker.
# (no word that is also a flavour: chocolate, mint, honey, lemon are not here)
_SHADE_ZH = {"sand": "沙", "coral": "珊瑚", "sage": "鼠尾草", "wine": "酒红", "burgundy": "酒红",
             "charcoal": "炭灰", "slate": "石板", "olive": "橄榄", "ivory": "象牙", "camel": "驼",
             "champagne": "香槟", "sky": "天蓝", "emerald": "祖母绿", "teal": "青", "lilac": "丁香",
             "stone": "石"}
# A measure in a value and the other ways to write it: "30 lb" is 30磅 and "30 pounds".
_UNITS = (("lb", "lbs", "pound", "pounds", "磅"), ("kg", "kilo", "kilos", "公斤", "千克"),
          ("g", "gram", "grams", "克"), ("l", "litre", "litres", "liter", "liters", "升"),
          ("ml", "毫升"), ("oz", "ounce", "ounces", "盎司"), ("p", "person", "people", "人"),
          ("inch", "inches", "in", "寸", "英寸", "吋", "′′", '"'), ("ft", "foot", "feet", "英尺", "呎"),
          ("mah", "毫安"), ("w", "watt", "watts", "瓦"),
          ("m", "metre", "metres", "meter", "meters", "米"), ("cm", "厘米", "公分"), ("mm", "毫米"),
          ("ct", "carat", "carats", "克拉", "卡"),  # a stone's weight (also a count below)
          ("ah", "amp hour", "amp hours", "amp-hour", "安时"),  # a battery's charge
          # a count of things in a pack or set: "8 heads" is the 8 pack, 8支装 and "8 piece"
          ("piece", "pieces", "pc", "pcs", "pack", "pk", "count", "ct", "head", "heads", "件",
           "支装", "片装", "个装", "只装", "件套", "支", "片", "个", "只", "装", "枚"),
          ("spf", "倍"), ("ω", "ohm", "ohms", "欧", "欧姆"))  # (Ω, NFKC and case-folded)
# A small number in words ("the four person tent", 四人, 双人).
_NUMBER_WORDS = {"0.5": ("half a", "half", "半"),
                 "1": ("one", "一", "单"), "2": ("two", "二", "两", "双"), "3": ("three", "三"),
                 "4": ("four", "四"), "5": ("five", "五"), "6": ("six", "六"), "8": ("eight", "八"),
                 "10": ("ten", "十")}
# One or two of a thing sold singly or in pairs ("一只哑铃多少钱" is the single dumbbell)
_SET_WORDS = {"single": ("one", "just one", "一只", "单只", "一个", "单个"),
              "pair": ("a pair", "two", "一对", "一副", "两只", "一双")}
# Letter sizes in words ("the harness in medium", "the v-neck in large", 大号).
_SIZE_WORDS = {"xs": ("extra small", "x-small"), "s": ("small", "小号"), "m": ("medium", "中号"),
               "l": ("large", "大号"), "xl": ("extra large", "x-large", "加大"),
               "xxl": ("2xl", "xx-large")}
# a size in a sizing system: "US 7", "EU 38", "UK 5.5"
_SIZE_SYSTEM = re.compile(r"^(?:us|uk|eu|jp|au)\s*(\d{1,2}(?:\.5)?)$")
# a value led by a letter size: "M 70 cm" (a bed's size and its diameter)
_LED_BY_SIZE = re.compile(r"^(xs|s|m|l|xl|xxl)\s+(\d.*)$")
# a value that is a band of a measure: "20-40 kg", "2–10 kg"
_BAND = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*([a-z]+)$")


def _band(value: str) -> tuple[str, str, str] | None:
    """(low, high, unit) of a value that is a band in a unit of `_UNITS` ("20-40 kg"), else None."""
    m = _BAND.match(value)
    if m is None or not any(m.group(3) in family for family in _UNITS):
        return None
    return m.group(1), m.group(2), m.group(3)


_MEASURE = re.compile(r'^(\d+(?:\.\d+)?)\s*-?\s*([a-zω]+|[\u4e00-\u9fff]+|′′|")$')  # (22″ is 22′′)
# an option value that is a measure and its product's noun: "4.0ah battery" (a kit's battery)
_MEASURE_OF = re.compile(r"^(\d+(?:\.\d+)?)\s*-?\s*([a-z]+)\s+(?!jar|bottle|tin|tub|tube|bag|box|pack|"
                         r"can|pouch)[a-z]+$")
# a measure written unit first: "SPF 50+"
_MEASURE_FIRST = re.compile(r"^([a-z]+)\s*(\d+(?:\.\d+)?)\+?$")
# a value led by its code: "04 Honey" is shade 04, said "04", "#4" or 4号
_CODED = re.compile(r"^(\d{1,3})\s+[a-z]")


# Units of one dimension: a value in one is asked in another ("1 litre?" of 50 ml and 100 ml).
_DIMENSIONS = (("ml", "l"), ("g", "kg", "lb", "oz"), ("mm", "cm", "m", "inch", "ft"))


def _same_dimension(unit: str, family: tuple[str, ...]) -> bool:
    """Whether `family` (of `_UNITS`) measures what `unit` measures."""
    if unit in family:
        return True
    heads = next((d for d in _DIMENSIONS if any(unit in f and f[0] in d for f in _UNITS)), ())
    return family[0] in heads


def _coded(value: str) -> str | None:
    """The code leading a value that is not a measure ("04" of "04 Honey"), else None."""
    m = _CODED.match(value)
    return m.group(1) if m and not _measure(value) else None


def _measure(value: str, with_noun: bool = False) -> tuple[str, str] | None:
    """(number, unit) of a value that is a measure in a unit of `_UNITS` ("30 lb", "spf 50+";
    `with_noun`: also "4.0ah battery"), else None ("04 Honey" is a shade)."""
    value = re.sub(r"\s*\([^()]*\)$", "", value)  # "800 ml (28 oz)": 800 ml
    if (m := _MEASURE.match(value)) or (with_noun and (m := _MEASURE_OF.match(value))):
        number, unit = m.groups()
    elif m := _MEASURE_FIRST.match(value):
        unit, number = m.groups()
    else:
        return None
    return (number, unit) if any(unit in family for family in _UNITS) else None


# Metric units a thousand (or ten, a hundred) apart: "1000 g" is asked as "1kg", "1 l" as 1000ml.
_METRIC = (("g", "kg", 1000), ("ml", "l", 1000), ("mm", "cm", 10), ("cm", "m", 100))


def _metric(number: str, unit: str) -> list[tuple[str, str]]:
    """The measure `number` `unit` in the metric unit above or below it, where that is a plain
    number ("1000", "g" → [("1", "kg")]; "1.5", "l" → [("1500", "ml")])."""
    out = []
    family_of = next((f for f in _UNITS if unit in f), ())
    for small, big, factor in _METRIC:
        if small in family_of:
            out.append((f"{float(number) / factor:g}", big))
        elif big in family_of:
            out.append((f"{float(number) * factor:g}", small))
    return [(n, u) for n, u in out if "e" not in n and len(n.replace(".", "")) <= 5]


def value_forms(value: str) -> list[str]:
    """The ways a viewer names an option value: as written, its colour in the other language
    (灰色 for "Slate Grey"), a colour value by its colour word ("grey"), a measure with other
    units ("30磅", "30 pounds" for "30 lb"), a letter size in words ("medium" for M)."""
    norm = normalize(value).strip()
    forms = [value, *_SIZE_WORDS.get(norm, ()), *_SET_WORDS.get(norm, ())]
    if "&" in value:
        forms.append(value.replace("&", "and"))  # "cookies and cream"
    words = norm.split()
    if words and words[-1] in _COLOURS:
        forms += [words[-1], _COLOURS[words[-1]] + "色",
                  *({"grey": ["gray"], "gray": ["grey"]}.get(words[-1], []))]
    forms += [f"{en}" for en, zh in _COLOURS.items() if norm in (zh, zh + "色")]
    forms += [f for w in words if w in _SHADE_ZH  # (沙色 for "Sand", 薄荷 for "Mint Green")
              for f in (_SHADE_ZH[w] + "色", *((_SHADE_ZH[w],) if len(_SHADE_ZH[w]) >= 2 else ()))]
    if len(words) >= 2 and words[0].isalpha() and any(c.isdigit() for c in words[1]) and (
            len(words) > 2 or not words[1].isdigit()):
        forms.append(" ".join(words[1:]))  # a model said without its line: "15 pro max", "s24"
        if len(words) >= 4 and any(c.isdigit() for c in words[1]):
            forms.append(" ".join(words[2:]))  # …or without its number: "pro max"
    if system := _SIZE_SYSTEM.match(norm):  # "US 7" is "size 7", 7号 to a viewer
        n = system.group(1)
        forms += [f"size {n}", f"size{n}", f"sz {n}", f"{n}号", f"{n}码", f"{n}號", f"{n}碼"]
    if (inner := re.search(r"\(([^()]*)\)$", norm)) and _measure(inner.group(1).strip()):
        forms += value_forms(inner.group(1).strip())[1:]  # "800 ml (28 oz)" is "28oz" too
    if measure := _measure(norm, with_noun=True):
        number, unit = measure
        for n, u in [measure, *_metric(number, unit)]:  # "1000 g" is "1 kg" too
            plain = f"{float(n):g}"  # "4.0ah" is "4ah", 四安时
            numbers = list(dict.fromkeys([n, plain, *_NUMBER_WORDS.get(plain, ())]))
            for family in _UNITS:
                if u in family:
                    forms += [f"{x}{sep}{v}" for x in numbers for v in family
                              for sep in (" ", "", "-") if sep != "-" or v.isascii()]
                    forms += [f for v in family if v.isascii() for f in (f"{v} {n}", f"{v}{n}")]
        if len(number) >= 3:  # "the 750 bottle": a measure big enough to name it alone
            forms.append(number)
        if unit == "mm":  # a ring's or bangle's inner size: 58圈口, 圈口58
            forms += [f"{number}圈口", f"{number}圈", f"圈口{number}"]
    if (sized := _LED_BY_SIZE.match(norm)) and _measure(sized.group(2)):
        forms += [sized.group(1), *_SIZE_WORDS.get(sized.group(1), ())]  # "M 70 cm": M, 中号
    if band := _band(norm):
        low, high, unit = band  # "20-40 kg": 20到40公斤, "20 to 40 kilos"
        # (an "m" band is a baby's months as often as metres: "0-6 m" is "0-6 months", 0-6个月)
        months = ("m", "mo", "month", "months", "个月") if unit == "m" else ()
        forms += [f"{low}{sep}{high}{gap}{u}" for family in [*_UNITS, months] if unit in family
                  for u in family for sep in ("-", " - ", " to ", "到", "至", "~")
                  for gap in ("", " ")]
        if float(low) >= 10:  # "the 57-61 helmet": two numbers that big name the band alone
            forms += [f"{low}{sep}{high}" for sep in ("-", "–", " - ", " to ", "到", "至", "~")]
    if (numbered := _WORD_NUMBER.fullmatch(norm)) and numbered.group(1) in _ZH_COUNTERS:
        forms += [numbered.group(2) + zh for zh in _ZH_COUNTERS[numbered.group(1)]]  # 2段
    if code := _coded(norm):
        codes = dict.fromkeys((code, code.lstrip("0") or "0"))
        forms += [f for c in codes for f in (f"#{c}", f"no {c}", f"shade {c}", f"in {c}", f"{c}号",
                                             f"{c}色")]
    return list(dict.fromkeys(forms))


def _matches(text: str, name: str, value: str, original: str) -> bool:
    if len(forms := value_forms(value)) > 1:
        return any(_matches_one(text, name, f, original) for f in forms)
    return _matches_one(text, name, value, original)


def _another_model(text: str, value: str) -> bool:
    """Whether `text` says the model `value` with a suffix it lacks: "s24 ultra" is no "Galaxy
    S24", "iphone 15 plus" no "iPhone 15"."""
    return bool(re.search(r"\d", value)) and re.search(
        rf"(?<![a-z0-9_-]){re.escape(normalize(value))}\s*(?:\+|plus|ultra|pro|max|mini|lite|fe|se|"
        r"edge)(?![a-z0-9])", text) is not None


def _matches_one(text: str, name: str, value: str, original: str) -> bool:
    flag = YES_NO.get(value.casefold())
    if flag is None and len(value) <= 2 and value.isascii() and value.isalpha():
        # sizes S, M written in capitals, also beside Chinese ("L码"): not "I'm", "'s"; a
        # two-letter size (XL, XS) in any case: "the harness in xl"
        return (re.search(rf"(?<![A-Za-z0-9'’-]){re.escape(value.upper())}(?![A-Za-z0-9'’-])",
                          unicodedata.normalize("NFKC", original if len(value) == 1
                                                else original.upper())) is not None
                or _says(text, f"size {value}"))
    if flag is None:
        return _says(text, value)
    negated = any(_says(text, f"{neg} {name}") for neg in ("no", "without", "non", "plain"))
    negated = negated or _says(text, f"不带{name}") or _says(text, f"无{name}")
    return negated if not flag else _says(text, name) and not negated


def _known_values(product: Product) -> dict[str, list[str]]:
    """Every value of each option: the variants' and those the shop lists for a variant that
    takes any of them (WooCommerce's "any size", kept in ``specs["options"]``)."""
    known = {name: list(values) for name, values in product.options.items()}
    for name, listed in product.specs.get("options", {}).items():
        known.setdefault(name, []).extend(v.strip() for v in listed.split(",") if v.strip())
    return known


# A value set aside: "not the pair", "rather than the black", 不要黑色, 不是大号
_SET_ASIDE = re.compile(r"\b(?:not|except|instead of|rather than)\s+(?:the\s+|a\s+|an\s+)?"
                        r"[\w-]+(?:\s+(?:one|ones))?|(?:不要|不是|除了)[\u4e00-\u9fffA-Za-z0-9]{1,4}", re.I)


def _hue_chars(hue: str) -> str:
    """The characters that say `hue` (橙 and 橘)."""
    return "".join(c for c in _ZH_HUES if _HUE_SAME.get(c, c) == hue)


def variants_named(product: Product, question: str) -> list[Variant]:
    """The variants a question narrows the product to: those matching the most option values
    it names, less one for each option it names another value of ("the red one in L" is not
    the red S); else the one whose band holds a measure it gives (`_band_holding`). Empty when
    it names none (then the product as a whole is meant)."""
    named = _named_values(product, question)

    def score(var: Variant) -> int:
        total = 0
        for name, value in var.options.items():
            if value in named.get(name, ()):
                total += 1
            elif named.get(name):
                total -= 1
        return total

    scored = [(score(var), var) for var in product.variants]
    best = max((s for s, _ in scored), default=0)
    if best > 0:
        return [v for s, v in scored if s == best]
    return _band_holding(product, read(question)) or _by_relative_size(product, question)


# "the big one", 大盆, "the smallest": the end of a product's one measured option (not "how big")
_BIGGEST = re.compile(r"\b(?:biggest|largest)\b|\bthe (?:big|bigger|large|larger)\b|"
                      r"\b(?:big|bigger|large|larger) (?:one|size|pot|pack|bag|tin|tub|version)\b|"
                      r"(?<![多很好太有老最])大(?:盆|款|瓶|包|桶|罐|袋|支|个|size)|最大(?:的|盆|款|号)")
_SMALLEST = re.compile(r"\b(?:smallest|tiniest)\b|\bthe (?:small|smaller|little)\b|"
                       r"\b(?:small|smaller|little) (?:one|size|pot|pack|bag|tin|tub|version)\b|"
                       r"(?<![多很好太有老最])小(?:盆|款|瓶|包|桶|罐|袋|支|个|size)|最小(?:的|盆|款|号)")


def _by_relative_size(product: Product, question: str) -> list[Variant]:
    """The variant at the big or small end of a product sold by one measure in one unit (pot
    12/17/24 cm: "the big one", 大盆 is 24 cm); [] where both or neither end is asked, the
    options are no such measure (letter sizes say "large" themselves) or a size is missing."""
    big, small = bool(_BIGGEST.search(question)), bool(_SMALLEST.search(question))
    if big == small or len(product.variants) < 2 or len({
            tuple(v.options) for v in product.variants}) != 1 or len(product.variants[0].options) != 1:
        return []
    measures = [_measure(value) or _band_low(value)
                for value in (normalize(next(iter(v.options.values()))) for v in product.variants)]
    if any(m is None for m in measures) or len({m[1] for m in measures if m}) != 1:
        return []
    sizes = [float(m[0]) for m in measures if m]
    if len(set(sizes)) != len(sizes):
        return []
    end = max(sizes) if big else min(sizes)
    return [product.variants[sizes.index(end)]]


def _band_low(value: str) -> tuple[str, str] | None:
    """(low, unit) of a band ("52–56 cm" → ("52", "cm")): the size bands are ordered by."""
    band = _band(value)
    return (band[0], band[2]) if band else None


def _named_values(product: Product, question: str) -> dict[str, list[str]]:
    """Option name → the values of it `question` names (of several, the longest: "15 pro max"
    names iPhone 15 Pro Max, not also iPhone 15 Pro)."""
    # ("just one dumbbell, not the pair", 不要黑色的: a value set aside names none; 酒红色 is
    # no 正红 where none sold is called 酒红)
    question = _SET_ASIDE.sub(" ", unicodedata.normalize("NFKC", typed_fractions(question)))
    if (unsold := _named_not_sold(product, question)) is not None:
        question = question.replace(unsold[1], " ")
    text = normalize(question)
    digits = read(question)  # "两万毫安" names 20000 mAh, "two metre" 2 m
    known = _known_values(product)

    def said(name: str, value: str) -> bool:
        # (a model with a suffix it lacks is another model, unless a value of it has that
        # suffix: "15 pro max" is no 15 Pro where the Pro Max is sold, "s24 ultra" no S24)
        if any(_another_model(text, f) and not any(
                len(g) > len(f) and _says(text, g) for o in known[name] if o != value
                for g in value_forms(o)) for f in value_forms(value)):
            return False
        spoken = by_option(name, value)  # "size 2", 2号 for Size "2 (3-6 kg)"
        return any(_matches(t, name, v, question) for v in dict.fromkeys((value, spoken))
                   for t in dict.fromkeys((text, digits))) or any(
            _says(text, f"{word} one") or (len(word) >= 6 and _says(text, word))
            or (re.fullmatch(r"\d+/\d+", word) and _says(text, word))  # "3/4" of "¾ size"
            # (a shade's word beside another option's number: "sage 750"; "berry smoothie" no)
            or (word in _SHADE_HUES and re.search(rf"\b{word}\s+\d|\d\S*\s+{word}\b", text))
            or any(_says(text, f"{word} {n}") for n in short_names)  # "berry lipstick"
            for word in own_words.get(value, ())) or (
            (zh := in_chinese.get(value)) is not None and any(  # (6-18个月 said 6到18个月)
                _says(text, re.sub(r"(?<=\d)\s*[-–~]\s*(?=\d)", sep, zh))
                for sep in ("-", "到", "至", "~"))) or (
            value in hued and re.search(f"[{_hue_chars(hued[value])}][色的]", text) is not None) or (
            # 珊瑚色 of 珊瑚粉: a Chinese name's first two characters as the colour, where no
            # other value's name starts so
            value in prefixed and f"{prefixed[value]}色" in text) or (
            value in labelled and _says(text, labelled[value]))

    # "large flea drops" of "Large 20-40 kg" in a spec's list: the label the listing gives a
    # value, where no longer label said holds it ("extra large" is not also "large")
    labels = {v: label for values in known.values() for v, label in _labels(product, values).items()}
    said_labels = [lb for lb in labels.values() if _says(text, lb)]
    labelled = {v: lb for v, lb in labels.items()
                if not any(lb != other and lb in other for other in said_labels)}
    # "the honey one", "is porcelain sold out": a word only one value has; 裸玫瑰: the value as
    # the listing says it in Chinese
    own_words = {v: ws for values in known.values() for v, ws in own_value_words(values).items()}
    short_names = [n for n in map(normalize, product.names()) if not CJK_RE.search(n) and " " not in n]
    in_chinese = {v: zh for name, values in known.items()
                  for v, zh in zip(values, listed_zh(product, name, len(values)) or (), strict=False)
                  if len(zh) >= 2}
    # 紫色的 for 丁香紫: the hue its Chinese name ends in, where no other value of it has that hue
    hues = {v: _HUE_SAME.get(zh[-1], zh[-1]) for v, zh in in_chinese.items() if zh[-1] in _ZH_HUES}
    hued = {v: h for v, h in hues.items() if list(hues.values()).count(h) == 1}
    starts = {v: zh[:2] for v, zh in in_chinese.items() if len(zh) >= 3 and CJK_RE.match(zh[1])}
    prefixed = {v: p for v, p in starts.items() if list(starts.values()).count(p) == 1}
    return {name: _longest([v for v in dict.fromkeys(values) if said(name, v)])
            for name, values in known.items()}


def _labels(product: Product, values: list[str]) -> dict[str, str]:
    """The English word(s) a spec's list puts before each value that is a measure or band
    ("weight bands: Small 2-10 kg, Medium 10-20 kg, …" → {"2-10 kg": "small", …}); {} when the
    specs list no such labels for every value."""
    if not all(_band(normalize(v).strip()) or _measure(normalize(v).strip()) for v in values):
        return {}
    for kv in product.specs.values():
        for listed in kv.values():
            found = {v: m.group(1).strip() for v in values if (m := re.search(
                rf"(?:^|[,;:]\s*)([a-z][a-z ]{{1,20}}?)\s+{re.escape(normalize(v).strip())}(?![\d.])",
                normalize(listed)))}
            if len(found) == len(values) and len(set(found.values())) == len(values):
                return found
    return {}


def combination_not_sold(product: Product | None,
                         question: str) -> tuple[str, str, tuple[str, ...], str] | None:
    """Two values sold, never together ("senior 12kg bag" where Senior comes in 2 kg and 6 kg;
    "3m cable in white" where the 3 m is black only): (option name, the value asked of it, the
    values it is sold in with the other, the other value). None when the question names fewer
    than two options' values, several of one, or a combination some variant has."""
    if product is None or len(product.options) < 2:
        return None
    named = {n: vs[0] for n, vs in _named_values(product, question).items() if len(vs) == 1}
    if len(named) < 2 or any(all(var.options.get(n) == v for n, v in named.items())
                             for var in product.variants):
        return None
    (given_name, given), (asked_name, asked) = list(named.items())[:2]
    sold = tuple(dict.fromkeys(var.options[asked_name] for var in product.variants
                               if var.options.get(given_name) == given and asked_name in var.options))
    return (asked_name, asked, sold, given) if sold else None


def _band_holding(product: Product, text: str) -> list[Variant]:
    """The one variant whose value is a band holding the one measure `text` gives: "my lab is
    30kg" → the spot-on for 20-40 kg, 我家狗10斤 → 2-10 kg. [] when none or several hold it (10
    kg is in 2-10 kg and 10-20 kg: not ours to pick)."""
    said = MEASURED.findall(text)
    if len(said) != 1:
        return []
    kind, size = MEASURE_UNITS[said[0][1]]
    value = float(said[0][0]) * size
    holding = []
    for var in product.variants:
        for option in var.options.values():
            band = _inner_band(option)
            if band and MEASURE_UNITS.get(band[2], ("", 0.0))[0] == kind:
                to_base = MEASURE_UNITS[band[2]][1]
                if float(band[0]) * to_base <= value <= float(band[1]) * to_base:
                    holding.append(var)
    return holding if len(holding) == 1 else []


def own_value_words(values: list[str]) -> dict[str, list[str]]:
    """The words of an option's values of two words or more that a viewer may call one by ("the
    berry one" for "Berry Crush", "the honey one" for "04 Honey", "3/4" for "¾ size"): words
    of three letters or more, no colour, or a fraction, that no other value of the option
    has."""
    words = {v: normalize(v).split() for v in values}
    return {v: own for v, ws in words.items() if len(ws) >= 2 and (own := [
        w for w in ws if (re.fullmatch(r"[a-z]{3,}", w) and w not in _COLOURS
                          or re.fullmatch(r"\d+/\d+", w))  # ("3/4" of "¾ size")
        and not any(w in other for o, other in words.items() if o != v)])}


def _longest(values: list[str]) -> list[str]:
    """`values` less each that another of them holds ("iPhone 15 Pro" in "iPhone 15 Pro Max")."""
    norm = {v: normalize(v) for v in values}
    return [v for v in values if not any(o != v and norm[v] in norm[o] for o in values)]


def variant_facts(product: Product | None, question: str, facts: Facts) -> ProductFacts | None:
    """The facts an answer about ``question`` should state, when it names a variant: that
    variant's; several variants (the logo hoodie in any size, the senior dog food in any bag)
    → their stock summed (None if any is untracked), the product's name plus the options they
    share, and the cheapest offer in stock (where their prices differ, the answer states
    their range: `bot.answers.grounds._price_range` over the same variants). None when no
    variant is named, all are, or the named ones share no option ("1m vs 2m")."""
    if product is None or not product.variants:
        return None
    named = [facts.get(v.sku) for v in variants_named(product, question) if v.sku in facts]
    if not named or len(named) == len(product.variants):
        return None
    if len(named) == 1:
        return named[0]
    counts = [f.stock for f in named]
    stock = None if None in counts else sum(c or 0 for c in counts)
    picked = [v for v in product.variants if v.sku in {f.sku for f in named}]
    shared = [f"{k}: {val}" for k, val in picked[0].options.items()
              if all(p.options.get(k) == val for p in picked)]
    if not shared:  # ("1m vs 2m": two of one option, no one narrower thing)
        return None
    common = Variant(sku="x", options=dict(s.split(": ", 1) for s in shared))
    title, title_zh = common.title, common.titled(product.values_in_chinese(), "，")
    rep = min(named, key=lambda f: (not f.in_stock, f.price))
    name_zh = f"{product.name_zh}（{title_zh}）" if product.name_zh else None
    return replace(rep, stock=stock, name=f"{product.name} ({title})", name_zh=name_zh)


# A size asked in letters ("XXL", "xs") or as a number of a size chart ("size 46", "46码").
_LETTER_SIZE = re.compile(r"(?<![a-z0-9])([2-6]?x{1,4}[sl]|xs)(?![a-z0-9])")
_NUMBER_SIZE = re.compile(r"(?<![a-z0-9])(?:size|sz)\s*(\d{1,3}(?:\.5)?)(?![\d.])|"
                          r"(?<![\d.])(\d{1,3}(?:\.5)?)\s*(?:码|号)")
_ZH_COLOUR = re.compile(r"([红黑白灰蓝绿棕粉黄紫橙银金])色")


def is_colour(value: str) -> bool:
    """Whether an option value is a plain colour ("Navy", "Slate Grey", 黑色)."""
    words = normalize(value).split()
    return bool(words) and (words[-1] in _COLOURS or bool(_ZH_COLOUR.fullmatch(words[-1])))


# Words of shade names and the plain colours a viewer may call them ("Berry Crush" is a red,
# purple or pink; "Espresso" a brown): a viewer's "black" names no "Nude Rose". Source: written
# for Hawker from common cosmetics and apparel shade names.
_SHADE_HUES = {
    "rose": "pink red", "blush": "pink", "berry": "red purple pink", "coral": "orange pink red",
    "nude": "beige brown pink", "ruby": "red", "cherry": "red", "crimson": "red", "scarlet": "red",
    "wine": "red purple", "burgundy": "red purple", "plum": "purple", "lavender": "purple",
    "lilac": "purple", "mint": "green", "sage": "green", "olive": "green", "forest": "green",
    "emerald": "green", "teal": "blue green", "sky": "blue", "cobalt": "blue",
    "ivory": "white beige", "cream": "white beige", "porcelain": "white beige",
    "sand": "beige brown", "honey": "yellow brown beige", "caramel": "brown", "espresso": "brown black",
    "chocolate": "brown", "mocha": "brown", "charcoal": "grey black", "slate": "grey",
    "graphite": "grey black", "onyx": "black", "midnight": "black blue", "peach": "orange pink",
    "mustard": "yellow", "lemon": "yellow", "champagne": "beige gold", "heather": "grey",
    "oatmeal": "beige brown", "oat": "beige", "indigo": "blue", "denim": "blue", "wash": "blue",
    "taupe": "brown grey beige", "stone": "grey beige", "mauve": "purple pink",
    "rust": "orange red brown", "terracotta": "orange red brown", "camel": "brown beige",
    "ecru": "white beige", "bone": "white beige"}
_ZH_HUE = {zh: en for en, zh in reversed(_COLOURS.items())}  # 灰 → grey, 棕 → brown


def _hue(word: str) -> str:
    """A plain colour word in one spelling: "gray" → "grey", "tan" → "brown", 灰色 → "grey"."""
    word = {"gray": "grey", "tan": "brown", "navy": "blue"}.get(word, word)  # (navy is a blue)
    return _ZH_HUE.get(word.removesuffix("色"), word)


def _hues(value: str) -> set[str]:
    """The plain colours an option value is ("Slate Grey" → grey; "Nude Rose" → beige, brown,
    pink, red); empty when it names none."""
    out: set[str] = set()
    for word in normalize(value).split():
        if word in _COLOURS or _ZH_COLOUR.fullmatch(word):
            out.add(_hue(word))
        out |= {_hue(w) for w in _SHADE_HUES.get(word, "").split()}
    return out


def _letter_or_number_size(value: str) -> bool:
    v = normalize(value).strip()
    if (sized := _LED_BY_SIZE.match(v)) and _measure(sized.group(2)):
        v = sized.group(1)  # "M 70 cm"
    return bool(re.fullmatch(r"[2-6]?x{0,4}[sml]|xs|\d{1,3}", v))


def _asked_value(text: str, values: list[str]) -> str | None:
    """The value of this option's kind a question names (normalized `text`), if any."""
    if (numbered := _numbered(text, values)) is not None:
        return numbered
    if values and all(hues := [_hues(v) for v in values]):  # (a "Bath Sheet" has no colour)
        sold = set().union(*hues)
        asked = [w for w in _COLOURS if re.search(rf"\b{w}\b", text)] + _ZH_COLOUR.findall(text)
        if asked:  # (else a shade may be asked by its code: 07色号)
            return next((w if w.isascii() else w + "色" for w in asked if _hue(w) not in sold),
                        None)
    if values and all(_letter_or_number_size(v) for v in values):
        m = _LETTER_SIZE.search(text) or _NUMBER_SIZE.search(text)
        return next((g for g in m.groups() if g), None) if m else None
    if values and all(_coded(normalize(v).strip()) for v in values):  # 07色号, "shade 7"
        m = re.search(r"(?:#|\bno\.?\s*|\bshade\s*|色号\s*)(\d{1,3})(?![\d.])"
                      r"|(?<![\d.])(\d{1,3})\s*(?:号|色号|色)", text)
        return next((g for g in m.groups() if g), None) if m else None
    measures = [got for v in values if (got := _measure(normalize(v).strip()))]
    if values and len(measures) == len(values):
        family = [u for f in _UNITS if any(_same_dimension(unit, f) for _, unit in measures)
                  for u in f]  # ("1 litre" of a moisturiser in ml is asked, not sold)
        if not family:
            return None
        spelled = {w for ws in _NUMBER_WORDS.values() for w in ws}  # four person, 双人
        number = r"\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, spelled), key=len, reverse=True))
        units = "|".join(sorted(map(re.escape, family), key=len, reverse=True))
        en = "|".join(sorted((re.escape(u) for u in family if u.isascii()), key=len, reverse=True))
        if "piece" in family:  # one piece asked is the price of one, not a pack of one
            number = rf"(?!1\b|1[^\d.]|one\b|一)(?:{number})"
        m = re.search(rf"(?<![a-z0-9.])(?:{number})\s*-?\s*(?:{units})(?![a-z])", text) or (
            re.search(rf"\b(?:{en})\s*(?:\d+(?:\.\d+)?)(?![\d.])", text) if en else None)
        return m.group() if m else None
    return None


# A value led by a word and a number: "Stage 2", "Size 4", "iPhone 15 Pro"
_WORD_NUMBER = re.compile(r"^([a-z]+)\s*(\d{1,3})\b")


def _numbered(text: str, values: list[str]) -> str | None:
    """A word and number the question names where two or more values sold are that word with
    other numbers ("stage 4" of Stage 1, 2, 3; "iphone 16" of iPhone 15, 15 Pro): the value
    asked, else None."""
    sold: dict[str, set[str]] = {}
    for v in values:
        if m := _WORD_NUMBER.match(normalize(v).strip()):
            sold.setdefault(m.group(1), set()).add(m.group(2))
    for word, numbers in sold.items():
        if len(numbers) >= 2 or sum(normalize(v).startswith(word) for v in values) >= 2:
            said = rf"(?<![a-z0-9]){re.escape(word)}\s*(\d{{1,3}})(?![\d.])" + "".join(
                rf"|(?<![\d.])(\d{{1,3}})\s*{zh}" for zh in _ZH_COUNTERS.get(word, ()))
            for m in re.finditer(said, text):
                number = next(g for g in m.groups() if g)
                if number.lstrip("0") not in {n.lstrip("0") for n in numbers}:
                    return m.group()
    return None


def by_option(name: str, value: str) -> str:
    """A value that is a bare number, as a viewer names it with its option's word: Size "4 (9-14
    kg)" → "size 4" (and so 4号, 4码), Stage "2" → "stage 2"; any other value as it is."""
    m = NUMBER_LED.match(normalize(value).strip())
    word = normalize(name).strip()
    return f"{word} {m.group(1)}" if m and re.fullmatch(r"[a-z]{3,}", word) else value


def option_numbers(product: Product) -> set[tuple[str, str]]:
    """(option word, number) of each value that is a bare number ({("size", "4"), …} for Size
    "4 (9-14 kg)")."""
    return {(m.group(1), m.group(2)) for values in product.options.items()
            for v in values[1] if (m := _WORD_NUMBER.fullmatch(by_option(values[0], v)))}


def numbered_zh(name: str, value: str) -> str:
    """A value that is a bare number as Chinese says it with its option's counter (Stage "2
    (6-12 months)" → 2段, Size "4" → 4号); any other value as it is."""
    m = _WORD_NUMBER.fullmatch(by_option(name, value))
    return f"{m.group(2)}{_ZH_COUNTERS[m.group(1)][0]}" if m and m.group(1) in _ZH_COUNTERS else value


def option_word_said(text: str, word: str) -> bool:
    """Whether `text` holds an option's word or its Chinese counter ("size", 号): a cheap test
    before `says_numbered`."""
    return word in text or any(zh in text for zh in _ZH_COUNTERS.get(word, ()))


def says_numbered(text: str, word: str, number: str | None) -> bool:
    """Whether normalized `text` (numbers as digits) says `word` with `number` ("size 4", 4号),
    or, `number` None, asks which of them ("which stage", 几段)."""
    if number is None:
        return re.search(rf"(?<![a-z])(?:which|what)\s+{re.escape(word)}\b" + "".join(
            rf"|[几哪]一?{zh}" for zh in _ZH_COUNTERS.get(word, ())), text) is not None
    return re.search(rf"(?<![a-z0-9]){re.escape(word)}\s*{number}(?![\d.])" + "".join(
        rf"|(?<![\d.]){number}\s*{zh}" for zh in _ZH_COUNTERS.get(word, ())), text) is not None


def _inner_band(value: str) -> tuple[str, str, str] | None:
    """The band a value is or holds in brackets: "20-40 kg", "4 (9-14 kg)" → (low, high, unit)."""
    v = normalize(value).strip()
    m = NUMBER_LED.match(v)
    return _band(m.group(2).strip()) if m and m.group(2) else _band(v)


# Chinese counters of a numbered value ("Stage 2" is 2段, "Size 4" 4号 or 4码)
_ZH_COUNTERS = {"stage": ("段",), "size": ("号", "码")}


# Spec keys that list what a product without variants is sold in ("sizes: S, M, L, XL").
_LISTED = frozenset({"size", "sizes", "colour", "colours", "color", "colors"})


def _sold_values(product: Product, measures_listed: bool = False) -> dict[str, list[str]]:
    """Each option's values sold: the variants' (`_known_values`), else a size or colour list
    the specs give ("sizes: S, M, L, XL", "colour: black"); `measures_listed`: also a spec
    listing three measures or more in one unit, or one size ("size: 10 inches")."""
    sold = {name: list(dict.fromkeys(vs)) for name, vs in _known_values(product).items()}
    for kv in product.specs.values():
        for key, listed in kv.items():
            # three measures or more in one unit ("阻力: 10磅、20磅、30磅、40磅、50磅"): what it
            # comes in, whatever the key
            items = [v.strip() for v in re.split(r"[,，、]", listed) if v.strip()]
            measures = [_measure(normalize(v).strip()) for v in items]
            if measures_listed and key not in sold and len(items) >= 3 and all(measures) \
                    and len({m[1] for m in measures if m}) == 1:
                sold[key] = items
                continue
            # (one colour is a list too: "colour: black" is what the TV comes in)
            # ("screen size: 65 inches" is a size too)
            if not (normalize(key).strip() in _LISTED or normalize(key).endswith(" size")) \
                    or key in sold:
                continue
            one = re.sub(r"\s*\([^)]*\)", "", listed).strip()  # "size: 10 inches (26 cm)"
            if measures_listed and _measure(normalize(one)):
                sold[key] = [one]
                continue
            if "," in listed or is_colour(listed):
                sold[key] = [v.strip() for v in listed.split(",") if v.strip()]
            elif spanned := _size_range(listed):
                # with the same group's Chinese range (尺码: 35到45 beside "US 5 to 12"): a
                # size of either chart is sold
                sold[key] = spanned + [v for k in _ZH_LISTED["size"] if k in kv
                                       for v in _size_range(kv[k]) if v not in spanned]
    return sold


_LETTERS = ("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl")
_RANGE = re.compile(r"(?<![a-z0-9.])(\d{1,2}|[a-z]{1,4})\s*(?:to|-|–|~|到|至)\s*"
                    r"(\d{1,2}|[a-z]{1,4})(?![a-z0-9.])")


def _size_range(listed: str) -> list[str]:
    """The sizes a range states ("US men's 7 to 13" → 7 … 13; "S to XL" → S, M, L, XL), or []."""
    m = _RANGE.search(normalize(listed).replace("2xl", "xxl").replace("3xl", "xxxl"))
    if m is None:
        return []
    low, high = m.groups()
    if low.isdigit() and high.isdigit() and int(low) < int(high):
        return [str(n) for n in range(int(low), int(high) + 1)]
    if low in _LETTERS and high in _LETTERS and _LETTERS.index(low) < _LETTERS.index(high):
        return [v.upper() for v in _LETTERS[_LETTERS.index(low):_LETTERS.index(high) + 1]]
    return []


def listed_zh(product: Product, option: str, count: int) -> tuple[str, ...] | None:
    """The values of `option` (a colour or size option) as the listing writes them in Chinese
    ("颜色: 白、黑、麻灰、藏青" for white, black, heather grey, navy), where it lists as many
    as are sold (`count`); else None."""
    name = normalize(option).strip()
    keys = _ZH_LISTED.get(name, _ZH_LISTED.get(name.rstrip("s"), ()))
    listed = [text for kv in product.specs.values() for key, text in kv.items()
              if key.strip() in keys]
    if keys:  # or the description's list: "四种口味：巧克力、香草、曲奇奶油、草莓；"
        said = "|".join(map(re.escape, keys))
        listed += [m.group(1) for text in product.description.values()
                   for m in re.finditer(rf"(?:{said})[:：]\s*([^。；;!！\n<]+)", text)]
    for text in listed:
        values = tuple(v.strip() for v in re.split(r"[、,，/或]", text) if v.strip())
        if len(values) == count:
            return values
    if name.rstrip("s") in ("color", "colour"):  # "棕色和石板灰两色": the colours counted…
        english = list(dict.fromkeys(product.options.get(option, ())))
        for m in (m for text in product.description.values() for m in _COLOURS_COUNTED.finditer(text)):
            values = tuple(v.strip() for v in re.split(r"[、,，/和与及]", m.group(1)) if v.strip())
            # …where each names the hue of the value in its place (the order is the listing's)
            if len(values) == count == len(english) and all(
                    (zh := _zh_hue(v)) is None or zh in _hues(en)
                    for v, en in zip(values, english, strict=True)):
                return values
    return _aligned_zh(product, option, count)


def _zh_hue(value: str) -> str | None:
    """The plain colour a Chinese colour name ends in (石板灰 → grey), else None."""
    c = next((c for c in reversed(value.rstrip("色")) if c in _ZH_HUE), None)
    return _ZH_HUE[c] if c else None


# Colours listed and counted in a Chinese description: 棕色和石板灰两色, 黑、白、灰三种颜色
_COLOURS_COUNTED = re.compile(r"([^，,。；;：:\s<>]+)[两二三四五六七八九\d](?:种|个|款)?(?:颜)?色")


def _aligned_zh(product: Product, option: str, count: int) -> tuple[str, ...] | None:
    """The values of `option` as a spec group lists them in Chinese beside the same values in
    English, in the same order and with the same numbers ("Puppy: 2 to 12 months, Adult: 1 to 7
    years, …" beside "适用: 幼犬2到12个月、成犬1到7岁、…" → 幼犬, 成犬, …): each item less the
    measure it ends in. None when no group does, or the values are measures (`value_forms`
    says those in Chinese already)."""
    values = [normalize(v).strip() for v in dict.fromkeys(product.options.get(option, ()))]
    if len(values) != count or count < 2 or all(map(_measure, values)):
        return None
    for kv in product.specs.values():
        english = normalize(" ".join(f"{k} {v}" for k, v in kv.items()
                                     if not CJK_RE.search(f"{k}{v}")))
        at = [english.find(v) for v in values]
        if -1 in at or at != sorted(at):
            continue
        # each value's numbers: its own and those after it, up to the next value
        numbers = [_NUMBER.findall(english[start:end])
                   for start, end in zip(at, [*at[1:], len(english)], strict=True)]
        for key, text in kv.items():
            items = [re.sub(r"[（(][^）)]*[）)]", "", i).strip() for i in re.split(r"[、，,]", text)]
            if not (CJK_RE.search(key) and len(items) == count and all(items)):
                continue
            said = [_NUMBER.findall(i) for i in items]
            if all(n and n == ns[:len(n)] for n, ns in zip(said, numbers, strict=True)):
                named = [re.sub(r"\s*\d.*$", "", i) for i in items]  # 鸡胸肉100克: 鸡胸肉
                return tuple(n if re.fullmatch(r"[\u4e00-\u9fff]{2,}", n) else i
                             for n, i in zip(named, items, strict=True))
    return None


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def listed_range(product: Product, option: str, lang: str) -> str | None:
    """A size range as the listing states it ("US men's 7 to 13", or 美码7到13 in the same spec
    group for "zh") where `option` is a spec key whose sizes `_size_range` read; else None."""
    for kv in product.specs.values():
        if option in kv and option not in product.options and _size_range(kv[option]):
            if lang != "zh":
                return kv[option]
            return next((kv[k] for k in _ZH_LISTED["size"] if k in kv), None)
    return None


_ZH_LISTED = {"colour": ("颜色", "配色", "色号"), "color": ("颜色", "配色", "色号"),
              "shade": ("色号", "颜色"), "size": ("尺码", "码数", "尺寸"),
              "flavour": ("口味", "味道"), "flavor": ("口味", "味道"), "scent": ("香味", "香型"),
              "thickness": ("厚度",), "length": ("长度",), "capacity": ("容量",)}
# The hue a Chinese colour name ends in: 丁香紫 is the purple one, 鼠尾草绿 the green
_ZH_HUES = "红橙橘黄绿青蓝紫黑白灰粉棕褐咖金银米"
_HUE_SAME = {"橘": "橙", "褐": "棕", "咖": "棕"}  # 珊瑚橘 is the orange one


def values_named(product: Product | None, question: str) -> list[str]:
    """The values sold (`_sold_values`: the variants' and a spec's size or colour list) that
    `question` names ("the v-neck in large" → "L")."""
    if product is None:
        return []
    text = normalize(question)
    digits = read(question)  # "twelve kilo" names 12 kg
    return [v for name, values in _sold_values(product).items() for v in values
            if _matches(text, name, v, question)
            or (digits != text and _matches(digits, name, v, question))]


# A colour or flavour asked by its Chinese name (豆沙色, 五香味), less the words before it (有, 要)
_ZH_NAMED = {"colour": re.compile(r"([\u4e00-\u9fff]{2,8})色(?!号)"),
             "flavour": re.compile(r"([\u4e00-\u9fff]{2,8})味(?!道)")}
_BEFORE_NAMED = "有要是的个款买拍这那还没吗就"
# Words before 色 or 味 that name no colour or flavour: 什么色, 深色, 单色, 口味
_NOT_NAMED = frozenset("什么 啥 几 哪 其他 别的 多少 深 浅 亮 暗 纯 单 双 颜 本 原 特 出 角 同 异 肉 口 "
                       "风 气 异 美 怪 人情 趣 滋".split())
_ASKING_WHICH = re.compile(r"什么|啥|哪|几|多少|其他|别的")
_FLAVOUR_KEYS = frozenset({"flavour", "flavours", "flavor", "flavors", "taste", "口味"})


def _named_not_sold(product: Product, question: str) -> tuple[str, str, tuple[str, ...]] | None:
    """A colour or flavour of two characters or more asked by its Chinese name that none sold
    is called (口红有豆沙色吗 of 正红、裸玫瑰、浆果紫、珊瑚橘; 瓜子有五香味的吗 of 焦糖):
    (option or spec key, what was asked, what is sold, in Chinese where the listing gives it).
    A colour of one character (红色) is the hue's to judge (`_asked_value`)."""
    # (口红豆沙色: the colour after the name; 10毫米绿色, 3米白色: a measure before the colour)
    text = re.sub(r"\d+(?:\.\d+)?\s*(?:毫米|厘米|公分|英寸|寸|码|号|毫升|千克|公斤|米|升|克|斤)|"
                  r"(?<![a-z])(?:x{0,3}s|m|x{0,3}l|\dxl)\s*(?:码|号)", " ", normalize(question))  # (M码黑色)
    for own in sorted(map(normalize, product.names()), key=len, reverse=True):
        text = text.replace(own, " ")
    own_chars = "".join(set(CJK_RE.findall(normalize(" ".join(product.names())))))
    kinds: list[tuple[str, str, list[str], tuple[str, ...]]] = [
        ("colour", name, values, listed_zh(product, name, len(values)) or ())
        for name, values in _sold_values(product).items() if values and all(map(_hues, values))]
    for kv in product.specs.values():  # (a group's flavours in both languages: caramel, 焦糖)
        lists = {key: [v.strip() for v in re.split(r"[,，、/]", listed) if v.strip()]
                 for key, listed in kv.items() if normalize(key).strip() in _FLAVOUR_KEYS}
        if lists:
            zh = next((tuple(vs) for vs in lists.values() if CJK_RE.search("".join(vs))), ())
            kinds.append(("flavour", next(iter(lists)), [v for vs in lists.values() for v in vs
                                                         if not CJK_RE.search(v)], zh))
    # (what the listing says anywhere is not unsold: 麻辣 of "mala (numbing and spicy)" beside
    # "麻辣口味" in its FAQ)
    listing = normalize(" ".join([*product.names(), *product.description.values(),
                                  *(f"{q.question} {q.answer}" for q in product.faq),
                                  *(f"{k} {v}" for kv in product.specs.values() for k, v in kv.items())]))
    for kind, name, values, zh in kinds:
        said = " ".join([*map(normalize, values), *zh, listing])
        for m in _ZH_NAMED[kind].finditer(text):
            # (a character of its own name is none of the colour's: 线白色 is the cable's 白色)
            asked = re.split(f"[{_BEFORE_NAMED}]", m.group(1))[-1][-4:].lstrip(own_chars)
            if len(asked) >= 2 and asked not in _NOT_NAMED and asked not in said \
                    and not _ASKING_WHICH.search(asked) and not asked.endswith("口"):
                return name, asked + m.group()[-1], tuple(zh or values)
    return None


# The measure of someone or something the product is for, not of the product
_MEASURE_OF_ANOTHER = re.compile(
    r"\b(?:for|fits?|fit)\s+(?:(?:a|an|my|our)\s+)?\d+(?:\.\d+)?\s*-?\s*(?!person|people|pax)[a-z]+\s+"
    r"(?!bag|tub|pack|box)[a-z]{3,}|"
    r"\b(?:my|our)\s+[a-z]+\s+(?:is|weighs|=)\s+\d+(?:\.\d+)?\s*[a-z]+|"
    r"(?:我家|我的|家里)[\u4e00-\u9fff]{1,3}\d+(?:\.\d+)?\s*(?:斤|公斤|kg|厘米|cm)")


def value_not_offered(product: Product | None,
                      question: str) -> tuple[str, str, tuple[str, ...]] | None:
    """An option value the question asks for that the product is not sold in ("the tee in
    XXL" when it comes in S to XL, "6 person tent?", "粉色的有吗" of a bottle in black, green and
    white): (option name, the value as asked, the values sold). None when the question names
    no value of an option's kind, or names one that is sold. An option whose values are not
    all plain colours, sizes or measures ("Blush", "Bath Sheet") is never judged: a viewer's
    "pink" may be its "Blush"."""
    if product is None:
        return None
    # ("for a 20kg dog", "my lab is 30kg", 我家狗20斤: the measure of the one it is for)
    text = _MEASURE_OF_ANOTHER.sub(" ", normalize(question))
    own = normalize(" ".join(product.names()))
    zh = CJK_RE.search(question) is not None  # (the list in the viewer's language first)
    for name, values in sorted(_sold_values(product, measures_listed=True).items(),
                               key=lambda nv: bool(CJK_RE.search("".join(nv[1]))) != zh):
        if any(_matches(text, name, v, question) for v in values):
            continue  # a value sold is named: variants_named narrows to it
        # (十二个装 is 12; Stage "2" is asked as "stage 4")
        asked = _asked_value(read(text), values) or _asked_value(
            read(text), [by_option(name, v) for v in values])
        if asked and asked not in own:
            # (as the viewer wrote it: "iPhone 16", not "iphone 16")
            asked = next((m.group() for m in [re.search(re.escape(asked), question, re.I)] if m),
                         asked)  # "the white rice cooker": a word of its own name
            return (name, asked.upper() if _LETTER_SIZE.fullmatch(asked) else asked,
                    tuple(with_option(name, v) for v in values))
    if named := _named_not_sold(product, question):
        return named
    if combination := combination_not_sold(product, question):
        return combination[:3]
    return _more_than_the_pack(product, text)


# a weight a viewer asks for: "1kg", "500g", 两斤 (read into digits first)
_ASKED_WEIGHT = re.compile(r"(?<![\d.×x*])(\d+(?:\.\d+)?)\s*(kg|公斤|千克|g|克|斤|lbs?)(?![a-z])")


# a price per weight asked ("牛肉干一斤多少钱", "per kg", "a kilo"): no pack asked for
_PER_WEIGHT = re.compile(r"[一每]\s*(?:斤|公斤|千克|磅)|\bper\b|\ba (?:kilo|kg|pound|lb)\b")


def _more_than_the_pack(product: Product, text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """A weight asked that is more than the one pack a product without variants is sold in
    ("1kg jerky price?" of a 250 g bag, "2kg beef" of a 1 kg pack): ("weight", the weight as
    asked, (the pack's weight,)). A smaller one asks a price per weight ("100g多少钱")."""
    if product.variants or _PER_WEIGHT.search(text):
        return None
    # (the pack as its unit or name weighs it: "250 g bag"; not a stand's own weight in its specs)
    grams = pack_grams(product.unit) or pack_grams(product.name)
    if not grams:
        return None
    for m in _ASKED_WEIGHT.finditer(read(text)):
        if Decimal(m.group(1)) * GRAMS[m.group(2)] > grams * Decimal("1.01"):
            pack = f"{grams / 1000:g} kg" if grams >= 1000 else f"{grams:g} g"
            return "weight", m.group(), (pack,)
    return None
