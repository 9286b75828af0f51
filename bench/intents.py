"""Intent classifier and aspect lexicon benchmark: cross-validated accuracy of the intent
classifier on its exemplars (data/intents.yaml, 5-fold stratified, the trainer's model), the
exemplar counts by intent and language, and µs per `aspect_words` call over 1,000 questions
(exemplars and dev chat lines), beside a baseline in the same run: the per-word regex loop
`aspect_words` ran before the lexicon moved to data/aspects.yaml, over its 16-aspect table
(copied below as it was), i.e. the code this replaced.

    PYTHONPATH=. .venv/bin/python bench/intents.py
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answers.understand import intent  # noqa: E402
from knowledge.text import CJK_RE, normalize  # noqa: E402

CHAT = ROOT / "bot" / "answers" / "understand" / "data" / "chat_dev.tsv"


def exemplars() -> dict[str, list[str]]:
    import yaml

    data = yaml.safe_load(intent.EXEMPLARS.read_text(encoding="utf-8"))
    return {name: [str(t) for t in data.get(name, [])] for name in intent.INTENTS}


def counts(data: dict[str, list[str]]) -> dict[str, dict[str, int]]:
    out = {}
    for name, texts in data.items():
        zh = sum(1 for t in texts if CJK_RE.search(t))
        out[name] = {"en": len(texts) - zh, "zh": zh}
    return out


def cross_validated() -> dict[str, float]:
    """Top-1 accuracy of 5-fold stratified cross-validation, overall and per language."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion

    from bot.answers.understand import train

    texts, onehot = train.intent_exemplars()
    y = onehot.argmax(1)
    zh = np.array([bool(CJK_RE.search(t)) for t in texts])
    pred = np.zeros(len(y), int)
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=14).split(texts, y):
        union = FeatureUnion([(n, TfidfVectorizer(analyzer=fn, sublinear_tf=True))
                              for n, fn in intent.ANALYZERS])
        model = OneVsRestClassifier(LogisticRegression(C=train.INTENT_C, solver="liblinear"))
        model.fit(union.fit_transform([texts[i] for i in tr]), onehot[tr])
        pred[te] = model.decision_function(union.transform([texts[i] for i in te])).argmax(1)
    ok = pred == y
    return {"accuracy": round(float(ok.mean()), 4), "en": round(float(ok[~zh].mean()), 4),
            "zh": round(float(ok[zh].mean()), 4), "n": len(y)}


# The table and matcher before data/aspects.yaml (bot/answers/understand/intent.py, issue 14).
OLD_ASPECTS: dict[str, tuple[str, ...]] = {
    "power": ("watt", "watts", "wattage", "power", "功率", "瓦"),
    "weight": ("heavy", "weigh", "weighs", "weight", "grams", "gram", "kilos", "kilograms",
               "多重", "重量", "几斤", "多少克", "几克"),
    "size": ("big", "size", "sizes", "dimensions", "large", "small", "medium", "xl", "inch",
             "inches", "尺寸", "多大", "尺码", "大码", "小码", "码"),
    "capacity": ("capacity", "litres", "liters", "hold", "容量", "几升", "几个人"),
    "colour": ("colour", "color", "colours", "colors", "black", "white", "red", "blue", "green",
               "grey", "gray", "颜色", "色", "黑色", "白色", "红色"),
    "material": ("material", "made of", "fabric", "cotton", "wool", "面料", "材质", "成分"),
    "origin": ("from", "origin", "made in", "where", "产地", "哪里产", "哪里的", "哪产"),
    "shelf life": ("shelf life", "keep", "expire", "expiry", "last", "保质期", "放多久", "保存"),
    "ingredients": ("ingredients", "contain", "contains", "配料", "成分"),
    "battery": ("battery", "runtime", "charge", "续航", "电池"),
    "care": ("wash", "washing", "washable", "machine wash", "dryer", "水洗", "洗涤", "机洗", "手洗",
             "怎么洗", "能洗"),
    "spice": ("spicy", "spice", "hot", "辣"),
    "flavour": ("flavour", "flavor", "taste", "口味", "味道"),
    "sugar": ("sugar", "sweet", "sweetness", "sweetened", "糖", "甜"),
    "suction": ("suction", "吸力"),
    # how many in the pack (not "还有几个", which asks the stock)
    "count": ("count", "pieces", "一盒几", "一箱几", "一包几", "一袋几", "一盒多少个", "一箱多少个",
              "一包多少个", "一袋多少个", "几个一", "几根一", "几条一", "几包一", "多少个一", "装几个"),
}


def per_word_loop(text: str) -> set[str]:
    """The baseline: each aspect's words tried one by one (a regex per English word), over the
    old table (and the six units MEASURES had then)."""
    norm = normalize(text)
    out = {aspect for rx, aspect in intent.MEASURES[:6] if rx.search(norm)}
    for aspect, words in OLD_ASPECTS.items():
        for w in words:
            if CJK_RE.search(w):
                if w in norm:
                    out.add(aspect)
                    break
            elif re.search(rf"\b{re.escape(w)}\b", norm):
                out.add(aspect)
                break
    return out


def micros(fn: Any, questions: list[str], repeat: int = 5) -> float:
    """Median over `repeat` runs of µs per call."""
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for q in questions:
            fn(q)
        runs.append((time.perf_counter() - t0) / len(questions) * 1e6)
    return round(statistics.median(runs), 2)


def main() -> None:
    data = exemplars()
    chat = [line.split("\t", 2)[2] for line in CHAT.read_text(encoding="utf-8").splitlines()[1:]]
    questions = chat[:1000]  # live chat, the same lines whatever the exemplars
    intent.aspect_words("warm up")
    shipped = micros(intent.aspect_words, questions)
    baseline = micros(per_word_loop, questions)
    print(json.dumps({
        "exemplars": counts(data), "total": sum(len(t) for t in data.values()),
        "cross_validated": cross_validated(), "aspects": len(intent.ASPECTS),
        "aspect_words_us": {"shipped": shipped, "before_old_table": baseline,
                            "ratio": round(shipped / baseline, 3), "questions": len(questions)},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
