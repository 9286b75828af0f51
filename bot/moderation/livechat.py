"""What live chat looks like when it is going well: emotes, chants and live-commerce cues.

The filters consult this before judging a message, so the audience is never punished for
doing what a live show asks of it: typing `1` or `扣1` when the host says "扣1", `上链接` when
they want the link, `666` to cheer, a wall of `KEKW`, `[doge]` or 😂.

Sources: the emote names are the platforms' own global emotes plus the most used third-party
emotes (BetterTTV, FrankerFaceZ, 7TV) as listed on those sites, YouTube's emoji shortcodes
(`:name:`) and Bilibili's bracketed emotes (`[doge]`). The cue words are the standard ones of
Chinese live commerce (直播带货). A show adds its own with `[moderation.filters]` `chants`,
`emotes`, or per platform under `[moderation.filters.platforms.NAME]`.
"""

from __future__ import annotations

import re

from bot.textnorm import fold

TWITCH_EMOTES = frozenset("""
Kappa KappaPride Keepo PogChamp Pog POGGERS PogU POGGIES LUL LULW OMEGALUL KEKW KEKWait ICANT
Kreygasm ResidentSleeper BibleThump NotLikeThis TriHard WutFace SeemsGood HeyGuys VoHiYo
CoolStoryBob BabyRage FeelsGoodMan FeelsBadMan FeelsStrongMan FeelsWeirdMan SwiftRage
Jebaited DansGame 4Head EleGiggle PJSalt SMOrc HotPokket FailFish Kippa MingLee CoolCat
monkaS monkaW monkaHmm monkaGIGA PepeHands PepeLaugh Sadge Madge Okayge Aware Clueless COPIUM
HOPIUM catJAM HYPERCLAP DIESOFCRINGE EZ Clap Clap2 PepeClap peepoClap widepeepoHappy
widepeepoSad peepoHappy peepoSad peepoLeave peepoArrive 5Head 3Head WAYTOODANK OMEGADANCE
NODDERS NOPERS modCheck xdd xqcL GIGACHAD Chatting Stare BOOBA PauseChamp Pepega PepegaAim
forsenCD LETSGO LETSGOOO SHEESH Deadge Bedge Wokege WeirdChamp ratJAM pepeD pepeJAM
PogBones HandsUp TwitchUnity GlitchCat DinoDance KomodoHype PopNemo StinkyCheese
""".split())

# Emotes on every platform are case-sensitive names; compare them folded, as the filters do.
EMOTE_NAMES = frozenset(fold(e) for e in TWITCH_EMOTES)

# Shapes that are emotes on some platform: YouTube and Discord shortcodes (:fire:), Discord's
# custom emoji (<a:name:id>), Bilibili's bracketed emotes ([doge], [笑哭]), and channel emotes,
# which are a lowercase prefix then a capitalised word (laozhaHype, pokiW).
EMOTE_SHAPE = re.compile(
    r"^(?::[\w+-]{1,40}:|<a?:\w{1,40}:\d{5,25}>|\[[^\[\]\s]{1,12}\]|[a-z][a-z0-9]{1,11}[A-Z][A-Za-z0-9]{0,15})$"
)

# Cue words and chants of live commerce and of live chat in general, in the folded form. Digits
# alone (1, 11, 2, 666, 888, 2333) are chants too; see `is_chant`.
_CUE_WORDS = """
扣1 扣2 扣3 扣666 上链接 求链接 链接 想要 要 要要要 好想要 冲 冲冲冲 冲鸭 买买买 买 已拍 拍了 已下单
下单 上车 来了 来了来了 有 有有有 好 好好好 安排 安排上 蹲 蹲一个 抢 抢到了 没抢到 补货 求补货
加油 666 6 66 牛 牛啊 nb yyds 哈哈 哈哈哈 笑死 xswl awsl 2333 草 前排 打卡 签到 第一 沙发
+1 +2 w l f gg ggs o7 letsgo lfg hype pog yes link clap ww www lol lmao omg wow nice ez
"""
CUES = frozenset(fold(w) for w in _CUE_WORDS.split()) | {
    "lets go", "let's go", "go go go", "drop it", "drop the link", "w w w", "l l l",
}

# Digits alone (1, 11, +1, 666, 888, 2333) and laughter (hhh, 哈哈哈, lol, xdd).
_CHEER = re.compile(r"^(?:[+]?\d{1,12}|h{2,}|哈{2,}|w{2,}|lo+l|a?ha(?:ha)+h?|xd+)$")
# The same unit said again and again ("扣1扣1扣1", "LETS GO LETS GO", "KEKW KEKW KEKW").
_REPEATED = re.compile(r"^(.{1,40}?)(?:[\s,!.~]*\1){1,}[\s!.~]*$", re.DOTALL)
_SPACES = re.compile(r"[\s!！.。~～,，]+")


def is_chant(folded: str, extra: frozenset[str] = frozenset()) -> bool:
    """True for a counted chant, a cue word or a cheer (`folded` as `textnorm.fold` gives it):
    `1`, `扣1`, `上链接`, `666`, `KEKW KEKW KEKW`, `LETS GO LETS GO`. Never a strike."""
    text = folded.strip()
    if not text or len(text) > 120:
        return False
    if text in CUES or text in extra:
        return True
    squeezed = _SPACES.sub(" ", text).strip() if len(text) > 1 else text
    if squeezed in CUES or squeezed in extra or _CHEER.match(squeezed.replace(" ", "")):
        return True
    # A phrase said again and again in one line is a chant, whatever the phrase; harm in it
    # (a link, a contact) is judged before this is asked. Its first two characters must come
    # back later in the line, which most lines fail at once.
    return text.find(text[:2], 1) != -1 and bool(_REPEATED.match(text))


def is_emote(token: str, extra: frozenset[str] = frozenset()) -> bool:
    """A word that is an emote on some platform (the token as typed, not folded)."""
    return bool(EMOTE_SHAPE.match(token)) or fold(token) in EMOTE_NAMES or token in extra
