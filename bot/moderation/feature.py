"""The moderation feature as the app sees it: one pipeline check, one cog, one outbox gate.

`Moderation.check` is the pipeline's first stage. Moderators and above pass untouched; muted
and temporarily ignored viewers are dropped; everyone else goes through the filters, and a
message that breaks one is stopped and escalated (warn, delete, timeout), each step recorded
in the audit log. A step the platform cannot take (the outbox skips ModActions an adapter
cannot do) becomes "the bot ignores this viewer for a while" instead.

Escalation starts with silence: a first strike is recorded and the message ignored (a link or
contact is removed where the platform lets the bot), with nothing said in chat. Public warnings
are rate-limited per channel, so a raid cannot make the bot spam the chat with warnings. Verdicts
that are not strikes (caps, symbol art, walls of text) only make the bot ignore that message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.clock import Clock
from bot.events import ChatMessage, ModAction, ModKind, Priority, Reply, Role
from bot.moderation.audit import Auditor
from bot.moderation.controls import FaqOverrides, ModeratorControls
from bot.moderation.filters import ChatFilters, Escalation, Verdict
from bot.moderation.identity import Roster
from bot.moderation.settings import ModerationSection
from bot.outbox import Outbox
from bot.persona import Persona
from bot.ratelimit import KeyedWindows
from bot.store import Store
from plugins.base import RateLimit

if TYPE_CHECKING:  # moderation runs without the answers feature loaded
    from bot.answers.service import AnswerService

WARNINGS: dict[str, dict[str, str]] = {
    "mod_warn_links": {
        "en": "please no links in chat (a moderator can !permit you).",
        "zh": "请不要在聊天里发链接（需要的话请管理员 !permit）。",
    },
    "mod_warn_caps": {"en": "easy on the capitals, please!", "zh": "请不要全用大写字母哦！"},
    "mod_warn_symbols": {"en": "too many symbols or emoji, please!", "zh": "符号或表情太多啦！"},
    "mod_warn_repeats": {
        "en": "please don't repeat yourself, I heard you!",
        "zh": "请不要刷屏，我看到啦！",
    },
    "mod_warn_flood": {"en": "no copy-paste spam, please!", "zh": "请不要复制刷屏！"},
    "mod_warn_length": {"en": "that message is too long for chat.", "zh": "消息太长啦。"},
    "mod_warn_blocked": {
        "en": "that's not allowed in this chat.",
        "zh": "聊天里不允许这样的内容。",
    },
    "mod_warn_promotion": {
        "en": "no self-promotion or contact details in chat, please.",
        "zh": "请不要在聊天里打广告或留联系方式。",
    },
}

# Filters whose content is harmful to leave up: deleted at the silent and warning steps too.
_DELETE_ON_WARN = {"links", "blocked", "promotion", "flood"}
# Public warnings per channel are counted over this window.
_WARNING_WINDOW = 60.0


class Moderation:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        outbox: Outbox,
        persona: Persona,
        settings: ModerationSection | None = None,
        *,
        knowledge: FaqOverrides | Callable[[], FaqOverrides | None] | None = None,
        answers: Callable[[], AnswerService | None] | None = None,
        prefix: str = "!",
    ) -> None:
        settings = settings or ModerationSection()
        self.settings = settings
        self.clock = clock
        self.outbox = outbox
        self.persona = persona
        self.audit = Auditor(store)
        self.filters = ChatFilters(settings.filters)
        self.escalation = Escalation(settings.filters.escalation)
        self.exempt = Role.parse(settings.filters.exempt_role)
        self.roster = Roster()
        self.controls = ModeratorControls(
            store,
            clock,
            outbox,
            persona,
            self.audit,
            self.roster,
            permit=self.filters.permit if settings.filters.links.enabled else None,
            knowledge=knowledge,
            answers=answers,
            review=settings.review,
            prefix=prefix,
        )
        outbox.gates.append(self.controls.gate)
        # Viewer key → until when the bot ignores them (a step the platform could not take).
        self._ignored: dict[tuple[str, str], float] = {}
        # (platform, channel) → when the last public warnings went out.
        self._warned: KeyedWindows[tuple[str, str]] = KeyedWindows(
            RateLimit(self.settings.filters.escalation.warnings_per_minute, _WARNING_WINDOW))
        self.stopped = 0
        # What the filters did, for `bench/moderation.py` and the status line.
        self.counts = {"ignored": 0, "strikes": 0, "warnings": 0, "warnings_unsaid": 0}

    async def start(self) -> None:
        """Once the adapters are in the outbox: resend answers approved but never sent."""
        self.controls.resend_unsent()

    async def stop(self) -> None:
        """Nothing runs between start and stop: the filters work inside the pipeline."""

    @property
    def cogs(self) -> list[object]:
        return [self.controls]

    def check(self, msg: ChatMessage) -> bool:
        """Pipeline stage: False stops the message (filtered, muted or ignored)."""
        self.roster.see(msg)
        viewer = msg.viewer
        if viewer.role >= self.exempt:
            return True
        mutes = self.controls.mutes
        if mutes and viewer in mutes:
            self.stopped += 1
            return False
        now = self.clock.now()
        if self._ignored:
            key = viewer.key
            until = self._ignored.get(key)
            if until is not None:
                if until > now:
                    self.stopped += 1
                    return False
                del self._ignored[key]
        verdict = self.filters.check(msg, now)
        if verdict is None:
            return True
        self.stopped += 1
        if not verdict.strike:
            self.counts["ignored"] += 1
            return False
        for earlier in verdict.earlier:  # a raid's first copies, recognised only now
            self._escalate(earlier, replace(verdict, earlier=()), now)
        self._escalate(msg, verdict, now)
        return False

    def _can(self, msg: ChatMessage, kind: ModKind) -> bool:
        adapter = self.outbox.adapters.get(msg.platform)
        return adapter is not None and adapter.capabilities.can(kind.value)

    def _escalate(self, msg: ChatMessage, verdict: Verdict, now: float) -> None:
        step, strike = self.escalation.strike(msg.viewer.key, now)
        self.counts["strikes"] += 1
        esc = self.settings.filters.escalation
        reason = f"{verdict.filter}: {verdict.detail}" if verdict.detail else verdict.filter
        harmful = verdict.filter in _DELETE_ON_WARN and self._can(msg, ModKind.DELETE)
        if step == "silent":  # say nothing; just take the harmful content down
            if harmful:
                self.outbox.put(ModAction(ModKind.DELETE, msg, reason=reason))
        elif step == "warn":
            to = msg
            if harmful:
                self.outbox.put(ModAction(ModKind.DELETE, msg, reason=reason))
                to = replace(msg, message_id="")  # don't quote the message being deleted
            if self._may_warn(msg, now):
                self.counts["warnings"] += 1
                self.outbox.put(
                    Reply(to, self._warning(msg, verdict), Priority.MODERATOR, mentions=(msg.viewer,))
                )
            else:
                self.counts["warnings_unsaid"] += 1
                step = "warn-unsaid"
        elif step in ("delete", "timeout") and self._can(msg, ModKind(step)):
            seconds = esc.timeout_seconds if step == "timeout" else 0
            self.outbox.put(ModAction(ModKind(step), msg, seconds=seconds, reason=reason))
        else:  # "ignore", or a step this platform cannot take
            step = "ignore"
            self._ignored[msg.viewer.key] = now + esc.ignore_seconds
        self.audit.filtered(step, msg, verdict.filter, verdict.detail, strike)

    def _may_warn(self, msg: ChatMessage, now: float) -> bool:
        """At most `warnings_per_minute` public warnings per channel."""
        limit = self.settings.filters.escalation.warnings_per_minute
        if limit != self._warned.limit.messages:  # the settings were reloaded
            self._warned.limit = RateLimit(limit, _WARNING_WINDOW)
        return self._warned.allow((msg.platform, msg.channel), now)

    def _warning(self, msg: ChatMessage, verdict: Verdict) -> str:
        key = f"mod_warn_{verdict.filter}"
        lang = self.persona.language_of(msg.text)
        return self.persona.phrase(key, lang, WARNINGS)
