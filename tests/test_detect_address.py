"""The question detector reads an ask the same however it is addressed.

Seen on heldout11 (a new shop's chat): "主播 这个钻多少钱" scored 0.03 and "@host how many nm"
0.05, while the same asks bare were picked up: the n-grams of 主播 / "@host" / "thx 🙏" had learnt
"talking to the streamer". `features.core` strips the words that only say who is spoken to, at
a line's start or end; "@主播" and "@host" address the host whatever the persona's name.
Wordings here are the team's own, over the sample shop.
"""

from __future__ import annotations

import pytest

from bot.answers.understand.features import HOST_WORD, clean, core, without_address
from bot.events import ChatMessage, Viewer

BEEF = "BEEF-SHANK-1KG"


@pytest.fixture(scope="module")
def detector(host):
    from knowledge_shared import embedder, sample_kb

    from bot.answers import QuestionDetector

    kb = sample_kb()
    air = {"sku": None}
    d = QuestionDetector(host, kb.catalog.values(), kb.policies, on_air=lambda: air["sku"])
    d.use_embedder(embedder())

    def picks(text: str, on_air: str | None = None) -> bool:
        air["sku"] = on_air
        return d(ChatMessage("console", "live", "1", Viewer("console", "v", "v"), text, 0.0))

    return picks


@pytest.mark.parametrize(("text", "bare"), [
    ("主播 这个多少钱", "这个多少钱"),
    ("@主播 空气炸锅几升的～", "空气炸锅几升的"),
    ("姐 大米还有货吗呀", "大米还有货吗"),
    ("hey mate is the beef frozen thx 🙏", "is the beef frozen"),
    ("@host how much for the apples", "how much for the apples"),
    ("quick q what's the wattage??", "what's the wattage??"),
    ("mate 60 pro多少钱", "mate 60 pro多少钱"),  # a phone, not a mate
    ("hey mate", "hey mate"),  # nothing but the address: kept
    ("@小明 这个多少钱", "@小明 这个多少钱"),  # another viewer is asked
    ("streamer is the tv 4k?", "is the tv 4k?"),
])
def test_the_address_is_not_part_of_the_ask(text, bare):
    assert core(clean(text), addressed=bool(HOST_WORD.search(text))) == bare


@pytest.mark.parametrize("text", [
    "主播 牛肉多少钱", "@主播 空气炸锅几升的～", "姐 大米还有货吗呀", "hey mate is the beef frozen thx 🙏",
    "@host how much for the apples", "yo do you ship to canada", "quick q what's the air fryer's wattage??",
    "主播 上链接", "有电饼铛吗", "do u have a blender", "how long to perth", "能自提吗",
    "streamer is the tv 4k?", "yo streamer how big is the tv",
    "電視幾錢", "牛肉有冇貨", "berapa harga tv",  # Cantonese (traditional), Malay
])
def test_an_addressed_ask_is_picked_up(detector, text):
    assert detector(text)


@pytest.mark.parametrize("text", [
    "主播结婚了吗", "@host love the shirt", "hey mate 👋", "主播好漂亮啊", "@小明 你买了吗", "老铁们 冲冲冲",
    "@host whats ur fav snack", "主播你累不累", "@Moobot !price tv",
])
def test_addressed_chat_that_asks_nothing_is_left_alone(detector, text):
    assert not detector(text, BEEF)


def test_the_host_is_addressed_whatever_his_name():
    assert HOST_WORD.search("@主播 几点开始") and HOST_WORD.search("@host price?")
    assert not HOST_WORD.search("@kev_88 same")


@pytest.mark.parametrize(("text", "read"), [
    ("hey mate is it grass fed? thx 🙏", "is it grass fed?"),
    ("Hey Mate, how much is the TV??", "how much is the TV??"),
    ("主播 电视送支架吗", "电视送支架吗"),
    ("streamer is the tv 4k?", "is the tv 4k?"),
    ("hi", "hi"),
    ("does the ring light have a warranty", "does the ring light have a warranty"),  # not "…warran"
])
def test_the_answer_reads_the_ask_without_its_address(text, read):
    assert without_address(text) == read


def test_an_addressed_yes_no_is_answered_as_the_bare_one(host):
    """Seen: "hey mate is it grass fed? thx 🙏" → "I don't know" (the verifier wanted "mate"
    and "thx" in the cited facts), "is it grass fed?" → yes."""
    from attack_support import abstained, ask
    from knowledge_shared import sample_kb

    answer = ask(sample_kb(), host, "hey mate is it grass fed? thx 🙏", on_air=BEEF)
    assert not abstained(answer) and "grass-fed" in answer.text, answer.text
