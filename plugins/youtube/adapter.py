"""The YouTube Live adapter: polls the chat, posts to it, moderates it. It only translates.

Polling follows the server's `pollingIntervalMillis` and `nextPageToken`, slowed further by the
quota budget when the show is busier than the day's units allow. The first page is the chat's
recent history: messages from before the bot started are skipped, not answered late. When the
chat ends (the broadcast is over, chat is disabled, or it is gone) the adapter stops polling
cleanly and drops what is still queued for it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import httpx

from bot.clock import Clock
from bot.config import ConfigError, YouTubeSection, secret
from bot.events import ChatMessage, ModAction, ModKind, Viewer
from bot.moderation.roles import DEFAULT_POLICY, RolePolicy, youtube_role
from plugins.base import Capabilities, Delivery, MessageSink, RateLimit
from plugins.youtube.client import (
    MAX_LENGTH,
    AuthError,
    ChatEnded,
    GoogleTokens,
    YouTubeError,
    YouTubeLiveChat,
)
from plugins.youtube.quota import QuotaBudget, QuotaExhausted

log = logging.getLogger(__name__)

PLATFORM = "youtube"
# Text-bearing message types; the rest (deletions, bans, polls) are not chat lines.
_TEXT = {"textMessageEvent": "textMessageDetails", "superChatEvent": "superChatDetails",
         "superStickerEvent": "superStickerDetails"}


class YouTubeAdapter:
    platform = PLATFORM

    def __init__(self, *, client: YouTubeLiveChat, clock: Clock, video_id: str | None = None,
                 broadcast_id: str | None = None, live_chat_id: str | None = None,
                 channel: str = "live", bot_name: str = "hawker", moderator: bool = True,
                 policy: RolePolicy = DEFAULT_POLICY, backlog_slack: float = 5.0) -> None:
        self.client = client
        self.clock = clock
        self.video_id, self.broadcast_id = video_id, broadcast_id
        self.chat_id = live_chat_id
        self.channel = channel
        self.bot_name = bot_name
        self.policy = policy
        # YouTube has no reply threads; moderation needs the account to own or moderate the chat.
        self.capabilities = Capabilities(max_length=MAX_LENGTH, rate=RateLimit(20, 30.0),
                                         reply_to=False, delete=moderator, timeout=moderator,
                                         ban=moderator)
        self.backlog_slack = backlog_slack
        self.ended = asyncio.Event()
        self.bot_channel_id: str | None = None
        self.received = 0
        self.dropped_after_end = 0
        self._sent_ids: set[str] = set()
        self._seen: set[str] = set()
        self._sink: MessageSink | None = None
        self._task: asyncio.Task | None = None
        self._started_at = 0.0

    @classmethod
    def from_config(cls, section: YouTubeSection, clock: Clock,
                    policy: RolePolicy = DEFAULT_POLICY,
                    transport: httpx.AsyncBaseTransport | None = None) -> YouTubeAdapter:
        """From `[platforms.youtube]`; OAuth secrets come from the environment."""
        http = httpx.AsyncClient(transport=transport,
                                 timeout=httpx.Timeout(10.0, connect=5.0))
        tokens = GoogleTokens(http, clock, str(secret(section.client_id_env)),
                              str(secret(section.client_secret_env)),
                              str(secret(section.refresh_token_env)))
        budget = QuotaBudget(clock, daily_units=section.daily_quota,
                             show_seconds=section.show_hours * 3600,
                             write_share=section.write_share)
        budget.costs.update(section.quota_costs)
        return cls(client=YouTubeLiveChat(http, tokens, clock, budget), clock=clock,
                   video_id=section.video_id, broadcast_id=section.broadcast_id,
                   live_chat_id=section.live_chat_id, channel=section.channel,
                   bot_name=section.bot_name, moderator=section.moderator, policy=policy)

    def channels(self) -> list[str]:
        return [self.channel]

    async def start(self, sink: MessageSink) -> None:
        self._sink = sink
        self._started_at = self.clock.now()
        if self.chat_id is None:
            try:
                self.chat_id = await self.client.live_chat_id(video_id=self.video_id,
                                                              broadcast_id=self.broadcast_id)
            except (ChatEnded, AuthError) as err:  # for the operator to fix before the show
                raise ConfigError(f"platforms.youtube: {err}") from err
        self._task = asyncio.create_task(self._poll(), name="youtube:poll")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.client.http.aclose()

    async def send(self, delivery: Delivery) -> str | None:
        if self.ended.is_set() or self.chat_id is None:
            self.dropped_after_end += 1
            return None
        text = " ".join(delivery.text.split())
        if delivery.reply_to is not None and not text.startswith("@"):
            # No reply threads on YouTube: name the viewer, as people do in live chat.
            text = f"{delivery.reply_to.viewer.mention} {text}"
        text = text[:MAX_LENGTH]
        try:
            item = await self.client.insert(self.chat_id, text)
        except ChatEnded as err:
            self._end(str(err))
            self.dropped_after_end += 1
            return None
        message_id = item.get("id")
        if message_id:
            self._sent_ids.add(message_id)
        self.bot_channel_id = item.get("snippet", {}).get("authorChannelId") or self.bot_channel_id
        return message_id

    async def moderate(self, action: ModAction) -> bool:
        if self.chat_id is None or not self.capabilities.can(action.kind.value):
            return False
        try:
            if action.kind is ModKind.DELETE:
                await self.client.delete(action.message.message_id)
            else:
                timeout = action.kind is ModKind.TIMEOUT
                await self.client.ban(self.chat_id, action.message.viewer.id,
                                      max(1, action.seconds) if timeout else None)
        except (YouTubeError, QuotaExhausted) as err:
            log.warning("youtube: %s failed: %s", action.kind.value, err)
            return False
        return True

    # -- polling ----------------------------------------------------------------------------

    async def _poll(self) -> None:
        assert self.chat_id is not None
        page_token: str | None = None
        while True:
            try:
                page = await self.client.messages(self.chat_id, page_token)
            except ChatEnded as err:
                self._end(str(err))
                return
            except QuotaExhausted as err:
                log.error("youtube: %s; reading resumes then", err)
                await self.clock.sleep(max(60.0, err.reset_at - self.clock.now()))
                continue
            except YouTubeError as err:
                log.warning("youtube: polling failed: %s", err)
                await self.clock.sleep(30.0)
                continue
            page_token = page.next_page_token or page_token
            for item in page.items:
                if item.get("snippet", {}).get("type") == "chatEndedEvent":
                    page.offline = True
                    continue
                msg = self._to_chat(item)
                if msg is not None and self._sink is not None:
                    await self._sink(msg)
            if page.offline:
                self._end("the broadcast went offline")
                return
            await self.clock.sleep(page.polling_interval)

    def _end(self, why: str) -> None:
        if not self.ended.is_set():
            log.info("youtube: chat ended: %s", why)
            self.ended.set()

    def _to_chat(self, item: dict[str, Any]) -> ChatMessage | None:
        message_id = item.get("id", "")
        snippet, author = item.get("snippet", {}), item.get("authorDetails", {})
        details_key = _TEXT.get(snippet.get("type", ""))
        if not message_id or details_key is None or message_id in self._seen:
            return None
        self._seen.add(message_id)
        author_id = author.get("channelId") or snippet.get("authorChannelId", "")
        own = self.bot_channel_id is not None and author_id == self.bot_channel_id
        if own or message_id in self._sent_ids:
            return None  # our own message, read back
        details = snippet.get(details_key, {})
        text = (details.get("messageText") or details.get("userComment")
                or snippet.get("displayMessage", ""))
        if not text:
            return None
        when = _timestamp(snippet.get("publishedAt")) or self.clock.now()
        if when < self._started_at - self.backlog_slack:
            return None  # history from before we joined
        self.received += 1
        viewer = Viewer(PLATFORM, author_id, author.get("displayName", author_id),
                        youtube_role(author, policy=self.policy))
        addressed = f"@{self.bot_name}".lower() in text.lower()
        return ChatMessage(PLATFORM, self.channel, message_id, viewer, text, when, None, addressed)


def _timestamp(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
