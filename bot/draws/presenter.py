"""What the draws say, in whose language: phrase lookup, the draw card, `!odds` and
`!draw status` texts. Everything here is text; nothing decides or writes.

Announcements are in the show's default language; replies in the viewer's: the language of
their message, else of what they last wrote in chat (a viewer chatting in Chinese who sends
`!odds` reads Chinese), else the default.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.draws import fairness
from bot.draws.phrases import PHRASES, Term, fill
from bot.draws.states import DrawState
from bot.draws.store import DrawRow, PickRow
from bot.events import Card, ChatMessage, Role, Viewer
from bot.persona import Persona, shown_name

# A viewer's language is remembered for this many viewers at most (oldest forgotten first).
MAX_REMEMBERED = 100_000


class Presenter:
    """Phrases of bot/draws/phrases.yaml (or the persona's overrides), with the show's
    command `prefix` filled into every text that names a command."""

    def __init__(self, persona: Persona, prefix: str) -> None:
        persona.check_slots(PHRASES)  # a phrase's unknown slot stops start-up, not a pick
        self.persona = persona
        self.prefix = prefix
        self._langs: dict[tuple[str, str], str] = {}
        # What a text without CJK reads as: it says nothing of its writer's language.
        self._unmarked = persona.language_of("")

    # -- language ----------------------------------------------------------------------------

    def heard(self, msg: ChatMessage, *, only_if_telling: bool = False) -> None:
        """Remember the language of a viewer's chat line; with `only_if_telling` (a command)
        only when the text shows one ("!odds 你好" does, "!odds" does not). Only languages a
        text can show are kept (a line without CJK forgets), so the memory stays small."""
        # Every chat line comes here: most are ASCII, which shows no CJK, so no search.
        lang = self._unmarked if msg.text.isascii() else self.persona.language_of(msg.text)
        if lang == self._unmarked:
            if not only_if_telling and self._langs:
                self._langs.pop(msg.viewer.key, None)
            return
        key = msg.viewer.key
        if key not in self._langs and len(self._langs) >= MAX_REMEMBERED:
            self._langs.pop(next(iter(self._langs)))  # the longest remembered goes first
        self._langs[key] = lang

    def lang(self, msg: ChatMessage | None = None, viewer: Viewer | None = None) -> str:
        """The language to answer `msg` (or `viewer`) in; the default language for neither."""
        if msg is not None:
            spoken = self.persona.language_of(msg.text)
            # The text says nothing of its language ("!odds", "lucky"): their chat does.
            if spoken == self._unmarked:
                return self._langs.get(msg.viewer.key, spoken)
            return spoken
        if viewer is not None:
            return self._langs.get(viewer.key, self.persona.default_language)
        return self.persona.default_language

    # -- phrases -----------------------------------------------------------------------------

    def say(self, key: str, lang: str | None = None, **slots: object) -> str:
        """Phrase `key` in `lang` (None: the default language), slots filled, Terms said in
        `lang`, `{prefix}` always available."""
        return self.persona.say(key, lang, defaults=PHRASES, prefix=self.prefix,
                                **fill(self.persona, lang, slots)).strip()

    def joined(self, parts: list[str], lang: str | None = None,
               sep: str = "draw_names_sep") -> str:
        """`parts` joined by the separator phrase `sep` (not stripped: "; " keeps its space)."""
        return self.persona.say(sep, lang, defaults=PHRASES).join(parts)

    def claim_hint(self, claim_seconds: float) -> str:
        return self.say("draw_claim_hint", seconds=f"{claim_seconds:.0f}") if claim_seconds > 0 \
            else ""

    def how_to_enter(self, keyword: str) -> str:
        return self.say("draw_how_keyword", keyword=keyword) if keyword \
            else self.say("draw_how_join")

    def role(self, role: Role) -> Term:
        return Term(f"draw_role_{role.name.lower()}")

    # -- texts -------------------------------------------------------------------------------

    def card(self, row: DrawRow, how: str, ends_at: float) -> Card:
        """The draw card of an opened draw (Discord embeds), labels in the default language."""
        return Card(
            title=row.prize,
            fields=(
                (self.say("draw_card_enter"), how),
                (self.say("draw_card_winners"), str(row.winners)),
                (self.say("draw_card_commitment"), row.commitment),
                (self.say("draw_card_rules"), row.rules_hash),
            ),
            footer=self.say("draw_card_footer", id=row.id, version=fairness.VERSION),
            ends_at=ends_at,
        )

    def status(self, row: DrawRow, entered: int | None, seconds_left: float | None,
               picks: list[PickRow], lang: str | None = None) -> str:
        """`!draw status`: "Draw #1 (Beef box): open; 2 entered, closes in 60s; picks: …".
        `entered` None: not known (not counted at close); `seconds_left` only for an open draw."""
        parts = [self.say("draw_status_head", lang, id=row.id, prize=row.prize,
                          state=DrawState(row.state).term)]
        if seconds_left is not None and entered is not None:
            parts.append(self.say("draw_status_open", lang, count=f"{entered:,}",
                                  seconds=f"{max(0.0, seconds_left):.0f}"))
        elif entered is not None:
            parts.append(self.say("draw_status_entered", lang, count=f"{entered:,}"))
        if picks:
            shown = [self.say("draw_status_pick", lang, name=shown_name(p.name),
                              status=Term(f"draw_pick_{p.status}")) for p in picks[-8:]]
            parts.append(self.say("draw_status_picks", lang, picks=self.joined(shown, lang)))
        return self.joined(parts, lang, "draw_list_sep")

    def odds(self, row: DrawRow, mine: Mapping[str, object] | None, classes: dict[int, int],
             lang: str | None = None) -> str:
        """`!odds`: the viewer's true chance under the procedure (weighted, without
        replacement; fairness.win_probability), or how many entered if they are not in.
        `mine` is the viewer's entry (store.entry), `classes` tickets -> entrants."""
        if mine is None or mine["removed"]:
            return self.say("draw_odds_out", lang, id=row.id, count=f"{sum(classes.values()):,}")
        t = int(str(mine["tickets"]))
        classes = dict(classes)
        classes[t] -= 1
        total = sum(k * v for k, v in classes.items()) + t
        if len(classes) <= 4 and row.winners <= 50:
            p = fairness.win_probability(t, classes, row.winners)
            tail = self.say("draw_odds_if_open" if row.state == DrawState.OPEN
                            else "draw_odds_final", lang)
            return self.say("draw_odds_one" if row.winners == 1 else "draw_odds_many", lang,
                            tickets=t, total=f"{total:,}", id=row.id, chance=f"{p:.2%}",
                            winners=row.winners, tail=tail)
        return self.say("draw_odds_per_pick", lang, tickets=t, total=f"{total:,}", id=row.id,
                        chance=f"{t / total:.2%}")
