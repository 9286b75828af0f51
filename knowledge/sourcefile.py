"""Reading YAML and JSON files so every error can name its file and line, and one way to turn a
pydantic `ValidationError` into field/message pairs.

Config, persona, show plan, catalog and policies all load through here:
- `parse_yaml(text, file)` / `parse_json(text, file)` → `Located`: the data, the 1-based line
  of every value by its path (`("segments", 0, "product")`), and for YAML the keys written
  twice in one mapping (PyYAML keeps the last silently). A syntax error is a `SourceError`
  naming `file:line`.
- `field_errors(err)`: pydantic's errors as `FieldError`s (path, message, type), the one
  formatter behind the config's, the plan's, the catalog's and the webhook server's messages.

Lives in `knowledge/` because the catalog (which must not import `bot/`) uses it too.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic import ValidationError

Loc = tuple[str | int, ...]  # a value's path: mapping keys and list indexes


class SourceError(ValueError):
    """A file that cannot be parsed: `file:line: message` (line None: the file as a whole)."""

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.file, self.line, self.message = file, line, message
        super().__init__(f"{file}:{line}: {message}" if line is not None else f"{file}: {message}")


@dataclass
class Located:
    """Parsed data with the line of every value. `root` is YAML's node tree (None for JSON or
    an empty file); `duplicates` are (line, path) of keys written a second time."""

    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    root: yaml.Node | None = None
    duplicates: list[tuple[int, Loc]] = field(default_factory=list)

    def line_of(self, loc: Loc, default: int = 1) -> int:
        """The line of the deepest known prefix of `loc` (a missing field: its mapping's)."""
        for n in range(len(loc), -1, -1):
            if loc[:n] in self.lines:
                return self.lines[loc[:n]]
        return default


def parse_yaml(text: str, file: str) -> Located:
    """Safe-load YAML text, mapping every value to its line; SourceError on a syntax error."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as err:  # one line: where, and what
        mark = err.problem_mark or err.context_mark
        raise SourceError(file, mark.line + 1 if mark else 1,
                          f"YAML: {err.problem or err.context}") from None
    except yaml.YAMLError as err:
        raise SourceError(file, None, f"YAML: {err}") from None
    lines: dict[Loc, int] = {}
    if root is not None:
        _node_lines(root, (), lines)
    return Located(data, lines, root, duplicate_keys(root))


def _node_lines(node: yaml.Node, path: Loc, out: dict[Loc, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            _node_lines(v, (*path, str(k.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _node_lines(v, (*path, i), out)


def duplicate_keys(node: yaml.Node | None, path: Loc = ()) -> list[tuple[int, Loc]]:
    """(1-based line, key path) of every mapping key that appears a second time in its
    mapping, from `yaml.compose`'s node tree; [] when there are none."""
    found: list[tuple[int, Loc]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            key = str(k.value)
            if key in seen:
                found.append((k.start_mark.line + 1, (*path, key)))
            seen.add(key)
            found += duplicate_keys(v, (*path, key))
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            found += duplicate_keys(v, (*path, i))
    return found


def parse_json(text: str, file: str) -> Located:
    """Parse JSON text, mapping every value to its line; SourceError on a syntax error."""
    lines: dict[Loc, int] = {}
    try:
        data = _JsonLines(text).parse(lines)
    except json.JSONDecodeError as err:
        raise SourceError(file, err.lineno, f"JSON: {err.msg}") from None
    return Located(data, lines)


class _JsonLines:
    """A small JSON walker that records the line of every value (json.loads keeps none)."""

    _WS = " \t\n\r"

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [i for i, c in enumerate(text) if c == "\n"]
        self.decoder = json.JSONDecoder()

    def parse(self, lines: dict[Loc, int]) -> Any:
        value, end = self._value(self._ws(0), (), lines)
        if self._ws(end) != len(self.text):
            raise json.JSONDecodeError("Extra data", self.text, end)
        return value

    def _ws(self, i: int) -> int:
        while i < len(self.text) and self.text[i] in self._WS:
            i += 1
        return i

    def _expect(self, i: int, chars: str, what: str) -> int:
        i = self._ws(i)
        if i >= len(self.text) or self.text[i] not in chars:
            raise json.JSONDecodeError(f"Expecting {what}", self.text, i)
        return i

    def _value(self, i: int, path: Loc, lines: dict[Loc, int]) -> tuple[Any, int]:
        i = self._ws(i)
        lines[path] = bisect.bisect_left(self.newlines, i) + 1
        c = self.text[i : i + 1]
        if c == "{":
            obj: dict[str, Any] = {}
            i = self._ws(i + 1)
            if self.text[i : i + 1] == "}":
                return obj, i + 1
            while True:
                i = self._expect(i, '"', "property name enclosed in double quotes")
                k, i = json.decoder.scanstring(self.text, i + 1)  # type: ignore[attr-defined]
                i = self._expect(i, ":", "':' delimiter") + 1
                obj[k], i = self._value(i, (*path, k), lines)
                i = self._expect(i, ",}", "',' delimiter")
                if self.text[i] == "}":
                    return obj, i + 1
                i += 1
        if c == "[":
            arr: list[Any] = []
            i = self._ws(i + 1)
            if self.text[i : i + 1] == "]":
                return arr, i + 1
            while True:
                v, i = self._value(i, (*path, len(arr)), lines)
                arr.append(v)
                i = self._expect(i, ",]", "',' delimiter")
                if self.text[i] == "]":
                    return arr, i + 1
                i += 1
        value, end = self.decoder.raw_decode(self.text, i)
        return value, end


# -- validation errors -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldError:
    """One of pydantic's errors: `loc` (the value's path), `message` as pydantic words it
    ("Value error, must be …" for a validator's ValueError), `kind` (pydantic's error type)."""

    loc: Loc
    message: str
    kind: str

    @property
    def dotted(self) -> str:
        """`webhooks.sources.0.secret`; "" for the whole document."""
        return ".".join(str(p) for p in self.loc)

    @property
    def pointer(self) -> str:
        """`segments[0].product`, as a reader of the file would name it."""
        return field_pointer(self.loc)

    @property
    def reason(self) -> str:
        """The message without pydantic's "Value error, " prefix."""
        return self.message.removeprefix("Value error, ")


def field_errors(err: ValidationError, limit: int | None = None) -> list[FieldError]:
    """pydantic's errors in order, at most `limit` of them (the input values left out: they
    may be secrets or megabytes)."""
    out = [FieldError(tuple(e["loc"]), e["msg"], e["type"])
           for e in err.errors(include_url=False, include_input=False)]
    return out if limit is None else out[:limit]


def field_pointer(loc: Loc, skip: Callable[[str], bool] = lambda part: False) -> str:
    """`("segments", 0, "product")` → `segments[0].product`; parts `skip` says are
    implementation details (a model's own wrapper field) are left out."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not skip(part):
            out += f".{part}" if out else str(part)
    return out
