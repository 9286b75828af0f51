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


@pytest.mark.parametrize(("question", "places"), [
    ("寄纽约吗", {"new york"}),
    ("寄去威靈頓嗎", {"wellington"}),
    ("墨尔本哪条路骑车风景最好", set()),  # (no sending: the city is talked about)
    ("ship to texas?", {"texas"}),
    ("ship to perth western australia", {"perth", "western australia"}),
    ("do you deliver to new york city", {"new york city"}),
])
def test_a_city_in_chinese_or_a_state_sent_to_is_a_place(question: str, places: set[str]) -> None:
    assert regions.mentioned(question) == places


def test_a_state_or_province_is_its_country_before_a_namesake_town() -> None:
    assert regions.country_of_city("texas") == "united states"
    assert regions.country_of_city("ontario") == "canada"  # (not Ontario, California)
    assert regions.country_of_city("western australia") == "australia"


@pytest.mark.parametrize(("question", "place", "country"), [
    ("ship to london uk?", "london", "united kingdom"),
    ("ship to Victoria BC?", "victoria", "canada"),
    ("ship to perth wa", "perth", "australia"),  # (not Washington's WA)
    ("ship to london", "london", ""),
])
def test_the_country_a_place_is_followed_by(question: str, place: str, country: str) -> None:
    assert regions.qualifier_country(question, place) == country
