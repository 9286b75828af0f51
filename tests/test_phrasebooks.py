"""Every feature's phrasebook: English and Chinese for every phrase, the same slots in both,
one meaning per key, and the sample persona valid against all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.persona import DEFAULT_PHRASES, Persona, _slots
from bot.phrasebooks import BOOKS, feature_phrasebooks

EXAMPLES = Path(__file__).resolve().parents[1] / "bot" / "examples"


@pytest.mark.parametrize("name", BOOKS)
def test_every_phrase_has_english_and_chinese_that_fill_from_the_same_slots(name):
    [book] = feature_phrasebooks((name,))
    assert book
    for key, table in book.items():
        assert {"en", "zh"} <= set(table), f"{name} {key}: {sorted(table)}"
        # A language may leave a slot out (English plurals, a library's English reason), but
        # each fills from the slots the feature passes for the key, without a KeyError.
        slots = {slot: "x" for text in table.values() for slot in _slots(text)}
        for lang in ("en", "zh"):
            assert table[lang].format(**slots).strip(), f"{name} {key}.{lang}"
        if any("\u4e00" <= c <= "\u9fff" for c in table["en"]):
            pytest.fail(f"{name} {key}: Chinese in the English phrase")


def test_a_key_means_one_thing_across_features():
    seen: dict[str, tuple[str, dict[str, str]]] = {}
    for name, book in zip(BOOKS, feature_phrasebooks(), strict=True):
        for key, table in book.items():
            assert key not in DEFAULT_PHRASES or name.startswith("bot.answers"), key
            if key in seen:
                assert seen[key][1] == table, f"{key}: {seen[key][0]} and {name} differ"
            seen[key] = (name, dict(table))


def test_the_sample_persona_passes_every_features_slots():
    Persona.load(EXAMPLES / "persona.yaml").check_slots(*feature_phrasebooks())


def test_hawker_check_names_a_typo_in_any_features_phrase(tmp_path):
    from bot.check import problems
    from bot.config import Config

    persona = tmp_path / "persona.yaml"
    persona.write_text("name: Mia\nphrases:\n  cmd_unknown:\n    zh: '没有 {command}'\n"
                       "  discord.panel_open:\n    en: '{prize_name}!'\n", encoding="utf-8")
    config = Config.load(EXAMPLES / "hawker.toml")
    config.show.persona = persona
    found, _ = problems(config, str(EXAMPLES / "hawker.toml"), {})
    assert any("phrases.cmd_unknown.zh: unknown slot {command}" in p for p in found), found
    assert any("phrases.discord.panel_open.en: unknown slot {prize_name}" in p for p in found)
