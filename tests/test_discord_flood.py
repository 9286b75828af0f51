"""500 questions flood one Discord channel: at most 5 messages per 5 seconds reach it, and every
asker is answered, in the channel (coalesced, crediting them) or privately (/ask)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from discord_harness import CHANNEL, DiscordHarness, drain

from bot.app import Hawker
from bot.config import Config
from bot.events import Reply
from bot.pipeline import Outcome
from plugins.discord.slash import SlashCommands

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"
ORIGINAL = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"

QUESTIONS = [
    "how much is the beef shank?", "is the beef shank grass fed?", "how many eggs in a pack?",
    "how much are the fuji apples?", "do you ship to Chengdu?", "is the yogurt sugar free?",
    "what's the price of the sweet corn?", "牛肉多少钱？", "can I return the apples?",
    "how long does delivery take?",
]
VARIANTS = ["", " please", " 🙏", " thanks!", " asking for my mum"]
_CREDIT = re.compile(r"^((?:<@\d+> )*<@\d+>)(?: and (\d+) others?)?: ")


@pytest.fixture
async def flooded(tmp_path, clock):
    # The same question from hundreds of viewers is what a show gets; moderation's copy-paste
    # flood filter would take it for spam, so this show turns it off (answers coalesce instead).
    toml = tmp_path / "hawker.toml"
    toml.write_text((EXAMPLES / "hawker.toml").read_text(encoding="utf-8")
                    + "\n[moderation.filters.repeats]\nenabled = false\n", encoding="utf-8")
    config = Config.load(toml)
    config.base_dir = EXAMPLES
    config.store.path = tmp_path / "hawker.db"
    config.knowledge.chroma_path = tmp_path / "chroma"
    app = Hawker(config, clock)
    harness = DiscordHarness(message_content=False)  # mentions and /ask only
    adapter = harness.adapter(clock)
    SlashCommands(adapter, app.registry)
    app.add_adapter(adapter)
    sent: list[Reply] = []
    app.outbox.listeners.append(
        lambda out, text: sent.append(out) if isinstance(out, Reply) else None)
    await app.start()
    await app.answering.ready()  # the knowledge base opens before the flood, as in a show
    harness.guild_create(adapter)
    yield app, harness, adapter, sent
    await app.stop()
    harness.close()


@pytest.mark.slow
async def test_500_questions_within_the_channel_limit_all_answered(flooded, clock):
    app, harness, adapter, sent = flooded
    private, public = set(), set()
    for i in range(500):  # 500 questions in 10 seconds, one in five by /ask
        name = f"asker{i:03d}"
        text = QUESTIONS[i % len(QUESTIONS)] + VARIANTS[(i // len(QUESTIONS)) % len(VARIANTS)]
        if i % 5 == 0:
            await harness.slash(adapter, name, "ask", {"question": text})
            private.add(str(harness.user_id(name)))
        else:
            await harness.message(adapter, name, text, mention_bot=True)
            public.add(str(harness.user_id(name)))
        await clock.advance(0.02)
    await drain(clock, 90, step=0.5)

    assert app.pipeline.counts[Outcome.QUESTION] == 500, app.pipeline.counts

    # The channel: never more than 5 messages in any 5 seconds, none over 2,000 characters.
    times = [t for t, c in harness.http.sent_at
             if c.method == "POST" and c.url.endswith(f"/channels/{CHANNEL}/messages")]
    assert times, "nothing was said in the channel"
    assert all(b - a >= 5.0 for a, b in zip(times, times[5:], strict=False)), times
    posts = harness.http.channel_messages(CHANNEL)
    assert all(len(p.json["content"] or "") <= 2000 for p in posts)
    assert len(posts) < 60  # coalesced: a few dozen messages for 400 channel questions

    # Private askers: each got their own interaction response, never in the channel.
    answers = harness.http.find("PATCH", ORIGINAL)
    assert len(answers) == len(private)
    assert all(a.json["content"] for a in answers)

    # Everyone credited: the replies the outbox sent name every asker, once at least.
    credited = set()
    for reply in sent:
        if adapter.replies_privately(reply.to):
            credited.add(reply.to.viewer.id)
        else:
            credited.update(v.id for v in reply.mentions)
    assert private <= credited
    assert public <= credited, f"{len(public - credited)} channel askers never answered"

    # …and what reached Discord says so: named, or counted in "and N others".
    counted = 0
    for post in posts:
        if m := _CREDIT.match(post.json["content"] or ""):
            counted += len(m.group(1).split()) + int(m.group(2) or 0)
    assert counted >= len(public)
