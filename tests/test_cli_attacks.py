"""The `hawker` command as a careless user meets it: files that are not text, standard error
closed, a --state folder that does not exist yet, -v on a command group, an empty catalog beside
a show plan. Each is one line (or one line per problem) and the right exit status, never an
"internal error" or a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.examples import sample_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = sample_dir()
NOT_TEXT = b"\xff\xfe\x00\x01garbage\xc3"  # a UTF-16 BOM, then bytes that are no text at all


def no_internal_error(err: str) -> None:
    assert "Traceback" not in err and "internal error" not in err, err


def show_with(tmp_path: Path, **files: str) -> Path:
    """The sample show's hawker.toml in ``tmp_path``, naming the sample's files except those
    given (key: the [show] key, value: a file name in tmp_path)."""
    names = {"catalog": "catalog.yaml", "policies": "policies.yaml", "persona": "persona.yaml",
             "plan": "show.yaml"}
    lines = ["[show]"]
    for key, name in names.items():
        path = tmp_path / files[key] if key in files else SAMPLE / name
        lines.append(f'{key} = "{path}"')
    toml = tmp_path / "hawker.toml"
    toml.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return toml


def test_a_config_that_is_not_text_is_a_config_error(tmp_path, capsys) -> None:
    bad = tmp_path / "hawker.toml"
    bad.write_bytes(NOT_TEXT)
    assert main(["ask", "--config", str(bad), "how much is the beef?"]) == 2
    err = capsys.readouterr().err
    no_internal_error(err)
    assert "hawker.toml: not UTF-8 text" in err
    assert main(["check", "--config", str(bad)]) == 1
    out, err = capsys.readouterr()
    no_internal_error(err)
    assert out.splitlines() == [f"{bad}: not UTF-8 text (byte 0xff at offset 0)"]


@pytest.mark.parametrize("key", ["persona", "plan"])
def test_check_reports_a_persona_or_plan_that_is_not_text(tmp_path, capsys, key) -> None:
    (tmp_path / "bin.yaml").write_bytes(NOT_TEXT)
    assert main(["check", "--config", str(show_with(tmp_path, **{key: "bin.yaml"}))]) == 1
    out, err = capsys.readouterr()
    no_internal_error(err)
    assert out.splitlines() == [f"{tmp_path / 'bin.yaml'}: not UTF-8 text (byte 0xff at offset 0)"]


def test_a_persona_with_broken_yaml_is_one_line_with_its_line_number(tmp_path, capsys) -> None:
    (tmp_path / "persona.yaml").write_text("name: Lao Zhang\nphrases: [unclosed\n")
    assert main(["check", "--config", str(show_with(tmp_path, persona="persona.yaml"))]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{tmp_path / 'persona.yaml'}:3: YAML: ")


def test_an_empty_catalog_is_one_problem_not_one_per_planned_product(tmp_path, capsys) -> None:
    (tmp_path / "catalog.yaml").write_text("products: []\n")
    assert main(["check", "--config", str(show_with(tmp_path, catalog="catalog.yaml"))]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert "catalog.yaml: no products" in line


def test_draw_verify_of_a_file_that_is_not_text(tmp_path, capsys) -> None:
    bad = tmp_path / "draw-1.json"
    bad.write_bytes(NOT_TEXT)
    assert main(["draw", "verify", str(bad)]) == 1
    err = capsys.readouterr().err
    no_internal_error(err)
    assert f"{bad}: not JSON" in err


@pytest.mark.parametrize("argv", [["draw", "-v", "verify", "x.json"],
                                  ["webhooks", "-v", "sign", "x.json", "--secret-env", "X"]])
def test_verbose_is_accepted_on_a_command_group(argv, capsys) -> None:
    """README: -v anywhere. A group's own -v is no usage error (the file is then missing)."""
    assert main(argv) in (1, 2)
    assert "No such option" not in capsys.readouterr().err


def test_standard_error_closed_still_answers() -> None:
    """`hawker ask … 2>&-` (a service manager, a cron job): Python's sys.stderr is None."""
    code = ("import os, sys; os.close(2); sys.stderr = None\n"
            "from bot.cli_common import interactive, progress_bar, status\n"
            "assert interactive() is False\n"
            "with status('x'), progress_bar('y') as update: assert update is None\n"
            "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0 and result.stdout == "ok\n", result.stderr


@pytest.mark.slow
def test_demo_makes_its_state_folder_and_keeps_the_model_out_of_tmp(tmp_path) -> None:
    """`hawker demo --state NEW/DIR` makes the folder (it was an sqlite "unable to open
    database file"); without --state the index and its 88 MB model graph go to the user's data
    folder, reused by the next demo, not into a new temporary folder every run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    state = tmp_path / "new" / "state"
    args = [sys.executable, "-m", "bot.cli", "demo", "--fast", "--minutes", "3"]
    result = subprocess.run([*args, "--state", str(state)], capture_output=True, text=True,
                            env=env, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (state / "hawker.db").exists()
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    no_internal_error(result.stderr)
    assert list((tmp_path / "xdg" / "hawker" / "demo" / "chroma").glob("minilm-*.onnx"))
    assert not list((tmp_path / "tmp").rglob("*.onnx"))


def test_demo_with_an_unwritable_data_folder_is_one_line(tmp_path) -> None:
    """XDG_DATA_HOME under /proc (as a read-only home): refused before the show starts, not a
    logged traceback from the answering service."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": "/proc/hawker-nope"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "demo", "--fast", "--minutes", "1"],
                            capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().splitlines() == [
        "hawker: /proc/hawker-nope: No such file or directory"]


def test_no_chroma_server_at_the_configured_url_is_a_connection_error() -> None:
    from knowledge.index import connect

    with pytest.raises(ConnectionError, match=r"knowledge.chroma_url http://127.0.0.1:9: "):
        connect(url="http://127.0.0.1:9")


@pytest.mark.slow
def test_ask_with_no_chroma_server_is_one_line(tmp_path, capsys) -> None:
    toml = show_with(tmp_path)
    toml.write_text(toml.read_text() + '[knowledge]\nchroma_url = "http://127.0.0.1:9"\n')
    assert main(["ask", "--config", str(toml), "how much is the beef?"]) == 1
    err = capsys.readouterr().err
    no_internal_error(err)
    assert "knowledge.chroma_url http://127.0.0.1:9: Could not connect" in err


def test_a_question_that_starts_with_a_dash_is_told_about_double_dash(capsys) -> None:
    assert main(["ask", "-20% off?"]) == 2
    line = capsys.readouterr().err.strip()
    assert "No such option '-2'" in line and "goes after --: ask -- -2" in line
    assert main(["check", "--bogus"]) == 2  # no argument to take it: no such hint
    assert "goes after --" not in capsys.readouterr().err


def test_ctrl_c_ends_with_130_and_one_newline(monkeypatch, capsys) -> None:
    import bot.check

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(bot.check, "problems", interrupted)
    assert main(["check", "--config", str(SAMPLE / "hawker.toml")]) == 130
    assert capsys.readouterr().err == "\n"


@pytest.mark.parametrize(("argv", "where"), [
    (["check", "--config"], "hawker check"),
    (["-v", "draw", "export", "1", "-o"], "hawker draw export"),
    (["ask", "--json=3", "hi"], "hawker ask"),
])
def test_an_option_without_its_value_points_at_the_subcommands_help(argv, where, capsys) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err.strip().endswith(f"(see '{where} --help')")


def test_check_names_the_config_key_of_a_missing_file(tmp_path, capsys) -> None:
    toml = show_with(tmp_path, catalog="nope.yaml", persona="gone.yaml")
    (tmp_path / "show.yaml").mkdir()
    toml.write_text(toml.read_text().replace(str(SAMPLE / "show.yaml"), "show.yaml"))
    assert main(["check", "--config", str(toml)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{toml}: show.catalog: {tmp_path / 'nope.yaml'}: no such file",
        f"{toml}: show.plan: {tmp_path / 'show.yaml'}: not a file",
        f"{toml}: show.persona: {tmp_path / 'gone.yaml'}: no such file",
    ]


@pytest.mark.slow
def test_a_cached_model_graph_cut_short_is_rebuilt_not_fatal(tmp_path) -> None:
    """A truncated minilm-*.onnx (a full disk, a half copy) made every `hawker ask` and
    `hawker run` fail with onnxruntime's InvalidProtobuf until someone deleted it by hand."""
    import numpy as np

    from knowledge.embeddings import MiniLMEmbedder

    first = MiniLMEmbedder(cache_dir=tmp_path).embed(["how much is the beef"])
    (graph,) = tmp_path.glob("minilm-*.onnx")
    size = graph.stat().st_size
    with open(graph, "r+b") as f:
        f.truncate(1000)
    again = MiniLMEmbedder(cache_dir=tmp_path).embed(["how much is the beef"])
    assert np.allclose(first, again, atol=1e-6)
    assert [p.stat().st_size for p in tmp_path.glob("minilm-*.onnx")] == [size]


def test_a_store_that_is_not_a_database_is_one_line_naming_it(tmp_path, capsys) -> None:
    (tmp_path / "hawker.db").write_text("garbage\n")
    toml = show_with(tmp_path)
    assert main(["audit", "--config", str(toml)]) == 1
    err = capsys.readouterr().err
    no_internal_error(err)
    assert err.strip() == f"hawker: {tmp_path / 'hawker.db'}: cannot open the store: file is not a database"


def test_a_chroma_index_that_is_not_a_database_is_an_os_error_naming_it(tmp_path) -> None:
    from knowledge.index import connect

    (tmp_path / "chroma").mkdir()
    (tmp_path / "chroma" / "chroma.sqlite3").write_text("garbage\n")
    with pytest.raises(OSError, match="cannot open the Chroma index: .*not a database") as info:
        connect(tmp_path / "chroma")
    assert info.value.filename == str(tmp_path / "chroma")


def test_webhooks_sign_from_a_closed_standard_input_is_one_line() -> None:
    code = ("import os, sys; os.close(0); sys.stdin = None\n"
            "from bot.cli import main; sys.exit(main(['webhooks', 'sign', '-', '--secret-env', 'S']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "S": "k"}, timeout=60)
    no_internal_error(result.stderr)
    assert result.returncode == 2
    assert result.stderr.strip() == "hawker: -: standard input is closed: nothing to sign"
