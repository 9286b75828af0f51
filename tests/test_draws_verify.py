"""`hawker draw export` and `hawker draw verify`, through the real CLI, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.clock import FakeClock
from bot.draws.service import Draws
from bot.draws.settings import DrawsSection
from bot.draws.verify import verify_record
from bot.events import ChatMessage, Role, Viewer
from bot.persona import Persona
from bot.store import Store


class Sink:
    def __init__(self) -> None:
        self.items: list = []

    def put(self, item) -> None:  # noqa: ANN001
        self.items.append(item)


@pytest.fixture
def drawn(tmp_path: Path) -> tuple[Path, Path]:
    """A show folder whose store holds one drawn draw (3 winners of 40, some weighted)."""
    db = tmp_path / "show.db"
    (tmp_path / "persona.yaml").write_text("name: Z\n")
    config = tmp_path / "hawker.toml"
    config.write_text('[show]\npersona = "persona.yaml"\n[store]\npath = "show.db"\n')
    clock = FakeClock()
    store = Store(db, clock=clock)
    draws = Draws(store, clock, Sink(), Persona(name="Z"),
                  DrawsSection(tickets={"subscriber": 3}, claim_seconds=0))
    draw_id = draws.create("TV", 3, "tv", 60, "show")
    draws.open(draw_id)
    for i in range(40):
        v = Viewer(("twitch", "discord", "youtube")[i % 3], f"id{i}", f"v{i}",
                   Role.SUBSCRIBER if i % 4 == 0 else Role.VIEWER)
        draws.try_enter(ChatMessage(v.platform, "c", str(i), v, "tv", clock.now()))
    draws.flush()
    draws.close(draw_id)
    draws.pick(draw_id)
    store.close()
    return config, tmp_path / "draw-1.json"


def test_export_then_verify_says_the_winners_match(drawn, capsys):
    config, out = drawn
    assert main(["draw", "export", "1", "--config", str(config), "-o", str(out)]) == 0
    record = json.loads(out.read_text())
    assert len(record["entries"]) == 40 and len(record["winners"]) == 3
    capsys.readouterr()
    args = ["draw", "verify", str(out), "--commitment", record["commitment"],
            "--list-hash", record["list_hash"]]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "OK: the winners match" in text and text.count("winner:") == 3


def _tampered(out: Path, change) -> Path:  # noqa: ANN001
    record = json.loads(out.read_text())
    change(record)
    bad = out.with_name("bad.json")
    bad.write_text(json.dumps(record))
    return bad


def _new_seed(r: dict) -> None:
    r["seed"] = "00" * 32


def _add_entrant(r: dict) -> None:
    r["entries"].append(["zz-platform", "sneaky", 1])


def _reorder(r: dict) -> None:
    r["entries"][0], r["entries"][1] = r["entries"][1], r["entries"][0]


def _swap_winner(r: dict) -> None:
    loser = next(e for e in r["entries"] if [e[0], e[1]] not in r["winners"])
    r["picks"][0]["platform"], r["picks"][0]["viewer_id"] = loser[0], loser[1]
    r["winners"][0] = [loser[0], loser[1]]


def _more_tickets(r: dict) -> None:
    r["entries"][5][2] = 50


def _rules(r: dict) -> None:
    r["rules"]["winners"] = 10


@pytest.mark.parametrize("change,reason", [
    (_new_seed, "seed does not match the commitment"),
    (_add_entrant, "does not match the entry-list hash"),
    (_reorder, "out of canonical order"),
    (_swap_winner, "pick 0: the record says"),
    (_more_tickets, "does not match the entry-list hash"),
    (_rules, "rules do not match the rules hash"),
])
def test_verify_rejects_a_tampered_record_with_a_reason(drawn, capsys, change, reason):
    config, out = drawn
    assert main(["draw", "export", "1", "--config", str(config), "-o", str(out)]) == 0
    bad = _tampered(out, change)
    capsys.readouterr()
    assert main(["draw", "verify", str(bad)]) == 1
    text = capsys.readouterr().out
    assert "FAILED" in text and reason in text


def test_verify_checks_the_published_values_and_bad_files(drawn, tmp_path, capsys):
    config, out = drawn
    main(["draw", "export", "1", "--config", str(config), "-o", str(out)])
    record = json.loads(out.read_text())
    # A consistent forgery (new seed, its own commitment) still fails against what was announced.
    verdict = verify_record(record, commitment="ab" * 32)
    assert not verdict.ok and "not the one published at open" in verdict.reasons[0]
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    assert main(["draw", "verify", str(junk)]) == 1
    junk.write_text("[]")
    assert main(["draw", "verify", str(junk)]) == 1
    assert "not a hawker-draw-record" in capsys.readouterr().out
    assert main(["draw", "export", "9", "--config", str(config)]) == 1


def _cjk_only(line: str) -> bool:
    """No English word in the line: letters are Chinese, or the CLI's own names and hex."""
    import re

    words = re.findall(r"[A-Za-z]{3,}", line)
    allowed = {"hawker", "draw", "verify", "export", "drand", "commitment", "list", "hash",
               "twitch", "discord", "youtube", "json", "SHA", "claimed", "pending", "won",
               "finished", "TV"}  # names, states: the file's words
    return all(w in allowed or all(c in "abcdef" for c in w) for w in words)


def test_a_chinese_viewer_verifies_a_draw_in_chinese(drawn, capsys, monkeypatch):
    config, out = drawn
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["draw", "export", "1", "--config", str(config), "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith("已把抽奖 #1（40 条报名）写入 ")
    assert main(["draw", "verify", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("已检查：抽奖程序 ") and lines[-1] == "通过：中奖者一致"
    assert all(_cjk_only(line) for line in lines), lines
    bad = _tampered(out, _new_seed)
    assert main(["draw", "verify", str(bad), "--commitment", "ab" * 32]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("未通过：") and len(lines) == 3
    assert "种子承诺不是开始时公布的那个" in lines[1] and "种子被改过" in lines[2]
    assert all(_cjk_only(line.replace(str(bad), "")) for line in lines), lines
    assert main(["draw", "export", "9", "--config", str(config)]) == 1
    assert capsys.readouterr().err.strip() == "hawker draw export：没有抽奖 #9"
    # --lang wins over the locale; the reasons stay English for logs and the API.
    assert main(["draw", "verify", str(bad), "--lang", "en"]) == 1
    assert "seed does not match the commitment" in capsys.readouterr().out
    assert "seed does not match" in verify_record(json.loads(bad.read_text())).reasons[0]
