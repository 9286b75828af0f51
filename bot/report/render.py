"""The post-show report as one self-contained HTML page: inline CSS, plots as inline SVG, no
script and nothing fetched, so it opens offline, mails as one file, and the console can serve
the same string.

    html = render_report(store, persona=persona, lang="zh", products=names)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path

from bot.persona import Persona
from bot.report import plots
from bot.report.data import MODERATION_GROUPS, OUTCOMES, ProductName, ShowData, collect
from bot.report.phrases import PHRASES
from bot.store import Store

CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans",system-ui,sans-serif;margin:2rem auto;
max-width:1000px;color:#1d2a33;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #e5e9ec;
padding-bottom:.3rem}h3{margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
th,td{border-bottom:1px solid #e5e9ec;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f7}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.8rem;word-break:break-all;background:#f4f6f7;padding:.1rem .25rem}
svg.plot{display:block;width:100%;height:auto;margin:.5rem 0}
.muted{color:#5b6b76}.summary{font-size:1.05rem}
"""


class Report:
    """Writes one report's HTML in one language; the words come from the persona's
    phrasebook (`bot.report.phrases.PHRASES` by default)."""

    def __init__(self, data: ShowData, persona: Persona, lang: str,
                 products: Mapping[str, ProductName], show: str) -> None:
        self.data = data
        self.persona = persona
        self.lang = lang
        self.products = products
        self.show = show

    def say(self, key: str, **slots: object) -> str:
        return self.persona.say(key, self.lang, defaults=PHRASES, **slots)

    def name(self, sku: str | None) -> str:
        if sku is None:
            return self.say("report_no_product")
        known = self.products.get(sku)
        return known.shown(self.lang) if known else sku

    def words(self, prefix: str, code: str) -> str:
        """A recorded code (a reason, a draw's state, a pick's status) in words where the
        phrasebook has them (``<prefix><code>``), else the code itself."""
        key = prefix + code
        return self.say(key) if key in PHRASES or key in self.persona.phrases else code

    def _coded(self, prefix: str, code: str) -> str:
        """`words` as HTML, the code kept in ``data-code``."""
        return f'<span data-code="{escape(code)}">{escape(self.words(prefix, code))}</span>'

    def minutes(self, minutes: Iterable[int]) -> list[int]:
        """Every show minute from the start (or the earliest record) to the end (or the
        latest): the per-minute plots share one axis."""
        values = [0, self.data.minute(self.data.end - 1e-9), *minutes]
        return list(range(min(values), max(values) + 1))

    # -- the page -----------------------------------------------------------------------------

    def html(self) -> str:
        title = self.say("report_title", show=self.show or self.persona.name)
        body = [f"<h1>{escape(title)}</h1>"]
        if self.data.empty:
            body.append(f'<p class="summary">{escape(self.say("report_empty"))}</p>')
        else:
            body += [self._header(), *self._questions(), *self._latency(), *self._sales(),
                     *self._draws(), *self._moderation()]
        return (f'<!DOCTYPE html>\n<html lang="{escape(self.lang)}"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n"
                + "\n".join(body) + "\n</body></html>\n")

    def _header(self) -> str:
        d = self.data
        outcomes = d.outcomes()
        units = d.units_by_sku()
        span = self.say("report_span", start=_time(d.start), end=_time(d.end),
                        minutes=f"{(d.end - d.start) / 60:,.0f}")
        summary = self.say(
            "report_summary", questions=f"{len(d.questions):,}",
            answered=f"{outcomes['answered']:,}", unanswered=f"{outcomes['unanswered']:,}",
            held=f"{outcomes['held']:,}", units=f"{sum(units.values()):,}",
            orders=f"{len(d.orders):,}", draws=f"{len(d.draws):,}",
            actions=f"{len(d.actions):,}")
        return (f'<p class="muted">{escape(span)}</p>'
                f'<p class="summary" id="summary">{escape(summary)}</p>')

    def _questions(self) -> list[str]:
        d = self.data
        out = [f'<h2 id="questions">{escape(self.say("report_questions"))}</h2>']
        if not d.questions:
            return [*out, f"<p>{escape(self.say('report_no_questions'))}</p>"]
        outcomes = [o for o in OUTCOMES if d.outcomes()[o]]  # no legend for what never happened
        series = {o: self.say(f"report_{o}") for o in outcomes}
        colors = {series[o]: plots.COLORS[o] for o in outcomes}
        # Per product, the most asked first.
        by_sku = Counter(q.sku for q in d.questions)
        skus = [sku for sku, _ in sorted(by_sku.items(), key=lambda kv: (-kv[1], kv[0] or "~"))]
        pairs = Counter((q.sku, q.outcome) for q in d.questions)
        out += [f"<h3>{escape(self.say('report_per_product'))}</h3>",
                plots.stacked_barh("questions-per-product", [self.name(s) for s in skus],
                                   {series[o]: [pairs[s, o] for s in skus] for o in outcomes},
                                   colors, self.say("report_count_axis"))]
        minutes = self.minutes(d.minute(q.at) for q in d.questions)
        at = Counter((d.minute(q.at), q.outcome) for q in d.questions)
        out += [f"<h3>{escape(self.say('report_per_minute'))}</h3>",
                plots.stacked_columns("questions-per-minute", minutes,
                                      {series[o]: [at[m, o] for m in minutes] for o in outcomes},
                                      colors, self.say("report_minute_axis"),
                                      self.say("report_count_axis"))]
        out.append(f"<h3>{escape(self.say('report_todo'))}</h3>")
        groups = d.unanswered_groups()
        if not groups:
            return [*out, f"<p>{escape(self.say('report_todo_none'))}</p>"]
        rows = []
        for sku, reason, qs in groups:
            examples = list(dict.fromkeys(q.text for q in qs))[:5]
            rows.append([escape(self.name(sku)), self._coded("report_reason_", reason),
                         _n(len(qs)), "<br>".join(escape(t) for t in examples)])
        out.append(_table("todo", [self.say(k) for k in ("report_col_product",
                          "report_col_reason", "report_col_count", "report_col_examples")],
                          rows, numeric={2}))
        return out

    def _latency(self) -> list[str]:
        out = [f'<h2 id="latency">{escape(self.say("report_latency"))}</h2>']
        stats = self.data.latency_percentiles()
        if stats is None:
            return [*out, f"<p>{escape(self.say('report_latency_none'))}</p>"]
        p50, p95, worst = stats
        values = self.data.latencies()
        line = self.say("report_latency_line", count=f"{len(values):,}", p50=f"{p50:,.0f}",
                        p95=f"{p95:,.0f}", max=f"{worst:,.0f}")
        return [*out, f'<p id="latency-line">{escape(line)}</p>',
                plots.histogram("answer-latency", values, {"p50": p50, "p95": p95},
                                self.say("report_latency_axis"),
                                self.say("report_answers_axis"))]

    def _sales(self) -> list[str]:
        d = self.data
        out = [f'<h2 id="sales">{escape(self.say("report_sales"))}</h2>']
        if not d.orders and not d.deals:
            return [*out, f"<p>{escape(self.say('report_sales_none'))}</p>"]
        minutes = self.minutes([d.minute(o.at) for o in d.orders] + [d.minute(x.at) for x in d.deals])
        per_minute: Counter[int] = Counter()
        for o in d.orders:
            per_minute[d.minute(o.at)] += o.quantity
        units = {self.say("report_units_axis"): [per_minute[m] for m in minutes]}
        out.append(plots.stacked_columns(
            "deals-and-units", minutes, units, {self.say("report_units_axis"):
                                                plots.COLORS["units"]},
            self.say("report_minute_axis"), self.say("report_units_axis"),
            markers=[(x.at - d.start) / 60 for x in d.deals],
            marker_label=self.say("report_deal_marker")))
        sold, deals = d.units_by_sku(), d.deals_by_sku()
        orders = Counter(o.sku for o in d.orders)
        skus = sorted(set(sold) | set(deals), key=lambda s: (-sold[s], -deals[s], s))
        rows = [[escape(self.name(s)), _n(deals[s]), _n(orders[s]), _n(sold[s])] for s in skus]
        out.append(_table("sales", [self.say(k) for k in ("report_col_product",
                          "report_col_deals", "report_col_orders", "report_col_units")],
                          rows, numeric={1, 2, 3}))
        return out

    def _draws(self) -> list[str]:
        out = [f'<h2 id="draws">{escape(self.say("report_draws"))}</h2>']
        if not self.data.draws:
            return [*out, f"<p>{escape(self.say('report_draws_none'))}</p>"]
        rows = []
        for w in self.data.draws:
            verify = (f"<code>{escape(w.verify)}</code>" if w.verify
                      else escape(self.say("report_not_drawn")))
            rows.append([f"#{w.id}", escape(w.prize), self._coded("report_state_", w.state),
                         _n(w.entries),
                         escape(", ".join(f"{name} ({self.words('report_pick_', status)})"
                                   for name, status in w.picks)), verify])
        out.append(_table("draws", [self.say(k) for k in (
            "report_col_draw", "report_col_prize", "report_col_state", "report_col_entries",
            "report_col_picks", "report_col_verify")], rows, numeric={3}))
        return out

    def _moderation(self) -> list[str]:
        d = self.data
        out = [f'<h2 id="moderation">{escape(self.say("report_moderation"))}</h2>']
        if not d.actions:
            return [*out, f"<p>{escape(self.say('report_moderation_none'))}</p>"]
        line = self.say("report_moderation_line", count=f"{len(d.actions):,}",
                        rate=f"{len(d.actions) / d.minutes:.2f}")
        groups = [g for g, _ in MODERATION_GROUPS if any(a.group == g for a in d.actions)]
        minutes = self.minutes(d.minute(a.at) for a in d.actions)
        at = Counter((a.group, d.minute(a.at)) for a in d.actions)
        stacks = {self.say(f"report_mod_{g}"): [at[g, m] for m in minutes] for g in groups}
        kinds = Counter(a.kind for a in d.actions)
        rows = [[f"<code>{escape(k)}</code>", _n(n)] for k, n in kinds.most_common()]
        return [*out, f'<p id="moderation-line">{escape(line)}</p>',
                plots.stacked_columns("moderation-per-minute", minutes, stacks, {},
                                      self.say("report_minute_axis"),
                                      self.say("report_actions_axis")),
                _table("moderation", [self.say("report_col_action"),
                                      self.say("report_col_count")], rows, numeric={1})]


def render_report(store: Store, *, persona: Persona, lang: str | None = None,
                  products: Mapping[str, ProductName] | None = None,
                  export_dir: Path | None = None, show: str = "",
                  every_show: bool = False) -> str:
    """The post-show report of the show recorded in `store`, as one HTML page (str).

    `lang`: "en" or "zh" (default: the persona's first language, the show's); `products`:
    SKU → names from the catalog (`bot.report.data.product_names`), else SKUs are shown;
    `export_dir`: where draw records are exported, for the verify lines; `show`: its name
    (default: the persona's). The report is of the store's latest show (from the previous
    show's end on), or of every record with `every_show`.
    An empty store gives a page that says so. Raises sqlite3.Error only for a broken store."""
    lang = lang or persona.default_language
    names = products or {}
    data = collect(store, products=names, export_dir=export_dir, every_show=every_show)
    return Report(data, persona, lang, names, show).html()


def _time(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).strftime("%Y-%m-%d %H:%M")


def _n(value: int) -> str:
    return f"{value:,}"


def _table(name: str, head: Sequence[str], rows: Sequence[Sequence[str]],
           numeric: set[int]) -> str:
    """A table; `rows` cells are HTML already escaped, `head` plain text."""
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f'<table id="{name}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'
