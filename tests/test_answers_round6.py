"""Answering, sixth round (issue 14): the kinds the fifth attack found, each with wordings of
its own beside the attack's cases (tests/test_answers_attack5.py) and controls that must not
move. Real Chroma index, live facts, the template composer.

* one piece of a product sold as many ("how heavy is each pack" of a box of 30 × 25 g) is
  answered by a fact about the pieces, or not at all, never by the whole box's weight;
* a remark with a product or price word and no question ("eggs cost a fortune lately") is not
  answered with a price;
* a colour the listing names, asked "in stock?" where stock is not kept per colour, gets what
  the product comes in, never the product's whole count as if it were that colour's;
* one word before another product's name qualifies it ("wool beanie?"; "cotton sweater" of a
  merino one is not carried), one after it is asked of it ("is the beanie cotton?"); a count of
  packs before a name is no other thing (两袋大米); a bundle price is not made up;
* a place abroad goes to the policy covering it, before one that only shares a keyword;
* a careless model's yes to a colour the product is not sold in, another product's warranty
  term from the same policy, and a yes that drops the policy's amount ("klarna?" → "Yes, on all
  orders.", "is shipping free?" → "Yes!") are rejected; the same drafts done right pass.
"""

from __future__ import annotations

import re

import pytest
from attack_support import (
    APPLE,
    BEANIE,
    BEEF,
    JERKY,
    NUTS,
    RICE,
    TEE,
    Shops,
    abstained,
    ask,
    check,
    price,
    shops,
)

from bot.persona import Persona

__all__ = ["shops"]  # the fixture


@pytest.mark.parametrize(("shop", "on_air", "question", "says", "never"), [
    ("snack", NUTS, "how heavy is each pack", "25", None),  # "750 g (30 × 25 g)" says it
    ("snack", NUTS, "一袋多少克", "25", None),
    ("snack", JERKY, "how much does one pack weigh", "25 g", "250 g"),
    ("sample", APPLE, "what does a single apple weigh", None, "5 kg"),
    ("sample", APPLE, "每个苹果多重", None, "5 kg"),
    ("snack", JERKY, "how heavy is the jerky", "250 g", None),  # control: the bag
    ("sample", RICE, "how heavy is one bag", "5 kg", None),  # control: the bag is what is sold
    ("snack", JERKY, "保质期一个月吗", "9", None),  # control: 一个月 is a month
])
def test_one_piece_is_not_the_whole(shops: Shops, host: Persona, shop: str, on_air: str,
                                    question: str, says: str | None, never: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    if says is None:
        assert abstained(answer), answer.text
        return
    # what follows the product's name, without "(¥44.91 tonight.)" and "(30 × 25 g)"
    said = answer.text.split(":", 1)[-1].split("：", 1)[-1]
    assert says in said, answer.text
    assert never is None or never not in re.sub(r"\(.*?\)|（.*?）", "", said), answer.text


@pytest.mark.parametrize(("on_air", "question"), [
    (BEEF, "eggs cost a fortune lately"),
    (BEEF, "beef got so expensive this year"),
    (None, "鸡蛋现在太贵了"),
    (BEEF, "牛肉真便宜啊"),
])
def test_a_remark_is_not_answered_with_a_price(shops: Shops, host: Persona, on_air: str | None,
                                               question: str) -> None:
    kb = shops["sample"]
    answer = ask(kb, host, question, on_air=on_air)
    assert price(kb, BEEF) not in answer.text and "39.90" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["beef so cheap wow how much", "牛肉好便宜啊多少钱",
                                      "is the beef expensive?"])
def test_a_remark_with_an_ask_is_answered(shops: Shops, host: Persona, question: str) -> None:
    kb = shops["sample"]
    assert price(kb, BEEF) in ask(kb, host, question, on_air=BEEF).text


@pytest.mark.parametrize(("question", "says"), [
    ("navy in stock?", None),  # no stock is kept per colour: what it comes in, or "I don't know"
    ("red in stock?", "not red"),  # a colour it is not sold in
    ("do you have it in navy?", "navy"),
])
def test_a_listed_colours_stock_is_not_the_products(shops: Shops, host: Persona, question: str,
                                                    says: str | None) -> None:
    answer = ask(shops["apparel"], host, question, on_air=TEE)
    assert "35" not in answer.text, answer.text  # the tee's whole stock
    # (says None: the colours it comes in, or an honest "I don't know")
    assert (abstained(answer) or "colours: " in answer.text) if says is None \
        else says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "sku"), [
    ("apparel", "is the beanie cotton?", BEANIE),  # a word after the name is asked of it
    ("apparel", "wool beanie?", BEANIE),  # a word before it qualifies it
    ("sample", "两袋大米多少钱", RICE),  # a count of bags
])
def test_a_word_beside_a_name_is_no_other_product(shops: Shops, host: Persona, shop: str,
                                                  question: str, sku: str) -> None:
    answer = ask(shops[shop], host, question)
    grounds = answer.grounds
    assert grounds is not None and grounds.sku == sku and grounds.status != "not_carried", \
        answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("snack", "牛肉干包多少钱"),  # a beef-jerky bun
    ("apparel", "cotton sweater in stock?"),  # the sweater is merino wool
    ("apparel", "denim beanie?"),
])
def test_another_thing_named_with_a_name_is_not_carried(shops: Shops, host: Persona, shop: str,
                                                       question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds is not None and answer.grounds.status == "not_carried", answer.text


@pytest.mark.parametrize(("question", "skus"), [
    ("how much for the tee and the beanie together", ("TEE-VNECK", "BEANIE-WOOL")),
    ("T恤和帽子一共多少钱", ("TEE-VNECK", "BEANIE-WOOL")),
])
def test_a_bundle_price_is_not_made_up(shops: Shops, host: Persona, question: str,
                                       skus: tuple[str, str]) -> None:
    kb = shops["apparel"]
    answer = ask(kb, host, question)
    assert abstained(answer), answer.text


@pytest.mark.parametrize("question", ["ship to the uk?", "do you ship to london", "能发英国吗"])
def test_a_place_abroad_gets_the_policy_covering_it(shops: Shops, host: Persona,
                                                    question: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert "48 contiguous" in answer.text or "本土48" in answer.text, answer.text


@pytest.mark.parametrize("question", ["can you ship gas canisters", "do you ship fuel?",
                                      "燃料罐能寄吗"])
def test_the_policy_holding_the_words_asked_answers(shops: Shops, host: Persona,
                                                    question: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert "never shipped" in answer.text or "气罐" in answer.text, answer.text


@pytest.mark.parametrize("question", ["can i swap the boots for a bigger size",
                                      "can I exchange the harness for a smaller one?"])
def test_a_swap_is_an_exchange(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["outdoor"], host, question)
    assert "exchanges" in answer.text, answer.text


@pytest.mark.parametrize(("on_air", "question"), [
    ("AIRFRYER-6L", "my air fryer is the same color haha"),
    ("TV-4K-65", "my tv is way older than this one lol"),
])
def test_a_viewer_telling_about_their_own_is_not_answered(shops: Shops, host: Persona,
                                                          on_air: str, question: str) -> None:
    answer = ask(shops["sample"], host, question, on_air=on_air)
    assert answer.grounds is not None and answer.grounds.status == "unknown", answer.text


@pytest.mark.parametrize(("shop", "on_air", "question", "draft", "ok"), [
    ("apparel", TEE, "does it come in pink?", "Yes!", False),  # white, black, heather grey, navy
    ("apparel", TEE, "got it in blue", "Sure, {price}.", False),
    ("apparel", TEE, "does it come in navy?", "Yes!", True),
    ("sample", None, "warranty on the robot vacuum", "3 years.", False),  # the TV's term
    ("sample", None, "warranty on the robot vacuum", "2 years.", True),
    ("sample", None, "扫地机器人保修多久", "保修3年", False),
    ("outdoor", None, "warranty on the trekking poles", "1-year warranty.", False),
    ("outdoor", None, "warranty on the trekking poles", "2-year warranty.", True),
    ("apparel", None, "klarna?", "Yes, on all orders.", False),  # over $100 only
    ("apparel", None, "can i pay with klarna", "Yes, Klarna splits it into 4 payments.", False),
    ("apparel", None, "klarna?", "Yes, on orders over $100.", True),
    ("outdoor", None, "is delivery free?", "Yes!", False),  # over $75 only
    ("outdoor", None, "is shipping free?", "Yes, on orders over $75.", True),
])
def test_a_careless_drafts_claim_is_checked(shops: Shops, host: Persona, shop: str,
                                           on_air: str | None, question: str, draft: str,
                                           ok: bool) -> None:
    verdict = check(shops[shop], host, question, draft, on_air)
    assert verdict.ok is ok, verdict.problems


@pytest.mark.parametrize(("on_air", "question", "says"), [
    (None, "tee in medium?", "S, M, L"),
    (None, "do you have the tee in medium", "S, M, L"),
    (None, "jeans in 36?", "28 to 38"),
    (None, "do the jeans come in 40", "28 to 38"),
    (None, "牛仔裤有40码吗", "28到38"),
    (None, "tee in 3xl?", "not 3XL"),  # a size it is not sold in
])
def test_a_size_asked_for_gets_the_sizes(shops: Shops, host: Persona, on_air: str | None,
                                         question: str, says: str) -> None:
    answer = ask(shops["apparel"], host, question, on_air=on_air)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("does the tv come in white?", "not white"),  # colour: black
    ("电视有白色的吗", "没有白色"),
    ("air fryer in black?", "not black"),  # colour: sage green
    ("tv in black?", "black"),  # control: the colour it comes in
])
def test_a_colour_a_one_colour_product_lacks_is_not_offered(shops: Shops, host: Persona,
                                                            question: str, says: str) -> None:
    assert says in ask(shops["sample"], host, question).text


@pytest.mark.parametrize("question", ["你是机器人吗", "r u a robot", "are you a real person?",
                                      "主播你是机器人吗"])
def test_the_host_asked_what_they_are_is_no_product(shops: Shops, host: Persona,
                                                    question: str) -> None:
    answer = ask(shops["sample"], host, question, on_air=BEEF)
    assert answer.grounds is not None and answer.grounds.status == "unknown", answer.text
    assert "Vacuum" not in answer.text and "机器人" not in answer.text, answer.text


@pytest.mark.parametrize(("on_air", "question", "says"), [
    (TEE, "is it cotton?", "cotton"),  # a word of its own name, asked of it
    (TEE, "是纯棉的吗", "精梳棉"),
    (BEANIE, "帽子是羊毛的吗", "羊毛"),
    (TEE, "is it merino?", None),  # a word of the sweater's name, asked of the tee
])
def test_a_name_word_asked_of_the_product_on_air_is_an_aspect(shops: Shops, host: Persona,
                                                              on_air: str, question: str,
                                                              says: str | None) -> None:
    answer = ask(shops["apparel"], host, question, on_air=on_air)
    assert answer.grounds is not None and answer.grounds.sku == on_air, answer.text
    assert abstained(answer) if says is None else says in answer.text, answer.text


@pytest.mark.parametrize(("shop", "on_air", "question", "says"), [
    ("snack", None, "牛肉乾多少钱", "牛肉干"),  # 乾 for 干
    ("snack", None, "芒果乾還有貨嗎", "芒果干"),
    ("snack", JERKY, "這個多少錢", "牛肉干"),
])
def test_traditional_characters_are_read_as_simplified(shops: Shops, host: Persona, shop: str,
                                                      on_air: str | None, question: str,
                                                      says: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert says in answer.text and not abstained(answer), answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("sample", "牛肉多少钱一公斤", "/公斤"),  # 公斤 is a kg, not a 斤
    ("sample", "how much is one cup of yogurt", "¥4.92 each"),  # 12 cups at ¥59.00
    ("sample", "酸奶一杯多少钱", "¥4.92/份"),
    ("snack", "mango per 100g?", "/100 g"),
    ("outdoor", "15lb dog food price per lb", "$3.00/lb"),  # $44.99 for 15 lb
])
def test_a_price_per_unit_is_derived_from_the_facts(shops: Shops, host: Persona, shop: str,
                                                    question: str, says: str) -> None:
    assert says in ask(shops[shop], host, question).text


@pytest.mark.parametrize(("question", "never"), [
    ("电视机多少公斤", "/斤"),  # the TV's weight, not a price per 斤 of a TV
    ("how heavy is one bag", "¥"),
])
def test_a_measure_asked_is_no_price_per_unit(shops: Shops, host: Persona, question: str,
                                              never: str) -> None:
    answer = ask(shops["sample"], host, question, on_air="RICE-JASMINE-5KG")
    assert never not in answer.text.split("(")[0].split("（")[0], answer.text


@pytest.mark.parametrize(("shop", "question"), [
    ("snack", "我的快递到哪了"), ("apparel", "where's my order? placed it yesterday"),
    ("outdoor", "what's my tracking number"),
])
def test_a_viewers_own_order_is_for_the_team(shops: Shops, host: Persona, shop: str,
                                            question: str) -> None:
    answer = ask(shops[shop], host, question)
    assert answer.grounds is not None and answer.grounds.status == "unknown", answer.text


@pytest.mark.parametrize("question", ["能用支付宝吗", "微信能付吗"])
def test_a_no_from_the_payment_policy_stands(shops: Shops, host: Persona, question: str) -> None:
    assert "暂不支持支付宝" in ask(shops["apparel"], host, question).text  # not read as a yes


@pytest.mark.parametrize(("shop", "on_air", "question", "says", "never"), [
    ("outdoor", None, "what's the weight limit of the harness", None, "$"),  # no purchase limit
    ("snack", JERKY, "信用卡可以吗", "支付宝", None),  # a payment word, with the jerky on air
])
def test_limit_and_payment_words(shops: Shops, host: Persona, shop: str, on_air: str | None,
                                 question: str, says: str | None, never: str | None) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert says is None or says in answer.text, answer.text
    assert never is None or never not in answer.text, answer.text


def test_the_issues_alipay_case_states_the_policys_amount(shops: Shops, host: Persona) -> None:
    """Issue 14, "What was seen": `can I pay with alipay?` abstained on the payment policy's
    "¥1000"; an amount a policy states is that policy's fact."""
    answer = ask(shops["sample"], host, "can I pay with alipay?")
    assert not abstained(answer) and "Alipay" in answer.text and "¥1000" in answer.text, answer.text
