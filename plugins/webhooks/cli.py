"""`hawker webhooks ...`: sign a test event, and see or retry outbound dead letters."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from pathlib import Path

from bot.config import Config, ConfigError, secret

from .signing import sign


def run_sign(args: argparse.Namespace) -> int:
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
    from bot.store import Store

    from .outbound import EventBus

    config = Config.load(args.config)
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


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("webhooks", help="sign test events; outbound dead letters",
                       description=__doc__)
    wsub = p.add_subparsers(title="webhooks commands", metavar="ACTION", required=True)
    s = wsub.add_parser("sign", help="print a signed curl command for a JSON event file")
    s.add_argument("body", help="the JSON event (a file, or - for stdin)")
    s.add_argument("--secret-env", required=True, help="environment variable with the secret")
    s.add_argument("--source", default=None, help="the Hawker-Source name")
    s.add_argument("--url", default="http://127.0.0.1:8787/webhooks/shop")
    s.set_defaults(run=run_sign)
    d = wsub.add_parser("dead-letters", help="outbound events that could not be delivered")
    d.add_argument("--config", default="hawker.toml")
    d.add_argument("--limit", type=int, default=50)
    d.set_defaults(run=run_dead_letters)
    r = wsub.add_parser("retry", help="queue a dead letter for delivery again")
    r.add_argument("seq", type=int)
    r.add_argument("--config", default="hawker.toml")
    r.set_defaults(run=run_retry)
