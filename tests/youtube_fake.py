"""Google's side of YouTube Live Chat, as an httpx.MockTransport handler serving the documented
response shapes (liveChatMessageListResponse, liveChatMessage, errors with `reason`)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any
from urllib.parse import parse_qs

import httpx


def error(
    code: int, reason: str, message: str = "", domain: str = "youtube.liveChat"
) -> httpx.Response:
    return httpx.Response(
        code,
        json={
            "error": {
                "code": code,
                "message": message or reason,
                "errors": [{"message": message or reason, "domain": domain, "reason": reason}],
            }
        },
    )


def iso(ts: float) -> str:
    return (
        dt.datetime.fromtimestamp(ts, dt.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


class FakeYouTube:
    def __init__(
        self,
        *,
        chat_id: str = "Cg0KC2xpdmUtY2hhdC0x",
        video_id: str = "vid123",
        bot_channel: str = "UCbot",
        poll_ms: int = 2000,
    ) -> None:
        self.chat_id, self.video_id, self.bot_channel = chat_id, video_id, bot_channel
        self.poll_ms = poll_ms
        self.items: list[dict[str, Any]] = []
        self.requests: list[httpx.Request] = []
        self.tokens_issued = 0
        self.valid_tokens: dict[str, float] = {}  # token → expiry (fake's clock)
        self.unauthorized = 0
        self.refresh_token = "1//refresh"
        self.inserted: list[dict[str, Any]] = []
        self.inserted_at: list[float] = []
        self.deleted: list[str] = []
        self.bans: list[dict[str, Any]] = []
        # Responses to give instead of the normal one, per path: a scripted failure.
        self.fail: dict[str, list[httpx.Response]] = {}
        self.offline_at: str | None = None
        self._ids = itertools.count(1)
        self.now = lambda: 0.0  # tests point this at their clock

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    # -- scripting ----------------------------------------------------------------------------

    def chat(
        self,
        name: str,
        text: str,
        at: float,
        *,
        channel_id: str | None = None,
        owner: bool = False,
        moderator: bool = False,
        sponsor: bool = False,
        kind: str = "textMessageEvent",
    ) -> str:
        message_id = f"LCC.{next(self._ids):05d}"
        channel_id = channel_id or f"UC{name.lower()}"
        snippet: dict[str, Any] = {
            "type": kind,
            "liveChatId": self.chat_id,
            "authorChannelId": channel_id,
            "publishedAt": iso(at),
            "hasDisplayContent": True,
            "displayMessage": text,
        }
        if kind == "textMessageEvent":
            snippet["textMessageDetails"] = {"messageText": text}
        elif kind == "superChatEvent":
            snippet["superChatDetails"] = {
                "amountMicros": "5000000",
                "currency": "USD",
                "amountDisplayString": "$5.00",
                "userComment": text,
                "tier": 2,
            }
        self.items.append(
            {
                "kind": "youtube#liveChatMessage",
                "etag": "e",
                "id": message_id,
                "snippet": snippet,
                "authorDetails": {
                    "channelId": channel_id,
                    "channelUrl": f"http://www.youtube.com/channel/{channel_id}",
                    "displayName": name,
                    "profileImageUrl": "https://yt3.example/p.jpg",
                    "isVerified": False,
                    "isChatOwner": owner,
                    "isChatSponsor": sponsor,
                    "isChatModerator": moderator,
                },
            }
        )
        return message_id

    def expire_tokens(self) -> None:
        self.valid_tokens.clear()

    def calls(self, path_end: str, method: str | None = None) -> list[httpx.Request]:
        return [
            r
            for r in self.requests
            if r.url.path.endswith(path_end)
            and (method is None or r.method == method)
            and r.url.host != "oauth2.googleapis.com"
        ]

    # -- serving ------------------------------------------------------------------------------

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.host == "oauth2.googleapis.com":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            if (
                form.get("grant_type") != "refresh_token"
                or form.get("refresh_token") != self.refresh_token
            ):
                return httpx.Response(
                    400,
                    json={
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
            self.tokens_issued += 1
            token = f"ya29.tok-{self.tokens_issued}"
            self.valid_tokens[token] = self.now() + 3599
            return httpx.Response(
                200,
                json={
                    "access_token": token,
                    "expires_in": 3599,
                    "scope": "https://www.googleapis.com/auth/youtube",
                    "token_type": "Bearer",
                },
            )
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if self.valid_tokens.get(token, 0) <= self.now():
            self.unauthorized += 1
            return error(
                401, "authError", "Request had invalid authentication credentials.", "global"
            )
        path = request.url.path.removeprefix("/youtube/v3")
        scripted = self.fail.get(path)
        if scripted:
            return scripted.pop(0)
        q = request.url.params
        if path == "/videos":
            details = {"actualStartTime": iso(0)}
            if q.get("id") == self.video_id and self.chat_id:
                details["activeLiveChatId"] = self.chat_id
            return httpx.Response(
                200,
                json={
                    "kind": "youtube#videoListResponse",
                    "items": [
                        {
                            "kind": "youtube#video",
                            "id": q.get("id"),
                            "liveStreamingDetails": details,
                        }
                    ],
                },
            )
        if path == "/liveChat/messages" and request.method == "GET":
            if q.get("liveChatId") != self.chat_id:
                return error(404, "liveChatNotFound")
            start = int(q.get("pageToken") or 0)
            body: dict[str, Any] = {
                "kind": "youtube#liveChatMessageListResponse",
                "etag": "e",
                "nextPageToken": str(len(self.items)),
                "pollingIntervalMillis": self.poll_ms,
                "pageInfo": {
                    "totalResults": len(self.items) - start,
                    "resultsPerPage": len(self.items) - start,
                },
                "items": self.items[start:],
            }
            if self.offline_at:
                body["offlineAt"] = self.offline_at
            return httpx.Response(200, json=body)
        if path == "/liveChat/messages" and request.method == "POST":
            snippet = json.loads(request.content)["snippet"]
            self.inserted.append(snippet)
            self.inserted_at.append(self.now())
            message_id = f"LCC.bot{len(self.inserted)}"
            text = snippet["textMessageDetails"]["messageText"]
            if len(text) > 200:
                return error(400, "messageTextInvalid")
            item = {
                "kind": "youtube#liveChatMessage",
                "id": message_id,
                "snippet": {
                    **snippet,
                    "authorChannelId": self.bot_channel,
                    "publishedAt": iso(self.now()),
                    "hasDisplayContent": True,
                    "displayMessage": text,
                },
            }
            self.items.append(
                {
                    **item,
                    "authorDetails": {
                        "channelId": self.bot_channel,
                        "displayName": "Hawker",
                        "isChatOwner": True,
                    },
                }
            )
            return httpx.Response(200, json=item)
        if path == "/liveChat/messages" and request.method == "DELETE":
            self.deleted.append(q.get("id"))
            return httpx.Response(204)
        if path == "/liveChat/bans":
            self.bans.append(json.loads(request.content)["snippet"])
            return httpx.Response(
                200, json={"kind": "youtube#liveChatBan", "id": "ban1", "snippet": self.bans[-1]}
            )
        return httpx.Response(404, json={"error": {"code": 404, "message": f"no route {path}"}})
