"""Understanding benchmark over the labelled sets in bot/answers/understand/data/.

1. Question detection on the live-chat corpus (chat_dev.tsv and chat_heldout.tsv): precision,
   recall and F1 at the shipped threshold, beside the keyword baseline the detector replaced
   (`bot.questions.looks_like_question` plus a product / shop-word hit), and µs per line; with
   the MiniLM stage (as in a show once the knowledge base is open) and with n-grams only.
2. The answer suite (answers_dev.jsonl, answers_heldout.jsonl) over three shops (the sample
   show, an apparel shop, a snack shop): every question through `AnswerService.answer` with the
   template composer; counts of correct, abstained and wrong answers, for the answerable and
   the must-abstain questions separately. Each shop has two live promotions (the deals).

3. Ranking the product on air's facts for a question (what replaced Chroma's per-product `where`
   filter): the answerability scorer over a 10,000-product synthetic catalog (bench/retrieval.py's
   generator), build time once per catalog and p50 per question.

A held-out file is neither read by the training script nor used while tuning until it is
retired: once read while fixing, its chat joins the detector's training (train.TRAIN_CHAT).
"heldout2"
(chat_heldout2.tsv, answers_heldout2.jsonl, written by hand in make_heldout2.py before the
attack-and-fix round measured on it) is a second, fresh held-out set: the first one had been
looked at while fixing. "heldout3" (make_heldout3.py: over 1,000 chat lines in real-chat shapes
and 120 questions, written before the round that raised recall and removed the last wrong
answers) is the third: the first two had each been seen once. "heldout4" (make_heldout4.py:
over 1,500 chat lines and over 180 questions, incl. a fourth, home & beauty shop from
make_suite.HELDOUT_SHOPS) was written by a helper with no view of the fixes; measured twice
(before and after a round of fixes), it was then read and is development data now. "heldout5"
(make_heldout5.py: over 1,500 chat lines and 350 questions, incl. a tea, coffee &
kitchen-appliance shop in EUR from make_suite.HELDOUT_SHOPS) was likewise written in one session
by a helper with no view of the fixes, and is never read by the team: only its totals are
reported. "heldout6" (make_heldout6.py: over 1,500 chat lines and 350 questions, incl. a
phone-accessories & small-electronics shop in GBP from make_suite.HELDOUT_SHOPS) was written the
same way, by another helper in one session; measured twice, it was then read and is development
data now. "heldout7" (make_heldout7.py: over 1,500 chat lines and 350 questions, incl. a
skincare, cosmetics & personal-care shop in EUR from make_suite.HELDOUT_SHOPS, plus the outdoor
shop of make_suite.DEV_SHOPS) was written the same way, by a third helper in one session;
measured three times, it was then read and is development data now. "heldout8"
(make_heldout8.py: over 1,500 chat lines and 350 questions, incl. a fitness & sports-nutrition
shop in USD from make_suite.HELDOUT_SHOPS, plus the outdoor shop of make_suite.DEV_SHOPS and the
gadget and beauty shops) was written the same way, by a fourth helper in one session;
measured three times, it was then read and is development data now. "heldout9"
(make_heldout9.py: over 1,500 chat lines and 350 questions, incl. a pet food & supplies shop
in GBP from make_suite.HELDOUT_SHOPS, plus the outdoor shop of make_suite.DEV_SHOPS and the
gadget, beauty and fitness shops) was written the same way, by a fifth helper in one session,
and was read since (development data now). "heldout10" (make_heldout10.py: over 1,500 chat lines
and 350
questions, incl. a baby & toddler shop in EUR from make_suite.HELDOUT_SHOPS, plus the outdoor
shop of make_suite.DEV_SHOPS and the gadget, beauty, fitness and pets shops) was written the same
way, by a sixth helper in one session, and was read since (development data now). "heldout11"
(make_heldout11.py: over 1,500 chat lines and 350 questions, incl. a DIY power-tools & hardware
shop in AUD from make_suite.HELDOUT_SHOPS, plus the outdoor shop of make_suite.DEV_SHOPS and the
gadget, beauty, fitness, pets and baby shops) was written the same way, by a seventh helper in
one session; measured three times, it was then read and is development data now (its chat, with
heldout6–10's, trains the detector). "heldout12" (make_heldout12.py: over 1,500 chat
lines and 350 questions, incl. a jewellery & watches shop in SGD from make_suite.HELDOUT_SHOPS,
with Singapore, Malaysia and Hong Kong viewers, plus the outdoor shop of make_suite.DEV_SHOPS and
the gadget, beauty, fitness, pets, baby and tools shops) was written the same way, by an eighth
helper in one session, and was read since (development data now; its chat trains the detector).
"heldout13" (make_heldout13.py: over
1,500 chat lines and 350 questions, incl. a coffee & tea shop in PHP from
make_suite.HELDOUT_SHOPS, with Filipino viewers in Taglish and Taiwanese viewers in traditional
Chinese, plus the outdoor shop of make_suite.DEV_SHOPS and the gadget, beauty, fitness, pets,
baby, tools and jewel shops) was written the same way, by a ninth helper in one session; its
answers were read since, its chat stays out of training (the detector's check). "heldout14"
(make_heldout14.py: over 1,500 chat lines and 350 questions,
incl. a bedding & home-textiles shop in INR from make_suite.HELDOUT_SHOPS, with Indian viewers in
Hinglish and Indian English and mainland viewers in Douyin-style simplified Chinese, plus the
outdoor shop of make_suite.DEV_SHOPS and the gadget, beauty, fitness, pets, baby, tools, jewel
and brew shops) was written the same way, by a tenth helper in one session, and was read since
(development data now; its chat trains the detector). "heldout15" (make_heldout15.py: over 1,650
chat lines and 380 questions, incl. a car
accessories & motorcycle gear shop in MYR from make_suite.HELDOUT_SHOPS, with Malaysian viewers
in Manglish and Bahasa rojak, Malaysian Chinese viewers in simplified Chinese with local words,
and US/UK TikTok-Shop and Twitch chatters, plus the outdoor shop of make_suite.DEV_SHOPS and the
gadget, beauty, fitness, pets, baby, tools, jewel, brew and bedding shops) was written the same
way, by an eleventh helper in one session, and was read since (development data now; its chat
trains the detector). "heldout16"
(make_heldout16.py: over 1,650 chat lines and 380 questions, incl. a garden centre & houseplant
shop in GBP from make_suite.HELDOUT_SHOPS, with British and Irish gardeners, Hong Kong viewers in
Cantonese and Taiwanese viewers in traditional Chinese, mainland viewers in simplified Chinese,
and US/UK TikTok-Shop and Twitch chatters, plus the outdoor shop of make_suite.DEV_SHOPS and the
gadget, beauty, fitness, pets, baby, tools, jewel, brew, bedding and car shops) was written the
same way, by a twelfth helper in one session, and was read since (development data now; its chat
trains the detector). "heldout17"
(make_heldout17.py: over 1,650 chat lines and 380 questions, incl. a bicycle, e-bike &
cycling-gear shop in AUD from make_suite.HELDOUT_SHOPS, with Australian and New Zealand viewers
in their own slang, Indian and South-Asian viewers in Indian English and Hinglish, mainland
viewers in internet slang, Singaporean and Australian Chinese mixing English, Hong Kong and
Taiwan viewers in traditional Chinese, and cycling-community Twitch and YouTube chatters, plus the
outdoor shop of make_suite.DEV_SHOPS and the gadget, beauty, fitness, pets, baby, tools, jewel,
brew, bedding, car and garden shops) was written the same way, by a thirteenth helper in one
session, and was read since (development data now: its failures were read in round 18; its
chat does not train the detector, whose retrain with it lost two detector tests). "heldout18"
(make_heldout18.py: over 1,650 chat lines and 380 questions, incl. a musical instruments &
audio-gear shop in CAD from make_suite.HELDOUT_SHOPS, with Canadian viewers in their own words,
Quebecers in Quebec French and Franglais, Filipino viewers in Taglish, Hong Kong viewers in
Cantonese, Taiwan viewers in traditional Chinese, mainland viewers in internet slang, Chinese
Canadians mixing English, and musician and Twitch/YouTube chatters with their jargon, emote walls
and bots, plus the outdoor shop of make_suite.DEV_SHOPS and the gadget, beauty, fitness, pets,
baby, tools, jewel, brew, bedding, car, garden and cycle shops) was written the same way, by a
fourteenth helper in one session; it was the newest until heldout19, was measured then as
never read, and was read since (development data now; its chat does not train the detector).
"heldout19" (make_heldout19.py: over 1,650 chat lines and 380 questions, incl. an
art supplies, stationery & craft shop in INR from make_suite.HELDOUT_SHOPS, with Indian viewers
in Indian English and Hinglish, Mumbaikars in Bambaiya and Marathi, art students and
hobbyists, Malaysian and Singaporean Chinese mixing English, mainland viewers in internet slang,
Taiwan viewers in traditional Chinese, and US and UK art-Twitch chatters with their jargon, emote
walls and bots, plus the outdoor shop of make_suite.DEV_SHOPS and the gadget, beauty, fitness,
pets, baby, tools, jewel, brew, bedding, car, garden, cycle and music shops) is the newest,
written the same way by a fifteenth helper in one session, and never read by the team. "dev2"
(make_dev2.py: a fifth, pet & outdoor shop from make_suite.DEV_SHOPS, plus the three old ones)
is development data written to look like a new real shop; it is run only when asked (--split
dev2), never in "all".

    .venv/bin/python bench/understanding.py [--part detection|answers|all] [--show-wrong]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answers import AnswerService  # noqa: E402
from bot.answers.detect import QuestionDetector  # noqa: E402
from bot.answers.understand import make_suite  # noqa: E402
from bot.answers.understand.train import read_corpus  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.events import ChatMessage, Viewer  # noqa: E402
from bot.outbox import Outbox  # noqa: E402
from bot.persona import Persona  # noqa: E402
from bot.questions import QuestionQueue, looks_like_question  # noqa: E402
from knowledge import Evidence, KnowledgeBase, Promotion, load_catalog, money  # noqa: E402
from knowledge.embeddings import MiniLMEmbedder  # noqa: E402
from knowledge.text import normalize  # noqa: E402

logging.getLogger("bm25s").setLevel(logging.WARNING)
DATA = ROOT / "bot" / "answers" / "understand" / "data"
PERSONA = ROOT / "bot" / "examples" / "persona.yaml"
SHOP_WORDS = re.compile(r"ship|deliver|return|refund|price|cost|deal|link|buy|发货|快递|包邮|退|价格|"
                        r"多少钱|优惠|链接", re.I)


def _prf(pred: list[bool], gold: list[int]) -> dict:
    tp = sum(p and g == 1 for p, g in zip(pred, gold, strict=True))
    fp = sum(p and g == 0 for p, g in zip(pred, gold, strict=True))
    fn = sum((not p) and g == 1 for p, g in zip(pred, gold, strict=True))
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(2 * prec * rec / max(1e-9, prec + rec), 3), "tp": tp, "fp": fp, "fn": fn}


def detection(split: str, persona: Persona, embedder: MiniLMEmbedder, show_wrong: bool) -> dict:
    texts, labels, on_air = read_corpus(DATA / f"chat_{split}.tsv")
    held = split in ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                     "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                     "heldout15", "heldout16", "heldout17", "heldout18", "heldout19")
    shops = {**make_suite.SHOPS, **(make_suite.HELDOUT_SHOPS if held else {}),
             **(make_suite.DEV_SHOPS if split in ("dev2", "heldout7", "heldout8", "heldout9",
                                                  "heldout10", "heldout11", "heldout12",
                                                  "heldout13", "heldout14", "heldout15",
                                                  "heldout16", "heldout17", "heldout18",
                                                  "heldout19")
                else {})}
    products = [p for shop in shops.values() for p in load_catalog(shop[0])]
    air = {"sku": None}
    det = QuestionDetector(persona, products, on_air=lambda: air["sku"])
    msgs = [ChatMessage("console", "live", str(i), Viewer("console", "v", "v"), t, 0.0)
            for i, t in enumerate(texts)]
    pred, base = [], []
    t0 = time.perf_counter()
    for m, a in zip(msgs, on_air, strict=True):
        air["sku"] = "X" if a else None
        pred.append(det(m))
    per_line_us = (time.perf_counter() - t0) / len(msgs) * 1e6
    for m in msgs:
        names = det.names_something(m.text) or bool(SHOP_WORDS.search(m.text))
        base.append(looks_like_question(m) and names)
    # with the MiniLM stage (on once the knowledge base is open)
    deep = QuestionDetector(persona, products, on_air=lambda: air["sku"])
    deep.use_embedder(embedder)
    pred2 = []
    t0 = time.perf_counter()
    for m, a in zip(msgs, on_air, strict=True):
        air["sku"] = "X" if a else None
        pred2.append(deep(m))
    deep_us = (time.perf_counter() - t0) / len(msgs) * 1e6
    out = {"lines": len(texts), "questions": sum(labels),
           "detector_minilm": {**_prf(pred2, labels), "threshold": deep.threshold,
                               "us_per_line_uncached": round(deep_us, 1)},
           "detector_ngrams_only": {**_prf(pred, labels), "threshold": det.threshold,
                                    "us_per_line_uncached": round(per_line_us, 1)},
           "baseline_keywords": _prf(base, labels)}
    if show_wrong:
        out["wrong"] = [(g, t) for p, g, t in zip(pred2, labels, texts, strict=True) if p != g][:80]
    return out


def _shop_kb(name: str, emb: MiniLMEmbedder, tmp: str) -> KnowledgeBase:
    cat, pol = {**make_suite.SHOPS, **make_suite.DEV_SHOPS, **make_suite.HELDOUT_SHOPS}[name]
    kb = KnowledgeBase.open(cat, pol, chroma_path=f"{tmp}/{name}", embedder=emb)
    skus = [p.sku for p in load_catalog(cat)]
    kb.facts.add_promotion(Promotion(f"{name}-pct", {skus[0]}, "percent", 10, label="deal"))
    kb.facts.add_promotion(Promotion(f"{name}-fixed", {skus[2]}, "fixed_price",
                                     kb.facts.get(skus[2]).price - 1, label="deal"))
    return kb


def _norm(s: str) -> str:
    """Compared text: no spaces, no thousands separators ("10,000 mm" states "10000 mm")."""
    return re.sub(r"(?<=\d),(?=\d{3})", "", re.sub(r"\s+", "", normalize(s)))


def _judge(row: dict, answer, kb: KnowledgeBase, now: float, persona: Persona) -> str:
    """'correct', 'abstained' or 'wrong' for one answer."""
    text = answer.text
    unknown = {persona.say("unknown", lang) for lang in persona.languages}
    abstained = answer.composer.startswith(("persona", "abstain")) or text in unknown
    if row["expect"] == "abstain":
        return "abstained" if abstained else "wrong"
    # "comes in S to XXL, not 3XL": an abstention, unless a fact row's fact is in it (the sizes)
    not_offered = answer.grounds is not None and answer.grounds.status == "not_offered"
    if abstained and not (not_offered and row["expect"] == "fact"
                          and _norm(row["fact"]) in _norm(text)):
        return "abstained"

    def price(sku: str) -> str:
        o = kb.facts.live_offer(sku, now)
        return money(o.price, o.currency)

    def named(sku: str) -> bool:
        f = kb.facts.get(sku)
        return f.name in text or bool(f.name_zh and f.name_zh in text)

    expect = row["expect"]
    if expect == "price":
        ok = price(row["sku"]) in text or (kb.facts.get(row["sku"]).stock <= 0 and named(row["sku"]))
    elif expect == "stock":
        stock = kb.facts.get(row["sku"]).stock
        ok = (str(stock) in text) if stock > 0 else named(row["sku"]) and (
            "sold out" in text or "卖完" in text)
    elif expect == "fact":
        ok = _norm(row["fact"]) in _norm(text)
        if ok and row.get("sku"):  # about the right product (or no product at all)
            g = answer.grounds  # a variant's answer is about its product
            sku = (g.product.sku if g.product is not None else g.sku) if g is not None else None
            variants = {v.sku for v in g.product.variants} if g is not None and g.product else set()
            ok = sku is None or row["sku"] == sku or row["sku"] in variants
    elif expect == "policy":
        pol = next(p for p in kb.policies if p.id == row["policy"])
        sentences = [x for t in pol.text.values() for x in re.split(r"(?<=[.!?。！？])\s*", t)
                     if len(x.strip()) >= 6]
        ok = any(_norm(x) in _norm(text) for x in sentences)
    elif expect == "deals":
        promoted = {s for p in kb.facts.promotions(now) for s in p.skus
                    if kb.facts.get(s).stock > 0}
        ok = bool(promoted) and all(named(s) and price(s) in text for s in promoted)
    elif expect == "compare":
        ok = all(price(s) in text for s in row["skus"])
    else:
        raise ValueError(f"unknown expectation {expect!r}")
    return "correct" if ok else "wrong"


async def answers(split: str, persona: Persona, kbs: dict, show_wrong: bool) -> dict:
    rows = [json.loads(line) for line in (DATA / f"answers_{split}.jsonl").read_text(
        encoding="utf-8").splitlines()]
    counts = {"answerable": {"correct": 0, "abstained": 0, "wrong": 0},
              "must_abstain": {"correct": 0, "abstained": 0, "wrong": 0}}
    wrong, times = [], []
    clock = FakeClock()
    for row in rows:
        kb = kbs[row["shop"]]
        service = AnswerService(kb, persona, Outbox(clock), clock, QuestionQueue(),
                                on_air=lambda r=row: r["on_air"])
        t0 = time.perf_counter()
        answer = await service.answer(row["question"])
        times.append(time.perf_counter() - t0)
        verdict = _judge(row, answer, kb, clock.now(), persona)
        group = "must_abstain" if row["expect"] == "abstain" else "answerable"
        counts[group][verdict] += 1
        if verdict != "correct" and not (group == "must_abstain" and verdict == "abstained"):
            wrong.append({"q": row["question"], "expect": row["expect"], "got": answer.text[:160],
                          "verdict": verdict, "fact": row.get("fact")})
    a, m = counts["answerable"], counts["must_abstain"]
    times.sort()
    out = {"questions": len(rows), **counts,
           "correct_share_of_answerable": round(a["correct"] / max(1, sum(a.values())), 3),
           "abstain_share_of_unanswerable": round(m["abstained"] / max(1, sum(m.values())), 3),
           "wrong_total": a["wrong"] + m["wrong"],
           "p50_ms": round(times[len(times) // 2] * 1000, 2)}
    if show_wrong:
        out["not_right"] = wrong
    return out


def ranking(n: int = 10_000, queries: int = 300) -> dict:
    sys.path.insert(0, str(ROOT / "bench"))
    from retrieval import make_catalog, make_queries

    from bot.answers.understand.answerable import Answerability
    from bot.answers.understand.resolve import resolve

    rows = make_catalog(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalog.json"
        path.write_text(json.dumps({"products": rows}, ensure_ascii=False), encoding="utf-8")
        catalog = {p.sku: p for p in load_catalog(path)}
    t0 = time.perf_counter()
    scorer = Answerability(catalog)
    build_s = time.perf_counter() - t0
    asks = ["how heavy is it?", "what's the warranty?", "这个保质期多久", "is it waterproof?",
            "what colour is it?", "how do i store it"]
    lat = []
    for i, (_, sku) in enumerate(make_queries(rows, queries)):
        q = asks[i % len(asks)]
        t = time.perf_counter()
        masked = resolve(q, Evidence(q, "en"), catalog, sku).masked
        scorer.best(sku, masked, "en")
        lat.append(time.perf_counter() - t)
    lat.sort()
    # The trained scorer (MiniLM attached): the question's embedding is retrieval's (cached
    # here first, as retrieval does); a product's units are embedded the first time it is
    # ranked ("first"), then kept ("again": the product on air, asked about again).
    from bot.answers.understand.answerable import dense_of

    emb = MiniLMEmbedder()
    first, again = [], []
    for i, (_, sku) in enumerate(make_queries(rows, queries)):
        q = asks[i % len(asks)]
        emb.embed_query(q)
        for out in (first, again):
            t = time.perf_counter()
            masked = resolve(q, Evidence(q, "en"), catalog, sku).masked
            scorer.best(sku, masked, "en", dense_of(emb, q))
            out.append(time.perf_counter() - t)
    first.sort()
    again.sort()
    return {"products": n, "units": sum(len(u) for u in scorer.units.values()),
            "build_seconds": round(build_s, 2),
            "rank_on_air_p50_ms": round(lat[len(lat) // 2] * 1000, 3),
            "rank_on_air_p99_ms": round(lat[int(len(lat) * 0.99)] * 1000, 3),
            "trained_rank_again_p50_ms": round(again[len(again) // 2] * 1000, 3),
            "trained_rank_again_p99_ms": round(again[int(len(again) * 0.99)] * 1000, 3),
            "trained_rank_first_p50_ms": round(first[len(first) // 2] * 1000, 3),
            "trained_again_over_coverage_p50": round(again[len(again) // 2]
                                                     / lat[len(lat) // 2], 2),
            "goal_p50_ms": 5}


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=("detection", "answers", "ranking", "all"), default="all")
    # every labelled set: answers_<split>.jsonl (dev, dev2, attack, attack2, heldout…); dev2 is
    # make_dev2.py's outdoor shop (make_suite.DEV_SHOPS), development data, not in "all"
    ap.add_argument("--split", choices=(*sorted(p.stem.removeprefix("answers_")
                                                for p in DATA.glob("answers_*.jsonl")), "all"),
                    default="all")
    ap.add_argument("--show-wrong", action="store_true")
    args = ap.parse_args()
    persona = Persona.load(PERSONA)
    splits = (("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
               "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
               "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19")
              if args.split == "all" else (args.split,))
    result: dict = {"bench": "understanding"}
    if args.part in ("detection", "all"):
        emb = MiniLMEmbedder()
        result["detection"] = {s: detection(s, persona, emb, args.show_wrong) for s in splits}
        result["detection_goals"] = {"precision": 0.90, "recall": 0.85}
    if args.part in ("answers", "all"):
        emb = MiniLMEmbedder()
        with tempfile.TemporaryDirectory() as tmp:
            kbs = {name: _shop_kb(name, emb, tmp)
                   for name in {**make_suite.SHOPS, **make_suite.DEV_SHOPS,
                                **make_suite.HELDOUT_SHOPS}}
            result["answers"] = {s: await answers(s, persona, kbs, args.show_wrong)
                                 for s in splits}
        result["answers_goals"] = {"wrong_total": 0, "correct_share_of_answerable": 0.90,
                                   "abstain_share_of_unanswerable": 0.98}
    if args.part in ("ranking", "all"):
        result["ranking"] = ranking()
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    asyncio.run(main())
