"""Discord's own words (buttons, panels, press outcomes, card labels) come from phrasebooks: a
press is answered in the presser's client language, panels in the show's first language."""

from __future__ import annotations

import pytest
from discord_harness import CHANNEL, DiscordHarness
from test_discord_buttons import ORIGINAL, StoreDesk

from bot.clock import settle
from bot.config import ConfigError
from bot.events import Card
from bot.persona import Persona
from bot.store import Store
from plugins.discord.buttons import DrawButtons


@pytest.fixture
def db(tmp_path):
    store = Store(tmp_path / "hawker.db")
    yield store
    store.close()


async def press(harness: DiscordHarness, adapter, name: str, custom_id: str, locale: str) -> None:
    """A button press from a Discord client set to `locale`."""
    message = harness.http._message(str(CHANNEL), {"content": "draw"}, message_id="99")
    message["components"] = [{"type": 1, "components": [
        {"type": 2, "style": 1, "label": "x", "custom_id": custom_id}]}]
    payload = harness.interaction_payload(name, 3, {"custom_id": custom_id, "component_type": 2},
                                          message=message)
    payload["locale"] = locale
    adapter.client._connection.parse_interaction_create(payload)
    await settle(40)


async def started(harness: DiscordHarness, clock, persona: Persona, db: Store):
    adapter = harness.adapter(clock)
    adapter.persona = persona
    buttons = DrawButtons(adapter, StoreDesk(db), persona=persona)
    await adapter.start(lambda m: None)
    harness.guild_create(adapter)
    return adapter, buttons


async def test_a_chinese_client_is_answered_in_chinese_an_english_one_in_english(db, clock):
    harness = DiscordHarness()
    adapter, _ = await started(harness, clock, Persona(name="Mia", languages=["en", "zh"]), db)
    try:
        await press(harness, adapter, "ava", "hawker:draw:d1:join", "zh-CN")
        await press(harness, adapter, "ava", "hawker:draw:d1:join", "zh-TW")
        await press(harness, adapter, "ben", "hawker:draw:d1:join", "en-GB")
        await press(harness, adapter, "cy", "hawker:draw:d1:claim", "zh-CN")
        answers = [c.json["content"] for c in harness.http.find(path=ORIGINAL)]
        assert answers[:3] == ["报名成功，祝你好运！", "你已经参加过这个抽奖了。",
                               "You're in the draw. Good luck!"]
        assert answers[3] == "You didn't win this one, sorry!"  # the desk's own words
    finally:
        await adapter.stop()
        harness.close()


async def test_a_chinese_show_posts_chinese_panels_buttons_and_card_labels(db, clock):
    harness = DiscordHarness()
    adapter, buttons = await started(harness, clock, Persona(name="小美", languages=["zh"]), db)
    try:
        buttons.on_draw_event("draw.opened", {"draw": "d2", "prize": "牛肉礼盒"})
        await settle(40)
        card = Card("抽奖", (("名额", "3"),), ends_at=clock.now() + 120)
        await buttons.post("d3", "快来参加！", card)
        first, second = harness.http.channel_messages(CHANNEL)[:2]
        assert first.json["content"] == "🎁 **牛肉礼盒**：点下面的按钮参加抽奖。"
        assert first.json["components"][0]["components"][0]["label"] == "参加抽奖"
        fields = second.json["embeds"][0]["fields"]
        assert [f["name"] for f in fields] == ["名额", "截止"]
        await press(harness, adapter, "ava", "hawker:draw:d2:join", "en-US")  # zh-only show
        assert harness.http.find(path=ORIGINAL)[-1].json["content"] == "报名成功，祝你好运！"
    finally:
        await adapter.stop()
        harness.close()


async def test_a_persona_override_with_an_unknown_slot_stops_the_buttons(db, clock):
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    typo = Persona(name="Mia", phrases={"discord.panel_open": {"en": "{prize_name}!"}})
    with pytest.raises(ConfigError, match=r"discord.panel_open.en: unknown slot \{prize_name\}"):
        DrawButtons(adapter, StoreDesk(db), persona=typo)
    harness.close()


async def test_slash_menus_are_uploaded_with_chinese_for_chinese_clients(clock):
    from test_discord_slash import Core, ShopCog

    from plugins.discord.slash import DiscordCommands, SlashCommands

    app = Core(clock)
    app.registry.add_cog(ShopCog())
    harness = DiscordHarness()
    adapter = harness.adapter(clock)
    adapter.persona = Persona(name="Mia", languages=["en", "zh"],
                              phrases={"discord.ask": {"zh": "问问小美"}})
    slash = SlashCommands(adapter, app.registry)
    app.registry.add_cog(DiscordCommands(slash))
    app.outbox.add_adapter(adapter)
    app.outbox.start()
    await adapter.start(app.pipeline.handle)
    harness.guild_create(adapter)
    try:
        assert await slash.sync() > 0
        [put] = harness.http.find("PUT")
        ask = next(c for c in put.json if c["name"] == "ask")
        assert ask["description"] == "Ask the host a question"
        assert ask["description_localizations"]["zh-CN"] == "问问小美"  # the persona's own
        question = next(o for o in ask["options"] if o["name"] == "question")
        assert question["description_localizations"] == {"zh-CN": "你想知道什么",
                                                          "zh-TW": "你想知道什么"}
        draw = next(c for c in put.json if c["name"] == "draw")
        create = next(o for o in draw["options"] if o["name"] == "create")
        duration = next(o for o in create["options"] if o["name"] == "duration")
        assert duration["description_localizations"]["zh-TW"].startswith("时长")
        sync = next(c for c in put.json if c["name"] == "discord")["options"][0]
        assert sync["description"] == "Register the slash commands with Discord"
        assert sync["description_localizations"]["zh-CN"] == "在 Discord 注册斜杠命令"
        assert not create.get("description_localizations")  # declared in English only
    finally:
        await adapter.stop()
        await app.outbox.stop()
        harness.close()
