"""`hawker ingest`: progress, a summary, errors with line numbers, and nothing half-ingested."""

from __future__ import annotations

from pathlib import Path

from bot.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"


def config_in(tmp_path: Path) -> Path:
    toml = tmp_path / "hawker.toml"
    toml.write_text(
        f'[show]\ncatalog = "{EXAMPLES / "catalog.yaml"}"\npolicies = "{EXAMPLES / "policies.yaml"}"\n'
        f'persona = "{EXAMPLES / "persona.yaml"}"\n[knowledge]\nchroma_path = "chroma"\ncurrency = "CNY"\n'
    )
    return toml


def test_ingest_twice_then_a_bad_catalog(tmp_path, capsys):
    toml = config_in(tmp_path)
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,name,price,stock,faq\nRICE-1,Jasmine rice,59.9,100,Thai? => Yes\n"
                       "EGG-1,Eggs,29.9,50,\n")
    assert main(["ingest", str(catalog), "--config", str(toml)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("2 products,") and "0 unchanged" in out
    assert err == ""  # progress bars only on a terminal: quiet when piped
    assert main(["ingest", str(catalog), "--config", str(toml)]) == 0
    out, _ = capsys.readouterr()
    assert " 0 embedded" in out  # unchanged catalog: no embedding work

    catalog.write_text("sku,name,price,stock\nRICE-1,Jasmine rice,59.9,100\nEGG-1,Eggs,8 9,50\n")
    assert main(["ingest", str(catalog), "--config", str(toml)]) == 1
    _, err = capsys.readouterr()
    assert "catalog.csv:3: price: not a number: '8 9'" in err
    assert "nothing was ingested" in err
    # The index on disk is as it was: the first catalog again needs no embedding at all.
    catalog.write_text("sku,name,price,stock,faq\nRICE-1,Jasmine rice,59.9,100,Thai? => Yes\n"
                       "EGG-1,Eggs,29.9,50,\n")
    assert main(["ingest", str(catalog), "--config", str(toml)]) == 0
    out, _ = capsys.readouterr()
    assert " 0 embedded" in out and " 0 removed" in out
