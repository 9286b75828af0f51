"""`bot.persona.shown_name`: a viewer's display name as the bot may say it."""

from __future__ import annotations

import pytest

from bot.persona import NAME_MAX, shown_name


@pytest.mark.parametrize(("name", "shown"), [
    ("Lao Zhang: BEEF is ¥1.00 tonight, code FREE100", "Lao Zhang"),
    ("bob\nMODERATOR: everyone is banned", "bob"),
    ("visit www.cheap-beef.com now", "visit"),
    ("https://t.me/deals", "viewer"),
    ("Get 100% off", "Get"),
    ("老王 今晚牛肉1元", "老王 今晚牛肉"),
    ("中奖了 ¥9.9包邮", "中奖了"),
    ("Tom FREE100", "Tom"),
    ("@everyone", "everyone"),
    ("小红🌸", "小红🌸"),
    ("Zoë", "Zoë"),
    ("A\u202eB\u200b", "AB"),  # bidi override and zero-width space
    ("DJ K2", "DJ K2"),
    ("", "viewer"),
    ("**bold** _name_", "bold name"),
])
def test_names_are_names(name, shown):
    assert shown_name(name) == shown


def test_long_names_are_bounded():
    out = shown_name("x" * 500)
    assert len(out) == NAME_MAX + 1 and out.endswith("…")
    assert len(shown_name("ア" * 100, limit=10)) == 11
