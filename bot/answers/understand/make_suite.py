"""Generate the labelled answer suite over three shops (seeded, reproducible).

Run: python -m bot.answers.understand.make_suite → data/answers_dev.jsonl, answers_heldout.jsonl

One JSON object a line: shop (sample | apparel | snack), question, lang, on_air (a SKU or null),
expect, sku / skus, fact. `expect` says what a right answer holds:

* price, stock — the live price / stock of `sku` (read from the facts when the bench runs);
* fact — the text `fact` (a spec value, a FAQ answer's opening words);
* policy — a sentence of the shop policy `policy` (the one on the question's topic);
* deals — every product with a live promotion; compare — both `skus`' prices;
* abstain — no answer about any product: the aspect is not in the facts (an honest
  "I don't know that about the X") or the thing is not carried.

Templates are split by position (every fourth to the held-out file only), so the held-out
questions use wordings the dev set never shows.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.answers.understand.cases import AnswerCase, CaseExtras
from knowledge.catalog import load_catalog, load_policies

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack is 3.12+; only the checker reads it

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent / "data"
SHOPS = {
    "sample": (ROOT / "bot/examples/catalog.yaml", ROOT / "bot/examples/policies.yaml"),
    "apparel": (ROOT / "tests/fixtures/shops/apparel_catalog.yaml",
                ROOT / "tests/fixtures/shops/apparel_policies.yaml"),
    "snack": (ROOT / "tests/fixtures/shops/snack_catalog.yaml",
              ROOT / "tests/fixtures/shops/snack_policies.yaml"),
}
# Shops only the held-out sets use (make_heldout4.py); kept out of SHOPS so the dev suite this
# script writes does not change. bench/understanding.py opens both.
HELDOUT_SHOPS = {
    "home": (ROOT / "tests/fixtures/shops/home_catalog.yaml",
             ROOT / "tests/fixtures/shops/home_policies.yaml"),
    # make_heldout5.py's tea, coffee & kitchen-appliance shop (EUR)
    "tea": (ROOT / "tests/fixtures/shops/tea_catalog.yaml",
            ROOT / "tests/fixtures/shops/tea_policies.yaml"),
    # make_heldout6.py's phone-accessories & small-electronics shop (GBP)
    "gadget": (ROOT / "tests/fixtures/shops/gadget_catalog.yaml",
               ROOT / "tests/fixtures/shops/gadget_policies.yaml"),
    # make_heldout7.py's skincare, cosmetics & personal-care shop (EUR)
    "beauty": (ROOT / "tests/fixtures/shops/beauty_catalog.yaml",
               ROOT / "tests/fixtures/shops/beauty_policies.yaml"),
    # make_heldout8.py's fitness & sports-nutrition shop (USD)
    "fitness": (ROOT / "tests/fixtures/shops/fitness_catalog.yaml",
                ROOT / "tests/fixtures/shops/fitness_policies.yaml"),
    # make_heldout9.py's pet food & supplies shop (GBP)
    "pets": (ROOT / "tests/fixtures/shops/pets_catalog.yaml",
             ROOT / "tests/fixtures/shops/pets_policies.yaml"),
    # make_heldout10.py's baby & toddler shop (EUR)
    "baby": (ROOT / "tests/fixtures/shops/baby_catalog.yaml",
             ROOT / "tests/fixtures/shops/baby_policies.yaml"),
    # make_heldout11.py's DIY power-tools & hardware shop (AUD)
    "tools": (ROOT / "tests/fixtures/shops/tools_catalog.yaml",
              ROOT / "tests/fixtures/shops/tools_policies.yaml"),
    # make_heldout12.py's jewellery & watches shop (SGD)
    "jewel": (ROOT / "tests/fixtures/shops/jewel_catalog.yaml",
              ROOT / "tests/fixtures/shops/jewel_policies.yaml"),
    # make_heldout13.py's coffee & tea shop (PHP)
    "brew": (ROOT / "tests/fixtures/shops/brew_catalog.yaml",
             ROOT / "tests/fixtures/shops/brew_policies.yaml"),
    # make_heldout14.py's bedding & home-textiles shop (INR)
    "bedding": (ROOT / "tests/fixtures/shops/bedding_catalog.yaml",
                ROOT / "tests/fixtures/shops/bedding_policies.yaml"),
    # make_heldout15.py's car accessories & motorcycle gear shop (MYR)
    "car": (ROOT / "tests/fixtures/shops/car_catalog.yaml",
            ROOT / "tests/fixtures/shops/car_policies.yaml"),
    # make_heldout16.py's garden centre & houseplant shop (GBP)
    "garden": (ROOT / "tests/fixtures/shops/garden_catalog.yaml",
               ROOT / "tests/fixtures/shops/garden_policies.yaml"),
    # make_heldout17.py's bicycle, e-bike & cycling-gear shop (AUD)
    "cycle": (ROOT / "tests/fixtures/shops/cycle_catalog.yaml",
              ROOT / "tests/fixtures/shops/cycle_policies.yaml"),
    # make_heldout18.py's musical instruments & audio-gear shop (CAD)
    "music": (ROOT / "tests/fixtures/shops/music_catalog.yaml",
              ROOT / "tests/fixtures/shops/music_policies.yaml"),
    # make_heldout19.py's art supplies, stationery & craft shop (INR)
    "art": (ROOT / "tests/fixtures/shops/art_catalog.yaml",
            ROOT / "tests/fixtures/shops/art_policies.yaml"),
}
# A development shop written to look like a new real shop (make_dev2.py, answers_dev2.jsonl):
# kept out of SHOPS so answers_dev.jsonl does not change. bench/understanding.py opens it too.
DEV_SHOPS = {
    "outdoor": (ROOT / "tests/fixtures/shops/outdoor_catalog.yaml",
                ROOT / "tests/fixtures/shops/outdoor_policies.yaml"),
}
CJK = re.compile(r"[\u4e00-\u9fff]")
T = TypeVar("T")

PRICE_EN = ["how much is the {a}?", "what's the price of the {a}", "{a} price?", "how much for the {a}",
            "how much are the {a} tonight?", "what does the {a} cost?", "price on the {a} pls",
            "how much is {a}"]
PRICE_ZH = ["{z}多少钱", "{z}多少钱？", "{z}怎么卖", "{z}什么价", "{z}现在多少钱", "{z}卖多少",
            "{z}价格多少", "{z}啥价"]
STOCK_EN = ["is the {a} in stock?", "any {a} left?", "how many {a} are left?", "is the {a} sold out?"]
STOCK_ZH = ["{z}还有货吗", "{z}还有吗", "{z}卖完了吗", "{z}有货吗"]
SPEC_EN = ["what's the {k} of the {a}?", "{a} {k}?", "what {k} is the {a}", "tell me the {k} of the {a}"]
SPEC_ZH = ["{z}的{k}是什么", "{z}{k}多少", "{z}{k}？", "请问{z}{k}"]
# Aspects the shops never state: a right answer says it does not know.
UNKNOWN_EN = ["is the {a} dishwasher safe?", "is the {a} halal?", "does the {a} glow in the dark?",
              "is the {a} safe for dogs?", "does the {a} come with a remote?",
              "is the {a} fda approved?", "can the {a} go in the oven?", "is the {a} bulletproof?",
              "does the {a} have bluetooth?", "is the {a} kosher?", "does the {a} work in space?",
              "can you fix the audio echo?"]
UNKNOWN_ZH = ["{z}能进烤箱吗", "{z}有蓝牙吗", "{z}是清真的吗", "{z}狗能吃吗", "{z}防弹吗",
              "{z}会发光吗", "{z}能放进洗碗机吗", "{z}有遥控器吗"]
NOT_CARRIED = {
    "en": ["how much is the iPhone 15?", "can you recommend a good laptop?", "do you sell phones?",
           "how much is the PS5", "any airpods tonight?", "do you have a sofa?", "price of the macbook?",
           "is the nintendo switch in stock?", "how much is a bicycle", "do you sell perfume?",
           "how much is the gaming chair", "do you have any watches?", "is the drone on sale?",
           "how much is the electric toothbrush", "got any vitamins?", "price of the tesla lol"],
    "zh": ["苹果手机多少钱", "手机多少钱？", "你们卖手机吗？", "有笔记本电脑吗", "游戏机多少钱",
           "有卖沙发吗", "耳机多少钱", "有没有香水", "自行车怎么卖", "有卖手表吗", "无人机有货吗",
           "电动牙刷多少钱", "华为手机有吗", "平板电脑多少钱", "维生素有吗", "有卖茶叶吗"],
}
# (question template, language, policy topic, the words a right answer contains)
POLICY = [
    ("is shipping free?", "en", "shipping"), ("how much is shipping?", "en", "shipping"),
    ("how long does delivery take?", "en", "shipping"), ("what's your return policy?", "en", "returns"),
    ("can i return it if i don't like it?", "en", "returns"), ("can I pay with alipay?", "en", "payment"),
    ("what payment methods do you take?", "en", "payment"), ("包邮吗？", "zh", "shipping"),
    ("运费多少", "zh", "shipping"), ("可以退货吗", "zh", "returns"), ("能用支付宝吗", "zh", "payment"),
    ("怎么付款", "zh", "payment"),
]
DEALS = [("what deals are on right now?", "en"), ("还有什么优惠", "zh"), ("any discounts tonight?", "en"),
         ("现在有什么活动", "zh"), ("what's on sale?", "en"), ("有什么优惠券吗", "zh")]
COMPARE_EN = ["which is cheaper, the {a} or the {b}?", "{a} or {b}, which costs less?",
              "is the {a} cheaper than the {b}?", "compare the {a} and the {b} price"]
COMPARE_ZH = ["{z}和{y}哪个便宜", "{z}跟{y}哪个更便宜", "{z}比{y}便宜吗", "{z}和{y}价格比一下"]


def _split(items: list[T], heldout: bool) -> list[T]:
    return [x for i, x in enumerate(items) if (i % 4 == 3) == heldout]


def _first_words(text: str) -> str:
    """A short, distinctive opening of an answer (what a right reply must quote)."""
    if CJK.search(text):
        return re.split(r"[，。,]", text)[0][:10]
    return " ".join(text.split()[:4]).rstrip(",.;:")


def suite(heldout: bool, seed: int) -> list[AnswerCase]:
    rnd = random.Random(seed)
    out: list[AnswerCase] = []

    def add(shop: str, q: str, lang: str, expect: str, on_air: str | None = None,
            **kw: Unpack[CaseExtras]) -> None:
        out.append({"shop": shop, "question": q, "lang": lang, "on_air": on_air, "expect": expect, **kw})

    for shop, (cat_path, pol_path) in SHOPS.items():
        products = load_catalog(cat_path)
        policies = load_policies(pol_path)
        for p in products:
            en = [a for a in p.aliases if not CJK.search(a)] or [p.name]
            zh = [a for a in p.aliases if CJK.search(a)] or [p.name_zh or p.name]
            a, z = rnd.choice(en), rnd.choice(zh)
            add(shop, rnd.choice(_split(PRICE_EN, heldout)).format(a=a), "en", "price", sku=p.sku)
            add(shop, rnd.choice(_split(PRICE_ZH, heldout)).format(z=z), "zh", "price", sku=p.sku)
            add(shop, rnd.choice(_split(STOCK_EN, heldout)).format(a=rnd.choice(en)), "en", "stock",
                sku=p.sku)
            add(shop, rnd.choice(_split(STOCK_ZH, heldout)).format(z=rnd.choice(zh)), "zh", "stock",
                sku=p.sku)
            pairs = [(k, v) for kv in p.specs.values() for k, v in kv.items()
                     if "see live" not in v]
            for k, v in _split(pairs, heldout)[:3]:
                zh_key = bool(CJK.search(k))
                tpl = rnd.choice(_split(SPEC_ZH if zh_key else SPEC_EN, heldout))
                add(shop, tpl.format(k=k, a=rnd.choice(en), z=rnd.choice(zh)), "zh" if zh_key else "en",
                    "fact", sku=p.sku, fact=_first_words(v))
            for item in _split(p.faq, heldout)[:2]:
                lang = "zh" if CJK.search(item.question) else "en"
                add(shop, item.question, lang, "fact", sku=p.sku, fact=_first_words(item.answer))
            text = " ".join([p.name, *p.aliases, *p.description.values(),
                             *(f"{q.question} {q.answer}" for q in p.faq),
                             *(f"{k} {v}" for kv in p.specs.values() for k, v in kv.items())]).lower()
            unknown = [t for t in _split(UNKNOWN_EN, heldout) if "{a}" in t
                       and not any(w in text for w in re.findall(r"[a-z]{5,}", t.replace("{a}", "")))]
            for t in rnd.sample(unknown, min(2, len(unknown))):
                add(shop, t.format(a=rnd.choice(en)), "en", "abstain", sku=p.sku)
            t = rnd.choice(_split(UNKNOWN_ZH, heldout))
            add(shop, t.format(z=rnd.choice(zh)), "zh", "abstain", sku=p.sku)
        for lang in ("en", "zh"):
            for q in rnd.sample(_split(NOT_CARRIED[lang], heldout), 3):
                add(shop, q, lang, "abstain", why="not carried")
        topics: dict[str, str] = {}
        for pol in policies:
            topics.setdefault(pol.topic, pol.id)  # the first policy on a topic is the main one
        for q, lang, topic in _split(POLICY, heldout):
            if topic in topics:
                add(shop, q, lang, "policy", policy=topics[topic])
        for q, lang in _split(DEALS, heldout):
            add(shop, q, lang, "deals")
        for _ in range(3):
            p1, p2 = rnd.sample(products, 2)
            en1 = [x for x in p1.aliases if not CJK.search(x)] or [p1.name]
            en2 = [x for x in p2.aliases if not CJK.search(x)] or [p2.name]
            zh1 = [x for x in p1.aliases if CJK.search(x)] or [p1.name_zh or p1.name]
            zh2 = [x for x in p2.aliases if CJK.search(x)] or [p2.name_zh or p2.name]
            add(shop, rnd.choice(_split(COMPARE_EN, heldout)).format(a=en1[0], b=en2[0]), "en",
                "compare", skus=[p1.sku, p2.sku])
            add(shop, rnd.choice(_split(COMPARE_ZH, heldout)).format(z=zh1[0], y=zh2[0]), "zh",
                "compare", skus=[p1.sku, p2.sku])
        # deictic asks while a product is on air
        for p in rnd.sample(products, 3):
            add(shop, rnd.choice(["how much is it?", "这个多少钱", "is this one in stock?"]),
                "en", "price", on_air=p.sku, sku=p.sku)
    for row in out:
        if CJK.search(row["question"]):
            row["lang"] = "zh"
    return out


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, heldout, seed in (("answers_dev", False, 14), ("answers_heldout", True, 1414)):
        rows = suite(heldout, seed)
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
