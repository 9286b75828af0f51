"""What every `hawker` subcommand shares: the --config, --data-dir and -v options, the error a
command raises for a failure the user can fix, and progress shown on a terminal only (quiet when
piped or redirected)."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

# What click's decorators take and give back: a function, or a command already made of one.
FC = TypeVar("FC", bound=Callable[..., Any] | click.Command)


class UserError(click.ClickException):
    """The command failed for a reason the user can fix: printed as ``hawker: <message>``
    (one line per problem), exit status 1."""

    exit_code = 1


def _verbosity(ctx: click.Context, _param: click.Parameter, count: int) -> None:
    # -v counts wherever it is given (before or after the subcommand): the total wins.
    root = ctx.find_root()
    root.meta["verbose"] = root.meta.get("verbose", 0) + count
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(root.meta["verbose"], 2)]
    # On the handlers too: libraries that set their own loggers to DEBUG on import (bm25s)
    # stay quiet unless asked.
    logging.getLogger().setLevel(level)
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)


verbose_option = click.option(
    "-v", "--verbose", count=True, expose_value=False, callback=_verbosity,
    help="More log output (-vv: debug, and tracebacks of internal errors).",
)


def config_option(default_help: str = "./hawker.toml, else the sample show") -> Callable[[FC], FC]:
    """``--config FILE`` (value: str or None)."""
    return click.option(
        "--config", "-c", metavar="FILE",
        type=click.Path(dir_okay=False, path_type=str),
        help=f"The show's hawker.toml (default: {default_help}).",
    )


data_dir_option = click.option(
    "--data-dir", metavar="DIR", type=click.Path(file_okay=False, path_type=Path),
    help="Where the store, index and draw records live (default: the config's folder; for the "
         "sample show, ~/.local/share/hawker/sample).",
)


def interactive() -> bool:
    """Whether progress may be drawn: standard error is a terminal (and open: with ``2>&-``
    Python's sys.stderr is None)."""
    return sys.stderr is not None and not sys.stderr.closed and sys.stderr.isatty()


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@contextlib.contextmanager
def status(text: str) -> Iterator[None]:
    """A spinner with ``text`` on a terminal while the block runs (nothing when piped)."""
    if not interactive():
        yield
        return
    with _console().status(text):
        yield


@contextlib.contextmanager
def progress_bar(text: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal: yields ``update(done, total)``; None when piped."""
    if not interactive():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=_console(), transient=True) as bar:
        task = bar.add_task(text, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
