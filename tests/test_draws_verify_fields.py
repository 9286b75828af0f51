"""`hawker draw verify`: one test per field of the exported record. An edited field either
makes verification fail, or is never printed as verified (only on the "not checked" line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests import test_draws_verify as base

drawn = base.drawn  # fixture: a store with one drawn draw, 3 winners of 40

MARK = "ZZ-EDITED-987654"


def _pick(i: int, key: str, value):  # noqa: ANN001, ANN202
    def edit(r: dict) -> None:
        r["picks"][i][key] = value
    return edit


def _set(path: tuple, value):  # noqa: ANN001, ANN202
    def edit(r: dict) -> None:
        target = r
        for k in path[:-1]:
            target = target[k]
        target[path[-1]] = value
    return edit


def _remove_last_winner(r: dict) -> None:
    last = r["picks"].pop()
    r["winners"].remove([last["platform"], last["viewer_id"]])


def _status_lost(r: dict) -> None:
    r["picks"][0]["status"] = "disqualified"
    r["winners"].pop(0)


def _tickets(r: dict) -> None:
    r["entries"][3][2] = 9


def _drop_entry(r: dict) -> None:
    r["entries"].pop(7)


FIELDS = {
    # field: (edit, verdict) — "fails", or "unchecked" (must not appear as verified)
    "format": (_set(("format",), MARK), "fails"),
    "version": (_set(("version",), MARK), "fails"),
    "draw.id": (_set(("draw", "id"), 987654), "unchecked"),
    "draw.prize": (_set(("draw", "prize"), MARK), "fails"),
    "draw.winners": (_set(("draw", "winners"), 2), "fails"),
    "draw.state": (_set(("draw", "state"), MARK), "unchecked"),
    "draw.created_at": (_set(("draw", "created_at"), 987654.5), "unchecked"),
    "draw.opened_at": (_set(("draw", "opened_at"), 987654.5), "unchecked"),
    "draw.closed_at": (_set(("draw", "closed_at"), 987654.5), "unchecked"),
    "draw.drawn_at": (_set(("draw", "drawn_at"), 987654.5), "unchecked"),
    "rules": (_set(("rules", "prize"), MARK), "fails"),
    "rules_hash": (_set(("rules_hash",), "ab" * 32), "fails"),
    "commitment": (_set(("commitment",), "ab" * 32), "fails"),
    "seed": (_set(("seed",), "cd" * 32), "fails"),
    "list_hash": (_set(("list_hash",), "ef" * 32), "fails"),
    "drand": (_set(("drand",), {"round": 987654, "signature": MARK}), "unchecked"),
    "entries.tickets": (_tickets, "fails"),
    "entries.removed": (_drop_entry, "fails"),
    "picks.seq": (_pick(1, "seq", 5), "fails"),
    "picks.platform": (_pick(0, "platform", MARK), "fails"),
    "picks.viewer_id": (_pick(0, "viewer_id", MARK), "fails"),
    "picks.name": (_pick(0, "name", MARK), "unchecked"),
    "picks.status": (_status_lost, "fails"),
    "picks.reason": (_pick(0, "reason", MARK), "unchecked"),
    "winners.removed": (_remove_last_winner, "fails"),
    "winners.edited": (_set(("winners", 0), ["twitch", MARK]), "fails"),
}


@pytest.mark.parametrize("field", list(FIELDS))
def test_an_edited_field_fails_or_is_not_shown_as_verified(drawn, capsys, field):
    config, out = drawn
    assert main(["draw", "export", "1", "--config", str(config), "-o", str(out)]) == 0
    record = json.loads(out.read_text())
    original = json.dumps(record)
    edit, verdict = FIELDS[field]
    edit(record)
    assert json.dumps(record) != original
    bad = Path(out).with_name("edited.json")
    bad.write_text(json.dumps(record))
    capsys.readouterr()
    rc = main(["draw", "verify", str(bad)])
    text = capsys.readouterr().out
    if verdict == "fails":
        assert rc == 1 and "FAILED" in text, text
        return
    assert rc == 0, text
    verified, _, unchecked = text.partition("not checked (as the file says):")
    for shown in (MARK, "987654"):
        assert shown not in verified, f"{field} printed as verified:\n{text}"
    if field in ("draw.id", "picks.name", "draw.state"):
        assert ("987654" if field == "draw.id" else MARK) in unchecked


def test_every_field_of_the_export_has_a_test(drawn):
    config, out = drawn
    main(["draw", "export", "1", "--config", str(config), "-o", str(out)])
    record = json.loads(out.read_text())
    fields = {k for k in record if not isinstance(record[k], dict) or k in ("rules", "drand")}
    fields |= {f"draw.{k}" for k in record["draw"]}
    fields |= {f"picks.{k}" for k in record["picks"][0]}
    covered = {f.split(".")[0] if f.split(".")[0] in ("entries", "winners") else f
               for f in FIELDS}
    assert fields - {"picks", "entries", "winners"} <= covered, fields - covered
    assert {"entries", "winners"} <= covered
