"""Answering, thirteenth round (issue 14): the kinds held-out 12 showed once it was read (it is
development data since), each with wordings of its own beside the set's cases. Real Chroma
index, live facts, the template composer.

* a yes / no asked with no asking word ("dog bed waterproof?", "bottle can microwave?",
  "stroller from birth can?") is answered by the FAQ that says yes or no, not a spec's value;
* deals asked of one product with none on it say so, and what is on; a range of prices on
  sale says it is on sale; "for sale" is sold, not a deal;
* a size in a sizing system ("US 7") is "size 7", 7号; a ring's or bangle's mm is 58圈口; a
  stone's carat is "half a carat", 0.3卡; 40公分 is 40 cm; two variants by bare numbers ("the
  54 or 56 bangle") are compared; a colour not sold beside a measure sold is not offered;
* Hong Kong Cantonese (真金嚟㗎, 使唔使, 幾闊, 係邊, 嗰對) and a classifier before a name
  (呢隻銀戒指, 40公分條人字鏈) read as Mandarin; Malay shop words (berapa, ada stok tak) and
  Singlish particles ("how much is it ah") as English.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attack_support import Shops, abstained, ask, price
from knowledge_shared import shop_kb

from bot.persona import Persona
from knowledge import Promotion


@pytest.fixture(scope="module")
def shops() -> Shops:
    return {name: shop_kb(name) for name in ("baby", "pets", "jewel", "fitness", "outdoor",
                                             "gadget", "apparel", "snack")}


@pytest.fixture(scope="module")
def deals() -> Shops:
    """The outdoor and fitness shops with 10% off the headlamp and the whey (every option)."""
    out = {"outdoor": shop_kb("outdoor"), "fitness": shop_kb("fitness")}
    out["outdoor"].facts.add_promotion(Promotion("p-lamp", {"LAMP-TRAIL-400"}, "percent", Decimal(10)))
    out["fitness"].facts.add_promotion(Promotion("p-whey", {"WHEY-IRONCORE"}, "percent", Decimal(10)))
    return out


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("pets", "dog bed waterproof?", "not waterproof"),
    ("pets", "the donut bed waterproof or not", "not waterproof"),  # own wording
    ("baby", "bottle can microwave?", "do not microwave"),
    ("baby", "stroller from birth can?", "from 6 months who can sit"),
    ("baby", "baby wipes can flush?", "not flushable"),
    ("baby", "wipes flushable?", "flushable: no"),  # own wording (the spec says it too)
])
def test_a_yes_no_without_an_asking_word_gets_the_faq_s_yes_or_no(
        shops: Shops, host: Persona, shop: str, question: str, says: str) -> None:
    answer = ask(shops[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("what does the dog bed cover do", "cover"),  # an open ask is still answered by the spec
])
def test_an_open_ask_is_not_read_as_yes_no(shops: Shops, host: Persona, question: str,
                                           says: str) -> None:
    answer = ask(shops["pets"], host, question)
    assert says in answer.text and not answer.text.split(": ", 1)[1].startswith("No"), answer.text


@pytest.mark.parametrize(("question", "none_on"), [
    ("any promo on the boots", "No deal on the Granite Mid Waterproof Hiking Boots"),
    ("登山鞋有优惠吗", "花岗岩中帮防水登山鞋今晚没有优惠"),  # own wording
])
def test_deals_on_a_product_with_none_say_so_and_what_is_on(deals: Shops, host: Persona,
                                                            question: str, none_on: str) -> None:
    kb = deals["outdoor"]
    answer = ask(kb, host, question)
    assert answer.text.startswith(none_on) and price(kb, "LAMP-TRAIL-400") in answer.text \
        and price(kb, "BOOT-GRANITE") in answer.text, answer.text


def test_a_product_below_its_list_price_has_a_deal(deals: Shops, host: Persona) -> None:
    answer = ask(deals["outdoor"], host, "any promo on the tent")  # the 2-person's list price
    assert "No deal" not in answer.text, answer.text


def test_deals_on_a_product_on_sale_give_its_offer(deals: Shops, host: Persona) -> None:
    kb = deals["outdoor"]
    answer = ask(kb, host, "any discount on the headlamp?")
    assert "No deal" not in answer.text and price(kb, "LAMP-TRAIL-400") in answer.text, answer.text


@pytest.mark.parametrize("question", ["any promo on protein", "whey how much"])
def test_a_range_on_sale_says_so(deals: Shops, host: Persona, question: str) -> None:
    answer = ask(deals["fitness"], host, question)
    assert "on sale" in answer.text and "to" in answer.text, answer.text


def test_a_range_without_a_deal_says_no_sale(shops: Shops, host: Persona) -> None:
    answer = ask(shops["fitness"], host, "whey how much")
    assert "sale" not in answer.text and "off" not in answer.text, answer.text


@pytest.mark.parametrize("question", ["got iphone 16 for sale?", "do you have a drone for sale"])
def test_for_sale_is_sold_not_a_deal(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["gadget"], host, question)
    assert answer.grounds.status != "deals" and abstained(answer), answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("silver ring got size 7 or not", "sold out"),  # US 7 is sold out
    ("仲有冇7號戒指呀", "卖完"),
    ("ring size 8 how much", "SGD 72.00"),  # own wording (control: passed before)
    ("58圈口嘅玉鐲仲有冇貨", "还有1份"),
    ("玉镯圈口56还有吗", "还有4份"),  # own wording
    ("half a carat one how much", "SGD 990.00"),  # (control: passed before)
    ("0.3卡的吊坠几钱", "SGD 590.00"),  # own wording (control: passed before)
    ("40公分條人字鏈點賣", "40厘米"),
])
def test_a_size_carat_or_length_as_viewers_say_it_names_its_variant(
        shops: Shops, host: Persona, question: str, says: str) -> None:
    answer = ask(shops["jewel"], host, question,
                 on_air="PENDANT-LABDIA" if "one" in question else None)  # ("… one": on air)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("question", "a", "b"), [
    ("which cheaper, the 54 or 56 bangle", "JADE-54MM", "JADE-56MM"),
    ("玉镯54跟58哪个便宜", "JADE-54MM", "JADE-58MM"),  # own wording
])
def test_two_variants_by_bare_numbers_are_compared(shops: Shops, host: Persona, question: str,
                                                   a: str, b: str) -> None:
    kb = shops["jewel"]
    answer = ask(kb, host, question)
    assert answer.grounds.status == "compare" and price(kb, a) in answer.text \
        and price(kb, b) in answer.text, answer.text


@pytest.mark.parametrize("question", ["yoga mat 10mm pink got?", "10mm lilac mat?"])
def test_a_colour_not_sold_beside_a_measure_sold_is_not_offered(shops: Shops, host: Persona,
                                                                question: str) -> None:
    answer = ask(shops["fitness"], host, question)
    assert answer.grounds.status == "not_offered" and "Black" in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [
    ("呢隻銀戒指幾錢呀", "SGD 69.00"),
    ("呢隻男戒幾錢", "SGD 89.00"),
    ("銀戒指係咪真金嚟㗎", "不是"),
    ("wah so nice, how much is it ah", "SGD 680.00"),
    ("jewellery box murah tak? berapa", "SGD 29.00"),
    ("lab diamond 0.3ct berapa harga", "SGD 590.00"),
    ("ring sizer ada stok tak", "sold out"),
    ("titanium band how much lah", "SGD 89.00"),  # own wording
])
def test_cantonese_malay_and_singlish_are_read(shops: Shops, host: Persona, question: str,
                                               says: str) -> None:
    answer = ask(shops["jewel"], host, question,
                 on_air="BANGLE-JADE" if " it " in question else None)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(("text", "read"), [
    ("錶帶闊幾多", "表带宽多少"), ("機械錶使唔使換電", "机械表需不需要换电"),
    ("翡翠產地係邊", "翡翠产地是哪里"), ("珍珠耳環細粒嗰對幾錢", "珍珠耳环小颗那对多少钱"),
    ("每日堅果有冇落鹽", "每日坚果有没有加盐"),
])
def test_mandarin_of_hong_kong_shop_words(text: str, read: str) -> None:
    from knowledge.text import mandarin

    assert mandarin(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("berapa harga?", "how much?"), ("ada stok tak", "in stock or not"),
    ("how much is it ah?", "how much is it?"), ("can or not lah", "can or not"),
    ("ahh the blah", "ahh the blah"), ("tak ada saiz M?", "no size M?"),
    ("magkano po ang kettle", "how much the kettle"), ("meron pa po ba", "still in stock?"),
    ("mine po", "mine"), ("legit po ba", "legit?"), ("這款484正品", "這款是不是正品"),
    ("hmm nice", "hmm nice"), ("send it to my PO box?", "send it to my PO box?"),
])
def test_plain_english_of_malay_tagalog_and_singlish(text: str, read: str) -> None:
    from knowledge.text import plain_english

    assert plain_english(text) == read


@pytest.fixture(scope="module")
def more() -> Shops:
    return {name: shop_kb(name) for name in ("tools", "outdoor", "gadget")}


@pytest.mark.parametrize(("question", "says"), [
    ("工作枱可以承受幾重", "150公斤"),
    ("workbench max load?", "150 kg"),  # own wording (control)
    ("how heavy is the workbench", "11.5 kg"),  # its own weight (control)
])
def test_the_load_it_bears_is_not_its_own_weight(more: Shops, host: Persona, question: str,
                                                 says: str) -> None:
    answer = ask(more["tools"], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["dog food made in which country", "where is the dog food made"])
def test_free_from_is_no_origin(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["pets"], host, question)
    assert "free from" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "says"), [
    ("outdoor", "碳纖維行山杖一對幾錢", "碳纤维登山杖"),  # 行山 is 登山
    ("outdoor", "行山鞋啡色仲有冇", "44"),  # 啡色 is 棕色
    ("gadget", "尿袋可唔可以帶上機", "100瓦时"),  # 尿袋 is a power bank
    ("gadget", "iPhone 15 嘅玻璃貼幾錢", "£9.99"),
])
def test_hong_kong_words_for_things(more: Shops, host: Persona, shop: str, question: str,
                                    says: str) -> None:
    answer = ask(more[shop], host, question)
    assert says in answer.text, answer.text


@pytest.mark.parametrize("question", ["is that your ring? so pretty", "is that your own watch?"])
def test_the_host_s_own_things_are_not_the_shop_s(shops: Shops, host: Persona, question: str) -> None:
    answer = ask(shops["jewel"], host, question)
    assert abstained(answer) and "SGD" not in answer.text, answer.text


def test_the_host_s_best_price_is_the_shop_s(shops: Shops, host: Persona) -> None:
    answer = ask(shops["jewel"], host, "is this your best price for the ring?")
    assert "SGD 69.00" in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "on_air", "says"), [
    ("baby", "formula stage 2 how much", None, "€20.99"),  # the option's name, no part of it
    ("baby", "nappies size 4 price", None, "€17.49"),  # own wording (control)
    ("jewel", "confirm real gold?", "RING-LUNA-925", "No, it is 925 sterling silver"),  # Singlish
    ("jewel", "and the 45cm?", "NECKLACE-AURA", "45 cm"),  # a variant of the one on air
    ("jewel", "the 40cm one pls", "NECKLACE-AURA", "40 cm"),  # own wording (control)
])
def test_a_variant_or_a_yes_no_said_the_viewer_s_way(shops: Shops, host: Persona, shop: str,
                                                      question: str, on_air: str | None,
                                                      says: str) -> None:
    answer = ask(shops[shop], host, question, on_air=on_air)
    assert says in answer.text, answer.text


@pytest.fixture(scope="module")
def beauty() -> Shops:
    return {"beauty": shop_kb("beauty")}


@pytest.mark.parametrize(("question", "says"), [
    ("foundation got SPF?", "SPF 15"),  # "spf" is the sunscreen's alias: here the aspect asked
    ("foundation got spf or not", "SPF 15"),  # own wording
    ("sunscreen spf?", "SPF 30"),  # control
])
def test_got_an_aspect_asks_it_of_the_product(beauty: Shops, host: Persona, question: str,
                                              says: str) -> None:
    answer = ask(beauty["beauty"], host, question)
    assert says in answer.text and "left" not in answer.text, answer.text


@pytest.mark.parametrize(("shop", "question", "wrong"), [
    ("pets", "dog bed can machine wash?", "not waterproof"),  # another aspect's yes/no FAQ
    ("pets", "bed washable or not", "not waterproof"),
    ("jewel", "is the ring you're wearing real gold?", "925"),  # the host's own ring
])
def test_a_yes_no_of_another_aspect_or_the_host_s_is_not_said(shops: Shops, host: Persona,
                                                              shop: str, question: str,
                                                              wrong: str) -> None:
    answer = ask(shops[shop], host, question)
    assert wrong not in answer.text, answer.text


@pytest.mark.parametrize(("question", "a", "b"), [
    ("the 6 or 10 mat", "29.99", "39.99"),
    ("6mm or 10mm mat which cheaper", "29.99", "39.99"),  # (control)
])
def test_two_thicknesses_by_number_in_several_colours_are_compared(shops: Shops, host: Persona,
                                                                   question: str, a: str,
                                                                   b: str) -> None:
    answer = ask(shops["fitness"], host, question)
    assert answer.grounds.status == "compare" and a in answer.text and b in answer.text, answer.text


@pytest.mark.parametrize(("question", "says"), [("0.3卡吊坠多少钱", "590.00"), ("40公分项链多少钱", "59.00")])
def test_a_measure_before_a_name_is_no_other_thing(shops: Shops, host: Persona, question: str,
                                                   says: str) -> None:
    answer = ask(shops["jewel"], host, question)
    assert says in answer.text, answer.text


def test_the_colours_of_the_thickness_named(shops: Shops, host: Persona) -> None:
    answer = ask(shops["fitness"], host, "10mm mat in pink?")
    assert answer.grounds.status == "not_offered" and "Lilac" not in answer.text, answer.text


def test_on_sale_only_where_every_option_is(host: Persona) -> None:
    kb = shop_kb("tools")  # (its own: a promotion on one option of the battery; a control)
    kb.facts.add_promotion(Promotion("p-batt", {"BATT-2AH"}, "percent", Decimal(10)))
    answer = ask(kb, host, "battery on sale?")
    assert "on sale" not in answer.text, answer.text
