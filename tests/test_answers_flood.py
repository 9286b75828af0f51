"""The answer worker end to end: question detection, coalescing, mentions, fair pacing, drops,
and numbers re-read from facts at send time. Real outbox and console adapter, fake clock."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from answers_support import Show, message, persona

from bot.answers import QuestionDetector
from bot.answers.flood import AnswerCache, ViewerLimiter, cluster, question_key
from bot.clock import settle
from bot.events import Role
from plugins.base import RateLimit


@pytest.fixture
def detector():
    from knowledge_shared import sample_kb

    kb = sample_kb()
    return QuestionDetector(persona(), kb.catalog.values(), kb.policies)


@pytest.mark.parametrize(
    "text",
    ["how much is the beef", "牛肉多少钱", "does it ship to Chengdu?", "any eggs left?",
     "Lao Zhang, what's good tonight", "老张，今晚有什么好东西", "is the rice cooker IH?",
     "玉米甜不甜", "can I get a refund if it breaks?"],
)
def test_questions_are_detected(detector, text):
    assert detector(message(text))


@pytest.mark.parametrize(
    "text",
    ["666", "hello from Shanghai!", "哈哈哈", "love this show", "just ordered!", "主播辛苦了",
     "what time is it in Paris?", "is anyone else watching from Berlin?", "老张好！",
     "Lao Zhang you're the best", "@hawker hi"],
)
def test_chatter_is_left_alone(detector, text):
    assert not detector(message(text))


def test_on_air_product_answers_it_questions():
    on_air = {"sku": None}
    d = QuestionDetector(persona(), on_air=lambda: on_air["sku"])
    assert not d(message("how much is it?"))
    on_air["sku"] = "BEEF-SHANK-1KG"
    assert d(message("how much is it?")) and d(message("这个多少钱"))


def test_cluster_and_keys():
    v = np.array([[1, 0], [0.99, 0.141], [0, 1], [0.1, 0.995]], dtype=np.float32)
    assert cluster(v, 0.9) == [[0, 1], [2, 3]]
    assert question_key("@hawker How MUCH is the beef??") == question_key("how much is the beef")


def test_cache_and_limiter():
    cache = AnswerCache(size=2)
    for k in "abc":
        cache.put(k, k, k)
    assert cache.get("a", "a") is None and cache.get("c", "c") == "c" and len(cache) == 2
    # One key (same facts), two meanings: each question gets its own answer.
    gmo, organic = np.array([1.0, 0.0]), np.array([0.8, 0.6])
    cache.put("corn", gmo, "non-GMO")
    assert cache.get("corn", organic) is None and cache.get("corn", gmo) == "non-GMO"
    assert cache.get("corn", np.array([0.99, 0.141])) == "non-GMO"  # a paraphrase
    lim = ViewerLimiter(limit=2, window=10)
    m = message("q")
    assert lim.allow(m, 0) and lim.allow(m, 1) and not lim.allow(m, 2) and lim.allow(m, 10.5)
    assert lim.limited == 1


async def drive(show: Show, seconds: float, step: float = 0.25) -> None:
    t = 0.0
    while t < seconds:
        await show.service.step()
        await show.clock.advance(step)
        t += step


async def test_a_flood_of_one_question_gets_one_reply_crediting_everyone(clock):
    show = Show.build(clock, rate=RateLimit(5, 5.0))
    show.outbox.start()
    texts = ["how much is the beef?", "How much is the beef", "how much is the beef??",
             "what's the price of the beef", "牛肉多少钱", "牛肉多少钱？"]
    for i in range(40):
        show.ask(texts[i % len(texts)], name=f"viewer{i}")
    await drive(show, 6)
    await show.outbox.stop()
    beef = [t for t in show.texts if "¥89.90" in t]
    assert 1 <= len(beef) <= 3, show.texts  # one per language (and per cluster), not 40
    en = next(t for t in beef if "Beef Shank" in t)
    assert en.startswith("@viewer0 ") and " others: " in en
    s = show.service.stats
    assert s.questions == 40 and s.coalesced >= 34 and s.replies <= s.clusters <= 6


async def test_price_change_while_waiting_is_sent_with_the_new_price(clock):
    show = Show.build(clock, rate=RateLimit(1, 30.0))
    show.outbox.start()
    show.ask("how much are the eggs?", "first")
    await show.service.step()
    await settle()
    show.ask("how much is the beef?", "second")
    await show.service.step()
    await settle()
    assert len(show.texts) == 1  # the beef answer waits for the rate limit
    show.kb.facts.set_price("BEEF-SHANK-1KG", "79.90")
    await clock.advance(31)
    await show.outbox.stop()
    assert "¥79.90" in show.texts[1] and "¥89.90" not in show.texts[1]
    assert show.service.stats.refreshed == 1


async def test_stale_questions_and_greedy_viewers_are_dropped_and_counted(clock):
    show = Show.build(clock, max_age=30)
    show.ask("how much is the beef?", "late")
    await clock.advance(31)
    for i in range(5):
        show.ask(f"how much is the {['beef', 'corn', 'rice', 'eggs', 'tv'][i]}?", "greedy")
    await show.service.step()
    assert show.service.stats.stale == 1
    assert show.service.limiter.limited == 2  # 3 questions per minute per viewer
    assert show.service.dropped == 3


async def test_questions_without_an_answer_or_too_late_are_told_to_listeners(clock):
    show = Show.build(clock, max_age=30)
    told: list[tuple[list[str], str]] = []
    show.service.unanswered.append(lambda askers, why: told.append(([m.viewer.id for m in askers], why)))
    show.service.unanswered.insert(0, lambda askers, why: 1 / 0)  # a broken listener changes nothing
    show.ask("how much is the beef?", "late")
    await clock.advance(31)
    show.ask("do you sell motorbike helmets?", "curious")
    show.ask("how much is the beef?", "greedy")
    await show.service.step()
    assert told == [(["late"], "too_late"), (["curious"], "no_answer")]
    assert show.service.stats.stale == 1 and show.service.stats.unknown == 1


async def test_drops_are_announced_at_most_once_a_minute(clock):
    show = Show.build(clock)
    show.service.questions.capacity = 5
    for i in range(30):
        show.ask("how much is the beef?", f"v{i}")
    assert show.service.questions.dropped == 25
    await show.service.step()
    show.outbox.start()
    await settle()
    for i in range(30):
        show.ask("how much is the corn?", f"w{i}")
    await show.service.step()
    await clock.advance(2)
    await show.outbox.stop()
    busy = [t for t in show.texts if "skipped" in t]
    assert busy == ["Lots of questions right now! 25 had to be skipped, "
                    "please ask again in a minute."]


async def test_subscribers_and_first_timers_go_first(clock):
    show = Show.build(clock, batch=1)
    show.ask("how much is the corn?", "repeat")
    show.service.questions.take(1)
    show.ask("how much is the rice?", "repeat")
    show.ask("how much is the beef?", "newbie")
    show.ask("how much are the eggs?", "fan", Role.SUBSCRIBER)
    order = []
    for _ in range(3):
        msg = show.service.questions.take(1)[0]
        order.append(msg.viewer.display_name)
    assert order == ["fan", "newbie", "repeat"]


async def test_worker_survives_a_failing_step(clock, monkeypatch):
    show = Show.build(clock)
    calls = []

    async def boom() -> int:
        calls.append(1)
        raise RuntimeError("bad batch")

    monkeypatch.setattr(show.service, "step", boom)
    task = asyncio.create_task(show.service.run())
    await clock.advance(1.0)
    assert calls == [] and clock.next_deadline() is None  # idle: no questions, no timer
    show.ask("how much is the beef?")  # never taken by the failing step
    show.service.wake.set()
    await clock.advance(1.0)
    assert len(calls) >= 3 and not task.done()
    task.cancel()


async def test_the_most_asked_answer_goes_first_and_one_offs_wait_their_turn(clock):
    show = Show.build(clock, rate=RateLimit(1, 10.0), max_age=45)
    show.outbox.start()
    one_offs = ["how heavy is the corn?", "is the yogurt sweet?", "what rice is it, jasmine?",
                "does the TV have HDMI?", "can I return the air fryer?"]
    for i, q in enumerate(one_offs):
        show.ask(q, f"solo{i}")
    for i in range(12):
        show.ask("how much is the beef?", f"fan{i}")
    await show.service.step()
    await clock.advance(0.1)
    assert show.texts[0].startswith("@fan0 ") and "and 7 others: " in show.texts[0]
    assert show.service.pending == len(one_offs)
    # The beef is asked again right away: the one-offs waiting longer go first, then the repeat.
    for i in range(3):
        show.ask("how much is the beef?", f"late{i}")
    for _ in range(80):
        await show.service.step()
        await clock.advance(1)
    await show.outbox.stop()
    beef = [i for i, t in enumerate(show.texts) if "¥89.90 tonight, down" in t]
    assert beef == [0, 3], show.texts
    assert show.texts[3].startswith("@late0 @late1 @late2: ")
    # 1 message per 10 s: what cannot be sent within 45 s is dropped and counted, not sent late.
    assert len(show.texts) == 5 and show.service.stats.stale == 2, show.texts
