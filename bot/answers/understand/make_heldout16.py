"""The sixteenth held-out set (data/chat_heldout16.tsv, data/answers_heldout16.jsonl), written by
hand in one session by a helper with no view of the bot's answers, its fixes or the earlier
held-out generators (only their normalised text was loaded, to drop repeats). The team never
reads this file or its output: only bench totals.

The show: a garden centre & houseplant shop in the UK selling in pounds (make_suite.HELDOUT_SHOPS
["garden"], tests/fixtures/shops/garden_*.yaml) goes live on TikTok Shop and Twitch from its
glasshouse: a Swiss cheese plant in three pot sizes (the 24 cm sold out), peat-free compost by
the bag or the 3-bag bundle, a larch raised bed by length, a hose reel, veg seed packets, a
cordless hedge trimmer with or without a battery, terracotta pots, grow lights, a watering can
(sold out), secateurs, slug pellets (one kind pet safe), a squirrel-proof bird feeder (3 left),
fleece jackets, a wildflower mix sown by the gram per m² and a pet-safe calathea. Its policies
ship plants within Great Britain only (Northern Ireland gets everything but plants and seeds,
the Republic of Ireland non-plant items, nowhere else), take Klarna in 3, give a 30-day plant
guarantee and warranties in years.

The viewers: British and Irish gardeners in their own English (quid, fiver, what's the damage,
innit, cheers, gutted, "does it survive a Scottish winter", "can you post to Belfast"); Hong
Kong viewers in Cantonese and Taiwanese viewers in traditional Chinese (幾錢, 有冇貨, 寄唔寄香港,
可以寄台灣嗎, 貓咪吃了會不會中毒); mainland viewers in simplified Chinese and livestream habit
(多少钱, 包邮吗, 上链接, 扣1); and the US/UK TikTok-Shop and Twitch crowd: Gen-Z slang, plant-
community jargon (variegated, thai con, root bound, LECA, propagate), emote walls, copypastas,
bot commands and their replies, raids, subs and gifts, "ordered!", links and handles, questions
to the host about herself, plant talk that names products but asks nothing, and questions not
for the shop (the song, the next stream, the weather).

Chat labels (label \\t on_air \\t text): 1 = a question or request the shop's facts or policies
answer (price, stock, size and fit, compatibility, specs, delivery, payment, returns, warranty,
deals, a link), 0 = everything else; on_air = 1 when a product is on screen. Hard cases on
purpose: product words in remarks, asks without a question mark, deictic asks ("how much this
one", 呢個幾錢), one-word asks ("damage?", 幾錢?), typos and run-together words.

The answer suite (make_suite.py's row shape, bot/answers/understand/cases.py): a quarter on the
garden shop (variant asks in the viewer's words, the sold-out pot size, per-litre and per-m²
asks, numbers in words, Belfast, Hong Kong and Klarna), the rest on the ten earlier held-out
shops, the three dev shops and the outdoor shop; a third must be abstained on (not carried, not
stated, about the host, another currency, another shop's price, a discount asked for).

    .venv/bin/python -m bot.answers.understand.make_heldout16
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout16.tsv"
ANSWERS = HERE / "answers_heldout16.jsonl"
SEED = 16


def _key(text: str) -> str:
    """The text as compared across sets: normalised, with spaces, punctuation and emoji
    gone; a line of emoji only is compared as written."""
    return re.sub(r"[\W_]+", "", normalize(text)) or text


def _existing() -> set[str]:
    """Every chat line and question of the other sets under data/, keyed."""
    seen: set[str] = set()
    for path in sorted(HERE.glob("chat_*.tsv")):
        if path.name == CHAT.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            seen.add(_key(line.split("\t", 2)[2]))
    for path in sorted(HERE.glob("answers_*.jsonl")):
        if path.name == ANSWERS.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            seen.add(_key(json.loads(line)["question"]))
    return seen


# -- the answer suite ---------------------------------------------------------------------------


def _price(shop: str, q: str, sku: str, air: str | None = None) -> AnswerCase:
    return case(shop, q, "price", air, sku=sku)


def _stock(shop: str, q: str, sku: str, air: str | None = None) -> AnswerCase:
    return case(shop, q, "stock", air, sku=sku)


def _fact(shop: str, q: str, sku: str, fact: str, air: str | None = None) -> AnswerCase:
    return case(shop, q, "fact", air, sku=sku, fact=fact)


def _policy(shop: str, q: str, policy: str, air: str | None = None) -> AnswerCase:
    return case(shop, q, "policy", air, policy=policy)


def _compare(shop: str, q: str, a: str, b: str, air: str | None = None) -> AnswerCase:
    return case(shop, q, "compare", air, skus=[a, b])


def _deals(shop: str, q: str, air: str | None = None) -> AnswerCase:
    return case(shop, q, "deals", air)


def _abstain(shop: str, q: str, why: str, sku: str | None = None,
             air: str | None = None) -> AnswerCase:
    if sku:
        return case(shop, q, "abstain", air, sku=sku, why=why)
    return case(shop, q, "abstain", air, why=why)


NOT_STATED = "not stated"
NOT_CARRIED = "not carried"
HOST = "about the host"
CURRENCY = "a currency the shop does not state"
ELSEWHERE = "another shop's price"
HAGGLE = "a discount asked for"

MON = "MONSTERA-DELICIOSA"
CAL = "CALATHEA-ORBIFOLIA"


def garden_rows() -> list[AnswerCase]:
    """The new shop: the garden centre & houseplant shop (GBP)."""
    g = "garden"
    return [
        # prices, in the viewer's own words
        _price(g, "the 17cm one how much", "MONSTERA-17", MON),
        _price(g, "龜背竹大盆幾錢", "MONSTERA-24"),
        _price(g, "what's the damage on the monstera in the 12cm pot", "MONSTERA-12"),
        _price(g, "how much for three bags of compost", "COMPOST-3X40L"),
        _price(g, "thirty metre hose how much", "HOSE-30M"),
        _price(g, "hedge trimmer kit with the battery, how much is that", "HEDGE-KIT"),
        _price(g, "綠籬機淨機幾多錢", "HEDGE-BARE"),
        _price(g, "wildflower 250g 多少钱", "WILDFLOWER-250G"),
        _price(g, "野花種子一公斤裝幾錢", "WILDFLOWER-1KG"),
        _price(g, "how much per litre is the compost roughly", "COMPOST-40L"),
        _price(g, "wildflower mix, what would it cost me to do 20 m²", "WILDFLOWER-100G"),
        _price(g, "植物燈60cm嗰支幾錢", "GROWLIGHT-60"),
        _price(g, "貓咪安全嗰種防蛞蝓粒幾錢", "SLUG-WOOL"),
        _price(g, "calathea how much in quid", CAL),
        _price(g, "6ft raised bed how much", "RAISEDBED-180"),
        _price(g, "eight foot raised bed whats the damage", "RAISEDBED-240"),
        _price(g, "呢個幾錢呀", "FEEDER-SQUIRRELPROOF", "FEEDER-SQUIRRELPROOF"),
        _price(g, "这个盆栽多少", CAL, CAL),
        _price(g, "damage?", "SECATEURS-KESTREL", "SECATEURS-KESTREL"),
        _price(g, "套盆幾錢?", "POTS-TERRACOTTA", "POTS-TERRACOTTA"),
        _price(g, "how much is a packet of the carrot seeds", "SEEDS-CARROT"),
        _price(g, "番茄種子一包幾錢", "SEEDS-TOMATO"),
        _price(g, "is the medium fleece pack under a tenner", "FLEECE-M"),
        _price(g, "3袋装培养土几钱", "COMPOST-3X40L"),
        # stock, the sold-out size among them
        _stock(g, "24cm monstera back in stock?", "MONSTERA-24"),
        _stock(g, "is the big one still going", "MONSTERA-24", MON),
        _stock(g, "龜背竹24厘米仲有冇貨", "MONSTERA-24"),
        _stock(g, "30 metre hose in stock?", "HOSE-30M"),
        _stock(g, "餵鳥器仲有幾多個", "FEEDER-SQUIRRELPROOF"),
        _stock(g, "watering can sold out??", "WATERINGCAN-GALV"),
        _stock(g, "浇水壶还有货吗", "WATERINGCAN-GALV"),
        _stock(g, "紅蘿蔔種子還有嗎", "SEEDS-CARROT"),
        _stock(g, "how many of the 8ft raised beds have you got", "RAISEDBED-240"),
        _stock(g, "calathea 還有貨嗎", CAL),
        _stock(g, "有冇貨呀", "SECATEURS-KESTREL", "SECATEURS-KESTREL"),
        _stock(g, "still got any?", "FEEDER-SQUIRRELPROOF", "FEEDER-SQUIRRELPROOF"),
        _stock(g, "17厘米龟背竹还剩几盆", "MONSTERA-17"),
        # facts of the listing
        _fact(g, "does it survive a Scottish winter", MON, "not frost hardy", MON),
        _fact(g, "我隻貓成日咬葉，龜背竹食咗會唔會中毒", MON, "对猫狗有毒"),
        _fact(g, "is the calathea ok with cats, mine eats everything", CAL,
              "non-toxic to cats and dogs"),
        _fact(g, "竹芋對狗狗有毒嗎", CAL, "对猫狗无毒"),
        _fact(g, "is it peat free or nah", "COMPOST-PEATFREE", "100% peat-free",
              "COMPOST-PEATFREE"),
        _fact(g, "这个土是无泥炭的吗", "COMPOST-PEATFREE", "不含泥炭", "COMPOST-PEATFREE"),
        _fact(g, "can i use the compost for my blueberries", "COMPOST-PEATFREE",
              "not for ericaceous plants"),
        _fact(g, "hedgecutter battery included or extra", "HEDGE-BARE",
              "no battery or charger included"),
        _fact(g, "綠籬機最粗剪到幾粗嘅樹枝", "HEDGETRIMMER-CUTPRO", "18毫米"),
        _fact(g, "种植床的木头有没有做防腐药水处理", "RAISEDBED-LARCH", "未经化学处理"),
        _fact(g, "will the hose fit a normal outside tap", "HOSE-REEL",
              "fits standard ¾″ threaded outside taps"),
        _fact(g, "水喉可唔可以駁熱水", "HOSE-REEL", "只用冷水"),
        _fact(g, "can the terracotta pots stay out all winter", "POTS-TERRACOTTA",
              "not frost proof"),
        _fact(g, "will my 17cm monstera fit in one of the terracotta pots", "POTS-TERRACOTTA",
              "the 21 cm pot takes a plant in a 17 cm nursery pot"),
        _fact(g, "植物燈有冇得較光暗", "GROWLIGHT-SUNBAR", "5档亮度"),
        _fact(g, "can i put the grow light in my greenhouse", "GROWLIGHT-SUNBAR",
              "not suitable for outdoor or greenhouse use"),
        _fact(g, "secateurs any good for lefties", "SECATEURS-KESTREL", "right-handed only"),
        _fact(g, "剪枝剪最大剪幾粗", "SECATEURS-KESTREL", "最大20毫米"),
        _fact(g, "slug pellets safe for the dog?", "SLUG-CONTROL", "Wool pellets are pet safe"),
        _fact(g, "野花種子第一年會開花嗎", "WILDFLOWER-MIX", "第一年夏天开花"),
        _fact(g, "per m² how much seed do i need", "WILDFLOWER-MIX", "5 g per m²"),
        _fact(g, "bird feeder come with seed", "FEEDER-SQUIRRELPROOF", "bird seed not included"),
        _fact(g, "is it actually squirrel proof fr", "FEEDER-SQUIRRELPROOF",
              "a squirrel's weight closes the ports", "FEEDER-SQUIRRELPROOF"),
        _fact(g, "how cold can the fleece jackets handle", "FLEECE-JACKETS", "–3°C"),
        _fact(g, "浇水壶用久了会不会生锈", "WATERINGCAN-GALV", "热镀锌防锈"),
        _fact(g, "is it a thai con", MON, "not Thai Constellation", MON),
        _fact(g, "番茄種子幾時播", "SEEDS-TOMATO", "番茄2–4月室内育苗"),
        _fact(g, "how heavy is a bag of compost, i live up 3 flights", "COMPOST-40L",
              "about 15 kg per bag"),
        _fact(g, "竹芋用水喉水淋得唔得", CAL, "自来水会让叶尖发黄"),
        _fact(g, "冬天放露台會唔會凍死", CAL, "16°C", CAL),
        # policies
        _policy(g, "can you post to Belfast", "shipping-islands"),
        _policy(g, "can you send a monstera to belfast", "shipping-islands"),
        _policy(g, "do you deliver to the Isle of Wight", "shipping-islands"),
        _policy(g, "寄唔寄香港", "shipping-ireland"),
        _policy(g, "可以寄台灣嗎", "shipping-ireland"),
        _policy(g, "can i get the hose reel sent to dublin", "shipping-ireland"),
        _policy(g, "can I pay with Klarna", "payment"),
        _policy(g, "klarna pay in 3 an option?", "payment"),
        _policy(g, "可以用支付寶嗎", "payment"),
        _policy(g, "free delivery over how much", "shipping"),
        _policy(g, "英國本土包郵嗎", "shipping"),
        _policy(g, "what if my plant dies in a week", "plant-guarantee"),
        _policy(g, "植物死咗可唔可以賠", "plant-guarantee"),
        _policy(g, "can i send a plant back after 2 weeks if i don't like it", "returns"),
        _policy(g, "how long's the warranty on the hedge trimmer", "warranty"),
        _policy(g, "剪枝剪保用幾耐", "warranty"),
        _policy(g, "发货要几天到伦敦", "shipping"),
        # comparisons
        _compare(g, "15m or 30m hose, whats the price difference", "HOSE-15M", "HOSE-30M"),
        _compare(g, "ferric or wool pellets which is cheaper", "SLUG-FERRIC", "SLUG-WOOL"),
        _compare(g, "竹芋同龜背竹細盆邊個平啲", CAL, "MONSTERA-12"),
        _compare(g, "30cm同60cm植物灯差几多钱", "GROWLIGHT-30", "GROWLIGHT-60"),
        _compare(g, "one bag vs the 3 bag bundle, is the bundle actually cheaper", "COMPOST-40L",
                 "COMPOST-3X40L"),
        # the live deals
        _deals(g, "any deals on tonight"),
        _deals(g, "今晚有冇優惠"),
        _deals(g, "直播间有什么活动价"),
        # must abstain
        _abstain(g, "do you sell lawnmowers", NOT_CARRIED),
        _abstain(g, "有冇剪草機賣", NOT_CARRIED),
        _abstain(g, "do you have any olive trees", NOT_CARRIED),
        _abstain(g, "你哋有冇賣多肉", NOT_CARRIED),
        _abstain(g, "got any chilli seeds", NOT_CARRIED),
        _abstain(g, "有沒有賣蘭花", NOT_CARRIED),
        _abstain(g, "do you sell gift cards", NOT_CARRIED),
        _abstain(g, "how much is the monstera in USD", CURRENCY, MON),
        _abstain(g, "幾多港幣", CURRENCY, MON, MON),
        _abstain(g, "呢個折合台幣多少", CURRENCY, CAL, CAL),
        _abstain(g, "cheapest compost in the UK?", ELSEWHERE),
        _abstain(g, "is this cheaper than b&q", ELSEWHERE, "HOSE-REEL", "HOSE-REEL"),
        _abstain(g, "can you give discount if i buy 3 plants", HAGGLE),
        _abstain(g, "可唔可以平啲", HAGGLE, "HOSE-REEL", "HOSE-REEL"),
        _abstain(g, "will the monstera be ok in a north facing bathroom", NOT_STATED, MON),
        _abstain(g, "does the compost get rid of fungus gnats", NOT_STATED, "COMPOST-PEATFREE"),
        _abstain(g, "do the slug pellets work on snails too", NOT_STATED, "SLUG-CONTROL"),
        _abstain(g, "will the wildflowers attract wasps", NOT_STATED, "WILDFLOWER-MIX"),
        _abstain(g, "will the hedge trimmer get through bamboo", NOT_STATED, "HEDGETRIMMER-CUTPRO"),
        _abstain(g, "does the calathea flower", NOT_STATED, CAL),
        _abstain(g, "is the raised bed deep enough for potatoes", NOT_STATED, "RAISEDBED-LARCH"),
        _abstain(g, "is the bird feeder ok for parrots", NOT_STATED, "FEEDER-SQUIRRELPROOF"),
        _abstain(g, "can the watering can go in the dishwasher", NOT_STATED, "WATERINGCAN-GALV"),
        _abstain(g, "這些種子在香港天氣種得活嗎", NOT_STATED, "SEEDS-VEG"),
        _abstain(g, "這個土可以種榴槤嗎", NOT_STATED, "COMPOST-PEATFREE"),
        _abstain(g, "is the larch fsc certified", NOT_STATED, "RAISEDBED-LARCH"),
        _abstain(g, "will the fleece stop the cats digging", NOT_STATED, "FLEECE-JACKETS"),
        _abstain(g, "wildflower mix ok for a shady garden", NOT_STATED, "WILDFLOWER-MIX"),
        _abstain(g, "龜背竹會唔會吸甲醛", NOT_STATED, MON),
        _abstain(g, "is the monstera grown in the uk", NOT_STATED, MON),
        _abstain(g, "does it do well in LECA", NOT_STATED, MON, MON),
        _abstain(g, "呢款泥種番茄會唔會生蟲", NOT_STATED, "COMPOST-PEATFREE"),
        _abstain(g, "what's your favourite plant", HOST),
        _abstain(g, "how many plants do YOU have", HOST),
        _abstain(g, "where's your greenhouse", HOST),
        _abstain(g, "主播你屋企有幾多盆植物", HOST),
        _abstain(g, "主播你自己用什么牌子的剪刀", HOST),
    ]


def earlier_rows() -> list[AnswerCase]:
    """The ten earlier held-out shops, 10+ questions each."""
    return [
        # gadget: phone accessories (GBP)
        _price("gadget", "how much is the 20000mAh power bank in quid", "POWERBANK-VOLT-20K"),
        _stock("gadget", "that 26800 power bank, any back in yet", "POWERBANK-VOLT-26K"),
        _stock("gadget", "降噪耳机还剩几副", "EARBUDS-AIRLITE-PRO"),
        _fact("gadget", "does the magdisc come with a plug or do i need my own",
              "CHARGER-QI2-15W", "not included"),
        _fact("gadget", "编织线插显示器能出画面吗", "CABLE-USBC-BRAID", "不支持外接显示器"),
        _fact("gadget", "will the smart plugs show up in apple home", "PLUG-SMART-2PK",
              "not supported"),
        _fact("gadget", "我手机是安卓的，寻物器用得了吗", "TAG-FINDIT-4PK", "仅支持苹果查找网络"),
        _fact("gadget", "boomlet in the bath ok? what's it rated", "SPEAKER-BOOMLET", "IP67"),
        _compare("gadget", "ring light vs the laptop stand which one's less", "RINGLIGHT-GLOWUP-10",
                 "STAND-LIFTDESK"),
        _policy("gadget", "你们收不收支付宝", "payment"),
        _policy("gadget", "can u post to dublin", "shipping"),
        _price("gadget", "三米黑色那条线多少钱", "CABLE-USBC-3M-BLK"),
        _abstain("gadget", "这个充电宝有没有手电筒功能", NOT_STATED, "POWERBANK-VOLT", "POWERBANK-VOLT"),
        _abstain("gadget", "what would the earbuds cost in euros", CURRENCY, "EARBUDS-AIRLITE-PRO"),
        _abstain("gadget", "你们卖不卖游戏手柄", NOT_CARRIED),
        _fact("gadget", "will the mount charge my phone while i drive", "MOUNT-GRIPSTER",
              "no charging coil", "MOUNT-GRIPSTER"),
        _fact("gadget", "戴着这个耳机去游泳可以吗", "EARBUDS-AIRLITE-PRO", "游泳和洗澡都不要戴",
              "EARBUDS-AIRLITE-PRO"),
        _stock("gadget", "15 pro max磨砂黑手机壳还剩多少", "CASE-IP15PM-BLK"),
        _policy("gadget", "智能插座保修几年", "warranty"),
        # beauty: skincare & cosmetics (EUR)
        _stock("beauty", "粉底液04蜜色补货了没", "FOUND-04-HONEY"),
        _price("beauty", "100ml moisturiser how much", "MOIST-HYDRA-100ML"),
        _price("beauty", "防晒50+那支多少钱", "SUN-SPF50"),
        _stock("beauty", "nude rose lippie how many left", "LIP-NUDE-ROSE"),
        _fact("beauty", "吹风机带去美国用得了吗，那边是110伏", "DRYER-AEROLUX", "只支持220-240伏"),
        _fact("beauty", "is the vit c serum ok to layer with retinol", "SERUM-C15",
              "retinol at night"),
        _fact("beauty", "are the brushes vegan or real hair", "BRUSHSET-ATELIER", "no animal hair"),
        _stock("beauty", "sheet masks still sold out?", "MASK-HYDRA-10"),
        _compare("beauty", "洗发水卷发款和控油款哪个便宜", "SHAMPOO-CURLY", "SHAMPOO-OILY"),
        _policy("beauty", "ship to london?", "shipping-limits"),
        _policy("beauty", "开封的香水可以退吗", "returns"),
        _abstain("beauty", "is the foundation halal certified", NOT_STATED, "FOUNDATION-SKINVEIL"),
        _price("beauty", "香水100ml的多少", "PERFUME-100ML"),
        _abstain("beauty", "你们有卖美甲灯吗", NOT_CARRIED),
        _abstain("beauty", "主播你自己用哪个色号的粉底", HOST),
        _fact("beauty", "do glide5 refills fit my gillette handle", "RAZOR-GLIDE5",
              "only Glide handles take Glide5 cartridges"),
        _fact("beauty", "牙刷充一次电能用多久", "TOOTHBRUSH-SONIQ", "充一次电用30天"),
        _policy("beauty", "how many points do i get per euro", "loyalty"),
        # fitness: sports nutrition & equipment (USD)
        _stock("fitness", "vanilla 5lb whey restock?", "WHEY-VAN-5LB"),
        _price("fitness", "巧克力味5磅的蛋白粉多少钱", "WHEY-CHOC-5LB"),
        _fact("fitness", "how much caffeine is in voltage", "PREWORKOUT-VOLTAGE", "300 mg"),
        _fact("fitness", "蛋白棒有花生吗，我过敏", "BAR-CRUNCHLAB-12", "含花生"),
        _compare("fitness", "single dumbbell vs the pair price", "DUMBBELL-SINGLE", "DUMBBELL-PAIR"),
        _stock("fitness", "jump rope back in stock or still gone", "ROPE-SWIFT"),
        _fact("fitness", "体脂秤要连wifi吗", "SCALE-TALLY", "不支持Wi-Fi"),
        _policy("fitness", "can you ship the dumbbells to hawaii", "shipping-limits"),
        _policy("fitness", "订阅能打几折", "subscribe-save"),
        _abstain("fitness", "is the creatine vegan", NOT_STATED, "CREATINE-PUREFORM"),
        _stock("fitness", "yoga mat 10mm sage how many left", "MAT-10MM-SAGE"),
        _price("fitness", "1000克的肌酸多少钱", "CREATINE-1000G"),
        _abstain("fitness", "你们卖跑步机吗", NOT_CARRIED),
        _abstain("fitness", "蛋白粉一桶合人民币多少", CURRENCY, "WHEY-IRONCORE"),
        _fact("fitness", "this tingle normal??", "PREWORKOUT-VOLTAGE", "beta-alanine",
              "PREWORKOUT-VOLTAGE"),
        _fact("fitness", "can i put boiling water in the shaker", "SHAKER-BLENDPRO",
              "never boiling water"),
        _stock("fitness", "gloves size L left?", "GLOVES-L"),
        # pets: pet food & supplies (GBP)
        _stock("pets", "adult 12kg bag back yet", "DOG-ADULT-12KG"),
        _stock("pets", "鸭肉味猫湿粮还有多少盒", "CAT-DUCK-12"),
        _price("pets", "20L litter whats the damage", "LITTER-20L"),
        _fact("pets", "我家猫能用这个狗的驱虫滴剂吗", "SPOTON-FLEASHIELD", "千万不要给猫用"),
        _fact("pets", "is the hearthside grain free", "DOGFOOD-HEARTH", "not grain free"),
        _policy("pets", "do you deliver pet food to jersey", "shipping-limits"),
        _price("pets", "8米牵引绳多少钱", "LEAD-8M"),
        _stock("pets", "harness large navy in stock?", "HARNESS-L-NAVY"),
        _fact("pets", "does the cat fountain run on batteries", "FOUNTAIN-FLOWY",
              "no built-in battery"),
        _fact("pets", "猫砂用完能直接冲厕所吗", "LITTER-CLOUDCLUMP", "请装袋扔进垃圾桶"),
        _abstain("pets", "is the donut bed chew proof", NOT_STATED, "BED-SNUGGLE"),
        _abstain("pets", "do u sell rabbit hutches", NOT_CARRIED),
        _policy("pets", "定期送打几折", "repeat-save"),
        _compare("pets", "salmon treats or chicken treats which is cheaper", "TREAT-SALMON-100G",
                 "TREAT-CHICKEN-100G"),
        _stock("pets", "航空箱什么时候补货", "CARRIER-VOYAGE"),
        _abstain("pets", "主播你家狗叫什么名字", HOST),
        _fact("pets", "this one ok for kittens?", "CATFOOD-PURRFECT", "made for adult cats from 1 year",
              "CATFOOD-PURRFECT"),
        # baby: baby & toddler (EUR)
        _stock("baby", "6号纸尿裤还有没有货", "NAPPY-S6"),
        _price("baby", "size 4 nappies how much a pack", "NAPPY-S4"),
        _price("baby", "二段奶粉一罐多少钱", "FORMULA-STAGE2"),
        _fact("baby", "is the lunamilk ok for a cow's milk allergy", "FORMULA-LUNA",
              "not for babies with a cow's milk allergy"),
        _fact("baby", "推车刚出生的宝宝可以躺吗", "STROLLER-ZIPPA", "没有新生儿平躺模式"),
        _fact("baby", "car seat without isofix can or not", "CARSEAT-ORBIT360",
              "cannot be fitted with a seat belt"),
        _stock("baby", "安全座椅还剩几个", "CARSEAT-ORBIT360"),
        _fact("baby", "baby monitor app on my phone?", "MONITOR-NESTVIEW", "there is no app"),
        _fact("baby", "can i stick the teether in the freezer", "TEETHER-BLOOM", "never freeze it"),
        _stock("baby", "sleeping bag 2.5 tog 6-18 months in stock?", "SLEEP-25-6-18"),
        _compare("baby", "150ml和260ml奶瓶哪个便宜", "BOTTLE-150ML", "BOTTLE-260ML"),
        _policy("baby", "do you deliver a stroller to Zurich", "shipping-limits"),
        _policy("baby", "开过罐的奶粉能退吗", "returns"),
        _fact("baby", "can i chuck the high chair cushion in the wash", "HIGHCHAIR-GROWUP",
              "wipe clean only"),
        _abstain("baby", "are the wipes certified organic", NOT_STATED, "WIPES-PUREAQUA"),
        _abstain("baby", "你们有卖婴儿床吗", NOT_CARRIED),
        _policy("baby", "纸尿裤订阅打几折", "nappy-club"),
        _fact("baby", "how many wipes in total", "WIPES-PUREAQUA", "720 wipes", "WIPES-PUREAQUA"),
        # tools: power tools & hardware (AUD)
        _stock("tools", "4Ah drill kit back in stock?", "DRILL-KIT-4AH"),
        _stock("tools", "6.0Ah电池还剩几块", "BATT-6AH"),
        _price("tools", "spare 4 amp hour battery how much", "BATT-4AH"),
        _fact("tools", "冲击起子有没有送电池", "IMPACT-VOLTA18", "不含电池和充电器"),
        _fact("tools", "will the volta batteries fit my ryobi gear", "BATT-VOLTA18",
              "not Makita, Ryobi, DeWalt or Milwaukee"),
        _fact("tools", "circular saw do a 2x4 in one pass?", "SAW-CIRC-185", "in one pass"),
        _fact("tools", "圆锯是插电的还是锂电的", "SAW-CIRC-185", "240伏插电，非锂电"),
        _fact("tools", "tape got inches on it?", "TAPE-GRIPLOCK", "metric only"),
        _compare("tools", "zinc or stainless screws which is cheaper", "SCREWS-ZINC", "SCREWS-SS304"),
        _policy("tools", "can you send batteries to NZ", "shipping-nz"),
        _policy("tools", "can I pay with zip", "payment"),
        _policy("tools", "tradie here, got an ABN, any trade discount", "trade"),
        _stock("tools", "laser level when restock", "LASER-CROSS360"),
        _fact("tools", "shop vac comes with hepa?", "VAC-WETDRY", "HEPA filter sold separately"),
        _fact("tools", "电钻有冲击档吗，想打砖墙", "DRILL-VOLTA18", "不适合水泥墙和砖墙"),
        _stock("tools", "workbench how many left", "BENCH-FOLDPRO"),
        _abstain("tools", "is the circular saw ok for left handers", NOT_STATED, "SAW-CIRC-185"),
        _abstain("tools", "do you stock angle grinders", NOT_CARRIED),
        _price("tools", "这个工作台多少钱", "BENCH-FOLDPRO", "BENCH-FOLDPRO"),
        # jewel: jewellery & watches (SGD)
        _stock("jewel", "US7 ring restock?", "RING-US7"),
        _fact("jewel", "这个戒指含金吗还是银的", "RING-LUNA-925", "925纯银镀铑"),
        _price("jewel", "0.5卡的钻石吊坠几多钱", "PENDANT-050CT"),
        _price("jewel", "8-9mm pearl studs price pls", "PEARL-8MM"),
        _stock("jewel", "58mm翡翠手镯还剩几只", "JADE-58MM"),
        _fact("jewel", "can i shower with the herringbone chain on", "NECKLACE-AURA",
              "take it off to shower or swim"),
        _fact("jewel", "meridian ok for scuba?", "WATCH-MERIDIAN40", "scuba diving no"),
        _fact("jewel", "钛戒可唔可以刻名", "BAND-TITAN6", "免费内圈刻字"),
        _stock("jewel", "brown leather meridian in stock", "WATCH-BROWN-LEATHER"),
        _compare("jewel", "40cm or 45cm necklace which is cheaper", "NECK-40CM", "NECK-45CM"),
        _policy("jewel", "寄香港要几多运费", "shipping-worldwide"),
        _policy("jewel", "can pay with paynow", "payment"),
        _fact("jewel", "are the pearl studs akoya", "EARRING-PEARL", "cultured freshwater pearl"),
        _abstain("jewel", "do you sell men's cufflinks", NOT_CARRIED),
        _abstain("jewel", "主播你手上戴的是哪只表", HOST),
        _fact("jewel", "kids watch can he shower with it", "WATCH-TIKI-KIDS",
              "not for swimming or bathing"),
        _fact("jewel", "polishing cloth safe for my gold plated necklace", "CLOTH-SHINE",
              "it can wear plating thin"),
        _stock("jewel", "戒指尺寸圈还有货吗", "SIZER-RING"),
        _abstain("jewel", "is the jade bangle good feng shui for wealth", NOT_STATED, "BANGLE-JADE"),
        # brew: coffee & tea (PHP)
        _stock("brew", "500g濾泡的薩加達還有貨嗎", "SAGADA-500-FIL"),
        _price("brew", "1kg sagada whole bean magkano", "SAGADA-1KG-WB"),
        _price("brew", "阿里山烏龍150克多少錢", "OOLONG-150G"),
        _fact("brew", "is the barako arabica", "BEAN-BARAKO", "Liberica (not arabica)"),
        _fact("brew", "這個手沖壺在台灣能用嗎，我們是110", "KETTLE-GOOSE-08", "不適用110伏特"),
        _fact("brew", "moka pot on my induction stove pwede?", "MOKA-ALU",
              "not induction compatible"),
        _fact("brew", "抹茶有沒有加糖", "MATCHA-UJI-30", "無添加糖"),
        _stock("brew", "filters restock when", "FILTER-PAPER-100"),
        _stock("brew", "gift set ilan pa natitira", "GIFT-BREWKIT"),
        _fact("brew", "frother comes with batteries?", "FROTHER-WHISK", "not included"),
        _policy("brew", "寄台北運費多少", "shipping-taiwan"),
        _policy("brew", "pwede COD sa Cebu?", "payment"),
        _compare("brew", "350 vs 500 tumbler price diff", "TUMBLER-350", "TUMBLER-500"),
        _fact("brew", "is the sagada decaf or regular", "BEAN-SAGADA", "not decaf"),
        _fact("brew", "耶加雪菲可以磨義式的嗎", "BEAN-YIRGA", "原豆或濾泡中研磨"),
        _abstain("brew", "kettle in NT dollars how much", CURRENCY, "KETTLE-GOOSE-08"),
        _abstain("brew", "你們有賣膠囊咖啡機嗎", NOT_CARRIED),
        _abstain("brew", "is the matcha organic", NOT_STATED, "MATCHA-UJI-30"),
        # bedding: bedding & home textiles (INR)
        _stock("bedding", "king size bedsheet grey kab aayega", "SHEET-KG-GRY"),
        _price("bedding", "queen indigo bedsheet kitna", "SHEET-QN-IND"),
        _fact("bedding", "sateen or percale?", "SHEET-PERCALE-300", "not sateen"),
        _fact("bedding", "这床单用的是埃及长绒棉吧", "SHEET-PERCALE-300", "不是埃及棉"),
        _stock("bedding", "重力毯9公斤还剩几条", "WEIGHTED-9KG"),
        _fact("bedding", "weighted blanket washing machine me daal sakte?", "BLANKET-WEIGHTED",
              "not for the washing machine"),
        _fact("bedding", "curtain rod included hai?", "CURTAIN-BLACKOUT", "the rod is not included"),
        _stock("bedding", "7ft charcoal curtain in stock?", "CURTAIN-7FT-CHAR"),
        _fact("bedding", "记忆棉枕头的枕芯能水洗吗", "PILLOW-MEMORY", "枕芯不能水洗"),
        _compare("bedding", "fibre pillows or the memory foam one which is cheaper",
                 "PILLOW-FIBRE-PAIR", "PILLOW-MEMORY"),
        _policy("bedding", "can u ship to singapore, how much", "shipping-singapore"),
        _policy("bedding", "UPI chalega?", "payment"),
        _policy("bedding", "真丝枕套收到了可以退吗", "returns"),
        _fact("bedding", "doormat outdoor rakh sakte?", "DOORMAT-JUTE", "indoor only"),
        _fact("bedding", "duvet got goose down in it?", "DUVET-MICRO", "down-free and feather-free"),
        _price("bedding", "towels ka set kitne ka", "TOWEL-SET4", "TOWEL-SET4"),
        _abstain("bedding", "is the silk pillowcase dermatologist tested", NOT_STATED,
                 "PILLOWCASE-SILK"),
        _abstain("bedding", "do you sell mattresses", NOT_CARRIED),
        _stock("bedding", "hamper how many left", "GIFT-HAMPER"),
        # car: car accessories & motorcycle gear (MYR)
        _stock("car", "helmet XL got stock or not", "KRX-XL"),
        _price("car", "22寸雨刷几钱", "WIPER-22"),
        _price("car", "dashcam 128gb how much ah", "VISTA-128GB"),
        _fact("car", "jump starter can start my lorry 24v?", "JUMPSTARTER-VOLTRA",
              "not for 24V trucks or lorries"),
        _fact("car", "头盔有DOT认证吗", "HELMET-KRX", "不是DOT认证"),
        _stock("car", "vacuum bila ada stok", "VACUUM-CYCLO"),
        _policy("car", "寄新加坡运费多少", "shipping-singapore"),
        _policy("car", "can pay paypal?", "payment"),
        _compare("car", "LED bulb H4 vs H7 which cheaper", "LUMAX-H4", "LUMAX-H7"),
        _fact("car", "手机架可以无线充电吗", "HOLDER-CLAMPIT", "没有无线充电"),
        _fact("car", "dash cam got GPS?", "DASHCAM-VISTA2K", "no GPS"),
        _abstain("car", "do you sell car tyres", NOT_CARRIED),
        _fact("car", "rain suit hood can wear under helmet?", "RAINSUIT-STORM",
              "hood fits under a full face helmet"),
        _fact("car", "这个香薰有多少毫升", "PERFUME-AROMA", "8毫升", "PERFUME-AROMA"),
        _abstain("car", "seat cover fit my Honda HR-V or not", NOT_STATED, "SEATCOVER-COMFI"),
        _stock("car", "jump starter how many left", "JUMPSTARTER-VOLTRA"),
        _policy("car", "can install at my house in Penang?", "installation"),
        _abstain("car", "dashcam 多少美金", CURRENCY, "DASHCAM-VISTA2K"),
    ]


def more_rows() -> list[AnswerCase]:
    """More on the ten earlier held-out shops and the older ones, mostly in Chinese and mostly
    to abstain on."""
    return [
        # gadget
        _abstain("gadget", "有没有卖苹果原装充电头", NOT_CARRIED),
        _abstain("gadget", "智能插座能连小米米家吗", NOT_STATED, "PLUG-SMART-2PK"),
        _abstain("gadget", "does the ring light come with a carry bag", NOT_STATED,
                 "RINGLIGHT-GLOWUP-10"),
        _abstain("gadget", "is the boomlet louder than a jbl go", ELSEWHERE, "SPEAKER-BOOMLET"),
        _abstain("gadget", "买两个充电宝可以便宜点吗", HAGGLE, "POWERBANK-VOLT"),
        _abstain("gadget", "主播你用的什么手机", HOST),
        _abstain("gadget", "耳机多少港币", CURRENCY, "EARBUDS-AIRLITE-PRO"),
        _price("gadget", "iPhone 15 pro透明壳多少钱", "CASE-IP15PRO-CLR"),
        _fact("gadget", "do the tracker tags need a subscription", "TAG-FINDIT-4PK",
              "no subscription"),
        _fact("gadget", "无线充电器隔着手机壳能充吗", "CHARGER-QI2-15W", "可隔5毫米以内的手机壳充电"),
        _stock("gadget", "白色两米的线还有吗", "CABLE-USBC-2M-WHT"),
        # beauty
        _abstain("beauty", "is the sunscreen reef safe", NOT_STATED, "SUNSCREEN-SOLEIL"),
        _abstain("beauty", "维C精华孕妇能用吗", NOT_STATED, "SERUM-C15"),
        _abstain("beauty", "你们有卖染发剂吗", NOT_CARRIED),
        _abstain("beauty", "这支口红是不是比迪奥的便宜", ELSEWHERE, "LIPSTICK-VELOURS"),
        _abstain("beauty", "香水能不能再便宜十欧", HAGGLE, "PERFUME-NUIT", "PERFUME-NUIT"),
        _abstain("beauty", "吹风机多少英镑", CURRENCY, "DRYER-AEROLUX"),
        _fact("beauty", "面霜有没有香味", "MOIST-HYDRA", "无香精"),
        _fact("beauty", "这个防晒涂了会泛白吗", "SUNSCREEN-SOLEIL", "不泛白"),
        _price("beauty", "8支装刷头多少钱", "HEADS-8PK"),
        _stock("beauty", "香水100ml还剩几瓶", "PERFUME-100ML"),
        # fitness
        _abstain("fitness", "蛋白粉是清真的吗", NOT_STATED, "WHEY-IRONCORE"),
        _abstain("fitness", "瑜伽垫可以扔洗衣机洗吗", NOT_STATED, "MAT-ZENGRIP"),
        _abstain("fitness", "你们卖健身房会员卡吗", NOT_CARRIED),
        _abstain("fitness", "氮泵孕妇能喝吗", NOT_STATED, "PREWORKOUT-VOLTAGE"),
        _abstain("fitness", "主播你每天练多久", HOST),
        _abstain("fitness", "哑铃能不能打个八折", HAGGLE, "DUMBBELL-FLEXLIFT"),
        _fact("fitness", "弹力带几根可以一起用吗", "BANDS-TENSIONPRO", "阻力叠加"),
        _price("fitness", "600毫升摇摇杯多少钱", "SHAKER-600ML"),
        _stock("fitness", "酸西瓜味氮泵还有吗", "PWO-SOUR-MELON"),
        _fact("fitness", "体脂秤最多能称多重", "SCALE-TALLY", "180公斤"),
        # pets
        _abstain("pets", "狗粮里有没有加益生菌", NOT_STATED, "DOGFOOD-HEARTH"),
        _abstain("pets", "有冇魚缸賣", NOT_CARRIED),
        _abstain("pets", "猫抓柱兔子可以用吗", NOT_STATED, "POST-SISALTOWER"),
        _abstain("pets", "驱虫滴剂多少人民币", CURRENCY, "SPOTON-FLEASHIELD"),
        _abstain("pets", "is the chew ring ok for a teething puppy", NOT_STATED, "TOY-TOUGHRING"),
        _abstain("pets", "买两包狗粮能便宜点吗", HAGGLE, "DOGFOOD-HEARTH"),
        _fact("pets", "饮水机会不会很吵", "FOUNTAIN-FLOWY", "25分贝以下"),
        _price("pets", "5米伸缩绳多少钱", "LEAD-5M"),
        _fact("pets", "滴完驱虫药多久可以洗澡", "SPOTON-FLEASHIELD", "48小时"),
        _stock("pets", "S码珊瑚粉胸背还剩几个", "HARNESS-S-CORAL"),
        # baby
        _abstain("baby", "奶粉是有机的吗", NOT_STATED, "FORMULA-LUNA"),
        _abstain("baby", "纸尿裤是日本产的吗", NOT_STATED, "NAPPY-SOFTSTEP"),
        _abstain("baby", "你们卖婴儿游泳圈吗", NOT_CARRIED),
        _abstain("baby", "安全座椅比好孩子的便宜吗", ELSEWHERE, "CARSEAT-ORBIT360"),
        _abstain("baby", "监视器多少美元", CURRENCY, "MONITOR-NESTVIEW"),
        _abstain("baby", "主播你有小孩吗", HOST),
        _fact("baby", "连体衣洗了会缩水吗", "BODYSUIT-COZY3", "洗后约缩3%"),
        _price("baby", "1段奶粉多少钱一罐", "FORMULA-STAGE1"),
        _stock("baby", "沙色推车还有吗", "STROLLER-SAND"),
        _fact("baby", "睡袋冬天选几托格", "SLEEPBAG-DREAMY", "冬天2.5托格"),
        # tools
        _abstain("tools", "你们有卖发电机吗", NOT_CARRIED),
        _abstain("tools", "激光水平仪能测距离吗", NOT_STATED, "LASER-CROSS360"),
        _abstain("tools", "吸尘器开起来有多吵", NOT_STATED, "VAC-WETDRY"),
        _abstain("tools", "is the drill cheaper at bunnings", ELSEWHERE, "DRILL-VOLTA18"),
        _abstain("tools", "电钻套装多少人民币", CURRENCY, "DRILL-VOLTA18"),
        _abstain("tools", "主播你是木匠吗", HOST),
        _fact("tools", "can i wear the safety glasses over my specs", "GLASSES-CLEARVIEW",
              "not an over-spectacle style"),
        _price("tools", "8米卷尺多少钱", "TAPE-8M"),
        _fact("tools", "快充一次能充几块电池", "CHARGER-VOLTA-FAST", "一次充一块"),
        _policy("tools", "可以自提吗，我在布里斯班", "pickup"),
        # jewel
        _abstain("jewel", "翡翠手镯可以戴着洗澡吗", NOT_STATED, "BANGLE-JADE"),
        _abstain("jewel", "do you do custom engagement rings", NOT_CARRIED),
        _abstain("jewel", "首饰盒可以刻字吗", NOT_STATED, "BOX-VELVET"),
        _abstain("jewel", "钻石吊坠多少马币", CURRENCY, "PENDANT-LABDIA"),
        _abstain("jewel", "手链比Pandora便宜吗", ELSEWHERE, "BRACELET-CHARMLY"),
        _abstain("jewel", "主播你的结婚戒指在哪买的", HOST),
        _fact("jewel", "机械表需要换电池吗", "WATCH-MERIDIAN40", "戴着就会自动上链"),
        _price("jewel", "17cm手链多少钱", "CHARM-17CM"),
        _stock("jewel", "钛戒12号还剩几个", "TITAN-US12"),
        _fact("jewel", "吊坠有附链子吗", "PENDANT-LABDIA", "配45厘米14K白金链"),
        _deals("jewel", "有冇限時優惠"),
        # brew
        _abstain("brew", "摩卡壺可以煮茶嗎", NOT_STATED, "MOKA-ALU"),
        _abstain("brew", "你們有賣全自動咖啡機嗎", NOT_CARRIED),
        _abstain("brew", "烏龍茶孕婦可以喝嗎", NOT_STATED, "OOLONG-ALISHAN"),
        _abstain("brew", "隨行杯比星巴克的便宜嗎", ELSEWHERE, "TUMBLER-THERMO"),
        _abstain("brew", "禮盒可以算便宜一點嗎", HAGGLE, "GIFT-BREWKIT"),
        _abstain("brew", "主播你一天喝幾杯咖啡", HOST),
        _fact("brew", "法壓壺可以放洗碗機嗎", "PRESS-FRENCH-600", "玻璃壺和濾網可放洗碗機"),
        _price("brew", "巴拉科1公斤原豆多少", "BARAKO-1KG-WB"),
        _stock("brew", "白色手沖壺還剩幾個", "KETTLE-WHITE"),
        _fact("brew", "磨豆機一次可以磨多少", "GRINDER-HAND-C40", "一次約30克"),
        # bedding
        _abstain("bedding", "床单有没有做抗菌处理", NOT_STATED, "SHEET-PERCALE-300"),
        _abstain("bedding", "你们卖床架吗", NOT_CARRIED),
        _abstain("bedding", "重力毯孕妇能盖吗", NOT_STATED, "BLANKET-WEIGHTED"),
        _abstain("bedding", "窗帘能不能定做尺寸", NOT_STATED, "CURTAIN-BLACKOUT"),
        _abstain("bedding", "浴巾多少人民币", CURRENCY, "TOWEL-SET4"),
        _abstain("bedding", "主播家里用的什么床单", HOST),
        _fact("bedding", "抱枕套里面有没有枕芯", "CUSHION-COVER-5", "不含枕芯"),
        _price("bedding", "特大床防水床笠多少钱", "PROTECTOR-KG"),
        _stock("bedding", "粉色真丝枕套还剩几个", "SILK-BLUSH"),
        _fact("bedding", "纤维枕头是记忆棉的吗", "PILLOW-FIBRE-PAIR", "不是记忆棉"),
        # car
        _abstain("car", "行车记录仪有没有语音控制", NOT_STATED, "DASHCAM-VISTA2K"),
        _abstain("car", "有卖机油吗", NOT_CARRIED),
        _abstain("car", "头盔可以装GoPro吗", NOT_STATED, "HELMET-KRX"),
        _abstain("car", "雨刷比Bosch便宜吗", ELSEWHERE, "WIPER-AEROFLEX"),
        _abstain("car", "seat cover boleh kurang sikit?", HAGGLE, "SEATCOVER-COMFI"),
        _abstain("car", "主播你开什么车", HOST),
        _fact("car", "打气泵可以打脚车吗", "INFLATOR-AIRGO", "汽车、摩托、脚车和球"),
        _price("car", "座套灰色多少钱", "COMFI-GREY"),
        _stock("car", "樱花香薰还有吗", "AROMA-SAKURA"),
        _fact("car", "车充可以用在罗里吗", "CHARGER-DUO45", "12V汽车和24V罗里都可以用"),
        # sample
        _abstain("sample", "牛腱子是清真的吗", NOT_STATED, "BEEF-SHANK-1KG"),
        _abstain("sample", "你们卖榴莲吗", NOT_CARRIED),
        _abstain("sample", "电视比京东便宜吗", ELSEWHERE, "TV-4K-65"),
        _abstain("sample", "主播你家用的哪个电饭煲", HOST),
        _abstain("sample", "净水器多少美金", CURRENCY, "PURIFIER-RO-800"),
        _fact("sample", "香米跟水什么比例", "RICE-JASMINE-5KG", "1比1.2"),
        _price("sample", "扫地机器人现在多少钱", "VACUUM-ROBOT-X7"),
        _fact("sample", "鹅绒被填充了多少", "DUVET-GOOSE-WINTER", "1.5公斤填充量"),
        # apparel
        _abstain("apparel", "are the jeans made in the usa", NOT_STATED, "JEANS-SLIM"),
        _abstain("apparel", "你们有卖袜子吗", NOT_CARRIED),
        _abstain("apparel", "帽子多少人民币", CURRENCY, "BEANIE-WOOL"),
        _abstain("apparel", "主播你穿几码", HOST),
        _fact("apparel", "is the white v neck see through", "TEE-VNECK", "not see-through"),
        _fact("apparel", "雨衣有帽子吗", "JACKET-RAIN", "可调节帽兜"),
        # snack
        _abstain("snack", "牛肉干是清真的吗", NOT_STATED, "JERKY-SPICY-250"),
        _abstain("snack", "芒果干孕妇能吃吗", NOT_STATED, "MANGO-DRIED-500"),
        _abstain("snack", "零食能便宜点吗", HAGGLE),
        _fact("snack", "奶茶粉一条冲多少水", "MILKTEA-POWDER-20", "每条150毫升热水"),
        _price("snack", "瓜子一公斤多少钱", "SEEDS-SUNFLOWER-1KG"),
        _fact("snack", "坚果一袋多少克", "NUTS-DAILY-30", "每天一袋25克"),
        _deals("snack", "零食今天有优惠吗"),
        # outdoor
        _abstain("outdoor", "帐篷有没有送地布", NOT_STATED, "TENT-RIDGE"),
        _abstain("outdoor", "你们卖钓鱼竿吗", NOT_CARRIED),
        _abstain("outdoor", "两个睡袋可以拼在一起吗", NOT_STATED, "BAG-SUMMIT-20"),
        _abstain("outdoor", "炉子多少人民币", CURRENCY, "STOVE-PICO"),
        _fact("outdoor", "daypack got a laptop sleeve?", "PACK-DAY-20", "no laptop sleeve"),
        _price("outdoor", "2人帐篷多少钱", "TENT-RIDGE-2P"),
        # and a few more in English to abstain on
        _abstain("gadget", "does the power bank do wireless charging", NOT_STATED, "POWERBANK-VOLT"),
        _abstain("gadget", "how much is the wireless charger in dollars", CURRENCY,
                 "CHARGER-QI2-15W"),
        _abstain("beauty", "is the perfume tested on animals", NOT_STATED, "PERFUME-NUIT"),
        _abstain("fitness", "is the foam roller ok after back surgery", NOT_STATED,
                 "ROLLER-DEEPRELIEF"),
        _abstain("pets", "will the harness fit a french bulldog", NOT_STATED, "HARNESS-TRAILFIT"),
        _abstain("baby", "does the stroller come with a rain cover", NOT_STATED, "STROLLER-ZIPPA"),
        _abstain("tools", "does the impact driver come with a case", NOT_STATED, "IMPACT-VOLTA18"),
        _abstain("tools", "can you do the workbench for 100 bucks", HAGGLE, "BENCH-FOLDPRO"),
        _abstain("jewel", "will the titanium band set off airport scanners", NOT_STATED,
                 "BAND-TITAN6"),
        _abstain("brew", "can the grinder do turkish coffee", NOT_STATED, "GRINDER-HAND-C40"),
        _abstain("bedding", "is the duvet ok for a baby's cot", NOT_STATED, "DUVET-MICRO"),
        _abstain("car", "will the dash cam fit a tesla model 3", NOT_STATED, "DASHCAM-VISTA2K"),
        _abstain("sample", "are the fuji apples organic", NOT_STATED, "APPLE-FUJI-5KG"),
        _abstain("outdoor", "is the headlamp bright enough for trail running at night", NOT_STATED,
                 "LAMP-TRAIL-400"),
        _abstain("apparel", "do you do gift wrapping", NOT_CARRIED),
        _abstain("snack", "are the seaweed snacks gluten free", NOT_STATED, "SEAWEED-CRISPY-12"),
    ]

def old_rows() -> list[AnswerCase]:
    """The dev shops (sample, apparel, snack) and the outdoor shop."""
    return [
        # sample: grocery & home appliances (CNY)
        _stock("sample", "65寸电视还剩多少台", "TV-4K-65"),
        _price("sample", "牛腱子一公斤现在卖几钱", "BEEF-SHANK-1KG"),
        _fact("sample", "are the fuji apples waxed or nah", "APPLE-FUJI-5KG", "not waxed"),
        _fact("sample", "空气炸锅放得下一只三斤的鸡吗", "AIRFRYER-6L", "1.3公斤"),
        _compare("sample", "扫地机和净水器哪个便宜点", "VACUUM-ROBOT-X7", "PURIFIER-RO-800"),
        _policy("sample", "寄香港可以吗", "shipping-remote"),
        _policy("sample", "家电可以花呗分期吗", "payment"),
        _fact("sample", "is there lactose in the greek yogurt", "YOGURT-GREEK-12", "natural lactose"),
        _abstain("sample", "do you sell pork belly", NOT_CARRIED),
        _abstain("sample", "鸡蛋有没有有机认证", NOT_STATED, "EGG-FREERANGE-30"),
        _fact("sample", "does the rice cooker have a porridge setting", "RICECOOKER-IH-4L", "porridge"),
        _deals("sample", "今天直播间有啥福利"),
        # apparel (USD)
        _stock("apparel", "merino jumper restock??", "SWEATER-MERINO"),
        _stock("apparel", "V领T恤还剩几件", "TEE-VNECK"),
        _fact("apparel", "rain jacket fully waterproof or just showerproof", "JACKET-RAIN",
              "fully taped"),
        _fact("apparel", "牛仔裤是弹力的吗", "JEANS-SLIM", "弹力牛仔面料"),
        _compare("apparel", "beanie or the tee, which is cheaper", "BEANIE-WOOL", "TEE-VNECK"),
        _policy("apparel", "美国这家店支付宝能付吗", "payment"),
        _policy("apparel", "换码要运费吗", "returns"),
        _abstain("apparel", "are the canvas sneakers vegan", NOT_STATED, "SNEAKER-CANVAS"),
        _abstain("apparel", "do you have any dresses", NOT_CARRIED),
        _price("apparel", "帆布鞋多少刀", "SNEAKER-CANVAS"),
        _deals("apparel", "any sales on the jackets today"),
        # snack (CNY)
        _stock("snack", "海苔还剩几包", "SEAWEED-CRISPY-12"),
        _fact("snack", "这牛肉干吃起来辣度咋样", "JERKY-SPICY-250", "特辣"),
        _fact("snack", "芒果干是哪里产的", "MANGO-DRIED-500", "菲律宾宿务"),
        _compare("snack", "瓜子和坚果哪个便宜", "SEEDS-SUNFLOWER-1KG", "NUTS-DAILY-30"),
        _policy("snack", "零食满多少包邮啊", "shipping"),
        _policy("snack", "can i pay with paypal for the snacks", "payment"),
        _abstain("snack", "奶茶粉是无糖的吗", NOT_STATED, "MILKTEA-POWDER-20"),
        _abstain("snack", "有辣条卖吗", NOT_CARRIED),
        _fact("snack", "are the nuts salted", "NUTS-DAILY-30", "no added salt"),
        _price("snack", "芒果干多少钱一包", "MANGO-DRIED-500"),
        # outdoor: pet & outdoor (USD)
        _stock("outdoor", "30lb salmon dog food back?", "DOG-SALMON-30LB"),
        _price("outdoor", "4人帐篷多少钱", "TENT-RIDGE-4P"),
        _fact("outdoor", "头灯可以泡在水里吗", "LAMP-TRAIL-400", "IPX4防泼溅"),
        _fact("outdoor", "does the squeeze filter get rid of viruses", "FILTER-SQUEEZE",
              "not viruses"),
        _fact("outdoor", "stove comes with a gas canister?", "STOVE-PICO", "sold separately"),
        _policy("outdoor", "do you ship to anchorage alaska", "shipping-limits"),
        _stock("outdoor", "黑色双肩包还有没有", "PACK-DAY-20-BLACK"),
        _fact("outdoor", "sleeping bag good for minus 20", "BAG-SUMMIT-20", "-7°C"),
        _fact("outdoor", "登山杖这个价格是一对吗", "POLES-CARBON", "碳纤维登山杖一对"),
        _abstain("outdoor", "do you sell kayaks", NOT_CARRIED),
        _stock("outdoor", "harness XL back in stock?", "HARNESS-EASY-XL"),
        _policy("outdoor", "多少钱以上可以用afterpay", "payment"),
        _deals("outdoor", "any camping deals going"),
        _fact("outdoor", "帐篷能在雪地用吗 零下二十度那种", "TENT-RIDGE", "not made for snow loads"),
    ]


def answer_rows() -> list[AnswerCase]:
    return [*garden_rows(), *earlier_rows(), *more_rows(), *old_rows()]


# -- the chat corpus ----------------------------------------------------------------------------
# One chat line a line. ASK_*: label 1 (the shop's facts or policies answer it); TALK_*: label 0.
# *_ON: a product on screen (on_air 1); *_OFF: none (on_air 0).

ASK_ON = """
how much this one
how much is that in quid
what's the damage on this
damage on that one?
price on the big one pls
is the big one still going
the 17cm one?
how much for the 17cm one
how tall is that one
is that the 24cm
quick q how much is it
how much is it with the battery
does that come with a battery
battery included or nah
is that one peat free
is it peat free or nah
how many litres is that bag
how heavy is that bag
what size pot is that in
does it come in the pot ur holding
is that pot included
is it pet safe
is that one pet safe cos my cat is a menace
is that toxic to dogs
will it survive a Scottish winter
will it survive outside in Leeds
frost hardy?
is it frost hardy or do i bring it in
will it fit on a balcony
would that fit on my windowsill
how long is that hose
is that the 30m
is that the 30 metre one
how much is the 30m version
hows much is the 15 one
can it do hot water
fit my outside tap?
how thick can it cut
what's the blade length on that
cordless?
is it cordless or do i need an extension lead
how long does the battery last on that
does it take bosch batteries
will my ryobi battery fit that
is that left handed friendly
left handed version?
do they come sharp
what's the guarantee on those
warranty on that?
how long's the warranty on that trimmer
is it squirrel proof
does it come with seed
how many left of that
how many have you got left of that one
any left?
still in stock?
sold out already??
is that sold out
is that one in stock
r there any left
is the 24 back
can u drop the link
drop the link bestie
link pls
link?
send link
put the link up
wheres the link for that
link in bio or where
how much is that in pounds
what's that in quid
cost?
price?
price pls
price on this?
pricing?
damage?
how muchhh
howmuch
how much is itttt
how much is dat
hw much
how much 4 that
howmuchisit
hows much
how much are they
how much for the set
how much for three bags
how much for one bag
per litre how much is that
how much is it per m2
how much does 100g cover
how many m2 does that do
what does the 250g cover
is the bundle cheaper than 3 singles
is that the bundle price
is that price for 1 or 3
is that per plant
is that price for the pack of 3
is the rose detachable on that
is that galvanised
does that rust
what wattage is that
is that the 60cm one
uk plug?
does it have a timer
can i dim it
can it go in a greenhouse
is it waterproof
is it variegated
is it a thai con
is it an albo
how many leaves has the 17
does the 24cm come with the moss pole
moss pole included?
does it need a lot of light
how much light does it need
can it take direct sun
how often do i water it
is it safe for cats
what temp does it need
min temp for that one?
is that one organic
are they organic seeds
how many seeds in a packet
when do i sow those
can i sow them now
does it flower first year
any grass in that mix
how many species in it
do i need tools to build it
how long does it take to put together
is the wood treated
does it come with compost
does it have a base
how deep is it
how long is that one
is that the 1.2m
whats the dimensions on that
how big is it
how big is the 21cm one
do the pots have holes
frost proof?
are the saucers included
does it come with saucers
how cold can that fleece take
what size is the large
is that the medium or the large
will the large fit over a tree fern
is the wool one pet safe
can i use it indoors
do the pellets hurt hedgehogs
what's the difference between the two pellets
which one is the pet safe one
how much is the pet safe one
how much is the wool one
is it on offer
is that the sale price
any discount on this
is there a deal on this one
was it more expensive before
klarna on this?
can i klarna it
can i pay in 3 for that
can u send that to belfast
can u post that one to NI
does that ship to ireland
can you send that to dublin
ship that to the isle of wight?
will that go to orkney
how long does it take to arrive
when would it arrive if i order now
does it ship this week
can i return it if it dies
what if it arrives broken
can i send it back if it doesnt fit
呢個幾錢
呢個幾錢呀
呢盆幾錢
呢款有冇貨
仲有冇貨
有冇貨呀
呢個仲有冇
呢個幾大
呢個幾高
呢個有幾重
呢部有冇電池㗎
呢把剪刀係咪左手用得
貓咪吃了會不會中毒
狗仔食咗會唔會中毒
呢個耐唔耐寒
香港冬天放出面得唔得
寄唔寄香港
呢個可以寄香港嗎
呢個有冇優惠
有冇折呀
幾錢?
幾錢一包
幾錢一盆
大盆幾錢
細盆幾錢
中盆仲有冇
最大嗰盆仲有冇貨
這個多少錢
這盆多少錢
這個還有貨嗎
還有貨嗎
還有幾盆
可以寄台灣嗎
寄台灣要多久
這個會不會很難養
這個要多少光
這個怕不怕冷
這個對貓咪安全嗎
這款是斑葉的嗎
這包土是無泥炭的嗎
這個水管有多長
多少钱
这个多少
这个多少钱啊
这个还有货吗
有现货吗
这个包邮吗
这盆包邮吗
上链接
上链接上链接
快上链接
链接在哪
求链接
这个耐寒吗
这个怕冷吗
这个猫能碰吗
这个几升
这个多重
这个多大
这个能放阳台吗
这个有电池吗
电池送不送
这个是几米的
这个是无泥炭的吗
这个保修多久
这个能退吗
这个有优惠吗
这个能分期吗
这个发货要几天
这个能寄北爱尔兰吗
这个还剩几个
how much is the medium fleece pack
is that fleece the large or medium size
does that one come with the spray gun and everything
is the spray gun included with that
what wattage is the little one
is that the wool one or the ferric one
will that hold a big bag of seed
how much seed does it hold
can u do that one to the isle of man
how many plants will the wool tub do
呢盆係咪冇斑葉㗎
呢盆高幾多呀
呢條水喉有幾長
呢把剪最粗剪得幾粗
呢款燈有冇英國插頭
這盆要放多亮的地方
這個可以放浴室嗎
这盆多高啊
这个灯有定时吗
这个壶能装几升水
""".strip()

ASK_OFF = """
how much is the monstera
how much is the swiss cheese plant
how much is the big monstera
how much is the 24cm monstera
is the 24cm monstera back in stock
when is the 24cm monstera back
monstera 12cm price
how much r the cheese plants
cheese plant how much in quid
whats the damage on the calathea
is the calathea pet safe
calathea safe for cats?
is the monstera toxic to cats
is the monstera pet friendly
does the monstera come in a pot
how tall is the 17cm monstera
is the monstera variegated or plain
is the compost peat free
is the compost ok for blueberries
how much is a bag of compost
how much is the compost bundle
3 bags of compost how much
three bags of compost price
how much is 40 litres of compost
price per litre on the compost
how heavy are the compost bags
does the compost have feed in
how long does the feed in the compost last
how much is the raised bed
how much is the 6ft raised bed
how much is the 8 foot raised bed
the 1.8m raised bed in stock?
is the raised bed wood treated
raised bed come with a liner?
how much soil does the 1.2m bed take
how deep is the raised bed
how much is the hose reel
how much is the 30m hose
is the 30 metre hose in stock
thirty metre hose still available
15m hose price
does the hose come with a spray gun
will the hose fit my tap
can the hose take hot water
how much is the hedge trimmer
hedge trimmer with battery how much
hedge trimmer without battery price
does the hedge trimmer come with a charger
will a makita battery fit the hedge trimmer
hedge trimmer blade length?
how heavy is the hedge trimmer
how much are the secateurs
are the secateurs left handed
secateurs warranty?
how much are the terracotta pots
are the terracotta pots frost proof
what sizes are the terracotta pots
do the terracotta pots have drainage holes
how much is the grow light
grow light 60cm price
does the grow light have a timer
will the grow light work in a greenhouse
grow light uk plug?
is the watering can back in stock
when's the watering can back
how big is the watering can
how much are the slug pellets
are the slug pellets safe for pets
which slug pellets are pet safe
can i use slug pellets indoors
how much is the bird feeder
how many bird feeders left
is the bird feeder squirrel proof
does the bird feeder come with food
how much are the fleece jackets
fleece jackets large price
how cold do the fleece jackets protect to
how much is the wildflower mix
wildflower mix 100g how much
how much wildflower seed per m2
how many m2 does the 250g wildflower do
does the wildflower mix have grass
when do i sow the wildflower mix
are the veg seeds organic
how much are the tomato seeds
carrot seeds back in stock?
lettuce seeds how much
how many seeds in the tomato packet
runner beans still available
do you ship to belfast
can you post to Belfast
do you post plants to northern ireland
can you send plants to NI
do you deliver to the Isle of Wight
do you ship to the isles of scilly
do you deliver to the highlands
how much is delivery to shetland
postage to inverness?
do you ship to dublin
can you send stuff to ireland
do you ship to cork
can i get seeds sent to ireland
do you ship to france
do you deliver to spain
do you ship internationally
how much is delivery
how much is postage
how much is p&p
what's free delivery over
is delivery free over 60
when do plants get posted
do you ship plants on fridays
how long does delivery take
when will my order arrive if i order now
can i pay with klarna
do you take klarna
can i pay with paypal
apple pay ok?
do you take amex
can i pay in instalments
can i pay cash on delivery
do you take cheques lol
what's your returns policy
can i return a plant
can i return a plant if it dies
what if my plant arrives damaged
what if my plant dies after 2 weeks
is there a plant guarantee
how long is the plant guarantee
can i return opened compost
can i return the hedge trimmer if i dont like it
whats the warranty on the hose reel
how long is the warranty on the secateurs
does the raised bed have a guarantee
any deals tonight
any discount codes
what's on offer
any offers on compost
is there free shipping tonight
is there a bundle deal
寄唔寄香港
可唔可以寄香港
寄香港幾錢運費
可以寄台灣嗎
寄台北要多久
有冇得寄澳門
寄唔寄大陸
龜背竹幾錢
龜背竹大盆幾錢
龜背竹細盆仲有冇貨
龜背竹24厘米幾時有返貨
龜背竹對貓有冇毒
竹芋幾錢
竹芋對貓咪安唔安全
青蘋果竹芋還有嗎
青蘋果竹芋多少錢
綠籬機幾錢
綠籬機有冇送電池
綠籬機淨機幾錢
綠籬機用邊隻電池
水喉幾錢
三十米水喉仲有冇
水喉車有冇噴槍
植物燈幾錢
植物燈有冇定時
種植床幾錢
種植床要唔要工具裝
培養土係咪無泥炭
培養土一包幾錢
三包培養土幾錢
野花種子幾錢
野花種子一平方米要幾多
餵鳥器仲有幾多個
餵鳥器防唔防松鼠
剪枝剪幾錢
剪枝剪有冇左手用
防蛞蝓粒對狗仔安唔安全
澆水壺幾時有貨
可唔可以用支付寶
可唔可以用信用卡
可以分期嗎
有冇得退貨
植物死咗點算
植物死咗可唔可以換
運費幾錢
幾錢包郵
今晚有冇優惠
有冇折扣碼
多少錢
這個土多少錢一包
紅蘿蔔種子還有嗎
番茄種子一包多少
野花種子一公斤多少錢
水管三十米的多少錢
澆水壺還有貨嗎
植物燈可以放溫室嗎
種植床木頭有沒有處理過
赤陶盆會不會凍裂
赤陶盆有沒有排水孔
可以寄到愛爾蘭嗎
可以用Klarna分期嗎
保固多久
植物有保活嗎
龟背竹多少钱
龟背竹大的还有吗
龟背竹猫能吃吗
培养土是无泥炭的吗
培养土能种蓝莓吗
三袋培养土多少钱
绿篱机多少钱
绿篱机送电池吗
绿篱机能用别的牌子电池吗
水管30米多少钱
水管能接热水吗
植物灯多少钱
植物灯是英标插头吗
种植床多少钱
种植床送土吗
剪枝剪多少钱
剪枝剪保修几年
喂鸟器还有几个
喂鸟器送鸟食吗
野花种子多少钱
野花种子一平米撒多少
蛞蝓药对猫安全吗
浇水壶什么时候补货
包邮吗
满多少包邮
发货要几天
能寄中国吗
能寄北爱尔兰吗
能用支付宝吗
能分期吗
植物死了包赔吗
能退货吗
有什么优惠
有优惠券吗
how much would 3 bags plus the 1.2m bed come to
if i get the monstera and the pots do i get free delivery
is it cheaper to get the bundle or three bags separate
which slug pellets do i get if i have a dog
how many bags of compost for the 1.8m bed
do you send the plants with a care card
can i get the bird feeder sent to dublin
hedge trimmer battery how long to charge
龜背竹送唔送盆
綠籬機電池可唔可以另外買
三包泥夠唔夠填1.2米種植床
寄去北愛爾蘭要幾耐
竹芋係咪唔怕貓咬
植物寄到香港會唔會死
野花種子幾時撒最好
种植床一米八的还有货吗
龟背竹寄过来会不会冻坏
绿篱机一块电池能用多久
野花种子一百克能撒多大
满六十镑包邮吗
""".strip()

TALK_ON = """
oh she's gorgeous
that monstera is a unit
look at the size of that leaf
the fenestrations on that one omg
proper lush that
proper lush innit
that's a beauty
ohhh the big one is stunning
gutted the big one's gone
gutted i missed the 24cm
just ordered the 17cm one
ordered!
ordered the 12cm, cheers
checked out
done ✅
done and dusted
got one
got two lol
bought it
added to basket
in the basket
basket'd
just checked out, ta
ta love
cheers mate
cheers hun
sorted
sorted, thanks
nice one
lovely stuff
ooh that's nice
that's well nice
she's a stunner
that's the one i've got at home
i've got that exact one in my hallway
mine's about twice that size now
mine looks nothing like that lol
my monstera died last winter lol
rip to my monstera 2023
my cheese plant is eating my living room
my mum has one of those
my nan had one of those in 1987
my cat would destroy that in a day
my dog ate one of those leaves once, he was fine but still
the cat just walked across my keyboard sorry
the cat is watching the stream with me
this hose would solve my life
my hose is a tangled mess rn
my old hose reel snapped last week
that hose reel is very satisfying
the way it winds back is so satisfying
i need that hose in my life
the hedge trimmer makes me want to trim something
my hedge is a crime scene
my neighbour's hedge needs that more than mine
the neighbours leylandii is out of control
i have a privet hedge that wants me dead
the compost smells like my ex's flat
compost smells like a forest after rain
compost asmr when
peat free ftw
love that it's peat free
been using peat free for years, no going back
bag of compost is heavier than my life choices
my back hurts just watching you lift that
lift with your knees!!
careful with your back!
you lifted that like it was nothing
strong
raised beds are the best thing i ever did
i built two of those last spring
raised bed gang
grew courgettes in mine last year, too many courgettes
courgettes took over my entire bed lol
my tomatoes never ripen up here
my tomatoes got blight again
blight is the worst
slugs ate every lettuce i own
the slugs in my garden have a gym membership
slug war 2024
i go out at night with a torch and pick them off
beer traps work for me
my hostas look like lace from the slugs
hedgehogs are the best slug control
we have a hedgehog in the garden, called him Kevin
the bird feeder is so cute
blue tits are the best
we get goldfinches on ours
a squirrel stole the whole feeder off my fence once
squirrels are just rats with good PR
the squirrels in my garden are ninjas
my squirrel watches me through the window judging
love the little saucers
terracotta just looks better than plastic
terracotta girlies unite
my terracotta cracked in the frost last year
those pots are cute
the colour of those pots 😍
the grow light is giving nightclub
grow light turning the kitchen purple lol
my flat gets zero light so i need that
north facing flat problems
my windowsill is full already
no space on my windowsill send help
my balcony is tiny
my balcony is basically a ledge
the watering can is so pretty
that watering can is giving cottagecore
cottagecore vibes
the watering can is gorgeous, gutted
love a galvanised can
those secateurs look sharp
i cut myself with secateurs last week
mine are rusty as anything
i keep losing my secateurs in the border
fleece saved my agave last winter
i wrap my banana plant every november
we had -8 last january
it was -10 in aberdeen last winter
scottish winters are brutal
it's been raining for 40 days here
rain rain rain
the wildflower mix is such a good idea
we did a wildflower patch for the bees
bees deserve it
save the bees 🐝
our meadow was full of poppies
cornflowers are my favourite
the calathea is sooo pretty
calatheas hate me
every calathea i buy dies
calathea are drama queens
calatheas are divas
i've killed 3 calatheas this year
the prayer plant moving at night freaks my kid out
the leaves fold up at night, so cool
the stripes on that leaf 😍
silver stripes 🤍
propagating mine in water rn
i propagate everything in water
propagation station goals
my cuttings have roots!!
my monstera just put out a new leaf
new leaf unfurling is the best feeling
she's putting out aerial roots
aerial roots everywhere in my place
mine is root bound i think
mine's proper root bound
time to repot mine
repotting season
i repotted mine into LECA
semi hydro girlies where are we
LECA changed my life
bottom watering only in this house
i bottom water everything
i water mine every sunday
i overwatered mine and it died
overwatering is my love language
underwatering is mine
the thai con is my dream plant
albo monstera prices are insane
one day i'll get a thai con
variegated ones cost a kidney
i want that so bad
i need it
i need this
need need need
want
want want want
lowkey need this
highkey need this
i don't need it but i want it
my partner is going to kill me
my husband said no more plants
husband said no more plants so i'm hiding them
hiding this from my wife
my wife will kill me lol
adding to the collection
plant mom era
plant dad era
crazy plant lady here
it's giving jungle
jungle in my flat
living room jungle
plant addiction is real
one more plant won't hurt
just one more
we don't talk about how many plants i have
is this legit or nah
W
W plant
huge W
massive W
L for me, missed it
that's an L
fr fr
no cap
no cap that's a good price
no cap i need that
the way i screamed
the way i gasped
i'm screaming
i'm crying
i'm deceased
dead 💀
💀💀💀
ratio
ratio + peat free
this is so wholesome
wholesome stream
such a chill stream
so relaxing
this is my therapy
plant streams are my therapy
i'm here for the vibes
vibes are immaculate
the glasshouse looks amazing
the greenhouse lighting is gorgeous
love the setup
your hair looks nice today
you look lovely today
love your jumper
love your apron
love your dungarees
cute wellies
you've got compost on your face lol
there's soil on your nose
there's a spider behind you
spider on the shelf!!
a robin just flew past behind you
was that a robin?
the dog in the background 😂
is that your dog? so cute
the cat in the back lol
hi from glasgow
hi from cardiff
hi from bristol
hiya from leeds
evening from manchester
hello from cork
hello from dublin 👋
hi from belfast
hello from derry
hi from the isle of wight
greetings from orkney
hi from hong kong
hello from taipei
hi from melbourne, it's morning here
morning from new york
hi from texas
howdy from oklahoma
first time here
first time watching
been watching for ages
long time lurker
lurking
just lurking
back again
i'm back
missed the start
missed the first half what did i miss
just got here
just joined
late again
on my lunch break
watching on my break
watching from bed
watching from the bath
watching while repotting
watching with a cuppa
tea and plants, perfect evening
cup of tea and a plant stream
having a brew
put the kettle on
biscuits and plants
the algorithm brought me here
tiktok brought me here
the algorithm knows me too well
FYP brought me here
how did i end up here
i came for the squirrel content
i came for the hedge trimmer
i'm just here for the compost chat
i'm obsessed with this stream
obsessed
obsessed with that leaf
love this
love love love
lush
proper nice that
gorgeous
stunning
beautiful
amazing
wow
wowww
omg
omggg
ooooh
aaaah
yesss
yas
yes queen
slay
ate
she ate
period
periodt
it's giving
it's giving greenhouse
main character energy
that leaf is main character
screaming crying throwing up
lol
lmao
lmaooo
haha
hahaha
hehe
😂
😂😂
🤣🤣🤣
🌱
🌱🌱🌱
🌱🌿🪴
🪴🪴🪴
🌿✨
🍃🍃
🐝🌼🌸
🐿️🐿️
🐦🐦
💚
💚💚💚
😍😍
🥰🥰🥰
🔥🔥🔥
👏👏👏
❤️
🙌
:seedling: :seedling: :seedling:
:seedling: :herb: :seedling:
:potted_plant: :potted_plant:
KEKW
KEKW KEKW KEKW
PogChamp
PogChamp PogChamp
LUL
LUL LUL LUL
Kappa
Kappa Kappa
PogU
POGGERS
monkaS
Pog plant
pepeLaugh
OMEGALUL
catJAM
Kreygasm
5Head
EZ Clap
Sadge
FeelsBadMan
FeelsGoodMan
peepoHappy
peepoLove
KEKW the squirrel
LUL the hose
PogChamp that leaf
monstera PogChamp
hose reel KEKW
1
11
111
1111
11111
2
+1
+1 for the bird feeder
+1 monstera
+1 hose
1 for the big one
1 1 1
me me me
meee
mine
that's mine
dibs
dibs on the last one
i called it first
nooo someone beat me to it
too slow again
i'm always too slow
gone in 60 seconds
sold out so fast
they always sell out
i knew it would sell out
saw that coming
snooze you lose
扣1
扣1扣1
扣111
扣2
1111111
666
666666
好靚
好靚呀
好靚啊呢盆
靚到爆
好正
好正呀
正呀
勁正
好可愛
好想要
好想買
我要我要
我都要
想要
必買
已落單
落咗單
已經落單
買咗
買咗兩盆
已付款
已經下單
下單了
下单了
已下单
拍了
已拍
拍下了
抢到了
抢到了哈哈
没抢到
冇搶到
搶唔到
手慢了
手慢无
又卖完了
又賣晒
賣晒喇
好快賣晒
屋企已經有一盆
我屋企都有一盆
我阿媽都有種
我阿嫲都種呢個
我隻貓會咬爛佢
我隻貓一定會食
我隻狗成日咬植物
我養死咗三盆
我養咩死咩
我係植物殺手
植物殺手報到
香港屋企太細放唔落
香港屋太細
我屋企冇陽光
我露台好細
我嘅龜背竹好大盆
龜背竹好易養
龜背竹好好養
龜背竹葉好靚
呢塊葉好大
葉好大塊
開裂好靚
好有熱帶感覺
好似熱帶雨林
好療癒
睇住都開心
睇你直播好放鬆
主播好靚
主播好可愛
主播把聲好好聽
主播件衫好靚
主播頂帽好得意
主播好專業
主播講嘢好好笑
支持主播
支持支持
加油
加油加油
撐你
撐
第一次嚟
第一次睇
又嚟睇
每晚都睇
我喺香港睇緊
香港觀眾報到
香港人報到
台灣觀眾報到
台北報到
高雄報到
來自台中
我在台灣看
好美
好美喔
好漂亮
好可愛喔
好療癒喔
好想要喔
我也想要
已經買了
我買了
買了買了
剛剛下單了
好便宜喔
好便宜
不會吧好便宜
太貴了吧
有點貴
好貴
英國的東西都好貴
台灣也有賣類似的
我家也有一盆龜背竹
我家的龜背竹比這個大
我家貓咪會咬葉子
我家的狗狗什麼都咬
我養的都死掉了
我是植物殺手
這個葉子好大
這盆好漂亮
這個顏色好美
好像叢林
溫室好漂亮
溫室好美
主播好漂亮
主播好有氣質
主播聲音好好聽
主播好親切
主播加油
支持
推推
來了來了
來了
我來了
晚安
剛下班來看
下班追直播
半夜看直播
台灣現在是半夜
香港而家凌晨三點
凌晨兩點仲睇緊
好夜喇
训了喔
瞓覺先
拜拜
byebye
好好看
好看
太美了
太好看了
美哭了
爱了爱了
爱了
绝了
绝绝子
yyds
好绿啊
好大一盆
叶子好大
叶子好漂亮
好想养
想养
我也想养一盆
我家也有龟背竹
我养死过两盆
我家猫会啃
我家猫啃过叶子
家里猫太多了不敢养
阳台太小了
我家阳台放不下
北方冬天太冷了
东北冬天养不活
广东养这个很容易
南方好养
主播好美
主播好温柔
主播的英音好好听
主播口音好好听
英国口音好听
听不懂但是好好看
听不太懂英文
有没有中文字幕
看不懂英文哈哈
支持主播
主播辛苦了
来了来了
来啦
打卡
打卡打卡
签到
路过
路过看看
刚来
刚进来
第一次看
新人报到
老粉来了
天天来
每天都来看
点赞了
已点赞
点点赞
关注了
已关注
已经关注了
分享了
刷个礼物
送你小心心
小心心送上
比心
比心💕
哈哈哈
哈哈哈哈哈
笑死
笑死我了
233333
666主播
主播666
好家伙
我滴妈
卧槽好大
厉害了
太厉害了
牛
牛啊
真牛
that leaf is the size of my head
that leaf is bigger than my telly
the new leaf on that is still unfurling, so cute
you can see the little fenestrations starting on the baby leaf
my 12cm one from you has tripled in size since march
got mine from you last spring and she's thriving
the one i got last time arrived in perfect nick
packaging was amazing last time, not a leaf bent
mine came wrapped like a burrito lol
my postie thought the plant box was a baby
honestly the 17cm is the sweet spot
the 12cm one would be perfect for my desk at work
my office needs something like that
the office plant at work is plastic and it shows
our office yucca has been dead since 2019
my boss would love that on reception
i'd have to move the sofa to fit that in
it would never fit in my flat
that wouldn't fit through my front door
my cat is already eyeing the screen
my cat just tried to bite the phone screen when the leaf came on
my dog barked at the hose
the dog thinks the hose is a snake
that hose would be a chew toy in my house
the spray gun looks well made
seven spray patterns is a lot of spray patterns
jet setting for the patio moss
i use my hose mostly for soaking my kids
water fights with the hose every summer
the hose reel wheels look sturdy
my last reel fell apart after one summer
hose reels are always a nightmare to wind
the way you just wound that in one go, respect
hedge trimmer sounds quieter than mine
my petrol trimmer sounds like a motorbike
cordless is the way, no more cables
i cut through the cable on my old trimmer 😬
everyone has cut through a cable at least once
my dad cut the cable twice in one afternoon
you're making it look easy
that's a lot of hedge
i only have a tiny hedge tbh
our hedge is 30 metres of laurel
laurel hedges are so much work
beech hedge is the best hedge
hawthorn hedge for the birds
i leave my hedge till after nesting season
no cutting hedges in nesting season people!
please check for nests before trimming
that compost looks lovely and crumbly
that's proper good compost that
nice texture on that compost
the compost i bought last year was full of plastic bits
cheap compost is full of sticks
peat bogs deserve protecting 💚
peat free all the way
my allotment society went peat free this year
ericaceous compost for my blueberries obvs
my blueberries are in pots on the patio
the raised bed looks so easy to put together
flat pack for the garden lol
ikea but for veg
my husband would still need three hours to build that
no tools?? my kind of diy
my raised beds are pallets and hope
i made mine out of scaffold boards
scaffold boards are the cheapest way
larch smells amazing when it's new
that wood is lovely
veg bed goals
i'm going to grow so many potatoes
potatoes in a raised bed are so easy
carrots hate my clay soil
my soil is basically clay and bricks
we dug up half a bike in our garden
found a roman coin in my veg patch (it was a 2p)
the terracotta set is so classic
terracotta and a pelargonium, perfect combo
i paint my terracotta pots
painted terracotta is such a vibe
terracotta dries out so fast in summer though
plastic pot inside terracotta is the hack
grow light would turn my hallway into a rave
purple lights at night, neighbours think i'm growing something else lol
my neighbours definitely think i'm growing weed
the postman saw my grow tent and gave me a look
grow lights saved my herbs this winter
my basil under a grow light is thriving
the watering can is giving peter rabbit
peter rabbit watering can
mr mcgregor's watering can
my nan had one exactly like that
brass rose is a lovely touch
i still use my grandad's old watering can
the secateurs look like they'd take a finger off
sharp secateurs are a joy
blunt secateurs crush stems
i sharpen mine every spring
my secateurs are older than me
those are nicer than my felco, don't tell anyone
slug pellets scare me with the hedgehogs about
i only use the wool ones because of the hedgehogs
wool pellets work a treat on my hostas
nematodes worked for me
i go out with scissors at night, grim but effective
slug patrol at 11pm with a head torch
the bird feeder is adorable
we get a woodpecker on our feeder
great spotted woodpecker visits every morning
robins don't use hanging feeders much
our robin follows me round when i dig
the robin is my gardening buddy
squirrels have beaten three of my feeders
that squirrel proof thing is a challenge to every squirrel in britain
challenge accepted - every squirrel
i actually like the squirrels tbh
team squirrel
team birds
the fleece jackets look like ghosts in the garden
my garden looks haunted every winter with the fleece on
fleece ghosts 👻
tree fern in a fleece jacket is a look
my olive tree wears a fleece every winter
the wildflower mix would be perfect for my verge
doing our whole front lawn as a meadow this year
the council mowed our wildflower verge 😭
bees were all over my cornflowers
poppies self seed everywhere
ox eye daisies are so cheerful
red campion is underrated
that calathea is gorgeous under the lights
my calathea curls up like that when it's thirsty
mine gets crispy edges no matter what
i gave up on calathea and went for marantas
calathea orbifolia is top of my wishlist
round leaves are so satisfying
the silver stripes are so pretty on camera
呢盆好大呀
呢塊葉大過我塊面
葉片好有光澤
開裂得好靚
新葉仔好得意
啱啱出嘅新葉好嫩
我上年喺你度買咗一盆
上次買嗰盆寄到好靚
包裝好好，一塊葉都冇損
我隻貓望住個mon一路喵
我隻貓想撲入mon度
我隻狗以為水喉係蛇
狗仔見到水喉好興奮
呢條水喉好似好好用
噴槍好多款式
我屋企冇花園用唔著
香港屋企用唔著水喉車
籬笆剪睇落好輕
我屋企冇籬笆
英國人真係好鍾意剪籬笆
呢啲泥睇落好鬆軟
無泥炭好環保
種植床好易裝喎
唔使工具真係好方便
想喺天台整個菜園
天台種菜好正
瓦盆好有feel
瓦盆好好睇
植物燈好似夜店
紫色燈好有氣氛
我屋企啲植物好需要植物燈
香港屋企好暗
澆水壺好靚呀可惜賣晒
好似童話書入面嘅澆水壺
彼得兔嘅澆水壺
剪刀好利咁
餵鳥器好得意
英國啲松鼠好醒
松鼠好可愛喎
我鍾意松鼠多過雀仔
野花好靚
英國嘅野花草地好美
竹芋啲葉好靚
竹芋好難養
我養竹芋次次都焦邊
葉邊焦晒
這片葉子比我的臉還大
新葉好可愛
葉子好亮
我去年在你們這邊買過一盆
上次收到包裝很用心
我家貓咪一直盯著螢幕
貓咪看到葉子很興奮
狗狗以為水管是蛇
這個水管看起來很好用
台灣家裡沒有院子用不到
這把籬笆剪看起來好輕
台灣很少人家裡有籬笆
英國人好愛修籬笆
這個土看起來很鬆軟
無泥炭很環保耶
種植箱好好組裝
想在頂樓種菜
頂樓種菜超療癒
陶盆好有質感
陶盆好美
植物燈好像夜店
紫光好有氣氛
我家陽台光線很差
澆水壺好復古
好像童話故事裡的澆水壺
剪刀看起來超鋒利
餵鳥器好可愛
英國的松鼠好聰明
松鼠好可愛喔
野花好漂亮
英國的野花草原好美
竹芋的葉子好美
竹芋好難照顧
我的竹芋葉子都捲起來
叶子比我脸还大
新叶好嫩
叶子油光发亮
去年在你家买过一盆
上次收到包装好用心
我家猫一直盯着屏幕看
我家猫看见叶子想扑
狗子以为水管是蛇
这水管看着挺好用
喷枪好多档
家里没院子用不上
这个剪绿篱的看着好轻
英国人真爱修篱笆
这土看着好松软
无泥炭的好环保
种植箱好好装
想在楼顶种菜
楼顶种菜好解压
陶盆好有质感
陶盆好好看
植物灯像蹦迪
紫色灯好有氛围
我家阳台光线不好
浇水壶好复古啊可惜卖完了
像童话里的浇水壶
剪刀看着好锋利
喂鸟器好可爱
英国松鼠好聪明
松鼠好可爱
野花好美
英国的野花草地好漂亮
竹芋叶子好美
竹芋好难养
我的竹芋叶子都卷了
""".strip()

TALK_OFF = """
!discord
!uptime
!socials
!shop
!plants
!schedule
!commands
!lurk
!unlurk
!hug @mossymaggie
!points
!followage
!so @greenfingers_gaz
!raid
!title
!song
!game
!watchtime
!quote
!quote add "never trust a squirrel"
!bonk
!water
!sr cottagecore playlist
Nightbot: The stream has been live for 1h 12m 40s
Nightbot: Join the Hothouse Discord! discord.gg/hothouse-plants
Nightbot: Schedule: Tue & Thu 7pm GMT, Sunday potting party 11am
Nightbot: @leafylou has been following for 2 years 3 months
Nightbot: Please keep chat kind, we're all just trying to keep things alive 🌱
Nightbot: No links in chat please
StreamElements: @weedywendy has 4,250 seeds
StreamElements: @bramble_bex you have watched for 31 hours
StreamElements: Now playing: Lofi Garden Beats - Rain on Glass
StreamElements: @dandelion_dave just redeemed Name A Plant
StreamElements: Remember to follow so you don't miss the Sunday repot!
StreamElements: @mossymaggie hugs @fernandofern
Streamlabs: Thanks for the follow @sunny_sprout!
Moobot: Hydrate! And water your plants 💧
Fossabot: @rootbound_ruth, you've been lurking for 12 minutes
Sery_Bot: PotFriend raided with 42 viewers
greenthumbgran is raiding with 37 viewers!
PLANT RAID 🌱🌱🌱
RAID RAID RAID
potting_pete raid!!! 🪴🪴
compostcorner raid incoming
hello from the compostcorner raid!
we came from Moss Boss's stream 💚
raided from the cactus stream hiii
the succulent squad has arrived
sub hype
SUB HYPE 🎉
thanks for the gifted sub!!
ty for the gift sub @Fernanda_G
bramble_bex gifted 5 subs to the community!
leafylou subscribed for 14 months!
14 months of plant chaos
weedywendy subscribed with Prime
just subbed!
resubbed for 2 years 💚
gifted 10 because i love this community
bits for the hedgehog fund
cheer100 for the squirrels
cheer500 buy more compost
follow for more plant chaos
just followed
followed 💚
hit follow
new follower here
hype train!!
hype train level 3 LETS GO
LETS GOOOO
lets gooo
WE MADE IT
thank you for 1k followers!!
1k followers poggers
happy 1000 followers!
@mossymaggie hiii
@bramble_bex omg hi!!
@leafylou you're here!!
@greenfingers_gaz lol same
@potting_pete did you get one?
@sunny_sprout saaame
@dandelion_dave 😂😂
@rootbound_ruth welcome!
welcome raiders!
welcome welcome
hi everyone
hiya chat
evening all
evening everyone
morning chat
hello lovely people
heyyy
heya
hiii
hi hi
hey hey
yo
yooo
sup chat
what's up chat
wagwan
alright?
alright chat
ay up
how's everyone doing
how is everyone tonight
hope everyone's well
how was everyone's weekend
good evening from a very rainy london
it's chucking it down here
it's absolutely pissing down in manchester
sunny in brighton for once
bloody freezing in edinburgh
frost on the car this morning
first frost tonight they reckon
hailing in glasgow rn
snow in the highlands already
it's 30 degrees in hong kong lol
香港今日好熱
台北下雨了
what song is this
song name?
what's this song
who sings this
song?
love this song
this song slaps
tune
absolute tune
turn the music up
music's a bit loud
music too loud can't hear you
can't hear you over the music
your mic is quiet
mic is a bit crackly
audio is off
audio is out of sync
stream's lagging
lagging for anyone else?
buffering
stream froze
it froze
is it just me or is it frozen
back now
we're back
it's working again
stream back 🙌
the picture is blurry
camera is out of focus
can you turn the camera
when's the next stream
when's the next live
when are you live again
are you live tomorrow
what time is the sunday stream
is there a stream on sunday
how long is the stream tonight
is this live or a replay
is this live?
is this a replay
is this pre recorded
is this the same as yesterday's stream
did you do a stream yesterday
missed yesterday's stream
is there a vod
will there be a vod
where can i watch the replay
can i watch this back later
what's the weather like there
is it cold in the greenhouse
is it warm in there
is it raining there
where are you based
where are you streaming from
where is this
what part of the uk are you in
are you in scotland
is that an actual greenhouse
is that your own greenhouse
is the glasshouse yours
how old are you
how old r u
are you married
do you have kids
do you have a boyfriend
is that your husband in the back
what's your name
whats ur name again
what's your real name
how long have you been gardening
how did you get into plants
how many plants do you have
how many plants do you have at home
what's your favourite plant
what's your fave plant
favourite houseplant?
what's the rarest plant you own
do you have a thai con
do you have pets
what's your dog called
what's your cat's name
what's the cat called
is that your cat
do you live in the greenhouse lol
do you sleep in the glasshouse
what's your star sign
do you have a garden
do you grow veg yourself
what do you grow at home
what do you do when you're not streaming
is this your full time job
do you work here
are you the owner
how long has the shop been open
do you have a shop i can visit
can we visit the nursery
where's the nursery
do you have a youtube
do you have an instagram
what's your insta
what's your tiktok
are you on youtube
do you do tutorials
can you do a repotting tutorial
can you do a propagation video
can you show us the greenhouse
show us the cactus corner
show us the big banana plant
show the dog again
bring the dog back
where's the cat gone
more squirrel content pls
can you say hi to my mum
say hi to my nan she's watching
shout out to my mum!
can i get a shoutout
shoutout pls
can you read my name out
say my name lol
happy birthday to me lol
it's my birthday today 🎂
it's my anniversary today
my mum's 80 today
first stream since my surgery, missed you all
had a rough day, this helps
this is the best part of my week
love this community
this chat is so nice
chat is wholesome tonight
chat is chaotic tonight lol
chat's moving fast
chat is on fire
slow down chat
chat calm down
mods asleep
mods are asleep post plants
mods pls
mod check
where are the mods
mods ban the squirrel
@mod can i post a link
can i post a pic of my plant
can i share my plant
let me show you my monstera
look at my monstera: imgur.com/a/Mx7Kq2
my plant shelf: instagram.com/leafylou_grows
follow me on tiktok @plantgirlpriya
check out my page @rootbound_ruth
my discord is in my bio
link to the discord?
whats the discord link
how do i join the discord
is the discord free
youtube.com/watch?v=dQw4w9WgXcQ
bit.ly/free-monstera-giveaway
free plants at bit.ly/plnt4u
scam link ^ don't click
don't click that link
that's a scam
report the bot
bot in chat
bots in chat again
spam bot lol
someone ban that bot
get rid of the bot
thanks mods
ty mod
mods on it
banned lol
bye bot
Want to become famous? Buy followers, primes and views on dogehype dot com
Cheap viewers on streamboo .com ( remove the space )
I'm not a bot, i'm a plant person trapped in a phone
copypasta incoming
🌱 this monstera has been passed down for 7 generations, type 🌱 or it will drop a leaf 🌱
If you don't water your plants before midnight a slug will visit your garden, copy this into 3 streams
I'm not saying it was the squirrel. But it was the squirrel.
Hi, I'm Gary, I'm 54 and I have 312 houseplants. My wife has left me. Ask me anything.
This is a peat free stream. Peat bogs store twice as much carbon as all the world's forests. You're welcome.
hello i am the compost. i have been smelling like this since 1997. thank you for your attention
Ah yes, the floor is made of floor. The plant is made of plant.
one does not simply keep a calathea alive
calathea says no
the calathea heard you and died
my calathea just died out of spite
me: i'll just buy one plant. also me: 47 plants later
POV: you said you'd only watch for 5 minutes
POV: your partner checks the bank statement
POV: the squirrel has a plan
the squirrel has a plan
squirrel arc
squirrel lore
squirrel 1, humans 0
never trust a squirrel
the squirrels are organised
they're organised now
they have a union
squirrel union strikes again
kevin the hedgehog for PM
kevin for king
justice for kevin
the slug emoji when
we need a slug emote
slug emote pls
make the squirrel an emote
new emote when
this should be an emote
clip that
clip it
someone clip that
CLIP IT
that's going in the highlights
highlights reel
that's the thumbnail
thumbnail material
peak content
content
certified plant moment
moment
iconic
legendary
historic
lore
canon event
that's canon
plot twist
the drama
the tension
the suspense is killing me
my heart
i can't
i'm shaking
i'm weak
bro
bruh
bruhhh
dude
mate
mate 😂
oi
oi oi
innit
innit bruv
proper mad
mad ting
that's mad
that's wild
wild
unreal
bonkers
absolutely bonkers
mental
well jel
jealous
so jealous
cheeky
cheeky one
cheeky purchase incoming
cheeky nando's after this
fancy a brew
kettle's on
cuppa time
it's tea time
dinner's ready brb
brb
brb dinner
brb kettle
brb feeding the cat
back
back from dinner
back from walking the dog
ok back what did i miss
did i miss anything
what did i miss
has the monstera been on yet
have you shown the hose yet
when is the hedge trimmer coming on
is the squirrel feeder coming up
you mentioned compost earlier
you said you'd show the fleece
the compost segment was my favourite
my favourite part was the hose bit
the grow light bit was cool
the bit with the slugs was grim
i had a monstera once
i used to have a calathea
my grandad swore by terracotta
my grandad grew runner beans every year
runner beans remind me of my grandad
my dad's allotment had the best beans
got my allotment last month finally
allotment gang 🌱
8 years on the allotment waiting list
the allotment waiting list is 6 years here
my allotment neighbour grows marrows the size of dogs
marrows are just big courgettes
courgettes are just small marrows
the great courgette glut of 2023
too many tomatoes, not enough chutney
made chutney with the green ones
green tomato chutney is elite
i grow chillies on my windowsill
chillies love my windowsill
basil always dies on me
supermarket basil never lives
coriander bolts instantly for me
mint takes over everything
never plant mint in the ground
mint will outlive us all
my lawn is mostly moss now
no mow may gang
no mow may was great for the bees
my garden is just brambles
the brambles are winning
bindweed is my nemesis
ground elder is the devil
japanese knotweed next door 😬
foxes dug up my bulbs
the fox stole my glove
badgers destroyed the lawn
pigeons ate my brassicas
cabbage whites ate everything
aphids on my roses again
greenfly everywhere this year
vine weevils in my pots 😭
fungus gnats are driving me mad
the gnats are back
sticky traps for the gnats
spider mites on my calathea
thrips 😱
mealybugs again
neem oil saves lives
i repotted 14 plants today
i'm covered in soil
soil under my nails forever
gardening is cheaper than therapy
gardening is not cheaper than therapy lol
plants are my personality
my flat is 70% plants
my landlord doesn't know how many plants i have
the plants have their own room
i talk to my plants
i sing to my monstera
my plants have names
my monstera is called Monty
mine's called Cheesy
my calathea is called Drama
we named our fern Gerald
my pothos is taking over the bathroom
pothos are unkillable
snake plants are unkillable too
zz plants are unkillable
i killed a snake plant somehow
i killed a cactus, how
cactus people are built different
succulents hate me
orchids are a mystery
my orchid reflowered!!
my peace lily is so dramatic
peace lilies faint when thirsty lol
fiddle leaf figs are evil
my fiddle leaf dropped every leaf
birds of paradise are huge
strelitzia gang
my string of pearls died
hoyas are my new obsession
hoya collection is growing
anthuriums are so expensive
philodendron pink princess prices lol
rare plant prices are a scam
plant prices went crazy in 2021
plant bubble burst
plant swap on saturday anyone
going to the plant fair on sunday
rhs chelsea this year was amazing
gardeners world on tonight
monty don is a national treasure
monty don and nigel 💚
nigel the dog forever
alan titchmarsh vibes
charlie dimmock era
the gardeners world theme tune in my head now
ground force theme tune lol
who else watched ground force
my mum watches every episode
this is better than gardeners world
don't tell monty
is this the bbc
you should be on telly
you should have your own show
you're better than monty don
nobody is better than monty don
fair
fair enough
true
so true
too true
facts
fax
valid
this
^
^^^
^ this
same
same here
literally same
me too
me
relatable
too real
felt that
oof
yikes
rip
rip 😭
f
F
F in chat
pain
suffering
the struggle
the struggle is real
mood
big mood
current mood
energy
the energy tonight
good energy
vibes
bad vibes
hm
hmm
hmmm
interesting
noted
taking notes
writing this down
good tip
great tip thanks
never knew that
TIL
learned something today
that's useful
mind blown
🤯
ok
okay
kk
k
oh
oh no
oh nooo
noooo
nah
nope
yep
yes
yeah
ye
aye
aye aye
och aye
wee plant
a wee beauty
braw
pure dead brilliant
gallus
craic
what's the craic
grand
grand so
it's grand
deadly
class
class stream
savage
lush
tidy
tidy that
hwyl from wales
shwmae
alreet
alreet pet
howay
mint
mint that
buzzin
buzzing
well buzzing
chuffed
chuffed to bits
gutted for you
knackered
knackered after work
shattered
cream crackered
skint
i'm skint till payday
payday can't come soon enough
waiting for payday
pay day friday
my bank account is crying
my bank account says no
budget says no
i'm on a plant ban
plant ban lasted 2 days
i'm not allowed more plants
no more plants i said
famous last words
said no one ever
sure jan
ok boomer
bestie
bestie 💚
besties
love u
love you all
love ya
ily chat
ily
<3
<333
xx
xxx
x
night all
night night
nighty night
goodnight
goodnight everyone
gotta go
gotta go to bed
off to bed
off to work
bye all
bye bye
bye chat
see ya
see you sunday
see you next week
catch you later
laters
ta ra
ta-ra chat
toodles
peace out
cya
gn
gn chat
thanks for the stream
thanks for streaming
great stream
lovely stream as always
best stream yet
10/10 stream
amazing stream thank you
thank you!!
thanks!
thank you
ty
tyty
thx
cheers for that
appreciated
much appreciated
you're a star
you're the best
legend
absolute legend
queen
icon
mother
goat
the goat
GOAT
hall of fame
主播幾多歲
主播住喺邊
主播係咪英國人
主播有冇男朋友
主播養咗幾多盆植物
主播最鍾意咩植物
主播屋企有冇貓
隻貓叫咩名
主播講廣東話嗎
主播識唔識講中文
主播幾時再開直播
聽日有冇直播
下次幾時開
而家係直播定重播
係咪錄影嚟
呢首係咩歌
首歌叫咩名
首歌好好聽
背景音樂好正
聲音有啲細
聽唔到聲
卡咗
卡卡地
好lag
網絡好差
我嘅網好慢
畫面好矇
英國而家幾點
英國而家係咪好凍
英國天氣點呀
英國成日落雨
倫敦好凍呀
我想去英國玩
我去過倫敦
我喺英國讀過書
我喺曼城住過
英國嘢好貴
英鎊好貴
英鎊又升咗
香港好難種植物
香港太濕
香港回南天植物會發霉
回南天好慘
香港冬天唔凍
香港露台好細
我屋企得個窗台
屋企冇花園
想有個花園
夢想係有個溫室
退休想種菜
我阿爸喺新界種菜
新界有地種菜好好
元朗有個農場
花墟好多植物
旺角花墟見過龜背竹
花墟平好多
花墟啲植物平過英國
台灣花市也有
建國花市很大
內湖花市假日很多人
台灣很好種植物
台灣夏天太熱了
台灣颱風季植物都倒了
颱風又來了
南部超熱
台北好濕
我住台中
我在高雄
我是台南人
我在新竹工作
我在英國留學
我在倫敦念書
我在曼徹斯特
英國的天氣好憂鬱
英國好常下雨
英國的房子好冷
英國的菜很難吃哈哈
英國口音好好聽
主播的口音是哪裡的
主播是蘇格蘭人嗎
主播好像在蘇格蘭
主播是哪裡人
主播幾歲了
主播有養貓嗎
主播家有幾盆植物
主播最喜歡什麼植物
主播會說中文嗎
主播下次什麼時候直播
明天有直播嗎
這是重播嗎
這是直播嗎
這首歌是什麼
背景音樂叫什麼
好好聽的歌
聲音好小
聽不到聲音
畫面卡住了
好卡
網路好慢
我的網路好爛
有人聽得懂嗎
可以講慢一點嗎
聽得懂一半
我英文不好
我英文很爛哈哈
靠翻譯看直播
有沒有字幕
字幕在哪
謝謝主播
謝謝分享
學到了
長知識了
原來如此
好厲害
好專業
好有耐心
好溫柔
好可愛的狗狗
狗狗好可愛
貓咪好可愛
後面的貓咪
後面有貓
後面是狗狗嗎
好療癒的直播
每天都來看
天天看
我是老粉
新粉報到
剛追蹤
已追蹤
按讚了
分享出去了
送愛心
愛心送上
❤️❤️❤️
推一個
頂
頂頂頂
晚安大家
大家晚安
先睡了
明天見
下次見
掰掰
88
886
拜拜主播
主播多大了
主播有男朋友吗
主播结婚了吗
主播住哪里
主播是英国人吗
主播几点下播
明天还播吗
下次什么时候播
这是直播还是录播
是不是录播啊
这首歌叫什么
什么歌这么好听
背景音乐好听
声音太小了
声音有点小
听不见
卡了
好卡啊
卡成ppt了
网不好
我这边好卡
画面糊了
英国现在几点啊
英国这么晚了吧
英国天气怎么样
英国是不是老下雨
英国好冷吧
伦敦我去过
我在英国留过学
在伦敦读书呢
英国东西好贵
英镑好贵
汇率太高了
我在国内看的
国内看的扣1
翻墙来看的
北京的来了
上海的报到
广州的来了
深圳的在吗
成都的朋友
我是东北的
我在杭州
我在武汉
南京的姐妹在吗
有没有广东的
有老乡吗
我是留学生
在英国的留学生有吗
曼城的有吗
爱丁堡的在吗
主播会中文吗
主播说慢点
听不懂
听得懂一点
英文不好只能看
靠猜
靠图片看
全靠猜哈哈
翻译一下
谁能翻译一下
有人翻译吗
字幕呢
好想去英国看花园
英国的花园好美
英式花园yyds
想去切尔西花展
切尔西花展好看吗
邱园去过
去过邱园好美
英国的温室好漂亮
这个温室好大
温室好美啊
这光线绝了
拍得好好看
镜头好清楚
主播皮肤好好
主播衣服好看
主播的围裙好可爱
主播头发好看
主播笑起来好甜
主播好有气质
主播好可爱
后面的猫好可爱
那只狗好乖
狗狗叫什么
猫猫好胖
好治愈的直播
治愈了
被治愈了
看直播好放松
上班累了来看
下班了来看看
睡不着来看
失眠了来看
半夜了还在看
晚安晚安
晚安主播
明天见
下次再来
拜拜
撤了
先撤了
走了走了
关注主播不迷路
关注走一波
家人们关注一下
新来的家人们点点关注
点赞到一万
赞赞赞
刷起来
刷一波
弹幕刷起来
家人们扣波666
666走起
老铁666
老铁们
家人们
宝宝们
姐妹们
集美们
冲冲冲
冲鸭
冲
来了老弟
just finished repotting 20 plants and i'm broken
spent my whole sunday on the allotment, worth it
the allotment committee meeting was pure drama tonight
someone stole all the rhubarb off our allotment
who steals rhubarb??
my neighbour keeps throwing slugs over the fence into my garden
slug diplomacy with the neighbours has failed
the fox left me a present on the lawn again
woke up to a badger in the veg patch
there's a frog living in my watering can
there's a toad under my shed, his name is Derek
the hedgehog cam caught three hedgehogs last night!!
our hedgehog house finally has a tenant
a sparrowhawk took a pigeon in the garden this morning, brutal
the blackbird is nesting in my clematis again
bats flying round the garden at dusk
saw my first bumblebee of the year today
the first swallows are back
the cuckoo was calling this morning
my daffodils are up already
snowdrops are out in the woods
bluebells were incredible this year
the tulips got eaten by the squirrels again
squirrels dug up every single crocus
my wisteria finally flowered after 6 years
the magnolia next door is unreal
cherry blossom season is the best season
my roses have black spot again
deadheading is weirdly relaxing
dahlias are my whole personality in august
earwigs in the dahlias though
sweet peas smell incredible this year
i grow sweet peas up the shed
my shed is full of spiders and i'm not going in
shed life
my shed is my happy place
we got a potting shed!!
potting bench goals
greenhouse is on my wishlist for christmas
polytunnel envy
my polytunnel blew away in the storm
storm took my fence panels again
fence panels everywhere after the wind last night
the storm flattened my sunflowers
hosepipe ban last summer was rough
water butts are a game changer
got two water butts off the council
rain water for the carnivorous plants only
my venus fly trap ate a wasp
pitcher plants are so weird and cool
carnivorous plant people are a different breed
bonsai people are also a different breed
my bonsai is 30 years old, older than some of you
cacti don't need watering in winter, learnt the hard way
my aloe has babies everywhere
giving away aloe pups at work
spider plant babies for everyone
plant swap at the library was brilliant
got a free monstera cutting from facebook marketplace
facebook marketplace plant bargains are elite
saw a massive monstera in a skip once
rescued a dying yucca from a skip
the garden centre cafe scones are the real reason i go
garden centre on a sunday is my religion
my partner says garden centres are my gym
going garden centre hopping on saturday
christmas at the garden centre starts in august lol
the garden centre already has christmas stuff out
the dog loves the garden centre too
my kids hate garden centres
my teenager says plants are cringe
my toddler ate a bit of soil today
my son planted a lego brick and waters it daily
my daughter wants her own veg patch
school garden club is thriving
i teach the gardening club at school
we won best allotment in the village show
got second place for my onions at the village show
the village show marrow competition is cutthroat
my grandad won the leek competition four years running
giant veg people are intense
pumpkin growing competition this year
growing a pumpkin for halloween with the kids
the pumpkin rotted before halloween
it's been a terrible year for tomatoes
fantastic year for apples though
too many apples, making cider
made crab apple jelly
elderflower cordial season
foraged some wild garlic today
wild garlic pesto is elite
nettle soup is actually good
the nettles got me through my jeans
dock leaves for nettle stings, classic
i'm allergic to everything in the garden
hay fever is killing me today
pollen count is mad today
the tree pollen this week 🤧
sneezing non stop
took an antihistamine, watching from the sofa
my back is ruined from digging
digging is the best workout
gardening is my cardio
i don't need a gym i have a lawn
no dig gardening changed my life
charles dowding is a legend
no dig beds are so much easier
cardboard and compost, that's the secret
made my own compost bin from pallets
my compost heap is steaming in this cold
compost heap temperature hit 60 degrees
hot composting is a science
bokashi bin smells like pickles
the wormery is doing great
worm tea for the tomatoes
my worms escaped the wormery
i have a lot of worms and a lot of feelings
feeding my sourdough and my plants at the same time
houseplant care sheet is on my fridge
i have a spreadsheet for watering
there's an app for watering, i ignore it
my watering schedule is chaos
i water when they look sad
they always look sad
my humidity is 30% in winter, everything is crispy
humidifier running 24/7 for the calatheas
pebble trays don't really work tbh
misting is pointless, fight me
misting is self care for me not the plant
repotting in winter is a crime
never repot in winter they said
i repotted in winter and it lived, rebel
moss poles are so hard to make look nice
DIY moss pole tutorial needed
coir poles vs moss poles debate
sphagnum moss everywhere in my lounge
perlite in the carpet again
there's perlite in my bed
found perlite in my hair at work
the dog ate perlite
my cat uses my pots as a litter tray
cat keeps digging up my monstera
put tin foil on the soil to stop the cat
pine cones on the soil keeps my cat off
my cat sleeps in the big pot
my plants are basically cat furniture now
my rabbit eats all the strawberries
chickens ate my lettuces
ducks are better than pellets for slugs
our ducks clear the slugs every night
indian runner ducks for slug control, highly recommend
hedgehog highway in our fence
cut a hole in the fence for the hedgehogs
the neighbours agreed to the hedgehog hole!
hedgehog street campaign 🦔
🦔🦔🦔
🦔 justice for hedgehogs
🐌🐌🐌
🐌 enemy spotted
🐿️ he's back
🐸 derek says hi
🌻🌻🌻
🌷🌷
🍅🍅🍅
🥕🥕
🐛 the caterpillars are back
🍂 autumn vibes
❄️ frost warning
🌧️🌧️🌧️
☀️ finally
我今日換咗十盆盆
換盆換到腰痛
屋企啲植物又多咗
老公話唔准再買
老婆話屋企似森林
屋企已經冇位放
窗台已經爆晒
我啲植物多過傢俬
香港啲花墟成日逼到爆
花墟星期日好多人
我最鍾意行花墟
花墟買咗盆琴葉榕
琴葉榕好難養
琴葉榕掉晒葉
發財樹好易養
富貴竹插水就得
萬年青好易種
黃金葛生到成屋都係
綠蘿好難死
虎尾蘭好好養
蝴蝶蘭謝咗又開
年桔過完年點算
年花過完年都唔知點處理
桃花好靚
我阿爺以前喺新界種菜
新界種菜好多蚊
香港啲蚊好惡
蚊子咬到我成身
香港夏天熱到植物都曬死
颱風嚟咗要將植物搬入屋
八號風球要收晒啲盆
上次颱風吹冧咗我啲盆栽
回南天啲泥發晒霉
香港啲蟲好多
小黑蚊好煩
我屋企有蝸牛
蝸牛食晒我啲菜
我識得自己整堆肥
廚餘堆肥好臭
我屋企嘅仙人掌開花喇
多肉好易死
多肉太多水就爛根
我嘅植物全部都係老公唔知買咗
收埋張單
我哋屋苑唔准放植物喺走廊
大廈管理處話唔准放
台灣的花市好好逛
建國假日花市人超多
週末去花市買了三盆
我的琴葉榕一直掉葉子
發財樹超好養
黃金葛長到整面牆
虎尾蘭真的很好養
我家蝴蝶蘭又開花了
我阿嬤種了一整個院子的花
阿嬤的院子超美
鄉下種菜的阿公
台灣夏天太熱植物都曬傷
颱風天要把盆栽搬進來
上次颱風盆栽都倒了
梅雨季土都不會乾
台灣蚊子好多
小黑蚊好可怕
我家有蝸牛一直吃菜
自己做廚餘堆肥
廚餘堆肥有點臭
多肉好容易爛根
多肉澆太多水就死了
我的仙人掌開花了
老公說家裡不准再買植物
老婆說家裡像叢林
陽台已經放不下了
窗台滿了
偷偷買植物被發現
藏在陽台老公不知道
我今天换了十盆
换盆换到腰疼
家里植物又多了
老公说不准再买了
老婆说家里像森林
窗台已经满了
阳台放不下了
我家的发财树超好养
绿萝长得满墙都是
虎皮兰真的很难死
君子兰开花了
我妈养的花比我养的好
我奶奶种了一院子菜
老家院子种满了菜
北方的冬天植物都得搬进屋
暖气房太干了叶子都焦
南方回南天土都发霉
广州夏天太晒了
上海梅雨季好烦
家里有蚂蚁爬盆里
阳台有蜗牛吃菜
我自己在做厨余堆肥
多肉浇多了就烂根
我的仙人掌开花了
偷偷买花被老公发现了
藏在阳台没人知道
花市周末人好多
斗南花市好大
去昆明买花好便宜
上周去逛了花卉市场
我在小红书看过这个
小红书上好多人种这个
抖音上也有人卖这个
抖音刷到过
拼多多上也有类似的
网上买的植物都半死不活
上次网购的绿植到货就蔫了
快递把我的花压坏了
""".strip()


def _block(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def chat_lines() -> list[tuple[int, int, str]]:
    """(label, on_air, text) of every chat line as written, before the drop of repeats."""
    return [*((1, 1, t) for t in _block(ASK_ON)), *((1, 0, t) for t in _block(ASK_OFF)),
            *((0, 1, t) for t in _block(TALK_ON)), *((0, 0, t) for t in _block(TALK_OFF))]


def main() -> None:
    seen = _existing()
    mine: set[str] = set()
    chat = []
    for label, air, text in chat_lines():
        key = _key(text)
        if key in seen or key in mine:
            continue
        mine.add(key)
        chat.append((label, air, text))
    random.Random(SEED).shuffle(chat)
    asked: set[str] = set()
    rows = []
    for row in answer_rows():
        key = _key(row["question"])
        if key in seen or key in asked:
            continue
        asked.add(key)
        rows.append(row)
    CHAT.write_text("label\ton_air\ttext\n" + "".join(
        f"{label}\t{air}\t{text}\n" for label, air, text in chat), encoding="utf-8")
    ANSWERS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
    cjk = re.compile(r"[\u4e00-\u9fff]")
    asks = sum(label for label, _, _ in chat)
    print(f"chat: {len(chat)} lines ({len(chat_lines()) - len(chat)} dropped), {asks} asks "
          f"({asks / len(chat):.1%}), {sum(bool(cjk.search(t)) for _, _, t in chat)} in Chinese, "
          f"{sum(air for _, air, _ in chat)} with a product on air")
    shares = {k: sum(r["expect"] == k for r in rows) for k in
              ("price", "stock", "fact", "policy", "deals", "compare", "abstain")}
    print(f"answers: {len(rows)} questions ({len(answer_rows()) - len(rows)} dropped), "
          f"{shares['abstain'] / len(rows):.1%} must-abstain, "
          f"{sum(r['lang'] == 'zh' for r in rows) / len(rows):.1%} Chinese, "
          f"{sum(r['shop'] == 'garden' for r in rows) / len(rows):.1%} garden; {shares}")
    print({shop: sum(r["shop"] == shop for r in rows) for shop in sorted({r["shop"] for r in rows})})


if __name__ == "__main__":
    main()
