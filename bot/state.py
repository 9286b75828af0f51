"""Where a show's state lives (store, index, draw records), and which catalog built the index.

State goes where the user says: ``--data-dir``, else the config file's folder (paths in the
config are relative to it). The bundled sample show is the exception: its folder is inside the
installed package, so its state goes to the user's data folder
(``$XDG_DATA_HOME/hawker/sample``, default ``~/.local/share/hawker/sample``), never the install.

The index remembers the catalog it was built from (`IndexManifest`, a JSON file beside the
Chroma folder), so `hawker ingest` can ask before replacing a show's index with another
catalog's, and `hawker ask` / `hawker run` keep answering from what was last ingested.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Config, ConfigError
from bot.examples import sample_dir

MANIFEST = "hawker-index.json"


def user_data_dir() -> Path:
    """``$XDG_DATA_HOME/hawker`` (default ``~/.local/share/hawker``)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "hawker"


def is_sample(config: Config) -> bool:
    """True when the config is the bundled sample show's."""
    return config.base_dir.resolve() == sample_dir().resolve()


def default_data_dir(config: Config) -> Path:
    """The config's folder; for the bundled sample, the user's data folder."""
    return user_data_dir() / "sample" if is_sample(config) else config.base_dir


def relocate_state(config: Config, data_dir: str | Path | None = None) -> Config:
    """Point the config's relative state paths (``store.path``, ``knowledge.chroma_path``,
    ``draws.export_dir``) into ``data_dir`` (default: `default_data_dir`). Absolute paths in
    the file are the user's explicit choice and stay. Returns the same config, changed."""
    root = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir(config)
    if root == config.base_dir and not is_sample(config):
        return config  # relative paths already resolve here
    if root.exists() and not root.is_dir():
        raise ConfigError(f"--data-dir {root}: not a folder")
    config.store.path = _under(root, config.store.path)
    config.knowledge.chroma_path = _under(root, config.knowledge.chroma_path)
    if config.draws.export_dir is not None:
        config.draws.export_dir = _under(root, config.draws.export_dir)
    return config


def _under(root: Path, p: Path) -> Path:
    return p if p.is_absolute() else root / p


def load_config(path: str | Path | None, data_dir: str | Path | None = None) -> Config:
    """`Config.load` of ``path`` (default: ``./hawker.toml`` when present, else the sample
    show), its state relocated by `relocate_state`. Raises ConfigError."""
    return relocate_state(Config.load(path or default_config()), data_dir)


def default_config() -> Path:
    """``./hawker.toml`` when there is one, else the bundled sample show's."""
    here = Path("hawker.toml")
    return here if here.exists() else sample_dir() / "hawker.toml"


def state_dir(config: Config) -> Path:
    """The folder holding the index's manifest and built model graph: the Chroma folder, or
    (with a Chroma server) the store's folder."""
    k = config.knowledge
    if k.chroma_url:
        return Path(config.path(config.store.path)).parent
    return Path(config.path(k.chroma_path))


@dataclass
class IndexManifest:
    """What the index was last built from: the catalog's absolute path and SHA-256, its SKUs,
    the passage count and when (Unix seconds)."""

    catalog: str
    sha256: str = ""
    skus: list[str] = field(default_factory=list)
    passages: int = 0
    at: float = 0.0

    @classmethod
    def read(cls, folder: Path) -> IndexManifest | None:
        """The manifest in ``folder``, or None when there is none (or it is unreadable: then
        the index is treated as of unknown origin)."""
        try:
            data: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            return cls(**data)
        except (OSError, ValueError, TypeError):
            return None

    def write(self, folder: Path) -> None:
        """Atomically (a crash leaves the old manifest or the new one)."""
        folder.mkdir(parents=True, exist_ok=True)
        self.at = self.at or time.time()
        tmp = folder / f"{MANIFEST}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / MANIFEST)


def indexed_catalog(config: Config) -> Path:
    """The catalog the show answers from: the one the index was last built from by
    `hawker ingest` when that file still exists, else the config's ``show.catalog``."""
    configured = Path(config.path(config.show.catalog))
    manifest = IndexManifest.read(state_dir(config))
    if manifest is None or not Path(manifest.catalog).is_file():
        return configured
    indexed = Path(manifest.catalog)
    return configured if indexed.resolve() == configured.resolve() else indexed


def record_index(config: Config, catalog: str | Path, skus: list[str], passages: int) -> None:
    """Note in the index's folder that it now holds ``catalog`` (its SKUs and passage count)."""
    path = Path(catalog).resolve()
    with open(path, "rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    IndexManifest(str(path), digest, sorted(skus), passages).write(state_dir(config))
