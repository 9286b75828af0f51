"""The host's persona: who speaks, how, in which languages, and what they won't discuss.

Every text the bot writes goes through `Persona.say`, so a show changes its voice by editing
one file. Phrases are templates with named slots; the numbers that fill them come from facts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import yaml
from pydantic import BaseModel, Field, ValidationError

from bot.config import ConfigError, describe_validation_error

Phrasebook = Mapping[str, dict[str, str]]  # phrase key -> language -> template
_NONE: Phrasebook = MappingProxyType({})

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

    @classmethod
    def load(cls, path: str | Path) -> Persona:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise ConfigError(f"{path}: {err}") from None
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise ConfigError(describe_validation_error(path, err)) from None

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
        """The phrase `key` in `lang`, with its {slots} filled."""
        return self.phrase(key, lang or self.default_language, defaults).format(**slots)

    def is_declined(self, text: str) -> bool:
        lowered = text.lower()
        return any(topic.lower() in lowered for topic in self.decline_topics)

    def addressed_in(self, text: str) -> bool:
        """The host's name or a nickname appears in the text (the viewer is talking to us)."""
        lowered = text.lower()
        return any(n.lower() in lowered for n in (self.name, *self.handle_aliases))
