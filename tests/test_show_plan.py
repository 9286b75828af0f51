"""The show plan file: the sample plan, and malformed plans with file:line: field errors."""

from __future__ import annotations

import shutil

import pytest

from bot.app import Hawker
from bot.config import Config, ConfigError
from bot.show.plan import PlanError, load_plan, parse_plan
from tests.show_shared import CATALOG, EXAMPLES

SKUS = [p.sku for p in CATALOG]


def test_the_sample_plan_is_a_forty_minute_show() -> None:
    plan = load_plan(EXAMPLES / "show.yaml", SKUS)
    assert plan.planned_length == 40 * 60
    assert len(plan.segments) == 10
    assert all(180 <= s.duration <= 300 for s in plan.segments)
    assert all(s.promotion is not None and s.talking_points for s in plan.segments)
    assert [s.draw.keyword for s in plan.segments if s.draw] == ["老张好", "lucky"]
    flash = [p.id for p in plan.promotions if p.flash]
    flash += [s.promotion.id for s in plan.segments if s.promotion and s.promotion.lasts]
    assert len(flash) >= 2
    assert {p.code for p in plan.promotions if p.code} >= {"NEWFAN10", "LASTCALL"}
    assert plan.messages and all(m.min_lines > 0 for m in plan.messages)
    assert plan.show.countdown == [300, 60, 10]


BAD = """\
show:
  countdown: [1m, soon]
segments:
  - product: BEEF-SHANK-1KG
    duration: 4m
    promotion: {kind: percent, value: 120}
  - product: NO-SUCH-THING
    duration: 3m
    talking_points: ["Only ¥9.90 tonight!"]
  - product: EGG-FREERANGE-30
    duration: -1
    colour: red
promotions:
  - {id: X, skus: [EGG-FREERANGE-30], value: 10, at: 5m, until: 1m}
  - {id: Y, skus: [EGG-FREERANGE-30], value: 10, until: 10m, code: "has space"}
"""


def test_every_problem_is_named_with_file_line_and_field() -> None:
    with pytest.raises(PlanError) as err:
        parse_plan(BAD, "show.yaml", SKUS)
    issues = err.value.issues
    assert (
        "show.yaml:2: show.countdown: expected a duration like 90s, 2m or 1h, got 'soon'" in issues
    )
    assert (
        "show.yaml:6: segments[0].promotion: value: a percent must be between 0 and 100" in issues
    )
    assert any(
        i.startswith("show.yaml:9: segments[1].talking_points: states a price") for i in issues
    )
    assert any(
        i.startswith("show.yaml:11: segments[2].duration: must be longer than 0s") for i in issues
    )
    assert any(i.startswith("show.yaml:12: segments[2].colour: Extra inputs") for i in issues)
    assert "show.yaml:14: promotions[0]: until: must be after at (60s <= 300s)" in issues
    assert any(i.startswith("show.yaml:15: promotions[1].code: a code is") for i in issues)


def test_unknown_products_are_named_with_their_line() -> None:
    text = BAD.split("  - product: NO-SUCH")[0].replace("value: 120", "value: 20")
    text = text.replace("[1m, soon]", "[1m]") + "  - {product: NO-SUCH-THING, duration: 3m}\n"
    with pytest.raises(PlanError) as err:
        parse_plan(text, "show.yaml", SKUS)
    assert err.value.issues == ["show.yaml:7: segments[1].product: unknown product 'NO-SUCH-THING'"]


def test_yaml_syntax_errors_and_wrong_shapes() -> None:
    with pytest.raises(PlanError, match=r"^show.yaml:3: YAML: "):
        parse_plan("segments:\n  - product: A\n  duration: [4m\n", "show.yaml")
    with pytest.raises(PlanError, match=r"show.yaml:1: expected a mapping"):
        parse_plan("- just a list\n", "show.yaml")
    with pytest.raises(PlanError, match=r"show.yaml:1: segments: Field required"):
        parse_plan("show: {name: empty}\n", "show.yaml")
    with pytest.raises(PlanError, match=r"cannot read the show plan"):
        load_plan(EXAMPLES / "no-such-plan.yaml")


def test_a_malformed_plan_stops_the_app_before_anything_starts(tmp_path) -> None:
    for name in ("hawker.toml", "catalog.yaml", "persona.yaml", "policies.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    (tmp_path / "show.yaml").write_text(BAD, encoding="utf-8")
    config = Config.load(tmp_path / "hawker.toml")
    with pytest.raises(ConfigError) as err:
        Hawker(config)
    assert "show.yaml:6: segments[0].promotion: value: a percent" in str(err.value)

    # Fixed, the same folder builds a show that waits for `!show start`.
    shutil.copy(EXAMPLES / "show.yaml", tmp_path / "show.yaml")
    app = Hawker(config)
    try:
        assert app.show is not None and app.show.state.status == "idle"
        assert app.facts.promotions(0) == []  # nothing of the plan is live yet
        assert app.registry.find(["show", "start"]) is not None
        assert app.show.count_line in app.pipeline.observers
    finally:
        app.store.close()
