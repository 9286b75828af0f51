"""The template composer and the verifier, on the sample catalog with live facts.
(One test per kind of claim lives in test_answers_claims.py; the hostile-draft suite over a
loopback model server in test_answers_hostile.py.)"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from bot.answers import TemplateComposer, Verifier, gather, intent_of
from bot.answers.llm import guarded_text
from bot.answers.slots import Draft, fill
from bot.events import Role
from knowledge import Promotion

NOW = 1_750_000_000.0




def grounds(kb, question, role=Role.VIEWER, now=NOW):
    return gather(kb.retrieve(question), kb.facts, kb.catalog, now=now, role=role,
                  policies=kb.policies)


def render(kb, host, question, **kw):
    g = grounds(kb, question, **kw)
    return TemplateComposer(host).render(g), g


def filled(kb, host, question, **kw):
    g = grounds(kb, question, **kw)
    return fill(TemplateComposer(host).draft(g), g), g


@pytest.mark.parametrize(
    ("question", "intent"),
    [("how much is the beef", "price"), ("牛肉多少钱", "price"), ("any eggs left?", "stock"),
     ("does it ship to Chengdu", "shipping"), ("能寄到新疆吗", "shipping"),
     ("can I return it", "returns"), ("how heavy is the corn", "spec"),
     ("is the beef grass fed", "info")],
)
def test_intent(question, intent):
    assert intent_of(question) == intent


def test_price_answer_comes_from_live_facts_in_both_languages(kb, host):
    text, g = render(kb, host, "how much is the beef?")
    assert g.sku == "BEEF-SHANK-1KG"
    assert "¥89.90" in text and "¥139.00" in text and "35%" in text
    kb.facts.set_price("BEEF-SHANK-1KG", "79.50")
    text, _ = render(kb, host, "牛肉多少钱")
    assert "¥79.50" in text and "¥89.90" not in text and "内蒙古草饲牛腱子" in text


def test_promotion_code_deadline_and_role(kb, host):
    kb.facts.add_promotion(Promotion("sub-beef", {"BEEF-SHANK-1KG"}, "percent", 20, code="MOO20",
                                     ends_at=NOW + 600, roles={"subscriber"}))
    viewer, _ = render(kb, host, "how much is the beef")
    sub, g = filled(kb, host, "how much is the beef", role=Role.SUBSCRIBER)
    assert "MOO20" not in viewer and "¥89.90" in viewer
    assert "¥71.92" in sub.text and "MOO20" in sub.text and "10 min" in sub.text
    assert Verifier(host).check(sub, g).ok
    # The subscriber's answer is not true for a viewer: as text it fails, and its slots
    # cannot all be filled for a viewer (no code, no deadline).
    assert not Verifier(host).check(sub.text, grounds(kb, "how much is the beef")).ok
    assert not Verifier(host).check(sub.draft, grounds(kb, "how much is the beef")).ok


def test_a_promotion_price_is_never_quoted_without_its_code(kb, host):
    kb.facts.add_promotion(Promotion("fans", {"EGG-FREERANGE-30"}, "percent", 20, code="NEWFAN10"))
    for q in ("are the eggs free range?", "鸡蛋是散养的吗", "how much are the eggs"):
        f, g = filled(kb, host, q)
        assert "¥31.92" in f.text and "NEWFAN10" in f.text, f.text
        assert Verifier(host).check(f, g).ok


def test_sold_out_and_stock(kb, host):
    text, _ = render(kb, host, "how many eggs are left?")
    assert "3000" in text
    kb.facts.set_stock("EGG-FREERANGE-30", 0)
    text, _ = render(kb, host, "how much are the eggs?")
    assert "sold out" in text and "¥" not in text


def test_unknown_question_is_not_guessed(kb, host):
    text, g = render(kb, host, "do you sell iphones?")
    assert g.sku is None and text == host.say("unknown", "en")


def test_every_template_answer_passes_the_verifier(kb, host):
    """Whatever the product, language or intent, the fallback itself must verify."""
    verifier = Verifier(host, guarded_text(host))
    kb.facts.add_promotion(Promotion("flash", {"CORN-SWEET-10"}, "fixed_price", "19.90",
                                     code="CORN1990", ends_at=NOW + 90, stock_cap=100))
    failures = []
    for sku, product in kb.catalog.items():
        zh = product.name_zh or product.name
        for q in (f"how much is the {product.name}?", f"is the {product.name} in stock?",
                  f"tell me about the {product.name}", f"does the {product.name} ship to Tibet?",
                  f"{zh}多少钱", f"{zh}怎么样", f"{zh}能退货吗"):
            g = grounds(kb, q)
            f = fill(TemplateComposer(host).draft(g), g)
            verdict = verifier.check(f, g)
            if not verdict.ok:
                failures.append((sku, q, f.text, verdict.problems))
    assert not failures, [(s, q, p) for s, q, _, p in failures]


@pytest.mark.parametrize(
    ("draft", "problem"),
    [
        ("The beef is ¥9.90 tonight!", "number not from a slot"),
        ("牛肉今晚只要一元！", "number not from a slot"),
        ("Only 1 yuan for the beef", "number not from a slot"),
        ("Beef is one yuan today", "number not from a slot"),
        ("It's 60% off tonight.", "number not from a slot"),
        ("牛肉今晚打5折", "number not from a slot"),
        ("Beef is half price now", "promises something nothing grants"),
        ("Use code FREEBEEF99 at checkout", "code not from a slot"),
        ("Use coupon code laozhang for more", "code not from a slot"),
        ("The sale ends at 21:30", "number not from a slot"),
        ("We have 999999 packs left", "number not from a slot"),
        ("Order at https://evil.example.com now", "link"),
        ("Order at shop dot com now", "link"),
        ("@everyone the beef is here", "mention"),
        ("Buy one and get the eggs free!", "promises something nothing grants"),
        ("牛肉买一送一！", "promises something nothing grants"),
        ("Let's talk about politics instead", "declined"),
        ("My system prompt says to use only the facts", "instructions"),
    ],
)
def test_verifier_rejects(kb, host, draft, problem):
    g = grounds(kb, "how much is the beef")
    verdict = Verifier(host, guarded_text(host)).check(draft, g)
    assert not verdict.ok
    assert any(problem in p for p in verdict.problems), verdict.problems


@pytest.mark.parametrize(
    "draft",
    [
        "The beef shank is {price} tonight, down from {list_price}, that's {percent} off!",
        "牛腱子今晚{price}，原价{list_price}，限购{limit}份。",
        "Grass-fed beef shank, {unit}, {price}. I eat this at home myself.",
        "牛腱子{price}，每斤合{unit_price:jin}。",
    ],
)
def test_verifier_accepts_grounded_drafts(kb, host, draft):
    # a Chinese draft answers the question asked in Chinese (Chinese prose to an English
    # question is rejected, as English prose to a Chinese one is)
    g = grounds(kb, "牛腱子是草饲的吗？怎么做好吃？怎么发货？" if re.search(r"[\u4e00-\u9fff]", draft)
                else "is the beef grass fed, how long to braise it, how is it shipped")
    assert g.sku == "BEEF-SHANK-1KG" and g.intent != "price"
    verdict = Verifier(host, guarded_text(host)).check(Draft(draft), g)
    assert verdict.ok, verdict.problems


def test_a_persons_text_states_live_values_in_their_role(kb, host):
    """A moderator's edit or announcement: the exact live rendering counts as its slot (and its
    role is checked); the same number written by a model is not a slot."""
    g = grounds(kb, "how much is the beef")
    verifier = Verifier(host)
    assert verifier.check("Beef shank: ¥89.90 tonight.", g).ok
    assert not verifier.check("Beef shank: ¥139.00 tonight, that's ¥49.10 off!", g).ok
    assert not verifier.check(Draft("Beef shank: ¥89.90 tonight."), g).ok  # a model's literal
    shipped = grounds(kb, "how is the beef shipped")
    assert verifier.check("Frozen, usually arriving within 48 hours.", shipped).ok  # a quote
    assert not verifier.check("Frozen, arriving in 24 hours.", shipped).ok


def test_passage_numbers_pass_only_as_quotes_of_a_cited_passage(kb, host):
    g = grounds(kb, "how long to braise the beef")
    faq = [p for p in g.passages if "90 minutes" in p.text]
    assert faq, [p.text for p in g.passages]
    verifier = Verifier(host)
    quote = next(p for p in faq if "90 minutes" in p.text)
    ok = Draft("About 90 minutes on a low simmer, or 40 minutes in a pressure cooker.", (quote.id,))
    assert verifier.check(ok, g).ok, verifier.check(ok, g).problems
    assert not verifier.check(Draft(ok.template), g).ok  # the same words, uncited
    moved = Draft("About 40 minutes on a low simmer.", (quote.id,))  # a number in another role
    assert not verifier.check(moved, g).ok


def test_free_and_discount_words_need_backing(kb, host):
    g = grounds(kb, "does the beef ship for free?")
    policy = next(p for p in g.passages if "Shipping is free" in p.text)
    verifier = Verifier(host)
    free = "Shipping is free on every order to mainland China."
    assert verifier.check(Draft(free, (policy.id,)), g).ok
    assert not verifier.check(Draft(free), g).ok  # nothing cited grants it
    assert not verifier.check(Draft("The beef is free tonight.", (policy.id,)), g).ok
    kb.facts.set_list_price("EGG-FREERANGE-30", "39.90")  # no discount on eggs any more
    g = grounds(kb, "how much are the eggs")
    assert g.offer.percent_off == 0
    # The product's own sold unit ("box of 30") is the price's; any other unit is glued on.
    assert verifier.check(Draft("Free-range eggs, {price} a box."), g).ok
    assert verifier.check(Draft("Free-range eggs, {price} a tray."), g).ok is False
    assert verifier.check(Draft("Free-range eggs: {price} tonight."), g).ok
    assert not verifier.check(Draft("The eggs are on sale tonight at {price}."), g).ok


def test_allowed_money_follows_the_facts(kb, host):
    g = grounds(kb, "how much is the beef")
    assert Decimal("89.9") in g.allowed_money()
    draft = Draft("Beef: {price} tonight.")
    assert fill(draft, g).text == "Beef: ¥89.90 tonight."
    kb.facts.set_price("BEEF-SHANK-1KG", "99")
    g2 = grounds(kb, "how much is the beef")
    assert not Verifier(host).check("Beef: ¥89.90 tonight.", g2).ok
    assert fill(draft, g2).text == "Beef: ¥99.00 tonight." and Verifier(host).check(draft, g2).ok


def test_true_numbers_in_the_wrong_place_are_caught(kb, host):
    """What SmolLM2 really said to "牛肉多少钱": every number exists, none is the price."""
    verifier = Verifier(host)
    g = grounds(kb, "牛肉多少钱")
    assert not verifier.check(Draft("牛肉：还有{stock}份，每人限购{limit}份。"), g).ok
    assert "not in the viewer's language" in verifier.check(Draft("The beef is {price}."), g).problems
    assert verifier.check(Draft("牛腱子今晚{price}。"), g).ok
    leak = verifier.check(Draft("The FACTS write: {price}"), grounds(kb, "how much is the beef"))
    assert "repeats the composer's instructions" in leak.problems
