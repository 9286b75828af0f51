"""The console adapter: a platform whose network edge is a terminal (or a list, in tests)."""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from bot.clock import Clock, SystemClock
from bot.events import ChatMessage, ModAction, Role, Viewer
from plugins.base import Capabilities, Delivery, MessageSink, RateLimit

PLATFORM = "console"
log = logging.getLogger(__name__)
_HEAD = re.compile(r"^(?P<name>[^\s:()]+)(?:\((?P<role>[^()]*)\))?$")


def parse_line(line: str) -> tuple[str, Role, str]:
    """A typed line: `name: text`, `name(role): text`, or bare text (the owner speaking).
    ValueError, naming the roles, for an unknown one (`bob(admin): hi`)."""
    text = line.strip()
    head, sep, rest = text.partition(":")
    m = _HEAD.match(head.strip()) if sep else None
    if m is None:
        return "you", Role.OWNER, text
    role = Role.parse(m["role"]) if m["role"] else Role.VIEWER
    return m["name"], role, rest.strip()


@dataclass
class ConsoleAdapter:
    channel: str = "live"
    clock: Clock = field(default_factory=SystemClock)
    out: TextIO | None = field(default_factory=lambda: sys.stdout)
    capabilities: Capabilities = Capabilities(
        max_length=400, rate=RateLimit(10, 10.0), reply_to=True, delete=True, timeout=True
    )
    platform: str = PLATFORM
    bot_name: str = "hawker"
    # Read viewer lines from stdin (`hawker run`); otherwise lines come from `say` (demo, tests).
    interactive: bool = False
    # What the bot sent and did, in order: the tests' view of the platform.
    sent: list[Delivery] = field(default_factory=list)
    actions: list[ModAction] = field(default_factory=list)
    on_output: Callable[[str], None] | None = None
    _sink: MessageSink | None = None
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _stdin_task: asyncio.Task | None = None

    def channels(self) -> list[str]:
        return [self.channel]

    async def start(self, sink: MessageSink) -> None:
        self._sink = sink
        if self.interactive:
            self._stdin_task = asyncio.create_task(self._read_stdin())

    async def stop(self) -> None:
        if self._stdin_task:
            self._stdin_task.cancel()

    def message(self, name: str, text: str, role: Role = Role.VIEWER, *,
                reply_to: str | None = None, viewer_id: str | None = None,
                login: str = "") -> ChatMessage:
        """A viewer's line as the platform would deliver it. The id defaults to the lowercased
        name; tests give `viewer_id` and `login` to play platforms where they differ."""
        viewer = Viewer(self.platform, viewer_id or name.lower(), name, role, login=login)
        addressed = f"@{self.bot_name}".lower() in text.lower()
        return ChatMessage(self.platform, self.channel, f"c{next(self._ids)}", viewer, text,
                           self.clock.now(), reply_to, addressed)

    async def say(self, name: str, text: str, role: Role = Role.VIEWER, *,
                  viewer_id: str | None = None, login: str = "") -> object:
        """A viewer types a line: it goes through the whole pipeline."""
        msg = self.message(name, text, role, viewer_id=viewer_id, login=login)
        self._print(f"{name}{'(' + role.name.lower() + ')' if role else ''}: {text}")
        assert self._sink is not None, "adapter not started"
        return await self._sink(msg)

    async def send(self, delivery: Delivery) -> str:
        self.sent.append(delivery)
        prefix = f"↳ {delivery.reply_to.viewer.display_name} " if delivery.reply_to else ""
        self._print(f"  [{self.bot_name}] {prefix}{delivery.text}")
        return f"b{next(self._ids)}"

    async def moderate(self, action: ModAction) -> bool:
        self.actions.append(action)
        detail = f" {action.seconds}s" if action.seconds else ""
        who = action.message.viewer.display_name
        self._print(f"  [mod] {action.kind.value}{detail} {who}: {action.reason}")
        return True

    def _print(self, line: str) -> None:
        if self.on_output:
            self.on_output(line)
        if self.out is not None:
            print(line, file=self.out, flush=True)

    async def _read_stdin(self) -> None:
        """Interactive mode: each stdin line is `name: text`, or `name(role): text`, or text."""
        loop = asyncio.get_running_loop()
        lines: asyncio.Queue[str] = asyncio.Queue()

        def reader() -> None:  # a daemon thread: a blocked read must not hold up shutdown
            for raw in sys.stdin:
                loop.call_soon_threadsafe(lines.put_nowait, raw)
            loop.call_soon_threadsafe(lines.put_nowait, "")

        threading.Thread(target=reader, name="console-stdin", daemon=True).start()
        number = 0
        while True:
            line = await lines.get()
            if not line:
                return
            number += 1
            try:
                name, role, text = parse_line(line)
            except ValueError as err:  # one bad line is reported and skipped, never fatal
                self._print(f"  [console] line {number}: {err}")
                continue
            if text:
                try:
                    await self.say(name, text, role)
                except Exception:  # the pipeline never raises; this keeps the console alive
                    log.exception("console: line %d failed", number)
