"""Every draft is checked before it can reach chat, and what is not allowed is denied.

A draft arrives with its slots filled (`slots.Filled`): the spans the facts module filled are
trusted, everything else is read as untrusted text. One function per kind of claim below; each
returns the problems it found, and a draft passes only with none:

* `numbers`      default deny: any number-like token outside a slot (digits in any script,
                 Chinese numerals, English number words, times and dates in words) must be a
                 quotation of a cited passage or of the product's own facts, with the words on
                 either side; a phone-like run of 7+ digits never passes.
* `slot_roles`   a filled value sits in its role: a saving next to "save/省", a list price next to
                 "was/原价", a limit next to "limit/限购"; no unit ("一斤", "per 500 g") or other
                 currency ("港币", "USD") glued to a money slot.
* `promises`     freebies, bundles, free shipping and fixed discounts ("半价", "two for one") only
                 as a cited passage (a policy) words them; discount words only with a live discount.
* `codes`        a coupon code only as the `{code}` slot: code-shaped, bracketed or code-cued
                 tokens in any width are denied.
* `scarcity`     "only N left", "selling fast" only with the `{stock}` slot while stock is low;
                 "sold out" only at stock 0.
* `limits`       purchase limits only as the `{limit}` slot; "no limit" never.
* `deadlines`    "ends", "until", "截止" only with the `{ends_in}` slot of a promotion that ends.
* `show_claims`  winners, draw keywords, sale starts: never from an answer.
* `competitors`  the persona's competitors and the major platforms: never named.
* `medical`      health and medical claims: never.
* `links`        links and contact handles, disguised ones included; any @mention.
* `leaks`        the composer's instructions, in any language.
* `support`      every sentence's content words must come from its cited passages, the product's
                 facts or the persona's own phrases (a yes/no about an aspect nothing mentions
                 fails), in both languages; a "yes" against a passage that says "no" fails too.
* `asked`        a yes or no answers what was asked: every content word of the question
                 ("is the rice from vietnam?") is in a cited passage (a FAQ's own question
                 counts) or the product's facts; a yes about something else fails; and a
                 question that asks for a value ("what sizes?", "尺码有哪些") gets no yes or no.
* `on_topic`     a price answer states `{price}`, a stock answer `{stock}` (or sold out); a
                 Chinese question gets Chinese; no slot the facts cannot fill.
* `stock_claims` "in stock", 有货 only while the live stock (of the variant asked) is not zero.
* `free_shipping` "free shipping", 包邮 said plainly only when a cited passage makes it free on
                 every order or the live price reaches its threshold ("over $50", 满99元), unless
                 the sentence states the threshold.
* `denied_yes`   a yes (可以, 有, sure) to a question whose words the cited passages only negate
                 or make a condition of ("we do not ship to … Canada", "unworn items", 暂不支持
                 支付宝; the product's category counts: "fresh food cannot be returned").
* `unsold_yes`   a yes to a colour, size or capacity the product is not sold in ("does it come
                 in red?" of a tee sold in four other colours).
* `policy_scope` an amount a policy gives other products is not said of this one ("2-year
                 warranty." of a headlamp the policy gives one year), unless the sentence names
                 whom the policy gives it.
* `conditioned_yes` a yes to what the cited policy gives only from an amount on ("Orders over
                 $100 can be paid with Afterpay") states that amount, unless the price reaches it.
* `variant_numbers` a number said of the variant asked is not one the facts label with another
                 ("2-person weight: 2.1 kg" is no answer for the 4-person).

A failed draft is replaced by the template answer (see service.py); the problems are logged.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.answers.composer import DURATION_SAID, PHRASES
from bot.answers.grounds import LIMIT_ASKED, PRICE_CLAUSE, Grounds
from bot.answers.scopes import others_amounts, policy_segments
from bot.answers.slots import Draft, Filled, fill, lift
from bot.answers.understand.answerable import OPTIONS_ASKED, content_terms
from bot.answers.understand.fit import bound_answers, within_bounds
from bot.answers.understand.intent import ASPECTS, aspect_words
from bot.answers.understand.resolve import question_part
from bot.persona import DEFAULT_PHRASES, Persona
from knowledge import regions
from knowledge.derived import MEASURED
from knowledge.numerals import ZH_NUMERALS, read
from knowledge.text import EN_STOP, normalize, typed_fractions
from knowledge.variants import is_colour, value_not_offered

log = logging.getLogger(__name__)

MAX_LENGTH = 600
LOW_STOCK = 50  # "only N left" is true below this (the template's low-stock line)

# A filled slot becomes this in the text the checks read: no letters or digits, one token.
_OPEN, _CLOSE = "\ue000", "\ue001"
_HOLE = re.compile(f"{_OPEN}(.){_CLOSE}")

# Major platforms a host must not name on air (besides the persona's own competitor list).
PLATFORMS = (
    "jd", "jd.com", "jingdong", "京东", "taobao", "淘宝", "tmall", "天猫", "pinduoduo", "pdd",
    "拼多多", "amazon", "亚马逊", "douyin", "抖音", "kuaishou", "快手", "xiaohongshu", "小红书",
    "meituan", "美团", "suning", "苏宁", "vipshop", "唯品会", "temu", "shein", "aliexpress",
    "ebay", "walmart", "沃尔玛", "costco", "开市客", "1688", "得物", "dewu",
)

# -- token reading -------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# (knowledge/numerals.py: the idioms and numerals `read` leaves alone or reads)
# Numerals cn2an leaves alone ("拍两件", "三五个"), and half/double words in both languages.
_ZH_LEFT = re.compile(f"[{ZH_NUMERALS}半双俩仨]+(?=[件个份台包斤两盒箱袋瓶只根杯套块元毛分天年月周次倍成折])"
                      f"|[{ZH_NUMERALS}]{{2,}}")
_EN_QUANTITY = re.compile(r"\b(?:half|dozens?|couple|pair|twice|double|triple|quarter|"
                          r"hundreds|thousands|millions|single|once|zero|nil)\b")
_TIME_WORDS = re.compile(
    r"\b(?:midnight|noon|midday|tomorrow|today|yesterday|weekend|weekday|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|o'?clock|[ap]\.m\.|january|february|"
    r"april|june|july|august|september|october|november|december|christmas)\b|"
    r"明天|明早|明晚|后天|今天|今日|昨天|中午|凌晨|午夜|半夜|傍晚|早上|上午|下午|"
    r"周[一二三四五六日天末1-7]|星期[一二三四五六日天1-7]|礼拜[一二三四五六日天1-7]|"
    r"月底|月初|年底|年初|下周|本周|这周|下个月|双十一|双11|618|春节|国庆|元旦"
)
# A rating or count written in symbols: "⭐⭐⭐⭐⭐" is "five stars".
_SYMBOL_COUNT = re.compile(r"([★☆⭐🌟✩✪✫✬✭✮✯✰❤♥🔥👍💯])(?:\ufe0f?\s*\1){1,}|💯|🔟")
_PHONE = re.compile(r"\+?\d(?:[\s\-.()]*\d){6,}(?![\d%])")  # (99.99999% is a share)
_TOKEN = re.compile(rf"\d+(?:[.,:]\d+)*|[a-z]+|[{_CJK}]|{_OPEN}.{_CLOSE}")


def words(text: str) -> list[str]:
    """Tokens of `read` text: numbers, English words, single CJK characters, filled slots."""
    return _TOKEN.findall(text)


@functools.lru_cache(maxsize=2048)
def windows(source: str) -> frozenset[str]:
    """Every run of one, two and three tokens of `source` (as `read` gives it), space-joined:
    what a quotation of it may contain."""
    toks = words(read(source))
    out = set(toks)
    out.update(" ".join(toks[i : i + 2]) for i in range(len(toks) - 1))
    out.update(" ".join(toks[i : i + 3]) for i in range(len(toks) - 2))
    return frozenset(out)


def quoted(toks: list[str], i: int, j: int, sources: Iterable[frozenset[str]]) -> bool:
    """Tokens [i, j) with one neighbour each side (a filled slot or the edge counts as no
    neighbour) occur together in one of `sources` (`windows` of the allowed texts)."""
    lo = i - 1 if i > 0 and not toks[i - 1].startswith(_OPEN) else i
    hi = j + 1 if j < len(toks) and not toks[j].startswith(_OPEN) else j
    phrase = " ".join(toks[lo:hi])
    if hi - lo > 3:  # a long phrase: each three-token run must be there, in one source
        runs = [" ".join(toks[k : k + 3]) for k in range(lo, hi - 2)]
        return any(all(r in s for r in runs) for s in sources)
    return any(phrase in s for s in sources)


# -- the draft as the checks see it -----------------------------------------------------------


@dataclass
class Reading:
    """One filled draft, read once for all checks.

    `masked`: the text with each filled slot replaced by one opaque token (`_OPEN` + a private
    character + `_CLOSE`), NFKC'd; `sentences`: `masked` split into sentences; `sources`: token
    windows of what numbers and words may be quoted from (cited passages, the product's facts)."""

    filled: Filled
    grounds: Grounds
    masked: str
    slots: dict[str, str]  # hole character -> slot name
    sentences: list[str]
    cited: list[str]  # texts of the cited passages
    cited_kinds: list[str]
    facts_text: str
    sources: list[frozenset[str]]

    def slot_names(self, sentence: str) -> list[str]:
        return [self.slots[m.group(1)] for m in _HOLE.finditer(sentence)]


_FORMAT = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                     r"\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|[。！？!?\n]+|(?<=[.])$")
# Where a sentence ends before an opening bracket with no space: "28到38.（今晚¥59。）"
# (an English sentence too: "…delivery is £3.49. Next-day…" quotes two sentences, not a run)
_QUOTE_BREAK = re.compile(r"(?<=[.。！？!?])\s*(?=[（(])|[。！？\n]+|(?<=\d)\.\s+(?=[^\W\d_])")


def reading(filled: Filled, grounds: Grounds) -> Reading:
    """Read `filled` once for every check: slots masked, sentences split, sources windowed."""
    parts, slots, pos = [], {}, 0
    for i, f in enumerate(filled.fills):
        hole = chr(0xE100 + i)
        slots[hole] = f.slot
        parts += [filled.text[pos : f.start], f" {_OPEN}{hole}{_CLOSE} "]
        pos = f.end
    parts.append(filled.text[pos:])
    # Format characters (zero-width space, joiners, bidi marks) hide links and numbers: "zhang\u200b.com".
    # (fractions as `normalize` reads the sources: "1½ in" is 1.5 in, not NFKC's "11⁄2")
    masked = _FORMAT.sub("", unicodedata.normalize("NFKC", typed_fractions("".join(parts))))
    sentences = [s.strip() for s in _SENTENCE.split(masked) if s and s.strip()]
    by_id = {p.id: p for p in grounds.passages}
    passages = [by_id[c] for c in dict.fromkeys(filled.draft.citations) if c in by_id]
    cited = [p.text for p in passages]
    facts_text = product_text(grounds)
    sources = [windows(t) for t in cited] + ([windows(facts_text)] if facts_text else [])
    return Reading(filled, grounds, masked, slots, sentences, cited, [p.kind for p in passages],
                   facts_text, sources)


def product_text(grounds: Grounds) -> str:
    """The product's own words: names, unit, brand, category and specs (catalog facts)."""
    p = grounds.product
    if p is None:
        return ""
    parts = [p.name, p.name_zh or "", p.unit, p.brand, p.category, *p.aliases]
    parts += [f"{k}: {v}" for group in p.specs.values() for k, v in group.items()]
    return "\n".join(parts)


# -- one check per kind of claim --------------------------------------------------------------


def numbers(r: Reading) -> list[str]:
    """Default deny: a number, number word or time/date word outside a slot must be quoted
    (with its neighbours) from a cited passage or the product's facts; phone-like runs never."""
    problems = []
    text = read(r.masked)
    for m in _PHONE.finditer(text):
        if sum(c.isdigit() for c in m.group(0)) >= 7:
            problems.append(f"phone-like number {m.group(0).strip()!r}")
    problems += [f"a count in symbols {m.group(0)!r}" for m in _SYMBOL_COUNT.finditer(text)]
    # A quotation does not run into the next sentence or bracket: "尺码: 28到38.（今晚…）" quotes
    # "到 38" and ends there (the template's "今晚" is no neighbour of the spec's 38).
    names = _variant_names(r)
    for part in _QUOTE_BREAK.split(text):
        toks = words(part)
        if toks and toks[0] in _ANSWER_WORDS:  # "Yes, 10,000 mm.": the yes is no neighbour
            toks[0] = f"{_OPEN}y{_CLOSE}"
        for i, tok in enumerate(toks):
            if tok[0].isdigit() and not quoted(toks, i, i + 1, r.sources) \
                    and not any(toks[k : k + len(n)] == n for n in names
                                for k in range(max(0, i - len(n) + 1), i + 1)) \
                    and not _quoted_skipping(toks, i, r):
                problems.append(f"number not from a slot {_context(toks, i)!r}")
    for pattern, what in ((_ZH_LEFT, "number"), (_EN_QUANTITY, "number"),
                          (_TIME_WORDS, "date or time")):
        for m in pattern.finditer(text):
            toks_m = words(m.group(0))
            before = words(text[: m.start()])
            after = words(text[m.end() :])
            seq = before + toks_m + after
            if not quoted(seq, len(before), len(before) + len(toks_m), r.sources):
                problems.append(f"{what} not from a slot {m.group(0)!r}")
    return problems


_ANSWER_WORDS = frozenset("yes yeah yep sure no nope".split())
# Words a quotation may leave out between a number and its unit ("10 small packs" said "10
# packs"); never one that changes the amount ("10 more packs", "2 x 1 kg", "5 per box").
_KEEP_BETWEEN = frozenset("x per or to and more less off free not no extra over under each "
                          "times".split())


def _variant_names(r: Reading) -> list[list[str]]:
    """Token runs of the product's variant option values that hold a number ("4 person",
    "15 lb"): naming a variant states no amount."""
    p = r.grounds.product
    if p is None:
        return []
    runs = [words(read(value)) for v in p.variants for value in v.options.values()]
    return [run for run in runs if any(t[0].isdigit() for t in run)]


@functools.lru_cache(maxsize=2048)
def _skip_grams(source: str) -> frozenset[str]:
    """"number unit" pairs of `source` with one describing word left out between them: "10
    small packs" gives "10 packs"."""
    toks = words(read(source))
    return frozenset(f"{a} {c}" for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)
                     if a[0].isdigit() and b.isalpha() and b not in _KEEP_BETWEEN
                     and c.isalpha())


def _quoted_skipping(toks: list[str], i: int, r: Reading) -> bool:
    """Token `i` (a number) with its left neighbour as the source has it and its unit one
    describing word later, in one cited passage or the product's facts."""
    right = toks[i + 1] if i + 1 < len(toks) and not toks[i + 1].startswith(_OPEN) else None
    if right is None or not right.isalpha():
        return False
    left = toks[i - 1] if i > 0 and not toks[i - 1].startswith(_OPEN) else None
    for source in [*r.cited, r.facts_text]:
        if source and f"{toks[i]} {right}" in _skip_grams(source) and (
                left is None or f"{left} {toks[i]}" in windows(source)):
            return True
    return False


def _context(toks: list[str], i: int) -> str:
    return " ".join(t for t in toks[max(0, i - 1) : i + 2] if not t.startswith(_OPEN))


# Words that must stand next to a slot for it to mean what it says (role cues), and words that
# must not (a saving sold as the price). Searched in a short window either side of the slot.
# A second discount on top of the live one: nothing grants it ("save {percent} more", "再减{saving}").
_STACKED = r"\bmore\b|\bextra\b|\banother\b|\badditional\b|\bagain\b|\bon top\b|再|叠加|额外|另外"
_ROLE_CUES: dict[str, tuple[str | None, str | None]] = {
    "price": (None, r"\bsave[sd]?\b|\bsaving|\boff\b|省|减|立减|原价|\bwas\b|限购"),
    "list_price": (r"\blist\b|\bwas\b|\bwere\b|\busual|regular|normal|original|down from|"
                   r"instead of|\brrp\b|msrp|原价|平时|日常|划线|市场价|专柜价|吊牌价",
                   r"\boff\b|\bnow\b|\bonly\b|\bjust\b|只要|仅|现价|到手|省|减"),
    "saving": (r"\bsav(?:e|es|ed|ing)\b|\boff\b|cheaper|less|省|减|便宜|优惠", r"\bonly\b|\bjust\b|"
               r"\bfor\b|\bat\b|只要|仅|到手|现价|一[包份件个]|\ba pack\b|each|" + _STACKED),
    "percent": (r"\boff\b|discount|\bsav(?:e|es|ing)\b|省|减|优惠|折扣|便宜", r"\bleft\b|剩|" + _STACKED),
    "limit": (r"\blimit|per (?:person|viewer|customer|account|order)|\bmax|\bup to\b|限购|每人|最多",
              r"\bleft\b|剩|\boff\b"),
    "stock": (r"\bleft\b|\bstock|\bremain|\bhave\b|\bgot\b|available|库存|还有|剩|现货|有货",
              r"\boff\b|per (?:person|viewer|customer)|limit|限购|省"),
    "ends_in": (r"\bend|\bleft\b|remaining|\bin\b|还剩|剩|结束|截止|后", None),
    "minutes": (r"\bend|\bleft\b|remaining|\bin\b|还剩|剩|结束|截止|后", None),
    "code": (r"code|coupon|promo|voucher|\buse\b|\benter\b|优惠码|券|口令|输入|用", None),
}
_MONEY_SLOTS = ("price", "list_price", "saving", "price_low", "price_high")
_AFTER_MONEY = re.compile(
    r"^\s*(?:/|per\b|a\s+(?:pack|box|bag|kg|kilo|jin|catty|piece|unit|pound|lb)\b|an?\s+\w+\b|"
    r"each\b|for (?:a|one|each|every|two|\d)\b|every\b|each\b|每|一[斤两包份盒箱袋瓶个件只根杯台套公千克]|"
    r"[斤两包份盒箱袋瓶个件只根杯台套]|公斤|千克|克\b|"
    r"usd|hkd|rmb|cny|jpy|eur|gbp|twd|dollars?|bucks|yuan|yen|euros?|pounds?|quid|"
    r"港币|港元|美元|美金|日元|欧元|英镑|台币|新台币|韩元|元|块|人民币)",
    re.I,
)
_BEFORE_MONEY = re.compile(r"(?:\d\s*(?:kg|g|克|公斤|千克|斤|两)\s*(?:for|at|is|=|:|只要|仅|要|才)?\s*|"
                           r"per\s+\w+|每[斤两包份盒箱袋瓶个件只根杯台套公千克]+|一[斤两公千克]+|/\w+|"
                           r"(?<![a-z])(?:hk|us|nt|rmb|usd|hkd)|港币|美元|日元)\s*$", re.I)


# A filled number is exact: "about/over/from {stock}", "{price} and up", "{stock}多份" change it.
_COUNTED = ("price", "list_price", "saving", "percent", "stock", "limit", "ends_in", "minutes",
            "price_low", "price_high",
            "unit_price")
_HEDGE_BEFORE = re.compile(r"(?:\b(?:about|around|approx\w*|roughly|nearly|almost|over|more than|"
                           r"above|under|below|less than|at least|from|starting at|as low as|"
                           r"close to|just under|just over)|超过|不到|不足|近|约|大约|将近|差不多|低至|"
                           r"高达|至少|最低|起码)\s*$")
_HEDGE_AFTER = re.compile(r"^\s*(?:\+|\band up\b|\bor (?:more|less|so)\b|\bplus\b|\bish\b|-ish|"
                          r"多|左右|以上|以下|起|上下|出头)", re.I)
# A spec or pack value carries its own unit: "{spec:capacity} W" turns 6 litres into watts.
_MEASURE_AFTER = re.compile(r"^\s*(?:w|watts?|kw|kg|g|l|litres?|liters?|ml|cm|mm|m|hz|pa|v|mah|°c|"
                            r"hours?|hrs?|h|min|minutes?|days?|weeks?|months?|years?|inch(?:es)?|"
                            r"packs?|pieces?)\b|^\s*(?:瓦|千瓦|升|毫升|克|公斤|千克|斤|厘米|毫米|米|"
                            r"赫兹|小时|分钟|天|周|个月|月|年|英寸|寸|包|件)", re.I)


def _policy_in_place(r: Reading, hole: re.Match[str]) -> bool:
    """A policy's amount follows the word its passage puts before it ("orders over {policy:x}"
    as the policy says "orders over ¥99"; "Shipping is {policy:x}" is not that)."""
    f = r.filled.fills[ord(hole.group(1)) - 0xE100]
    value = r.filled.text[f.start : f.end]
    said = [w for w in words(read(r.masked[: hole.start()])) if not w.startswith(_OPEN)][-1:]
    number = re.search(r"\d+(?:\.\d+)?", value)
    for p in r.grounds.passages:
        at = p.text.find(value)
        if at < 0 and number:  # "满99元包邮" for an amount written "¥99"
            at = p.text.find(number.group(0))
        if at >= 0 and said and words(read(p.text[:at]))[-1:] == said:
            return True
    return False


def _unit_free(after: str, r: Reading) -> str:
    """`after` with a leading "a box"/"per pack" dropped when it names the product's own sold
    unit ("5 kg box": "{price} a box" is the price of one); a unit with a count inside ("12 ×
    135 g cups") is never one of its parts."""
    f = r.grounds.facts
    unit = (f.unit if f is not None else "") or ""
    if not unit or re.search(r"\d\s*[×x*]", unit):
        return after
    nouns = {w for w in re.findall(r"[a-z]+", unit.lower()) if w not in ("of", "kg", "g")}
    m = re.match(r"\s*(?:a|an|per|the|each|every)\s+([a-z]+)\b", after, re.I)
    if m and m.group(1).lower() in nouns:
        return after[m.end():]
    hole = re.match(rf"\s*(?:for\s+)?(?:a|an|one|per|each|the|every)?\s*{_OPEN}(.){_CLOSE}", after, re.I)
    if hole and r.slots.get(hole.group(1)) == "unit":  # "{price} for a {unit}": its own unit
        return after[hole.end():]
    return after


def slot_roles(r: Reading) -> list[str]:
    """Each filled value in its role: cue words near it, none of the wrong ones, no unit or
    currency glued to an amount."""
    problems = []
    holes = list(_HOLE.finditer(r.masked))
    for k, m in enumerate(holes):
        name = r.slots[m.group(1)]
        base = name.split(":")[0]
        # The window stops at the next slot either side: "down from {list_price} ({percent} off)"
        # puts "off" next to the percentage, not the list price.
        lo = max(holes[k - 1].end() if k else 0, m.start() - 14)
        hi = min(holes[k + 1].start() if k + 1 < len(holes) else len(r.masked), m.end() + 12)
        # ...and at a clause end: "(25% off). Limit {limit}" is not a limit "off".
        before = re.split(r"[.!?。！？;；,，、]", r.masked[lo : m.start()].lower())[-1]
        after = re.split(r"[.!?。！？;；,，、]", r.masked[m.end() : hi].lower())[0]
        near = f"{before} | {after}"
        need, avoid = _ROLE_CUES.get(base, (None, None))
        if need and not re.search(need, near):
            problems.append(f"slot {{{name}}} out of its role")
        elif avoid and re.search(avoid, near):
            problems.append(f"slot {{{name}}} out of its role")
        if base in _MONEY_SLOTS and (_AFTER_MONEY.search(_unit_free(r.masked[m.end() :], r))
                                     or _BEFORE_MONEY.search(r.masked[: m.start()])):
            problems.append(f"slot {{{name}}} with another unit or currency")
        if base in _COUNTED and (_HEDGE_BEFORE.search(before if base != "list_price"
                                                      else before.replace("down from", ""))
                                 or _HEDGE_AFTER.search(r.masked[m.end() :])):
            problems.append(f"slot {{{name}}} hedged (more or less than it is)")
        if base == "policy" and not _policy_in_place(r, m):
            problems.append(f"slot {{{name}}} not where its policy puts it")
        if base in ("spec", "unit") and _MEASURE_AFTER.search(r.masked[m.end() :]):
            problems.append(f"slot {{{name}}} with another unit")
    return problems


_FREEBIE = re.compile(
    r"(?<![\w-])(?:free|freebies?|gifts?|gifted|bonus|complimentary|giveaways?|gratis|"
    r"on the house|at no (?:extra )?(?:cost|charge)|no charge|for nothing|free of charge|"
    r"throw(?:s|n)? in|toss(?:es)? in|bogo|buy \w+,? get|\d+ for \d+|two for one|"
    r"for the price of|on us|"
    r"half[- ](?:price|off)|half the (?:usual |normal |regular )?price)(?![\w-])"
    r"|免费|白送|赠|送(?!达|货|到|出|去|走|你们到|上门)|包邮|免运费|免邮|运费全免|不要钱|零元|(?<![\d.])0元|"
    r"买.{1,4}送|第二件|第2件|半价|对折|满.{1,6}[减送]|加赠|额外送|随单|福利",
    re.I,
)
# Price comparisons with the world: no fact backs them.
_SUPERLATIVE = re.compile(
    r"\b(?:lowest|cheapest|best)\s+(?:price|deal|offer)s?\b|\bcheaper than\b|\bbeats? any\b|"
    r"\bprice match|\bnowhere cheaper|全网最低|最低价|史低|最便宜|全年最低|比.{1,6}便宜|价格最低|低价王",
    re.I,
)
_DISCOUNT = re.compile(
    r"\b(?:discount(?:ed)?|off|sale|deal|save|saving|cheaper|cheapest|markdown|rebate|"
    r"clearance|bargain|lowest|coupon|voucher|promo)\b|优惠|打折|折扣|立减|降价|减价|便宜|特价|"
    r"秒杀|省|划算|最低|券|\d+(?:\.\d)?折",
    re.I,
)


def promises(r: Reading) -> list[str]:
    """Freebies, bundles, free shipping and fixed discounts only in a cited passage's words;
    discount words only while a discount is live."""
    problems = []
    text = read(r.masked)
    for m in _FREEBIE.finditer(text):
        if not _phrase_quoted(text, m, r.sources, cited_only=len(r.cited)):
            problems.append(f"promises something nothing grants: {m.group(0)!r}")
    for m in _SUPERLATIVE.finditer(text):
        if not _phrase_quoted(text, m, r.sources, cited_only=len(r.cited)):
            problems.append(f"compares prices with the world: {m.group(0)!r}")
    o = r.grounds.offer
    live = (o is not None and o.percent_off > 0) or bool(r.grounds.promotions)
    if not live:
        for m in _DISCOUNT.finditer(text):
            if not _phrase_quoted(text, m, r.sources, cited_only=len(r.cited)):
                problems.append(f"promises a discount nothing grants: {m.group(0)!r}")
    return problems


def _phrase_quoted(text: str, m: re.Match[str], sources: list[frozenset[str]],
                   cited_only: int) -> bool:
    """The match with a neighbour each side is a quotation of a cited passage (the product's
    own facts do not grant freebies)."""
    before, toks_m, after = words(text[: m.start()]), words(m.group(0)), words(text[m.end() :])
    # (a sentence's end is an edge: "每次配送享85折。" quotes a sentence the answer ended there)
    if re.match(r"\s*[。.!！?？;；]", text[m.end():]):
        after = []
    if re.search(r"[。.!！?？;；:：]\s*$", text[: m.start()]):
        before = []
    seq = before + toks_m + after
    return bool(toks_m) and quoted(seq, len(before), len(before) + len(toks_m), sources[:cited_only])


_CODE_CUE = re.compile(
    r"(?:\bcode|\bcoupon|\bpromo(?:code)?|\bvoucher|\bpassword|\bkeyword|优惠码|券码|兑换码|口令|暗号|"
    r"输入|填写|备注)\s*(?:is|:|是|码|为)?\s*[\"'“”‘’「」『』【】\[\](){}<>《》]*\s*"
    r"(?P<code>[a-z0-9_-]{3,}|[" + _CJK + r"]{2,})",
    re.I,
)
_BRACKETED = re.compile(r"[\[【「『《<\"“‘']\s*(?P<code>[A-Za-z0-9_-]{3,}|[" + _CJK + r"]{2,8})\s*"
                        r"[\]】」』》>\"”’']")
# A code cue right before a slot that is not {code}: "with code {name}".
_CODE_SLOT = re.compile(r"(?:\bcode|\bcoupon|\bpromo(?:code)?|\bvoucher|\bpassword|\bkeyword|"
                        r"优惠码|券码|兑换码|口令|暗号|输入|填写|备注)\s*(?:is|:|是|码|为)?\s*"
                        f"[\"'“”‘’「」『』【】\\[\\](){{}}<>《》]*\\s*{_OPEN}(.){_CLOSE}", re.I)
# "with code", "用券": a code is needed, so the sentence must give the live one.
_WITH_CODE = re.compile(r"\b(?:with|using|use|enter|apply|redeem)\s+(?:the\s+|a\s+|my\s+|our\s+|this\s+)?"
                        r"(?:code|coupon|voucher|promo(?:\s*code)?)\b|[用领凭输][券码]|用优惠码|领优惠券",
                        re.I)
# "use/enter/type X at checkout": X is a code whatever its case.
_CHECKOUT = re.compile(r"\b(?:use|enter|type|apply|input|add|say|write)\s+[\"'“‘「『【]?"
                       r"(?P<code>[^\s]+)[\"'”’」』】]?\s+(?:at|during|on|in)\s+(?:the\s+)?"
                       r"(?:checkout|check-out|payment|cart|order|chat|comments?)\b", re.I)
_CAPS = re.compile(r"(?<![\w-])(?=[A-Z0-9_-]*[A-Z])[A-Z0-9][A-Z0-9_-]{3,}(?![\w-])")


def codes(r: Reading) -> list[str]:
    """A coupon code only as the `{code}` slot: a token after a code word, in brackets or
    quotes, or shaped like a code (CAPS, 4+) that the product's facts do not spell, is denied."""
    problems = []
    for m in _CODE_CUE.finditer(r.masked):
        problems.append(f"code not from a slot {m.group('code')!r}")
    for m in _CODE_SLOT.finditer(r.masked):
        if r.slots[m.group(1)] != "code":
            problems.append(f"slot {{{r.slots[m.group(1)]}}} given as a code")
    for s in r.sentences:
        given = _WITH_CODE.search(s)
        if given and "code" not in r.slot_names(s):
            problems.append(f"a code nothing gives: {given.group(0)!r}")
    for m in _CHECKOUT.finditer(r.masked):
        hole = _HOLE.fullmatch(m.group("code"))
        if hole and r.slots[hole.group(1)] == "code":
            continue
        problems.append(f"code not from a slot {m.group('code')!r}")
    for m in _BRACKETED.finditer(r.masked):
        if not m.group("code").isdigit():
            problems.append(f"code not from a slot {m.group('code')!r}")
    said = r.facts_text + " " + " ".join(r.cited)  # ("SPF50+" spells SPF50 too)
    facts_words = set(re.findall(r"[A-Za-z0-9_+-]+", said)) | set(re.findall(r"[A-Za-z0-9_-]+", said))
    for m in _CAPS.finditer(r.masked):
        if m.group(0) not in facts_words:
            problems.append(f"code not from a slot {m.group(0)!r}")
    return problems


_SOLD_OUT = re.compile(r"sold out|out of stock|no (?:more )?stock|none left|all gone|卖完|售罄|"
                       r"没货|缺货|断货|卖光|抢光了", re.I)
_SCARCE = re.compile(
    r"\b(?:only|just|last)\b[^.!?]{0,24}\b(?:left|remain\w*)\b|\bhurry\b|selling (?:fast|out|quick)|"
    r"going fast|almost (?:gone|sold out)|running (?:out|low)|won't last|limited (?:stock|quantit)|"
    r"few left|grab (?:it|one|them) (?:now|fast)|while (?:stocks?|supplies) last|"
    r"只剩|仅剩|就剩|只有[^，。！？]{0,4}了|快没|快抢|抢光|手慢无|库存紧张|库存不多|所剩无几|"
    r"抓紧|赶紧|要抢|最后几",
    re.I,
)


def scarcity(r: Reading) -> list[str]:
    """"Sold out" only at stock 0; "only N left", "selling fast" only with the `{stock}` slot in
    the same sentence while stock is below LOW_STOCK."""
    problems = []
    f = r.grounds.facts
    for s in r.sentences:
        for m in _SOLD_OUT.finditer(s):
            if f is None or not f.sold_out:
                problems.append(f"scarcity the stock does not back: {m.group(0)!r}")
        for m in _SCARCE.finditer(s):
            if f is None or not f.low_stock(LOW_STOCK - 1) or "stock" not in r.slot_names(s):
                problems.append(f"scarcity the stock does not back: {m.group(0)!r}")
    return problems


_LIMIT = re.compile(r"\blimit(?:ed)?\b|per (?:person|viewer|customer|account|household|order)|"
                    r"\bmax(?:imum)?\b|\bat most\b|\bup to\b|限购|每人|每位|最多|上限|每个账号", re.I)
_NO_LIMIT = re.compile(r"no limit|unlimited|as many as you (?:like|want)|不限|无限|随便拍|随便买|"
                       r"想买多少", re.I)


def limits(r: Reading) -> list[str]:
    """A purchase limit only as the `{limit}` slot; "no limit" is never said."""
    problems = [f"limit nothing sets: {m.group(0)!r}" for m in _NO_LIMIT.finditer(r.masked)]
    for s in r.sentences:
        for m in _LIMIT.finditer(s):
            if "limit" not in r.slot_names(s) and not _quoted_in(s, m, r):
                problems.append(f"limit nothing sets: {m.group(0)!r}")
    return problems


_DEADLINE = re.compile(
    r"\b(?:ends?|ending|expires?|expiring|until|till|deadline)\b|last (?:chance|day|call)|"
    r"today only|tonight only|limited[- ]time|before it'?s gone|\bleft on\b|"
    r"截止|截至|结束|到期|过期|限时|仅限今|只限今|最后一天|倒计时|之前下单|前下单",
    re.I,
)


def deadlines(r: Reading) -> list[str]:
    """A deadline only with the `{ends_in}` slot of a promotion that ends (or in a cited
    passage's own words, "until a chopstick goes in")."""
    problems = []
    o = r.grounds.offer
    ends = o is not None and o.ends_at is not None
    for s in r.sentences:
        names = r.slot_names(s)
        for m in _DEADLINE.finditer(s):
            if ends and ("ends_in" in names or "minutes" in names):
                continue
            if not _quoted_in(s, m, r, cited=True):
                problems.append(f"deadline nothing sets: {m.group(0)!r}")
    return problems


def _quoted_in(sentence: str, m: re.Match[str], r: Reading, cited: bool = False) -> bool:
    text = read(sentence[: m.start()]), read(m.group(0)), read(sentence[m.end() :])
    before, mid, after = words(text[0]), words(text[1]), words(text[2])
    sources = r.sources[: len(r.cited)] if cited else r.sources
    return bool(mid) and quoted(before + mid + after, len(before), len(before) + len(mid), sources)


_SHOW = re.compile(
    r"\b(?:congrat\w*|winners?|won(?!'t)|wins?|lucky draw|draws?|raffle|giveaway|prize|keyword|"
    r"(?:flash )?sale (?:starts|begins|opens)|starts at|next (?:flash )?sale|goes live at)\b|"
    r"恭喜|中奖|抽奖|抽中|获奖|奖品|开奖|口令|暗号|开抢|开售|开卖|上架|下一轮|秒杀开始",
    re.I,
)


def show_claims(r: Reading) -> list[str]:
    """Winners, draw keywords and sale starts come from the draws and show modules only."""
    return [f"speaks for the show or the draws: {m.group(0)!r}" for m in _SHOW.finditer(r.masked)]


def competitors(r: Reading, names: Iterable[str]) -> list[str]:
    """No competitor (the persona's list) and no major platform is named."""
    text = read(r.masked)
    problems = []
    for name in names:
        n = normalize(name)
        pattern = re.escape(n) if re.search(f"[{_CJK}]", n) else rf"(?<![\w.]){re.escape(n)}(?![\w])"
        if re.search(pattern, text):
            problems.append(f"names a competitor: {name!r}")
    return problems


_MEDICAL = re.compile(
    r"\b(?:cures?|cured|curing|heals?|healing|treats? (?:\w+ )?(?:disease|illness|diabetes|cancer)|"
    r"treatment|therap\w+|diabet\w+|cancer|tumou?r|blood (?:pressure|sugar)|cholesterol|"
    r"hypertension|immun\w+|detox\w*|lose weight|weight loss|slimming|fat[- ]burn\w*|anti-aging|"
    r"medicin\w*|clinically|doctors? recommend|prevents? \w+|disease|illness|covid|virus|"
    r"fda[- ]approved)\b|治疗|治愈|治病|疗效|药效|降血压|降血糖|降血脂|降压|降糖|高血压|糖尿病|"
    r"癌|肿瘤|抗病毒|增强免疫|提高免疫|免疫力|排毒|减肥|瘦身|燃脂|延年益寿|包治|根治|药用|保健功效",
    re.I,
)


def medical(r: Reading) -> list[str]:
    """Health and medical claims are never made on air."""
    return [f"medical or health claim: {m.group(0)!r}" for m in _MEDICAL.finditer(r.masked)]


_TLD = (r"com|cn|net|org|io|ly|me|shop|store|top|xyz|app|link|co|gg|tv|deals|online|site|vip|"
        r"club|live|info|biz|hk|tk|cc|ru|us|uk|to|sh|page|buy|sale")
_LINK = re.compile(
    rf"(?:h[tx]{{2}}ps?|ftp|javascript|data|mailto|vbscript|file)\s*:|www\s*\.|"
    rf"[a-z0-9-]+\s*(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{{dot\}}|\s+dot\s+|点)\s*(?:{_TLD})\b|"
    rf"[\w.+-]+\s*(?:@|\[at\]|\(at\))\s*[\w-]+\s*(?:\.|\[\.\]|\s+dot\s+)\s*[a-z]{{2,}}|"
    rf"\bt\.me\b|\bwa\.me\b|bit\.ly|点com|点cn",
    re.I,
)
_CONTACT = re.compile(
    r"加\s*(?:我|微|v|vx|威|薇|q|群|好友)|微信号|威信|薇信|v信|vx|wx\s*[:：]|私信|私聊|私我|联系方式|"
    r"电话|手机号|客服号|"
    r"\b(?:wechat|weixin|whatsapp|telegram|signal|line id|qq|kik|snapchat|dm|inbox)\b(?!\s*pay)|"
    r"(?<![\d\uE000-\uF8FF])(?<![\d\uE000-\uF8FF]\s)\bpm\b|"  # ("by 1 pm ET" is a time)
    r"\b(?:text|call|ring|message|contact|email|e-mail)\s+(?:me|us)\b",
    re.I,
)
_MENTION = re.compile(r"(?<![\w.])@\S+|<@[!&]?\d+>|@所有人|@全体", re.I)


def links(r: Reading) -> list[str]:
    """No links (disguised ones too: hxxp, [.], "dot", full-width dots), no contact handles,
    no @mentions (a reply mentions its askers itself)."""
    text = r.masked
    # "Slate Grey. US 7 to 13" in the shop's own cited words is two sentences, not a link
    problems = [f"contains a link {m.group(0)!r}" for m in _LINK.finditer(text)
                if not (re.search(r"\.\s", m.group(0)) and _quoted_in(text, m, r, cited=True))]
    # A contact word the shop's own cited text says ("signal orange") is a quote, not a handle.
    problems += [f"contains a contact {m.group(0)!r}" for m in _CONTACT.finditer(text)
                 if not _phrase_quoted(text, m, r.sources, cited_only=len(r.cited))]
    problems += [f"contains a mention {m.group(0)!r}" for m in _MENTION.finditer(text)]
    return problems


_LEAK = re.compile(
    r"system prompt|my (?:instructions|rules|prompt)|i was (?:told|instructed|asked) to|"
    r"i am (?:told|instructed) to|i'm (?:told|instructed) to|as an ai|language model|"
    r"ignore (?:all|previous|the above)|<\s*/?\s*(?:facts|evidence)\s*>|\b(?:FACTS|EVIDENCE)\b|"
    r"系统提示|提示词|我的指令|我的规则|规则[:：]|设定是|被设定|只使用|事实和证据|不超过两句|两句话|"
    r"不要编造|绝不编造|你是老张|你是一个|你是直播",
)


def leaks(r: Reading, guarded: list[str], shingle: int = 6) -> list[str]:
    """No piece of the composer's instructions, in English or Chinese."""
    text = r.filled.text
    if _LEAK.search(text) or _LEAK.search(normalize(text)):
        return ["repeats the composer's instructions"]
    draft = normalize(text)
    ev = normalize("\n".join(r.cited))
    toks = re.findall(r"\w+", draft)
    for g in guarded:
        gw = " ".join(re.findall(r"\w+", normalize(g)))
        for i in range(len(toks) - shingle + 1):
            run = " ".join(toks[i : i + shingle])
            if run in gw and run not in ev:
                return ["repeats the composer's instructions"]
    return []


# Words any sentence may use: grammar, not claims.
_EN_FUNCTION = frozenset("""a an the is are was were be been being am do does did done it its it's
this that these those they them their there here i i'm me my we we're our us you your you're he
she his her of to in on at for with and or but so as by from into than then too very also just
only still all any some each every more most much many can could will would should may might must
not no yes yeah yep nope sure of course have has had get got let's lets s t re ve ll d m n't
what which who when where why how if about up out over again now""".split())
_ZH_FUNCTION = frozenset("的了吗呢吧啊呀哦哈嘛么是在有个这那也都很就还和与及或而且但并把被给让对从向"
                         "我你他她它们您咱大家不没别会能可以要想得地着过之其此该"
                         # measure words after a count slot ("还有{stock}盒"): grammar too
                         "个件份台包盒箱袋瓶只根杯套枚")


def _stem(w: str) -> str:
    for suffix in ("ies", "es", "ed", "ing", "ly"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    if len(w) >= 3 and w.endswith("s") and not w.endswith("ss"):  # "tvs", "eggs"
        return w[:-1]
    return w


@functools.lru_cache(maxsize=2048)
def vocabulary(text: str) -> frozenset[str]:
    """English word stems and CJK bigrams of `text` (what a sentence may reuse)."""
    n = read(text)
    out = {_stem(w) for w in re.findall(r"[a-z]+", n)}
    for run in re.findall(f"[{_CJK}]+", n):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
        out.update(run)
    return frozenset(out)


_YES = re.compile(r"^\W*(?:yes|yeah|yep|sure|of course|absolutely|definitely|"
                  r"是的|对的|对|当然|有的|可以|会的)\b|^\W*[有是能会对行][\W]*$|"
                  # "可以的", "能的呀": a Chinese yes with a particle after it
                  r"^\W*(?:可以|有|是|能|会|对|行|当然)[的啊呀哦哈滴呢嘛]+(?:\W|$)", re.I)
_NO = re.compile(r"^\W*(?:no|nope|not|never|不是|不会|不能|没有|不可以|不行|不)\b|^\W*[不没]", re.I)


def support(r: Reading, voice: frozenset[str]) -> list[str]:
    """Each sentence's content words come from its cited passages, the product's facts or the
    persona's phrases (`voice`); a yes must not answer a passage that says no (and back)."""
    allowed = [vocabulary(t) for t in r.cited] + [vocabulary(r.facts_text), voice]
    vocab = frozenset().union(*allowed)
    problems = []
    for s in r.sentences:
        n = read(_HOLE.sub(" ", s))
        unknown = [w for w in re.findall(r"[a-z]+", n)
                   if w not in _EN_FUNCTION and _stem(w) not in vocab and w not in vocab]
        for run in re.findall(f"[{_CJK}]+", n):
            # Chinese has no spaces: a character is covered when a bigram it is part of (with
            # either neighbour) is in the vocabulary, or it is a function character.
            known = [run[i : i + 2] in vocab for i in range(len(run) - 1)]
            for i, ch in enumerate(run):
                if ch in _ZH_FUNCTION or (i and known[i - 1]) or (i < len(known) and known[i]):
                    continue
                if len(run) == 1 and ch in vocab:
                    continue
                unknown.append(ch)
        if unknown:
            problems.append(f"says what no cited passage says: {', '.join(dict.fromkeys(unknown))!r}")
    problems += _polarity(r)
    problems += negations(r)
    return problems


_NEGATOR_EN = re.compile(r"\b(?:no|not|non|never|without|none|nor|isn't|aren't|doesn't|don't|"
                         r"can't|cannot|won't|wasn't|free of)\b")
_NEGATOR_ZH = "不没非无未别勿"


@functools.lru_cache(maxsize=4096)
def negated(text: str) -> tuple[dict[str, set[bool]], dict[str, set[bool]]]:
    """For each English stem and CJK bigram of `text`: whether it stands under a negation
    (a negator up to three words before it, "non-GMO"; a CJK negator right before it).
    Cached: callers must not change what it returns."""
    n = read(text)
    en: dict[str, set[bool]] = {}
    for clause in re.split(r"[.!?;,:()]", n):
        toks = re.findall(r"[a-z]+(?:'t)?", clause)
        last_neg, reach = -10, 3
        for i, t in enumerate(toks):
            if _NEGATOR_EN.fullmatch(t):
                last_neg, reach = i, 1 if t == "non" else 3  # "non-stick" negates one word
                continue
            en.setdefault(_stem(t), set()).add(i - last_neg <= reach)
        if toks and _NEGATOR_EN.fullmatch(toks[-1]):  # "but the tray is not": what came before
            for t in toks[-4:-1]:
                en.setdefault(_stem(t), set()).add(True)
    zh: dict[str, set[bool]] = {}
    for run in re.findall(f"[{_CJK}]+", n):
        for i in range(len(run) - 1):
            bigram = run[i : i + 2]
            if any(c in _NEGATOR_ZH for c in bigram):
                continue
            # "不粘", and one character on: "不是草饲", "无法配送", "不能进".
            neg = (i > 0 and run[i - 1] in _NEGATOR_ZH) or (i > 1 and run[i - 2] in _NEGATOR_ZH)
            zh.setdefault(bigram, set()).add(neg)
    return en, zh


def negations(r: Reading) -> list[str]:
    """A word the evidence (every passage found for the question, cited or not, and the
    product's catalog entry) only ever negates ("non-GMO", "不是转基因", "cannot be shipped") is
    not said plainly, and a word it only ever says plainly is not negated ("not dishwasher
    safe" against "dishwasher safe" in the specs)."""
    texts = [_answer_part(p.text) for p in r.grounds.passages] + [r.facts_text]
    texts = [t for t in texts if t]
    if not texts:
        return []
    source_en: dict[str, set[bool]] = {}
    source_zh: dict[str, set[bool]] = {}
    for text in texts:
        en, zh = negated(text)
        for k, v in en.items():
            source_en.setdefault(k, set()).update(v)
        for k, v in zh.items():
            source_zh.setdefault(k, set()).update(v)
    draft_en, draft_zh = negated(_HOLE.sub(" ", r.masked))
    flipped = [w for w, v in draft_en.items()
               if w not in _EN_FUNCTION and w in source_en and not v <= source_en[w]]
    flipped += [b for b, v in draft_zh.items()
                if not set(b) & _ZH_FUNCTION and b in source_zh and not v <= source_zh[b]]
    problems = [f"turns a cited passage's no into yes (or back): {', '.join(flipped)!r}"] if flipped else []
    return problems + _restated(texts, _HOLE.sub(" ", r.masked))


_CLAUSE = re.compile(r"[.!?;,:。！？；，：、]")
# A list in brackets is part of its clause: "Opened supplements (protein, pre-workout, creatine
# and bars) cannot be returned"
_BRACKETED_LIST = re.compile(r"[(（][^()（）]*[)）]")


def _clauses(text: str) -> list[str]:
    """`text` cut at its clause marks, a bracketed list kept whole in its clause."""
    return _CLAUSE.split(_BRACKETED_LIST.sub(lambda m: re.sub(r"[,，、;；]", " ", m.group()), text))


def _clause_units(clause: str) -> tuple[dict[str, set[bool]], frozenset[str]]:
    en, zh = negated(clause)
    polar = {k: v for k, v in {**en, **zh}.items() if k not in _EN_FUNCTION
             and not set(k) & _ZH_FUNCTION}
    return polar, frozenset(polar)


@functools.lru_cache(maxsize=2048)
def _negative_clauses(text: str) -> tuple[tuple[dict[str, set[bool]], frozenset[str]], ...]:
    """The clauses of `text` that negate something, as `_clause_units` (cached per passage)."""
    units = (_clause_units(c) for c in _clauses(text))
    return tuple(u for u in units if any(True in v for v in u[0].values()))


def _restated(evidence: list[str], draft: str, overlap: int = 3) -> list[str]:
    """A draft clause that restates an evidence clause (`overlap` content words or bigrams in
    common) keeps its negations: "fresh food can be shipped there" against "fresh or frozen
    food cannot be shipped there" is a flip even where another passage says "shipping" plainly."""
    problems = []
    # (a clause the evidence says word for word is a quote of it: "寄往阿拉斯加的订单走USPS"
    # beside the policy's own "哑铃不能寄往阿拉斯加")
    drafts = [_clause_units(c) for c in _clauses(draft) if c.strip()
              and not any(len(c.strip()) >= 6 and c.strip() in e for e in evidence)]
    for text in evidence:
        for e_polar, e_units in _negative_clauses(text):
            for d_polar, d_units in drafts:
                if len(e_units & d_units) < overlap:
                    continue
                flips = [u for u in e_units & d_units if e_polar[u] == {True} and d_polar[u] == {False}]
                if flips:
                    problems.append(f"restates a negated fact without its negation: {', '.join(flips)!r}")
    return list(dict.fromkeys(problems))


def _polarity(r: Reading) -> list[str]:
    """A yes/no at the start of the draft agrees with the cited passages' answers."""
    if not r.sentences or not r.cited:
        return []
    first = read(_HOLE.sub(" ", r.sentences[0]))
    said = "yes" if _YES.search(first) else "no" if _NO.search(first) else None
    if said is None:
        return []
    # The passage this sentence answers from: the cited one sharing most of its words.
    words_of = vocabulary(first)
    best = max(r.cited, key=lambda t: len(words_of & vocabulary(_answer_part(t))))
    a = read(_answer_part(best))
    given = "yes" if _YES.search(a) else "no" if _NO.search(a) else None
    if given is not None and given != said:
        return [f"answers {said!r} where the cited passage says {given!r}"]
    return []


def _answer_part(text: str) -> str:
    """A FAQ passage's answer ("Q: ... A: ..."); other passages whole."""
    return text.split(" A: ", 1)[1] if " A: " in text else text


# Words of a polar question that shape it rather than name what is asked ("sugar free?",
# "really grass-fed?"): the passage answering it need not repeat them.
_POLAR_SHAPE = frozenset("free really actually truly real genuine not nah".split())  # "or not?"
# Aspects whose values differ by direction (small / large, light / heavy): naming the aspect
# does not answer the value asked.
_MEASURES = frozenset("size weight capacity power length dimensions".split())


def _faq_questions(r: Reading) -> list[str]:
    """The catalog questions of the cited FAQ answers ("faq:SKU:N" passages carry the answer
    only): what such a passage is an answer to."""
    p = r.grounds.product
    out = []
    for pid in r.filled.draft.citations:
        parts = pid.split(":")
        if p is not None and len(parts) == 3 and parts[0] == "faq" and parts[2].isdigit() \
                and int(parts[2]) < len(p.faq):
            out.append(p.faq[int(parts[2])].question)
    return out


def asked(r: Reading) -> list[str]:
    """A draft that opens with yes or no answers the question asked: each content word of the
    question (EN words, CJK bigrams) is in a cited passage, a cited FAQ's question or the
    product's facts. "Is the rice from vietnam?" is not answered "Yes, it is packed in Thailand"."""
    if not r.sentences:
        return []
    first = read(_HOLE.sub(" ", r.sentences[0]))
    if not r.cited:  # a bare 有的 / 能 / "yes" with nothing cited: only the product's facts back it
        if not (_YES.search(first) or _NO.search(first)):
            return []
        if not r.facts_text:
            return ["answers yes or no with nothing cited and no product's facts"]
    query = normalize(r.grounds.evidence.query)
    said = normalize("\n".join([*r.cited, *_faq_questions(r)]))
    if opinion := sorted({m.group(0) for m in _SUBJECTIVE.finditer(query)} - {
            w for w in _SUBJECTIVE.findall(said)}):
        return ["answers an opinion no cited passage gives: " + ", ".join(opinion)]
    if not (_YES.search(first) or _NO.search(first)):
        return _addressed(r)
    if _VALUE_ASKED.search(normalize(r.grounds.evidence.query)) and not _POLAR_ASKED.search(
            normalize(r.grounds.evidence.query)):
        return ["answers yes or no to a question that asks for a value"]
    query = question_part(normalize(r.grounds.evidence.query), keep_aspects=False)  # (not
    # "bp issues", "i'm allergic" after it)
    missing = _unmentioned(r, query)
    if missing and _NO.search(first) and not _YES.search(first) and (
            _corrects(r, first, query) or (all(_COUNT_WORD.fullmatch(t) for t in missing)
                                           and _COUNT_WORD.search(first))
            or _negates_asked(first, query)):
        # ("two cats in one carrier?" → "No, it is sized for one cat": a no giving the count;
        # "fold flat?" → "No, it does not fold": a no to the thing asked is a no to it flat)
        return []
    return [f"answers yes/no about what no cited passage mentions: {', '.join(sorted(missing))!r}"] \
        if missing else []


# A negation and the word it negates ("does not fold", "not machine washable", 不能折叠)
_NEGATED = re.compile(r"\b(?:not|no|never|cannot|can't|doesn't|isn't|won't)\s+(?:be\s+)?"
                      r"(?:[a-z]+\s+)?([a-z]{3,})|(?:不能|不可|不|没有|无)([\u4e00-\u9fff]{2})")


def _negates_asked(first: str, query: str) -> bool:
    """Whether a "no" sentence negates a word the question asks (`query`, normalised): "high
    chair fold flat?" → "No, it does not fold"."""
    asked = {_stem(t) for t in content_terms(query)}
    return any(_stem(w) in asked or w in query for m in _NEGATED.finditer(first)
               for w in m.groups() if w)


def _unmentioned(r: Reading, query: str) -> list[str]:
    """The words of a yes / no question (`query`, normalised) that no cited passage, cited FAQ
    question or the product's facts mention, in any form: as written, as a number, stemmed, a
    place by another of its names, an aspect the sources name too."""
    source = "\n".join([*r.cited, *_faq_questions(r), r.facts_text])
    text, vocab = read(source), vocabulary(source)
    aspects = aspect_words(source)
    if within_bounds(source, query) or bound_answers(r.grounds.product, source, query):
        # the measure asked is answered by a bound of it the sources state ("fit a 13 inch
        # macbook?": "10 to 17.3 inches"; 宝宝两岁半能用吗: "适合6个月以上")
        query = MEASURED.sub(" ", read(query))
    asked_terms = content_terms(_unsaid(query, aspects)) | set(  # "size 13?": the number too
        re.findall(r"\d+(?:\.\d+)?", query))
    places = regions.mentioned(source)  # "america" is said "the US"
    return [t for t in asked_terms
            if t not in _POLAR_SHAPE and t not in _CHAT and t not in _USE and t not in text
            and not regions.names_of(t) & places
            and _stem(t) not in vocab and not _straddles(t, query, text)
            # "is it sweet?" is answered by "no added sugar" (the same aspect), but "run
            # small?" is not by "run true to size": a measure's values point both ways; nor
            # "got it in blue?" by "colours: …, navy": a colour is said as it is
            and not (aspect_words(t) & aspects and not aspect_words(t) & _MEASURES
                     and not is_colour(t))]


# Aspects with one value among many (a place, a colour, a material): a no that gives the value
# the facts state answers "is it X?" for any other X.
_CATEGORICAL = frozenset({"origin", "colour", "material", "flavour"})
# "是泰国的吗", "泰国产的吗": a Chinese ask whether it is of some kind, naming no aspect
_OF_KIND_ZH = re.compile(r"是.+的[吗么]|.+(?:产|生产|出产)的[吗么]")


def _corrects(r: Reading, first: str, query: str) -> bool:
    """A "no" whose sentence goes on to give the value a spec of a categorical aspect states,
    asked about that aspect: "is it from thailand?" → "No, from Cebu, Philippines." (origin:
    Cebu, Philippines); "是泰国的吗" → "不是，菲律宾宿务的。" (产地: 菲律宾宿务)."""
    p = r.grounds.product
    rest = _NO.sub(" ", first, count=1)
    said = {w for w in vocabulary(rest) if w not in _EN_FUNCTION and not set(w) & _ZH_FUNCTION
            and (len(w) > 1 or not _CJK_RE.match(w))}
    if p is None or not said:
        return False
    asked_aspects = aspect_words(query)
    for group in p.specs.values():
        for key, value in group.items():
            kinds = aspect_words(key) & _CATEGORICAL
            if kinds and said <= vocabulary(value) and (
                    asked_aspects & kinds or not asked_aspects and "origin" in kinds
                    and _OF_KIND_ZH.search(query)):
                return True
    return False


def _unsaid(query: str, aspects: set[str]) -> str:
    """`query` (normalised) less the phrases that name an aspect the cited passages name too
    ("see thru" is the see-through a passage states; a measure's are kept: "run small?" is not
    answered by "runs large")."""
    for aspect in (aspect_words(query) & aspects) - _MEASURES:
        for w in sorted(ASPECTS.get(aspect, ()), key=len, reverse=True):
            if aspect_words(w) & _MEASURES or is_colour(w):
                continue  # "run small" is the fit's word and the size's; "blue" is no "navy"
            query = query.replace(w, " ") if _CJK_RE.search(w) else re.sub(
                rf"\b{re.escape(w)}\b", " ", query)
    return query


def _addressed(r: Reading) -> list[str]:
    """A yes / no question answered without a yes or no: the cited passages must speak to it,
    holding at least one of its words beyond the product's name ("is the jerky from wang xiao
    er?" is not answered by "…jerky from Sichuan"; "is it worth it?" not by a gaming FAQ)."""
    query = normalize(r.grounds.evidence.query)
    if not _POLAR_ASKED.search(question_part(query, keep_aspects=False)) \
            or "policy" in r.cited_kinds \
            or r.grounds.intent not in ("spec", "info", "usage"):
        return []
    if _CJK_RE.search(query):
        return _addressed_zh(r, query)  # (CJK bigrams read too loosely for the word check)
    source = "\n".join([*r.cited, *_faq_questions(r)])
    words, squashed = vocabulary(source), re.sub(r"[\W_]+", "", normalize(source))
    p = r.grounds.product
    names = {t for n in p.names() for t in content_terms(n)} if p is not None else set()
    asked_terms = {t for t in content_terms(r.grounds.evidence.query) - names
                   if t not in _POLAR_SHAPE and t not in _CHAT and t not in EN_STOP}  # (not "from")
    aspects = aspect_words(source)
    # an aspect the question names by a phrase, not by one of its words ("break me out" is
    # comedogenic, "for guys" the gender): spoken to by a source naming that aspect
    phrased = aspect_words(query) - {a for t in content_terms(query) for a in aspect_words(t)}
    if asked_terms and not phrased & aspects and not any(
            t in words or _stem(t) in words or (len(t) > 3 and t in squashed)
            or aspect_words(t) & aspects for t in asked_terms):
        return ["does not address what was asked: " + ", ".join(sorted(asked_terms))]
    return []


def _addressed_zh(r: Reading, query: str) -> list[str]:
    """`_addressed` for a Chinese question (`query`, normalised): the cited passages hold at
    least half of its bigrams beyond the product's names, or an aspect it names.
    行動電源有無線充電嗎 is not answered by the power bank's description (无线 and 线充 are said
    nowhere); 头灯防水吗 is by "防水: IPX4防泼溅"."""
    q = question_part(query, keep_aspects=False)
    p = r.grounds.product
    for name in sorted((normalize(n) for n in p.names() if n.strip()), key=len,
                       reverse=True) if p is not None else ():
        q = q.replace(name, " ")
    terms = {t for t in content_terms(q) if len(t) == 2 and _CJK_RE.match(t)}
    source = normalize("\n".join([*r.cited, *_faq_questions(r)]))
    if within_bounds(source, q) or bound_answers(p, source, q):
        return []  # an age or a measure inside a bound the passage states (宝宝两岁能用吗: 6个月以上)
    unsaid = {t for t in terms if t not in source}
    if 2 * len(unsaid) > len(terms) and not aspect_words(q) & aspect_words(source):
        return ["does not address what was asked: " + ", ".join(sorted(unsaid))]
    return []


# An opinion asked ("is it worth it?", 值得买吗): only a passage that gives it answers.
_SUBJECTIVE = re.compile(r"\bworth\b|\bany good\b|\brecommend\w*|值得|值不值|好用|推荐|划算")
# A question asking for a value (what, which, how many, 多少, 哪些), which a yes or no does not
# answer ("sneaker sizes? → Yes; wide feet…"), unless it is also asked as yes / no ("is it
# what i'd call spicy?", "有多少优惠吗").
_VALUE_ASKED = re.compile(r"^\W*(?:@\S+\s+)?(?:what|whats|what's|which|where|wheres|when|how|why)\b"
                          r"(?!\s+about\b)|多少|几[个天年月克斤升寸根条包袋片种码号]|哪|什么|啥|多大|多重|多久|多长|怎么")
_POLAR_ASKED = re.compile(r"^\W*(?:@\S+\s+)?(?:is|are|do|does|did|can|could|will|would|should|has|"
                          r"have|was|were)\b|[吗么][\s?？!！。.]*$|是不是|有没有|能不能|可不可以")


# Verbs of using or putting a product ("will it work in america?" is "can I use it in the
# US?"; "can i throw them in the washer?" is "can I machine wash them?"): they name no aspect,
# so a yes / no need not repeat them.
_USE = frozenset("work works use put throw toss chuck pop stick eat drink".split())
# Chat around a question that says nothing about the product ("thank you", "asking for my
# mum"): not a term a yes/no must be about.
_CHAT = frozenset("""thank thanks thx ty asking ask asked wondering wonder question mum mom
dad mother father wife husband son daughter kid kids friend friends sister brother bro sis
guys everyone folks hi hello hey lol haha omg btw honestly quick just very really too super
kinda pretty quite actually tho fr ngl first then beforehand still ever always usually also
well possible possibly pls plz please fine ok okay alright
kilo kilos kg kgs metre metres meter meters lb lbs pound pounds cm inch inches gram grams litre
litres liter liters""".split())  # (a measure's unit says no more than its number: "20 kilo dog")
# A count, in digits or words: what a no may correct with the count the facts give
_COUNT_WORD = re.compile(r"\b(?:\d+|one|two|three|four|five|six|both|single|double)\b|[一二两三四五六]", re.I)


def _straddles(term: str, query: str, text: str) -> bool:
    """A CJK bigram across two words of the question (能放洗碗机吗 gives 放洗) is not asked
    about as such: the bigram next to it, inside the word, is in the passage (洗碗)."""
    if len(term) != 2 or not _CJK_RE.match(term):
        return False
    at = query.find(term)
    while at >= 0:
        if query[at + 1:at + 3] in text and len(query[at + 1:at + 3]) == 2 \
                or at > 0 and query[at - 1:at + 1] in text:
            return True
        at = query.find(term, at + 1)
    return False


_CJK_RE = re.compile(f"[{_CJK}]")
_STRAY = re.compile(r"[{}]")


def on_topic(r: Reading) -> list[str]:
    """A price answer states the live price, a stock answer the stock (or that it is sold
    out); a Chinese question gets Chinese; every slot could be filled."""
    g, problems = r.grounds, []
    if r.filled.unknown:
        problems.append(f"slots the facts cannot fill now: {', '.join(r.filled.unknown)}")
    if _STRAY.search(r.masked):
        problems.append("a brace that is not a slot")
    if g.lang == "zh" and not _CJK_RE.search(r.filled.text):
        problems.append("not in the viewer's language")
    if g.lang == "zh" and _PROSE_EN.search(_HOLE.sub(" ", r.masked)):
        problems.append("English prose to a Chinese question")  # "power: 1500 W" may stand
    if g.lang == "en" and _PROSE_ZH.search(_HOLE.sub(" ", r.masked)) \
            and "override" not in r.cited_kinds:
        problems.append("Chinese prose to an English question")  # "保存: 常温9个月"
    names = [f.slot for f in r.filled.fills]
    f, o = g.facts, g.offer
    override = "override" in r.cited_kinds  # a moderator's correction answers as it stands
    if g.intent == "price" and f is not None and o is not None and f.in_stock \
            and "price" not in names and "price_low" not in names and not override \
            and not ("limit" in names and LIMIT_ASKED.search(g.question)):  # "can i buy 2"
        problems.append("does not state the live price")
    query = normalize(g.evidence.query)
    if g.intent not in _OFFER_INTENTS and not override and _AMOUNT_ASKED.search(query) \
            and not _POLAR_ASKED.search(query) and not _states_amount(r) \
            and not (OPTIONS_ASKED.search(query) and "spec" in r.cited_kinds) \
            and not (PRICE_CLAUSE.search(query) and {"price", "price_low"} & set(names)):
        # (a list counts; so does the price after the answer where "how much" asked it: "stove
        # how much, does it come w gas")
        problems.append("asks how many or how much; the answer states no amount")
    elif g.intent not in _OFFER_INTENTS and not override and _DURATION_ASKED.search(query) \
            and not _POLAR_ASKED.search(query) and not DURATION_SAID.search(read(r.masked)):
        problems.append("asks how long; the answer states no time")  # "1500 mAh" to charge time
    if g.intent == "stock" and f is not None and not override:
        if f.tracked and f.in_stock and "stock" not in names:
            problems.append("does not state the stock")
        if f.sold_out and not _SOLD_OUT.search(r.masked) and "卖完" not in r.masked:
            problems.append("does not say it is sold out")
    return problems


# An English sentence (four words running), not a spec value.
# Two Chinese characters running: words an English viewer cannot read ("常温", not "°C").
_PROSE_ZH = re.compile(f"[{_CJK}]{{2,}}")
_PROSE_EN = re.compile(r"[A-Za-z]{3,}(?:[\s,'-]+[A-Za-z]{2,}){3,}")
# "How many eggs do you get?", "蛋白质多少": an amount is the answer (a price or stock question
# states its own, checked above).
_OFFER_INTENTS = frozenset({"price", "stock", "deals", "compare", "buy"})
_AMOUNT_ASKED = re.compile(r"\bhow (?:much|many|long|big|heavy|tall|wide|far|old|often|soon)\b|"
                           # 口味多少 / 产地多少 ask "what", not an amount: only 多少 with a measure
                           r"多少(?:[个克天年月瓦升条片包袋根斤人次]|毫升|毫安|分钟|小时)|多久|多长|多重|"
                           r"多高|多宽|多远|几[个天年月克斤升寸根条包袋片人次]")
_AMOUNT_SAID = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|twenty|thirty|forty|fifty|hundred|dozen|half|a pair|single)\b|"
                          r"[一二两三四五六七八九十百千万半]", re.I)


_OFFER_SLOTS = frozenset({"name", "price", "list_price", "saving", "percent", "stock", "limit",
                          "price_low", "price_high",
                          "code", "ends_in", "unit_price:kg", "unit_price:jin", "unit_price:500g",
                          "unit_price:100g", "unit_price:lb", "unit_price:piece"})


# "How long does it take to charge", 多久: a time answers, not any number.
_DURATION_ASKED = re.compile(r"\bhow long\b(?! (?:is|are) (?:it|they|the)\b(?! \w+ (?:good|valid)))|多久|"
                             r"多长时间|几天|几小时|几分钟")


def _states_amount(r: Reading) -> bool:
    """The draft states a number (digits, a number word, a numeral) outside the offer's own
    slots: the "(¥39.90 tonight.)" after an answer is not its amount."""
    body = _HOLE.sub(lambda m: " " if r.slots[m.group(1)] in _OFFER_SLOTS else " 0 ", r.masked)
    return _AMOUNT_SAID.search(body) is not None


# -- claims checked against the facts (issue 14) ----------------------------------------------
# A claim is more than its numbers: "in stock" against the live stock, "free shipping" against
# the policy's threshold and the price, a yes against the negations and conditions of what the
# cited passages say, a spec number against the variant asked.

_IN_STOCK = re.compile(r"(?<!not )(?<!n't )\b(?:in stock|available (?:now|tonight)|still available)\b|"
                       r"(?<![没无])(?:有货|有现货|现货|有库存|库存充足)", re.I)


def stock_claims(r: Reading) -> list[str]:
    """"In stock" / 有货 only where the live stock (of the variant asked, when one was) is not
    zero; with no product's facts, nothing backs it."""
    f = r.grounds.facts
    if f is not None and not f.sold_out:
        return []
    what = "nothing's stock" if f is None else f"{f.name} at stock 0"
    # a shop-wide passage's own words ("items in stock ship within 48 hours") may be quoted
    return [f"says in stock: {m.group(0)!r} ({what})" for m in _IN_STOCK.finditer(r.masked)
            if f is not None or not _quoted_in(r.masked, m, r, cited=True)]


_FREE_SHIPPING = re.compile(r"free (?:shipping|delivery)|ships? (?:for )?free|(?:shipping|delivery) "
                            r"(?:is |are )?free|包邮|免运费|免邮|运费全免", re.I)
# Free shipping asked ("is shipping free?", 包邮吗): a yes to it says it.
_FREE_ASKED = re.compile(_FREE_SHIPPING.pattern + r"|\bfree\b.{0,20}\b(?:ship\w*|deliver\w*|postage)|"
                         r"\b(?:ship\w*|deliver\w*|postage)\b.{0,20}\bfree\b", re.I)
# "on orders over $50", "订单满99元": the amount an order must reach to ship free.
_THRESHOLD = re.compile(r"(?:\bover|\babove|\bat least|\bfrom|满)\s*(?:us\s*)?[$¥￥€£]?\s*"
                        r"(\d+(?:\.\d+)?)", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|[。！？；;\n]+")


def free_shipping(r: Reading) -> list[str]:
    """"Free shipping" / 包邮 said plainly only where a cited passage makes it free on every
    order, or the product's live price reaches the policy's threshold; a sentence that states
    the threshold ("free over $50", "满99元包邮") states the condition and may stand."""
    said = [s for s in r.sentences if _FREE_SHIPPING.search(s)]
    if r.sentences and r.sentences[0] not in said and _FREE_ASKED.search(
            read(r.grounds.evidence.query)) and _YES.search(read(_HOLE.sub(" ", r.sentences[0]))):
        said.insert(0, r.sentences[0])  # "is shipping free?" → "Yes!": free shipping, said
    if not said:
        return []
    thresholds: list[float] = []
    for text in r.cited:
        for s in _SENTENCE_END.split(text):
            if _FREE_SHIPPING.search(s):
                amounts = [float(a) for a in _THRESHOLD.findall(s)]
                if not amounts:
                    return []  # free on every order
                thresholds += amounts
    if not thresholds:
        return []  # no cited passage words it: `promises` answers for that
    o = r.grounds.offer
    if o is not None and float(o.price) >= min(thresholds):
        return []
    problems = []
    for s in said:
        stated = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", read(_HOLE.sub(" ", s)))}
        stated |= {float(v) for name in r.slot_names(s) if name.startswith("policy")
                   for v in re.findall(r"\d+(?:\.\d+)?", dict(r.grounds.policy_amounts).get(
                       name.split(":", 1)[-1], ""))}
        if not stated & set(thresholds):
            price = "no product's price" if o is None else f"the price {o.price}"
            problems.append(f"free shipping below the policy's threshold ({price}, free from "
                            f"{min(thresholds):g})")
    return problems


# Negators whose reach is the rest of their sentence ("we do not ship to Alaska, Hawaii or
# Canada", 不发阿拉斯加、加拿大) and back to the clause's start ("opened food cannot be returned");
# a contrast word ends it ("…, but anything damaged is refunded").
_CLAUSE_NEG_EN = frozenset("not no never cannot can't don't doesn't won't isn't aren't nor none "
                           "neither".split())
_CONTRAST = re.compile(r"\b(?:but|however|except|unless|although)\b|但是|但|不过|除非")
# 不 / 没 before a verb of doing or allowing negate their clause (暂不支持, 不发, 不退, 没有); before
# anything else they reach one word, as a prefix does (不粘 non-stick, 不锈钢, 不满 under).
_CLAUSE_NEG_ZH = re.compile(r"不(?:支持|接受|提供|发|退|换|能|可|会|是|包|含|允许|配送|送|适用|适合|"
                            r"建议|收|参与|享)|没有|无法|不得|禁止")
# Prefix negators reach one word: "unworn", "non-GMO", 未拆封, 无糖, 非转基因.
_PREFIX_NEG_ZH = "不没未无非免"


@functools.lru_cache(maxsize=2048)
def scoped_negation(text: str) -> dict[str, set[bool]]:
    """Each English stem and CJK bigram of `text` → whether it stands negated, with a negation's
    reach as a reader takes it: a sentence negator ("not", 不) to the end of its sentence and
    back to the start of its clause, until a contrast word; a prefix ("unworn" negates "worn",
    "non-", 未, 无) one word. Shape: {term: {True, False}} where a term is seen both ways.
    Cached: callers must not change what it returns."""
    out: dict[str, set[bool]] = {}
    for sentence in _SENTENCE_END.split(read(text)):
        for part in _CONTRAST.split(sentence):
            clauses = re.split(r"[,，:：]", part)
            negated_from = next((i for i, c in enumerate(clauses)
                                 if set(re.findall(r"[a-z]+(?:'t)?", c)) & _CLAUSE_NEG_EN
                                 or _CLAUSE_NEG_ZH.search(c)), len(clauses))
            for i, clause in enumerate(clauses):
                neg = i >= negated_from
                toks = re.findall(r"[a-z]+(?:'t)?", clause)
                for k, t in enumerate(toks):
                    if t in _CLAUSE_NEG_EN or t == "non":
                        continue
                    prefix = k > 0 and toks[k - 1] == "non"
                    out.setdefault(_stem(t), set()).add(neg or prefix)
                    if t.startswith("un") and len(t) > 5:  # unworn, unopened, unused
                        out.setdefault(_stem(t[2:]), set()).add(True)
                for run in re.findall(f"[{_CJK}]+", clause):
                    for k in range(len(run) - 1):
                        bigram = run[k : k + 2]
                        if set(bigram) & set(_PREFIX_NEG_ZH):
                            continue
                        prefix = k > 0 and run[k - 1] in _PREFIX_NEG_ZH
                        out.setdefault(bigram, set()).add(neg or prefix)
    return out


def denied_yes(r: Reading) -> list[str]:
    """A yes (可以, 有, 能) to a question whose words the cited passages say only the other way:
    "支付宝可以吗" against "暂不支持支付宝", "ship to canada?" against "we do not ship to … Canada",
    "return worn jeans?" against "unworn items can be returned". The product's own category
    counts as asked of a policy: the beef is "fresh food", which "cannot be returned"."""
    if not r.sentences or not r.cited:
        return []
    first = read(_HOLE.sub(" ", r.sentences[0]))
    if not _YES.search(first) or _NO.search(first):
        return []
    query = read(r.grounds.evidence.query)
    # "sugar free?" asks for a negation in its own way: the word before "free" is not read
    query = re.sub(r"[a-z]+[\s-]+free\b", " ", query)
    query = re.sub(r"\b(?:or not|anot)\b", " ", query)  # "hooded or not?" asks yes or no: no "not hooded"
    asked = {t: v for t, v in scoped_negation(query).items() if len(v) == 1 and t not in
             _EN_FUNCTION and t not in _POLAR_SHAPE and t not in _CHAT and t not in _USE
             and not set(t) & _ZH_FUNCTION and not t.isdigit() and len(t) > 1}
    p = r.grounds.product
    if p is not None and "policy" in r.cited_kinds:
        for t in re.findall(r"[a-z]+", read(p.category)):
            asked.setdefault(_stem(t), {False})
    said: dict[str, set[bool]] = {}
    for text in r.cited:
        for t, v in scoped_negation(_answer_part(text)).items():
            said.setdefault(t, set()).update(v)
    denied = sorted(t for t, (q,) in asked.items() if said.get(t) == {not q})
    return [f"answers yes where the cited passages say otherwise: {', '.join(denied)!r}"] \
        if denied else []


# Words every payment or shipping question holds: they name no one thing a policy gives.
_SHOP_GENERIC = frozenset("""pay paid pays paying payment payments order orders ship ships shipping
take takes accept accepts use can could you your available""".split())
_ZH_CAN = re.compile(r"^\W*(?:可以|能|支持|有的?)")
_SHOP_GENERIC_ZH = frozenset("支付 付款 发货 快递 包邮 运费 可以 能用".split())
_ABOVE_ZH = re.compile(r"(\d+(?:\.\d+)?)\s*(?:元|美元|欧元|英镑)?以上")


def _spelled(word: str) -> str:
    """A word with doubled letters single: "installments" and "instalments" meet."""
    return re.sub(r"(.)\1", r"\1", _stem(word))


def conditioned_yes(r: Reading) -> list[str]:
    """A yes to something every cited sentence about it gives only from an amount on ("Orders
    over $100 can be split into 4 payments with Klarna": "klarna?" → "Yes, on all orders."),
    where the yes states no such amount and no live price reaches it."""
    if not r.sentences or not r.cited:
        return []
    first = read(_HOLE.sub(" ", r.sentences[0]))
    if not (_YES.search(first) or _ZH_CAN.match(first)) or _NO.search(first):
        return []  # ("可以分期": a yes run on into what it allows)
    query = read(r.grounds.evidence.query)
    asked = {_spelled(w) for w in re.findall(r"[a-z]{3,}", query)
             if w not in _SHOP_GENERIC and w not in _EN_FUNCTION}
    asked_zh = {run[i:i + 2] for run in re.findall(f"[{_CJK}]+", query) for i in range(len(run) - 1)}
    asked_zh -= {b for b in asked_zh if set(b) & _ZH_FUNCTION or b in _SHOP_GENERIC_ZH}
    thresholds: list[float] = []
    for text in r.cited:
        for sentence in _SENTENCE_END.split(_answer_part(text)):
            if not asked & {_spelled(w) for w in re.findall(r"[a-z]{3,}", read(sentence))} \
                    and not any(b in sentence for b in asked_zh):
                continue
            amounts = [float(a) for a in _THRESHOLD.findall(sentence) + _ABOVE_ZH.findall(sentence)]
            if not amounts:
                return []  # given without a condition somewhere
            thresholds += amounts
    o = r.grounds.offer
    if not thresholds or (o is not None and float(o.price) >= min(thresholds)):
        return []
    stated = {float(n) for s in r.sentences for n in re.findall(r"\d+(?:\.\d+)?",
                                                               read(_HOLE.sub(" ", s)))}
    return [] if stated & set(thresholds) else [
        f"answers yes without the condition the policy sets (from {min(thresholds):g})"]


def policy_scope(r: Reading) -> list[str]:
    """An amount a cited policy says of other products, said of this one ("2-year warranty."
    of the headlamp, where the policy gives tents two years and headlamps one), unless the
    sentence names what the policy says it of (`bot.answers.scopes`)."""
    policies = [t for t, kind in zip(r.cited, r.cited_kinds, strict=True) if kind == "policy"]
    if r.grounds.product is None or not policies:
        return []
    segs = policy_segments(policies)
    bad = [a for s in r.sentences
           for a in others_amounts(read(_HOLE.sub(" ", s)), segs, r.grounds.product)]
    return [f"says another product's amount from the policy: {', '.join(dict.fromkeys(bad))}"] \
        if bad else []


def unsold_yes(r: Reading) -> list[str]:
    """A yes (有, sure) to a colour, size or capacity the product is not sold in ("does it
    come in red" of a tee in white, black, heather grey and navy; "6 person tent?"), read from
    its variants and listed options (`knowledge.variants.value_not_offered`)."""
    if r.grounds.product is None or not r.sentences:
        return []
    first = read(_HOLE.sub(" ", r.sentences[0]))
    if not _YES.search(first) or _NO.search(first):
        return []
    unsold = value_not_offered(r.grounds.product, r.grounds.evidence.query)
    return [f"answers yes to a {unsold[0]} it is not sold in: {unsold[1]!r}"] if unsold else []


def _variant_labels(r: Reading) -> tuple[list[list[str]], list[list[str]]]:
    """Token runs naming the variant the facts are of, and those naming the product's other
    variants ("4 person"; "l"): empty when no variant was resolved."""
    p, f = r.grounds.product, r.grounds.facts
    if p is None or f is None or not p.variants or f.sku == p.sku:
        return [], []
    own: list[list[str]] = []
    others: list[list[str]] = []
    for v in p.variants:
        runs = [words(read(value)) for value in v.options.values()]
        (own if v.sku == f.sku else others).extend(x for x in runs if x)
    return own, [x for x in others if x not in own]


def _has_run(toks: list[str], run: list[str]) -> bool:
    return any(toks[i : i + len(run)] == run for i in range(len(toks) - len(run) + 1))


def variant_numbers(r: Reading) -> list[str]:
    """A number said of the variant asked comes from the facts of that variant: "2.1 kg" for
    the 4-person tent is the 2-person's ("2-person weight: 2.1 kg"), "S 38-50 cm" for the L
    harness the S's. A number found only in parts of the facts labelled with another variant,
    and never in one labelled with the variant asked or with none, fails."""
    own, others = _variant_labels(r)
    if not others:
        return []
    # the facts cut into labelled parts: one spec value, one "/"-separated piece of it
    parts = [piece for text in [*r.cited, r.facts_text]
             for piece in re.split(r"[/;；。\n]|</?li>|(?<=\.)\s+", text) if piece.strip()]
    labelled: list[tuple[list[str], bool, bool]] = []
    for piece in parts:
        toks = [t for t in words(read(re.sub(r"['’]\w+", "", piece)))]
        labelled.append((toks, any(_has_run(toks, x) for x in own),
                         any(_has_run(toks, x) for x in others)))
    draft = [t for t in words(read(re.sub(r"['’]\w+", "", _HOLE.sub(" ", r.masked))))]
    label_toks = {t for x in own + others for t in x}
    problems = []
    for tok in dict.fromkeys(t for t in draft if t[0].isdigit() and t not in label_toks):
        where = [(mine, theirs) for toks, mine, theirs in labelled if tok in toks]
        if where and all(theirs and not mine for mine, theirs in where):
            problems.append(f"another variant's number {tok!r}")
    return problems


# -- the verifier ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """The problems found with a draft, one line each ("number not from a slot '48 for'");
    none means it may be sent."""

    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


# Words that only frame a slot ("you save {saving}", "每斤合{unit_price:jin}"): no claim of their own.
ROLE_WORDS = """price prices pay save saving saves you list usual usually regular normally was were
instead of now tonight each per person viewer limit code coupon checkout stock left remaining in
stock ends offer deal discount off order buy grab get at only just for still have we pack unit
hurry runs holds weighs measures rated comes has take takes accept accepts
原价 现价 今晚 到手 省了 立省 立减 库存 还有 剩余 每人 限购 优惠码 下单 优惠 折扣
每斤合 每公斤合 折合 算下来 用券"""


# Persona phrases an answer may be made of (a greeting's "lowest prices of the year" is show talk).
ANSWER_PHRASES = frozenset({"unknown", "declined", "busy", *PHRASES})


def _voice(persona: Persona) -> frozenset[str]:
    """Words of the persona's own phrases (built-in and the file's), catchphrases and
    introduction, of the answer templates and of `ROLE_WORDS`: the host's voice, not claims."""
    texts = [persona.name, persona.self_introduction, *persona.catchphrases, *persona.handle_aliases,
             ROLE_WORDS]
    for table in (PHRASES, DEFAULT_PHRASES, persona.phrases):
        for key, by_lang in table.items():
            if key in ANSWER_PHRASES or table is PHRASES:
                texts += list(by_lang.values())
    text = re.sub(r"\{[^{}]*\}", " ", "\n".join(texts))
    return vocabulary(text)


@dataclass
class Verifier:
    """`check(draft, grounds)` → `Verdict`. `draft`: a `Filled` draft, a `Draft` (filled here
    from `grounds`), or a person's plain text (a moderator's edit or announcement), in which the
    exact renderings of live slot values count as those slots (`slots.lift`)."""

    persona: Persona
    # Text the answer must never repeat (the LLM composer's instructions).
    guarded: list[str] = field(default_factory=list)
    shingle: int = 6
    checks: tuple[str, ...] = ("numbers", "slot_roles", "promises", "codes", "scarcity", "limits",
                               "deadlines", "show_claims", "competitors", "medical", "links",
                               "leaks", "support", "asked", "on_topic", "stock_claims",
                               "free_shipping", "denied_yes", "unsold_yes", "policy_scope",
                               "conditioned_yes", "variant_numbers")

    def __post_init__(self) -> None:
        self._voice = _voice(self.persona)
        self._competitors = tuple(dict.fromkeys([*getattr(self.persona, "competitors", []),
                                                 *PLATFORMS]))

    def check(self, draft: Filled | Draft | str, grounds: Grounds) -> Verdict:
        if isinstance(draft, str):
            draft = lift(draft, grounds)
        filled = fill(draft, grounds) if isinstance(draft, Draft) else draft
        text = filled.text.strip()
        if not text:
            return Verdict(("empty draft",))
        problems: list[str] = []
        if len(text) > MAX_LENGTH:
            problems.append(f"too long ({len(text)} chars)")
        if self.persona.is_declined(text):
            problems.append("touches a declined topic")
        r = reading(filled, grounds)
        runners: dict[str, Callable[[], list[str]]] = {
            "numbers": lambda: numbers(r),
            "slot_roles": lambda: slot_roles(r),
            "promises": lambda: promises(r),
            "codes": lambda: codes(r),
            "scarcity": lambda: scarcity(r),
            "limits": lambda: limits(r),
            "deadlines": lambda: deadlines(r),
            "show_claims": lambda: show_claims(r),
            "competitors": lambda: competitors(r, self._competitors),
            "medical": lambda: medical(r),
            "links": lambda: links(r),
            "leaks": lambda: leaks(r, self.guarded, self.shingle),
            "support": lambda: support(r, self._voice),
            "asked": lambda: asked(r),
            "on_topic": lambda: on_topic(r),
            "stock_claims": lambda: stock_claims(r),
            "free_shipping": lambda: free_shipping(r),
            "denied_yes": lambda: denied_yes(r),
            "unsold_yes": lambda: unsold_yes(r),
            "policy_scope": lambda: policy_scope(r),
            "conditioned_yes": lambda: conditioned_yes(r),
            "variant_numbers": lambda: variant_numbers(r),
        }
        for name in self.checks:
            try:
                problems += runners[name]()
            except Exception as err:  # a check that cannot read the draft denies it
                log.exception("verifier check %s failed", name)
                problems.append(f"check {name} failed: {type(err).__name__}")
        return Verdict(tuple(dict.fromkeys(problems)))
