"""Drive the Discord plugin with no account and no network.

Incoming: raw gateway payloads (GUILD_CREATE, MESSAGE_CREATE, INTERACTION_CREATE,
GUILD_MEMBER_UPDATE) go through discord.py's own parser, `client._connection.parse_*`, as
discord.py's test suite does. Outgoing: every REST call discord.py makes, bot routes
(`HTTPClient.request`) and interaction webhooks (`AsyncWebhookAdapter.request`), is recorded as a
`Call` (method, path, JSON body) and answered with the payload Discord would return.

    harness = DiscordHarness()                       # one guild, one show channel
    adapter = harness.adapter(clock=clock)           # a DiscordAdapter wired to the fakes
    # or, with the app's own wiring: harness.attach(app.discord(connect=False).adapter)
    app.add_adapter(adapter); await app.start()
    await harness.message("ava", "how much is the beef?", mention_bot=True)
    harness.http.channel_messages()                  # what the bot posted in the channel
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.webhook.async_ import async_context

from bot.clock import Clock, FakeClock, settle
from bot.config import DiscordSection

GUILD = 1000
CHANNEL = 2000
OTHER_CHANNEL = 2001
BOT = 3000  # the bot user; also the application id
OWNER = 4000
EVERYONE_ROLE = GUILD
BOT_ROLE = 5000
MOD_ROLE = 5001
SUB_ROLE = 5002
HOST_ROLE = 5003
STAFF_ROLE = 5004  # has manage_messages but is not configured as a moderator role

P = discord.Permissions
EVERYONE_PERMS = P(view_channel=True, send_messages=True, read_message_history=True,
                   use_application_commands=True)
BOT_PERMS = P(view_channel=True, send_messages=True, read_message_history=True,
              embed_links=True, manage_messages=True, moderate_members=True, ban_members=True)


def user(uid: int, name: str, *, bot: bool = False) -> dict:
    return {"id": str(uid), "username": name, "discriminator": "0", "global_name": name,
            "avatar": None, "bot": bot}


def member(uid: int, name: str, roles: list[int] = (), *, bot: bool = False,
           with_user: bool = True) -> dict:
    data: dict[str, Any] = {"roles": [str(r) for r in roles],
                            "joined_at": "2025-01-01T00:00:00+00:00",
                            "deaf": False, "mute": False, "flags": 0, "nick": None}
    if with_user:
        data["user"] = user(uid, name, bot=bot)
    return data


def role(rid: int, name: str, perms: discord.Permissions, position: int) -> dict:
    return {"id": str(rid), "name": name, "permissions": str(perms.value), "position": position,
            "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}


def text_channel(cid: int, name: str, overwrites: list[dict] = ()) -> dict:
    return {"id": str(cid), "type": 0, "guild_id": str(GUILD), "name": name, "position": 0,
            "permission_overwrites": list(overwrites), "nsfw": False, "parent_id": None,
            "topic": None, "rate_limit_per_user": 0}


@dataclass
class Call:
    """One REST request discord.py made."""

    method: str
    path: str  # the route template, e.g. /channels/{channel_id}/messages
    url: str
    json: Any
    params: dict | None = None
    reason: str | None = None
    response: Any = None  # what the fake Discord answered

    @property
    def flags(self) -> int:
        body = self.json or {}
        return int((body.get("data") or body).get("flags", 0) or 0)


class DiscordHTTP:
    """Discord's REST edge, recorded and answered in process."""

    def __init__(self, bot_user: dict) -> None:
        self.calls: list[Call] = []
        self.bot_user = bot_user
        self._ids = itertools.count(900_000_000_000_000_000)
        self._clock: Clock | None = None
        self.sent_at: list[tuple[float, Call]] = []
        # Errors to raise for the next matching calls: (method, path template) -> status codes.
        self.failures: dict[tuple[str, str], list[int]] = {}
        self._patched: list[tuple[Any, str, Any]] = []

    def install(self, client: discord.Client, clock: Clock | None = None) -> None:
        self._clock = clock
        http = client.http
        http.token = "test-token"

        async def bot_request(route: discord.http.Route, *, files: Any = None, form: Any = None,
                              **kw: Any) -> Any:
            return self._answer(route.method, route.path, route.url, kw.get("json"),
                                kw.get("params"), kw.get("reason"))

        async def webhook_request(route: Any, session: Any = None, *, payload=None, multipart=None,
                                  files=None, reason=None, params=None, **kw: Any) -> Any:
            return self._answer(route.method, route.path, route.url, payload, params, reason)

        self._patch(http, "request", bot_request)
        self._patch(async_context.get(), "request", webhook_request)

    def _patch(self, obj: Any, name: str, value: Any) -> None:
        self._patched.append((obj, name, obj.__dict__.get(name)))
        setattr(obj, name, value)

    def uninstall(self) -> None:
        for obj, name, old in reversed(self._patched):
            if old is None:
                obj.__dict__.pop(name, None)
            else:
                setattr(obj, name, old)
        self._patched.clear()

    # -- what the tests read ------------------------------------------------------------

    def find(self, method: str | None = None, path: str | None = None) -> list[Call]:
        return [c for c in self.calls
                if (method is None or c.method == method) and (path is None or c.path == path)]

    def channel_messages(self, channel: int | None = None) -> list[Call]:
        """Messages posted to channels (the calls the 5-per-5-seconds limit counts)."""
        return [c for c in self.find("POST", "/channels/{channel_id}/messages")
                if channel is None or c.url.endswith(f"/channels/{channel}/messages")]

    def interaction_calls(self) -> list[Call]:
        return [c for c in self.calls if c.path.startswith(("/interactions/", "/webhooks/"))]

    # -- Discord's side -----------------------------------------------------------------

    def _answer(self, method: str, path: str, url: str, body: Any, params: Any, reason: Any) -> Any:
        call = Call(method, path, url, body, params, reason)
        call.response = self._respond(call)
        return call.response

    def _respond(self, call: Call) -> Any:
        method, path, url, body = call.method, call.path, call.url, call.json
        self.calls.append(call)
        if self._clock is not None:
            self.sent_at.append((self._clock.now(), call))
        queue = self.failures.get((method, path))
        if queue:
            status = queue.pop(0)
            raise _http_error(status)
        if path == "/users/@me":
            return self.bot_user
        if path == "/oauth2/applications/@me":
            return {"id": str(BOT), "name": "Hawker", "description": "", "icon": None,
                    "bot_public": False, "bot_require_code_grant": False, "flags": 0,
                    "owner": user(OWNER, "owner"), "verify_key": "0" * 64, "team": None}
        if path == "/channels/{channel_id}/messages" and method == "POST":
            return self._message(url.split("/channels/")[1].split("/")[0], body)
        if path == "/channels/{channel_id}/messages/{message_id}" and method == "PATCH":
            parts = url.split("/channels/")[1].split("/")
            return self._message(parts[0], body, message_id=parts[2])
        if path == "/interactions/{webhook_id}/{webhook_token}/callback":
            iid = url.split("/interactions/")[1].split("/")[0]
            result: dict[str, Any] = {"interaction": {"id": iid, "type": 2}}
            if body and body.get("type") in (4, 7):
                msg = self._message(str(CHANNEL), body.get("data") or {})
                result["resource"] = {"type": body["type"], "message": msg}
                result["interaction"]["response_message_id"] = msg["id"]
            return result
        if path.startswith("/webhooks/") and method in ("POST", "PATCH"):
            return self._message(str(CHANNEL), body or {})
        if path.endswith("/commands") and method == "PUT":
            return [dict(c, id=str(next(self._ids)), application_id=str(BOT), version="1")
                    for c in body]
        if path == "/guilds/{guild_id}/members/{user_id}":
            return member(int(url.rsplit("/", 1)[1]), "member")
        return None

    def _message(self, channel_id: str, body: dict, message_id: str | None = None) -> dict:
        return {"id": message_id or str(next(self._ids)), "channel_id": channel_id,
                "author": self.bot_user, "content": body.get("content") or "",
                "timestamp": "2025-01-01T00:00:00+00:00", "edited_timestamp": None,
                "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
                "attachments": [], "embeds": body.get("embeds") or [], "pinned": False,
                "type": 0, "components": body.get("components") or [],
                "flags": body.get("flags", 0)}


class _Response:
    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "error"


def _http_error(status: int) -> discord.HTTPException:
    default = discord.DiscordServerError if status >= 500 else discord.HTTPException
    cls = {403: discord.Forbidden, 404: discord.NotFound}.get(status, default)
    return cls(_Response(status), {"message": f"fake {status}", "code": 0})


@dataclass
class DiscordHarness:
    """One guild with a show channel, the bot, an owner; gateway in, REST out."""

    message_content: bool = True
    channel_ids: tuple[int, ...] = (CHANNEL,)
    bot_permissions: discord.Permissions = field(default_factory=lambda: BOT_PERMS)
    http: DiscordHTTP = field(default_factory=lambda: DiscordHTTP(user(BOT, "Hawker", bot=True)))
    _ids: itertools.count = field(default_factory=lambda: itertools.count(700_000_000_000_000_000))
    _users: dict[str, int] = field(default_factory=dict)
    adapters: list = field(default_factory=list)

    def config(self, **overrides: Any) -> DiscordSection:
        values = dict(guild_id=GUILD, channel_ids=list(self.channel_ids),
                      moderator_role_ids=[MOD_ROLE], subscriber_role_ids=[SUB_ROLE],
                      host_role_ids=[HOST_ROLE], message_content=self.message_content)
        values.update(overrides)
        return DiscordSection(**values)

    def adapter(self, clock: Clock | None = None, *, prefix: str = "!",
                config: DiscordSection | None = None):
        """A DiscordAdapter with its client's state filled from a GUILD_CREATE, REST faked."""
        from plugins.discord.adapter import DiscordAdapter

        adapter = DiscordAdapter(config or self.config(), clock=clock or FakeClock(),
                                 prefix=prefix, connect=False)
        return self.attach(adapter)

    def attach(self, adapter):
        """Wire an adapter built elsewhere (`app.discord(connect=False).adapter`) to the fakes:
        the bot's user and application id, as login would set them, and REST captured."""
        state = adapter.client._connection
        state.user = discord.ClientUser(state=state, data=self.http.bot_user)
        state.application_id = BOT
        self.http.install(adapter.client, adapter.clock)
        self.adapters.append(adapter)
        return adapter

    def close(self) -> None:
        self.http.uninstall()

    def restarted(self) -> DiscordHarness:
        """The same guild and people after a process restart: fresh client state and REST log."""
        self.close()
        return DiscordHarness(self.message_content, self.channel_ids, self.bot_permissions,
                              _ids=self._ids, _users=self._users)

    def guild_create(self, adapter) -> None:
        """The GUILD_CREATE the gateway sends after READY: roles, channels, the bot's member."""
        adapter.client._connection.parse_guild_create(self.guild_payload())

    def guild_payload(self) -> dict:
        return {
            "id": str(GUILD), "name": "Farm & Home", "owner_id": str(OWNER), "unavailable": False,
            "roles": [role(EVERYONE_ROLE, "@everyone", EVERYONE_PERMS, 0),
                      role(BOT_ROLE, "Hawker", self.bot_permissions, 5),
                      role(MOD_ROLE, "Mods", P.none(), 4), role(SUB_ROLE, "Members", P.none(), 1),
                      role(HOST_ROLE, "Host", P.none(), 6),
                      role(STAFF_ROLE, "Staff", P(manage_messages=True), 3)],
            "channels": [text_channel(CHANNEL, "live"), text_channel(OTHER_CHANNEL, "general")],
            "members": [member(BOT, "Hawker", [BOT_ROLE], bot=True)],
            "member_count": 2, "emojis": [], "stickers": [], "features": [], "threads": [],
            "large": False, "voice_states": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [], "premium_tier": 0, "verification_level": 0,
            "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0,
            "nsfw_level": 0, "preferred_locale": "en-US", "system_channel_flags": 0,
        }

    def ready(self, adapter) -> None:
        """READY/RESUMED as after a reconnect: discord.py calls on_ready again."""
        adapter.client.dispatch("ready")

    def user_id(self, name: str) -> int:
        if name not in self._users:
            self._users[name] = OWNER if name == "owner" else next(self._ids)
        return self._users[name]

    # -- gateway events -----------------------------------------------------------------

    def message_payload(self, name: str, text: str, *, roles: list[int] = (),
                        channel: int = CHANNEL, mention_bot: bool = False,
                        reply_to_bot: str | None = None, mentions: list[str] = (),
                        message_id: int | None = None) -> dict:
        uid = self.user_id(name)
        mentioned = [dict(user(self.user_id(m), m),
                          member=member(self.user_id(m), m, with_user=False)) for m in mentions]
        content = text
        if mention_bot:
            content = f"<@{BOT}> {text}"
            mentioned.append(dict(user(BOT, "Hawker", bot=True),
                                  member=member(BOT, "Hawker", [BOT_ROLE], with_user=False)))
        if not self.message_content and not mention_bot and reply_to_bot is None:
            content = ""  # what Discord sends without the message-content intent
        data = {
            "id": str(message_id or next(self._ids)), "channel_id": str(channel),
            "guild_id": str(GUILD),
            "author": user(uid, name), "member": member(uid, name, roles, with_user=False),
            "content": content, "timestamp": "2025-01-01T00:00:00+00:00", "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": mentioned, "mention_roles": [],
            "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
        }
        if reply_to_bot is not None:
            data["type"] = 19
            data["message_reference"] = {"message_id": reply_to_bot, "channel_id": str(channel),
                                         "guild_id": str(GUILD)}
            data["referenced_message"] = self.http._message(str(channel), {"content": "earlier"},
                                                            message_id=reply_to_bot)
        return data

    async def message(self, adapter, name: str, text: str, **kw: Any) -> dict:
        """MESSAGE_CREATE through discord.py's parser; waits for the pipeline to take it."""
        data = self.message_payload(name, text, **kw)
        adapter.client._connection.parse_message_create(data)
        await settle()
        return data

    def interaction_payload(self, name: str, itype: int, data: dict, *, roles: list[int] = (),
                            channel: int = CHANNEL, message: dict | None = None,
                            permissions: discord.Permissions | None = None) -> dict:
        uid = self.user_id(name)
        perms = permissions or EVERYONE_PERMS
        payload = {
            "id": str(next(self._ids)), "application_id": str(BOT), "type": itype,
            "token": f"tok-{next(self._ids)}", "version": 1, "guild_id": str(GUILD),
            "channel_id": str(channel), "channel": text_channel(channel, "live"),
            "member": dict(member(uid, name, roles), permissions=str(perms.value)),
            "data": data, "locale": "en-US", "guild_locale": "en-US",
            "app_permissions": str(self.bot_permissions.value), "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD)}, "context": 0,
            "attachment_size_limit": 8_000_000,
        }
        if message is not None:
            payload["message"] = message
        return payload

    async def slash(self, adapter, name: str, command: str, options: dict | None = None, *,
                    focused: str | None = None, users: dict[str, str] | None = None,
                    **kw: Any) -> dict:
        """INTERACTION_CREATE for `/command [sub] option=value…` (type 2), or an autocomplete
        (type 4) when `focused` names the option being typed."""
        words = command.split()
        opts = []
        resolved: dict[str, Any] = {}
        for key, value in (options or {}).items():
            otype = {bool: 5, int: 4, float: 10}.get(type(value), 3)
            if users and key in users:
                uid = self.user_id(users[key])
                otype, value = 6, str(uid)
                resolved.setdefault("users", {})[str(uid)] = user(uid, users[key])
                resolved.setdefault("members", {})[str(uid)] = dict(
                    member(uid, users[key], with_user=False), permissions="0")
            opt = {"name": key, "type": otype, "value": value}
            if key == focused:
                opt["focused"] = True
            opts.append(opt)
        data: dict[str, Any] = {"id": str(next(self._ids)), "name": words[0], "type": 1,
                                "guild_id": str(GUILD)}
        if len(words) > 1:
            data["options"] = [{"name": words[1], "type": 1, "options": opts}]
        else:
            data["options"] = opts
        if resolved:
            data["resolved"] = resolved
        payload = self.interaction_payload(name, 4 if focused else 2, data, **kw)
        adapter.client._connection.parse_interaction_create(payload)
        await settle(40)
        return payload

    async def press(self, adapter, name: str, custom_id: str, *, message_id: str | None = None,
                    **kw: Any) -> dict:
        """INTERACTION_CREATE for a button press (type 3) on a message the bot posted."""
        message = self.http._message(str(kw.get("channel", CHANNEL)), {"content": "draw"},
                                     message_id=message_id or str(next(self._ids)))
        message["components"] = [{"type": 1, "components": [
            {"type": 2, "style": 1, "label": "x", "custom_id": custom_id}]}]
        payload = self.interaction_payload(name, 3, {"custom_id": custom_id, "component_type": 2},
                                           message=message, **kw)
        adapter.client._connection.parse_interaction_create(payload)
        await settle(40)
        return payload

    def member_update(self, adapter, name: str, roles: list[int]) -> None:
        """GUILD_MEMBER_UPDATE: someone's roles changed."""
        uid = self.user_id(name)
        data = dict(member(uid, name, roles), guild_id=str(GUILD))
        adapter.client._connection.parse_guild_member_add(dict(data))  # needs to be cached first
        adapter.client._connection.parse_guild_member_update(data)


async def drain(clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Run virtual time forward in small steps, letting the outbox and tasks work."""
    end = clock.now() + seconds
    while clock.now() < end:
        await clock.advance(step)
    await asyncio.sleep(0)


class LoopbackGateway:
    """A Discord gateway on loopback (an aiohttp websocket server) speaking enough of the
    protocol for a real `client.connect()`: HELLO, heartbeat ACKs, IDENTIFY → READY and
    GUILD_CREATE, RECONNECT, RESUME → replay → RESUMED. Point discord.py at it by patching
    `discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` to `yarl.URL(gateway.url)`."""

    def __init__(self, harness: DiscordHarness) -> None:
        self.harness = harness
        self.url = ""
        self.received: list[dict] = []  # every payload the client sent
        self.log: list[dict] = []  # every dispatch, with its sequence number
        self.replay_from_earlier = 0  # resend this many already-seen events on RESUME
        self.refuse_identify: int | None = None  # close with this code instead of READY
        self._ws: Any = None
        self._runner: Any = None
        self._seq = 0

    async def start(self) -> None:
        from aiohttp import web

        app = web.Application()
        app.router.add_get("/", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"ws://127.0.0.1:{port}/"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def ops(self, op: int) -> list[dict]:
        return [m for m in self.received if m.get("op") == op]

    async def dispatch(self, event: str, data: dict, *, send: bool = True) -> None:
        """An event; with send=False it only enters the log, as if the client were away."""
        self._seq += 1
        frame = {"op": 0, "t": event, "s": self._seq, "d": data}
        self.log.append(frame)
        if send and self._ws is not None and not self._ws.closed:
            await self._ws.send_json(frame)

    async def reconnect(self) -> None:
        """Discord's op 7: the client must reconnect and resume."""
        await self._ws.send_json({"op": 7, "d": None})

    async def _handle(self, request: Any) -> Any:
        from aiohttp import WSMsgType, web

        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45_000}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            self.received.append(data)
            if data["op"] == 1:
                await ws.send_json({"op": 11})
            elif data["op"] == 2 and self.refuse_identify is not None:
                await ws.close(code=self.refuse_identify)
            elif data["op"] == 2:
                await self.dispatch("READY", {
                    "v": 10, "user": self.harness.http.bot_user, "session_id": "session-1",
                    "resume_gateway_url": self.url, "guilds": [{"id": str(GUILD),
                                                                 "unavailable": True}],
                    "application": {"id": str(BOT), "flags": 0}})
                await self.dispatch("GUILD_CREATE", self.harness.guild_payload())
            elif data["op"] == 6:
                since = int(data["d"]["seq"]) - self.replay_from_earlier
                for frame in [f for f in self.log if f["s"] > since]:
                    await ws.send_json(frame)
                self._seq += 1
                await ws.send_json({"op": 0, "t": "RESUMED", "s": self._seq, "d": {}})
        return ws
