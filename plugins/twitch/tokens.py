"""Twitch user tokens expire (about four hours for the authorization-code flow); with a refresh
token, client id and client secret they are renewed in place (dev.twitch.tv/docs/authentication/
refresh-tokens). Twitch may rotate the refresh token, so the newest one is kept."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

TOKEN_URL = "https://id.twitch.tv/oauth2/token"


class TokenRefused(Exception):
    """Twitch would not renew the token: the refresh token was revoked or the app changed."""


@dataclass
class TwitchTokens:
    access_token: str
    client_id: str | None = None
    client_secret: str | None = None
    refresh_token: str | None = None
    token_url: str = TOKEN_URL
    refreshes: int = 0

    def __post_init__(self) -> None:
        self.access_token = self.access_token.removeprefix("oauth:")

    @property
    def renewable(self) -> bool:
        return bool(self.client_id and self.client_secret and self.refresh_token)

    async def refresh(self, http: httpx.AsyncClient) -> None:
        if not self.renewable:
            raise TokenRefused("no refresh token, client id and client secret to renew with")
        r = await http.post(self.token_url, data={
            "grant_type": "refresh_token", "refresh_token": self.refresh_token,
            "client_id": self.client_id, "client_secret": self.client_secret})
        try:
            body = r.json()
        except ValueError:
            body = {}
        if r.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
            message = body.get("message", r.text[:200]) if isinstance(body, dict) else r.text[:200]
            raise TokenRefused(f"Twitch refused to renew the token ({r.status_code}): {message}")
        self.access_token = body["access_token"]
        self.refresh_token = body.get("refresh_token") or self.refresh_token
        self.refreshes += 1
        log.info("twitch: token renewed")
