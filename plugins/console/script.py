"""Chat scripts: one line per message, `[time] name[(role)]: text`.

    0:05 alice: how much is the beef?
    0:07 mod_amy(moderator): !show start
    90 bob: 牛肉多少钱

Time is seconds or m:ss from the start; blank lines and # comments are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.events import Role

_LINE = re.compile(
    r"^(?P<t>\d+(?::\d{1,2}){0,2}(?:\.\d+)?)\s+"  # time: seconds, m:ss or h:mm:ss
    r"(?P<name>[^\s:()]+)(?:\((?P<role>\w+)\))?:\s?(?P<text>.*)$"  # name(role): text
)


class ScriptError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class ChatLine:
    at: float
    name: str
    role: Role
    text: str


def _seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.split(":"):
        total = total * 60 + float(part)
    return total


def parse_script(text: str, source: str = "<script>") -> list[ChatLine]:
    """Parse a whole script; a bad line is an error naming file and line."""
    lines, errors = [], []
    for number, raw in enumerate(text.splitlines(), 1):
        raw = raw.rstrip()
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = _LINE.match(raw)
        if not m:
            errors.append(f"{source}:{number}: expected 'TIME NAME[(ROLE)]: TEXT', got {raw[:60]!r}")
            continue
        try:
            role = Role.parse(m["role"]) if m["role"] else Role.VIEWER
        except ValueError as err:
            errors.append(f"{source}:{number}: {err}")
            continue
        lines.append(ChatLine(_seconds(m["t"]), m["name"], role, m["text"]))
    if errors:
        raise ScriptError("\n".join(errors))
    return sorted(lines, key=lambda line: line.at)


def load_script(path: str | Path) -> list[ChatLine]:
    path = Path(path)
    return parse_script(path.read_text(encoding="utf-8"), str(path))
