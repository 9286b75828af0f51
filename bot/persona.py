"""The host's persona: who speaks, how, in which languages, and what they won't discuss.

Every text the bot writes goes through `Persona.say`, so a show changes its voice by editing
one file. Phrases are templates with named slots; the numbers that fill them come from facts.
"""

from __future__ import annotations

import functools
import logging
import re
import string
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from pydantic import BaseModel, Field, PrivateAttr, ValidationError

from bot.config import ConfigError, describe_validation_error, not_text
from knowledge.sourcefile import SourceError, parse_yaml

Phrasebook = Mapping[str, dict[str, str]]  # phrase key -> language -> template
_NONE: Phrasebook = MappingProxyType({})

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# The built-in phrasebook; a persona file overrides any entry, per language.
DEFAULT_PHRASES: dict[str, dict[str, str]] = {
    "greeting": {"en": "Welcome to the show, everyone!", "zh": "欢迎大家来到直播间！"},
    "sign_off": {"en": "Thanks for watching!", "zh": "感谢大家的观看！"},
    "unknown": {
        "en": "Good question. I don't have that in front of me, so I won't guess: "
              "try !deals, or a moderator will help.",
        "zh": "好问题！这个我手头没有准确信息，不乱说：可以发 !deals 看看，或者请管理员帮忙。",
    },
    "declined": {
        "en": "That's not something I'll talk about on this show. Ask me about the products!",
        "zh": "这个话题直播间里就不聊啦，问问我产品吧！",
    },
    "busy": {
        "en": "Lots of questions right now, answering as fast as I can!",
        "zh": "问题太多啦，我尽快回答！",
    },
}


class Persona(BaseModel, extra="forbid"):
    name: str
    handle_aliases: list[str] = Field(default_factory=list)
    self_introduction: str = ""
    tone: str = "warm, direct, proud of the products"
    catchphrases: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=lambda: ["en", "zh"])
    decline_topics: list[str] = Field(default_factory=list)
    # Shops the host never names on air (the verifier adds the major platforms).
    competitors: list[str] = Field(default_factory=list)
    phrases: dict[str, dict[str, str]] = Field(default_factory=dict)
    _source: str = PrivateAttr(default="persona")

    @classmethod
    def load(cls, path: str | Path) -> Persona:
        path = Path(path)
        try:
            parsed = parse_yaml(path.read_text(encoding="utf-8-sig"), str(path))
        except OSError as err:
            raise ConfigError(f"{path}: {err.strerror}") from None
        except UnicodeDecodeError as err:
            raise ConfigError(not_text(path, err)) from None
        except SourceError as err:  # one line: where, and what
            raise ConfigError(str(err)) from None
        data = parsed.data or {}
        if parsed.duplicates:
            line, loc = parsed.duplicates[0]
            raise ConfigError(f"{path}:{line}: {'.'.join(map(str, loc))}: written twice (the "
                              "first would be lost)")
        try:
            persona = cls.model_validate(data)
        except ValidationError as err:
            raise ConfigError(describe_validation_error(path, err)) from None
        persona._source = str(path)
        persona.check_slots()
        return persona

    def check_slots(self, *defaults: Phrasebook) -> None:
        """Every phrase of the file uses only the slots its key is filled with (those of the
        built-in or a feature's default template for that key): a `{winner_names}` typo is a
        ConfigError naming file, phrase and language at start, not a KeyError mid-draw.
        Keys no phrasebook knows are left alone (a feature may fill them its own way)."""
        books = (DEFAULT_PHRASES, *defaults)
        problems = []
        for key, table in self.phrases.items():
            known = [book[key] for book in books if key in book]
            allowed = {slot for t in known for text in t.values() for slot in _slots(text)}
            for lang, text in table.items():
                try:  # the form of every phrase, known key or not
                    used = _slots(text)
                except ValueError as err:
                    problems.append(f"{self._source}: phrases.{key}.{lang}: {err}")
                    continue
                for slot in sorted(used - allowed) if known else ():
                    have = ", ".join(f"{{{a}}}" for a in sorted(allowed)) or "no slots"
                    problems.append(f"{self._source}: phrases.{key}.{lang}: unknown slot "
                                    f"{{{slot}}} (this phrase has {have})")
        if problems:
            raise ConfigError("\n".join(problems))

    @property
    def default_language(self) -> str:
        return self.languages[0] if self.languages else "en"

    def language_of(self, text: str) -> str:
        """The viewer's language, as far as this show speaks it."""
        lang = "zh" if _CJK.search(text) else "en"
        return lang if lang in self.languages else self.default_language

    def phrase(self, key: str, lang: str, defaults: Phrasebook = _NONE) -> str:
        """The persona file's phrase `key`, else a feature's `defaults`, else the built-in one."""
        table = self.phrases.get(key) or defaults.get(key) or DEFAULT_PHRASES.get(key) or {}
        if not table:
            raise KeyError(f"persona has no phrase {key!r}")
        return table.get(lang) or table.get(self.default_language) or next(iter(table.values()))

    def say(self, key: str, lang: str | None = None, *,
            defaults: Phrasebook = _NONE, **slots: object) -> str:
        """The phrase `key` in `lang`, with its {slots} filled. A persona phrase that cannot be
        filled (check_slots was skipped) falls back to the default text, logged, never raises
        mid-show."""
        lang = lang or self.default_language
        try:
            return self.phrase(key, lang, defaults).format(**slots)
        except (KeyError, IndexError, ValueError) as err:
            table = defaults.get(key) or DEFAULT_PHRASES.get(key)
            if not table or key not in self.phrases:
                raise
            log.warning("persona phrase %s.%s cannot be filled (%r); using the default", key,
                        lang, err)
            text = table.get(lang) or next(iter(table.values()))
            return text.format(**slots)

    def is_declined(self, text: str) -> bool:
        lowered = text.lower()
        return any(topic.lower() in lowered for topic in self.decline_topics)

    def addressed_in(self, text: str) -> bool:
        """The host's name or a nickname appears in the text (the viewer is talking to us)."""
        lowered = text.lower()
        return any(n.lower() in lowered for n in (self.name, *self.handle_aliases))


    def asked_about(self, text: str) -> bool:
        """The host is what `text` asks about: a name or nickname inside it, with words before
        and after ("where is lao zhang from", "是老张自己种的吗"), not an address at its start
        or end ("lao zhang how much is the beef", "link pls zhang")."""
        return "\x00" in self.unaddressed(text)

    def unaddressed(self, text: str) -> str:
        """`text` without the host's names that address him, at its start (after a greeting)
        or end ("hey lao zhang, how much is the beef" → "how much is the beef"); a name
        inside it is kept, as NUL ("\\x00")."""
        pattern = _names_pattern((self.name, *self.handle_aliases))
        if pattern is None:
            return text
        marked = _ADDRESS_END.sub("", _ADDRESS_START.sub("", pattern.sub("\x00", text)))
        return marked if "\x00" in marked else marked.strip() or text


@functools.lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a persona's names, longest first (compiled once, not per message)."""
    keep = sorted({n.lower() for n in names if n.strip()}, key=len, reverse=True)
    if not keep:
        return None
    return re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" if n.isascii() else re.escape(n)
                               for n in keep), re.I)


# A name (NUL) said to the host at the start, after a greeting, or at the end; a name run into
# what follows is its subject (老张是哪里人) and stays.
_ADDRESS_START = re.compile(r"^(?:[\W_]*(?:(?:hey|hi|hello|yo|ok|okay|oi|dear|嗨|哈喽|你好)\b)?"
                            r"[\W_]*\x00(?![^\W_])[\W_]*)+", re.I)
_ADDRESS_END = re.compile(r"(?:(?<![^\W_])\x00[\W_]*)+$")


def _slots(template: str) -> set[str]:
    """The slot names of a str.format template ("{prize} {names[0]}" → {"prize", "names"});
    ValueError for a malformed template, and for attributes, conversions and format specs
    (`{prize.__class__}`, `{name!r}`, `{name:>50000000}`): a slot is said as it is."""
    names = set()
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if "." in field or spec or conversion:
            raise ValueError(f"{{{field}{'!' + conversion if conversion else ''}"
                             f"{':' + spec[:20] if spec else ''}}}: write a slot as "
                             f"{{{re.split(r'[.[]', field, maxsplit=1)[0]}}}")
        names.add(field.split("[", 1)[0])
    return names


# Whatever in a viewer's display name could read as the bot's own words when the bot says the
# name: money, coupon-like codes, links, @everyone, line breaks and control characters.
# Currency signs (after NFKC: ＄ is $, ￥ is ¥), currency words either side of a number, an
# amount with cents ("only 1.00 tonight"), and prices in Chinese numerals ("一元", "九块九", "五折").
_CURRENCY_SIGN = r"[$¢£¤¥฿₠-₿﹩]"
_CURRENCY_WORD = r"(?:rmb|cny|usd|eur|hkd|twd|jpy|gbp|yuan|kuai|dollars?|bucks?|cents?)"
_CN_NUMBER = r"[\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]"
_NAME_MONEY = re.compile(
    rf"{_CURRENCY_SIGN}\s*\d|\d\s*{_CURRENCY_SIGN}|\d\s*{_CURRENCY_WORD}\b"
    rf"|\b{_CURRENCY_WORD}\s*\d|\d[\d,.]*\s*%|\b\d+\.\d{{1,2}}\b"
    rf"|{_CN_NUMBER}+\s*(?:元|块|圆|円|毛|角|折)", re.IGNORECASE)
_NAME_LINK = re.compile(r"(?:https?://|www\.)\S*|\b[\w-]+\.(?:com|net|org|io|cn|ly|gg|tv|me|co)"
                        r"\b\S*", re.IGNORECASE)
_NAME_CODE_WORD = re.compile(r"\b(?:code|coupon|promo|voucher|券码|优惠码)\b", re.IGNORECASE)
_NAME_SHOUTED = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}\b")
NAME_MAX = 24


def shown_name(name: str, *, limit: int = NAME_MAX) -> str:
    """A viewer's display name as the bot may put it into its own messages: one line, at most
    `limit` characters (grapheme-safe enough: combining marks are kept with their base), with
    prices, percentages, coupon-like codes, links, mass mentions, markup and separators that
    would read as the bot speaking ("Lao Zhang: BEEF is ¥1.00") cut away. What is left of an
    unreadable name is "viewer". The result is meant to follow an "@"."""
    text = re.split(r"[\r\n\u2028\u2029\x85]", unicodedata.normalize("NFKC", name or ""))[0]
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Co", "Cs"))
    # From a link, a price, or the first sentence-like separator on, it is no longer a name.
    for pattern in (_NAME_LINK, _NAME_MONEY):
        text = pattern.split(text, maxsplit=1)[0]
    text = re.split(r"[:|\n。]|\s[-–—]\s|[!?](?!$)", text, maxsplit=1)[0]  # after NFKC
    text = _NAME_CODE_WORD.split(text, maxsplit=1)[0]
    text = _NAME_SHOUTED.sub("", text)
    text = re.sub(r"[@#*_`~<>\[\]{}|\\]", "", text)  # mentions and markup
    text = re.sub(r"\s+", " ", text).strip(" .,;，。、'\"")
    if len(text) > limit:
        cut = limit
        while cut > 1 and unicodedata.combining(text[cut]):
            cut -= 1
        text = text[:cut].rstrip() + "…"
    return text or "viewer"
