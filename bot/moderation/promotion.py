"""Self-promotion, off-platform contacts and the common chat scams, in English and Chinese.

`Promotion.find(folded)` names the first group a message matches, or None. It reads the
folded text (`bot.textnorm.fold`: no invisible characters, look-alikes folded, lowercase), so
`ѕubѕсrіbе tо mе` and `加\u200b微信` are the plain phrases to it. In Chinese, separators between
characters are dropped first, so `加 微 信` and `加🌹微🌹信` read as `加微信`.

What is deliberately left alone, because viewers of a shopping show say it all the time:
"微信支付可以吗", "加入购物车", "已关注", "I subscribed!", "follow the host", "check out the
beef", the shop's own links (on `links.allow`), "增加微波炉的库存".
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Separators between two Chinese characters: spaces, punctuation, emoji, symbols.
_CJK_GAPS = re.compile(rf"(?<=[{_CJK}])[^\w{_CJK}]+(?=[{_CJK}])|(?<=[{_CJK}])_+(?=[{_CJK}])")

_APPS = (
    r"whats\s*app|wa|telegram|tg|snap\s*chat|snap|kik|signal|viber|wechat|wei\s*xin|line|skype|"
    r"insta(?:gram)?|ig|discord|email|e-mail|gmail"
)
_PLACES = (
    r"channel|stream|streams|page|profile|bio|videos?|vids|content|twitch|youtube|yt|tiktok|"
    r"ig|insta(?:gram)?|account|server|discord|live|lives|shop|store"
)

# E-mail addresses and phone numbers: only looked for where there is an @, a + or digits.
_NUMBERS = (
    r"\b[a-z0-9._%+-]+@(?:gmail|yahoo|hotmail|outlook|qq|163|126|proton(?:mail)?|icloud|mail)"
    r"\.[a-z]{2,}",
    r"\+\d{1,3}[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d){6,}",
    r"(?<![\d:.$¥€£])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b",
    r"(?<![\d.])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)",  # a Chinese mobile (138 1234 5678)
    r"\+\s*(?:v|vx|wx|q)\b\s*[:：]?\s*[a-z0-9_]{3,}",  # "+v abc123": add me on WeChat
    r"(?<![a-z0-9])(?:qq|q)\s*(?:号|id)?\s*:\s*\d{5,}",  # "Q：12345678" (folded: "：" is ":")
)

GROUPS: dict[str, list[str]] = {
    # Plugging one's own channel, asking for follows and subscribers.
    "self-promotion": [
        rf"\b(?:check(?:\s*out)?|visit|watch|see|come\s+(?:to|watch|join)|go\s+to|head\s+(?:to|over\s+to)"
        rf"|support|join)\s+(?:my|me\s+(?:on|at))\s+(?:\w+\s+){{0,2}}?(?:{_PLACES})\b",
        rf"\b(?:follow|sub(?:scribe)?(?:\s+to)?)\s+(?:me|my\s+(?:{_PLACES}))\b",
        r"\bgive\s+(?:me|us)\s+a\s+(?:follow|sub)\b",
        r"\b(?:sub|follow|like)\s*(?:4|for)\s*(?:sub|follow|like)\b|\b[fsl]4[fsl]\b",
        r"\b(?:link\s+in|check|see|in)\s+(?:my\s+)?bio\b",
        r"\bi\s+(?:also\s+)?stream\s+(?:too|as\s+well)\b",
        r"\b(?:new|small)\s+streamer\b.{0,40}\b(?:follow|sub|watch|check|support)",
        r"\bfollow\s+back\b|\bi\s+follow\s+back\b",
    ],
    # Taking the conversation (and the sale) off the platform.
    "contact": [
        rf"\b(?:(?:dm|pm|inbox|message|msg|text|contact|email|call|ping|reach|find|add)\s+(?:me|us)"
        rf"|hit\s+(?:me|us)\s+up)\s+(?:on|at|via|@)\s*(?:{_APPS}|\+?\d)",
        r"(?<![a-z0-9])v\s*:\s*[a-z][a-z0-9_-]{4,}",  # "V：abc123" (WeChat)
        rf"\b(?:{_APPS})\b\s*(?:me\b|[:@+]|\+?\s*\d[\d\s-]{{4,}}"
        r"|(?:id|handle|username)\s*:?\s*@?[a-z0-9_.]{4,})",
        rf"\bmy\s+(?:{_APPS}|number|phone|cell)\s*(?:is|[:@#])",
        r"\b(?:dm|pm|inbox|message|msg|text)\s+(?:me|us)\b(?!\s+(?:the|a|an|your|pls|please|"
        r"when|if|back|lol|haha)\b)",
        *_NUMBERS,
        r"加(?:我|一下|个)?\s*(?:微信|威信|薇信|徽信|维信|v\s*信|vx|wx|[微威薇](?=\s*[a-z0-9:：])|v(?![a-z])"
        r"|q\s*q|q(?=\s*:?\s*\d{5})|扣扣|扣(?=\s*:?\s*\d{5})|企鹅|好友)",
        r"加我\s*(?:领|送|拿|进|有|[a-z0-9:：])",
        r"(?:微信|威信|薇信|徽信|v信|扣扣|企鹅)(?:号)?\s*[:：]?\s*[a-z0-9_-]{5,}",
        r"\b(?:vx|wx|qq)\s*[:+]?\s*[a-z0-9_-]{5,}",  # (folded: "：" is ":")
        r"\b(?:wechat|wei\s*xin)\s+[a-z_-]*\d[a-z0-9_-]{3,}",  # "wei xin abc123"
        r"(?:vx|wx|v|微信|qq)同号",
        r"\b(?:qq|vx|wx)号\s*:?\s*[a-z0-9_-]{5,}",
        r"\+\s*微\s*[:：]?\s*[a-z0-9_]{3,}",
        r"私(?:聊|信)?我|滴滴我|有意(?:者|的)?私|私信(?:有|领|送|拿)",
        r"(?:扫码|进群|群号|加群)",
        r"(?:电报|纸?飞机)号?\s*[:：@]\s*[a-z0-9_]{4,}|纸飞机\s*[a-z0-9_]{5,}",  # Telegram
    ],
    "self-promotion-zh": [
        r"(?:主页|头像|简介)(?:有|看|领|加)",
        r"(?:看|点|进|来|去)(?:一下|下)?我(?:的)?(?:主页|头像|直播间|频道|店铺|小店)",
        r"我(?:的)?直播间",
        r"(?:点|求)?关注(?:一下)?我|求关注(?!一下主播)",
        r"互关|互粉|互赞|回关",
    ],
    "scam": [
        r"\bfree\s+(?:\d+\s+)?(?:followers|viewers|subs|robux|nitro|v-?bucks|gift\s*cards?|iphones?"
        r"|crypto|btc|bitcoin|money|skins)\b",
        r"\b(?:buy|cheap|get|real)\s+(?:\d+\s+)?(?:followers|viewers|subs|views|likes)\b",
        r"\b(?:viewers|followers)\s+and\s+(?:viewers|followers)\b",
        r"\bdouble\s+your\s+(?:btc|bitcoin|crypto|eth|money|coins)\b",
        r"\bsend\s+(?:[\d.]+\s*)?(?:btc|bitcoin|eth|usdt|crypto|sol|coins?)\b.{0,40}"
        r"\b(?:get|receive|back|double)",
        r"\b(?:airdrop|giveaway)\b.{0,40}\b(?:claim|live\s+now|connect|wallet)\b",
        r"\byou(?:'re|\s+are|\s+have)?\s+(?:just\s+)?(?:won|our\s+(?:lucky\s+)?winner|been\s+selected)\b",
        r"\bclaim\s+(?:your|the)\s+(?:prize|reward|gift)\b",
        r"\b(?:earn|make|made|making)\s+[$€£]?\d[\d,.k]*\s*(?:[$€£]|usd|dollars)?\s*(?:a|per|/|every)?"
        r"\s*(?:day|daily|week|hour|month)\b",
        r"\b(?:work(?:ing)?\s+from\s+home|passive\s+income)\b",
        r"\bnitro\b.{0,30}\b(?:free|gift)\b|\bfree\b.{0,20}\bnitro\b",
        r"\belon\b.{0,30}\b(?:giv|btc|bitcoin|crypto)",
        r"刷单|兼职|日结|日赚|拿货价|代理价|招代理",
        r"中奖了?.{0,12}(?:领取|加|私|联系)",
        r"免费(?:领|送)(?:取)?\s*[a-z]",
    ],
}

# Each pattern above runs in one lane, and a lane only where its first test passes: most chat
# lines pass none. Plain literals and set lookups, because one large alternation with \b costs
# more than all the other filters together. A pattern with Chinese in it is in the Chinese lane;
# _NUMBERS in the numbers lane; the rest need one of the Latin words or stems below (keep them in
# step with GROUPS: tests/test_moderation_livechat.py runs every example through them).
_HINT_WORDS = frozenset(
    "me my us bio dm pm inbox msg text contact email call ping reach add tg line ig wa won elon "
    "vx wx qq v q send give".split()
)
_HINT_STEMS = re.compile(
    "follow|sub|stream|like|whats|telegram|snap|kik|signal|viber|wechat|weixin|skype|insta|"
    "discord|mail|viewer|views|robux|nitro|bucks|gift|iphone|crypto|btc|bitcoin|money|skins|"
    "double|airdrop|giveaway|winner|selected|claim|earn|make|made|home|passive|4"
)
_HINT_CHARS = frozenset("加微威薇徽信私扫群主头简播频店关互回刷兼结赚货代奖免扣鹅滴号报飞")
_LATIN_WORD = re.compile(r"[a-z]+")
# A phone number or id read out digit by digit in Chinese numerals (一三八…, 幺 for one), and
# the heavy plus signs of "➕微": read as digits and "+" before matching.
_CN_DIGITS = re.compile("[〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖]{5,}")
_CN_DIGIT = str.maketrans("〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖", "001234567891212345678" + "9")
_PLUS = str.maketrans({"➕": "+", "✚": "+"})
_DIGITS = re.compile(r"\d{3}")
_HAS_CJK = re.compile(f"[{_CJK}]")


def _lanes(folded: str) -> tuple[bool, bool, bool]:
    """(Latin, numbers, Chinese): which lanes could match `folded` at all."""
    latin = bool(_HINT_STEMS.search(folded)) or not _HINT_WORDS.isdisjoint(
        _LATIN_WORD.findall(folded)
    )
    numbers = "@" in folded or "+" in folded or bool(_DIGITS.search(folded))
    chinese = not folded.isascii() and not _HINT_CHARS.isdisjoint(folded)
    return latin, numbers, chinese


class Promotion:
    """The built-in groups plus a show's own (`[moderation.filters.promotion] patterns`, which
    run on every message), compiled per lane into one pattern each (one pass over the text)
    whose named groups say which group matched."""

    def __init__(self, extra: dict[str, list[str]] | None = None) -> None:
        self.names = list(GROUPS)
        lanes: dict[str, list[tuple[int, str]]] = {"latin": [], "numbers": [], "chinese": []}
        for i, patterns in enumerate(GROUPS.values()):
            for p in patterns:
                lane = "numbers" if p in _NUMBERS else "chinese" if _HAS_CJK.search(p) else "latin"
                lanes[lane].append((i, p))
        extra_lane: list[tuple[int, str]] = []
        for name, patterns in (extra or {}).items():
            self.names.append(name)
            extra_lane += [(len(self.names) - 1, p) for p in patterns]
        self._lanes = {lane: self._compile(items) for lane, items in lanes.items()}
        self._lanes_no_plugs = {
            lane: self._compile([(i, p) for i, p in items if not self._plug(i)])
            for lane, items in lanes.items()
        }
        self._extra = self._compile(extra_lane)
        self._extra_no_plugs = self._compile([(i, p) for i, p in extra_lane if not self._plug(i)])

    def _plug(self, index: int) -> bool:
        return self.names[index].startswith("self-promotion")

    @staticmethod
    def _compile(items: list[tuple[int, str]]) -> re.Pattern[str] | None:
        by_group: dict[int, list[str]] = {}
        for i, p in items:
            by_group.setdefault(i, []).append(p)
        parts = [
            f"(?P<g{i}>" + "|".join(f"(?:{p})" for p in patterns) + ")"
            for i, patterns in by_group.items()
        ]
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def find(self, folded: str, *, own_link: bool = False) -> str | None:
        """The group `folded` matches (the earliest match), or None. With `own_link` (the
        message carries the shop's own link) channel plugs are allowed: "visit my shop
        farmandhome.example"."""
        if not folded.isascii():
            if "➕" in folded or "✚" in folded:
                folded = folded.translate(_PLUS)
            if _CN_DIGITS.search(folded):
                folded = _CN_DIGITS.sub(lambda m: m[0].translate(_CN_DIGIT), folded)
        latin, numbers, chinese = _lanes(folded)
        lanes = self._lanes_no_plugs if own_link else self._lanes
        extra = self._extra_no_plugs if own_link else self._extra
        if chinese:
            folded = _CJK_GAPS.sub("", folded)
        for on, pattern in ((latin, lanes["latin"]), (numbers, lanes["numbers"]),
                            (chinese, lanes["chinese"]), (True, extra)):
            if on and pattern is not None and (m := pattern.search(folded)) and m.lastgroup:
                return self.names[int(m.lastgroup[1:])]
        return None
