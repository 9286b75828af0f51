"""Property: no message the show sends states a price or discount that is not the live fact
at the moment the platform receives it, whatever prices and stock do meanwhile."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.events import Role
from knowledge.facts import Facts
from plugins.base import Delivery, RateLimit
from plugins.console import ConsoleAdapter
from tests.show_shared import Show, catalog_facts

PLAN = """
show: {countdown: [1m, 30s, 10s], next_notice: 20s, low_stock: 50}
segments:
  - product: BEEF-SHANK-1KG
    duration: 2m
    promotion: {kind: fixed_price, value: 69.90, lasts: 90s}
  - product: EGG-FREERANGE-30
    duration: 2m
    promotion: {kind: percent, value: 20}
  - {product: CORN-SWEET-10, duration: 2m}
promotions:
  - {id: CORN-FLASH, skus: [CORN-SWEET-10, EGG-FREERANGE-30], kind: percent, value: 30,
     code: CORN30, at: 1m, until: 5m, flash: true}
  - {id: EGG-CHEAP, skus: [EGG-FREERANGE-30], kind: fixed_price, value: 25, at: 3m, until: 4m}
"""
SKUS = ["BEEF-SHANK-1KG", "EGG-FREERANGE-30", "CORN-SWEET-10"]
MONEY = re.compile(r"¥(\d+\.\d{2})")
PERCENT = re.compile(r"(\d+)%")


@dataclass
class CheckingConsole(ConsoleAdapter):
    """The platform edge: checks every number in what arrives against live facts, then."""

    facts: Facts | None = None
    problems: list[str] = field(default_factory=list)
    checked: int = 0

    async def send(self, delivery: Delivery) -> str:
        self.check(delivery.text)
        if delivery.card is not None:  # the embed's fields, for platforms that show them
            card = delivery.card
            self.check(" ".join([card.title, *(v for _, v in card.fields)]))
        return await super().send(delivery)

    def check(self, text: str) -> None:
        assert self.facts is not None
        now = self.clock.now()
        # The products a message names; a moderator's short "Eggs ¥39.90" names none in
        # full, and then any product's live numbers will do.
        named = [p for p in self.facts.all()
                 if p.name in text or (p.name_zh and p.name_zh in text)] or self.facts.all()
        offers = [self.facts.live_offer(p.sku, now) for p in named]
        if text.startswith("Now on: ") and not all(p.in_stock for p in named):
            self.problems.append(f"pitched a sold-out product at {now}: {text!r}")
        amounts = {a for o in offers for a in (o.price, o.list_price, o.saving)}
        percents = {o.percent_off for o in offers}
        for m in MONEY.finditer(text):
            self.checked += 1
            if Decimal(m.group(1)) not in amounts:
                self.problems.append(f"{m.group(0)} not live at {now}: {text!r}")
        for m in PERCENT.finditer(text):
            if int(m.group(1)) not in percents:
                self.problems.append(f"{m.group(0)} not live at {now}: {text!r}")


op = st.one_of(
    st.tuples(st.just("price"), st.sampled_from(SKUS), st.integers(500, 20000)),
    st.tuples(st.just("stock"), st.sampled_from(SKUS), st.sampled_from([0, 0, 10, 40, 300])),
    st.tuples(
        st.just("ask"),
        st.sampled_from(["!now", "!price beef", "!price eggs", "!deals"]),
        st.just(0),
    ),
    st.tuples(  # moderators steering the show meanwhile
        st.just("mod"),
        st.sampled_from(["!show pause", "!show resume", "!skip", "!extend 30s",
                         "!sale stop CORN-FLASH", "!sale start EGG-CHEAP",
                         "!announce Eggs ¥39.90 now", "!announce Beef 50% off"]),
        st.just(0),
    ),
)
steps = st.lists(st.tuples(st.floats(0, 45), op), min_size=1, max_size=25)


async def run(ops: list) -> CheckingConsole:
    facts = catalog_facts()

    def console(**kw: object) -> CheckingConsole:
        return CheckingConsole(facts=facts, **kw)

    # A tight send limit: messages wait in the outbox while prices move under them.
    async with Show(PLAN, facts=facts, rate=RateLimit(2, 7.0), adapter=console) as show:
        await show.start()
        for delay, (kind, a, b) in ops:
            await show.clock.advance(delay)
            if kind == "price":
                facts.set_price(a, Decimal(b) / 100)
            elif kind == "stock":
                facts.set_stock(a, b)
            elif kind == "ask":
                await show.say("viewer", a, Role.VIEWER)
            else:
                await show.say("mod_amy", a, Role.MODERATOR)
        await show.say("mod_amy", "!show resume", Role.MODERATOR)
        await show.until(show.clock.now() - show.t0 + 420, step=3)
        return show.console


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_no_message_states_a_number_that_is_not_live_when_sent(ops: list) -> None:
    console = asyncio.run(run(ops))
    assert console.problems == []
    assert console.checked > 0  # the property was exercised, not vacuous


def test_the_checker_catches_a_stale_price() -> None:
    """The check itself can fail: a price changed after rendering, with no refresh."""

    async def scenario() -> CheckingConsole:
        facts = catalog_facts()
        console = CheckingConsole(facts=facts, out=None)
        facts.set_price("BEEF-SHANK-1KG", Decimal("80"))
        text = "Inner Mongolia Grass-Fed Beef Shank: ¥89.90"
        await console.send(Delivery("live", text, None, None, False))
        return console

    assert len(asyncio.run(scenario()).problems) == 1
