"""`hawker ingest PATH`: validate a catalog and bring the product index in line with it.

All or nothing: a catalog with errors is reported line by line and the index stays as it was.
The file is read and validated before the model or Chroma is loaded, so a bad file is refused at
once. The index remembers the catalog it was built from (`bot.state.IndexManifest`): ingesting
another catalog asks first (on a terminal) or needs --replace, and so does a catalog that is
empty or would remove most of the index's products.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.cli_common import (
    UserError,
    config_option,
    data_dir_option,
    interactive,
    progress_bar,
    status,
    verbose_option,
)

if TYPE_CHECKING:
    from bot.config import Config
    from bot.state import IndexManifest
    from knowledge.catalog import Product


def _load(path: Path, fmt: str | None, cfg: Config) -> list[Product]:
    from knowledge.catalog import CatalogError, ImportOptions, load_catalog

    try:
        return load_catalog(path, format=fmt, options=ImportOptions.of(cfg))
    except CatalogError as err:
        problems = [str(i) for i in err.issues]
        raise UserError("\n".join([*problems, f"{len(problems)} error(s); nothing was ingested, "
                                   "the index is as it was"])) from None


def _refusal(path: Path, products: list[Product], manifest: IndexManifest | None) -> str | None:
    """Why ingesting ``products`` from ``path`` needs --replace, or None."""
    if not products:
        return f"{path}: no products; ingesting it would empty the index"
    if manifest is None:
        return None
    old, held = Path(manifest.catalog), len(manifest.skus)
    if old.resolve() != path.resolve():
        return f"the index holds {old} ({held} products); {path} would replace it"
    gone = set(manifest.skus) - {p.sku for p in products}
    if len(gone) * 2 > held:
        return f"{path} would remove {len(gone)} of the index's {held} products"
    return None


@click.command(no_args_is_help=True)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True,
              help="Replace the index even with another catalog, an empty one, or one that "
                   "removes most products; without it Hawker asks (on a terminal) or refuses.")
@click.option("--policies", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path),
              help="Shop policies file (default: the config's [show] policies).")
@click.option("--format", "fmt",
              type=click.Choice(["hawker", "shopify-csv", "shopify-json", "woocommerce", "listing"]),
              help="Read the file as this export (default: picked from its name and headers).")
@config_option()
@data_dir_option
@verbose_option
def ingest(path: Path, replace: bool, policies: Path | None, fmt: str | None, config: str | None,
           data_dir: Path | None) -> int:
    """Validate a catalog (CSV, JSON or YAML) and bring the product index in line with it.

    All or nothing: a catalog with errors is reported line by line and the index stays as it
    was. Ingesting another catalog than the one the index holds, an empty one, or one that
    removes most products asks first on a terminal, and otherwise needs --replace.
    """
    from bot.state import IndexManifest, load_config, record_index, state_dir
    from knowledge.catalog import CatalogError, load_policies

    cfg = load_config(config, data_dir)
    if not path.is_file():
        raise UserError(f"{path}: no such catalog file")
    products = _load(path, fmt, cfg)
    policies = policies or cfg.path(cfg.show.policies)
    try:
        policy_list = load_policies(policies) if policies else []
    except CatalogError as err:
        raise UserError("\n".join(str(i) for i in err.issues)) from None
    why = _refusal(path, products, IndexManifest.read(state_dir(cfg)))
    if why and not replace:
        # sys.stdin, not click.get_text_stream: deprecated in click 8.5 (and untyped there).
        if not (interactive() and sys.stdin is not None and sys.stdin.isatty()
                and click.confirm(f"{why}. Replace the index?", err=True)):
            raise UserError(f"{why}: nothing was ingested (use --replace to do it anyway)")

    from knowledge.base import KnowledgeBase
    from knowledge.catalog import ImportOptions
    from knowledge.embeddings import make_embedder
    from knowledge.index import PassageIndex, connect

    k = cfg.knowledge
    started = time.perf_counter()
    with status("loading the embedding model and the index…"):
        embedder = make_embedder(k.embedding, cache_dir=state_dir(cfg))
        chroma_path = None if k.chroma_url else cfg.path(k.chroma_path)
        kb = KnowledgeBase(PassageIndex(connect(chroma_path, k.chroma_url), embedder), embedder)
    with progress_bar("embedding") as update:
        report = kb.ingest(path, policies, progress=update, format=fmt,
                           options=ImportOptions.of(cfg))
    for warning in report.warnings:
        click.echo(warning, err=True)
    if not report.ok:
        raise UserError("\n".join([*report.errors, f"{len(report.errors)} error(s); nothing was "
                                   "ingested, the index is as it was"]))
    record_index(cfg, path, [p.sku for p in products], report.passages)
    where = k.chroma_url or chroma_path
    click.echo(f"{report.products} products, {len(policy_list)} policies, {report.passages} "
               f"passages: {report.embedded} embedded, {report.skipped} unchanged, "
               f"{report.deleted} removed, in {time.perf_counter() - started:.1f}s ({where})")
    return 0
