"""An asyncio IRCv3 client: the part of Twitch chat that is plain IRC.

It speaks to Twitch (TLS on 6697) and to any IRC server: CAP REQ for Twitch's tags and
commands (a server that NAKs them is fine), PASS/NICK/USER, JOIN, tags with IRCv3 escapes,
PING/PONG, and RECONNECT. When the connection drops it reconnects with exponential backoff and
jitter on the injected clock, rejoins its channels, and resends nothing twice: a line is either
written to a live connection or kept for the next one.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.retry import Backoff

log = logging.getLogger(__name__)

TWITCH_CAPS = ("twitch.tv/tags", "twitch.tv/commands")
MAX_LINE = 8191  # IRCv3 with tags: 4094 bytes of tags + 512 of message, with margin

_UNESCAPE = {":": ";", "s": " ", "\\": "\\", "r": "\r", "n": "\n"}
_ESCAPE = {";": "\\:", " ": "\\s", "\\": "\\\\", "\r": "\\r", "\n": "\\n"}


class IrcError(Exception):
    """The server refused us (bad password, banned nick): reconnecting will not help."""


def unescape_tag(value: str) -> str:
    """IRCv3 message-tags value unescaping; a lone trailing backslash is dropped."""
    if "\\" not in value:
        return value  # the common case: nothing to unescape
    out: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            i += 1
            if i < len(value):
                out.append(_UNESCAPE.get(value[i], value[i]))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def escape_tag(value: str) -> str:
    return "".join(_ESCAPE.get(ch, ch) for ch in value)


@dataclass(frozen=True, slots=True)
class IrcMessage:
    command: str
    params: tuple[str, ...] = ()
    tags: dict[str, str] = field(default_factory=dict)
    prefix: str = ""

    @property
    def nick(self) -> str:
        return self.prefix.split("!", 1)[0]

    @property
    def trailing(self) -> str:
        return self.params[-1] if self.params else ""


def parse_line(line: str) -> IrcMessage:
    """One IRC line (without CRLF) → IrcMessage. Raises ValueError on a line with no command."""
    rest = line.rstrip("\r\n")
    tags: dict[str, str] = {}
    prefix = ""
    if rest.startswith("@"):
        raw, _, rest = rest[1:].partition(" ")
        for item in raw.split(";"):
            if item:
                key, _, value = item.partition("=")
                tags[key] = unescape_tag(value)
        rest = rest.lstrip(" ")
    if rest.startswith(":"):
        prefix, _, rest = rest[1:].partition(" ")
        rest = rest.lstrip(" ")
    trailing = None
    if " :" in rest:
        rest, trailing = rest.split(" :", 1)
    elif rest.startswith(":"):
        rest, trailing = "", rest[1:]
    parts = rest.split()
    if not parts:
        raise ValueError(f"IRC line without a command: {line!r}")
    params = parts[1:] + ([trailing] if trailing is not None else [])
    return IrcMessage(parts[0].upper(), tuple(params), tags, prefix)


def format_line(command: str, *params: str, tags: dict[str, str] | None = None) -> str:
    """Build one line; the last parameter becomes trailing when it needs to be."""
    for p in params:
        if "\r" in p or "\n" in p:
            raise ValueError("IRC parameters cannot contain line breaks")
    parts = [command, *params]
    if params and (not params[-1] or " " in params[-1] or params[-1].startswith(":")):
        parts[-1] = ":" + params[-1]
    line = " ".join(parts)
    if tags:
        raw = ";".join(f"{k}={escape_tag(v)}" if v else k for k, v in tags.items())
        line = f"@{raw} {line}"
    return line


MessageHandler = Callable[[IrcMessage], Awaitable[None] | None]


class IrcClient:
    """One connection's worth of IRC, reconnecting for ever until `close()`.

    Handlers see every line the client does not consume itself (PING, CAP, RECONNECT are
    handled here). `connected` is set while registered and joined.
    """

    def __init__(self, host: str, port: int, *, nick: str, password: str | None = None,
                 channels: list[str] | tuple[str, ...] = (), tls: bool | ssl.SSLContext = True,
                 clock: Clock, caps: tuple[str, ...] = TWITCH_CAPS, backoff: Backoff | None = None,
                 connect_timeout: float = 15.0, ping_interval: float = 240.0) -> None:
        self.host, self.port, self.nick = host, port, nick
        self.password = password
        self.channels = [c.lower().lstrip("#") for c in channels]
        self.tls = tls
        self.clock = clock
        self.caps = caps
        # Never under half a second between tries, so a flapping server is not hammered.
        self.backoff = backoff or Backoff(base=1.0, cap=120.0, floor=0.5)
        self.connect_timeout = connect_timeout
        # Send our own PING when the server has been silent this long; a dead link shows up.
        self.ping_interval = ping_interval
        self.handlers: list[MessageHandler] = []
        # Called when the server refuses the login; True means `password` was renewed, retry.
        self.on_refused: Callable[[IrcError], Awaitable[bool]] | None = None
        self.acked_caps: set[str] = set()
        self.connected = asyncio.Event()
        # Set whenever the link is down: a line written before it went down may be lost.
        self.down = asyncio.Event()
        self.down.set()
        self.connections = 0  # successful registrations, for logs and tests
        self.written = 0  # lines handed to a live socket
        self._pong_waiters: dict[str, asyncio.Future[None]] = {}
        self._checks = 0
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._task: asyncio.Task | None = None
        self._closing = False
        self._write_lock = asyncio.Lock()

    # -- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect and register once (raising if that fails), then keep the link up."""
        try:
            await self._connect()
        except IrcError as err:
            if not await self._may_retry(err):
                raise
            await self._connect()
        self._task = asyncio.create_task(self._run(), name=f"irc:{self.host}:{self.port}")

    async def close(self) -> None:
        self._closing = True
        if self._writer is not None and not self._writer.is_closing():
            try:
                await self._write("QUIT :bye")
            except (OSError, ConnectionError):
                pass
        self._drop()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    # -- sending ----------------------------------------------------------------------------

    async def send(self, line: str) -> None:
        """Write one line once; waits while the link is down, so nothing is lost or doubled."""
        while True:
            await self.connected.wait()
            try:
                await self._write(line)
                return
            except (OSError, ConnectionError):
                # The write never reached a live socket: the reader notices the drop and
                # reconnects; the line goes out on the next connection.
                self._drop()

    async def privmsg(self, channel: str, text: str, *, tags: dict[str, str] | None = None) -> None:
        await self.send(format_line("PRIVMSG", "#" + channel.lstrip("#"), text, tags=tags))

    async def _write(self, line: str) -> None:
        async with self._write_lock:
            writer = self._writer
            if writer is None or writer.is_closing():
                raise ConnectionError("not connected")
            writer.write(line.encode() + b"\r\n")
            self.written += 1
            await writer.drain()

    # -- connection -------------------------------------------------------------------------

    async def _connect(self) -> None:
        ssl_ctx = self.tls if isinstance(self.tls, ssl.SSLContext) else (
            ssl.create_default_context() if self.tls else None)
        self._reader, self._writer = await asyncio.wait_for(
            asyncio.open_connection(self.host, self.port, ssl=ssl_ctx,
                                    server_hostname=self.host if ssl_ctx else None,
                                    limit=MAX_LINE * 2),
            self.connect_timeout)
        try:
            await asyncio.wait_for(self._register(), self.connect_timeout)
        except BaseException:
            self._drop()
            raise
        self.connections += 1
        self.down.clear()
        self.connected.set()
        log.info("irc: connected to %s:%s as %s (%s)", self.host, self.port, self.nick,
                 ", ".join("#" + c for c in self.channels))

    async def _register(self) -> None:
        if self.caps:
            await self._write(format_line("CAP", "REQ", " ".join(self.caps)))
        if self.password:
            await self._write(f"PASS {self.password}")
        await self._write(format_line("NICK", self.nick))
        await self._write(format_line("USER", self.nick, "0", "*", self.nick))
        cap_done = not self.caps
        while True:
            msg = await self._read()
            if msg is None:
                raise ConnectionError("server closed the connection during login")
            if msg.command == "PING":
                await self._write(format_line("PONG", *msg.params))
            elif msg.command == "CAP" and len(msg.params) >= 3 and msg.params[1] in ("ACK", "NAK"):
                if msg.params[1] == "ACK":
                    self.acked_caps.update(msg.params[-1].split())
                if not cap_done:
                    cap_done = True
                    await self._write("CAP END")
            elif msg.command == "001":
                break
            elif msg.command in ("464", "465") or (
                    msg.command == "NOTICE" and "authentication failed" in msg.trailing.lower()):
                raise IrcError(f"{self.host}: login refused: {msg.trailing}")
            elif msg.command == "433":
                raise IrcError(f"{self.host}: nick {self.nick} is already in use")
            elif msg.command == "ERROR":  # closed on us before welcoming us: refused
                raise IrcError(f"{self.host}: login refused: {msg.trailing}")
        for channel in self.channels:
            await self._write(format_line("JOIN", "#" + channel))

    async def _read(self) -> IrcMessage | None:
        assert self._reader is not None
        while True:
            raw = await self._reader.readline()
            if not raw:
                return None
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if not line:
                continue
            try:
                return parse_line(line)
            except ValueError:
                log.warning("irc: unparseable line %r", line)

    async def check_link(self, within: float) -> bool:
        """PING and wait for the PONG; a link that stays silent is half-open (the far end is
        gone, the socket does not know yet): drop it so the reconnect starts now."""
        if not self.connected.is_set():
            return False
        self._checks += 1
        token = f"hawker-check-{self._checks}"
        pong: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pong_waiters[token] = pong
        timer = asyncio.ensure_future(self.clock.sleep(within))
        try:
            await self._write(format_line("PING", token))
            await asyncio.wait({pong, timer}, return_when=asyncio.FIRST_COMPLETED)
        except (OSError, ConnectionError):
            pass
        finally:
            timer.cancel()
            self._pong_waiters.pop(token, None)
        if pong.done():
            return True
        log.warning("irc: no PONG from %s in %ss; reconnecting", self.host, within)
        if self._writer is not None:
            self._writer.transport.abort()  # the reader sees the end and reconnects
        self._drop()
        return False

    async def _may_retry(self, err: IrcError) -> bool:
        """A refused login may be an expired token: the owner can renew it once and retry."""
        if self.on_refused is None:
            return False
        try:
            return await self.on_refused(err)
        except Exception:
            log.exception("irc: renewing the login failed")
            return False

    def _drop(self) -> None:
        self.connected.clear()
        self.down.set()
        if self._writer is not None:
            self._writer.close()
        self._writer = None

    async def _run(self) -> None:
        attempt = 0
        while not self._closing:
            try:
                if not self.connected.is_set():
                    await self._connect()
                attempt = 0
                reconnect_now = await self._read_loop()
            except IrcError as err:
                self._drop()
                if await self._may_retry(err):
                    continue
                log.error("irc: giving up: %s", err)
                return
            except (TimeoutError, OSError, ConnectionError, asyncio.IncompleteReadError,
                    asyncio.LimitOverrunError, ValueError) as err:
                log.warning("irc: connection to %s:%s lost: %s", self.host, self.port, err)
                reconnect_now = False
            self._drop()
            if self._closing:
                return
            if not reconnect_now:
                await self.clock.sleep(self.backoff.delay(attempt))
                attempt += 1

    async def _read_loop(self) -> bool:
        """Dispatch lines until the link ends; True when the server asked us to reconnect."""
        while True:
            msg = await self._read_with_keepalive()
            if msg is None:
                return False
            if msg.command == "PING":
                await self._write(format_line("PONG", *msg.params))
                continue
            if msg.command == "PONG":
                waiter = self._pong_waiters.pop(msg.trailing, None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(None)
            if msg.command == "RECONNECT":
                log.info("irc: server asked us to reconnect")
                return True
            for handler in list(self.handlers):
                try:
                    result = handler(msg)
                    if asyncio.iscoroutine(result):
                        await result
                except Exception:
                    log.exception("irc: handler failed on %s", msg.command)

    async def _read_with_keepalive(self) -> IrcMessage | None:
        """Read a line; after `ping_interval` of silence PING the server, and after another
        one give the link up as dead."""
        read = asyncio.ensure_future(self._read())
        try:
            for _ in range(2):
                timer = asyncio.ensure_future(self.clock.sleep(self.ping_interval))
                done, _ = await asyncio.wait({read, timer}, return_when=asyncio.FIRST_COMPLETED)
                timer.cancel()
                if read in done:
                    return read.result()
                await self._write(format_line("PING", "keepalive"))
            raise ConnectionError("no answer to PING")
        finally:
            if not read.done():
                read.cancel()
