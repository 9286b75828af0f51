"""The Twitch adapter: IRC chat in, IRC chat out, Helix for moderation. It only translates.

Twitch's send limit is per account, across every channel it chats in: 20 messages in 30 s,
or 100 where the bot is the broadcaster or a moderator. Going over locks the bot out of chat
for 30 minutes, so besides the outbox's per-channel window the adapter keeps one account-wide
window of its own and waits rather than go over (a show in two Twitch channels, or a config
that claims moderator when Twitch says otherwise, cannot get the bot locked out).
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import logging
import ssl
from dataclasses import dataclass

import httpx

from bot.clock import Clock
from bot.config import ConfigError, TwitchSection, secret
from bot.events import ChatMessage, ModAction, ModKind, Viewer
from bot.moderation.roles import DEFAULT_POLICY, RolePolicy, twitch_badges, twitch_role_from_tags
from bot.ratelimit import SlidingWindow
from bot.retry import Backoff
from plugins.base import Capabilities, Delivery, MessageSink, RateLimit
from plugins.twitch.irc import IrcClient, IrcError, IrcMessage
from plugins.twitch.tokens import TokenRefused, TwitchTokens

log = logging.getLogger(__name__)

PLATFORM = "twitch"
MAX_LENGTH = 500
VIEWER_LIMIT = RateLimit(20, 30.0)
MODERATOR_LIMIT = RateLimit(100, 30.0)
HELIX = "https://api.twitch.tv/helix"
_PRIVILEGED = {"broadcaster", "moderator"}
# Twitch's rule against repeating the same line, and the mark that sidesteps it.
DUPLICATE_SECONDS = 30.0
INVISIBLE = " \U000E0000"
# How long to wait for Twitch to confirm a line before taking it as sent.
CONFIRM_SECONDS = 10.0
_LOST = object()


@dataclass
class _ChannelState:
    room_id: str | None = None  # the broadcaster's user id, from ROOMSTATE
    bot_is_mod: bool = False  # from USERSTATE: Twitch's word, not the config's


class TwitchAdapter:
    platform = PLATFORM

    def __init__(self, *, channels: list[str], nick: str, token: str, clock: Clock,
                 host: str = "irc.chat.twitch.tv", port: int = 6697,
                 tls: bool | ssl.SSLContext = True,
                 moderator: bool = False, client_id: str | None = None,
                 helix: httpx.AsyncClient | None = None, helix_url: str = HELIX,
                 policy: RolePolicy = DEFAULT_POLICY, backoff: Backoff | None = None,
                 remember_ids: int = 4096, tokens: TwitchTokens | None = None) -> None:
        if not channels:
            raise ValueError("twitch: at least one channel is needed")
        self.bot_name = nick.lower()
        self.clock = clock
        self.policy = policy
        self.tokens = tokens or TwitchTokens(token, client_id)
        # What the show's config declares; the outbox sizes its per-channel windows from it.
        self.declared_moderator = moderator
        self.client_id = client_id
        self.helix_url = helix_url
        self._helix = helix
        self._owns_helix = helix is None
        self.irc = IrcClient(host, port, nick=self.bot_name,
                             password=f"oauth:{self.tokens.access_token}",
                             channels=channels, tls=tls, clock=clock, backoff=backoff)
        self.irc.handlers.append(self._on_line)
        self.irc.on_refused = self._renew_login
        self._renewed_for = -1  # the connection count when the token was last renewed
        self.state = {c: _ChannelState() for c in self.irc.channels}
        self.bot_user_id: str | None = None
        # Send times of the whole account. Twitch counts when lines arrive, not when we write
        # them; a line delayed on the way makes the next ones look closer together, so the
        # window is a second longer than Twitch's. Its limit changes when USERSTATE says the
        # bot was made a moderator, or no longer is, without forgetting what was sent.
        self._account = SlidingWindow(VIEWER_LIMIT, margin=1.0)
        self._send_lock = asyncio.Lock()
        self._sink: MessageSink | None = None
        # The reader hands messages over and goes back to reading, so a slow command never
        # delays a PONG (Twitch drops a client that does not answer PING in time).
        self._inbox: asyncio.Queue[ChatMessage] = asyncio.Queue()
        self._deliverer: asyncio.Task | None = None
        self._seen: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._remember = remember_ids
        # User id → login of recent chatters: a mention by id becomes "@login".
        self._logins: collections.OrderedDict[str, str] = collections.OrderedDict()
        self._local_ids = itertools.count(1)
        self.received = 0
        self.duplicates = 0
        self.resent = 0
        self.refused = 0
        self._pending: asyncio.Future[str | None] | None = None
        self._last_line: dict[str, tuple[str, float]] = {}

    @classmethod
    def from_config(cls, section: TwitchSection, clock: Clock,
                    policy: RolePolicy = DEFAULT_POLICY) -> TwitchAdapter:
        """From `[platforms.twitch]`; the token comes from the environment."""
        token = secret(section.token_env)
        assert token is not None
        renew = section.refresh_token_env and section.client_secret_env
        tokens = TwitchTokens(
            token, section.client_id,
            secret(section.client_secret_env) if renew else None,
            secret(section.refresh_token_env) if renew else None)
        return cls(channels=section.channels, nick=section.nick, token=token, clock=clock,
                   host=section.host, port=section.port, tls=section.tls,
                   moderator=section.moderator, client_id=section.client_id, policy=policy,
                   tokens=tokens)

    # -- the Adapter protocol ---------------------------------------------------------------

    @property
    def capabilities(self) -> Capabilities:
        mod = self.declared_moderator or self._mod_everywhere()
        helix = bool(self.client_id) and mod  # Twitch moved delete/timeout/ban to Helix in 2023
        return Capabilities(max_length=MAX_LENGTH,
                            rate=MODERATOR_LIMIT if self.declared_moderator else VIEWER_LIMIT,
                            reply_to=True, delete=helix, timeout=helix, ban=helix)

    def channels(self) -> list[str]:
        return list(self.irc.channels)

    async def start(self, sink: MessageSink) -> None:
        self._sink = sink
        try:
            await self.irc.start()
        except IrcError as err:  # a refused login is for the operator to fix, not to retry
            raise ConfigError(f"platforms.twitch: {err} (check the token and nick)") from err
        except (OSError, TimeoutError) as err:
            where = f"{self.irc.host}:{self.irc.port}"
            raise ConfigError(f"platforms.twitch: cannot connect to {where}: {err}") from err
        # Lines read meanwhile wait in the inbox.
        self._deliverer = asyncio.create_task(self._deliver(), name="twitch:deliver")

    async def stop(self) -> None:
        await self.irc.close()
        if self._deliverer is not None:
            self._deliverer.cancel()
            await asyncio.gather(self._deliverer, return_exceptions=True)
        if self._helix is not None and self._owns_helix:
            await self._helix.aclose()

    async def send(self, delivery: Delivery) -> str | None:
        """Send one line, exactly once as far as Twitch lets anyone know.

        With twitch.tv/commands Twitch answers each PRIVMSG with a USERSTATE carrying the new
        message's id (or a NOTICE saying why not). A line whose connection dropped before that
        answer came never reached chat as far as we can tell, and goes out again on the next
        connection; a half-dead TCP link would otherwise swallow lines silently for minutes.
        """
        text = " ".join(delivery.text.split())[:MAX_LENGTH]  # chat lines cannot hold newlines
        channel = delivery.channel.lstrip("#").lower()
        tags = None
        reply = delivery.reply_to
        tagged = "twitch.tv/tags" in self.irc.acked_caps
        if reply is not None and reply.platform == PLATFORM and tagged:
            tags = {"reply-parent-msg-id": reply.message_id}
        async with self._send_lock:
            while True:
                self._account.limit = MODERATOR_LIMIT if self._mod_everywhere() else VIEWER_LIMIT
                while (wait := self._account.wait_time(self.clock.now())) > 0:
                    await self.clock.sleep(wait)
                confirm = "twitch.tv/commands" in self.irc.acked_caps
                self._pending = asyncio.get_running_loop().create_future() if confirm else None
                line = self._not_a_repeat(channel, text)
                await self.irc.privmsg(channel, line, tags=tags)
                self._account.record(self.clock.now())
                if self._pending is None:
                    self._last_line[channel] = (line, self.clock.now())
                    return None  # a plain IRC server says nothing back
                outcome = await self._confirmation(self._pending)
                self._pending = None
                if isinstance(outcome, str):  # posted: the line Twitch now compares against
                    self._last_line[channel] = (line, self.clock.now())
                if outcome is not _LOST:
                    return outcome
                self.resent += 1
                log.info("twitch: link dropped before Twitch confirmed a line; sending it again")

    def mention(self, viewer: Viewer) -> str:
        """`@login`: Twitch highlights a line for the viewer whose login it names."""
        return f"@{viewer.login or self._logins.get(viewer.id) or viewer.display_name}"

    async def moderate(self, action: ModAction) -> bool:
        msg = action.message
        room = self.state.get(msg.channel, _ChannelState()).room_id
        if not self.capabilities.can(action.kind.value) or room is None or self.bot_user_id is None:
            return False
        ids = {"broadcaster_id": room, "moderator_id": self.bot_user_id}
        try:
            r = await self._helix_call(action, ids)
            if r.status_code == 401 and self.tokens.renewable:
                await self.tokens.refresh(self._http())
                r = await self._helix_call(action, ids)
        except (httpx.HTTPError, TokenRefused) as err:
            log.warning("twitch: %s failed: %s", action.kind.value, err)
            return False
        if r.is_success:
            return True
        log.warning("twitch: %s refused (%s): %s", action.kind.value, r.status_code, r.text[:200])
        return False

    async def _helix_call(self, action: ModAction, ids: dict[str, str]) -> httpx.Response:
        http, msg = self._http(), action.message
        if action.kind is ModKind.DELETE:
            return await http.delete(f"{self.helix_url}/moderation/chat",
                                     params={**ids, "message_id": msg.message_id})
        data: dict[str, object] = {"user_id": msg.viewer.id, "reason": action.reason[:500]}
        if action.kind is ModKind.TIMEOUT:
            data["duration"] = max(1, min(action.seconds, 1_209_600))
        return await http.post(f"{self.helix_url}/moderation/bans", params=ids,
                               json={"data": data})

    async def _renew_login(self, err: Exception) -> bool:
        """Login refused: renew the token once per failure streak, then try again."""
        if not self.tokens.renewable or self._renewed_for == self.irc.connections:
            return False
        self._renewed_for = self.irc.connections
        log.warning("twitch: %s; renewing the token", err)
        await self.tokens.refresh(self._http())
        self.irc.password = f"oauth:{self.tokens.access_token}"
        return True

    # -- IRC → ChatMessage ------------------------------------------------------------------

    async def _on_line(self, msg: IrcMessage) -> None:
        if msg.command == "PRIVMSG" and len(msg.params) >= 2:
            chat = self._to_chat(msg)
            if chat is None:
                pass
            elif self._deliverer is not None:
                self._inbox.put_nowait(chat)
            elif self._sink is not None:  # not started (a test feeding lines): deliver now
                await self._sink(chat)
        elif msg.command == "GLOBALUSERSTATE":
            self.bot_user_id = msg.tags.get("user-id") or self.bot_user_id
        elif msg.command in ("USERSTATE", "ROOMSTATE") and msg.params:
            st = self.state.setdefault(msg.params[0].lstrip("#").lower(), _ChannelState())
            if msg.command == "ROOMSTATE" and msg.tags.get("room-id"):
                st.room_id = msg.tags["room-id"]
            if msg.command == "USERSTATE":
                st.bot_is_mod = msg.tags.get("mod") == "1" or bool(
                    twitch_badges(msg.tags.get("badges")) & _PRIVILEGED)
                # After a PRIVMSG (not after a JOIN) it carries the sent message's id.
                if msg.tags.get("id") and self._pending is not None and not self._pending.done():
                    self._pending.set_result(msg.tags["id"])
        elif msg.command == "NOTICE" and msg.tags.get("msg-id"):
            log.warning("twitch: %s: %s", msg.tags["msg-id"], msg.trailing)
            if msg.tags["msg-id"].startswith("msg_") and self._pending is not None \
                    and not self._pending.done():
                self.refused += 1  # rate limit, duplicate, slow mode, banned: not sent
                self._pending.set_result(None)

    def _to_chat(self, msg: IrcMessage) -> ChatMessage | None:
        channel = msg.params[0].lstrip("#").lower()
        text = msg.params[1]
        if text.startswith("\x01ACTION ") and text.endswith("\x01"):
            text = text[8:-1]
        tags = msg.tags
        message_id = tags.get("id") or f"irc-{next(self._local_ids)}"
        if "id" in tags:
            # A message Twitch delivers twice (it can, around RECONNECT) is handled once.
            if message_id in self._seen:
                self.duplicates += 1
                return None
            self._seen[message_id] = None
            if len(self._seen) > self._remember:
                self._seen.popitem(last=False)
        nick = msg.nick.lower()
        if nick == self.bot_name:
            return None
        self.received += 1
        # The login (the IRC nick) is the name Twitch mentions by and is unique; the display
        # name may be a localised one (一匹狼 for ippiki_wolf) and is only for showing.
        viewer = Viewer(PLATFORM, tags.get("user-id") or nick, tags.get("display-name") or msg.nick,
                        twitch_role_from_tags(tags, policy=self.policy), login=nick)
        self._logins[viewer.id] = nick
        self._logins.move_to_end(viewer.id)
        if len(self._logins) > self._remember:
            self._logins.popitem(last=False)
        sent_ms = tags.get("tmi-sent-ts", "")
        addressed = (f"@{self.bot_name}" in text.lower()
                     or tags.get("reply-parent-user-login", "").lower() == self.bot_name)
        return ChatMessage(PLATFORM, channel, message_id, viewer, text,
                           int(sent_ms) / 1000 if sent_ms.isdigit() else self.clock.now(),
                           tags.get("reply-parent-msg-id") or None, addressed)

    async def _deliver(self) -> None:
        while True:
            chat = await self._inbox.get()
            if self._sink is not None:
                await self._sink(chat)  # the pipeline never raises on input

    # -- helpers ----------------------------------------------------------------------------

    def _not_a_repeat(self, channel: str, text: str) -> str:
        """Twitch refuses a line identical to the bot's previous one in a channel within 30 s
        (unless it moderates there). Chat clients show nothing for U+E0000, so a trailing one
        makes a deliberate repeat ("You're in the draw!" to the next viewer) a new line."""
        last = self._last_line.get(channel)
        mod = self.state.get(channel, _ChannelState()).bot_is_mod
        if mod or last is None or self.clock.now() - last[1] >= DUPLICATE_SECONDS:
            return text
        base = last[0].removesuffix(INVISIBLE)
        if text != base:
            return text
        # Alternate with and without the mark, staying within the length limit.
        if last[0].endswith(INVISIBLE):
            return text
        return text[: MAX_LENGTH - len(INVISIBLE)] + INVISIBLE

    async def _confirmation(self, pending: asyncio.Future[str | None]) -> str | None | object:
        """The sent message's id, None (refused, or the link is fine but Twitch said nothing),
        or _LOST (the link dropped, or proved dead when checked, before Twitch confirmed)."""
        if pending.done():
            return pending.result()
        down = asyncio.ensure_future(self.irc.down.wait())
        timer = asyncio.ensure_future(self.clock.sleep(CONFIRM_SECONDS))
        try:
            await asyncio.wait({pending, down, timer}, return_when=asyncio.FIRST_COMPLETED)
            if not pending.done() and not self.irc.down.is_set():
                # No word in time: is anyone still there? A dead link gets dropped here.
                await self.irc.check_link(CONFIRM_SECONDS)
        finally:
            down.cancel()
            timer.cancel()
        if pending.done():
            return pending.result()
        return _LOST if self.irc.down.is_set() else None

    def _mod_everywhere(self) -> bool:
        return bool(self.state) and all(st.bot_is_mod for st in self.state.values())

    def _http(self) -> httpx.AsyncClient:
        if self._helix is None:
            self._helix = httpx.AsyncClient(timeout=httpx.Timeout(10.0))
        self._helix.headers.update({"Authorization": f"Bearer {self.tokens.access_token}",
                                    "Client-Id": self.client_id or ""})
        return self._helix
