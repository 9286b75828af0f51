"""`hawker ask "question"`: the answer the bot would give, the evidence it rests on, and which
composer produced it (and any draft the verifier rejected on the way)."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

from bot.answers.composer import facts_block
from bot.answers.service import Answer
from bot.events import Role

EXAMPLE_CONFIG = Path(__file__).resolve().parents[2] / "examples" / "hawker.toml"


def default_config() -> str:
    return "hawker.toml" if Path("hawker.toml").exists() else str(EXAMPLE_CONFIG)


async def ask(config_path: str, question: str, role: Role, composer: str | None) -> Answer:
    from bot.answers.wiring import build_service, open_knowledge
    from bot.clock import SystemClock
    from bot.config import Config
    from bot.outbox import Outbox
    from bot.persona import Persona
    from bot.questions import QuestionQueue

    config = Config.load(config_path)
    if composer:
        config.llm.composer = composer
    persona = Persona.load(config.path(config.show.persona))
    kb = await asyncio.to_thread(open_knowledge, config)
    clock = SystemClock()
    service = build_service(config, kb, persona, Outbox(clock), clock, QuestionQueue())
    return await service.answer(question, role)


def describe(answer: Answer) -> dict[str, Any]:
    g = answer.grounds
    out: dict[str, Any] = {"answer": answer.text, "composer": answer.composer}
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
    lines = [info["answer"], "", f"composer: {info['composer']}"]
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


def run_ask(args: argparse.Namespace) -> int:
    answer = asyncio.run(ask(args.config, " ".join(args.question), Role.parse(args.role),
                             args.composer))
    info = describe(answer)
    print(json.dumps(info, ensure_ascii=False, indent=2) if args.json else render(info))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer a question as the bot would, with its evidence",
                       description=__doc__)
    p.add_argument("question", nargs="+", help="the viewer's question")
    p.add_argument("--config", default=default_config(), help="hawker.toml (default: ./hawker.toml "
                   "or the sample show)")
    p.add_argument("--role", default="viewer",
                   help="the asker's role (promotions may depend on it)")
    p.add_argument("--composer", choices=("template", "openai"),
                   help="override [llm] composer from the config")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run_ask)
