"""The command router: privilege, cooldowns, aliases, typed arguments, help."""

from __future__ import annotations

import pytest

from bot.commands import (
    ArgumentError,
    CommandRegistry,
    CommandRouter,
    Context,
    Duration,
    HelpCommands,
    Mention,
    Rest,
    command,
)
from bot.events import ChatMessage, Reply, Role, Viewer


class Shop:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    @command("price", aliases=("p", "价格"), help="Live price of a product", viewer_cooldown=5)
    async def price(self, ctx: Context, product: Rest) -> None:
        self.calls.append(("price", product))
        ctx.reply(f"price of {product}")

    @command("extend", min_role=Role.MODERATOR, help="Lengthen the segment")
    async def extend(self, ctx: Context, by: Duration) -> None:
        self.calls.append(("extend", float(by)))

    @command("stock", min_role=Role.MODERATOR)
    async def stock(self, ctx: Context, sku: str, count: int) -> None:
        if count < 0:
            raise ArgumentError("count: must not be negative")
        self.calls.append(("stock", sku, count))

    @command("draw create", min_role=Role.MODERATOR, help="Create a draw")
    async def draw_create(self, ctx: Context, prize: str, winners: int = 1) -> None:
        self.calls.append(("draw create", prize, winners))

    @command("mute", min_role=Role.MODERATOR)
    async def mute(self, ctx: Context, who: Mention) -> None:
        self.calls.append(("mute", str(who)))

    @command("boom", global_cooldown=60)
    async def boom(self, ctx: Context) -> None:
        raise RuntimeError("handler bug")


@pytest.fixture
def setup(clock):
    sent: list = []
    registry = CommandRegistry()
    shop = Shop()
    registry.add_cog(shop)
    registry.add_cog(HelpCommands(registry))
    router = CommandRouter(registry, sent.append, clock)
    return router, shop, sent


def msg(text: str, role: Role = Role.VIEWER, name: str = "ann") -> ChatMessage:
    return ChatMessage("console", "live", "m1", Viewer("console", name, name, role), text, 0.0)


async def test_runs_command_with_rest_argument_and_alias(setup):
    router, shop, sent = setup
    assert await router.dispatch(msg("!price  grass-fed  beef "))
    assert await router.dispatch(msg("!价格 牛肉", name="bo"))
    assert shop.calls == [("price", "grass-fed  beef"), ("price", "牛肉")]
    assert isinstance(sent[0], Reply) and sent[0].text == "price of grass-fed  beef"


async def test_privilege_below_level_is_refused(setup):
    router, shop, sent = setup
    for role in (Role.VIEWER, Role.SUBSCRIBER):
        assert not await router.dispatch(msg("!extend 2m", role, name=f"v{role}"))
    assert shop.calls == []
    assert "for moderators" in sent[0].text
    assert await router.dispatch(msg("!extend 2m", Role.MODERATOR))
    assert await router.dispatch(msg("!extend 1m30s", Role.OWNER))
    assert shop.calls == [("extend", 120.0), ("extend", 90.0)]
    assert router.stats.denied == 2


async def test_typed_argument_errors_name_the_argument_and_usage(setup):
    router, shop, sent = setup
    assert not await router.dispatch(msg("!stock BEEF-1 lots", Role.MODERATOR))
    assert "count: expected a whole number, got 'lots'" in sent[-1].text
    assert "Usage: !stock <sku> <count>" in sent[-1].text
    assert not await router.dispatch(msg("!extend soon", Role.MODERATOR, name="m2"))
    assert "by: expected a duration" in sent[-1].text
    assert not await router.dispatch(msg("!stock BEEF-1", Role.MODERATOR, name="m3"))
    assert "count: missing" in sent[-1].text
    assert not await router.dispatch(msg("!stock A 1 2", Role.MODERATOR, name="m4"))
    assert "unexpected '2'" in sent[-1].text
    # a handler's own validation reaches the viewer the same way
    assert not await router.dispatch(msg("!stock A -1", Role.MODERATOR, name="m5"))
    assert sent[-1].text == "count: must not be negative"
    assert shop.calls == []
    assert router.stats.bad_args == 5


async def test_subcommands_and_optional_arguments(setup):
    router, shop, _ = setup
    assert await router.dispatch(msg("!draw create beef", Role.MODERATOR))
    assert await router.dispatch(msg("!DRAW create TV 3", Role.MODERATOR))
    assert await router.dispatch(msg("!mute @spammer", Role.MODERATOR))
    assert shop.calls == [("draw create", "beef", 1), ("draw create", "TV", 3), ("mute", "spammer")]


async def test_viewer_cooldown_is_per_viewer_and_moderators_bypass_it(setup, clock):
    router, shop, _ = setup
    assert await router.dispatch(msg("!p beef", name="ann"))
    assert not await router.dispatch(msg("!p beef", name="ann"))
    assert await router.dispatch(msg("!p beef", name="bob"))
    assert await router.dispatch(msg("!p beef", Role.MODERATOR, name="mod"))
    assert await router.dispatch(msg("!p beef", Role.MODERATOR, name="mod"))
    await clock.advance(5.1)
    assert await router.dispatch(msg("!p beef", name="ann"))
    assert router.stats.cooled_down == 1


async def test_global_cooldown_and_failing_handler(setup, clock):
    router, _, sent = setup
    assert not await router.dispatch(msg("!boom", name="a"))
    assert "failed" in sent[-1].text
    assert not await router.dispatch(msg("!boom", name="b"))  # global cooldown
    assert router.stats.failed == 1 and router.stats.cooled_down == 1


async def test_unknown_command_suggests_and_error_replies_are_rate_limited(setup, clock):
    router, _, sent = setup
    router.unknown = "hint"  # a show with no other bot in its chat
    assert not await router.dispatch(msg("!prcie beef"))
    assert "Did you mean !price?" in sent[-1].text
    assert not await router.dispatch(msg("!nope"))
    assert len(sent) == 1  # a typo storm gets one answer per viewer per 30 s
    await clock.advance(31)
    assert not await router.dispatch(msg("!nope"))
    assert len(sent) == 2 and router.stats.unknown == 3
    for _ in range(2):  # moderators always hear why
        assert not await router.dispatch(msg("!nope", Role.MODERATOR, name="mod"))
    assert len(sent) == 4
    assert not await router.dispatch(msg("!"))  # a bare prefix is not a command
    assert not router.is_command("!")


async def test_help_lists_only_what_the_viewer_may_run(setup):
    router, _, sent = setup
    await router.dispatch(msg("!help"))
    viewer_help = sent[-1].text
    assert "!price" in viewer_help and "!help" in viewer_help
    assert "!extend" not in viewer_help and "!draw" not in viewer_help
    await router.dispatch(msg("!help", Role.MODERATOR, name="mod"))
    assert "!extend" in sent[-1].text and "!draw" in sent[-1].text
    await router.dispatch(msg("!help price", name="cy"))
    assert sent[-1].text.startswith("!price <product...>: Live price of a product (also !p, !价格)")
    await router.dispatch(msg("!help extend", name="dee"))
    assert "no command" in sent[-1].text  # a viewer can't even read moderator usage


def test_duration_parsing():
    assert Duration.parse("90s") == 90 and Duration.parse("2m") == 120
    assert Duration.parse("1h2m3s") == 3723 and Duration.parse("45") == 45
    for bad in ("", "2x", "m", "1m2"):
        with pytest.raises(ArgumentError):
            Duration.parse(bad)


def test_declaring_a_name_twice_fails():
    registry = CommandRegistry()
    registry.add_cog(Shop())
    with pytest.raises(ValueError, match="declared twice"):
        registry.add_cog(Shop())
