"""A small Twitch chat server on loopback, speaking Twitch's IRC dialect as documented
(dev.twitch.tv/docs/chat/irc): CAP ACK for twitch.tv/tags and twitch.tv/commands, PASS oauth:,
the 001–376 welcome, GLOBALUSERSTATE, JOIN with USERSTATE and ROOMSTATE, PRIVMSG with tags,
PING, RECONNECT, and a connection it can drop on purpose. Tests script it line by line.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from plugins.twitch.irc import IrcMessage, escape_tag, parse_line

HOST = "tmi.twitch.tv"


@dataclass
class Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    nick: str = ""
    password: str = ""
    caps: set[str] = field(default_factory=set)
    channels: set[str] = field(default_factory=set)

    def write(self, line: str) -> None:
        if not self.writer.is_closing():
            self.writer.write(line.encode() + b"\r\n")


class TwitchServer:
    def __init__(
        self,
        *,
        token: str = "s3cret",
        bot_user_id: str = "900",
        bot_badges: str = "",
        room_ids: dict[str, str] | None = None,
        now: Callable[[], float] = lambda: 0.0,
    ) -> None:
        self.token = token
        self.bot_user_id = bot_user_id
        self.bot_badges = bot_badges  # e.g. "moderator/1": what USERSTATE says about the bot
        self.room_ids = room_ids or {}
        self.conns: list[Conn] = []
        # While deaf the server takes lines off the wire and forgets them: packets lost in a
        # dying connection. `lost` keeps what it forgot.
        self.deaf = False
        self.lost: list[IrcMessage] = []
        self.refused: list[IrcMessage] = []  # lines Twitch would not post (see _handle)
        self._last_line: dict[str, tuple[str, float]] = {}
        self.logins = 0
        self.joined = asyncio.Event()
        # Every line the bot sent, parsed, in order, across connections.
        self.received: list[IrcMessage] = []
        self.received_at: list[float] = []  # `now()` when each line arrived (a test's clock)
        self.now = now
        self.got_line = asyncio.Event()
        self._ids = itertools.count(1)
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self, ssl: object = None) -> TwitchServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=ssl)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        for c in self.conns:
            c.writer.close()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    # -- what tests script ------------------------------------------------------------------

    @property
    def live(self) -> list[Conn]:
        return [c for c in self.conns if not c.writer.is_closing() and c.channels]

    def privmsg(
        self,
        channel: str,
        login: str,
        text: str,
        *,
        user_id: str | None = None,
        badges: str = "",
        display_name: str | None = None,
        msg_id: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> str:
        """A viewer says something; every joined connection hears it. Returns the message id."""
        msg_id = msg_id or f"m-{next(self._ids):04d}"
        tags = {
            "badge-info": "",
            "badges": badges,
            "color": "#1E90FF",
            "display-name": display_name or login.capitalize(),
            "emotes": "",
            "first-msg": "0",
            "flags": "",
            "id": msg_id,
            "mod": "1" if "moderator" in badges else "0",
            "room-id": self.room_ids.get(channel, "1"),
            "subscriber": "1" if "subscriber" in badges else "0",
            "tmi-sent-ts": "1750000000000",
            "turbo": "0",
            "user-id": user_id or str(abs(hash(login)) % 10**8),
            "user-type": "",
        }
        tags.update(extra or {})
        raw = ";".join(f"{k}={escape_tag(v)}" for k, v in tags.items())
        for c in self.conns:
            if channel in c.channels:
                c.write(f"@{raw} :{login}!{login}@{login}.{HOST} PRIVMSG #{channel} :{text}")
        return msg_id

    def ping(self) -> None:
        for c in self.conns:
            c.write(f"PING :{HOST}")

    def reconnect(self) -> None:
        """Twitch's maintenance notice: the client should reconnect; we close soon after."""
        for c in self.conns:
            c.write(f":{HOST} RECONNECT")

    def drop(self) -> None:
        """The connection dies with no goodbye (a network blip)."""
        for c in self.conns:
            c.writer.transport.abort()

    def sent_privmsgs(self) -> list[IrcMessage]:
        """What the bot said that reached chat."""
        refused = {id(m) for m in self.refused}
        return [m for m in self.received if m.command == "PRIVMSG" and id(m) not in refused]

    def privmsg_times(self) -> list[float]:
        pairs = zip(self.received, self.received_at, strict=True)
        return [t for m, t in pairs if m.command == "PRIVMSG"]

    # -- the server side ---------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = Conn(reader, writer)
        self.conns.append(conn)
        try:
            while raw := await reader.readline():
                line = raw.decode().rstrip("\r\n")
                if line:
                    await self._handle(conn, parse_line(line))
                    await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def _handle(self, c: Conn, m: IrcMessage) -> None:
        if self.deaf:
            self.lost.append(m)
            return
        self.received.append(m)
        self.received_at.append(self.now())
        self.got_line.set()
        if m.command == "CAP" and m.params[:1] == ("REQ",):
            wanted = m.trailing.split()
            ok = [
                w
                for w in wanted
                if w in ("twitch.tv/tags", "twitch.tv/commands", "twitch.tv/membership")
            ]
            if len(ok) == len(wanted):
                c.caps.update(ok)
                c.write(f":{HOST} CAP * ACK :{' '.join(ok)}")
            else:
                c.write(f":{HOST} CAP * NAK :{m.trailing}")
        elif m.command == "PASS":
            c.password = m.params[0]
        elif m.command == "NICK":
            c.nick = m.params[0]
            if c.password != f"oauth:{self.token}":
                c.write(f":{HOST} NOTICE * :Login authentication failed")
                c.writer.close()
                return
            self.logins += 1
            for num, text in (
                ("001", "Welcome, GLHF!"),
                ("002", f"Your host is {HOST}"),
                ("003", "This server is rather new"),
                ("004", "-"),
                ("375", "-"),
                ("372", "You are in a maze of twisty passages."),
                ("376", ">"),
            ):
                c.write(f":{HOST} {num} {c.nick} :{text}")
            if "twitch.tv/commands" in c.caps:
                c.write(
                    f"@badge-info=;badges=;color=;display-name={c.nick};emote-sets=0;"
                    f"user-id={self.bot_user_id};user-type= :{HOST} GLOBALUSERSTATE"
                )
        elif m.command == "JOIN":
            for chan in m.params[0].split(","):
                chan = chan.lstrip("#")
                c.channels.add(chan)
                me = f"{c.nick}!{c.nick}@{c.nick}.{HOST}"
                c.write(f":{me} JOIN #{chan}")
                c.write(f":{c.nick}.{HOST} 353 {c.nick} = #{chan} :{c.nick}")
                c.write(f":{c.nick}.{HOST} 366 {c.nick} #{chan} :End of /NAMES list")
                if "twitch.tv/commands" in c.caps:
                    mod = "1" if "moderator" in self.bot_badges else "0"
                    c.write(
                        f"@badge-info=;badges={self.bot_badges};color=;display-name={c.nick};"
                        f"emote-sets=0;mod={mod};subscriber=0;user-type= :{HOST} USERSTATE #{chan}"
                    )
                    c.write(
                        "@emote-only=0;followers-only=-1;r9k=0;"
                        f"room-id={self.room_ids.get(chan, '1')};"
                        f"slow=0;subs-only=0 :{HOST} ROOMSTATE #{chan}"
                    )
            self.joined.set()
        elif m.command == "PRIVMSG" and "twitch.tv/commands" in c.caps:
            # Twitch confirms each message the bot sends with a USERSTATE carrying its id; a
            # non-moderator's repeat of its last line within 30 s is refused with a NOTICE.
            mod = "1" if "moderator" in self.bot_badges else "0"
            chan, text = m.params[0], m.params[1]
            last = self._last_line.get(chan)
            if mod == "0" and last and last[0] == text and self.now() - last[1] < 30:
                self.refused.append(m)
                c.write(f"@msg-id=msg_duplicate :{HOST} NOTICE {chan} :Your message was not "
                        "sent because it is identical to the previous one you sent, less than "
                        "30 seconds ago.")
                return
            self._last_line[chan] = (text, self.now())
            c.write(
                f"@badge-info=;badges={self.bot_badges};color=;display-name={c.nick};"
                f"emote-sets=0;id=sent-{next(self._ids):04d};mod={mod};subscriber=0;"
                f"user-type= :{HOST} USERSTATE {m.params[0]}"
            )
        elif m.command == "PING":
            c.write(f":{HOST} PONG {HOST} :{m.trailing}")
        elif m.command == "QUIT":
            c.writer.close()
