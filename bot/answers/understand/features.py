"""Features of one chat line for the question detector: character n-grams, English words and
bigrams, and a few flags (question mark, command prefix, a deictic word while a product is on
air, a product name from the catalog, addressed to the host, a remark rather than an ask).

Training (`train.py`, scikit-learn) and scoring (`detector.py`, a dict lookup per feature) use
this one function, so the shipped weights mean the same thing in both.
"""

from __future__ import annotations

import math
import re

from knowledge.text import CJK_RE, mandarin, normalize, plain_english

# "how much is it / is this in stock / 这个多少钱": about whatever is on air.
DEICTIC = re.compile(r"\b(it|this|that|these|they|them|one)\b|这个|那个|这款|这是|它", re.I)
# Words a shopper asks about (price, stock, shipping, sizes, specs...), in both languages: a
# flag that holds for wordings the corpus never shows, where the n-grams of one template do not.
SHOP_ASPECT = re.compile(
    r"\b(price|prices|pric|prise|cost|costs|\$+|how much|hw much|stock|stok|left|sold out|restock|"
    r"ship|shipping|shiping|deliver\w*|delivry|postage|courier|arrive|return|returns|refund|"
    r"exchange|warranty|guarantee|pay|paypal|alipay|klarna|installments?|invoice|receipt|link|"
    r"lnk|cart|checkout|check out|order|buy|coupon|code|discount|deal|deals|sale|promo|"
    r"size|sizes|fit|colou?rs?|material|fabric|made of|weight|weigh|heavy|capacity|watts?|"
    r"wattage|litres?|liters?|grams?|kg|inch(es)?|dimensions?|ingredients?|flavou?r|spicy|"
    r"sweet|salted|sugar|expir\w*|shelf life|last|keep|wash\w*|waterproof|warm|battery|"
    r"cheaper|cheapest|compare|vs|harga|berapa|ringgit)\b"
    r"|多少|几块|几元|价|钱|米\b|贵|便宜|划算|优惠|折|券|满减|活动|福利|库存|有货|现货|还有|卖完|"
    r"补货|链接|小黄车|下单|拍|买|包邮|运费|快递|发货|顺丰|到货|(?<![这那前过头])几天|退|换|保修|质保|发票|支付|"
    r"付款|分期|花呗|尺码|码|颜色|色|面料|材质|纯棉|重|大小|尺寸|容量|几升|功率|瓦|保质期|放多久|"
    r"配料|成分|口味|味|辣|甜|咸|产地|哪产|进口|洗|防水|续航|一斤|一盒|一箱|几个|几根|几条|"
    # a count or measure asked (一包幾克, 水溫幾度, 可以泡幾杯, 保溫幾小時, 海拔多高)
    r"几(?:克|度|杯|次|小时|分钟|段|档|岁|寸|米|斤|公斤|毫升|升|瓦|片|包|袋|罐|盒|年|人)|"
    r"多(?:高|重|长|宽|厚|久|远)", re.I)
# The shape of a question, without its mark: interrogative words, sentence-final particles and
# A-not-A (大不大, 有没有).
QUESTION_SHAPE = re.compile(
    r"^(how|what|whats|wat|which|where|wheres|when|is|are|r|do|does|did|can|could|will|any|got|"
    r"u got|you got|hw|wats)\b|\b(how|what|which|where|when)\b|吗|么|嘛|呢|不[?？]?$|没[?？]?$|"
    r"多少|(?<![这那前过头])几|啥|什么|哪|怎么|咋|(?![不没])(?P<a>[\u4e00-\u9fff])[不没](?P=a)|"
    # a choice between two (这是深焙还是浅焙), not "还是算了"
    r"[\u4e00-\u9fff]还是(?!算了|不错|挺|很|要|会|得|没|不)[\u4e00-\u9fff]|"
    # Singlish and Malay: "got or not", "can or not", issit, berapa (how much), ada tak (is there)
    r"\bor not\b|\bissit\b|\bberapa\b|\bada tak\b|\bboleh\b|\b(?:bila|mana|apa|camne)\b|"
    # an amount asked (多重, 多久: 几重 reads as 多重) and an ask worded as a request
    r"多(?:久|长|重|高|大|宽|厚|远)|\b(?:tell me|need to know|wondering|i wonder|curious if)\b", re.I)
# A remark, not an ask: a judgement ("so expensive", "prices are crazy", 好贵啊) or a time frame
# of the world at large ("these days", 最近) in a line with no question shape or mark.
EVALUATIVE = re.compile(r"\b(?:so|too|really|super|crazy|insanely|hella|very|kinda)\s+(?:expensive|"
                        r"cheap|pricey|pricy|costly|good|nice|big|huge|overpriced)\b|\b(?:are|is|r|got|"
                        r"getting)\s+(?:crazy|insane|wild|nuts|ridiculous|mid|overpriced|expensive|pricey|"
                        r"cheap|great|amazing|a steal|fair|good|decent)\b|"
                        r"\b(?:these days|nowadays|lately|this year|everywhere|makes? me)\b|"
                        r"[好太真超贼巨](?:贵|便宜|辣|甜|咸|香|大|小|好吃|好看)(?:了|啊|呀|吧|哦|!|！|$)|"
                        r"涨价|划算|性价比|yyds|买不起", re.I)
# A question about the host, not the shop ("do u eat eggs everyday?", 主播你平时用空气炸锅吗):
# a flag here, and the answers' reason to say nothing of a product (grounds).
ABOUT_HOST = re.compile(
    r"\b(?:are you|were you|(?:are|r) u|do (?:you|u) (?:like|eat|love|use|think|"
    r"prefer)|have you|did you|(?:your|ur|yr) (?:favou?rite|fave|own|go-?to|personal|kids?|wife|"
    r"husband|dog|cat|family|mum|mom|dad|parents|home|house|friends?)|on camera)\b|"
    r"主播你|主播(?:多高|多重|几岁|喜欢|自己|平时|能|会|敢|爱)|"
    r"(?:主播|老板)(?:有|家|的)?(?:孩子|小孩|娃|老公|老婆|男朋友|女朋友|对象|宝宝)|"
    r"(?:主播|老板)(?:住|是哪里人|哪里人|多大了|结婚|开什么车)|主播(?:今天)?(?:用|穿|涂|戴|擦)的(?:是)?(?:哪|什么|啥)|"
    r"你(?:吃|喜欢|穿|多高|多重|几岁|自己)|"
    # Tagalog's "you" and "your" of one person, the host ("nag barista ka po ba", "anong
    # lipstick mo"); the shop is "kayo", "nyo"
    r"\b(?:ka|mo)\b(?=\s+(?:po|na|ba|nag|ng)\b|\s*[?？!.]*\s*$)", re.I)
_REPEAT = re.compile(r"(.)\1{2,}")
# Words that only say who is spoken to, at the start or the end of a line ("主播 这个多少钱",
# "@host how many nm", "hey mate 8 metre one in stock thx 🙏"): the n-grams read the line
# without them, so an ask reads the same however it is addressed. ("mate 60" is a phone.)
_ADDRESS = (r"hey|hi|hello|yo|oi|mate(?!\s*\d)|bro|sis|guys|quick q|sorry|excuse me|streamer|ate|kuya|mamsh|"
            r"姐|哥|亲|"
            r"靓仔|美女|帅哥|老板|宝子们?")
_ADDRESS_ZH = r"请问|主播|老铁们?|家人们|姐妹们"  # (said with no space after them, too)
_SEP = r"[\s,，:：!！~～]"
_VOCATIVE_START = re.compile(rf"^(?:(?:{_ADDRESS})(?:{_SEP}+|$)|(?:{_ADDRESS_ZH}){_SEP}*)+", re.I)
# …and for the answer, only with a space or mark after them: "主播穿几码" asks about the host
_SPACED_START = re.compile(rf"^(?:(?:{_ADDRESS}|{_ADDRESS_ZH}){_SEP}+)+", re.I)
_MENTION_START = re.compile(r"^@\S+[\s,，:：]*")  # (only where the line addresses the host)
_VOCATIVE_END = re.compile(r"(?:[\s,，]*(?:\b(?:thx|thanks|ty|pls|plz|please|mate|bro|lol)\b|🙏|[!！~～]|"
                           r"[啊呀哈]|谢谢|主播))+$", re.I)
# Who the host is, whatever the show's persona: "@host", "@主播", "主播", "streamer".
HOST_WORD = re.compile(r"@?主播|@host\b|\bstreamer\b", re.I)
# Someone else's words relayed into chat: a bot or system line ("Nightbot: …", "StreamElements:
# kev just followed", "小明 送出 辣条 x10"), not a viewer asking.
RELAYED = re.compile(r"^[\w.@-]{2,24}\s*[:：]\s|送出\s*\S+\s*[x×]\s*\d+|\b(?:gifted|subscribed|resubbed|"
                     r"just followed|cheered)\b", re.I)
_MENTION = re.compile(r"@[\w.-]+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NGRAM = (1, 4)
MAX_CHARS = 120  # a wall of text is judged by its start


def clean(text: str) -> str:
    """NFKC, case-folded, Cantonese read as Mandarin (幾錢 → 多少钱), Malay shop words as English
    (berapa → how much), letters repeated 3+ times cut to two ("gooooo" → "goo")."""
    return _REPEAT.sub(r"\1\1", normalize(plain_english(mandarin(text))).strip())[:MAX_CHARS]


def core(text: str, addressed: bool = False) -> str:
    """`text` (as `clean` gives it) without the words that address someone at its start or
    end, and its leading @mention where that is the host (`addressed`: "@小明 这个多少钱" asks
    another viewer); the text itself where nothing else is left ("hey mate")."""
    if addressed:
        text = _MENTION_START.sub("", text)
    inner = _VOCATIVE_END.sub("", _VOCATIVE_START.sub("", text)).strip()
    return inner or text


def without_address(text: str) -> str:
    """`text` as written, less the words that address someone at its start or end ("hey mate
    is it grass fed? thx 🙏" → "is it grass fed?", "主播 电视送支架吗" → "电视送支架吗"): what the
    answer reads. `text` itself where nothing else is left."""
    inner = _VOCATIVE_END.sub("", _SPACED_START.sub("", text.strip())).strip()
    return inner or text


def features(text: str, *, on_air: bool = False, names: bool = False,
             addressed: bool = False) -> dict[str, float]:
    """Sparse features → value. N-gram values are 1/sqrt(count) (an L2-normalised bag),
    flags are 1.0. `names`: the line names something in the catalog (the caller decides)."""
    whole = clean(text)
    t = core(whole, addressed)
    # a mention names someone, whoever the show's host is: "@hawker hi" reads as "@host hi"
    padded = f" {_MENTION.sub('@', t)} "
    grams = {"c:" + padded[i:i + n] for n in range(_NGRAM[0], _NGRAM[1] + 1)
             for i in range(len(padded) - n + 1)}
    words = _WORD.findall(_MENTION.sub("@", t))
    grams |= {"w:" + w for w in words}
    grams |= {"b:" + a + " " + b for a, b in zip(words, words[1:], strict=False)}
    out = dict.fromkeys(grams, 1.0 / math.sqrt(max(1, len(grams))))
    if t.endswith(("?", "？")):
        out["@qmark"] = 1.0
    if t.startswith(("!", "/")) or re.match(r"@\S+\s+[!/]\w", t):  # ("@moobot !price tv")
        out["@command"] = 1.0
    deictic = bool(DEICTIC.search(t))
    if deictic and on_air:
        out["@deictic_on_air"] = 1.0
    elif deictic:
        out["@deictic"] = 1.0
    if names:
        out["@names"] = 1.0
    # the shape alone is no flag: "is he 12?" is shaped like an ask and is not one for the shop
    aspect, shaped = bool(SHOP_ASPECT.search(t)), bool(QUESTION_SHAPE.search(t))
    if aspect:
        out["@aspect"] = 1.0
    if aspect and (shaped or t.endswith(("?", "？"))):
        out["@aspect_ask"] = 1.0  # "free shipping?", "尺码准吗": an ask about a shop aspect
    if aspect and names:
        out["@aspect_names"] = 1.0
    if (aspect or names) and not shaped and not t.endswith(("?", "？")) and EVALUATIVE.search(t):
        out["@remark"] = 1.0  # "eggs are so expensive now", 牛肉现在好贵啊
    if addressed:
        out["@addressed"] = 1.0
    elif _MENTION.search(whole):
        out["@mentions_other"] = 1.0  # "@小明 你买了吗": one viewer to another
    if ABOUT_HOST.search(whole):
        out["@about_host"] = 1.0
    if RELAYED.search(t):
        out["@relayed"] = 1.0
    if not CJK_RE.search(t) and not words:
        out["@no_words"] = 1.0  # emotes, digits, punctuation only
    out[f"@len{min(len(t) // 8, 6)}"] = 1.0
    return out
