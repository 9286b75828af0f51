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

import click

from bot.cli_common import config_option, data_dir_option, verbose_option
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


@click.command()
@config_option("./hawker.toml")
@data_dir_option
@click.option("--kind", help="Only this kind and its subkinds (e.g. mod, filter, bot.sent).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="JSON lines or CSV.")
@click.option("-o", "--output", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write to this file instead of standard output.")
@click.option("--since-id", type=click.IntRange(min=0), default=0,
              help="Only entries after this id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many entries.")
@verbose_option
def audit(config: str | None, data_dir: Path | None, kind: str | None, fmt: str,
          output: str | None, since_id: int, limit: int | None) -> int:
    """Print or export the audit log: moderators' commands, filter actions, review decisions
    and every message the bot sent."""
    return run_audit(argparse.Namespace(config=config or "hawker.toml", data_dir=data_dir,
                                        kind=kind, format=fmt, output=output, since_id=since_id,
                                        limit=limit))


def run_audit(args: argparse.Namespace) -> int:
    from bot.config import ConfigError
    from bot.state import load_config

    config = load_config(args.config, getattr(args, "data_dir", None))
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
