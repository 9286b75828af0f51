"""What an answer may rest on: retrieved evidence plus the live facts, read at one instant.

`Grounds` is built fresh for every draft (and again at send time, see `service.py`): numbers in
it come from `knowledge.facts.Facts`, words from the retrieved passages. The composers draft
from it and the verifier checks drafts against it, so both see exactly the same facts.

Understanding happens here (`bot.answers.understand`): which product the question names (or
that the shop does not carry it; the product on air is the prior), what it asks (multi-label
intents from a classifier over labelled exemplars), and for an aspect question whether one of
the product's facts answers it. `Grounds.status` carries the outcome that is not a plain answer:
"not_carried", "not_offered" (a size, colour or measure it is not sold in), "unknown_aspect",
"unknown", "haggle" (a lower price asked for oneself), "compare", "deals" or "buy" (see
replies.py).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypedDict

from bot.answers.understand.answerable import (
    HOW_LONG,
    MIN_SCORE,
    Answerability,
    Dense,
    Unit,
    answerability,
    asked_aspects,
    content_terms,
    spoken,
    unnamed,
)
from bot.answers.understand.features import ABOUT_HOST, DEICTIC, EVALUATIVE, QUESTION_SHAPE
from bot.answers.understand.fit import (
    LIMIT_KEY,
    bound_answers,
    chart_entry,
    fit_asked,
    fitting_band,
    within_bounds,
)
from bot.answers.understand.intent import Intents, aspect_words, default_classifier
from bot.answers.understand.pieces import one_piece_asked, states_pieces
from bot.answers.understand.resolve import Resolution, names_a_part, question_part, resolve
from bot.events import Role
from knowledge import Evidence, Facts, Offer, Passage, Policy, Product, ProductFacts, Promotion, regions
from knowledge.derived import unit_asked
from knowledge.numerals import read
from knowledge.text import CJK_RE, EN_STOP, normalize, stem
from knowledge.variants import (
    by_option,
    value_forms,
    value_not_offered,
    values_named,
    variant_facts,
    variants_named,
)

# Passages this far below the best one are not offered as evidence.
PASSAGE_RATIO = 0.6
# Below this the intent classifier is unsure: with no product named, nothing is answered.
MIN_INTENT = 0.3
# Share of a product-less question's words a shop-wide passage must hold to answer it.
MIN_POLICY_COVER = 0.5
# Most items a shop-wide "any deals?" names (every live promotion's, then markdowns): one chat
# line (a longer reply is split, and only its first part is a reply).
MAX_DEALS = 4

Intent = str  # "price" | "stock" | "shipping" | "returns" | "payment" | "spec" | "info" | ...

# 块 as money, not a measure word before a noun (几块电池, 两块板): at the end, or before 钱/一/a particle
_KUAI_MONEY = (r"(?<!有几块)(?<!有多少块)(?:(?![\u4e00-\u9fff])|"
               r"(?=[钱一二两三四五六七八九十半以左上下内多吗呀啊的呢哦吧啦]))")

_INTENTS: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    ("stock", re.compile(r"\b(stock|left|available|sold out|how many|still going)\b|"
                         r"库存|还有|剩|有货|卖完|售罄", re.I)),
    ("price", re.compile(r"\b(price|cost|costs|much|cheap|expensive|discount|deal|coupon|code|"
                         r"sale|offer|yuan|rmb|dollars?)\b|[¥$]|"
                         rf"多少钱|价格|价钱|几块{_KUAI_MONEY}|多钱|优惠|"
                         r"折(?![叠疊好起])|便宜|券|贵", re.I)),
    ("shipping", re.compile(r"\b(ship|ships|shipping|deliver|delivery|arrive|courier|postage)\b|"
                            r"发货|快递|包邮|配送|几天到|运费|送到|寄", re.I)),
    ("returns", re.compile(r"\b(return|refund|exchange|warranty|guarantee|broken)\b|"
                           r"退|换货|保修|坏", re.I)),
    ("spec", re.compile(r"\b(weight|size|big|heavy|made|origin|from|ingredients?|capacity|"
                        r"watts?|power|material|shelf|storage|store|keep|dimensions?)\b|"
                        r"多重|多大|产地|哪里|成分|容量|功率|材质|保质期|保存|尺寸|规格", re.I)),
)


def intent_of(text: str) -> Intent:
    """The old keyword rules (first match wins), kept for callers outside the answer flow;
    `gather` uses the trained classifier instead."""
    for name, pattern in _INTENTS:
        if pattern.search(text):
            return name
    return "info"


def viewer_roles(role: Role) -> frozenset[str]:
    """Role names a promotion's `roles` can name: a subscriber also counts as a viewer."""
    return frozenset(r.name.lower() for r in Role if r <= role)


@dataclass(frozen=True, slots=True)
class Grounds:
    """Everything one answer may say. `product`/`facts`/`offer` are None for shop-wide
    questions (shipping, returns) or when nothing matched."""

    question: str
    lang: str
    intent: Intent
    now: float
    role: Role
    evidence: Evidence
    passages: tuple[Passage, ...] = ()
    product: Product | None = None
    facts: ProductFacts | None = None
    offer: Offer | None = None
    promotions: tuple[Promotion, ...] = ()
    version: int = 0  # Facts.version_of(sku) when this was read
    # Policy amounts that may fill {policy:NAME} slots (from the policies gathered for the topic).
    policy_amounts: tuple[tuple[str, str], ...] = ()
    # Understanding (added fields; see the module docstring).
    intents: tuple[str, ...] = ()  # every intent the classifier gave, best first
    status: str = ""  # "" (a plain answer) or not_carried | unknown_aspect | unknown | ...
    foreign: str = ""  # the thing not carried ("iphone", 手机)
    chosen: Passage | None = None  # the one fact that answers an aspect question
    # (facts, offer) of other products an answer names: both sides of a comparison, the deals
    others: tuple[tuple[ProductFacts, Offer], ...] = ()
    resolved: str = ""  # how the product was found: named | fuzzy | on_air | none
    # (lowest, highest) live offers of the product's in-stock variants, when their prices
    # differ and the question named no variant
    price_range: tuple[Offer, Offer] | None = None
    full_price: bool = False  # deal_options: some in-stock options are not on sale

    @property
    def sku(self) -> str | None:
        return self.facts.sku if self.facts else None

    @property
    def answerable(self) -> bool:
        if self.status in ABSTAIN:
            return False
        return self.facts is not None or bool(self.passages) or bool(self.status)

    def allowed_money(self) -> set[Decimal]:
        """Every amount of money the answer may name: prices, list price, saving, and the
        price under each promotion valid for this viewer now."""
        out: set[Decimal] = set()
        if self.facts is not None:
            out |= {self.facts.price, self.facts.list_price}
        if self.offer is not None:
            out |= {self.offer.price, self.offer.list_price, self.offer.saving}
        if self.facts is not None:
            for p in self.promotions:
                out.add(p.price_for(self.facts.price))
                if p.kind == "fixed_price":
                    out.add(p.value)
        for f, o in self.others:
            out |= {f.price, f.list_price, o.price, o.list_price, o.saving}
        return {Decimal(v).normalize() for v in out}


# Statuses that are honest non-answers (reported to moderators as unanswered).
ABSTAIN = frozenset({"not_carried", "not_offered", "unknown_aspect", "unknown"})
# Shop policies fetched by topic for these intents, whether or not retrieval ranked them.
POLICY_TOPICS = {"shipping": ("shipping",), "returns": ("returns", "warranty"),
                 "payment": ("payment",)}
# Intents answered from the product's own facts, one aspect at a time.
ASPECT_INTENTS = ("spec", "usage")
# Words about the offer itself ("how much is the corn? any discount?"), not a product aspect.
_OFFER_WORDS = frozenset("""price prices cost discount discounts deal deals sale offer offers
coupon coupons code codes promo limit limits stock left available cheap cheaper 价格 价钱 优惠
折扣 便宜 库存 有货 限购 优惠码 券 活动 促销""".split())
_OFFER_RE = re.compile("|".join(sorted(
    (re.escape(w) if CJK_RE.search(w) else rf"\b{re.escape(w)}\b" for w in _OFFER_WORDS),
    key=len, reverse=True)))
# Intents about the shop rather than one product.
SHOP_INTENTS = ("shipping", "returns", "payment")
# Intents whose answer is a product's number or link: the product must be named or on air.
NAMED_INTENTS = ("price", "stock", "buy", "deals", "compare")
# A comparison asked in other words ("compare the X and Y price", "X vs Y", "X or Y?", X比Y);
# with a price word, "how much are the X and the Y" too: both prices answer it.
COMPARE_CUE = re.compile(r"\b(?:vs\.?|versus|compare[sd]?|comparing|or|than|cheaper|pricier|"
                         r"dearer|difference|and)\b|&|比|哪个|还是|对比|区别|和|跟|与", re.I)
# Money named in a viewer's words, in any currency ("under fifty quid", "几美金", 多少台幣): a price.
_ZH_CURRENCY = (r"美金|美元|英镑|镑|欧元|人民币|港币|台币|新台币|新币|马币|令吉|比索|披索|日币|"
                r"日元|韩元|泰铢|卢比|澳币|加币")
CURRENCY_WORDS = (r"(?:yuan|rmb|元|块|dollars?|bucks|usd|quid|gbp|euros?|eur|pesos?|php|sgd|twd|ntd|"
                  r"ringgit|rupees?|inr|rs|aud|cad|hkd|yen|jpy|krw|baht|thb|"
                  rf"{_ZH_CURRENCY}|(?<=[几多少])刀)")
NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"ten|eleven|twelve|fifteen|one|two|three|four|five|six|seven|eight|nine)"
                r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|hundred))?)")
# A price claimed in the question: money, a percentage off, or a bare number asked about.
# ("100% cotton", "100%棉" state a material, not a discount)
PRICE_CLAIM = re.compile(rf"[¥$￥£€]\s*\d|(?:\d(?:\.\d+)?|\b{NUMBER_WORDS})\s*(?:{CURRENCY_WORDS}|折|"
                         r"%(?!\s*(?!off\b|discount\b)[a-z])(?!\s*[棉毛羊涤丝麻纯真]))|"
                         # a bare number framed as the price ("is the X 999?", "under 100?"), not
                         # one that names a spec ("hdmi 2.1?", "usb 3?")
                         r"(?:^|\b(?:is|it|x|be|for|only|just|now|at|was|tonight|today|costs?|they|"
                         r"that|this|one|like|about|around|under|over|below|above|than)\s+|是)"
                         r"\d+(?:\.\d+)?\s*(?:\?|？|吗|right|tonight|now|$)|"
                         r"(?:低于|不到|少于|超过)\d|\d+\s*(?:以内|以下|以上)", re.I)
# Words that ask for money itself (how much alone may ask an amount of anything).
_PRICE_STRICT = re.compile(rf"\b(?:prices?|costs?|pay|cheap\w*|expensive|{CURRENCY_WORDS}|"
                           r"how much (?:for|is it|are they)|sale|deal|discount|go(?:ing|in'?) for)\b|"
                           rf"[¥$￥£€]|钱|价|(?<!分)[几多少\d一二两三四五六七八九十百千万]块{_KUAI_MONEY}|元|贵|{_ZH_CURRENCY}|"
                           r"[几多少]刀|"
                           r"[咋怎]么?卖(?![光完])|到手多少|到手几|"
                           # a price per pack ("how much per bag", "a tube", 一箱多钱)
                           r"\b(?:how much|price|cost)\s+(?:is it\s+|are they\s+)?"
                           r"(?:per|a|each|every|for (?:a|one))\s+(?:bag|pack|packet|box|tube|bottle|can|"
                           r"jar|piece|pc|pcs|unit|item|sachet|stick|pair|set|one)\b|"
                           # a price per weight ("how much per 100g", "per 500 g", "a kilo")
                           r"\b(?:per|a|each|every)\s*\d*\s*(?:g|grams?|kg|kilos?|kilograms?|jin|catty|oz|"
                           r"ounces?|lbs?|pounds?)\b|"
                           r"便宜|优惠|折(?![叠疊好起])", re.I)
# 多少 / 几 with a unit of measure asks that quantity, not the price.
# (还有几个 asks how many are left)
_MEASURE_ASKED = re.compile(r"(?<!还有)(?<!剩)(?:多少|几)(?:寸|英寸|度|瓦|千瓦|升|毫升|克|公斤|千克|斤|厘米|"
                            r"毫米|公分|码|号|伏|毫安|流明|小时|分钟|天|年|月|层|档|人(?!民)|份|颗|粒|片|支|根|枚|张|卷|袋|杯|瓶|罐|个(?!钱))")
# Words that frame a price guess ("under $50?", "less than 300?").
_THRESHOLD_WORDS = frozenset("""under over below above less more than around about cheaper
within only just""".split())
# Words of the shop's own topics (a price claim beside one is about the policy).
_SHOP_WORDS = {
    "shipping": r"\b(?:ship\w*|deliver\w*|postage|courier)\b|\bto post\b|包邮|运费|邮|快递|发货|顺丰",
    "returns": r"\b(?:return\w*|refund\w*|exchange\w*|swap\w*|warrant\w*)\b|"
               r"\b(?:send|ship|post|take)\s+(?:it|them|this|that|these|those|the \w+(?: \w+)?)\s+back\b|"
               r"\b(?:breaks?|broke|broken|faulty|defect\w*|guarantee\w*|stops? working|"
               r"(?:doesn'?t|does not|isn'?t|is not|not) work(?:ing)?)\b|退|换|保修|坏了|故障",
    "payment": r"\b(?:pay\w*|installments?|credit cards?|debit cards?|visa|mastercard|amex|klarna|"
               r"afterpay)\b|付款|支付|分期|信用卡|花呗|银联"}
_SHOP_TOPIC = {intent: re.compile(words, re.I) for intent, words in _SHOP_WORDS.items()}
_SHOP_WORD = re.compile("|".join([*_SHOP_WORDS.values(), r"\binstall\w*\b"]), re.I)
# Words every shipping or returns question holds: they name no one policy.
_GENERIC_SHOP = frozenset("""ship ships shipping shipped deliver delivery send return returns
refund pay payment 包邮 发货 快递 运费 退货 退款""".split())
# …and the words of asking how soon or how much: no thing a policy is about
_HOW_SOON = frozenset("""long take takes took get gets arrive arrives soon fast quick quickly day
days week weeks time much many cost costs""".split())
# Delivery asked in other words than shipping's ("how long till it arrives", 几天到)
_ARRIVES = re.compile(r"\b(?:arriv\w*|get (?:here|there|to me)|dispatch\w*|post(?:ed|age)?|mail\w*|"
                      r"courier|tracking)\b|几天到|多久到|到货|寄", re.I)
# A price asked per a unit ("per 100g", "one cup of", 一杯, 每斤), not a pack size (2斤装)
_PER_UNIT = re.compile(r"\bper\b|/|\b(?:one|each|a single|a) (?:cup|ear|sachet|packet|piece|egg|stick|"
                       r"bar|pod|can|bottle|pouch|pound|kilo|tag|plug)\b|\bhow much (?:is |are |for )?"
                       r"(?:it |they |them )?each\b|[一每](?:斤|公斤|千克|杯|根|条|小包|枚|袋|磅|只|片)"
                       r"(?!装)", re.I)
# A measure or count asked (not a price per it): "how heavy is each pack", 一袋多少克,
# "how many sheets per pack"
_MEASURE_WORD = re.compile(r"\b(?:heavy|weigh\w*|weight|big|size|grams?|how many|mg|milligrams?|"
                           r"calories|kcal|caffeine|protein|sugar)\b|多重|重量|多大|咖啡因|蛋白质|热量|"
                           r"卡路里|(?:多少|几)(?:毫克|克|公斤|千克|斤|磅|两|毫升|升|片|个|根|条|包|袋|卡|大卡)",
                           re.I)
# How many one viewer may buy ("can i buy 2", "how many can i get", 限购几台, 能拍两个吗)
LIMIT_ASKED = re.compile(r"\bhow many (?:\w+ )?(?:can|may) (?:i|we|u|you) (?:buy|get|order|grab)\b|"
                          r"\b(?:can|may) (?:i|we|u) (?:buy|get|order|grab) (?:\d+|two|three|four|five|"
                          r"six|ten|more than one|several|a few|multiple)\b|"
                          r"(?<!weight )(?<!age )(?<!load )(?<!size )(?<!speed )\blimits?\b|\bmax(?:imum)? "
                          r"(?:per|i can)\b|限购|能买几|可以买几|最多(?:买|拍|能(?:买|拍|下单|要))|能拍几|"
                          r"(?:能|可以)(?:买|拍)[两二三四五六七八九十\d]+|我?要[两二三四五六七八九十\d]+"
                          r"(?:箱|份|个|件|盒|袋|台|包|斤)|拍了.{0,6}还能(?:拍|买)", re.I)
# Several of it bought, the total asked ("if I buy three of the 2kg bags whats that come to",
# "how much if i take 3 packs", 买两件一共多少): the offer line answers (price, limit, deal).
_SEVERAL_BOUGHT = re.compile(
    r"\b(?:if|when)\s+(?:i|we|u|you)\s+(?:buy|get|take|order|grab)\s+(?:\d+|two|three|four|"
    r"five|six|ten|a couple)\b|\bwhat\b.{0,40}\b(?:comes?|adds?) (?:to|up)\b|"
    r"\b(?:total|altogether|in total)\b|(?:买|拍|要|来)[两二三四五六七八九十\d]+"
    r"[件份个盒袋包罐桶箱瓶].{0,6}(?:一共|总共|多少)|"
    # "2 or 3 packs of jerky how much": a count of packs bought, asked its money
    r"^\W*(?:\d+|two|three|four|five|a couple)(?:\s*(?:or|to|-)\s*(?:\d+|two|three|four|five|six))?"
    r"\s*(?:packs?|bags?|box(?:es)?|bottles?|tins?|jars?|pcs|pieces|sets?|pairs?|units?)\s+of\s+x\b"
    r"(?=.*\b(?:how much|price|cost|total)\b)", re.I)
# (a question about the host, not the shop's products: features.ABOUT_HOST; `_HOST_OWN` below
# holds what is the host's even where a product is named)
# The host's family, whatever product the question names ("你家孩子吃这个海苔吗")
_HOST_FAMILY = re.compile(r"\b(?:your|ur|yr) (?:kids?|children|wife|husband|family|mum|mom|dad|son|"
                          r"daughter|parents)\b|你(?:家|的)?(?:孩子|小孩|宝宝|儿子|女儿|老婆|老公|爸妈|"
                          r"家人)", re.I)
# The host asked what they are, whatever a product is called ("你是机器人吗" is no robot vacuum)
_YOU_ARE = re.compile(r"^\W*(?:@\S+\s+)?(?:(?:主播)?你是|主播是)|^\W*(?:@\S+\s+)?(?:are|r) (?:you|u) "
                      r"(?:a|an|the|real|human|ai)\b", re.I)
# …and what is the host's whatever product it names ("what size shoe do you wear", 主播能吃辣吗,
# "is that your ring?"; not "is this your best price")
_HOST_OWN = re.compile(r"\b(?:(?:you|u) wear|you(?:'re|re| are)? wearing|model(?:'s| is)? wearing|"
                       r"(?:your|ur|yr) "
                       r"(?:height|weight|size|age|waist|feet|foot|shoe|shoes)|"
                       r"(?:is|are) (?:that|this|those|these|it) (?:your|ur|yr) (?:own )?(?!best\b|lowest\b|"
                       r"final\b|last\b|price\b|cheapest\b|shop\b|store\b|deal\b)[a-z]+|"
                       r"try (?:it|one|them|this) on (?:camera|stream|live)|"
                       # Tagalog's "your" of one person: "anong size mo", "suot mo", "gamit mo"
                       r"(?:size|sukat|suot|gamit|lipstick|height|weight) mo|"
                       # the host's own choice ("what's your go-to", "your personal fave")
                       r"(?:your|ur|yr) (?:own|go-?to|personal|fave|favou?rite)|"
                       r"(?:you|u) (?:yourself|personally))\b|"
                       r"主播(?:能|会|敢|爱|平时|自己)?(?:吃|穿|用)|模特穿|(?:你|老板|主播)自己|你平时|"
                       # the host's own life (主播有几个孩子, 主播家的床单, 主播今天骑了多少公里)
                       r"主播(?:家|有几个|多大|几岁|今天|昨天|平时|住|是哪|"
                       r"的(?:孩子|家|老公|老婆|狗|猫))", re.I)
# "买了", "拍了两个", "bought it!": a viewer telling chat they bought, not asking how to
_BOUGHT = re.compile(r"^\W*我?(?:已经|刚刚?|也)?(?:买了|拍了|下单了|已拍|已买|拍下了|抢到了)"
                     r"(?:[一两二三四五六七八九十\d]+[个件份包箱盒袋只条])?(?:买了|拍了)*\W*$|"
                     r"^\W*(?:just\s+)?(?:bought|ordered|got) (?:it|one|two|em|them)\W*$", re.I)
# A viewer telling about themselves, asking nothing ("my dog loves salmon", "我妈上周买了牛肉",
# "my shirt shrank in the wash lol"): no question cue, and the speaker's own life.
_TELLING = re.compile(r"^\W*(?:my|i|i'm|im|i've|we|we're|our|me)\b(?!.*(?:\?|\b(?:how|what|which|"
                      r"where|when|why|who|any|pls|please)\b|\b(?:can|could|should|would|will|do|does|"
                      r"is|are)\s+(?:it|they|this|that|these|those|there|you|u|ya|i|we)\b))|^\W*我(?:妈|爸|家|老公|老婆|女朋友|男朋友|们家|最|也|刚|昨天|上周|已经|之前)"
                      r"(?!.*(?:[?？吗么呢吧]|多少|几|什么|怎么|哪|能不能|可以|是不是|有没有))", re.I)
# Praise with no ask in it: "nude rose is gorgeous", "the headlamp looks sick"
_PRAISE = re.compile(r"\b(?:is|are|looks?|smells?)\s+(?:so\s+|really\s+)?(?:gorgeous|beautiful|stunning|cute|"
                     r"pretty|lovely|sick|fire|amazing|great|nice)\b", re.I)
# The viewer's own state (看得我手痒, 我嗓子好痒); English chat drops its question marks, so only
# Chinese ("do i need to load it" asks)
_FIRST_PERSON = re.compile(r"我[^，,。.!！?？\s]{0,4}(?:痒|疼|饿|馋|累|困|哭|醉|晕|服了)")
# When a sold-out thing comes back: no fact holds a restock date.
_RESTOCK_WHEN = re.compile(r"\bwhen\b.*\b(?:back|restock\w*|in stock|available|arrive)|"
                           r"\b(?:back in stock|restock\w*|back)\b.*\b(?:when|soon|next (?:week|month)|"
                           r"tomorrow|again|ever)\b|\bwill\b[^?]*\bbe back\b|"
                           r"什么时候.{0,4}(?:补货|到货|有货|上架|返场)|(?:补货|到货|返场).{0,3}(?:什么时候|多久|几号)",
                           re.I)
# A product asked for and nothing more ("牛肉有吗", "有苹果吗", "got jerky?"): its stock.
_ASKED_FOR = re.compile(r"\W*(?:(?:有没有|还有|有)\W*x\W*(?:[吗么嘛呢啊呀]|有没有)?|"
                        r"x\W*(?:有没有|还有吗|有吗|有没|有货吗|还有)\W*(?:[吗么嘛呢啊呀])?|"
                        r"(?:(?:do|does)\s+(?:you|u|ya)(?:\s+guys)?\s+(?:still\s+)?(?:have|got|sell|carry)|"
                        r"got|any|have you got)\s+(?:the\s+|any\s+|some\s+)?x(?:\s+(?:left|still|"
                        r"in stock|available))?)\W*$", re.I)
# A price asked in a currency ("how much in pounds", "in pounds sterling"), not a weight.
_IN_CURRENCY = re.compile(r"\b(?:how much|price|cost)\b.*\bin (?:pounds?|quid|gbp|dollars?|usd|euros?|"
                          r"eur|yuan|rmb|pesos?|php|sgd|twd|ntd|ringgit|rm|rupees?|inr|aud|cad|hkd|yen)\b|"
                          rf"\bin pounds sterling\b|(?:多少|换|合|折合)(?:{_ZH_CURRENCY})", re.I)
_WEIGHED = re.compile(r"\b(?:weigh\w*|heavy|weight)\b", re.I)
# The currencies (ISO 4217) a viewer's words name: "in pounds" is GBP, 多少马币 MYR, "in
# dollars" any dollar. Source: written for Hawker.
_CURRENCY_NAMES = tuple((codes, re.compile(words, re.I)) for codes, words in (
    (("USD",), r"\b(?:usd|us dollars?|american dollars?)\b|美金|美元|美刀"),
    (("GBP",), r"\b(?:pounds?|quid|gbp|sterling)\b|英镑|镑"),
    (("EUR",), r"\b(?:euros?|eur)\b|欧元"),
    (("CNY",), r"\b(?:yuan|rmb|cny|renminbi)\b|人民币"),
    (("MYR",), r"\b(?:ringgit|myr|rm)\b|马币|令吉"),
    (("SGD",), r"\b(?:sgd|singapore dollars?)\b|新币|新元"),
    (("HKD",), r"\b(?:hkd|hk dollars?|hong kong dollars?)\b|港币|港元"),
    (("TWD",), r"\b(?:twd|ntd|nt dollars?)\b|台币"),
    (("PHP",), r"\b(?:pesos?|php)\b|比索|披索"),
    (("JPY",), r"\b(?:yen|jpy)\b|日币|日元"),
    (("INR",), r"\b(?:rupees?|inr)\b|卢比"),
    (("AUD",), r"\b(?:aud|australian dollars?)\b|澳币|澳元"),
    (("CAD",), r"\b(?:cad|canadian dollars?)\b|加币"),
    (("KRW",), r"\bkrw\b|韩元"), (("THB",), r"\b(?:baht|thb)\b|泰铢"),
    (("NZD",), r"\b(?:nzd|nz dollars?)\b|纽币"),
    (("USD", "SGD", "HKD", "TWD", "AUD", "CAD", "NZD"), r"\b(?:dollars?|bucks)\b"),
))


def other_currency(question: str, currency: str) -> bool:
    """Whether `question` asks a price in a currency other than `currency` (ISO 4217, the
    shop's): "dashcam price in SGD?" of a shop in MYR. No converted figure is a fact, so the
    answer gives the shop's price and says it cannot convert."""
    q = normalize(question)
    asked = _IN_CURRENCY.search(q)
    if _WEIGHED.search(q):
        return False
    # (a currency said anywhere but pounds, a weight as often: "earbuds in USD?", "SGD mein kitna")
    named = {c for codes, rx in _CURRENCY_NAMES for c in codes
             if rx.search(asked.group() if asked else q) and (asked or "GBP" not in codes)}
    return bool(named) and currency.upper() not in named


# A warranty asked (not a return): 保修, guarantee.
_WARRANTY_ASKED = re.compile(r"\b(?:warrant\w*|guarantee\w*)\b|保修|质保|包修|保固|"
                             # (a breakdown in use, not one on arrival: "what if it breaks")
                             r"(?<!arrived )(?<!arrives )(?<!came )\b(?:breaks|stops working|"
                             r"stopped working|faulty|defective)\b", re.I)
# A part of the product replaced (磨豆机的刀盘可以换吗, 可以换麻绳吗, "are the burrs replaceable"),
# not the product exchanged (可以换货吗, 能换尺码吗)
_PART_REPLACED = re.compile(r"的[\u4e00-\u9fff]{1,4}(?:可以|能|可)?(?:更)?换(?:吗|不|么)|"
                            r"(?:滤芯|锯片|电池|表带|刀片|刀盘|刷头|绳子?|带子|垫子|灯泡|芯)(?:可以|能|可)?(?:更)?换"
                            r"(?:吗|不|么)|"
                            r"\bswap (?:the |a )?(?:\w+ )?(?:strap|band|battery|filter|blade|head)s?\b|"
                            r"(?:可以|能)(?:更)?换(?!货|尺码|码|颜色|色|大小|款|个|一|吗|不)"
                            r"[\u4e00-\u9fff]{1,4}(?:吗|不|么)|\breplace(?:able|ment)?\b.{0,20}\b(?:burrs?|"
                            r"blades?|filters?|batter(?:y|ies)|parts?|heads?|rope|pads?|bulbs?)\b|\b(?:burrs?|"
                            r"blades?|filters?|battery|parts?|heads?|rope|pads?|bulbs?)\b.{0,20}\breplace(?:able|d)?\b",
                            re.I)
# Another time's product ("the same beef as last week?", 跟上次的一样吗): no fact says.
_ANOTHER_TIME = re.compile(r"\b(?:same|different|new|changed)\b.{0,30}\b(?:as|from|than|since)\s+"
                           r"(?:last|before|yesterday|the last|previous)\b|"
                           r"\b(?:vs\.?|versus|compared to|than)\s+(?:last|previous)\b|"
                           r"(?:上次|上回|之前|以前|上周|昨天)的?.{0,4}(?:一样|同一|不一样|变了)", re.I)
# A comparison of something other than the price ("lighter", "lasts longer", 哪个重, 更辣).
_COMPARATIVE = re.compile(
    r"\b(?:lighter|heavier|bigger|smaller|larger|longer|shorter|taller|wider|stronger|weaker|"
    r"quieter|louder|faster|slower|spicier|hotter|sweeter|saltier|healthier|warmer|cooler|softer|"
    r"harder|better|worse|more|less|most|least)\b|(?:哪个|更|比.{1,8})(?!便宜|贵|划算|实惠|值|省)"
    r"[重轻大小长短高辣甜咸快慢好暖软硬耐]", re.I)
# A price asked in a clause of its own ("…and how much?", "多少钱").
PRICE_CLAUSE = re.compile(r"\b(?:and|&|also|plus|,)\s*(?:how much|price|cost)\b|"
                          r"\bhow much\s*(?:is it|are they)?\s*(?:[?？!]*$|[,，;；?？]\s*\S)|"
                          r"多少钱|多钱|什么价|啥价|[怎咋]么?卖", re.I)
# A price at another time than now: history or the future, which the facts do not hold.
_PRICE_WHEN = re.compile(r"\b(?:ever|next (?:week|month|time|sale|show|stream)|tomorrow|later|last "
                         r"(?:week|month|year|time)|yesterday|black friday|prime day|history|"
                         r"historical|going to (?:drop|go down)|will (?:it|they|the \w+) (?:go|be) on sale)"
                         r"\b|史低|历史最低|最低价|下次|明天|以后|下周|下个月|双十一|618|会降价|还会降|"
                         r"还会便宜|上次|之前|下播|直播结束|播完|"
                         r"\bafter (?:the (?:show|stream|live|sale)|tonight)\b|"
                         # another shop's price ("cheaper on amazon?", 比淘宝便宜吗): no fact says
                         r"\b(?:amazon|walmart|target|costco|ebay|aliexpress|temu|shein|tesco|argos|"
                         r"elsewhere|other (?:shops?|stores?|sites?)|in stores?|retail|shopee|lazada|"
                         r"tiktok shop|tokopedia|zalora|carousell|qoo10|mudah|flipkart|myntra|meesho|"
                         r"nykaa)\b|"
                         # …or the whole market's ("cheapest drill in malaysia?", 全网最低)
                         # (any market: "cheapest ring in orchard", "…at REI", not "in stock/red")
                         r"\b(?:cheapest|lowest|best price)\b.{0,30}\b(?:(?:in|at) (?!stock\b|red\b|"
                         r"black\b|white\b|blue\b|the (?:show|stream|set|range|sale)\b|this\b|your\b|"
                         r"the moment\b|(?:size|colou?r|\d)\w*)[a-z]{2,}|on the market|anywhere|online)\b|"
                         r"淘宝|京东|天猫|拼多多|别家|其他家|外面|超市|官网|实体店|全网|全马|虾皮|"
                         r"抖音上|国美|苏宁|盒马|山姆|唯品会|\bprice ?match\w*|\bcheaper online\b", re.I)
# "cheaper than bunnings?", "sephora sells it 25": a price somewhere the facts do not cover (not
# two products named: "is the tee cheaper than the jeans" compares them)
_ELSEWHERE = re.compile(r"\b(?:cheaper|pricier|more expensive|less) (?:than|at|in|on) (?!the\b|this\b|"
                        r"that\b|it\b|these\b|those\b|a\b|an\b|my\b|your\b|ur\b|yours\b)(?:[a-z]|\d+[a-z]{2,})|"
                        r"\b(?:sells?|sold|selling|has|have|had) (?:it|them|this|these) (?:for |at )?"
                        r"[$£€¥₹]?\s*\d|"
                        # (比迪奥的便宜吗: another brand's price; not 比平时/比原价, the shop's own)
                        r"比(?!平时|平常|原价|之前|以前|上次|昨天|前几天|刚才|这个|那个|它)"
                        # (a brand: two characters or more, or Latin; not an option: 比灰的, 比大号)
                        r"(?P<other>[A-Za-z0-9][^\s，。？?！!]{1,11}?|(?:(?![的色款号码个种版])[\u4e00-\u9fff]){2,8}?)"
                        r"的?(?:便宜|贵|划算|实惠)", re.I)
def _elsewhere(question: str, catalog: Mapping[str, Product]) -> bool:
    """Whether `question` asks a price elsewhere (`_ELSEWHERE`): another shop or brand, not one
    of this shop's products (比扫地机贵多少 compares two of ours)."""
    m = _ELSEWHERE.search(question)
    if m is None:
        return False
    other = normalize(m.group("other") or "")
    return not other or not any(other in normalize(n) or normalize(n) in other
                                for p in catalog.values() for n in p.names() if n.strip())


# Asking whether the shop has something ("do you have it in red", 有红色吗).
_HAVE = re.compile(r"\b(?:do you have|got|have it|has it|come in|comes in|in stock|available|"
                   r"still going)\b|"
                   r"有.{0,9}[吗么嘛]|有没有|还有|有货", re.I)  # ("这个 power bank 有 20000 的吗")
# A kind of the product without something, asked for ("有不辣的吗", "有没有无糖的芒果干", "any
# non-spicy ones?"): no variant named, no fact says the shop has one
_KIND_WITHOUT = re.compile(r"有(?:没有)?(?:不|无|没|低|少)[\u4e00-\u9fff]{1,2}的|"
                           r"\b(?:any|got|have|is there an?|do you have an?)\s+(?:non-?|un|no-?|sugar-free|"
                           r"mild|plain|less)[a-z-]*\s+(?:ones?|versions?|kinds?|options?)\b")
# A word that asks for the deals: without one, "有X吗" is not a deals question.
# A deal asked in so many words ("any promo on the tent", 帐篷有优惠吗; not 到手多少, 便宜吗)
_DEAL_ASKED = re.compile(r"\b(?:deals?|on sale|discount\w*|promo\w*|coupons?|offers?|specials?)\b|"
                         r"优惠|打折|折扣|特价|促销|活动", re.I)
_DEAL_WORD = re.compile(r"\b(?:deals?|(?<!\bfor\s)sales?|discount\w*|marked down|reduced|promo\w*|"
                        r"coupons?|codes?|offers?|specials?|"
                        r"bargains?|bundles?|flash|giveaways?|freebies?|off|cheap\w*|savings?)\b|"
                        r"优惠|活动|福利|折(?![叠疊好起])|券|减|便宜|特价|秒杀|划算|到手|赠|(?<![附配运发寄])送(?![到货达])|福袋|红包|促销|降价|"
                        r"打折|捡漏|羊毛|薅", re.I)
# "how much <noun>": the amount of that noun ("how much protein"), unless the noun is the product
_HOW_MUCH_OF = re.compile(r"\bhow (?:much|many) (?!(?:ya|yall|you|u|we|do|does|would|will|should|"
                          r"can|could|want|wanna|again|now|rn|atm|tonight|today|then|tho|though|"
                          r"bro|fam|lol|total|altogether|exactly|currently|per|each|for)\b)([a-z]+)")
# A word that asks whether it is in stock: without one (or a variant), "坚果加盐了吗" is not.
_STOCK_WORD = re.compile(r"\b(?:stock|left|available|avail|sold|restock\w*|back|remaining|any|have|"
                         r"got|more|inventory|still|gone|running (?:out|low)|run out|selling (?:out|fast)|"
                         r"sell(?:ing)? out|grabs)\b|有货|现货|库存|还有|卖完|没了|剩|断货|补货|售罄|"
                         r"[能可]拍|还能买|能下单|还能抢|抢完|抢没|"
                         r"抢光|卖光|有吗|有没有|还有吗|没货|缺货|多少件|几件|几份", re.I)
# …and one that cannot ask anything else ("any", "have" can: "any msg in it?")
_IN_STOCK = re.compile(r"\b(?:in stock|available|avail|sold out|left|restock\w*|still (?:got|have))\b|"
                       r"有货|现货|库存|还有|卖完|卖光|断货|售罄|没货|缺货", re.I)
# Sending a thing somewhere (not back): "send the dumbbells to my PO box", 能寄到夏威夷吗
# A number and its unit ("800 gram", "2 lb")
_A_MEASURE = re.compile(r"\d+(?:\.\d+)?\s*-?\s*(?:[a-z]+|[\u4e00-\u9fff])")
# The product's own weight asked ("how light is it", "how heavy is the carrier", 多重)
_OWN_WEIGHT = re.compile(r"\bhow (?:heavy|light)\b|\bwhat does (?:it|the \w+) weigh\b|"
                         r"多重|几斤重|重不重|多少斤重")
# A count asked of things ("how many servings", 能喝多少次 / 几份: the servings; 多少颗 screws)
_COUNT_OF = re.compile(r"\bhow many ([a-z]{4,})|[喝吃用冲][多少几]+(次|份)|"
                       r"[多少几]+(份|颗|粒|片|支|根|枚|张|卷|袋|杯|瓶|罐)")
_COUNTED_ZH = {"次": "份"}  # (a serving is drunk once: 喝多少次 is counted in 份)


def _counts(text: str, word: str) -> bool:
    """Whether `text` counts `word` with a number ("73 servings", 73份)."""
    word = _COUNTED_ZH.get(word, word)
    if CJK_RE.search(word):
        return re.search(rf"\d\s*{word}", text) is not None
    # the word after the number, or the one after that ("73 small packs"; not "85 g pouches":
    # a weight, no count)
    return any(stem(first) == stem(word) or (
        second and first not in _WEIGHT_UNITS and stem(second) == stem(word))
        for first, second in re.findall(r"\d\s*([a-z]+)(?:\s+([a-z]+))?", normalize(text)))


_PER_DAY = re.compile(r"一天|每天|每日|一日|\ba day\b|\bper day\b|\bdaily\b|\beach day\b", re.I)
_WEIGHT_UNITS = frozenset("g kg ml l oz lb lbs cm mm m".split())


# Sending asked in any words (冻牛肉寄得过来不, "can it be shipped")
_SENT = re.compile(r"\b(?:send|ship|deliver|mail|post)\w*\b|寄|发货|运到|送到|快递|"
                   # a product to a place, nothing more ("car seat to spain?"; not "a flight
                   # to spain", "moving to NY")
                   r"^\W*(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+to\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\W*$",
                   re.I)
_SEND_TO = re.compile(r"\b(?:send|ship|deliver|mail|post)\w*\b(?![^?]*\bback\b)[^?]{0,40}\bto\b|"
                      r"[寄运送发]到", re.I)
# A kind of thing, not one product: "any deals on chargers", "camping stuff", 露营的东西
_KIND_ASKED = re.compile(r"\b(?:on|for)\s+(?:any\s+)?([a-z]+(?<!s)s)\W*$|\b(?:stuff|gear|things|products)\b|"
                         r"的?(?:东西|用品|产品|系列)|之类|类的")
# Back on sale, not sent back: "04 honey back??", "is the vanilla back yet"
_BACK_IN = re.compile(r"^(?!.*\b(?:send|sent|return\w*|refund\w*|bring|brought|mail|ship|money|"
                      r"exchange)\b).*(?<!the )(?<!my )(?<!your )(?<!its )(?<!lower )(?<!upper )"
                      r"(?<!sore )(?<!bad )\bback(?: yet| again| in)?\W*$|"
                      r"(?:回来|补货|到货|补上)了?[吗么没]")
# The measures a pack's fact gives for the whole pack, not for one piece of it
_SUMMED = frozenset({"weight", "capacity", "size", "count"})
# A question between two answers ("cooked or raw?", 甜的还是咸的), not "ok or not?"
_EITHER = re.compile(r"\bor\b(?!\s+(?:not|nah|no)\b)|还是", re.I)
_YES_NO_OPENING = re.compile(r"^\s*(?:yes|no|yep|nope)\s*[,.!;:]\s*|"
                             r"^\s*(?:是的|是|对|不是|没有|不能|不可以|可以|能|不)[，,。！；]\s*", re.I)
# Whether a thing fits or works with another ("fit a 2019 civic", "untuk Axia", 放得进Myvi吗)
_COMPAT_ASKED = re.compile(r"\b(?:fit|fits|fitting|compatible|work with|works with|work on|works on|"
                           r"for|suit|suits|suitable|untuk)\b|适合|适用|装得上|装得下|放得进|放得下|"
                           r"合用|能用在|能装|兼容", re.I)
# The names of particular things a viewer's question may hold: a word in Latin letters inside
# Chinese (Myvi), a capitalised word past the first, a word beside a model year (axia 2015), a
# model code (mk7, x5)
_PARTICULAR = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z][A-Za-z0-9-]{2,}|[A-Za-z][A-Za-z0-9-]{2,}"
                         r"(?=[\u4e00-\u9fff])|(?<=\w )[A-Z][a-z]{2,}\b|"
                         r"\b[a-z]{3,}(?=\s+(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d\s)[a-z]{3,}\b|"
                         r"\b[a-z]{1,3}\d{1,2}\b")


# A diet or a health condition the product is asked to suit (芒果干糖尿病人可以吃吗)
_DIET = re.compile(r"\b(?:diabet\w*|pregnan\w*|breastfeeding|nursing|keto|vegan|vegetarian|halal|"
                   r"kosher|gluten|lactose|celiac|coeliac|gout|hypertension)\b|糖尿病|孕妇|孕期|怀孕|"
                   r"哺乳|高血压|痛风|素食|吃素|清真|生酮|无麸质|乳糖不耐", re.I)


# An angle (not a temperature: no C or F after it, no 度 that may be either)
_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:°|degrees?\b|deg\b)(?!\s*(?:c|f|celsius|fahrenheit)\b)",
                      re.I)


def _other_angle(question: str, text: str) -> bool:
    """Whether `text` states angles, none of them the one `question` asks at ("how deep does
    it cut at 45 degrees": "max cut depth at 90°: 63 mm" is another's)."""
    asked, stated = set(_DEGREES.findall(read(question))), set(_DEGREES.findall(text))
    return bool(asked and stated and not asked <= stated)


def _faq_of_another(scorer: Answerability, chosen: Passage, question: str,
                    product: Product | None) -> bool:
    """Whether `chosen` is a FAQ whose own question is about a thing `question` does not
    name (`faq_of_another`)."""
    unit = next((u for u in scorer.units.get(chosen.sku, ()) if u.id == chosen.id), None)
    # (a FAQ bounding the measure asked answers it, whatever its own example: "fit a 17 inch
    # laptop?" of "fit a 16-inch MacBook Pro? Yes, laptops from 10 to 17.3 inches")
    return (unit is not None and unit.kind == "faq" and product is not None
            and bool(faq_of_another(unit.match, unit.text, question, product))
            and not bound_answers(product, unit.text, question))


def _listing(scorer: Answerability, sku: str) -> str:
    """Every passage of the product `sku` (its facts' words and keys), normalised."""
    return normalize(" ".join(f"{u.match} {u.text}" for u in scorer.units.get(sku, ())))


def unlisted_particular(question: str, listing: str) -> str:
    """The first particular thing (`_PARTICULAR`) a fit question names that `listing` (the
    product's passages, normalised) never does ("does the seat cover fit a 2019 civic": civic),
    or a diet or health condition (`_DIET`) it never names, else "": a fact about the thing it
    does name (the Myvi's wiper sizes, the mango's sugar) answers no other."""
    said = [m.group() for m in _DIET.finditer(question)]
    if _COMPAT_ASKED.search(question):  # (a word of an aspect is no particular thing: "XL")
        said += [m.group() for m in _PARTICULAR.finditer(question)
                 if normalize(m.group()) not in EN_STOP and not aspect_words(m.group())]
    return next((word for word in map(normalize, said)
                 if not re.search(rf"(?<![a-z0-9]){re.escape(word)}", listing)), "")


# The particular things a FAQ's own question is about: a run of capitalised or camel-case words
# (and numbers) past the first word (a Perodua Myvi, a Honda City, an iPhone 15), a word in
# Latin letters beside Chinese (Myvi用几寸); not one given as an example ("a hatchback like the
# Myvi")
# (an acronym is more often an aspect than a thing: GPS, ISOFIX; so is a compound: Wi-Fi)
_PROPER = r"(?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9_-])"
_FAQ_PARTICULAR = re.compile(
    rf"(?<=\w ){_PROPER}(?: (?:{_PROPER}|\d+[A-Za-z]*))*|"
    rf"(?<![A-Za-z0-9-]){_PROPER}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]){_PROPER}")
_EXAMPLE_BEFORE = re.compile(r"(?:\blike|\bsuch as|\be\.?g\.?|\bincluding|比如|例如|像)\s*(?:the\s+|a\s+)?$",
                             re.I)


# Words a viewer says after a thing's name that name no other thing ("myvi pls", "macbook fit")
_CHAT_WORDS = frozenset("""pls please plz ok okay lah la leh bro sis one ones model models car
cars phone laptop fit fits work works go goes use used can will would does do is are""".split())


def faq_of_another(faq_question: str, faq_answer: str, question: str, product: Product) -> str:
    """The particular thing (`_FAQ_PARTICULAR`) a FAQ's own question is about that the
    viewer's `question` does not name, else "": "What sizes for a Perodua Myvi?" (answered
    "24″ and 16″") answers nothing of a Bezza nor of a car nobody named ("wiper size?").
    A run's words after its first must all be named ("myvi" will do for "Perodua Myvi"); a
    thing the answer names too is heard with it ("Yes, the 2.8 L Hilux is fine"), unless the
    question names its kin ("perodua bezza"); the product's own names are no other thing,
    and a FAQ written in title case names none."""
    words = re.findall(r"[A-Za-z]+", faq_question)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return ""
    own = normalize(" ".join([product.name, product.name_zh or "", product.brand, *product.aliases]))
    asked, said = normalize(question), normalize(faq_answer)

    def named(word: str, text: str) -> bool:
        return bool(re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text))

    for m in _FAQ_PARTICULAR.finditer(faq_question):
        if _EXAMPLE_BEFORE.search(faq_question[: m.start()]):
            continue
        run = [w for w in map(normalize, m.group().split()) if w not in EN_STOP]
        if all(named(w, own) for w in run):  # (a run of its own names: "the AeroFlex")
            continue
        missing = [w for w in run[1:] or run if not named(w, asked)]
        if not missing:
            continue
        if any(named(w, asked) for w in run):
            # (its kin, named in its place: "perodua bezza"; not "16 inch macbook fit", a
            # MacBook Pro said loosely)
            after = [found.group(1) for w in run if (found := re.search(
                rf"(?<![a-z0-9]){re.escape(w)}\s+([a-z][a-z0-9-]+)", asked))]
            if any(a not in EN_STOP and a not in run and not _COMPAT_ASKED.fullmatch(a)
                   and not aspect_words(a) and a not in _CHAT_WORDS for a in after):
                return missing[0]
        elif not all(named(w, said) for w in run[1:] or run) or _own_latin(question, own, faq_question):
            return missing[0]  # (Axia用几寸的雨刷: a thing of its own, though the answer says Myvi)
    return ""


def _own_latin(question: str, own: str, faq_question: str) -> bool:
    """Whether a Chinese `question` names in Latin letters a thing neither the product's names
    (`own`, normalised) nor the FAQ's question do, and no aspect (Axia用几寸, not GPS有吗)."""
    if not CJK_RE.search(question):
        return False
    return any(w not in EN_STOP and w not in own and w not in normalize(faq_question)
               and not aspect_words(w) for w in map(normalize, re.findall(
                   r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9-]{2,}(?![A-Za-z0-9])", question)))


def _without_yes_no(text: str) -> str:
    """`text` less a yes or no it opens with ("Yes, it is steamed." → "It is steamed."), which
    answered another question than the viewer's; `text` itself when nothing else is left."""
    bare = _YES_NO_OPENING.sub("", text, count=1)
    return bare[:1].upper() + bare[1:] if bare else text


# Words that turn over what a yes or no answers ("non-GMO", "gluten free", 没有ISOFIX, 非转基因),
# less the asking forms that hold one (是不是, 有没有, 有添加剂没, "salted or not")
_POLARITY = re.compile(r"\b(?:non|free|not|no|without|\w+less)\b|n't\b|[非无不没免未]")
_ASKING_NOT = re.compile(r"([\u4e00-\u9fff])[不没]\1|[不没]有?[\s?？!！。~]*$|\bor (?:not|no)\b")


def _other_question(question: str, faq: Unit, product: Product | None) -> bool:
    """Whether a FAQ asks another thing than `question` that its answer speaks to, so that its
    yes or no is no answer here: "is it isofix?" is not "does it fit a car without ISOFIX? No,
    ISOFIX only" (one turns the other over), nor "are these for acoustic guitar?" "are these
    for electric guitar? No, for acoustic ones" (each asks a word the other does not, and its
    answer says the one asked). Words beyond the product's names, of the question's asking
    part (not the reason after it); `faq.match` is its question, `faq.text` its answer."""
    names = product.names() if product is not None else ()
    asked, theirs = (unnamed(question_part(normalize(q)), names) for q in (question, faq.match))
    turned = ({m.group() for m in _POLARITY.finditer(_ASKING_NOT.sub(" ", q))} for q in (asked, theirs))
    asked_terms, their_terms = content_terms(asked), content_terms(theirs)
    said = content_terms(unnamed(normalize(faq.text), names))
    beyond = asked_terms - their_terms
    return (next(turned) != next(turned) or bool(their_terms - asked_terms and beyond
                                                  and beyond <= said)) \
        and asked_terms <= their_terms | said


# A price of two things bought together: a bundle price no fact states
_TOGETHER = re.compile(r"\b(?:together|combined|altogether|in total|total)\b|一起|一共|合计|总共|加起来",
                       re.I)
# A viewer's own order ("where's my tracking", 我的快递到哪了): the shop's team, no fact here
_MY_ORDER = re.compile(r"\bwhere'?s my (?:order|package|parcel|stuff)|\b(?:my|the) tracking\b|"
                       r"tracking (?:number|no|info|link)|\border (?:status|number)\b|\bmy order\b|"
                       r"我的(?:订单|快递|包裹|货)|物流(?:信息|到哪|怎么)|快递单号|运单号|订单号", re.I)
_WHICH = re.compile(r"\b(?:vs|versus|compare\w*|cheaper|pricier|which)\b|哪个|比", re.I)
# Plain colour words in English (a colour asked: "in red", "any orange ones?")
_COLOUR_WORDS = ("red|blue|green|black|white|pink|purple|yellow|orange|grey|gray|brown|beige|navy|"
                 "gold|silver")
# A size asked for by its number or letters ("in 36?", "come in XL", "有40码吗")
_SIZE_ASKED = re.compile(r"\b(?:in|size|sz)\s+(?:x{0,4}[sl]|[2-6]?xl|m|small|medium|large|\d{1,2}(?:\.5)?)"
                         r"\s*[?？!]*$|\d{2}(?:\.5)?\s*码|有\s*(?:x{0,3}[sml]|[2-6]xl)\s*(?:码|号)?的?[吗么]",
                         re.I)
# A colour asked for (这个有黑色吗, 有没有粉色的): the colours it comes in
_COLOUR_ASKED = re.compile(r"有(?:没有)?\s*[\u4e00-\u9fff]{1,3}色(?:的|款)?(?:[吗么呢]|$)|"
                           rf"\b(?:in|any)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:{_COLOUR_WORDS})(?:\s+ones?)?"
                           r"\s*[?？!]*$")


def _list_asked(masked: str) -> str | None:
    """A size or colour asked for ("tee in medium?", 这个有黑色吗): the pattern of the spec keys
    that list what the product comes in, or None."""
    if _SIZE_ASKED.search(masked):
        return r"\bsizes?\b|尺码"
    return r"\bcolou?rs?\b|颜色" if _COLOUR_ASKED.search(masked) else None
# The spec keys that list what a product comes in
_LISTED = re.compile(r"colou?rs?|sizes?|颜色|尺码|码数", re.I)
# Question words that name what a shop answers (not an aspect of the product).
_SHOP_TERMS = frozenset("""stock left available sold price prices cost costs much many sale deal
deals discount link buy order sell selling carry""".split())
# A size, colour or dimension asked of a product ("the v-neck in XXXL", "in red", "the 75 inch
# tv", "有没有42码"): the product's stock is not that variant's.
# "the IH one", "the blue one": which one is meant, not what is asked of it
_THE_ONE = re.compile(r"\bthe [a-z0-9-]+ one\b")
_VARIANT_ASKED = re.compile(
    r"\b(?:in|size|sz)\s+(?:x{0,4}[sl]|[2-6]xl|m|small|medium|large|king|queen|twin|single|"
    r"double|full|\d+)\b|(?<![a-z0-9])[2-6]?x{1,4}[sl](?![a-z0-9])|\b(?:king|queen)[\s-]?size|"
    r"\bin\s+\d+(?:\.\d+)?\s*(?:kg|g)\b|\d+(?:\.\d+)?\s*(?:公斤|千克|斤)装|"
    r"\b\d+(?:\.\d+)?\s*(?:inch|inches|in\b|\"|cm|mm|l\b|litres?|liters?)|"
    rf"\b(?:{_COLOUR_WORDS})\b|"
    r"[红蓝绿黑白粉黄紫灰棕橙金银]色|\d+\s*(?:码|寸|英寸|号)|[xXsSmMlL]{1,4}码", re.I)
# A part or consumable of the product ("净水器滤芯多少钱", "how much is a replacement filter"):
# its price is not the product's.
_PART = re.compile(r"\b(?:filters?|cartridges?|replacements?|spare|batter(?:y|ies)|chargers?|"
                   r"remotes?|accessor(?:y|ies)|refills?|mop pads?|dust bags?|brush(?:es)?|"
                   r"inner pot|lid|basket|mounts?|brackets?|rain covers?|dust covers?|straps?|"
                   r"nozzles?|hoses?|adapters?|power cords?)\b|滤芯|滤网|配件|电池|充电器|遥控器|"
                   r"替换|耗材|拖布|尘袋|边刷|内胆|炸篮|锅盖|挂架|支架|底座|防雨罩|防尘罩|保护套|收纳袋|"
                   r"刷头|电源线|适配器", re.I)
_MONEY = re.compile(r"[¥$￥£€]\s*\d|\d\s*(?:元|块|yuan|rmb|usd|dollars?|pounds?|euros?)", re.I)
# A fact about colour by its key, not by a colour word in what it says ("modes: red light")
_COLOUR_KEY = re.compile(r"\bcolou?r(?:s|way)?\b|\bshades?\b|颜色|配色|色号|外观", re.I)
# An amount asked at all: a price per unit needs one ("mango per 100g?", 一杯多少)
_AMOUNT_ASKED = re.compile(r"\bper\b|/|\beach\b|\bhow much\b|\bprice|\bcost|[?？]|多少|几|啥|"
                           r"[钱价$¥£€]", re.I)
# A colour asked as the colour it comes in ("in red?", "the white one", 红色的), not a thing of
# that colour ("a red light", "a white cast")
_COLOUR_ASKED = re.compile(
    r"\b(?:red|black|white|grey|gray|blue|green|brown|pink|yellow|purple|orange|silver|gold|"
    r"beige|navy|khaki)\b(?!\s+(?!(?:one|ones|colou?r|version|option|in|or|and|pls|please)\b)"
    r"[a-z])|[红黑白灰蓝绿棕粉黄紫橙银金米]色", re.I)
# A part bought on its own asked ("filters sold separately?", 滤芯单卖吗): as its price is
_SEPARATELY = re.compile(r"\b(?:sold|sell|buy|get)\w*\b.{0,20}\bseparately\b|\bon (?:its|their) own\b|"
                         r"单卖|单独[卖买售]|另外[卖买]|分开[卖买]", re.I)
# "do you have chicken?", "你们有羊肉吗": whether the shop carries a thing, never answered by
# another product's facts that mention it (the air fryer's "a chicken up to 1.3 kg fits").
_CARRY = re.compile(r"\b(?:do|does)\s+(?:you|u|ya|y'all|the shop)\s+(?:guys\s+)?(?:have|sell|carry|"
                    r"stock)\b|\b(?:got|have|sell)\s+any\b|你们?(?:有|卖)|有没有|有卖|卖不卖", re.I)
_PRICE_WORD = re.compile(rf"\b(?:price|prices|cost|costs|cheap\w*|expensive|much|{CURRENCY_WORDS}|"
                         rf"go(?:ing|in'?) for)\b|[£€¥$₱₹]|价|钱|贵|便宜|{_ZH_CURRENCY}", re.I)


# Haggling: a lower price asked for oneself ("can give discount?", "kasi murah sikit la",
# 能便宜点吗, "last price boss?"). No fact grants one; the host says prices are the same for all.
# A sum of money in figures or words ("20", "£20", "a hundred and fifty", "thirty")
_SUM = (r"(?:[£$€¥₹]?\d[\d.,]*k?|(?:a|one|two|three|four|five)\s+(?:hundred|thousand|grand)"
        r"(?:\s+and\s+[a-z]+)?|(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)")
_HAGGLE = re.compile(
    r"\b(?:(?:can|could|pls|please|plz)\s+(?:you\s+|u\s+)?(?:give|gimme|do|make|bagi|kasi)\s+"
    r"(?:me\s+|us\s+|it\s+)?(?:a\s+|some\s+|any\s+|more\s+|extra\s+|a\s+bit\s+|a\s+little\s+)?"
    r"(?:discount|cheaper|lower|less)|give\s+(?:me|us)\s+(?:a\s+|some\s+|more\s+|extra\s+)?discount|"
    r"discount\s+(?:for\s+me|pls|please|plz|boss|bos|bro|sis)|last\s+price|lowest\s+you\s+can\s+go|"
    r"best\s+price\s+(?:for\s+me|boss|bos|bro|sis)|lower\s+(?:the\s+)?price|"
    r"cheaper\s+(?:for\s+me|pls|please|plz)|(?:can|boleh)\s+nego\w*|nego(?:tiable)?(?=\s*\??\s*$)|"
    r"(?:kasi|bagi|buat)\s+(?:murah|cheap)|(?:murah|cheap)\s+(?:sikit|lagi|a\s+bit)|"
    r"kurang\s+(?:sikit|lagi|harga|a\s+bit)|(?:boleh|can)\s+kurang|tawar)\b|"  # (read by plain_english)
    r"(?:能|可以|可不可以|能不能|再)?便宜(?:点|一点|些|一些)(?!的)|少(?:一)?点(?:啦|吧|嘛|呗|可以吗|行吗)|"
    r"(?:打|给)(?:个|点)折(?:吧|呗|嘛)|抹(?:个)?零|砍(?:个)?价|议价|讲价|还价|"
    # (a cut of the viewer's own: 能不能打个八折, 再便宜十欧, 能不能再便宜)
    r"(?:能不能|可不可以|可以|能|给我|帮我)\S{0,2}打(?:个)?[一二三四五六七八九]五?折|"
    r"(?:能不能|可不可以|可以|能|再)\S{0,2}便宜[\d一二两三四五六七八九十百]+\s*"
    r"(?:块钱|块|元|欧元|欧|英镑|镑|刀|美金|美元|马币|令吉|新币|蚊)?|(?:能不能|可不可以)再便宜|"
    r"\b(?:can|could)\s+(?:i|we|u|you)\s+(?:get|have|give)\s+(?:me\s+)?\d+\s*%\s*off\b|"
    r"平(?:啲|d|一点)(?:啦|得唔得|吧)|"
    # a price of the viewer's own ("can you do the bangle for 600", "knock 10% off", 30块卖不卖)
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:do|let|sell)\b.*\bfor\s+\S*\d\S*"
    r"(?:\s+(?:quid|bucks|euros?|dollars?|pounds?|ringgit|pesos?|rupees?))?|"
    r"\b(?:would|will)\s+(?:you|u)\s+take\s+\S*\d|\bknock\b.*\boff\b|"
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+do\s+\S*\d\S*\s+for\b|"  # ("do 15 for the nappies")
    r"\b\d+\s*(?:quid|bucks|euros?|dollars?|ringgit|pesos?)?\s+(?:can|ok|okay|boleh|pwede)\W*$|"
    r"\b(?:kaya|pwede)\s+(?:ba\s+)?(?:na\s+)?\S*\d|\d+\s+(?:mein|me|mai)\s+(?:de\s*do|doge|milega)\b|"
    # (a cheaper price asked on a quantity; "buy 2 get discount?" asks the deals)
    r"\b(?:if i buy|if we buy|buy|buying)\s+(?:\d+|two|three|four|five|six|ten)\b.{0,40}"
    r"\b(?:cheaper|less|knock)\b|"
    r"\d+\s*(?:块|元|蚊|镑|刀|美金|马币|令吉|新币)?(?:卖不卖|卖吗|行不行|可以吗|得唔得)|"
    # a discount asked on a quantity (老板口红买三支可以打折吗, "discount if i get 3?")
    r"买[\d两二三四五六七八九十几]+\S{0,4}(?:可以|能)?(?:打折|便宜)|"
    r"\b(?:discount|deal|cheaper)\s+(?:if|when)\s+(?:i|we|u)\s+(?:buy|get|order|take)\s+"
    r"(?:\d+|two|three|four|five|six|ten|a few|several)\b|"
    # a discount of the viewer's own kind ("any chance of a tradie discount", "mates rates?")
    r"\bany chance (?:of|for) (?:a |some )?(?:\w+\s+)?discount\b|"
    r"\b(?:tradie|mates?|friends?|family|staff|loyal customer)(?:'s|s')?\s+(?:discount|rates?|price)\b|"
    # an offer of the viewer's own, then "deal?" ("two for thirty quid, deal?")
    rf"\bfor\s+{_SUM}(?:\s+(?:quid|bucks|euros?|dollars?|pounds?))?\s*[,.]?\s*(?:deal|ok|okay|can do)"
    r"\s*\?*\s*$|"
    # Tagalog, Malay and mainland bargaining ("pwede pa tawad", "harga nego tak", 给个友情价)
    r"\btawad\b|\bnego\s+(?:tak|boleh|ke|x)\b|友情价|交个朋友价|"
    r"\b\d+\s+ok\s+(?:tak|ke|x)\b", re.I)
_COMPARED = re.compile(r"\b(?:which|or|vs|than|instead of)\b|哪|比|还是", re.I)
# A discount on a condition a shop's policy may grant ("if i buy 10", "for 5 pcs", "if i
# subscribe", 买两个): that policy's question where the shop has one, a haggle where it has none
_QUANTITY = (r"\b(?:for \d+|buy \d+|\d+\s*(?:pcs|pieces|units|sets|boxes|packs|bags|bottles|cases)|"
             r"bulk)\b|买[\d两二三四五六七八九十几]|多买|批发")
_ON_CONDITION = re.compile(rf"{_QUANTITY}|\b(?:if|when|subscri\w*|auto|repeat|member\w*|students?|"
                           r"trade|tradies?|tradespeople|abn|loyal\w*)\b|会员", re.I)
# (the condition's kind, the words of a policy granting a discount on it)
_DISCOUNT_POLICIES = tuple((re.compile(cond, re.I), re.compile(terms, re.I)) for cond, terms in (
    (_QUANTITY, r"\b(?:bulk|wholesale|quantity|trade|buy \d+)\b|批发|批量|团购|多买"),
    (r"\b(?:subscri\w*|auto|repeat)\b", r"\bsubscri\w*|订阅"),
    (r"\b(?:member\w*|students?|loyal\w*)\b|会员", r"\b(?:members?|membership|loyalty|students?|"
     r"points)\b|会员|积分"),
    (r"\b(?:trade|tradies?|tradespeople|abn)\b", r"\b(?:trade|tradies?|tradespeople|abn)\b"),
))


def _discount_granted(question: str, policies: Iterable[Policy]) -> bool:
    """Whether one of `policies` grants a discount on the condition `question` names (any
    discount on a condition where it names none of the kinds: "if i pay now")."""
    return bool(_granting(question, policies, named_only=False))


def _granting(question: str, policies: Iterable[Policy], named_only: bool = True) -> list[Policy]:
    """The policies granting a discount on the kind of condition `question` names (bulk,
    subscription, members); `named_only=False`: on any kind, where it names none."""
    kinds = [terms for cond, terms in _DISCOUNT_POLICIES if cond.search(question)] or (
        [] if named_only else [terms for _, terms in _DISCOUNT_POLICIES])
    return [p for p in policies if any(
        terms.search(" ".join([*p.title.values(), *p.keywords, *p.text.values()])) for terms in kinds)]


def _haggled(question: str, policies: Iterable[Policy] = ()) -> bool:
    """Whether `question` only haggles: a `_HAGGLE` phrase, and nothing else asked beside it
    ("扫地机器人啥价 能便宜点不" asks the price first; "哪个便宜点" compares). A discount on a
    condition ("if i buy 10") haggles only where none of `policies` grants such discounts."""
    q = normalize(question)
    if not _HAGGLE.search(q) or _COMPARED.search(q) or _ON_CONDITION.search(q) and \
            _discount_granted(q, policies):
        return False
    rest = _HAGGLE.sub(" ", q)
    return not (_PRICE_WORD.search(rest) or re.search(r"多少|几|how many|\bstock\b|有货|现货", rest))


def _nothing_asked(question: str) -> bool:
    """A line that asks the facts nothing, whatever product it names: the viewer's own life,
    order or purchase ("my dog loves salmon", "where's my tracking", 买了), the host's
    ("你是机器人吗", "what size shoe do you wear"), or a judgement or the viewer's own state
    with no question shape or mark ("eggs are so expensive now", 牛肉现在好贵啊, 我嗓子好痒)."""
    if any(rx.search(question) for rx in (_TELLING, _YOU_ARE, _HOST_OWN, _BOUGHT, _MY_ORDER)):
        return True
    q = normalize(question).strip()
    # ("看得我手痒", "我嗓子好痒": the viewer's own state, said, not asked)
    return not q.endswith(("?", "？")) and not QUESTION_SHAPE.search(q) and (
        EVALUATIVE.search(q) or _PRAISE.search(q) or _FIRST_PERSON.search(q)) is not None


def _policy_topics(policies: Iterable[Policy], question: str,
                   covered: Iterable[str] | None = None) -> tuple[str, ...]:
    """Topics (outside `covered`, by default POLICY_TOPICS') whose policy keywords the
    question uses."""
    covered = set(covered if covered is not None else
                  (t for ts in POLICY_TOPICS.values() for t in ts))
    q = normalize(question)
    return tuple(dict.fromkeys(
        pol.topic for pol in policies if pol.topic not in covered
        and any(len(k) >= 2 and (k in q if CJK_RE.search(k) else re.search(
            rf"\b{re.escape(k)}", q)) for k in map(normalize, pol.keywords))))


def policy_passages(policies: Iterable[Policy], intent: Intent,
                    topics: tuple[str, ...] = (), named: Iterable[Policy] = ()) -> list[Passage]:
    """The shop's policies on the intent's topics (or on `topics`), as passages; of those,
    only the ones in `named` (what the question names) when it names any of them."""
    topics = topics or POLICY_TOPICS.get(intent, ())
    chosen = [pol for pol in policies if pol.topic in topics]
    named = list(named)  # in the order named: the most specific first
    chosen = sorted((pol for pol in chosen if pol in named), key=named.index) or chosen
    return [
        Passage(f"{pol.title.get(lang) or pol.topic}: {text}", "", "policy", lang, 0.0,
                f"policy:{pol.id}:{lang}")
        for pol in chosen for lang, text in pol.text.items()
    ]


def _price_range(product: Product | None, facts: Facts, now: float, roles: frozenset[str],
                 question: str = "") -> tuple[Offer, Offer] | None:
    """The cheapest and dearest live offers among the product's in-stock variants (those
    `question` names, where it names several: "senior dog food" is its Senior bags), or None
    when they all sell at one price (or it has no variants)."""
    if product is None:
        return None
    named = {v.sku for v in variants_named(product, question)} if question else set()
    offers = sorted((facts.live_offer(v.sku, now, roles) for v in product.variants
                     if v.sku in facts and facts.get(v.sku).in_stock
                     and (not named or v.sku in named)), key=lambda o: o.price)
    if len({o.price for o in offers}) < 2:
        return None
    return offers[0], offers[-1]


def _key_words(unit: Unit, product: Product) -> set[str]:
    """A spec's key without the option values in it: "4-person floor" → {"floor"}."""
    values = {w for var in product.variants for v in var.options.values()
              for w in re.findall(r"[a-z\u4e00-\u9fff]+", normalize(v))}
    return set(re.findall(r"[a-z\u4e00-\u9fff]+", normalize(unit.id.split(":")[-1]))) - values


def _other_variant(unit: Unit, product: Product | None, question: str) -> bool:
    """A fact that names another variant's option value than the one asked ("2-person
    weight" when the 4-person tent is asked)."""
    if product is None:
        return False
    named = {normalize(v) for var in variants_named(product, question) for v in var.options.values()}
    others = {normalize(v) for var in product.variants for v in var.options.values()} - named
    text = normalize(f"{unit.match} {unit.text}")
    return any(o in text for o in others) and not any(n in text for n in named)


def _policy_unit(pol: Policy) -> Unit:
    """A policy as one unit to score a question's words against: its texts and keywords."""
    words = " ".join([*pol.text.values(), *pol.keywords])
    return Unit(f"policy:{pol.id}", "policy", "", words, words)


def _policies_named(policies: Iterable[Policy], question: str,
                    places_only: bool = False) -> list[Policy]:
    """The policies naming a place the question names, in either language and by region
    ("能寄香港吗" names the policy listing Hong Kong; "ship to the US?" the one saying
    "overseas"), and unless `places_only`, those whose keywords it uses ("is it fixable if
    broken": the warranty's "broken")."""
    q = normalize(question)
    policies = tuple(policies)
    asked = _asked_places(question, policies)
    out = []
    for pol in policies:
        if (asked and asked & _places_of(pol)) or not places_only and any(
                len(k) >= 2 and (k in q if CJK_RE.search(k) else re.search(rf"\b{re.escape(k)}", q))
                for k in map(normalize, pol.keywords)):
            out.append(pol)
    # the policy naming the place itself (or the region it lies in) before one covering it as
    # part of "mainland China" or "overseas" (Lhasa is the Tibet policy's, not the standard
    # one's), and that before one that only shares a keyword ("ship to london?": "overseas")
    return sorted(out, key=lambda pol: (not (asked & _listed_places(pol)),
                                        not (asked & _named_places(pol)),
                                        not (asked & _places_of(pol))))


# Words after a place that leave it whole ("ship to iqaluit please"; not "scotland highlands")
_AFTER_PLACE = r"(?:pls|please|plz|too|and|or|from|for|by|with|at|on|asap|thanks|thx|lol|rn|now)\b"


def _asked_places(question: str, policies: tuple[Policy, ...]) -> frozenset[str]:
    """The places `question` names (one followed by another country's state or country is
    that country: "perth, scotland"), with the country of each city in it, where no policy
    prices that country by where in it (`_countries_split`): "ship to auckland?" asks the
    policy naming New Zealand, but "Inverness" stays itself where a policy names Belfast.
    Kept per question and policies (a question's grounds ask it several times)."""
    return _places_asked(question, tuple((tuple(pol.regions), tuple(pol.keywords),
                                          tuple(pol.text.values())) for pol in policies))


@functools.lru_cache(maxsize=1024)
def _places_asked(question: str, policies: tuple[tuple[tuple[str, ...], ...], ...]) -> frozenset[str]:
    """`_asked_places` over each policy's (regions, keywords, texts)."""
    norm = normalize(question)
    own = {n for regs, _, _ in policies for n in map(normalize, regs)}
    listed = {n for n in own if len(n) >= 3 and (regions.is_city_or_country(n) or re.search(
        rf"\b(?:to|into|in)\s+(?:the\s+)?{re.escape(n)}\b(?!\s+(?!{_AFTER_PLACE})[a-z])", norm)
    )} if _SEND_TO.search(question) else ()
    # (and a place a policy lists, wherever the line sends it: "ship the 88 key piano to
    # Boston"; one too small for the gazetteer where it is sent to: "ship to iqaluit")
    # (a state only where a policy's regions name its country: "ship to texas?" at a US shop
    # whose policies list only the states it does not ship to is no place asked)
    listed_in = {c for regs, _, _ in policies for r in regs
                 if (c := regions.country_of(r)) and normalize(r) in regions.names_of(c)}
    places = frozenset(p for p in regions.mentioned(question)
                       if not regions.is_state(p) or regions.country_of_city(p) in listed_in)
    said = places | {n for n in listed if regions.named_in(question, frozenset({n}))
                     and not any(n in p for p in places)}  # ("western australia": no Australia)
    # (a place followed by the country it is in is that country's: "london uk" is no London a
    # policy for Ontario lists; "perth, scotland" no Perth the gazetteer knows in Australia)
    qualified = {a: q for a in said if (q := regions.qualifier_country(question, a))}
    asked = frozenset(a for a in said if a not in qualified or (all(
        qualified[a] in _countries_named(regs) for regs in listing)
        if (listing := [regs for regs, _, _ in policies if a in map(normalize, regs)])
        else not regions.qualified_elsewhere(question, a)))
    asked |= {n for a, q in qualified.items() if a not in asked for n in regions.names_of(q) | {q}}
    if not asked:
        return asked
    split = {c for pol in policies for c in _countries_split(*pol)}
    # (not a place a policy lists itself: its Yukon is Canada's, whatever Oklahoma has)
    countries = {c for a in asked - own if (c := regions.country_of_city(a)) and c not in split}
    # (only countries the place list knows: "georgia" the country is no US state a policy names)
    return asked | {n for c in countries for n in regions.names_of(c)}


@functools.lru_cache(maxsize=256)
def _countries_split(named: tuple[str, ...], keywords: tuple[str, ...],
                     texts: tuple[str, ...]) -> frozenset[str]:
    """The countries a policy prices by where in them: those it names a city or region of
    (Belfast: the UK), less one its regions name whole (the US policy listing Boston covers
    Denver too), and less a namesake in a town list of another country (Ontario's London)."""
    mine = _countries_named(named)
    whole = {c for r in named if (c := regions.country_of(r)) and normalize(r) in regions.names_of(c)}
    terms = [*(r for r in named if (regions.country_of_city(r) or regions.country_of(r)) in mine),
             *keywords, *(n for t in texts for n in regions.mentioned(t))]
    return frozenset(c for t in terms if (c := regions.country_of_city(t) or regions.country_of(t))
                     and normalize(t) not in regions.names_of(c) | {c}) - whole  # ("the US": whole)


@functools.lru_cache(maxsize=256)
def _countries_named(named: tuple[str, ...]) -> frozenset[str]:
    """The country a policy's regions name most, itself or by its cities and regions (Belfast:
    the UK): the country the policy is about. Only the most named, as a town list holds
    namesakes of bigger towns abroad (Ontario's London and Kingston, BC's Victoria)."""
    counts = Counter(c for t in named if (c := regions.country_of_city(t) or regions.country_of(t)))
    top = max(counts.values(), default=0)
    return frozenset(c for c, n in counts.items() if n == top)


def _names_product(pol: Policy, product: Product) -> bool:
    """Whether a policy's text names `product` by a word of its names or its category's head
    noun ("the robot vacuum", "appliances", "Strollers … ship to Germany only")."""
    said = {stem(w) for text in pol.text.values() for w in re.findall(r"[a-z]{3,}", normalize(text))
            if w not in EN_STOP}  # ("the beef" is no product "the" warranty names)
    zh = " ".join(t for t in pol.text.values() if CJK_RE.search(t))
    words = {stem(w) for n in product.names() for w in re.findall(r"[a-z]{3,}", normalize(n))
             if w not in EN_STOP}
    words.add(stem(normalize(product.category).split()[-1]) if product.category.strip() else "")
    return bool(words & said) or any(len(n) >= 2 and n in zh for n in product.names()
                                     if CJK_RE.search(n))


def _warrants(pol: Policy, product: Product, catalog: dict[str, Product]) -> bool:
    """Whether a warranty policy covers `product`: it names none of the shop's products (a
    shop-wide warranty), or it names this one (`_names_product`)."""
    return _names_product(pol, product) or not any(_names_product(pol, p) for p in catalog.values())


def _listed_places(pol: Policy) -> frozenset[str]:
    """The places a policy's regions list, by any of their names (Perth: the WA policy's, not
    the one naming all Australia)."""
    return frozenset(n for r in pol.regions for n in regions.names_of(r) | {normalize(r)})


def _named_places(pol: Policy) -> frozenset[str]:
    """The places a policy names in its regions, with the places inside them (no groups)."""
    return frozenset(n for r in pol.regions for n in regions.names_of(r) | regions.inside(r))


def _places_of(pol: Policy) -> frozenset[str]:
    """Every place name a policy covers: its regions, keywords and the places its text names
    ("to mainland China" covers Chengdu; "or overseas" covers Canada)."""
    return _places(tuple(pol.regions), tuple(pol.keywords), tuple(pol.text.values()))


@functools.lru_cache(maxsize=256)
def _places(named: tuple[str, ...], keywords: tuple[str, ...],
            texts: tuple[str, ...]) -> frozenset[str]:
    terms = [*named, *keywords, *(n for t in texts for n in regions.mentioned(t))]
    terms += [m for t in texts for m in regions.MAINLAND if regions.named_in(t, {m})]
    return frozenset(n for t in terms for n in regions.covered_by(t))


def policy_amounts(policies: Iterable[Policy],
                   passages: Iterable[Passage]) -> tuple[tuple[str, str], ...]:
    """(name, amount) of each policy a passage quotes: what `{policy:NAME}` slots may say."""
    quoted = {p.id.split(":")[1] for p in passages if p.id.startswith("policy:")}
    return tuple((k, v) for pol in policies if pol.id in quoted for k, v in pol.amounts.items())


def _naming_words(product: Product | None, question: str) -> set[str]:
    """Words of `question` that name `product` or one of its variants ("the black ipod"):
    they say which one, not what is asked about it."""
    if product is None:
        return set()
    variants = variants_named(product, question)
    listed = values_named(product, question)  # "the v-neck in large": a size its specs list
    if not variants and not listed:  # "牛肉是草饲的吗": a word of the name may be just what is asked
        return set()
    named = [*product.names(), *(w for v in variants for key, value in v.options.items()
                                 for w in (key, *value_forms(value))),
             *(w for value in listed for w in value_forms(value))]
    return {t for name in named for t in content_terms(name)}


class _Asked(TypedDict):
    """The `Grounds` fields every outcome of `gather` shares: the question and how it was
    understood."""

    question: str
    lang: str
    now: float
    role: Role
    evidence: Evidence
    intents: tuple[str, ...]
    resolved: str


@dataclass(frozen=True, slots=True)
class _Reading:
    """A question as read before its facts are: the product it names (`res`), the classifier's
    intents (`found`), the words that name the product or a variant (`naming`), and its other
    content words (`terms`), with the shop's answerability scorer and the product on air."""

    evidence: Evidence
    res: Resolution
    found: Intents
    naming: frozenset[str]
    terms: frozenset[str]
    scorer: Answerability
    on_air: str | None = None

    @property
    def query(self) -> str:
        return self.evidence.query

    @property
    def masked(self) -> str:
        return self.res.masked

    @property
    def confidence(self) -> float:
        return self.found.scores[0][1]

    def listed_values(self) -> set[str]:
        """The words of the product's listed colours and sizes (a spec, not variants)."""
        return {t for u in self.scorer.units.get(self.res.sku or "", ())
                if u.kind == "spec" and _LISTED.search(u.match) for t in content_terms(u.text)}

    @property
    def words(self) -> set[str]:
        """The terms of more than one character (not the fallback of 有货吗 → 货)."""
        return {t for t in self.terms if len(t) > 1}

    @property
    def own_words(self) -> set[str]:
        """Words of the question that are words of the named product's own names ("15w" of
        "how much is the 15W charger"): they name it, they ask nothing of it."""
        names = self.scorer.names_of(self.res.sku or "")
        own = {t for n in names for t in content_terms(n)}
        squashed = [re.sub(r"\s+", "", n) for n in names]  # "1800w" of "Hair Dryer 1800 W"
        return {w for w in content_terms(self.res.masked)
                if w in own or (any(c.isdigit() for c in w) and any(w in n for n in squashed))}

    @property
    def without_own_measures(self) -> str:
        """The masked question less the measures of the named product's own names ("how much
        is the 250 ml shampoo": the 250 ml is which shampoo, not a capacity asked)."""
        names = self.scorer.names_of(self.res.sku or "")
        out = self.res.masked
        for n in names:  # (in any unit's spelling: "65 in" of the "65-inch" TV)
            for m in re.finditer(r"(\d+(?:\.\d+)?)\s*-?\s*([a-z]+)\b", normalize(n)):
                out = re.sub(rf"(?<![\d.]){re.escape(m.group(1))}\s*-?\s*(?:[a-z]+\b|\"|英?寸)",
                             " ", out)
        return out

    def product_states(self, asked: set[str]) -> bool:
        """A fact of the named product holds these words ("protein" → "protein: 8.5 g")."""
        return bool(self.res.sku and asked) and any(
            self.scorer.coverage(asked, u) >= MIN_SCORE
            for u in self.scorer.units.get(self.res.sku or "", ()))


def _read(evidence: Evidence, catalog: dict[str, Product], on_air: str | None) -> _Reading:
    res = resolve(evidence.query, evidence, catalog, on_air)
    naming = _naming_words(catalog.get(res.sku or ""), evidence.query)  # "M" keeps its capital
    return _Reading(evidence, res, default_classifier().classify(res.masked), frozenset(naming),
                    frozenset(content_terms(_OFFER_RE.sub(" ", res.masked)) - naming),
                    answerability(catalog), on_air)


# "how much weight can it take", "how much water does it hold": an amount of an aspect, no price
_AMOUNT_OF = re.compile(r"\bhow much (?:weight|load|power|water|space|room|volume|juice)\b")


def _classified(r: _Reading, product: Product | None) -> tuple[Intent, bool]:
    """The classifier's intent ("info" when unsure), where the words overrule it: an offer
    word asks the offer, a part's price is no price of the product, stock needs a word of
    stock. And whether the price of a part of `product` is asked ("the X stand", 滤芯)."""
    intent = r.found.top if r.confidence >= MIN_INTENT else "info"
    if intent == "info" and r.found.top == "stock" and _VARIANT_ASKED.search(r.masked):
        intent = "stock"  # "tee in medium?": a size asked for, however unsure the classifier
    elif intent in ("info", "price") and _list_asked(r.masked) and not _PRICE_WORD.search(r.masked):
        intent = "spec"  # "毛衣有M吗", 这个有黑色吗: the sizes or colours it comes in
    if intent == "info" and _OFFER_RE.search(r.masked):  # "牛肉有优惠码吗": the offer, however unsure
        intent = r.found.top if r.found.top in ("price", "stock", "deals") else "price"
    part_price = (intent == "price" or _SEPARATELY.search(r.masked) is not None) and (
        _PART.search(r.masked) is not None or names_a_part(r.masked, product)) \
        and not _AMOUNT_OF.search(r.masked)  # (names masked)
    if intent in ("price", "stock") and _PART.search(r.masked):
        intent = "spec"  # "净水器滤芯多少钱": the filter's price is not the purifier's
    if intent == "stock" and not _STOCK_WORD.search(r.query) and not _VARIANT_ASKED.search(r.masked):
        intent = "spec" if r.terms else "stock"  # "坚果加盐了吗" asks the salt, not the stock
    if intent == "stock" and re.search(r"限购|\blimits?\b", r.masked):
        intent = "price"  # "牛肉限购吗": the per-viewer limit is part of the offer line
    if r.res.how in ("named", "fuzzy") and intent in ("info", "spec") and _ASKED_FOR.match(r.masked) \
            and r.on_air in (None, r.res.sku):  # with the jacket on air, 有帽子吗 may ask its hood
        intent = "stock"  # "牛肉有吗", "有苹果吗", "got jerky?": nothing asked of it but whether it is
    if intent in ("info", "returns", "spec") and r.res.sku and _BACK_IN.search(r.masked):
        intent = "stock"  # "04 honey back??", "is vanilla back yet", 跳绳回来了吗: restocked or not
    return intent, part_price


def _named_by_facts(r: _Reading, intent: Intent, facts: Facts, dense: Dense | None) -> _Reading:
    """With no product named, the one whose own facts clearly answer ("is it GMO?" → the
    corn); with a product on air, only that one ("防水吗", "tumble dry them?"). Never for a
    price, stock or a shop topic: "how much is the chicken" is not the air fryer whose FAQ fits
    a chicken, nor 辣条 the jerky whose spec says 辣; "is it under 100?" is no product's
    "install: under the sink"."""
    claims_price = PRICE_CLAIM.search(r.masked) is not None and not aspect_words(r.masked)
    if r.res.how not in ("none", "on_air") or intent in (*SHOP_INTENTS, *NAMED_INTENTS) \
            or claims_price or _CARRY.search(r.query) or (
                r.res.how == "none" and _SHOP_TOPIC["shipping"].search(r.query)):  # ("how much to post two
        return r  # 12kg bags" sends them; no product's 12 kg answers it)
    cands = [m.sku for m in r.evidence.products[:5] if m.sku in facts]
    if r.res.how == "on_air":
        cands = [r.res.sku] if r.res.sku else []
    if (hit := r.scorer.find(cands, r.masked, r.evidence.lang, dense=dense)) is None:
        return r
    return replace(r, res=replace(r.res, sku=hit[0], how="facts", named=(hit[0],)))


# An amount of a substance asked (caffeine, protein) and money asked in any words
_SUBSTANCE = re.compile(r"\b(?:caffeine|protein|calories|kcal|sugar|sodium|carbs|mg|milligrams?)\b|"
                        r"咖啡因|蛋白质|热量|卡路里|糖分|含糖|钠|脂肪|碳水|毫克", re.I)
_MONEY_ASKED = re.compile(rf"\b(?:price|prices|cost|costs|pay|bucks|dollars?)\b|钱|价|块{_KUAI_MONEY}|元|"
                          r"[¥$£€]", re.I)


# The cost of delivery asked, with or without a product named (not "the price with shipping")
_DELIVERY_COST = re.compile(r"运费|邮费|快递费|\bpostage\b|\b(?:shipping|delivery|courier) "
                            r"(?:costs?|fees?|charges?|prices?)\b|\bhow much (?:is |for |does it "
                            r"cost for )?(?:the )?(?:shipping|delivery|courier)\b|"
                            r"\b(?:how much|costs?|price) to (?:ship|post|deliver|send)\b", re.I)
# How many are left, asked at the end of a count ("how many packs of the seaweed left", 还剩几个)
_LEFT_ASKED = re.compile(r"\bhow many\b[^?]*\b(?:left|remaining|still available|in stock)\s*[?!.]*$|"
                         r"(?:还剩|剩下?)(?:多少|几)(?:个|件|包|盒|台|袋|箱|瓶|套|条)?[吗呢啊?？]*$", re.I)
# …but not hours, charges, colours, a sale's time or a battery's charge left ("how many charges
# left", 活动还剩多少, 电量还剩多少)
_COUNTED_NOT_STOCK = r"hours?|minutes?|days?|charges?|percent|colou?rs?|options?|time"
_NOT_LEFT = re.compile(rf"\b(?:{_COUNTED_NOT_STOCK}|sizes?)\b|%|活动|优惠|电量|时间|颜色|尺码", re.I)
# A count of time, colours or charges asked, or the hand a thing is for: no stock "left" ("how
# many minutes of runtime are left", "how many colours still available", 还剩几分钟, "left handed?")
_NO_STOCK_COUNT = re.compile(rf"\bhow (?:many|much) (?:more )?(?:{_COUNTED_NOT_STOCK}|mins?)\b|"
                             r"(?:几|多少)个?(?:分钟|小时|天|种?颜色|隻色)|"
                             r"多久|几耐|多长时间|\b(?:left|right)[- ]?hand(?:ed)?\b|\blefty\b|左手|左撇子",
                             re.I)
# "ships with" said of what comes in the box ("does the stove ship with gas?")
_SHIPS_WITH = re.compile(r"\bships?\s+with\s+(?=(?:a|an|the|any|its|some)?\s*[a-z])", re.I)


def _refined(r: _Reading, intent: Intent) -> Intent:
    """The intent once the product is known, where the words say what the classifier missed:
    the shop's topic asked with no product, money asked in any words, a price guess, an aspect
    asked with 多少 / "how much", the amount of a thing."""
    res, naming, terms = r.res, r.naming, r.terms
    if intent in ("price", "info") and res.sku and _IN_STOCK.search(r.query) and \
            not _PRICE_WORD.search(res.masked) and r.found.score("stock") >= 0.1 and not (
                _LEFT_ASKED.search(r.query) and _NOT_LEFT.search(r.query)):
        intent = "stock"  # 毛衣卖光了: sold out or not, however unsure the classifier
    if res.how == "none":  # about the shop: its topic, however the classifier worded it
        if intent == "info" and _DEAL_WORD.search(r.query) and r.found.has("deals", MIN_INTENT):
            intent = "deals"  # "今天有什么特价"
        elif intent == "price" and _SHOP_WORD.search(r.query):
            intent = max(SHOP_INTENTS, key=lambda i: (bool(_SHOP_TOPIC[i].search(r.query)),
                                                      r.found.score(i)))  # "postage cost?"
    if intent in ("price", "info", "spec") and _DELIVERY_COST.search(r.query):
        intent = "shipping"  # 买一条牛仔裤运费多少, "postage on the helmet?": the delivery's cost
    # "do you use sf express", "shipping if i only buy the beanie?": the shop's topic, named
    shop_asked = (res.how == "none" and intent in (*SHOP_INTENTS, "deals")) or (
        intent in SHOP_INTENTS and _SHOP_TOPIC[intent].search(r.query) is not None)
    if terms and (intent == "info" or r.confidence < 0.5) and not terms <= _SHOP_TERMS and not (
            intent == "price" and _PRICE_WORD.search(res.masked)) and not shop_asked and not (
            intent == "stock" and _BACK_IN.search(res.masked)) and not (
            intent == "stock" and _IN_STOCK.search(r.query) and (
                terms <= r.listed_values() or CJK_RE.search(r.query))):
        # ("heather grey in stock?" of the tee whose colours list it: its stock, not an aspect)
        if res.sku and _PRICE_STRICT.search(res.masked) and not aspect_words(res.masked) \
                and not _SHOP_WORD.search(r.query):
            intent = "price"  # "T恤几美金", "what's it goin for": money asked, in any words
        else:
            intent = "spec"  # "is the X halal?": a property asked, whatever the classifier says
    if intent in ("spec", "info") and naming and _PRICE_WORD.search(res.masked) and not (
            aspect_words(res.masked) - aspect_words(" ".join(naming))):
        intent = "price"  # "harness size M price?": the size names the variant whose price is asked
    if res.sku and PRICE_CLAIM.search(res.masked) and not _SHOP_WORD.search(r.query) \
            and (intent in SHOP_INTENTS or terms <= _THRESHOLD_WORDS):
        intent = "price"  # "under $50?" of the sneakers on air: its price, not free shipping's
    about_one = res.how in ("named", "fuzzy") or (res.how == "on_air" and DEICTIC.search(
        r.query) is not None)
    if about_one and intent in ("spec", "info") and PRICE_CLAIM.search(res.masked) and not (
            aspect_words(PRICE_CLAIM.sub(" ", res.masked))):  # ("25 pounds": money, not weight)
        intent = "price"  # "is the tv 999?", "电视是999吗", "30% off?": the live price answers
    elif (intent in ("price", "stock") and r.confidence < 0.6
          and not (intent == "price" and _PRICE_STRICT.search(r.query) and not COMPARE_CUE.search(
              r.query) and not aspect_words(_A_MEASURE.sub(" ", read(res.masked))))  # ("eight
          # hundred gram tin of stage two, price?": the gram is which tin, no weight asked)
          and aspect_words(res.masked) - aspect_words(" ".join(["price stock", *naming]))):
        intent = "spec"  # "rice pot power?" (not "the hair dryer goin for": a name is no aspect)
    elif (intent == "price" and not _PRICE_STRICT.search(r.query)
          and aspect_words(_THE_ONE.sub(" ", r.without_own_measures))  # ("the IH one" says which)
          - aspect_words(" ".join([*naming, *r.own_words]))):
        intent = "spec"  # 海苔片口味多少, "how much power does it use": 多少 / how much ask the aspect
    elif intent == "price" and fit_asked(r.query) and not _PRICE_WORD.search(res.masked):
        intent = "spec"  # "the 3m lead ok for a 20 kilo dog?": whether it fits, not its price
    elif intent == "price" and _MEASURE_ASKED.search(res.masked):
        intent = "spec"  # 多少寸, 多少度, 几瓦: the size, temperature, power (多少米 is slang for yuan)
    elif intent == "price" and res.sku and not _PRICE_STRICT.search(r.query) and (
            any(m.group(1) in r.words for m in _HOW_MUCH_OF.finditer(normalize(res.masked)))
            or r.product_states(r.words - r.own_words)):
        # "how much protein in the yogurt", "how much caffeine is in it": the amount of a thing,
        # answered by the fact naming it, or not at all (never by the price)
        intent = "spec"
    if res.sku and intent in ("spec", "info") and unit_asked(r.query) and _PER_UNIT.search(
            r.query) and not (aspect_words(res.masked) - {"weight", "size"}) \
            and not _MEASURE_WORD.search(r.query) and _AMOUNT_ASKED.search(r.query):
        # (空气炸锅能放一只三斤的鸡吗 asks no amount: "一只" is the chicken)
        intent = "price"  # "mango per 100g?", "一杯多少": the price per unit the facts derive
    if intent == "price" and _SUBSTANCE.search(r.query) and not _MONEY_ASKED.search(r.query):
        intent = "spec"  # 奶茶一杯多少咖啡因: the caffeine in a cup, no price per cup
    if res.sku and intent not in SHOP_INTENTS and (LIMIT_ASKED.search(res.masked) or (
            _SEVERAL_BOUGHT.search(res.masked) and len(res.named) <= 1 and not aspect_words(
                _SEVERAL_BOUGHT.sub(" ", r.without_own_measures)) - {"count", "weight", "size"})):
        intent = "price"  # "can i buy 2", 限购几台: the offer line holds the per-person limit
    if _IN_CURRENCY.search(res.masked) and not _WEIGHED.search(res.masked):
        intent = "price"  # "how much in pounds", "filter in pounds sterling?": money, not weight
    if intent == "info" and (r.confidence < MIN_INTENT or asked_aspects(
            question_part(res.masked))) and asked_aspects(res.masked) and (
            QUESTION_SHAPE.search(r.query) or re.search(r"[?？]", r.query)):
        # "power bank comes with a cable?": unsure, but a property is asked; 头灯防水吗
        # 下雨天夜爬用: a property asked, whatever follows it
        intent = "spec"
    if intent == "returns" and res.sku and _PART_REPLACED.search(res.masked):
        intent = "spec"  # 磨豆機的刀盤可以換嗎: whether a part is replaced, not an exchange
    if intent == "returns" and res.how in ("named", "fuzzy", "on_air") and _WARRANTY_ASKED.search(r.query) \
            and any(u.kind == "spec" and _WARRANTY_ASKED.search(u.text)
                    for u in r.scorer.units.get(res.sku or "", ())):
        intent = "spec"  # "电钻保修几年": the drill's own warranty, in its specs
    if intent == "info" and res.sku and HOW_LONG.search(res.masked):
        intent = "spec"  # "how long is the cable": its length, not its description
    if intent == "compare" and res.how in ("named", "on_air") and len(res.named) < 2 and (
            terms or aspect_words(res.masked)):
        intent = "spec"  # 鸡蛋是哪个省的: "which" of one product asks its aspect
    if intent in ("spec", "info", "price") and res.sku and _LEFT_ASKED.search(r.query) and not (
            _NOT_LEFT.search(r.query) or aspect_words(r.without_own_measures) - {
                "count", "weight", "size"}):  # ("9kg blanket kitne piece left": which one)
        intent = "stock"  # "how many packs of the seaweed left": how many are left, no count
    if intent == "stock" and _NO_STOCK_COUNT.search(normalize(r.query)):
        intent = "spec"  # "how many minutes of runtime are left", "how many colours still
        # available", 还剩几分钟, "left handed?": an aspect or the sale's time, no stock count
    return intent


def _kind_asked(question: str, product: Product | None) -> bool:
    """Whether `question` asks about a kind of thing rather than `product` ("camping stuff",
    露营的东西); a plural of the product's own name word is the product ("deals on boots",
    "on tents", "on chargers")."""
    m = _KIND_ASKED.search(normalize(question))
    if m is None:
        return False
    if m.group(1) and product is not None and product.category and stem(m.group(1)) in {
            stem(w) for w in normalize(product.category).split()}:
        return True  # "any sale on tools" of the power tools: the kind, not the "bare tool"
    return not (m.group(1) and product is not None and stem(m.group(1)) in {
        stem(w) for n in product.names() for w in normalize(n).split()})


def _numbers_compared(product: Product, question: str, facts: Facts) -> tuple[str, ...]:
    """Two variants named by bare numbers ("the 54 or 56 bangle" of 54 / 56 / 58 mm, "the 6 or 10
    mat" of 6 / 10 mm in three colours): each number one value's own, of the same option; a side
    in several other options at one price is said by its variant in stock."""
    said = re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", read(question))
    if len(said) != 2:
        return ()
    owners: dict[str, set[tuple[str, str]]] = {}
    for name, values in product.options.items():
        for value in values:
            for n in set(re.findall(r"\d+(?:\.\d+)?", value)):
                owners.setdefault(n, set()).add((name, value))
    named = [owners.get(n, set()) for n in said]
    if any(len(o) != 1 for o in named):
        return ()
    (option, a), (other, b) = (next(iter(o)) for o in named)
    if option != other or a == b:
        return ()
    sides = [[v for v in product.variants if v.options.get(option) == value and v.sku in facts]
             for value in (a, b)]
    if any(not side or len({facts.get(v.sku).price for v in side}) != 1 for side in sides):
        return ()
    return tuple(next((v for v in side if facts.get(v.sku).in_stock), side[0]).sku for side in sides)


def _variants_compared(product: Product, question: str, facts: Facts) -> tuple[str, ...]:
    """The two variants of `product` a question names side by side ("300g or 500g",
    "2lb vs 5lb chocolate"); else ()."""
    if not COMPARE_CUE.search(normalize(question)):
        return ()
    named = [v for v in variants_named(product, question) if v.sku in facts]
    if len(named) == 2:
        return tuple(v.sku for v in named)
    if len(named) < 2 and (by_number := _numbers_compared(product, question, facts)):
        return by_number
    # "1m vs 2m cable": two lengths, each in several colours at one price: one of each
    said = set(values_named(product, question))
    differ = [o for o, values in product.options.items() if len(said & set(values)) == 2]
    if len(differ) != 1:
        return ()
    sides = [[v for v in named if v.options.get(differ[0]) == value]
             for value in dict.fromkeys(v.options.get(differ[0]) for v in named)]
    if any(len({facts.get(v.sku).price for v in side}) != 1 for side in sides):
        return ()
    return tuple(next((v for v in side if facts.get(v.sku).in_stock), side[0]).sku
                 for side in sides)


def gather(evidence: Evidence, facts: Facts, catalog: dict[str, Product], *, now: float,
           role: Role = Role.VIEWER, policies: Iterable[Policy] = (),
           on_air: str | None = None, dense: Dense | None = None) -> Grounds:
    """Understand the question and read the facts now. `on_air`: the product on screen, the
    prior for a question that names none ("how much?", "link?", "how much is it?"). `dense`:
    the question's embedding for the trained answerability scorer (None: word coverage).

    In steps: read the question (`_read`: product, intents, words), take the classifier's
    intent where the words allow (`_classified`), find the product its facts name when none
    is named (`_named_by_facts`), refine the intent (`_refined`); then the shop's topics and
    policies, a comparison or the deals, and last the product's own answer."""
    policies = tuple(policies)  # read more than once below
    if _SHIPS_WITH.search(evidence.query):  # "does the stove ship with gas?": what is in the box
        evidence = replace(evidence, query=_SHIPS_WITH.sub("comes with ", evidence.query))
    r = _read(evidence, catalog, on_air if on_air in facts else None)
    intent, part_price = _classified(r, catalog.get(r.res.sku or ""))
    r = _named_by_facts(r, intent, facts, dense)
    intent = _refined(r, intent)
    res, found, confidence, scorer = r.res, r.found, r.confidence, r.scorer
    # a shop topic only as its words or a policy's keywords ask it: with the tent on air, "how
    # long to set up" is no delivery time, "carry bag?" no warranty
    shop_cue = bool(_SHOP_WORD.search(evidence.query) or _ARRIVES.search(evidence.query)
                    or _policies_named(policies, evidence.query))
    if res.how == "on_air" and intent in SHOP_INTENTS and not shop_cue:
        intent = "spec"
    naming, terms, words, product_states = r.naming, r.terms, r.words, r.product_states
    base: _Asked = {"question": evidence.query, "lang": evidence.lang, "now": now, "role": role,
                     "evidence": evidence, "intents": found.labels, "resolved": res.how}
    roles = viewer_roles(role)

    def offer_of(sku: str) -> tuple[ProductFacts, Offer]:
        return facts.get(sku), facts.live_offer(sku, now, roles)

    def live_deals(first: Iterable[str] = ()) -> Grounds:
        """The live promotions and the offers of the products they hold, then what is in stock
        below its list price (a product, or an option of one with options), the biggest
        markdowns first, MAX_DEALS items in all (more only for more promotions); those of
        `first` (the product on air and its options) lead."""
        promotions = tuple(facts.promotions(now, None, roles))
        live = sorted({s for p in promotions for s in p.skus if s in facts})
        marked = sorted((-o.percent_off, f.sku) for f in facts.all() if f.in_stock
                        and f.sku not in live and facts.parent_of(f.sku) not in live
                        and not facts.variants_of(f.sku)
                        and (o := facts.live_offer(f.sku, now, roles)).list_price > o.price)
        skus = live + [sku for _, sku in marked]
        lead = set(first)
        skus = sorted(skus, key=lambda sku: sku not in lead)[:max(MAX_DEALS, len(live))]
        return Grounds(intent="deals", status="deals", others=tuple(map(offer_of, skus)),
                       promotions=promotions, **base)

    if res.sku and not PRICE_CLAUSE.search(evidence.query) and any(
            not re.search(re.escape(normalize(m.group())), _listing(scorer, res.sku))
            for m in _DIET.finditer(evidence.query)):
        return Grounds(intent=intent, status="unknown", **base)  # "scale ok if pregnant?"
    q = normalize(evidence.query)
    if (_HAGGLE.search(q) or _DEAL_WORD.search(q)) and (granting := _granting(q, policies)):
        # "10 boxes of screws discount?" where bulk orders take 10% off: that policy
        return Grounds(intent="info", passages=tuple(policy_passages(
            policies, "info", (granting[0].topic,), granting[:1])), **base)
    if _haggled(evidence.query, policies):
        return Grounds(intent=intent, status="haggle", **base)
    if intent in ("info", "spec") and confidence < 0.6 and not aspect_words(res.masked) \
            and not product_states(words):
        # "how long till it arrives", "is the tv fixable if broken": the words of one shop
        # policy (its text and keywords), nothing of a product's own facts, and a topic the
        # classifier did not rule out ("does the tv come with a remote?" is no remote area)
        keyed = [pol for pol in _policies_named(policies, evidence.query) if words and
                 scorer.coverage(words, _policy_unit(pol)) >= MIN_POLICY_COVER]
        shop = {i for i in SHOP_INTENTS for pol in keyed if pol.topic in POLICY_TOPICS[i]}
        if len(shop) == 1 and found.has(next(iter(shop)), 0.1):
            intent = shop.pop()
    if intent in ("spec", "info") and res.how in ("named", "fuzzy") and len(
            keyed_intents := {
            i for i in SHOP_INTENTS for pol in _policies_named(policies, evidence.query)
            if pol.topic in POLICY_TOPICS[i] and found.score(i) >= 0.3}) == 1:
        # "boots size exchange free?": a policy's keyword the classifier also reads as its topic
        intent = keyed_intents.pop()
    placed = _policies_named(policies, evidence.query, places_only=True)
    if placed and intent not in (*SHOP_INTENTS, *NAMED_INTENTS) and (
            res.how == "none" or _SENT.search(evidence.query)):
        # "能寄香港吗": a place a policy names; that policy's topic is what is asked
        intent = next((i for i, ts in POLICY_TOPICS.items() if i in SHOP_INTENTS
                       and placed[0].topic in ts), intent)
    named_policies = _policies_named(policies, evidence.query)
    if intent not in (*SHOP_INTENTS, *NAMED_INTENTS) and _SEND_TO.search(evidence.query) and any(
            pol.topic in POLICY_TOPICS["shipping"] for pol in named_policies):
        intent = "shipping"  # "can I send the dumbbells to my PO box": the policy naming PO boxes
    named_policies += [pol for pol in policies if pol not in named_policies and words and  # fuel
                       scorer.coverage(words - _GENERIC_SHOP, _policy_unit(pol)) >= MIN_POLICY_COVER]
    if (named_words := words - _GENERIC_SHOP - _HOW_SOON) and intent in SHOP_INTENTS:
        # of the topic's policies, the one holding the words asked first ("ship gas canisters?":
        # "Fuel canisters are never shipped", not the rates)
        def cover(pol: Policy) -> float:
            return scorer.coverage(named_words, _policy_unit(pol))
        topical = [pol for pol in policies if pol.topic in POLICY_TOPICS[intent] and cover(pol) > 0]
        named_policies = sorted(topical, key=cover, reverse=True) + [
            pol for pol in named_policies if pol not in topical
            and not (topical and pol.topic in POLICY_TOPICS[intent])]  # (named by "ship" alone)
    if intent == "shipping" and _asked_places(evidence.query, policies) and not any(
            pol.topic in POLICY_TOPICS["shipping"] for pol in placed):
        # "ship to canada?" when no policy names Canada (or overseas): not the default policy
        return Grounds(intent=intent, status="unknown", **base)
    if intent in SHOP_INTENTS:
        named_topics = set(_policy_topics(policies, evidence.query, ()))
        if not named_topics & set(POLICY_TOPICS[intent]) and _policy_topics(policies,
                                                                             evidence.query):
            intent = "info"  # 能开发票吗: the invoice policy's keyword, none of shipping's
    if intent == "deals" and not _DEAL_WORD.search(evidence.query):
        intent = "spec" if terms else "price"  # "有味精吗" asks an ingredient, not the deals
    deal_asked = False  # a deal asked of one product
    if intent == "deals" and res.how == "on_air" and (
            DEICTIC.search(evidence.query) or re.search(r"多少|how much", res.masked)):
        intent = "price"  # "便宜了多少" with the beef on air: its discount, not every deal
        deal_asked = bool(_DEAL_ASKED.search(evidence.query) and DEICTIC.search(evidence.query))
    if intent == "deals" and res.how not in ("none", "on_air"):
        if res.how in ("named", "fuzzy") and _kind_asked(evidence.query, catalog.get(res.sku or "")):
            res = replace(res, how="none", sku=None, named=())  # "camping stuff": the deals
        else:
            intent = "price"  # "is the beef on sale?": its offer, discount and code
            deal_asked = bool(_DEAL_ASKED.search(evidence.query))
    if _RESTOCK_WHEN.search(evidence.query) or intent in ("price", "deals") and _PRICE_WHEN.search(
            evidence.query) or (len(res.named) < 2 and _elsewhere(evidence.query, catalog)) or (
            intent not in SHOP_INTENTS and _ANOTHER_TIME.search(
                evidence.query)) or _nothing_asked(evidence.query) or (
            res.how not in ("named", "fuzzy") and ABOUT_HOST.search(
                evidence.query) and not (intent in SHOP_INTENTS and confidence >= 0.5)) or (
            _HOST_FAMILY.search(evidence.query) and intent not in SHOP_INTENTS):
        # ("主播你吃辣吗", "what size are you wearing?": the host, not a product; "do you use
        # sf express" asks the shop's courier)
        # "lowest price ever?", "will it go on sale next week?", "same beef as last week?": no
        # fact says (only tonight's); "beef is so expensive these days": a remark, nothing asked
        return Grounds(intent=intent, status="unknown", **base)
    if deal_asked and not _policy_topics(policies, evidence.query) and (
            subject := catalog.get(res.sku or "")) is not None and subject.sku in facts:
        chosen_options = variants_named(subject, evidence.query)
        asked_options = chosen_options or subject.variants
        if not any(offer_of(s)[1].percent_off > 0 for s in (
                *(() if chosen_options else (subject.sku,)), *(v.sku for v in asked_options))
                if s in facts):
            # "any promo on the tent?" with none on it: its price, and what is on (replies.py)
            said = chosen_options[0].sku if len(chosen_options) == 1 and chosen_options[0].sku in facts \
                else subject.sku
            if not facts.get(said).sold_out:  # (an option sold out: that it is, as any ask)
                return replace(live_deals(), product=subject, facts=facts.get(said),
                               offer=offer_of(said)[1], price_range=None if said != subject.sku
                               else _price_range(subject, facts, now, roles, evidence.query))
        promotion = offer_of(subject.sku)[1].promotion
        if not chosen_options and subject.variants and not (promotion and subject.sku in promotion.skus):
            # "any promo on the tent?" with the 2-person on sale: which options are, and at what
            # (a promotion on the whole product: its range, percent, code and deadline)
            stocked = [offer_of(v.sku) for v in subject.variants
                       if v.sku in facts and facts.get(v.sku).in_stock]
            if on_sale := [(f, o) for f, o in stocked if o.percent_off > 0]:
                return Grounds(intent="deals", status="deal_options", product=subject,
                               facts=facts.get(subject.sku), offer=offer_of(subject.sku)[1],
                               others=tuple(on_sale), full_price=len(on_sale) < len(stocked),
                               **base)
    if res.how == "not_carried" and not any(p.kind == "override" for p in evidence.passages):
        return Grounds(intent=intent, status="not_carried", foreign=res.foreign, **base)
    if len(res.named) == 1 and on_air is not None and on_air in facts and on_air != res.named[0] and (
            DEICTIC.search(evidence.query) or re.search(r"^\s*(?:跟|和|比)", evidence.query)) and (
            re.search(r"\b(?:or|than|vs|versus|cheaper|pricier)\b|哪个|比", evidence.query)):
        res = replace(res, named=(on_air, res.named[0]))  # "this or the mango, which is cheaper"
        intent = "compare"
    if len(res.named) >= 2 and _TOGETHER.search(evidence.query) and not _WHICH.search(
            evidence.query):
        return Grounds(intent="compare", status="unknown", **base)  # "the tee and jeans together"
    if len(res.named) >= 2 and (intent == "compare" or (
            COMPARE_CUE.search(res.masked) and (intent == "price" or _PRICE_WORD.search(res.masked)))):
        if not _PRICE_WORD.search(res.masked) and (aspect_words(res.masked)
                                                   or _COMPARATIVE.search(res.masked)):
            # "which is lighter, the tv or the vacuum", 比芒果干辣吗: not the prices
            return Grounds(intent="compare", status="unknown", **base)
        # (each product's variant the question names: "肌酸500克跟蛋白粉2磅": the 500 g tub)
        pair = tuple((row, facts.live_offer(row.sku, now, roles)) if (
            row := variant_facts(catalog.get(s), evidence.query, facts)) else offer_of(s)
            for s in res.named[:2] if s in facts)
        return Grounds(intent="compare", status="compare", others=pair, **base)
    if intent == "deals" and res.how in ("none", "on_air") and not _policy_topics(
            policies, evidence.query):  # ("subscribe and save how much off": that policy)
        if res.how != "on_air" or (subject := catalog.get(res.sku or "")) is None \
                or subject.sku not in facts:
            return live_deals()
        # "有优惠吗" with a product on air: its deal first, or that it has none (and its price)
        own = {subject.sku, *facts.variants_of(subject.sku)}
        deals = live_deals(first=own)
        if any(f.sku in own for f, _ in deals.others) or facts.get(subject.sku).sold_out:
            return deals
        return replace(deals, product=subject, facts=facts.get(subject.sku),
                       offer=offer_of(subject.sku)[1],
                       price_range=_price_range(subject, facts, now, roles, evidence.query))
    sku = res.sku if res.sku in facts else None
    deictic = bool(DEICTIC.search(evidence.query))
    if sku is not None and res.how == "on_air" and (confidence < MIN_INTENT or found.top == "info") \
            and not deictic and not _list_asked(res.masked) and not fit_asked(evidence.query) \
            and intent != "price" and not values_named(catalog.get(sku), evidence.query):
        # (a price guess, "under $50?", 有没有灰色, "and the 45cm?": of the one on air)
        sku = None  # "can you fix the audio echo?": unsure what is asked, about nothing named
        # ("do they stretch?" with the jeans on air is about the jeans: asked of "they")
    if intent in SHOP_INTENTS and res.how in ("on_air", "none") and (
            intent == "payment" or not DEICTIC.search(evidence.query)):
        sku = None  # "how much is shipping?" is about the shop; "does it ship?" about the product
    # A shop topic no intent covers, named by the shop's own policy keywords (开发票吗), asked
    # of no product; or of a product the policy names ("nappy subscription discount?")
    topics: tuple[str, ...] = ()
    if res.how in ("on_air", "none") and intent not in ("price", "stock", "buy", *SHOP_INTENTS) \
            and not (res.how == "on_air" and deictic):  # "is it fresh or frozen?": the beef's
        topics = _policy_topics(policies, evidence.query)
    elif res.how in ("named", "fuzzy") and intent in ("price", "deals", "spec", "info") and (
            subject := catalog.get(res.sku or "")) is not None:
        topics = tuple(t for t in _policy_topics(policies, evidence.query) if any(
            pol.topic == t and _names_product(pol, subject) for pol in policies))
    if topics:
        passages = tuple(p for p in policy_passages(policies, "", topics)
                         if p.lang == evidence.lang) or tuple(policy_passages(policies, "", topics))
        return Grounds(intent="info", passages=passages,
                       policy_amounts=policy_amounts(policies, passages), **base)
    best = evidence.passages[0].score if evidence.passages else 0.0
    # With no product matched, only shop-wide passages (policies, overrides) may answer.
    passages = tuple(
        p for p in evidence.passages
        if p.score >= best * PASSAGE_RATIO and p.sku in ("", sku or "")
    )
    if intent in SHOP_INTENTS:  # the policy on this topic (added below), not whatever ranked:
        # a product FAQ only if it is on the topic ("电视能退吗" is not "电视能玩PS5吗")
        passages = tuple(p for p in passages if p.kind == "override" or (
            p.kind == "faq" and _SHOP_TOPIC[intent].search(p.text)))
    elif intent in ("deals", "price", "stock", "buy"):
        passages = tuple(p for p in passages if p.kind in ("policy", "override", "faq"))
    seen = {p.text for p in passages}
    where = [pol for pol in placed if pol.topic in POLICY_TOPICS.get(intent, ())]
    if intent in SHOP_INTENTS and where:
        named_policies = where[:1]  # the policy naming the place asked answers (拉萨: Tibet's)
        # (not a product's FAQ on the topic: "冷链发货…48小时内送达" is no answer for Lhasa)
        passages = tuple(p for p in passages if p.kind != "faq")
    if intent == "shipping" and res.how in ("named", "fuzzy") and (
            subject := catalog.get(res.sku or "")) is not None and (
            limits := [pol for pol in policies if pol.topic in POLICY_TOPICS["shipping"]
                       and _names_product(pol, subject)]):
        # …unless a shipping policy names the product asked ("send the stroller to paris":
        # "Strollers … ship to Germany and Austria only"), the one naming the place asked first
        limits.sort(key=lambda pol: pol not in where)
        named_policies = limits[:1] + [pol for pol in named_policies if pol not in limits[:1]]
    if intent == "returns" and (subject := catalog.get(res.sku or "")) is not None:
        # a warranty only for what it covers: "牛肉坏了能退吗" asks the returns policy
        named_policies = [pol for pol in named_policies if pol.topic != "warranty"
                          or _warrants(pol, subject, catalog)]
        if not named_policies:
            named_policies = [pol for pol in policies if pol.topic == "returns"]
    passages += tuple(p for p in policy_passages(policies, intent, named=named_policies)
                      if p.text not in seen)
    if intent == "returns" and _WARRANTY_ASKED.search(evidence.query):
        # a warranty only as a warranty policy gives it, and only for the products it names
        # ("warranty?" of the duvet is no appliance's; a returns policy is no warranty)
        subject = catalog.get(res.sku or "")
        given = {pol.id for pol in policies if pol.topic == "warranty"
                 and (subject is None or _warrants(pol, subject, catalog))}
        passages = tuple(p for p in passages if p.kind != "policy"
                         or p.id.split(":")[1] in given)
        if given and not any(p.kind == "policy" for p in passages):
            # ("what if the dashcam breaks": the warranty, though the words named the returns)
            passages += tuple(policy_passages(policies, intent, named=[
                pol for pol in policies if pol.id in given]))
        if not any(p.kind == "policy" for p in passages) and not any(
                p.kind == "faq" and p.sku == res.sku and _WARRANTY_ASKED.search(p.text)
                for p in passages):
            return Grounds(intent=intent, status="unknown", **base)
    if sku is None and intent not in SHOP_INTENTS:
        # No product: a shop-wide passage answers only if it covers what was asked
        # ("can you fix the audio echo?" is not answered by the warranty policy's "fix").
        passages = tuple(p for p in passages if p.kind == "override" or (words and (
            shop_cue or res.how != "on_air") and scorer.coverage(
                words, Unit(p.id, p.kind, p.lang, p.text, p.text)) >= MIN_POLICY_COVER))
    if sku is None and intent in ("price", "stock") and not _policy_topics(policies, evidence.query,
                                                                           ()):
        # "what's the most expensive?": a price needs a product; no policy was asked about
        passages = tuple(p for p in passages if p.kind == "override")
    if sku is None:
        status = "" if passages or intent in SHOP_INTENTS else "unknown"
        if passages and intent not in SHOP_INTENTS:
            intent = "info"  # what answers is a shop-wide passage
        return Grounds(intent=intent, passages=passages, status=status,
                       policy_amounts=policy_amounts(policies, passages), **base)
    if intent == "info":  # about this product: its own passages, not whatever policy ranked
        passages = tuple(p for p in passages if p.sku == sku or p.kind == "override")
    product = catalog.get(sku)
    # "the logo hoodie": the named variant's facts, not the product's
    variant = variant_facts(product, evidence.query, facts)
    product_facts = variant or facts.get(sku)
    if product is not None and (intent in ("compare", "price") or (
            found.top == "compare" and found.score("compare") >= 0.5) or (
            COMPARE_CUE.search(res.masked) and _PRICE_WORD.search(res.masked))) and (
            compared := _variants_compared(product, evidence.query, facts)):
        # "creatine 300g or 500g which one is cheaper": those two variants' offers
        return Grounds(intent="compare", status="compare", others=tuple(map(offer_of, compared)),
                       **base)
    if variant is not None and intent in ("spec", "info") and not (
            aspect_words(res.masked) - aspect_words(" ".join(naming))):
        if _HAVE.search(normalize(evidence.query)):  # (還有嗎 too)
            intent = "stock"  # "这个有红色吗": whether that variant is in stock
        elif re.search(rf"多少|几块{_KUAI_MONEY}|\bhow much\b", evidence.query):
            intent = "price"  # "这个XL的多少": that variant's price
        elif intent == "info" and not words - naming:
            intent = "stock"  # "lilac mat 6mm?": that variant, nothing else asked: is it there
    if intent == "stock" and variant is None and product_facts.in_stock and (
            _VARIANT_ASKED.search(res.masked) or (values_named(product, evidence.query)
                                                  and not _STOCK_WORD.search(evidence.query))):
        # "do you have the v-neck in XXXL?", "beanie in mustard?": its sizes or colours answer,
        # not its stock (sold out: sold out in every size)
        intent = "spec"
    status, chosen = "", None
    if intent not in SHOP_INTENTS and (missing := value_not_offered(product, evidence.query)) and (
            variant is None or product is None or len({v.options.get(missing[0]) for v in variants_named(
                product, evidence.query)}) > 1):
        # "6 person tent?", "the tee in 3XL": what it comes in, no more ("10mm mat in pink":
        # the 10 mm is sold, the pink is not)
        status = "not_offered"
    elif variant is None and intent not in SHOP_INTENTS and _KIND_WITHOUT.search(
            normalize(evidence.query)):
        status = "unknown_aspect"  # 有没有无糖的芒果干: another kind of it, which no fact gives
    elif intent == "buy":
        status = "buy"
    elif not any(p.kind == "override" for p in passages) and (
            intent in ASPECT_INTENTS or (intent in ("price", "stock") and len(words) >= 2)):
        # "can u see thru the white v neck": "white" names the variant, not the aspect asked
        unit, score = scorer.best(sku, unnamed(res.masked, naming) if terms else res.masked,
                                  evidence.lang, dense)
        if (unit is None or score < MIN_SCORE) and product is not None and len(res.named) <= 1:
            # "what charger does the toothbrush use": a thing the shop does not sell, masked
            # with the product's name, may be the aspect asked of it
            unmasked = unnamed(normalize(evidence.query), product.names())
            if content_terms(unmasked) - content_terms(res.masked) - {
                    t for n in product.names() for t in content_terms(n)}:
                unit, score = scorer.best(sku, unmasked, evidence.lang, dense)
        listed = _list_asked(res.masked)
        if (unit is None or score < MIN_SCORE) and listed:
            # "jeans in 36?", "come in 40", 有黑色吗: the sizes or colours it is sold in answer
            sizes = [u for u in scorer.units.get(sku, ()) if u.kind == "spec"
                     and re.search(listed, u.match, re.I)]
            unit = next((u for u in sizes if u.lang == evidence.lang), sizes[0] if sizes else unit)
            score = 1.0 if sizes else score
        if unit is not None and _OWN_WEIGHT.search(normalize(evidence.query)) and unit.kind == "spec" \
                and not LIMIT_KEY.search(normalize(evidence.query)) \
                and "load" not in aspect_words(evidence.query) \
                and LIMIT_KEY.search(normalize(unit.id.rsplit(":", 1)[-1])):  # (not 最大称多重)
            # "how light is the high chair": its own weight, not the most it holds (max weight)
            unit = next((u for u in scorer.units.get(sku, ()) if u.kind == "spec"
                         and "weight" in aspect_words(u.match)
                         and not LIMIT_KEY.search(normalize(u.id.rsplit(":", 1)[-1]))), None)
        if (counted := _COUNT_OF.search(normalize(evidence.query))) and (
                word := next(g for g in counted.groups() if g)) and (
                unit is None or not _counts(unit.text, word)):
            # "how many servings", 能喝多少次: the fact counting them ("5 lb (2.27 kg, 73
            # servings)"), not "serving size: 1 scoop"
            counting = [u for kind in ("faq", "spec", "description") for u in scorer.units.get(sku, ())
                        if u.kind == kind and _counts(u.text, word)]
            # (a fact keyed as the count first: 数量: 12袋装, not "每天3到4袋" of feeding; but
            # 一天吃几袋 asks a day's, which no pack's count is)
            if _PER_DAY.search(evidence.query):
                counting = [u for u in counting if "count" not in aspect_words(u.match)]
            counting.sort(key=lambda u: "count" not in aspect_words(u.match))
            # (the named variant's own entry: "how many nappies in size 4?" → "size 4: 9-14 kg
            # (50 nappies)", not size 1's)
            values = [normalize(by_option(n, v)) for var in variants_named(product, evidence.query)
                      for n, v in var.options.items()] if product is not None else []
            unit = next((u for u in counting if any(
                v in normalize(f"{u.id.rsplit(':', 1)[-1]} {u.text}") for v in values)),
                counting[0] if counting else unit)
            if counting:
                score = max(score, MIN_SCORE)  # the fact counting what is counted answers
        if unit is not None and variant is not None and product is not None \
                and _other_variant(unit, product, evidence.query):
            # "how heavy is the 4 person tent": the same aspect's fact for the variant asked
            asked = _key_words(unit, product)
            unit = next((u for u in scorer.units.get(sku, ()) if _key_words(u, product) == asked
                         and not _other_variant(u, product, evidence.query)), None)
        if unit is not None and intent in ASPECT_INTENTS and one_piece_asked(res.masked, product) \
                and aspect_words(f"{unit.match} {unit.text}") & _SUMMED and not states_pieces(unit.text):
            # "一小包多少克" of a 250 g bag, 鸡蛋多大一个: the fact about its pieces (50 g each),
            # not the bag's weight or the box's 30枚装
            ranked = sorted(zip(scorer.scores(sku, res.masked, dense), scorer.units.get(sku, ()),
                                strict=True), key=lambda su: -su[0])
            asked = asked_aspects(res.masked) or aspect_words(unit.text)
            if "size" in asked:  # "how big is one egg": its weight says it too
                asked = asked | {"weight"}
            unit = next((u for _, u in ranked if states_pieces(u.text)
                         and aspect_words(f"{u.match} {u.text}") & asked), None)
        if unit is not None and asked_aspects(res.masked) == {"colour"} and _COLOUR_ASKED.search(
                res.masked) and not _COLOUR_KEY.search(unit.match):
            unit = None  # "headlamp come in red?": no colour fact says; "red night light" mode
        if unit is not None and unit.kind == "faq" and unit.lang == evidence.lang == "zh" and \
                len(res.named) > 1 and product is not None and _YES_NO_OPENING.match(unit.text) \
                and (asked_terms := content_terms(unnamed(normalize(evidence.query),
                                                          product.names()))) \
                and not scorer.coverage(asked_terms, unit):
            # 纤维枕头是记忆棉的吗: no FAQ's yes or no to a question sharing no word of it
            # (枕头是一对的价格吗？是的) where it names another product (记忆棉) as what it
            # asks; in Chinese, where the MiniLM reads meaning poorly (猫砂能冲厕所吗 is still
            # the FAQ 可以冲马桶吗)
            unit = None
        if unit is not None and variant is not None and unit.id.startswith("options:"):
            pass  # "the black ipod nano": that variant's offer (maybe sold out), not the list
        elif intent in ASPECT_INTENTS and (unit is None or score < MIN_SCORE):
            if PRICE_CLAUSE.search(evidence.query):
                intent = "price"  # "is the beef halal and how much?": the half the facts answer
            else:
                status = "unknown_aspect"
        elif unit is not None and (intent in ASPECT_INTENTS or (unit.kind == "faq" and score >= 0.9)):
            # an aspect answer; for "how much water should I use" a FAQ that asks the same
            said = spoken(unit, evidence.lang)
            if unit.kind == "faq" and (_EITHER.search(evidence.query)
                                       or _other_question(evidence.query, unit, product)):
                # its yes or no was to its own question: "cooked already or raw?" gets no
                # "Yes, it is steamed", "is it isofix?" no "No, ISOFIX only"
                said = _without_yes_no(said)
            if variant is None and product is not None and unit.kind == "spec" \
                    and _other_variant(unit, product, evidence.query):
                # "多重" of the tent on air, no variant named: each variant's, with its name
                said = " ".join(spoken(u) for u in scorer.units.get(sku, ()) if u.kind == "spec"
                                and u.lang == unit.lang and _other_variant(u, product, "")
                                and _key_words(u, product) == _key_words(unit, product))
            chosen = Passage(said, sku, unit.kind, unit.lang, round(score, 3), unit.id)
            passages = (chosen,)
    if intent in (*ASPECT_INTENTS, "info") and status in ("", "unknown_aspect") and (
            band := fitting_band(product, evidence.query)) is not None:
        # "harness size for a 70cm chest": the band of its size chart that holds 70 cm
        intent, status = "spec", ""
        chosen = Passage(band.text, sku, "spec", band.lang, 1.0, band.id)
        passages = (chosen,)
    elif product is not None and intent in (*ASPECT_INTENTS, "info") and fit_asked(evidence.query) \
            and (status == "unknown_aspect" if chosen is None else chosen.kind == "faq" or (
                chosen.kind == "spec" and (not bound_answers(product, chosen.text, evidence.query)
                                           or chart_entry(product, chosen.id)))):
        # "which size for a 20kg dog", "fits a 60 cm neck?": not the size list, nor a chart of
        # another measure, nor a spec the measure only shares a unit with ("for a 20kg dog":
        # no "age: over 2 kg"), but a fact bounding that measure (宝宝3岁能用吗: "适合6个月以上");
        # a measure on two bands' edge is not ours to place
        bounding = [u for u in scorer.units.get(sku, ()) if u.kind in ("spec", "description", "faq")
                    and bound_answers(product, u.text, evidence.query)
                    and not chart_entry(product, u.id)]  # ("size 1: 2-5 kg" says no size fits)
        # (one that leaves the measure out first: "适合6个月以上" is no yes to 5岁 where "from 6
        # months to about 4 years" is stated too)
        bounding.sort(key=lambda u: (within_bounds(u.text, evidence.query), u.lang != evidence.lang,
                                     u.kind != "spec"))
        # (the FAQ found, where it bounds the measure itself: "fit a 13 inch macbook?" → "takes
        # laptops from 10 to 17.3 inches", not the stand's own height, "5 cm to 15 cm")
        bounding = [u for u in bounding if chosen is not None and (
            u.id == chosen.id or u.text.strip() in chosen.text)] or bounding
        if not bounding and chosen is not None and chosen.kind == "faq":
            # a FAQ bounding no measure says what it says ("measure the chest girth"), not
            # its yes or no to its own question ("Yes, size 1 fits newborns")
            chosen = replace(chosen, text=_without_yes_no(chosen.text))
            passages = (chosen,)
        elif bounding:
            # (a FAQ's yes or no was to its own question: "stable for a big cat? Yes" is no
            # yes to "wobble with a 7 kg cat?"; 推车新生儿能躺吗 "不能" is no to 两岁)
            chosen = Passage(_without_yes_no(spoken(bounding[0])), sku, bounding[0].kind,
                             bounding[0].lang, 1.0, bounding[0].id)
            passages = (chosen,)
            status = ""
        else:
            status, chosen = "unknown_aspect", None
    if part_price and status == "" and (chosen is None or not _MONEY.search(chosen.text)):
        status, chosen = "unknown_aspect", None  # a part's price only as its own fact states it
    # (a fact about one thing answers nothing of another: the Myvi's wipers, a 90° cut)
    # (the listing is read only where the question names a diet or asks a fit)
    listing = _listing(scorer, sku) if _DIET.search(evidence.query) or _COMPAT_ASKED.search(
        evidence.query) else ""
    if (chosen.kind != "options" and (unlisted_particular(evidence.query, listing)
                                      or _other_angle(evidence.query, chosen.text)
                                      or _faq_of_another(scorer, chosen, evidence.query, product))
            if chosen is not None else
            intent in (*ASPECT_INTENTS, "info") and unlisted_particular(evidence.query, listing)):
        status, chosen = "unknown_aspect", None
    offer = facts.live_offer(product_facts.sku, now, roles)
    return Grounds(
        price_range=_price_range(product, facts, now, roles, evidence.query),
        intent=intent,
        passages=passages,
        product=product,
        facts=product_facts,
        offer=offer,
        promotions=tuple(facts.promotions(now, product_facts.sku, roles)),
        version=facts.version_of(product_facts.sku),
        status=status,
        chosen=chosen,
        policy_amounts=policy_amounts(policies, passages),
        **base,
    )
