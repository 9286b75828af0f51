"""The router's and !help's texts come from the persona's phrasebooks: a Chinese viewer reads
Chinese, a persona file overrides them (checked at start), and the show's prefix is used."""

from __future__ import annotations

import pytest

from bot.commands import (
    PHRASES,
    ArgumentError,
    CommandRegistry,
    CommandRouter,
    Context,
    Duration,
    HelpCommands,
    command,
)
from bot.config import ConfigError
from bot.events import ChatMessage, Role, Viewer
from bot.persona import Persona


class Shop:
    @command("stock", min_role=Role.MODERATOR, help="Set the stock of a SKU")
    async def stock(self, ctx: Context, sku: str, count: int) -> None:
        if count < 0:
            raise ArgumentError.phrase(PHRASES, "arg_invalid", param="count",
                                       reason=ArgumentError("< 0"))

    @command("extend", aliases=("ext",), min_role=Role.MODERATOR, help="Lengthen")
    async def extend(self, ctx: Context, by: Duration) -> None: ...

    @command("price", help="Live price")
    async def price(self, ctx: Context, sku: str) -> None:
        raise RuntimeError("bug")


def build(clock, persona: Persona, prefix: str = "!"):
    sent: list = []
    registry = CommandRegistry()
    registry.add_cog(Shop())
    registry.add_cog(HelpCommands(registry, prefix, persona=persona))
    router = CommandRouter(registry, sent.append, clock, prefix, unknown="hint", persona=persona)
    return router, sent


def msg(text: str, role: Role = Role.VIEWER, name: str = "ann") -> ChatMessage:
    return ChatMessage("console", "live", "m1", Viewer("console", name, name, role), text, 0.0)


ZH_SHOW = Persona(name="小美", languages=["zh", "en"])
BILINGUAL = Persona(name="Mia", languages=["en", "zh"])


async def test_a_chinese_viewer_reads_the_unknown_command_error_in_chinese(clock):
    router, sent = build(clock, BILINGUAL)
    assert not await router.dispatch(msg("!上链接"))
    assert sent[-1].text == "没有 !上链接 这个命令。发 !help 看看有哪些。"
    assert not await router.dispatch(msg("!stoke", name="bo"))  # English stays as it was
    assert sent[-1].text == "there's no !stoke. Did you mean !stock? Try !help."


async def test_a_chinese_show_says_usage_and_errors_in_chinese_with_its_own_prefix(clock):
    router, sent = build(clock, ZH_SHOW, prefix="?")
    assert not await router.dispatch(msg("?stock BEEF 很多", Role.MODERATOR))
    assert sent[-1].text == "count：这里要一个整数，收到的是 '很多'。用法：?stock <sku> <count>"
    assert "!" not in sent[-1].text
    assert not await router.dispatch(msg("?extend 一会儿", Role.MODERATOR, name="m2"))
    assert "by：这里要一个时长" in sent[-1].text and "用法：?extend <by>" in sent[-1].text
    assert not await router.dispatch(msg("?stock 牛肉", Role.MODERATOR, name="m3"))
    assert sent[-1].text == "缺少 count。用法：?stock <sku> <count>"
    assert not await router.dispatch(msg("?stock 牛肉 -1", Role.MODERATOR, name="m4"))
    assert sent[-1].text == "count：< 0"  # a handler's phrase error, nested reason included
    # A Chinese-only show answers every viewer in Chinese (the persona's `language_of`).
    only_zh = Persona(name="小美", languages=["zh"])
    router, sent = build(clock, only_zh, prefix="?")
    assert not await router.dispatch(msg("?stock", name="v1"))
    assert sent[-1].text == "?stock 只有管理员可以用。"
    assert not await router.dispatch(msg("?price A", name="v2"))
    assert sent[-1].text == "抱歉，?price 出错了，管理员可以查看日志。"
    assert not await router.dispatch(msg("?nope", name="v3"))
    assert sent[-1].text == "没有 ?nope 这个命令。发 ?help 看看有哪些。"


async def test_english_usage_follows_a_configured_prefix(clock):
    router, sent = build(clock, BILINGUAL, prefix="?")
    assert not await router.dispatch(msg("?stock A lots", Role.MODERATOR))
    assert sent[-1].text == "count: expected a whole number, got 'lots'. Usage: ?stock <sku> <count>"


async def test_help_lists_and_explains_in_the_viewers_language_with_the_prefix(clock):
    router, sent = build(clock, Persona(name="小美", languages=["zh"]), prefix="?")
    assert await router.dispatch(msg("?help", Role.MODERATOR))
    assert sent[-1].text == "命令：?extend ?help ?price ?stock"
    assert await router.dispatch(msg("?help extend", Role.MODERATOR))
    assert sent[-1].text == "?extend <by>：Lengthen（也可以用 ?ext）"
    assert not await router.dispatch(msg("?help 抽奖", Role.MODERATOR))
    assert sent[-1].text == "没有命令 '抽奖'；发 ?help 查看全部命令"
    router, sent = build(clock, BILINGUAL, prefix="?")
    assert await router.dispatch(msg("?help extend", Role.MODERATOR))
    assert sent[-1].text == "?extend <by>: Lengthen (also ?ext)"


async def test_a_persona_override_is_said_and_a_bad_slot_stops_start_up(clock):
    persona = Persona(name="Mia", phrases={"cmd_denied": {"en": "Sorry, {name} is mods-only!"}})
    router, sent = build(clock, persona)
    assert not await router.dispatch(msg("!stock A 1"))
    assert sent[-1].text == "Sorry, !stock is mods-only!"
    typo = Persona(name="Mia", phrases={"cmd_unknown": {"zh": "没有{command}"}})
    with pytest.raises(ConfigError, match=r"phrases.cmd_unknown.zh: unknown slot \{command\}"):
        build(clock, typo)
