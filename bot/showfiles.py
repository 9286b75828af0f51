"""The show's files, read once per start: persona, catalog, policies and the fact table.

`ShowFiles.load(config)` is the one place that parses them; the app hands each feature the
part it uses (the show its facts and products, the answers the catalog it answers from, the
knowledge base the same parsed products to index). A catalog that does not load is kept as an
error message here, not raised: the show and the webhooks need it (`require_catalog`), while
answers only switch off, as they always did.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.config import Config, ConfigError
from bot.persona import Persona
from bot.state import indexed_catalog
from knowledge.base import facts_for
from knowledge.catalog import (
    CatalogError,
    CatalogIssue,
    ImportOptions,
    Policy,
    Product,
    load_catalog,
    load_policies,
)
from knowledge.facts import Facts


def config_file(config: Config, path: Path) -> Path:
    """`path` from the config, relative to the config's folder (`Config.path`, never None
    for a path that is set)."""
    return path if path.is_absolute() else config.base_dir / path


@dataclass(frozen=True, slots=True)
class Catalog:
    """One catalog file as parsed: its products (empty when it did not load), the problems
    that stopped it (one line each, `file:line: field: message`), and its warnings."""

    path: Path
    products: tuple[Product, ...] = ()
    error: str = ""
    missing: bool = False
    warnings: tuple[CatalogIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.error

    @classmethod
    def read(cls, path: Path, options: ImportOptions) -> Catalog:
        """Parse `path` once; never raises (a bad or missing file becomes `error`)."""
        warnings: list[CatalogIssue] = []
        try:
            products = load_catalog(path, options=options, warnings=warnings)
        except (CatalogError, OSError) as err:
            return cls(path, error=str(err), missing=not path.exists())
        return cls(path, tuple(products), warnings=tuple(warnings))


def policies_file(config: Config) -> Path | None:
    """The config's policies file, if it names one."""
    policies = config.show.policies
    return config_file(config, policies) if policies else None


@dataclass(frozen=True, slots=True)
class ShowFiles:
    """What a config's show is made of, loaded once.

    `catalog`: the config's `show.catalog` (the show runs from it); `answer_catalog`: the one
    answers come from, the catalog `hawker ingest` last indexed (`bot.state.indexed_catalog`),
    the same object when they are the same file. `facts`: the one live fact table (prices,
    stock, promotions), None when the catalog did not load; the knowledge base shares it.
    `policies_error`: why the policies did not load ("" when they did, or none are named).
    """

    config: Config
    persona: Persona
    catalog: Catalog
    answer_catalog: Catalog
    policies: tuple[Policy, ...]
    policies_error: str
    facts: Facts | None

    @classmethod
    def load(cls, config: Config) -> ShowFiles:
        """Read the persona (raises ConfigError or OSError as `Persona.load` does), the
        catalog(s) and the policies. Catalog and policy problems are kept, not raised."""
        persona = Persona.load(config_file(config, config.show.persona))
        options = ImportOptions.of(config)
        configured = config_file(config, config.show.catalog)
        catalog = Catalog.read(configured, options)
        answering_from = indexed_catalog(config)
        answer_catalog = (catalog if answering_from == configured
                          else Catalog.read(answering_from, options))
        policies: tuple[Policy, ...] = ()
        policies_error = ""
        policies_path = policies_file(config)
        if policies_path is not None:
            try:
                policies = tuple(load_policies(policies_path))
            except (CatalogError, OSError) as err:
                policies_error = str(err)
        facts = facts_for(list(catalog.products)) if catalog.ok else None
        return cls(config, persona, catalog, answer_catalog, policies, policies_error,
                   facts)

    @property
    def answers_error(self) -> str:
        """Why answers cannot run from these files ("" when they can)."""
        return self.answer_catalog.error or self.policies_error

    def require_catalog(self) -> Facts:
        """The fact table, for a feature that cannot run without the catalog (the show).
        Raises ConfigError naming file:line: field."""
        if self.facts is None:
            raise ConfigError(self.catalog.error)
        return self.facts
