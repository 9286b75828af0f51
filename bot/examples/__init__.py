"""The sample show, shipped as package data: Lao Zhang's Friday night farm & home sale.

``hawker.toml`` (paths in it are relative to it), ``catalog.yaml``, ``policies.yaml``,
``persona.yaml``, ``show.yaml`` (the running order) and ``demo-chat.txt`` (scripted chat for
`hawker demo`). Read through `sample_dir()`, never by a path relative to the source tree, so it
works from an installed wheel. The sample's state (store, index) never goes here: see
`bot.state`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_dir() -> Path:
    """The folder holding the sample show's files (a real folder: the package is installed
    unzipped, as pip does)."""
    return Path(str(files(__name__)))


def sample_config() -> Path:
    """The sample show's ``hawker.toml``."""
    return sample_dir() / "hawker.toml"
