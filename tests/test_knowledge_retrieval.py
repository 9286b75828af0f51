"""Retrieval quality on the sample show (labelled English/Chinese questions), the show
filter, evidence shape, and the LangChain retriever."""

from __future__ import annotations

import time

import yaml
from knowledge_shared import FIXTURES, sample_kb

from knowledge import as_langchain
from knowledge.text import detect_lang, tokens


def _questions(name: str = "retrieval_questions.yaml") -> dict:
    return yaml.safe_load((FIXTURES / name).read_text())


def _hits(qs: list[dict]) -> tuple[float, float, list]:
    """hit@1, hit@3 and the misses of the sample knowledge base on labelled questions."""
    kb = sample_kb()
    hit1 = hit3 = 0
    misses = []
    for item in qs:
        skus = [m.sku for m in kb.retrieve(item["q"]).products]
        hit1 += skus[:1] == [item["sku"]]
        hit3 += item["sku"] in skus[:3]
        if skus[:1] != [item["sku"]]:
            misses.append((item["q"], item["sku"], skus[:3]))
    return hit1 / len(qs), hit3 / len(qs), misses


def test_labelled_questions_hit_at_1() -> None:
    qs = _questions()["questions"]
    assert len(qs) >= 150
    assert sum(detect_lang(q["q"]) == "zh" for q in qs) >= 50
    hit1, hit3, misses = _hits(qs)
    print(f"\nretrieval on {len(qs)} labelled questions: hit@1 {hit1:.3f}  hit@3 {hit3:.3f}")
    for m in misses:
        print("  miss:", m)
    assert hit1 >= 0.95, misses


def test_held_out_questions() -> None:
    """Questions never used for tuning: the honest figure (the labelled set is optimistic)."""
    qs = _questions("retrieval_heldout.yaml")["questions"]
    assert len(qs) >= 70 and sum(detect_lang(q["q"]) == "zh" for q in qs) >= 30
    hit1, hit3, misses = _hits(qs)
    print(f"\nretrieval on {len(qs)} held-out questions: hit@1 {hit1:.3f}  hit@3 {hit3:.3f}")
    for m in misses:
        print("  miss:", m)
    assert hit1 >= 0.95, misses  # the goal; measured 0.972 when the file was written


def test_policy_questions_get_the_policy_passage() -> None:
    kb = sample_kb()
    items = _questions()["policies"]
    hits = 0
    for item in items:
        ev = kb.retrieve(item["q"])
        top = ev.passages[0]
        policy = kb.retriever.snapshot.passages[kb.retriever.snapshot.by_id[top.id]].meta.get(
            "policy"
        )
        hits += top.kind == "policy" and policy == item["policy"]
    print(f"\npolicy questions: top passage right {hits}/{len(items)}")
    assert hits / len(items) >= 0.8


def test_evidence_shape_and_why() -> None:
    ev = sample_kb().retrieve("how much is the cow meat")
    assert ev.lang == "en" and ev.query == "how much is the cow meat"
    assert ev.top.sku == "BEEF-SHANK-1KG" and "alias 'cow meat'" in ev.top.why
    assert ev.passages and all(p.kind != "card" for p in ev.passages)
    assert ev.products == sorted(ev.products, key=lambda m: -m.score)
    zh = sample_kb().retrieve("牛肉多少钱")
    assert zh.lang == "zh" and zh.top.sku == "BEEF-SHANK-1KG" and zh.passages[0].lang == "zh"


def test_misspelling_and_longest_name_win() -> None:
    kb = sample_kb()
    assert kb.retrieve("rice coker capacity").top.sku == "RICECOOKER-IH-4L"
    assert kb.retrieve("jasmin rize").top.sku == "RICE-JASMINE-5KG"
    assert kb.retrieve("玉米多少钱").top.sku == "CORN-SWEET-10"  # not rice (米)


def test_show_filter_limits_products() -> None:
    kb = sample_kb()
    on_sale = {"TV-4K-65", "AIRFRYER-6L"}
    ev = kb.retrieve("how much is the cow meat", on_sale=on_sale)
    assert all(m.sku in on_sale for m in ev.products)
    assert all(p.sku in on_sale or p.sku == "" for p in ev.passages)
    assert kb.retrieve("the green one", on_sale=on_sale).top.sku == "AIRFRYER-6L"


def test_no_product_for_an_unrelated_question() -> None:
    ev = sample_kb().retrieve("do you ship to Chengdu?")
    assert ev.passages[0].kind == "policy"
    assert ev.top is None or ev.top.score < 1.0


def test_langchain_retriever() -> None:
    docs = as_langchain(sample_kb().retriever).invoke("is the air fryer dishwasher safe")
    assert docs and docs[0].metadata["top_product"] == "AIRFRYER-6L"
    assert docs[0].metadata["sku"] == "AIRFRYER-6L" and "dishwasher" in docs[0].page_content


def test_query_latency_on_the_sample() -> None:
    kb = sample_kb()
    qs = [q["q"] for q in _questions()["questions"]]
    lat = []
    for q in qs:
        t0 = time.perf_counter()
        kb.retrieve(q + " ?")  # a new string: not served from the embedding cache
        lat.append(time.perf_counter() - t0)
    lat.sort()
    p50, p99 = lat[len(lat) // 2], lat[int(len(lat) * 0.99)]
    print(f"\nsample query latency p50 {p50 * 1000:.1f} ms p99 {p99 * 1000:.1f} ms")
    assert p50 < 0.05  # generous: the machine is shared; bench/retrieval.py measures properly


def test_tokens_handle_chinese_without_spaces() -> None:
    assert {"牛肉", "多少"} <= set(tokens("牛肉多少钱", stop=False))
    assert "牛肉" in tokens("牛肉多少钱") and "钱" not in tokens("牛肉多少钱")
    assert tokens("Fuji apples") == ["fuji", "apple"]
