"""Money, counts and durations are validated once (knowledge/quantities.py), for every entry
point: webhooks, catalog, show plan, hawker.toml, persona files and chat commands."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.commands import ArgumentError, Duration
from bot.config import Config, ConfigError
from bot.persona import Persona
from bot.show.plan import PlanError, parse_plan
from knowledge import quantities
from knowledge.catalog import CatalogError, load_catalog
from knowledge.facts import money, to_money
from plugins.webhooks.models import shop_event

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
BEEF = "BEEF-SHANK-1KG"


# -- the module itself ------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["-0", "-0.00", -0.0, Decimal("-0.00"), "-5", -1, Decimal("-1"),
                                   float("nan"), float("inf"), "nan", "inf", "Infinity",
                                   Decimal("NaN"), True, False, "8 9", "", "1,5", None, [1],
                                   "1e999", 1e300, "100000000.01"])
def test_money_refuses(value):
    with pytest.raises(ValueError):
        quantities.money(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("0", Decimal(0)), (0, Decimal(0)), ("89.9", Decimal("89.9")), (89.9, Decimal("89.9")),
    (" 12.50 ", Decimal("12.50")), (Decimal("3"), Decimal(3)), ("1e2", Decimal(100)),
    (".5", Decimal("0.5")),
])
def test_money_accepts(value, expected):
    assert quantities.money(value) == expected


@pytest.mark.parametrize("value", [True, False, 1.5, float("nan"), float("inf"), "x", "1.5", -1,
                                   "-3", 10**12, Decimal("NaN"), None])
def test_count_refuses(value):
    with pytest.raises(ValueError):
        quantities.count(value)


def test_count_accepts_whole_numbers_and_minus_zero():
    assert quantities.count("1,000") == 1000
    assert quantities.count(3.0) == 3
    assert quantities.count("-0") == 0
    assert quantities.count(Decimal("7")) == 7


@pytest.mark.parametrize("value", [True, float("nan"), float("inf"), "nan", "inf", "-5", -1,
                                   "soon", "1x", 10**9, None])
def test_seconds_refuses(value):
    with pytest.raises(ValueError):
        quantities.seconds(value)


def test_seconds_parses_durations_and_minus_zero_is_zero():
    assert quantities.seconds("1m30s") == 90
    assert quantities.seconds("2h") == 7200
    zero = quantities.seconds(-0.0)
    assert zero == 0 and math.copysign(1, zero) == 1
    with pytest.raises(ValueError, match="longer than 0s"):
        quantities.seconds("0s", above=True)


def test_money_never_renders_minus_zero():
    assert str(to_money("-0.00")) == "0.00"
    assert money(Decimal("-0")) == "¥0.00"


# -- webhooks (the models; the live HTTP route is in test_webhooks_bad_numbers.py) --------------

@pytest.mark.parametrize("body", [
    '{"id":"p","type":"price","sku":"S","price":"-0.00"}',
    '{"id":"p","type":"price","sku":"S","price":-0.0}',
    '{"id":"p","type":"price","sku":"S","price":"NaN"}',
    '{"id":"p","type":"price","sku":"S","price":1e999}',
    '{"id":"p","type":"price","sku":"S","price":true}',
    '{"id":"p","type":"price","sku":"S","price":"1","list_price":"-0"}',
    '{"id":"s","type":"stock","sku":"S","stock":true}',
    '{"id":"s","type":"stock","sku":"S","stock":1.5}',
    '{"id":"o","type":"order","sku":"S","quantity":false}',
    '{"id":"x","type":"promotion","action":"start","promotion":{"id":"P","skus":["S"],'
    '"kind":"fixed_price","value":"-0.00"}}',
    '{"id":"x","type":"promotion","action":"start","promotion":{"id":"P","skus":["S"],'
    '"kind":"percent","value":"10","stock_cap":true}}',
    '{"id":"x","type":"promotion","action":"start","promotion":{"id":"P","skus":["S"],'
    '"kind":"percent","value":"10","ends_at":true}}',
])
def test_webhook_models_refuse_bad_numbers(body):
    with pytest.raises(ValidationError):
        shop_event.validate_json(body)


def test_webhook_models_still_take_good_numbers():
    e = shop_event.validate_json('{"id":"p","type":"price","sku":"S","price":89.9}')
    assert e.price == Decimal("89.9")
    assert shop_event.validate_json('{"id":"s","type":"stock","sku":"S","stock":0}').stock == 0


# -- catalog ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("price", "problem"), [
    ("'-0'", "must not be negative"), ("-0.00", "must not be negative"), (".nan", "finite"),
    (".inf", "finite"), ("true", "not a number"),
])
def test_a_catalog_price_of_minus_zero_nan_or_true_does_not_ingest(tmp_path, price, problem):
    path = tmp_path / "catalog.yaml"
    path.write_text(f"products:\n  - sku: MUG-1\n    name: Mug\n    price: {price}\n",
                    encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert "catalog.yaml:" in str(err.value) and "price" in str(err.value)
    assert problem in str(err.value)


def test_a_csv_catalog_price_of_minus_zero_does_not_ingest(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text("sku,name,price,stock\nMUG-1,Mug,-0,5\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"catalog.csv:2: price: must not be negative"):
        load_catalog(path)


# -- show plan --------------------------------------------------------------------------------

PLAN = """\
segments:
  - product: BEEF-SHANK-1KG
    duration: {duration}
    promotion: {{kind: fixed_price, value: {value}}}
messages:
  - text: Follow the shop!
    every: {every}
"""


@pytest.mark.parametrize(("field", "over"), [
    ("segments[0].duration", {"duration": "nan"}), ("segments[0].duration", {"duration": ".nan"}),
    ("segments[0].duration", {"duration": ".inf"}), ("segments[0].duration", {"duration": "true"}),
    ("messages[0].every", {"every": ".nan"}), ("messages[0].every", {"every": ".inf"}),
    ("segments[0].promotion.value", {"value": ".inf"}),
    ("segments[0].promotion.value", {"value": ".nan"}),
    ("segments[0].promotion.value", {"value": "-0.0"}),
    ("segments[0].promotion.value", {"value": "true"}),
])
def test_a_plan_with_nan_inf_or_booleans_does_not_start(field, over):
    values = {"duration": "4m", "value": "69.90", "every": "5m", **over}
    with pytest.raises(PlanError) as err:
        parse_plan(PLAN.format(**values), "show.yaml", [BEEF])
    assert any(i.startswith("show.yaml:") and f": {field}:" in i for i in err.value.issues), \
        err.value.issues


def test_plan_counts_refuse_booleans():
    text = PLAN.format(duration="4m", value="69.90", every="5m") + "show:\n  low_stock: true\n"
    with pytest.raises(PlanError, match="show.low_stock"):
        parse_plan(text, "show.yaml", [BEEF])


def test_the_example_plan_still_loads():
    plan = parse_plan((EXAMPLES / "show.yaml").read_text(encoding="utf-8"), "show.yaml")
    assert plan.segments[0].duration == 240


# -- hawker.toml ------------------------------------------------------------------------------

def _toml(tmp_path: Path, text: str, *, bom: bool = False) -> Path:
    path = tmp_path / "hawker.toml"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("line", ["tolerance_seconds = inf", "tolerance_seconds = nan",
                                  "tolerance_seconds = true", "timeout_seconds = -0.0",
                                  "max_attempts = true", "read_timeout_seconds = inf",
                                  "max_connections = 0"])
def test_webhooks_settings_refuse_inf_nan_and_booleans(tmp_path, line):
    with pytest.raises(ConfigError) as err:
        Config.load(_toml(tmp_path, f"[webhooks]\n{line}\n"))
    key = line.split(" ")[0]
    assert "hawker.toml" in str(err.value) and key in str(err.value)


@pytest.mark.parametrize("line", ["claim_seconds = inf", "claim_seconds = nan",
                                  "batch_seconds = true", "winners = true", "count_seconds = 0"])
def test_draw_settings_refuse_inf_nan_and_booleans(tmp_path, line):
    with pytest.raises(ConfigError, match=line.split(" ")[0]):
        Config.load(_toml(tmp_path, f"[draws]\n{line}\n"))


def test_a_hawker_toml_with_a_utf8_bom_loads(tmp_path):
    config = Config.load(_toml(tmp_path, '[show]\nname = "Friday"\n', bom=True))
    assert config.show.name == "Friday"


def test_the_example_config_still_loads():
    assert Config.load(EXAMPLES / "hawker.toml").show.catalog.name == "catalog.yaml"


# -- persona ----------------------------------------------------------------------------------

def test_a_persona_phrase_with_an_unknown_slot_is_refused_at_start(tmp_path):
    from bot.draws.service import PHRASES

    path = tmp_path / "persona.yaml"
    path.write_text("name: Lao Zhang\nphrases:\n  draw_winners:\n"
                    "    en: 'Congrats {winner_names} on {prize}!'\n", encoding="utf-8")
    persona = Persona.load(path)  # the built-in phrasebook does not know draw_winners
    with pytest.raises(ConfigError) as err:
        persona.check_slots(PHRASES)
    msg = str(err.value)
    assert "persona.yaml: phrases.draw_winners.en: unknown slot {winner_names}" in msg
    assert "{names}" in msg  # says what it may use


def test_a_malformed_persona_template_is_refused(tmp_path):
    path = tmp_path / "persona.yaml"
    path.write_text("name: Lao Zhang\nphrases:\n  busy:\n    en: 'Busy {'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="phrases.busy.en"):
        Persona.load(path)


def test_the_example_persona_passes_every_features_slots():
    from bot.answers.composer import PHRASES as ANSWERS
    from bot.draws.service import PHRASES as DRAWS
    from bot.moderation.controls import PHRASES as MODERATION
    from bot.show.announce import PHRASES as SHOW

    Persona.load(EXAMPLES / "persona.yaml").check_slots(ANSWERS, DRAWS, MODERATION, SHOW)


def test_say_falls_back_to_the_default_when_a_phrase_cannot_be_filled():
    from bot.draws.service import PHRASES

    persona = Persona(name="X", phrases={"draw_no_entries": {"en": "Nobody for {prizee}"}})
    assert persona.say("draw_no_entries", "en", defaults=PHRASES, prize="Mug") == \
        "Nobody entered the draw for Mug."


# -- chat commands ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["nan", "inf", "-5", "-1m", "1e400"])
def test_chat_durations_refuse_nan_inf_and_negatives(text):
    with pytest.raises(ArgumentError):
        Duration.parse(text)


def test_json_minus_zero_reaches_the_validator_as_minus_zero():
    assert math.copysign(1, json.loads("-0.0")) == -1  # the case the webhook test relies on


def test_a_show_whose_persona_has_an_unknown_slot_does_not_start(tmp_path):
    from bot.app import Hawker
    from bot.clock import FakeClock

    for name in ("catalog.yaml", "policies.yaml", "show.yaml", "hawker.toml"):
        (tmp_path / name).write_bytes((EXAMPLES / name).read_bytes())
    (tmp_path / "persona.yaml").write_text(_with_bad_phrase(EXAMPLES / "persona.yaml"),
                                           encoding="utf-8")
    config = Config.load(tmp_path / "hawker.toml")
    config.store.path = tmp_path / "hawker.db"
    with pytest.raises(ConfigError, match=r"phrases.draw_winners.en: unknown slot {winner_names}"):
        Hawker(config, FakeClock())


def _with_bad_phrase(path: Path) -> str:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.setdefault("phrases", {})["draw_winners"] = {"en": "{prize}: congratulations "
                                                            "{winner_names}!"}
    return yaml.safe_dump(data, allow_unicode=True)


def test_a_promotion_with_an_infinite_value_is_refused_by_the_facts():
    from knowledge.facts import Promotion

    for kind in ("fixed_price", "percent"):
        with pytest.raises(ValueError, match="finite"):
            Promotion(id="X", skus=frozenset({BEEF}), kind=kind, value=Decimal("Infinity"))


@pytest.mark.parametrize("text", ["[platforms.youtube]\nshow_hours = true\n",
                                  "[llm]\ntimeout_seconds = false\n",
                                  "[webhooks]\nport = true\n"])
def test_booleans_are_not_numbers_anywhere_in_hawker_toml(tmp_path, text):
    with pytest.raises(ConfigError, match="true/false is not a number"):
        Config.load(_toml(tmp_path, text))


def test_real_booleans_still_load(tmp_path):
    config = Config.load(_toml(tmp_path, "[platforms.console]\nenabled = false\n"
                                         "[draws]\nrequire_chat = true\n"))
    assert config.platforms.console.enabled is False and config.draws.require_chat is True
