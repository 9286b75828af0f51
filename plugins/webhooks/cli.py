"""`hawker webhooks ...`: sign a test event, and see or retry outbound dead letters."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from pathlib import Path

import click

from bot.cli_common import config_option, data_dir_option, verbose_option
from bot.config import ConfigError, secret

from .signing import sign


def run_sign(args: argparse.Namespace) -> int:
    """Print a curl command that posts ``args.body`` signed with the secret in
    ``args.secret_env``. Raises ConfigError for a body that is not a JSON object."""
    if args.body == "-" and sys.stdin is None:  # `<&-`: Python has no sys.stdin at all
        raise ConfigError("-: standard input is closed: nothing to sign")
    body = sys.stdin.buffer.read() if args.body == "-" else Path(args.body).read_bytes()
    try:
        event_id = json.loads(body).get("id")
    except (ValueError, AttributeError):
        raise ConfigError(f"{args.body}: not a JSON object") from None
    key = secret(args.secret_env)
    assert key is not None
    headers = sign(key, body, now=time.time(), event_id=event_id, source=args.source)
    flags = " ".join(f"-H {shlex.quote(f'{k}: {v}')}" for k, v in headers.items())
    data = "@-" if args.body == "-" else "@" + args.body
    print(f"curl -sS {shlex.quote(args.url)} {flags} --data-binary {shlex.quote(data)}")
    return 0


def _bus(args: argparse.Namespace):  # noqa: ANN202 - EventBus, imported lazily
    from bot.clock import SystemClock
    from bot.state import load_config
    from bot.store import Store

    from .outbound import EventBus

    config = load_config(args.config, getattr(args, "data_dir", None))
    clock = SystemClock()
    return EventBus(Store(config.path(config.store.path), clock=clock), clock)


def run_dead_letters(args: argparse.Namespace) -> int:
    bus = _bus(args)
    letters = bus.dead_letters(args.limit)
    for d in letters:
        print(f"#{d['seq']}  {d['kind']:<20} to {d['subscriber']:<12} after {d['attempts']} "
              f"tries: {d['last_error']}")
    if not letters:
        print("no dead letters")
    return 0


def run_retry(args: argparse.Namespace) -> int:
    if not _bus(args).retry(args.seq):
        raise ConfigError(f"no dead letter #{args.seq}")
    print(f"#{args.seq} queued again; the running bot delivers it")
    return 0


@click.group(no_args_is_help=True)
@verbose_option
def webhooks() -> None:
    """Sign test events for the webhook endpoints; see or retry outbound dead letters."""


@webhooks.command("sign", short_help="Print a signed curl command for a JSON event.")
@click.argument("body", metavar="FILE")
@click.option("--secret-env", required=True, metavar="NAME",
              help="Environment variable holding the shared secret.")
@click.option("--source", metavar="NAME", help="The Hawker-Source name to sign as.")
@click.option("--url", default="http://127.0.0.1:8787/webhooks/shop", show_default=True,
              help="The endpoint the printed curl command posts to.")
@verbose_option
def sign_command(body: str, secret_env: str, source: str | None, url: str) -> int:
    """Print a signed curl command for the JSON event in FILE (- for standard input)."""
    return run_sign(argparse.Namespace(body=body, secret_env=secret_env, source=source, url=url))


@webhooks.command("dead-letters")
@config_option("./hawker.toml")
@data_dir_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many.")
@verbose_option
def dead_letters(config: str | None, data_dir: Path | None, limit: int) -> int:
    """Outbound events that could not be delivered."""
    return run_dead_letters(argparse.Namespace(config=config or "hawker.toml", data_dir=data_dir,
                                               limit=limit))


@webhooks.command("retry", short_help="Queue a dead letter for delivery again.")
@click.argument("seq", type=click.IntRange(min=1))
@config_option("./hawker.toml")
@data_dir_option
@verbose_option
def retry(seq: int, config: str | None, data_dir: Path | None) -> int:
    """Queue dead letter SEQ for delivery again (the running bot delivers it)."""
    return run_retry(argparse.Namespace(seq=seq, config=config or "hawker.toml",
                                        data_dir=data_dir))
