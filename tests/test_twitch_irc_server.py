"""The IRC layer against a real IRC server: InspIRCd from the Debian package, on loopback.

`make test` installs the package when it is missing (see the Makefile's irc-server step); where
it cannot, these tests skip and say so.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from bot.clock import FakeClock
from plugins.base import Delivery
from plugins.twitch import TwitchAdapter
from plugins.twitch.irc import Backoff, IrcClient, IrcError, IrcMessage
from tests.test_twitch_dialect import Inbox, eventually

INSPIRCD = shutil.which("inspircd") or (
    "/usr/sbin/inspircd" if os.path.exists("/usr/sbin/inspircd") else None
)

pytestmark = [
    pytest.mark.server,
    pytest.mark.slow,
    pytest.mark.skipif(
        INSPIRCD is None,
        reason="inspircd is not installed (`make test` installs "
        "the Debian package when run as root: apt-get install inspircd)",
    ),
]

CONFIG = """
<server name="irc.hawker.test" description="Hawker test server" network="HawkerTest">
<admin name="test" nick="test" email="test@example.invalid">
<bind address="127.0.0.1" port="{port}" type="clients">
<connect name="main" allow="127.0.0.1" password="{password}" hash="plaintext" timeout="20"
         resolvehostnames="no"
         pingfreq="120" sendq="262144" recvq="65536" localmax="100" globalmax="100"
         maxchans="20" limit="100" threshold="100000" commandrate="1000000" fakelag="off">
<pid file="{dir}/inspircd.pid">
<log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="{dir}/ircd.log">
<options prefixquit="Quit: " defaultmodes="nt">
<security hidesplits="no">
<performance netbuffersize="10240" somaxconn="128" clonesonconnect="false" quietbursts="yes">
<module name="cap">
<module name="ircv3">
<module name="ircv3_msgid">
<module name="ircv3_servertime">
<module name="ircv3_ctctags">
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class InspIRCd:
    def __init__(self, folder: Path, password: str = "letmein") -> None:
        self.folder, self.password, self.port = folder, password, free_port()
        self.conf = folder / "inspircd.conf"
        self.conf.write_text(CONFIG.format(port=self.port, password=password, dir=folder))
        self.proc: subprocess.Popen | None = None

    async def start(self) -> None:
        self._spawn()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 15
        while True:  # real time: waiting for another process to listen
            try:
                _, w = await asyncio.open_connection("127.0.0.1", self.port)
                w.close()
                return
            except OSError:
                if self.proc.poll() is not None or loop.time() > deadline:
                    log = (
                        (self.folder / "ircd.log").read_text()
                        if (self.folder / "ircd.log").exists()
                        else ""
                    )
                    raise RuntimeError(f"inspircd did not start: {log[-2000:]}") from None
                await asyncio.sleep(0.05)

    def _spawn(self) -> None:
        args = [INSPIRCD, "--nofork", f"--config={self.conf}"]
        if os.geteuid() == 0:
            args.append("--runasroot")
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)  # a crash, not a goodbye
            self.proc.wait(10)


@pytest.fixture
async def ircd(tmp_path):
    server = InspIRCd(tmp_path)
    await server.start()
    yield server
    server.stop()


def client(ircd: InspIRCd, clock: FakeClock, nick: str, **kw) -> IrcClient:
    kw.setdefault("password", ircd.password)
    kw.setdefault("channels", ["show"])
    return IrcClient(
        "127.0.0.1",
        ircd.port,
        nick=nick,
        tls=False,
        clock=clock,
        backoff=Backoff(base=1.0, cap=4.0, floor=0.5),
        **kw,
    )


class Lines(list):
    def __call__(self, msg: IrcMessage) -> None:
        self.append(msg)

    def of(self, command: str) -> list[IrcMessage]:
        return [m for m in self if m.command == command]


async def test_register_join_and_talk_both_ways(ircd, clock):
    bot, viewer = client(ircd, clock, "hawker"), client(ircd, clock, "ann")
    bot_lines, viewer_lines = Lines(), Lines()
    bot.handlers.append(bot_lines)
    viewer.handlers.append(viewer_lines)
    await bot.start()
    await viewer.start()
    try:
        # A plain IRC server NAKs Twitch's capabilities; registration still completes.
        assert bot.acked_caps == set()
        await eventually(lambda: any(m.nick == "ann" for m in bot_lines.of("JOIN")))
        await viewer.privmsg("show", "how much is the rice? ;)")
        await bot.privmsg("#show", ":) 12.90 today")
        await eventually(lambda: bot_lines.of("PRIVMSG") and viewer_lines.of("PRIVMSG"))
        heard = bot_lines.of("PRIVMSG")[0]
        assert heard.nick == "ann" and heard.params == ("#show", "how much is the rice? ;)")
        assert viewer_lines.of("PRIVMSG")[0].params == ("#show", ":) 12.90 today")
    finally:
        await bot.close()
        await viewer.close()


async def test_ircv3_tags_through_a_real_server(ircd, clock):
    """With message-tags, the server adds msgid and time, and relays client tags with escapes."""
    caps = ("message-tags", "server-time")
    bot, viewer = client(ircd, clock, "hawker", caps=caps), client(ircd, clock, "ann", caps=caps)
    lines = Lines()
    bot.handlers.append(lines)
    await bot.start()
    await viewer.start()
    try:
        assert bot.acked_caps == {"message-tags", "server-time"}
        await eventually(lambda: any(m.nick == "ann" for m in lines.of("JOIN")))
        await viewer.privmsg("show", "hello", tags={"+hawker/note": "a b;c\\d"})
        await eventually(lambda: lines.of("PRIVMSG"))
        tags = lines.of("PRIVMSG")[0].tags
        assert tags["+hawker/note"] == "a b;c\\d"
        assert tags["msgid"] and tags["time"].endswith("Z")
    finally:
        await bot.close()
        await viewer.close()


async def test_wrong_password_is_refused(ircd, clock):
    bad = client(ircd, clock, "hawker", password="wrong")
    with pytest.raises(IrcError, match="login refused.*Access denied"):
        await bad.start()
    await bad.close()


async def test_server_crash_reconnects_with_backoff_and_rejoins(ircd, clock):
    bot = client(ircd, clock, "hawker")
    lines = Lines()
    bot.handlers.append(lines)
    await bot.start()
    try:
        ircd.stop()
        await eventually(lambda: not bot.connected.is_set())
        held = asyncio.create_task(bot.privmsg("show", "still here"))
        # Refused connections back off on the fake clock; nothing spins.
        await clock.advance(3)
        await asyncio.sleep(0.05)
        assert bot.connections == 1 and not held.done()
        await ircd.start()
        await eventually(lambda: bot.connections == 2, clock=clock, step=0.5, within=15)
        viewer = client(ircd, clock, "ann")
        viewer_lines = Lines()
        viewer.handlers.append(viewer_lines)
        await viewer.start()
        try:
            await held  # the line held while down goes out on the new connection
            await viewer.privmsg("show", "welcome back")
            await eventually(lambda: lines.of("PRIVMSG"))
            assert lines.of("PRIVMSG")[0].params == ("#show", "welcome back")  # rejoined #show
        finally:
            await viewer.close()
    finally:
        await bot.close()


async def test_twitch_adapter_on_a_plain_irc_server(ircd, clock):
    """No Twitch tags: ids come from nicks, message ids are local, nothing breaks."""
    tw = TwitchAdapter(
        channels=["show"],
        nick="hawker",
        token=ircd.password,
        clock=clock,
        host="127.0.0.1",
        port=ircd.port,
        tls=False,
    )
    tw.irc.password = ircd.password  # a plain server takes the password as is
    inbox = Inbox()
    await tw.start(inbox)
    viewer = client(ircd, clock, "ann")
    lines = Lines()
    viewer.handlers.append(lines)
    await viewer.start()
    try:
        await viewer.privmsg("show", "@hawker is the rice fresh?")
        await eventually(lambda: inbox)
        msg = inbox[0]
        assert msg.viewer.id == "ann" and msg.addressed_to_bot and msg.message_id.startswith("irc-")
        await tw.send(Delivery("show", "Yes, today."))
        await eventually(lambda: lines.of("PRIVMSG"))
        assert lines.of("PRIVMSG")[0].params == ("#show", "Yes, today.")
    finally:
        await viewer.close()
        await tw.stop()
