"""Text helpers shared by the catalog, the index and the retriever: normalisation, language
detection and tokenisation for the lexical (BM25) half of retrieval.

Chinese has no spaces between words, so CJK runs become character unigrams and bigrams; a
bigram like 牛肉 then matches without a word segmenter. English becomes lower-cased words with a
crude plural strip; `char_ngrams` adds character trigrams so misspellings still overlap.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")
_TOKEN_RE = re.compile(f"[{_CJK}]+|[a-z0-9]+(?:[.'][a-z0-9]+)*")

# Question filler that carries no product signal; BM25's idf handles the rest.
EN_STOP = frozenset(
    """a an the is are was were be been do does did can could will would should i you it its
    this that these those of to in on for with and or but at by from as me my we our your how
    what which who when where why much many any some there here have has had just please tell
    about get got one ones thing stuff price cost costs still left buy want need know hi
    hey""".split()
)
ZH_STOP = frozenset("的了吗呢吧啊呀么是在有个这那多少钱请问你我他她它们和与及还都也就么")


# Vulgar fractions: (alone, after a whole number) - "¾ size" is "3/4 size", "Strength 2½" is 2.5
_FRACTIONS = {"½": ("1/2", ".5"), "¼": ("1/4", ".25"), "¾": ("3/4", ".75"), "⅓": ("1/3", " 1/3"),
              "⅔": ("2/3", " 2/3"), "⅛": ("1/8", " 1/8")}
_FRACTION = re.compile(r"(\d?)([½¼¾⅓⅔⅛])")
_MIXED = re.compile(r"(?<![\d./])(\d+) (1/2|1/4|3/4)(?![\d/])")
_MIXED_PART = {"1/2": ".5", "1/4": ".25", "3/4": ".75"}


def typed_fractions(text: str) -> str:
    """`text` with each vulgar fraction as viewers type it ("¾ size" → "3/4 size", "2½" and
    "2 1/2" → "2.5"): NFKC would write "2½" as "21⁄2"."""
    # (most text has neither: two substring tests, not two patterns, on every `normalize`)
    if any(f in text for f in _FRACTIONS):
        text = _FRACTION.sub(lambda m: (m.group(1) or "") + _FRACTIONS[m.group(2)][bool(m.group(1))],
                             text)
    if "/" in text:
        text = _MIXED.sub(lambda m: m.group(1) + _MIXED_PART[m.group(2)], text)  # "2 1/2" is 2.5
    return text


def normalize(text: str) -> str:
    """Fractions as typed (¾ → 3/4, 2½ → 2.5), NFKC (full-width → half-width), case-fold, and
    traditional Chinese characters read as simplified ("牛肉乾" is the jerky's 牛肉干,
    "這個多少錢" 这个多少钱)."""
    folded = unicodedata.normalize("NFKC", typed_fractions(text)).casefold()
    return _simplified(folded) if CJK_RE.search(folded) else folded


@functools.lru_cache(maxsize=65536)
def _simplified(text: str) -> str:
    """`text` in simplified characters (OpenCC's t2s dictionaries, opencc-python-reimplemented)."""
    simplified: str = _t2s().convert(text)
    return simplified


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC  # its dictionaries load on first use: English-only chat never pays

    return OpenCC("t2s")


# Cantonese (and Taiwanese) words of shop chat and their Mandarin (after t2s: 係 is 系, 幾 is 几): Hong Kong,
# Guangdong and Malaysian viewers ask 幾錢, 有冇貨, 係咪真金, 呢隻; the rules read Mandarin.
# Source: written for Hawker (common Cantonese function words; 咋 is left alone, it is
# Mandarin slang for 怎么 too).
_CANTONESE = {"系唔系": "是不是", "系咪": "是不是", "有冇": "有没有", "几多钱": "多少钱", "几钱": "多少钱",
              "几多": "多少", "几长": "多长", "几大": "多大", "几重": "多重",
              "几耐": "多久", "几时": "什么时候", "点卖": "怎么卖", "点样": "怎么样", "点买": "怎么买",
              "仲有": "还有",
              "呢个": "这个", "呢只": "这只", "呢条": "这条", "呢款": "这款", "呢对": "这对",
              "呢件": "这件", "呢枚": "这枚", "呢度": "这里", "嗰个": "那个", "嗰只": "那只",
              "边个": "哪个", "边度": "哪里", "边款": "哪款", "边只": "哪只", "冇": "没有", "唔": "不",
              "咩": "什么", "乜嘢": "什么", "嘅": "的", "佢": "它", "啲": "些", "咗": "了", "嚟": "来",
              "喺": "在", "揾": "找", "俾": "给", "睇": "看", "嚟㗎": "的吗", "嚟架": "的吗",
              "㗎": "", "喎": "", "啫": "",
              # asking words and shop words of Hong Kong chat (阔 is 宽: 几阔, 表带阔多少)
              "系边": "是哪里", "系边度": "是哪里",
              "怎么食": "怎么吃", "点食": "怎么吃", "食法": "吃法",
              "几阔": "多宽", "阔": "宽", "几高": "多高", "几厚": "多厚",
              "几粗": "多粗", "几远": "多远", "几深": "多深", "使唔使": "需不需要", "洗唔洗": "需不需要",
              "识唔识": "会不会", "得唔得": "可不可以", "啱唔啱": "合不合适", "抵唔抵": "划不划算",
              "平唔平": "便不便宜", "平啲": "便宜些", "好平": "很便宜", "得落": "得下", "入面": "里面",
              "冻水": "冷水", "落盐": "加盐", "落糖": "加糖", "啡色": "棕色", "除低": "摘下",
              "细粒": "小颗", "嗰": "那", "𠮶": "那", "拣": "选", "咁": "这么", "点解": "为什么",
              "同埋": "和",
              # Hong Kong words for things and doings (尿袋 is a power bank, 乳酪 a yogurt)
              "行山": "登山", "尿袋": "充电宝", "乳酪": "酸奶", "士多啤梨": "草莓", "狗窦": "狗窝",
              "玻璃贴": "钢化膜", "冷帽": "毛线帽", "石屎": "水泥", "游水": "游泳", "冲凉": "洗澡",
              "掟": "扔", "驳": "接", "白雷雷": "泛白", "女装": "女款", "男装": "男款", "上机": "上飞机",
              "净返": "还剩", "食唔食得": "能不能吃", "食得": "能吃", "食几多": "吃多少",
              "几劲": "多强", "几钱一": "多少钱一", "枱": "台",
              # Taiwan's words where the mainland's differ (電鍋 a rice cooker, 連結 a shop link:
              # 求連結, 連結在哪)
              "连结": "链接", "电锅": "电饭煲", "行动电源": "充电宝", "萤幕": "屏幕", "优格": "酸奶",
              "凤梨": "菠萝", "马铃薯": "土豆", "宅配": "快递", "网路": "网络", "滑鼠": "鼠标",
              "随身碟": "U盘", "冷气": "空调", "保温瓶": "保温杯", "保固": "保修", "洗发精": "洗发水",
              "矽灵": "硅油", "蓝牙喇叭": "蓝牙音箱", "萤幕保护贴": "钢化膜", "保护贴": "钢化膜",
              "3号电池": "AA电池", "4号电池": "AAA电池", "丢洗碗机": "放洗碗机", "丢洗衣机": "放洗衣机",
              "改圈口": "改圈"}
# Taiwan counts pieces in a pack with 入 (替換刷頭8入: a pack of 8)
_PIECES_IN = re.compile(r"(?<=\d)入(?![口门住])")
_CANTONESE_RE = re.compile("|".join(sorted(map(re.escape, _CANTONESE), key=len, reverse=True)))


def mandarin(text: str) -> str:
    """`text` with the Cantonese words of shop chat in Mandarin ("呢隻幾錢" → "这只多少钱",
    "有冇貨" → "有没有货"), traditional characters simplified; other text as `normalize` leaves
    it but for case. (Not in `normalize`: a listing is not read through it.)"""
    if not CJK_RE.search(text):
        return text
    simple = _PIECES_IN.sub("支装", _simplified(unicodedata.normalize("NFKC", text)))
    return _CANTONESE_RE.sub(lambda m: _CANTONESE[m.group()], simple)


# Malay shop words of Malaysian and Singaporean chat and their English, longest first
# (berapa harga, ada stok tak); the sentence particles of Singlish and Manglish (ah, lah, leh)
# say nothing asked: "how much is it ah" asks no "it ah". Source: written for Hawker.
_MALAY = {"berapa harga": "how much", "harga berapa": "how much", "berapa ringgit": "how much",
          "berapa": "how much", "brp": "how much", "brapa": "how much", "brape": "how much",
          "berape": "how much", "bape": "how much", "ada stok tak": "in stock or not",
          "ada stock tak": "in stock or not", "ada stok": "in stock", "ada tak": "got or not",
          "ada ke": "got or not", "boleh tak": "can or not", "boleh ke": "can or not",
          "boleh": "can", "harga": "price", "murah": "cheap", "mahal": "expensive",
          "saiz": "size", "warna": "colour", "kalis air": "waterproof", "percuma": "free",
          "hantar": "ship", "untuk": "for", "tak ada": "no", "takde": "no", "tak": "not",
          # Manglish and Malay of Malaysian live selling ("yang ni berapa", "ada stok lagi tak",
          # "pos sabah berapa hari", "ori ke?", "COD boleh?"); bos / tauke only address the host
          "yang ni": "this one", "yg ni": "this one", "yang ini": "this one", "yg ini": "this one",
          "yang tu": "that one", "yg tu": "that one", "ni": "this", "ini": "this",
          "stok": "stock", "ada stok lagi": "still in stock", "stok lagi": "still in stock",
          "ada lagi": "still in stock", "masih ada": "still in stock", "dah habis": "sold out",
          "habis": "sold out", "ada": "got",
          "berapa hari": "how many days", "berapa lama": "how long", "hari": "days",
          "pos ke": "ship to", "hantar ke": "ship to", "kirim ke": "ship to", "sampai ke": "arrive in",
          "caj pos": "shipping fee", "kos pos": "shipping fee", "pos percuma": "free shipping",
          "free pos": "free shipping", "pos": "shipping", "sampai": "arrive",
          "cod boleh": "can cod", "boleh cod": "can cod", "bayar": "pay", "ansuran": "installments",
          "beli": "buy", "nak": "want", "mahu": "want", "saya": "i", "sy": "i", "dah": "already",
          "sudah": "already", "apa": "what", "macam mana": "how", "macamana": "how",
          "camne": "how", "camana": "how", "bila": "when", "kat mana": "where", "kenapa": "why",
          "ori": "original", "tulen": "genuine", "asli": "original", "palsu": "fake",
          "pakai": "use", "guna": "use", "sesuai": "suitable", "muat": "fit", "besar": "big",
          "kecil": "small", "berat": "weight", "panjang": "length", "lebar": "width",
          "tinggi": "height", "jaminan": "warranty", "waranti": "warranty",
          "pulangan": "return", "pulang": "return", "tukar": "exchange", "rosak": "broken",
          "bateri": "battery", "kereta": "car", "motosikal": "motorcycle", "diskaun": "discount",
          "potongan": "discount", "promosi": "promo", "tahan air": "water resistant",
          "warna lain": "other colours", "saiz lain": "other sizes", "lain": "other",
          "dengan": "with", "atau": "or", "sikit": "a bit", "je": "only", "jer": "only",
          "umur berapa": "how old", "berapa umur": "how old", "umur": "age", "abang": "bro",
          "akak": "sis", "duduk mana": "where do you live", "tinggal mana": "where do you live",
          "kahwin": "married", "jual": "sell", "punya": "", "bos": "", "tauke": "", "towkay": "",
          "kah": "", "jadi": "so"}
# …and the Tagalog of Philippine live selling (Taglish: "magkano po", "meron pa po ba", "HM po",
# "sf" the shipping fee); po / opo only make it polite. ("mine" claims an item: it stays.)
_TAGALOG = {"magkano": "how much", "mgkano": "how much", "mag kano": "how much", "hm": "how much",
            "hmp": "how much",
            "meron pa ba": "still in stock", "meron pa": "still in stock", "may stock pa": "still in stock",
            "avail pa": "still in stock", "avail": "available",
            "meron ba": "got", "meron": "got", "wala na ba": "sold out", "pwede ba": "can",
            "pwede": "can", "puwede": "can", "ilang": "how many", "ilan": "how many",
            "gaano katagal": "how long", "saan": "where", "kailan": "when", "kasya": "fit",
            "sf": "shipping fee", "sa": "for", "ang": "the", "yung": "the", "ba": "", "po": "",
            "opo": "yes",
            # question words and the words around them ("ano po tasting notes", "anong roast po
            # yan", "pano po yung white nyan", "kaya po ba ng grinder espresso")
            "ano": "what", "anong": "what", "anu": "what", "paano": "how", "pano": "how",
            "gaano": "how", "bakit": "why", "sino": "who", "kaya po ba": "can", "kaya ba": "can",
            "kayo": "you", "nyo": "your", "niyo": "your", "ninyo": "your", "yan": "that",
            "nyan": "that", "iyan": "that", "ito": "this", "lang": "only", "kulay": "colour",
            "lasa": "taste", "presyo": "price", "mura": "cheap", "pinakamura": "cheapest",
            "oras": "hours", "mainit": "hot", "malamig": "cold", "maanghang": "spicy",
            "matamis": "sweet", "asukal": "sugar", "makati": "itchy", "bata": "kids",
            "pusa": "cats", "aso": "dogs", "laman": "contents", "natira": "left", "nalang": "",
            "isang": "one", "kasama": "included", "taga": "from", "ibalik": "return",
            "sira": "broken", "tali": "lead", "kape": "coffee", "na": "",
            "ano ba yan": "ugh", "ano ba": "ugh"}  # (exasperation, nothing asked)
# …and the Hinglish of Indian live selling in Latin script ("kitna hai", "COD milega?", "queen
# size mein hai kya", "Singapore bhejte ho?"); bhai / di / ji only address the host. Words that
# are English or Malay too (me, ka, ke, par) are left as they are.
_HINGLISH = {"kitna hai": "how much is", "kitne ka hai": "how much is", "kitne ki hai": "how much is",
             "kitne ka": "how much", "kitne ki": "how much", "kitna": "how much", "kitni": "how much",
             "kitne din": "how many days", "kitne": "how many", "hai kya": "got or not", "hai na": "right",
             "kya hai": "what is", "kya": "", "hai": "is", "hain": "are",
             "milega": "available", "milegi": "available", "milenge": "available",
             "mil jayega": "available", "chahiye": "want", "bechte ho": "do you sell",
             "bechte hai": "do you sell", "bechte hain": "do you sell", "aapke paas": "you have",
             "apke pas": "you have", "aapke pass": "you have", "koi": "any", "kuch": "some",
             "bhi": "also", "nahi": "not", "nahin": "not", "mein": "in", "pe": "on",
             "kab tak": "by when", "kab": "when", "din": "days", "pahuch": "arrive",
             "pahunch": "arrive", "aayega": "arrive", "ayega": "arrive", "jayega": "will",
             "sakte": "can", "sakta": "can", "sakti": "can", "dhul": "wash", "dho": "wash",
             "konsa": "which", "kaunsa": "which", "kon sa": "which", "kaise": "how", "kaisa": "how",
             "sasta": "cheap", "mehenga": "expensive", "mehnga": "expensive", "rang": "colour",
             "kapda": "fabric", "bhejte ho": "do you ship", "bhejoge": "will you ship",
             "bhejo": "ship", "wala": "", "wali": "", "wale": "", "bhai": "", "bhaiya": "",
             "didi": "", "di": "", "ji": "", "batao": "tell", "bata do": "tell",
             "hai aapke paas": "do you have", "ye wala": "this one", "ye": "this", "yeh": "this",
             "iska": "its", "iski": "its", "iske": "its", "isme": "in this", "ismein": "in this",
             "se pehle": "before", "pehle": "before"}
_LOCAL = {**_MALAY, **_TAGALOG, **_HINGLISH}
_LOCAL_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _LOCAL), key=len, reverse=True))
                       + r")\b(?!\s+box\b)", re.I)  # (a PO box is no "po")
# "hm ok", "hm...": a thinking sound, not HM (how much), which asks ("HM?", "hm po", "hm beef")
_HMM = re.compile(r"^\s*hm\b(?=\s*(?:ok(?:ay)?|k|sige|then|yeah|yes|no|nice|interesting|i see|oo|so|lol|"
                  r"haha\w*)\b|\s*[.…]*\s*$)", re.I)
# Tagalog's yes / no with its subject last: "cordless po ba yung circular saw" is "is the circular
# saw cordless?" (one or two words asked of it; not a verb: "pwede po ba …")
_ASKED_OF = re.compile(r"^\s*(?P<pred>(?!(?:pwede|puwede|may|meron|need|kailangan|ano|anong|pano|paano|"
                       r"gaano|ilang?|magkano|saan|kasya|kaya)\b)[a-z][\w-]*(?:\s+(?!po\b)[a-z][\w-]*)?)\s+"
                       r"(?:po\s+)?ba\s+(?:(?:yung|ung|ang)\s+(?P<subj>(?:(?!\bo\b|\bor\b)[^?])+?)|"
                       r"(?:yan|nyan|iyan|ito|to))\s*\??\s*$", re.I)
# "may wax po ba yung apples" is "do the apples have wax?"; "kasama na po ba gas sa stove" is
# "does the stove come with gas?"
_HAS_IT = re.compile(r"^\s*may\s+(?P<x>(?:(?!\b(?:po|ba|na)\b)[^?])+?)\s+(?:na\s+)?(?:po\s+)?(?:ba\s+)?"
                     r"(?:yung|ung|ang|sa)\s+(?P<y>[^?]+?)\s*\??\s*$", re.I)
_COMES_WITH = re.compile(r"^\s*kasama\s+(?:na\s+)?(?:po\s+)?(?:ba\s+)?(?:ang\s+|yung\s+)?(?P<x>[^?]+?)\s+"
                         r"sa\s+(?:yung\s+|ang\s+)?(?P<y>[^?]+?)\s*\??\s*$", re.I)
# Tagalog "may … po ba / kayo" is "got …?" (not the English "may I ask")
_MAY_HAVE = re.compile(r"^\s*may\b(?=(?:\s+\w+){1,6}\s+(?:po|ba|kayo)\b)(?!\s+i\b)", re.I)
# Hinglish puts the verb last: "laptop bechte ho kya" is "do you sell laptop?", "moisturiser me
# spf hai?" is "does the moisturiser have spf?", "mutton hai kya" is "got mutton?"
_SELL_LAST = re.compile(r"^\s*(?P<x>[^?]+?)\s+(?:bhi\s+)?bechte\s+(?:ho|hai|hain)\b"
                        r"(?:\s+kya)?\s*\??\s*$", re.I)
_IN_IT_LAST = re.compile(r"^\s*(?P<x>[a-z][a-z ]*?)\s+(?:me|mein)\s+(?P<y>[a-z0-9][a-z0-9 ]*?)\s+hai\b"
                         r"(?:\s+kya)?\s*\??\s*$", re.I)
_HAVE_LAST = re.compile(r"^\s*(?P<x>[a-z][a-z ]*?)\s+hai\s+kya\s*\??\s*$", re.I)
_TAK_LAST = re.compile(r"(?<=\w)\s+(?:tak|x)(?=\s*[?？!.~]*\s*$)", re.I)
_CONFIRM = re.compile(r"^\s*confirm\s+(?!order|my|the order|already)", re.I)
# Taiwanese chat's number and zhuyin shorthand: 484 is 是不是, ㄉ 的, ㄇ 吗
_ZHUYIN = {"484": "是不是", "ㄉ": "的", "ㄇ": "吗", "ㄅ": "吧"}
_ZHUYIN_RE = re.compile(r"484(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])484|[ㄉㄇㄅ]")
_PARTICLE = re.compile(r"(?<=\w)[\s,]+(?:ah+|lah+|la|leh+|lor+|meh|hor|sia|liao|kot|ke|weh|wei)\b"
                       r"(?=\s*(?:[?？!！.,~]|$))", re.I)


def plain_english(text: str) -> str:
    """`text` with Malay and Tagalog shop words in English ("berapa harga", "magkano po" → "how
    much", "ada stok tak" → "in stock or not"), Taiwanese shorthand in Chinese (484 → 是不是)
    and Singlish sentence particles dropped ("how much is it ah?" → "how much is it?");
    other text as it is."""
    # (ba last asks: "legit po ba", "may decaf po ba kayo"; so do Malay ke and kah: "dah habis ke")
    asked = "?" if re.search(r"\b(?:ba(?:\s+(?:kayo|yan|nyan|ito|to))?|ke|kah)\W*$", text, re.I) else ""
    text = _CONFIRM.sub("is it ", _HMM.sub("hmm", text))  # Singlish "confirm real gold?"
    text = _HAS_IT.sub(lambda m: f"does the {m['y']} have {m['x']}?", text)
    text = _COMES_WITH.sub(lambda m: f"does the {m['y']} come with {m['x']}?", text)
    text = _MAY_HAVE.sub("got", text)  # "may decaf po ba kayo": got decaf?
    text = _ASKED_OF.sub(lambda m: f"is the {m['subj']} {m['pred']}?" if m["subj"]
                         else f"is it {m['pred']}?", text)
    text = _ZHUYIN_RE.sub(lambda m: _ZHUYIN[m.group()], text)
    text = _SELL_LAST.sub(lambda m: f"do you sell {m['x']}?", text)
    text = _IN_IT_LAST.sub(lambda m: f"does the {m['x']} have {m['y']}?", text)
    text = _HAVE_LAST.sub(lambda m: f"got {m['x']}?", text)
    text = _TAK_LAST.sub(" or not", text)  # "ada warna lain tak": got other colours or not
    text = _LOCAL_RE.sub(lambda m: _LOCAL[m.group().lower()], text)
    plain = re.sub(r"\s{2,}", " ", _PARTICLE.sub("", text)).strip()
    return plain + asked if plain and not plain.endswith(("?", "？")) else plain


def detect_lang(text: str) -> str:
    """'zh' if the text has any CJK ideograph, else 'en'."""
    return "zh" if CJK_RE.search(text) else "en"


def stem(word: str) -> str:
    """An English word's light singular stem ("boxes" → "box", "berries" → "berry", "TVs" →
    "tv"), the form names and questions are matched in; anything else comes back unchanged."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "xes", "zzes", "ches", "shes")):
        return word[:-2]  # boxes, glasses, watches; but sizes → size, cases → case
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if len(word) == 3 and word.endswith("s") and not set(word[:2]) & set("aeiouy"):
        return word[:-1]  # an abbreviation's plural: TVs, PCs, CDs
    return word


def tokens(text: str, *, stop: bool = True) -> list[str]:
    """Lexical tokens: English words (stemmed), CJK unigrams + bigrams."""
    out: list[str] = []
    for run in _TOKEN_RE.findall(normalize(text)):
        if CJK_RE.match(run):
            chars = [c for c in run]
            out.extend(c for c in chars if not (stop and c in ZH_STOP))
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        elif not (stop and run in EN_STOP):
            out.append(stem(run))
    return out


def char_ngrams(text: str, n: int = 3) -> list[str]:
    """Character n-grams of each English word (padded), for misspelling-tolerant matching."""
    out: list[str] = []
    for run in _TOKEN_RE.findall(normalize(text)):
        if CJK_RE.match(run) or run in EN_STOP:
            continue
        w = f"#{stem(run)}#"
        out.extend("~" + w[i : i + n] for i in range(len(w) - n + 1))
    return out
