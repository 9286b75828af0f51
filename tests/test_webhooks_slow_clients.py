"""The webhook server against slow and hostile clients: body read timeouts (408), a connection
cap (503), one log line per refused request and no tracebacks, a taken port in one line."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest

from bot.app import Hawker
from bot.config import Config, ConfigError
from tests import test_webhooks_inbound as inbound

receiver, subscriber = inbound.receiver, inbound.subscriber  # fixtures


def build(tmp_path, clock, receiver, subscriber, monkeypatch, **over) -> Hawker:
    app, _ = inbound.make_app(tmp_path, clock, receiver, subscriber, monkeypatch)
    app.webhooks.server.read_timeout = over.get("read_timeout_seconds", 10.0)
    app.webhooks.server.max_connections = over.get("max_connections", 256)
    return app


async def _partial(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /webhooks/shop HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 500\r\n\r\n{\"id\": \"slow\"")
    await writer.drain()
    return reader, writer


@pytest.mark.slow
async def test_bodies_that_never_finish_get_a_408_and_the_connection_closes(
        tmp_path, clock, receiver, subscriber, monkeypatch, caplog):
    app = build(tmp_path, clock, receiver, subscriber, monkeypatch, read_timeout_seconds=1.0)
    await app.start()
    try:
        conns = [await _partial(app.webhooks.server.port) for _ in range(40)]
        answers = await asyncio.wait_for(
            asyncio.gather(*(r.read() for r, _ in conns)), timeout=6)  # read() = until closed
        assert all(a.startswith(b"HTTP/1.1 408") for a in answers), answers[0][:80]
        for _, w in conns:
            w.close()
    finally:
        await app.stop()
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


async def test_connections_beyond_the_cap_get_a_503(tmp_path, clock, receiver, subscriber,
                                                     monkeypatch):
    app = build(tmp_path, clock, receiver, subscriber, monkeypatch, max_connections=4,
                read_timeout_seconds=30.0)
    await app.start()
    port = app.webhooks.server.port
    try:
        held = [await _partial(port) for _ in range(4)]
        await asyncio.sleep(0.1)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), 5)
        assert line.startswith(b"HTTP/1.1 503"), line
        for _, w in [*held, (reader, writer)]:
            w.close()
    finally:
        await app.stop()


async def test_each_refused_request_is_one_log_line_without_a_traceback(
        tmp_path, clock, receiver, subscriber, monkeypatch, caplog):
    app = build(tmp_path, clock, receiver, subscriber, monkeypatch, read_timeout_seconds=0.5)
    await app.start()
    port = app.webhooks.server.port
    hostile = [
        b"POST /webhooks/shop HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",  # unsigned
        b"POST /webhooks/chat HTTP/1.1\r\nHost: x\r\nHawker-Source: \xff\xfe\r\n"
        b"Content-Length: 2\r\n\r\n{}",
        b"POST /webhooks/shop HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
        b"POST /admin/pause HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xc3\x28\r\n"
        b"Content-Length: 0\r\n\r\n",
        b"POST /webhooks/shop HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{",  # then gone
    ]
    caplog.set_level(logging.INFO)
    try:
        for raw in hostile:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(raw)
            await writer.drain()
            if raw.endswith(b"{"):
                writer.close()  # the client disconnects mid-body
                await asyncio.sleep(0.8)
            else:
                await asyncio.wait_for(reader.readline(), 5)
                writer.close()
    finally:
        await app.stop()
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) >= 4
    assert all("\n" not in r.getMessage() for r in refused)
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


async def test_a_webhook_port_in_use_is_one_line(tmp_path, clock, receiver, subscriber,
                                                 monkeypatch):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        app = build(tmp_path, clock, receiver, subscriber, monkeypatch)
        app.webhooks.server.port = taken.getsockname()[1]
        with pytest.raises(ConfigError) as err:
            await app.start()
        await app.stop()
    finally:
        taken.close()
    msg = str(err.value)
    assert "\n" not in msg and "cannot listen on 127.0.0.1" in msg and "[webhooks] port" in msg


def test_the_server_settings_come_from_the_config(tmp_path):
    path = tmp_path / "hawker.toml"
    path.write_text("[webhooks]\nread_timeout_seconds = 3\nmax_connections = 12\n")
    cfg = Config.load(path).webhooks
    assert (cfg.read_timeout_seconds, cfg.max_connections) == (3.0, 12)
