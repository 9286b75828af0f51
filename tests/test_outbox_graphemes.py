"""Long messages are split between characters as displayed (grapheme clusters), never inside."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.outbox import split_text

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one character on screen, seven code points
FLAG = "🇨🇳"  # two regional indicators
HEART = "❤\ufe0f"  # a heart with its emoji variation selector
THUMB = "👍🏽"  # with a skin tone
ACCENT = "e\u0301"  # e and a combining acute accent
SEQUENCES = [FAMILY, FLAG, HEART, THUMB, ACCENT, "🏳️‍🌈", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "ก่", "한"]


def clusters(text: str) -> list[str]:
    return regex.findall(r"\X", text)


@pytest.mark.parametrize("unit", SEQUENCES)
@pytest.mark.parametrize("limit", [7, 10, 13, 20, 50])
def test_a_wall_of_one_sequence_is_split_between_whole_characters(unit, limit):
    if len(unit) > limit:
        pytest.skip("one character longer than the limit")
    text = "x" + unit * 40  # offset by one so cuts fall at every position
    parts = split_text(text, limit)
    assert all(len(p) <= limit for p in parts)
    assert [c for p in parts for c in clusters(p)] == clusters(text)


def test_the_cases_seen():
    # A ZWJ family kept whole, a flag never two letters, a heart keeps its variation selector.
    for unit in (FAMILY, FLAG, HEART):
        for limit in range(len(unit), 40):
            for part in split_text("love it " + unit * 30, limit):
                assert set(clusters(part)) <= {unit, *"love it"}, (unit, limit, part)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*SEQUENCES, " ", "a", "好", ". ", "word "]), max_size=200),
    st.integers(min_value=12, max_value=120),
)
def test_splitting_keeps_every_character_whole_and_in_order(pieces, limit):
    text = "".join(pieces)
    parts = split_text(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    joined = [c for p in parts for c in clusters(p) if not c.isspace()]
    assert joined == [c for c in clusters(text.strip()) if not c.isspace()]
