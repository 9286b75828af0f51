"""The audit log: what moderators told the bot, what the filters did, and `hawker audit`.

Entries live in the store's `audit` table (`Store.audit`). Kinds used by moderation:
`mod.<command>` for moderator actions, `filter.<step>` for filter actions, `review.<decision>`
for the review queue. The app records `bot.sent` for every message the bot sent, with the
reply's `source` (composer, product, passages, facts version, review item) for answers.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from bot.events import ChatMessage, Viewer
from bot.store import Store


def actor(viewer: Viewer) -> str:
    """Who did it, stable across name changes: platform and platform id."""
    return f"{viewer.platform}:{viewer.id}"


class Auditor:
    """Small helpers so every moderation record names the same fields the same way."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def moderator(self, kind: str, msg: ChatMessage, **detail: Any) -> int:
        v = msg.viewer
        return self.store.audit(
            f"mod.{kind}",
            actor(v),
            name=v.display_name,
            role=v.role.name,
            channel=f"{msg.platform}/{msg.channel}",
            **detail,
        )

    def filtered(self, step: str, msg: ChatMessage, filter: str, detail: str, strike: int) -> int:
        v = msg.viewer
        return self.store.audit(
            f"filter.{step}",
            "hawker",
            viewer=actor(v),
            name=v.display_name,
            channel=f"{msg.platform}/{msg.channel}",
            message_id=msg.message_id,
            filter=filter,
            why=detail,
            strike=strike,
            text=msg.text[:500],
        )


# -- export -----------------------------------------------------------------------------------

FORMATS = ("jsonl", "csv")


def _iso(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).isoformat(timespec="milliseconds")


def write_entries(entries: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write audit entries as JSON lines or CSV (detail as a JSON column); returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    n = 0
    if fmt == "jsonl":
        for e in entries:
            out.write(json.dumps({**e, "time": _iso(e["at"])}, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.writer(out)
    writer.writerow(["id", "time", "at", "kind", "actor", "detail"])
    for e in entries:
        writer.writerow(
            [
                e["id"],
                _iso(e["at"]),
                e["at"],
                e["kind"],
                e["actor"],
                json.dumps(e["detail"], ensure_ascii=False, sort_keys=True),
            ]
        )
        n += 1
    return n


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="print or export the audit log (JSON lines or CSV)")
    p.add_argument("--config", default="hawker.toml", help="the show's hawker.toml")
    p.add_argument("--kind", help="only this kind and its subkinds (e.g. mod, filter, bot.sent)")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--since-id", type=int, default=0, help="only entries after this id")
    p.add_argument("--limit", type=int, help="at most this many entries")
    p.set_defaults(run=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    from bot.config import Config, ConfigError

    config = Config.load(args.config)
    db = config.path(config.store.path)
    if not Path(db).exists():  # never create an empty store just to report on it
        raise ConfigError(f"{args.config}: store.path: no store at {db}")
    store = Store(db)
    try:
        entries = store.audit_entries(kind=args.kind, since_id=args.since_id, limit=args.limit)
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                n = write_entries(entries, args.format, f)
            print(f"wrote {n} entries to {args.output}", file=sys.stderr)
        else:
            write_entries(entries, args.format, sys.stdout)
    finally:
        store.close()
    return 0
