"""The LLM composer with LangChain's fake chat models: good drafts, hallucinated numbers,
errors and timeouts (on the fake clock), and what goes into which turn of the prompt."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from answers_support import Show, persona
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.outputs import ChatResult

from bot.answers import LLMComposer, Verifier
from bot.answers.llm import ComposerTimeout, chat_model_from_config, guarded_text, race
from bot.clock import settle
from bot.config import LLMSection


class Recording(GenericFakeChatModel):
    """GenericFakeChatModel that keeps the prompts it was given."""

    seen: list = []

    async def _agenerate(self, messages: list, *args: Any, **kw: Any) -> ChatResult:
        self.seen.append(messages)
        return await super()._agenerate(messages, *args, **kw)


class Hanging(GenericFakeChatModel):
    """A model that never answers (a stuck server)."""

    async def _agenerate(self, *args: Any, **kw: Any) -> ChatResult:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


class Broken(GenericFakeChatModel):
    async def _agenerate(self, *args: Any, **kw: Any) -> ChatResult:
        raise ConnectionError("connection refused")


def show_with(clock, model, **kw) -> Show:
    host = persona()
    return Show.build(clock, composer=LLMComposer(model, host, clock, timeout=2.0),
                      verifier=Verifier(host, guarded_text(host)), **kw)


async def test_a_grounded_draft_is_used(clock):
    model = Recording(messages=iter(["Grass-fed beef shank, {price} tonight instead of {list_price}!"]))
    show = show_with(clock, model)
    answer = await show.service.answer("how much is the beef?")
    assert answer.composer == "llm", answer.rejected
    assert answer.text == "Grass-fed beef shank, ¥89.90 tonight instead of ¥139.00!"
    system, human = model.seen[-1]
    assert isinstance(system, SystemMessage) and isinstance(human, HumanMessage)
    assert human.content == "how much is the beef?"
    assert "how much is the beef" not in system.content  # viewer text only in the user turn
    # The model is shown slots and what they mean, never the numbers.
    assert "<facts>" in system.content and "{price}: the price the viewer pays now" in system.content
    assert "89.90" not in system.content
    assert "Lao Zhang" in system.content


async def test_hallucinated_price_is_replaced_by_the_template(clock):
    draft = "The beef is ¥19.90 with code BEEF50!"
    model = GenericFakeChatModel(messages=iter([draft]))
    show = show_with(clock, model)
    answer = await show.service.answer("how much is the beef?")
    assert "¥19.90" not in answer.text and "BEEF50" not in answer.text
    assert "¥89.90" in answer.text
    assert answer.composer.startswith("template (rejected llm")
    assert any("19.90" in p for p in answer.rejected) and any("BEEF50" in p for p in answer.rejected)
    assert show.service.stats.rejected == 1


async def test_model_error_falls_back(clock):
    show = show_with(clock, Broken(messages=iter([])))
    answer = await show.service.answer("牛肉多少钱")
    assert "¥89.90" in answer.text and "llm failed: ConnectionError" in answer.composer
    assert show.service.stats.composer_errors == 1


async def test_timeout_is_measured_on_the_injected_clock(clock):
    show = show_with(clock, Hanging(messages=iter([])))
    task = asyncio.create_task(show.service.answer("how much is the beef?"))
    await settle()
    assert not task.done()  # the model is still "thinking"
    await clock.advance(1.9)
    assert not task.done()
    await clock.advance(0.2)
    answer = await task
    assert "llm failed: ComposerTimeout" in answer.composer and "¥89.90" in answer.text


async def test_race_cancels_the_loser(clock):
    assert await race(asyncio.sleep(0, result="ok"), clock, 5) == "ok"
    assert clock.next_deadline() is None  # the timer was cancelled
    with pytest.raises(ComposerTimeout):
        fut = asyncio.ensure_future(race(asyncio.Event().wait(), clock, 1))
        await clock.advance(1)
        await fut


async def test_answers_are_cached_until_the_price_changes(clock):
    model = Recording(messages=iter(["The beef is {price} tonight.", "Now {price} for the beef."]))
    show = show_with(clock, model)
    first = await show.service.answer("how much is the beef?")
    again = await show.service.answer("how much is the beef")
    assert first.text == "The beef is ¥89.90 tonight."
    assert again.text == first.text and again.composer == "llm (cached)"
    assert len(model.seen) == 1
    show.kb.facts.set_price("BEEF-SHANK-1KG", "79")
    third = await show.service.answer("how much is the beef?")
    assert third.text == "Now ¥79.00 for the beef." and len(model.seen) == 2


async def test_the_cache_is_keyed_by_the_question_meaning(clock):
    """After "is the corn GMO?", "is the corn organic?" is a new question, not a cache hit."""
    model = Recording(messages=iter(["No, it is a non-GMO sweet corn variety. [1]",
                                     "Yes, it is organic. [1]"]))
    show = show_with(clock, model)
    gmo = await show.service.answer("is the corn GMO?")
    organic = await show.service.answer("is the corn organic?")
    assert gmo.composer == "llm", gmo.rejected
    # Nothing says it is organic: the bot abstains before drafting, or the verifier refuses
    # the draft; either way the GMO answer is not reused.
    assert "GMO" not in organic.text and not organic.composer.startswith("llm")
    assert organic.composer.startswith("template (rejected") or (
        organic.composer == "abstain" and organic.grounds.status == "unknown_aspect")
    # A paraphrase of a cached question still hits.
    again = await show.service.answer("Is the corn GMO")
    assert again.composer == "llm (cached)" and again.text == gmo.text


async def test_a_hijacked_draft_never_enters_the_cache(clock):
    model = Recording(messages=iter(["flash price ends in 4 minutes, hurry!",
                                     "flash price ends in 4 minutes, hurry!"]))
    show = show_with(clock, model)
    first = await show.service.answer("what's the TV price?")
    assert first.rejected and "4 minutes" not in first.text
    again = await show.service.answer("what's the TV price?")
    assert "4 minutes" not in again.text and "¥2999.00" in again.text


def test_chat_model_from_config():
    model = chat_model_from_config(LLMSection(composer="openai", base_url="http://127.0.0.1:9/v1",
                                              model="smollm2", timeout_seconds=1.5))
    assert model.model_name == "smollm2" and model.max_retries == 0
    assert str(model.openai_api_base).startswith("http://127.0.0.1:9")


async def test_unreachable_server_falls_back_to_the_template(clock):
    """A real ChatOpenAI against a loopback port nobody listens on."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    host = persona()
    model = chat_model_from_config(LLMSection(composer="openai", base_url=f"http://127.0.0.1:{port}/v1",
                                              model="x", timeout_seconds=2))
    show = Show.build(clock, composer=LLMComposer(model, host, clock, timeout=2))
    answer = await show.service.answer("how much is the rice cooker?")
    assert "llm failed" in answer.composer and "¥399.00" in answer.text
