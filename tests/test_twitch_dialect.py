"""Twitch's IRC dialect against a scripted server on loopback (tests/twitch_server.py)."""

from __future__ import annotations

import asyncio
import contextlib
import random
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.clock import FakeClock
from bot.config import ConfigError
from bot.events import ChatMessage, ModAction, ModKind, Role, Viewer
from plugins.base import Delivery, MessageSink
from plugins.twitch import TwitchAdapter
from plugins.twitch.irc import Backoff, format_line, parse_line, unescape_tag
from plugins.twitch.tokens import TwitchTokens
from tests.twitch_server import TwitchServer
from tests.waits import eventually


@pytest.fixture
async def server():
    srv = await TwitchServer(room_ids={"shopshow": "4242"}).start()
    yield srv
    await srv.close()


@contextlib.asynccontextmanager
async def running(server: TwitchServer, clock: FakeClock, inbox: MessageSink | None = None,
                  **kw) -> AsyncIterator[TwitchAdapter]:
    """An adapter connected to the scripted server for the body of a `with`, then stopped."""
    tw = make_adapter(server, clock, **kw)
    await tw.start(inbox if inbox is not None else Inbox())
    try:
        yield tw
    finally:
        await tw.stop()


def make_adapter(server: TwitchServer, clock: FakeClock, **kw) -> TwitchAdapter:
    kw.setdefault("token", "oauth:s3cret")
    return TwitchAdapter(
        channels=["#ShopShow"],
        nick="HawkerBot",
        clock=clock,
        host="127.0.0.1",
        port=server.port,
        tls=False,
        backoff=Backoff(base=1.0, cap=8.0, floor=0.5, rng=random.Random(7)),
        **kw,
    )


class Inbox(list):
    async def __call__(self, msg: ChatMessage) -> None:
        self.append(msg)


# -- the wire format --------------------------------------------------------------------------


def test_parse_documented_privmsg_with_escaped_tags():
    line = (
        "@badge-info=subscriber/8;badges=moderator/1,subscriber/6;display-name=Ronni;"
        "id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;reply-parent-msg-body=is\\sit\\:\\sready?\\\\;"
        "user-id=1337;emotes= :ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #ronni :Kappa Keepo :)"
    )
    m = parse_line(line)
    assert m.command == "PRIVMSG" and m.params == ("#ronni", "Kappa Keepo :)")
    assert m.nick == "ronni"
    assert m.tags["reply-parent-msg-body"] == "is it; ready?\\"
    assert m.tags["emotes"] == "" and m.tags["user-id"] == "1337"
    assert unescape_tag("trailing\\") == "trailing" and unescape_tag("a\\qb") == "aqb"


def test_format_line_round_trips_and_refuses_line_breaks():
    line = format_line("PRIVMSG", "#c", "hi; there\\ :)", tags={"reply-parent-msg-id": "x y;z"})
    m = parse_line(line)
    assert m.params == ("#c", "hi; there\\ :)") and m.tags == {"reply-parent-msg-id": "x y;z"}
    assert parse_line(format_line("PONG", ":tmi")).params == (":tmi",)
    with pytest.raises(ValueError):
        format_line("PRIVMSG", "#c", "two\r\nQUIT")
    with pytest.raises(ValueError):
        parse_line("@tags-only ")


def test_backoff_grows_with_jitter_and_stays_capped():
    b = Backoff(base=1.0, cap=30.0, floor=0.5, rng=random.Random(1))
    delays = [[b.delay(n) for _ in range(200)] for n in range(8)]
    assert all(0.5 <= d <= 30.0 for ds in delays for d in ds)
    assert max(delays[0]) <= 1.0 and max(delays[7]) > 16.0  # grows, capped at 30
    assert len({round(d, 6) for d in delays[5]}) > 150  # jittered, so clients do not stampede


# -- login, tags, roles -----------------------------------------------------------------------


async def test_login_tags_roles_and_dedupe(server, clock):
    tw = make_adapter(server, clock)
    inbox = Inbox()
    await tw.start(inbox)
    try:
        first = server.received[:4]
        assert [m.command for m in first] == ["CAP", "PASS", "NICK", "USER"]
        assert first[0].params == ("REQ", "twitch.tv/tags twitch.tv/commands")
        assert first[1].params == ("oauth:s3cret",)  # the token goes in PASS, oauth: once
        assert tw.irc.acked_caps == {"twitch.tv/tags", "twitch.tv/commands"}
        await eventually(lambda: tw.state["shopshow"].room_id == "4242" and tw.bot_user_id == "900")

        server.privmsg("shopshow", "ann", "how much is the rice?", user_id="11", display_name="Ann")
        mod_id = server.privmsg("shopshow", "mo", "!pause", user_id="12", badges="moderator/1")
        server.privmsg(
            "shopshow", "shopshow", "hi all", user_id="4242", badges="broadcaster/1,subscriber/0"
        )
        server.privmsg(
            "shopshow",
            "vic",
            "@HawkerBot is it fresh?",
            user_id="13",
            badges="vip/1",
            extra={"reply-parent-msg-id": "parent-1", "reply-parent-user-login": "hawkerbot"},
        )
        server.privmsg(
            "shopshow", "sub", "\x01ACTION waves\x01", user_id="14", badges="subscriber/3"
        )
        server.privmsg(
            "shopshow", "mo", "!pause", user_id="12", badges="moderator/1", msg_id=mod_id
        )
        server.privmsg("shopshow", "hawkerbot", "my own echo", user_id="900")
        await eventually(lambda: len(inbox) == 5)
        await asyncio.sleep(0.05)
        ann, mo, caster, vic, sub = inbox
        assert len(inbox) == 5 and tw.duplicates == 1  # the same id twice is handled once
        assert ann.viewer == Viewer("twitch", "11", "Ann", Role.VIEWER, login="ann")
        assert ann.channel == "shopshow" and ann.timestamp == 1_750_000_000.0
        assert mo.role is Role.MODERATOR and mo.message_id == mod_id
        assert caster.role is Role.OWNER
        assert vic.role is Role.SUBSCRIBER and vic.reply_to == "parent-1" and vic.addressed_to_bot
        assert not ann.addressed_to_bot
        assert sub.text == "waves" and sub.role is Role.SUBSCRIBER
    finally:
        await tw.stop()


async def test_display_name_cannot_claim_a_role(server, clock):
    tw = make_adapter(server, clock)
    inbox = Inbox()
    await tw.start(inbox)
    try:
        await eventually(lambda: server.live)
        server.privmsg(
            "shopshow",
            "eve",
            "!draw",
            user_id="66",
            display_name="Moderator",
            extra={"user-type": "mod"},
        )
        await eventually(lambda: inbox)
        assert inbox[0].role is Role.VIEWER
    finally:
        await tw.stop()


async def test_wrong_token_is_a_clear_error(server, clock):
    tw = make_adapter(server, clock, token="nope")
    with pytest.raises(ConfigError, match="platforms.twitch: .*Login authentication failed"):
        await tw.start(Inbox())
    await tw.stop()


# -- keeping the link up ------------------------------------------------------------------------


async def test_ping_pong_and_keepalive(server, clock):
    async with running(server, clock) as tw:
        server.ping()
        await eventually(lambda: any(m.command == "PONG" for m in server.received))
        assert [m for m in server.received if m.command == "PONG"][0].params == ("tmi.twitch.tv",)
        # A silent server gets a PING from us after the keepalive interval (fake time).
        await clock.advance(tw.irc.ping_interval + 1)
        await eventually(lambda: any(m.command == "PING" for m in server.received))


async def test_reconnect_notice_rejoins_at_once(server, clock):
    tw = make_adapter(server, clock)
    inbox = Inbox()
    await tw.start(inbox)
    try:
        server.reconnect()
        await eventually(lambda: server.logins == 2 and len(server.live) == 1)
        assert tw.irc.connections == 2
        server.privmsg("shopshow", "ann", "back?", user_id="11")
        await eventually(lambda: inbox)
        assert clock.now() == 1_750_000_000.0  # no backoff wait was needed
    finally:
        await tw.stop()


async def test_dropped_link_backs_off_and_sends_held_lines_once(server, clock):
    async with running(server, clock) as tw:
        await eventually(lambda: server.live)
        server.drop()
        await eventually(lambda: not tw.irc.connected.is_set())
        send = asyncio.create_task(tw.send(Delivery("shopshow", "Entries close in 10 seconds!")))
        await asyncio.sleep(0.05)
        assert not send.done() and server.logins == 1  # waiting for the backoff, not spinning
        await eventually(lambda: server.logins == 2, clock=clock, step=0.5)
        await send
        await eventually(lambda: server.sent_privmsgs())
        await asyncio.sleep(0.05)
        assert [m.params for m in server.sent_privmsgs()] == [
            ("#shopshow", "Entries close in 10 seconds!")
        ]


# -- sending --------------------------------------------------------------------------------


async def test_reply_threads_and_length(server, clock):
    async with running(server, clock) as tw:
        to = ChatMessage("twitch", "shopshow", "abc-123", Viewer("twitch", "11", "Ann"), "q?", 0.0)
        await tw.send(Delivery("shopshow", "It is 12.90.\nFresh today. " + "x" * 600, reply_to=to))
        await eventually(lambda: server.sent_privmsgs())
        m = server.sent_privmsgs()[0]
        assert m.tags == {"reply-parent-msg-id": "abc-123"}
        assert len(m.params[1]) == 500 and "\n" not in m.params[1]


@pytest.mark.parametrize("badges,limit", [("", 20), ("moderator/1", 100)])
async def test_account_wide_send_limit_is_never_exceeded(clock, badges, limit):
    server = await TwitchServer(bot_badges=badges).start()
    tw = TwitchAdapter(
        channels=["a", "b"],
        nick="hawkerbot",
        token="s3cret",
        clock=clock,
        host="127.0.0.1",
        port=server.port,
        tls=False,
    )
    await tw.start(Inbox())
    try:
        await eventually(lambda: sum(1 for m in server.received if m.command == "JOIN") == 2)
        await eventually(lambda: all(st.room_id for st in tw.state.values()))
        assert [st.bot_is_mod for st in tw.state.values()] == [bool(badges)] * 2
        # Two channels, each within what a per-channel limit would allow: the account limit holds.
        sends = [
            asyncio.create_task(tw.send(Delivery("ab"[i % 2], f"msg {i}")))
            for i in range(limit + 5)
        ]
        await eventually(lambda: len(server.sent_privmsgs()) >= limit)
        await asyncio.sleep(0.05)
        assert len(server.sent_privmsgs()) == limit
        await clock.advance(30.9)  # Twitch's 30 s and a second's margin for the network
        await asyncio.sleep(0.05)
        assert len(server.sent_privmsgs()) == limit
        await clock.advance(0.2)
        await asyncio.gather(*sends)
        await eventually(lambda: len(server.sent_privmsgs()) == limit + 5)
    finally:
        await tw.stop()
        await server.close()


# -- moderation through Helix -------------------------------------------------------------------


async def test_moderation_goes_through_helix_only_where_allowed(clock):
    server = await TwitchServer(bot_badges="moderator/1", room_ids={"shopshow": "4242"}).start()
    calls: list[httpx.Request] = []

    def helix(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.url.path.endswith("/moderation/chat"):
            return httpx.Response(204)
        return httpx.Response(200, json={"data": [{"broadcaster_id": "4242", "user_id": "66"}]})

    http = httpx.AsyncClient(transport=httpx.MockTransport(helix))
    tw = TwitchAdapter(
        channels=["shopshow"],
        nick="hawkerbot",
        token="oauth:s3cret",
        clock=clock,
        host="127.0.0.1",
        port=server.port,
        tls=False,
        client_id="cid",
        helix=http,
    )
    no_helix = make_adapter(server, clock)
    assert not no_helix.capabilities.delete  # no client id: Twitch gives no way to delete
    await tw.start(Inbox())
    try:
        await eventually(
            lambda: (
                tw.capabilities.timeout
                and tw.bot_user_id == "900"
                and tw.state["shopshow"].room_id == "4242"
            )
        )
        spam = ChatMessage(
            "twitch", "shopshow", "m-9", Viewer("twitch", "66", "Eve"), "buy followers", 0.0
        )
        assert await tw.moderate(ModAction(ModKind.DELETE, spam, reason="spam"))
        assert await tw.moderate(ModAction(ModKind.TIMEOUT, spam, seconds=600, reason="spam"))
        d, t = calls
        assert d.method == "DELETE" and dict(d.url.params) == {
            "broadcaster_id": "4242",
            "moderator_id": "900",
            "message_id": "m-9",
        }
        assert d.headers["Authorization"] == "Bearer s3cret" and d.headers["Client-Id"] == "cid"
        assert t.method == "POST" and t.url.path == "/helix/moderation/bans"
        import json

        assert json.loads(t.content) == {
            "data": {"user_id": "66", "reason": "spam", "duration": 600}
        }
    finally:
        await tw.stop()
        await server.close()


async def test_no_moderation_when_twitch_says_bot_is_not_a_moderator(server, clock):
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    async with running(server, clock, client_id="cid", helix=http) as tw:
        await eventually(lambda: tw.state["shopshow"].room_id == "4242")
        assert not tw.capabilities.delete and tw.capabilities.rate.messages == 20
        spam = ChatMessage("twitch", "shopshow", "m-9", Viewer("twitch", "66", "Eve"), "spam", 0.0)
        assert not await tw.moderate(ModAction(ModKind.DELETE, spam))


async def test_send_returns_twitchs_id_for_the_line(server, clock):
    async with running(server, clock) as tw:
        await eventually(lambda: server.live)
        assert (await tw.send(Delivery("shopshow", "hello"))).startswith("sent-")


async def test_line_swallowed_by_a_dying_link_goes_out_once_after_reconnect(server, clock):
    async with running(server, clock) as tw:
        await eventually(lambda: server.live)
        server.deaf = True  # the link is dying: what we write now never arrives
        send = asyncio.create_task(tw.send(Delivery("shopshow", "You're in the draw, Ann!")))
        await eventually(lambda: server.lost)
        assert not send.done()  # no confirmation yet
        server.deaf = False
        server.drop()
        await eventually(lambda: server.logins == 2, clock=clock, step=0.5)
        assert await send  # confirmed on the new connection
        assert [m.params[1] for m in server.sent_privmsgs()] == ["You're in the draw, Ann!"]
        assert tw.resent == 1


async def test_refused_line_is_not_resent(server, clock):
    async with running(server, clock) as tw:
        await eventually(lambda: server.live)
        server.deaf = True
        send = asyncio.create_task(tw.send(Delivery("shopshow", "same again")))
        await eventually(lambda: server.lost)
        for c in server.conns:
            c.write(
                "@msg-id=msg_duplicate :tmi.twitch.tv NOTICE #shopshow "
                ":Your message was not sent because it is identical to the previous one."
            )
        assert await send is None and tw.refused == 1 and tw.resent == 0


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


async def test_tls_as_twitch_serves_it(tmp_path, clock):
    """Twitch chat is TLS on 6697: the client verifies the server's certificate."""
    import ssl

    cert, key = self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    server = await TwitchServer().start(ssl=server_ctx)
    trusted = ssl.create_default_context(cafile=str(cert))
    tw = TwitchAdapter(
        channels=["shopshow"],
        nick="hawkerbot",
        token="s3cret",
        clock=clock,
        host="127.0.0.1",
        port=server.port,
        tls=trusted,
    )
    inbox = Inbox()
    try:
        await tw.start(inbox)
        await eventually(lambda: server.live)
        server.privmsg("shopshow", "ann", "hi over TLS", user_id="11")
        await eventually(lambda: inbox)
        assert inbox[0].text == "hi over TLS"
        # A client that does not trust the certificate refuses to talk.
        untrusting = TwitchAdapter(
            channels=["shopshow"],
            nick="hawkerbot",
            token="s3cret",
            clock=clock,
            host="127.0.0.1",
            port=server.port,
            tls=True,
        )
        with pytest.raises(ConfigError, match="certificate verify failed"):
            await untrusting.start(Inbox())
        await untrusting.stop()
    finally:
        await tw.stop()
        await server.close()


async def test_a_slow_pipeline_never_delays_pong(server, clock):
    release = asyncio.Event()
    seen: list[str] = []

    async def slow_sink(msg: ChatMessage) -> None:
        seen.append(msg.text)
        await release.wait()  # a command that takes its time

    async with running(server, clock, slow_sink):
        await eventually(lambda: server.live)
        server.privmsg("shopshow", "ann", "first", user_id="11")
        server.privmsg("shopshow", "bob", "second", user_id="12")
        await eventually(lambda: seen == ["first"])
        server.ping()
        await eventually(lambda: any(m.command == "PONG" for m in server.received))
        release.set()
        await eventually(lambda: seen == ["first", "second"])  # and still in order


# -- tokens that expire -----------------------------------------------------------------------


def renewing_adapter(server: TwitchServer, clock: FakeClock, token_calls: list, **kw):
    def id_twitch(request: httpx.Request) -> httpx.Response:
        token_calls.append(dict(httpx.QueryParams(request.content.decode())))
        if token_calls[-1].get("refresh_token") != "rt-1":
            return httpx.Response(400, json={"status": 400, "message": "Invalid refresh token"})
        return httpx.Response(
            200,
            json={
                "access_token": server.token,
                "refresh_token": "rt-1",
                "expires_in": 14400,
                "scope": ["chat:read", "chat:edit"],
                "token_type": "bearer",
            },
        )

    http = httpx.AsyncClient(transport=httpx.MockTransport(id_twitch))
    tokens = TwitchTokens("expired", "cid", "csecret", kw.pop("refresh_token", "rt-1"))
    return make_adapter(
        server, clock, token="expired", tokens=tokens, helix=http, client_id="cid", **kw
    )


async def test_expired_token_is_renewed_at_login_and_on_reconnect(server, clock):
    calls: list[dict] = []
    tw = renewing_adapter(server, clock, calls)
    await tw.start(Inbox())
    try:
        assert tw.tokens.refreshes == 1 and server.logins == 1
        assert calls[0] == {
            "grant_type": "refresh_token",
            "refresh_token": "rt-1",
            "client_id": "cid",
            "client_secret": "csecret",
        }
        # Hours later the token lapses; Twitch drops us and wants a fresh one.
        server.token = "s3cret-2"
        server.drop()
        await eventually(lambda: server.logins == 2, clock=clock, step=0.5)
        assert tw.tokens.refreshes == 2 and tw.irc.password == "oauth:s3cret-2"
    finally:
        await tw.stop()


async def test_unrenewable_token_is_a_clear_error(server, clock):
    tw = renewing_adapter(server, clock, [], refresh_token="revoked")
    with pytest.raises(ConfigError, match="Login authentication failed"):
        await tw.start(Inbox())
    await tw.stop()


async def test_helix_401_renews_the_token_and_retries(clock):
    server = await TwitchServer(bot_badges="moderator/1", room_ids={"shopshow": "4242"}).start()
    seen: list[str] = []

    def twitch_apis(request: httpx.Request) -> httpx.Response:
        if request.url.host == "id.twitch.tv":
            return httpx.Response(200, json={"access_token": "fresh", "refresh_token": "rt-2"})
        seen.append(request.headers["Authorization"])
        ok = request.headers["Authorization"] == "Bearer fresh"
        return httpx.Response(204) if ok else httpx.Response(401, json={"message": "expired"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(twitch_apis))
    tokens = TwitchTokens("s3cret", "cid", "csecret", "rt-1")
    tw = TwitchAdapter(
        channels=["shopshow"],
        nick="hawkerbot",
        token="s3cret",
        clock=clock,
        host="127.0.0.1",
        port=server.port,
        tls=False,
        client_id="cid",
        helix=http,
        tokens=tokens,
    )
    await tw.start(Inbox())
    try:
        await eventually(lambda: tw.capabilities.delete and tw.state["shopshow"].room_id)
        spam = ChatMessage("twitch", "shopshow", "m-1", Viewer("twitch", "66", "Eve"), "x", 0.0)
        assert await tw.moderate(ModAction(ModKind.DELETE, spam))
        assert seen == ["Bearer s3cret", "Bearer fresh"] and tokens.refresh_token == "rt-2"
    finally:
        await tw.stop()
        await server.close()


async def test_the_same_line_twice_still_reaches_chat(server, clock):
    """Twitch refuses a non-moderator's repeat within 30 s; a draw says the same thing to one
    viewer after another."""
    server.now = clock.now
    async with running(server, clock) as tw:
        await eventually(lambda: server.live and tw.state["shopshow"].room_id)
        ids = [
            await tw.send(Delivery("shopshow", "You're in the draw. Good luck!")) for _ in range(3)
        ]
        assert all(ids) and server.refused == []
        lines = [m.params[1] for m in server.sent_privmsgs()]
        assert [line.rstrip(" \U000e0000") for line in lines] == [
            "You're in the draw. Good luck!"
        ] * 3
        assert lines[0] != lines[1] != lines[2]
        await clock.advance(31)
        await tw.send(Delivery("shopshow", "You're in the draw. Good luck!"))
        assert server.sent_privmsgs()[-1].params[1] == "You're in the draw. Good luck!"


async def test_half_open_link_is_found_and_the_line_resent(server, clock):
    """The far end vanished without a FIN: writes still "succeed". No confirmation and no
    PONG within the timeouts (fake time) means the link is dropped and the line resent."""
    async with running(server, clock) as tw:
        await eventually(lambda: server.live)
        server.deaf = True  # swallows everything from now on, PINGs included
        send = asyncio.create_task(tw.send(Delivery("shopshow", "Entries close now!")))
        await eventually(lambda: server.lost)
        await clock.advance(10)  # no USERSTATE: the adapter checks the link
        await eventually(lambda: any(m.command == "PING" for m in server.lost))
        await clock.advance(10)  # no PONG either: dropped, reconnecting
        await eventually(lambda: tw.irc.down.is_set() or tw.irc.connections == 2)
        server.deaf = False
        await eventually(lambda: server.logins == 2, clock=clock, step=0.5)
        assert await send
        assert [m.params[1] for m in server.sent_privmsgs()] == ["Entries close now!"]
        assert tw.resent == 1
