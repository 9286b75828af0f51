"""Generate the labelled live-chat corpus for the question detector (seeded, reproducible).

Run: python -m bot.answers.understand.make_chat  → data/chat_dev.tsv, data/chat_heldout.tsv

Each line: label (1 = a question the shop should answer, 0 = not), on_air (1 when a product is
on screen), text. Every template and vocabulary list is split by position: every fourth entry
goes to the held-out set only, so the held-out lines use wordings and products the dev set never
shows. Shaped after real Twitch / YouTube / Bilibili chat: emote walls, caps hype, chants and
number spam (1, 扣1, 666), questions to the streamer, other bots' commands, link requests and
the short asks of Chinese shopping streams (多少钱, 包邮吗, 上链接).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from bot.answers.understand.features import DEICTIC

HERE = Path(__file__).resolve().parent / "data"

PRODUCTS_EN = [
    "beef", "tv", "air fryer", "eggs", "rice cooker", "jeans", "v-neck", "jerky", "vacuum",
    "yogurt", "duvet", "rain jacket", "sneakers", "mixed nuts", "apples", "seaweed",
    "purifier", "sweater", "corn", "milk tea", "beanie", "rice", "mango", "hoodie", "blender",
    "kettle", "face cream", "lipstick", "phone case", "headphones", "backpack", "dress",
]
PRODUCTS_ZH = [
    "牛肉", "电视", "空气炸锅", "鸡蛋", "电饭煲", "牛仔裤", "T恤", "牛肉干", "扫地机", "酸奶",
    "被子", "雨衣", "帆布鞋", "坚果", "苹果", "海苔", "净水器", "毛衣", "玉米", "奶茶粉",
    "帽子", "大米", "芒果干", "卫衣", "面膜", "口红", "耳机", "书包", "连衣裙", "瓜子",
]
ASPECTS_EN = [
    "waterproof", "dishwasher safe", "machine washable", "spicy", "gluten free", "organic",
    "made in china", "good for kids", "halal", "vegan", "true to size", "noisy", "heavy",
    "easy to clean", "microwave safe", "refurbished",
]
SPECS_EN = ["how many watts is", "what size is", "how heavy is", "what colours does", "how big is",
            "what material is", "what's the warranty on", "how long does", "what's in",
            "how many pieces in", "what sizes does", "how thick is"]

# --- positives: questions for the shop -----------------------------------------------------
POS_EN = [
    "how much is the {p}?", "how much is the {p}", "price of the {p}?", "what's the price on the {p}",
    "how much for the {p} tonight", "is the {p} still in stock?", "any {p} left?",
    "do you ship the {p} to {city}?", "how long does shipping take", "is shipping free?",
    "can I return the {p} if it doesn't fit?", "what's your return policy", "can i pay with paypal?",
    "is the {p} {a}?", "{s} the {p}?", "which is cheaper, the {p} or the {p2}?",
    "what deals are on right now?", "any discount codes?", "where do i get that {p}",
    "how do i buy the {p}", "link for the {p}?", "does the {p} come in black?",
    "does the {p} come in large?", "how do i use the {p}", "is the {p} on sale",
    "when does the {p} deal end", "what's the difference between the {p} and the {p2}",
    "how many {p} can i buy", "do u have the {p} in xl", "hw much is the {p}",
    "how much r the {p}", "is there a coupon for the {p}", "whats the cheapest thing tonight",
    "can i still get the {p}", "do you deliver to {city}", "how fast is delivery",
    "does the {p} have a warranty", "is it cheaper than last week?", "what's on sale tonight?",
    "can you drop the link?", "where's the link", "how do i order", "is the {p} sold out?",
    "what do you recommend tonight?", "what's good tonight?", "which one should i buy?",
    "what's the best deal tonight", "what are you selling next?",
]
POS_SHORT_EN = ["how much?", "link?", "price?", "in stock?", "link pls", "price pls", "how much??",
                "size?", "shipping?", "how to buy?", "link plz", "cost?", "how much lol",
                "still available?", "sold out?", "any left?", "where to buy", "link???"]
POS_ZH = [
    "{z}多少钱", "{z}多少钱？", "{z}怎么卖", "{z}还有货吗", "{z}还有吗", "{z}包邮吗",
    "{z}发什么快递", "{z}能退吗", "{z}有优惠吗", "{z}几号链接", "{z}有黑色吗", "{z}怎么用",
    "{z}和{z2}哪个便宜", "{z}能寄到{cityz}吗", "{z}保质期多久", "{z}是哪里产的", "{z}辣不辣",
    "{z}甜不甜", "{z}有没有大码", "{z}会不会缩水", "{z}一斤多少钱", "{z}能用花呗吗",
    "{z}哪里买", "{z}链接在哪", "现在有什么优惠", "还有什么优惠", "几天能到", "发货快吗",
    "可以用支付宝吗", "怎么下单", "这设备哪里买", "{z}是正品吗", "{z}有赠品吗", "{z}买一送一吗",
    "{z}功率多大", "{z}多重", "{z}能水洗吗", "{z}送到{cityz}几天", "{z}现在什么价",
    "今晚有什么好东西", "有什么推荐的", "今天有什么划算的", "下一个卖什么", "哪个最划算",
]
POS_SHORT_ZH = ["多少钱", "多少钱？", "包邮吗", "有货吗", "上链接", "链接呢", "怎么买", "还有吗",
                "多少钱啊", "包邮不", "几号链接", "有链接吗", "求链接", "怎么拍", "能便宜点吗",
                "啥价格", "价格多少", "发货吗", "上链接上链接", "链接！", "有优惠券吗", "几天到"]
DEICTIC_EN = ["how much is it?", "how much is this", "is this one in stock", "is it waterproof?",
              "does it come in blue?", "how much is that one", "is this machine washable?",
              "what size is it", "how heavy is this thing", "how much for this one?",
              "is it on sale", "what's that one", "how big is it?", "is this spicy?"]
DEICTIC_ZH = ["这个多少钱", "这个多少钱？", "这款有黑色吗", "这个还有吗", "这个辣吗", "它多重",
              "这款多大", "这个怎么用", "这个是什么牌子", "这个有优惠吗", "那个多少钱", "这个几号链接",
              "这个好用吗"]
# Deictic, but about the shop's policies: a question whether or not anything is on air.
DEICTIC_SHOP = ["does it ship to {city}?", "can i return it?", "does this ship to {city}?",
                "can I get a refund if it breaks?", "这个包邮吗", "这个能退吗", "这个保修吗",
                "what if it arrives broken?", "does it have a warranty?", "它能寄到{cityz}吗",
                "can i exchange it for another size?", "这个几天到"]
ADDRESSED = ["{host}, what's good tonight", "{hostz}，今晚有什么好东西", "{host} what do you recommend?",
             "{hostz}推荐一下", "{host} anything good on sale", "{hostz}今天卖什么", "{host} what's next?",
             "{hostz}下一个是什么", "@host what should i get", "{host}, which one is best",
             "@host how much is the {p}", "{host} how much is the {p}?", "{host}, is the {p} {a}?",
             "{hostz}{z}多少钱", "{hostz}，{z}包邮吗", "@host link?", "{host} where's the link"]

# --- negatives -----------------------------------------------------------------------------
ADDRESSED_NEG = ["@host hi", "{host} you're the best", "{hostz}好！", "{hostz}辛苦了", "{host} W",
                 "@host love you", "{hostz}加油", "hi {host}!", "{host} is so funny lol",
                 "{hostz}今天好帅", "@host 666", "{host} what's up", "{hostz}晚上好", "{host} gn"]
EMOTES = ["PogChamp", "KEKW", "LUL", "Kappa", "OMEGALUL", "monkaS", "PepeHands", "Pog", "LULW",
          "pepeLaugh", "Sadge", "catJAM", "EZ", "5Head", "FeelsGoodMan", "PauseChamp", "widepeepoHappy",
          "[doge]", "[笑哭]", "[打call]", "[妙啊]", "[吃瓜]", "😂", "🔥", "❤️", "👍", "🤣", "💯", "🙏"]
HYPE = ["LETS GOOOO", "W STREAM", "HYPE", "LFG", "GG", "W", "L", "POG", "SHEEEESH", "BIG W",
        "no way", "lets gooo", "clutch", "insane", "W CHAT", "YOOOO", "OMG OMG", "GOAT"]
CHANTS = ["1", "11", "111111", "1111111111", "扣1", "扣11", "666", "6666666", "2333", "23333",
          "哈哈哈哈", "哈哈哈哈哈哈哈", "冲冲冲", "来了来了", "+1", "1+", "8888", "awsl", "yyds",
          "gg", "?", "???", "！！！", "。。。", "草", "xswl", "nb", "牛", "绝了", "好家伙", "前排",
          "打卡", "签到", "来了", "ooo", "F", "o7", "2", "3", "0"]
GREETINGS = ["hi from {city}", "hello everyone", "first time here", "hey chat", "good evening",
             "主播好", "老板好", "大家好", "晚上好", "hi", "yo", "what's up chat", "back again lol",
             "来自{cityz}的观众报道", "我来了", "早上好", "good morning from {city}"]
STREAMER_Q = ["how old are you?", "is he 12?", "are we the brain broken ones?", "what game is next?",
              "are you from {city}?", "what's your name?", "did you eat yet?", "when is the next stream?",
              "who won last night?", "what song is this?", "can you say hi to my mom?",
              "are you married?", "why is chat so fast?", "what happened to the other host?",
              "is that your cat?", "do you speak english?", "how tall are you?", "where is your dog?",
              "主播几岁了", "主播是哪里人", "是真人吗", "主播结婚了吗", "这是什么歌", "主播吃饭了吗",
              "主播怎么不说话", "今天几点下播", "主播是不是换发型了", "弹幕怎么这么快", "谁赢了",
              "why is he yelling?", "what time is it there?", "anyone else lagging?",
              "is the stream lagging?",
              "can you hear me?", "is this live?", "what does KEKW mean?", "who is that guy?",
              "did he just say that?", "what is this chat lmao", "what??", "why tho", "are you ok?",
              "what time is it in {city}?", "anyone else watching from {city}?",
              "who else is from {city}?", "is it raining in {city}?", "what's the weather like there?",
              "how was your day?", "did you see the game?", "what are you drinking?",
              "卡了吗", "是我卡了吗", "为什么不开麦", "主播累不累", "你们是哪里人", "谁懂啊"]
BOT_CMDS = ["!points", "!uptime", "!discord", "!followage", "!so @{user}", "!gamble 100", "!watchtime",
            "!socials", "!song", "!sr never gonna give you up", "!lurk", "!hug @{user}", "!dice",
            "/me waves", "!bet red 500", "!schedule", "!prime", "!specs", "!rank", "!title",
            "!joinraffle", "!slots 50", "!8ball will i win"]
CHATTER = ["the {p} looks great", "so cheap wow", "i bought the {p} last time, love it", "我买过{z} 好吃",
           "{z}真不错", "already ordered lol", "just bought 2", "已拍", "拍了拍了", "下单了", "已付款",
           "my {p} arrived yesterday", "this is better than tv", "lol", "nice", "ok", "true",
           "that's some beef lol", "no beef bro", "he's cooking", "chat is wild today", "love this show",
           "waiting for the {p}", "刚下单", "买了三份", "我妈也在看", "太便宜了吧", "便宜", "好便宜",
           "小电视", "送你一个小电视", "小电视飞船走一波", "礼物刷起来", "辣条", "上舰了", "投币",
           "12", "i'm 12", "brb", "gn chat", "this price is crazy", "cheap!!!", "价格好低", "冲了",
           "i need that {p}", "my wallet is crying", "钱包空了", "{z}我家里有", "who else bought the {p}",
           "clip it", "the {p} is mid", "{z}太香了", "{p} gang", "aurora borealis lol", "jeans day"]
CITIES = ["Chengdu", "Shanghai", "Brazil", "Texas", "Berlin", "Toronto", "Manila", "Beijing",
          "Osaka", "London", "Lagos", "Sydney"]
CITIES_ZH = ["成都", "上海", "北京", "广州", "新疆", "深圳", "杭州", "东北", "西藏", "重庆"]
USERS = ["nightbot", "streamlabs", "coolguy99", "xX_gamer_Xx", "anna", "小明"]


def _split(items: list[str], heldout: bool) -> list[str]:
    return [x for i, x in enumerate(items) if (i % 4 == 3) == heldout]


def _noise(rnd: random.Random, text: str) -> str:
    """How real chat mangles a line: case, lost punctuation, an emote or two, stretched letters."""
    r = rnd.random()
    if r < 0.15:
        text = text.upper()
    elif r < 0.45:
        text = text.lower().rstrip("?？")
    if rnd.random() < 0.2:
        text = f"{text} {rnd.choice(EMOTES)}"
    if rnd.random() < 0.07:
        text = f"{rnd.choice(EMOTES)} {text}"
    if rnd.random() < 0.05:
        text = text.replace("?", "??")
    return text


def generate(n: int, seed: int, heldout: bool) -> list[tuple[int, int, str]]:
    """`n` lines (label, on_air, text): about 30% shop questions, as in a busy shopping stream."""
    rnd = random.Random(seed)
    S = {name: _split(list(pool), heldout) for name, pool in {
        "pos_en": POS_EN, "pos_short_en": POS_SHORT_EN, "pos_zh": POS_ZH,
        "pos_short_zh": POS_SHORT_ZH, "deictic_en": DEICTIC_EN, "deictic_zh": DEICTIC_ZH,
        "deictic_shop": DEICTIC_SHOP,
        "addressed": ADDRESSED, "addressed_neg": ADDRESSED_NEG, "emotes": EMOTES, "hype": HYPE,
        "chants": CHANTS,
        "greetings": GREETINGS, "streamer_q": STREAMER_Q, "bot_cmds": BOT_CMDS, "chatter": CHATTER,
        "p": PRODUCTS_EN, "z": PRODUCTS_ZH, "a": ASPECTS_EN, "s": SPECS_EN, "city": CITIES,
        "cityz": CITIES_ZH, "user": USERS}.items()}

    def fill(t: str) -> str:
        p, p2 = rnd.sample(S["p"], 2)
        z, z2 = rnd.sample(S["z"], 2)
        return t.format(p=p, p2=p2, z=z, z2=z2, a=rnd.choice(S["a"]), s=rnd.choice(S["s"]),
                        city=rnd.choice(S["city"]), cityz=rnd.choice(S["cityz"]),
                        user=rnd.choice(S["user"]), host=rnd.choice(["Lao Zhang", "laozhang"]),
                        hostz=rnd.choice(["老张", "张总"]))

    kinds: list[tuple[int, int, Callable[[], str]]] = [  # (weight, label, maker)
        (12, 1, lambda: fill(rnd.choice(S["pos_en"]))),
        (5, 1, lambda: rnd.choice(S["pos_short_en"])),
        (12, 1, lambda: fill(rnd.choice(S["pos_zh"]))),
        (6, 1, lambda: rnd.choice(S["pos_short_zh"])),
        (3, 1, lambda: fill(rnd.choice(S["addressed"]))),
        (3, 1, lambda: fill(rnd.choice(S["deictic_shop"]))),
        (8, 0, lambda: " ".join(rnd.choice(S["emotes"]) for _ in range(rnd.randint(1, 12)))),
        (6, 0, lambda: rnd.choice(S["hype"]) + rnd.choice(["", "!!!", " " + rnd.choice(S["emotes"])])),
        (12, 0, lambda: rnd.choice(S["chants"])),
        (5, 0, lambda: fill(rnd.choice(S["greetings"]))),
        (3, 0, lambda: fill(rnd.choice(S["addressed_neg"]))),
        (10, 0, lambda: fill(rnd.choice(S["streamer_q"]))),
        (5, 0, lambda: fill(rnd.choice(S["bot_cmds"]))),
        (14, 0, lambda: fill(rnd.choice(S["chatter"]))),
    ]
    weights = [k[0] for k in kinds]
    out: list[tuple[int, int, str]] = []
    while len(out) < n:
        r = rnd.random()
        if r < 0.08:  # a deictic ask: a shop question only while something is on air
            on_air = int(rnd.random() < 0.8)
            pool = S["deictic_en"] if rnd.random() < 0.5 else S["deictic_zh"]
            out.append((on_air, on_air, _noise(rnd, fill(rnd.choice(pool)))))
            continue
        _, label, make = rnd.choices(kinds, weights)[0]
        text = make()
        if label == 1 or rnd.random() < 0.5:
            text = _noise(rnd, text)
        out.append((label, int(rnd.random() < 0.7), text))
    return out


# --- dev-only broadening (second round): short English asks, variants by colour and size,
# comparisons in other words, numbers in the question, typos of the asking words, and the
# streamer-directed "how much / how many" that are not for the shop. Appended to the dev corpus
# only (the held-out file is generated exactly as before).
SHOP_WORDS_EN = ["size", "sizes", "colour", "colours", "color", "colors", "cost", "price", "shipping",
                 "delivery", "warranty", "refund", "returns", "stock", "link", "cart", "coupon",
                 "discount", "promo", "weight", "material", "capacity", "wattage", "dimensions",
                 "ingredients", "expiry", "paypal", "postage", "fit", "guarantee"]
WORD_ASKS = ["{w}?", "{w}??", "{w} pls", "{w} plz", "{w} info?", "what {w}", "whats the {w}",
             "any {w}?", "{w} on the {p}?", "{p} {w}?", "{w} for the {p}?", "{w} of this?",
             "what's the {w} like", "{w} details pls"]
COLOURS = ["white", "black", "red", "blue", "green", "grey", "pink", "navy", "beige"]
SIZES_ = ["S", "M", "L", "XL", "XXL", "small", "medium", "large", "32", "34", "9", "10", "38"]
VARIANT_ASKS = ["the {c} one in {sz}?", "{c} {p} in {sz}?", "do u have {c} in {sz}", "{sz} available?",
                "is there a {sz}", "the {c} one?", "is the {c} one in stock", "{c} one how much",
                "how much is the {c} one", "any {c} left in {sz}", "{sz} in {c}?", "got it in {c}?",
                "the {c} {p}, still got {sz}?"]
COMPARE_ASKS = ["compare the {p} and {p2} price", "{p} vs {p2}", "{p} vs {p2} which is cheaper",
                "{p} or {p2} cheaper?", "price diff between {p} and {p2}?",
                "is the {p} more expensive than the {p2}", "{p} and {p2} how much each",
                "how much are the {p} and the {p2}"]
NUMBER_ASKS = ["is the {n}{u} one {m}{u2}?", "is the {p} {n}{u}?", "{n} for {m}?", "is it {n} for {m}",
               "buy {n} get 1?", "{n} for ${m} on the {p}?", "is the {p} really {n}{u}",
               "how much for {n} of them", "how much for {n}", "price for {n}?"]
UNITS = ["L", "W", "kg", "g", " inch", "ml", "mAh"]
TYPO_ASKS = ["hw much", "how mch", "hiw much is it", "howmuch", "how muc is the {p}", "wat price",
             "wats the price", "prise?", "pric?", "hm is it", "price plz", "hw much {p}",
             "how mcuh is the {p}", "whats teh price", "hwo much", "is it in stok", "shiping?",
             "delivry time?", "linkk", "lnk?"]
TOPIC_ASKS = ["how fast is {t}", "how long for {t}", "how long till {t}", "when is {t}",
              "{t} how long?", "how quick is {t}", "{t} time?", "is {t} free"]
TOPICS = ["delivery", "shipping", "dispatch", "postage", "the delivery", "shipping to the uk"]
ASPECT_YESNO = ["is it {a}", "is this {a}?", "r they {a}", "is it {a} or not", "{a}?", "is the {p} {a}"]
ZH_ASKS = ["几块钱", "什么价位", "多少钱一{unit}", "{z}多少钱一{unit}", "一{unit}多少钱", "在哪{buy}",
           "哪里{buy}", "有没有{coupon}", "{col}的还有吗", "有{sz}码吗", "{z}{sz}码有吗",
           "{z}和{z2}哪个{cheap}", "尺码准吗", "会褪色吗", "{z}是{zasp}的吗", "{z}{zasp}吗",
           "这个是{zasp}的吗", "{col}的{sz}码还有吗", "{z}几天能到", "发什么快递呀", "运费多少钱",
           "能不能便宜点", "{z}有现货吗", "{z}比{z2}贵吗", "两个多少钱", "买两件有优惠吗",
           "价格多少呀", "这个价格多少", "多钱一个", "咋买", "咋下单", "这个咋卖"]
ZH_FILL = {"unit": ["斤", "包", "个", "件", "盒", "箱", "袋", "公斤"], "buy": ["买", "下单", "拍", "购买"],
           "coupon": ["优惠券", "券", "满减", "折扣"], "col": ["白色", "黑色", "红色", "蓝色", "灰色"],
           "sz": ["S", "M", "L", "XL", "大", "小", "均"], "cheap": ["便宜", "划算", "贵", "好"],
           "zasp": ["清真", "防水", "国产", "进口", "有机", "纯棉", "无糖", "正品", "手洗"]}
MIXED_ASKS = ["{p}多少钱", "这个{p}多少钱", "how much {z}", "{z} price?", "{z} in stock?",
              "{p}还有吗", "{p}包邮吗", "{z} how much", "link {z}", "{p}有优惠吗"]
NEG_EXTRA = ["how much did you pay for your {thing}", "how much money do you make",
             "how much money do you make streaming", "how many {fol} do you have",
             "how many people are watching", "how many viewers is that", "how old is your {pet}",
             "what {game} are you playing later", "are you gonna play {game}", "what's your {thing}",
             "did anyone else buy the {p}? love it", "bought the {p} {when}, {op}",
             "my {p} came {when}, {op}", "what {thing} do you use", "how much sleep did you get",
             "how long have you been streaming", "how tall is your {pet}", "how many kids do you have",
             "主播{thing_zh}多少钱买的", "主播用什么{thing_zh}", "主播多高", "主播几点睡",
             "你{thing_zh}哪买的", "主播的{thing_zh}好看", "is this real", "are u real", "omg the price",
             "cheap af", "W {p}", "{p} {p} {p}", "{p} W", "the {p} is so {op}", "{c} is my fav colour",
             "i'm a size {sz} lol", "i wear {sz}", "my size is always sold out lol", "size matters lol",
             "what a steal", "price went up??? jk", "no way it's that cheap", "i got 2 for 50 last week",
             "i paid 1500 for mine lol", "who needs a {n}{u} anything lol", "2 hours of stream already",
             "1 more", "2 min", "10/10", "5 stars", "the {p} looks so good", "need that {p} fr",
             "my mom would love the {p}", "the {c} one is cute", "{c} one looks better", "ok the {p} is huge",
             "wait the {p} is {m} lol", "the {p} again?", "we saw the {p} already", "skip the {p} pls",
             "{p} next!!", "show the {p} again", "i have the {p} at home", "{z}好香", "{z}我家有",
             "又是{z}", "下一个{z}", "{z}看着不错", "想要{col}的", "{col}的好看",
             "what's the giveaway code lol",
             "how much longer is the stream", "how many more items tonight", "is that a real plant",
             "how do i turn on notifications", "what's the wifi password lol",
             "how much time left in the raid",
             "how many times have you said that", "is the mic on?", "is the camera ok?",
             "主播还播多久", "还有几个商品啊", "链接我已经买了", "我拍到了链接", "刚才的链接抢到了",
             "price was better last time tbh", "shipping took 2 weeks last time lol",
             "returns are a pain lol",
             "i never return stuff", "delivery guy is here brb", "my size is never in stock lol"]
NEG_FILL = {"thing": ["mic", "camera", "chair", "setup", "pc", "headset", "keyboard", "lights",
                      "shirt", "glasses"],
            "fol": ["followers", "subs", "viewers", "mods"], "pet": ["cat", "dog", "son"],
            "game": ["valorant", "minecraft", "fortnite", "elden ring", "lol"],
            "when": ["last week", "yesterday", "last month", "today"],
            "op": ["love it", "amazing", "so good", "mid tbh", "works great", "comfy"],
            "thing_zh": ["麦克风", "相机", "椅子", "衣服", "耳机", "眼镜", "口红", "电脑"]}


def broaden(n: int, seed: int) -> list[tuple[int, int, str]]:
    """`n` extra dev lines of the kinds above (about half shop asks), noised like the rest."""
    rnd = random.Random(seed)
    p_en, p_zh = _split(PRODUCTS_EN, False), _split(PRODUCTS_ZH, False)

    def fill(t: str) -> str:
        p, p2 = rnd.sample(p_en, 2)
        z, z2 = rnd.sample(p_zh, 2)
        pick = {k: rnd.choice(v) for k, v in {**ZH_FILL, **NEG_FILL}.items()}
        return t.format(p=p, p2=p2, z=z, z2=z2, w=rnd.choice(SHOP_WORDS_EN), c=rnd.choice(COLOURS),
                        sz=rnd.choice(SIZES_), n=rnd.randint(1, 12) * rnd.choice([1, 5, 100]),
                        m=rnd.choice([10, 20, 50, 99, 100, 1200, 1500]), u=rnd.choice(UNITS),
                        u2=rnd.choice(UNITS), t=rnd.choice(TOPICS),
                        a=rnd.choice(_split(ASPECTS_EN, False)), **{
                            k: v for k, v in pick.items() if k != "sz"})

    pools = [(1, WORD_ASKS, 5), (1, VARIANT_ASKS, 4), (1, COMPARE_ASKS, 3), (1, NUMBER_ASKS, 3),
             (1, TYPO_ASKS, 3), (1, TOPIC_ASKS, 2), (1, ASPECT_YESNO, 3), (1, ZH_ASKS, 6),
             (1, MIXED_ASKS, 2), (0, NEG_EXTRA, 30)]
    out: list[tuple[int, int, str]] = []
    while len(out) < n:
        label, pool, _ = rnd.choices(pools, [w for *_, w in pools])[0]
        text = fill(rnd.choice(pool))
        if "{sz}" in text:
            text = text.replace("{sz}", rnd.choice(ZH_FILL["sz"]))
        on_air = int(rnd.random() < 0.7)
        if label and DEICTIC.search(text.lower()):  # "is it halal": a shop ask only with one on air
            label = on_air
        out.append((label, on_air, _noise(rnd, text)))
    return out


# --- dev-only broadening (third round): asks about one aspect in few words (the aspect word
# carries the line, not a template), Chinese asks ending in a particle, how-to-buy asks, and
# negatives that share those words (a streamer's "how much", a viewer's "bought the X").
ASPECT_WORDS_EN = ["shelf life", "flavour", "ingredients", "weight", "warranty", "battery",
                   "capacity", "material", "fabric", "sizes", "colours", "wattage", "dimensions",
                   "expiry", "fit", "origin", "care instructions", "sugar", "protein", "calories"]
ASPECT_ASKS_EN = ["{p} {w}?", "{w} on the {p}", "{p} {w} pls", "whats the {p} {w}",
                  "what about {w}", "and the {w}?", "{w}??", "does the {p} {v}",
                  "can the {p} {v}", "will the {p} {v}", "is the {p} ok for {who}",
                  "how {adj} is the {p}", "how {adj} is it", "{p} how {adj}", "is it {adj2}",
                  "can i get the {p} by {day}", "when does the {p} arrive", "the {p} come with {acc}?",
                  "where do i buy the {p}", "how do i get the {p}", "i want the {p} how do i order",
                  "where to buy", "how to order?", "buy link?", "cart?", "checkout link pls"]
ASPECT_FILL_EN = {"v": ["shrink", "fade", "fit a family", "go in the dishwasher", "need batteries",
                        "come with a warranty", "work on carpet", "keep long", "stain"],
                  "who": ["kids", "babies", "dogs", "pregnant women", "diabetics", "vegans"],
                  "adj": ["big", "heavy", "spicy", "sweet", "loud", "warm", "thick", "long"],
                  "adj2": ["salty", "soft", "itchy", "stretchy", "fragile", "sweetened"],
                  "day": ["friday", "the weekend", "tomorrow", "next week"],
                  "acc": ["a remote", "a bag", "a box", "spare filters", "a manual"]}
ASPECT_ASKS_ZH = ["{z}{zw}多少", "{z}{zw}呢", "{z}{zw}是多少", "{zw}多少", "{zw}呢", "{zw}怎么样",
                  "{z}{zq}", "{zq}", "这个{zq}", "{z}啥时候发货", "啥时候到", "{z}怎么买",
                  "{z}哪里拍", "去哪拍", "{z}几个一{unit}", "几个一{unit}", "一{unit}几个"]
ASPECT_FILL_ZH = {"zw": ["保质期", "口味", "配料", "重量", "功率", "容量", "尺寸", "面料", "续航",
                         "产地", "尺码", "颜色", "热量"],
                  "zq": ["能水洗吗", "会掉色吗", "要冷藏吗", "能生吃吗", "甜不甜", "辣不辣", "偏大吗",
                         "偏小吗", "起球吗", "要插电吗", "有异味吗", "容易坏吗", "耐用吗",
                         "小孩能用吗", "送人合适吗", "有赠品吗", "带盒子吗"]}
NEG_ROUND3 = ["how much do you {lift}", "how big is your {pet}", "how heavy is your {pet}",
              "how long is the stream", "how long have you been live", "what flavour is your drink",
              "what colour is your hair", "is that your real hair", "what size shoes do u wear lol",
              "is it {adj} in {city}", "it's so {adj} today", "this is so {adj2}",
              "that's {adj2} lol", "it's {adj2}", "我买了{z}", "{z}我买过", "{z}真的好吃",
              "{z}我家里有", "这个我有", "这个我买过", "这个好看", "这个颜色好看", "这个真的好用",
              "i have the {p} and it's {adj2}", "bought the {p}, {adj2}", "the {p} is {adj2} lol",
              "my {p} is {adj2}", "got the {p}", "ordered the {p}", "{p} arrived today",
              "主播{zme}", "主播的{zthing}{zwho}", "主播{zthing}哪买的呀", "你的{zthing}好看",
              "it's beautiful", "it's gorgeous", "that's it", "this is it", "one more", "one sec",
              "same one", "this one is mine", "that one is nice", "these are cute",
              "they look nice", "them too", "我也要这个", "这个我要了", "那个好看",
              "is he {age}?", "is she {age}", "are we the {grp} ones?", "are we {grp}?",
              "is that {who2}?", "was that {who2}", "are you {grp}?", "did he just {verb}?",
              "is she {verb2}?", "is it over?", "are they {grp}", "is chat {grp}?",
              "!link", "!price", "!shop", "!store", "!cart", "!merch", "!deal", "!buy 2",
              "!order", "!discount", "!sale",
              "how old is {who3}?", "how tall is {who3}", "where is {who3} from?",
              "what is {who3} doing", "who is {who3}?", "is {who3} {verb2}?", "did {who3} {verb}?",
              "how long has {who3} been here", "what's {who3} eating", "why is {who3} {verb2}",
              "{zwho3}几岁了", "{zwho3}是谁", "{zwho3}去哪了", "{zwho3}多高", "{zwho3}怎么了"]
NEG_FILL3 = {"lift": ["bench", "squat", "weigh", "sleep"], "pet": ["dog", "cat", "fish", "baby"],
             "zme": ["今天好看", "瘦了", "几点下播", "吃了吗", "用的什么粉底", "多大了"],
             "zthing": ["衣服", "耳机", "口红", "项链", "手机", "杯子"],
             "zwho": ["好看", "真好看", "在哪买的", "什么牌子"],
             "age": ["12", "18", "30", "5", "like 40", "old", "new"],
             "grp": ["brain broken", "cooked", "cursed", "the chosen", "early", "late", "lost",
                     "the weird", "winning", "live"],
             "who2": ["his mom", "the other host", "a bot", "a mod", "the manager", "you"],
             "verb": ["say that", "leave", "fall", "win", "cry", "laugh"],
             "verb2": ["ok", "back", "married", "streaming tomorrow", "mad"],
             "who3": ["he", "she", "the guy", "your friend", "the cameraman", "chat", "the mod",
                      "your mom", "the other host", "that dude", "your cat"],
             "zwho3": ["他", "她", "旁边那个", "你朋友", "摄影师", "房管", "另一个主播", "那个男的"]}


def broaden3(n: int, seed: int) -> list[tuple[int, int, str]]:
    """`n` extra dev lines of the third round's kinds (about 45% shop asks), noised."""
    rnd = random.Random(seed)
    p_en, p_zh = _split(PRODUCTS_EN, False), _split(PRODUCTS_ZH, False)

    def fill(t: str) -> str:
        pick = {k: rnd.choice(v) for k, v in {**ASPECT_FILL_EN, **ASPECT_FILL_ZH, **NEG_FILL3,
                                               **ZH_FILL}.items()}
        return t.format(p=rnd.choice(p_en), z=rnd.choice(p_zh), w=rnd.choice(ASPECT_WORDS_EN),
                        city=rnd.choice(CITIES), **pick)

    pools = [(1, ASPECT_ASKS_EN, 9), (1, ASPECT_ASKS_ZH, 9), (0, NEG_ROUND3, 22)]
    out: list[tuple[int, int, str]] = []
    while len(out) < n:
        label, pool, _ = rnd.choices(pools, [w for *_, w in pools])[0]
        text = fill(rnd.choice(pool))
        on_air = int(rnd.random() < 0.7)
        bare = not any(w in text for w in p_en + p_zh)
        if label and (DEICTIC.search(text.lower()) or bare) and not any(
                w in text for w in ("buy", "order", "cart", "checkout", "拍", "买")):
            label = on_air  # "how big is it", "保质期呢": about the product on air
        out.append((label, on_air, _noise(rnd, text)))
    return out


def write(path: Path, rows: list[tuple[int, int, str]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, on_air, text in rows:
            f.write(f"{label}\t{on_air}\t{text.replace(chr(9), ' ')}\n")


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write(HERE / "chat_dev.tsv", generate(3000, seed=14, heldout=False) + broaden(1200, seed=15)
          + broaden3(1500, seed=16))
    write(HERE / "chat_heldout.tsv", generate(1200, seed=1414, heldout=True))


if __name__ == "__main__":
    main()
