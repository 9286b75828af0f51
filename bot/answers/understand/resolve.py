"""Which product a question is about, or that the shop does not carry it.

Names are matched in the question with their character spans: full names, aliases and SKUs
(the retriever's exact keys), then partial names (a word or a Chinese run of a product's name or
brand that no other product shares: "the jeans" → Example Jeans, "the Aurora" → the Aurora TV).
A product-like thing the catalog does not have ("iPhone", "laptop", 手机, and 苹果手机 where
苹果 alone would be the apples) makes the question "not carried". With nothing named, a
fuzzy name match must clear an absolute score and a margin over the runner-up; otherwise the
product on air is the prior for every question, not only for "it/this".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

from bot.answers.understand.features import DEICTIC
from bot.answers.understand.intent import aspect_words
from bot.answers.understand.snapshot import per_catalog
from knowledge import Evidence, Product
from knowledge.numerals import read
from knowledge.retriever import ProductMatch, exact_keys, name_key
from knowledge.text import CJK_RE, EN_STOP, normalize, stem
from knowledge.variants import (
    is_colour,
    listed_zh,
    option_numbers,
    option_word_said,
    own_value_words,
    says_numbered,
    values_named,
    variants_named,
)

# Accepting a product matched only by a fuzzy name (misspelling): absolute score and margin.
FUZZY_MIN = 0.45
FUZZY_MARGIN = 0.15
FUZZY_COVER = 0.75  # share of a name's character grams the question must cover
# Common retail product types, EN and ZH. A question naming one the catalog does not have is
# about something the shop does not carry. Written from general retail categories (not from the
# answer suite); the catalog's own vocabulary is subtracted per shop.
PRODUCT_TYPES_EN = """
phone phones iphone iphones smartphone android samsung huawei xiaomi pixel laptop laptops
notebook macbook computer computers pc desktop monitor tablet ipad kindle ereader camera
cameras gopro drone drones console ps5 ps4 playstation xbox nintendo switch airpods earbuds
headphones headset speaker speakers smartwatch watch watches fitbit router printer keyboard
mouse charger powerbank sofa couch chair chairs desk table mattress bed lamp curtains rug
fridge refrigerator freezer heater fan aircon
toothbrush shaver razor hairdryer perfume cologne lipstick makeup mascara shampoo sunscreen
vitamins supplements medicine bicycle bike scooter car tesla tyres helmet stroller
diapers toys lego guitar piano book books ring necklace earrings bracelet handbag wallet
sunglasses suitcase luggage umbrella tent wine beer whisky cigarettes vape tea coffee
toaster kettle blender juicer socks belt hoodie chips crisps candy cookies biscuits cola
soundbar subwoofer projector cleanser toner conditioner eyeliner
eyeshadow concealer crib cribs cot cots bassinet playpen pram highchair pacifier dummy teether
bib bibs potty sterilizer steriliser swaddle
""".split() + [  # things of two words ("eye cream" in a shop whose moisturiser suits the eyes)
    "eye cream", "night cream", "face wash", "body lotion", "hand cream", "nail polish",
    "lip balm", "tv stand", "baby carrier", "breast pump", "bottle warmer", "baby bath",
    "changing table", "baby gate", "baby food", "car seat", "high chair", "baby monitor",
    "baby bottle", "baby wipes"] + """
samsung huawei xiaomi oppo vivo oneplus honor lenovo dell hp asus acer msi sony lg panasonic
philips dyson bosch siemens midea haier gree tcl hisense toshiba breville ninja tefal
instant-pot kitchenaid nespresso zojirushi nike adidas puma reebok converse vans uniqlo zara
levi levis gucci prada oreo oreos lays doritos pringles nestle starbucks
""".split()  # well-known brands: "the philips air fryer" is not ours unless the shop sells it
PRODUCT_TYPES_ZH = """
手机 苹果手机 华为 小米 电脑 笔记本 平板 相机 无人机 游戏机 耳机 音箱 手表 路由器 打印机 键盘 鼠标
充电宝 沙发 椅子 桌子 床垫 台灯 窗帘 地毯 冰箱 洗衣机 空调 电风扇
电动牙刷 牙刷 剃须刀 吹风机 香水 口红 化妆品 面膜 洗发水 防晒霜 维生素 保健品 蛋白粉 药 自行车 电动车 汽车
头盔 婴儿车 纸尿裤 玩具 乐高 吉他 钢琴 书 戒指 项链 耳环 手链 包包 钱包 墨镜 行李箱 雨伞 帐篷 红酒
啤酒 白酒 香烟 电子烟 茶叶 咖啡 薯片 饼干 辣条 可乐 方便面 袜子 羽绒服
电水壶 榨汁机 破壁机 回音壁 投影仪 眼霜 洗面奶 爽肤水 护发素 身体乳 护手霜 指甲油
眼线笔 眼影 遮瑕 卸妆水 电视柜 护膝 护腕 护腰 跑步机 动感单车 壶铃 杠铃 瑜伽球 健腹轮 筋膜枪 卧推凳
婴儿床 摇篮 婴儿背带 腰凳 吸奶器 温奶器 消毒器 澡盆 尿布台 安抚奶嘴 奶嘴 围兜 学步车 摇椅 辅食
奶粉 安全座椅 儿童座椅 餐椅 奶瓶 湿巾 爬行垫 婴儿监视器
""".split() + """
三星 荣耀 联想 戴尔 索尼 飞利浦 戴森 美的 海尔 格力 九阳 苏泊尔 松下 耐克 阿迪达斯 优衣库 李宁 安踏
三只松鼠 良品铺子 百草味 卫龙 乐事 奥利奥 雀巢 星巴克
""".split()  # well-known brands, as above
# Name words too generic to name one product by themselves ("is it black?", "the inner pot").
_GENERIC = frozenset("""black white grey gray green blue red pink brown golden silver plain smart
sweet fresh inner outer down free-range grass-fed winter summer water pack packs cups ears
inch inches litre litres large small medium mini plus classic style greek-style original
premium pair pairs set sets piece pieces pcs panel panels box boxes bundle""".split())
# Chinese words for whom a product is for: a piece of one name, never a name (宝宝十个月喝几段 is
# not the 宝宝餐椅)
_GENERIC_ZH = frozenset("宝宝 婴儿 婴幼 幼儿 儿童 孩子 小孩 宝贝 成人 男士 女士 老人".split())
_UNIT_ZH = re.compile(r"[斤寸升克包杯装枚根条袋]")
# Words that may follow "how much is the" without naming a product.
_NOT_A_THING = frozenset("""it this that one ones shipping delivery postage deal deals discount price
total thing stuff same other first last next cheapest best biggest two three four five six seven
eight nine ten dozen pair couple few both all""".split())
# The time or chat after a thing named ("how much is bitcoin rn", "netflix per month")
_SLOT_TAIL = re.compile(r"\s+(?:rn|now|today|tonight|atm|lol|lmao|bro|mate|pls|please|per|each|"
                        r"these|right|currently)\b.*$")
_SLOT_EN = re.compile(
    r"\b(?:how much (?:is|are|for|does)|price of|do you (?:sell|have|carry)|got any|any|"
    r"is the|are the|sell)\s+(?:the |a |an |any |your )?([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)")
# "有围巾吗", "有没有卖围巾", "卖围巾吗": a thing asked for by the whole question. Unknown to the
# catalog and no shop word, it is a thing the shop does not carry (not "有优惠吗", "有大码吗").
# Pieces of a Chinese name that name no product: a count of it (一对, 两支装) or a quality it
# has or lacks (无刷, 无糖, 有机): "有刷还是无刷", "一支还是一对" ask which, of one product
_NO_NAME_ZH = re.compile(r"[一两二三四五六七八九十几每单双]+[对支只个件套盒包瓶片双条根袋装]+|"
                         r"[无不非免有没][\u4e00-\u9fff]")
_SLOT_ZH = re.compile(r"^(?:请问|主播|老板|你们|你家|店里|家里|这里|今天|今晚|还)*"
                      r"(?:有没有卖|有没有|有卖|有没|卖不卖|有|卖)"
                      r"([\u4e00-\u9fff]{2,5}?)卖?(?:吗|么|嘛|不|没有|没)?[?？!！。~～\s]*$")
_SHOP_ZH = re.compile(r"优惠|活动|薅|货|库存|链接|赠|送|发票|开票|收据|折|券|满减|福利|包邮|运费|快递|"
                      r"顺丰|码|色|款|保修|质保|售后|维修|分期|花呗|信用卡|支付|付|微信|退|换|安装|"
                      r"说明|保质|配料|成分|其他|别的|新|同|便宜|现|什么|啥|几|多少|哪|人|主播|问题|"
                      r"时间|空|机会|抽奖|秒杀|直播|福袋|红包|团|会员|积分|量|尺|寸|号|意思|用|道理|"
                      r"必要|区别|差|用处|效果|味|图|视频|教程|价|钱|库|单|车|"
                      # a time or a count of packs after a name: 真丝枕套今晚, 坚果一箱, 牛肉每斤
                      r"今晚|今天|今日|现在|目前|这次|这回|刚才|明天|明晚|后天|下周|下次|下个|以后|等下|待会|"
                      r"[一两二三四五六七八九十半每单整](?:[箱袋盒包斤件个瓶罐条支套双份只片杯碗盘台根枚颗粒]|"
                      r"小包|公斤|千克)|"
                      r"一起|一块|都|合起来|加起来|"
                      # buying some, in slang: 香米整一袋, 来两箱, 拍一个
                      r"[整来拍要买](?=[一两二三四五六七八九十几\d])")


@dataclass(frozen=True, slots=True)
class Resolution:
    """`sku`: the product the question is about (None: none, or not carried). `how`:
    "named" | "fuzzy" | "on_air" | "not_carried" | "none". `named`: every product the question
    names, in order (two for a comparison). `foreign`: the missing thing ("iphone", 手机).
    `masked`: the question with product names replaced by "X" (for the intent classifier)."""

    sku: str | None
    how: str
    named: tuple[str, ...] = ()
    foreign: str = ""
    masked: str = ""


class NameIndex:
    """Full and partial name keys of one catalog: key → SKUs, and the catalog vocabulary."""

    def __init__(self, products: Mapping[str, Product]) -> None:
        # products sold in variants, by an option's word and by a two-character word of their
        # Chinese name (`_variant_owner`: "the 4ah kit", 套装4安时)
        self.option_owners: dict[str, set[str]] = {}
        self.zh_owners: dict[str, set[str]] = {}
        for p in products.values():
            if p.variants:
                for name in {normalize(k) for v in p.variants for k in v.options}:
                    self.option_owners.setdefault(name, set()).add(p.sku)
                zh = normalize(p.name_zh or "")
                for i in range(len(zh) - 1):
                    if CJK_RE.match(zh[i]) and CJK_RE.match(zh[i + 1]):
                        self.zh_owners.setdefault(zh[i:i + 2], set()).add(p.sku)
        self.full: dict[str, set[str]] = {}
        self.raw: dict[str, set[str]] = {}  # mixed-script names ("T恤"), matched as substrings
        word_owners: dict[str, set[str]] = {}
        short_owners: dict[str, set[str]] = {}
        vocab: set[str] = set()  # every word the catalog uses
        sold_parts: list[str] = []  # what the shop sells: names, aliases, categories, tags
        # a value of one word ("Duck") names its product where no other listing says the word:
        # "any duck left?"; which listings say each is gathered with the vocabulary below.
        # `valued`: the words of every product's values (a partial name must be none of another's)
        lone: dict[str, set[str]] = {}
        valued: dict[str, set[str]] = {}
        for p in products.values():
            for v in {v for values in p.options.values() for v in values}:
                if re.fullmatch(r"[a-z]{4,}", w := normalize(v).strip()) and w not in _SIZE_NAMES \
                        and not is_colour(v):  # ("navy in stock?" names no one product)
                    lone.setdefault(w, set()).add(p.sku)
                for word in re.findall(r"[a-z]{3,}", normalize(v)):
                    valued.setdefault(stem(word), set()).add(p.sku)
        saying: dict[str, set[str]] = {}
        for p in products.values():
            # "the white one" is said "white one" too
            bare = [n[4:] for n in p.names() if n.lower().startswith("the ") and len(n) > 8]
            for label in [*p.names(), *bare]:
                key = name_key(label)
                if key:
                    self.full.setdefault(key, set()).add(p.sku)
                elif CJK_RE.search(label) and re.search("[a-zA-Z0-9]", label):
                    self.raw.setdefault(normalize(label), set()).add(p.sku)
            for label in (p.name, p.name_zh or "", p.brand):
                norm = normalize(label)
                for w in re.findall(r"[a-z][a-z-]{2,}", norm):
                    if w not in EN_STOP and w not in _GENERIC:  # keys are stemmed, as the query's
                        # (a word of three letters is shared, never a name: "Dogs" is no one
                        # product's where others are a "Dog Lead" and a "Dog Bed")
                        owners = word_owners if len(w) > 3 else short_owners
                        owners.setdefault(stem(w), set()).add(p.sku)
                for run in re.findall(f"{CJK_RE.pattern}{{2,}}", norm):
                    # Chinese names are compounds said in part (三只松鼠每日坚果礼盒 → 坚果礼盒,
                    # 三只松鼠): every piece of 2 to 8 characters is a candidate partial name.
                    for i in range(len(run) - 1):
                        for j in range(i + 2, min(len(run), i + 8) + 1):
                            if not _UNIT_ZH.search(run[j - 1]) and run[i:j] not in _GENERIC_ZH \
                                    and not _NO_NAME_ZH.fullmatch(run[i:j]):
                                word_owners.setdefault(run[i:j], set()).add(p.sku)
            sold_parts.append(normalize(" ".join([*p.names(), p.category, p.brand, *p.tags])))
            text = " ".join([*p.description.values(), *(f"{q.question} {q.answer}" for q in p.faq),
                             *(f"{k} {v}" for kv in p.specs.values() for k, v in kv.items())])
            words = sold_parts[-1] + " " + normalize(text)
            vocab |= set(re.findall(r"[a-z][a-z0-9-]+", words)) | set(re.findall(r"[a-z]+", words))
            for w in lone.keys() & {stem(x) if x.endswith("s") else x
                                    for x in re.findall(r"[a-z]{4,}", words)}:
                saying.setdefault(w, set()).add(p.sku)
        # "the 4L one", "the 65 inch": a size in a product's name names it when no other shares it
        self.sizes: dict[str, set[str]] = {}
        for p in products.values():
            for label in (p.name, p.name_zh or ""):
                for m in _SIZE.finditer(normalize(label)):
                    self.sizes.setdefault(_size_key(m), set()).add(p.sku)
        # "is the 26800 sold out", 两万毫安的: a variant's long number names its product
        self.variant_numbers: dict[str, set[str]] = {}
        for p in products.values():
            for var in p.variants:
                for value in var.options.values():
                    for n in _LONG_NUMBER.findall(normalize(value)):
                        self.variant_numbers.setdefault(n, set()).add(p.sku)
        # "size 4 in stock?", 二段多少钱: a value that is a bare number, said with its option
        self.option_numbers: dict[tuple[str, str | None], set[str]] = {}
        for p in products.values():
            for word, number in option_numbers(p):  # (and "which stage", 几段: the word alone)
                for numbered in ((word, number), (word, None)):
                    self.option_numbers.setdefault(numbered, set()).add(p.sku)
        # "is 04 honey sold out", "nude rose still in stock?": a variant's name of two words or
        # more names its product when no other product has it
        # (and its own word with "one", or one of five letters or more: "the coral one", "is
        # porcelain sold out"; or its Chinese name as the listing gives it: 裸玫瑰还有吗)
        phrases: dict[str, set[str]] = {}
        for p in products.values():
            for option, values in p.options.items():
                for value in values:
                    key = name_key(value)  # (not a measure: "30 ml" is a size of many things)
                    if key and " " in key and not re.search(r"^\d+ (?:ml|l|g|kg|lb|oz|cm|m)\b", key):
                        phrases.setdefault(key, set()).add(p.sku)
                for own_words in own_value_words(values).values():
                    for w in own_words:
                        phrases.setdefault(f"{stem(w)} one", set()).add(p.sku)
                        if len(w) >= 6:
                            phrases.setdefault(stem(w), set()).add(p.sku)
                for said_zh in listed_zh(p, option, len(values)) or ():
                    if len(said_zh) >= 2 and not _PLAIN_COLOUR_ZH.fullmatch(said_zh):  # (白色: none)
                        phrases.setdefault(said_zh, set()).add(p.sku)
        for w, skus in lone.items():
            if len(skus) == 1 and saying.get(w, skus) == skus:
                phrases.setdefault(w, set()).update(skus)
        # (a word another product sells as a whole value names neither: "chocolate" is the
        # whey's flavour as much as the bars' Chocolate Peanut Butter)
        for p in products.values():
            for value in (v for values in p.options.values() for v in values):
                for key in (k := stem(normalize(value).strip()), f"{k} one"):
                    phrases.get(key, set()).add(p.sku)
        self.variant_phrases = {k: next(iter(v)) for k, v in phrases.items() if len(v) == 1}
        # option values of two words or more, as said ("cookies and cream"): no foreign thing
        said = sorted({f for p in products.values() for vs in p.options.values() for v in vs
                       for f in (normalize(v).strip(), normalize(v.replace("&", "and")).strip())
                       if " " in f}, key=len, reverse=True)
        self._value_phrases = re.compile(
            rf"(?<![a-z])(?:{'|'.join(map(re.escape, said))})(?![a-z])") if said else None
        # A partial name must name one product only (a shared brand word names none), nor be
        # a word of another's option value ("any chicken left?": the dog food's name word, and
        # a flavour of the cat food)
        self.partial = {w: skus for w, skus in word_owners.items()
                        if len(skus) == 1 and w not in self.full
                        and short_owners.get(w, skus) <= skus and valued.get(w, skus) <= skus}
        self.vocab = vocab
        sold = "\n".join(sold_parts)
        # "Kettle-9", "T-shirt": the parts of a hyphenated name are sold words too
        sold_words = set(re.findall(r"[a-z][a-z0-9-]+", sold)) | set(re.findall(r"[a-z]+", sold))
        self.foreign_en = {t for t in PRODUCT_TYPES_EN if t not in sold_words and t.rstrip("s")
                           not in sold_words and not (" " in t and t in sold)}
        self.foreign_zh = {t for t in PRODUCT_TYPES_ZH if t not in sold}
        # the catalog's Chinese words (names, aliases, specs): what a 有X吗 may ask about
        self.zh_words = set(re.findall(r"[\u4e00-\u9fff]{2,}", sold)) | {
            w for ws in _aspects().values() for w in ws if CJK_RE.search(w)}
        # one pattern per script, longest first (苹果手机 before 手机)
        en_types = sorted(self.foreign_en, key=len, reverse=True)
        zh_types = sorted(self.foreign_zh, key=len, reverse=True)
        self._foreign_en = re.compile(rf"\b(?:{'|'.join(map(re.escape, en_types))})\b") \
            if en_types else None
        self._foreign_zh = re.compile("|".join(map(re.escape, zh_types))) if zh_types else None
        self._products = products
        self._listings: dict[str, str] = {}  # filled as asked: a 10,000-product index stays quick
        self._raw_listings: dict[str, str] = {}
        self._raw_by_char: dict[str, list[str]] = {}
        for label in self.raw:
            self._raw_by_char.setdefault(label[0], []).append(label)

    def listing(self, sku: str) -> str:
        """`_listing_text` of the product `sku` ("" for none), made once per index."""
        if sku not in self._listings:
            product = self._products.get(sku)
            self._listings[sku] = _listing_text(product) if product is not None else ""
        return self._listings[sku]

    def listing_raw(self, sku: str) -> str:
        """`_listing_raw` of the product `sku`, its parts apart ("" for none), made once per
        index."""
        if sku not in self._raw_listings:
            product = self._products.get(sku)
            self._raw_listings[sku] = _listing_raw(product, " . ") if product is not None else ""
        return self._raw_listings[sku]

    def by_variant_number(self, text: str) -> str | None:
        """The one product whose variants' long numbers `text` (numbers as digits) names, or a
        number one product's option is sold in, said with the option ("size 4", 2段)."""
        skus = {sku for n in _LONG_NUMBER.findall(text) for sku in self.variant_numbers.get(n, ())}
        said = {word for word, _ in self.option_numbers if option_word_said(text, word)}
        skus |= {sku for (word, n), owners in self.option_numbers.items() if word in said
                 and len(owners) == 1 and says_numbered(text, word, n) for sku in owners}
        return next(iter(skus)) if len(skus) == 1 else None

    def by_variant_name(self, text: str) -> str | None:
        """The one product a variant's name of two words or more in `text` names."""
        skus = {sku for key, _, _ in exact_keys(text)
                if (sku := self.variant_phrases.get(key)) is not None}
        return next(iter(skus)) if len(skus) == 1 else None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, sku) of product names in `text`, longest first, non-overlapping."""
        hits = []
        for key, s, e in exact_keys(text):
            if text[s:e] in EN_STOP:
                continue  # "can I plug…" says no "cans" (headphones), however it stems
            for table, bonus in ((self.full, 1), (self.partial, 0)):
                for sku in table.get(key, ()):
                    hits.append((e - s + bonus * 100, s, e, sku))
        for c in set(text):
            for label in self._raw_by_char.get(c, ()):
                start = text.find(label)
                while start >= 0:
                    end = start + len(label)
                    hits += [(end - start + 100, start, end, sku) for sku in self.raw[label]]
                    start = text.find(label, end)
        for m in _SIZE.finditer(text) if not hits else ():  # "is the air fryer 6L?" asks the size
            skus = self.sizes.get(_size_key(m), ())
            if len(skus) == 1:
                hits.append((m.end() - m.start(), m.start(), m.end(), next(iter(skus))))
        hits.sort(reverse=True)
        out: list[tuple[int, int, str, bool]] = []
        for weight, s, e, sku in hits:
            if all(e <= s2 or s >= e2 for s2, e2, _, _ in out):
                out.append((s, e, sku, weight >= 100))
        # A partial name away from the product's full name is a word, not a name:
        # "how spicy is the beef jerky" (Spicy Beef Jerky) asks about spice; so is an English
        # one right after it ("is the jerky spicy?": adjectives that name come first).
        # (and one after "to" or before "it" is a verb: "how much to post two bags", "can you
        # post it to leeds" send them, no post)
        return sorted((s, e, sku) for s, e, sku, full in out if full or not any(
            f and sku2 == sku and (not (s <= e2 + 1 and s2 <= e + 1)
                                   or (s >= e2 and text[s:e].isascii()))
            for s2, e2, sku2, f in out)
            and not (_INFINITIVE.search(text[:s]) or _OBJECT_AFTER.match(text, e)))

    def foreign(self, text: str, slots: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, term) of product types this catalog does not have; `slots`: also an
        unknown noun where a product's name goes ("how much is the gaming chair")."""
        norm = _SHOP_PHRASE.sub(lambda m: " " * len(m.group()), normalize(text))
        if self._value_phrases is not None:  # ("cookies and cream 5lb?": a flavour sold)
            norm = self._value_phrases.sub(lambda m: " " * len(m.group()), norm)
        out = [(m.start(), m.end(), m.group()) for rx in (self._foreign_en, self._foreign_zh)
               if rx is not None for m in rx.finditer(norm)
               if not _USED_WITH.search(norm[:m.start()]) and not _ZH_COMPOUND.match(norm, m.start())
               and not _ZH_USED_ON.search(norm[:m.start()])
               and not any(_said_short(m.group(), t) for t in self.zh_words)]  # (电动车)
        for m in _SLOT_EN.finditer(norm) if slots else ():  # "how much is the gaming chair": an unknown noun
            # (the time or chat after it cut: "bitcoin rn", "netflix per month")
            thing = _SLOT_TAIL.sub("", m.group(1))
            words = [w for w in thing.split() if w not in EN_STOP]
            if words and not _NOT_A_THING & set(thing.split()) and all(
                    w not in self.vocab and w.rstrip("s") not in self.vocab
                    and w not in _BESIDE_EN and not _known_word(w) for w in words):
                out.append((m.start(1), m.start(1) + len(thing), thing))
        zh = _SLOT_ZH.match(question_part(norm)) if slots else None  # ("有护膝吗 深蹲用的")
        if zh and not _SHOP_ZH.search(thing := zh.group(1)) and not (
                # (a name's word at its end is its kind: 无线耳机 of 耳机; 蓝牙对讲机 is no 蓝牙,
                # 头盔对讲机 no 头盔; 电动车 is 电动自行车 said short)
                any(e == len(thing) for _, e, _ in self.spans(thing))
                or any(thing in t or thing.endswith(t) or _said_short(thing, t) for t in self.zh_words)):
            out.append((zh.start(1), zh.end(1), thing))
        return out


_INFINITIVE = re.compile(r"\bto\s+$")
_OBJECT_AFTER = re.compile(r"\s+(?:it|them|this|these|those|me|us)\b")  # ("post it to leeds")
# A number of four digits or more, not a price ("26800 mAh", "20000毫安"; not "$1000")
_LONG_NUMBER = re.compile(r"(?<![\d.,$£€¥])\d{4,}"
                          r"(?![\d.,]|\s*(?:元|块|镑|dollars?|pounds?|quid|bucks|euros?))")
# ("in" is inches only at the end or before a screen: not "3-in-1", "stage 3 in stock?")
_SIZE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(l|litres?|liters?|升|kg|公斤|千克|inch(?:es)?|"
                   r"英寸|寸|\"|in(?=\s*(?:$|[.,!?;:)]|tv\b|screen\b)))(?![a-z])")
_SIZE_UNIT = {"litre": "l", "litres": "l", "liter": "l", "liters": "l", "升": "l", "公斤": "kg",
              "千克": "kg", "inches": "inch", "英寸": "inch", "寸": "inch", '"': "inch", "in": "inch"}


def _size_key(m: re.Match[str]) -> str:
    """"4 L", "4l", "4升" → "4l"; "65-inch", "65寸" → "65inch"."""
    return m.group(1) + _SIZE_UNIT.get(m.group(2), m.group(2))


def _aspects() -> dict[str, tuple[str, ...]]:
    from bot.answers.understand.intent import ASPECTS

    return ASPECTS


def _said_short(thing: str, word: str) -> bool:
    """Whether Chinese `thing` is `word` with characters left out between its first and last
    (电动车 of 电动自行车; two characters are too few to tell: 奶粉 is no 奶茶粉)."""
    it = iter(word)
    return 3 <= len(thing) < len(word) and thing[0] == word[0] and thing[-1] == word[-1] and all(
        c in it for c in thing)


def _known_word(word: str) -> bool:
    """Shop words that are not products ("any deals", "is the shipping free")."""
    from bot.answers.understand.intent import ASPECTS

    stem = word.rstrip("s")
    return any(w in ws for ws in ASPECTS.values() for w in (word, stem)) or (
        word in _SHOP_WORDS or stem in _SHOP_WORDS)


_SHOP_WORDS = frozenset("""shipping delivery return returns refund warranty payment link sale
discount coupon code codes promo offers offer left stock available cheaper difference price
prices size colour color""".split())
# Brands and services that hold a product's word but name no product of the shop.
_NOT_A_NAME = re.compile(r"\b(?:apple|google|samsung|amazon)\s*(?:pay|wallet|card|music|tv\+)\b|"
                         r"苹果支付|苹果pay|苹果钱包|苹果音乐")
# A currency or a place is no misspelt name: "ringgit" is no ring, "penang" no pendant,
# "scotland" no stand (no spelling correction or fuzzy match where one is said)
_NOT_MISSPELT = re.compile(r"\b(?:ringgit|rupees?|pesos?|dollars?|pounds?|euros?)\b|"
                           r"\b(?:ship|deliver|send|post|pos)\w*\s+(?:it\s+|them\s+)?(?:to|ke|sa)\s+[a-z]+")


def _aspect_only(text: str, product: Product) -> bool:
    """`text` is only a word of `product`'s name that names an aspect ("waterproof" of the
    Waterproof Hiking Boots, 防水, "spicy"), not one of its names or aliases."""
    said = normalize(text).strip()
    return bool(aspect_words(said)) and said not in {normalize(n).strip() for n in product.names()}


# The (cached) NameIndex of a catalog snapshot, kept on disk for a big catalog.
name_index = per_catalog(NameIndex, stored="names")


def resolve(question: str, evidence: Evidence, catalog: Mapping[str, Product],
            on_air: str | None = None) -> Resolution:
    """The product `question` is about; see the module docstring for the order of evidence."""
    index = name_index(catalog)
    norm = normalize(question)
    # "apple pay", 苹果支付: a payment brand, no name of the apples (blanked, offsets kept)
    named_in = _NOT_A_NAME.sub(lambda m: " " * len(m.group()), norm)
    air = catalog.get(on_air) if on_air is not None else None
    spans = [(s, e, sku) for s, e, sku in index.spans(named_in) if sku in catalog
             and not (e - s == 1 and re.search(r"(?:多少|几|\d)$", norm[:s]))  # 多少米, 1.8米: units
             # "防水吗" with the daypack on air: the aspect asked, not the waterproof boots; "is
             # it slim fit" of the tee: a word of the jeans' name, not the jeans
             # "is it cotton?" of the cotton tee on air: the word asked, not the tee named
             and not (sku == on_air and _PREDICATE.search(norm[:s])
                      and not norm[e:].strip(" ?？!吗么呢的") and not _a_name_of(norm[s:e], catalog[sku]))
             and not (air is not None and sku != on_air and not _BUYING.search(norm)
                      and _in_listing(norm[s:e], index.listing(air.sku)))  # "the poles" of the tent
             # ("how much is the bike" with the e-bike on air: the kind it is, though a word
             # of the balance bike's names too)
             and not (air is not None and sku != on_air and not CJK_RE.search(norm[s:e])
                      and _head_noun(norm[s:e], air) and not _a_name_of(norm[s:e], catalog[sku]))
             and not (air is not None and sku != on_air and (
                 _aspect_only(norm[s:e], catalog[sku]) or (DEICTIC.search(norm) is not None and (
                     not _a_name_of(norm[s:e], catalog[sku]) or _PREDICATE.search(norm[:s])))))]
    if len({sku for *_, sku in spans}) > 1:
        # "how much weight can the foam roller take": "weight" is the aspect asked, not the
        # dumbbells ("weights"), where another product is named
        # (not a word right before another name: "cotton beanie" is a beanie in cotton)
        spans = [(s, e, sku) for s, e, sku in spans if not _aspect_only(norm[s:e], catalog[sku])
                 or any(s2 == e + 1 for s2, _, _ in spans)] or spans
    # the retriever read the brand's words too ("apple" → the apples): not its matches then
    products = [m for m in evidence.products if m.sku in catalog] if named_in == norm else []
    # The retriever's exact match after spelling correction ("jasmin rize", "corm").
    misspelt_ok = not _NOT_MISSPELT.search(norm)
    spelled = (misspelt_ok and not spans and bool(products)
               and any(w.startswith(("name ", "alias ", "sku ")) for w in products[0].why)
               and not (on_air and DEICTIC.search(norm))  # "how do I cook it?" is the on-air one
               and not re.search(r"(?:多少|几|\d)米", norm)  # yuan or metres, not the rice
               and _typed(norm, products[0].why))
    if spans and products and products[0].sku != spans[0][2]:
        spans = _respelled(norm, spans, products[0])
    spans = [_whole_name(norm, s, e, catalog[sku]) + (sku,) for s, e, sku in spans]
    # one word right before another product's name qualifies it: "cotton beanie" is the beanie
    # (in cotton?), "denim sneakers" the sneakers, not also the cotton tee and the jeans
    # (a word its listing never says makes it another thing: "cotton beanie" of a wool one)
    qualified = [(s, sku, spans[i + 1]) for i, (s, e, sku) in enumerate(spans) if
                 i + 1 < len(spans) and spans[i + 1][0] == e + 1 and spans[i + 1][2] != sku
                 and re.fullmatch(r"[a-z]+", norm[s:e])
                 and _head_noun(after := norm[spans[i + 1][0]:spans[i + 1][1]], catalog[spans[i + 1][2]])
                 # ("foundation spf?": the spf asked of the foundation, not the sunscreen)
                 and not aspect_words(after)
                 # ("drill 2ah": the drill kit's option after it, not a drill battery)
                 and not (catalog[sku].variants and re.search(r"\d", after)
                          and variants_named(catalog[sku], after))]
    for s, by, (s2, e, sku) in qualified:
        # (…unless the qualifier's own listing names the thing by one of its options: "drill
        # battery" is the battery the drill kit comes with, "2.0Ah battery"; a "tent pole" is
        # no trekking pole, though the tent has poles)
        if stem(norm[s:norm.index(" ", s)]) not in index.listing(sku) \
                and not (stem(norm[s2:e].split()[-1]) in index.listing(by) and any(
                    normalize(value) in index.listing(by) for v in catalog[sku].variants
                    for value in v.options.values())):
            return Resolution(None, "not_carried", (), norm[s:e], _mask(norm, [(s, e)]))
    spans = [span for span in spans if span[0] not in {s for s, *_ in qualified}]
    # a word of a name right after another name, as what it is asked to be, is the aspect
    # asked: "is the lipstick matte" (Longwear Matte Foundation), 牛肉是草饲的不 (草饲牛腱子)
    # …and so is an aspect said as another product's one-word alias: "does the cream have
    # fragrance?" (the perfume's alias)
    all_spans = spans  # (still no compound: "is the beanie merino" asks no "beanie merino")
    # (头灯防水吗: 防水 right after the headlamp's name is what is asked of it, though the
    # waterproof boots are named by it)
    spans = [span for i, span in enumerate(spans) if not (
        i and (not _a_name_of(said := norm[span[0]:span[1]], catalog[span[2]])
               or (" " not in said.strip() and aspect_words(said)))
        and (re.fullmatch(r"\s*(?:是|是不是)\s*", between := norm[spans[i - 1][1]:span[0]])
             or (_POLAR_EN.match(norm) and re.fullmatch(
                 r"\s*(?:(?:have|has|got|contain|contains|come with|comes with)\s+(?:any\s+)?)?",
                 between))
             # (Singlish drops the "does": "foundation got spf?" asks the foundation's spf)
             or (aspect_words(said) and re.fullmatch(
                 r"\s*(?:have|has|got|contain|contains|come with|comes with)\s+(?:any\s+)?", between))
             # (小炮蓝牙音箱: the brand and the kind of one product, not an aspect of it)
             or (not between and CJK_RE.search(said) and aspect_words(said)
                 and not (span[2] == spans[i - 1][2] and _a_name_of(said, catalog[span[2]])))))]
    # (a thing the listing of the product on air or named names is its feature: "hip belt?" of
    # the daypack, "does the daypack have a laptop sleeve"; "how much is the laptop" of the
    # daypack with a laptop sleeve: not carried)
    own = " ".join(index.listing(sku) for sku in dict.fromkeys(
        [*([on_air] if on_air is not None else []), *(sku for *_, sku in spans)])) \
        if not _BUYING.search(norm) else ""
    # ("laptop backpack?" stays a backpack of another kind: the word right before the name)
    foreign = [f for f in index.foreign(norm, slots=not spelled)
               if not any(s <= f[0] and f[1] <= e for s, e, _ in spans)
               and not (own and re.search(rf"(?<![a-z]){re.escape(f[2])}(?![a-z])", own)
                        and not any(s == f[1] + 1 for s, _, _ in spans))]
    if not spelled:
        # (not where the word after a name is another's name: "jeans tee price" is two)
        foreign += [c for s, e, sku in spans if (c := _compound(norm, s, e, catalog[sku]))
                    and not any(s < s2 < c[1] or s2 < s < e2 or (  # (no other name in it)
                        c[0] <= s2 and e2 <= c[1] and (s2, e2) != (s, e)) for s2, e2, _ in all_spans)]
    # what is said after the question is why, not what is asked: "does the cream have
    # fragrance? my skin hates perfume"
    asked_end = len(question_part(norm))
    foreign = [f for f in foreign if f[0] < asked_end or question_part(norm) == norm]
    # a one-word alias that is an aspect stays the aspect asked ("what spf is the sunscreen":
    # alias "spf"), and names its product only when no other is named ("what spf is the
    # foundation" asks the foundation's)
    # (so is any one-word name after "what" with another product named after it: "what stand
    # does the ring light have" asks the ring light's stand)
    asked = [span for span in spans if " " not in norm[span[0]:span[1]].strip()
             and not CJK_RE.search(norm[span[0]:span[1]]) and (
                 (aspect_words(norm[span[0]:span[1]]) and (
                     _WHICH_BEFORE.search(norm[:span[0]])
                     # (not after a variant's number: "the 4ah battery" names the battery)
                     or any(e2 < span[0] and not norm[e2:span[0]].strip()
                            and not re.search(r"\d", norm[s2:e2]) for s2, e2, _ in spans)))
                 or (_WHICH_BEFORE.search(norm[:span[0]]) and any(
                     s2 > span[1] and sku2 != span[2] for s2, _, sku2 in spans)))]
    if asked and len({sku for _, _, sku in spans}) > 1:
        spans = [span for span in spans if span not in asked]
    spans = [(s, e, _variant_owner(norm, s, e, sku, spans, catalog, on_air)) for s, e, sku in spans]
    masked = question_part(_mask(norm, [(s, e) for s, e, _ in spans if (s, e, _) not in asked]
                                 + [(s, e) for s, e, _ in foreign]))  # (not the why after it)
    named = tuple(dict.fromkeys(sku for _, _, sku in spans))
    if _OFFER_ASK.search(norm) and (denied := next((d for s, e, sku in spans[:1]
                                                    if (d := _denied_modifier(norm, s, e, catalog[sku],
                                                                              index.listing_raw(sku)))),
                                                   None)):
        return Resolution(None, "not_carried", (), denied, masked)  # 打水泥的钻头 of HSS bits
    if spelled:
        named = (products[0].sku,)
    if foreign:
        f = foreign[0]
        # touching or overlapping a name: 苹果手机 is a phone, not the apples; or for it: "the
        # soundbar for the tv"
        adjacent = any(f[0] <= e + 1 and s <= f[1] + 1 or (
            f[1] <= s and re.fullmatch(r"\s+for\s+(?:the |my |a |your |this )?", norm[f[1]:s]))
            for s, e, _ in spans)
        # (or named only after the question: "有气罐卖吗 配炉头" asks for canisters, for the stove)
        if not named or adjacent or all(s >= asked_end for s, _, _ in spans):
            return Resolution(None, "not_carried", (), f[2], masked)
    if spans and len(named) == 1 and named[0] != on_air and not spelled and not variants_named(
            catalog[named[0]], norm) and not _FOR_A_THING.search(norm) and all(
            _accessory_of(norm[s:e], catalog[sku]) for s, e, sku in spans):
        # (said with the word after it: "phone cases" is what is not carried, not "phone")
        phrase = re.match(r"[a-z]+(?: (?!(?:for|in|with|and|or|to|at|on|pls|please)\b)[a-z]{3,})?",
                          norm[spans[0][0]:])
        return Resolution(None, "not_carried", (),
                          phrase.group() if phrase else norm[spans[0][0]:spans[0][1]], masked)
    if named:
        return Resolution(named[0], "named", named, "", masked)
    if air is not None and variants_named(air, norm):
        return Resolution(on_air, "on_air", (), "", masked)  # "3/4 in stock" of the guitar on air
    if (by_variant := index.by_variant_number(read(norm)) or index.by_variant_name(norm)
            or _by_values(norm, [catalog[m.sku] for m in products[:5]])) is not None:
        return Resolution(by_variant, "named", (by_variant,), "", masked)
    cover = max((float(w.rsplit(" ", 1)[1]) for w in products[0].why if w.startswith("fuzzy")),
                default=0.0) if products else 0.0
    if cover >= FUZZY_COVER and misspelt_ok:
        top = products[0].score
        runner = products[1].score if len(products) > 1 else 0.0
        if top >= FUZZY_MIN and top - runner >= FUZZY_MARGIN:
            return Resolution(products[0].sku, "fuzzy", (products[0].sku,), "", masked)
    if on_air is not None and on_air in catalog:
        return Resolution(on_air, "on_air", (), "", masked)
    return Resolution(None, "none", (), "", masked)


# size words are no one product's: "large" may be any
_SIZE_NAMES = frozenset({"small", "medium", "large", "regular", "mini", "standard", "single",
                         "double", "pair", "twin", "king", "queen"})


def _by_values(text: str, candidates: list[Product]) -> str | None:
    """The one candidate that sells two or more of the option values `text` names, more than any
    other candidate: "the 5 lb chocolate" is the whey sold in 5 lb and in chocolate."""
    counts = sorted(((len({normalize(v) for v in values_named(p, text)}), p.sku)
                     for p in candidates), reverse=True)
    if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[1][0] < counts[0][0]):
        return counts[0][1]
    return None


def question_part(text: str, keep_aspects: bool = True) -> str:
    """The start of `text` up to its last question mark (or 吗 / 呢 before a space) when a
    statement naming no aspect follows it: "nuts salted or not? bp issues" asks "nuts salted or
    not?", "扫地机能扫地毯吗 家里有猫毛" whether it does carpets; the rest is why. Else `text`.
    `keep_aspects` False: the question even where the rest names an aspect (what a yes / no
    must answer)."""
    ends = [m.end() for m in _ASKED_END.finditer(text)]
    if not ends or ends[-1] >= len(text.rstrip()):
        return text
    rest = text[ends[-1]:]
    # (what the rest names is asked too: "any peanuts in it? im allergic", "eggs how big? like
    # grams each"; after a comma, the viewer's case asks only with a mark: "is it quiet, my cat
    # is scared" asks nothing more)
    case = text[ends[-1] - 1] == ","  # (nor, after a comma, the aspects the case names: "how
    # heavy is the pram, i have to carry it up 4 flights" asks no air travel)
    asks = (_MARKED if case else _STILL_ASKING).search(rest) or (
        keep_aspects and not case and aspect_words(rest))
    return text if asks else text[:ends[-1]]


# (or a comma before the viewer's own case: "is the bed waterproof, my old girl leaks a bit")
_MARKED = re.compile(r"[?？]|[吗么呢嘛][\s?？!！。~～]*$")
_ASKED_END = re.compile(r"[?？]+|[吗么呢嘛](?=[\s,，。!！~～])|,(?=\s*(?:my|i|i'm|im|i've|he|she|he's|"
                        r"she's|hes|shes|we|we're|our|they|their|his|her)\b)", re.I)
# a second question after the first ("鸡蛋能做溏心蛋吗 能生吃不"): both are asked
_STILL_ASKING = re.compile(r"[吗么呢嘛不没][\s?？!！。~～]*$|多少|几|什么|啥|怎么|哪|\b(?:how|what|which|"
                           r"when|where|why|is|are|do|does|can)\b")


_PLAIN_COLOUR_ZH = re.compile(r"[红黑白灰蓝绿棕粉黄紫橙银金米]色?")
_WHICH_BEFORE = re.compile(r"\b(?:what|which|wat|wut)\s+$")
_POLAR_EN = re.compile(r"(?:is|are|r|was|were|does|do|did)\s+(?:the|this|that|these|those|ur|your|u)?\b")
# "is it …" right before a name: the name says what it is asked to be ("is it merino?")
_PREDICATE = re.compile(r"\b(?:is|are|r) (?:it|this|that|they|these|those)\s+$|(?:^|[\s,，])(?:是|是不是)$")


def _in_listing(said: str, text: str) -> bool:
    """Whether a listing's `text` (`_listing_text`) says `said`: whole words, or Chinese as written."""
    if CJK_RE.search(said):
        return said in text
    return re.search(rf"(?<![a-z]){re.escape(stem(said.strip()))}", text) is not None


def _a_name_of(said: str, product: Product) -> bool:
    """Whether `said` is one of `product`'s names or aliases whole, not a word of one."""
    return stem(said.strip()) in {stem(normalize(n).strip()) for n in product.names()}


def _head_noun(said: str, product: Product) -> bool:
    """Whether `said` ends as one of `product`'s English names ends ("beanie" of the Ribbed
    Wool Beanie, "sneakers" of the Canvas Low Sneakers): the thing, not a word about it."""
    last = stem(said.split()[-1])
    return any(stem(normalize(n).split()[-1]) == last for n in product.names()
               if n.isascii() and n.strip())


# The kinds of thing made for another thing: a "Mattress Protector" is no mattress, a "Phone
# Mount" no phone
_ACCESSORY = frozenset("""protector protectors cover covers case cases mount mounts holder holders
stand stands charger chargers cable cables adapter adapters bag bags sleeve sleeves strap straps
refill refills filter filters liner liners topper toppers rack racks sizer sizers lock locks
pump pumps light lights seat seats cleaner cleaners organiser organizer hanger hangers hook hooks
clip clips tray trays lid lids spray sprays""".split())
_ACCESSORY_STEMS = frozenset(stem(a) for a in _ACCESSORY)
# A thing named as what the product fits or is for ("fit a 17 inch laptop?"): the accessory
# is asked about, not the thing
_FOR_A_THING = re.compile(r"\b(?:fit|fits|fitting|for|compatible|work with|works with|hold|holds|"
                          r"take|takes)\b")
# Words that describe a thing rather than name one ("clear galaxy s24" is the clear case)
_DESCRIBING = frozenset("""clear black white silver gold mini pro max plus smart wireless magnetic
portable electric cordless digital slim soft hard heavy light waterproof""".split())
# Words that say how a product is packed, not what it is ("Fibre Pillows (pair)", "Seed Packets")
_PACKING = frozenset("""pair pairs pack packs packet packets set sets kit kits bundle bundles box
boxes pcs piece pieces count""".split())


def _name_head(name: str) -> str:
    """The last word of an English name that says what the thing is (stemmed): no words in
    brackets, of packing, or with a digit ("Softrest Fibre Pillows (pair)" → pillow)."""
    words = normalize(re.sub(r"\([^)]*\)", " ", name)).split()
    while words and (words[-1] in _PACKING or re.search(r"\d", words[-1])):
        words.pop()
    return stem(words[-1]) if words else ""


def _accessory_of(said: str, product: Product) -> bool:
    """Whether `said` names only the thing `product` is made for: a word of its English name
    before an accessory's head ("mattresses" of the Mattress Protector, "phone" of the Phone
    Mount), never one of its names whole nor its head."""
    if not said.isascii() or _a_name_of(said, product) or said.strip() in _DESCRIBING:
        return False
    last = stem(said.split()[-1])
    names = [n for n in product.names() if n.isascii() and n.strip()]
    heads = {_name_head(n) for n in names}
    return last not in heads and any(
        head in _ACCESSORY_STEMS and last in {stem(w) for w in normalize(n).split()}
        for n in names if (head := _name_head(n)))


# Words that may stand beside a product's name without naming another thing: asking, chat,
# size and judgement words ("is the beef good", "the tv tonight", "the big tv", "牛肉好吃吗").
_BESIDE_EN = frozenset("""per kilo kilos kg gram grams pound pounds lb lbs jin catty piece pieces
tonight today now rn pls please plz tho though again also too really
still here there then ok okay good bad nice worth big small large new same real actual fresh
cheap cheaper expensive available left back sold any more less each pack box set one ones thing
stuff guys bro fam lol under over below above around within less more than after before during
together both combined altogether total not only just
regular normal normally usual usually original originally full retail compared
incl including inc delivered shipped posted landed
two three four five six seven eight nine ten twelve dozen""".split())  # "brush heads eight pack"
_BESIDE_ZH = re.compile(r"[多少吗么呢吧啊呀的了不没有是怎什哪几能会可请问个这那它你我还都也就好贵便真和跟与比"
                        r"跟到在要卖买给送发新大小甜香辣咸软硬脆值划够嘛咋啥里中内上外"
                        r"一二两三四五六七八九十百千万半]")  # (a numeral: 充电宝两万毫安 is the power bank)


def _whole_name(norm: str, s: int, e: int, product: Product) -> tuple[int, int]:
    """A name span grown over the words of the product's own name around it, when the whole
    name was typed: "the Cloud Nine White Goose Down Duvet (Winter)" is one name, not "cloud
    nine white X (winter)"; but "robot vacuum mop?" asks whether it mops."""
    name = [stem(w) for w in re.findall(r"[a-z0-9]+", normalize(product.name))]
    own = set(name)
    s2, e2 = s, e
    while (m := re.search(r"([a-z0-9]+)[\s(]*$", norm[:s2])) and stem(m.group(1)) in own:
        s2 = m.start(1)
    while (m := re.match(r"[\s()]*([a-z0-9]+)\)?", norm[e2:])) and stem(m.group(1)) in own:
        e2 += m.end()
    typed = {stem(w) for w in re.findall(r"[a-z0-9]+", norm[s2:e2])}
    return (s2, e2) if name and (s2, e2) != (s, e) and own <= typed else (s, e)


# A count or measure before a name, no other thing: 三包芒果干, 8个装刷头, 4安时电池, 20升吸尘器,
# 0.3卡吊坠, 这只戒指
_COUNTED = re.compile(r"(?:\d|[一两二三四五六七八九十百千几半每这那哪])\s*"
                      r"(?:[箱袋盒包斤件个瓶罐条支套双份只片根枚颗粒杯升米寸瓦伏克磅]|小包|公斤|千克|毫升|"
                      r"安时|毫安时?|公分|克拉|卡)装?$")

# A classifier before a name counts it, whatever comes before ("40公分条人字链", "这款面霜")
_CLASSIFIERS = frozenset("只条个件对款支台部双副枚颗套张把")


# A number or unit word after a name: a measure of the product, no other thing
_NUMBERISH = re.compile(r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                        r"thousand|half|quarter|dozen|couple|carats?|inch|inches|metres?|meters?|"
                        r"litres?|liters?|grams?|kilos?|pounds?|ounces?|pcs")


def _compound(norm: str, s: int, e: int, product: Product) -> tuple[int, int, str] | None:
    """A product's name inside the name of another thing, which the shop does not carry: a
    head noun after it ("beef jerky", "yogurt maker", 牛肉面, 电视柜, 米粉) or, for an alias said
    alone, a modifier before it ("air purifier", "deep fryer", 糯米) that the product's own
    listing never uses. Returns (start, end, thing) or None."""
    if not _OFFER_ASK.search(norm):
        return None  # "电视坏了怎么办": a word after a name is news about it, not another thing
    text = _listing_text(product)
    name = norm[s:e]
    if CJK_RE.search(name[-1:]):
        after = norm[e:e + 1]
        if after and CJK_RE.match(after) and not _BESIDE_ZH.match(after) \
                and not _SHOP_ZH.match(norm, e) and name[-1] + after not in text \
                and norm[e:e + 2] not in text \
                and not any(norm.startswith(w, e) for w in _zh_aspect_words()):
            end = e + 1  # the whole thing: 空气净化器, not 空气净
            while end < len(norm) and CJK_RE.match(norm[end]) and not _BESIDE_ZH.match(norm[end]) \
                    and not _SHOP_ZH.match(norm, end):
                end += 1
            if norm[end:end + 1] in ("色", "味"):
                return None  # 口红豆沙色: a colour (a flavour) of it, not another thing
            return s, end, norm[s:end]
    else:
        nxt = re.match(r" ([a-z]{3,})\b", norm[e:])
        if nxt and _NUMBERISH.fullmatch(nxt.group(1)):
            nxt = None  # "necklace forty five cm", "pendant half carat": a measure of it
        if nxt and not _POLAR_START.match(norm) and (w := nxt.group(1)) not in EN_STOP \
                and w not in _BESIDE_EN and stem(w) not in text and not _known_word(w) \
                and not _asking_word(w) and not _misspelt(w, product):
            end = e + nxt.end()  # the whole thing: "robot lawn mower"
            while (more := re.match(r" ([a-z]{3,})\b", norm[end:])) and more.group(1) not in EN_STOP \
                    and more.group(1) not in _BESIDE_EN and not _known_word(more.group(1)) \
                    and not _asking_word(more.group(1)):
                end += more.end()
            return s, end, norm[s:end]
    if CJK_RE.search(name[:1]):
        before = norm[s - 1:s] if s else ""
        if before and CJK_RE.match(before) and not _BESIDE_ZH.match(before) \
                and not _COUNTED.search(norm[:s]) and before not in _CLASSIFIERS \
                and not re.search(r"[\d几两一二三四五六七八九十百千万][块元刀镑]$", norm[:s]) \
                and before + name[0] not in text and not (s >= 2 and norm[s - 2:s] in text) \
                and before not in normalize(product.name_zh or "") \
                and not _SHOP_ZH.match(norm, s - 1):  # (大型犬驱虫: 犬 of 犬用体外驱虫滴剂)
            return s - 1, e, norm[s - 1:e]
    else:
        prev = re.search(r"\b([a-z]{3,}) $", norm[:s])
        if prev and re.search(r"(?:\d|\b(?:one|two|three|four|five|six|eight|ten))\s*(?:amp\s+)?$",
                              norm[:prev.start(1)]):
            prev = None  # "28 ounce shaker", "6 amp hour battery": a measure's unit
        elif prev and prev.group(1) == "free" and re.search(r"[a-z]{3,}[ -]$", norm[:prev.start(1)]):
            prev = None  # "sugar free yogurt": what it is free of (`_holds`), no other thing
        if prev and " " not in name and (w := prev.group(1)) not in EN_STOP \
                and w not in _BESIDE_EN and stem(w) not in text \
                and not _known_word(w) and not _asking_word(w) and not _misspelt(w, product):
            return prev.start(1), e, norm[prev.start(1):e]
    return None


_NO = re.compile(r"^\W*(?:no\b|not\b|不|没|否)")


def _denied(word: str, product: Product, listing: str) -> bool:
    """Whether the listing says the product is not `word`: a spec keyed by it whose value is
    a no ("masonry: no, not for masonry"), a FAQ asking it answered no, or a "no" / "not" /
    "without" right before it ("no added salt" of "salted nuts"). "masonry bits" of the HSS
    bits is then another thing, not carried. `listing`: its `_listing_raw`."""
    root = re.sub(r"(?:able|ible|ed|ing|es|s|y)$", "", word.replace("-", ""))
    if len(root) < 3:
        return False
    said = re.compile(rf"(?<![a-z]){re.escape(root)}")
    return any(said.search(normalize(k)) and _NO.match(normalize(v))
               for kv in product.specs.values() for k, v in kv.items()) or any(
        said.search(normalize(q.question)) and _NO.match(normalize(q.answer))
        for q in product.faq) or re.search(
        rf"\b(?:no|not|non|without)\s+(?:[a-z]+\s+){{0,2}}{re.escape(root)}",
        listing.replace("-", "")) is not None


def _holds(word: str, listing: str) -> bool:
    """Whether the listing (`_listing_raw`) says the product has `word` in it and never that
    it is free of it ("Chocolate Peanut Butter", "natural latex"; not "no added sugar",
    "lactose-free")."""
    root = re.sub(r"(?:es|s)$", "", word)
    if not re.search(rf"\b{re.escape(root)}", listing):
        return False
    return not re.search(rf"\b{re.escape(root)}\w*[ -]?free\b|\bfree (?:of|from) {re.escape(root)}|"
                         rf"\b(?:no|without|zero|0 ?g)\s+(?:added\s+)?{re.escape(root)}", listing)


def _variant_owner(norm: str, s: int, e: int, sku: str, spans: list[tuple[int, int, str]],
                   catalog: Mapping[str, Product], on_air: str | None) -> str:
    """The product a variant's measure names where it is another's alias too: "4ah" is the
    battery's alias and the drill kit's "4.0Ah battery"; "the 4ah kit" (the drill's option word),
    "4ah?" with the drill on air and "2ah drill" (the drill named) ask the kit. `sku` where
    nothing points elsewhere, or where the product is also named by a word ("the 4ah
    battery"). (A word of its Chinese name points at it too: 套装4安时 is the kit.)"""
    said = norm[s:e]
    if not re.search(r"\d", said) or any(sku2 == sku and (s2, e2) != (s, e) for s2, e2, sku2 in spans):
        return sku
    own = normalize(" ".join(catalog[sku].names()))
    index = name_index(catalog)
    pointed = {on_air} if on_air is not None else set()
    pointed |= {sku2 for _, _, sku2 in spans}  # "2ah drill": the drill kit's option
    pointed |= {o for name, owners in index.option_owners.items() if option_word_said(norm, name)
                for o in owners}
    pointed |= {o for i in range(len(norm) - 1) if norm[i:i + 2] not in own  # 套装 of 充电钻套装
                for o in index.zh_owners.get(norm[i:i + 2], ())}
    for other in sorted(pointed - {sku}):
        if other in catalog and catalog[other].variants and variants_named(catalog[other], said):
            return other
    return sku


_NOT_ZH = r"(?:不能|不可以|不可|不适合|不是|不带|不含|没有|无|非|不)"


def _denied_modifier(norm: str, s: int, e: int, product: Product, listing: str) -> str | None:
    """What the words right before a name (or "with" a word after it) ask that its listing
    says it is not ("concrete drill bits", 打水泥的钻头 of bits "not for masonry, brick or
    concrete", "不能打水泥"; "impact driver with battery" of a bare tool): the thing asked, or
    None. `listing`: the product's `_listing_raw` (made once per catalog)."""
    if not CJK_RE.search(norm[s:e]):  # a word or two before an English name, or "with" one
        if (w := re.match(r"\s+with\s+(?:an?\s+|the\s+)?([a-z][a-z-]{2,})\b", norm[e:])) \
                and w.group(1) not in EN_STOP and _denied(w.group(1), product, listing):
            return norm[s:e + w.end()]  # "impact driver with battery" of a bare tool
        if free := re.search(r"\b([a-z]{3,})[ -]free\s+$", norm[:s]):  # (its own kind of ask)
            # "peanut free protein bars" of bars with peanut butter
            return norm[free.start():e] if _holds(free.group(1), listing) else None
        for m in reversed(list(re.finditer(r"\b([a-z][a-z-]{2,})\b", norm[:s]))[-2:]):
            if m.group(1) not in EN_STOP and not _asking_word(m.group(1)) \
                    and m.group(1) not in normalize(" ".join(product.names())) \
                    and _denied(m.group(1), product, listing):
                return norm[m.start(1):e]
        return None
    pre = norm[:s].rstrip()
    before = re.search(r"([\u4e00-\u9fff]{2,4})$", pre[:-1] if pre.endswith("的") else pre)
    if before is None:
        return None
    words = before.group(1)
    for n in (4, 3, 2):
        if len(words) >= n and re.search(_NOT_ZH + re.escape(words[-n:]), listing):
            return norm[before.start():e]
    return None


def _misspelt(word: str, product: Product) -> bool:
    """Whether `word` is a word of `product`'s names typed wrong ("jackit" of the rain jacket,
    "rise" of the rice cooker, "watter" of the water filter): one letter off or so."""
    return any(SequenceMatcher(None, word, w).ratio() >= 0.75 and w[0] == word[0]
               for n in product.names() for w in re.findall(r"[a-z]{3,}", normalize(n)))


def names_a_part(masked: str, product: Product | None = None) -> bool:
    """A noun right after a masked product name: "how much is the X stand", "the X cover" ask
    about a part of it (or another thing), not the product itself. A word of `product`'s own
    names, or one cut short ("canvas sneaks" of the Canvas Low Sneakers, "hand cream trio"),
    still names the product, as does one of its option values."""
    m = re.search(r"\bX ([a-z]{3,})\b", masked)
    if m is None or (w := m.group(1)) in EN_STOP or w in _BESIDE_EN or _known_word(w) \
            or _asking_word(w) or _NUMBERISH.fullmatch(w):  # ("X forty five cm": its measure)
        return False
    # ("the whey chocolate": the flavour sold, no part; "formula stage 2": an option by name)
    said = [*product.names(), *product.options, *(v for vs in product.options.values() for v in vs)] \
        if product is not None else []
    own = {t for name in said for t in re.findall(r"[a-z]{3,}", normalize(name))}
    return not any(t == w or (len(w) >= 4 and t.startswith(w[:5])) for t in own) \
        and not (product is not None and _misspelt(w, product))  # "rain jaket price"


# Shop phrases that hold a product type's characters: 多少钱包邮 is not a wallet (钱包).
_SHOP_PHRASE = re.compile(r"多少钱|包邮|运费|钱包邮")
# A product type the product is used with ("can it play ps5 games", "works with iphone?").
_USED_WITH = re.compile(r"\b(?:play|plays|playing|use|using|with|for|connect\w*|compatible|fit|fits|"
                        r"run|runs|support\w*|works?|charge|charges|pair|pairs)\s+(?:\w+\s+)?$")
# A thing the product is used on or put in, in Chinese: "玉米要放冰箱吗", "扫地机能扫地毯吗"
_ZH_USED_ON = re.compile(r"(?:放|放进|放入|放在|塞进|进|扫|拖|吸|洗|烤|煮|炖|装|配|连|接|充)$")
# A product type's characters inside another word: 咖啡因 (caffeine), 咖啡色 (brown).
_ZH_COMPOUND = re.compile(r"咖啡因|咖啡色|茶色|茶多酚|酒红|酒精|书包|手表带")
# Asking for a thing's price or whether the shop has it: where another thing's name matters.
_OFFER_ASK = re.compile(r"\b(?:how much|price|prices|cost|costs|sell|carry|got|have|stock|available|"
                        r"link|buy)\b|多少钱|怎么卖|什么价|价格|价钱|几块|多钱|卖吗|有卖|有没有|有货|还有|"
                        r"链接|[有卖].{0,6}[吗么]")  # 苹果汁有吗: a thing asked for, 有 after it
# Pricing or selling a thing (not "有腰带吗" of a daypack whose listing has one)
_BUYING = re.compile(r"\b(?:how much|price|prices|cost|costs|sell|sells|carry|buy)\b|多少钱|怎么卖|"
                     r"什么价|价格|价钱|几块|有卖|卖吗|卖不卖")
# "are the sneakers waterproof?": a word after the name is what is asked of it, not a thing.
_POLAR_START = re.compile(r"\W*(?:@\S+\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|"
                          r"should|has|have)\b")
# Verbs and asking words that come right before or after a name ("ship the tv", "tv work?").
_ASKING_EN = frozenset("""sell sells selling carry carries stock ship ships shipping deliver
order ordered buy bought get gets got have has had need want wanna like love try tried use
used using come comes work works worth cost costs price priced pricing go goes going run runs
make makes cook cooks fit fits last lasts keep keeps look looks taste tastes compare vs versus
or and with without than grab recommend rate review goin gonna sellin lookin""".split())


def _asking_word(word: str) -> bool:
    return word in _ASKING_EN or stem(word) in _ASKING_EN


def _listing_text(product: Product) -> str:
    """Every word a product's listing uses (names, specs, FAQ, description), stemmed English
    words and the Chinese text as written: what may stand beside its name."""
    raw = _listing_raw(product)
    words = {stem(w) for w in re.findall(r"[a-z]+", raw)}
    return raw + " " + " ".join(words)


def _listing_raw(product: Product, sep: str = " ") -> str:
    """A product's listing as one normalised text, in its own order (no stems appended), its
    parts joined by `sep` (" . " keeps a "no" of one part from reaching into the next: "logo:
    no" then "color: green" is no "no … green")."""
    return normalize(sep.join([*product.names(), product.category, product.brand, *product.tags,
                              *product.description.values(),
                              *(f"{q.question} {q.answer}" for q in product.faq),
                              *(f"{g} {k} {v}" for g, kv in product.specs.items()
                                for k, v in kv.items()),
                              *(f"{k} {v}" for var in product.variants for k, v in var.options.items())]))


@functools.cache
def _zh_aspect_words() -> tuple[str, ...]:
    return tuple(w for ws in _aspects().values() for w in ws if CJK_RE.search(w))


def _typed(norm: str, why: tuple[str, ...]) -> bool:
    """Whether the retriever's corrected name is a typo of words the viewer typed: one of its
    words typed, or one with its first letter and most of its spelling ("airfrier"). "belly"
    is a word of its own, not "telly"; typos seldom change a word's first letter."""
    keys = [w.split(" ", 1)[1].strip("'") for w in why if w.startswith(("name ", "alias ", "sku "))]
    # (a shop word is no typo: "on sale" is not "scale")
    typed = [t for t in re.findall(r"[a-z0-9]+", norm) if not _known_word(t)]
    for key in keys:
        words = re.findall(r"[a-z0-9]+", key)
        if not words or CJK_RE.search(key):
            return True
        if any(t == w or (t[0] == w[0] and len(w) > 2 and SequenceMatcher(None, t, w).ratio() >= 0.7)
               for t in typed for w in words):
            return True
        if any(t[0] == key[0] and SequenceMatcher(None, t, key.replace(" ", "")).ratio() >= 0.7
               for t in typed):  # "airfrier" for "air fryer"
            return True
    return False


def _respelled(norm: str, spans: list[tuple[int, int, str]],
               top: ProductMatch) -> list[tuple[int, int, str]]:
    """"the rice coocker": the exact span "rice" names the rice, but the retriever's spelling
    correction read "rice cooker", a longer name of another product that holds the span; the
    span and the misspelt word after it name that product."""
    keys = [w.split(" ", 1)[1].strip("'") for w in top.why if w.startswith(("name ", "alias "))]
    out = []
    for s, e, sku in spans:
        part = norm[s:e]
        nxt = re.match(r"\s+([^\s?!.,，。？！]+)", norm[e:])
        if sku != top.sku and nxt and any(
                k.startswith(part + " ") and SequenceMatcher(
                    None, nxt.group(1), k[len(part) + 1:].split(" ")[0]).ratio() >= 0.7
                for k in keys):
            out.append((s, e + nxt.end(), top.sku))
        else:
            out.append((s, e, sku))
    return out


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (overlaps merged) replaced by "X"."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in reversed(merged):
        text = text[:s] + "X" + text[e:]
    return text
