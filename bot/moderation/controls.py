"""Moderator controls: pause, quiet, review mode, corrections, mutes, bans, permits.

Everything here is a command on `ModeratorControls` (a cog), plus one outbox gate (`gate`)
that holds the bot's output while it is paused or quiet and sends answers to the review queue
while review mode is on. The bot keeps listening throughout: draw entries and questions are
recorded as usual; only what it says is held back.

State that must survive a restart lives in the store: pause/quiet/review flags (kv), the review
queue and the mute list (tables).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeGuard

from bot.clock import Clock
from bot.commands import PHRASES as COMMAND_PHRASES
from bot.commands import ArgumentError, Context, Mention, Phrase, Rest, Who, command
from bot.events import (
    Announcement,
    ChatMessage,
    ModAction,
    ModKind,
    Outgoing,
    Priority,
    Reply,
    Role,
    Viewer,
)
from bot.moderation.audit import Auditor, actor
from bot.moderation.identity import AmbiguousName, Roster
from bot.moderation.review import (
    HeldAnswer,
    ReviewQueue,
    question_of,
    same_numbers,
    verifier_check,
)
from bot.outbox import Outbox
from bot.persona import Persona
from bot.store import Store
from bot.textnorm import name_key

if TYPE_CHECKING:  # moderation runs without the answers feature loaded
    from bot.answers.service import AnswerService

log = logging.getLogger(__name__)

PHRASES: dict[str, dict[str, str]] = {
    "mod_paused": {
        "en": "Paused: I'll stay quiet (still recording entries and questions) until {p}bot resume.",
        "zh": "已暂停：我先不说话（报名和提问照常记录），发 {p}bot resume 恢复。",
    },
    "mod_resumed": {"en": "Back on air!", "zh": "我回来啦！"},
    "mod_quiet": {"en": "Going quiet for {minutes} min.", "zh": "安静{minutes}分钟。"},
    "mod_review_on": {
        "en": "Review mode on: answers wait for {p}approve N / {p}reject N / {p}edit N.",
        "zh": "审核模式已开启：回答需要 {p}approve N / {p}reject N / {p}edit N。",
    },
    "mod_review_off": {"en": "Review mode off.{pending}", "zh": "审核模式已关闭。{pending}"},
    "mod_review_pending": {"en": " {n} still waiting: {p}approve N or {p}reject N.",
                           "zh": "还有 {n} 条待审核：{p}approve N 或 {p}reject N。"},
    "mod_review_usage": {"en": "usage: {p}review on, {p}review off, or {p}review to list",
                         "zh": "用法：{p}review on、{p}review off，或 {p}review 列出待审核"},
    "mod_held_more": {"en": "(+{n} more)", "zh": "（还有 {n} 条）"},
    "mod_rejected": {"en": "Dropped #{id}.", "zh": "已丢弃 #{id}。"},
    "mod_no_held": {"en": "no held answer #{id}", "zh": "没有待审核的回答 #{id}"},
    "mod_already": {"en": "#{id} was already {status}", "zh": "#{id} 已经处理过了（{status}）"},
    "mod_already_decided": {"en": "#{id} was already decided", "zh": "#{id} 已经处理过了"},
    "mod_silenced": {"en": "I'm paused or quiet: {p}bot resume first, then approve",
                     "zh": "我正在暂停或安静中：先发 {p}bot resume，再批准"},
    "mod_stale": {"en": "#{id} no longer checks out ({problems}): {p}edit {id} <text> or "
                        "{p}reject {id}",
                  "zh": "#{id} 已经和事实对不上了（{problems}）：{p}edit {id} <文字> 或 {p}reject {id}"},
    "mod_not_sent": {"en": "#{id} not sent: {problems}", "zh": "#{id} 没有发出：{problems}"},
    "mod_quiet_range": {"en": "minutes: between 1 and {max}", "zh": "分钟数要在 1 到 {max} 之间"},
    "mod_status": {"en": "{state}; review {review}, {held} held; {muted} muted.",
                   "zh": "{state}；审核{review}，{held} 条待审；{muted} 人被忽略。"},
    "mod_state_paused": {"en": "paused", "zh": "已暂停"},
    "mod_state_quiet": {"en": "quiet {minutes} more min", "zh": "还要安静 {minutes} 分钟"},
    "mod_state_on_air": {"en": "on air", "zh": "直播中"},
    "mod_on": {"en": "on", "zh": "开启"},
    "mod_off": {"en": "off", "zh": "关闭"},
    "mod_fix_usage": {"en": "usage: {p}fix [sku:CODE] <question> => <answer>",
                      "zh": "用法：{p}fix [sku:编码] <问题> => <回答>"},
    "mod_no_knowledge": {"en": "no knowledge base is loaded, so there is nothing to correct",
                         "zh": "还没有加载知识库，没有可更正的内容"},
    "mod_not_stored": {"en": "not stored: {error}", "zh": "没有保存：{error}"},
    "mod_outranked": {"en": "@{name} is a {role}; ask someone above them",
                      "zh": "@{name} 是{role}；请让更高权限的人来处理"},
    "mod_not_seen": {"en": "I haven't seen {name} in chat on {platform}",
                     "zh": "我还没在{platform}的聊天里见过 {name}"},
    "mod_ambiguous": {"en": "{n} viewers answer to @{name}; name one: {handles}",
                      "zh": "有 {n} 位观众叫 @{name}；请指明其中一位：{handles}"},
    "mod_ambiguous_bare": {"en": "{n} viewers answer to @{name}",
                           "zh": "有 {n} 位观众叫 @{name}"},
    "mod_not_muted": {"en": "@{name} isn't muted", "zh": "@{name} 没有被忽略"},
    "mod_mute_ambiguous": {"en": "{n} muted viewers answer to @{name}; mention one",
                           "zh": "有 {n} 位被忽略的观众叫 @{name}；请直接 @ 其中一位"},
    "mod_no_link_filter": {"en": "the link filter is off", "zh": "链接过滤没有开启"},
    "mod_held": {
        "en": "#{id} @{name}: {question} → {answer}",
        "zh": "#{id} @{name}：{question} → {answer}",
    },
    "mod_none_held": {"en": "No answers waiting for review.", "zh": "没有待审核的回答。"},
    "mod_fixed": {
        "en": "Got it, I'll answer that with your correction from now on.",
        "zh": "收到，以后按你的更正回答。",
    },
    "mod_muted": {
        "en": "I'll ignore @{name} until {p}unmute.",
        "zh": "我会忽略 @{name}，直到 {p}unmute。",
    },
    "mod_unmuted": {"en": "I'm listening to @{name} again.", "zh": "我重新听 @{name} 说话了。"},
    "mod_banned": {"en": "Banned @{name} on {platform}.", "zh": "已在{platform}封禁 @{name}。"},
    "mod_cannot_ban": {
        "en": "{platform} doesn't let me ban; I'm ignoring @{name} instead.",
        "zh": "{platform}不允许我封禁，改为忽略 @{name}。",
    },
    "mod_permit": {
        "en": "@{name} may post a link for {seconds}s.",
        "zh": "@{name} 可以在{seconds}秒内发链接。",
    },
}


def say(persona: Persona, key: str, lang: str, **slots: object) -> str:
    """A phrase from the persona file if it overrides it, else this module's default."""
    return persona.say(key, lang, defaults=PHRASES, **slots)


def _refuse(key: str, **slots: object) -> ArgumentError:
    """A refusal the router says in the moderator's language; `str()` is the English."""
    return ArgumentError.phrase(PHRASES, key, **slots)


class FaqOverrides(Protocol):
    """What `!fix` needs from the knowledge base (knowledge.KnowledgeBase has it)."""

    def add_faq_override(self, question: str, answer: str, sku: str | None = None) -> str: ...


# -- who was seen ------------------------------------------------------------------------------


def _target(ctx: Context, who: str) -> tuple[str, str]:
    """`@name` on the moderator's own platform, or `platform:name` for another one."""
    if not who.startswith("<@") and not who.startswith("id:"):
        platform, sep, name = who.partition(":")
        if sep and platform and name:
            return platform.lower(), name.lstrip("@")
    return ctx.message.platform, who


# -- mutes ------------------------------------------------------------------------------------

_MUTE_SCHEMA = """
CREATE TABLE IF NOT EXISTS moderation_mutes (
    platform TEXT NOT NULL,
    name TEXT NOT NULL,       -- lowercased display name
    viewer_id TEXT,           -- the platform id, where the viewer had been seen
    by TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (platform, name)
);
CREATE TABLE IF NOT EXISTS moderation_muted (
    platform TEXT NOT NULL,
    viewer_id TEXT NOT NULL,  -- who is muted: the platform id, never a name
    name TEXT NOT NULL,       -- their folded handle when muted, for !unmute @name
    by TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (platform, viewer_id)
);
"""


class Mutes:
    """Viewers the bot ignores, by platform id; persisted. Two viewers with one display name
    are two mutes (or none): a name never mutes anyone by itself. Rows of the older
    name-keyed table still count: by id where they have one, else by name."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.ensure_schema(_MUTE_SCHEMA)
        self._ids: set[tuple[str, str]] = set()
        self._legacy_names: set[tuple[str, str]] = set()
        for r in store.query("SELECT platform, viewer_id FROM moderation_muted"):
            self._ids.add((r["platform"], r["viewer_id"]))
        for r in store.query("SELECT platform, name, viewer_id FROM moderation_mutes"):
            if r["viewer_id"]:
                self._ids.add((r["platform"], r["viewer_id"]))
            else:
                self._legacy_names.add((r["platform"], name_key(r["name"])))

    def __len__(self) -> int:
        return len(self._ids) + len(self._legacy_names)

    def __contains__(self, viewer: Viewer) -> bool:
        if viewer.key in self._ids:
            return True
        return bool(self._legacy_names) and (
            (viewer.platform, name_key(viewer.display_name)) in self._legacy_names
        )

    def mute(self, viewer: Viewer, by: str, now: float) -> None:
        self.store.execute(
            "INSERT OR REPLACE INTO moderation_muted(platform, viewer_id, name, by, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (viewer.platform, viewer.id, name_key(viewer.handle), by, now),
        )
        self._ids.add(viewer.key)

    def unmute(self, platform: str, viewer_id: str | None, name: str) -> bool:
        """Unmute by id (a viewer seen since), else by the handle they were muted under; False
        if nothing matched. A name two muted viewers share is refused (ArgumentError)."""
        if viewer_id is None:
            rows = self.store.query(
                "SELECT viewer_id FROM moderation_muted WHERE platform = ? AND name = ?",
                (platform, name_key(name)),
            )
            if len(rows) > 1:
                raise _refuse("mod_mute_ambiguous", n=len(rows), name=name)
            viewer_id = rows[0]["viewer_id"] if rows else None
        found = False
        if viewer_id is not None:
            found = bool(
                self.store.query(
                    "SELECT 1 FROM moderation_muted WHERE platform = ? AND viewer_id = ?",
                    (platform, viewer_id),
                )
            )
            self.store.execute(
                "DELETE FROM moderation_muted WHERE platform = ? AND viewer_id = ?",
                (platform, viewer_id),
            )
            legacy = self.store.query(
                "SELECT 1 FROM moderation_mutes WHERE platform = ? AND viewer_id = ?",
                (platform, viewer_id),
            )
            if legacy:
                found = True
                self.store.execute(
                    "DELETE FROM moderation_mutes WHERE platform = ? AND viewer_id = ?",
                    (platform, viewer_id),
                )
            self._ids.discard((platform, viewer_id))
        if (platform, name_key(name)) in self._legacy_names:
            found = True
            self.store.execute(
                "DELETE FROM moderation_mutes WHERE platform = ? AND lower(name) = ?",
                (platform, name.lower()),
            )
            self._legacy_names.discard((platform, name_key(name)))
        return found


# -- the cog ----------------------------------------------------------------------------------

_STATE_KEY = "moderation.controls"
_SKU = re.compile(r"sku[:=](\S+)\s+", re.IGNORECASE)
MAX_QUIET_MINUTES = 240
_SHOWN = 5  # held answers listed per `!review`


class ModeratorControls:
    """The moderator's commands, and the outbox gate that enforces pause, quiet and review."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        outbox: Outbox,
        persona: Persona,
        auditor: Auditor,
        roster: Roster,
        *,
        permit: Callable[[str, str | None, str, float], float] | None = None,
        knowledge: FaqOverrides | Callable[[], FaqOverrides | None] | None = None,
        answers: Callable[[], AnswerService | None] | None = None,
        review: bool = False,
        prefix: str = "!",
    ) -> None:
        self.store = store
        self.clock = clock
        self.outbox = outbox
        self.persona = persona
        self.audit = auditor
        self.roster = roster
        self.prefix = prefix
        self._permit = permit
        self._knowledge = knowledge
        # The answers feature (AnswerService), whose verifier checks held answers before they go.
        self._answers = answers
        persona.check_slots(PHRASES)  # an override's unknown slot stops start-up
        self.queue = ReviewQueue(store)
        self.mutes = Mutes(store)
        state = store.get(_STATE_KEY) or {"paused": False, "quiet_until": 0.0, "review": review}
        self.paused: bool = state["paused"]
        self.quiet_until: float = state["quiet_until"]
        self.review: bool = state["review"]
        outbox.listeners.append(self._sent)

    def _save(self) -> None:
        self.store.put(
            _STATE_KEY,
            {"paused": self.paused, "quiet_until": self.quiet_until, "review": self.review},
        )

    # -- what chat commands and the admin API both do ----------------------------------------

    def set_paused(self, paused: bool) -> None:
        """Pause, or resume (which also ends a quiet spell). Survives a restart."""
        self.paused = paused
        if not paused:
            self.quiet_until = 0.0
        self._save()

    def set_quiet(self, seconds: float) -> float:
        """Stay quiet for `seconds` from now (the console's quiet); returns when it ends."""
        self.quiet_until = self.clock.now() + seconds
        self._save()
        return self.quiet_until

    def set_review(self, on: bool) -> None:
        """Review mode on (answers are held for approval) or off. Survives a restart."""
        self.review = on
        self._save()

    def _undecided(self, id: int) -> HeldAnswer:
        held = self.queue.get(id)
        if held is None:
            raise _refuse("mod_no_held", id=id)
        if held.status != "held":
            raise _refuse("mod_already", id=id, status=held.status)
        return held

    def waiting(self, id: int) -> HeldAnswer:
        """Held answer `id`, if it can be sent now; ArgumentError says why not."""
        held = self._undecided(id)
        if self.silenced():
            raise _refuse("mod_silenced", p=self.prefix)
        return held

    def send_held(self, held: HeldAnswer, text: str, decision: str, by: str) -> list[str]:
        """Send `text` for a held answer ("approved" as is, or "edited"). When it no longer
        checks out against the facts (a price changed while it waited), sends nothing and
        returns the verifier's problems."""
        problems = self._check(held, text)
        if problems:
            return problems
        if not self.queue.decide(held.id, decision, by, self.clock.now(), text):
            raise _refuse("mod_already_decided", id=held.id)
        self._release(held, text)
        return []

    def reject_held(self, id: int, by: str) -> HeldAnswer:
        held = self._undecided(id)
        self.queue.decide(id, "rejected", by, self.clock.now())
        return held

    def _lang(self, ctx: Context) -> str:
        return self.persona.language_of(ctx.message.text)

    def _say(self, ctx: Context, key: str, **slots: object) -> str:
        """Phrase `key` in the moderator's language; {p} is the show's command prefix."""
        return say(self.persona, key, self._lang(ctx), p=self.prefix, **slots)

    # -- the gate -----------------------------------------------------------------------------

    def silenced(self) -> bool:
        return self.paused or self.clock.now() < self.quiet_until

    def gate(self, out: Outgoing) -> bool:
        """Outbox gate: True lets `out` through."""
        if isinstance(out, ModAction):
            return True
        if self.review and self._reviewable(out):
            self._hold(out)
            return False
        if out.priority == Priority.MODERATOR or (
            isinstance(out, Reply) and out.to.role >= Role.MODERATOR
        ):
            return True  # moderators always hear back, paused or not
        return not self.silenced()

    @staticmethod
    def _reviewable(out: Outgoing) -> TypeGuard[Reply]:
        """What the bot says to viewers in chat: answers, and public replies to their commands.
        Not announcements, moderator replies, warnings, or private (ephemeral) replies."""
        return isinstance(out, Reply) and out.priority == Priority.ANSWER and not out.ephemeral

    def _hold(self, out: Reply) -> None:
        id = self.queue.hold(out.to, out.mentions or (out.to.viewer,), out.text, self.clock.now())
        self.store.audit(
            "review.held",
            "hawker",
            id=id,
            viewer=actor(out.to.viewer),
            question=out.to.text[:500],
            answer=out.text,
        )

    def _check(self, held: HeldAnswer, text: str) -> list[str]:
        """The answers verifier's problems with `text` as an answer to `held`, facts as of now."""
        service = self._answers() if self._answers else None
        if service is not None and question_of(held.message, self.prefix):
            return verifier_check(service, self.prefix)(held.message, text)
        return same_numbers(held.answer)(held.message, text)

    def _release(self, held: HeldAnswer, text: str) -> None:
        source = {"review_id": held.id, "edited": text != held.answer}
        reply = Reply(held.message, text, Priority.ANSWER, mentions=held.mentions, source=source)
        self.outbox.put(reply, reviewed=True)

    def _sent(self, out: Reply | Announcement, text: str) -> None:
        """Outbox listener: released answers (their sources name the review ids; one merged
        into another's message is in its `merged` list) reached the platform."""
        if isinstance(out, Reply) and out.source:
            for source in (out.source, *out.source.get("merged", ())):
                if "review_id" in source:
                    self.queue.mark_sent(source["review_id"], self.clock.now())

    def resend_unsent(self) -> int:
        """At start: send again what was approved but not sent before the last stop."""
        unsent = self.queue.unsent()
        for held, text in unsent:
            self._release(held, text)
        return len(unsent)

    # -- pause, resume, quiet -----------------------------------------------------------------

    @command("bot pause", min_role=Role.MODERATOR, help={"en": "Stop answering and announcing",
                                                         "zh": "停止回答和播报"})
    async def pause(self, ctx: Context) -> None:
        self.set_paused(True)
        self.audit.moderator("pause", ctx.message)
        ctx.reply(self._say(ctx, "mod_paused"))

    @command("bot resume", min_role=Role.MODERATOR, help={"en": "Answer and announce again",
                                                          "zh": "恢复回答和播报"})
    async def resume(self, ctx: Context) -> None:
        self.set_paused(False)
        self.audit.moderator("resume", ctx.message)
        ctx.reply(self._say(ctx, "mod_resumed"))

    @command("bot quiet", min_role=Role.MODERATOR, help={"en": "Stay quiet for some minutes",
                                                         "zh": "安静几分钟"})
    async def quiet(self, ctx: Context, minutes: float) -> None:
        if not 0 < minutes <= MAX_QUIET_MINUTES:
            raise _refuse("mod_quiet_range", max=MAX_QUIET_MINUTES)
        self.quiet_until = ctx.now + minutes * 60
        self._save()
        self.audit.moderator("quiet", ctx.message, minutes=minutes, until=self.quiet_until)
        ctx.reply(self._say(ctx, "mod_quiet", minutes=f"{minutes:g}"))

    @command("bot status", min_role=Role.MODERATOR, help={"en": "Pause, quiet, review and mute state",
                                                          "zh": "暂停、安静、审核和忽略的状态"})
    async def status(self, ctx: Context) -> None:
        quiet = max(0.0, self.quiet_until - ctx.now)
        if self.paused:
            state = self._say(ctx, "mod_state_paused")
        elif quiet:
            state = self._say(ctx, "mod_state_quiet", minutes=f"{quiet / 60:.0f}")
        else:
            state = self._say(ctx, "mod_state_on_air")
        review = self._say(ctx, "mod_on" if self.review else "mod_off")
        ctx.reply(self._say(ctx, "mod_status", state=state, review=review,
                            held=self.queue.count(), muted=len(self.mutes)), ephemeral=True)

    # -- review mode --------------------------------------------------------------------------

    @command("review", min_role=Role.MODERATOR, help={"en": "Hold answers for approval: on, off, or list",
                                                      "zh": "回答先审后发：on、off，或列出待审"})
    async def review_mode(self, ctx: Context, mode: str = "") -> None:
        mode = mode.lower()
        if mode in ("on", "off"):
            self.review = mode == "on"
            self._save()
            self.audit.moderator("review", ctx.message, review=self.review)
            if self.review:
                ctx.reply(self._say(ctx, "mod_review_on"))
            else:
                n = self.queue.count()
                pending = self._say(ctx, "mod_review_pending", n=n) if n else ""
                ctx.reply(self._say(ctx, "mod_review_off", pending=pending))
            return
        if mode:
            raise _refuse("mod_review_usage", p=self.prefix)
        held = self.queue.pending(limit=_SHOWN)
        if not held:
            ctx.reply(self._say(ctx, "mod_none_held"), ephemeral=True)
            return
        lines = [
            self._say(
                ctx,
                "mod_held",
                id=h.id,
                name=h.message.viewer.display_name,
                question=_clip(h.message.text, 80),
                answer=_clip(h.answer, 160),
            )
            for h in held
        ]
        more = self.queue.count() - len(held)
        if more > 0:
            lines.append(self._say(ctx, "mod_held_more", n=more))
        ctx.reply("\n".join(lines), ephemeral=True)

    @command("approve", min_role=Role.MODERATOR, help={"en": "Send a held answer",
                                                       "zh": "发出一条待审的回答"})
    async def approve(self, ctx: Context, id: int) -> None:
        held = self.waiting(id)
        problems = self.send_held(held, held.answer, "approved", actor(ctx.viewer))
        if problems:  # a price changed while it waited, say
            self.audit.moderator("approve.refused", ctx.message, id=id, problems=problems)
            raise _refuse("mod_stale", id=id, problems="; ".join(problems)[:200], p=self.prefix)
        self.audit.moderator("approve", ctx.message, id=id, answer=held.answer)

    @command("reject", min_role=Role.MODERATOR, help={"en": "Drop a held answer",
                                                      "zh": "丢弃一条待审的回答"})
    async def reject(self, ctx: Context, id: int) -> None:
        held = self.reject_held(id, actor(ctx.viewer))
        self.audit.moderator("reject", ctx.message, id=id, answer=held.answer)
        ctx.reply(self._say(ctx, "mod_rejected", id=id), ephemeral=True)

    @command("edit", min_role=Role.MODERATOR, help={"en": "Send a held answer with your wording",
                                                    "zh": "用你的措辞发出一条待审的回答"})
    async def edit(self, ctx: Context, id: int, text: Rest) -> None:
        held = self.waiting(id)
        problems = self.send_held(held, text, "edited", actor(ctx.viewer))
        if problems:
            self.audit.moderator("edit.refused", ctx.message, id=id, text=text, problems=problems)
            raise _refuse("mod_not_sent", id=id, problems="; ".join(problems)[:300])
        self.audit.moderator("edit", ctx.message, id=id, original=held.answer, text=text)

    # -- corrections --------------------------------------------------------------------------

    @command(
        "fix",
        min_role=Role.MODERATOR,
        help={"en": "Correct an answer: {p}fix [sku:CODE] <question> => <answer>",
              "zh": "更正回答：{p}fix [sku:编码] <问题> => <回答>"},
    )
    async def fix(self, ctx: Context, text: Rest) -> None:
        question, sep, answer = text.partition("=>")
        question, answer = question.strip(), answer.strip()
        sku = None
        if m := _SKU.match(question):
            sku, question = m.group(1), question[m.end() :]
        if not sep or not question or not answer:
            raise _refuse("mod_fix_usage", p=self.prefix)
        kb = self._knowledge() if callable(self._knowledge) else self._knowledge
        if kb is None:
            raise _refuse("mod_no_knowledge")
        try:
            override_id = kb.add_faq_override(question, answer, sku=sku)
        except (KeyError, ValueError) as err:
            raise _refuse("mod_not_stored", error=err) from None
        self.audit.moderator(
            "fix", ctx.message, question=question, answer=answer, sku=sku, override=override_id
        )
        ctx.reply(self._say(ctx, "mod_fixed"))

    # -- viewers ------------------------------------------------------------------------------

    def _outranks(self, ctx: Context, target: ChatMessage | None, name: str) -> None:
        if target is not None and target.viewer.role >= ctx.message.role:
            role = target.viewer.role.name.lower()
            raise _refuse("mod_outranked", name=name,
                          role=Phrase(COMMAND_PHRASES, f"role_{role}"))

    def _seen(self, platform: str, who: str) -> ChatMessage | None:
        """The viewer `who` names (mention, @login or @display name); ArgumentError when more
        than one viewer answers to it."""
        try:
            return self.roster.resolve(platform, who)
        except AmbiguousName as err:
            key = "mod_ambiguous" if err.handles else "mod_ambiguous_bare"
            raise _refuse(key, n=err.count, name=err.name, handles=", ".join(err.handles)) from None

    def _must_have_seen(self, platform: str, who: str) -> ChatMessage:
        seen = self._seen(platform, who)
        if seen is None:
            raise _refuse("mod_not_seen", name=_shown(who), platform=platform)
        return seen

    def _named_before(self, platform: str, who: str, reason: str) -> tuple[ChatMessage, str]:
        """`!ban @Li Wei spamming`: the longest display name that starts the line wins, so a
        viewer called "Li" is never banned for "Li Wei"; the words after it are the reason."""
        words = reason.split()
        for n in range(min(len(words), 4), 0, -1):
            if (seen := self._seen(platform, " ".join([who, *words[:n]]))) is not None:
                return seen, " ".join(words[n:])
        return self._must_have_seen(platform, who), reason

    @command("mute", min_role=Role.MODERATOR, help={"en": "Make the bot ignore a viewer",
                                                    "zh": "让机器人忽略一位观众"})
    async def mute(self, ctx: Context, who: Who) -> None:
        platform, name = _target(ctx, who)
        seen = self._must_have_seen(platform, name)
        name = seen.viewer.handle
        self._outranks(ctx, seen, name)
        self.mutes.mute(seen.viewer, actor(ctx.viewer), ctx.now)
        self.audit.moderator(
            "mute", ctx.message, target=actor(seen.viewer), target_name=name,
            target_id=seen.viewer.id,
        )
        ctx.reply(self._say(ctx, "mod_muted", name=name))

    @command("unmute", min_role=Role.MODERATOR, help={"en": "Listen to a muted viewer again",
                                                      "zh": "重新听被忽略的观众说话"})
    async def unmute(self, ctx: Context, who: Who) -> None:
        platform, name = _target(ctx, who)
        seen = self._seen(platform, name)
        shown = seen.viewer.handle if seen else name.lstrip("@")
        if not self.mutes.unmute(platform, seen.viewer.id if seen else None, name):
            raise _refuse("mod_not_muted", name=shown)
        self.audit.moderator("unmute", ctx.message, target=f"{platform}:{shown}")
        ctx.reply(self._say(ctx, "mod_unmuted", name=shown))

    @command("ban", min_role=Role.MODERATOR, help={"en": "Ban a viewer on their platform",
                                                   "zh": "在观众所在平台封禁他"})
    async def ban(self, ctx: Context, who: Mention, reason: Rest = "") -> None:
        platform, name = _target(ctx, who)
        seen, reason = self._named_before(platform, name, reason)
        name = seen.viewer.handle
        self._outranks(ctx, seen, name)
        adapter = self.outbox.adapters.get(platform)
        if adapter is not None and adapter.capabilities.ban:
            self.outbox.put(
                ModAction(ModKind.BAN, seen, reason=reason or f"by {ctx.viewer.display_name}")
            )
            self.audit.moderator(
                "ban", ctx.message, target=actor(seen.viewer), target_name=name, reason=reason
            )
            ctx.reply(self._say(ctx, "mod_banned", name=name, platform=platform))
            return
        self.mutes.mute(seen.viewer, actor(ctx.viewer), ctx.now)
        self.audit.moderator(
            "ban.muted", ctx.message, target=actor(seen.viewer), target_name=name, reason=reason
        )
        ctx.reply(self._say(ctx, "mod_cannot_ban", name=name, platform=platform))

    @command("permit", min_role=Role.MODERATOR, help={"en": "Let a viewer post a link for a while",
                                                      "zh": "允许一位观众暂时发链接"})
    async def permit(self, ctx: Context, who: Who) -> None:
        if self._permit is None:
            raise _refuse("mod_no_link_filter")
        platform, name = _target(ctx, who)
        seen = self._seen(platform, name)
        if seen is not None:
            name = seen.viewer.handle
            until = self._permit(platform, seen.viewer.id, name, ctx.now)
        else:  # not seen yet: the first viewer to post under that login or name
            until = self._permit(platform, None, name, ctx.now)
        self.audit.moderator("permit", ctx.message, target=f"{platform}:{name}", until=until)
        ctx.reply(self._say(ctx, "mod_permit", name=name.lstrip("@"), seconds=f"{until - ctx.now:.0f}"))


def _shown(who: str) -> str:
    return who if who.startswith("<@") else "@" + who.lstrip("@")


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
