"""Issue 14, third round (dev probes written before the third held-out set was scored): chat
shaped like a question about a person, a bot's shop-word command, short aspect asks, and a thing
the shop does not carry asked for in the Chinese "有X吗" shape. Sample catalog and the apparel /
snack shops, real Chroma index, live facts."""

from __future__ import annotations

import pytest
from answers_support import ask, message

from bot.answers import QuestionDetector
from bot.answers.understand.features import features

BEEF = "BEEF-SHANK-1KG"


@pytest.fixture(scope="module")
def detector(host):
    from knowledge_shared import embedder, sample_kb

    kb = sample_kb()
    d = QuestionDetector(host, kb.catalog.values(), kb.policies, on_air=lambda: BEEF)
    d.use_embedder(embedder())
    return d


@pytest.fixture(scope="module")
def ngrams(host):
    from knowledge_shared import sample_kb

    kb = sample_kb()
    return QuestionDetector(host, kb.catalog.values(), kb.policies, on_air=lambda: BEEF)


# before: "how old is he?" scored 0.40 against a threshold of 0.18 (a question's shape was a
# feature by itself); "!link" 0.85 (a bot's command with a shop word).
@pytest.mark.parametrize("text", [
    "how old is he?", "is she ok?", "Is he 12?", "who is the guy?", "他几岁了", "!link", "!price",
    "it's beautiful", "这个我有"])
def test_questions_about_people_and_shop_word_commands_are_not_for_the_shop(detector, ngrams,
                                                                            text):
    for d in (detector, ngrams):
        assert not d(message(text)), (text, d.score(message(text)))


# before: the n-gram stage missed these asks that hold one shop aspect in a few words
@pytest.mark.parametrize("text", [
    "is the duvet cotton", "苹果大不大", "保质期多久", "what flavour",
    "how big is the duvet", "啥时候发货", "鸡蛋几个一盒", "sneaker price pls", "净水器要插电吗"])
def test_short_aspect_asks_are_picked_up(detector, ngrams, text):
    for d in (detector, ngrams):
        assert d(message(text)), (text, d.score(message(text)))


def test_a_question_shape_alone_is_no_feature_but_a_shop_aspect_is():
    assert not any(k.startswith("@aspect") for k in features("is he 12?"))
    assert {"@aspect", "@aspect_ask"} <= set(features("shelf life?"))
    assert "@aspect_names" in features("jeans colours?", names=True)




# before: "有围巾吗" (any scarves?) in the apparel shop → "现在的优惠：修身牛仔裤$53.10" (the deals:
# 有…吗 reads like 有优惠吗); the thing asked for is one the shop does not carry.
@pytest.mark.parametrize("question", ["有围巾吗", "有没有围巾", "卖围巾吗", "有手套吗？", "请问有卫衣吗"])
def test_a_thing_asked_for_in_the_you_x_ma_shape_is_not_carried(apparel, host, question):
    answer = ask(apparel, host, question)
    assert answer.grounds.status == "not_carried" and not answer.grounds.answerable, answer.text
    assert "$" not in answer.text and "没有" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("有优惠吗", "优惠"), ("有黑色吗", "黑"), ("有牛仔裤吗", "牛仔裤"), ("有大码吗", "XXL")])
def test_shop_words_and_the_shops_own_products_in_that_shape_still_answer(apparel, host,
                                                                         question, says):
    answer = ask(apparel, host, question, on_air="TEE-VNECK" if "码" in question or "色" in
                 question else None)
    assert answer.grounds.status != "not_carried" and says in answer.text, answer.text


# before: "鸡蛋一盒多少个" (how many eggs in a box) → "I don't know that about the eggs" with
# "count: 30 eggs" in the specs; "还有几个" must stay the stock. (The Chinese question gets the
# same fact in Chinese, "规格: 30枚装", where the listing states it in both.)
@pytest.mark.parametrize(("question", "sku", "says"), [
    ("鸡蛋一盒多少个", "EGG-FREERANGE-30", "30枚"), ("玉米几根一包", "CORN-SWEET-10", "10 ears"),
    ("egg count?", "EGG-FREERANGE-30", "30 eggs"), ("鸡蛋还有几个", "EGG-FREERANGE-30", "3000")])
def test_how_many_in_the_pack_is_the_count_spec_and_how_many_left_the_stock(kb, host, question,
                                                                           sku, says):
    answer = ask(kb, host, question)
    assert answer.grounds.sku == sku and says in answer.text, answer.text


# before: "运费多少" (sample shop, whose policy says 包邮 and never 运费) and "how long does delivery
# take?" (apparel: "Orders ship in 1 to 2 business days...") → "I don't have that in front of me":
# a policy gathered for the question's topic answers it even when they share no word.
def test_the_policy_on_the_topic_answers_without_sharing_a_word(kb, apparel, host):
    answer = ask(kb, host, "运费多少")
    assert "包邮" in answer.text and answer.grounds.intent == "shipping", answer.text
    answer = ask(apparel, host, "how long does delivery take?")
    assert "$50" in answer.text or "business days" in answer.text, answer.text
    answer = ask(kb, host, "how do i send it back")
    assert "7 days" in answer.text, answer.text



# before (the first two held-out sets): a wh-question answered by a yes/no FAQ ("where is the
# rice from" → "Yes, it is packed in Thailand..."; 帆布鞋尺码多少 → 尺码标准…), an amount by a FAQ
# with none ("how much water for the milk tea" → the cold-water FAQ), and a spec group by its
# other item ("the installation of the water filter" → "install: under the sink").
@pytest.mark.parametrize(("shop", "question", "says"), [
    ("sample", "where is the rice from", "Surin, Thailand"),
    ("sample", "tell me the installation of the water filter", "free home installation"),
    ("snack", "how much water for the milk tea", "150 ml hot water"),
    ("snack", "tell me the water of the instant milk tea", "150 ml hot water"),
    ("apparel", "帆布鞋尺码多少", "35到45"),
    # the yes/no asks keep their FAQ
    ("sample", "is the rice from thailand?", "Yes, it is packed in Thailand"),
    ("apparel", "帆布鞋尺码准吗", "尺码标准"),
    ("snack", "can i use cold water for the milk tea", "top up with cold water"),
    ("sample", "Is the air fryer basket dishwasher safe?", "Yes, the non-stick basket"),
    # 辣度多少 asks a level, not an amount: not the description sentence with "10小包"
    ("snack", "风干牛肉辣度多少", "特辣")])
def test_the_fact_that_answers_has_the_form_of_the_question(kb, apparel, snack, host, shop,
                                                            question, says):
    shops = {"sample": kb, "apparel": apparel, "snack": snack}
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text
