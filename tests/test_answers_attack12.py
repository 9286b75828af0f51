"""Attacks on answering, twelfth outside round, after the changes that recognise a GeoNames place
after "ship/deliver/send/post ... to|in", "I'm in", "live in", "from" (a city no shipping policy
names abstains, "EU" covers its member states, everyday words that are towns set aside); answer a
value named by a word and a number not sold as "not offered" ("stage 4", "size 7", "iphone 16",
7号); tell baby and nursery product types as not carried (car seat, baby carrier, 奶瓶, 奶粉, 湿巾,
辅食, cot…); and answer a fit by the band or the one limit the listing states.

A hostile viewer's and a new user's questions over the dev shops (pets, gadget, outdoor, beauty,
fitness, apparel, snack and the sample show). One test per KIND of wrong answer found, a few
wordings each; every "before:" is what Hawker said. The right behaviour is asserted (an honest
abstention is right where the facts do not say); `xfail(strict=True)` marks, case by case, what
fails today, so a fix turns it into an XPASS that fails until its marker goes. Unmarked cases are
controls that pass today.
"""

from __future__ import annotations

import pytest
from attack_support import Shops, answered, xfail
from knowledge_shared import shop_kb

from bot.persona import Persona

NOT_CARRIED = ("don't carry", "今晚没有")  # the persona's "not carried" line


@pytest.fixture(scope="module")
def kbs() -> Shops:
    """The dev shops, no promotion live."""
    from answers_support import fresh_kb

    return {"sample": fresh_kb(), **{name: shop_kb(name) for name in (
        "pets", "gadget", "outdoor", "beauty", "fitness", "apparel", "snack")}}



# == a viewer's questions ======================================================================

# -- a place in a shipping question ---------------------------------------------------------------
# before: "do you ship to Zurich?" and "I'm in Zurich can you ship" (beauty: "We do not ship to …
# Switzerland") → "Free shipping to every EU country on orders over €39; under €39 shipping is
# €4.90…" (a confident yes for a country it never ships to); "do you ship to Leeds?" / "do you
# ship to Glasgow?" / "I'm in Cardiff, how much is delivery" (gadget: regions England, Scotland,
# Wales; "We deliver to UK addresses only") → "Good question. I don't have that in front of me"
# (while "I'm in London" is answered); "I'm in Bristol how much is delivery" (pets: England) → the
# same abstention (while Reading and Leeds are answered); "do you ship to Madrid?" / "Vienna?"
# (beauty: Spain, Austria named) → the abstention (while Berlin is answered); "do you ship to
# Austin?" (fitness: Texas named) and "Denver?" (outdoor: "the 48 contiguous US states") → the
# abstention; "I'm in reading glasses lol how much is delivery" (pets) → the abstention (Reading
# the town); "can you send it in time for christmas" (pets) → the abstention, and "can you send it
# in time" → the Repeat & Save policy; "where is the dog food made? from spain?" → "…Dry Dog Food:
# free from: wheat, soy, beef and artificial colours." (an origin asked, "free from" answered).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("beauty", "do you ship to Zurich?", None, "Free shipping"),
    ("beauty", "I'm in Zurich can you ship", None, "Free shipping"),
    ("gadget", "do you ship to Leeds?", "UK", None),  # (England, Scotland, Wales are the UK: round 19)
    ("gadget", "do you ship to Glasgow?", "UK", None),  # (England, Scotland, Wales are the UK: round 19)
    ("gadget", "I'm in Cardiff, how much is delivery", "3.49", None),  # (round 19)
    xfail("pets", "I'm in Bristol how much is delivery", "3.95", None,
          reason="a city in a country the policy names abstains"),
    xfail("beauty", "do you ship to Madrid?", "4.90", None,
          reason="a city in an EU country the policy names abstains"),
    ("beauty", "do you ship to Vienna?", "4.90", None),  # Austria's city: the EU policy
    xfail("fitness", "do you ship to Austin?", "48 contiguous", None,
          reason="a city in a state the policy names abstains"),
    xfail("outdoor", "do you ship to Denver?", "48 contiguous", None,
          reason="a city in the 48 states the policy covers abstains"),
    ("pets", "I'm in reading glasses lol how much is delivery", "3.95", None),
    xfail("pets", "can you send it in time for christmas", "DPD", None,
          reason="'send it in time' is no shipping question"),
    ("pets", "where is the dog food made? from spain?", None, "free from"),
    ("pets", "do you ship to Leeds?", "3.95", None),  # control
    ("pets", "do you ship to Glasgow?", "3.95", None),  # control
    ("pets", "I'm in Reading, how much is delivery", "3.95", None),  # control
    ("pets", "can you post it to my mum", "3.95", None),  # control
    ("pets", "can you post it to my mum in Leeds", "3.95", None),  # control
    ("pets", "will it ship in time for christmas", "3.95", None),  # control
    ("pets", "do you ship to nice?", "3.95", None),  # control
    ("pets", "can you send it to me by friday", "3.95", None),  # control
    ("pets", "is the cat food made in Germany?", None, "deliver"),  # control: no origin said
    ("pets", "does the harness come from china or from the UK", None, "deliver"),  # control
    ("gadget", "I'm in London how much is delivery", "3.49", None),  # control
    ("gadget", "do you post to France?", "UK addresses only", None),  # control
    ("gadget", "can you post it to my office", "3.49", None),  # control
    ("gadget", "where's the charger made, china?", None, "deliver"),  # control
    ("beauty", "do you ship to Germany?", "4.90", None),  # control
    ("beauty", "do you ship to Berlin?", "4.90", None),  # control
    ("beauty", "do you ship to Denmark?", "4.90", None),  # control: an EU member not listed
    ("beauty", "I live in Paris, how long does shipping take", "2 to 5", None),  # control
    ("beauty", "is the perfume made in France?", None, "shipping"),  # control
    ("beauty", "I'm in Geneva, do you ship there", None, "Free shipping"),  # control
    ("outdoor", "do you ship to Vancouver?", "Canada", None),  # control
    ("outdoor", "do you ship to Anchorage?", "Alaska", None),  # control
    ("outdoor", "do you ship to Texas?", "7.95", None),  # control
    ("fitness", "I'm in Ohio how much is shipping", "6.99", None),  # control
    ("fitness", "do you ship to Georgia?", "6.99", None),  # control
    ("sample", "do you ship to Beijing?", "Beijing", None),  # control
    ("sample", "包邮到北京吗", "北京", None),  # control
    ("sample", "do you ship to Nanjing?", "mainland China", None),  # control
    ("sample", "is the rice from thailand?", "Thailand", None),  # control
    ("sample", "is the beef from Inner Mongolia?", "Xilingol", None),  # control
    ("snack", "do you ship to Hong Kong?", None, "Free shipping"),  # control: not mainland
])
def test_a_place_in_a_shipping_question(kbs: Shops, host: Persona, shop: str, question: str,
                                        right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a value named by a word and a number (controls: each holds) ---------------------------------

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("gadget", "iphone 16 case?", "not iphone 16", None),  # control
    ("gadget", "3 iphone 15 cases how much", "14.99", "not"),  # control
    ("gadget", "do you have the case for iphone 15 pro max, 2 of them", "16.99", "not"),
    ("gadget", "10000 vs 20000 power bank price", "29.99", "not"),  # control
    ("pets", "3 of size M harness how much", "21.99", "not"),  # control
    ("pets", "12 kg senior dog food", "2 kg, 6 kg", None),  # control
    ("fitness", "8mm yoga mat?", "6 mm, 10 mm", None),  # control
    ("fitness", "i need 2 of the 5 lb chocolate whey how much", "69.99", "not"),  # control
    ("fitness", "whey 2 lb vanilla x2 price", "34.99", "not"),  # control
    ("beauty", "shade 3 foundation price", "29.50", "not"),  # control
    ("beauty", "shade 7 foundation?", "not 7", None),  # control
    ("beauty", "3号粉底多少钱", "29.50", "没有"),  # control
    ("beauty", "07号粉底有吗", "没有07", None),  # control
    ("beauty", "spf 15 sunscreen?", "SPF 30", None),  # control
    ("outdoor", "size 10 boots price", "139.00", "not"),  # control
    ("outdoor", "size 7 boots?", "7 to 13", "not 7"),  # control
    ("outdoor", "3-person tent?", "2-person, 4-person", None),  # control
    ("apparel", "sneakers size 13?", "5 to 12", None),  # control
    ("apparel", "size 7 sneakers?", "5 to 12", "not 7"),  # control
    ("apparel", "size 30 jeans", "28 to 38", "not 30"),  # control
])
def test_a_value_by_word_and_number(kbs: Shops, host: Persona, shop: str, question: str,
                                    right: str, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a baby product type beside a product the shop sells ------------------------------------------
# before: "car seat mount for my phone?" and "car seat phone holder" (gadget: the Gripster Magnetic
# Car Vent Mount, £12.99) → "Sorry, we don't carry car seat tonight."

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    xfail("gadget", "car seat mount for my phone?", "12.99", "don't carry",
          reason="'car seat' read as the baby product before the car mount sold"),
    xfail("gadget", "car seat phone holder", "12.99", "don't carry",
          reason="'car seat' read as the baby product before the car mount sold"),
    ("gadget", "do you have a car seat?", NOT_CARRIED, None),  # control
    ("pets", "do you have a baby carrier?", NOT_CARRIED, None),  # control
    ("pets", "pet carrier price", "Cat Carrier", "don't carry"),  # control
    ("pets", "宠物湿巾有吗", NOT_CARRIED, None),  # control: no wipes sold
    ("pets", "吸奶器有吗", NOT_CARRIED, None),  # control
    ("fitness", "baby bottle?", NOT_CARRIED, None),  # control
    ("fitness", "do you have a 奶瓶?", NOT_CARRIED, None),  # control
    ("fitness", "bottle price", "9.99", "don't carry"),  # control
    ("fitness", "摇摇杯多少钱", "9.99", "没有"),  # control
    ("snack", "奶茶粉多少钱", "35.00", "没有"),  # control
    ("snack", "milk tea powder price", "35.00", "don't carry"),  # control
    ("snack", "奶粉多少钱", NOT_CARRIED, None),  # control
    ("sample", "婴儿奶粉有吗", NOT_CARRIED, None),  # control
    ("sample", "牛奶有吗", "59.00", "没有"),  # control
    ("sample", "宝宝辅食有吗", NOT_CARRIED, None),  # control
    ("sample", "high chair price", NOT_CARRIED, None),  # control
    ("beauty", "baby wipes?", NOT_CARRIED, None),  # control
    ("outdoor", "do you have a pram?", NOT_CARRIED, None),  # control
    ("outdoor", "camping cot?", NOT_CARRIED, None),  # control: no cot sold
])
def test_a_baby_type_beside_one_sold(kbs: Shops, host: Persona, shop: str, question: str,
                                     right: str | tuple[str, ...], wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)


# -- a measure the listing's one limit answers, refused -------------------------------------------
# before: "can the stand hold a 12kg laptop" → "I don't know that about the Liftdesk Aluminium
# Laptop Stand" (max load: 10 kg); "does the laptop stand fit a 13 inch macbook" → "Good question.
# I don't have that in front of me" (laptops: 10 to 17.3 inches); "scale for a 150kg person?" →
# the same (max weight: 396 lb (180 kg)).

@pytest.mark.parametrize(("shop", "question", "right", "wrong"), [
    ("gadget", "can the stand hold a 12kg laptop", "10 kg", None),
    ("gadget", "does the laptop stand fit a 13 inch macbook", "17.3", None),
    ("fitness", "scale for a 150kg person?", "180 kg", None),
    ("gadget", "will the stand fit a 17 inch laptop?", "17.3", None),  # control
    ("gadget", "fit a 17 inch laptop?", "17.3", None),  # control
    ("gadget", "laptop stand for an 18 inch laptop?", "17.3", None),  # control
    ("pets", "will the carrier fit a 6kg cat", "8 kg", None),  # control
    ("pets", "harness for a 20kg dog", None, "kg"),  # control: sized by chest, not weight
    ("pets", "dog bed for a 20kg dog", None, "kg"),  # control: no weight said
    ("fitness", "dumbbells go up to 60 lb?", "52.5 lb", None),  # control
])
def test_a_fit_for_a_measure(kbs: Shops, host: Persona, shop: str, question: str,
                             right: str | None, wrong: str | None) -> None:
    answered(kbs, host, shop, question, right, wrong)
