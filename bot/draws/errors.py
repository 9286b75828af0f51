"""The draws' typed error: a phrase key and its slots, so a moderator reads it in their language.

`str(error)` is the built-in English text (logs, tests, callers that show it as is);
`error.say(persona, lang)` is the persona's phrase in `lang`.
"""

from __future__ import annotations

from bot.commands import ArgumentError
from bot.draws.phrases import PHRASES, english, fill
from bot.persona import Persona


class DrawError(ArgumentError):
    """A request the draw's state does not allow; shown to the moderator who made it.

    `DrawError(key, **slots)`: `key` is a phrase of bot/draws/phrases.yaml and `slots` fill it.
    `DrawError(text)` with text that is no phrase key carries that text as is (a caller's own
    message, said the same in every language)."""

    def __init__(self, key: str, **slots: object) -> None:
        self.key: str | None = key if key in PHRASES else None
        self.slots = slots
        super().__init__(english(key, **slots) if self.key else key)

    def say(self, persona: Persona, lang: str | None = None, **extra: object) -> str:
        """The error as the persona says it in `lang` (None: the show's default language);
        `extra` slots (such as the command prefix) are offered to the phrase too."""
        if self.key is None:
            return str(self)
        return persona.say(self.key, lang, defaults=PHRASES,
                           **{**extra, **fill(persona, lang, self.slots)}).strip()
