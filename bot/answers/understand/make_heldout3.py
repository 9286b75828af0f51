"""Write the third held-out set (data/chat_heldout3.tsv, data/answers_heldout3.jsonl).

Written by hand, before the round of fixes it measures, with wordings and chat shapes that
neither the dev generators (make_chat.py, make_suite.py) nor make_heldout2.py use: Twitch /
YouTube / Bilibili-shaped lines (emote walls, caps hype, chants, danmaku stickers, other bots'
commands, streamer questions not for the shop) and short shop asks in both languages. A seeded
noise pass adds the spelling of real chat (caps, stretched letters, stickers, @mentions), so
the corpus has more than 1,000 lines. Never used for training or tuning: only its totals are
read. Run: python -m bot.answers.understand.make_heldout3
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case

HERE = Path(__file__).resolve().parent / "data"

# Shop asks that name what they are about (or a policy): a question the shop should answer
# whether or not a product is on air.
POS_NAMED_EN = [
    "yo whats the damage on the beef shank", "beef shank $$?", "how much for a pack of beef",
    "is the beef grassfed or nah", "where's the beef from", "beef frozen or fresh?",
    "how long do i braise the beef", "tv price rn?", "whats the aurora tv at",
    "is the 65 inch tv 4k", "tv refresh rate?", "does the tv have wifi 6", "how many hdmi on the tv",
    "how heavy is the telly", "can the tv go on the wall", "air fryer how many litres",
    "fryer capacity?", "crisppro fryer price?", "is the airfryer dishwasher safe",
    "what temp does the air fryer go to", "whats the eggs price tonight", "how many eggs u get",
    "eggs free range?", "do the hens get antibiotics", "what if my eggs break in the mail",
    "is the corn pre cooked", "how sweet is the corn", "corn gmo?", "how much is a 10 pack of corn",
    "yogurt got sugar in it?", "how much protein in the yogurt", "greek yogurt how much",
    "yoghurt shelf life?", "are the fuji apples waxed", "how many apples in a box",
    "apples how sweet", "apple box price", "jasmine rice real thai?", "rice how many kg",
    "how much water for the rice", "rice price??", "robot vac battery life?",
    "does the robovac mop too", "how loud is the roomba", "x7 price?", "vacuum suction?",
    "rice cooker can do porridge?", "rice cooker watts?", "zojo cooker how much",
    "how many ppl does the rice cooker feed", "water purifier install free?",
    "how often do i change the filter on the purifier", "purifier price pls",
    "duvet warm enough for winter?", "duvet sizes?", "what fill power is the duvet",
    "goose down duvet how much", "is the comforter 100% cotton",
    "jeans price?", "jeans stretchy?", "what waist sizes for jeans", "do jeans come in black",
    "inseam on the jeans?", "v neck price", "is the tee 100% cotton", "tee sizes up to xxl?",
    "the tee come in navy?", "merino sweater back in stock?", "sweater hand wash only?",
    "rain jacket waterproof rating?", "does the raincoat have a hood", "stormline jacket price",
    "raincoat come in orange?", "sneakers half sizes?", "canvas shoes price?",
    "what sizes for the sneakers", "beanie one size?", "beanie what colours", "hat price?",
    "jerky how spicy is it actually", "jerky shelf life?", "jerky ingredients?",
    "how much for the spicy jerky", "mixed nuts whats in it", "daily nuts price",
    "how long do the nuts last", "seaweed flavour?", "seaweed snack price",
    "is the dried mango sweetened", "mango from where", "mango price?",
    "sunflower seeds what flavour", "guazi price", "milk tea powder how many sachets",
    "how much water for the milk tea", "milk tea price?",
    "free shipping tho?", "shipping cost?", "how long does delivery take",
    "do u ship to xinjiang", "ship to hong kong?", "can i return if i dont like it",
    "return window?", "size exchange free?", "can i pay with klarna", "paypal accepted?",
    "alipay ok?", "do you do installments", "can i get an invoice", "warranty on the tv?",
    "any discounts today?", "what's on sale tonight", "any coupon codes?",
    "which is cheaper the jerky or the nuts", "eggs vs yogurt which costs less",
    "link??", "link pls", "where's the link", "how do i order", "where can i buy this stuff",
    "where do i get that jacket", "can someone drop the link", "how do i check out",
    "@host beef price?", "host how much is the duvet", "@host is shipping free",
    "wat r the apples", "how mutch is the tv", "prize of the air fryer?", "rice coocker price",
    "beenie price?", "how much is the jeans", "how much is the Aurora", "the v-neck in large?",
    "do u have the jacket in XL", "is the white tee in stock", "tv still in stock?",
    "any air fryers left?", "how many sweaters left", "jerky sold out?",
]
POS_NAMED_ZH = [
    "牛腱子多少钱", "牛肉是草饲的吗", "牛肉哪里产的", "牛肉怎么做好吃", "牛肉是冷冻的吗",
    "电视什么价", "极光电视多少钱", "电视是4K的吗", "电视刷新率多少", "电视能挂墙吗", "电视多重",
    "空气炸锅几升", "炸锅多少瓦", "空气炸锅能进洗碗机吗", "炸锅什么颜色", "鸡蛋一盒几个",
    "土鸡蛋多少钱", "鸡蛋碎了咋办", "鸡有没有打抗生素", "玉米甜不甜", "玉米是转基因吗",
    "玉米几根", "酸奶多少钱一箱", "酸奶有没有加糖", "酸奶蛋白质多少", "苹果打蜡了吗",
    "红富士多少钱", "苹果一箱几个", "苹果脆不脆", "香米是泰国的吗", "大米多少钱", "香米几公斤",
    "扫地机续航多久", "扫地机能拖地吗", "扫地机器人吸力多大", "电饭煲能煮粥吗", "电饭煲几升",
    "电饭煲多少钱", "净水器免费安装吗", "滤芯多久换", "净水器什么价", "羽绒被暖和吗", "被子多大",
    "鹅绒被多少钱", "被子什么面料", "牛仔裤多少钱", "牛仔裤有弹力吗", "牛仔裤有黑色吗",
    "牛仔裤腰围有哪些", "T恤多少钱", "T恤纯棉吗", "T恤有XXL吗", "短袖有藏青色吗", "毛衣补货吗",
    "毛衣能机洗吗", "毛衣什么料子", "雨衣防水多少", "冲锋衣有帽子吗", "雨衣多少钱",
    "帆布鞋有半码吗", "小白鞋多少钱", "鞋子有哪些码", "毛线帽什么颜色", "帽子均码吗",
    "牛肉干辣不辣", "牛肉干保质期多久", "牛肉干配料有啥", "每日坚果多少钱", "坚果里有什么",
    "坚果能放多久", "海苔什么味的", "海苔多少钱一箱", "芒果干加糖了吗", "芒果干哪产的",
    "芒果干多少钱", "瓜子什么口味", "焦糖瓜子多少钱", "奶茶粉一盒几条", "奶茶怎么冲",
    "奶茶粉多少钱", "包邮不", "运费多少", "几天能到", "发什么快递", "新疆发货吗", "能寄香港吗",
    "不喜欢能退吗", "退货运费谁出", "能换尺码吗", "可以用支付宝吗", "能分期吗", "能开票吗",
    "电视保修几年", "今晚有什么福利", "有优惠券吗", "有没有活动价", "牛肉干和坚果哪个便宜",
    "鸡蛋跟玉米哪个划算", "链接呢", "链接发一下", "怎么买啊", "在哪下单", "小黄车在哪",
    "主播牛肉多少钱", "主播包邮吗", "老板电视还有吗", "空气炸锅还有货吗", "毛衣卖完了？",
    "T恤还有L码吗", "牛肉干还剩多少", "瓜子有货没",
]
# Asks about whatever is on air (or bare): a shop question only while a product is on air.
POS_DEICTIC = [
    "how much?", "how much??", "price?", "$?", "cost?", "how much is that", "this one price?",
    "how much for this", "is this on sale", "is it in stock", "any left?", "sold out?",
    "what sizes does it come in", "does it come in black", "how big is it", "how heavy is that",
    "is that waterproof", "what's it made of", "how long does it last", "whats the shelf life",
    "does it ship free", "can i return this one", "is this one spicy", "what colour is it",
    "多少钱", "多少钱？", "多钱啊", "什么价", "几块钱", "这个多少", "这个怎么卖", "这款多少钱",
    "这个还有吗", "有货吗", "还有吗", "卖完了吗", "这个有优惠吗", "这个包邮吗", "这个能退吗",
    "这个多大", "这个几斤", "这个辣吗", "这个保质期多久", "这个什么颜色", "有黑色吗", "有大码吗",
    "这个是纯棉的吗", "这个能机洗吗", "上链接", "上链接！", "链接", "求链接", "link?",
]
NEG = [
    # emote walls and hype
    "KEKW", "OMEGALUL OMEGALUL", "PogU PogU PogU", "Kreygasm", "BibleThump", "PepeLaugh",
    "monkaW", "Sadge", "Copium", "COPIUM", "catJAM catJAM catJAM", "EZ Clap", "LULW",
    "widepeepoHappy", "peepoClap", "5Head", "POGGERS", "ResidentSleeper", "TriHard", "NotLikeThis",
    "HeyGuys", "VoHiYo", "<3 <3 <3", "GIGACHAD", "xdd", "ICANT", "Aware", "Clueless", "Stare",
    "🔥🔥🔥", "😭😭😭", "💀💀💀", "🤣🤣", "👀", "👏👏👏👏", "🙏🙏", "💯", "🎉🎉🎉", "🥵",
    "LETS GOOOOOOO", "WWWWWW", "W STREAM", "HUGE W", "massive L", "NO SHOT", "BRO WHAT",
    "AINTNOWAY", "YOOOOO", "CAUGHT IN 4K", "HES COOKING", "let him cook", "cooked", "we're so back",
    "it's so over", "peak", "goated", "W host", "host is him", "banger", "vibes", "big vibes",
    "[doge]", "[doge][doge][doge]", "[笑哭]", "[吃瓜]", "[妙啊]", "[打call]", "[tv_微笑]",
    "[热词系列_知识增加]", "awsl", "awsl awsl", "xswl", "yyds", "yyds!!!", "绝绝子", "破防了",
    "泪目", "好耶", "草", "草草草", "wwwwww", "哈哈哈哈哈哈", "哈哈哈哈哈哈哈哈哈", "笑死我了",
    "前方高能", "高能预警", "名场面", "下次一定", "来了老弟", "针不戳", "太顶了", "牛啊", "牛蛙",
    "爷青回", "蚌埠住了", "DNA动了", "好活", "好家伙好家伙", "？？？", "？", "。。。", "啊这",
    # chants and number spam
    "1", "11", "111111", "1111111111111", "扣1", "扣1扣1扣1", "扣2", "2", "666", "666666",
    "6666666666", "888", "8888", "999", "0", "+1", "+1+1", "哈", "冲", "冲冲冲冲", "来了",
    "扣个1", "刷一波666", "刷起来", "LFG", "F", "F F F", "o7", "gg", "GG WP", "ggez",
    # other bots and commands
    "!points", "!followage", "!uptime", "!socials", "!merch", "!prime", "!song",
    "!sr never gonna give you up",
    "!slots 500", "!duel @kev", "!8ball will i win", "!quote 42", "!addquote lol", "!lurk",
    "!raffle", "!join", "!bet red 100", "!hydrate", "!specs", "!settings", "!sens", "!rank",
    "/me vibes", "/shrug", "Nightbot: No links allowed!", "Moobot: Follow on twitter",
    "StreamElements: kev just followed!", "Fossabot: slow mode on", "Streamlabs: thanks for the tip",
    "kev gifted 10 subs!", "thanks for the bits", "100 bits", "cheer100", "just resubbed 12 months",
    "感谢老板的小电视", "谢谢XX送的辣条", "感谢舰长", "上舰了", "开通了舰长", "投喂了一个小心心",
    "关注主播不迷路", "点点关注", "点赞破万", "分享直播间", "已三连", "一键三连",
    # questions to the streamer, not for the shop
    "how old is the host", "how tall are you", "whats your rank", "is that ur dog", "what breed",
    "are you gonna play elden ring", "when u going live tomorrow", "did u sleep", "how was your day",
    "what city are you in", "where's the other host", "whats ur setup", "what keyboard is that",
    "what headset u got", "what's the song called", "spotify playlist?", "can u play my song",
    "what's the wifi password lol", "is this prerecorded", "is this a vtuber", "are u korean",
    "do you speak spanish", "can u read chat", "why is chat in slow mode", "can i get a shoutout",
    "can you say my name", "say hi to my sister", "when is the giveaway", "who won the giveaway",
    "how do i get points", "how much do you earn per stream", "how much was your mic",
    "how much is your rent", "how much did your car cost", "how much do you weigh lol",
    "how much sleep did u get", "how many subs do you have", "how many followers now",
    "is that a real plant", "what's behind you", "is your cat ok", "did you dye your hair",
    "主播几岁", "主播多高", "主播今天吃的啥", "主播是哪里人啊", "主播有对象吗", "主播用的什么麦",
    "主播的耳机多少钱", "背景音乐叫啥", "这歌叫什么名字", "几点下播",
    "明天还播吗", "主播玩原神吗", "弹幕怎么发不了", "为什么我被禁言了", "房管在吗", "怎么当房管",
    "抽奖什么时候开", "谁中奖了", "主播你好可爱", "主播好瘦", "主播瘦了", "主播声音好甜",
    # not-carried product chatter and off-topic, not a question for the shop
    "my iphone is dying", "just bought a ps5", "my laptop is so slow", "anyone play valorant",
    "nike shoes are better", "uniqlo has this for cheaper", "my mom makes better jerky",
    "i had beef for dinner lol", "the tv in my room is broken", "rice is life", "i need new jeans",
    "this jacket would look good on me", "the sweater looks itchy ngl", "that fryer is huge",
    "eggs for breakfast every day", "i hate mango", "seaweed is mid", "milk tea gang",
    "i ordered the nuts yesterday", "already got the duvet, its great", "ordered 3 lol",
    "bought!", "bought 2", "copped", "cart'd", "checked out", "just paid", "order placed",
    "已拍已拍", "拍了两单", "抢到了抢到了", "下单了", "已付款", "刚买了", "我买过，好吃",
    "上次买的很好用", "电视太大了我家放不下", "牛肉干好辣", "瓜子嗑不停", "奶茶好喝",
    "手机没电了", "我的电脑卡死了", "苹果手机真贵", "小米的也不错", "这个主播真能说",
    "这个直播间好热闹", "这个好", "这个牛", "这个可以", "this is fire", "this is so good",
    "it's cheap af", "that's a steal", "that's expensive lol", "too pricey for me",
    "i can't afford it", "broke rn", "payday tomorrow", "wallet crying", "take my money",
    "so cheap wtf", "price is insane", "cheaper than amazon", "我钱包空了", "穷哭了", "太贵了吧",
    "好便宜", "价格感人", "买不起", "月底了没钱", "等发工资",
    # greetings and filler
    "hi", "hii", "hello chat", "yo", "sup", "evening all", "gm", "gn everyone", "cya",
    "back", "brb", "lurking", "first", "early", "here from tiktok", "hi from manila",
    "hello from germany", "ok", "k", "lol ok", "yep", "nope", "idk", "true true", "facts",
    "fr", "real", "same", "mood", "lmao", "LMAO", "rofl", "haha", "hehe", "sus", "ayo",
    "大家好", "晚上好呀", "来了来了", "报到", "打卡打卡", "签到", "第一次来", "路过", "围观",
    "好的", "嗯嗯", "确实", "真的", "是的", "不是吧", "懂了", "学到了", "晚安", "拜拜",
]


def _noisy(rnd: random.Random, text: str) -> str:
    """One real-chat respelling of `text`: caps, stretched letters, a sticker, an @mention."""
    kind = rnd.randrange(6)
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text + " " + rnd.choice(["PogChamp", "KEKW", "🙏", "🔥", "[doge]", "👀", "LUL", "😭"])
    if kind == 2:
        return rnd.choice(["@host ", "@Hawker ", "yo ", "chat ", "ok ", "主播 "]) + text
    if kind == 3:
        return text.rstrip("?？!！") + rnd.choice(["???", "??", "？？", "!!", " pls", " 呀"])
    if kind == 4:
        return rnd.choice(["[吃瓜] ", "Kappa ", "😂 ", "hmm "]) + text
    return text.replace("o", "oo", 1) if "o" in text else text + "~"


def chat() -> list[tuple[int, int, str]]:
    """(label, on_air, text) rows, shuffled: each hand-written line once as written and once
    respelled."""
    rnd = random.Random(1414)
    rows: list[tuple[int, int, str]] = []
    for pool, label in ((POS_NAMED_EN, 1), (POS_NAMED_ZH, 1), (NEG, 0)):
        for t in pool:
            for text in (t, _noisy(rnd, t)):
                rows.append((label, int(rnd.random() < 0.6), text))
    for t in POS_DEICTIC:
        for text in (t, _noisy(rnd, t)):
            air = int(rnd.random() < 0.75)
            link = any(w in t for w in ("链接", "link", "包邮", "ship free", "return", "退"))
            rows.append((1 if link or air else 0, air, text))
    seen: set[str] = set()
    out = []
    for row in rows:
        if row[2] not in seen:
            seen.add(row[2])
            out.append(row)
    rnd.shuffle(out)
    return out


def answers() -> list[AnswerCase]:
    """The answer held-out: one row per question (see make_suite.py for the fields)."""
    S, A, N = "sample", "apparel", "snack"
    r = case
    return [
        # prices
        r(S, "yo whats the beef shank going for", "price", sku="BEEF-SHANK-1KG"),
        r(S, "price check on the aurora tv", "price", sku="TV-4K-65"),
        r(S, "how much is a box of the fuji apples", "price", sku="APPLE-FUJI-5KG"),
        r(S, "jasmine rice price tonight?", "price", sku="RICE-JASMINE-5KG"),
        r(S, "how much is the zojo", "price", sku="RICECOOKER-IH-4L"),
        r(S, "goose down duvet how much", "price", sku="DUVET-GOOSE-WINTER"),
        r(S, "sweet corn price?", "price", sku="CORN-SWEET-10"),
        r(S, "极光电视现在什么价", "price", sku="TV-4K-65"),
        r(S, "土鸡蛋一盒多少钱", "price", sku="EGG-FREERANGE-30"),
        r(S, "净水机多少钱", "price", sku="PURIFIER-RO-800"),
        r(S, "希腊酸奶怎么卖", "price", sku="YOGURT-GREEK-12"),
        r(S, "多少钱呀", "price", on_air="AIRFRYER-6L", sku="AIRFRYER-6L"),
        r(S, "how much for this one", "price", on_air="VACUUM-ROBOT-X7", sku="VACUUM-ROBOT-X7"),
        r(A, "slim jeans how much", "price", sku="JEANS-SLIM"),
        r(A, "v neck price?", "price", sku="TEE-VNECK"),
        r(A, "stormline jacket how much", "price", sku="JACKET-RAIN"),
        r(A, "小白鞋多少钱", "price", sku="SNEAKER-CANVAS"),
        r(A, "毛线帽怎么卖", "price", sku="BEANIE-WOOL"),
        r(A, "price?", "price", on_air="TEE-VNECK", sku="TEE-VNECK"),
        r(N, "how much for the spicy jerky", "price", sku="JERKY-SPICY-250"),
        r(N, "daily nuts price", "price", sku="NUTS-DAILY-30"),
        r(N, "guazi how much", "price", sku="SEEDS-SUNFLOWER-1KG"),
        r(N, "芒果干怎么卖", "price", sku="MANGO-DRIED-500"),
        r(N, "港式奶茶多少钱", "price", sku="MILKTEA-POWDER-20"),
        r(N, "这个多少钱", "price", on_air="SEAWEED-CRISPY-12", sku="SEAWEED-CRISPY-12"),
        # stock
        r(S, "any air fryers left?", "stock", sku="AIRFRYER-6L"),
        r(S, "tv still in stock?", "stock", sku="TV-4K-65"),
        r(S, "空气炸锅还有货吗", "stock", sku="AIRFRYER-6L"),
        r(A, "how many sweaters left", "stock", sku="SWEATER-MERINO"),
        r(A, "jacket still available?", "stock", sku="JACKET-RAIN"),
        r(A, "毛衣卖完了？", "stock", sku="SWEATER-MERINO"),
        r(N, "jerky sold out?", "stock", sku="JERKY-SPICY-250"),
        r(N, "瓜子有货没", "stock", sku="SEEDS-SUNFLOWER-1KG"),
        r(N, "还有吗", "stock", on_air="MANGO-DRIED-500", sku="MANGO-DRIED-500"),
        # facts (specs and FAQ answers)
        r(S, "where's the beef from", "fact", sku="BEEF-SHANK-1KG", fact="Xilingol"),
        r(S, "how long does the beef keep", "fact", sku="BEEF-SHANK-1KG", fact="12 months"),
        r(S, "tv refresh rate?", "fact", sku="TV-4K-65", fact="120 Hz"),
        r(S, "how heavy is the telly", "fact", sku="TV-4K-65", fact="18.5 kg"),
        r(S, "how many hdmi ports on the tv", "fact", sku="TV-4K-65", fact="3 × HDMI 2.1"),
        r(S, "air fryer how many litres", "fact", sku="AIRFRYER-6L", fact="6 litres"),
        r(S, "how many eggs u get", "fact", sku="EGG-FREERANGE-30", fact="30 eggs"),
        r(S, "yogurt protein?", "fact", sku="YOGURT-GREEK-12", fact="8.5 g per 100 g"),
        r(S, "robot vac battery life?", "fact", sku="VACUUM-ROBOT-X7", fact="180 minutes"),
        r(S, "rice cooker watts?", "fact", sku="RICECOOKER-IH-4L", fact="1200 W"),
        r(S, "what fill power is the duvet", "fact", sku="DUVET-GOOSE-WINTER", fact="800"),
        r(S, "电视刷新率多少", "fact", sku="TV-4K-65", fact="120 Hz"),
        r(S, "扫地机续航多久", "fact", sku="VACUUM-ROBOT-X7", fact="180分钟"),
        r(S, "电饭煲几升", "fact", sku="RICECOOKER-IH-4L", fact="4升"),
        r(S, "香米哪里产的", "fact", sku="RICE-JASMINE-5KG", fact="泰国素林府"),
        r(A, "what waist sizes for the jeans", "fact", sku="JEANS-SLIM", fact="28 to 38 inches"),
        r(A, "tee material?", "fact", sku="TEE-VNECK", fact="100% combed cotton"),
        r(A, "rain jacket waterproof rating?", "fact", sku="JACKET-RAIN", fact="10000 mm"),
        r(A, "what colours does the beanie come in", "fact", sku="BEANIE-WOOL",
          fact="black, mustard, grey, red"),
        r(A, "sneakers sizes?", "fact", sku="SNEAKER-CANVAS", fact="US 5 to 12"),
        r(A, "牛仔裤什么面料", "fact", sku="JEANS-SLIM", fact="98%棉"),
        r(A, "毛衣怎么洗", "fact", sku="SWEATER-MERINO", fact="冷水手洗"),
        r(A, "T恤有什么颜色", "fact", sku="TEE-VNECK", fact="白、黑、麻灰、藏青"),
        r(N, "jerky shelf life?", "fact", sku="JERKY-SPICY-250", fact="9 months"),
        r(N, "whats the seaweed flavour", "fact", sku="SEAWEED-CRISPY-12", fact="sea salt"),
        r(N, "where is the mango from", "fact", sku="MANGO-DRIED-500", fact="Cebu, Philippines"),
        r(N, "how much water for the milk tea", "fact", sku="MILKTEA-POWDER-20",
          fact="150 ml hot water per sachet"),
        r(N, "坚果能放多久", "fact", sku="NUTS-DAILY-30", fact="6个月"),
        r(N, "瓜子什么口味", "fact", sku="SEEDS-SUNFLOWER-1KG", fact="焦糖"),
        r(N, "牛肉干辣度如何", "fact", sku="JERKY-SPICY-250", fact="特辣"),
        # policies
        r(S, "how long does delivery take", "policy", policy="shipping-standard"),
        r(S, "包邮不", "policy", policy="shipping-standard"),
        r(S, "do u ship to tibet", "policy", policy="shipping-remote"),
        r(S, "能寄香港吗", "policy", policy="shipping-remote"),
        r(S, "warranty on the vacuum?", "policy", policy="warranty"),
        r(S, "电视保修几年", "fact", sku="TV-4K-65", fact="保修3年"),
        r(S, "can i get a fapiao", "policy", policy="invoice"),
        r(S, "能分期吗", "policy", policy="payment"),
        r(A, "free shipping tho?", "policy", policy="shipping"),
        r(A, "return window?", "policy", policy="returns"),
        r(A, "can i pay with klarna", "policy", policy="payment"),
        r(A, "能换尺码吗", "policy", policy="returns"),
        r(N, "shipping cost?", "policy", policy="shipping"),
        r(N, "发什么快递", "policy", policy="shipping"),
        r(N, "opened snacks returnable?", "policy", policy="returns"),
        r(N, "可以用微信付吗", "policy", policy="payment"),
        # deals and comparisons
        r(S, "any discounts today?", "deals"),
        r(S, "今晚有什么福利", "deals"),
        r(A, "what's on sale tonight", "deals"),
        r(N, "有没有活动价", "deals"),
        r(S, "tv or robot vacuum, which is cheaper", "compare",
          skus=["TV-4K-65", "VACUUM-ROBOT-X7"]),
        r(S, "苹果和玉米哪个便宜", "compare", skus=["APPLE-FUJI-5KG", "CORN-SWEET-10"]),
        r(A, "which costs less, the beanie or the tee", "compare", skus=["BEANIE-WOOL", "TEE-VNECK"]),
        r(N, "牛肉干和坚果哪个便宜", "compare", skus=["JERKY-SPICY-250", "NUTS-DAILY-30"]),
        # not carried
        r(S, "how much is the samsung tv", "abstain", why="not carried"),
        r(S, "do you have a microwave", "abstain", why="not carried"),
        r(S, "小米手机多少钱", "abstain", why="not carried"),
        r(S, "有卖洗衣机吗", "abstain", why="not carried"),
        r(S, "how much is the chicken breast", "abstain", why="not carried"),
        r(S, "iphone 16 price?", "abstain", why="not carried"),
        r(A, "how much are the yoga pants", "abstain", why="not carried"),
        r(A, "do you sell socks", "abstain", why="not carried"),
        r(A, "有羽绒服吗", "abstain", why="not carried"),
        r(A, "adidas hoodie price?", "abstain", why="not carried"),
        r(N, "how much are the potato chips", "abstain", why="not carried"),
        r(N, "有卖巧克力吗", "abstain", why="not carried"),
        r(N, "do you have oreos", "abstain", why="not carried"),
        r(N, "可乐多少钱", "abstain", why="not carried"),
        # aspects no fact states
        r(S, "is the tv good for gaming on ps5", "fact", sku="TV-4K-65", fact="VRR and ALLM"),
        r(S, "does the air fryer come with a recipe book", "abstain", sku="AIRFRYER-6L"),
        r(S, "is the beef halal", "abstain", sku="BEEF-SHANK-1KG"),
        r(S, "can the purifier remove fluoride", "abstain", sku="PURIFIER-RO-800"),
        r(S, "is the duvet machine washable", "fact", sku="DUVET-GOOSE-WINTER",
          fact="Dry cleaning is best"),
        r(S, "电视有护眼模式吗", "abstain", sku="TV-4K-65"),
        r(S, "鸡蛋是有机的吗", "abstain", sku="EGG-FREERANGE-30"),
        r(S, "扫地机能爬多高的坎", "abstain", sku="VACUUM-ROBOT-X7"),
        r(A, "are the jeans made in usa", "abstain", sku="JEANS-SLIM"),
        r(A, "is the beanie itchy", "fact", sku="BEANIE-WOOL", fact="nylon blend"),
        r(A, "do the sneakers run small", "fact", sku="SNEAKER-CANVAS",
          fact="half a size up"),
        r(A, "雨衣能机洗吗", "abstain", sku="JACKET-RAIN"),
        r(N, "is the jerky gluten free", "abstain", sku="JERKY-SPICY-250"),
        r(N, "are the nuts organic", "abstain", sku="NUTS-DAILY-30"),
        r(N, "孕妇能吃芒果干吗", "abstain", sku="MANGO-DRIED-500"),
        r(N, "奶茶粉有咖啡因吗", "abstain", sku="MILKTEA-POWDER-20"),
        r(N, "is it vegan", "abstain", on_air="JERKY-SPICY-250", sku="JERKY-SPICY-250"),
        r(A, "does it pill", "abstain", on_air="SWEATER-MERINO", sku="SWEATER-MERINO"),
    ]


def main() -> None:
    with (HERE / "chat_heldout3.tsv").open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in chat():
            f.write(f"{label}\t{air}\t{text.replace(chr(9), ' ')}\n")
    with (HERE / "answers_heldout3.jsonl").open("w", encoding="utf-8") as f:
        for row in answers():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
