"""`hawker report`: write the post-show report of a show's store as one HTML file."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.cli_common import UserError, config_option, data_dir_option, status, verbose_option

if TYPE_CHECKING:
    from bot.config import Config
    from bot.report.data import ProductName

log = logging.getLogger(__name__)


@click.command()
@config_option()
@data_dir_option
@click.option("-o", "--output", metavar="FILE", default="report.html", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="Where to write the report.")
@click.option("--lang", type=click.Choice(["en", "zh"]),
              help="The report's language (default: the show's, the persona's first).")
@click.option("--every-show", is_flag=True,
              help="Report every show the store has seen (default: the latest show).")
@verbose_option
def report(config: str | None, data_dir: Path | None, output: Path, lang: str | None,
           every_show: bool) -> int:
    """Write the post-show report: questions per product and per minute, the unanswered ones
    (the catalog to-do), answer latency, deals against units sold, draws with their verify
    lines, and moderation. One self-contained HTML file; plots inline as SVG."""
    from bot.persona import Persona
    from bot.report import render_report
    from bot.report.phrases import PHRASES
    from bot.state import load_config
    from bot.store import Store

    cfg = load_config(config, data_dir)
    db = cfg.path(cfg.store.path)
    assert db is not None
    if not Path(db).is_file():  # never create an empty store just to report on it
        raise UserError(f"{db}: no store here (run the show first, or pass --config/--data-dir)")
    persona_path = cfg.path(cfg.show.persona)
    assert persona_path is not None
    persona = Persona.load(persona_path)
    persona.check_slots(PHRASES)  # a typo in a report phrase: one line now, not a KeyError later
    export_dir = cfg.path(cfg.draws.export_dir) if cfg.draws.export_dir else None
    store = Store(db)
    try:
        with status("writing the report…"):
            html = render_report(store, persona=persona, lang=lang, products=_names(cfg),
                                 export_dir=export_dir, show=cfg.show.name,
                                 every_show=every_show)
    finally:
        store.close()
    tmp = output.with_name(output.name + ".tmp")
    try:  # whole or not at all: a reader never sees half a report
        output.parent.mkdir(parents=True, exist_ok=True)  # `-o reports/today.html` just works
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, output)
    except OSError as err:
        raise UserError(f"{output}: cannot write the report: {err.strerror or err}") from None
    click.echo(f"wrote {output}", err=True)
    return 0


def _names(cfg: Config) -> dict[str, ProductName]:
    """SKU → product names from the show's catalog; {} (SKUs shown) when it cannot be read."""
    from bot.report.data import product_names
    from knowledge.catalog import CatalogError, load_catalog

    path = cfg.path(cfg.show.catalog)
    assert path is not None
    try:
        return product_names(load_catalog(path))
    except (CatalogError, OSError) as err:
        log.warning("report: product names from %s unavailable (%s); showing SKUs", path, err)
        return {}
