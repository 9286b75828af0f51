"""knowledge/sourcefile.py: the one YAML/JSON reader with lines, and the one validation-error
formatter, as the persona, the plan, the catalog and the config use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError, field_validator

from bot.config import ConfigError, describe_validation_error
from bot.persona import Persona
from bot.show.plan import PlanError, parse_plan
from knowledge.catalog import CatalogError, load_policies
from knowledge.sourcefile import SourceError, field_errors, parse_json, parse_yaml

YAML = """\
show:
  name: 牛肉专场
segments:
  - product: BEEF
    duration: 10m
  - product: EGGS   # a comment
    specs: {origin: 内蒙古}
"""


def test_yaml_and_json_give_the_line_of_every_value() -> None:
    parsed = parse_yaml(YAML, "show.yaml")
    assert parsed.line_of(("segments", 1, "product")) == 6
    assert parsed.line_of(("segments", 1, "specs", "origin")) == 7
    assert parsed.line_of(("segments", 0, "price")) == 4  # missing: its item's line
    assert parsed.duplicates == []
    js = parse_json('{\n "products": [\n  {"sku": "A",\n   "price": "9.9"}\n ]\n}', "c.json")
    assert js.data["products"][0]["price"] == "9.9"
    assert js.line_of(("products", 0, "price")) == 4 and js.line_of(("products", 0)) == 3


@pytest.mark.parametrize("text, line, what", [
    ("a: 1\nb: [1, 2\nc: 3\n", 3, "YAML: "),
    ("a:\n  - x\n b: 1\n", 3, "YAML: "),
    ("\tkey: 1\n", 1, "YAML: "),
])
def test_yaml_syntax_errors_name_file_and_line(text: str, line: int, what: str) -> None:
    with pytest.raises(SourceError) as err:
        parse_yaml(text, "plan.yaml")
    assert err.value.line == line and str(err.value).startswith(f"plan.yaml:{line}: {what}")
    assert "\n" not in str(err.value)


def test_json_syntax_errors_name_file_and_line() -> None:
    with pytest.raises(SourceError, match=r"^c\.json:3: JSON: Expecting"):
        parse_json('[\n {"sku": "A"},\n {"sku" "B"}\n]', "c.json")


def test_keys_written_twice_are_found_with_their_lines() -> None:
    parsed = parse_yaml("name: a\nphrases:\n  hi: {en: hi}\n  hi: {en: hello}\nname: b\n", "p")
    assert parsed.duplicates == [(4, ("phrases", "hi")), (5, ("name",))]


def test_every_loader_reports_through_the_same_reader(tmp_path: Path) -> None:
    bad = "segments:\n  - product: BEEF\n    duration: [10m\n"
    with pytest.raises(PlanError, match=r"^show\.yaml:4: YAML: "):
        parse_plan(bad, "show.yaml")
    persona = tmp_path / "persona.yaml"
    persona.write_text("name: Lao Zhang\nphrases: {hi: {en: hi}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"persona\.yaml:\d+: YAML: "):
        Persona.load(persona)
    policies = tmp_path / "policies.json"
    policies.write_text('{"policies": [\n  {"id": "ship",}\n]}', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"policies\.json:2: JSON: "):
        load_policies(policies)


class _Item(BaseModel):
    sku: str
    qty: int

    @field_validator("sku")
    @classmethod
    def _upper(cls, v: str) -> str:
        if not v.isupper():
            raise ValueError("must be upper case")
        return v


class _Doc(BaseModel):
    items: list[_Item]


def test_one_formatter_for_validation_errors() -> None:
    with pytest.raises(ValidationError) as caught:
        _Doc.model_validate({"items": [{"sku": "A", "qty": 1}, {"sku": "b", "qty": "x"}]})
    errors = field_errors(caught.value)
    assert [(e.dotted, e.pointer) for e in errors] == [
        ("items.1.sku", "items[1].sku"), ("items.1.qty", "items[1].qty")]
    assert errors[0].message == "Value error, must be upper case"
    assert errors[0].reason == "must be upper case"
    assert field_errors(caught.value, limit=1) == errors[:1]
    assert describe_validation_error("hawker.toml", caught.value).splitlines() == [
        "hawker.toml: items.1.sku: Value error, must be upper case",
        "hawker.toml: items.1.qty: Input should be a valid integer, unable to parse string as an "
        "integer"]
