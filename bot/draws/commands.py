"""Chat commands for draws: moderators run them, viewers join, claim and ask their odds.

Every reply is a phrase (bot/draws/phrases.yaml) in the language of whoever typed the command;
a DrawError (an illegal transition, an unknown draw…) becomes its phrase in that language too.
"""

from __future__ import annotations

import contextlib
import re
import shlex
from collections.abc import Iterator

from bot.commands import ArgumentError, Context, Duration, Mention, Rest, command
from bot.draws.errors import DrawError
from bot.draws.service import Draws, Result
from bot.draws.states import DrawState
from bot.events import Role
from bot.persona import shown_name

_DURATION = re.compile(r"^\d+(?:\.\d+)?[hms](?:\d+(?:\.\d+)?[hms])*$", re.IGNORECASE)


def parse_create(spec: str, prefix: str = "!") -> tuple[str, int | None, str | None, float | None]:
    """`<prize> [winners] [keyword] [duration]` -> (prize, winners, keyword, seconds): the
    prize runs up to the first whole number (quote it if it contains one: "iPhone 15" 2 lucky
    3m). ArgumentError (a DrawError, or a Duration's) naming what is wrong."""
    try:
        words = shlex.split(spec) if spec.lstrip()[:1] in "\"'" else spec.split()
    except ValueError as err:
        raise DrawError("draw_err_prize_quote", error=str(err)) from None
    first_number = next((i for i, w in enumerate(words) if w.isdigit() and i > 0), None)
    if first_number is None:
        rest: list[str] = []
        if len(words) > 1 and _DURATION.match(words[-1]):
            words, rest = words[:-1], words[-1:]
        prize, winners, tail = " ".join(words), None, rest
    else:
        prize, winners, tail = (
            " ".join(words[:first_number]),
            int(words[first_number]),
            words[first_number + 1 :],
        )
    keyword = duration = None
    for word in tail:
        if duration is None and _DURATION.match(word):
            duration = float(Duration.parse(word))
        elif keyword is None and duration is None:
            keyword = word
        else:
            raise DrawError("draw_err_create_extra", word=repr(word), prefix=prefix)
    if not prize:
        raise DrawError("draw_err_prize_missing")
    return prize, winners, keyword, duration


class DrawCommands:
    """The draw commands (a cog for bot.commands.Registry) over one `Draws`."""

    def __init__(self, draws: Draws) -> None:
        self.draws = draws
        self.presenter = draws.presenter

    # -- moderators --------------------------------------------------------------------------

    @command(
        "draw create",
        min_role=Role.MODERATOR,
        help="Create a draw: <prize> [winners] [keyword] [duration]",
    )
    async def create(self, ctx: Context, spec: Rest) -> None:
        with self._errors(ctx) as lang:
            prize, winners, keyword, duration = parse_create(spec, self.presenter.prefix)
            draw_id = self.draws.create(prize, winners, keyword, duration, _actor(ctx))
        ctx.reply(self.presenter.say("draw_created", lang, id=draw_id, prize=prize))

    @command("draw open", min_role=Role.MODERATOR, help="Open a draw for entries")
    async def open(self, ctx: Context, draw: str = "") -> None:
        with self._errors(ctx) as lang:
            row = self.draws.open(draw or None, _actor(ctx))
        ctx.reply(self.presenter.say("draw_now_open", lang, id=row.id))

    @command("draw close", min_role=Role.MODERATOR, help="Close a draw's entries")
    async def close(self, ctx: Context, draw: str = "") -> None:
        with self._errors(ctx) as lang:
            row = self.draws.close(draw or None, _actor(ctx))
        ctx.reply(self.presenter.say("draw_now_state", lang, id=row.id,
                                     state=DrawState(row.state).term))

    @command("draw pick", min_role=Role.MODERATOR, help="Draw the winners (closes it if open)")
    async def pick(self, ctx: Context, draw: str = "") -> None:
        with self._errors(ctx) as lang:
            winners = self.draws.pick(draw or None, _actor(ctx))
            row = self.draws.current_or_last(draw or None)
        if not winners and row is not None and self.draws.waiting_for_beacon(row):
            ctx.reply(self.presenter.say("draw_waits_for_beacon", lang, id=row.id,
                                         round=row.drand_round))
        elif not winners:
            ctx.reply(self.presenter.say("draw_no_winners", lang))

    @command("draw cancel", min_role=Role.MODERATOR, help="Cancel a draw")
    async def cancel(self, ctx: Context, draw: str = "") -> None:
        with self._errors(ctx) as lang:
            row = self.draws.cancel(draw or None, _actor(ctx))
        ctx.reply(self.presenter.say("draw_now_state", lang, id=row.id,
                                     state=DrawState(row.state).term))

    @command("draw remove", min_role=Role.MODERATOR, help="Remove a viewer from the draw")
    async def remove(self, ctx: Context, who: Mention, reason: Rest = "") -> None:
        with self._errors(ctx) as lang:
            platform, viewer_id, name = self.draws.find_entrant(None, who, ctx.message.platform)
            row = self.draws.remove(
                None, platform, viewer_id, reason or "removed by a moderator", _actor(ctx)
            )
        ctx.reply(self.presenter.say("draw_removed_entrant", lang, name=shown_name(name),
                                     id=row.id))

    @command(
        "draw reroll",
        aliases=("reroll",),
        min_role=Role.MODERATOR,
        help="Replace a winner with the next pick",
    )
    async def reroll(self, ctx: Context, who: str = "", reason: Rest = "") -> None:
        # Any winner of the last draw, even one that is finished (claimed, or no claim needed).
        with self._errors(ctx) as lang:
            target = None
            if who:
                target = self.draws.find_winner(Mention.parse(who), ctx.message.platform)
            new = self.draws.reroll(None, target, reason or "moderator reroll", _actor(ctx))
        if new is None:
            ctx.reply(self.presenter.say("draw_reroll_none", lang))

    @command("draw status", min_role=Role.MODERATOR, help="Where the current draw stands")
    async def status(self, ctx: Context, draw: str = "") -> None:
        with self._errors(ctx) as lang:
            text = self.draws.status(draw or None, lang)
        ctx.reply(text, ephemeral=True)

    # -- viewers -----------------------------------------------------------------------------

    @command("join", aliases=("enter",), viewer_cooldown=5, help="Enter the open draw")
    async def join(self, ctx: Context) -> None:
        # Answered after the entry commits (group commit); the chat loop does not wait.
        def answer(result: Result) -> None:
            ctx.reply(result.message, ephemeral=True)

        self.draws.join(ctx.message, answer)

    @command("claim", viewer_cooldown=3, help="Claim a prize you won")
    async def claim(self, ctx: Context) -> None:
        result = self.draws.claim(ctx.viewer, lang=self.presenter.lang(ctx.message))
        ctx.reply(result.message, ephemeral=not result.ok)

    @command("odds", viewer_cooldown=10, help="Your true chance in the current draw")
    async def odds(self, ctx: Context) -> None:
        with self._errors(ctx) as lang:
            text = self.draws.odds(ctx.viewer, lang=lang)
        ctx.reply(text, ephemeral=True)

    @contextlib.contextmanager
    def _errors(self, ctx: Context) -> Iterator[str]:
        """Yields the language of `ctx`; a DrawError inside is re-raised as the router's
        ArgumentError in that language (the router shows it to whoever typed the command)."""
        lang = self.presenter.lang(ctx.message)
        try:
            yield lang
        except DrawError as err:
            raise ArgumentError(err.say(self.presenter.persona, lang,
                                        prefix=self.presenter.prefix)) from None


def _actor(ctx: Context) -> str:
    v = ctx.viewer
    return f"{v.platform}:{v.id}"
