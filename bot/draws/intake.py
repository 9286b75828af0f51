"""Entry intake: who may enter an open draw, and their entries into the group commit.

Keyword lines from the pipeline (`try_enter`), `!join` and buttons (`join`, `enter`) all end
in `submit`: eligibility is checked in memory, the entry is queued on the EntryBatcher, and
the viewer is answered only once it committed (or was refused). The periodic "N entered"
announcement (`count_loop`) is the acknowledgement of keyword entries.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.draws import fairness
from bot.draws.batcher import EntryBatcher
from bot.draws.phrases import Term
from bot.draws.presenter import Presenter
from bot.draws.settings import DrawsSection
from bot.draws.states import DrawState
from bot.draws.store import DrawRow, DrawStore, NewEntry
from bot.draws.tell import RESUME_WITHIN, Teller
from bot.events import Announcement, ChatMessage, Priority, Reply, Role, Viewer

log = logging.getLogger(__name__)

_PUNCT = " \t!！.。~～,，?？"

Key = tuple[str, str]  # (platform, viewer id)


def normalize(text: str) -> str:
    """A chat line as compared with a keyword: outer punctuation stripped, case folded."""
    return text.strip(_PUNCT).casefold()


@dataclass(frozen=True, slots=True)
class Result:
    """What `enter` and `claim` return to a caller (the Discord buttons show `message`).
    `status`: entered, already, closed, not_open, ineligible, invalid, claimed, nothing."""

    ok: bool
    status: str
    message: str
    draw_id: int | None = None


@dataclass
class OpenDraw:
    """What entry checks need about an open draw, kept in memory so `try_enter` stays fast."""

    row: DrawRow
    keyword: str
    recent_winners: set[Key]
    removed: set[Key] = field(default_factory=set)
    told: set[Key] = field(default_factory=set)  # ineligibility explained once


class Intake:
    """Entries into the open draws, and their counts.

    `is_blocked(viewer)`: a bot mute (moderation); `reply`/`announce`: the outbox's put."""

    def __init__(self, store: DrawStore, clock: Clock, settings: DrawsSection,
                 presenter: Presenter, batcher: EntryBatcher, teller: Teller,
                 is_blocked: Callable[[Viewer], bool],
                 put: Callable[[Announcement | Reply], None]) -> None:
        self.store, self.clock, self.settings = store, clock, settings
        self.presenter, self.batcher, self.teller = presenter, batcher, teller
        self.is_blocked, self.put = is_blocked, put
        self.min_role = Role.parse(settings.min_role)
        self.max_role = Role.parse(settings.max_role)
        self.open: dict[int, OpenDraw] = {}
        self.counts: dict[int, int] = {}
        self.announced: dict[int, int] = {}
        self.chatted: set[Key] = set()
        batcher.listeners.append(self._committed)

    # -- the open draws ----------------------------------------------------------------------

    def admit(self, row: DrawRow, count: int = 0) -> None:
        """Take entries for the open draw `row` (`count` already committed)."""
        recent = self.store.recent_winners(self.settings.recent_winner_draws, row.id)
        self.open[row.id] = OpenDraw(row, normalize(row.keyword), recent)
        self.counts[row.id] = count
        self.announced[row.id] = 0

    def stop_taking(self, draw_id: int) -> None:
        """No new entries for `draw_id` from here on (closed or cancelled)."""
        self.open.pop(draw_id, None)

    def forget(self, draw_id: int) -> None:
        """A finished draw's counts leave memory."""
        self.open.pop(draw_id, None)
        self.counts.pop(draw_id, None)
        self.announced.pop(draw_id, None)

    def open_with_keyword(self, keyword: str) -> int | None:
        """The open draw entered by `keyword` (compared normalized), if any."""
        wanted = normalize(keyword)
        return next((d for d, s in self.open.items() if s.keyword == wanted), None)

    def removed(self, draw_id: int, key: Key) -> None:
        """A moderator removed `key` from open draw `draw_id`: no re-entry, one fewer counted."""
        state = self.open.get(draw_id)
        if state is not None:
            state.removed.add(key)
            self.counts[draw_id] = max(0, self.counts.get(draw_id, 1) - 1)

    def count(self, draw_id: int) -> int:
        """Entries committed to `draw_id` (from memory while it is counted here)."""
        return self.counts[draw_id] if draw_id in self.counts else self.store.entry_count(draw_id)

    def target(self, draw_id: int | None) -> OpenDraw | None:
        """The open draw `draw_id`, or the newest open one for None."""
        if draw_id is not None:
            return self.open.get(draw_id)
        return self.open[max(self.open)] if self.open else None

    # -- entries -----------------------------------------------------------------------------

    def try_enter(self, msg: ChatMessage) -> bool:
        """Pipeline stage: a message that is an open draw's keyword is an entry (queued for the
        next group commit; acknowledged by the "N entered" count once committed)."""
        if not self.open:
            return False
        text = normalize(msg.text)
        for state in self.open.values():
            if state.keyword and text == state.keyword:
                self.submit(state, msg.viewer, "keyword", _ignore, msg)
                return True
        return False

    async def enter(self, viewer: Viewer, source: str, draw_id: int | None) -> Result:
        """Enter `viewer`; returns once the entry is committed (or refused)."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        state = self.target(draw_id)
        if state is None:
            return Result(False, "not_open", self.presenter.say(
                "draw_not_open", self.presenter.lang(viewer=viewer)))

        def decided(result: Result) -> None:
            if not future.done():
                future.set_result(result)

        self.submit(state, viewer, source, decided)
        return await future

    def join(self, msg: ChatMessage, reply: Callable[[Result], None]) -> None:
        """`!join`: like `enter`, but the reply is sent from the commit callback, so the chat
        loop never waits for the disk."""
        state = self.target(None)
        if state is None:
            reply(Result(False, "not_open",
                         self.presenter.say("draw_not_open", self.presenter.lang(msg))))
            return
        self.submit(state, msg.viewer, "join", reply, msg)

    def submit(self, state: OpenDraw, viewer: Viewer, source: str,
               done: Callable[[Result], None], msg: ChatMessage | None = None) -> None:
        """Check `viewer` and queue their entry; `done(result)` runs once it is decided."""
        row = state.row
        say = self.presenter.say
        why = self.ineligible(state, viewer)
        if why is not None:
            if msg is None or source != "keyword" or viewer.key not in state.told:
                state.told.add(viewer.key)
                lang = self.presenter.lang(msg, viewer)
                result = Result(False, "ineligible", say("draw_ineligible", lang,
                                                         reason=self.reason(why, lang)), row.id)
                done(result)
                if msg is not None and source == "keyword":
                    self.put(Reply(msg, result.message, Priority.DRAW, mentions=(msg.viewer,),
                                   ephemeral=True))
            return
        for value, what in ((viewer.platform, "platform"), (viewer.id, "viewer_id")):
            try:
                fairness.check_id(value, what)
            except ValueError as err:
                log.warning("draws: entry refused: %s", err)
                done(Result(False, "invalid", say("draw_invalid_viewer",
                                                  self.presenter.lang(msg, viewer),
                                                  field=Term(f"draw_field_{what}")), row.id))
                return
        entry = NewEntry(row.id, viewer.platform, viewer.id, viewer.display_name[:100],
                         self.settings.tickets_for(viewer.role), source, self.clock.now())
        if done is _ignore:  # a keyword entry: acknowledged by the count, nothing to say
            self.batcher.submit(entry)
            return
        lang = self.presenter.lang(msg, viewer)

        def committed(new: bool) -> None:
            if new:
                done(Result(True, "entered", say("draw_entered", lang, prize=row.prize), row.id))
            elif self._state_of(row.id) == DrawState.OPEN:
                done(Result(False, "already", say("draw_already", lang, prize=row.prize),
                            row.id))
            else:
                done(Result(False, "closed", say("draw_closed_late", lang, prize=row.prize),
                            row.id))

        self.batcher.submit(entry, committed)

    def ineligible(self, state: OpenDraw, viewer: Viewer) -> str | None:
        """Why `viewer` may not enter, as a `draw_why_*` phrase key (None: they may).
        Checked again at the draw (bot.draws.picking)."""
        if viewer.role < self.min_role:
            return "draw_why_role"
        if viewer.role > self.max_role:
            return "draw_why_staff"
        if viewer.key in state.removed:
            return "draw_why_removed"
        if self.is_blocked(viewer):
            return "draw_why_muted"
        if viewer.key in state.recent_winners:
            return "draw_why_recent"
        if self.settings.require_chat and viewer.key not in self.chatted:
            return "draw_why_chat"
        return None

    def reason(self, key: str, lang: str | None) -> str:
        """Ineligibility reason `key` said in `lang`."""
        return self.presenter.say(key, lang, role=self.presenter.role(self.min_role))

    def seen(self, msg: ChatMessage) -> None:
        """Pipeline observer: remembers the viewer's language, and who has chatted (not just
        entered) during this show. Commands and keyword entries are not chat."""
        command = msg.text.startswith(self.presenter.prefix)
        if not command and self.open:  # (normalizing every chat line costs; most have no draw)
            text = normalize(msg.text)
            if any(s.keyword and text == s.keyword for s in self.open.values()):
                return  # a keyword says nothing about its sender's language
        self.presenter.heard(msg, only_if_telling=command)
        if not command and self.settings.require_chat:
            self.chatted.add(msg.viewer.key)

    # -- counts ------------------------------------------------------------------------------

    def _committed(self, entries: Sequence[NewEntry], results: Sequence[bool]) -> None:
        for e, new in zip(entries, results, strict=True):
            if new:
                self.counts[e.draw_id] = self.counts.get(e.draw_id, 0) + 1

    async def count_loop(self) -> None:
        """The periodic "N entered" announcement: the acknowledgement of keyword entries."""
        while True:
            await self.clock.sleep(self.settings.count_seconds)
            # A result held back meanwhile (the bot was paused) is said once it can be.
            self.teller.flush(within=RESUME_WITHIN)
            for draw_id, state in list(self.open.items()):
                count = self.counts.get(draw_id, 0)
                if count != self.announced.get(draw_id, 0):
                    self.announced[draw_id] = count
                    self.put(Announcement(
                        self.presenter.say("draw_count", count=f"{count:,}",
                                           prize=state.row.prize),
                        Priority.DRAW, key=f"draw:{draw_id}:count"))

    def _state_of(self, draw_id: int) -> str | None:
        row = self.store.get(draw_id)
        return row.state if row else None


def _ignore(result: Result) -> None:
    """A keyword entry's answer is the "N entered" count, not a reply."""
