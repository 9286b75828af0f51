"""Chat commands for draws: moderators run them, viewers join, claim and ask their odds."""

from __future__ import annotations

import re
import shlex

from bot.commands import ArgumentError, Context, Duration, Mention, Rest, command
from bot.draws.service import Draws, Result
from bot.events import Role
from bot.persona import shown_name

_DURATION = re.compile(r"^\d+(?:\.\d+)?[hms](?:\d+(?:\.\d+)?[hms])*$", re.IGNORECASE)


def parse_create(spec: str) -> tuple[str, int | None, str | None, float | None]:
    """`<prize> [winners] [keyword] [duration]`: the prize runs up to the first whole number
    (quote it if it contains one: "iPhone 15" 2 lucky 3m)."""
    try:
        words = shlex.split(spec) if spec.lstrip()[:1] in "\"'" else spec.split()
    except ValueError as err:
        raise ArgumentError(f"prize: {err}") from None
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
            raise ArgumentError(
                f"unexpected {word!r}; usage: !draw create <prize> [winners] [keyword] [duration]"
            )
    if not prize:
        raise ArgumentError("prize: missing")
    return prize, winners, keyword, duration


class DrawCommands:
    def __init__(self, draws: Draws) -> None:
        self.draws = draws

    # -- moderators --------------------------------------------------------------------------

    @command(
        "draw create",
        min_role=Role.MODERATOR,
        help="Create a draw: <prize> [winners] [keyword] [duration]",
    )
    async def create(self, ctx: Context, spec: Rest) -> None:
        prize, winners, keyword, duration = parse_create(spec)
        draw_id = self.draws.create(prize, winners, keyword, duration, _actor(ctx))
        ctx.reply(f"Draw #{draw_id} for {prize} is ready; !draw open starts it.")

    @command("draw open", min_role=Role.MODERATOR, help="Open a draw for entries")
    async def open(self, ctx: Context, draw: str = "") -> None:
        row = self.draws.open(draw or None, _actor(ctx))
        ctx.reply(f"Draw #{row.id} is open.")

    @command("draw close", min_role=Role.MODERATOR, help="Close a draw's entries")
    async def close(self, ctx: Context, draw: str = "") -> None:
        row = self.draws.close(draw or None, _actor(ctx))
        ctx.reply(f"Draw #{row.id} is {row.state}.")

    @command("draw pick", min_role=Role.MODERATOR, help="Draw the winners (closes it if open)")
    async def pick(self, ctx: Context, draw: str = "") -> None:
        winners = self.draws.pick(draw or None, _actor(ctx))
        row = self.draws.current_or_last(draw or None)
        if not winners and row is not None and self.draws.waiting_for_beacon(row):
            ctx.reply(f"Draw #{row.id} is drawn when drand round {row.drand_round} is out.")
        elif not winners:
            ctx.reply("No winners: nobody eligible entered.")

    @command("draw cancel", min_role=Role.MODERATOR, help="Cancel a draw")
    async def cancel(self, ctx: Context, draw: str = "") -> None:
        row = self.draws.cancel(draw or None, _actor(ctx))
        ctx.reply(f"Draw #{row.id} is cancelled.")

    @command("draw remove", min_role=Role.MODERATOR, help="Remove a viewer from the draw")
    async def remove(self, ctx: Context, who: Mention, reason: Rest = "") -> None:
        platform, viewer_id, name = self.draws.find_entrant(None, who, ctx.message.platform)
        row = self.draws.remove(
            None, platform, viewer_id, reason or "removed by a moderator", _actor(ctx)
        )
        ctx.reply(f"Removed @{shown_name(name)} from draw #{row.id}.")

    @command(
        "draw reroll",
        aliases=("reroll",),
        min_role=Role.MODERATOR,
        help="Replace a winner with the next pick",
    )
    async def reroll(self, ctx: Context, who: str = "", reason: Rest = "") -> None:
        # Any winner of the last draw, even one that is finished (claimed, or no claim needed).
        target = None
        if who:
            target = self.draws.find_winner(Mention.parse(who), ctx.message.platform)
        new = self.draws.reroll(None, target, reason or "moderator reroll", _actor(ctx))
        if new is None:
            ctx.reply("Nobody eligible is left to pick.")

    @command("draw status", min_role=Role.MODERATOR, help="Where the current draw stands")
    async def status(self, ctx: Context, draw: str = "") -> None:
        ctx.reply(self.draws.status(draw or None), ephemeral=True)

    # -- viewers -----------------------------------------------------------------------------

    @command("join", aliases=("enter",), viewer_cooldown=5, help="Enter the open draw")
    async def join(self, ctx: Context) -> None:
        # Answered after the entry commits (group commit); the chat loop does not wait.
        def answer(result: Result) -> None:
            ctx.reply(result.message, ephemeral=True)

        self.draws.join(ctx.message, answer)

    @command("claim", viewer_cooldown=3, help="Claim a prize you won")
    async def claim(self, ctx: Context) -> None:
        result = self.draws.claim(ctx.viewer)
        ctx.reply(result.message, ephemeral=not result.ok)

    @command("odds", viewer_cooldown=10, help="Your true chance in the current draw")
    async def odds(self, ctx: Context) -> None:
        ctx.reply(self.draws.odds(ctx.viewer), ephemeral=True)


def _actor(ctx: Context) -> str:
    v = ctx.viewer
    return f"{v.platform}:{v.id}"
