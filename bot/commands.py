"""Command registry and router.

A feature declares a command once, with the `@command` decorator on a method of the feature
object (a "cog", as in discord.py), and every adapter exposes it: prefix commands in text chat,
slash commands where the platform has them. Arguments are typed by the handler's annotations:

    class ShowCommands:
        @command("extend", min_role=Role.MODERATOR, help="Lengthen the current segment")
        async def extend(self, ctx: Context, by: Duration) -> None: ...

A name with a space ("draw create") is a subcommand; the router matches the longest name.
"""

from __future__ import annotations

import inspect
import logging
import types
import typing
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from bot.clock import Clock
from bot.events import Announcement, ChatMessage, Priority, Reply, Role, Viewer
from bot.persona import Persona, Phrasebook
from bot.textnorm import clean, visible
from knowledge import quantities

log = logging.getLogger(__name__)

MAX_COMMAND_LENGTH = 500

# The router's and !help's texts (phrase key -> language -> template); a persona file
# overrides any of them. {name}, {help} and {usage} carry the show's command prefix.
PHRASES: dict[str, dict[str, str]] = {
    "cmd_unknown": {"en": "there's no {name}.{suggestion} Try {help}.",
                    "zh": "没有 {name} 这个命令。{suggestion}发 {help} 看看有哪些。"},
    "cmd_suggestion": {"en": " Did you mean {name}?", "zh": "是不是想发 {name}？"},
    "cmd_denied": {"en": "{name} is for {role}s.", "zh": "{name} 只有{role}可以用。"},
    "cmd_bad_args": {"en": "{error}. Usage: {usage}", "zh": "{error}。用法：{usage}"},
    "cmd_failed": {"en": "sorry, {name} failed; a moderator can check the log.",
                   "zh": "抱歉，{name} 出错了，管理员可以查看日志。"},
    "role_viewer": {"en": "viewer", "zh": "观众"},
    "role_subscriber": {"en": "subscriber", "zh": "订阅者"},
    "role_moderator": {"en": "moderator", "zh": "管理员"},
    "role_host": {"en": "host", "zh": "主播"},
    "role_owner": {"en": "owner", "zh": "频道主"},
    "arg_missing": {"en": "{param}: missing", "zh": "缺少 {param}"},
    "arg_invalid": {"en": "{param}: {reason}", "zh": "{param}：{reason}"},
    "arg_whole_number": {"en": "expected a whole number, got {text}",
                         "zh": "这里要一个整数，收到的是 {text}"},
    "arg_number": {"en": "expected a number, got {text}", "zh": "这里要一个数字，收到的是 {text}"},
    "arg_duration": {"en": "{reason}", "zh": "这里要一个时长，比如 90s、2m 或 1h，收到的是 {text}"},
    "arg_viewer": {"en": "expected a viewer, like @name", "zh": "这里要一位观众，比如 @name"},
    "arg_unexpected": {"en": "unexpected {words}", "zh": "多余的内容：{words}"},
    "help_no_command": {"en": "no command {topic}; {help} lists them",
                        "zh": "没有命令 {topic}；发 {help} 查看全部命令"},
    "help_usage": {"en": "{usage}: {about}{aliases}", "zh": "{usage}：{about}{aliases}"},
    "help_aliases": {"en": " (also {names})", "zh": "（也可以用 {names}）"},
    "help_list": {"en": "Commands: {names}", "zh": "命令：{names}"},
}

# Said when a show builds a router or !help without its persona (tests, tools).
_NO_PERSONA = Persona(name="Hawker")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase to say later, in the listener's language: `key` of the feature phrasebook
    `book`, with `slots`; a slot that is itself a Phrase (or an ArgumentError) is said in the
    same language. `str()` is the built-in English text, for logs and the admin API."""

    book: Phrasebook
    key: str
    slots: Mapping[str, object] = field(default_factory=dict)

    def say(self, persona: Persona, lang: str | None = None, **extra: object) -> str:
        """The text in `lang` (None: the show's first language), the persona file's override
        of the phrase first; `extra` slots (the command prefix...) are offered to it too."""
        slots = {k: v.say(persona, lang) if isinstance(v, Phrase | ArgumentError) else v
                 for k, v in self.slots.items()}
        return persona.say(self.key, lang, defaults=self.book, **{**extra, **slots})

    def __str__(self) -> str:
        return self.say(_NO_PERSONA, "en")


class ArgumentError(ValueError):
    """A viewer's bad argument: the message is shown to them, so keep it short.

    Raised with a ready text, `ArgumentError("...")`, said as written; or as a phrase,
    `ArgumentError.phrase(BOOK, "key", slot=value)`, which the router says in the viewer's
    language through the show's persona (`say`); `str(err)` is then the English text.
    Subclasses with their own phrasebook (bot.draws' DrawError) override `say`."""

    def __init__(self, text: str = "", *, phrase: Phrase | None = None) -> None:
        self.wording = phrase
        super().__init__(text or str(phrase or ""))

    @classmethod
    def phrase(cls, book: Phrasebook, key: str, **slots: object) -> ArgumentError:
        """The error that says phrase `key` of `book` (a feature's phrasebook) with `slots`."""
        return cls(phrase=Phrase(book, key, slots))

    def say(self, persona: Persona, lang: str | None = None, **extra: object) -> str:
        """The text for a viewer speaking `lang`, the persona's override of the phrase first;
        `extra` slots are offered to the phrase. A plain text error is said as written."""
        return self.wording.say(persona, lang, **extra) if self.wording else str(self)


def _arg_error(key: str, **slots: object) -> ArgumentError:
    return ArgumentError.phrase(PHRASES, key, **slots)


class Duration(float):
    """Seconds, written as 90s, 2m, 1h, 1m30s or a bare number of seconds."""

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Finite and not negative (knowledge.quantities); ArgumentError otherwise."""
        try:
            return cls(quantities.seconds(text))
        except ValueError as err:
            raise _arg_error("arg_duration", reason=str(err), text=repr(text)) from None


class Mention(str):
    """A viewer named in a command (`@name` or `name`): the display name without the @."""

    @classmethod
    def parse(cls, text: str) -> Mention:
        name = text.lstrip("@").strip()
        if not name:
            raise _arg_error("arg_viewer")
        return cls(name)


class _Rest:
    """Marker: this string argument takes the rest of the line."""


Rest = Annotated[str, _Rest]
# A viewer named by the rest of the line: display names have spaces ("!mute @Li Wei").
Who = Annotated[Mention, _Rest]


def _parse_int(text: str) -> int:
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise _arg_error("arg_whole_number", text=repr(text)) from None


def _parse_float(text: str) -> float:
    try:  # finite only: "nan" and "inf" are not numbers a moderator means
        return quantities.number(text.replace(",", ""), minimum=-1e15, maximum=1e15)
    except ValueError:
        raise _arg_error("arg_number", text=repr(text)) from None


_CONVERTERS: dict[type, Callable[[str], Any]] = {
    str: str,
    int: _parse_int,
    float: _parse_float,
    Duration: Duration.parse,
    Mention: Mention.parse,
}


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: type
    required: bool
    default: Any = None
    rest: bool = False

    @property
    def usage(self) -> str:
        label = f"{self.name}..." if self.rest else self.name
        return f"<{label}>" if self.required else f"[{label}]"


@dataclass(slots=True)
class Command:
    name: str
    handler: Callable[..., Awaitable[None]]
    params: list[Param]
    help: str
    min_role: Role = Role.VIEWER
    aliases: tuple[str, ...] = ()
    viewer_cooldown: float = 0.0
    global_cooldown: float = 0.0
    # The help line in other languages (language -> text), declared with the command.
    help_in: Mapping[str, str] = field(default_factory=dict)

    def help_text(self, prefix: str, persona: Persona | None = None,
                  lang: str | None = None) -> str:
        """The help line in `lang`: the persona file's phrase `help.<name>` if it has one, else
        the command's own (English unless declared in `lang`), with the show's command
        `prefix` where it writes `{p}` ("e.g. {p}extend 2m" -> "e.g. ?extend 2m"; a slash
        command passes "/")."""
        table = {"en": self.help, **self.help_in}
        if persona is not None:
            table.update(persona.phrases.get(f"help.{self.name}", {}))
        text = table.get(lang or "en") or table.get("en") or self.help
        return text.replace("{p}", prefix)

    def usage(self, prefix: str) -> str:
        """The usage line with the show's command `prefix`: "?stock <sku> <count>"."""
        return " ".join([f"{prefix}{self.name}", *(p.usage for p in self.params)])

    def parse_args(self, words: list[str], raw_rest: str) -> list[Any]:
        """Convert the words after the command name; `raw_rest` keeps the original spacing."""
        values: list[Any] = []
        for i, param in enumerate(self.params):
            if param.rest:
                text = _tail(raw_rest, i).strip()
                if not text and param.required:
                    raise _arg_error("arg_missing", param=param.name)
                if text and param.kind is not str:
                    try:
                        text = _CONVERTERS[param.kind](text)
                    except ArgumentError as err:
                        raise _arg_error("arg_invalid", param=param.name, reason=err) from None
                values.append(text if text else param.default)
                return values
            if i >= len(words):
                if param.required:
                    raise _arg_error("arg_missing", param=param.name)
                values.append(param.default)
                continue
            try:
                values.append(_CONVERTERS[param.kind](words[i]))
            except ArgumentError as err:
                raise _arg_error("arg_invalid", param=param.name, reason=err) from None
        if len(words) > len(self.params):
            raise _arg_error("arg_unexpected", words=repr(" ".join(words[len(self.params):])))
        return values


def _tail(text: str, skip_words: int) -> str:
    """The text after its first `skip_words` whitespace-separated words."""
    parts = text.split(None, skip_words)
    return parts[skip_words] if len(parts) > skip_words else ""


def _params_of(handler: Callable[..., Any]) -> list[Param]:
    hints = typing.get_type_hints(handler, include_extras=True)
    params: list[Param] = []
    signature = inspect.signature(handler)
    for p in list(signature.parameters.values())[1:]:  # skip ctx (self is bound or skipped)
        if p.name == "self":
            continue
        hint = hints.get(p.name, str)
        rest = typing.get_origin(hint) is Annotated and _Rest in typing.get_args(hint)[1:]
        kind = typing.get_args(hint)[0] if typing.get_origin(hint) is Annotated else hint
        if typing.get_origin(kind) in (typing.Union, types.UnionType):
            kind = next(a for a in typing.get_args(kind) if a is not type(None))
        if kind not in _CONVERTERS:
            raise TypeError(f"{handler.__qualname__}: unsupported argument type {kind!r}")
        required = p.default is inspect.Parameter.empty
        params.append(Param(p.name, kind, required, None if required else p.default, rest))
    if any(p.rest for p in params[:-1]):
        raise TypeError(f"{handler.__qualname__}: only the last argument may be Rest")
    return params


def command(
    name: str,
    *,
    aliases: tuple[str, ...] | list[str] = (),
    min_role: Role = Role.VIEWER,
    help: str | Mapping[str, str] = "",
    viewer_cooldown: float = 0.0,
    global_cooldown: float = 0.0,
) -> Callable[[Callable[..., Awaitable[None]]], Callable[..., Awaitable[None]]]:
    """Mark a feature method as a chat command; `CommandRegistry.add_cog` registers it.
    `help`: one line, or the line per language ({"en": ..., "zh": ...}: `!help` says it in
    the asker's language; a persona file overrides it as phrase `help.<name>`). It may write
    the command prefix as `{p}` ("e.g. {p}extend 2m")."""
    lines = {"en": help} if isinstance(help, str) else dict(help)

    def mark(fn: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        fn.__hawker_command__ = dict(  # type: ignore[attr-defined]
            name=name,
            aliases=tuple(aliases),
            min_role=min_role,
            help=lines.get("en") or (inspect.getdoc(fn) or "").split("\n")[0],
            help_in={lang: text for lang, text in lines.items() if lang != "en"},
            viewer_cooldown=viewer_cooldown,
            global_cooldown=global_cooldown,
        )
        return fn

    return mark


class CommandRegistry:
    def __init__(self) -> None:
        self._by_name: dict[str, Command] = {}
        self.commands: list[Command] = []

    def add(self, cmd: Command) -> Command:
        for key in (cmd.name, *cmd.aliases):
            key = key.lower()
            if key in self._by_name:
                raise ValueError(f"command {key!r} is declared twice")
            self._by_name[key] = cmd
        self.commands.append(cmd)
        return cmd

    def add_cog(self, cog: object) -> list[Command]:
        """Register every `@command` method of a feature object."""
        added = []
        for _, method in inspect.getmembers(cog, inspect.ismethod):
            spec = getattr(method, "__hawker_command__", None)
            if spec is not None:
                added.append(self.add(Command(handler=method, params=_params_of(method), **spec)))
        return added

    def find(self, words: list[str]) -> tuple[Command, int] | None:
        """The command named by the first one or two words, preferring the longer name."""
        if len(words) >= 2:
            cmd = self._by_name.get(f"{words[0]} {words[1]}".lower())
            if cmd:
                return cmd, 2
        cmd = self._by_name.get(words[0].lower()) if words else None
        return (cmd, 1) if cmd else None

    def visible_to(self, role: Role) -> list[Command]:
        return sorted((c for c in self.commands if c.min_role <= role), key=lambda c: c.name)

    def closest(self, word: str) -> str | None:
        import difflib

        match = difflib.get_close_matches(word.lower(), list(self._by_name), n=1, cutoff=0.75)
        return match[0] if match else None


_HELP_WORDS = ("help", "commands", "cmds", "cmd", "command", "bothelp", "helpme", "?", "帮助",
               "命令", "指令", "菜单")


def looks_like_help(word: str) -> bool:
    """A word asking what the bot can do, misspelt or not: help, hlep, halp, cmds, commnads,
    帮助. Other bots' commands (uptime, followage, so) are not."""
    import difflib

    word = word.lower()
    return word in _HELP_WORDS or bool(difflib.get_close_matches(word, _HELP_WORDS[:6], n=1,
                                                                   cutoff=0.75))


Send = Callable[[Reply | Announcement], None]


@dataclass(slots=True)
class Context:
    """What a command handler gets: the message, the command, and a way to answer."""

    message: ChatMessage
    command: Command
    send: Send
    now: float

    @property
    def viewer(self) -> Viewer:
        return self.message.viewer

    def reply(self, text: str, *, priority: Priority | None = None, ephemeral: bool = False) -> None:
        if priority is None:
            priority = Priority.MODERATOR if self.message.role >= Role.MODERATOR else Priority.ANSWER
        self.send(Reply(self.message, text, priority, mentions=(self.message.viewer,), ephemeral=ephemeral))

    def announce(self, text: str, *, priority: Priority = Priority.ANNOUNCEMENT, **kw: Any) -> None:
        self.send(Announcement(text, priority, **kw))


@dataclass(slots=True)
class RouterStats:
    run: int = 0
    unknown: int = 0
    denied: int = 0
    bad_args: int = 0
    cooled_down: int = 0
    failed: int = 0


@dataclass
class CommandRouter:
    """Parses a prefixed message, checks privilege and cooldowns, runs the handler."""

    registry: CommandRegistry
    send: Send
    clock: Clock
    prefix: str = "!"
    # Error replies to one viewer are limited, so a typo storm cannot flood the chat.
    error_reply_cooldown: float = 30.0
    # A command no feature has: "silent" (the default: in a channel with Nightbot or
    # StreamElements, !uptime is theirs to answer) or "hint" ("there's no !x. Try !help.").
    # Help-like words (!hlep, !cmds, !帮助) are answered either way.
    unknown: str = "silent"
    stats: RouterStats = field(default_factory=RouterStats)
    # The show's persona: errors are said in the viewer's language, its overrides first.
    persona: Persona = field(default_factory=lambda: _NO_PERSONA, kw_only=True)
    _cooldowns: dict[tuple[object, ...], float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.persona.check_slots(PHRASES)  # an override's unknown slot stops start-up

    def _say(self, msg: ChatMessage, key: str, **slots: object) -> str:
        return self.persona.say(key, self.persona.language_of(msg.text), defaults=PHRASES,
                                **slots)

    def is_command(self, text: str) -> bool:
        """Starts with the prefix, as typed or after normalisation (`！help`, `!\u200bhelp`)."""
        if not text.isascii():
            text = clean(text)
        return text.startswith(self.prefix) and len(text) > len(self.prefix)

    async def dispatch(self, msg: ChatMessage) -> bool:
        """Run the command in `msg`; False if nothing ran (unknown, denied, bad args...). The
        command and its word arguments are read normalised (`bot.textnorm.clean`: full-width
        and invisible characters make no different command); free text keeps what was typed."""
        text = msg.text if msg.text.isascii() else clean(msg.text)
        body = text[len(self.prefix) :][:MAX_COMMAND_LENGTH]
        # Free text (a Rest argument) keeps what was typed, less invisible characters.
        raw = msg.text if msg.text.isascii() else visible(msg.text)
        raw_body = raw[len(self.prefix) :][:MAX_COMMAND_LENGTH]
        words = body.split()
        if not words:
            return False
        found = self.registry.find(words)
        if found is None:
            self.stats.unknown += 1
            if self.unknown == "hint" or looks_like_help(words[0]):
                hint = self.registry.closest(words[0])
                helpful = hint and hint not in ("help", "commands")
                suggestion = (self._say(msg, "cmd_suggestion", name=f"{self.prefix}{hint}")
                              if helpful else "")
                self._error(msg, self._say(msg, "cmd_unknown", name=f"{self.prefix}{words[0][:30]}",
                                           suggestion=suggestion, help=f"{self.prefix}help"))
            return False
        cmd, used = found
        if msg.role < cmd.min_role:
            self.stats.denied += 1
            role = self._say(msg, f"role_{cmd.min_role.name.lower()}")
            self._error(msg, self._say(msg, "cmd_denied", name=f"{self.prefix}{cmd.name}",
                                       role=role))
            return False
        now = self.clock.now()
        if not self._cooldown_ok(cmd, msg, now):
            self.stats.cooled_down += 1
            log.debug("cooldown: %s by %s", cmd.name, msg.viewer.display_name)
            return False
        try:
            args = cmd.parse_args(words[used:], _tail(raw_body, used))
        except ArgumentError as err:
            self.stats.bad_args += 1
            lang = self.persona.language_of(msg.text)
            self._error(msg, self._say(msg, "cmd_bad_args", error=err.say(self.persona, lang, p=self.prefix),
                                       usage=cmd.usage(self.prefix)))
            return False
        ctx = Context(msg, cmd, self.send, now)
        try:
            await cmd.handler(ctx, *args)
        except ArgumentError as err:  # a handler's own validation (unknown product...)
            self.stats.bad_args += 1
            lang = self.persona.language_of(msg.text)
            self._error(msg, err.say(self.persona, lang, p=self.prefix))
            return False
        except Exception:
            self.stats.failed += 1
            log.exception("command %s failed on %r", cmd.name, msg.text[:200])
            self._error(msg, self._say(msg, "cmd_failed", name=f"{self.prefix}{cmd.name}"))
            return False
        self.stats.run += 1
        return True

    def _cooldown_ok(self, cmd: Command, msg: ChatMessage, now: float) -> bool:
        if msg.role >= Role.MODERATOR:
            return True
        keys: list[tuple[tuple[object, ...], float]] = []
        if cmd.global_cooldown:
            keys.append(((cmd.name,), cmd.global_cooldown))
        if cmd.viewer_cooldown:
            keys.append(((cmd.name, msg.viewer.key), cmd.viewer_cooldown))
        if any(self._cooldowns.get(k, 0.0) > now for k, _ in keys):
            return False
        for key, seconds in keys:
            self._cooldowns[key] = now + seconds
        return True

    def _error(self, msg: ChatMessage, text: str) -> None:
        log.info("command error for %s: %s", msg.viewer.display_name, text)
        key = ("error-reply", msg.viewer.key)
        now = self.clock.now()
        if msg.role < Role.MODERATOR:  # moderators always hear why a command failed
            if self._cooldowns.get(key, 0.0) > now:
                return
            self._cooldowns[key] = now + self.error_reply_cooldown
        self.send(Reply(msg, text, Priority.ANSWER, mentions=(msg.viewer,), ephemeral=True))


class HelpCommands:
    """`!help`: what the asking viewer may run, and the usage of one command."""

    def __init__(self, registry: CommandRegistry, prefix: str = "!", *,
                 persona: Persona = _NO_PERSONA) -> None:
        self.registry = registry
        self.prefix = prefix
        self.persona = persona
        persona.check_slots(PHRASES)

    def _say(self, ctx: Context, key: str, **slots: object) -> str:
        lang = self.persona.language_of(ctx.message.text)
        return self.persona.say(key, lang, defaults=PHRASES, **slots)

    @command("help", aliases=("commands",), viewer_cooldown=10,
             help={"en": "List the commands you can use", "zh": "列出你可以用的命令"})
    async def help(self, ctx: Context, topic: Rest = "") -> None:
        if topic:
            found = self.registry.find(topic.lstrip(self.prefix).split())
            if found is None or found[0].min_role > ctx.message.role:
                raise _arg_error("help_no_command", topic=repr(topic), help=f"{self.prefix}help")
            cmd = found[0]
            also = ", ".join(self.prefix + a for a in cmd.aliases)
            aliases = self._say(ctx, "help_aliases", names=also) if cmd.aliases else ""
            ctx.reply(self._say(ctx, "help_usage", usage=cmd.usage(self.prefix),
                                about=cmd.help_text(self.prefix, self.persona,
                                                    self.persona.language_of(ctx.message.text)),
                                aliases=aliases), ephemeral=True)
            return
        names: list[str] = []
        for cmd in self.registry.visible_to(ctx.message.role):
            top = cmd.name.split()[0]
            if top not in names:
                names.append(top)
        ctx.reply(self._say(ctx, "help_list", names=" ".join(self.prefix + n for n in names)),
                  ephemeral=True)
