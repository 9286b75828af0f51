"""Places a viewer names that the curated list lacks (knowledge/regions.py): any city of 15,000
people or more, or country, from GeoNames, where a place goes in the line; never an everyday
word that is also a town."""

from __future__ import annotations

import pytest

from knowledge import regions


@pytest.mark.parametrize(("question", "place"), [
    ("deliver to belfast?", "belfast"),
    ("I'm in Inverness, how much to post two 12kg bags", "inverness"),
    ("can you post it to leeds", "leeds"),
    ("do you deliver to new york city", "new york city"),
    ("we live in graz, shipping?", "graz"),
])
def test_a_city_where_a_place_goes_is_a_place(question: str, place: str) -> None:
    assert place in regions.mentioned(question)


@pytest.mark.parametrize("question", [
    "does it ship in nice packaging", "will it arrive in time", "ship to my house",
    "ship it in a box", "is it in stock", "does it come in orange",
])
def test_everyday_words_are_no_places(question: str) -> None:
    assert not regions.mentioned(question)


def test_the_eu_covers_its_member_states() -> None:
    covered = regions.covered_by("EU")
    assert {"austria", "netherlands", "德国", "poland"} <= covered
    assert "norway" not in covered and "switzerland" not in covered


def test_a_policy_naming_a_city_covers_it() -> None:
    assert "belfast" in regions.covered_by("Belfast")


def test_the_gazetteer_is_read_once_up_front() -> None:
    regions.load()  # (AnswerService.run does this before the show's first answer)
    assert regions._gazetteer.cache_info().currsize == 1
    assert "inverness" in regions.mentioned("ship to inverness?")
