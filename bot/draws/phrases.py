"""The draws' phrasebook as data: `phrases.yaml` (package data), loaded once at import.

`PHRASES` maps phrase key -> language -> str.format template, the shape of
`bot.persona.Phrasebook`; features pass it as `Persona.say(key, lang, defaults=PHRASES, ...)`,
and a persona file may override any key. Every key has an English and a Chinese text.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from bot.persona import Persona, Phrasebook

LANGUAGES = ("en", "zh")


def load(text: str, source: str = "bot/draws/phrases.yaml") -> Phrasebook:
    """Parse a phrasebook (YAML mapping key -> {language: template}); ValueError naming
    `source` and the key when a key lacks one of LANGUAGES or a text is not a string."""
    data: Any = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping of phrase keys")
    book: dict[str, dict[str, str]] = {}
    for key, table in data.items():
        if not isinstance(table, dict) or not all(
                isinstance(table.get(lang), str) for lang in LANGUAGES):
            raise ValueError(f"{source}: {key}: needs a text for each of {', '.join(LANGUAGES)}")
        book[str(key)] = {str(lang): str(t) for lang, t in table.items()}
    return MappingProxyType(book)


PHRASES: Phrasebook = load(
    resources.files("bot.draws").joinpath("phrases.yaml").read_text(encoding="utf-8"))


def english(key: str, **slots: object) -> str:
    """The built-in English text of `key` (for logs and exception messages)."""
    return PHRASES[key]["en"].format(**slots)


class Term:
    """A slot value that is itself a phrase (a state's name, a rule): said in the language of
    the text it fills (see `fill`); as a plain string it is the English text."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def __str__(self) -> str:
        return english(self.key)

    def __repr__(self) -> str:
        return f"Term({self.key!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Term) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


def fill(persona: Persona, lang: str | None, slots: Mapping[str, object]) -> dict[str, object]:
    """`slots` with every Term said by `persona` in `lang`."""
    return {k: persona.say(v.key, lang, defaults=PHRASES) if isinstance(v, Term) else v
            for k, v in slots.items()}
