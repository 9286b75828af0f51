"""The show's chat commands.

Viewers: `!deals`, `!price <product...>`, `!now`, `!next` (what is next; it never changes
the show). Moderators: `!show` (status), `!show start|pause|resume`, `!skip` (advance to the
next product now; also `!show next`), `!extend 2m`, `!sale start|stop <promo>`,
`!announce <text...>` (numbers must match live facts), `!stock <sku> <n>`.

Replies that state a number are rendered again from live facts just before sending.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.commands import ArgumentError, Context, Duration, Rest, command
from bot.events import Announcement, Priority, Reply, Role
from bot.show.runner import ShowRunner
from knowledge import quantities
from knowledge.facts import Facts, Offer, money, to_money

MAX_DEALS = 4

# Money and percentages a moderator's `!announce` may state only as live facts.
_AMOUNT = re.compile(
    r"[¥$€£]\s*(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?:元|块|(?:yuan|rmb|cny)\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％|percent)", re.IGNORECASE)


def check_numbers(
    text: str, facts: Facts, now: float, finder: ProductFinder | None = None
) -> list[str]:
    """Amounts and percentages in `text` that are not a live fact right now.

    The stand-in for the answer verifier (bot/answers/verifier.py): an amount must be a live
    price, list price or saving, a percentage a live discount or promotion, of the products
    the text names (any product's when it names none, or no `finder` is given).
    """
    named = finder.named_in(text) if finder is not None else []
    skus = [s for s in named if s in facts] or [p.sku for p in facts.all()]
    offers = [facts.live_offer(sku, now) for sku in skus]
    amounts = {a for o in offers for a in (o.price, o.list_price, o.saving)}
    percents = {Decimal(o.percent_off) for o in offers if o.percent_off}
    percents |= {p.value for sku in skus for p in facts.promotions(now, sku) if p.kind == "percent"}
    problems = []
    for m in _AMOUNT.finditer(text):
        raw = (m["a"] or m["b"]).replace(",", "")
        try:
            if to_money(raw) not in amounts:
                problems.append(f"unbacked amount {m.group(0).strip()!r}")
        except InvalidOperation:
            problems.append(f"unbacked amount {m.group(0).strip()!r}")
    for m in _PERCENT.finditer(text):
        if Decimal(m.group(1)) not in percents:
            problems.append(f"unbacked percentage {m.group(0).strip()!r}")
    return problems


def answer_verifier(service: Any) -> Callable[[str, float], list[str]]:
    """`!announce` checked by the answer verifier (bot/answers): the text is grounded like a
    question (the product it names, its live facts and promotions) and must pass as a draft."""

    def verify(text: str, now: float) -> list[str]:
        return list(service.verifier.check(text, service.ground(text)).problems)

    return verify


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s\-_.,!?'\"()（）！？。，]+", "", text)


def _words(text: str) -> str:
    """Lowercase words separated by single spaces, for whole-word containment."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[\-_.,!?'\"()（）！？。，]+", " ", text).split())


class ProductFinder:
    """Finds a product by SKU, name or alias: exact, then a whole name inside the query
    ("how much is the air fryer"), then the query inside a name, then a close spelling."""

    def __init__(self, names: dict[str, Iterable[str]]) -> None:
        self._by_name: dict[str, str] = {}
        self._phrases: list[tuple[str, str]] = []  # (words, sku)
        for sku, all_names in names.items():
            for name in (sku, *all_names):
                if (key := _norm(name)) and key not in self._by_name:
                    self._by_name[key] = sku
                    self._phrases.append((_words(name), sku))

    @classmethod
    def from_facts(cls, facts: Facts) -> ProductFinder:
        return cls({p.sku: [n for n in (p.name, p.name_zh) if n] for p in facts.all()})

    @classmethod
    def from_catalog(cls, products: Iterable) -> ProductFinder:  # noqa: ANN001 - catalog Products
        return cls({p.sku: p.names() for p in products})

    def find(self, query: str) -> str | None:
        q = _norm(query)
        if not q:
            return None
        if q in self._by_name:
            return self._by_name[q]
        inside = self._inside(query)
        if inside:  # the longest name wins: "beef shank" over "beef"
            return max(inside)[1]
        around = sorted((len(k), s) for k, s in self._by_name.items() if len(q) >= 3 and q in k)
        if around:
            return around[0][1]
        close = difflib.get_close_matches(q, list(self._by_name), n=1, cutoff=0.75)
        return self._by_name[close[0]] if close else None

    def named_in(self, text: str) -> list[str]:
        """Every product a text names (by a whole name or alias), in catalog order."""
        found = {s for _, s in self._inside(text)}
        return [s for s in dict.fromkeys(self._by_name.values()) if s in found]

    def _inside(self, text: str) -> list[tuple[int, str]]:
        words = f" {_words(text)} "
        return [(len(p), s) for p, s in self._phrases if len(p) >= 2 and _contains(words, p)]


def _contains(words: str, phrase: str) -> bool:
    if re.search(r"[\u3400-\u9fff]", phrase):  # Chinese has no spaces between words
        return phrase.replace(" ", "") in words.replace(" ", "")
    return f" {phrase} " in words


def _roles_of(role: Role) -> list[str]:
    """A viewer qualifies for promotions meant for their role and every role below it."""
    return [r.name.lower() for r in Role if r <= role]


class ShowCommands:
    def __init__(
        self,
        runner: ShowRunner,
        finder: ProductFinder | None = None,
        verify: Callable[[str, float], list[str]] | None = None,
    ) -> None:
        self.runner = runner
        self.facts = runner.facts
        self.say = runner.say
        self.finder = finder or ProductFinder.from_facts(runner.facts)
        # (text, now) -> problems: the answer verifier in the app (see build_show).
        self.verify = verify or self.facts_check(self.facts, self.finder)

    @staticmethod
    def facts_check(
        facts: Facts, finder: ProductFinder | None = None
    ) -> Callable[[str, float], list[str]]:
        return lambda text, now: check_numbers(text, facts, now, finder)

    # -- helpers -----------------------------------------------------------------------------

    def _reply_live(self, ctx: Context, render: Callable[[], str | None]) -> None:
        """Reply with numbers rendered now and again at send time."""
        text = render()
        if text is None:
            return
        priority = Priority.MODERATOR if ctx.message.role >= Role.MODERATOR else Priority.ANSWER
        ctx.send(Reply(ctx.message, text, priority, mentions=(ctx.viewer,), refresh=render))

    def _lang(self, ctx: Context) -> str:
        return self.runner.say.persona.language_of(ctx.message.text)

    def _offer_line(self, sku: str, offer: Offer, lang: str, now: float) -> str:
        facts = self.facts.get(sku)
        head = self.say.name(facts, lang) + ("：" if lang == "zh" else ": ")
        if not facts.in_stock:
            return head + ("已售罄" if lang == "zh" else "sold out")
        line = head + self.say.offer_text(offer, lang) + self.say.code_text(offer, lang)
        if offer.ends_at is not None and offer.ends_at > now:
            line += self.say.phrase(
                "show.deadline", lang, left=self.say.left(offer.ends_at - now, lang)
            )
        return line

    def _deal_line(self, sku: str, offer: Offer, lang: str, now: float) -> str:
        """Short: `!deals` lists several in one chat line."""
        name = self.say.name(self.facts.get(sku), lang)
        line = f"{name} {money(offer.price, offer.currency)}"
        if offer.percent_off:
            line += f" (-{offer.percent_off}%)"
        if offer.code:
            line += f" code {offer.code}" if lang == "en" else f" 券码{offer.code}"
        if offer.ends_at is not None and 0 < offer.ends_at - now < 3600:
            left = self.say.left(offer.ends_at - now, lang)
            line += f", {left} left" if lang == "en" else f"，剩{left}"
        return line

    def _product(self, query: str) -> str:
        sku = self.finder.find(query)
        if sku is None or sku not in self.facts:
            raise ArgumentError(f"I can't find a product called {query[:40]!r}")
        return sku

    # -- viewers ------------------------------------------------------------------------------

    @command("deals", aliases=("offers", "优惠"), viewer_cooldown=15, help="Today's live deals")
    async def deals(self, ctx: Context) -> None:
        lang, roles = self._lang(ctx), _roles_of(ctx.message.role)

        def render() -> str:
            now = self.runner.clock.now()
            skus: list[str] = []
            for promo in sorted(self.facts.promotions(now, role=roles), key=lambda p: p.id):
                skus += [s for s in sorted(promo.skus) if s not in skus]
            offers = [
                (s, self.facts.live_offer(s, now, roles))
                for s in skus
                if s in self.facts and self.facts.get(s).in_stock
            ]
            offers = [(s, o) for s, o in offers if o.promotion is not None][:MAX_DEALS]
            if not offers:
                return (
                    "No deals running right now; stay tuned!"
                    if lang == "en"
                    else "暂时没有优惠，请继续关注！"
                )
            head = "Deals now: " if lang == "en" else "当前优惠："
            return head + "; ".join(self._deal_line(s, o, lang, now) for s, o in offers)

        self._reply_live(ctx, render)

    @command("price", aliases=("价格",), viewer_cooldown=5, help="The live price of a product")
    async def price(self, ctx: Context, product: Rest) -> None:
        sku, lang, roles = self._product(product), self._lang(ctx), _roles_of(ctx.message.role)

        def render() -> str:
            now = self.runner.clock.now()
            return self._offer_line(sku, self.facts.live_offer(sku, now, roles), lang, now)

        self._reply_live(ctx, render)

    @command("now", viewer_cooldown=10, help="The product on the show right now")
    async def now(self, ctx: Context) -> None:
        lang = self._lang(ctx)

        def render() -> str:
            sku = self.runner.current_sku()
            if sku is None:
                status = self.runner.state.status
                if lang == "zh":
                    return "直播已经结束啦。" if status == "ended" else "直播还没开始。"
                return "The show is over." if status == "ended" else "The show hasn't started yet."
            now = self.runner.clock.now()
            head = "On now: " if lang == "en" else "正在介绍："
            return head + self._offer_line(sku, self.facts.live_offer(sku, now), lang, now)

        self._reply_live(ctx, render)

    @command("next", viewer_cooldown=10, help="What's coming up next on the show")
    async def next(self, ctx: Context) -> None:
        sku, lang = self.runner.next_sku(), self._lang(ctx)
        if sku is None:
            ctx.reply(
                "That's the last product of the show."
                if lang == "en"
                else "这是今晚最后一个产品了。"
            )
            return
        name = self.say.name(self.facts.get(sku), lang)
        if self.runner.state.status == "idle":
            ctx.reply(f"First up: {name}." if lang == "en" else f"第一个产品：{name}。")
            return
        left = self.say.left(max(0.0, self.runner.segment_end() - self.runner.show_time()), lang)
        ctx.reply(
            f"Next up: {name}, in about {left}."
            if lang == "en"
            else f"下一个：{name}，大约{left}后。"
        )

    # -- moderators ----------------------------------------------------------------------------

    def _audit(self, ctx: Context, kind: str, **detail: object) -> None:
        self.runner.store.audit(kind, f"{ctx.viewer.platform}:{ctx.viewer.id}", **detail)

    @command("show", min_role=Role.MODERATOR, help="Where the show is (moderators)")
    async def show_status(self, ctx: Context) -> None:
        r, s = self.runner, self.runner.state
        if s.status in ("idle", "ended"):
            ctx.reply(
                f"Show {s.status}; {len(r.plan.segments)} segments planned. !show start to begin."
            )
            return
        left = r.segment_end() - r.show_time()
        ctx.reply(
            f"Show {s.status}: segment {s.segment + 1}/{len(r.plan.segments)} "
            f"({r.current_sku()}), {left:.0f}s left in it, "
            f"{len(r.live_promotions())} promotions live."
        )

    @command("show start", min_role=Role.MODERATOR, help="Start the show from the first segment")
    async def show_start(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="start")
        ctx.reply("Show started." if self.runner.start() else "The show is already on.")

    @command(
        "show pause", min_role=Role.MODERATOR, help="Freeze the running order and its deadlines"
    )
    async def show_pause(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="pause")
        ctx.reply("Show paused." if self.runner.pause() else "The show isn't running.")

    @command("show resume", min_role=Role.MODERATOR, help="Carry on after a pause")
    async def show_resume(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="resume")
        ctx.reply("Show resumed." if self.runner.resume() else "The show isn't paused.")

    @command(
        "skip",
        aliases=("show next", "show skip"),
        min_role=Role.MODERATOR,
        help="Move on to the next product now",
    )
    async def skip(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="skip")
        nxt = self.runner.next_sku()
        if not self.runner.skip():
            raise ArgumentError("the show isn't on")
        ctx.reply(f"Moving on to {nxt}." if nxt else "That was the last segment: ending the show.")

    @command(
        "extend",
        min_role=Role.MODERATOR,
        help="Give the current product more time, e.g. !extend 2m",
    )
    async def extend(self, ctx: Context, by: Duration) -> None:
        if not 0 < by <= 3600:
            raise ArgumentError("extend by between 1s and 1h")
        try:
            left = self.runner.extend(float(by))
        except RuntimeError as err:
            raise ArgumentError(str(err)) from None
        self._audit(ctx, "show.command", command="extend", seconds=float(by))
        ctx.reply(f"Extended: {left:.0f}s left on this product.")

    def _promo_id(self, name: str) -> str:
        ids = {i.lower(): i for i in self.runner.plan.promotion_ids()}
        if name.lower() not in ids:
            raise ArgumentError(
                f"no promotion {name!r} in the plan "
                f"(try one of: {', '.join(list(ids.values())[:6])})"
            )
        return ids[name.lower()]

    @command("sale start", min_role=Role.MODERATOR, help="Put a plan promotion live now")
    async def sale_start(self, ctx: Context, promo: str) -> None:
        pid = self._promo_id(promo)
        self.runner.set_override(pid, True)
        self._audit(ctx, "show.command", command="sale start", promotion=pid)
        ctx.reply(f"{pid} is live.")

    @command("sale stop", min_role=Role.MODERATOR, help="End a promotion now")
    async def sale_stop(self, ctx: Context, promo: str) -> None:
        pid = self._promo_id(promo)
        self.runner.set_override(pid, False)
        self._audit(ctx, "show.command", command="sale stop", promotion=pid)
        ctx.reply(f"{pid} stopped.")

    @command(
        "announce",
        min_role=Role.MODERATOR,
        help="Announce a line everywhere (numbers must be live facts)",
    )
    async def announce(self, ctx: Context, text: Rest) -> None:
        problems = self.verify(text, ctx.now)
        if problems:
            self._audit(ctx, "show.announce.refused", text=text, problems=problems)
            # The reply names what is wrong, never the wrong number itself: where a platform
            # has no private replies it is read by the whole chat. The audit log has it all.
            kinds = dict.fromkeys(re.sub(r"\s*'[^']*'", "", p).strip() for p in problems)
            raise ArgumentError(
                f"not announced: {'; '.join(list(kinds)[:3])} (numbers must be live facts; "
                "the audit log has the details)"
            )
        self._audit(ctx, "show.command", command="announce", text=text)

        def refresh() -> str | None:  # a price may change while it waits to be sent
            return None if self.verify(text, self.runner.clock.now()) else text

        ctx.send(Announcement(text, Priority.ANNOUNCEMENT, refresh=refresh))

    @command(
        "stock",
        min_role=Role.MODERATOR,
        help="Set a product's stock, e.g. !stock BEEF-SHANK-1KG 40",
    )
    async def stock(self, ctx: Context, sku: str, n: int) -> None:
        if n < 0:
            raise ArgumentError("stock can't be negative")
        try:  # knowledge.quantities: a whole number in range
            n = quantities.count(n)
        except ValueError as err:
            raise ArgumentError(f"stock {err}") from None
        sku = self._product(sku)
        old = self.facts.get(sku).stock
        self.facts.set_stock(sku, n)
        self._audit(ctx, "show.command", command="stock", sku=sku, old=old, new=n)
        ctx.reply(f"{sku} stock {old} → {n}.")


__all__ = ["ProductFinder", "ShowCommands", "answer_verifier", "check_numbers"]
