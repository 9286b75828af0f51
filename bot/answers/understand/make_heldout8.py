"""Write the eighth held-out set: data/chat_heldout8.tsv and data/answers_heldout8.jsonl.

Run: python -m bot.answers.understand.make_heldout8

Who and how: written in one session by a helper the team started for this and nothing else,
with no view of the bot's answers, of the other generators or of the other sets' contents (they
are read here only as normalised text, to drop a line or question another set already has). The
helper did not run the bot or bench/understanding.py on any of it. The team never reads this
file's data: only bench/understanding.py's totals for "heldout8" are looked at.

The answer questions are typed by hand, one by one, as viewers type them: slang and typos
(protien, dumbell), emoji and caps, two questions in one line, numbers in words, other currencies
("how much in dollars", 多少人民币), pounds and ounces against kilograms and millilitres, per-unit
asks, variants that exist and ones that do not, a variant's own stock, brand and misspelt names,
product against product and product against its own variant, aspects the listing does not state,
things the shop does not sell (a rack in a shop that sells dumbbells), questions to the streamer,
deals, policies and comparisons. They cover a new shop, a fitness & sports-nutrition shop in USD
(tests/fixtures/shops/fitness_*.yaml, make_suite.HELDOUT_SHOPS["fitness"]), the three shops of
make_suite.SHOPS, the outdoor shop of make_suite.DEV_SHOPS and the gadget and beauty shops of
make_suite.HELDOUT_SHOPS. A `fact` is text of the product's listing that a right answer quotes.

The chat lines are the shapes of a live shopping stream's chat: emote walls, caps hype, chants
(1, 扣1, 666, 上链接 as a chant and as an ask), gifts, other bots' commands and what they print,
jokes with product words, viewers answering the host, questions to the streamer, and shop asks
short and long (label 1). Most lines are written by hand; emote walls, gift and bot lines and
some short asks are put together from hand-written pieces (seeded, reproducible).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bot.answers.understand.cases import AnswerCase, CaseExtras, case
from bot.answers.understand.train import read_corpus
from knowledge.text import normalize

HERE = Path(__file__).resolve().parent / "data"
CHAT = HERE / "chat_heldout8.tsv"
ANSWERS = HERE / "answers_heldout8.jsonl"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _key(text: str) -> str:
    """Text as compared across sets: NFKC, case-folded, simplified, no spaces, punctuation or
    emoji ("" for a line of emoji only: such a line is compared as written)."""
    return re.sub(r"[\W_]+", "", normalize(text))


def _existing() -> set[str]:
    """The keys of every line and question of the other sets under data/."""
    out: set[str] = set()
    for path in HERE.glob("chat_*.tsv"):
        if path != CHAT:
            texts, _, _ = read_corpus(path)
            out |= {_key(t) or t for t in texts}
    for path in HERE.glob("answers_*.jsonl"):
        if path != ANSWERS:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.add(_key(json.loads(line)["question"]))
    return out


class _Shop:
    """Rows for one shop, one method per expectation."""

    def __init__(self, shop: str, out: list[AnswerCase]):
        self.shop, self.out = shop, out

    def _add(self, q: str, expect: str, on_air: str | None, **kw: str | list[str]) -> None:
        extras: CaseExtras = kw  # type: ignore[assignment]
        self.out.append(case(self.shop, q, expect, on_air, **extras))

    def price(self, q: str, sku: str, on_air: str | None = None) -> None:
        self._add(q, "price", on_air, sku=sku)

    def stock(self, q: str, sku: str, on_air: str | None = None) -> None:
        self._add(q, "stock", on_air, sku=sku)

    def fact(self, q: str, sku: str, fact: str, on_air: str | None = None) -> None:
        self._add(q, "fact", on_air, sku=sku, fact=fact)

    def policy(self, q: str, policy: str) -> None:
        self._add(q, "policy", None, policy=policy)

    def deals(self, q: str) -> None:
        self._add(q, "deals", None)

    def compare(self, q: str, a: str, b: str) -> None:
        self._add(q, "compare", None, skus=[a, b])

    def unknown(self, q: str, sku: str, on_air: str | None = None) -> None:
        """The listing does not say: an honest "I don't know that about it"."""
        self._add(q, "abstain", on_air, sku=sku, why="not in the listing")

    def missing(self, q: str) -> None:
        """The shop does not sell it."""
        self._add(q, "abstain", None, why="not carried")

    def host(self, q: str) -> None:
        """A question to the streamer, not to the shop."""
        self._add(q, "abstain", None, why="to the streamer")


def _fitness(s: _Shop) -> None:
    # price, incl. variants, per-unit and other currencies
    s.price("how much is the protien", "WHEY-IRONCORE")
    s.price("ironcore whey chocolate 5lb price??", "WHEY-CHOC-5LB")
    s.price("蛋白粉咋卖", "WHEY-IRONCORE")
    s.price("香草味5磅的多钱", "WHEY-VAN-5LB")
    s.price("dumbell pair how much 💪", "DUMBBELL-PAIR")
    s.price("哑铃单只多少钱啊", "DUMBBELL-SINGLE")
    s.price("how much for just ONE dumbbell not the pair", "DUMBBELL-SINGLE")
    s.price("creatine 1kg tub price", "CREATINE-1000G")
    s.price("how much r the bars, the box of twelve", "BAR-CRUNCHLAB-12")
    s.price("生日蛋糕味蛋白棒多钱一盒", "BAR-BIRTHDAY-CAKE")
    s.price("pre workout cost? the blue razz one", "PWO-BLUE-RASP")
    s.price("摇摇杯小号600的什么价", "SHAKER-600ML")
    s.price("how much is the tally scale", "SCALE-TALLY")
    s.price("那个跳绳多钱 还有吗", "ROPE-SWIFT")
    s.price("gloves XL price? my hands r huge lol", "GLOVES-XL")
    s.price("wait how much is that thing on screen rn", "SCALE-TALLY", on_air="SCALE-TALLY")
    s.price("这个多钱 主播", "DUMBBELL-FLEXLIFT", on_air="DUMBBELL-FLEXLIFT")
    s.price("这个哑铃多少钱一对", "DUMBBELL-PAIR", on_air="DUMBBELL-FLEXLIFT")
    s.price("how much in dollars is the 5 lb chocolate", "WHEY-CHOC-5LB")
    s.price("巧克力味2磅蛋白粉多少人民币", "WHEY-CHOC-2LB")
    s.price("蛋白棒一支合多少钱", "BAR-CRUNCHLAB-12")
    s.price("creatine 300g how much is that per gram lol", "CREATINE-300G")
    s.price("resistance bands how much, is that each band or the set", "BANDS-TENSIONPRO")
    s.price("蛋白粉巧克力味2磅多少钱 有几份", "WHEY-CHOC-2LB")
    s.price("曲奇奶油味的蛋白粉什么价位", "WHEY-CNC-2LB")
    s.price("price on this one? 👀", "MAT-ZENGRIP", on_air="MAT-ZENGRIP")
    # stock of a product or of one variant
    s.stock("is vanilla 5lb back in stock??", "WHEY-VAN-5LB")
    s.stock("草莓味蛋白粉还有几桶", "WHEY-STRAW-2LB")
    s.stock("sour watermelon pre sold out?", "PWO-SOUR-MELON")
    s.stock("酸西瓜味的氮泵还有没有", "PWO-SOUR-MELON")
    s.stock("lilac mat in stock? the 6mm", "MAT-6MM-LILAC")
    s.stock("紫色瑜伽垫还有吗", "MAT-6MM-LILAC")
    s.stock("L gloves left? only need one pair", "GLOVES-L")
    s.stock("体脂秤还剩几个", "SCALE-TALLY")
    s.stock("jump rope sold out already?", "ROPE-SWIFT")
    s.stock("跳绳卖完了？？", "ROPE-SWIFT")
    s.stock("生日蛋糕味还有货吗 想搞几盒", "BAR-BIRTHDAY-CAKE")
    s.stock("still got this one?", "SCALE-TALLY", on_air="SCALE-TALLY")
    s.stock("10毫米绿色的垫子还有几张", "MAT-10MM-SAGE")
    # facts only a spec, a FAQ or a variant holds
    s.fact("how many servings in the 5 lb tub", "WHEY-IRONCORE", "73 servings")
    s.fact("5磅装有几公斤啊 换算不来", "WHEY-IRONCORE", "2.27公斤")
    s.fact("蛋白粉一勺多少蛋白质", "WHEY-IRONCORE", "每勺24克")
    s.fact("乳糖不耐能喝吗", "WHEY-IRONCORE", "每勺约含1克乳糖", on_air="WHEY-IRONCORE")
    s.fact("lactose intolerant here 😭 can i have the ironcore", "WHEY-IRONCORE",
           "1 g of lactose per scoop")
    s.fact("is the whey tested for banned stuff? i get drug tested", "WHEY-IRONCORE",
           "Informed Sport")
    s.fact("蛋白粉能用开水冲吗", "WHEY-IRONCORE", "40度以下")
    s.fact("how much caffeine in voltage", "PREWORKOUT-VOLTAGE", "300 mg")
    s.fact("氮泵咖啡因多少", "PREWORKOUT-VOLTAGE", "300毫克")
    s.fact("preworkout makes me itchy n tingly is that normal", "PREWORKOUT-VOLTAGE",
           "the tingle is harmless")
    s.fact("氮泵有啥口味", "PREWORKOUT-VOLTAGE", "蓝覆盆子、水果宾治、酸西瓜")
    s.fact("creatine do i need to load it first", "CREATINE-PUREFORM", "saturates your muscles")
    s.fact("肌酸有味道吗 能兑果汁不", "CREATINE-PUREFORM", "无味")
    s.fact("bars have peanuts? my kid is allergic", "BAR-CRUNCHLAB-12",
           "contains milk, soy and peanuts")
    s.fact("蛋白棒有啥口味", "BAR-CRUNCHLAB-12", "巧克力花生酱、海盐焦糖、生日蛋糕")
    s.fact("can i put hot coffee in the shaker", "SHAKER-BLENDPRO", "140°F")
    s.fact("how many oz is the big shaker", "SHAKER-BLENDPRO", "28 oz")
    s.fact("dumbbell goes up to how many kg", "DUMBBELL-FLEXLIFT", "23.8 kg")
    s.fact("is the dumbell price for 1 or 2", "DUMBBELL-FLEXLIFT", "Pick Pair for two dumbbells")
    s.fact("can i drop them?", "DUMBBELL-FLEXLIFT", "do not drop them", on_air="DUMBBELL-FLEXLIFT")
    s.fact("how thick is the yoga mat", "MAT-ZENGRIP", "6 mm or 10 mm")
    s.fact("yoga mat in 8mm?", "MAT-ZENGRIP", "6 mm or 10 mm")
    s.fact("瑜伽垫有粉色吗", "MAT-ZENGRIP", "鼠尾草绿、黑色、丁香紫")
    s.fact("瑜伽垫有乳胶吗 我过敏", "MAT-ZENGRIP", "不含乳胶")
    s.fact("heaviest band is how many pounds", "BANDS-TENSIONPRO", "X-Heavy 50 lb")
    s.fact("弹力带能叠着一起用吗", "BANDS-TENSIONPRO", "阻力叠加")
    s.fact("scale need wifi?", "SCALE-TALLY", "syncs over Bluetooth")
    s.fact("体脂秤要装电池吗 几节", "SCALE-TALLY", "3节7号电池")
    s.fact("scale max weight? im a big guy 300lb", "SCALE-TALLY", "396 lb")
    s.fact("gloves in XXL?", "GLOVES-GRIPGUARD", "S, M, L, XL")
    # comparisons: two products, or a product and its variant
    s.compare("whey or the bars, which is cheaper lol", "WHEY-IRONCORE", "BAR-CRUNCHLAB-12")
    s.compare("一对哑铃和单只哑铃差多少钱", "DUMBBELL-PAIR", "DUMBBELL-SINGLE")
    s.compare("2lb vs 5lb chocolate price difference?", "WHEY-CHOC-2LB", "WHEY-CHOC-5LB")
    s.compare("6mm和10mm的黑色垫子差多少钱", "MAT-6MM-BLACK", "MAT-10MM-BLACK")
    s.compare("creatine 300g or 500g which one is cheaper", "CREATINE-300G", "CREATINE-500G")
    # deals
    s.deals("any deals on supplements tonight")
    s.deals("今晚有啥优惠 想搞几个")
    s.deals("what's discounted tonight fam")
    # policies
    s.policy("how much do i need to spend for free shipping", "shipping")
    s.policy("can u ship to hawaii or nah 🌺", "shipping-limits")
    s.policy("寄阿拉斯加吗", "shipping-limits")
    s.policy("can I send the dumbbells to my PO box", "shipping-limits")
    s.policy("opened the protein hated the taste can i return it", "returns")
    s.policy("蛋白粉开封了能退吗", "returns")
    s.policy("afterpay ok?", "payment")
    s.policy("可以用venmo付吗", "payment")
    s.policy("subscribe and save how much off", "subscribe-save")
    s.policy("订阅的话能随时取消吗", "subscribe-save")
    s.policy("哑铃保修多久", "warranty")
    # the listing does not say
    s.unknown("is the whey halal certified?", "WHEY-IRONCORE")
    s.unknown("蛋白粉是清真的吗", "WHEY-IRONCORE")
    s.unknown("is the protien gluten free", "WHEY-IRONCORE")
    s.unknown("bars gluten free?", "BAR-CRUNCHLAB-12")
    s.unknown("蛋白棒生酮能吃吗", "BAR-CRUNCHLAB-12")
    s.unknown("where is the creatine made", "CREATINE-PUREFORM")
    s.unknown("肌酸是哪国产的", "CREATINE-PUREFORM")
    s.unknown("氮泵孕妇能喝吗", "PREWORKOUT-VOLTAGE")
    s.unknown("does the pre-workout have sugar in it", "PREWORKOUT-VOLTAGE")
    s.unknown("shaker come with a pill compartment?", "SHAKER-BLENDPRO")
    s.unknown("dumbbells come with a stand?", "DUMBBELL-FLEXLIFT")
    s.unknown("哑铃有异味吗", "DUMBBELL-FLEXLIFT")
    s.unknown("is the mat recyclable", "MAT-ZENGRIP")
    s.unknown("does the foam roller vibrate", "ROLLER-DEEPRELIEF")
    s.unknown("does the scale show heart rate", "SCALE-TALLY")
    s.unknown("体脂秤能测心率吗", "SCALE-TALLY")
    s.unknown("gloves touchscreen compatible?", "GLOVES-GRIPGUARD")
    s.unknown("jump rope has a counter?", "ROPE-SWIFT")
    s.unknown("弹力带小孩能用吗", "BANDS-TENSIONPRO")
    s.unknown("does this one come in white", "SCALE-TALLY", on_air="SCALE-TALLY")
    # not carried
    s.missing("do u guys sell a dumbbell rack")
    s.missing("有卖杠铃吗")
    s.missing("kettlebells?? 🙏")
    s.missing("有没有BCAA")
    s.missing("casein protein do you have it")
    s.missing("有卖跑步机吗")
    s.missing("do you sell a weight bench")
    s.missing("got fish oil or multivitamins")
    s.missing("有护膝吗 深蹲用的")
    s.missing("lifting belt??")
    s.missing("pull up bar for the doorway?")
    # to the streamer
    s.host("how old are u bro")
    s.host("主播练了几年了")
    s.host("whats your bench PR")
    s.host("where are you streaming from, the gym?")
    s.host("主播你自己多重啊")


def _sample(s: _Shop) -> None:
    s.price("牛腱子咋卖", "BEEF-SHANK-1KG")
    s.price("beef shank how much in dollars", "BEEF-SHANK-1KG")
    s.price("鸡蛋30个多钱 一个合多少", "EGG-FREERANGE-30")
    s.price("that aurora telly how much", "TV-4K-65")
    s.price("电视机现在到手多少", "TV-4K-65")
    s.price("how much for the air fryer, the green one", "AIRFRYER-6L")
    s.price("扫地机器人啥价 能便宜点不", "VACUUM-ROBOT-X7")
    s.price("rice cooker price + is it 4 litre?", "RICECOOKER-IH-4L")
    s.price("净水器多钱 包安装吗", "PURIFIER-RO-800")
    s.price("鹅绒被多少钱一床", "DUVET-GOOSE-WINTER")
    s.price("苹果10斤多钱 一斤合多少", "APPLE-FUJI-5KG")
    s.price("jasmine rice 5kg how much per kg", "RICE-JASMINE-5KG")
    s.price("greek yoghurt twelve cups price?", "YOGURT-GREEK-12")
    s.price("这个多少米", "CORN-SWEET-10", on_air="CORN-SWEET-10")
    s.stock("酸奶还有几箱", "YOGURT-GREEK-12")
    s.stock("any tvs left?? want one for the superbowl", "TV-4K-65")
    s.stock("苞米还有没", "CORN-SWEET-10")
    s.stock("is the robovac sold out", "VACUUM-ROBOT-X7")
    s.stock("还剩多少啊这个", "DUVET-GOOSE-WINTER", on_air="DUVET-GOOSE-WINTER")
    s.fact("how many watts is the rice cooker", "RICECOOKER-IH-4L", "1200 W")
    s.fact("air fryer big enough for a whole chicken?", "AIRFRYER-6L", "1.3 kg")
    s.fact("电视刷新率多少", "TV-4K-65", "120Hz")
    s.fact("tv how many hdmi ports? for ps5 + switch", "TV-4K-65", "3 × HDMI 2.1")
    s.fact("扫地机吸力多大", "VACUUM-ROBOT-X7", "6000帕")
    s.fact("robot vacuum battery how long", "VACUUM-ROBOT-X7", "180 minutes")
    s.fact("酸奶每100克多少蛋白", "YOGURT-GREEK-12", "每100克8.5克")
    s.fact("yogurt got added sugar or nah", "YOGURT-GREEK-12", "No added sugar")
    s.fact("rice from where exactly", "RICE-JASMINE-5KG", "Surin, Thailand")
    s.fact("香米煮饭水放多少合适", "RICE-JASMINE-5KG", "1比1.2")
    s.fact("are the apples waxed or nah", "APPLE-FUJI-5KG", "not waxed")
    s.fact("how many eggs in a box, 30?", "EGG-FREERANGE-30", "30 eggs")
    s.fact("鹅绒被含绒量多少", "DUVET-GOOSE-WINTER", "95%白鹅绒")
    s.fact("duvet what sizes u got", "DUVET-GOOSE-WINTER", "150 × 200")
    s.fact("净水器滤芯多久要换", "PURIFIER-RO-800", "12个月一换")
    s.fact("corn is it gmo", "CORN-SWEET-10", "non-GMO")
    s.fact("beef how do u ship it, frozen?", "BEEF-SHANK-1KG", "insulated box")
    s.fact("电饭煲几个人够吃", "RICECOOKER-IH-4L", "2到8人")
    s.compare("玉米和苹果哪个便宜", "CORN-SWEET-10", "APPLE-FUJI-5KG")
    s.compare("airfryer or rice cooker which is cheaper", "AIRFRYER-6L", "RICECOOKER-IH-4L")
    s.compare("扫地机跟净水器差多少钱", "VACUUM-ROBOT-X7", "PURIFIER-RO-800")
    s.deals("tonight's specials?")
    s.deals("今天有啥福利")
    s.policy("ship to xinjiang?", "shipping-remote")
    s.policy("寄香港吗", "shipping-remote")
    s.policy("how long til it arrives in chengdu", "shipping-standard")
    s.policy("电饭煲七天无理由吗", "returns")
    s.policy("花呗分期可以吗", "payment")
    s.policy("can i get a fapiao for my company", "invoice")
    s.policy("发票怎么开", "invoice")
    s.unknown("beef halal certified??", "BEEF-SHANK-1KG")
    s.unknown("tv has a built in camera?", "TV-4K-65")
    s.unknown("空气炸锅能做酸奶吗", "AIRFRYER-6L")
    s.unknown("rice cooker made in japan?", "RICECOOKER-IH-4L")
    s.unknown("苹果是有机的吗", "APPLE-FUJI-5KG")
    s.unknown("eggs omega 3?", "EGG-FREERANGE-30")
    s.unknown("扫地机能爬多高的门槛", "VACUUM-ROBOT-X7")
    s.unknown("duvet hypoallergenic?", "DUVET-GOOSE-WINTER")
    s.unknown("净水器能去除重金属吗", "PURIFIER-RO-800")
    s.missing("got any pork ribs?")
    s.missing("有卖大闸蟹吗")
    s.missing("do you sell a microwave")
    s.missing("有洗衣机吗")
    s.missing("纯牛奶有吗 不要酸奶")
    s.missing("rice noodles??")
    s.missing("有冰箱卖吗")
    s.host("老张今年多大了")
    s.host("where r u streaming from lol")
    s.host("主播是内蒙的吗")
    s.unknown("tv comes with a soundbar?", "TV-4K-65")
    s.unknown("电视机有护眼模式吗", "TV-4K-65")
    s.unknown("air fryer come with a recipe book?", "AIRFRYER-6L")
    s.unknown("鸡蛋是当天下的吗", "EGG-FREERANGE-30")
    s.unknown("beef shank is it organic?", "BEEF-SHANK-1KG")
    s.unknown("酸奶能冷冻吗", "YOGURT-GREEK-12")
    s.unknown("rice cooker has a steamer basket?", "RICECOOKER-IH-4L")
    s.missing("有卖羊肉吗 涮火锅的")
    s.missing("do u have a dishwasher")
    s.missing("有没有榨汁机")
    s.host("主播晚饭吃的啥")


def _apparel(s: _Shop) -> None:
    s.price("how much r the slim jeans 👖", "JEANS-SLIM")
    s.price("牛仔裤多钱", "JEANS-SLIM")
    s.price("v neck tee price? need three", "TEE-VNECK")
    s.price("T恤咋卖 买三件有优惠没", "TEE-VNECK")
    s.price("rain jacket $$?", "JACKET-RAIN")
    s.price("冲锋衣多少钱", "JACKET-RAIN")
    s.price("canvas shoes price in pounds?", "SNEAKER-CANVAS")
    s.price("毛线帽多少人民币", "BEANIE-WOOL")
    s.price("merino sweater how much", "SWEATER-MERINO")
    s.price("the white shoes how much", "SNEAKER-CANVAS")
    s.price("小白鞋多少钱一双", "SNEAKER-CANVAS")
    s.price("how much is that jacket she has on", "JACKET-RAIN", on_air="JACKET-RAIN")
    s.price("这件多钱", "TEE-VNECK", on_air="TEE-VNECK")
    s.stock("v neck still in stock? heard theres barely any left", "TEE-VNECK")
    s.stock("美利奴毛衣补货了没", "SWEATER-MERINO")
    s.stock("how many rain jackets left", "JACKET-RAIN")
    s.stock("小白鞋还有货吗", "SNEAKER-CANVAS")
    s.stock("beanies in stock?", "BEANIE-WOOL")
    s.fact("jeans 36 waist?", "JEANS-SLIM", "28 to 38 inches")
    s.fact("jeans in waist 40?", "JEANS-SLIM", "28 to 38")
    s.fact("牛仔裤有黑色吗", "JEANS-SLIM", "靛蓝、黑色、浅蓝")
    s.fact("v neck come in 3XL?", "TEE-VNECK", "S, M, L, XL, XXL")
    s.fact("T恤有红色的吗", "TEE-VNECK", "白、黑、麻灰、藏青")
    s.fact("is the white tee see through", "TEE-VNECK", "not see-through")
    s.fact("sneakers size 13?", "SNEAKER-CANVAS", "US 5 to 12")
    s.fact("rain jacket waterproof rating?", "JACKET-RAIN", "10000 mm")
    s.fact("冲锋衣防水吗 下大雨能穿不", "JACKET-RAIN", "10000毫米")
    s.fact("jacket have pockets?", "JACKET-RAIN", "2 zip hand pockets")
    s.fact("can the jacket pack down small", "JACKET-RAIN", "packs into its own pocket")
    s.fact("美利奴毛衣会不会扎脖子", "SWEATER-MERINO", "不扎")
    s.fact("beanie one size?", "BEANIE-WOOL", "one size fits most")
    s.fact("帽子什么材质", "BEANIE-WOOL", "70%羊毛")
    s.fact("jeans stretchy at all?", "JEANS-SLIM", "slight stretch")
    s.fact("tee shrink in the dryer?", "TEE-VNECK", "pre-shrunk")
    s.fact("how do i wash the sweater", "SWEATER-MERINO", "hand wash cold")
    s.fact("帆布鞋有几个颜色", "SNEAKER-CANVAS", "白、黑、红")
    s.fact("毛衣有哪些码", "SWEATER-MERINO", "XS到XL")
    s.compare("jeans vs jacket which is cheaper lol", "JEANS-SLIM", "JACKET-RAIN")
    s.compare("T恤和帽子哪个便宜", "TEE-VNECK", "BEANIE-WOOL")
    s.compare("毛衣和冲锋衣差多少钱", "SWEATER-MERINO", "JACKET-RAIN")
    s.deals("any sales on rn")
    s.deals("有没有满减活动")
    s.policy("size exchange free?", "returns")
    s.policy("换码要运费吗", "returns")
    s.policy("free ship over?", "shipping")
    s.policy("下单几天能到", "shipping")
    s.policy("klarna??", "payment")
    s.policy("能用微信付款吗", "payment")
    s.unknown("jeans made in usa?", "JEANS-SLIM")
    s.unknown("牛仔裤有破洞款吗", "JEANS-SLIM")
    s.unknown("v-neck organic cotton?", "TEE-VNECK")
    s.unknown("jacket has a fleece lining?", "JACKET-RAIN")
    s.unknown("sneakers good for running?", "SNEAKER-CANVAS")
    s.unknown("帆布鞋防水吗", "SNEAKER-CANVAS")
    s.unknown("beanie has a pom pom?", "BEANIE-WOOL")
    s.unknown("毛衣会起球吗", "SWEATER-MERINO")
    s.missing("do u sell socks")
    s.missing("有卖裙子吗")
    s.missing("hoodies??")
    s.missing("有没有羽绒服")
    s.missing("belts for the jeans?")
    s.missing("有卖袜子吗 配小白鞋")
    s.host("what size are YOU wearing rn")
    s.host("主播多高啊")
    s.unknown("jeans button fly or zip?", "JEANS-SLIM")
    s.unknown("T恤是哪里生产的", "TEE-VNECK")
    s.unknown("雨衣有反光条吗", "JACKET-RAIN")
    s.unknown("帽子能机洗吗", "BEANIE-WOOL")
    s.missing("do you sell shorts")
    s.missing("有卖围巾吗 配帽子")
    s.missing("got any gloves to match the beanie")
    s.host("r u single 😳")


def _snack(s: _Shop) -> None:
    s.price("牛肉干多钱一袋", "JERKY-SPICY-250")
    s.price("jerky how much per 100g", "JERKY-SPICY-250")
    s.price("坚果一箱多少钱 一袋合几块", "NUTS-DAILY-30")
    s.price("seaweed snacks price?", "SEAWEED-CRISPY-12")
    s.price("芒果干咋卖", "MANGO-DRIED-500")
    s.price("瓜子多少钱一斤", "SEEDS-SUNFLOWER-1KG")
    s.price("milk tea powder how much, per sachet?", "MILKTEA-POWDER-20")
    s.price("奶茶粉多少钱 20条的", "MILKTEA-POWDER-20")
    s.price("dried mango how much in usd", "MANGO-DRIED-500")
    s.price("这个多钱啊 看着好吃", "SEAWEED-CRISPY-12", on_air="SEAWEED-CRISPY-12")
    s.stock("海苔还剩多少", "SEAWEED-CRISPY-12")
    s.stock("nuts still in stock?", "NUTS-DAILY-30")
    s.stock("芒果干还有吗 要5包", "MANGO-DRIED-500")
    s.stock("jerky sold out yet", "JERKY-SPICY-250")
    s.stock("奶茶粉还有货吗", "MILKTEA-POWDER-20")
    s.fact("how spicy is the jerky 1-10", "JERKY-SPICY-250", "Properly hot")
    s.fact("牛肉干有几小包", "JERKY-SPICY-250", "10小包")
    s.fact("jerky shelf life?", "JERKY-SPICY-250", "9 months")
    s.fact("坚果里有啥", "NUTS-DAILY-30", "核桃、腰果、巴旦木、榛子")
    s.fact("nuts salted? im on low sodium", "NUTS-DAILY-30", "no added salt")
    s.fact("芒果干哪里产的", "MANGO-DRIED-500", "菲律宾宿务")
    s.fact("mango got sugar added?", "MANGO-DRIED-500", "lightly sweetened")
    s.fact("海苔什么口味的", "SEAWEED-CRISPY-12", "海盐")
    s.fact("瓜子保质期多久", "SEEDS-SUNFLOWER-1KG", "8个月")
    s.fact("奶茶一条冲多少水", "MILKTEA-POWDER-20", "150毫升")
    s.fact("can i make the milk tea iced", "MILKTEA-POWDER-20", "a little hot water first")
    s.fact("坚果一袋多少克", "NUTS-DAILY-30", "25克")
    s.fact("瓜子啥口味", "SEEDS-SUNFLOWER-1KG", "焦糖")
    s.compare("芒果干和牛肉干哪个贵", "MANGO-DRIED-500", "JERKY-SPICY-250")
    s.compare("nuts vs seeds which is cheaper?", "NUTS-DAILY-30", "SEEDS-SUNFLOWER-1KG")
    s.compare("海苔跟奶茶粉哪个便宜", "SEAWEED-CRISPY-12", "MILKTEA-POWDER-20")
    s.deals("有啥活动没")
    s.deals("any bundle deals tonight?")
    s.policy("包邮门槛多少", "shipping")
    s.policy("顺丰发吗", "shipping")
    s.policy("拆了能退吗", "returns")
    s.policy("微信能付吗", "payment")
    s.policy("can i pay with a card?", "payment")
    s.unknown("牛肉干孕妇能吃吗", "JERKY-SPICY-250")
    s.unknown("海苔是韩国的吗", "SEAWEED-CRISPY-12")
    s.unknown("芒果干有没有硫磺", "MANGO-DRIED-500")
    s.unknown("奶茶粉有咖啡因吗", "MILKTEA-POWDER-20")
    s.unknown("is the milk tea powder vegan", "MILKTEA-POWDER-20")
    s.unknown("jerky how many calories", "JERKY-SPICY-250")
    s.unknown("坚果糖尿病能吃吗", "NUTS-DAILY-30")
    s.unknown("瓜子是新货吗", "SEEDS-SUNFLOWER-1KG")
    s.missing("有辣条吗")
    s.missing("卖不卖薯片")
    s.missing("chocolate?")
    s.missing("有猪肉脯吗")
    s.missing("有没有速溶咖啡")
    s.missing("蛋黄酥有吗")
    s.host("主播吃这么多不胖吗")
    s.host("how long have you been streaming")
    s.unknown("牛肉干是哪个牧场的牛", "JERKY-SPICY-250")
    s.unknown("seaweed gluten free?", "SEAWEED-CRISPY-12")
    s.unknown("芒果干小孩能吃吗", "MANGO-DRIED-500")
    s.unknown("are the nuts organic", "NUTS-DAILY-30")
    s.missing("有卖酸奶吗")
    s.missing("有没有绿茶 茶叶那种")
    s.host("主播哪里人啊 口音好好听")


def _outdoor(s: _Shop) -> None:
    s.price("headlamp how much", "LAMP-TRAIL-400")
    s.price("头灯多钱", "LAMP-TRAIL-400")
    s.price("dog food 15lb price", "DOG-SALMON-15LB")
    s.price("狗粮30磅的多少钱", "DOG-SALMON-30LB")
    s.price("4 person tent price", "TENT-RIDGE-4P")
    s.price("双人帐篷多少钱", "TENT-RIDGE-2P")
    s.price("trekking poles price, each or the pair?", "POLES-CARBON")
    s.price("登山杖一根多少钱", "POLES-CARBON")
    s.price("cat litter $?", "LITTER-CLUMP-20")
    s.price("harness medium price", "HARNESS-EASY-M")
    s.price("狗胸背L码多钱", "HARNESS-EASY-L")
    s.price("water filter how much in euros", "FILTER-SQUEEZE")
    s.price("宠物饮水机啥价", "FOUNTAIN-PET-2L")
    s.price("stove how much, does it come w gas", "STOVE-PICO")
    s.price("how much is this", "PACK-DAY-20", on_air="PACK-DAY-20")
    s.stock("black backpack in stock?", "PACK-DAY-20-BLACK")
    s.stock("红色背包还剩几个", "PACK-DAY-20-RED")
    s.stock("4p tent how many left", "TENT-RIDGE-4P")
    s.stock("XL harness for my lab sold out?", "HARNESS-EASY-XL")
    s.stock("睡袋还有吗", "BAG-SUMMIT-20")
    s.stock("灰色登山鞋有货吗", "BOOT-GRANITE-GREY")
    s.stock("trekking poles any left", "POLES-CARBON")
    s.fact("headlamp lumens?", "LAMP-TRAIL-400", "400 lumens")
    s.fact("头灯防水吗", "LAMP-TRAIL-400", "IPX4")
    s.fact("headlamp use AAA or rechargeable", "LAMP-TRAIL-400", "1500 mAh")
    s.fact("dog food protein %", "DOG-SALMON", "26% min")
    s.fact("puppy ok on the salmon kibble?", "DOG-SALMON", "made for adult dogs")
    s.fact("dog food grain free??", "DOG-SALMON", "brown rice and oats")
    s.fact("狗粮有几种规格", "DOG-SALMON", "4磅、15磅、30磅")
    s.fact("dog food 50lb bag?", "DOG-SALMON", "4 lb, 15 lb, 30 lb")
    s.fact("stove boil time", "STOVE-PICO", "3.5 minutes")
    s.fact("炉子多重", "STOVE-PICO", "95克")
    s.fact("tent how long to pitch", "TENT-RIDGE", "10 minutes")
    s.fact("帐篷是几季的", "TENT-RIDGE", "三季")
    s.fact("4 person tent weight", "TENT-RIDGE", "3.6 kg")
    s.fact("sleeping bag temp rating in celsius", "BAG-SUMMIT-20", "-7°C")
    s.fact("boots waterproof?", "BOOT-GRANITE", "waterproof membrane")
    s.fact("登山鞋有46码吗", "BOOT-GRANITE", "美码7到13")
    s.fact("backpack fit a laptop?", "PACK-DAY-20", "no laptop sleeve")
    s.fact("背包多少升", "PACK-DAY-20", "20升")
    s.fact("will the squeeze filter kill viruses", "FILTER-SQUEEZE", "not viruses")
    s.fact("poles adjustable to what length", "POLES-CARBON", "63 to 135 cm")
    s.fact("登山杖能折起来吗", "POLES-CARBON", "不是折叠款")
    s.fact("harness size for a 70cm chest", "HARNESS-EASY", "L 66-84 cm")
    s.fact("饮水机多大容量", "FOUNTAIN-PET-2L", "2升")
    s.fact("cat litter flushable?", "LITTER-CLUMP-20", "never the toilet")
    s.fact("litter scented?", "LITTER-CLUMP-20", "unscented")
    s.compare("2p vs 4p tent price", "TENT-RIDGE-2P", "TENT-RIDGE-4P")
    s.compare("头灯和炉子哪个便宜", "LAMP-TRAIL-400", "STOVE-PICO")
    s.compare("15lb vs 4lb dog food price", "DOG-SALMON-15LB", "DOG-SALMON-4LB")
    s.compare("登山鞋和背包哪个贵", "BOOT-GRANITE", "PACK-DAY-20")
    s.deals("any deals on camping gear tonight")
    s.deals("露营的东西有优惠吗")
    s.policy("ship to alaska?", "shipping-limits")
    s.policy("寄加拿大吗", "shipping-limits")
    s.policy("free shipping min?", "shipping")
    s.policy("opened dog food return?", "returns")
    s.policy("登山鞋换码免费吗", "returns")
    s.policy("tent warranty?", "warranty")
    s.policy("can i do afterpay on the tent", "payment")
    s.unknown("headlamp motion sensor?", "LAMP-TRAIL-400")
    s.unknown("狗粮是美国产的吗", "DOG-SALMON")
    s.unknown("stove works at high altitude?", "STOVE-PICO")
    s.unknown("tent has a footprint included?", "TENT-RIDGE")
    s.unknown("睡袋适合小孩吗", "BAG-SUMMIT-20")
    s.unknown("背包有几个口袋", "PACK-DAY-20")
    s.unknown("poles good for snow? baskets included?", "POLES-CARBON")
    s.unknown("胸背猫能用吗", "HARNESS-EASY")
    s.unknown("fountain dishwasher safe", "FOUNTAIN-PET-2L")
    s.missing("do u have a hammock")
    s.missing("有卖猫粮吗")
    s.missing("camping chairs?")
    s.missing("有没有鱼竿")
    s.missing("bear spray??")
    s.missing("有卖狗绳吗 不要胸背")
    s.host("are you an actual hiker or just selling lol")
    s.host("主播去过哪些山")
    s.unknown("headlamp comes with a spare battery?", "LAMP-TRAIL-400")
    s.unknown("睡袋是什么颜色", "BAG-SUMMIT-20")
    s.unknown("dog food has probiotics?", "DOG-SALMON")
    s.unknown("胸背能机洗吗", "HARNESS-EASY")
    s.missing("有卖登山扣吗")
    s.missing("do you sell a tarp")
    s.missing("有没有睡垫 配睡袋用")
    s.host("主播你养的什么狗")


def _gadget(s: _Shop) -> None:
    s.price("20000mah power bank how much", "POWERBANK-VOLT-20K")
    s.price("充电宝26800的多少钱", "POWERBANK-VOLT-26K")
    s.price("earbuds price in dollars?", "EARBUDS-AIRLITE-PRO")
    s.price("3m cable black price", "CABLE-USBC-3M-BLK")
    s.price("耳机多钱 还有几个", "EARBUDS-AIRLITE-PRO")
    s.price("ring light how much", "RINGLIGHT-GLOWUP-10")
    s.price("15 pro max case price", "CASE-IP15PM-CLR")
    s.price("钢化膜s24的多少", "GLASS-S24")
    s.price("laptop stand £?", "STAND-LIFTDESK")
    s.price("防丢器4个装多少钱 一个合多少", "TAG-FINDIT-4PK")
    s.stock("26800 sold out?", "POWERBANK-VOLT-26K")
    s.stock("2米白色线还有吗", "CABLE-USBC-2M-WHT")
    s.stock("frost black pro max case how many left", "CASE-IP15PM-BLK")
    s.stock("音箱补货没", "SPEAKER-BOOMLET")
    s.fact("does the magdisc include a wall plug", "CHARGER-QI2-15W", "20 W or more")
    s.fact("can i fly with the 20000 one", "POWERBANK-VOLT", "under 100 Wh")
    s.fact("耳机防水吗 游泳能戴不", "EARBUDS-AIRLITE-PRO", "IPX4")
    s.fact("earbuds battery life w the case", "EARBUDS-AIRLITE-PRO", "28 hours")
    s.fact("cable do video to a monitor?", "CABLE-USBC-BRAID", "not video")
    s.fact("case fits iphone 14?", "CASE-SHIELDY-CLEAR",
           "iPhone 15, iPhone 15 Pro, iPhone 15 Pro Max, Galaxy S24")
    s.fact("smart plug max watts", "PLUG-SMART-2PK", "3120 W")
    s.fact("ring light how tall does it go", "RINGLIGHT-GLOWUP-10", "160 cm")
    s.fact("音箱能泡水里吗", "SPEAKER-BOOMLET", "IP67")
    s.fact("findit works on samsung?", "TAG-FINDIT-4PK", "Apple Find My")
    s.compare("充电宝10000和20000差多少钱", "POWERBANK-VOLT-10K", "POWERBANK-VOLT-20K")
    s.compare("earbuds vs speaker which is cheaper", "EARBUDS-AIRLITE-PRO", "SPEAKER-BOOMLET")
    s.deals("any deals on chargers")
    s.policy("ship to ireland?", "shipping")
    s.policy("耳机戴过能退吗", "returns")
    s.policy("clearpay ok?", "payment")
    s.policy("数据线保修多久", "warranty")
    s.unknown("earbuds have an app?", "EARBUDS-AIRLITE-PRO")
    s.unknown("is the case biodegradable", "CASE-SHIELDY-CLEAR")
    s.unknown("smart plug has a usb port?", "PLUG-SMART-2PK")
    s.unknown("充电宝什么颜色", "POWERBANK-VOLT")
    s.unknown("power bank comes with a cable?", "POWERBANK-VOLT")
    s.missing("sell iphone 15?")
    s.missing("有卖平板吗")
    s.missing("do you have an hdmi cable")
    s.host("are you british? accent sounds it")
    s.unknown("earbuds good for calls? mic any good", "EARBUDS-AIRLITE-PRO")
    s.unknown("钢化膜有防蓝光吗", "GLASS-CLEARGUARD-3PK")
    s.unknown("speaker has a radio?", "SPEAKER-BOOMLET")
    s.missing("有卖智能手表吗")
    s.missing("do u sell a car charger")


def _beauty(s: _Shop) -> None:
    s.price("100ml moisturiser price", "MOIST-HYDRA-100ML")
    s.price("香水100毫升多少钱", "PERFUME-100ML")
    s.price("vit c serum how much in usd", "SERUM-C15")
    s.price("口红多少钱 珊瑚色那个", "LIP-CORAL-POP")
    s.price("吹风机多钱", "DRYER-AEROLUX")
    s.price("brush heads 8 pack €?", "HEADS-8PK")
    s.price("15 piece brushes price", "BRUSH-15PC")
    s.price("SPF50的防晒多少钱", "SUN-SPF50")
    s.stock("nude rose lipstick left?", "LIP-NUDE-ROSE")
    s.stock("04 honey back??", "FOUND-04-HONEY")
    s.stock("面膜还有吗", "MASK-HYDRA-10")
    s.stock("精华还剩几瓶", "SERUM-C15")
    s.fact("dryer work in the US 110v", "DRYER-AEROLUX", "220-240 V")
    s.fact("吹风机多重", "DRYER-AEROLUX", "480克")
    s.fact("sunscreen leave a white cast?", "SUNSCREEN-SOLEIL", "no white cast")
    s.fact("防晒防水多久", "SUNSCREEN-SOLEIL", "40分钟")
    s.fact("粉底有几个色号", "FOUNDATION-SKINVEIL", "01瓷白")
    s.fact("foundation shade 07?", "FOUNDATION-SKINVEIL", "01 Porcelain, 02 Ivory")
    s.fact("perfume how long does it last", "PERFUME-NUIT", "6 to 8 hours")
    s.fact("香水有200ml吗", "PERFUME-NUIT", "30毫升、50毫升、100毫升")
    s.fact("toothbrush ok in the shower?", "TOOTHBRUSH-SONIQ", "IPX7")
    s.fact("牙刷充一次用多久", "TOOTHBRUSH-SONIQ", "30天")
    s.fact("shampoo silicone free?", "SHAMPOO-NATURA", "silicone free")
    s.fact("moisturiser fragrance free?", "MOIST-HYDRA", "fragrance free")
    s.fact("brushes real animal hair?", "BRUSHSET-ATELIER", "no animal hair")
    s.fact("razor blades how many", "RAZOR-GLIDE5", "5 blades")
    s.fact("精华开封能放多久", "SERUM-C15", "3个月")
    s.compare("50ml vs 100ml cream price", "MOIST-HYDRA-50ML", "MOIST-HYDRA-100ML")
    s.compare("口红和香水哪个便宜", "LIPSTICK-VELOURS", "PERFUME-NUIT")
    s.deals("any beauty deals tonight")
    s.policy("ship to switzerland?", "shipping-limits")
    s.policy("opened lipstick return?", "returns")
    s.policy("klarna可以吗", "payment")
    s.policy("小样能自己选吗", "loyalty")
    s.unknown("serum vegan?", "SERUM-C15")
    s.unknown("口红防水吗", "LIPSTICK-VELOURS")
    s.unknown("shampoo ok for colour treated hair", "SHAMPOO-NATURA")
    s.unknown("吹风机能折叠吗", "DRYER-AEROLUX")
    s.unknown("razor good for women?", "RAZOR-GLIDE5")
    s.missing("nail polish?")
    s.missing("有卖眼影吗")
    s.missing("do you have mascara")
    s.missing("有面膜机吗")
    s.unknown("粉底含酒精吗", "FOUNDATION-SKINVEIL")
    s.unknown("sheet masks ok for acne skin?", "MASK-HYDRA-10")
    s.unknown("面霜孕妇能用吗", "MOIST-HYDRA")
    s.unknown("牙刷有压力感应吗", "TOOTHBRUSH-SONIQ")
    s.unknown("dryer come in pink?", "DRYER-AEROLUX")
    s.missing("有卖卷发棒吗")
    s.missing("do you sell eyelash curlers")
    s.host("主播皮肤好好 平时几点睡")


SHOP_ROWS = {"fitness": _fitness, "sample": _sample, "apparel": _apparel, "snack": _snack,
             "outdoor": _outdoor, "gadget": _gadget, "beauty": _beauty}


def answers() -> list[AnswerCase]:
    out: list[AnswerCase] = []
    for shop, write in SHOP_ROWS.items():
        write(_Shop(shop, out))
    return out


# -- chat ------------------------------------------------------------------------------------

# Shop asks (label 1), typed as viewers type them; `None` on air unless the ask points at it.
ASKS_EN = [
    "how much is the protein", "protien price??", "link for the whey pls", "wheres the link",
    "link??", "LINK PLS", "drop the link 🙏", "is the link up yet", "how much for the dumbells",
    "dumbell pair price?", "do u ship to hawaii", "is shipping free over 59 or 69",
    "whats the price on the preworkout", "does the pre have a lot of caffeine",
    "how many servings in a tub", "is the 5lb vanilla back", "any strawberry left",
    "can i get the chocolate in 5 lb", "creatine in 1kg?", "how much is creatine per serving",
    "are the bars gluten free", "bars have peanuts?", "how many bars in a box", "box of 12 right?",
    "how much is a single dumbbell", "is that price for the pair or one", "yoga mat colors?",
    "does the mat come in pink", "mat 10mm price", "how thick is the mat", "is the mat latex free",
    "shaker how many oz", "is the shaker leakproof", "resistance bands how many levels",
    "do the bands come with handles", "foam roller price", "jump rope back in stock when",
    "gloves in XL?", "what size gloves should i get", "do the gloves come in xs",
    "smart scale works with iphone?", "does the scale need batteries", "scale sync to fitbit?",
    "can i pay with afterpay", "do you take paypal", "return policy on opened protein?",
    "can i cancel the subscription anytime", "how much off with subscribe n save",
    "how long does shipping take to texas", "do you ship to PO boxes", "ship to canada?",
    "is there a discount code", "any promo codes tonight", "whats on sale",
    "what flavors does the whey come in", "does the whey mix well", "is the whey isolate",
    "how much sugar in the whey", "can i take creatine with the pre", "is the pre safe for 16yo",
    "how much is it in pounds sterling", "price in CAD?", "what's that in euros",
    "how much is that", "how much is this one", "is this in stock", "what sizes does it come in",
    "does it come in black", "how heavy is it", "what colors?", "is it on sale", "link to this?",
    "price?", "how much?", "in stock?", "sold out??", "still available?", "cost?",
    "how much for 2", "if i buy 2 tubs is it cheaper", "bundle price for whey + shaker?",
    "how many left??", "only 4 left??", "whats the cheapest protein you have",
    "which is better value 2lb or 5lb", "dumbbells or bands for a small apartment?",
    "do you sell a dumbbell rack", "got kettlebells?", "any bcaa?", "do you sell casein",
    "is the vanilla 5lb sold out or just the 2", "how do i order", "where do i buy",
    "how do i add to cart on twitch", "is the link in the description", "link not working",
    "the link is broken??", "whats the warranty on the dumbbells", "scale warranty?",
    "do the dumbbells go up to 50", "max weight on the dumbbells?", "dumbbells in kg?",
    "how many kg is 52.5 lb lol", "is that 52.5 per hand", "2 lb is how many grams",
    "how many scoops in the 5lb", "price per scoop?", "how much per bar", "how much per band",
    "is the scale accurate for body fat", "whats the return window", "can i exchange glove size",
    "do u guys restock the jump rope", "when do orders ship", "ups or usps?",
    "will it get here by friday", "do you ship internationally", "is tax included",
    "can i use klarna", "apple pay?", "venmo??",
]
ASKS_ZH = [
    "蛋白粉多钱", "蛋白粉咋卖的", "上链接", "主播上链接啊", "链接挂了没", "链接在哪",
    "求链接", "链接呢链接呢", "小黄车里有吗", "怎么买啊", "在哪下单", "哑铃多少钱一对",
    "哑铃单只卖吗", "哑铃最重多少斤", "哑铃几斤的", "这个几斤", "蛋白粉几斤装的",
    "5磅是几斤", "有啥口味", "有什么口味", "巧克力味还有吗", "香草味还有吗", "草莓味还剩几个",
    "乳糖不耐能喝吗", "乳糖不耐受能喝不", "肌酸多少钱", "肌酸一桶多少克", "肌酸要冲击吗",
    "氮泵多钱", "氮泵咖啡因高吗", "氮泵晚上能喝吗", "蛋白棒一盒几支", "蛋白棒多少钱一支",
    "蛋白棒含糖吗", "蛋白棒有花生吗 过敏", "摇摇杯多大的", "摇摇杯能装热水吗",
    "瑜伽垫多厚", "瑜伽垫有几个颜色", "瑜伽垫有粉色的吗", "瑜伽垫10毫米的多少钱",
    "弹力带几根", "弹力带阻力多大", "泡沫轴多少钱", "跳绳还有吗", "跳绳啥时候补货",
    "手套有XL吗", "手套怎么选码", "体脂秤准吗", "体脂秤用什么电池", "体脂秤要连wifi吗",
    "包邮吗", "满多少包邮", "几天能到", "发什么快递", "能寄夏威夷吗", "寄国内吗",
    "开封了能退吗", "能分期吗", "能用paypal吗", "支持信用卡吗", "订阅能取消吗",
    "有优惠券吗", "有没有折扣码", "今晚有啥活动", "买两桶便宜点不", "搞几个有优惠不",
    "多钱", "咋卖", "多少钱", "这个多少钱", "这个怎么卖", "这个还有吗", "这个有货吗",
    "这个几斤", "这个多重", "这个什么颜色", "这个有别的颜色吗", "这款有大码吗",
    "多少人民币", "合人民币多少", "美金还是人民币", "一斤多少钱", "一勺多少克",
    "一桶能喝多久", "一天喝几勺", "哪个口味好喝", "巧克力和香草哪个好喝",
    "哑铃和弹力带哪个适合新手", "2磅和5磅哪个划算", "有杠铃吗", "有卖哑铃架吗",
    "有壶铃吗", "有BCAA吗", "有卖护腰吗", "有没有酪蛋白", "保修多久", "哑铃坏了保修吗",
    "积分怎么用", "会员有折扣吗", "能开发票吗", "能寄到国内吗", "发货地是哪",
    "拍了什么时候发", "库存还多吗", "还剩多少", "卖完了吗", "补货吗", "下架了吗",
    "蛋白粉是进口的吗", "有没有小包装试喝", "可以只买一支蛋白棒吗", "体脂秤能几个人用",
]
# Not asks (label 0): viewers' chatter, replies to the host, jokes with product words, questions
# to the streamer, hype, chants, other bots.
CHATTER_EN = [
    "lets goooo", "LETS GOOOOO", "W stream", "W", "L", "first", "hi chat", "hey guys just got here",
    "back from the gym 💪", "leg day tomorrow pray for me", "my dumbbell of a brother ate my bars",
    "protein shake me awake at 6am every day", "creatine bloat is real lmao",
    "bro is built like a fridge", "i need that pump", "whey too good", "whey better than last week",
    "bands? i barely know her", "this scale is judging me", "mat looks comfy ngl",
    "i'd roll on that foam roller all day", "jump rope = cardio i hate",
    "yes", "no", "yep", "nah", "true", "facts", "real", "so real", "fr", "fr fr", "no cap",
    "agreed", "same", "me too", "i have the chocolate one already its good",
    "i bought the bars last time they slap", "the salted caramel ones are elite",
    "bought it", "just ordered 🙌", "ordered 2 tubs", "got mine yesterday", "mine came broken lol jk",
    "done ✅", "paid", "checked out", "in my cart", "added to cart",
    "you look great today", "love the energy", "ur so funny", "haha", "hahaha", "lmaooo", "lol",
    "LOL", "💀", "😂😂😂", "dead", "im crying", "bro said 52 and a half pounds", "chat is wild",
    "mods asleep", "mods?", "ban him", "ty mod", "clip that", "CLIP IT", "poggers", "POG",
    "PogChamp", "KEKW", "OMEGALUL", "LUL", "monkaS", "Sadge", "Copium", "5Head", "catJAM",
    "pepeD", "EZ", "GG", "gg", "good stream", "great stream today", "see you tomorrow",
    "bye chat", "gn", "goodnight everyone", "gotta go", "brb", "back", "afk", "lurking",
    "just lurking", "shoutout from ohio", "hi from texas", "hello from brazil 🇧🇷", "hola",
    "bonjour", "first time here", "long time viewer first time chatter", "happy friday",
    "its my birthday today", "happy birthday to me", "thanks for the shoutout",
    "thank you!", "tysm", "you're the best", "love this community", "wholesome",
    "how old are you", "where are you streaming from", "what's your workout split",
    "how much do you bench", "are you natty", "do you have a girlfriend", "what music is this",
    "song name?", "what game is next", "are you gonna do a giveaway", "when is the next stream",
    "what camera do you use", "whats your mic", "did you eat yet", "how was your day",
    "r u tired", "can you say hi to my mom", "say hi to my dog", "what time is it there",
    "how tall are you", "what's your favorite flavor tho", "do you actually use this stuff",
    "does your cat watch the stream", "what's your dog's name", "is that your gym",
    "tired of hearing about protein lol", "my wallet is crying", "take my money", "shut up and take my money",
    "i cant afford anything lol", "window shopping", "just here for the vibes",
    "this is a shopping channel now?", "bring back the old streams", "chat is so fast",
    "its so cheap", "thats a good price ngl", "cheaper than amazon", "too expensive for me",
    "price is crazy", "wait that's actually cheap", "59 bucks for that??", "$349 nah",
    "i paid double at the gym", "my gym charges 5 bucks a bar", "i dont need it but i want it",
    "my wife is gonna kill me", "dont tell my wife", "adding it to my christmas list",
    "i'll wait for black friday", "im broke till payday", "payday friday 💸",
    "the grind never stops", "rest day today", "i pr'd today 🏋️", "hit 225 on bench finally",
    "skipped leg day again", "cardio is a scam", "running 5k tomorrow", "yoga at 7am tomorrow",
    "stretching is important chat", "hydrate chat", "drink water", "eat your veggies",
    "sleep is the best supplement", "gym at 5am gang", "who else trains fasted",
    "chicken rice broccoli forever", "meal prep sunday", "bulking season", "cutting rn its rough",
    "!points", "!uptime", "!discord", "!socials", "!followage", "!commands", "!lurk", "!so",
    "!hug", "!dice", "!gamble 500", "!gamble all", "!raffle", "!join", "!watchtime",
    "1", "11", "111", "1111", "2", "222", "22222", "+1", "+2", "F", "FFFF", "o7",
    "W host", "W chat", "L chat", "ratio", "based", "valid", "wild", "crazy", "insane", "sheesh",
    "SHEESH", "yooo", "yoooo", "ayo", "AYO", "bruh", "bro", "broooo", "nice", "niceee",
    "cool", "neat", "wow", "WOW", "omg", "OMG", "wtf", "no way", "NO WAY", "lets go chat",
    "hype", "HYPE", "HYPEEE", "we up", "we ball", "locked in", "aura", "+1000 aura",
    "mewing rn", "sigma", "gyatt", "rizz", "skibidi", "ohio", "chat is this real",
]
CHATTER_ZH = [
    "来了来了", "来啦", "主播好", "晚上好", "大家好", "打卡", "打卡打卡", "签到", "报到",
    "第一", "沙发", "前排", "前排围观", "围观", "路过", "刚来", "刚下班", "刚练完腿",
    "腿废了", "今天练胸", "今天休息日", "明天练背", "好累啊", "撸铁去了", "健身房人好多",
    "哈哈哈", "哈哈哈哈哈", "哈哈哈哈哈哈哈哈", "笑死", "笑死我了", "绷不住了", "蚌埠住了",
    "太真实了", "真的", "确实", "是的", "对对对", "没错", "同意", "有道理", "懂了", "学到了",
    "好的", "好嘞", "收到", "明白", "知道了", "谢谢主播", "谢谢", "感谢", "辛苦了", "主播辛苦了",
    "主播好帅", "主播好美", "主播身材好好", "主播肌肉好大", "这肌肉绝了", "羡慕", "好羡慕",
    "我也想练成这样", "已拍", "拍了", "已下单", "下单了", "拍了两桶", "买了买了", "抢到了",
    "没抢到", "手慢了", "付款了", "已付款", "买过了很好喝", "巧克力味的真好喝",
    "上次买的蛋白棒好吃", "海盐焦糖yyds", "我家有一对这个哑铃", "我用这个垫子一年了",
    "体脂秤说我胖了", "体重秤是我的敌人", "蛋白粉当饭吃", "肌酸喝了有点水肿",
    "我哥就是个哑铃", "我的腹肌在冬眠", "弹力带弹到脸了哈哈", "跳绳跳到脚疼",
    "666", "6666", "666666", "66666666", "牛", "牛啊", "牛逼", "太牛了", "强", "好强", "绝了",
    "冲冲冲", "冲", "冲啊", "冲鸭", "扣1", "1", "111", "11111", "扣2", "2222", "扣666",
    "上链接了", "链接上了", "上车上车", "上车了", "已上车", "来了老弟", "老铁们", "家人们",
    "家人们冲", "谁懂啊", "绝绝子", "yyds", "破防了", "泪目", "我哭了", "好可爱",
    "主播多大了", "主播哪里人", "主播多高", "主播练了多久", "主播几点下播", "主播吃饭了吗",
    "主播今天好累的样子", "主播声音好好听", "主播什么星座", "主播有女朋友吗", "主播单身吗",
    "主播明天还播吗", "主播几点开播", "主播背景音乐叫什么", "主播用的什么手机直播",
    "主播卧推多少", "主播深蹲多少", "主播体脂多少", "主播怎么练的", "主播吃蛋白粉吗",
    "主播在哪个健身房", "主播去过美国吗", "主播你是东北的吗", "主播说话好有意思",
    "太贵了", "好贵", "好便宜", "便宜", "划算", "好划算", "值了", "不值", "贵了点",
    "比超市便宜", "比某宝便宜", "等双十一", "等发工资", "没钱了", "穷", "吃土了",
    "钱包空了", "老婆不让买", "偷偷买", "先加购物车", "回头再买", "考虑一下",
    "送出了小心心", "送出了棒棒糖", "赠送了火箭", "感谢老铁的火箭", "谢谢大哥的礼物",
    "大哥大气", "榜一大哥", "礼物刷起来", "点点关注", "关注了", "已关注", "点赞了",
    "双击666", "点个赞", "分享了", "转发了", "粉丝团加了", "加团了", "灯牌亮了",
    "晚安", "下了", "明天见", "拜拜", "走了走了", "先撤了", "睡了", "晚安大家",
    "哈喽", "嗨", "hello", "来晚了", "错过了什么", "刚刚说啥了", "回放有吗", "能回放吗",
    "弹幕好多", "弹幕刷起来", "房管呢", "房管在吗", "有人刷屏", "别刷屏了",
    "广告别发了", "举报了", "这是卖货的吗", "怎么变成带货了", "以前不带货的",
    "今天好热", "下雨了", "北京下雪了", "上海好冷", "我在广州", "深圳的来了", "东北的扣1",
    "四川的有吗", "有没有老乡", "宝子们", "姐妹们", "兄弟们", "兄弟们冲",
]
# Pieces for lines put together: emote walls, gifts, other bots' output, chants.
EMOTES = ["PogChamp", "KEKW", "LUL", "Kappa", "catJAM", "pepeD", "PepeLaugh", "monkaS",
          "POGGERS", "Sadge", "EZ", "OMEGALUL", "widepeepoHappy", "HYPERS", "Clap", "GIGACHAD",
          "💪", "🔥", "😂", "🏋️", "💯", "🙌", "👏", "😭", "❤️", "🥤", "🍫", "⚡", "🎉", "😤", "🐐",
          "[赞]", "[666]", "[微笑]", "[加油]", "[爱心]", "[鼓掌]", "[大笑]", "[玫瑰]", "[强]",
          "[比心]"]
NAMES = ["gymrat_99", "LiftLarry", "yoga_mama", "protein_pete", "NattyNate", "sweatysarah",
         "cardio_queen", "bulkSZN", "mikey_lifts", "jenny.fit", "DeadliftDave", "小王",
         "健身小白", "撸铁的阿强", "瑜伽小美", "蛋白粉爱好者", "深夜练腿人", "阿杰",
         "小胖要减肥", "肌肉猛男", "跑步的兔子", "芒果不甜", "老李头", "陈教练"]
GIFTS_ZH = ["小心心", "棒棒糖", "玫瑰", "火箭", "嘉年华", "啤酒", "抖音", "墨镜", "大啤酒",
            "为你点亮", "小电视", "辣条"]
BOT_OUT = ["@{n} you have {k} points", "@{n} has been following for {m} months",
           "Stream has been live for {h}h {mm}m", "@{n} won {k} points in roulette and now has "
           "{k2} points", "@{n} lost {k} points in roulette 😢", "{n} is now lurking 👀",
           "Join the discord: discord.gg/ironfam", "Follow on IG @ironfam.live",
           "@{n} rolled a {d}", "@{n} you have watched for {h} hours",
           "Thanks for the follow {n}!", "{n} just subscribed with Prime!",
           "{n} gifted {g} subs to the community!", "{n} cheered {k} bits",
           "{n} 送出了 {gift} x{g}", "感谢 {n} 送的{gift}", "{n} 加入了粉丝团",
           "欢迎 {n} 进入直播间", "{n} 点亮了粉丝灯牌", "{n} 关注了主播"]
# Viewers answering one another (label 0).
REPLIES = ["lol same", "fr", "no way", "haha true", "you're right", "stop 😂", "agreed",
           "bro what", "thats what i said", "welcome!", "hi!", "congrats on the PR", "W",
           "get some sleep", "same here", "哈哈哈", "确实", "真的假的", "欢迎欢迎", "你也在啊",
           "笑死", "同感", "对啊", "加油", "晚安", "一起练"]
CHANTS = ["扣1", "666", "上车", "冲", "1", "W", "LETS GO", "HYPE", "加油", "啊啊啊"]
# Short asks put together with a product word (label 1).
WORDS_EN = ["whey", "protein", "protien", "pre", "preworkout", "creatine", "creatien", "bars",
            "shaker", "dumbbells", "dumbells", "dumbell", "mat", "yoga mat", "bands", "roller",
            "jump rope", "gloves", "scale", "smart scale"]
WORDS_ZH = ["蛋白粉", "乳清", "氮泵", "肌酸", "蛋白棒", "摇摇杯", "哑铃", "瑜伽垫", "弹力带",
            "泡沫轴", "跳绳", "手套", "体脂秤", "增肌粉"]
FRAMES_EN = ["{w} price?", "how much {w}", "{w} how much??", "{w} in stock?", "{w} link?",
             "link for {w}", "{w} still available", "is the {w} on sale", "{w} cost?",
             "{w} sizes?", "price of {w} pls", "{w} left?"]
FRAMES_ZH = ["{w}多少钱", "{w}多钱", "{w}咋卖", "{w}还有吗", "{w}链接", "{w}有货吗",
             "{w}怎么卖", "{w}啥价", "{w}几斤", "{w}上链接", "{w}有优惠吗", "{w}包邮吗"]


def _built(rnd: random.Random) -> list[tuple[int, str]]:
    """Emote walls, chants, gifts and bot output (label 0), and short asks (label 1)."""
    out: list[tuple[int, str]] = []
    for _ in range(520):
        out.append((0, " ".join(rnd.choice(EMOTES) for _ in range(rnd.randint(2, 9)))))
    for _ in range(160):
        c = rnd.choice(CHANTS)
        out.append((0, (c + rnd.choice(["", " ", "！", "!"])) * rnd.randint(3, 8)))
    for _ in range(420):
        t = rnd.choice(BOT_OUT)
        out.append((0, t.format(n=rnd.choice(NAMES), k=rnd.randint(10, 90000),
                                k2=rnd.randint(10, 90000), m=rnd.randint(1, 40),
                                h=rnd.randint(1, 9), mm=rnd.randint(0, 59), d=rnd.randint(1, 100),
                                g=rnd.randint(1, 50), gift=rnd.choice(GIFTS_ZH))))
    for _ in range(300):
        out.append((0, f"@{rnd.choice(NAMES)} {rnd.choice(REPLIES)}"))
    for w in WORDS_EN:
        for f in rnd.sample(FRAMES_EN, 4):
            out.append((1, f.format(w=w)))
    for w in WORDS_ZH:
        for f in rnd.sample(FRAMES_ZH, 4):
            out.append((1, f.format(w=w)))
    return out


DEICTIC = re.compile(r"this|that|it\b|这个|这款|那个", re.I)


def chat(rnd: random.Random) -> list[tuple[int, int, str]]:
    """(label, on_air, text) rows, shuffled, each line once."""
    rows = ([(1, t) for t in ASKS_EN + ASKS_ZH] + [(0, t) for t in CHATTER_EN + CHATTER_ZH]
            + _built(rnd))
    existing = _existing()
    seen: set[str] = set()
    out = []
    for label, text in rows:
        k = _key(text) or text
        if k in existing or k in seen or "\t" in text or not text.strip():
            continue
        seen.add(k)
        air = 1 if label and DEICTIC.search(text) else int(rnd.random() < 0.5)
        out.append((label, air, text))
    rnd.shuffle(out)
    return out


def main() -> None:
    rnd = random.Random(8_2024)
    existing = _existing()
    seen: set[str] = set()
    rows = []
    for row in answers():
        k = _key(row["question"])
        if k in existing or k in seen:
            continue
        seen.add(k)
        rows.append(row)
    with ANSWERS.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    lines = chat(rnd)
    with CHAT.open("w", encoding="utf-8") as f:
        f.write("label\ton_air\ttext\n")
        for label, air, text in lines:
            f.write(f"{label}\t{air}\t{text}\n")
    print(json.dumps({"questions": len(rows), "chat_lines": len(lines),
                      "chat_label1": sum(r[0] for r in lines),
                      "chat_zh": sum(bool(CJK.search(r[2])) for r in lines)}))


if __name__ == "__main__":
    main()
