"""The moderator console and the OBS overlays: Starlette routes the webhook server mounts.

Console (`/console`): server-rendered pages (Jinja2) with htmx; panels re-render when the live
hub says their topic changed (SSE, `/console/events`). Sign-in with an admin token gives a
signed session cookie (sessions.py); every POST is checked here against the session's role and
CSRF token and audited as "console.<action>" under `console:<token name>`.

Overlays (`/overlay/card|draw|ticker?token=...`): read-only pages for OBS browser sources, the
overlay token only; each is a fragment pushed over SSE the moment its facts change.

Every action goes through the features' public methods: the review queue and pause/quiet/review
mode through `ModeratorControls`, the show through `ShowRunner`, draws through `Draws`, price
and stock edits through the shop webhook's own `ShopEvents.check` / `apply` (the same checks a
shop event passes), corrections through the knowledge base's `add_faq_override` (`!fix`).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sse_starlette.sse import EventSourceResponse
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.clock import Clock
from bot.commands import PHRASES as COMMAND_PHRASES
from bot.commands import ArgumentError, Phrase
from bot.draws.service import Draws
from bot.events import Role
from bot.moderation.controls import MAX_QUIET_MINUTES, FaqOverrides, ModeratorControls
from bot.persona import Persona
from bot.show.runner import ShowRunner
from bot.store import Store
from knowledge.facts import FactChange, Facts
from knowledge.sourcefile import field_errors
from plugins.webhooks.lockout import Lockout
from plugins.webhooks.models import PriceEvent, StockEvent
from plugins.webhooks.shop import ApplyError, ShopEvents

from . import display, views
from .live import AuditWatcher, Hub
from .phrases import UI_PHRASES
from .sessions import COOKIE, CSRF_FIELD, CSRF_HEADER, Session, Sessions

HERE = Path(__file__).parent
LANGS = ("en", "zh")
OVERLAYS = ("card", "draw", "ticker")
# Who may see which console panel (actions name their own role below).
PANELS: dict[str, Role] = {"controls": Role.VIEWER, "questions": Role.VIEWER,
                           "show": Role.VIEWER, "draws": Role.VIEWER,
                           "review": Role.MODERATOR, "audit": Role.MODERATOR}


def Said(key: str, **slots: object) -> Phrase:  # noqa: N802 (reads as the line it makes)
    """A line for the console in any language: phrase `key` of UI_PHRASES with `slots`
    (`.say(persona, lang)`; `str()` is the English text, the audit log's). A `field` slot
    naming a form field is said by its label in that language ("price" is 价格)."""
    name = slots.get("field")
    if f"ui_field_{name}" in UI_PHRASES:
        slots["field"] = Phrase(UI_PHRASES, f"ui_field_{name}")
    return Phrase(UI_PHRASES, key, slots)


class Refused(ArgumentError):
    """An action the console or a feature would not take (409): `Refused(key, **slots)`, a
    phrase of UI_PHRASES shown to the moderator in the console's language (`say`); `str()`
    is the English text."""

    def __init__(self, key: str, **slots: object) -> None:
        super().__init__(phrase=Said(key, **slots))


@dataclass
class ConsoleDeps:
    """What the console uses, passed in explicitly (never the app). None: not in this show.

    `knowledge` returns the knowledge base once it is open (`!fix` needs it); `export_dir` is
    where draw records are written (`[draws] export_dir`), for the verify line.
    """

    store: Store
    clock: Clock
    persona: Persona
    sessions: Sessions
    facts: Facts | None = None
    shop: ShopEvents | None = None
    show: ShowRunner | None = None
    draws: Draws | None = None
    controls: ModeratorControls | None = None
    knowledge: Callable[[], FaqOverrides | None] | None = None
    export_dir: Path | None = None
    lockout: Lockout | None = None  # wrong sign-in tokens per address (the admin API's own)


@dataclass
class Console:
    """The console's and overlays' routes (`routes()`), live hub and audit watcher.

    `start()` binds the hub to the running loop and starts the audit watcher; `stop()` ends it.
    """

    deps: ConsoleDeps
    hub: Hub = field(default_factory=Hub)
    heartbeat: float = 15.0  # SSE keep-alive comments, seconds
    templates: Jinja2Templates = field(init=False)
    watcher: AuditWatcher = field(init=False)
    _stock_peak: dict[str, int] = field(default_factory=dict)
    # (overlay, language, product) -> ((hub version, seconds), its HTML fragment)
    _fragments: dict[tuple[str, str, str | None], tuple[tuple[int, int, int], str]] = field(
        default_factory=dict)
    # Forms' one-time keys already acted on (see `_action`); the oldest forgotten past 10,000.
    _used_once: dict[str, None] = field(default_factory=dict)
    _unsubscribe: list[Callable[[], None]] = field(default_factory=list)
    closing: bool = False

    def __post_init__(self) -> None:
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        # readable JSON for the audit feed (Chinese as itself; autoescaped like any text)
        self.templates.env.filters["json"] = lambda v: json.dumps(v, ensure_ascii=False,
                                                                 default=str)
        self.templates.env.globals["once"] = lambda: secrets.token_urlsafe(12)
        self.templates.env.globals["MAX_WINNERS_SHOWN"] = display.MAX_WINNERS_SHOWN
        self.templates.env.filters["shown"] = display.shown
        self.templates.env.filters["isolated"] = display.isolated
        self.watcher = AuditWatcher(self.deps.store, self.deps.clock, self.hub)
        d = self.deps
        if d.facts is not None:
            self._unsubscribe.append(d.facts.subscribe(self._fact_changed))
        if d.draws is not None:
            d.draws.listeners.append(self._draw_changed)

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        """Bind the hub to this loop and watch the audit log (done by the first browser to
        subscribe; the watcher stops by itself when the last one leaves)."""
        self.hub.bind(asyncio.get_running_loop())
        self.watcher.start()

    def close(self) -> None:
        """End every live stream now (the server is stopping: no 2 s wait on open streams)."""
        self.closing = True
        self.hub.wake_all()

    async def stop(self) -> None:
        self.close()
        await self.watcher.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()

    def _fact_changed(self, change: FactChange) -> None:
        self.hub.publish("card", "show")

    def _draw_changed(self, kind: str, payload: dict[str, Any]) -> None:
        self.hub.publish("draw", "draws")

    # -- routes ---------------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        post: dict[str, tuple[Role, Callable[[Session, FormData, Request], Awaitable[Phrase]]]] = {
            "review/{item_id}": (Role.MODERATOR, self.do_review),
            "fix": (Role.MODERATOR, self.do_fix),
            "pause": (Role.MODERATOR, self.do_pause),
            "resume": (Role.MODERATOR, self.do_resume),
            "quiet": (Role.MODERATOR, self.do_quiet),
            "review-mode": (Role.MODERATOR, self.do_review_mode),
            "show/extend": (Role.MODERATOR, self.do_extend),
            "show/skip": (Role.MODERATOR, self.do_skip),
            "show/promotion": (Role.MODERATOR, self.do_promotion),
            "draws": (Role.MODERATOR, self.do_draw_create),
            "draws/{draw_id:int}/{action}": (Role.MODERATOR, self.do_draw),
            "product": (Role.HOST, self.do_product),
        }
        self.actions = post
        return [
            Route("/console", self.page, methods=["GET"]),
            Route("/console/login", self.login_page, methods=["GET"]),
            Route("/console/login", self.login, methods=["POST"]),
            Route("/console/logout", self.logout, methods=["POST"]),
            Route("/console/events", self.console_events, methods=["GET"]),
            Route("/console/panel/{name}", self.panel, methods=["GET"]),
            Route("/console/report", self.report, methods=["GET"]),
            *[Route(f"/console/{path}", self._action(role, fn), methods=["POST"])
              for path, (role, fn) in post.items()],
            Route("/overlay/{kind}", self.overlay_page, methods=["GET"]),
            Route("/overlay/{kind}/events", self.overlay_events, methods=["GET"]),
            Mount("/webui/static", StaticFiles(directory=str(HERE / "static")), name="webui"),
        ]

    # -- helpers --------------------------------------------------------------------------------

    def _lang(self, request: Request) -> str:
        lang = request.query_params.get("lang") or request.cookies.get("hawker_lang")
        return lang if lang in LANGS else self.deps.persona.default_language

    def _t(self, lang: str) -> Callable[..., str]:
        persona = self.deps.persona

        def t(key: str, **slots: object) -> str:
            return persona.say(key, lang, defaults=UI_PHRASES, **slots)

        return t

    def _reason(self, lang: str) -> Callable[[str | None], str]:
        """Why a question went unanswered, in `lang`: its reason code ("not_carried",
        "stale"...) as a phrase; a code with no phrase is named only in English."""
        t = self._t(lang)

        def reason(code: str | None) -> str:
            key = f"ui_reason_{code}"
            return t(key) if key in UI_PHRASES else t("ui_reason_other", reason=code or "")

        return reason

    def _state(self, lang: str) -> Callable[[str | None], str]:
        """A show's or a draw's state ("running", "drawn"...) as a word of `lang`; a state
        with no phrase as its code."""
        t = self._t(lang)

        def state(code: str | None) -> str:
            key = f"ui_state_{code}"
            return t(key) if key in UI_PHRASES else str(code or "")

        return state

    def _session(self, request: Request) -> Session | None:
        return self.deps.sessions.read(request.cookies.get(COOKIE))

    def _render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        lang = context.pop("lang", None) or self._lang(request)
        return self.templates.TemplateResponse(
            request, name, {"t": self._t(lang), "reason": self._reason(lang),
                            "state": self._state(lang), "lang": lang, "Role": Role, **context},
            status_code=status)

    def _flash(self, request: Request, text: str, status: int) -> Response:
        return self._render(request, "flash.html", status, text=text, ok=status < 300)

    def _needs_role(self, request: Request, needs: Role) -> Response:
        """403, naming the role the action needs in the moderator's language."""
        lang = self._lang(request)
        role = self.deps.persona.say(f"role_{needs.name.lower()}", lang, defaults=COMMAND_PHRASES)
        return self._flash(request, self._t(lang)("ui_needs_role", role=role), 403)

    # -- sign-in --------------------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        return self._render(request, "login.html", error=None)

    async def login(self, request: Request) -> Response:
        if _cross_site(request):  # login CSRF: another site signing you in as its token
            return self._flash(request, self._t(self._lang(request))("ui_cross_site"), 403)
        t, lockout = self._t(self._lang(request)), self.deps.lockout
        address = request.client.host if request.client else "unknown"
        if lockout is not None and (wait := lockout.retry_after(address)):
            # refused before the token is read: a right guess must not get through either
            refused = self._render(request, "login.html", 429,
                                   error=t("ui_too_many_tries", seconds=wait))
            refused.headers["Retry-After"] = str(wait)
            return refused
        form = await _form(request)
        token = self.deps.sessions.token_for(str(form.get("token") or ""))
        if token is None:
            if lockout is not None:
                lockout.failed(address, request.url.path)
            return self._render(request, "login.html", 401, error=t("ui_bad_token"))
        _, cookie = self.deps.sessions.sign_in(token)
        self.deps.store.audit("console.sign_in", f"console:{token.name}",
                              role=token.role.name.lower())
        response = RedirectResponse("/console", status_code=303)
        response.set_cookie(COOKIE, cookie, max_age=int(self.deps.sessions.max_age),
                            httponly=True, samesite="strict", path="/")
        return response

    async def logout(self, request: Request) -> Response:
        if _cross_site(request):
            return self._flash(request, self._t(self._lang(request))("ui_cross_site"), 403)
        session = self._session(request)
        form = await _form(request)
        if session is None or not Sessions.csrf_ok(session, _csrf(request, form)):
            return self._flash(request, self._t(self._lang(request))("ui_csrf"), 403)
        self.deps.sessions.revoke(session)
        self.deps.store.audit("console.sign_out", session.actor)
        response = RedirectResponse("/console/login", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    # -- pages and panels -----------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return RedirectResponse("/console/login", status_code=303)
        lang = self._lang(request)
        response = self._render(request, "console.html", session=session, lang=lang,
                                panels=[p for p, r in PANELS.items() if session.role >= r],
                                panel_roles=PANELS)
        if request.query_params.get("lang") in LANGS:  # the toggle sticks
            response.set_cookie("hawker_lang", lang, httponly=True, samesite="strict", path="/")
        return response

    async def panel(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return self._flash(request, self._t(self._lang(request))("ui_sign_in_first"), 401)
        name = request.path_params["name"]
        needs = PANELS.get(name)
        if needs is None:
            return self._flash(request, self._t(self._lang(request))("ui_no_panel",
                                                                   name=name[:40]), 404)
        if session.role < needs:
            return self._needs_role(request, needs)
        return self._render(request, f"panel_{name}.html", session=session,
                            **self._panel_data(name, request))

    async def report(self, request: Request) -> Response:
        """The post-show report so far (`hawker report`'s page), for moderators and hosts:
        drawn in a worker thread, so the chat keeps flowing while matplotlib works."""
        from bot.report import render_report
        from bot.report.data import ProductName

        session = self._session(request)
        if session is None:
            return RedirectResponse("/console/login", status_code=303)
        if session.role < Role.MODERATOR:
            return self._needs_role(request, Role.MODERATOR)
        d = self.deps
        names = ({f.sku: ProductName(f.name, f.name_zh) for f in d.facts.all()}
                 if d.facts is not None else {})
        html = await asyncio.to_thread(render_report, d.store, persona=d.persona,
                                       lang=self._lang(request), products=names,
                                       export_dir=d.export_dir)
        return HTMLResponse(html)

    def _panel_data(self, name: str, request: Request) -> dict[str, Any]:
        d = self.deps
        now = d.clock.now()
        if name == "questions":
            return {"rows": views.questions(d.store)}
        if name == "review":
            pending = d.controls.queue.pending(50) if d.controls is not None else []
            return {"items": pending, "available": d.controls is not None,
                    "can_fix": d.knowledge is not None}
        if name == "controls":
            c = d.controls
            return {"available": c is not None, "paused": bool(c and c.paused),
                    "quiet_minutes": (max(0, round((c.quiet_until - now) / 60)) if c else 0),
                    "review": bool(c and c.review), "max_quiet": MAX_QUIET_MINUTES}
        if name == "show":
            return self._show_data(now)
        if name == "draws":
            rows = d.draws.list(10) if d.draws is not None else []
            for r in rows:
                r["verify"] = views.verify_line(r, d.export_dir)
                r["winner_names"] = views.winners_of(r)
            return {"available": d.draws is not None, "rows": rows}
        if name == "audit":
            q = request.query_params
            kind, actor = (q.get("kind") or "")[:100] or None, (q.get("actor") or "")[:100] or None
            return {"rows": views.audit_feed(d.store, kind, actor), "kind": kind or "",
                    "actor": actor or ""}
        return {}

    def _show_data(self, now: float) -> dict[str, Any]:
        d, show = self.deps, self.deps.show
        products = []
        if d.facts is not None:
            for f in d.facts.all()[:100]:
                products.append({"sku": f.sku, "name": f.name, "price": f.price,
                                 "list_price": f.list_price, "stock": f.stock})
        data: dict[str, Any] = {"available": show is not None, "products": products,
                                "can_edit": d.shop is not None}
        if show is not None:
            live = {p.id for p in show.live_promotions()}
            data.update(
                show_state=show.state.status, now=show.current_sku(), next=show.next_sku(),
                left=(round(max(0.0, show.segment_end() - show.show_time()))
                      if show.state.status in ("running", "paused") else None),
                promotions=[{"id": p, "live": p in live} for p in show.plan.promotion_ids()])
        return data

    # -- live updates ---------------------------------------------------------------------------

    async def console_events(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return self._flash(request, self._t(self._lang(request))("ui_sign_in_first"), 401)
        topics = [p for p, r in PANELS.items() if session.role >= r]

        async def stream() -> AsyncIterator[dict[str, str]]:
            with self.hub.subscribe(topics) as sub:
                self.start()
                while not self.closing:
                    for topic in sorted(await sub.next()):
                        yield {"event": topic, "data": topic}

        return EventSourceResponse(stream(), ping=int(self.heartbeat))

    # -- actions --------------------------------------------------------------------------------

    def _action(self, needs: Role,
                fn: Callable[[Session, FormData, Request], Awaitable[Phrase]]
                ) -> Callable[[Request], Awaitable[Response]]:
        """Session (401), role (403), CSRF (403), then the action; its refusal is a 409 saying
        why. What was done is audited under the moderator's name and pushed to every console."""

        async def handle(request: Request) -> Response:
            lang = self._lang(request)
            t = self._t(lang)
            session = self._session(request)
            if session is None:
                return self._flash(request, t("ui_sign_in_first"), 401)
            if session.role < needs:
                return self._needs_role(request, needs)
            if _cross_site(request):
                return self._flash(request, t("ui_cross_site"), 403)
            form = await _form(request)
            if not Sessions.csrf_ok(session, _csrf(request, form)):
                return self._flash(request, t("ui_csrf"), 403)
            # A form that must not act twice (reroll, skip, create a draw...) carries a one-time
            # key, renewed when its panel redraws: the same key with the same fields (a double
            # click, a resent request) is refused, not a second reroll. Edited fields are a new
            # action even before the panel redraws (it waits while someone types in it).
            once = _once(request, form)
            if once is not None:
                if once in self._used_once:
                    return self._flash(request, t("ui_twice"), 409)
                self._used_once[once] = None
                if len(self._used_once) > 10_000:
                    del self._used_once[next(iter(self._used_once))]
            try:
                done = await fn(session, form, request)
            except (ArgumentError, ApplyError, KeyError, ValueError,
                    RuntimeError) as err:
                if once is not None:  # nothing was done: the corrected form may be sent again
                    self._used_once.pop(once, None)
                why = str(err.args[0] if isinstance(err, KeyError) and err.args else err)
                self.deps.store.audit("console.refused", session.actor,
                                      action=request.url.path, error=why[:300])
                return self._flash(request, t("ui_refused", why=self._why(err, lang)[:300]), 409)
            self.hub.publish("controls", "review", "show", "draws", "card", "draw")
            return self._flash(request, t("ui_done", what=done.say(self.deps.persona, lang)), 200)

        return handle

    def _why(self, err: Exception, lang: str) -> str:
        """A refusal in `lang`: the console's own and the features' (moderation, draws, the
        router's ArgumentError) in their phrasebooks; an error with no wording of its own is
        said as written in English and, in another language, as a whole line of that language
        (the English detail is in the audit log)."""
        if isinstance(err, ArgumentError):  # Refused too
            return err.say(self.deps.persona, lang)
        why = str(err.args[0] if isinstance(err, KeyError) and err.args else err)
        return self._t(lang)("ui_err_other", why=why)

    def _audit(self, session: Session, action: str, **detail: Any) -> None:
        self.deps.store.audit(f"console.{action}", session.actor, **detail)

    def _controls(self) -> ModeratorControls:
        if self.deps.controls is None:
            raise Refused("ui_err_no_moderation")
        return self.deps.controls

    async def do_review(self, session: Session, form: FormData, request: Request) -> Phrase:
        c = self._controls()
        raw = request.path_params["item_id"]
        item = _row_id(raw)
        if item is None:
            raise Refused("ui_err_no_held", id=raw[:20])
        decision = str(form.get("decision") or "")
        if decision == "reject":
            c.reject_held(item, session.actor)
            self._audit(session, "review.reject", id=item)
            return Said("ui_did_reject", id=item)
        if decision not in ("approve", "edit"):
            raise Refused("ui_err_decision")
        held = c.waiting(item)
        text = held.answer if decision == "approve" else str(form.get("text") or "").strip()
        if not text:
            raise Refused("ui_err_empty_edit")
        problems = c.send_held(held, text, "approved" if decision == "approve" else "edited",
                               session.actor)
        if problems:
            self._audit(session, f"review.{decision}.refused", id=item, problems=problems)
            raise Refused("ui_err_stale_held", id=item, problems="; ".join(problems)[:200])
        self._audit(session, f"review.{decision}", id=item, answer=text)
        return Said("ui_did_send", id=item)

    async def do_fix(self, session: Session, form: FormData, request: Request) -> Phrase:
        kb = self.deps.knowledge() if self.deps.knowledge is not None else None
        if kb is None:
            raise Refused("ui_err_no_knowledge")
        question = str(form.get("question") or "").strip()[:500]
        answer = str(form.get("answer") or "").strip()[:1000]
        sku = str(form.get("sku") or "").strip() or None
        if not question or not answer:
            raise Refused("ui_err_fix_fields")
        override = kb.add_faq_override(question, answer, sku=sku)
        self._audit(session, "fix", question=question, answer=answer, sku=sku, override=override)
        return Said("ui_did_fix")

    async def do_pause(self, session: Session, form: FormData, request: Request) -> Phrase:
        self._controls().set_paused(True)
        self._audit(session, "pause")
        return Said("ui_did_pause")

    async def do_resume(self, session: Session, form: FormData, request: Request) -> Phrase:
        self._controls().set_paused(False)
        self._audit(session, "resume")
        return Said("ui_did_resume")

    async def do_quiet(self, session: Session, form: FormData, request: Request) -> Phrase:
        minutes = _number(form, "minutes")
        if not 1 <= minutes <= MAX_QUIET_MINUTES:
            raise Refused("ui_err_quiet_range", max=MAX_QUIET_MINUTES)
        until = self._controls().set_quiet(minutes * 60)
        self._audit(session, "quiet", minutes=minutes, until=until)
        return Said("ui_did_quiet", minutes=f"{minutes:g}")

    async def do_review_mode(self, session: Session, form: FormData, request: Request) -> Phrase:
        on = str(form.get("on") or "") == "1"
        self._controls().set_review(on)
        self._audit(session, "review_mode", review=on)
        return Said("ui_did_review_on" if on else "ui_did_review_off")

    def _show(self) -> ShowRunner:
        if self.deps.show is None:
            raise Refused("ui_err_no_plan")
        return self.deps.show

    async def do_extend(self, session: Session, form: FormData, request: Request) -> Phrase:
        seconds = _number(form, "seconds")
        if not 0 < seconds <= 3600:
            raise Refused("ui_err_extend_range")
        left = self._show().extend(seconds)
        self._audit(session, "show.extend", seconds=seconds)
        return Said("ui_did_extend", seconds=f"{left:.0f}")

    async def do_skip(self, session: Session, form: FormData, request: Request) -> Phrase:
        show = self._show()
        seen = form.get("now")
        if isinstance(seen, str) and seen and seen != (show.current_sku() or "-"):
            now = show.current_sku()
            raise (Refused("ui_err_moved_on", sku=now) if now else Refused("ui_err_ended"))
        nxt = show.next_sku()
        if not show.skip():
            raise Refused("ui_err_show_off")
        self._audit(session, "show.skip", next=nxt)
        return Said("ui_did_skip", sku=nxt) if nxt else Said("ui_did_end")

    async def do_promotion(self, session: Session, form: FormData, request: Request) -> Phrase:
        pid, on = str(form.get("promotion") or ""), str(form.get("on") or "") == "1"
        show = self._show()
        if pid not in show.plan.promotion_ids():
            raise Refused("ui_err_no_promotion", id=pid[:64])
        show.set_override(pid, on)
        self._audit(session, "show.promotion", promotion=pid, on=on)
        return Said("ui_did_promotion_on" if on else "ui_did_promotion_off", id=pid)

    async def do_product(self, session: Session, form: FormData, request: Request) -> Phrase:
        """A price and/or stock edit, as the shop webhook would apply it: the same models,
        `ShopEvents.check` and `apply` (and its saved state), in one transaction."""
        shop = self.deps.shop
        if shop is None:
            raise Refused("ui_err_no_shop")
        sku = str(form.get("sku") or "")
        if sku not in shop.facts:  # the shop's own check, said in the console's language
            raise Refused("ui_err_unknown_product", sku=sku[:64])
        fields = {k: str(form.get(k) or "").strip() for k in ("price", "list_price", "stock")}
        # A field left as the form showed it (`was_<field>`) is no edit: the form's other
        # numbers may be stale by now (orders move the stock every second) and must not be
        # written back over newer ones when the host changes only the price.
        shown = {k: form.get(f"was_{k}") for k in fields}
        untouched = {k for k, was in shown.items()
                     if isinstance(was, str) and was.strip() == fields[k]}
        if untouched == set(fields):
            raise Refused("ui_err_unchanged")
        for k in untouched:
            fields[k] = ""
        price = fields["price"]
        if not price and fields["list_price"] and sku in shop.facts:
            price = str(shop.facts.get(sku).price)  # a new list price alone: the live price
        events: list[Any] = []
        try:
            if price:
                events.append(PriceEvent(id=_event_id(), type="price", sku=sku,
                                         price=price,  # type: ignore[arg-type]
                                         list_price=fields["list_price"] or None))  # type: ignore[arg-type]
            if fields["stock"]:
                events.append(StockEvent(id=_event_id(), type="stock", sku=sku,
                                         stock=fields["stock"]))  # type: ignore[arg-type]
        except ValidationError as err:
            first = field_errors(err, limit=1)[0]
            raise Refused("ui_err_field", field=first.dotted, detail=first.reason) from None
        if not events:
            raise Refused("ui_err_no_edit")
        for event in events:
            shop.check(event)
        with self.deps.store.transaction():
            for event in events:
                shop.apply(event)
        self._audit(session, "product", sku=sku, **{k: v for k, v in fields.items() if v})
        return Said("ui_did_product", sku=sku)

    def _draws(self) -> Draws:
        if self.deps.draws is None:
            raise Refused("ui_err_no_draws")
        return self.deps.draws

    async def do_draw_create(self, session: Session, form: FormData, request: Request) -> Phrase:
        winners = str(form.get("winners") or "").strip()
        duration = str(form.get("duration") or "").strip()
        draw_id = self._draws().create(
            str(form.get("prize") or ""), _whole(form, "winners") if winners else None,
            str(form.get("keyword") or "").strip() or None,
            _number(form, "duration") if duration else None, session.actor)
        self._audit(session, "draw.create", draw=draw_id)
        return Said("ui_did_draw_create", id=draw_id)

    async def do_draw(self, session: Session, form: FormData, request: Request) -> Phrase:
        draws, draw_id = self._draws(), request.path_params["draw_id"]
        if _row_id(str(draw_id)) is None:  # beyond SQLite's integers: no such draw
            raise Refused("ui_err_no_draw", id=str(draw_id)[:20])
        action = request.path_params["action"]
        seen, now = form.get("seen"), _draw_version(draws, draw_id)
        if isinstance(seen, str) and seen and now is not None and seen != now:
            # a second click landing on the redrawn row: a reroll must not reroll twice
            raise Refused("ui_err_draw_changed", id=draw_id, state=now.split(":")[0])
        who = str(form.get("who") or "").strip().lstrip("@")
        reason = str(form.get("reason") or "").strip()[:200]
        if action == "open":
            draws.open(draw_id, session.actor)
        elif action == "close":
            draws.close(draw_id, session.actor)
        elif action == "pick":
            draws.pick(draw_id, session.actor)
        elif action == "reroll":
            target = draws.find_winner(who, None, draw_id) if who else None
            if draws.reroll(draw_id, target, reason or "console reroll", session.actor) is None:
                raise Refused("ui_err_none_eligible")
        elif action == "remove":
            if not who:
                raise Refused("ui_err_name_entrant")
            platform, viewer_id, _ = draws.find_entrant(draw_id, who)
            draws.remove(draw_id, platform, viewer_id, reason or "removed by a moderator",
                         session.actor)
        else:
            raise Refused("ui_err_no_action", action=action[:20])
        self._audit(session, f"draw.{action}", draw=draw_id, **({"who": who} if who else {}))
        return Said(f"ui_did_draw_{action}", id=draw_id)

    # -- overlays -------------------------------------------------------------------------------

    def _overlay_allowed(self, request: Request) -> Response | None:
        kind = request.path_params["kind"]
        if kind not in OVERLAYS:
            return HTMLResponse("no such overlay", 404)
        t = self._t(self._lang(request))
        if not self.deps.sessions.has_overlay:  # say what to set, not "wrong token"
            return HTMLResponse(t("ov_not_configured"), 401)
        if not self.deps.sessions.is_overlay(request.query_params.get("token")):
            return HTMLResponse(t("ov_bad_token"), 401)
        return None

    async def overlay_page(self, request: Request) -> Response:
        if (refused := self._overlay_allowed(request)) is not None:
            return refused
        kind, lang = request.path_params["kind"], self._lang(request)
        vertical = request.query_params.get("layout") == "vertical"
        return self._render(request, "overlay.html", lang=lang, kind=kind, vertical=vertical,
                            server_now=self.deps.clock.now(),
                            events_url=f"/overlay/{kind}/events?{request.url.query}",
                            fragment=self.overlay_fragment(kind, lang, request, fresh=True))

    def overlay_fragment(self, kind: str, lang: str, request: Request,
                         fresh: bool = False) -> str:
        """The overlay's HTML fragment now (what the SSE stream pushes when it changes).

        Drawn once per (overlay, language, product) for each hub version and clock second and
        shared by every browser showing it: 50 overlays cost one render, not 50, so they do
        not slow the chat. A countdown still ticks each second; a change still shows at once.
        `fresh`: draw it now whatever is cached (a page load sees what the store holds)."""
        key = (kind, lang, request.query_params.get("sku") if kind == "card" else None)
        # The show clock's second (countdowns) and the wall clock's (entry counts and what
        # else changes without an event; the show clock may be a test's frozen one).
        stamp = (self.hub.version, int(self.deps.clock.now()), int(time.monotonic()))
        cached = self._fragments.get(key)
        if cached is not None and cached[0] == stamp and not fresh:
            return cached[1]
        template = self.templates.get_template(f"overlay_{kind}.html")
        html = template.render(t=self._t(lang), lang=lang,
                               **self._overlay_data(kind, lang, request))
        if len(self._fragments) >= 64:  # products named in URLs: a few, bounded anyway
            self._fragments.clear()
        self._fragments[key] = (stamp, html)
        return html

    def _overlay_data(self, kind: str, lang: str, request: Request) -> dict[str, Any]:
        d, now = self.deps, self.deps.clock.now()
        if kind == "card":
            sku = request.query_params.get("sku") or (d.show.current_sku() if d.show else None)
            if sku is None and d.facts is not None and d.facts.all():
                sku = d.facts.all()[0].sku
            card = (views.product_card(d.facts, sku, now, lang, self._stock_peak)
                    if d.facts is not None and sku else None)
            return {"card": card}
        if kind == "draw":
            rows = d.draws.list(1) if d.draws is not None else []
            draw = rows[0] if rows and rows[0]["state"] != "cancelled" else None
            return {"draw": draw, "winners": views.winners_of(draw) if draw else [],
                    "verify": views.verify_line(draw, d.export_dir) if draw else None}
        rows = views.questions(d.store, limit=8, outcome="answered")
        return {"rows": rows}

    async def overlay_events(self, request: Request) -> Response:
        if (refused := self._overlay_allowed(request)) is not None:
            return refused
        kind, lang = request.path_params["kind"], self._lang(request)

        async def stream() -> AsyncIterator[dict[str, str]]:
            last = None  # the first fragment goes out at once: what changed since the page
            with self.hub.subscribe([kind]) as sub:
                self.start()
                while not self.closing:
                    html = self.overlay_fragment(kind, lang, request)
                    if html != last:
                        last = html
                        yield {"event": kind, "data": html}
                    # A change is pushed at once; once a second the fragment is re-rendered
                    # anyway (an entry count, a segment that ended), sent only if it differs.
                    await sub.next(within=1.0)

        return EventSourceResponse(stream(), ping=int(self.heartbeat))


async def _form(request: Request) -> FormData:
    """The POSTed form, bounded (the webhook server's `body_limit` covers its own routes, not
    these): at most 50 fields of 64 KiB each and no file uploads, else Starlette's 400, so an
    unsigned-in caller cannot make the sign-in form read a gigabyte."""
    return await request.form(max_files=0, max_fields=50, max_part_size=64 * 1024)


def _cross_site(request: Request) -> bool:
    """Whether a browser says this request came from another site (`Sec-Fetch-Site`, sent by
    every current browser; its value is set by the browser, never by a page's script). Besides
    the CSRF token and SameSite: it also covers the sign-in form, which has no session yet."""
    return request.headers.get("sec-fetch-site", "").lower() in ("cross-site", "same-site")


def _draw_version(draws: Draws, draw_id: int) -> str | None:
    """What a draw's row shows ("<state>:<picks>"), for the row's `seen` field."""
    row = draws.store.get(draw_id)
    return None if row is None else f"{row.state}:{len(draws.store.picks(draw_id))}"


def _once(request: Request, form: FormData) -> str | None:
    """The request's one-time key with what it asks (path and fields), None without a key."""
    key = form.get("once")
    if not isinstance(key, str) or not key:
        return None
    fields = sorted((k, str(v)[:500]) for k, v in form.multi_items() if k != CSRF_FIELD)
    return json.dumps([request.url.path, fields], ensure_ascii=False)


def _csrf(request: Request, form: FormData) -> str | None:
    sent = form.get(CSRF_FIELD)
    return str(sent) if isinstance(sent, str) else request.headers.get(CSRF_HEADER)


def _number(form: FormData, name: str) -> float:
    raw = str(form.get(name) or "").strip()
    try:
        value = Decimal(raw)
    except ArithmeticError:
        raise Refused("ui_err_not_number", field=name, raw=raw[:20]) from None
    if not value.is_finite():
        raise Refused("ui_err_not_number", field=name, raw=raw[:20])
    return float(value)


def _whole(form: FormData, name: str) -> int:
    """A form field as a whole number; Refused saying which field when it is not one."""
    value = _number(form, name)
    if not value.is_integer():
        raise Refused("ui_err_not_whole", field=name, raw=str(form.get(name))[:20])
    return int(value)


def _row_id(raw: str) -> int | None:
    """A path's row id (ASCII digits, within SQLite's 64-bit integers), None when it is not."""
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        return None
    return int(raw)


def _event_id() -> str:
    return f"console-{secrets.token_hex(8)}"
