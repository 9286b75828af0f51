"""Write the second held-out set (data/chat_heldout2.tsv, data/answers_heldout2.jsonl).

Written by hand by a tester who had not read the generators' templates' outputs, with its own
wordings (make_chat.py / make_suite.py are not imported for text), before any fix it measures.
Never used for training or tuning. Run: python -m bot.answers.understand.make_heldout2
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case

HERE = Path(__file__).resolve().parent / "data"

# (label, text): real-chat shapes, 1 = a question the shop should answer
CHAT_POS_EN = [
    "yo how much that beef", "beef price??", "wait how much is the tv again", "tv how much",
    "whats the air fryer going for", "airfryer price pls", "how much r eggs", "eggs cost?",
    "price on the corn", "corn how much", "yogurt how much", "how much yoghurt",
    "apples price", "how much 4 the apples", "rice how much", "cost of the jasmine rice?",
    "how much is the vacuum", "roomba price?", "how much the rice cooker", "rice cooker cost",
    "how much is the water filter", "purifier how much", "duvet price?", "how much for the quilt",
    "jeans how much", "how much r the jeans", "tee price?", "how much is the tshirt",
    "sweater price", "how much is the jumper", "rain jacket how much", "how much for the raincoat",
    "sneakers price?", "how much r the shoes", "beanie how much", "how much for the hat",
    "jerky price", "how much is the beef jerky", "nuts price?", "how much r the mixed nuts",
    "seaweed how much", "mango price?", "how much r the dried mango", "sunflower seeds price",
    "milk tea how much", "how much is the milk tea powder",
    "tv in stock?", "u still got the air fryer?", "is the sweater sold out", "any jeans left",
    "do u have the shoes in 9", "jacket in M?", "do the jeans come in 32", "tee in XL?",
    "the white tee in large?", "got the black jeans?", "do you have the beanie in red",
    "how many watts is the fryer", "wattage on the rice cooker?", "how big is the tv",
    "what size screen is the tv", "is the tv 120hz", "how long is the jerky good for",
    "expiry date on the nuts?", "is the jerky super spicy", "r the nuts salted",
    "does the tee shrink in the wash", "is the jacket actually waterproof", "is the corn cooked",
    "is the rice from thailand", "where are the apples from", "is the mango sweetened",
    "how many eggs in a box", "how many apples in the box", "what's the duvet filled with",
    "what material r the jeans", "can i wash the sweater", "how do i wash the jeans",
    "does shipping cost extra", "free shipping?", "how long till it arrives", "shipping to hk?",
    "when will it ship", "can i send it back if it doesnt fit", "refund policy?",
    "can i exchange for a bigger size", "do u take paypal", "can i pay w apple pay",
    "wechat pay ok?", "any promo tonight?", "whats on discount", "any deals on?",
    "got any coupons", "which is cheaper jeans or sweater", "nuts vs jerky which is cheaper",
    "link pls 🙏", "drop the link", "where do i order", "how do i buy this", "wheres the cart",
    "how much is this?", "this one how much", "price of this one?", "is this in stock",
    "does this come in black", "is this one waterproof", "how heavy is this", "what's the price",
    "how much?!", "price??", "cost??", "size??", "how much pls", "in stock??",
    "sizes?", "colours?", "how fast is shipping", "delivery time?", "does it ship today",
    "@host how much is the tv", "@host is the fryer on sale", "hey host what's the yogurt price",
    "what r the deals rn", "anything on sale rn", "what's cheapest tonight",
    "compare tv and vacuum price", "the red apples how much", "the white robot price?",
    "is the 6L fryer 1500W?", "2 for 50 on the jeans?", "how much per kg for the beef",
    "wat is the price of beef", "how mcuh is the tv", "hw much r eggs", "prise of the jeans?",
    "is the air fryer basket dishwasher safe", "can the rice cooker make porridge",
]
CHAT_POS_ZH = [
    "牛肉怎么卖的", "电视多少钱一台", "空气炸锅啥价", "鸡蛋多钱", "玉米多少钱呀", "酸奶几块钱",
    "苹果怎么卖", "香米多少钱一袋", "扫地机器人多少钱", "电饭煲价格", "净水器多少米", "被子多少钱",
    "牛仔裤多钱", "T恤几块", "毛衣还有吗", "雨衣有货没", "帆布鞋多少钱一双", "帽子多少钱",
    "牛肉干多少钱一包", "坚果还有没", "海苔多少钱", "芒果干多少", "瓜子多少钱一斤", "奶茶粉多少钱",
    "主播电视多少钱", "主播这个多少钱", "这个多钱", "这个啥价", "这个有货吗", "这个包邮不",
    "多钱", "多少米", "啥价", "有库存吗", "还有货不", "在哪买", "链接在哪里", "给个链接",
    "求个链接", "1号链接是什么", "怎么下单啊", "能退吗", "七天无理由吗", "能换码吗",
    "发顺丰吗", "几天发货", "新疆能发吗", "西藏包邮吗", "能开发票吗", "支持花呗吗", "能用微信付吗",
    "有啥活动", "有没有优惠", "今天打折吗", "有满减吗", "牛仔裤和毛衣哪个便宜",
    "牛肉一斤多少钱", "空气炸锅功率多少", "电视多大尺寸", "电饭煲几升的", "牛肉干辣吗",
    "酸奶保质期多久", "玉米是熟的吗", "苹果打蜡没", "被子暖和吗", "T恤缩水不", "毛衣扎不扎",
    "雨衣防水吗", "鞋子码数准吗", "坚果加盐了吗", "芒果干甜吗", "海苔小孩能吃吗",
    "奶茶粉冷水能冲吗", "白色的T恤有L码吗", "黑色牛仔裤还有吗", "这件有M码吗",
    "air fryer多少钱", "tv还有吗", "jeans多少钱", "电视 price?", "how much 牛肉",
]
CHAT_NEG = [
    "W", "W W W", "LETS GOOO", "LETS GO", "1", "1111", "扣1", "扣1扣1", "666", "6666666", "上车",
    "KEKW", "KEKW KEKW KEKW", "PogChamp PogChamp", "LUL", "OMEGALUL", "Pog", "monkaS", "Kappa",
    "😂😂😂", "🔥🔥🔥🔥", "❤️❤️", "👍", "hahahaha", "lmaooo", "lol", "xD", "哈哈哈哈", "哈哈哈",
    "笑死", "绝了", "好家伙", "冲冲冲", "来了来了", "打卡", "签到", "前排", "第一", "主播好",
    "主播晚上好", "晚上好", "hi everyone", "hello from brazil", "hi chat", "gn chat", "bye",
    "first time here", "love this stream", "this stream is fire", "ur so funny", "based",
    "ratio", "no cap", "fr fr", "bet", "sheesh", "slay", "mid", "L", "gg", "ez", "rip",
    "how old are you", "how old r u", "what game is next", "are you playing valorant later",
    "what's your name", "where are you from", "are you single", "is that your cat",
    "what time is it there", "how long have you been streaming", "do you have a tiktok",
    "what mic do you use", "what camera is that", "when's the next stream", "who is that guy",
    "did you eat yet", "are you tired", "can you say hi to my mom", "can you sing a song",
    "主播多大了", "主播哪里人", "主播几点下播", "主播吃饭了吗", "主播单身吗", "主播唱首歌",
    "主播声音好好听", "主播好漂亮", "主播今天好帅", "下次什么时候播", "这是哪里", "旁边是谁",
    "!uptime", "!discord", "!followage", "!points", "!so @someone", "!title", "!commands",
    "!gamble 100", "!hug @friend", "/me waves", "!lurk", "!watchtime",
    "Nightbot: follow the socials!", "StreamElements: thanks for the follow",
    "thanks for the sub", "just subbed!", "gifted 5 subs", "raid incoming", "HYPE TRAIN",
    "clip it", "clip that", "chat is wild", "mods ban him", "spam W", "type 1 if you agree",
    "1 if you bought it", "2", "22222", "3", "?", "??", "???", "...", "hmm", "ok", "okay",
    "yes", "no", "yeah", "nah", "true", "same", "me too", "agree", "facts", "real",
    "i bought the tv last week, love it", "my mom has that air fryer", "the beef looks good",
    "the jeans look nice", "i want that jacket so bad", "that sweater is cute",
    "eggs are so expensive these days", "i love mango", "jerky is my fav snack",
    "i already ordered", "just bought 2!", "got mine yesterday", "bought it, ty",
    "wow cheap", "so cheap", "too expensive lol", "price is crazy", "i'm broke",
    "already sold out lol", "shipping took forever last time", "my package came today",
    "牛肉看着好香", "电视好大", "我买了", "已拍", "拍了", "已下单", "买了买了", "抢到了",
    "没抢到", "太便宜了", "好贵啊", "我妈也有这个", "我家就用这个", "好看", "好吃", "真香",
    "想要", "馋了", "我也想要", "支持主播", "主播辛苦了", "关注了", "点赞了", "送你小心心",
    "小电视", "小电视飞船", "谢谢老板的火箭", "感谢礼物", "大家好", "有人吗", "我来晚了",
    "上链接", "上链接上链接",  # chants here are hype, labelled below as asks (see LABEL_ASK)
    "is he 12?", "are we the brain broken ones?", "who's winning the game tonight",
    "did you see the match", "what song is this", "song name?", "what's the song",
    "is this live?", "is this a rerun", "how many viewers rn", "why is chat so slow",
    "what happened to the audio", "can you fix the audio echo?", "mic is too quiet",
    "can you turn up the volume", "screen is black", "lag?", "is the stream lagging",
    "how do i become a mod", "can i be mod", "are you a bot", "r u a bot", "is this ai",
    "what's your favourite food", "do you like beef", "do you cook", "whats for dinner",
    "iphone or android?", "what phone do you use", "is the iphone 15 good", "ps5 or xbox",
    "what laptop do you stream on", "what's your setup", "how much did your setup cost",
    "how much do you make streaming", "how much money did you spend on that",
    "你用的什么手机", "你的电脑多少钱", "主播赚多少钱", "这首歌叫什么", "什么歌", "卡了吗",
    "声音好小", "画面卡了", "主播是机器人吗", "几个人在看", "今天播多久",
    "Ｗ", "ＬＥＴＳ ＧＯ", "𝐖", "W ❤️", "LETSGOOOOOOO 🔥🔥", "AYOOOO", "NO WAYYYY", "SHEEEESH",
    "ok the tv is huge", "beef beef beef", "jeans jeans", "mango mango mango",
]
# The chants that ARE asks on a shopping stream (link / price requests)
LABEL_ASK = {"上链接", "上链接上链接"}
CHAT_POS_EXTRA = ["上链接!", "快上链接", "主播上链接", "链接呢链接呢", "求上架", "还会补货吗",
                  "啥时候补货", "when's the restock", "restock when?", "will the sweater restock"]


def chat() -> list[tuple[int, int, str]]:
    rnd = random.Random(2626)
    rows = [(1, t) for t in CHAT_POS_EN + CHAT_POS_ZH + CHAT_POS_EXTRA]
    rows += [(1 if t in LABEL_ASK else 0, t) for t in CHAT_NEG]
    out = []
    for label, t in rows:
        deictic = any(w in t.lower() for w in ("this", "这个", "这件")) or t in (
            "多钱", "多少米", "啥价", "有库存吗", "还有货不", "how much?!", "price??", "cost??",
            "size??", "how much pls", "in stock??", "sizes?", "colours?", "what's the price")
        out.append((label, 1 if deictic or rnd.random() < 0.5 else 0, t))
    rnd.shuffle(out)
    return out


def answers() -> list[AnswerCase]:
    """The answer held-out: one row per question (see make_suite.py for the fields)."""
    S, A, N = "sample", "apparel", "snack"
    r = case
    return [
        # prices, new wordings
        r(S, "yo how much that beef", "price", sku="BEEF-SHANK-1KG"),
        r(S, "beef cost?", "price", sku="BEEF-SHANK-1KG"),
        r(S, "wat is the price of the tv", "price", sku="TV-4K-65"),
        r(S, "how much 4 the eggs", "price", sku="EGG-FREERANGE-30"),
        r(S, "airfryer price pls", "price", sku="AIRFRYER-6L"),
        r(S, "the red apples how much", "price", sku="APPLE-FUJI-5KG"),
        r(S, "roomba price?", "price", sku="VACUUM-ROBOT-X7"),
        r(S, "how much the rice cooker", "price", sku="RICECOOKER-IH-4L"),
        r(S, "how much is the Aurora", "price", sku="TV-4K-65"),
        r(S, "CrispPro price", "price", sku="AIRFRYER-6L"),
        r(S, "电视多少钱一台", "price", sku="TV-4K-65"),
        r(S, "鸡蛋多钱", "price", sku="EGG-FREERANGE-30"),
        r(S, "扫地机器人啥价", "price", sku="VACUUM-ROBOT-X7"),
        r(S, "净水器多少米", "price", sku="PURIFIER-RO-800"),
        r(S, "被子怎么卖的", "price", sku="DUVET-GOOSE-WINTER"),
        r(S, "how much?", "price", on_air="CORN-SWEET-10", sku="CORN-SWEET-10"),
        r(S, "price??", "price", on_air="YOGURT-GREEK-12", sku="YOGURT-GREEK-12"),
        r(S, "多钱", "price", on_air="RICE-JASMINE-5KG", sku="RICE-JASMINE-5KG"),
        r(S, "this one how much", "price", on_air="DUVET-GOOSE-WINTER", sku="DUVET-GOOSE-WINTER"),
        r(S, "cost?", "price", on_air="TV-4K-65", sku="TV-4K-65"),
        r(S, "tv多少钱", "price", sku="TV-4K-65"),
        r(S, "how much 牛肉", "price", sku="BEEF-SHANK-1KG"),
        r(S, "how mcuh is the tv", "price", sku="TV-4K-65"),
        r(A, "jeans how much", "price", sku="JEANS-SLIM"),
        r(A, "how much r the shoes", "price", sku="SNEAKER-CANVAS"),
        r(A, "tee price?", "price", sku="TEE-VNECK"),
        r(A, "how much for the raincoat", "price", sku="JACKET-RAIN"),
        r(A, "beanie how much", "price", sku="BEANIE-WOOL"),
        r(A, "帆布鞋多少钱一双", "price", sku="SNEAKER-CANVAS"),
        r(A, "帽子多少钱", "price", sku="BEANIE-WOOL"),
        r(A, "prise of the jeans?", "price", sku="JEANS-SLIM"),
        r(N, "jerky price", "price", sku="JERKY-SPICY-250"),
        r(N, "how much r the mixed nuts", "price", sku="NUTS-DAILY-30"),
        r(N, "mango price?", "price", sku="MANGO-DRIED-500"),
        r(N, "how much is the milk tea powder", "price", sku="MILKTEA-POWDER-20"),
        r(N, "海苔多少钱", "price", sku="SEAWEED-CRISPY-12"),
        r(N, "瓜子怎么卖", "price", sku="SEEDS-SUNFLOWER-1KG"),
        r(N, "奶茶粉多少钱", "price", sku="MILKTEA-POWDER-20"),
        r(N, "牛肉干多钱", "price", sku="JERKY-SPICY-250"),
        # stock
        r(S, "u still got the air fryer?", "stock", sku="AIRFRYER-6L"),
        r(S, "tv in stock?", "stock", sku="TV-4K-65"),
        r(S, "any eggs left", "stock", sku="EGG-FREERANGE-30"),
        r(S, "被子还有货不", "stock", sku="DUVET-GOOSE-WINTER"),
        r(A, "is the sweater sold out", "stock", sku="SWEATER-MERINO"),
        r(A, "any jeans left", "stock", sku="JEANS-SLIM"),
        r(A, "毛衣还有吗", "stock", sku="SWEATER-MERINO"),
        r(A, "雨衣有货没", "stock", sku="JACKET-RAIN"),
        r(N, "坚果还有没", "stock", sku="NUTS-DAILY-30"),
        r(N, "seaweed still available?", "stock", sku="SEAWEED-CRISPY-12"),
        r(S, "in stock??", "stock", on_air="APPLE-FUJI-5KG", sku="APPLE-FUJI-5KG"),
        # specs / facts
        r(S, "how many watts is the fryer", "fact", sku="AIRFRYER-6L", fact="1500 W"),
        r(S, "wattage on the rice cooker?", "fact", sku="RICECOOKER-IH-4L", fact="1200 W"),
        r(S, "how big is the tv screen", "fact", sku="TV-4K-65", fact="65 inches"),
        r(S, "is the tv 120hz", "fact", sku="TV-4K-65", fact="120 Hz"),
        r(S, "空气炸锅功率多少", "fact", sku="AIRFRYER-6L", fact="1500 W"),
        r(S, "where is the rice from", "fact", sku="RICE-JASMINE-5KG", fact="Surin, Thailand"),
        r(S, "how long is the yogurt good for", "fact", sku="YOGURT-GREEK-12", fact="21 days"),
        r(S, "酸奶保质期多久", "fact", sku="YOGURT-GREEK-12", fact="21天"),
        r(S, "battery on the robot vacuum?", "fact", sku="VACUUM-ROBOT-X7", fact="5200 mAh"),
        r(S, "suction power of the roomba", "fact", sku="VACUUM-ROBOT-X7", fact="6000 Pa"),
        r(S, "what's the duvet filled with", "fact", sku="DUVET-GOOSE-WINTER",
          fact="95% white goose down"),
        r(S, "how much does the air fryer weigh", "fact", sku="AIRFRYER-6L", fact="4.6 kg"),
        r(S, "sweetness of the corn?", "fact", sku="CORN-SWEET-10", fact="16 Brix"),
        r(A, "what material r the jeans", "fact", sku="JEANS-SLIM", fact="98% cotton 2% elastane"),
        r(A, "what sizes does the tee come in", "fact", sku="TEE-VNECK", fact="S, M, L, XL, XXL"),
        r(A, "how waterproof is the rain jacket", "fact", sku="JACKET-RAIN", fact="10000 mm"),
        r(A, "what colours do the sneakers come in", "fact", sku="SNEAKER-CANVAS",
          fact="white, black, red"),
        r(A, "毛衣什么面料", "fact", sku="SWEATER-MERINO", fact="100%美利奴羊毛"),
        r(A, "帆布鞋尺码多少", "fact", sku="SNEAKER-CANVAS", fact="35到45"),
        r(N, "how long does the jerky keep", "fact", sku="JERKY-SPICY-250", fact="9 months"),
        r(N, "where is the mango from", "fact", sku="MANGO-DRIED-500", fact="Cebu, Philippines"),
        r(N, "what's in the mixed nuts", "fact", sku="NUTS-DAILY-30", fact="walnuts, cashews"),
        r(N, "牛肉干保质期多久", "fact", sku="JERKY-SPICY-250", fact="9个月"),
        r(N, "海苔什么口味", "fact", sku="SEAWEED-CRISPY-12", fact="海盐"),
        r(N, "how much water for the milk tea", "fact", sku="MILKTEA-POWDER-20",
          fact="150 ml hot water"),
        # policies
        r(S, "does shipping cost extra", "policy", policy="shipping-standard"),
        r(S, "能开发票吗", "policy", policy="invoice"),
        r(S, "do u take wechat pay", "policy", policy="payment"),
        r(A, "can i exchange for a bigger size", "policy", policy="returns"),
        r(A, "do u take paypal", "policy", policy="payment"),
        r(A, "free shipping?", "policy", policy="shipping"),
        r(N, "运费怎么算", "policy", policy="shipping"),
        r(N, "零食能退吗", "policy", policy="returns"),
        r(N, "能用微信付吗", "policy", policy="payment"),
        # deals and comparisons
        r(S, "any promo tonight?", "deals"), r(A, "whats on discount", "deals"),
        r(N, "有啥活动", "deals"), r(N, "今天打折吗", "deals"),
        r(A, "which is cheaper jeans or sweater", "compare", skus=["JEANS-SLIM", "SWEATER-MERINO"]),
        r(N, "nuts vs jerky which is cheaper", "compare", skus=["NUTS-DAILY-30", "JERKY-SPICY-250"]),
        r(S, "compare tv and vacuum price", "compare", skus=["TV-4K-65", "VACUUM-ROBOT-X7"]),
        r(S, "鸡蛋跟酸奶哪个便宜点", "compare", skus=["EGG-FREERANGE-30", "YOGURT-GREEK-12"]),
        r(N, "芒果干和海苔哪个贵", "compare", skus=["MANGO-DRIED-500", "SEAWEED-CRISPY-12"]),
        # must abstain: not carried
        r(S, "how much is the iPhone 15 Pro Max", "abstain", why="not carried"),
        r(S, "华为手机多少钱", "abstain", why="not carried"),
        r(S, "小米手机有货吗", "abstain", why="not carried"),
        r(S, "do you sell samsung tvs", "abstain", why="not carried"),
        r(S, "how much is the dyson vacuum", "abstain", why="not carried"),
        r(S, "any microwave tonight?", "abstain", why="not carried"),
        r(S, "how much for a pork belly", "abstain", why="not carried"),
        r(S, "猪肉多少钱一斤", "abstain", why="not carried"),
        r(S, "有没有洗衣机", "abstain", why="not carried"),
        r(S, "macbook air price?", "abstain", why="not carried"),
        r(A, "how much are the nike air max", "abstain", why="not carried"),
        r(A, "do you have socks", "abstain", why="not carried"),
        r(A, "有羽绒服吗", "abstain", why="not carried"),
        r(A, "how much is the leather belt", "abstain", why="not carried"),
        r(A, "iphone case price?", "abstain", why="not carried"),
        r(N, "how much are the potato chips", "abstain", why="not carried"),
        r(N, "有辣条吗", "abstain", why="not carried"),
        r(N, "chocolate price?", "abstain", why="not carried"),
        r(N, "do you sell coffee", "abstain", why="not carried"),
        r(N, "可乐多少钱", "abstain", why="not carried"),
        # must abstain: aspect no passage mentions
        r(S, "is the rice cooker dishwasher safe?", "abstain", sku="RICECOOKER-IH-4L"),
        r(S, "is the beef halal?", "abstain", sku="BEEF-SHANK-1KG"),
        r(S, "is the tv waterproof", "abstain", sku="TV-4K-65"),
        r(S, "is the vacuum made in china?", "abstain", sku="VACUUM-ROBOT-X7"),
        r(S, "does the air fryer come with a recipe book", "abstain", sku="AIRFRYER-6L"),
        r(S, "电视防水吗", "abstain", sku="TV-4K-65"),
        r(S, "牛肉是清真的吗", "abstain", sku="BEEF-SHANK-1KG"),
        r(S, "is the yogurt vegan", "abstain", sku="YOGURT-GREEK-12"),
        r(A, "are the jeans made in china", "abstain", sku="JEANS-SLIM"),
        r(A, "is the beanie vegan", "abstain", sku="BEANIE-WOOL"),
        r(A, "are the sneakers waterproof", "abstain", sku="SNEAKER-CANVAS"),
        r(A, "雨衣能机洗吗", "abstain", sku="JACKET-RAIN"),
        r(N, "is the jerky halal", "abstain", sku="JERKY-SPICY-250"),
        r(N, "are the nuts organic", "abstain", sku="NUTS-DAILY-30"),
        r(N, "is the mango gluten free", "abstain", sku="MANGO-DRIED-500"),
        r(N, "瓜子是有机的吗", "abstain", sku="SEEDS-SUNFLOWER-1KG"),
        # must abstain: not questions about any fact here (streamer chat)
        r(S, "how old are you", "abstain", why="not for the shop"),
        r(S, "what game is next", "abstain", why="not for the shop"),
        r(S, "主播多大了", "abstain", why="not for the shop"),
        r(A, "what phone do you use", "abstain", why="not for the shop"),
        # numbers with a wrong claim in them: the true figure, never a yes
        r(S, "is the 4L one 1500W?", "fact", sku="RICECOOKER-IH-4L", fact="1200 W"),
        r(S, "is the tv 85 inch?", "fact", sku="TV-4K-65", fact="65 inches"),
        r(A, "2 for 50 on the jeans?", "price", sku="JEANS-SLIM"),
    ]


def main() -> None:
    with (HERE / "chat_heldout2.tsv").open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in chat():
            f.write(f"{label}\t{air}\t{text}\n")
    with (HERE / "answers_heldout2.jsonl").open("w", encoding="utf-8") as f:
        for row in answers():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
