"""The answers feature wired into the app: the sample show's config, the console adapter,
a real embedded Chroma in a temp folder, the fake clock."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from waits import eventually

from bot.app import Hawker
from bot.clock import settle
from bot.config import Config
from bot.events import Role
from bot.pipeline import Outcome
from plugins.console import ConsoleAdapter

EXAMPLES = Path(__file__).resolve().parents[1] / "bot" / "examples"

pytestmark = pytest.mark.slow  # indexes the sample catalog into a fresh Chroma


def config_in(tmp_path: Path) -> Config:
    for name in ("hawker.toml", "catalog.yaml", "persona.yaml", "policies.yaml", "show.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return Config.load(tmp_path / "hawker.toml")


async def test_questions_in_chat_are_answered_from_the_shared_facts(tmp_path, clock):
    app = Hawker(config_in(tmp_path), clock)
    console = ConsoleAdapter(clock=clock, out=None)
    app.add_adapter(console)
    await app.start()
    try:
        assert getattr(app, "answers", None) is None  # opens on demand
        service = await app.answering.ready()
        assert app.answers is service and app.knowledge.facts is app.facts  # one fact table
        assert await console.say("ava", "how much is the beef?") == Outcome.QUESTION
        assert await console.say("ben", "666") == Outcome.CHATTER
        # (the answer worker reads the gazetteer in a thread before its first answer: real time)
        await eventually(lambda: any("¥89.90" in d.text and d.text.startswith("@ava")
                                     for d in console.sent), clock=clock, step=1, within=30)
        # The audit log says why each answer was said: question, composer, product, passages.
        [sent] = [e["detail"] for e in app.store.audit_entries(kind="bot.sent")
                  if "¥89.90" in e["detail"]["text"]]
        assert sent["question"] == "how much is the beef?" and sent["composer"] == "template"
        assert sent["sku"] == "BEEF-SHANK-1KG" and sent["facts_version"] >= 0
        assert isinstance(sent["passages"], list)
        app.facts.set_price("BEEF-SHANK-1KG", "85")  # what the show or the shop webhook does
        await console.say("cat", "!ask 牛肉多少钱")
        await clock.advance(1)
        assert "¥85.00" in console.sent[-1].text and console.sent[-1].text.startswith("@cat")
        await console.say("mod", "!answers", Role.MODERATOR)
        await clock.advance(1)
        assert "2 replies to 2 questions" in console.sent[-1].text
    finally:
        await app.stop()


async def test_the_first_question_opens_the_knowledge_base(tmp_path, clock):
    app = Hawker(config_in(tmp_path), clock)
    console = ConsoleAdapter(clock=clock, out=None)
    app.add_adapter(console)
    await app.start()
    try:
        await settle()
        assert app.answering.service is None  # nothing asked, nothing opened
        await console.say("ava", "does it ship to Chengdu?")
        # The index opens and the worker reads the gazetteer in threads: real seconds, many
        # on a loaded machine. Fake time moves at the real pace, so the question (stale after
        # 60 s) stays fresh however long that takes up to the limit.
        await eventually(lambda: any("Chengdu" in d.text for d in console.sent),
                         clock=clock, step=0.2, pause=0.2, within=55)
    finally:
        await app.stop()
