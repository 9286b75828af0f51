"""Every draft is checked before it can reach chat.

A draft passes only if every amount of money, percentage, coupon code, date/time and other
number in it is backed by the grounds (facts and active promotions for money, percentages and
codes; passages may back plain counts, dates and times, never prices), and it has no links, no
mass mentions, no promise of a discount or free item that nothing grants, nothing from the
persona's decline list, and no piece of the composer's instructions. A failed draft is
replaced by the template answer (see service.py); the problems are logged and counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from bot.answers.composer import minutes_left
from bot.answers.grounds import Grounds
from bot.persona import Persona
from knowledge.text import normalize

MAX_LENGTH = 600

_NUM = r"\d+(?:[.,]\d+)*"
_ZH_DIGITS = "零〇一二两三四五六七八九十百千万"
_EN_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100,
    "half": Decimal("0.5"), "a": 1,
}

MONEY_PATTERNS = (
    re.compile(rf"(?:[¥￥$€£]|\brmb|\bcny|\busd)\s*({_NUM})", re.I),
    re.compile(rf"({_NUM})\s*(?:元|块|毛|\s*(?:yuan|rmb|cny|kuai|dollars?|bucks|usd)\b)", re.I),
    re.compile(rf"([{_ZH_DIGITS}]+)\s*(?:元|块|毛)"),
    re.compile(r"\b(" + "|".join(_EN_NUMBERS) + r")\s+(?:yuan|rmb|kuai|dollars?|bucks|cents?)\b",
               re.I),
)
PERCENT_PATTERNS = (
    re.compile(rf"({_NUM})\s*(?:%|％|percent\b|per cent\b)", re.I),
    re.compile(rf"百分之\s*({_NUM}|[{_ZH_DIGITS}]+)"),
)
# Chinese discounts count what you pay: 8折 = 20% off, 半价 = 50% off.
ZHE = re.compile(rf"(\d(?:\.\d)?|[{_ZH_DIGITS}]{{1,3}})\s*折")
HALF = re.compile(r"半价|half[- ]price|half off", re.I)
CODE_WORD = re.compile(
    r"(?:code|coupon|promo|voucher|优惠码|券码|口令|暗号)\s*(?:is|:|：|是)?\s*"
    r"[\"'“「]?([A-Za-z0-9_-]{3,})",
    re.I,
)
CODE_SHAPE = re.compile(r"\b(?=[A-Z0-9_-]*\d)(?=[A-Z0-9_-]*[A-Z])[A-Z0-9][A-Z0-9_-]{3,}\b")
TIME_PATTERNS = (
    re.compile(r"\b\d{1,2}[:：]\d{2}(?:\s*[ap]\.?m\.?)?", re.I),
    re.compile(r"\b\d{1,2}\s*[ap]\.?m\b\.?", re.I),
    re.compile(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}\b"),
    re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]?"),
    re.compile(r"\d{1,2}\s*点(?:\s*\d{1,2}\s*分?)?"),
)
BARE = re.compile(_NUM)
LINK = re.compile(
    r"https?://|www\.|\b[\w-]+\s*(?:\.|\(dot\)|\[dot\]| dot )\s*"
    r"(?:com|cn|net|org|io|ly|me|shop|top|xyz|app|link|co|gg|tv)\b|点com|t\.me/|wa\.me/",
    re.I,
)
MASS_MENTION = re.compile(r"@(?:everyone|here|all|channel)\b|@所有人|@全体|<@&\d+>", re.I)
# Hyphenated words ("free-range", "sugar-free") describe a product, they promise nothing.
FREE_EN = re.compile(
    r"(?<![\w-])(free|gratis|giveaway|gift|bonus|complimentary|for nothing|bogo|on the house)"
    r"(?![\w-])",
    re.I,
)
FREE_ZH = re.compile(r"免费|白送|赠送|赠品|送你|包邮|买一送一|不要钱|0元购|零元购")
DISCOUNT = re.compile(r"\b(discount|discounted|off|sale|cheaper|markdown|rebate|coupon|deal)\b|"
                      r"优惠|打折|折扣|立减|降价|减价|便宜|特价|秒杀|券", re.I)
# Words that only come out of a model talking about its own set-up.
CJK = re.compile(r"[\u3400-\u9fff]")
# The prompt's section names, as the model sees them ("The FACTS write: ...").
SECTION = re.compile(r"\b(?:FACTS|EVIDENCE)\b")
LEAK = re.compile(r"system prompt|my (?:instructions|rules|prompt)|<\s*/?\s*(?:facts|evidence)\s*>|"
                  r"系统提示|提示词|我的指令|设定是", re.I)


def _zh_number(text: str) -> Decimal | None:
    """一 → 1, 十五 → 15, 两百 → 200, 三千五 → 3500 (enough for prices said in chat)."""
    digits = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000, "万": 10000}
    total, section, number, last_unit = 0, 0, 0, 1
    for ch in text:
        if ch in digits:
            number = digits[ch]
        elif ch in units:
            unit = units[ch]
            if unit == 10000:
                total = (total + section + number) * unit
                section, number = 0, 0
            else:
                section += (number or 1) * unit
                number = 0
            last_unit = unit
        else:
            return None
    if number and last_unit >= 100:  # 三千五 = 3500
        number *= last_unit // 10
    return Decimal(total + section + number)


def _value(text: str) -> Decimal | None:
    text = text.strip().lower()
    if text in _EN_NUMBERS:
        return Decimal(_EN_NUMBERS[text])
    if text and text[0] in _ZH_DIGITS:
        return _zh_number(text)
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _norm(d: Decimal) -> Decimal:
    return d.normalize() if d == d.to_integral() else d.quantize(Decimal("0.01")).normalize()


_CLAUSE = re.compile(r"[.!?;:()（）。！？；：]")


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w'-]){re.escape(phrase)}(?![\w'-])", text) is not None


@dataclass(frozen=True, slots=True)
class Verdict:
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Verifier:
    persona: Persona
    # Text the answer must never repeat (the LLM composer's instructions).
    guarded: list[str] = field(default_factory=list)
    shingle: int = 6

    def check(self, draft: str, grounds: Grounds) -> Verdict:
        problems: list[str] = []
        text = draft.strip()
        if not text:
            return Verdict(("empty draft",))
        if len(text) > MAX_LENGTH:
            problems.append(f"too long ({len(text)} chars)")
        evidence = grounds.evidence_text()
        ev_norm = normalize(evidence)
        if LINK.search(text):
            problems.append("contains a link")
        if MASS_MENTION.search(text):
            problems.append("contains a mass mention")
        if self.persona.is_declined(text):
            problems.append("touches a declined topic")
        if LEAK.search(text) or SECTION.search(text) or self._repeats_guarded(text, ev_norm):
            problems.append("repeats the composer's instructions")

        spans: list[tuple[int, int]] = []
        money_ok = grounds.allowed_money()
        for pattern in MONEY_PATTERNS:
            for m in pattern.finditer(text):
                spans.append(m.span())
                value = _value(m.group(1))
                if value is None or _norm(value) not in {_norm(v) for v in money_ok}:
                    problems.append(f"unbacked amount {m.group(0).strip()!r}")
        percents_ok = {_norm(v) for v in grounds.allowed_percents()}
        for pattern in PERCENT_PATTERNS:
            for m in pattern.finditer(text):
                spans.append(m.span())
                value = _value(m.group(1))
                if value is None or (_norm(value) not in percents_ok
                                     and not self._in_evidence(m.group(0), ev_norm)):
                    problems.append(f"unbacked percentage {m.group(0).strip()!r}")
        for m in ZHE.finditer(text):
            spans.append(m.span())
            value = _value(m.group(1))
            off = None if value is None else (100 - value * 10 if value < 10 else 100 - value)
            if off is None or _norm(off) not in percents_ok:
                problems.append(f"unbacked discount {m.group(0)!r}")
        for m in HALF.finditer(text):
            if Decimal(50) not in percents_ok:
                problems.append(f"unbacked discount {m.group(0)!r}")
        codes_ok = grounds.allowed_codes()
        seen_codes = {m.group(1) for m in CODE_WORD.finditer(text)}
        seen_codes |= {m.group(0) for m in CODE_SHAPE.finditer(text)}
        for code in seen_codes:
            if code.upper() not in codes_ok and not self._in_evidence(code, ev_norm):
                problems.append(f"unbacked code {code!r}")
        for m in list(CODE_WORD.finditer(text)) + list(CODE_SHAPE.finditer(text)):
            spans.append(m.span())
        for pattern in TIME_PATTERNS:
            for m in pattern.finditer(text):
                spans.append(m.span())
                if not self._in_evidence(m.group(0), ev_norm):
                    problems.append(f"unbacked date or time {m.group(0).strip()!r}")
        numbers_ok = self._plain_numbers(grounds, evidence) | {_norm(v) for v in money_ok}
        for m in BARE.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            value = _value(m.group(0))
            if value is None or _norm(value) not in numbers_ok:
                problems.append(f"unbacked number {m.group(0)!r}")
        problems += self._promises(text, grounds, ev_norm, percents_ok)
        problems += self._on_topic(text, grounds)
        return Verdict(tuple(dict.fromkeys(problems)))

    @staticmethod
    def _on_topic(text: str, grounds: Grounds) -> list[str]:
        """Numbers can all be true and the answer still wrong ("牛肉多少钱" → the stock count):
        a price answer must state the live price, and a Chinese question gets Chinese."""
        problems = []
        if grounds.lang == "zh" and not CJK.search(text):
            problems.append("not in the viewer's language")
        f, o = grounds.facts, grounds.offer
        if grounds.intent == "price" and f is not None and o is not None and f.in_stock:
            stated = {_norm(v) for m in BARE.finditer(text)
                      if (v := _value(m.group(0))) is not None}
            if _norm(o.price) not in stated:
                problems.append("does not state the live price")
        return problems

    @staticmethod
    def _in_evidence(fragment: str, ev_norm: str) -> bool:
        return re.sub(r"\s+", " ", normalize(fragment)).strip() in re.sub(r"\s+", " ", ev_norm)

    @staticmethod
    def _plain_numbers(grounds: Grounds, evidence: str) -> set[Decimal]:
        out = {_norm(v) for m in BARE.finditer(evidence) if (v := _value(m.group(0))) is not None}
        for n in grounds.fact_numbers():
            if (v := _value(n)) is not None:
                out.add(_norm(v))
        for ends_at in [grounds.offer.ends_at if grounds.offer else None,
                        *(p.ends_at for p in grounds.promotions)]:
            if (minutes := minutes_left(ends_at, grounds.now)) is not None:
                out |= {Decimal(minutes), Decimal(max(1, minutes - 1))}
        return out | {_norm(v) for v in grounds.allowed_percents()}

    def _promises(self, text: str, grounds: Grounds, ev_norm: str,
                  percents_ok: set[Decimal]) -> list[str]:
        problems = []
        words = normalize(text)
        ev_words = " ".join(re.findall(r"[\w'-]+", ev_norm))
        for m in FREE_EN.finditer(words):
            # "free" is backed only where the evidence says it in the same words: two words
            # either side ("shipping is free on every" yes, "the beef is free tonight" no).
            before = re.findall(r"[\w'-]+", _CLAUSE.split(words[: m.start()])[-1])[-2:]
            after = re.findall(r"[\w'-]+", _CLAUSE.split(words[m.end():])[0])[:2]
            left = " ".join([*before, m.group(0)])
            right = " ".join([m.group(0), *after])
            if not (_has_phrase(ev_words, left) and _has_phrase(ev_words, right)):
                problems.append(f"promises something free: {m.group(0)!r}")
        for m in FREE_ZH.finditer(text):
            if m.group(0) not in ev_norm:
                problems.append(f"promises something free: {m.group(0)!r}")
        has_discount = bool(percents_ok) or bool(grounds.promotions)
        if not has_discount:
            for m in DISCOUNT.finditer(text):
                if normalize(m.group(0)) not in ev_norm:
                    problems.append(f"promises a discount nothing grants: {m.group(0)!r}")
        return problems

    def _repeats_guarded(self, text: str, ev_norm: str) -> bool:
        """Any run of `shingle` words (or 12 CJK characters) from the guarded text."""
        draft = normalize(text)
        words = re.findall(r"\w+", draft)
        for guarded in self.guarded:
            g = normalize(guarded)
            g_words = " ".join(re.findall(r"\w+", g))
            for i in range(len(words) - self.shingle + 1):
                run = " ".join(words[i : i + self.shingle])
                if run in g_words and run not in ev_norm:
                    return True
            cjk = re.sub(r"[^\u3400-\u9fff]", "", draft)
            g_cjk = re.sub(r"[^\u3400-\u9fff]", "", g)
            for i in range(len(cjk) - 11):
                if cjk[i : i + 12] in g_cjk and cjk[i : i + 12] not in ev_norm:
                    return True
        return False
