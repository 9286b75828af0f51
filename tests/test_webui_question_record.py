"""The "question" audit entries the console and `hawker report` read (the k19a/k19b contract):
one per asker, with outcome, reason, SKU, language, latency and the reply sent."""

from __future__ import annotations

from typing import Any

from answers_support import Show

from bot.clock import FakeClock
from bot.store import Store


def _questions(store: Store) -> list[dict[str, Any]]:
    return [e for e in store.audit_entries(kind="question")]


async def test_answered_unknown_and_stale_questions_are_recorded(clock: FakeClock) -> None:
    store = Store(":memory:", clock=clock)
    show = Show.build(clock, store=store, outbox_depth=10)
    show.ask("how much is the beef shank?", "Ava")
    await clock.advance(0.25)
    await show.service.step()
    entries = _questions(store)
    assert len(entries) == 1
    e = entries[0]
    assert e["actor"] == "Ava"
    d = e["detail"]
    assert d["outcome"] == "answered" and d["reason"] is None
    assert d["sku"] == "BEEF-SHANK-1KG" and d["lang"] == "en" and d["platform"] == "console"
    assert d["text"] == "how much is the beef shank?" and "89.90" in d["reply"]
    assert d["latency_ms"] == 250.0

    show.ask("is the television plasma?", "Bo")  # a TV we carry, a fact we lack
    show.ask("do you have a pink unicorn saddle?", "Cy")
    await show.service.step()
    unknown, not_carried = (e["detail"] for e in _questions(store)[-2:])
    assert unknown["outcome"] == "unanswered" and unknown["reason"] == "unknown"
    assert unknown["reply"]  # "I don't know that...": sent, still unanswered
    assert not_carried["outcome"] == "unanswered" and not_carried["reason"] == "not_carried"

    show.ask("牛腱多少钱？", "小明")
    await clock.advance(120)  # older than max_age: never answered
    await show.service.step()
    e = _questions(store)[-1]
    assert e["actor"] == "小明"
    assert e["detail"]["outcome"] == "unanswered" and e["detail"]["reason"] == "stale"
    assert e["detail"]["lang"] == "zh" and e["detail"]["reply"] is None


async def test_a_reply_held_for_review_is_recorded_as_held(clock: FakeClock) -> None:
    store = Store(":memory:", clock=clock)
    show = Show.build(clock, store=store, outbox_depth=10)
    show.outbox.gates.append(lambda out: False)  # a review gate holding every answer
    show.ask("how much is the beef shank?", "Ava")
    await show.service.step()
    d = _questions(store)[-1]["detail"]
    assert d["outcome"] == "held" and d["reason"] == "review" and d["reply"] is None
