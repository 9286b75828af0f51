"""The audit log records moderator and filter actions and the bot's messages; `hawker audit`
prints or exports it."""

from __future__ import annotations

import csv
import json

from moderation_support import start_show

from bot.cli import main
from bot.events import Role


async def record_a_show(db, clock) -> None:  # noqa: ANN001
    app, console = await start_show(db, clock)
    await console.say("amy", "!bot pause", Role.MODERATOR)
    await console.say("spam", "FREE FOLLOWERS AT followers.biz")
    await console.say("amy", "!bot resume", Role.MODERATOR)
    await console.say("amy", "!mute @spam", Role.MODERATOR)
    await clock.advance(1)
    await app.stop()


async def test_every_action_is_recorded(tmp_path, clock):
    from bot.store import Store

    await record_a_show(tmp_path / "show.db", clock)
    store = Store(tmp_path / "show.db")
    entries = store.audit_entries()
    kinds = [e["kind"] for e in entries]
    assert [k for k in kinds if not k.startswith("bot.")] == [
        "mod.pause",
        "filter.silent",
        "mod.resume",
        "mod.mute",
    ]
    assert kinds.count("bot.sent") == 3  # paused, back on air, muted: the first strike is silent
    pause = entries[0]
    assert pause["actor"] == "console:amy" and pause["detail"]["role"] == "MODERATOR"
    warn = store.audit_entries(kind="filter")[0]["detail"]
    assert warn["filter"] == "links" and warn["viewer"] == "console:spam"
    assert warn["text"] == "FREE FOLLOWERS AT followers.biz"
    store.close()


async def test_hawker_audit_exports_jsonl_and_csv(tmp_path, clock, capsys):
    await record_a_show(tmp_path / "show.db", clock)
    config = tmp_path / "hawker.toml"
    config.write_text('[store]\npath = "show.db"\n', encoding="utf-8")

    assert main(["audit", "--config", str(config), "--kind", "mod"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["kind"] for r in rows] == ["mod.pause", "mod.resume", "mod.mute"]
    assert rows[2]["detail"]["target"] == "console:spam"
    assert rows[0]["time"].startswith("2025-06-15T")  # the fake clock's day, in UTC

    out = tmp_path / "audit.csv"
    assert main(["audit", "--config", str(config), "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == 7 and table[0]["kind"] == "mod.pause"
    warn = next(r for r in table if r["kind"] == "filter.silent")
    assert json.loads(warn["detail"])["filter"] == "links"
    assert {"id", "time", "at", "kind", "actor", "detail"} == set(table[0])


def test_hawker_audit_errors_name_the_file(tmp_path, capsys):
    config = tmp_path / "hawker.toml"
    config.write_text('[store]\npath = "missing.db"\n', encoding="utf-8")
    assert main(["audit", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "store.path: no store at" in err and "missing.db" in err
    assert not (tmp_path / "missing.db").exists()
    assert main(["audit", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "no such config file" in capsys.readouterr().err
