"""Write the fifth held-out set (data/chat_heldout5.tsv, data/answers_heldout5.jsonl).

Written by hand in one session by a helper with no view of the fixes it measures, and never
read by the team: only its totals are reported. The chat is shaped like the chat of a shopping
stream on Twitch, YouTube, Bilibili, Douyin and TikTok Live: emote walls, caps hype, chants and
number spam, gifts and their thank-yous, other bots' commands and their output, questions to
the streamer that are not for the shop, jokes with product words, and shop asks in English and
Chinese, short and named, misspelled and partial. Label 1 is a question the shop bot should
answer; a deictic ask ("how much is this", "这个多少钱") is one only while a product is on air,
a shop-wide ask (shipping, coupons, payment, the link) always is.

The answer questions cover the three dev shops (make_suite.SHOPS) and a fifth, tea, coffee &
kitchen-appliance shop in EUR (tests/fixtures/shops/tea_*.yaml, in make_suite.HELDOUT_SHOPS)
that no other set uses; make_suite.py documents what each `expect` means. A line or question
whose normalised text (NFKC, casefold, letters and digits only) equals one in any other set
under data/ is dropped, so the set shares no line with them.

Run: python -m bot.answers.understand.make_heldout5
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout5.tsv"
ANSWERS = HERE / "answers_heldout5.jsonl"
CJK = re.compile(r"[\u4e00-\u9fff]")

# -- chat: shop asks that name what they are about (label 1 whether or not a product is on air)
ASK_NAMED_EN = [
    "yo whats the beef shank going for", "beef shank still 1kg per pack?",
    "is that beef frozen when it ships",
    "how long do i braise the shank for", "eggs 30 pack price??", "are those eggs free range for real",
    "r the hens on antibiotics", "corn pre cooked or raw", "how sweet is the corn", "sweetcorn price pls",
    "greek yoghurt how much protein", "yogurt got sugar in it?",
    "how long does the yogurt keep in the fridge",
    "fuji apples how many in a box", "apples waxed??", "what size r the apples", "jasmine rice still on?",
    "is the rice actually from thailand", "rice how many kg", "tv refresh rate?", "does the tv do 120hz",
    "how many hdmi ports on the aurora", "tv weight? need to wall mount it", "aurora tv warranty how long",
    "airfryer capacity?", "can i do a whole chicken in the air fryer", "air fryer basket dishwasher ok?",
    "robot vac suction power", "does the robovac mop too", "how loud is the robot", "robot vacuum runtime",
    "rice cooker how many ppl", "is the ricecooker IH", "water purifier need electricity?",
    "filter change how often on the purifier", "duvet fill power whats it", "can i machine wash the duvet",
    "what sizes does the duvet come in", "jeans waist sizes?", "do the slim jeans fade",
    "jeans run small or true?", "vneck come in navy?", "does the tee shrink much",
    "merino jumper restock when", "is the sweater itchy", "rain jacket fully waterproof?",
    "does the raincoat pack down", "canvas shoes half sizes?", "sneakers true to size or go up",
    "beanie colours?", "jerky spice level?", "how many little packs in the jerky",
    "daily nuts any salt", "seaweed snacks ok for toddlers", "dried mango from where",
    "mango sweetened?", "sunflower seeds what flavour", "milk tea powder cold water ok?",
    "how many sachets in the milk tea box", "matcha price?", "is the matcha sweetened",
    "how many bowls from one tin of matcha", "oolong 250g how much", "how many steeps for the tieguanyin",
    "does oolong have caffeine", "gooseneck kettle wattage?", "kettle keep warm how long",
    "kettle work in the uk?", "hand grinder fine enough for espresso?", "grinder burr size",
    "frother do oat milk?", "milk frother how many modes", "glass teapot on induction?",
    "teapot how many ml", "thermos keeps hot how long", "thermos in sand colour?",
    "drip bundle comes with beans?", "yirgacheffe roast date?", "coffee beans 1kg price",
    "bean to cup machine back in stock?", "coffee machine bar pressure", "honey raw or heated",
    "is the honey ok for my baby", "link for the kettle plz", "where do i order the matcha",
    "drop the air fryer link", "how do i buy the jeans", "which is cheaper frother or teapot",
    "nuts or jerky which costs less", "compare the eggs and the corn price", "any deals on the tv",
    "is the duvet discounted", "free shipping on the snacks?", "do you ship the beef to xinjiang",
    "can i return the jeans if they dont fit", "can i pay with paypal for the jacket",
    "how much is it per jin for the beef", "whats that per egg", "price per 100g on the oolong",
]
ASK_NAMED_ZH = [
    "牛腱子多少钱一斤", "牛肉是冷冻发货吗", "牛腱怎么卤好吃", "土鸡蛋多少钱", "鸡蛋一盒几个",
    "鸡蛋碎了包赔吗", "玉米是熟的吗宝", "甜玉米甜度多少", "酸奶多少钱一杯", "酸奶保质期几天",
    "希腊酸奶有糖吗", "红富士一箱几个", "苹果打蜡没", "烟台苹果多大个", "香米是新米吗",
    "泰国香米多少钱", "电视多少寸的", "电视刷新率多少", "电视包安装吗主播", "65寸电视能挂墙吗",
    "空气炸锅几升", "炸锅多少瓦", "空气炸锅能烤鸡吗", "扫地机能拖地吗", "扫地机器人续航多久",
    "扫地机吸力多大", "电饭煲几个人用", "电饭锅内胆安全吗", "净水器要插电吗", "净水器滤芯多久换",
    "鹅绒被多重", "羽绒被能水洗吗", "牛仔裤有几个码", "牛仔裤偏小吗", "T恤缩水吗",
    "V领有藏青色吗", "毛衣还有货吗", "毛衣扎不扎", "冲锋衣防水吗", "雨衣有帽子吗",
    "帆布鞋尺码准吗", "小白鞋多少钱", "毛线帽均码吗", "牛肉干辣吗", "牛肉干几小包",
    "每日坚果加盐了吗", "坚果多少钱一盒", "海苔小孩能吃吗", "芒果干甜不甜", "芒果干哪里产的",
    "瓜子什么口味", "瓜子颗粒大不大", "奶茶粉能冷泡吗", "奶茶一盒几条", "抹茶粉多少钱",
    "抹茶加糖了吗", "铁观音250克多少钱", "铁观音能泡几泡", "乌龙茶有咖啡因吗", "手冲壶多少瓦",
    "手冲壶能保温吗", "磨豆机能磨意式吗", "磨豆机几档", "奶泡机能打燕麦奶吗", "奶泡机几个模式",
    "玻璃茶壶能上电磁炉吗", "玻璃壶多大容量", "手冲套装有豆子吗", "耶加雪菲什么风味",
    "咖啡豆一公斤多少钱", "蜂蜜结晶了正常吗", "蜂蜜宝宝能吃吗", "蜂蜜多少钱一罐",
    "炸锅链接发一下", "上个牛肉干的链接", "鹅绒被怎么买", "坚果和牛肉干哪个便宜",
    "奶泡机和茶壶哪个便宜", "电视有优惠吗", "牛肉今天有活动吗", "零食满多少包邮",
    "牛肉能发新疆吗", "牛仔裤不合适能换码吗", "扫地机能分期吗", "苹果多少钱一斤",
    "鸡蛋一个多少钱", "铁观音一百克多少钱", "咖啡机还有吗", "磨豆机保修多久",
]
# Asks that name nothing: a shop question while a product is on air, chat otherwise.
ASK_DEICTIC = [
    "how much?", "how much is this", "price?", "pricee??", "how much for this one",
    "whats the price on this", "is this in stock", "any left?", "still got some?",
    "what colours does it come in", "does it come in other sizes", "how heavy is it", "is this one on sale",
    "restock?", "sold out already??", "多少钱", "这个多少钱", "多少米", "这个还有吗", "有货吗",
    "还有吗", "有几个颜色", "这个多重", "这款什么价", "现在什么价", "这个有大码吗", "这个能便宜点吗",
    "能便宜点吗", "这个质量怎么样", "这个保质期多久",
]
# Asks about the shop, not one product: label 1 with or without a product on air.
ASK_SHOP = [
    "link?", "link pls", "where's the link", "is shipping free", "do u ship to canada",
    "how long does delivery take", "whats the return policy", "can i pay with apple pay",
    "any coupon codes tonight?", "any discount code", "how do i order", "when does it ship",
    "上链接", "上链接上链接", "链接在哪", "包邮吗", "包邮不", "几号发货", "什么时候发货",
    "有优惠券吗", "有券吗", "怎么下单", "能用花呗吗", "支持七天无理由吗", "发什么快递",
    "怎么退货", "小黄车在哪", "能开发票吗", "今天有什么活动", "满减吗",
]

# -- chat: everything else
CHAT_EN = [
    "hi chat", "hiii from manila", "good evening everyone", "first time here hello", "back again lol",
    "what game are you playing after this", "are you streaming tomorrow", "how old are you",
    "what mic do you use", "what camera is that", "is that your cat in the back", "whats your cats name",
    "did you dye your hair", "where are you streaming from", "how long have you been streaming",
    "can you play some music", "turn the music down pls", "audio is kinda echoey", "your mic is peaking",
    "stream is lagging for me", "is it just me or is the video frozen", "1080p when",
    "can you say hi to my mom", "happy birthday to me lol", "can u do a giveaway",
    "when is the next giveaway",
    "did anyone win the last draw", "i never win anything", "chat is wild today", "mods asleep",
    "that's nuts", "spill the tea sis", "no cap that was hilarious", "she's cooking fr",
    "this stream is so cozy", "the beef between those two is crazy", "you're the apple of my eye lmao",
    "corny joke but ok", "that went over my head like a duvet", "i'm toast", "absolute legend",
    "cant afford anything rn lol", "payday is friday then ill buy", "i already bought 2 last week",
    "mine arrived yesterday, love it", "my order came super fast", "the jeans i got fit perfectly",
    "my mum loves the air fryer", "the kettle looks so sleek", "that tv is massive",
    "the teapot is so pretty",
    "i want everything", "wallet crying", "take my money", "my bank account says no", "adding to cart",
    "just ordered!", "bought it", "got mine", "ordered 3", "done ✅",
    "lmao", "lol", "LUL that fail", "KEKW chat", "gg", "ggs", "W stream", "L lag", "ratio",
    "who else is watching from work", "it's 3am here", "can't sleep so here i am", "time zone check: EST",
    "anyone from germany", "greetings from brazil", "hello from the netherlands", "any aussies here",
    "love your energy", "you look tired today", "drink some water", "take a break you deserve it",
    "did you eat dinner", "what did you have for lunch", "do you cook at home", "are you single",
    "what's your favourite food", "do you drink coffee or tea", "what tea are you drinking", "cheers",
    "play minecraft next", "are you going to twitchcon", "what's your setup", "what keyboard is that",
    "is that a new background", "the lighting looks great", "pls fix the lighting", "can you zoom out",
    "camera angle is weird", "show us your dog", "pet tax", "i'm new, what is this stream",
    "what's the schedule this week", "when do you go live on sunday", "sub goal when", "how many subs now",
    "that was fast", "already?", "wait what", "huh", "no way", "omg", "bruh", "sheesh", "fr fr",
    "ok", "okay", "yes", "no", "maybe", "true", "facts", "real", "same", "mood", "this", "based",
    "@mod_jen can you timeout the spammer", "mods ban that guy", "chill chat", "be nice chat",
    "i'm lurking", "just lurking", "back from lunch what did i miss", "brb", "gtg bye", "night all",
    "see u tomorrow", "thanks for the stream", "great stream today", "this was fun",
    "i can't believe it's already sold out lol", "so many people buying", "chat is so fast",
    "your english is so good", "say something in chinese", "how do you say hello in german",
    "is the host ok?", "the host's laugh lol", "ur voice is so calming", "asmr when",
    "who won the match last night", "did you watch the finals", "what anime are you watching",
    "have you tried the new zelda", "can we get a dance", "do the voice again lmaooo",
    "i spilled my tea laughing", "this chat is a whole vibe", "rent free in my head",
    "my cat just knocked my cup over", "my coffee went cold watching this", "tea time with the bestie",
    "i'm drinking matcha rn too", "coffee gang where u at", "team tea > team coffee",
    "who else is on their 4th coffee", "kettle's on, brb", "my grandma has the same teapot lol",
    "the kettle whistle in the background lol", "did something just beep", "is someone at the door",
    "the dog is barking lol", "your plant looks dead", "new haircut?", "nice earrings",
    "what's that poster behind you", "what song is this", "shazam says it's lofi", "volume up pls",
    "can you read my msg", "notice me senpai", "i've been here since 100 followers", "OG viewer here",
    "clip that", "someone clip it", "that's going in the highlights", "emote only mode when",
    "who's hosting tomorrow", "is the other host coming back", "miss the old co-host",
    "remember when the table broke lmao", "last week's stream was funnier", "its my first stream on mobile",
    "tiktok sent me", "came from youtube shorts", "algorithm brought me here", "hi from the vod",
    "watching the replay", "wish i'd caught this live", "i thought this was a cooking stream",
    "is this live or a rerun", "what platform is better for you, twitch or youtube",
    "do you make money from this", "how much do you earn streaming lol", "are you sponsored",
    "bro is speedrunning the sales", "the bot is faster than me", "hawker is so polite lol",
    "the bot answered before i finished typing", "bot sounds like my mom", "thanks bot",
]
CHAT_ZH = [
    "主播好", "晚上好", "来了来了", "打卡", "第一次来", "又来了", "主播今天好漂亮", "主播几岁啊",
    "主播哪里人", "主播声音好好听", "主播吃饭了吗", "主播今天化妆了吗", "主播的猫叫什么", "主播单身吗",
    "主播明天还播吗", "几点下播", "卡了卡了", "画面好卡", "声音有点小", "回音好大", "背景音乐叫什么",
    "主播用的什么麦", "主播用的什么相机", "美颜开太大了", "灯光好亮", "镜头拉远一点",
    "感谢老板的火箭", "谢谢大哥的嘉年华", "感谢宝宝的小心心", "谢谢家人们的礼物", "老板大气",
    "家人们冲", "姐妹们上", "抢到了", "拍了拍了", "已下单", "已拍", "拍了三单", "付款了",
    "没抢到呜呜", "手慢了", "又没抢到", "买了买了", "我妈让我买的", "上次买的很好吃", "回购了",
    "昨天收到了很好用", "已经收到了", "物流好快", "空气炸锅我家也有", "电视好大啊", "茶壶好好看",
    "这个杀疯了", "绝绝子", "yyds", "笑死", "哈哈哈哈哈", "太好笑了", "离谱", "破防了", "绷不住了",
    "主播太会了", "主播辛苦了", "主播喝口水", "主播歇会", "别说了我都买了", "钱包空了", "穷",
    "吃土了", "等发工资", "月底了没钱", "下次一定", "关注了", "点赞了", "点点关注不迷路",
    "谁懂啊", "真的假的", "不会吧", "啊这", "好家伙", "牛", "牛哇", "太牛了", "这也太便宜了吧",
    "什么鬼", "没看懂", "刚来，错过了什么", "主播讲慢点", "字幕在哪", "有没有广东的",
    "北京的扣1", "上海的来了", "四川老乡", "东北的在吗", "凌晨三点还在看", "上班摸鱼看直播",
    "主播喝的什么茶", "主播平时喝咖啡吗", "主播你家猫好可爱", "主播下次玩什么游戏", "主播去漫展吗",
    "这瓜保熟吗", "吃瓜", "前排", "沙发", "围观", "路过", "晚安", "明天见", "下播了吗", "拜拜",
    "房管在吗", "有人刷屏", "禁言他", "别吵了", "弹幕好多", "主播看弹幕", "念一下我的名字",
    "主播昨天怎么没播", "主播是不是感冒了", "主播嗓子哑了", "主播今天穿得好好看", "主播头发剪短了",
    "主播你那边几点", "主播养了几只猫", "主播会说粤语吗", "主播唱首歌吧", "来段才艺", "主播跳个舞",
    "助播也好好看", "后面那个人是谁", "主播的茶杯好看", "我也在喝奶茶", "刚泡了一壶茶边喝边看",
    "喝咖啡看直播", "今天第三杯咖啡了", "我妈也在看", "带我妈一起来看了", "宿舍一起看",
    "这个梗我懂", "前面的别走", "前面的你说得对", "楼上说得对", "同意楼上", "哈哈哈楼上",
    "弹幕护体", "高能预警", "名场面", "这段可以剪", "录屏了", "回放在哪看", "抖音刷到的",
    "从b站过来的", "小红书来的", "第一次看带货直播", "好久没来了", "天天蹲", "每天准时报到",
    "又熬夜了", "明天还要上班", "老板在后面看着我", "作业写完了再来", "考完试来放松",
    "主播加油", "主播冲鸭", "支持主播", "给主播点赞", "爱了爱了", "好可爱", "太真实了",
    "感谢大哥的跑车", "谢谢姐姐的玫瑰", "感谢榜一大哥", "榜一好有钱", "刷个小礼物", "灯牌点亮了",
]
EMOTES = ["KEKW", "LUL", "PogChamp", "Pog", "OMEGALUL", "Kappa", "monkaS", "Sadge", "catJAM",
          "PepeHands", "EZ Clap", "HeyGuys", "VoHiYo", "SeemsGood", "TwitchUnity", "CoolCat",
          "BloodTrail", "Kreygasm", "PJSalt", "SMOrc", "DansGame", "WutFace", "FeelsGoodMan",
          "FeelsBadMan", "peepoLove", "pepeD", "Aware", "Clueless", "COPIUM", "xdd",
          "🔥", "😂", "😭", "❤️", "👀", "💀", "🙏", "✨", "😍", "🤣", "💯", "🥹", "🫡", "🍵", "☕", "🛒"]
STICKERS = ["[doge]", "[笑哭]", "[捂脸]", "[偷笑]", "[666]", "[赞]", "[比心]", "[吃瓜]", "[哭惹]",
            "[奸笑]", "[OK]", "[玫瑰]", "[鼓掌]", "[抱拳]", "[加油]", "[酷]", "[害羞]", "[大笑]"]
CHANTS = ["1", "11", "111", "11111", "1111111", "2", "222", "3", "扣1", "扣1扣1", "扣2", "扣扣",
          "666", "6666", "666666", "66666666", "上车", "上车上车", "冲", "冲冲冲", "冲冲冲冲",
          "来了", "在", "在在", "+1", "+1 +1", "W", "WWW", "LETS GOOO", "GOGOGO", "888", "999",
          "啊啊啊啊", "哈哈", "嘿嘿", "好好好", "对对对", "是是是", "要要要", "要", "想要", "我要",
          "?", "??", "!!!", "...", "。。。", "HYPE", "HYPEEEE", "POGGG", "yesss", "noooo"]
NAMES = ["leafy_luna", "kai.w", "brewmaster99", "nana_k", "milo", "sunny_d", "tt_fan22", "kopi_kid",
         "小橘子", "阿杰", "甜甜圈", "momo_zz", "frank.b", "greta_b", "hana_mi", "oolong_ollie"]
GIFTS = ["小心心", "棒棒糖", "人气票", "玫瑰", "火箭", "嘉年华", "跑车", "辣条", "小电视", "梦幻城堡"]


def _respell(rnd: random.Random, text: str) -> str:
    """The same line as another viewer types it: caps, stretched letters, a dropped letter, an
    @mention, a filler, an emote or sticker after it."""
    zh = CJK.search(text) is not None
    kind = rnd.randrange(8)
    if kind == 0 and not zh:
        return text.upper() + rnd.choice(["", "!!", "???", " !!!"])
    if kind == 1 and not zh:
        letters = [i for i, c in enumerate(text) if c.isalpha()]
        if letters:
            i = letters[-1]
            return text[:i + 1] + text[i] * rnd.randint(2, 5) + text[i + 1:]
    if kind == 2 and not zh and len(text) > 8:
        i = rnd.randrange(2, len(text) - 2)
        if text[i].isalpha():
            return text[:i] + text[i + 1:]
    if kind == 3:
        return "@" + rnd.choice(["host", "Hawker", "主播", "mod_jen", "leafy_luna"]) + " " + text
    if kind == 4:
        return rnd.choice(["主播", "宝宝们", "请问一下", "那个", "哎"] if zh
                          else ["yo", "hey hey", "quick question", "ok but", "wait"]) + " " + text
    if kind == 5:
        return text + rnd.choice(["呀", "呢", "啊啊", "~", "！！"] if zh else [" pls", " ??", " thx", " rn"])
    if kind == 6:
        return text + " " + rnd.choice(STICKERS if zh else EMOTES)
    return text + " " + " ".join(rnd.choice(EMOTES) for _ in range(rnd.randint(2, 4)))


def _noise(rnd: random.Random) -> list[str]:
    """Lines nobody types one by one: emote walls, sticker runs, chants and number spam, gifts,
    other bots' commands and their output."""
    out: list[str] = []
    for _ in range(300):
        e = rnd.choice(EMOTES)
        shape = rnd.randrange(4)
        if shape == 0:
            out.append(" ".join([e] * rnd.randint(2, 14)))
        elif shape == 1:
            out.append(" ".join(rnd.choice(EMOTES) for _ in range(rnd.randint(2, 8))))
        elif shape == 2:
            out.append(e * rnd.randint(2, 9))
        else:
            out.append(rnd.choice(CHANTS) + " " + " ".join([e] * rnd.randint(1, 5)))
    for _ in range(140):
        out.append("".join(rnd.choice(STICKERS) for _ in range(rnd.randint(1, 6))))
    for _ in range(200):
        c = rnd.choice(CHANTS)
        out.append(rnd.choice([c, c * 2, c * 4, f"{c} {c} {c}", f"{c}{rnd.choice(STICKERS)}",
                               f"{c} {rnd.choice(EMOTES)}"]))
    for _ in range(330):
        n, m = rnd.choice(NAMES), rnd.randint(2, 99)
        out.append(rnd.choice([
            "!points", "!uptime", "!discord", "!socials", f"!followage {n}", f"!slots {m * 10}",
            f"!duel @{n}", f"!hug @{n}", "!lurk", "!commands", "!watchtime", f"!roll {m}",
            f"Nightbot: the stream has been live for {m // 10} hours {m} minutes",
            f"Nightbot: @{n} -> discord.gg/xxxx", f"StreamElements: {n} has {m * 137:,} points",
            f"StreamElements: {n} went all in and lost every single one of their points LUL",
            f"Streamlabs: thank you {n} for the follow!", f"Moobot: {n} has been watching for {m} hours",
            f"Fossabot: @{n}, please do not post links",
            f"{n} subscribed at Tier 1. They've subscribed for {m} months!",
            f"{n} is gifting {m % 20 + 1} subs to the community!", f"{n} cheered {m * 100} bits",
            f"{n} 送出了 {rnd.choice(GIFTS)} x{m}", f"感谢{n}送的{rnd.choice(GIFTS)}",
            f"欢迎 {n} 来到直播间", f"{n} 关注了主播", f"{n} 分享了直播间", f"{n} 成为了第{m}位粉丝团成员",
            f"{n}: 已下单", f"{n} 正在去买", f"{n}等{m}人正在购买",
        ]))
    return out


def chat() -> list[tuple[int, int, str]]:
    """(label, on_air, text) rows, shuffled: each hand-written line as written and respelled
    once, plus generated noise."""
    rnd = random.Random(5555)
    rows: list[tuple[int, int, str]] = []
    for pool, label in ((ASK_NAMED_EN, 1), (ASK_NAMED_ZH, 1), (ASK_SHOP, 1), (CHAT_EN, 0), (CHAT_ZH, 0)):
        for t in pool:
            for text in (t, _respell(rnd, t)):
                rows.append((label, int(rnd.random() < 0.5), text))
    for t in ASK_DEICTIC:
        for text in (t, _respell(rnd, t)):
            air = int(rnd.random() < 0.7)
            rows.append((air, air, text))
    for text in _noise(rnd):
        rows.append((0, int(rnd.random() < 0.5), text))
    seen = _existing()
    out = []
    for row in rows:
        key = _key(row[2]) or row[2]  # an emoji-only line is compared as written
        if key not in seen:
            seen.add(key)
            out.append(row)
    rnd.shuffle(out)
    return out


def answers() -> list[AnswerCase]:
    """The answer held-out: one row per question (make_suite.py documents the fields). Every
    label is what the shop's catalog and policies truly support; `fact` is text of the
    product's own listing; a question whose truthful answer the data does not hold abstains."""
    S, A, N, T = "sample", "apparel", "snack", "tea"
    r = case
    beef, egg, corn, yog, apple, rice = ("BEEF-SHANK-1KG", "EGG-FREERANGE-30", "CORN-SWEET-10",
                                         "YOGURT-GREEK-12", "APPLE-FUJI-5KG", "RICE-JASMINE-5KG")
    tv, fryer, vac, cooker, puri, duvet = ("TV-4K-65", "AIRFRYER-6L", "VACUUM-ROBOT-X7",
                                           "RICECOOKER-IH-4L", "PURIFIER-RO-800", "DUVET-GOOSE-WINTER")
    jeans, tee, sweater, jacket, shoes, beanie = ("JEANS-SLIM", "TEE-VNECK", "SWEATER-MERINO",
                                                  "JACKET-RAIN", "SNEAKER-CANVAS", "BEANIE-WOOL")
    jerky, nuts, weed, mango, seeds, mtea = ("JERKY-SPICY-250", "NUTS-DAILY-30", "SEAWEED-CRISPY-12",
                                             "MANGO-DRIED-500", "SEEDS-SUNFLOWER-1KG", "MILKTEA-POWDER-20")
    matcha, oolong, kettle, grinder, frother, teapot = (
        "MATCHA-UJI-30", "OOLONG-TGY", "KETTLE-GOOSENECK", "GRINDER-HAND-38", "FROTHER-VELVET",
        "TEAPOT-GLASS-600")
    thermos, drip, beans, machine, honey = ("THERMOS-TRAIL", "DRIP-BUNDLE", "BEANS-YIRGA",
                                            "MACHINE-B2C-ONE", "HONEY-FOREST-500")
    nc = "not carried"
    ns = "not in the listing"
    nv = "no such variant"
    host = "a question to the streamer"
    rows = [
        # -- sample show: prices (per-unit asks answer with the pack price)
        r(S, "牛腱子肉啥价", "price", sku=beef),
        r(S, "how much for the grass fed beef", "price", sku=beef),
        r(S, "beef shank per jin?", "price", sku=beef),
        r(S, "牛肉一斤多少钱啊", "price", sku=beef),
        r(S, "how much r the farm eggs tn", "price", sku=egg),
        r(S, "土鸡蛋一个合多少钱", "price", sku=egg),
        r(S, "what does one egg work out to", "price", sku=egg),
        r(S, "sweet corn how much for ten", "price", sku=corn),
        r(S, "东北苞米啥价钱", "price", sku=corn),
        r(S, "greek yogurt price?", "price", sku=yog),
        r(S, "老酸奶一箱多少", "price", sku=yog),
        r(S, "fuji apples 5kg how much", "price", sku=apple),
        r(S, "红富士几块钱", "price", sku=apple),
        r(S, "how much is the thai rice", "price", sku=rice),
        r(S, "茉莉香米五公斤多少钱", "price", sku=rice),
        r(S, "aurora how much", "price", sku=tv),
        r(S, "65寸的电视多少钱", "price", sku=tv),
        r(S, "how much is that airfryer", "price", sku=fryer),
        r(S, "空炸锅啥价", "price", sku=fryer),
        r(S, "robo vacuum price", "price", sku=vac),
        r(S, "扫拖一体机多少钱", "price", sku=vac),
        r(S, "whats the zojo rice cooker cost these days", "price", sku=cooker),
        r(S, "那个净水机现在卖几块", "price", sku=puri),
        r(S, "goose down duvet price", "price", sku=duvet),
        r(S, "鹅绒被多少钱一床", "price", sku=duvet),
        r(S, "ok so how much is this one then", "price", on_air=tv, sku=tv),
        r(S, "主播这个到手多少钱呀", "price", on_air=fryer, sku=fryer),
        # stock
        r(S, "how many tvs left", "stock", sku=tv),
        r(S, "扫地机还剩多少台", "stock", sku=vac),
        r(S, "r there still eggs", "stock", sku=egg),
        r(S, "白鹅绒冬被还能拍吗还有货没", "stock", sku=duvet),
        r(S, "is this thing still in stock", "stock", on_air=vac, sku=vac),
        # facts
        r(S, "how many watts is the rice cooker", "fact", sku=cooker, fact="1200 W"),
        r(S, "电饭煲功率多大", "fact", sku=cooker, fact="1200"),
        r(S, "airfryer temp range", "fact", sku=fryer, fact="80-200°C"),
        r(S, "这个几瓦的", "fact", on_air=fryer, sku=fryer, fact="1500"),
        r(S, "what's the tv's refresh rate", "fact", sku=tv, fact="120 Hz"),
        r(S, "电视是HDMI几点几的", "fact", sku=tv, fact="HDMI 2.1"),
        r(S, "how many kilos is the telly, moving it alone", "fact", sku=tv, fact="18.5 kg"),
        r(S, "扫地机器人吸力多少帕", "fact", sku=vac, fact="6000"),
        r(S, "robot vacuum battery mah", "fact", sku=vac, fact="5200 mAh"),
        r(S, "noise level of the robot vacuum?", "fact", sku=vac, fact="55 dB"),
        r(S, "purifier flow rate", "fact", sku=puri, fact="800 gallons per day"),
        r(S, "RO膜多久换一次", "fact", sku=puri, fact="5年"),
        r(S, "被子填充的是什么", "fact", sku=duvet, fact="95%白鹅绒"),
        r(S, "yogurt protein per 100g", "fact", sku=yog, fact="8.5 g"),
        r(S, "酸奶冷藏能放几天", "fact", sku=yog, fact="21天"),
        r(S, "这个能放几天", "fact", on_air=yog, sku=yog, fact="21天"),
        r(S, "roughly how many apples per 5kg box", "fact", sku=apple, fact="16"),
        r(S, "is the rice new crop", "fact", sku=rice, fact="new-season crop"),
        r(S, "water ratio for the jasmine rice?", "fact", sku=rice, fact="1.2"),
        r(S, "corn sweetness in brix", "fact", sku=corn, fact="16 Brix"),
        r(S, "玉米常温能放多久", "fact", sku=corn, fact="9个月"),
        r(S, "frozen beef shelf life?", "fact", sku=beef, fact="12 months"),
        r(S, "牛肉产地是哪里", "fact", sku=beef, fact="锡林郭勒"),
        r(S, "这土鸡蛋是哪个地方的鸡下的", "fact", sku=egg, fact="河北"),
        r(S, "tv warranty years", "fact", sku=tv, fact="3 years"),
        # policies
        r(S, "can u guys ship to hong kong??", "policy", policy="shipping-remote"),
        r(S, "新疆能发生鲜吗", "policy", policy="shipping-remote"),
        r(S, "delivery to chengdu how many days", "policy", policy="shipping-standard"),
        r(S, "运费另外算吗还是包了", "policy", policy="shipping-standard"),
        r(S, "can i send the air fryer back if i change my mind", "policy", policy="returns"),
        r(S, "生鲜能退吗", "policy", policy="returns"),
        r(S, "扫地机器人坏了保几年", "policy", policy="warranty"),
        r(S, "花呗能分几期啊", "policy", policy="payment"),
        r(S, "can i pay by credit card in installments", "policy", policy="payment"),
        r(S, "do i get an invoice", "policy", policy="invoice"),
        r(S, "公司买的能开增值税专票吗", "policy", policy="invoice"),
        # deals, comparisons
        r(S, "what's on offer tonight", "deals"),
        r(S, "今晚有啥优惠", "deals"),
        r(S, "which items are discounted", "deals"),
        r(S, "rice cooker vs air fryer which is cheaper", "compare", skus=[cooker, fryer]),
        r(S, "红富士跟甜玉米谁便宜点", "compare", skus=[apple, corn]),
        r(S, "is the tv pricier than the robot", "compare", skus=[tv, vac]),
        # must abstain
        r(S, "how much is a samsung galaxy", "abstain", why=nc),
        r(S, "有没有华为手机卖啊", "abstain", why=nc),
        r(S, "do you sell ipads", "abstain", why=nc),
        r(S, "有没有羊肉卷", "abstain", why=nc),
        r(S, "got any chicken breast?", "abstain", why=nc),
        r(S, "do you have milk tea powder", "abstain", why="the snack shop's product"),
        r(S, "你们家牛肉干卖多少", "abstain", why="beef jerky is the snack shop's; this shop sells shank"),
        r(S, "how much is the gaming laptop", "abstain", why=nc),
        r(S, "is the beef shank halal certified or no", "abstain", sku=beef, why=ns),
        r(S, "电视是曲面屏吗", "abstain", sku=tv, why=ns),
        r(S, "does the air fryer have wifi", "abstain", sku=fryer, why=ns),
        r(S, "can the rice cooker pot go in the dishwasher", "abstain", sku=cooker, why=ns),
        r(S, "扫地机能爬多高的门槛", "abstain", sku=vac, why=ns),
        r(S, "does the purifier remove fluoride", "abstain", sku=puri, why=ns),
        r(S, "is the duvet hypoallergenic", "abstain", sku=duvet, why=ns),
        r(S, "鸡蛋有有机认证吗", "abstain", sku=egg, why=ns),
        r(S, "apples organic?", "abstain", sku=apple, why=ns),
        r(S, "is the yogurt good for weight loss", "abstain", sku=yog, why=ns),
        r(S, "can i freeze the corn", "abstain", sku=corn, why=ns),
        r(S, "do you have the 10kg rice", "abstain", sku=rice, why=nv),
        r(S, "有没有2公斤装的牛肉", "abstain", sku=beef, why=nv),
        r(S, "got the 75 inch version of the tv?", "abstain", sku=tv, why=nv),
        r(S, "主播你晚饭吃的什么", "abstain", why=host),
        r(S, "what phone are you filming on", "abstain", why=host),
        r(S, "do you ever eat the stuff you sell lol", "abstain", why=host),

        r(S, "牛腱子是谷饲还是吃草的", "fact", sku=beef, fact="全程吃草"),
        r(S, "空气炸锅炸篮能进洗碗机不", "fact", sku=fryer, fact="都能进洗碗机"),
        r(S, "大米是今年的新米吗", "fact", sku=rice, fact="新季"),
        r(S, "电饭煲能预约吗", "fact", sku=cooker, fact="24小时"),
        r(S, "净水器几级过滤", "fact", sku=puri, fact="4级"),
        r(S, "电视有没有护眼模式", "abstain", sku=tv, why=ns),
        r(S, "空气炸锅有预约功能吗", "abstain", sku=fryer, why=ns),
        r(S, "扫地机器人支持语音控制吗", "abstain", sku=vac, why="voice control is the TV's spec"),
        r(S, "净水器能直接出热水吗", "abstain", sku=puri, why=ns),
        r(S, "鹅绒被有没有夏天的薄款", "abstain", sku=duvet, why=nv),
        r(S, "鸡蛋有60枚装的吗", "abstain", sku=egg, why=nv),
        r(S, "酸奶有草莓味的吗", "abstain", sku=yog, why=nv),
        r(S, "有没有iPhone15卖", "abstain", why=nc),
        r(S, "卖不卖洗衣机", "abstain", why=nc),
        r(S, "冰箱有没有", "abstain", why=nc),
        r(S, "主播家里用的什么电饭煲", "abstain", why=host),
        r(S, "does the tv have a headphone jack", "abstain", sku=tv, why=ns),

        # -- apparel shop: prices
        r(A, "slim fit jeans how much", "price", sku=jeans),
        r(A, "牛仔裤啥价", "price", sku=jeans),
        r(A, "how much r the tees", "price", sku=tee),
        r(A, "V领T恤多少钱一件", "price", sku=tee),
        r(A, "how much is the tee in xl", "price", sku=tee),
        r(A, "merino crew neck price", "price", sku=sweater),
        r(A, "羊毛衫多少钱", "price", sku=sweater),
        r(A, "stormline how much again", "price", sku=jacket),
        r(A, "雨衣什么价", "price", sku=jacket),
        r(A, "canvas sneakers cost", "price", sku=shoes),
        r(A, "帆布鞋一双啥价", "price", sku=shoes),
        r(A, "how much is the wool beanie thing", "price", sku=beanie),
        r(A, "针织帽多少", "price", sku=beanie),
        r(A, "so how much is it tho", "price", on_air=jacket, sku=jacket),
        # stock
        r(A, "is the merino jumper sold out", "stock", sku=sweater),
        r(A, "毛衣卖完了吗", "stock", sku=sweater),
        r(A, "how many jackets left", "stock", sku=jacket),
        r(A, "T恤还剩几件", "stock", sku=tee),
        r(A, "this in stock?", "stock", on_air=shoes, sku=shoes),
        # facts
        r(A, "jeans fabric?", "fact", sku=jeans, fact="98% cotton"),
        r(A, "牛仔裤面料成分是啥", "fact", sku=jeans, fact="98%棉"),
        r(A, "what inseams do the jeans come in", "fact", sku=jeans, fact="30 / 32 / 34"),
        r(A, "tee gsm?", "fact", sku=tee, fact="180 gsm"),
        r(A, "T恤有哪些颜色", "fact", sku=tee, fact="麻灰"),
        r(A, "这个有几个码", "fact", on_air=tee, sku=tee, fact="XXL"),
        r(A, "what colours is the sweater", "fact", sku=sweater, fact="oatmeal"),
        r(A, "jacket waterproof rating mm", "fact", sku=jacket, fact="10000 mm"),
        r(A, "how breathable is the rain jacket", "fact", sku=jacket, fact="10000 g/m²/24h"),
        r(A, "does the rain jacket pack small", "fact", sku=jacket, fact="packs into its own pocket"),
        r(A, "what's the sole made of on the sneakers", "fact", sku=shoes, fact="vulcanised rubber"),
        r(A, "can i throw the sneakers in the washing machine", "fact", sku=shoes,
          fact="gentle cold cycle"),
        r(A, "beanie material", "fact", sku=beanie, fact="70% wool"),
        r(A, "毛线帽是什么料子的", "fact", sku=beanie, fact="70%羊毛"),
        r(A, "tee shrinkage after washing?", "fact", sku=tee, fact="3%"),
        # policies
        r(A, "shipping cost if i spend under 50 bucks?", "policy", policy="shipping"),
        r(A, "满多少包邮啊", "policy", policy="shipping"),
        r(A, "how long til it arrives", "policy", policy="shipping"),
        r(A, "how many days do i get to return stuff", "policy", policy="returns"),
        r(A, "可以换尺码吗", "policy", policy="returns"),
        r(A, "klarna ok?", "policy", policy="payment"),
        r(A, "能用支付宝付款吗", "policy", policy="payment"),
        # deals, comparisons
        r(A, "anything marked down tonite", "deals"),
        r(A, "现在有折扣吗", "deals"),
        r(A, "jeans or jacket which one is cheaper", "compare", skus=[jeans, jacket]),
        r(A, "毛线帽跟T恤比哪个便宜", "compare", skus=[beanie, tee]),
        # must abstain
        r(A, "do you have the tee in XXXL", "abstain", sku=tee, why=nv),
        r(A, "jeans in a 40 waist?", "abstain", sku=jeans, why=nv),
        r(A, "jacket in xxl", "abstain", sku=jacket, why=nv),
        r(A, "毛衣有XXL吗", "abstain", sku=sweater, why=nv),
        r(A, "帆布鞋有童鞋码吗", "abstain", sku=shoes, why=nv),
        r(A, "do you sell dresses", "abstain", why=nc),
        r(A, "有没有连衣裙", "abstain", why=nc),
        r(A, "got any nike shoes?", "abstain", why="a brand not sold"),
        r(A, "阿迪达斯有吗", "abstain", why="a brand not sold"),
        r(A, "how much is ur hoodie", "abstain", why=nc),
        r(A, "羽绒服卖不卖", "abstain", why=nc),
        r(A, "rain jacket warranty?", "abstain", sku=jacket, why="no warranty stated"),
        r(A, "is the beanie made in china", "abstain", sku=beanie, why=ns),
        r(A, "牛仔裤是哪里生产的", "abstain", sku=jeans, why=ns),
        r(A, "will the canvas sneakers keep rain out", "abstain", sku=shoes, why=ns),
        r(A, "does the sweater come in a gift box", "abstain", sku=sweater, why=ns),
        r(A, "冲锋雨衣能扔洗衣机洗吗", "abstain", sku=jacket, why=ns),
        r(A, "主播你自己穿多大码的", "abstain", why=host),
        r(A, "how tall are you btw", "abstain", why=host),
        r(A, "do you sell beef jerky", "abstain", why="the snack shop's product"),
        r(A, "65寸电视你们这里卖多少", "abstain", why="the sample show's product"),

        r(A, "毛衣有哪几个颜色", "fact", sku=sweater, fact="炭灰"),
        r(A, "牛仔裤有白色的吗", "abstain", sku=jeans, why=nv),
        r(A, "T恤有长袖的吗", "abstain", sku=tee, why=nv),
        r(A, "毛线帽有儿童款吗", "abstain", sku=beanie, why=nv),
        r(A, "雨衣有粉色吗", "abstain", sku=jacket, why=nv),
        r(A, "有没有运动裤", "abstain", why=nc),
        r(A, "卖袜子吗", "abstain", why=nc),
        r(A, "有没有优衣库的", "abstain", why="a brand not sold"),
        r(A, "毛衣起球吗", "abstain", sku=sweater, why=ns),
        r(A, "帆布鞋防滑吗", "abstain", sku=shoes, why=ns),
        r(A, "主播你多重啊", "abstain", why=host),
        r(A, "do the jeans come in a 36 inseam", "abstain", sku=jeans, why=nv),

        # -- snack shop: prices (per-unit asks answer with the pack price)
        r(N, "spicy jerky price", "price", sku=jerky),
        r(N, "麻辣牛肉干多少钱一袋", "price", sku=jerky),
        r(N, "jerky per 100g?", "price", sku=jerky),
        r(N, "mixed nuts box price", "price", sku=nuts),
        r(N, "每日坚果一袋合多少钱", "price", sku=nuts),
        r(N, "how much for the crispy seaweed", "price", sku=weed),
        r(N, "香脆海苔多少钱一箱", "price", sku=weed),
        r(N, "这个一包多少钱啊家人们", "price", on_air=weed, sku=weed),
        r(N, "dried mango price pls", "price", sku=mango),
        r(N, "宿务芒果干一斤啥价", "price", sku=mango),
        r(N, "guazi how much is it", "price", sku=seeds),
        r(N, "焦糖瓜子一公斤多少钱", "price", sku=seeds),
        r(N, "hk milk tea price", "price", sku=mtea),
        r(N, "港式奶茶多少钱一盒", "price", sku=mtea),
        # stock
        r(N, "seaweed running out?", "stock", sku=weed),
        r(N, "海苔还剩几单", "stock", sku=weed),
        r(N, "still got mango", "stock", sku=mango),
        # facts
        r(N, "how long does the jerky keep unopened", "fact", sku=jerky, fact="9 months"),
        r(N, "牛肉干保质期", "fact", sku=jerky, fact="9个月"),
        r(N, "what's in the jerky", "fact", sku=jerky, fact="Sichuan pepper"),
        r(N, "这个吃着辣不辣", "fact", on_air=jerky, sku=jerky, fact="特辣"),
        r(N, "how many lil packs are in this", "fact", on_air=jerky, sku=jerky, fact="10"),
        r(N, "nuts what kinds", "fact", sku=nuts, fact="cashews"),
        r(N, "每日坚果都有哪些坚果", "fact", sku=nuts, fact="腰果"),
        r(N, "what flavour is the nori", "fact", sku=weed, fact="sea salt"),
        r(N, "mango where from", "fact", sku=mango, fact="Cebu"),
        r(N, "芒果干是哪个国家的", "fact", sku=mango, fact="宿务"),
        r(N, "sunflower seeds shelf life", "fact", sku=seeds, fact="8 months"),
        r(N, "瓜子保质期多久", "fact", sku=seeds, fact="8个月"),
        r(N, "how much water per milk tea sachet", "fact", sku=mtea, fact="150 ml"),
        r(N, "奶茶一条冲多少水", "fact", sku=mtea, fact="150毫升"),
        r(N, "milk tea expiry", "fact", sku=mtea, fact="18 months"),
        # policies
        r(N, "free shipping kicks in at what amount", "policy", policy="shipping"),
        r(N, "发什么快递啊", "policy", policy="shipping"),
        r(N, "opened the jerky, can i still return it", "policy", policy="returns"),
        r(N, "零食拆封了还能退不", "policy", policy="returns"),
        r(N, "do u take paypal for snacks", "policy", policy="payment"),
        r(N, "可以微信支付不", "policy", policy="payment"),
        # deals, comparisons
        r(N, "deals on snacks tonight?", "deals"),
        r(N, "今天有啥福利", "deals"),
        r(N, "mango or seaweed cheaper?", "compare", skus=[mango, weed]),
        r(N, "瓜子和奶茶哪个贵", "compare", skus=[seeds, mtea]),
        # must abstain
        r(N, "do you guys sell coffee at all", "abstain", why=nc),
        r(N, "有咖啡豆吗", "abstain", why=nc),
        r(N, "matcha powder?", "abstain", why=nc),
        r(N, "do you have potato chips", "abstain", why=nc),
        r(N, "辣条有吗", "abstain", why=nc),
        r(N, "有没有巧克力", "abstain", why=nc),
        r(N, "is the jerky gluten-free, im celiac", "abstain", sku=jerky, why=ns),
        r(N, "牛肉干是清真的吗", "abstain", sku=jerky, why=ns),
        r(N, "are the daily nuts organic", "abstain", sku=nuts, why=ns),
        r(N, "seaweed has msg?", "abstain", sku=weed, why=ns),
        r(N, "海苔产地是哪里", "abstain", sku=weed, why=ns),
        r(N, "dried mango 1kg bag?", "abstain", sku=mango, why=nv),
        r(N, "瓜子有500克装吗", "abstain", sku=seeds, why=nv),
        r(N, "milk tea sugar free version?", "abstain", sku=mtea, why=nv),
        r(N, "港式奶茶粉咖啡因高不高", "abstain", sku=mtea, why=ns),
        r(N, "主播最爱吃哪个零食", "abstain", why=host),
        r(N, "yo how much is that air fryer you had last week", "abstain", why="the sample show's product"),
        r(N, "鸡蛋多少钱", "abstain", why="the sample show's product"),

        r(N, "海苔有芝麻吗", "fact", sku=weed, fact="芝麻油"),
        r(N, "瓜子是大颗的吗", "fact", sku=seeds, fact="大颗"),
        r(N, "坚果一袋多少克", "fact", sku=nuts, fact="25克"),
        r(N, "牛肉干有不辣的吗", "abstain", sku=jerky, why=nv),
        r(N, "有没有原味瓜子", "abstain", sku=seeds, why=nv),
        r(N, "海苔有芥末味的吗", "abstain", sku=weed, why=nv),
        r(N, "芒果干孕妇能吃吗", "abstain", sku=mango, why=ns),
        r(N, "坚果适合老人吃吗", "abstain", sku=nuts, why=ns),
        r(N, "瓜子是哪里产的", "abstain", sku=seeds, why=ns),
        r(N, "有卖薯片吗", "abstain", why=nc),
        r(N, "有没有螺蛳粉", "abstain", why=nc),
        r(N, "你们卖白酒吗", "abstain", why=nc),
        r(N, "主播今天吃了几包了", "abstain", why=host),
        r(N, "any sugar free dried mango?", "abstain", sku=mango, why=nv),

        # -- tea, coffee & kitchen shop: prices (variants by their own SKU)
        r(T, "250 gram tieguanyin how much", "price", sku="OOLONG-TGY-250G"),
        r(T, "100g oolong price?", "price", sku="OOLONG-TGY-100G"),
        r(T, "two hundred fifty grams of the oolong, what's that cost", "price", sku="OOLONG-TGY-250G"),
        r(T, "一百克的乌龙茶啥价", "price", sku="OOLONG-TGY-100G"),
        r(T, "250克铁观音什么价", "price", sku="OOLONG-TGY-250G"),
        r(T, "matcha tin how much", "price", sku=matcha),
        r(T, "抹茶一罐多少钱", "price", sku=matcha),
        r(T, "matcha per gram??", "price", sku=matcha),
        r(T, "手冲壶多少钱", "price", sku=kettle),
        r(T, "how much is the kettle in dollars", "price", sku=kettle),
        r(T, "and this? how much", "price", on_air=kettle, sku=kettle),
        r(T, "磨豆机多少钱", "price", sku=grinder),
        r(T, "奶泡机多钱", "price", sku=frother),
        r(T, "玻璃茶壶多少钱一个", "price", sku=teapot),
        r(T, "trailbrew 750 slate how much", "price", sku="THERMOS-750-SLATE"),
        r(T, "500ml thermos price", "price", sku="THERMOS-500-SLATE"),
        r(T, "drip coffee bundle how much", "price", sku=drip),
        r(T, "手冲套装多少钱", "price", sku=drip),
        r(T, "1kg yirgacheffe beans price", "price", sku="BEANS-YIRGA-1KG-WB"),
        r(T, "耶加雪菲250克多少钱", "price", sku="BEANS-YIRGA-250-WB"),
        r(T, "barista one how much", "price", sku=machine),
        r(T, "蜂蜜多少钱一斤", "price", sku=honey),
        # stock
        r(T, "bean to cup machine in stock?", "stock", sku=machine),
        r(T, "is the sand thermos sold out", "stock", sku="THERMOS-500-SAND"),
        r(T, "250克铁观音还有多少", "stock", sku="OOLONG-TGY-250G"),
        r(T, "奶泡机还有货吗", "stock", sku=frother),
        r(T, "这款还有货没", "stock", on_air=honey, sku=honey),
        # facts
        r(T, "how many watts does the pourline pull", "fact", sku=kettle, fact="1200 W"),
        r(T, "手冲壶温度能调吗", "fact", sku=kettle, fact="40到100度"),
        r(T, "grinder how many settings", "fact", sku=grinder, fact="40 click"),
        r(T, "磨豆机磨芯多大", "fact", sku=grinder, fact="38"),
        r(T, "frother wattage", "fact", sku=frother, fact="500 W"),
        r(T, "这个几瓦", "fact", on_air=frother, sku=frother, fact="500"),
        r(T, "奶泡机能打多少毫升奶泡", "fact", sku=frother, fact="120"),
        r(T, "teapot material", "fact", sku=teapot, fact="borosilicate glass"),
        r(T, "can the teapot go in the dishwasher", "fact", sku=teapot, fact="top rack"),
        r(T, "茶壶带滤网吗", "fact", sku=teapot, fact="滤网"),
        r(T, "how long does the thermos keep tea hot", "fact", sku=thermos, fact="12 hours"),
        r(T, "咖啡豆是深烘还是浅烘", "fact", sku=beans, fact="浅烘"),
        r(T, "what roast is the oolong", "fact", sku=oolong, fact="light roast"),
        r(T, "铁观音水温多少度", "fact", sku=oolong, fact="95"),
        r(T, "how much leaf per cup for the tieguanyin", "fact", sku=oolong, fact="7 g per 150 ml"),
        r(T, "is the matcha from japan", "fact", sku=matcha, fact="Uji"),
        r(T, "抹茶开封后怎么保存", "fact", sku=matcha, fact="冷藏"),
        r(T, "coffee machine pump pressure", "fact", sku=machine, fact="19 bar"),
        r(T, "does the bundle include a server", "fact", sku=drip, fact="500 ml glass server"),
        r(T, "honey shelf life", "fact", sku=honey, fact="24 months"),
        r(T, "蜂蜜是哪里产的", "fact", sku=honey, fact="黑森林"),
        r(T, "is the honey heated", "fact", sku=honey, fact="unheated"),
        # policies
        r(T, "free delivery threshold?", "policy", policy="shipping"),
        r(T, "满多少欧包邮", "policy", policy="shipping"),
        r(T, "do you deliver to italy", "policy", policy="shipping"),
        r(T, "茶叶开封了能退吗", "policy", policy="returns"),
        r(T, "能货到付款吗", "policy", policy="payment"),
        r(T, "warranty on the frother", "policy", policy="warranty"),
        r(T, "磨豆机质保几年", "policy", policy="warranty"),
        # deals, comparisons
        r(T, "any promos going on", "deals"),
        r(T, "今天哪些打折", "deals"),
        r(T, "which is cheaper the frother or the kettle", "compare", skus=[frother, kettle]),
        r(T, "蜂蜜和抹茶哪个便宜", "compare", skus=[honey, matcha]),
        # must abstain
        r(T, "can i put the kettle in the dishwasher", "abstain", sku=kettle, why=ns),
        r(T, "does the kettle come in white", "abstain", sku=kettle, why=nv),
        r(T, "1kg oolong how much", "abstain", sku=oolong, why=nv),
        r(T, "一公斤装的铁观音有吗", "abstain", sku=oolong, why=nv),
        r(T, "750ml thermos in sand?", "abstain", sku=thermos, why=nv),
        r(T, "matcha in a 100g tin?", "abstain", sku=matcha, why=nv),
        r(T, "咖啡豆有2公斤装吗", "abstain", sku=beans, why=nv),
        r(T, "is the matcha organic", "abstain", sku=matcha, why=ns),
        r(T, "how much caffeine in the matcha", "abstain", sku=matcha, why=ns),
        r(T, "is the teapot microwave safe", "abstain", sku=teapot, why=ns),
        r(T, "does the grinder fit in an aeropress", "abstain", sku=grinder, why=ns),
        r(T, "奶泡机噪音大吗", "abstain", sku=frother, why=ns),
        r(T, "蜂蜜有有机认证吗", "abstain", sku=honey, why=ns),
        r(T, "does the coffee machine have an app", "abstain", sku=machine, why=ns),
        r(T, "thermos fits a car cup holder?", "abstain", sku=thermos, why=ns),
        r(T, "do you sell nespresso capsules", "abstain", why=nc),
        r(T, "有没有普洱茶", "abstain", why=nc),
        r(T, "got any earl grey", "abstain", why=nc),
        r(T, "how much is the iphone 16", "abstain", why=nc),
        r(T, "笔记本电脑有吗", "abstain", why=nc),
        r(T, "do you sell the air fryer", "abstain", why="the sample show's product"),
        r(T, "有牛肉干吗", "abstain", why="the snack shop's product"),
        r(T, "how much is a delonghi", "abstain", why="a brand not sold"),
        r(T, "飞利浦咖啡机多少钱", "abstain", why="a brand not sold"),
        r(T, "主播你最喜欢哪款茶", "abstain", why=host),
    ]
    seen = _existing()
    out = []
    for row in rows:
        key = _key(row["question"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _key(text: str) -> str:
    """A line as the duplicate check compares it: NFKC, casefolded, letters and digits only."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


# The sets under data/ when this one was written: it repeats none of them (a set written later
# may share a common line by chance).
OLDER = ("chat_dev.tsv", "chat_dev2.tsv", "chat_heldout.tsv", "chat_heldout2.tsv",
         "chat_heldout3.tsv", "chat_heldout4.tsv", "answers_dev.jsonl", "answers_dev2.jsonl",
         "answers_heldout.jsonl", "answers_heldout2.jsonl", "answers_heldout3.jsonl",
         "answers_heldout4.jsonl", "answers_attack.jsonl", "answers_attack2.jsonl",
         "answers_attack3.jsonl")


def _existing() -> set[str]:
    """Every line and question of the sets this one must not repeat (OLDER)."""
    keys: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path.name in OLDER:
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                text = line.split("\t")[-1]
                keys.add(_key(text) or text)
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path.name in OLDER:
            for line in path.read_text(encoding="utf-8").splitlines():
                keys.add(_key(json.loads(line)["question"]))
    return keys


def main() -> None:
    """Write both files and print their sizes."""
    rows = chat()
    with CHAT.open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in rows:
            f.write(f"{label}\t{air}\t{text.replace(chr(9), ' ')}\n")
    cases = answers()
    with ANSWERS.open("w", encoding="utf-8") as f:
        for row in cases:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"chat_heldout5: {len(rows)} lines, {sum(r[0] for r in rows)} questions; "
          f"answers_heldout5: {len(cases)} questions")


if __name__ == "__main__":
    main()
