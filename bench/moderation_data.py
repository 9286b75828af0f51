"""Seeded generator of labelled live chat for `bench/moderation.py`.

Writes `bench/data/moderation_dev.jsonl` and `bench/data/moderation_heldout.jsonl`: one JSON
object a line, `{"t", "platform", "viewer", "name", "text", "label", "kind"}`, where `label` is
"normal" or "spam" and `t` is seconds since the show began. The chat is generated as whole
shows (streams) on Twitch, YouTube, Bilibili (through the signed bridge) and Discord: a viewer
pool, a pace of several lines a second, the host's cues answered by waves of `1` / `扣1` /
`上链接`, emote walls, hype in capitals, fans chanting, questions, other bots' commands, and now
and then a spammer (links, contacts, self-promotion, scams; obfuscated with invisible and
look-alike characters) or a copy-paste raid by many accounts at once.

A third of the shows (by line count, about a third of each label) go to the held-out file. The
files were generated once, before the filters were tuned, and are committed; the held-out one is
only ever measured, never looked at while tuning. Run: python bench/moderation_data.py [--seed N]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data"

# -- normal chat ------------------------------------------------------------------------------

TWITCH_EMOTES = [
    "KEKW", "OMEGALUL", "LUL", "LULW", "PogChamp", "Pog", "POGGERS", "PogU", "Kappa", "KappaPride",
    "monkaS", "monkaW", "PepeHands", "Sadge", "catJAM", "HYPERCLAP", "DIESOFCRINGE", "EZ", "Clap",
    "PepeLaugh", "5Head", "Kreygasm", "ResidentSleeper", "BibleThump", "NotLikeThis", "TriHard",
    "WutFace", "SeemsGood", "HeyGuys", "VoHiYo", "CoolStoryBob", "BabyRage", "FeelsGoodMan",
    "FeelsBadMan", "widepeepoHappy", "peepoClap", "COPIUM", "Aware", "xdd", "ICANT", "GIGACHAD",
    "Jebaited", "SwiftRage", "WAYTOODANK", "OMEGADANCE", "NODDERS", "modCheck", "Okayge",
    "laozhaHype", "laozhaLove", "farmHeart",
]
YT_EMOTES = [
    ":face-with-tears-of-joy:", ":red-heart:", ":fire:", ":yt:", ":oops:", ":clapping-hands:",
    ":hand-pink-waving:", ":face-blue-smiling:", ":elbowcough:", ":learning:", ":buffering:",
    ":goodvibes:", ":thanksdoc:", ":virtualhug:",
]
BILI_EMOTES = [
    "[doge]", "[笑哭]", "[打call]", "[妙啊]", "[藏狗]", "[吃瓜]", "[OK]", "[喜欢]", "[支持]",
    "[给心心]", "[星星眼]", "[酸了]", "[辣眼睛]", "[滑稽]", "[呲牙]", "[脱单doge]", "[微笑]",
]
DISCORD_EMOTES = ["<:pepeclap:812345678901234567>", "<a:catjam:823456789012345678>", ":joy:",
                  ":fire:", ":heart:", ":100:", ":pray:"]
EMOJI = ["😂", "🔥", "❤️", "👍", "🤣", "😍", "💯", "🙏", "👏", "😭", "🥰", "🎉", "😮", "💪", "🐮",
         "🥩", "🍯", "🥚", "❤️‍🔥", "👨‍👩‍👧‍👦", "👍🏽", "🫶🏻", "🧑‍🌾", "🏳️‍🌈", "😱", "🤩"]
FLAGS = ["🇨🇳", "🇺🇸", "🇬🇧", "🇿🇦", "🇳🇬", "🇰🇪", "🇧🇷", "🇲🇽", "🇮🇳", "🇵🇭", "🇲🇾", "🇸🇬", "🇨🇦",
         "🇦🇺", "🇩🇪", "🇫🇷", "🇯🇵", "🇰🇷", "🇹🇼", "🇭🇰", "🇪🇬", "🇬🇭", "🇹🇿", "🇺🇬"]
CITIES = ["Chengdu", "Lagos", "Nairobi", "Manila", "Houston", "Leeds", "São Paulo", "Jakarta",
          "Toronto", "Accra", "Kuala Lumpur", "Melbourne", "Cape Town", "Delhi", "Ohio"]
ZH_CITIES = ["成都", "北京", "上海", "广州", "深圳", "杭州", "武汉", "西安", "重庆", "长沙",
             "郑州", "南京", "苏州", "哈尔滨", "昆明", "台北", "香港", "吉隆坡"]
PRODUCTS = ["beef", "beef shank", "honey", "eggs", "air fryer", "rice cooker", "TV", "vacuum",
            "tea set", "chili sauce", "rice", "pork belly", "apples", "kiwi", "walnuts"]
ZH_PRODUCTS = ["牛肉", "牛腱子", "蜂蜜", "鸡蛋", "空气炸锅", "电饭煲", "电视", "吸尘器", "茶具",
               "辣椒酱", "大米", "五花肉", "苹果", "猕猴桃", "核桃"]
HOSTS = ["Lao Zhang", "laozhang", "boss", "uncle", "chef"]

EN_GREET = ["hi from {city}!", "hello {host}", "hey chat", "good evening everyone", "hiii",
            "yo", "first time here", "back again", "just got here what did I miss", "evening all",
            "hello from {city} 👋", "greetings from {city} {flag}", "hi {host} hi chat", "o7",
            "lurking from {city}", "made it!!", "just got off work, hi all"]
ZH_GREET = ["老张好", "主播好", "来了来了", "晚上好", "{zcity}的来了", "大家好", "打卡", "来啦",
            "又来了", "老张晚上好呀", "下班了来看看", "第一次来", "前排", "报道", "{zcity}报到"]
EN_HYPE = ["LETS GOOOO", "LETS GO", "W", "W STREAM", "W HOST", "SHEEEESH", "OMG", "OMG THE PRICE",
           "THIS IS INSANE", "NO WAY", "HOLY", "WOW", "CLUTCH", "HYPE HYPE HYPE", "BIG W",
           "THE BEEF LOOKS AMAZING", "I NEED THIS", "TAKE MY MONEY", "SO CHEAP WHAT",
           "WHEN ARE YOU COMING TO {CITY}", "ABSOLUTE CINEMA", "W DEAL", "GG", "LFG",
           "THATS SO GOOD OMG", "CHAT IS THIS REAL", "BEST STREAM EVER", "I LOVE THIS SHOW",
           "UNCLE ZHANG THE GOAT", "DROP THE LINK", "YESSSS", "NOOOOO", "WHAT A DEAL"]
EN_CHAT = ["lol", "lmao", "haha", "nice", "that looks good", "love this show", "so cheap",
           "ngl that's cheap", "no cap this is fire", "bussin", "the beef looks great",
           "waiting for the {product}", "my mom bought the {product} last time", "same",
           "real", "true", "facts", "fr fr", "this is my favourite stream", "chat is wild today",
           "I already ordered", "just bought 2!", "got mine yesterday, it's good", "ratio",
           "L price", "W price", "bro the {product}", "the {product} is the best one",
           "can't wait", "hahahaha", "ok", "k", "ya", "yes", "no", "bruh", "huh",
           "my cat is watching too", "the sound is a bit low", "audio is fine for me",
           "lag?", "stream froze for me", "back now", "brb", "gtg, bye all", "see ya",
           "this is the way", "10/10", "5 stars", "I'm hungry now", "it's 3am here lol",
           "love from {city}", "thank you {host}!", "you're the best {host}",
           "ty for the stream", "congrats to the winners!", "I never win lol", "next time",
           "my order came fast btw", "delivery took 3 days for me", "packaging was good",
           "the honey is real, I tested it", "is my chat working", "test",
           "the subscribe button is right there guys", "just followed!", "I subscribed!",
           "follow the host for more deals", "my channel points are useless lol",
           "check out the {product} he's holding", "check the pinned message for the shop",
           "the shop link is in the description", "my wechat pay worked fine",
           "paid with paypal no problem", "love the farm vibes", "the cow is so cute"]
EN_QUESTIONS = ["how much is the {product}?", "HOW MUCH IS THE {PRODUCT}", "price?", "how much",
                "is the {product} organic?", "does it ship to {city}?", "when is the next deal?",
                "what's the warranty on the {product}?", "is the {product} in stock?",
                "can I pay with paypal?", "what size is the {product}", "how heavy is it",
                "is there a discount code?", "@{host} how long does shipping take?",
                "how do I enter the draw?", "when is the draw?", "is the TV 4K?",
                "does the air fryer have a timer", "how many left??", "still available?",
                "WHEN IS THE FLASH SALE", "what time does the sale end", "sold out already??",
                "where is the link", "can you show the {product} again", "is it halal?"]
ZH_CHAT = ["哈哈哈哈", "哈哈哈哈哈哈哈哈", "笑死", "笑死我了", "xswl", "yyds", "绝绝子", "太香了",
           "破防了", "awsl", "好便宜", "真便宜啊", "买了买了", "已下单", "拍了两份", "好评",
           "牛肉看着不错", "老张yyds", "支持老张", "加油", "老张加油", "主播辛苦了", "冲",
           "冲冲冲", "好好好", "可以可以", "真不错", "牛啊", "nb", "太牛了", "泪目", "爷青回",
           "妙啊", "下次一定", "前方高能", "弹幕护体", "空降成功", "233333", "hhhhhh", "hhh",
           "2333", "我妈也在看", "上次买的{zproduct}很好吃", "{zproduct}回购了", "等{zproduct}",
           "{zproduct}看着好新鲜", "画面卡了", "声音有点小", "刚来", "关注了", "已关注",
           "点赞了", "三连了", "微信支付可以吗", "支付宝付款了", "加入购物车了", "加购了",
           "加油加油", "主播声音好好听", "{zcity}的朋友扣个1", "好想要", "抢到了！", "没抢到",
           "手慢了", "又没抢到[大哭]", "什么时候补货", "求补货", "蹲一个", "蹲", "来晚了",
           "老铁们好", "老铁666", "真的假的", "确实", "懂了", "学到了", "收藏了"]
ZH_QUESTIONS = ["{zproduct}多少钱", "{zproduct}多少钱？", "还有货吗", "发货快吗", "包邮吗",
                "能发{zcity}吗", "尺码怎么选", "什么时候开抢", "{zproduct}是有机的吗",
                "保质期多久", "怎么参加抽奖", "链接在哪", "有优惠券吗", "几点开始秒杀",
                "电视是4K的吗", "空气炸锅有定时吗", "还剩多少？", "可以货到付款吗", "退货包运费吗"]
CHANTS = ["1", "1", "1", "11", "111", "1111111", "扣1", "扣1", "扣1", "上链接", "上链接",
          "想要", "想要", "要", "666", "6666666", "666666666666", "888", "冲", "冲冲冲", "买买买",
          "已拍", "拍了", "求链接", "来了", "+1", "2", "扣2", "好", "要要要", "上车", "1111",
          "111111111111111", "扣1扣1扣1"]
EN_CHANTS = ["1", "1", "11", "W", "W W W", "LETS GO", "GO GO GO", "+1", "F", "gg", "HYPE",
             "POG", "Pog", "KEKW", "LUL", "o7", "Clap Clap Clap", "YES", "DROP IT", "LINK"]
OTHER_BOTS = ["!uptime", "!followage", "!discord", "!so @{viewer}", "!points", "!watchtime",
              "!song", "!lurk", "!hug @{viewer}", "!socials", "!title", "!game", "!commands",
              "!gamble 100", "!slots", "!duel @{viewer}", "!quote", "!8ball will I win",
              "!sr never gonna give you up", "!time", "!weather {city}", "!help", "!deals",
              "!price beef", "!now", "!next", "!odds", "!签到", "!积分"]
SYMBOL_REACTIONS = ["???????????", "???", "?????", "!!!!!!!", "!!!!!!!!!!!!!!!!!!", "...",
                    "?!?!?!", "？？？？？？", "！！！！！", "。。。", "…", "^^", ":)", ":D", "xD",
                    "<3", "<3 <3 <3", "T_T", "QAQ", "orz", "(๑•̀ㅂ•́)و✧", "¯\\_(ツ)_/¯",
                    "(╯°□°）╯︵ ┻━┻", "ヽ(°〇°)ﾉ", "~~~~", "$$$", "¥¥¥"]
PRICES = ["1:15:20 was the beef part", "¥89.9 is so cheap", "$12.50 for that??", "3.5kg for 99块",
          "v2.0 version?", "at 45:10 he showed the honey", "2.5 pounds for $20 is good",
          "¥129.9 vs ¥99.9 which one", "5.0 stars on the shop", "99.9% sure I'm buying",
          "it was 19.99 last week", "12.12 sale is better lol", "the 1.5L one or the 2L?"]
SHOP_LINKS = ["order at https://farmandhome.example/beef", "farmandhome.example/honey is the one",
              "link: https://farmandhome.example/p/air-fryer", "bought it on farmandhome.example",
              "www.farmandhome.example/deals has the list"]
LONG_EN = ["I bought the {product} last month and honestly it was way better than what I get at "
           "the supermarket, the whole family loved it",
           "my grandma watches this every Friday and she asked me to tell you hi from {city} "
           "and that the honey was delicious",
           "for anyone wondering the {product} arrived in two days and the packaging was great, "
           "no leaks at all, would buy again",
           "I was skeptical at first but the quality is really good for the price, thank you "
           "{host} for doing these shows"]
LONG_ZH = ["上次在直播间买的{zproduct}真的很好，家里老人孩子都喜欢吃，这次再多买几份囤着",
           "老张你们家的{zproduct}是自己种的吗？看着特别新鲜，上次买的也很好吃，物流也快",
           "我是从{zcity}来的，第一次看你们的直播，感觉很实在，东西也便宜，已经关注了"]

# -- spam -------------------------------------------------------------------------------------

SPAM_DOMAINS = ["cheap-followers.com", "free-viewers.biz", "spam-followers.biz", "bigfollows.xyz",
                "giftcards-now.shop", "crypto-x2.io", "win-iphone.top", "promo-deals.club",
                "streamboost.gg", "viewbot.online", "cheapdeals.site", "taobao-discount.cn",
                "jd-coupon.vip", "luckydraw-prize.link", "nitro-gift.ru"]
SPAM_LINKS = ["buy followers at {domain} now", "FREE FOLLOWERS AT {domain}",
              "get 1000 viewers: https://{domain}/start", "https://{domain}/win",
              "visit www.{domain} for cheap viewers", "claim your prize at {domain}/claim",
              "cheap {product} here {domain}", "best deals >> https://{domain} <<",
              "join t.me/{handle}", "t.me/{handle} free gifts", "discord.gg/{handle} giveaway",
              "bit.ly/{handle} free gift", "go to {dotted} for free stuff",
              "{domain} 便宜一半", "更便宜的在这 {domain}", "领券 https://{domain}/q",
              "点这里领红包 {domain}", "ｗｗｗ．{fw_domain}"]
SPAM_CONTACT_EN = ["whatsapp me +1 555 019 {n4}", "dm me on telegram @{handle}",
                   "add me on snap {handle}", "text me at 555-{n3}-{n4} for deals",
                   "contact me on whatsapp {n4}{n4} cheap {product}",
                   "my ig is @{handle} dm for promo", "kik me: {handle}",
                   "message me on telegram {handle} for wholesale prices",
                   "hit me up on signal +44 7700 9{n3}{n3}", "email me {handle}@gmail.com for deals",
                   "DM me for cheap viewers", "inbox me for business"]
SPAM_CONTACT_ZH = ["加微信 {handle}{n3}", "加V {handle}{n3}", "加我vx：{handle}", "加v信{n4}{n3}",
                   "加我微信领红包", "威信 {handle}{n3}", "薇信{n4}{n4}", "加qq {n4}{n4}{n3}",
                   "扣扣 {n4}{n4}", "私聊我有惊喜", "加我领红包", "扫码进群领福利", "主页有惊喜",
                   "看我主页", "点我头像加好友", "进群领福利 群号{n4}{n3}", "+v {handle}{n3} 拿货价",
                   "需要的加我 v：{handle}", "便宜出{zproduct} 加微 {handle}", "加企鹅{n4}{n4}",
                   "有意者私信", "同款更便宜 私我", "vx同号{n4}{n4}", "招代理 加微信{handle}"]
SPAM_PROMO = ["check out my channel", "check out my channel!! I stream every day",
              "subscribe to me", "subscribe to my channel please", "follow me for free gifts",
              "follow me I follow back", "sub4sub anyone?", "follow for follow",
              "I stream too, come watch me", "check my bio for free stuff",
              "visit my profile for a giveaway", "go to my page for free {product}",
              "new streamer here pls follow", "come to my stream we're giving away iPhones",
              "watch my latest video on my channel", "support my channel guys, link in bio",
              "关注我送礼物", "关注我领红包", "来我直播间抽奖", "点关注不迷路，我直播间更便宜",
              "互关互粉", "求关注我", "来我主页看看", "我的直播间有福利"]
SPAM_SCAM = ["you won an iPhone 15! claim at {domain}", "free robux at {domain}",
             "double your bitcoin in 1 hour: {domain}", "I made $5000 a day from home, ask me how",
             "free discord nitro discord.gift/{handle}", "crypto airdrop live now {domain}",
             "elon is giving away btc {domain}", "恭喜你中奖了 领取请加微信 {handle}",
             "刷单日结 加V {handle}", "兼职日赚500 加qq{n4}{n4}", "免费领iPhone {domain}",
             "CONGRATS YOU ARE OUR WINNER DM ME TO CLAIM", "earn $500 daily, message me",
             "cheap viewers and followers, dm me"]
RAIDS = ["THIS SHOP IS A SCAM DON'T BUY ANYTHING THE BEEF IS FAKE TELL EVERYONE",
         "everyone go to the other stream right now they are giving away free phones go go go",
         "这个直播间卖的都是假货大家不要买都去隔壁直播间那边更便宜",
         "copy this message if you think the host should give everything away for free today",
         "follow {handle} on twitch for the real giveaway follow {handle} on twitch now"]

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u200e", "\u2063"]
HOMO = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ",
        "d": "ԁ", "h": "һ", "j": "ј", "l": "ӏ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н",
        "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "v": "ν", "n": "ո"}


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _math_bold(s: str) -> str:
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - ord("A")))
        else:
            out.append(c)
    return "".join(out)


def obfuscate(rnd: random.Random, text: str) -> tuple[str, str]:
    """One of the ways spammers walk past word filters; returns (text, how)."""
    how = rnd.choice(["zw", "zw", "homoglyph", "homoglyph", "fullwidth", "bold", "spaced",
                      "mixed", "dots"])
    if how == "zw":
        chars = list(text)
        for _ in range(rnd.randint(1, 4)):
            chars.insert(rnd.randrange(1, max(2, len(chars))), rnd.choice(ZW))
        return "".join(chars), how
    if how == "homoglyph":
        return "".join(HOMO[c] if c in HOMO and rnd.random() < 0.6 else c for c in text), how
    if how == "fullwidth":
        return _fullwidth(text), how
    if how == "bold":
        return _math_bold(text), how
    if how == "spaced":  # only the key word spread out: "w h a t s a p p"
        words = text.split()
        i = rnd.randrange(len(words))
        if len(words[i]) > 2:
            words[i] = " ".join(words[i])
        return " ".join(words), how
    if how == "dots":
        return text.replace(".", rnd.choice([" (dot) ", "[.]", " . ", "。", " dot "])), how
    text, _ = obfuscate(rnd, text)
    return obfuscate(rnd, text)[0], "mixed"


class Show:
    """One stream's chat: its platform, audience, pace, and the lines it produced."""

    def __init__(self, rnd: random.Random, platform: str, index: int, normal: int, spam: int):
        self.rnd = rnd
        self.platform = platform
        self.zh_share = {"bilibili": 0.9, "twitch": 0.15, "youtube": 0.3, "discord": 0.25}[platform]
        self.viewers = [self._viewer(i) for i in range(rnd.randint(150, 900))]
        self.lines: list[dict] = []
        self.t = 0.0
        self.index = index
        self.normal_target = normal
        self.spam_target = spam

    def _viewer(self, i: int) -> tuple[str, str]:
        rnd = self.rnd
        zh = rnd.random() < self.zh_share
        if zh:
            name = rnd.choice(["一匹狼", "小明", "吃货", "快乐星球", "老铁", "阿花", "木子", "小鱼儿",
                               "夜猫子", "大白"]) + str(rnd.randint(1, 9999))
        else:
            name = rnd.choice(["ava", "bob", "kai", "zoe", "max", "lee", "sam", "mia", "jay",
                               "noor", "tunde", "ama", "raj", "lina"]) + rnd.choice(
                ["", "_", "x", "TV", "123", "_gg"]) + str(rnd.randint(1, 999))
        uid = str(rnd.randint(10_000_000, 999_999_999))
        return uid, name

    def _emotes(self) -> list[str]:
        return {"twitch": TWITCH_EMOTES, "youtube": YT_EMOTES, "bilibili": BILI_EMOTES,
                "discord": DISCORD_EMOTES}[self.platform]

    def _fill(self, template: str, viewer: str = "") -> str:
        rnd = self.rnd
        product = rnd.choice(PRODUCTS)
        city = rnd.choice(CITIES)
        handle = rnd.choice(["cheapdeals", "promo_king", "viewsboost", "lucky88", "getrich",
                             "abc123", "deals4u", "ginny_shop", "xiaomei", "fx_signal"])
        handle += str(rnd.randint(0, 99)) if rnd.random() < 0.5 else ""
        domain = rnd.choice(SPAM_DOMAINS)
        return template.format(
            product=product, PRODUCT=product.upper(), city=city, CITY=city.upper(),
            zcity=rnd.choice(ZH_CITIES), zproduct=rnd.choice(ZH_PRODUCTS),
            host=rnd.choice(HOSTS), flag=rnd.choice(FLAGS), viewer=viewer or "bob",
            handle=handle, domain=domain, fw_domain=_fullwidth(domain),
            dotted=domain.replace(".", rnd.choice([" dot ", "(dot)", "[.]"])),
            n3=rnd.randint(100, 999), n4=rnd.randint(1000, 9999),
        )

    def _add(self, viewer: tuple[str, str], text: str, label: str, kind: str) -> None:
        self.lines.append({"t": round(self.t, 2), "platform": self.platform, "viewer": viewer[0],
                           "name": viewer[1], "text": text, "label": label, "kind": kind})

    def _tick(self) -> None:
        self.t += self.rnd.expovariate(6.0)  # about six lines a second

    def normal_line(self) -> tuple[str, str]:
        rnd = self.rnd
        zh = rnd.random() < self.zh_share
        r = rnd.random()
        emotes = self._emotes()
        other = rnd.choice(self.viewers)[1]
        if r < 0.14:
            n = rnd.choice([1, 1, 2, 3, 3, 4, 6, 8])
            if rnd.random() < 0.5:
                text = " ".join([rnd.choice(emotes)] * n)
            else:
                text = " ".join(rnd.choice(emotes) for _ in range(n))
            if rnd.random() < 0.2:
                text = rnd.choice(EN_HYPE if not zh else ZH_CHAT) + " " + text
            return text, "emote"
        if r < 0.22:
            if rnd.random() < 0.3:
                return "".join(rnd.choice(FLAGS) for _ in range(rnd.randint(3, 12))), "emoji"
            e = rnd.choice(EMOJI)
            n = rnd.choice([1, 2, 3, 5, 8, 12, 15, 20, 30])
            text = e * n if rnd.random() < 0.6 else "".join(rnd.choice(EMOJI) for _ in range(n))
            if rnd.random() < 0.3:
                text = rnd.choice(ZH_CHAT if zh else EN_CHAT).format(
                    product="beef", city="Lagos", host="boss", zproduct="牛肉", zcity="成都") + " " + text
            return text, "emoji"
        if r < 0.30:
            return self._fill(rnd.choice(EN_HYPE)), "caps"
        if r < 0.36:
            return rnd.choice(CHANTS if zh else EN_CHANTS), "chant"
        if r < 0.50:
            return self._fill(rnd.choice(ZH_QUESTIONS if zh else EN_QUESTIONS)), "question"
        if r < 0.54:
            return self._fill(rnd.choice(OTHER_BOTS), other), "other_bot"
        if r < 0.58:
            return rnd.choice(SYMBOL_REACTIONS), "symbols"
        if r < 0.61:
            return rnd.choice(PRICES), "prices"
        if r < 0.625:
            return rnd.choice(SHOP_LINKS), "shop_link"
        if r < 0.66:
            return self._fill(rnd.choice(LONG_ZH if zh else LONG_EN)), "long"
        if r < 0.72:
            return self._fill(rnd.choice(ZH_GREET if zh else EN_GREET)), "greeting"
        if r < 0.76:
            text = rnd.choice(ZH_CHAT if zh else EN_CHAT)
            return f"@{other} " + self._fill(text), "reply"
        return self._fill(rnd.choice(ZH_CHAT if zh else EN_CHAT)), "chat"

    def spam_line(self) -> tuple[str, str]:
        rnd = self.rnd
        r = rnd.random()
        if r < 0.25:
            text, kind = self._fill(rnd.choice(SPAM_LINKS)), "link"
        elif r < 0.55:
            pool = SPAM_CONTACT_ZH if rnd.random() < max(0.3, self.zh_share) else SPAM_CONTACT_EN
            text, kind = self._fill(rnd.choice(pool)), "contact"
        elif r < 0.8:
            text, kind = self._fill(rnd.choice(SPAM_PROMO)), "promo"
        else:
            text, kind = self._fill(rnd.choice(SPAM_SCAM)), "scam"
        if rnd.random() < 0.4:
            text, how = obfuscate(rnd, text)
            kind += "+" + how
        return text, kind

    def generate(self) -> list[dict]:
        rnd = self.rnd
        normal = spam = 0
        fans = rnd.sample(self.viewers, min(12, len(self.viewers)))
        while normal < self.normal_target or spam < self.spam_target:
            self._tick()
            roll = rnd.random()
            if normal < self.normal_target and roll < 0.005:
                # The host's cue: a wave of the same chant from many viewers, some several times.
                chant = rnd.choice(["1", "扣1", "上链接", "想要", "666"] if self.zh_share > 0.5
                                   else ["1", "W", "LETS GO", "1", "扣1", "KEKW"])
                for v in rnd.sample(self.viewers, min(len(self.viewers), rnd.randint(10, 40))):
                    for _ in range(rnd.choice([1, 1, 1, 2, 3])):
                        self._add(v, rnd.choice([chant, chant, chant + chant[-1]]), "normal",
                                  "cue_wave")
                        self.t += rnd.uniform(0.05, 0.4)
                        normal += 1
                continue
            if normal < self.normal_target and roll < 0.025:
                # A fan cheering the same thing again and again.
                fan = rnd.choice(fans)
                text, kind = self.normal_line()
                for _ in range(rnd.randint(2, 5)):
                    self._add(fan, text, "normal", "fan_" + kind)
                    self.t += rnd.uniform(1, 8)
                    normal += 1
                continue
            if spam < self.spam_target and roll < 0.06:
                if rnd.random() < 0.02:  # a copy-paste raid by freshly made accounts
                    text = self._fill(rnd.choice(RAIDS))
                    for _ in range(rnd.randint(6, 15)):
                        bot = (str(rnd.randint(10**9, 10**10)), f"user{rnd.randint(1, 99999)}")
                        self._add(bot, text, "spam", "raid")
                        self.t += rnd.uniform(0.1, 1.0)
                        spam += 1
                    continue
                spammer = (str(rnd.randint(10**9, 10**10)),
                           rnd.choice(["promo", "deal", "free", "hot", "vip"]) +
                           str(rnd.randint(1, 9999)))
                for _ in range(rnd.choice([1, 1, 1, 2, 3])):
                    text, kind = self.spam_line()
                    self._add(spammer, text, "spam", kind)
                    self.t += rnd.uniform(0.5, 5)
                    spam += 1
                continue
            if normal < self.normal_target:
                text, kind = self.normal_line()
                self._add(rnd.choice(self.viewers), text, "normal", kind)
                normal += 1
        return self.lines


def generate(seed: int) -> tuple[list[dict], list[dict]]:
    """(dev, held-out): whole shows, a third of them held out."""
    rnd = random.Random(seed)
    shows = []
    platforms = ["twitch", "youtube", "bilibili", "discord"] * 6
    for i, platform in enumerate(platforms):
        shows.append(Show(rnd, platform, i, normal=rnd.randint(280, 360), spam=rnd.randint(26, 36)))
    lines = [s.generate() for s in shows]
    order = list(range(len(shows)))
    rnd.shuffle(order)
    held = set(order[: len(order) // 3])
    dev = [ln for i, s in enumerate(lines) if i not in held for ln in s]
    heldout = [ln for i, s in enumerate(lines) if i in held for ln in s]
    return dev, heldout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    dev, heldout = generate(args.seed)
    for name, rows in (("dev", dev), ("heldout", heldout)):
        path = OUT / f"moderation_{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        normal = sum(r["label"] == "normal" for r in rows)
        print(json.dumps({"file": str(path.name), "normal": normal, "spam": len(rows) - normal}))


if __name__ == "__main__":
    main()
