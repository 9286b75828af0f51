"""Moderation and show commands speak the viewer's language through the persona's phrasebooks,
with the show's command prefix, on a whole Hawker (console adapter, real SQLite store)."""

from __future__ import annotations

from pathlib import Path

import pytest
from moderation_support import start_show, texts

from bot.app import Hawker
from bot.commands import CommandRegistry, CommandRouter, HelpCommands
from bot.config import Config, ConfigError
from bot.events import Role
from bot.persona import Persona
from bot.pipeline import Pipeline
from bot.questions import QuestionQueue
from bot.show.commands import ProductFinder, ShowCommands
from plugins.console import ConsoleAdapter
from tests.show_shared import CATALOG, Show

EXAMPLES = Path(__file__).resolve().parents[1] / "bot" / "examples"


async def zh_show(tmp_path: Path, clock, *, prefix: str = "!", persona: str = "") -> tuple:
    """The sample show with a Chinese-only persona (and, if given, `persona` as its file)."""
    path = tmp_path / "persona.yaml"
    path.write_text(persona or "name: 小美\nlanguages: [zh]\n", encoding="utf-8")
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = tmp_path / "hawker.db"
    config.show.persona = path
    config.show.command_prefix = prefix
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None)
    app.add_adapter(console)
    await app.start()
    return app, console


@pytest.fixture
async def show(tmp_path, clock):
    app, console = await start_show(tmp_path / "hawker.db", clock)
    yield app, console
    await app.stop()


async def test_a_chinese_moderator_reads_moderation_refusals_in_chinese(show, clock):
    app, console = show
    await console.say("amy", "!unmute @小明", Role.MODERATOR)
    await console.say("amy", "!mute @小红", Role.MODERATOR)
    await console.say("amy", "!review 列表", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console)[-3:] == [
        "@amy: @小明 没有被忽略",
        "@amy: 我还没在console的聊天里见过 @小红",
        "@amy: 用法：!review on、!review off，或 !review 列出待审核",
    ]
    await console.say("amy", "!unmute @nobody", Role.MODERATOR)  # English stays as it was
    await clock.advance(1)
    assert texts(console)[-1] == "@amy: @nobody isn't muted"


async def test_a_chinese_show_says_status_and_hints_in_chinese_with_its_prefix(tmp_path, clock):
    app, console = await zh_show(tmp_path, clock, prefix="?")
    try:
        await console.say("amy", "?bot status", Role.MODERATOR)
        await console.say("amy", "?bot pause", Role.MODERATOR)
        await console.say("amy", "?show", Role.MODERATOR)
        await clock.advance(1)
        status, paused, show_status = texts(console)[-3:]
        assert status == "@amy: 直播中；审核关闭，0 条待审；0 人被忽略。"
        assert paused == "@amy: 已暂停：我先不说话（报名和提问照常记录），发 ?bot resume 恢复。"
        assert show_status.startswith("@amy: 直播未开始；计划了 "), show_status
        await console.say("amy", "?review on", Role.MODERATOR)
        await console.say("amy", "?bot resume", Role.MODERATOR)
        await clock.advance(1)
        assert "?approve N / ?reject N / ?edit N" in "\n".join(texts(console))
        assert all("!" not in t.split(":", 1)[1] for t in texts(console) if "?" in t)
    finally:
        await app.stop()


async def test_a_persona_override_of_a_moderation_phrase_with_a_typo_stops_start_up(tmp_path, clock):
    persona = "name: Mia\nphrases:\n  mod_not_muted:\n    en: '@{viewer} is not muted'\n"
    with pytest.raises(ConfigError, match=r"phrases.mod_not_muted.en: unknown slot \{viewer\}"):
        await zh_show(tmp_path, clock, persona=persona)


def prefixed_show(languages: list[str], prefix: str) -> Show:
    """The show harness with the router, the show commands and their persona on `prefix`."""
    show = Show(languages=languages)
    persona = show.runner.say.persona
    show.registry = CommandRegistry()
    show.router = CommandRouter(show.registry, show.outbox.put, show.clock, prefix,
                                persona=persona)
    show.pipeline = Pipeline(show.router, QuestionQueue())
    show.registry.add_cog(ShowCommands(show.runner, ProductFinder.from_catalog(CATALOG),
                                       prefix=prefix))
    return show


def last(show: Show) -> str:
    return show.log[-1][1]


async def test_show_commands_speak_chinese_and_use_the_shows_prefix() -> None:
    async with prefixed_show(["zh"], "?") as show:
        await show.say("mod_amy", "?show", Role.MODERATOR)
        assert last(show).endswith("直播未开始；计划了 10 个环节。发 ?show start 开始。")
        await show.say("mod_amy", "?skip", Role.MODERATOR)
        assert last(show).endswith("直播没有在进行")
        await show.say("mod_amy", "?show start", Role.MODERATOR)
        assert any(text.endswith("@mod_amy: 直播开始。") for _, text in show.log), show.log
        await show.say("mod_amy", "?stock BEEF-SHANK-1KG -4", Role.MODERATOR)
        assert last(show).endswith("库存不能是负数")
        await show.say("mod_amy", "?sale start 双十一", Role.MODERATOR)
        assert "计划里没有优惠 '双十一'（可以试试：" in last(show)
        await show.say("bo", "?price 独角兽")
        assert last(show).endswith("找不到叫 '独角兽' 的产品")
        show.registry.add_cog(HelpCommands(show.registry, "?", persona=show.runner.say.persona))
        await show.say("mod_amy", "?help extend", Role.MODERATOR)
        assert last(show).endswith("?extend <by>：给当前产品加时，例如 ?extend 2m")


async def test_a_persona_overrides_a_commands_help_line() -> None:
    show = prefixed_show(["en", "zh"], "?")
    persona = show.runner.say.persona.model_copy(
        update={"phrases": {"help.extend": {"en": "More time on air: {p}extend 90s"}}})
    show.registry.add_cog(HelpCommands(show.registry, "?", persona=persona))
    async with show:
        await show.say("mod_amy", "?help extend", Role.MODERATOR)
        assert last(show).endswith("?extend <by>: More time on air: ?extend 90s")


async def test_show_commands_in_english_name_the_configured_prefix() -> None:
    async with prefixed_show(["en", "zh"], "?") as show:
        await show.say("mod_amy", "?show", Role.MODERATOR)
        assert last(show).endswith("Show idle; 10 segments planned. ?show start to begin.")
        await show.say("mod_amy", "?extend soon", Role.MODERATOR)
        assert "Usage: ?extend <by>" in last(show)
        [extend] = [c for c in show.registry.commands if c.name == "extend"]
        assert extend.help_text("?").endswith("e.g. ?extend 2m")
        assert "!" not in extend.help_text("/")


def test_order_milestones_are_said_in_the_shows_language_through_the_phrasebook() -> None:
    from plugins.webhooks.shop import default_milestone_text, milestone_texts

    assert default_milestone_text(3000, 300) == (
        "3,000 orders in the last 5 minutes! Thank you all, stock is moving fast.")
    zh = milestone_texts(Persona(name="小美", languages=["zh", "en"]))
    assert zh(3000, 300) == "最近5分钟已经下单3,000单啦！谢谢大家，库存走得很快！"
    own = Persona(name="Mia", phrases={"orders_milestone": {"en": "{count} orders! Wow!"}})
    assert milestone_texts(own)(1000, 60) == "1,000 orders! Wow!"
    with pytest.raises(ConfigError, match=r"orders_milestone.en: unknown slot \{orders\}"):
        milestone_texts(Persona(name="Mia", phrases={"orders_milestone": {"en": "{orders}!"}}))


def test_product_card_labels_come_from_the_phrasebook_in_the_shows_language() -> None:
    for languages, label in ((["zh", "en"], "到手价"), (["en", "zh"], "Price")):
        show = Show(languages=languages)
        facts = show.runner.facts
        sku = "BEEF-SHANK-1KG"
        card = show.runner.say.card(facts.get(sku), facts.live_offer(sku, show.clock.now()))
        assert card.fields[0][0] == label


async def test_a_name_two_viewers_share_is_refused_in_the_moderators_language(show, clock):
    app, console = show
    assert await console.say("小红", "大家好", viewer_id="real")
    assert await console.say("小红", "我是小红", viewer_id="fake")
    await console.say("amy", "!mute @小红", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console)[-1] == "@amy: 有 2 位观众叫 @小红；请指明其中一位：console:id:fake, console:id:real"
    assert len(app.moderation.controls.mutes) == 0
    assert await console.say("xiaohong", "hi", viewer_id="a")
    assert await console.say("xiaohong", "hi", viewer_id="b")
    await console.say("amy", "!mute @xiaohong", Role.MODERATOR)
    await clock.advance(1)
    assert texts(console)[-1] == ("@amy: 2 viewers answer to @xiaohong; name one: "
                                  "console:id:a, console:id:b")


async def test_extending_a_show_that_is_not_on_is_refused_in_chinese(tmp_path, clock):
    app, console = await zh_show(tmp_path, clock)
    try:
        await console.say("amy", "!extend 2m", Role.MODERATOR)
        await clock.advance(1)
        assert texts(console)[-1] == "@amy: 直播没有在进行"
    finally:
        await app.stop()
