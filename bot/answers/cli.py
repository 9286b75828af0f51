"""`hawker ask "question"`: the answer the bot would give, the evidence it rests on, and which
composer produced it (and any draft the verifier rejected on the way)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from bot.cli_common import config_option, data_dir_option, status, verbose_option
from bot.events import Role

if TYPE_CHECKING:
    from bot.answers.service import Answer
    from bot.config import Config


async def answer_question(config: Config, question: str, role: Role) -> Answer:
    """The answer the bot would give to ``question`` from a viewer with ``role``, on the
    config's knowledge (opened, catalog ingested). Raises ConfigError."""
    from bot.answers.wiring import build_service, open_knowledge
    from bot.clock import SystemClock
    from bot.outbox import Outbox
    from bot.persona import Persona
    from bot.questions import QuestionQueue

    persona = Persona.load(config.path(config.show.persona))
    with status("opening the knowledge base (the first start builds the model's graph)…"):
        kb = await asyncio.to_thread(open_knowledge, config)
    clock = SystemClock()
    service = build_service(config, kb, persona, Outbox(clock), clock, QuestionQueue())
    return await service.answer(question, role)


def describe(answer: Answer) -> dict[str, Any]:
    """The answer, its composer, any rejected draft and the evidence, as plain data."""
    from bot.answers.composer import facts_block

    g = answer.grounds
    out: dict[str, Any] = {"answer": answer.text, "composer": answer.composer}
    if answer.filled is not None:  # the sentence as composed, and what it cites
        out["draft"] = answer.filled.draft.template
        out["citations"] = list(answer.filled.draft.citations)
    if answer.rejected:
        out["rejected_draft"] = {"text": answer.draft, "problems": list(answer.rejected)}
    if g is None:
        out["evidence"] = None
        return out
    out["evidence"] = {
        "intent": g.intent,
        "intents": list(g.intents),
        "understood": g.status or "answer",  # not_carried, unknown_aspect, deals, compare...
        "resolved": g.resolved,
        "language": g.lang,
        "product": g.sku,
        "facts": facts_block(g),
        "matches": [{"sku": m.sku, "score": m.score, "why": list(m.why)}
                    for m in g.evidence.products[:3]],
        "passages": [{"kind": p.kind, "sku": p.sku, "score": p.score, "text": p.text}
                     for p in g.passages],
    }
    return out


def render(info: dict[str, Any]) -> str:
    """`describe`'s data as the text `hawker ask` prints."""
    lines = [info["answer"], "", f"composer: {info['composer']}"]
    if "draft" in info:
        lines.append(f"slots: {info['draft']}")
        if info["citations"]:
            lines.append(f"cites: {', '.join(info['citations'])}")
    if "rejected_draft" in info:
        r = info["rejected_draft"]
        lines.append(f"rejected draft: {r['text']!r}")
        lines.append(f"  because: {'; '.join(r['problems'])}")
    ev = info["evidence"]
    if ev is None:
        lines.append("evidence: none (declined topic)")
        return "\n".join(lines)
    lines.append(f"evidence: intent {ev['intent']} {ev.get('intents', [])}, "
                 f"understood {ev.get('understood', 'answer')}, language {ev['language']}, "
                 f"product {ev['product'] or '(none)'} ({ev.get('resolved') or '-'})")
    lines += [f"  fact  {f}" for f in ev["facts"]]
    for m in ev["matches"]:
        lines.append(f"  match {m['sku']} {m['score']:.2f} ({', '.join(m['why'])})")
    for p in ev["passages"]:
        text = p["text"] if len(p["text"]) <= 160 else p["text"][:157] + "..."
        lines.append(f"  {p['kind']:<11} {p['score']:.2f} {text}")
    return "\n".join(lines)


ROLES = [r.name.lower() for r in Role]


@click.command(no_args_is_help=True)
@click.argument("question", nargs=-1, required=True)
@config_option()
@data_dir_option
@click.option("--role", type=click.Choice(ROLES, case_sensitive=False), default="viewer",
              show_default=True, help="The asker's role (promotions may depend on it).")
@click.option("--composer", type=click.Choice(["template", "openai"]),
              help="Override the config's [llm] composer.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@verbose_option
def ask(question: tuple[str, ...], config: str | None, data_dir: Path | None, role: str,
        composer: str | None, as_json: bool) -> int:
    """Answer QUESTION as the bot would: the answer, the evidence behind it, and which
    composer wrote it (and any draft the verifier rejected on the way)."""
    from bot.state import load_config

    cfg = load_config(config, data_dir)
    if composer:
        cfg.llm.composer = composer
    answer = asyncio.run(answer_question(cfg, " ".join(question), Role.parse(role)))
    info = describe(answer)
    click.echo(json.dumps(info, ensure_ascii=False, indent=2) if as_json else render(info))
    return 0
