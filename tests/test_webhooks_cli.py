"""`hawker webhooks sign | dead-letters | retry`."""

from __future__ import annotations

import shlex

from bot.cli import main
from bot.clock import FakeClock
from bot.store import Store
from plugins.webhooks.outbound import EventBus, Target
from plugins.webhooks.signing import verify


def test_sign_prints_a_curl_command_with_a_valid_signature(tmp_path, monkeypatch, capsys):
    body = tmp_path / "event.json"
    body.write_bytes(b'{"id":"s-1","type":"stock","sku":"BEEF-SHANK-1KG","stock":3}')
    monkeypatch.setenv("HAWKER_CLI_SECRET", "cli-secret")
    assert main(["webhooks", "sign", str(body), "--secret-env", "HAWKER_CLI_SECRET",
                 "--source", "shop"]) == 0
    words = shlex.split(capsys.readouterr().out)
    headers = dict(w.split(": ", 1) for w in words[words.index("-H") + 1::2] if ": " in w)
    assert headers["Hawker-Event-Id"] == "s-1" and headers["Hawker-Source"] == "shop"
    verify("cli-secret", headers, body.read_bytes(), now=float(headers["Hawker-Timestamp"]))
    assert words[-1] == f"@{body}"


def test_sign_names_a_missing_secret(tmp_path, monkeypatch, capsys):
    body = tmp_path / "event.json"
    body.write_text('{"id": "x"}')
    monkeypatch.delenv("HAWKER_NOPE", raising=False)
    assert main(["webhooks", "sign", str(body), "--secret-env", "HAWKER_NOPE"]) == 2
    assert "HAWKER_NOPE is not set" in capsys.readouterr().err


def test_dead_letters_are_listed_and_retried(tmp_path, capsys):
    config = tmp_path / "hawker.toml"
    config.write_text('[store]\npath = "show.db"\n')
    clock = FakeClock()
    store = Store(tmp_path / "show.db", clock=clock)
    bus = EventBus(store, clock, [Target("crm", "http://x", "s")])
    bus.publish("draw.winner", {"draw": 1})
    store.execute("UPDATE webhook_outbound SET status = 'dead', attempts = 8, "
                  "last_error = 'HTTP 500: boom'")
    assert main(["webhooks", "dead-letters", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "#1" in out and "draw.winner" in out and "HTTP 500: boom" in out
    assert main(["webhooks", "retry", "1", "--config", str(config)]) == 0
    assert bus.counts()["pending"] == 1
    assert main(["webhooks", "retry", "1", "--config", str(config)]) == 2
