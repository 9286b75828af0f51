"""The pipeline end to end through the console adapter, and its robustness to any input."""

from __future__ import annotations

import asyncio
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clock import FakeClock
from bot.commands import CommandRegistry, CommandRouter, Context, HelpCommands, Rest, command
from bot.config import Config, ConfigError
from bot.events import ChatMessage, Role, Viewer
from bot.outbox import Outbox
from bot.persona import Persona
from bot.pipeline import Outcome, Pipeline
from bot.questions import QuestionQueue, looks_like_question
from plugins.console import ConsoleAdapter, ScriptError, parse_script


class Echo:
    @command("echo", help="Say it back")
    async def echo(self, ctx: Context, text: Rest) -> None:
        ctx.reply(text)


def build(clock: FakeClock, **stages):
    outbox = Outbox(clock)
    console = ConsoleAdapter(clock=clock, out=None)
    outbox.add_adapter(console)
    registry = CommandRegistry()
    registry.add_cog(Echo())
    registry.add_cog(HelpCommands(registry))
    router = CommandRouter(registry, outbox.put, clock)
    pipeline = Pipeline(router, QuestionQueue(capacity=10), **stages)
    return pipeline, outbox, console


async def test_console_end_to_end(clock):
    pipeline, outbox, console = build(clock)
    outbox.start()
    await console.start(pipeline.handle)
    assert await console.say("ann", "!echo hello there") == Outcome.COMMAND
    assert await console.say("bo", "lol nice stream") == Outcome.CHATTER
    assert await console.say("cy", "how much is the beef?") == Outcome.QUESTION
    assert await console.say("dee", "牛肉多少钱") == Outcome.QUESTION
    assert await console.say("eve", "!frobnicate") == Outcome.COMMAND  # another bot's: silent
    assert await console.say("fay", "!hlep") == Outcome.COMMAND  # help-like: answered
    await clock.advance(1)
    assert [d.text for d in console.sent] == [
        "@ann: hello there",
        "@fay: there's no !hlep. Try !help.",
    ]
    assert console.sent[0].reply_to.viewer.display_name == "ann"
    assert len(pipeline.questions) == 2
    await outbox.stop()


async def test_stages_run_in_order_and_moderation_short_circuits(clock):
    seen: list[str] = []

    def moderation(msg: ChatMessage) -> bool:
        seen.append("moderation")
        return "spam" not in msg.text

    def entry(msg: ChatMessage) -> bool:
        seen.append("entry")
        return msg.text == "beef"

    pipeline, _, console = build(
        clock, moderation=moderation, draw_entry=entry,
        observers=[lambda m: seen.append("observer")],
    )
    assert await pipeline.handle(console.message("a", "spam spam")) == Outcome.MODERATED
    assert seen == ["moderation"]
    seen.clear()
    assert await pipeline.handle(console.message("a", "beef")) == Outcome.ENTERED
    assert seen == ["moderation", "observer", "entry"]
    seen.clear()
    assert await pipeline.handle(console.message("a", "!help")) == Outcome.COMMAND
    assert seen == ["moderation", "observer"]  # commands never count as draw entries


async def test_a_failing_stage_is_contained(clock):
    def broken(msg: ChatMessage) -> bool:
        raise RuntimeError("bug in a filter")

    pipeline, _, console = build(clock, moderation=broken)
    assert await pipeline.handle(console.message("a", "hi")) == Outcome.ERROR
    assert pipeline.counts[Outcome.ERROR] == 1


async def test_own_messages_are_ignored(clock):
    pipeline, _, console = build(clock)
    pipeline.bot_ids.add(("console", "hawker"))
    assert await pipeline.handle(console.message("hawker", "how much?")) == Outcome.OWN


def test_question_detection():
    def q(text: str, **kw) -> bool:
        v = Viewer("t", "x", "x")
        return looks_like_question(ChatMessage("t", "c", "1", v, text, 0.0, **kw))

    for text in ("how much is the beef", "price?", "有没有红色的", "牛肉多少钱", "does it ship to Chengdu",
                 "is the TV 4K"):
        assert q(text), text
    for text in ("lol", "hello everyone", "哈哈哈哈", "nice", "this is great stuff", "666"):
        assert not q(text), text
    assert q("hey", addressed_to_bot=True)


def test_question_queue_is_fair_and_bounded():
    queue = QuestionQueue(capacity=3)

    def m(name: str, role: Role = Role.VIEWER) -> ChatMessage:
        return ChatMessage("t", "c", name, Viewer("t", name, name, role), "?", 0.0)

    for _ in range(3):
        queue.put(m("repeat"))  # 1st ask is first-time, then repeats
    assert queue.put(m("newbie"))  # evicts a repeat ask
    assert queue.put(m("sub", Role.SUBSCRIBER))
    assert queue.dropped == 2
    assert [x.viewer.id for x in queue.take(3)] == ["sub", "repeat", "newbie"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.text(max_size=3000),
    st.binary(max_size=500).map(lambda b: b.decode("utf-8", "replace")),
    st.text(max_size=200).map(lambda t: "!" + t),
    st.sampled_from(["!", "!!", "! ", "!echo", "!help \x00", "!help " + "x" * 10_000, "\u202e!help"]),
))
def test_pipeline_never_crashes_on_any_input(text):
    async def run() -> Outcome:
        clock = FakeClock()
        pipeline, outbox, console = build(clock)
        outbox.start()
        outcome = await pipeline.handle(console.message("fuzz", text))
        await clock.advance(60)
        await outbox.stop()
        assert all(len(d.text) <= console.capabilities.max_length for d in console.sent)
        return outcome

    assert asyncio.run(run()) != Outcome.ERROR


def test_chat_script_parsing_and_errors():
    lines = parse_script(textwrap.dedent("""\
        # a comment
        0:05 alice: how much is the beef?
        1:00 mod_amy(moderator): !show start
        90.5 bob: 牛肉多少钱
    """))
    assert [(x.at, x.name, x.role) for x in lines] == [
        (5, "alice", Role.VIEWER), (60, "mod_amy", Role.MODERATOR), (90.5, "bob", Role.VIEWER)]
    with pytest.raises(ScriptError, match=r"chat.txt:2: expected 'TIME NAME"):
        parse_script("1 a: ok\nno time here\n", "chat.txt")
    with pytest.raises(ScriptError, match=r"chat.txt:1: unknown role 'king'"):
        parse_script("1 a(king): hi", "chat.txt")


def test_config_errors_name_file_and_key(tmp_path):
    path = tmp_path / "hawker.toml"
    path.write_text('[show]\nname = "x"\ncatalgo = "typo.yaml"\n[llm]\ncomposer = "magic"\n')
    with pytest.raises(ConfigError) as err:
        Config.load(path)
    assert f"{path}: show.catalgo: Extra inputs are not permitted" in str(err.value)
    assert f"{path}: llm.composer: Value error, must be 'template' or 'openai'" in str(err.value)
    path.write_text("[show\n")
    with pytest.raises(ConfigError, match=str(path)):
        Config.load(path)
    with pytest.raises(ConfigError, match="no such config file"):
        Config.load(tmp_path / "missing.toml")


def test_example_config_and_persona_load():
    config = Config.load("bot/examples/hawker.toml")
    persona = Persona.load(config.path(config.show.persona))
    assert persona.name == "Lao Zhang"
    assert persona.language_of("牛肉多少钱") == "zh" and persona.language_of("beef?") == "en"
    assert "老张" in persona.say("greeting", "zh")
    assert persona.say("unknown", "en").startswith("Good question")  # built-in phrase
    assert persona.is_declined("what do you think about the stock market")
    assert persona.addressed_in("hey Lao Zhang, is it fresh")


def test_persona_errors_name_the_field(tmp_path):
    path = tmp_path / "persona.yaml"
    path.write_text("name: X\nlanguages: en\n")
    with pytest.raises(ConfigError, match=rf"{path}: languages: Input should be a valid list"):
        Persona.load(path)
