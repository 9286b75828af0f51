"""`hawker draw export | verify`: the command-line shell; the work is in `bot.draws.verify`."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli_common import config_option, data_dir_option, verbose_option

lang_option = click.option(
    "--lang", type=click.Choice(["en", "zh"]), default=None,
    help="Language of what is printed (default: Chinese when $LANG is zh_*, else English).")


@click.group(no_args_is_help=True)
@verbose_option
def draw() -> None:
    """Export a lucky draw's audit record, or recompute its winners from one."""


@draw.command(short_help="Write a draw's audit record as JSON.")
@click.argument("id", type=click.IntRange(min=1))
@config_option("./hawker.toml")
@data_dir_option
@lang_option
@click.option("-o", "--output", metavar="FILE", type=click.Path(dir_okay=False),
              help="File to write (default: standard output).")
@verbose_option
def export(id: int, config: str | None, data_dir: Path | None, lang: str | None,  # noqa: A002
           output: str | None) -> int:
    """Write draw ID's audit record as JSON: rules, commitment, the frozen entry list, the
    revealed seed and the picks."""
    from bot.draws.verify import export_command, terminal_language

    return export_command(id, config or "hawker.toml", data_dir, output, terminal_language(lang))


@draw.command(short_help="Recompute a draw's winners from its record.")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--commitment", metavar="HEX",
              help="The commitment announced when the draw opened (checked against the record).")
@click.option("--list-hash", metavar="HEX",
              help="The entry-list hash announced at the close (checked against the record).")
@lang_option
@verbose_option
def verify(file: str, commitment: str | None, list_hash: str | None, lang: str | None) -> int:
    """Recompute a draw's winners from FILE (written by hawker draw export); exit 0 when they
    match, 1 when they do not."""
    from bot.draws.verify import terminal_language, verify_command

    return verify_command(file, commitment, list_hash, terminal_language(lang))
