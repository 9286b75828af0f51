"""Write the second development set: a new shop the understanding layer was not tuned on.

Run: python -m bot.answers.understand.make_dev2 → data/answers_dev2.jsonl, data/chat_dev2.tsv

* answers_dev2.jsonl: labelled questions written by hand (the shape make_suite.py documents;
  one `AnswerCase` a line), about 70% over the pet & outdoor shop (make_suite.DEV_SHOPS:
  variants priced and stocked per size, colour or capacity, a sold-out product, two
  English-only products) and 30% over the three old shops. Shopper wording: slang, typos,
  partial names, variants, "it / 这个" with a product on air, per-unit asks, other currencies,
  numbers in words. About a third must abstain: things not carried, aspects not stated,
  another aspect of the right product, yes/no asks whose truth is not in the data, questions
  for the streamer. A `fact` is text of the listing (a spec value, a FAQ answer's words).
* chat_dev2.tsv: live-shopping chat (label, on_air, text; the format of chat_dev.tsv) from
  seeded templates with fresh wordings and the new shop's products: emote walls, caps hype,
  chants (1, 扣1, 666, 上车), stretched letters, @mentions, danmaku stickers, other bots'
  commands and their output, questions for the streamer and jokes with product words
  (label 0); about a quarter shop asks, short (多少钱, link?) and named (label 1). As in
  make_chat.py, a short ask that leans on "it / this / 这个" is a shop ask only while a
  product is on air (label = on_air); 多少钱, link? and policy asks (包邮吗) always are.

This is development data: read it, fix the kinds of failure it shows. It never feeds training.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, case
from bot.answers.understand.features import DEICTIC

HERE = Path(__file__).resolve().parent / "data"
OUT = "outdoor"

# SKUs of the outdoor shop (tests/fixtures/shops/outdoor_catalog.yaml)
LAMP, DOG, STOVE, LITTER = "LAMP-TRAIL-400", "DOG-SALMON", "STOVE-PICO", "LITTER-CLUMP-20"
TENT, BAG, BOOT, PACK = "TENT-RIDGE", "BAG-SUMMIT-20", "BOOT-GRANITE", "PACK-DAY-20"
FILTER, POLES, HARNESS, FOUNTAIN = "FILTER-SQUEEZE", "POLES-CARBON", "HARNESS-EASY", "FOUNTAIN-PET-2L"


def _outdoor() -> list[AnswerCase]:
    """The pet & outdoor shop: answerable asks first, then the ones a right answer abstains on."""
    c = case
    return [
        # -- price: full and partial names, variants, slang, typos, other currencies, words
        c(OUT, "how much is the headlamp?", "price", sku=LAMP),
        c(OUT, "headlamp price pls", "price", sku=LAMP),
        c(OUT, "头灯多少钱", "price", sku=LAMP),
        c(OUT, "头灯多少人民币", "price", sku=LAMP),
        c(OUT, "how much is the headlamp in euros", "price", sku=LAMP),
        c(OUT, "is the headlamp like thirty bucks?", "price", sku=LAMP),
        c(OUT, "how much for the harness in XL", "price", sku=f"{HARNESS}-XL"),
        c(OUT, "the harness in medium how much", "price", sku=f"{HARNESS}-M"),
        c(OUT, "狗胸背L码多少钱", "price", sku=f"{HARNESS}-L"),
        c(OUT, "胸背S码什么价", "price", sku=f"{HARNESS}-S"),
        c(OUT, "how much is the 4p tent", "price", sku=f"{TENT}-4P"),
        c(OUT, "2 person tent price?", "price", sku=f"{TENT}-2P"),
        c(OUT, "四人帐篷多少钱", "price", sku=f"{TENT}-4P"),
        c(OUT, "双人帐篷怎么卖", "price", sku=f"{TENT}-2P"),
        c(OUT, "how much is the 15 lb bag of dog food", "price", sku=f"{DOG}-15LB"),
        c(OUT, "dogfood 4lb how much", "price", sku=f"{DOG}-4LB"),
        c(OUT, "狗粮30磅多少钱", "price", sku=f"{DOG}-30LB"),
        c(OUT, "how much per pound is the 15 lb dog food", "price", sku=f"{DOG}-15LB"),
        c(OUT, "15磅的狗粮一斤合多少钱", "price", sku=f"{DOG}-15LB"),
        c(OUT, "how much is the black backpack", "price", sku=f"{PACK}-BLACK"),
        c(OUT, "红色的背包多少钱", "price", sku=f"{PACK}-RED"),
        c(OUT, "森林绿的双肩包啥价", "price", sku=f"{PACK}-GREEN"),
        c(OUT, "hw much r the trekking poles", "price", sku=POLES),
        c(OUT, "登山杖多钱", "price", sku=POLES),
        c(OUT, "price on the cat litter?", "price", sku=LITTER),
        c(OUT, "kitty litter how much", "price", sku=LITTER),
        c(OUT, "猫砂多少钱", "price", sku=LITTER, why="English-only product asked in Chinese"),
        c(OUT, "how much is the squeeze filter", "price", sku=FILTER),
        c(OUT, "滤水器多少钱", "price", sku=FILTER, why="English-only product asked in Chinese"),
        c(OUT, "how much is the stove tonight", "price", sku=STOVE),
        c(OUT, "炉头多少钱", "price", sku=STOVE),
        c(OUT, "is the stove under fifty dollars?", "price", sku=STOVE),
        c(OUT, "pet fountain price", "price", sku=FOUNTAIN),
        c(OUT, "猫饮水机多少钱呀", "price", sku=FOUNTAIN),
        c(OUT, "how much r the hiking boots", "price", sku=BOOT),
        c(OUT, "登山鞋多少钱", "price", sku=BOOT),
        c(OUT, "sleeping bag price?", "price", sku=BAG),
        c(OUT, "睡袋多少钱", "price", sku=BAG),
        c(OUT, "how much is this one then", "price", on_air=FOUNTAIN, sku=FOUNTAIN),
        c(OUT, "这个多少钱", "price", on_air=STOVE, sku=STOVE),
        c(OUT, "this in red how much", "price", on_air=PACK, sku=f"{PACK}-RED"),
        c(OUT, "这个XL的多少", "price", on_air=HARNESS, sku=f"{HARNESS}-XL"),
        c(OUT, "how much is it", "price", on_air=POLES, sku=POLES),
        c(OUT, "它多少钱", "price", on_air=LAMP, sku=LAMP),
        # -- stock: variants sold out, a sold-out product, counts
        c(OUT, "is the XL harness in stock?", "stock", sku=f"{HARNESS}-XL"),
        c(OUT, "any L harness left?", "stock", sku=f"{HARNESS}-L"),
        c(OUT, "胸背M码还有货吗", "stock", sku=f"{HARNESS}-M"),
        c(OUT, "4 person tent still available?", "stock", sku=f"{TENT}-4P"),
        c(OUT, "sleeping bag sold out?", "stock", sku=BAG),
        c(OUT, "睡袋还有吗", "stock", sku=BAG),
        c(OUT, "are the grey boots sold out", "stock", sku=f"{BOOT}-GREY"),
        c(OUT, "灰色登山鞋还有吗", "stock", sku=f"{BOOT}-GREY"),
        c(OUT, "black backpack in stock?", "stock", sku=f"{PACK}-BLACK"),
        c(OUT, "黑色背包有货吗", "stock", sku=f"{PACK}-BLACK"),
        c(OUT, "how many headlamps left", "stock", sku=LAMP),
        c(OUT, "炉子还有多少个", "stock", sku=STOVE),
        c(OUT, "30磅狗粮有货吗", "stock", sku=f"{DOG}-30LB"),
        c(OUT, "cat litter in stock?", "stock", sku=LITTER),
        c(OUT, "这个有红色吗", "stock", on_air=PACK, sku=f"{PACK}-RED"),
        c(OUT, "does it come in XL? still got any", "stock", on_air=HARNESS, sku=f"{HARNESS}-XL"),
        # -- facts: specs by their key or by the word a shopper uses, FAQ answers
        c(OUT, "how bright is the headlamp", "fact", sku=LAMP, fact="400 lumens"),
        c(OUT, "headlamp battery life?", "fact", sku=LAMP, fact="4 hours on high"),
        c(OUT, "头灯续航多久", "fact", sku=LAMP, fact="高亮4小时"),
        c(OUT, "头灯多少流明", "fact", sku=LAMP, fact="400流明"),
        c(OUT, "does the headlamp use AAA batteries?", "fact", sku=LAMP, fact="1500 mAh"),
        c(OUT, "how long does the headlamp take to charge", "fact", sku=LAMP, fact="3 hours"),
        c(OUT, "it's waterproof right?", "fact", on_air=LAMP, sku=LAMP, fact="IPX4"),
        c(OUT, "how many lumens", "fact", on_air=LAMP, sku=LAMP, fact="400 lumens"),
        c(OUT, "what's the temperature rating on the sleeping bag", "fact", sku=BAG, fact="20°F"),
        c(OUT, "睡袋温标多少", "fact", sku=BAG, fact="零下7度"),
        c(OUT, "睡袋多重", "fact", sku=BAG, fact="1.1公斤"),
        c(OUT, "is it warm enough for freezing nights?", "fact", on_air=BAG, sku=BAG, fact="-7°C"),
        c(OUT, "how heavy is the 2 person tent", "fact", sku=TENT, fact="2.1 kg"),
        c(OUT, "四人帐篷多重", "fact", sku=TENT, fact="3.6公斤"),
        c(OUT, "tent waterproof rating?", "fact", sku=TENT, fact="3000 mm"),
        c(OUT, "帐篷防水吗", "fact", sku=TENT, fact="3000毫米"),
        c(OUT, "它防雨吗", "fact", on_air=TENT, sku=TENT, fact="3000毫米"),
        c(OUT, "how long to set up the tent", "fact", sku=TENT, fact="10 minutes"),
        c(OUT, "what are the tent poles made of", "fact", sku=TENT, fact="aluminium"),
        c(OUT, "backpack capacity?", "fact", sku=PACK, fact="20 L"),
        c(OUT, "背包容量多大", "fact", sku=PACK, fact="20升"),
        c(OUT, "does the daypack take a water bladder", "fact", sku=PACK, fact="2 L bladder"),
        c(OUT, "stove wattage?", "fact", sku=STOVE, fact="3000 W"),
        c(OUT, "炉头功率多大", "fact", sku=STOVE, fact="3000瓦"),
        c(OUT, "how fast does the stove boil water", "fact", sku=STOVE, fact="3.5 minutes"),
        c(OUT, "does the stove come with a gas canister", "fact", sku=STOVE, fact="sold separately"),
        c(OUT, "炉子送气罐吗", "fact", sku=STOVE, fact="气罐需要另外购买"),
        c(OUT, "这个多重", "fact", on_air=STOVE, sku=STOVE, fact="95克"),
        c(OUT, "is the dog food grain free", "fact", sku=DOG, fact="brown rice and oats"),
        c(OUT, "狗粮幼犬能吃吗", "fact", sku=DOG, fact="成犬粮"),
        c(OUT, "protein in the dog food?", "fact", sku=DOG, fact="26%"),
        c(OUT, "狗粮蛋白质多少", "fact", sku=DOG, fact="26%以上"),
        c(OUT, "what sizes does the harness come in", "fact", sku=HARNESS, fact="S, M, L, XL"),
        c(OUT, "my dog's chest is 70 cm which harness size", "fact", sku=HARNESS, fact="66-84 cm"),
        c(OUT, "胸背什么材质", "fact", sku=HARNESS, fact="加厚尼龙"),
        c(OUT, "what are the trekking poles made of", "fact", sku=POLES, fact="carbon fibre"),
        c(OUT, "登山杖多长", "fact", sku=POLES, fact="63到135厘米"),
        c(OUT, "is the price for 1 pole or 2", "fact", sku=POLES, fact="pair of two poles"),
        c(OUT, "is the pet fountain loud", "fact", sku=FOUNTAIN, fact="30 dB"),
        c(OUT, "饮水机多大容量", "fact", sku=FOUNTAIN, fact="2升"),
        c(OUT, "饮水机功率多少瓦", "fact", sku=FOUNTAIN, fact="2瓦"),
        c(OUT, "how often do i change the fountain filter", "fact", sku=FOUNTAIN, fact="2 to 4 weeks"),
        c(OUT, "does the water filter remove viruses", "fact", sku=FILTER, fact="not viruses"),
        c(OUT, "how many gallons is the filter good for", "fact", sku=FILTER, fact="100000 gallons"),
        c(OUT, "how heavy is the water filter", "fact", sku=FILTER, fact="85 g"),
        c(OUT, "is the cat litter scented", "fact", sku=LITTER, fact="unscented"),
        c(OUT, "can i flush the litter", "fact", sku=LITTER, fact="never the toilet"),
        c(OUT, "hiking boots sizes?", "fact", sku=BOOT, fact="7 to 13"),
        c(OUT, "登山鞋什么尺码", "fact", sku=BOOT, fact="美码7到13"),
        c(OUT, "登山鞋鞋底是什么", "fact", sku=BOOT, fact="Vibram橡胶"),
        c(OUT, "do the boots run small", "fact", sku=BOOT, fact="true to size"),
        # -- policies: amounts, places not shipped to, opened food, warranty, payment
        c(OUT, "is shipping free?", "policy", policy="shipping"),
        c(OUT, "how much is shipping if i spend like 40", "policy", policy="shipping"),
        c(OUT, "包邮吗", "policy", policy="shipping"),
        c(OUT, "运费多少", "policy", policy="shipping"),
        c(OUT, "几天能到", "policy", policy="shipping"),
        c(OUT, "do u ship to hawaii", "policy", policy="shipping-limits"),
        c(OUT, "can you ship to canada?", "policy", policy="shipping-limits"),
        c(OUT, "能寄到加拿大吗", "policy", policy="shipping-limits"),
        c(OUT, "发阿拉斯加吗", "policy", policy="shipping-limits"),
        c(OUT, "can i return opened dog food", "policy", policy="returns"),
        c(OUT, "狗粮开封了能退吗", "policy", policy="returns"),
        c(OUT, "return policy?", "policy", policy="returns"),
        c(OUT, "买了不合适30天内能退吗", "policy", policy="returns"),
        c(OUT, "what's the warranty on the headlamp?", "policy", policy="warranty"),
        c(OUT, "帐篷保修多久", "policy", policy="warranty"),
        c(OUT, "can i pay with afterpay", "policy", policy="payment"),
        c(OUT, "能用支付宝吗", "policy", policy="payment"),
        c(OUT, "paypal ok?", "policy", policy="payment"),
        c(OUT, "微信支付可以吗", "policy", policy="payment"),
        # -- deals and comparisons
        c(OUT, "any deals tonight?", "deals"),
        c(OUT, "有什么优惠", "deals"),
        c(OUT, "what's on sale rn", "deals"),
        c(OUT, "今天有啥活动", "deals"),
        c(OUT, "which is cheaper the headlamp or the water filter", "compare", skus=[LAMP, FILTER]),
        c(OUT, "2p vs 4p tent price", "compare", skus=[f"{TENT}-2P", f"{TENT}-4P"]),
        c(OUT, "头灯和炉子哪个便宜", "compare", skus=[LAMP, STOVE]),
        c(OUT, "登山杖和饮水机哪个贵", "compare", skus=[POLES, FOUNTAIN]),
        # -- must abstain: not carried (some close to what the shop does carry)
        c(OUT, "do you have a kayak?", "abstain", why="not carried"),
        c(OUT, "how much is the camping chair", "abstain", why="not carried"),
        c(OUT, "got any bear spray", "abstain", why="not carried"),
        c(OUT, "cat food price?", "abstain", why="not carried (dog food is)"),
        c(OUT, "猫粮多少钱", "abstain", why="not carried (dog food is)"),
        c(OUT, "do you sell dog beds", "abstain", why="not carried"),
        c(OUT, "狗窝多少钱", "abstain", why="not carried"),
        c(OUT, "有冲锋衣吗", "abstain", why="not carried here (the apparel shop has one)"),
        c(OUT, "how much for a rain jacket", "abstain", why="not carried here"),
        c(OUT, "有睡垫吗", "abstain", why="not carried (sleeping bag is)"),
        c(OUT, "sleeping pad price?", "abstain", why="not carried (sleeping bag is)"),
        c(OUT, "有没有露营椅", "abstain", why="not carried"),
        c(OUT, "how much is the cooler", "abstain", why="not carried"),
        c(OUT, "狗绳多少钱", "abstain", why="not carried (harness is)"),
        c(OUT, "do you have a leash to go with it", "abstain", on_air=HARNESS, why="not carried"),
        c(OUT, "有猫抓板吗", "abstain", why="not carried"),
        c(OUT, "how much is the fishing rod", "abstain", why="not carried"),
        c(OUT, "卖气罐吗", "abstain", why="not carried (sold separately, never shipped)"),
        c(OUT, "有卖钓鱼竿吗", "abstain", why="not carried"),
        c(OUT, "gps watch??", "abstain", why="not carried"),
        # aspects the listing never states
        c(OUT, "is the tent fire retardant?", "abstain", sku=TENT),
        c(OUT, "帐篷防紫外线吗", "abstain", sku=TENT),
        c(OUT, "is the stove allowed on planes?", "abstain", sku=STOVE),
        c(OUT, "is the dog food made in the usa?", "abstain", sku=DOG),
        c(OUT, "狗粮是哪里产的", "abstain", sku=DOG),
        c(OUT, "does the sleeping bag come in a long size?", "abstain", sku=BAG),
        c(OUT, "are the boots vegan?", "abstain", sku=BOOT),
        c(OUT, "登山鞋防滑吗", "abstain", sku=BOOT),
        c(OUT, "is the backpack carry-on size", "abstain", sku=PACK),
        c(OUT, "is the pet fountain dishwasher safe", "abstain", sku=FOUNTAIN),
        c(OUT, "饮水机能用电池吗", "abstain", sku=FOUNTAIN),
        c(OUT, "is the harness waterproof", "abstain", sku=HARNESS),
        c(OUT, "胸背能机洗吗", "abstain", sku=HARNESS),
        c(OUT, "does the filter work on seawater", "abstain", sku=FILTER),
        c(OUT, "is the litter safe for kittens", "abstain", sku=LITTER),
        c(OUT, "头灯能照多远在水下", "abstain", sku=LAMP),
        c(OUT, "does the stove work at high altitude", "abstain", sku=STOVE),
        c(OUT, "它能机洗吗", "abstain", on_air=POLES, sku=POLES),
        # another aspect of the right product
        c(OUT, "how many watts is the headlamp", "abstain", sku=LAMP, why="lumens and mAh only"),
        c(OUT, "头灯多少瓦", "abstain", sku=LAMP, why="lumens and mAh only"),
        c(OUT, "what's the weight limit of the harness", "abstain", sku=HARNESS),
        c(OUT, "how many lumens is the stove lol", "abstain", sku=STOVE),
        c(OUT, "what's the battery life of the pet fountain", "abstain", sku=FOUNTAIN,
          why="USB powered, no battery stated"),
        c(OUT, "what's the warranty on the dog food", "abstain", sku=DOG,
          why="the warranty policy names gear, not food"),
        c(OUT, "is the dog food good for cats", "abstain", sku=DOG),
        c(OUT, "登山杖多少流明", "abstain", sku=POLES),
        c(OUT, "背包保质期多久", "abstain", sku=PACK),
        c(OUT, "睡袋功率多大", "abstain", sku=BAG),
        # yes/no whose truth is not in the data
        c(OUT, "is the stove cheaper on amazon?", "abstain", sku=STOVE),
        c(OUT, "is this the lowest price ever?", "abstain", on_air=TENT, sku=TENT),
        c(OUT, "will the tent go on sale next week", "abstain", sku=TENT),
        c(OUT, "睡袋什么时候补货", "abstain", sku=BAG),
        c(OUT, "灰色登山鞋什么时候到货", "abstain", sku=BOOT),
        c(OUT, "is the harness made in china", "abstain", sku=HARNESS),
        c(OUT, "头灯是国产的吗", "abstain", sku=LAMP),
        c(OUT, "这个是今年的新款吗", "abstain", on_air=BOOT, sku=BOOT),
        # questions for the streamer
        c(OUT, "what headlamp do YOU use on hikes?", "abstain", why="streamer question"),
        c(OUT, "where did you go camping last weekend", "abstain", why="streamer question"),
        c(OUT, "主播养狗吗", "abstain", why="streamer question"),
        c(OUT, "is that your dog?? so cute", "abstain", why="streamer question"),
        c(OUT, "主播去过哪些山", "abstain", why="streamer question"),
        c(OUT, "how many miles did you hike today", "abstain", why="streamer question"),
        c(OUT, "你家狗叫什么名字", "abstain", why="streamer question"),
        c(OUT, "do you sleep in that tent yourself lol", "abstain", why="streamer question"),
        c(OUT, "主播穿多大码的鞋", "abstain", why="streamer question"),
        c(OUT, "主播的头灯是哪个牌子", "abstain", why="streamer question"),
    ]


def _old_shops() -> list[AnswerCase]:
    """The three shops the layer was tuned on, in wordings their suite does not use."""
    c = case
    S, A, N = "sample", "apparel", "snack"
    return [
        c(S, "牛肉一斤多少钱", "price", sku="BEEF-SHANK-1KG"),
        c(S, "how much is the aurora", "price", sku="TV-4K-65"),
        c(S, "how much for 2 boxes of eggs", "price", sku="EGG-FREERANGE-30"),
        c(S, "电视多大", "fact", sku="TV-4K-65", fact="65英寸"),
        c(S, "is the telly 120hz?", "fact", sku="TV-4K-65", fact="120 Hz"),
        c(S, "鸡蛋碎了怎么办", "fact", sku="EGG-FREERANGE-30", fact="签收48小时内拍照"),
        c(S, "is the corn gmo", "fact", sku="CORN-SWEET-10", fact="non-GMO"),
        c(S, "空气炸锅多少瓦", "fact", sku="AIRFRYER-6L", fact="1500"),
        c(S, "can i put the duvet in the washer", "fact", sku="DUVET-GOOSE-WINTER",
          fact="Dry cleaning is best"),
        c(S, "被子能水洗吗", "fact", sku="DUVET-GOOSE-WINTER", fact="建议干洗"),
        c(S, "电视保修几年", "fact", sku="TV-4K-65", fact="保修3年"),
        c(S, "ship to tibet?", "policy", policy="shipping-remote"),
        c(S, "发香港吗", "policy", policy="shipping-remote"),
        c(S, "花呗能分期吗", "policy", policy="payment"),
        c(S, "今晚有什么优惠", "deals"),
        c(S, "eggs or corn which is cheaper", "compare", skus=["EGG-FREERANGE-30", "CORN-SWEET-10"]),
        c(S, "苹果手机多少钱一台", "abstain", why="not carried"),
        c(S, "do you sell iphone cases", "abstain", why="not carried"),
        c(S, "is the air fryer quiet", "abstain", sku="AIRFRYER-6L"),
        c(S, "is the beef halal", "abstain", sku="BEEF-SHANK-1KG"),
        c(S, "does the vacuum work with alexa", "abstain", sku="VACUUM-ROBOT-X7"),
        c(S, "净水器能去除重金属吗", "abstain", sku="PURIFIER-RO-800"),
        c(S, "主播家用的什么电视", "abstain", why="streamer question"),
        c(S, "极光电视多少钱", "price", sku="TV-4K-65"),
        c(S, "玉米还有货吗", "stock", sku="CORN-SWEET-10"),
        c(S, "酸奶保质期多久", "fact", sku="YOGURT-GREEK-12", fact="21天"),
        c(S, "大米是哪里产的", "fact", sku="RICE-JASMINE-5KG", fact="泰国素林府"),
        c(S, "扫地机续航多久", "fact", sku="VACUUM-ROBOT-X7", fact="180分钟"),
        c(S, "牛肉是不是吃草长大的", "fact", sku="BEEF-SHANK-1KG", fact="锡林郭勒草原放养"),
        c(S, "这个多少钱呀", "price", on_air="AIRFRYER-6L", sku="AIRFRYER-6L"),
        c(S, "电视能挂在石膏墙上吗", "abstain", sku="TV-4K-65"),
        c(S, "苹果是有机的吗", "abstain", sku="APPLE-FUJI-5KG"),
        c(S, "有卖冰箱吗", "abstain", why="not carried"),
        c(S, "主播吃过这个牛肉吗", "abstain", why="streamer question"),
        c(A, "how much is the v-neck in large", "price", sku="TEE-VNECK"),
        c(A, "牛仔裤多少钱", "price", sku="JEANS-SLIM"),
        c(A, "beanie price in yen?", "price", sku="BEANIE-WOOL"),
        c(A, "毛衣还有吗", "stock", sku="SWEATER-MERINO"),
        c(A, "do the jeans come in a 32 waist", "fact", sku="JEANS-SLIM", fact="28 to 38"),
        c(A, "is the rain jacket breathable", "fact", sku="JACKET-RAIN", fact="10000 g/m²/24h"),
        c(A, "does the v-neck come in pink", "fact", sku="TEE-VNECK",
          fact="white, black, heather grey, navy"),
        c(A, "帆布鞋有粉色吗", "fact", sku="SNEAKER-CANVAS", fact="白、黑、红"),
        c(A, "雨衣防水多少", "fact", sku="JACKET-RAIN", fact="10000毫米"),
        c(A, "can i pay with alipay", "policy", policy="payment"),
        c(A, "能用支付宝付吗", "policy", policy="payment"),
        c(A, "is exchanging for another size free?", "policy", policy="returns"),
        c(A, "运费怎么算", "policy", policy="shipping"),
        c(A, "do you sell socks", "abstain", why="not carried"),
        c(A, "有卖裙子吗", "abstain", why="not carried"),
        c(A, "is the jacket good for skiing", "abstain", sku="JACKET-RAIN"),
        c(A, "r the canvas sneakers vegan", "abstain", sku="SNEAKER-CANVAS"),
        c(A, "is the beanie made in italy", "abstain", sku="BEANIE-WOOL"),
        c(A, "毛衣是哪里产的", "abstain", sku="SWEATER-MERINO"),
        c(A, "主播穿的什么码", "abstain", why="streamer question"),
        c(A, "T恤多少钱", "price", sku="TEE-VNECK"),
        c(A, "雨衣还有货吗", "stock", sku="JACKET-RAIN"),
        c(A, "毛线帽什么材质", "fact", sku="BEANIE-WOOL", fact="70%羊毛"),
        c(A, "牛仔裤有什么颜色", "fact", sku="JEANS-SLIM", fact="靛蓝、黑色、浅蓝"),
        c(A, "T恤洗了缩水吗", "fact", sku="TEE-VNECK", fact="不到3%"),
        c(A, "能换码吗", "policy", policy="returns"),
        c(A, "有卖羽绒服吗", "abstain", why="not carried"),
        c(A, "帆布鞋透气吗", "abstain", sku="SNEAKER-CANVAS"),
        c(A, "牛仔裤是哪里做的", "abstain", sku="JEANS-SLIM"),
        c(N, "牛肉干一斤多少钱", "price", sku="JERKY-SPICY-250"),
        c(N, "how much is the mango per kg", "price", sku="MANGO-DRIED-500"),
        c(N, "瓜子多少钱一斤", "price", sku="SEEDS-SUNFLOWER-1KG"),
        c(N, "海苔还有货吗", "stock", sku="SEAWEED-CRISPY-12"),
        c(N, "what's in the mixed nuts", "fact", sku="NUTS-DAILY-30", fact="walnuts, cashews"),
        c(N, "芒果干产地", "fact", sku="MANGO-DRIED-500", fact="菲律宾宿务"),
        c(N, "零食拆了能退吗", "policy", policy="returns"),
        c(N, "发顺丰吗", "policy", policy="shipping"),
        c(N, "seaweed or mango cheaper?", "compare", skus=["SEAWEED-CRISPY-12", "MANGO-DRIED-500"]),
        c(N, "有什么优惠", "deals"),
        c(N, "is the jerky halal", "abstain", sku="JERKY-SPICY-250"),
        c(N, "奶茶粉含咖啡因吗", "abstain", sku="MILKTEA-POWDER-20"),
        c(N, "有卖辣条吗", "abstain", why="not carried"),
        c(N, "do you have kimchi", "abstain", why="not carried"),
        c(N, "主播最爱吃哪个", "abstain", why="streamer question"),
        c(N, "坚果多少钱", "price", sku="NUTS-DAILY-30"),
        c(N, "奶茶粉一盒几条", "fact", sku="MILKTEA-POWDER-20", fact="20条"),
        c(N, "牛肉干辣吗", "fact", sku="JERKY-SPICY-250", fact="特辣"),
        c(N, "瓜子保质期", "fact", sku="SEEDS-SUNFLOWER-1KG", fact="8个月"),
        c(N, "海苔是韩国的吗", "abstain", sku="SEAWEED-CRISPY-12"),
        c(N, "有卖巧克力吗", "abstain", why="not carried"),
    ]


def answers() -> list[AnswerCase]:
    """Every labelled question of the second development set, outdoor shop first."""
    return _outdoor() + _old_shops()


# --- chat ------------------------------------------------------------------------------------
PRODUCTS_EN = ["headlamp", "tent", "4p tent", "2 person tent", "dog food", "kibble", "harness",
               "stove", "cat litter", "sleeping bag", "boots", "hiking boots", "backpack",
               "daypack", "water filter", "trekking poles", "poles", "pet fountain", "fountain",
               "jeans", "beanie", "jerky", "mango", "air fryer", "tv"]
PRODUCTS_ZH = ["头灯", "帐篷", "四人帐篷", "狗粮", "胸背", "狗胸背", "炉头", "炉子", "睡袋",
               "登山鞋", "背包", "双肩包", "登山杖", "饮水机", "猫饮水机", "牛仔裤", "芒果干",
               "空气炸锅", "电视"]
VARIANTS_EN = ["in xl", "in medium", "size L", "in red", "in black", "the grey one", "in green",
               "4 person", "2p", "15 lb", "30lb", "the small"]
VARIANTS_ZH = ["XL码", "M码", "L的", "红色的", "黑色的", "灰色", "绿色款", "四人的", "双人",
               "30磅", "大袋的", "小号"]
ASK_EN = ["how much is the {p}", "how much is the {p}?", "{p} price?", "price on the {p} pls",
          "hw much the {p}", "how much 4 the {p}", "is the {p} in stock", "any {p} left??",
          "{p} restock?", "is the {p} sold out", "link for the {p}?", "where do i get the {p}",
          "{p} link pls", "does the {p} come {v}?", "the {p} {v} how much", "got the {p} {v}?",
          "is the {p} waterproof", "how heavy is the {p}", "what's the {p} made of",
          "{p} vs {p2} which is cheaper", "is the {p} cheaper than the {p2}",
          "how much is the {p} in euros", "is the {p} like 30 bucks?", "{p} still on sale?",
          "whats the warranty on the {p}", "can i return the {p} if my dog hates it",
          "does the {p} fit a big dog", "how many lumens is the {p}", "temp rating on the {p}?",
          "how long does the {p} battery last", "capacity of the {p}?", "{p} sizes?",
          "can you show the {p} again and say the price", "@hawker how much is the {p}"]
ASK_ZH = ["{z}多少钱", "{z}多少钱？", "{z}怎么卖", "{z}啥价", "{z}多钱", "{z}还有吗", "{z}有货吗",
          "{z}什么时候补货", "{z}链接呢", "{z}几号链接", "{z}{vz}多少钱", "{z}{vz}还有吗",
          "{z}有{vz}吗", "{z}防水吗", "{z}多重", "{z}什么材质", "{z}和{z2}哪个便宜",
          "{z}能便宜点吗", "{z}包邮吗", "{z}能退吗", "{z}保修多久", "{z}一斤多少钱",
          "{z}几号发货", "{z}续航多久", "{z}多少流明", "{z}容量多大", "{z}尺码准吗",
          "{z}多少美金", "{z}有优惠吗", "{z}能寄到加拿大吗"]
SHORT_EN = ["how much?", "how much??", "link?", "link pls", "LINK", "restock?", "in stock?",
            "price?", "price pls", "cost?", "how much is it", "sizes?", "any left?", "sold out?",
            "how do i buy", "where to buy??", "how much in usd", "what colors?", "is it on sale?",
            "is this waterproof", "how heavy is it", "does it come in xl", "is it in stock",
            "how much for this one", "what's the price on that"]
SHORT_ZH = ["多少钱", "多少钱？", "包邮吗", "有货吗", "上链接", "上链接！！", "链接呢", "求链接",
            "几号链接", "有链接吗", "几号发货", "能便宜点吗", "还有吗", "这个多少钱", "这个还有吗",
            "这个防水吗", "这个多重", "有XL吗", "红色的还有吗", "怎么拍", "怎么买", "多少米",
            "啥价", "这款有优惠吗", "几天到", "能用支付宝吗", "发顺丰吗"]
POLICY_EN = ["is shipping free?", "free shipping over what?", "shipping cost?", "do u ship to hawaii",
             "ship to canada?", "how long is delivery", "can i return opened dog food?",
             "return policy?", "do you take paypal", "afterpay?", "can i pay with alipay",
             "do you ship to alaska", "how fast do orders ship"]
POLICY_ZH = ["包邮吗", "满多少包邮", "运费多少", "发阿拉斯加吗", "能寄到加拿大吗", "几天能到",
             "开封的狗粮能退吗", "这个能退吗", "七天无理由吗", "30天能退吗", "能分期吗", "支持微信吗",
             "保修多久"]
# not for the shop
EMOTES = ["PogChamp", "KEKW", "LUL", "Kappa", "OMEGALUL", "Pog", "monkaS", "PepeHands",
          "Sadge", "catJAM", "peepoHappy", "EZ", "Clap", "HYPERS", "pepeD", "widepeepoHappy",
          "PETTHEPEPE", "FeelsStrongMan", "[doge]", "[笑哭]", "[打call]", "[妙啊]", "[吃瓜]",
          "[狗头]", "[呲牙]", "[比心]", "[赞]", "😂", "🔥", "❤️", "👍", "🐶", "🏕️", "⛺", "🥾", "💯"]
HYPE = ["LETS GOOOOO", "W STREAM", "HYPEEEE", "SHEEEESH", "GG", "W", "BIG W", "POGGERS",
        "NO WAY", "YOOOOO", "OMGGGG", "CAMP GANG", "DOG GANG", "W HOST", "LFGGG",
        "冲冲冲", "上车上车", "家人们冲", "太顶了", "绝绝子", "好家伙", "卧槽"]
CHANTS = ["1", "1111", "11111111", "扣1", "扣1扣1", "666", "6666666", "上车", "已上车", "2333",
          "哈哈哈哈哈", "+1", "8888", "yyds", "awsl", "？", "???", "。。。", "打卡", "前排",
          "来了", "o7", "F", "2", "0", "草", "nb", "冲", "kkkk", "www", "jajaja"]
STREAMER_Q = ["how old are you", "where are you streaming from", "is that your dog?",
              "what's your dog's name", "did you go camping this weekend?", "what mic is that",
              "can you say hi to my daughter", "when is the next stream", "why is the audio weird",
              "is the stream lagging for anyone else", "what song is this", "are you married lol",
              "how long have you been hiking", "how many miles did you do today",
              "what headlamp do you use yourself", "what boots are you wearing rn",
              "主播几岁", "主播哪里人", "主播养狗吗", "狗狗叫什么", "主播去哪露营了", "是我卡了吗",
              "主播今天几点下播", "这是什么背景音乐", "主播穿多大码", "主播你帐篷在哪搭的",
              "主播的狗好可爱是什么品种", "有人一起去爬山吗", "弹幕怎么这么快"]
JOKES = ["this tent is bigger than my apartment lol", "my dog would eat those boots",
         "headlamp gang 🔦", "i need the harness for my husband KEKW", "the stove is cooking fr",
         "我家狗比我吃得好", "狗粮比我饭贵", "这帐篷比我出租屋大", "头灯照我前途", "睡袋就是我的床",
         "my cat ignores every fountain i buy", "the water filter could not filter this chat",
         "poles for pole dancing? Kappa", "i'd hike 500 miles for that backpack",
         "dog food looks tasty ngl", "litter box of a chat", "the 4p tent for my 4 cats lol",
         "登山杖当金箍棒", "饮水机我家猫不喝", "背包红色的好看", "我有三个头灯了还想买",
         "that harness is drip", "boots tho 🔥🔥🔥", "tent szn", "camp stove ASMR pls"]
CHATTER = ["already ordered the {p}", "just bought 2", "got the {p} last month, love it",
           "my {p} came yesterday", "已拍", "拍了", "下单了", "刚付款", "买了两个", "我妈也在看",
           "买过{z}，好用", "{z}真不错", "{z}我家有", "the {p} is mid tbh", "want the {p} so bad",
           "waiting for the {p}", "wallet crying", "钱包空了", "太便宜了", "价格好美丽",
           "price is crazy", "cheap af", "i paid 80 for mine elsewhere", "shipping was fast last time",
           "returns were easy for me", "my size is always gone lol", "i wear xl lol",
           "红色好看", "黑色的酷", "the red one is cute", "brb dog needs a walk", "gn chat",
           "hi from ohio", "hello from berlin", "主播好", "大家晚上好", "来了来了", "第一次来",
           "lurking", "back", "lol", "nice", "ok", "true", "real", "same", "fr fr"]
BOT_CMDS = ["!points", "!uptime", "!discord", "!followage", "!lurk", "!so @{user}", "!gamble 200",
            "!link", "!price", "!shop", "!cart", "!sr lofi camping", "!hug @{user}", "!dice",
            "!giveaway", "!join", "!socials", "!specs", "!watchtime", "/me waves"]
BOT_OUT = ["Nightbot: Follow on Twitter for deals!", "StreamElements: @{user} has 1,250 points.",
           "Streamlabs: Thanks for the follow, {user}!",
           "Nightbot: @{user} -> Shop link is in the panels below.",
           "【系统】{user} 加入了直播间", "{user} 送出 小心心 x1", "{user} 送出 辣条 x10",
           "欢迎 {user} 进入直播间", "{user} 关注了主播", "Fossabot: {user} has been watching for 3 hours",
           "StreamElements: Giveaway starts in 5 minutes! Type !join", "{user} 点亮了粉丝团"]
MENTIONS = ["@{user} lol", "@{user} same", "@{user} how much did u pay for yours", "@{user} ur late",
            "@{user} did you get the {p}?", "@{user} 你买了吗", "@{user} 哈哈哈", "@{user} no way"]
USERS = ["nightbot", "trailmix_tom", "doggo_mom", "camp_queen", "小明", "户外老王", "pawsome99",
         "xX_hiker_Xx", "streamelements", "嘟嘟"]


def _stretch(rnd: random.Random, text: str) -> str:
    """Stretch one letter the way chat does ("sooooo", "pleaseeee")."""
    letters = [i for i, ch in enumerate(text) if ch.isalpha() and ch.isascii()]
    if not letters:
        return text
    i = rnd.choice(letters)
    return text[:i] + text[i] * rnd.randint(3, 7) + text[i + 1:]


def _noise(rnd: random.Random, text: str) -> str:
    """Case, lost punctuation, stretched letters and emotes, as real chat mangles a line."""
    r = rnd.random()
    if r < 0.12:
        text = text.upper()
    elif r < 0.4:
        text = text.lower().rstrip("?？") or text  # "???" stays a line
    if rnd.random() < 0.1:
        text = _stretch(rnd, text)
    if rnd.random() < 0.2:
        text = f"{text} {rnd.choice(EMOTES)}"
    if rnd.random() < 0.05:
        text = f"{rnd.choice(EMOTES)} {text}"
    return text


def _key(text: str) -> str:
    """A line as the sets' uniqueness check compares it: letters and digits, casefolded."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


# Held-out sets written to share no line with any other set (make_heldout4.py checks the sets
# before it; tests/test_heldout4_data.py checks every set, this one included). The older held-out
# sets share generic lines ("包邮吗", "666") with the dev sets by design, so they are not listed.
UNIQUE_HELD_OUT = ("chat_heldout4.tsv", "answers_heldout4.jsonl")


def held_out_keys() -> set[str]:
    """Keys of the lines and questions of UNIQUE_HELD_OUT (compared, never shown or used
    otherwise), so that no dev line repeats one of them."""
    keys: set[str] = set()
    for name in UNIQUE_HELD_OUT:
        path = HERE / name
        if not path.exists():
            continue
        if name.endswith(".tsv"):
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                text = line.split("\t")[-1]
                keys.add(_key(text) or text)
        else:
            for line in path.read_text(encoding="utf-8").splitlines():
                keys.add(_key(json.loads(line)["question"]))
    return keys


def chat(n: int, seed: int) -> list[tuple[int, int, str]]:
    """`n` lines (label, on_air, text), about a quarter of them shop asks; none repeats a
    held-out line."""
    rnd = random.Random(seed)
    taken = held_out_keys()

    def fill(t: str) -> str:
        p, p2 = rnd.sample(PRODUCTS_EN, 2)
        z, z2 = rnd.sample(PRODUCTS_ZH, 2)
        return t.format(p=p, p2=p2, z=z, z2=z2, v=rnd.choice(VARIANTS_EN),
                        vz=rnd.choice(VARIANTS_ZH), user=rnd.choice(USERS))

    def wall() -> str:
        e = rnd.choice(EMOTES)
        return " ".join(rnd.choice([e, e, rnd.choice(EMOTES)]) for _ in range(rnd.randint(2, 14)))

    # (weight, kind, maker); kind: "ask" (names a product), "bare" (short; on air decides when
    # it says it / this / 这个, as in make_chat.py), "policy", "no"
    kinds: list[tuple[int, str, Callable[[], str]]] = [
        (8, "ask", lambda: fill(rnd.choice(ASK_EN))),
        (8, "ask", lambda: fill(rnd.choice(ASK_ZH))),
        (4, "bare", lambda: rnd.choice(SHORT_EN)),
        (5, "bare", lambda: rnd.choice(SHORT_ZH)),
        (3, "policy", lambda: rnd.choice(POLICY_EN + POLICY_ZH)),
        (10, "no", wall),
        (7, "no", lambda: rnd.choice(HYPE) + rnd.choice(["", "!!!", " " + rnd.choice(EMOTES)])),
        (14, "no", lambda: rnd.choice(CHANTS)),
        (9, "no", lambda: rnd.choice(STREAMER_Q)),
        (6, "no", lambda: rnd.choice(JOKES)),
        (14, "no", lambda: fill(rnd.choice(CHATTER))),
        (5, "no", lambda: fill(rnd.choice(BOT_CMDS))),
        (5, "no", lambda: fill(rnd.choice(BOT_OUT))),
        (4, "no", lambda: fill(rnd.choice(MENTIONS))),
    ]
    weights = [k[0] for k in kinds]
    out: list[tuple[int, int, str]] = []
    while len(out) < n:
        _, kind, make = rnd.choices(kinds, weights)[0]
        on_air = int(rnd.random() < 0.7)
        text = make()
        if kind == "no" and rnd.random() < 0.6:
            text = _noise(rnd, text)
        elif kind != "no":
            text = _noise(rnd, text)
        if kind in ("ask", "policy"):
            label = 1
        elif kind == "bare":  # "多少钱" is a shop ask in any case; "is this waterproof" only
            label = on_air if DEICTIC.search(text.lower()) else 1  # with a product on air
        else:
            label = 0
        if (_key(text) or text) not in taken:
            out.append((label, on_air, text.replace("\t", " ")))
    return out


def main() -> None:
    """Write data/answers_dev2.jsonl and data/chat_dev2.tsv; print their sizes."""
    rows = answers()
    taken = held_out_keys()
    repeats = [r["question"] for r in rows if _key(r["question"]) in taken]
    if repeats:
        raise SystemExit(f"make_dev2: {len(repeats)} questions repeat a held-out one; reword them")
    with (HERE / "answers_dev2.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    lines = chat(1600, seed=2026)
    with (HERE / "chat_dev2.tsv").open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, on_air, text in lines:
            f.write(f"{label}\t{on_air}\t{text}\n")
    print("answers_dev2", len(rows), "chat_dev2", len(lines))


if __name__ == "__main__":
    main()
