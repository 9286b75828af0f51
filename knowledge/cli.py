"""`hawker ingest PATH`: validate a catalog and bring the product index in line with it.

All or nothing: a catalog with errors is reported line by line and the index stays as it was.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\rembedding [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()
    if done >= total:
        sys.stderr.write("\n")


def run_ingest(args: argparse.Namespace) -> int:
    from bot.answers.cli import default_config
    from bot.config import Config
    from knowledge.base import KnowledgeBase
    from knowledge.catalog import ImportOptions
    from knowledge.embeddings import make_embedder
    from knowledge.index import PassageIndex, connect

    config = Config.load(args.config or default_config())
    k = config.knowledge
    policies = args.policies or config.path(config.show.policies)
    embedder = make_embedder(k.embedding)
    chroma_path = None if k.chroma_url else config.path(k.chroma_path)
    kb = KnowledgeBase(PassageIndex(connect(chroma_path, k.chroma_url), embedder), embedder)
    started = time.perf_counter()
    report = kb.ingest(Path(args.path), policies, progress=_progress, format=args.format,
                       options=ImportOptions.of(config))
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    if not report.ok:
        for error in report.errors:
            print(error, file=sys.stderr)
        print(f"hawker: {len(report.errors)} error(s); nothing was ingested, the index is as "
              "it was", file=sys.stderr)
        return 1
    where = k.chroma_url or chroma_path
    print(f"{report.products} products, {report.passages} passages: {report.embedded} embedded, "
          f"{report.skipped} unchanged, {report.deleted} removed, in "
          f"{time.perf_counter() - started:.1f}s ({where})")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="validate a catalog and index it", description=__doc__)
    p.add_argument("path", help="catalog file: CSV, JSON or YAML")
    p.add_argument("--format", choices=["hawker", "shopify-csv", "shopify-json", "woocommerce",
                                        "listing"],
                   help="read the file as this export (default: picked from its headers)")
    p.add_argument("--policies", help="shop policies file (default: the config's)")
    p.add_argument("--config", help="hawker.toml (default: ./hawker.toml, else the example)")
    p.set_defaults(run=run_ingest)
