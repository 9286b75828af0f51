"""`hawker check`: is a show ready to go on air? Offline: nothing is connected to.

Validates the config, the catalog, the shop policies, the show plan (against the catalog's
SKUs) and the persona, and that every environment variable the config names for a secret is
set. Prints one line per problem (exit 1), or one line saying what was checked (exit 0).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel

from bot.cli_common import config_option, verbose_option
from bot.config import Config, ConfigError

# Optional secrets: read with required=False where they are used, so an unset one is no problem.
OPTIONAL_SECRETS = {"llm.api_key_env"}


def secret_names(model: BaseModel, where: str = "") -> Iterator[tuple[str, str]]:
    """(config key, variable name) for every ``*_env`` field set in the present sections."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        key = f"{where}.{name}" if where else name
        if name.endswith("_env") and isinstance(value, str):
            yield key, value
        elif isinstance(value, BaseModel):
            yield from secret_names(value, key)
        elif isinstance(value, dict):
            for k, v in value.items():
                if isinstance(v, BaseModel):
                    yield from secret_names(v, f"{key}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                if isinstance(v, BaseModel):
                    yield from secret_names(v, f"{key}[{i}]")


def problems(config: Config, source: str, env: dict[str, str]) -> tuple[list[str], str]:
    """(problems, summary of what was checked) for a loaded config; ``env``: the environment."""
    from bot.persona import Persona
    from bot.show.plan import PlanError, load_plan
    from knowledge.catalog import CatalogError, load_catalog, load_policies

    found: list[str] = []
    checked: list[str] = []
    show = config.show
    # A named file that is not there: one line naming the config key; the rest still checked.
    missing = set()
    for key in ("catalog", "policies", "plan", "persona"):
        path = config.path(getattr(show, key))
        if path is not None and not path.is_file():
            missing.add(key)
            what = "not a file" if path.exists() else "no such file"
            found.append(f"{source}: show.{key}: {path}: {what}")
    skus: list[str] | None = None

    def read(path: Any, load: Callable[[Any], list[Any]]) -> list[Any] | None:
        """`load(path)`, or None with its problems added to `found`."""
        try:
            return load(path)
        except CatalogError as err:
            found.extend(str(i) for i in err.issues)
        except OSError as err:
            found.append(f"{path}: {err.strerror}")
        return None

    if "catalog" not in missing:
        products = read(config.path(show.catalog), load_catalog)
        if products is not None:
            skus = [p.sku for p in products]
            checked.append(f"{len(skus)} products")
            if not skus:
                found.append(f"{config.path(show.catalog)}: no products")
    if show.policies and "policies" not in missing:
        policies = read(config.path(show.policies), load_policies)
        if policies is not None:
            checked.append(f"{len(policies)} policies")
    if show.plan and "plan" not in missing:
        try:
            # Without products every planned SKU would be "unknown": one problem, not dozens.
            plan = load_plan(config.path(show.plan), skus or None)
            checked.append(f"a plan of {len(plan.segments)} segments")
        except PlanError as err:
            found += err.issues
    if "persona" not in missing:
        try:
            from bot.phrasebooks import feature_phrasebooks

            # The features check their phrases' slots when the show starts: so does `check`,
            # against every feature's phrasebook.
            Persona.load(config.path(show.persona)).check_slots(*feature_phrasebooks())
            checked.append("the persona")
        except ConfigError as err:
            found += str(err).splitlines()
    secrets = [(k, v) for k, v in secret_names(config) if k not in OPTIONAL_SECRETS]
    found += [f"{source}: {key}: environment variable {name} is not set"
              for key, name in secrets if not env.get(name)]
    checked.append(f"{len(secrets)} secret variable(s)")
    return found, ", ".join(checked)


@click.command()
@config_option()
@verbose_option
def check(config: str | None) -> int:
    """Check that a show is ready: config, catalog, policies, show plan, persona, and that every
    secret variable the config names is set. Connects to nothing. Prints one line per problem
    (exit 1), or what was checked (exit 0)."""
    import os

    from bot.state import default_config

    path = Path(config) if config else default_config()
    try:
        cfg = Config.load(path)
    except ConfigError as err:
        for line in str(err).splitlines():
            click.echo(line)
        return 1
    found, summary = problems(cfg, str(path), dict(os.environ))
    for line in found:
        click.echo(line)
    if found:
        return 1
    click.echo(f"ok: {path}: {summary}")
    return 0
