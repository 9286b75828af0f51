"""YouTube Live Chat through the Data API v3 over httpx: find the chat, read it, write to it.

Every call goes through `_call`, which pays the quota budget first (waiting on the clock when
the pace says so), refreshes the OAuth token before it expires and once more on a 401, retries
server errors with backoff, and turns the documented error reasons into exceptions a caller
can act on: ChatEnded (liveChatEnded, liveChatDisabled, liveChatNotFound), QuotaExhausted.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

import httpx

from bot.clock import Clock
from bot.retry import Backoff
from plugins.youtube.quota import QuotaBudget, QuotaExhausted

log = logging.getLogger(__name__)

API = "https://www.googleapis.com/youtube/v3"
TOKEN_URL = "https://oauth2.googleapis.com/token"
MAX_LENGTH = 200  # characters in one live chat message
_ENDED = {"liveChatEnded", "liveChatDisabled", "liveChatNotFound", "liveChatInactive"}


class YouTubeError(Exception):
    """The API refused a call in a way retrying will not fix."""


class AuthError(YouTubeError):
    """The refresh token or client credentials were refused: fix the config or environment."""


class ChatEnded(YouTubeError):
    """The broadcast's chat is over (ended, disabled, or gone)."""


@dataclass
class GoogleTokens:
    """An OAuth access token from a refresh token; refreshed a minute before it expires."""

    http: httpx.AsyncClient
    clock: Clock
    client_id: str
    client_secret: str
    refresh_token: str
    access_token: str | None = None
    expires_at: float = 0.0
    token_url: str = TOKEN_URL
    refreshes: int = 0

    async def token(self) -> str:
        if self.access_token is None or self.clock.now() >= self.expires_at - 60:
            await self.refresh()
        assert self.access_token is not None
        return self.access_token

    async def refresh(self) -> None:
        r = await self.http.post(self.token_url, data={
            "grant_type": "refresh_token", "client_id": self.client_id,
            "client_secret": self.client_secret, "refresh_token": self.refresh_token})
        body = _json(r)
        if r.status_code != 200 or "access_token" not in body:
            raise AuthError(f"YouTube token refresh refused ({r.status_code}): "
                            f"{body.get('error', '')} {body.get('error_description', '')}".strip())
        self.access_token = body["access_token"]
        self.expires_at = self.clock.now() + float(body.get("expires_in", 3600))
        self.refreshes += 1


@dataclass
class Page:
    items: list[dict[str, Any]]
    next_page_token: str | None
    polling_interval: float  # seconds, as the server asks
    offline: bool  # the broadcast went offline: the chat is over after these items


@dataclass
class YouTubeLiveChat:
    http: httpx.AsyncClient
    tokens: GoogleTokens
    clock: Clock
    budget: QuotaBudget
    api: str = API
    retries: int = 4
    # Server errors and throttling: 2 s, 4 s, ... windows (full jitter), at most a minute.
    backoff: Backoff = field(default_factory=lambda: Backoff(base=2.0, cap=60.0, floor=0.5))
    calls: dict[str, int] = field(default_factory=dict)

    async def live_chat_id(self, *, video_id: str | None = None,
                           broadcast_id: str | None = None) -> str:
        """The active chat of a video or broadcast, or of the account's live broadcast."""
        if video_id:
            body = await self._call("videos.list", "GET", "/videos",
                                    params={"part": "liveStreamingDetails", "id": video_id})
            details = (body.get("items") or [{}])[0].get("liveStreamingDetails", {})
            chat = details.get("activeLiveChatId")
            where = f"video {video_id}"
        else:
            params = {"part": "snippet", **({"id": broadcast_id} if broadcast_id
                                            else {"mine": "true", "broadcastStatus": "active"})}
            body = await self._call("liveBroadcasts.list", "GET", "/liveBroadcasts", params=params)
            chat = (body.get("items") or [{}])[0].get("snippet", {}).get("liveChatId")
            where = f"broadcast {broadcast_id}" if broadcast_id else "the account's broadcast"
        if not chat:
            raise ChatEnded(f"{where} has no active live chat (not live yet, or already ended)")
        return chat

    async def messages(self, chat_id: str, page_token: str | None = None) -> Page:
        params = {"liveChatId": chat_id, "part": "snippet,authorDetails", "maxResults": "2000"}
        if page_token:
            params["pageToken"] = page_token
        body = await self._call("liveChatMessages.list", "GET", "/liveChat/messages", params=params)
        return Page(body.get("items", []), body.get("nextPageToken"),
                    float(body.get("pollingIntervalMillis", 5000)) / 1000,
                    bool(body.get("offlineAt")))

    async def insert(self, chat_id: str, text: str) -> dict[str, Any]:
        snippet = {"liveChatId": chat_id, "type": "textMessageEvent",
                   "textMessageDetails": {"messageText": text[:MAX_LENGTH]}}
        return await self._call("liveChatMessages.insert", "POST", "/liveChat/messages",
                                params={"part": "snippet"}, json={"snippet": snippet})

    async def delete(self, message_id: str) -> None:
        await self._call("liveChatMessages.delete", "DELETE", "/liveChat/messages",
                         params={"id": message_id})

    async def ban(self, chat_id: str, channel_id: str, seconds: int | None) -> None:
        snippet: dict[str, Any] = {"liveChatId": chat_id,
                                   "type": "temporary" if seconds else "permanent",
                                   "bannedUserDetails": {"channelId": channel_id}}
        if seconds:
            snippet["banDurationSeconds"] = seconds
        await self._call("liveChatBans.insert", "POST", "/liveChat/bans",
                         params={"part": "snippet"}, json={"snippet": snippet})

    async def _call(self, method: str, verb: str, path: str, **kw: Any) -> dict[str, Any]:
        """One API call: paid from the budget first, the token refreshed once on a 401,
        server errors and throttling retried on `backoff` (bot.retry, tenacity) up to
        `retries` times; raises ChatEnded, QuotaExhausted or YouTubeError."""
        refreshed = False

        async def once() -> dict[str, Any]:
            nonlocal refreshed
            while True:
                # Pay first: the pace may ask us to wait, or say the day's units are gone.
                wait = self.budget.wait_time(method)
                if wait > 0:
                    await self.clock.sleep(wait)
                    continue
                self.budget.spend(method)
                self.calls[method] = self.calls.get(method, 0) + 1
                headers = {"Authorization": f"Bearer {await self.tokens.token()}"}
                try:
                    r = await self.http.request(verb, self.api + path, headers=headers, **kw)
                except httpx.TransportError as err:
                    raise _Transient(str(err)) from None
                if r.is_success:
                    return _json(r) if r.content else {}
                body = _json(r)
                reason = _reason(body)
                error = f"{r.status_code} {reason}: {body.get('error', {}).get('message', '')}"
                if r.status_code == 401 and not refreshed:
                    refreshed = True
                    await self.tokens.refresh()
                    continue
                if reason in _ENDED or (r.status_code == 404 and path.startswith("/liveChat")):
                    raise ChatEnded(f"{method}: {error}")
                if reason in ("quotaExceeded", "dailyLimitExceeded"):
                    raise QuotaExhausted("the project", self.budget.exhausted())
                throttled = reason in ("rateLimitExceeded", "userRateLimitExceeded")
                if r.status_code < 500 and not throttled:
                    raise YouTubeError(f"{method}: {error}")
                raise _Transient(error)

        def retried(error: BaseException, seconds: float) -> None:
            log.warning("youtube: %s failed (%s); retrying in %.1fs", method, error, seconds)

        tries = self.retries + 1
        policy = dataclasses.replace(self.backoff, attempts=tries)
        try:
            async for attempt in policy.retrying(self.clock, retry_on=(_Transient,),
                                                 on_retry=retried):
                with attempt:
                    return await once()
        except _Transient as err:
            raise YouTubeError(f"{method}: gave up after {tries} tries: {err}") from None
        raise AssertionError("unreachable: tenacity returns or raises")


class _Transient(Exception):
    """A server error, throttling or a dropped connection: worth another try."""


def _json(r: httpx.Response) -> dict[str, Any]:
    try:
        body = r.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _reason(body: dict[str, Any]) -> str:
    err = body.get("error")
    if not isinstance(err, dict):
        return ""
    errors = err.get("errors") or [{}]
    return str(errors[0].get("reason", "")) or str(err.get("status", ""))
