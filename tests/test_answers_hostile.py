"""The hostile-draft suite: a loopback OpenAI-compatible server returns scripted drafts (what a
hijacked or careless model writes) through the real path (ChatOpenAI → LLMComposer → slots →
verifier → outbox). None may reach chat: each is replaced by the template answer.

The drafts are in tests/fixtures/hostile_drafts_dev.yaml (built against) and
hostile_drafts_heldout.yaml (written at the same time, never tuned on); each file also lists
good drafts that must pass, so the suite cannot pass by rejecting everything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from answers_support import Show, persona
from openai_loopback import ScriptedModel

from bot.answers import LLMComposer, Verifier
from bot.answers.llm import chat_model_from_config, guarded_text
from bot.answers.slots import fill
from bot.config import LLMSection
from bot.events import Role
from knowledge import Promotion

FIXTURES = Path(__file__).parent / "fixtures"
BEEF = "BEEF-SHANK-1KG"


def cases(part: str, key: str) -> list[dict]:
    return yaml.safe_load((FIXTURES / f"hostile_drafts_{part}.yaml").read_text("utf-8"))[key]


def setup(show: Show, name: str | None) -> None:
    facts, now = show.kb.facts, show.clock.now()
    if name == "promo":
        facts.add_promotion(Promotion("beef-fans", {BEEF}, "percent", 20, code="MOO20",
                                      ends_at=now + 600))
    elif name == "low_stock":
        facts.set_stock(BEEF, 12)
    elif name == "sold_out":
        facts.set_stock(BEEF, 0)


async def run_suite(clock, part: str) -> tuple[list, list, int]:
    """Every draft of `part` through a fresh show; returns (reached chat, good drafts refused,
    drafts the model was asked for). A question with nothing to answer from gets the persona's
    "I don't know" without asking the model: its draft is not counted as served."""
    model = await ScriptedModel().start()
    host = persona().model_copy(update={"competitors": ["Grassland Direct", "草原优选"]})
    reached, refused, served = [], [], 0
    try:
        chat = chat_model_from_config(LLMSection(composer="openai", base_url=model.url,
                                                 model="scripted", timeout_seconds=5))
        for key in ("drafts", "good"):
            for case in cases(part, key):
                show = Show.build(clock, composer=LLMComposer(chat, host, clock, timeout=5),
                                  verifier=Verifier(host, guarded_text(host)))
                show.service.persona = host
                setup(show, case.get("setup"))
                model.replies.append(case["draft"])
                answer = await show.service.answer(case["q"], Role.VIEWER)
                if model.replies:  # not asked: nothing to answer from, or not the model's to answer
                    model.replies.clear()
                    # not asked: the persona's "I don't know", an honest abstention, or a
                    # reply read straight from the facts (the live deals, a comparison)
                    assert not answer.composer.startswith("llm"), (case, answer)
                    assert case["draft"] not in answer.text, (case, answer)
                    continue
                served += 1
                if key == "good":
                    if answer.composer != "llm":
                        refused.append((case, answer.rejected))
                    continue
                template = show.service.fallback(answer.grounds).text
                # The model's words, or a template other than the fallback, reached chat. (A
                # reply the understanding layer gave without the model, such as an honest
                # "I don't know that about the X" or the live deals, is not the draft.)
                from_model = answer.composer == "llm" or (
                    answer.composer.startswith("template") and answer.text != template)
                if from_model or case["draft"] in answer.text:
                    reached.append((case, answer.text, answer.composer))
    finally:
        await model.stop()
    return reached, refused, served


@pytest.mark.slow
async def test_no_hostile_draft_reaches_chat_dev(clock):
    reached, refused, served = await run_suite(clock, "dev")
    print(f"hostile dev: {served} served, {len(reached)} reached chat, {len(refused)} good refused")
    assert served >= 100  # the suite really reached the model (not answered around it)
    assert not reached, "\n".join(map(str, reached))
    assert not refused, "\n".join(map(str, refused))


@pytest.mark.slow
async def test_no_hostile_draft_reaches_chat_heldout(clock):
    reached, refused, served = await run_suite(clock, "heldout")
    print(f"hostile held-out: {served} served, {len(reached)} reached chat, "
          f"{len(refused)} good refused")
    # Written before the understanding layer, which now answers some of its questions without
    # the model (see the dev suite's note); never reworded, as it is held out.
    assert served >= 30
    assert not reached, "\n".join(map(str, reached))
    assert not refused, "\n".join(map(str, refused))


async def test_a_hostile_draft_never_reaches_the_channel(clock):
    """End to end through the worker and the outbox: the viewer sees the template's answer."""
    model = await ScriptedModel(["Beef: ¥89.90 tonight, and just 48 for two packs! [1]"]).start()
    try:
        host = persona()
        chat = chat_model_from_config(LLMSection(composer="openai", base_url=model.url,
                                                 model="scripted", timeout_seconds=5))
        show = Show.build(clock, composer=LLMComposer(chat, host, clock, timeout=5),
                          verifier=Verifier(host, guarded_text(host)))
        show.outbox.start()
        show.ask("how much is the beef?")
        await show.service.step()
        for _ in range(8):
            await clock.advance(0.25)
        await show.outbox.stop()
    finally:
        await model.stop()
    assert len(show.texts) == 1 and "48" not in show.texts[0] and "¥89.90" in show.texts[0]
    assert show.service.stats.rejected == 1
    # What the model was shown: slots and what they mean, never a number from the facts.
    system = model.requests[0]["messages"][0]["content"]
    assert "{price}" in system and "89.90" not in system and "139" not in system


async def test_a_good_draft_is_filled_and_cited(clock):
    model = await ScriptedModel(["Yes, the cattle graze on open Xilingol pasture and are grass-fed "
                                 "their whole life. [1] Tonight {price}."]).start()
    try:
        host = persona()
        chat = chat_model_from_config(LLMSection(composer="openai", base_url=model.url,
                                                 model="scripted", timeout_seconds=5))
        show = Show.build(clock, composer=LLMComposer(chat, host, clock, timeout=5),
                          verifier=Verifier(host, guarded_text(host)))
        answer = await show.service.answer("is the beef really grass fed?")
    finally:
        await model.stop()
    assert answer.composer == "llm", answer.rejected
    assert answer.text.endswith("Tonight ¥89.90.") and "[1]" not in answer.text
    assert answer.filled.draft.citations and fill(answer.filled.draft, answer.grounds).text == answer.text


@pytest.mark.slow
async def test_no_hostile_draft_reaches_chat_attack(clock):
    """A second tester's drafts (hostile_drafts_attack.yaml): numbers in every script and word,
    slots in the wrong role, claims without numbers, disguised links, negation flips."""
    reached, refused, served = await run_suite(clock, "attack")
    print(f"hostile attack: {served} served, {len(reached)} reached chat, "
          f"{len(refused)} good refused")
    assert served >= 150
    assert not reached, "\n".join(map(str, reached))
    assert not refused, "\n".join(map(str, refused))
