"""Review mode with the real answers feature: held answers and moderators' edits are checked by
the answer verifier against the facts as they are when the answer is sent."""

from __future__ import annotations

import pytest
from answers_support import fresh_kb
from moderation_support import start_show, texts

from bot.answers import AnswerService
from bot.events import Role

pytestmark = pytest.mark.slow  # indexes the sample catalog (a few seconds)

SKU = "BEEF-SHANK-1KG"


async def test_edits_and_approvals_pass_the_verifier(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock)
    kb = fresh_kb()
    app.answer_service.set(AnswerService(kb, app.persona, app.outbox, clock, app.questions))
    await console.say("amy", "!review on", Role.MODERATOR)
    asks = [console.message(n, "how much is the beef shank?") for n in ("bob", "cy")]
    answer = await app.answers.answer(asks[0].text)
    assert "¥89.90" in answer.text
    app.outbox.put(app.answers.reply(asks, answer))
    await clock.advance(1)
    assert not any("89.90" in t for t in texts(console))  # held

    # A number the facts do not back is refused, and nothing is sent.
    await console.say("amy", "!edit 1 Beef shank, only ¥9.90 tonight!", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console)[-1].startswith("@amy: #1 not sent:")
    assert "9.90" in texts(console)[-1] and "not in the verified answer" not in texts(console)[-1]

    # The price moves while the answer waits: approving the old text is refused...
    kb.facts.set_price(SKU, "79.90")
    await clock.advance(31)
    await console.say("amy", "!approve 1", Role.MODERATOR)
    await clock.advance(1)
    assert "#1 no longer checks out" in texts(console)[-1]
    # ...and an edit with today's price goes out, to everyone who asked.
    await clock.advance(31)
    await console.say("amy", "!edit 1 Beef shank: ¥79.90 tonight, grass-fed.", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console)[-1] == "@bob @cy: Beef shank: ¥79.90 tonight, grass-fed."
    kinds = [e["kind"] for e in app.store.audit_entries(kind="mod")]
    assert kinds == ["mod.review", "mod.edit.refused", "mod.approve.refused", "mod.edit"]
    await app.stop()


async def test_a_fix_is_used_from_then_on(tmp_path, clock):
    from knowledge_shared import CATALOG, POLICIES, embedder

    from knowledge import KnowledgeBase

    kb = KnowledgeBase.open(CATALOG, POLICIES, chroma_path=tmp_path / "chroma", embedder=embedder())
    app, console = await start_show(tmp_path / "h.db", clock)
    app.kb.set(kb)
    app.answer_service.set(AnswerService(kb, app.persona, app.outbox, clock, app.questions))
    before = await app.answers.answer("牛肉是新鲜的吗")
    assert "冷链" not in before.text

    await console.say(
        "amy",
        "!fix does it ship to Chengdu? => Yes: Chengdu orders arrive in 2 days.",
        Role.MODERATOR,
    )
    await console.say(
        "amy", "!fix sku:BEEF-SHANK-1KG 牛肉是新鲜的吗 => 冷冻的，冷链发货。", Role.MODERATOR
    )
    await clock.advance(31)
    await console.say("amy", "!fix sku:NOPE is it fresh? => yes", Role.MODERATOR)
    await clock.advance(1)
    assert "not stored" in texts(console)[-1] and "NOPE" in texts(console)[-1]

    assert (await app.answers.answer("does it ship to Chengdu?")).text.startswith(
        "Yes: Chengdu orders arrive in 2 days."
    )
    assert (await app.answers.answer("牛肉是新鲜的吗")).text.startswith("冷冻的，冷链发货。")
    fixes = [e["detail"] for e in app.store.audit_entries(kind="mod.fix")]
    assert [(f["sku"], f["override"].startswith("override:")) for f in fixes] == [
        (None, True),
        ("BEEF-SHANK-1KG", True),
    ]
    await app.stop()
