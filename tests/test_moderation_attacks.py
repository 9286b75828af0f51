"""Attacks on issue 20's filters: spam written the ways spammers really write it, and ordinary
chat that must pass. Each list is a kind, judged with the sample show's settings."""

from __future__ import annotations

import itertools

import pytest
from moderation_support import EXAMPLES, start_show, texts

from bot.config import Config
from bot.events import ChatMessage, ModKind, Role, Viewer
from bot.moderation.filters import ChatFilters
from bot.pipeline import Outcome

T0 = 1_750_000_000.0
_ids = itertools.count()
SHOW = Config.load(EXAMPLES / "hawker.toml").moderation.filters


def check(text: str):  # noqa: ANN201 - the Verdict or None
    v = Viewer("twitch", "spammer", "spammer")
    return ChatFilters(SHOW).check(ChatMessage("twitch", "live", f"m{next(_ids)}", v, text, T0), T0)


LINKS_GLUED_TO_CHINESE = ["去cheapbeef.com看看", "便宜牛肉cheapbeef.com", "快来cheapbeef.xyz买",
                          "网址cheapbeef.cn"]
LINKS_SPELLED_OUT = [
    "visit w w w . x y z s h o p . c o m",
    "visit w w w . cheapbeef . c o m",
    "www . cheapbeef . com",
    "cheapbeef点com",
    "cheapbeef 点 com 有惊喜",
    "t me/cheapbeef",
]
CONTACTS = [
    "电话 138 1234 5678",
    "手机 138-1234-5678",
    "电话一三八一二三四五六七八",
    "vx 幺三八一二三四五六七八",
    "➕微 abc123",
    "➕V abc12345",
    "✚微 abc123",
    "加q 12345678",
    "加扣 12345678",
    "QQ号 12345678",
    "Q：12345678",
    "V：abc123",
    "加我威 abc123",
    "line id cheapbeef",
    "hit me up on snap",
    "滴滴我 有货",
]
PLUGS = [
    "check my channel",
    "check my stream out",
    "c h e c k   m y   c h a n n e l",
    "f o l l o w   m e",
    "give me a follow",
    "go follow my twitch",
    "关注一下我",
]
SCAMS = ["send 1 btc get 2 btc back", "send 0.5 eth and receive 1 eth back"]
LOOK_ALIKES = [
    "ꜰᴏʟʟᴏᴡ ᴍᴇ",  # small capitals
    "🅵🅾🅻🅻🅾🆆 🅼🅴",  # negative squared letters
    "⒡⒪⒧⒧⒪⒲ ⒨⒠",  # parenthesized letters
    "ᴄʜᴇᴀᴘʙᴇᴇꜰ.ᴄᴏᴍ",
    "cheapbeef ．com",  # a space before a full-width dot
    "cheapbeef‧com",  # a hyphenation point as the dot
    "wei xin abc12345",
    "vx➕abc12345",
    "电报 @cheapbeef",
    "纸飞机 cheapbeef",
]


@pytest.mark.parametrize(
    "text", LINKS_GLUED_TO_CHINESE + LINKS_SPELLED_OUT + CONTACTS + PLUGS + SCAMS + LOOK_ALIKES
)
def test_spam_as_spammers_write_it_is_a_strike(text):
    v = check(text)
    assert v is not None and v.strike, (text, v)


ORDINARY = [
    "晚上8点live见", "我们6点top up", "快点com on", "8点com", "11点开播",
    "电话多少都行 我买138个", "订单号 1381234", "我买了一二三四个", "一二三四五六七八九十",
    "check my order please", "check my cart", "I'll follow you host", "follow the host",
    "hit me with the price", "dd 主播好帅", "q: is it fresh?", "v: 2", "加油加油",
    "Q&A time?", "line up line up", "w w w", "l o l", "W W W W W W W W", "a b c d e f g",
    "this is 1 2 3 4 5 easy", "send the link", "EZ Clap EZ Clap", "catJAM catJAM ratJAM",
    "forsenE forsenE", "WICKED WICKED", "peepoClap peepoClap", "PogU PogU PogU",
    "1 1 1 1 1 1 1 1", "扣1 扣1 扣1", "哈哈哈哈哈哈", "前方高能", "awsl", "xswl", "yyds",
    "can I pay with wechat pay?", "wechat payment ok?", "坐飞机去成都", "迈克尔·杰克逊", "beef · rice · eggs",
    "ɪ ʟᴏᴠᴇ ᴛʜɪs sʜᴏᴡ", "🅻🅾🆅🅴 🆃🅷🅸🆂", "I paid .99 cents", "i love it. me too", "ok. co-op",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_chat_near_the_spam_shapes_passes(text):
    assert check(text) is None, text


# -- copy-paste raids and copypastas -----------------------------------------------------------

RAID = "THIS SHOP SELLS FAKE BEEF DONT BUY ANYTHING HERE TELL EVERYONE YOU KNOW"
VARIANTS = [
    lambda i: f"{RAID} {i}",  # a counter
    lambda i: RAID + "!" * i,  # punctuation
    lambda i: f"@user{i} {RAID}",  # a mention in front
    lambda i: RAID + " " + "😂🔥💀👀"[i % 4] * (i + 1),  # emoji after
]


def paste(f: ChatFilters, viewer: str, text: str, at: float):  # noqa: ANN201
    v = Viewer("twitch", viewer, viewer)
    return f.check(ChatMessage("twitch", "live", f"m{next(_ids)}", v, text, at), at)


@pytest.mark.parametrize("variant", range(len(VARIANTS)))
def test_a_raid_varying_each_copy_a_little_is_still_a_raid(variant):
    f = ChatFilters(SHOW)
    verdicts = [paste(f, f"acct{i}", VARIANTS[variant](i), T0 + i * 0.5) for i in range(8)]
    assert [v.filter for v in verdicts[3:] if v] == ["flood"] * 5
    assert all(v.strike for v in verdicts[3:])


PASTAS = [
    "I'm not saying this beef changed my life but my wife left me and came back after one bite",
    "⠀⠀⠀⣠⣤⣤⣤⣤⣤⣄⡀⠀⠀⠀⠀⠀⠀⣴⣿⣿⣿⣿⣿⣿⣿⣿⣦⠀⠀⠀⠀⣾⣿⣿⣿⣿⣿⣿⣿⣿⣿⣷⠀",
    "老张的牛肉是世界上最好吃的牛肉，我奶奶吃了都说好，买它买它买它",
]


@pytest.mark.parametrize("pasta", PASTAS)
def test_regulars_pasting_the_copypasta_of_the_moment_are_not_a_raid(pasta):
    f = ChatFilters(SHOW)
    for i in range(12):  # they have been chatting for a while
        assert paste(f, f"fan{i}", f"hi host, greetings from city {i}", T0 - 600 + i) is None
    verdicts = [paste(f, f"fan{i}", pasta, T0 + i * 0.5) for i in range(12)]
    assert not any(v and v.strike for v in verdicts), verdicts


# -- moderators naming viewers as they are shown -----------------------------------------------


async def test_display_names_with_spaces_and_a_comma_after_them_name_the_viewer(tmp_path, clock):
    app, console = await start_show(tmp_path / "h.db", clock)
    await console.say("Li", "hi", viewer_id="1")
    await console.say("Li Wei", "hello from Chengdu", viewer_id="2")
    await console.say("zedd", "hey", viewer_id="3")

    async def mod(text: str) -> str:
        n = len(console.sent)
        await console.say("amy", text, Role.MODERATOR, viewer_id="9")
        await clock.advance(1)
        return " ".join(texts(console)[n:])

    assert "ignore @Li Wei" in await mod("!mute @Li Wei")
    assert await console.say("Li Wei", "still there?", viewer_id="2") == Outcome.MODERATED
    assert await console.say("Li", "me too?", viewer_id="1") != Outcome.MODERATED
    assert "listening to @Li Wei" in await mod("!unmute @Li Wei")
    # The longest name that starts the line: "Li Wei" is banned, never "Li".
    assert "@Li Wei" in await mod("!ban @Li Wei spamming links")
    banned = [a for a in console.actions if a.kind is ModKind.BAN]
    assert [(a.message.viewer.id, a.reason) for a in banned] == [("2", "spamming links")]
    assert "ignore @zedd" in await mod("!mute @zedd,")
    await app.stop()


HELD = [
    "LETS GOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO",
    "NOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO WAY",
    "?" * 65,
    "!" * 70,
    "！" * 66,
    "DUDE WHAT?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?!?",
    "W " * 60,
]


@pytest.mark.parametrize("text", HELD)
def test_hype_held_long_is_hype_not_a_caps_wall_or_symbol_art(text):
    assert check(text) is None


ART = [
    "▬▬▬▬▬▬▬▬▬▬ஜ۩۞۩ஜ▬▬▬▬▬▬▬▬▬ ░░░▒▒▒▓▓▓███ ╔═╗╔═╗ ╚═╝╚═╝ ▄▀▄▀▄▀ ¸.·´¯`·.¸¸.·´¯`·.¸ ><((((º>",
    "░▒▓█ ▄▀ █▓▒░ ╬═╬ ▲▼▲▼ ◄►◄► ▓▒░░▒▓ █▀▀█ █▄▄█ ▀▀▀▀ ░▒▓█▓▒░ ╔╗╚╝ ┼┼┼┼ ◢◣◥◤ ◢◣◥◤ ▓▓▒▒░░",
]


@pytest.mark.parametrize("text", ART)
def test_symbol_art_is_still_ignored(text):
    v = check(text)
    assert v is not None and v.filter == "symbols" and not v.strike
