"""Draws speak the viewer's language: every draw text is a phrase in English and Chinese
(bot/draws/phrases.yaml), the command prefix comes from config, and the lifecycle is one
transition table whose illegal moves are typed errors a moderator reads in their language."""

from __future__ import annotations

import ast
import asyncio
import re
import string
from pathlib import Path

import pytest

from bot.app import Hawker
from bot.clock import FakeClock
from bot.config import Config
from bot.draws import beacon
from bot.draws.errors import DrawError
from bot.draws.phrases import PHRASES
from bot.draws.service import Draws, Result
from bot.draws.settings import DrawsSection
from bot.draws.states import TRANSITIONS, DrawState, IllegalTransition, require
from bot.events import ChatMessage, Role, Viewer
from bot.persona import Persona
from bot.store import Store
from plugins.base import Capabilities, RateLimit
from plugins.console import ConsoleAdapter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "bot" / "examples"
CAPS = Capabilities(max_length=500, rate=RateLimit(1000, 1.0))
# Latin words in a Chinese reply: what is left once names, ids, hashes and commands are out.
_LATIN_WORD = re.compile(r"\b[a-zA-Z]{3,}\b")


async def _show(db: Path, clock: FakeClock, prefix: str = "!", **draws: object
                ) -> tuple[Hawker, ConsoleAdapter]:
    config = Config.load(EXAMPLES / "hawker.toml")
    config.store.path = db
    config.show.command_prefix = prefix
    config.draws = DrawsSection.model_validate(draws)
    app = Hawker(config, clock)
    console = ConsoleAdapter(clock=clock, out=None, capabilities=CAPS)
    app.add_adapter(console)
    await app.start()
    return app, console


def _to(console: ConsoleAdapter, name: str) -> list[str]:
    """What the bot said in reply to viewer `name`."""
    return [d.text for d in console.sent
            if d.reply_to is not None and d.reply_to.viewer.display_name == name]


def _words(text: str, *allowed: str) -> set[str]:
    for a in allowed:
        text = text.replace(a, "")
    return set(_LATIN_WORD.findall(text))


# -- the phrasebook as data -------------------------------------------------------------------

def _slots(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_draw_phrase_has_english_and_chinese_with_the_same_slots():
    assert len(PHRASES) > 60
    for key, table in PHRASES.items():
        assert set(table) == {"en", "zh"}, key
        assert table["en"].strip() and table["zh"].strip(), key
        # Chinese has no plural "{s}"; it never needs a slot English lacks.
        assert _slots(table["zh"]) <= _slots(table["en"]), key


def test_every_phrase_key_the_draws_code_names_is_in_the_phrasebook():
    """A key typo would raise KeyError mid-show: every "draw_…" literal in bot/draws/*.py that
    is passed as a phrase key exists (and no command is written with a literal "!")."""
    named: set[str] = set()
    callers = {"say", "reason", "DrawError", "Term", "joined"}
    for path in (ROOT / "bot" / "draws").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(
                    node.func, "attr", getattr(node.func, "id", "")) in callers:
                values = list(node.args)
            elif isinstance(node, ast.Return) and node.value is not None:  # ineligible()
                values = [node.value]
            else:
                continue
            for arg in values:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and arg.value.startswith("draw_"):
                    named.add(arg.value)
    assert {"draw_why_role", "draw_err_raced"} <= named and not named - set(PHRASES), named - set(PHRASES)
    for key, table in PHRASES.items():
        for text in table.values():
            assert not re.search(r"(?<![\w{])!(join|claim|draw|odds)\b", text), key


def test_every_state_pick_status_and_role_has_its_name_in_both_languages():
    for state in DrawState:
        assert f"draw_state_{state.value}" in PHRASES
    for status in ("pending", "claimed", "won", "unclaimed", "disqualified", "rerolled"):
        assert f"draw_pick_{status}" in PHRASES
    for role in Role:
        assert f"draw_role_{role.name.lower()}" in PHRASES


# -- the state machine ------------------------------------------------------------------------

def test_the_transition_table_allows_exactly_the_lifecycle():
    allowed = {(a, b) for a, nexts in TRANSITIONS.items() for b in nexts}
    S = DrawState
    assert allowed == {
        (S.CREATED, S.OPEN), (S.OPEN, S.CLOSED), (S.CLOSED, S.DRAWN), (S.DRAWN, S.FINISHED),
        (S.FINISHED, S.DRAWN),
        (S.CREATED, S.CANCELLED), (S.OPEN, S.CANCELLED), (S.CLOSED, S.CANCELLED),
        (S.DRAWN, S.CANCELLED)}
    for a in S:
        for b in S:
            if (a, b) in allowed:
                require(1, a.value, b)
            else:
                with pytest.raises(IllegalTransition) as err:
                    require(7, a.value, b)
                assert isinstance(err.value, DrawError) and "draw #7" in str(err.value)


def test_an_illegal_transition_is_said_in_the_moderators_language():
    persona = Persona(name="Z", languages=["en", "zh"])
    err = IllegalTransition(3, DrawState.CLOSED, DrawState.OPEN)
    assert str(err) == "draw #3 is closed; only a new draw can open"
    zh = err.say(persona, "zh")
    assert "抽奖 #3" in zh and "已截止" in zh and not _words(zh)


async def test_a_chinese_moderator_reads_draw_errors_and_status_in_chinese(tmp_path, clock):
    app, console = await _show(tmp_path / "h.db", clock)
    try:
        await console.say("mia", "大家好，准备抽奖了", Role.MODERATOR)
        await console.say("mia", "!draw create Beef box 1", Role.MODERATOR)
        await console.say("mia", "!draw open", Role.MODERATOR)
        await console.say("ann", "!join")
        await clock.advance(0.3)
        await console.say("mia", "!draw close", Role.MODERATOR)
        await console.say("mia", "!draw open 1", Role.MODERATOR)
        await console.say("mia", "!draw status", Role.MODERATOR)
        await console.say("mia", "!draw cancel 9", Role.MODERATOR)
        await clock.advance(0.1)
        told = _to(console, "mia")
        assert any("抽奖 #1（Beef box）已创建" in t for t in told), told
        assert any("抽奖 #1 已截止；只有新建的抽奖才能开始" in t for t in told), told
        status = next(t for t in told if "抽奖 #1（Beef box）：" in t)
        assert "已截止" in status and "共 1 人参加" in status
        assert not _words(status, "Beef box", "@mia"), status
        assert any("没有抽奖 #9" in t for t in told), told
        # An English moderator still reads English.
        await console.say("amy", "!draw status", Role.MODERATOR)
        await clock.advance(0.1)
        assert any("Draw #1 (Beef box): closed; 1 entered" in t for t in _to(console, "amy"))
    finally:
        await app.stop()


# -- viewers: reasons, odds, claims ------------------------------------------------------------

@pytest.mark.parametrize(("settings", "role", "english"), [
    ({"min_role": "subscriber"}, Role.VIEWER, "subscribers and up"),
    ({}, Role.MODERATOR, "staff can't enter"),
    ({"require_chat": True}, Role.VIEWER, "say hi in chat first"),
])
async def test_a_chinese_viewer_reads_why_they_cannot_enter_in_chinese(
        tmp_path, clock, settings, role, english):
    """Was "你不能参加本次抽奖：it is for subscribers and up"."""
    app, console = await _show(tmp_path / "h.db", clock, **settings)
    try:
        await console.say("amy", "!draw create Beef box 1 扣1", Role.MODERATOR)
        await console.say("amy", "!draw open", Role.MODERATOR)
        await console.say("小王", "扣1", role)
        await console.say("Bob", "!join", role)
        await clock.advance(0.5)
        zh = [t for t in _to(console, "小王") if "你不能参加本次抽奖" in t]
        assert zh, console.sent
        assert not _words(zh[0]), zh[0]
        en = [t for t in _to(console, "Bob") if "You can't enter this draw" in t]
        assert en and english in en[0]
    finally:
        await app.stop()


async def test_a_chinese_viewer_gets_chinese_odds_and_claim_replies(tmp_path, clock):
    app, console = await _show(tmp_path / "h.db", clock, tickets={"subscriber": 2},
                               claim_seconds=120)
    try:
        await console.say("amy", "!draw create Beef box 3", Role.MODERATOR)
        await console.say("amy", "!draw open", Role.MODERATOR)
        await console.say("小王", "主播好！牛肉多少钱")  # chats in Chinese, then uses commands
        await console.say("小王", "!join")
        await console.say("Bob", "!join", Role.SUBSCRIBER)
        await clock.advance(0.3)
        assert any("你已参加 Beef box 抽奖" in t for t in _to(console, "小王"))
        await console.say("小王", "!odds")
        await console.say("Bob", "!odds")
        await console.say("Cy", "!odds")
        await clock.advance(0.1)
        odds = [t for t in _to(console, "小王") if "抽奖 #1" in t]
        assert odds and "100.00%" in odds[0] and "共 3 张" in odds[0], odds
        assert not _words(odds[0]), odds[0]
        assert any("You hold 2 of 3 tickets in draw #1: a 100.00% chance" in t
                   for t in _to(console, "Bob"))
        assert any("You're not in draw #1 (2 entered)." in t for t in _to(console, "Cy"))
        await console.say("amy", "!draw pick", Role.MODERATOR)
        await clock.advance(1)
        await console.say("小王", "!claim")
        await clock.advance(0.1)
        assert any("已领取 Beef box！管理员会联系你。" in t for t in _to(console, "小王"))
    finally:
        await app.stop()


# -- the command prefix ------------------------------------------------------------------------

async def test_the_draws_name_commands_with_the_configured_prefix(tmp_path, clock):
    app, console = await _show(tmp_path / "h.db", clock, prefix="?", claim_seconds=60)
    try:
        await console.say("amy", "?draw create Mug 1 lucky", Role.MODERATOR)
        await console.say("amy", "?draw open", Role.MODERATOR)
        await console.say("ann", "lucky")
        await clock.advance(0.3)
        await console.say("amy", "?draw pick", Role.MODERATOR)
        await clock.advance(1)
        await console.say("amy", "?draw reroll", Role.MODERATOR)
        await clock.advance(1)
        texts = [d.text for d in console.sent]
        joined = "\n".join(texts)
        assert "?draw open starts it" in joined and "(or ?join)" in joined
        assert "Type ?claim within 60s" in joined
        assert "!join" not in joined and "!claim" not in joined and "!draw" not in joined
    finally:
        await app.stop()


def test_a_keyword_that_starts_with_the_prefix_is_refused_naming_it(tmp_path):
    clock = FakeClock()
    store = Store(tmp_path / "k.db", clock=clock)
    draws = Draws(store, clock, _Sink(), Persona(name="Z", languages=["en", "zh"]), prefix="?")
    with pytest.raises(DrawError, match=r"the keyword can't start with \?") as err:
        draws.create("Mug", 1, "?lucky", 60)
    assert err.value.say(draws.persona, "zh") == "口令不能以 ? 开头"
    store.close()


# -- the beacon's retries (bot.retry.Backoff on the injected clock) ----------------------------

class _Sink:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def put(self, item) -> None:  # noqa: ANN001
        self.texts.append(item.text)


class _DownRelay:
    """A relay that is down until `up_at`, then serves the test round."""

    def __init__(self, clock: FakeClock, up_at: float) -> None:
        self.clock, self.up_at, self.calls = clock, up_at, []

    async def fetch(self, chain: beacon.Chain, round_: int) -> str:
        self.calls.append(self.clock.now())
        if self.clock.now() < self.up_at:
            raise ConnectionError("relay down")
        from tests.test_draws_beacon import SIGNATURE
        return SIGNATURE


async def test_a_relay_down_for_minutes_is_retried_with_capped_backoff(tmp_path):
    from tests.test_draws_beacon import ROUND

    round_at = beacon.QUICKNET.time_of(ROUND)
    clock = FakeClock(start=round_at - 60)
    relay = _DownRelay(clock, up_at=round_at + 300)
    store = Store(tmp_path / "b.db", clock=clock)
    draws = Draws(store, clock, _Sink(), Persona(name="Z"),
                  DrawsSection(drand=True, drand_margin_seconds=10, claim_seconds=0),
                  beacon_source=relay)
    await draws.start()
    try:
        draw_id = draws.create("TV", 1, "tv", 49, "show")
        draws.open(draw_id)
        draws.try_enter(ChatMessage("twitch", "c", "1", Viewer("twitch", "a", "a"), "tv", 0))
        await clock.advance(60 + 299)
        assert draws.store.get(draw_id).state == "closed"
        gaps = [b - a for a, b in zip(relay.calls, relay.calls[1:], strict=False)]
        assert len(relay.calls) >= 10 and max(gaps) <= 30  # backs off, never past the cap
        assert relay.calls[0] >= round_at  # nobody asks before the round is due
        await clock.advance(31)
        assert draws.store.get(draw_id).state == "finished"
    finally:
        await draws.stop()
        store.close()


# -- every ineligibility reason, by the button path (no message: the viewer's chat language) --

async def _enter(draws: Draws, clock: FakeClock, viewer: Viewer) -> Result:
    """A button entry, with the clock moved on so its batch commits."""
    task = asyncio.ensure_future(draws.enter(viewer))
    await clock.advance(0.5)
    return await task


@pytest.mark.parametrize("why", ["role", "staff", "removed", "muted", "recent", "chat"])
async def test_every_reason_a_viewer_cannot_enter_is_said_in_their_language(tmp_path, why):
    clock = FakeClock()
    store = Store(tmp_path / "w.db", clock=clock)
    muted: set[str] = set()
    settings = DrawsSection(min_role="subscriber" if why == "role" else "viewer",
                            require_chat=why == "chat", claim_seconds=0)
    draws = Draws(store, clock, _Sink(), Persona(name="Z", languages=["en", "zh"]), settings,
                  is_blocked=lambda v: v.id in muted)
    await draws.start()
    try:
        wang = Viewer("twitch", "w1", "小王", Role.MODERATOR if why == "staff" else Role.VIEWER)
        bob = Viewer("twitch", "b1", "Bob", wang.role)
        if why == "recent":
            first = draws.create("Cup", 2, "", 60)
            draws.open(first)
            assert (await _enter(draws, clock, wang)).ok and (await _enter(draws, clock, bob)).ok
            draws.pick(first)
        draw_id = draws.create("Mug", 1, "", 60)
        draws.open(draw_id)
        if why == "removed":
            for v in (wang, bob):
                assert (await _enter(draws, clock, v)).ok
                draws.remove(draw_id, v.platform, v.id, "spam", "mia")
        if why == "muted":
            muted.update({wang.id, bob.id})
        draws.seen(ChatMessage("twitch", "c", "1", wang, "主播好", clock.now()))
        draws.seen(ChatMessage("twitch", "c", "2", bob, "hi all", clock.now()))
        if why == "chat":  # greetings do count as chat; these two never said anything
            wang, bob = (Viewer("twitch", "w2", "小李"), Viewer("twitch", "b2", "Cy"))
            draws.seen(ChatMessage("twitch", "c", "3", wang, "!odds 你好", clock.now()))
        zh = await _enter(draws, clock, wang)
        en = await _enter(draws, clock, bob)
        assert zh.status == en.status == "ineligible", (zh, en)
        assert zh.message.startswith("你不能参加本次抽奖：") and not _words(zh.message), zh
        assert en.message.startswith("You can't enter this draw: ") and _words(en.message)
    finally:
        await draws.stop()
        store.close()


def test_a_viewers_language_is_their_last_chat_line_not_their_commands_or_the_keyword():
    from bot.draws.presenter import Presenter

    p = Presenter(Persona(name="Z", languages=["en", "zh"]), "!")
    wang = Viewer("twitch", "w", "小王")

    def line(text: str) -> ChatMessage:
        return ChatMessage("twitch", "c", text, wang, text, 0.0)

    assert p.lang(line("!odds")) == "en"  # nothing known: the text's own language
    p.heard(line("主播好"))
    assert p.lang(line("!odds")) == "zh" and p.lang(viewer=wang) == "zh"
    p.heard(line("!odds"), only_if_telling=True)  # a bare command says nothing
    assert p.lang(line("lucky")) == "zh"
    p.heard(line("hello everyone"))  # they switched to English
    assert p.lang(line("!odds")) == "en"
    p.heard(line("!odds 我的概率"), only_if_telling=True)
    assert p.lang(viewer=wang) == "zh"
    assert p.lang() == "en"  # an announcement: the show's default language
