"""The `hawker` command as a user meets it: --version, help on every option, did-you-mean,
one-line errors with exit 2 (usage) or 1 (failure), no traceback, quiet when piped; `hawker check`;
`hawker ingest` reading the file before the model, and asking before it replaces an index."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from bot import __version__
from bot.cli import COMMANDS, cli, main
from bot.examples import sample_dir
from bot.state import MANIFEST

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = sample_dir()


def run(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """`hawker ARGS` in a child process, as a shell runs it."""
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=full, timeout=120)


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_version_and_help_without_importing_the_features(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"hawker {__version__}"
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)
    assert main([]) == 2  # no command: the help, as a usage error


def test_every_command_and_option_has_help_without_markup() -> None:
    seen = 0

    def walk(cmd: click.Command, path: str) -> None:
        nonlocal seen
        assert cmd.help and "`" not in cmd.help, f"{path}: no help, or backticks in it"
        for p in cmd.params:
            if isinstance(p, click.Option) and not p.hidden:
                assert p.help and "`" not in p.help, f"{path} {p.opts}: no help"
                seen += 1
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(click.Context(cmd)):
                walk(cmd.get_command(click.Context(cmd), name), f"{path} {name}")

    walk(cli, "hawker")
    assert seen > 30


@pytest.mark.parametrize(("argv", "wanted"), [
    (["injest", "x.csv"], "Did you mean 'ingest'?"),
    (["ask", "--confg", "x.toml", "hi"], "'--config'"),
    (["draw", "verfy", "x.json"], "Did you mean 'verify'?"),
    (["ask", "--role", "superuser", "how much?"], "'superuser' is not one of"),
    (["audit", "--limit", "0"], "--limit"),
    (["demo", "--speed", "fast"], "--speed"),
])
def test_usage_errors_are_one_line_and_exit_2(argv, wanted, capsys) -> None:
    assert main(argv) == 2
    line = one_line_error(capsys.readouterr().err)
    assert wanted in line and "--help" in line
    if "--confg" in argv:
        assert "Did you mean" in line


def test_failures_name_the_file_and_exit_1(tmp_path, capsys) -> None:
    assert main(["draw", "verify", str(tmp_path / "nope.json")]) in (1, 2)
    assert "nope.json" in one_line_error(capsys.readouterr().err)
    assert main(["ask", "--config", str(tmp_path / "missing.toml"), "hi?"]) == 2
    assert "missing.toml: no such config file" in one_line_error(capsys.readouterr().err)
    assert main(["ingest", str(tmp_path / "none.csv"), "--config", str(SAMPLE / "hawker.toml"),
                 "--data-dir", str(tmp_path)]) == 1
    assert "none.csv: no such catalog file" in one_line_error(capsys.readouterr().err)


def test_verbose_is_accepted_after_the_subcommand(capsys) -> None:
    assert main(["check", "-v", "--config", str(SAMPLE / "hawker.toml")]) == 0
    assert main(["-v", "check", "--config", str(SAMPLE / "hawker.toml")]) == 0


def test_a_closed_pipe_ends_quietly() -> None:
    """`hawker check | head -0`: the reader is gone before the first line is written."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "check", "--config",
                             str(SAMPLE / "hawker.toml")], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 1 and err == ""


# -- hawker check -------------------------------------------------------------------------------


def test_check_the_sample_show() -> None:
    result = run("check", cwd=SAMPLE.parent)  # no ./hawker.toml: the sample show
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: ") and "12 products" in result.stdout


def test_check_lists_one_line_per_problem(tmp_path) -> None:
    (tmp_path / "catalog.csv").write_text("sku,name,price,stock\nRICE-1,Rice,59.9,100\n"
                                          "EGG-1,Eggs,8 9,50\n")
    (tmp_path / "show.yaml").write_text(
        (SAMPLE / "show.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "hawker.toml").write_text(
        f'[show]\ncatalog = "catalog.csv"\npersona = "{SAMPLE / "persona.yaml"}"\n'
        'plan = "show.yaml"\n'
        '[platforms.twitch]\nnick = "bot"\nchannels = ["shop"]\ntoken_env = "HAWKER_T_UNSET"\n')
    result = run("check", "--config", str(tmp_path / "hawker.toml"),
                 env={"HAWKER_T_UNSET": ""})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert any("catalog.csv:3: price" in line for line in lines)
    assert any("platforms.twitch.token_env: environment variable HAWKER_T_UNSET is not set"
               in line for line in lines)
    assert not any(line.startswith("ok:") for line in lines)


# -- hawker ingest: the file first, then the model; never replace an index silently ------------


@pytest.fixture
def no_model(monkeypatch):
    """Loading the model (seconds) is a failure here: these files must be refused before it."""
    import knowledge.embeddings as e

    def refuse(*_a, **_k):
        raise AssertionError("the model was loaded before the file was refused")

    monkeypatch.setattr(e.MiniLMEmbedder, "__init__", refuse)


def show_in(tmp_path: Path, catalog: str = "catalog.yaml") -> Path:
    toml = tmp_path / "hawker.toml"
    toml.write_text(f'[show]\ncatalog = "{catalog}"\npolicies = "{SAMPLE / "policies.yaml"}"\n'
                    f'persona = "{SAMPLE / "persona.yaml"}"\n')
    return toml


@pytest.mark.parametrize("text", ["", "products: []\n", "sku,name,price,stock\n"])
def test_an_empty_catalog_is_refused_before_the_model_loads(tmp_path, capsys, no_model, text) -> None:
    empty = tmp_path / ("empty.csv" if text.startswith("sku") else "empty.yaml")
    empty.write_text(text)
    started = time.perf_counter()
    assert main(["ingest", str(empty), "--config", str(show_in(tmp_path))]) == 1
    # Refused even with --replace: there is no show to run from an empty catalog.
    first, summary = capsys.readouterr().err.splitlines()
    assert "empty.csv" in first or "empty.yaml" in first
    assert "no products" in first or "the file is empty" in first
    assert "nothing was ingested" in summary
    assert time.perf_counter() - started < 2


def test_a_bad_catalog_is_refused_before_the_model_loads(tmp_path, capsys, no_model) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("products:\n  - sku: A-1\n    name: Apple\n    price: -3\n")
    assert main(["ingest", str(bad), "--config", str(show_in(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml:4: price" in err and "nothing was ingested" in err and "Traceback" not in err


def yaml_catalog(path: Path, skus: list[str]) -> Path:
    path.write_text("products:\n" + "".join(
        f"  - sku: {s}\n    name: Product {s}\n    price: 10\n    stock: 5\n" for s in skus))
    return path


@pytest.mark.slow
def test_ingest_asks_before_replacing_the_index_and_ask_keeps_what_was_ingested(
        tmp_path, capsys) -> None:
    show = yaml_catalog(tmp_path / "catalog.yaml", ["BEEF-1", "RICE-1", "EGG-1", "TEA-1"])
    toml = show_in(tmp_path)
    other = yaml_catalog(tmp_path / "other.yaml", ["KETTLE-9"])
    assert main(["ingest", str(show), "--config", str(toml)]) == 0
    assert (tmp_path / "chroma" / MANIFEST).exists()
    capsys.readouterr()

    # Another catalog (not a terminal, so no question): refused, index untouched.
    assert main(["ingest", str(other), "--config", str(toml)]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert "catalog.yaml (4 products)" in line and "--replace" in line
    # The show's own catalog, cut to one product: would remove most of the index.
    cut = yaml_catalog(tmp_path / "cut.yaml", ["BEEF-1"])
    cut.replace(show)
    assert main(["ingest", str(show), "--config", str(toml)]) == 1
    assert "would remove 3 of the index's 4 products" in capsys.readouterr().err
    yaml_catalog(show, ["BEEF-1", "RICE-1", "EGG-1", "TEA-1"])
    assert main(["ingest", str(show), "--config", str(toml)]) == 0
    assert " 0 embedded" in capsys.readouterr().out  # the refusals lost nothing

    # With --replace it happens, and `hawker ask` answers from it rather than undoing it.
    assert main(["ingest", str(other), "--config", str(toml), "--replace"]) == 0
    capsys.readouterr()
    assert main(["ask", "--json", "--config", str(toml), "how much is the kettle?"]) == 0
    out = capsys.readouterr().out
    assert '"product": "KETTLE-9"' in out
    assert main(["ingest", str(other), "--config", str(toml)]) == 0  # the same catalog again
    assert " 0 embedded" in capsys.readouterr().out


@pytest.mark.slow
def test_the_sample_shows_state_never_goes_into_the_install_folder(tmp_path) -> None:
    before = sorted(p.name for p in SAMPLE.iterdir())
    result = run("ask", "how much is the beef?", cwd=tmp_path,
                 env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert result.returncode == 0 and "¥89.90" in result.stdout, result.stderr
    assert sorted(p.name for p in SAMPLE.iterdir()) == before
    state = tmp_path / "xdg" / "hawker" / "sample" / "chroma"
    assert (state / MANIFEST).exists() and list(state.glob("minilm-*.onnx"))
    assert list(tmp_path.iterdir()) == [tmp_path / "xdg"]  # nothing in the working folder
    elsewhere = run("ask", "how much is the beef?", "--data-dir", str(tmp_path / "d"),
                    cwd=tmp_path)
    assert elsewhere.returncode == 0 and (tmp_path / "d" / "chroma" / MANIFEST).exists()
