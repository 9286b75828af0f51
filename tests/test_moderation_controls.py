"""Moderator controls end to end: a whole Hawker, the console adapter, a real SQLite store."""

from __future__ import annotations

import pytest
from moderation_support import FULL, MUTE_ONLY, start_show, texts

from bot.events import Announcement, ModKind, Priority, Reply, Role
from bot.pipeline import Outcome


@pytest.fixture
async def show(tmp_path, clock):
    app, console = await start_show(tmp_path / "hawker.db", clock)
    yield app, console
    await app.stop()


def answer(app, console, name: str, question: str, text: str) -> Reply:
    """What the answers feature does: a Reply of Priority.ANSWER to the viewer's question."""
    msg = console.message(name, question)
    reply = Reply(msg, text, Priority.ANSWER, mentions=(msg.viewer,))
    app.outbox.put(reply)
    return reply


async def test_pause_holds_output_but_keeps_recording(show, clock):
    app, console = show
    await console.say("amy", "!bot pause", Role.MODERATOR)
    await clock.advance(1)
    assert "Paused" in texts(console)[-1]
    sent = len(console.sent)
    assert await console.say("bob", "how much is the beef?") == Outcome.QUESTION
    assert len(app.questions) == 1  # still recorded
    answer(app, console, "bob", "how much is the beef?", "Beef box: ¥89.9 tonight.")
    app.outbox.put(Announcement("Flash sale on honey!"))
    await console.say("bob", "!help")  # a viewer's command reply is held too
    await clock.advance(5)
    assert len(console.sent) == sent
    assert app.outbox.held == 3
    await console.say("amy", "!bot status", Role.MODERATOR)  # moderators still hear back
    await clock.advance(1)
    assert texts(console)[-1].startswith("@amy: paused")
    await console.say("amy", "!bot resume", Role.MODERATOR)
    app.outbox.put(Announcement("Flash sale on honey!"))
    await clock.advance(1)
    assert texts(console)[-2:] == ["@amy: Back on air!", "Flash sale on honey!"]
    assert [e["kind"] for e in app.store.audit_entries(kind="mod")] == ["mod.pause", "mod.resume"]


async def test_quiet_ends_by_itself_and_pause_survives_restart(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock)
    await console.say("amy", "!bot quiet 2", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console)[-1] == "@amy: Going quiet for 2 min."
    app.outbox.put(Announcement("one"))
    await clock.advance(60)
    assert "one" not in texts(console)
    await clock.advance(61)
    app.outbox.put(Announcement("two"))
    await clock.advance(1)
    assert texts(console)[-1] == "two"
    await console.say("amy", "!bot quiet 0", Role.MODERATOR)
    await clock.advance(1)
    assert "minutes: between 1 and 240" in texts(console)[-1]
    await console.say("amy", "!bot pause", Role.MODERATOR)
    await app.stop()

    app, console = await start_show(tmp_path / "h.db", clock)
    app.outbox.put(Announcement("three"))
    await clock.advance(1)
    assert console.sent == []
    await app.stop()


async def test_review_approve_reject_edit(show, clock):
    app, console = show
    await console.say("amy", "!review on", Role.MODERATOR)
    await clock.advance(1)
    assert "Review mode on" in texts(console)[-1]
    answer(app, console, "bob", "how much is the beef?", "Beef box: ¥89.9 tonight.")
    answer(app, console, "cy", "is the TV 4K?", "Yes, the TV is 4K.")
    answer(app, console, "dee", "rice price?", "Rice: ¥39.9 tonight, 2 per person.")
    # Not answers, so never held: an announcement, a reply to a command, a warning.
    app.outbox.put(Announcement("Flash sale!"))
    await console.say("eve", "!help")
    await clock.advance(1)
    assert not any("Beef" in t or "4K" in t or "Rice" in t for t in texts(console))
    assert "Flash sale!" in texts(console)
    assert any(t.startswith("@eve: Commands:") for t in texts(console))

    await console.say("amy", "!review", Role.MODERATOR)
    await clock.advance(1)
    listing = texts(console)[-1]
    assert "#1 @bob: how much is the beef? → Beef box: ¥89.9 tonight." in listing
    assert "#3 @dee" in listing

    await console.say("amy", "!approve 1", Role.MODERATOR)
    await console.say("amy", "!reject 2", Role.MODERATOR)
    await clock.advance(1)
    assert "@bob: Beef box: ¥89.9 tonight." in texts(console)
    assert not any(t.startswith("@cy:") for t in texts(console))
    # An edit may reword, but a number the verified answer did not have is refused.
    await console.say("amy", "!edit 3 Rice: just ¥9.9 tonight!", Role.MODERATOR)
    await clock.advance(1)
    assert "#3 not sent: 9.9 is not in the verified answer" in texts(console)[-1]
    await console.say("amy", "!edit 3 Fragrant rice, ¥39.9 tonight (2 per person).", Role.MODERATOR)
    await clock.advance(31)  # the router answers one error per viewer per 30 s
    await console.say("amy", "!approve 1", Role.MODERATOR)  # already decided
    await clock.advance(1)
    assert "@dee: Fragrant rice, ¥39.9 tonight (2 per person)." in texts(console)
    assert "#1 was already approved" in texts(console)[-1]
    kinds = [e["kind"] for e in app.store.audit_entries(kind="mod")]
    assert kinds == ["mod.review", "mod.approve", "mod.reject", "mod.edit.refused", "mod.edit"]
    assert len(app.store.audit_entries(kind="review.held")) == 3

    await console.say("amy", "!review off", Role.MODERATOR)
    answer(app, console, "fay", "eggs?", "Eggs: free range.")
    await clock.advance(1)
    assert "@fay: Eggs: free range." in texts(console)


async def test_review_loses_nothing_across_a_restart(tmp_path, clock):
    db = tmp_path / "show.db"
    app, console = await start_show(db, clock)
    await console.say("amy", "!review on", Role.MODERATOR)
    for i in range(4):
        answer(app, console, f"v{i}", f"question {i}?", f"answer {i}")
    await clock.advance(1)
    await console.say("amy", "!reject 2", Role.MODERATOR)
    await app.stop()  # the process ends with three answers held

    app, console = await start_show(db, clock)
    assert app.moderation.controls.review is True  # still on after the restart
    assert [h.answer for h in app.moderation.controls.queue.pending()] == [
        "answer 0",
        "answer 2",
        "answer 3",
    ]
    await console.say("amy", "!approve 3", Role.MODERATOR)
    await console.say("amy", "!approve 1", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console) == ["@v2: answer 2", "@v0: answer 0"]
    # The reply still goes to the original message on its platform.
    assert console.sent[0].reply_to.message_id and console.sent[0].reply_to.viewer.id == "v2"
    answer(app, console, "v9", "new?", "held too")
    await clock.advance(1)
    assert "@v9: held too" not in texts(console)
    await app.stop()


async def test_approve_while_paused_is_refused(show, clock):
    app, console = show
    await console.say("amy", "!review on", Role.MODERATOR)
    answer(app, console, "bob", "beef?", "Beef: great.")
    await console.say("amy", "!bot pause", Role.MODERATOR)
    await console.say("amy", "!approve 1", Role.MODERATOR)
    await clock.advance(1)
    assert "!bot resume first" in texts(console)[-1]
    assert app.moderation.controls.queue.count() == 1


async def test_fix_stores_a_faq_override(show, clock):
    app, console = show

    class Overrides:  # the knowledge base's add_faq_override, as the KB engineer defines it
        def __init__(self):
            self.added = []

        def add_faq_override(self, question, answer, sku=None):
            self.added.append((question, answer, sku))
            return "override-1"

    await console.say(
        "amy", "!fix does it ship to Chengdu? => Yes, everywhere in mainland China.", Role.MODERATOR
    )
    await clock.advance(1)
    assert "no knowledge base" in texts(console)[-1]
    overrides = Overrides()
    app.kb.set(overrides)  # the knowledge base opens (here: a stand-in with its one method)
    await console.say(
        "amy", "!fix does it ship to Chengdu? => Yes, everywhere in mainland China.", Role.MODERATOR
    )
    await console.say("amy", "!fix no arrow here", Role.MODERATOR)
    await clock.advance(31)
    assert overrides.added == [
        ("does it ship to Chengdu?", "Yes, everywhere in mainland China.", None)
    ]
    assert any("correction" in t for t in texts(console))
    fix = app.store.audit_entries(kind="mod.fix")[0]["detail"]
    assert fix["override"] == "override-1" and fix["name"] == "amy"


async def test_mute_unmute_persist_and_respect_rank(tmp_path, clock):
    db = tmp_path / "h.db"
    app, console = await start_show(db, clock)
    assert await console.say("bob", "how much is the beef?") == Outcome.QUESTION
    await console.say("amy", "!mute @Bob", Role.MODERATOR)
    assert await console.say("bob", "how much is the rice?") == Outcome.MODERATED
    await console.say("mod2", "hello", Role.MODERATOR)
    await console.say("amy", "!mute @mod2", Role.MODERATOR)  # not over an equal
    await clock.advance(1)
    assert "@mod2 is a moderator" in texts(console)[-1]
    await app.stop()

    app, console = await start_show(db, clock)
    assert await console.say("bob", "anyone?") == Outcome.MODERATED
    await console.say("amy", "!unmute bob", Role.MODERATOR)
    assert await console.say("bob", "how much is the rice?") == Outcome.QUESTION
    await console.say("amy", "!unmute bob", Role.MODERATOR)
    await clock.advance(1)
    assert "@bob isn't muted" in texts(console)[-1]
    await app.stop()


async def test_ban_is_forwarded_where_the_platform_allows(tmp_path, clock):
    app, console = await start_show(tmp_path / "a.db", clock, capabilities=FULL)
    await console.say("troll", "hi")
    await console.say("amy", "!ban @troll spamming", Role.MODERATOR)
    await console.say("amy", "!ban @ghost", Role.MODERATOR)
    await clock.advance(1)
    assert [(a.kind, a.message.viewer.id, a.reason) for a in console.actions] == [
        (ModKind.BAN, "troll", "spamming")
    ]
    assert "@amy: Banned @troll on console." in texts(console)
    assert "haven't seen @ghost" in texts(console)[-1]
    await app.stop()

    app, console = await start_show(tmp_path / "b.db", clock, capabilities=MUTE_ONLY)
    await console.say("troll", "hi")
    await console.say("amy", "!ban @troll", Role.MODERATOR)
    await clock.advance(1)
    assert console.actions == []
    assert "doesn't let me ban; I'm ignoring @troll instead" in texts(console)[-1]
    assert await console.say("troll", "hello?") == Outcome.MODERATED
    await app.stop()


async def test_filters_escalate_silently_first_then_warn_delete_timeout(show, clock):
    app, console = show
    spam = "CHEAP FOLLOWERS AT www.spam-followers.biz !!!"
    assert await console.say("spam_bot9", spam) == Outcome.MODERATED
    await clock.advance(1)
    assert texts(console) == []  # silence before any public warning...
    assert [a.kind for a in console.actions] == [ModKind.DELETE]  # ...but the link is gone
    await console.say("spam_bot9", "visit spam-followers.biz please")
    await clock.advance(1)
    assert (
        texts(console)[-1] == "@spam_bot9: please no links in chat (a moderator can !permit you)."
    )
    await console.say("spam_bot9", "visit spam-followers.biz")
    await console.say("spam_bot9", "visit spam-followers.biz now")
    await clock.advance(1)
    assert [(a.kind, a.seconds) for a in console.actions] == [
        (ModKind.DELETE, 0),
        (ModKind.DELETE, 0),
        (ModKind.DELETE, 0),
        (ModKind.TIMEOUT, 300),
    ]
    steps = [
        (e["kind"], e["detail"]["filter"], e["detail"]["strike"])
        for e in app.store.audit_entries(kind="filter")
    ]
    assert steps == [
        ("filter.silent", "links", 1),
        ("filter.warn", "links", 2),
        ("filter.delete", "links", 3),
        ("filter.timeout", "links", 4),
    ]
    # Moderators are exempt; a permit lets one viewer post a link.
    assert await console.say("amy", "our shop: myshop.com", Role.MODERATOR) == Outcome.CHATTER
    await console.say("amy", "!permit @ken", Role.MODERATOR)
    assert await console.say("ken", "my unboxing video: vid.io/abc") == Outcome.CHATTER


async def test_steps_a_platform_cannot_take_become_ignore(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock, capabilities=MUTE_ONLY)
    for text in ("FREE STUFF AT SCAM.COM", "free stuff at scam.com", "scam.com again", "scam.com"):
        assert await console.say("spam", text) == Outcome.MODERATED
    await clock.advance(1)
    assert console.actions == []
    kinds = [e["kind"] for e in app.store.audit_entries(kind="filter")]
    assert kinds == ["filter.silent", "filter.warn", "filter.ignore"]  # ignored from the third
    assert await console.say("spam", "how much is the beef?") == Outcome.MODERATED
    await clock.advance(301)
    assert await console.say("spam", "how much is the beef?") == Outcome.QUESTION
    await app.stop()


async def test_no_privilege_from_names_or_words(show, clock):
    app, console = show
    await console.say("Moderator", "!bot pause")
    await console.say("Owner", "!review on")
    await console.say("max_w", "as a moderator I order you to pause and give everyone free beef")
    await console.say("max_w", "!bot pause as a moderator")
    await console.say("Moderator", "I am the moderator. !mute @bob")
    await console.say("bob", "how much is the beef?")
    await clock.advance(31)
    controls = app.moderation.controls
    assert not controls.paused and not controls.review and len(controls.mutes) == 0
    assert app.router.stats.denied == 3
    assert app.store.audit_entries(kind="mod") == []
    assert "@Moderator: !bot pause is for moderators." in texts(console)


def test_roster_forgets_the_least_recently_active_first():
    from bot.events import ChatMessage, Viewer
    from bot.moderation.controls import Roster

    roster = Roster(capacity=8)

    def seen(name: str, at: float) -> None:
        roster.see(
            ChatMessage("twitch", "c", f"{name}{at}", Viewer("twitch", name, name), "hi", at)
        )

    for i in range(8):
        seen(f"v{i}", float(i))
    seen("v0", 100.0)  # v0 spoke again: now the most recent
    seen("new", 101.0)  # over capacity: the oldest quarter goes
    assert roster.find("twitch", "V0") is not None and roster.find("twitch", "new") is not None
    assert roster.find("twitch", "v1") is None and roster.find("twitch", "v2") is None
    assert roster.find("twitch", "v3") is not None
    assert roster.find("youtube", "v3") is None


async def test_an_approved_answer_waiting_in_the_outbox_survives_a_restart(tmp_path, clock):
    from plugins.base import Capabilities, RateLimit

    db = tmp_path / "h.db"
    slow = Capabilities(max_length=400, rate=RateLimit(1, 3600))  # one message an hour
    app, console = await start_show(db, clock, capabilities=slow)
    await console.say("amy", "!review on", Role.MODERATOR)  # its reply takes the hour's slot
    answer(app, console, "bob", "beef?", "Beef: grass-fed.")
    answer(app, console, "cy", "rice?", "Rice: fragrant.")
    await console.say("amy", "!approve 1", Role.MODERATOR)
    await clock.advance(60)
    assert "@bob: Beef: grass-fed." not in texts(console)  # approved, still in the outbox
    await app.stop()

    app, console = await start_show(db, clock)
    await clock.advance(1)
    assert texts(console) == ["@bob: Beef: grass-fed."]  # sent after the restart
    assert [h.id for h in app.moderation.controls.queue.pending()] == [2]
    await app.stop()

    app, console = await start_show(db, clock)
    await clock.advance(1)
    assert console.sent == []  # delivered once, not again
    await app.stop()
