"""The `hawker` command (click): one group whose subcommands live with their features and are
imported only when run, so `hawker --help` and `hawker --version` start at once.

Exit codes: 0 done; 1 the command failed (a bad catalog, a draw that does not verify, a refused
ingest); 2 the command line or the config is wrong; 130 interrupted. Errors a user can cause
print as one line per problem, never a traceback (``-vv`` shows one for internal errors).
"""

from __future__ import annotations

import difflib
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

import click

from bot import __version__
from bot.cli_common import verbose_option

# name: ("module:attribute" of the click command, the one line `hawker --help` shows)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("bot.demo:demo", "Run the sample show with a simulated audience."),
    "run": ("bot.live:run", "Run a live show on every platform the config names."),
    "check": ("bot.check:check", "Validate a show's config, catalog, plan, persona and secrets."),
    "ingest": ("knowledge.cli:ingest", "Validate a catalog and index it."),
    "ask": ("bot.answers.cli:ask", "Answer a question as the bot would, with its evidence."),
    "draw": ("bot.draws.cli:draw", "Export a lucky draw's record, or verify one."),
    "audit": ("bot.moderation.audit:audit", "Print or export the audit log."),
    "report": ("bot.report.cli:report", "Write the post-show report as one HTML file."),
    "webhooks": ("plugins.webhooks.cli:webhooks", "Sign test events; outbound dead letters."),
}

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class LazyGroup(click.Group):
    """Subcommands from `COMMANDS`, imported on first use (click's documented lazy pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name][0].split(":")
        command: click.Command = getattr(importlib.import_module(module), attr)
        return command

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as err:
            close = difflib.get_close_matches(args[0], list(COMMANDS), n=1) if args else []
            if close and "Did you mean" not in err.message:
                hint = f"{err.message.rstrip('.')}. Did you mean '{close[0]}'?"
                raise click.UsageError(hint, err.ctx) from None
            raise

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The short help from the table: listing commands must not import them all.
        with formatter.section("Commands"):
            formatter.write_dl([(name, text) for name, (_, text) in COMMANDS.items()])


@click.group(cls=LazyGroup, context_settings=CONTEXT, no_args_is_help=True)
@click.version_option(__version__, "-V", "--version", prog_name="hawker",
                      message="%(prog)s %(version)s")
@verbose_option
def cli() -> None:
    """Hawker, an AI co-host for livestream commerce.

    Try: hawker demo --fast, then: hawker ask "how much is the beef?". Each command has its
    own --help.
    """


def _setup_logging() -> None:
    logging.basicConfig(level=logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _say(lines: str) -> None:
    for line in str(lines).splitlines() or [""]:
        click.echo(f"hawker: {line}", err=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: sys.argv[1:]); returns the exit status."""
    _setup_logging()
    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        # A reader that goes away (`hawker audit | head`) ends the command quietly with status 1:
        # click catches the EPIPE and silences the final flush.
        status: Any = cli.main(args=args, prog_name="hawker", standalone_mode=False)
        return int(status or 0)
    except click.exceptions.NoArgsIsHelpError as err:
        click.echo(err.ctx.get_help() if err.ctx else "", err=True)
        return 2
    except click.UsageError as err:
        # click's parser leaves ctx unset for "Option '-c' requires an argument".
        where = err.ctx.command_path if err.ctx else _command_path(args)
        click.echo(f"{where}: {err.format_message()}{_dash_hint(err)} (see '{where} --help')",
                   err=True)
        return 2
    except click.exceptions.Exit as err:
        return err.exit_code
    except click.Abort:  # click has ended the line already
        return 130
    except KeyboardInterrupt:
        click.echo("", err=True)
        return 130
    except click.ClickException as err:  # bot.cli_common.UserError among them: exit 1
        _say(err.format_message())
        return err.exit_code
    except Exception as err:
        return _failed(err)


def _command_path(args: list[str]) -> str:
    """The subcommand ``args`` name, as click writes it (``hawker draw export``)."""
    path = ["hawker"]
    command: click.Command = cli
    for arg in args:
        if not isinstance(command, click.Group):
            break
        sub = None if arg.startswith("-") else command.get_command(click.Context(command), arg)
        if sub is not None:
            path.append(arg)
            command = sub
    return " ".join(path)


def _dash_hint(err: click.UsageError) -> str:
    """For `hawker ask "-20% off?"`: a value that starts with '-' needs ``--`` before it."""
    command = err.ctx.command if err.ctx else None
    if (isinstance(err, click.NoSuchOption) and command is not None
            and any(isinstance(p, click.Argument) for p in command.params)):
        return f" (a value that starts with '-' goes after --: {command.name} -- {err.option_name})"
    return ""


def _failed(err: Exception) -> int:
    """Report an error from a command; returns the exit status."""
    # bot.config (pydantic) is imported only when a command needs it: `hawker --version` starts
    # without it, and an error from a command that never loaded it is no ConfigError.
    config = sys.modules.get("bot.config")
    if config is not None and isinstance(err, config.ConfigError):
        _say(str(err))
        return 2
    if isinstance(err, OSError):
        _say(f"{err.filename}: {err.strerror}" if err.filename else str(err))
        return 1
    # A bug, not the user's doing: one line, and the traceback with -vv.
    if logging.getLogger().level <= logging.DEBUG:
        raise err
    _say(f"internal error: {type(err).__name__}: {err} (run with -vv for the traceback)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
