"""The `hawker` command. Each feature adds its own subcommands (see FEATURE_CLIS)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from bot.config import ConfigError

# Modules with `add_commands(sub)`: each adds its subcommands, whose handler is set with
# `parser.set_defaults(run=fn)`; fn(args) -> int exit status.
FEATURE_CLIS: tuple[str, ...] = ("bot.demo", "bot.live", "knowledge.cli", "bot.moderation.audit",
                                  "bot.draws.verify", "plugins.webhooks.cli", "bot.answers.cli")

DEFAULT_CONFIG = "hawker.toml"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hawker", description="Hawker, an AI co-host for livestream commerce."
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in FEATURE_CLIS:
        importlib.import_module(name).add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.verbose < 2:
        # bm25s sets its own logger to DEBUG on import; keep its chatter out of the show.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except ConfigError as err:
        print(f"hawker: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
