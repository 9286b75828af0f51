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
from typing import TYPE_CHECKING

from bot.commands import ArgumentError, Context, Duration, Rest, command
from bot.events import Announcement, Priority, Reply, Role
from bot.persona import Persona
from bot.show.runner import ShowRunner
from knowledge import quantities
from knowledge.facts import Facts, Offer, money, to_money

if TYPE_CHECKING:  # the answers feature and the catalog's models are not needed to run commands
    from bot.answers.service import AnswerService
    from knowledge.catalog import Product

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


def answer_verifier(service: AnswerService) -> Callable[[str, float], list[str]]:
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
    def from_catalog(cls, products: Iterable[Product]) -> ProductFinder:
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


# The show commands' replies (phrase key -> language -> template); a persona file overrides
# any of them. {p} is the show's command prefix.
PHRASES: dict[str, dict[str, str]] = {
    "show.cmd_sold_out": {"en": "sold out", "zh": "已售罄"},
    "show.cmd_deal": {"en": "{name} {price}", "zh": "{name} {price}"},
    "show.cmd_deal_percent": {"en": " (-{percent}%)", "zh": "（-{percent}%）"},
    "show.cmd_deal_code": {"en": " code {code}", "zh": " 券码{code}"},
    "show.cmd_deal_left": {"en": ", {left} left", "zh": "，剩{left}"},
    "show.cmd_no_deals": {"en": "No deals running right now; stay tuned!",
                          "zh": "暂时没有优惠，请继续关注！"},
    "show.cmd_deals": {"en": "Deals now: {deals}", "zh": "当前优惠：{deals}"},
    "show.cmd_ended": {"en": "The show is over.", "zh": "直播已经结束啦。"},
    "show.cmd_not_started": {"en": "The show hasn't started yet.", "zh": "直播还没开始。"},
    "show.cmd_on_now": {"en": "On now: {line}", "zh": "正在介绍：{line}"},
    "show.cmd_last": {"en": "That's the last product of the show.", "zh": "这是今晚最后一个产品了。"},
    "show.cmd_first_up": {"en": "First up: {name}.", "zh": "第一个产品：{name}。"},
    "show.cmd_next_up": {"en": "Next up: {name}, in about {left}.", "zh": "下一个：{name}，大约{left}后。"},
    "show.cmd_no_product": {"en": "I can't find a product called {query}",
                            "zh": "找不到叫 {query} 的产品"},
    "show.cmd_status_idle": {
        "en": "Show {status}; {segments} segments planned. {p}show start to begin.",
        "zh": "直播{status}；计划了 {segments} 个环节。发 {p}show start 开始。"},
    "show.cmd_status": {
        "en": "Show {status}: segment {segment}/{segments} ({sku}), {left}s left in it, "
              "{promotions} promotions live.",
        "zh": "直播{status}：第 {segment}/{segments} 个环节（{sku}），本环节还剩 {left} 秒，"
              "{promotions} 个优惠进行中。"},
    "show.cmd_status_idle_word": {"en": "idle", "zh": "未开始"},
    "show.cmd_status_ended_word": {"en": "ended", "zh": "已结束"},
    "show.cmd_status_running_word": {"en": "running", "zh": "进行中"},
    "show.cmd_status_paused_word": {"en": "paused", "zh": "已暂停"},
    "show.cmd_started": {"en": "Show started.", "zh": "直播开始。"},
    "show.cmd_already_on": {"en": "The show is already on.", "zh": "直播已经在进行了。"},
    "show.cmd_paused": {"en": "Show paused.", "zh": "直播已暂停。"},
    "show.cmd_not_running": {"en": "The show isn't running.", "zh": "直播没有在进行。"},
    "show.cmd_resumed": {"en": "Show resumed.", "zh": "直播继续。"},
    "show.cmd_not_paused": {"en": "The show isn't paused.", "zh": "直播没有暂停。"},
    "show.cmd_not_on": {"en": "the show isn't on", "zh": "直播没有在进行"},
    "show.cmd_moving_on": {"en": "Moving on to {sku}.", "zh": "下一个：{sku}。"},
    "show.cmd_last_segment": {"en": "That was the last segment: ending the show.",
                              "zh": "这是最后一个环节了：直播结束。"},
    "show.cmd_extend_range": {"en": "extend by between 1s and 1h", "zh": "延长时间要在 1 秒到 1 小时之间"},
    "show.cmd_extended": {"en": "Extended: {left}s left on this product.",
                          "zh": "已延长：这个产品还剩 {left} 秒。"},
    "show.cmd_no_promotion": {"en": "no promotion {name} in the plan (try one of: {ids})",
                              "zh": "计划里没有优惠 {name}（可以试试：{ids}）"},
    "show.cmd_sale_live": {"en": "{id} is live.", "zh": "{id} 已上线。"},
    "show.cmd_sale_stopped": {"en": "{id} stopped.", "zh": "{id} 已停止。"},
    "show.cmd_not_announced": {
        "en": "not announced: {kinds} (numbers must be live facts; the audit log has the details)",
        "zh": "没有播报：{kinds}（数字必须来自实时数据；详情见审计日志）"},
    "show.cmd_negative_stock": {"en": "stock can't be negative", "zh": "库存不能是负数"},
    "show.cmd_bad_stock": {"en": "stock {error}", "zh": "库存 {error}"},
    "show.cmd_stock_set": {"en": "{sku} stock {old} → {new}.", "zh": "{sku} 库存 {old} → {new}。"},
}


def _refuse(key: str, **slots: object) -> ArgumentError:
    """A refusal the router says in the viewer's language; `str()` is the English."""
    return ArgumentError.phrase(PHRASES, key, **slots)


class ShowCommands:
    def __init__(
        self,
        runner: ShowRunner,
        finder: ProductFinder | None = None,
        verify: Callable[[str, float], list[str]] | None = None,
        *,
        prefix: str = "!",
    ) -> None:
        """`prefix`: the show's command prefix (config `show.command_prefix`), for hints."""
        self.runner = runner
        self.facts = runner.facts
        self.say = runner.say
        self.prefix = prefix
        self.persona: Persona = runner.say.persona
        self.persona.check_slots(PHRASES)  # an override's unknown slot stops start-up
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
        return self.persona.language_of(ctx.message.text)

    def _text(self, key: str, lang: str, **slots: object) -> str:
        return self.persona.say(key, lang, defaults=PHRASES, p=self.prefix, **slots)

    def _reply(self, ctx: Context, key: str, **slots: object) -> None:
        ctx.reply(self._text(key, self._lang(ctx), **slots))

    def _offer_line(self, sku: str, offer: Offer, lang: str, now: float) -> str:
        facts = self.facts.get(sku)
        head = self.say.name(facts, lang) + ("：" if lang == "zh" else ": ")
        if not facts.in_stock:
            return head + self._text("show.cmd_sold_out", lang)
        line = head + self.say.offer_text(offer, lang) + self.say.code_text(offer, lang)
        if offer.ends_at is not None and offer.ends_at > now:
            line += self.say.phrase(
                "show.deadline", lang, left=self.say.left(offer.ends_at - now, lang)
            )
        return line

    def _deal_line(self, sku: str, offer: Offer, lang: str, now: float) -> str:
        """Short: `!deals` lists several in one chat line."""
        name = self.say.name(self.facts.get(sku), lang)
        line = self._text("show.cmd_deal", lang, name=name, price=money(offer.price, offer.currency))
        if offer.percent_off:
            line += self._text("show.cmd_deal_percent", lang, percent=offer.percent_off)
        if offer.code:
            line += self._text("show.cmd_deal_code", lang, code=offer.code)
        if offer.ends_at is not None and 0 < offer.ends_at - now < 3600:
            left = self.say.left(offer.ends_at - now, lang)
            line += self._text("show.cmd_deal_left", lang, left=left)
        return line

    def _product(self, query: str) -> str:
        sku = self.finder.find(query)
        if sku is None or sku not in self.facts:
            raise _refuse("show.cmd_no_product", query=repr(query[:40]))
        return sku

    # -- viewers ------------------------------------------------------------------------------

    @command("deals", aliases=("offers", "优惠"), viewer_cooldown=15, help={"en": "Today's live deals",
                                                                          "zh": "今天正在进行的优惠"})
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
                return self._text("show.cmd_no_deals", lang)
            deals = "; ".join(self._deal_line(s, o, lang, now) for s, o in offers)
            return self._text("show.cmd_deals", lang, deals=deals)

        self._reply_live(ctx, render)

    @command("price", aliases=("价格",), viewer_cooldown=5, help={"en": "The live price of a product",
                                                                "zh": "一个产品的实时价格"})
    async def price(self, ctx: Context, product: Rest) -> None:
        sku, lang, roles = self._product(product), self._lang(ctx), _roles_of(ctx.message.role)

        def render() -> str:
            now = self.runner.clock.now()
            return self._offer_line(sku, self.facts.live_offer(sku, now, roles), lang, now)

        self._reply_live(ctx, render)

    @command("now", viewer_cooldown=10, help={"en": "The product on the show right now",
                                              "zh": "现在正在介绍的产品"})
    async def now(self, ctx: Context) -> None:
        lang = self._lang(ctx)

        def render() -> str:
            sku = self.runner.current_sku()
            if sku is None:
                ended = self.runner.state.status == "ended"
                return self._text("show.cmd_ended" if ended else "show.cmd_not_started", lang)
            now = self.runner.clock.now()
            line = self._offer_line(sku, self.facts.live_offer(sku, now), lang, now)
            return self._text("show.cmd_on_now", lang, line=line)

        self._reply_live(ctx, render)

    @command("next", viewer_cooldown=10, help={"en": "What's coming up next on the show",
                                               "zh": "下一个要介绍的产品"})
    async def next(self, ctx: Context) -> None:
        sku, lang = self.runner.next_sku(), self._lang(ctx)
        if sku is None:
            ctx.reply(self._text("show.cmd_last", lang))
            return
        name = self.say.name(self.facts.get(sku), lang)
        if self.runner.state.status == "idle":
            ctx.reply(self._text("show.cmd_first_up", lang, name=name))
            return
        left = self.say.left(max(0.0, self.runner.segment_end() - self.runner.show_time()), lang)
        ctx.reply(self._text("show.cmd_next_up", lang, name=name, left=left))

    # -- moderators ----------------------------------------------------------------------------

    def _audit(self, ctx: Context, kind: str, **detail: object) -> None:
        self.runner.store.audit(kind, f"{ctx.viewer.platform}:{ctx.viewer.id}", **detail)

    @command("show", min_role=Role.MODERATOR, help={"en": "Where the show is (moderators)",
                                                    "zh": "直播进行到哪里了（管理员）"})
    async def show_status(self, ctx: Context) -> None:
        r, s, lang = self.runner, self.runner.state, self._lang(ctx)
        status = self._text(f"show.cmd_status_{s.status}_word", lang)
        if s.status in ("idle", "ended"):
            self._reply(ctx, "show.cmd_status_idle", status=status, segments=len(r.plan.segments))
            return
        left = r.segment_end() - r.show_time()
        self._reply(ctx, "show.cmd_status", status=status, segment=s.segment + 1,
                    segments=len(r.plan.segments), sku=r.current_sku(), left=f"{left:.0f}",
                    promotions=len(r.live_promotions()))

    @command("show start", min_role=Role.MODERATOR, help={"en": "Start the show from the first segment",
                                                          "zh": "从第一个环节开始直播"})
    async def show_start(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="start")
        self._reply(ctx, "show.cmd_started" if self.runner.start() else "show.cmd_already_on")

    @command(
        "show pause", min_role=Role.MODERATOR, help={"en": "Freeze the running order and its deadlines",
                                                     "zh": "暂停流程和倒计时"}
    )
    async def show_pause(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="pause")
        self._reply(ctx, "show.cmd_paused" if self.runner.pause() else "show.cmd_not_running")

    @command("show resume", min_role=Role.MODERATOR, help={"en": "Carry on after a pause",
                                                           "zh": "暂停后继续"})
    async def show_resume(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="resume")
        self._reply(ctx, "show.cmd_resumed" if self.runner.resume() else "show.cmd_not_paused")

    @command(
        "skip",
        aliases=("show next", "show skip"),
        min_role=Role.MODERATOR,
        help={"en": "Move on to the next product now",
              "zh": "马上进入下一个产品"},
    )
    async def skip(self, ctx: Context) -> None:
        self._audit(ctx, "show.command", command="skip")
        nxt = self.runner.next_sku()
        if not self.runner.skip():
            raise _refuse("show.cmd_not_on")
        if nxt:
            self._reply(ctx, "show.cmd_moving_on", sku=nxt)
        else:
            self._reply(ctx, "show.cmd_last_segment")

    @command(
        "extend",
        min_role=Role.MODERATOR,
        help={"en": "Give the current product more time, e.g. {p}extend 2m",
              "zh": "给当前产品加时，例如 {p}extend 2m"},
    )
    async def extend(self, ctx: Context, by: Duration) -> None:
        if not 0 < by <= 3600:
            raise _refuse("show.cmd_extend_range")
        try:
            left = self.runner.extend(float(by))
        except RuntimeError:  # the only one extend raises: the show is not on
            raise _refuse("show.cmd_not_on") from None
        self._audit(ctx, "show.command", command="extend", seconds=float(by))
        self._reply(ctx, "show.cmd_extended", left=f"{left:.0f}")

    def _promo_id(self, name: str) -> str:
        ids = {i.lower(): i for i in self.runner.plan.promotion_ids()}
        if name.lower() not in ids:
            raise _refuse("show.cmd_no_promotion", name=repr(name),
                          ids=", ".join(list(ids.values())[:6]))
        return ids[name.lower()]

    @command("sale start", min_role=Role.MODERATOR, help={"en": "Put a plan promotion live now",
                                                          "zh": "马上上线计划里的优惠"})
    async def sale_start(self, ctx: Context, promo: str) -> None:
        pid = self._promo_id(promo)
        self.runner.set_override(pid, True)
        self._audit(ctx, "show.command", command="sale start", promotion=pid)
        self._reply(ctx, "show.cmd_sale_live", id=pid)

    @command("sale stop", min_role=Role.MODERATOR, help={"en": "End a promotion now",
                                                         "zh": "马上结束一个优惠"})
    async def sale_stop(self, ctx: Context, promo: str) -> None:
        pid = self._promo_id(promo)
        self.runner.set_override(pid, False)
        self._audit(ctx, "show.command", command="sale stop", promotion=pid)
        self._reply(ctx, "show.cmd_sale_stopped", id=pid)

    @command(
        "announce",
        min_role=Role.MODERATOR,
        help={"en": "Announce a line everywhere (numbers must be live facts)",
              "zh": "在所有平台播报一句话（数字必须来自实时数据）"},
    )
    async def announce(self, ctx: Context, text: Rest) -> None:
        problems = self.verify(text, ctx.now)
        if problems:
            self._audit(ctx, "show.announce.refused", text=text, problems=problems)
            # The reply names what is wrong, never the wrong number itself: where a platform
            # has no private replies it is read by the whole chat. The audit log has it all.
            kinds = dict.fromkeys(re.sub(r"\s*'[^']*'", "", p).strip() for p in problems)
            raise _refuse("show.cmd_not_announced", kinds="; ".join(list(kinds)[:3]))
        self._audit(ctx, "show.command", command="announce", text=text)

        def refresh() -> str | None:  # a price may change while it waits to be sent
            return None if self.verify(text, self.runner.clock.now()) else text

        ctx.send(Announcement(text, Priority.ANNOUNCEMENT, refresh=refresh))

    @command(
        "stock",
        min_role=Role.MODERATOR,
        help={"en": "Set a product's stock, e.g. {p}stock BEEF-SHANK-1KG 40",
              "zh": "设置产品库存，例如 {p}stock BEEF-SHANK-1KG 40"},
    )
    async def stock(self, ctx: Context, sku: str, n: int) -> None:
        if n < 0:
            raise _refuse("show.cmd_negative_stock")
        try:  # knowledge.quantities: a whole number in range
            n = quantities.count(n)
        except ValueError as err:
            raise _refuse("show.cmd_bad_stock", error=err) from None
        sku = self._product(sku)
        old = self.facts.get(sku).stock
        self.facts.set_stock(sku, n)
        self._audit(ctx, "show.command", command="stock", sku=sku, old=old, new=n)
        self._reply(ctx, "show.cmd_stock_set", sku=sku, old=old, new=n)


__all__ = ["ProductFinder", "ShowCommands", "answer_verifier", "check_numbers"]
