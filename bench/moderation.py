"""The sample show's moderation replayed over labelled live chat: what it stops, what it says.

Reads `bench/data/moderation_{dev,heldout}.jsonl` (made by `bench/moderation_data.py`: EN and
ZH chat on Twitch, YouTube, Bilibili through the bridge, and Discord, with spam), and replays
each set in time order through `Moderation.check` with the sample show's `[moderation]`
settings (examples/hawker.toml), on platforms that can delete and time out (Bilibili's bridge
cannot). A line counts as actioned if it was stopped (a strike or an ignore) at the time, or
removed later as one of a raid's first copies.

Prints JSON per set: normal lines actioned (%), spam caught (%), strikes, public warnings sent
per 1,000 lines, timeouts, and which filters fired, by the kind of line. Goals: normal lines
actioned ≤ 1%, spam caught ≥ 95%. Run: python bench/moderation.py [--set dev|heldout|both]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FakeClock  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.events import ChatMessage, ModAction, ModKind, Outgoing, Priority, Reply, Viewer  # noqa: E402
from bot.moderation.feature import Moderation  # noqa: E402
from bot.outbox import Outbox  # noqa: E402
from bot.persona import Persona  # noqa: E402
from bot.store import Store  # noqa: E402
from plugins.base import Capabilities  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
T0 = 1_750_000_000.0

CAPS = {
    "twitch": Capabilities(max_length=500, delete=True, timeout=True, ban=True),
    "youtube": Capabilities(max_length=200, delete=True, timeout=True, ban=True),
    "discord": Capabilities(max_length=2000, delete=True, timeout=True, ban=True),
    "bilibili": Capabilities(max_length=40),  # the bridge can only talk
}


class _Platform:
    def __init__(self, name: str) -> None:
        self.platform = name
        self.capabilities = CAPS[name]

    def channels(self) -> list[str]:
        return ["live"]


def replay(rows: list[dict], tmp: Path) -> dict:
    config = Config.load(ROOT / "bot" / "examples" / "hawker.toml")
    clock = FakeClock(T0)
    outbox = Outbox(clock)
    for name in CAPS:
        outbox.add_adapter(_Platform(name))  # type: ignore[arg-type]
    said: list[Outgoing] = []

    def record(out: Outgoing) -> bool:  # what moderation put out, kept from the queues
        said.append(out)
        return False

    store = Store(tmp / "bench.db", clock=clock)
    persona = Persona.load(config.path(config.show.persona))
    mod = Moderation(store, clock, outbox, persona, config.moderation)
    outbox.gates.insert(0, record)

    by_id: dict[str, int] = {}
    actioned = [False] * len(rows)
    offset = last = 0.0
    for i, row in enumerate(rows):
        if row["t"] < last:  # the next show: an hour after the last one ended
            offset += last + 3600
        last = row["t"]
        clock._now = T0 + offset + row["t"]  # type: ignore[attr-defined]
        viewer = Viewer(row["platform"], row["viewer"], row["name"])
        msg = ChatMessage(row["platform"], "live", f"m{i}", viewer, row["text"], clock.now())
        by_id[msg.message_id] = i
        before = len(said)
        if not mod.check(msg):
            actioned[i] = True
        for out in said[before:]:  # a raid's earlier copies are removed when it is recognised
            if isinstance(out, ModAction) and out.message.message_id in by_id:
                actioned[by_id[out.message.message_id]] = True
    store.close()

    normal = [i for i, r in enumerate(rows) if r["label"] == "normal"]
    spam = [i for i, r in enumerate(rows) if r["label"] == "spam"]
    warnings = sum(isinstance(o, Reply) and o.priority == Priority.MODERATOR for o in said)
    timeouts = sum(isinstance(o, ModAction) and o.kind is ModKind.TIMEOUT for o in said)
    false_by_kind = Counter(rows[i]["kind"] for i in normal if actioned[i])
    missed_by_kind = Counter(rows[i]["kind"].split("+")[0] for i in spam if not actioned[i])
    return {
        "lines": len(rows),
        "normal": len(normal),
        "spam": len(spam),
        "normal_actioned_pct": round(100 * sum(actioned[i] for i in normal) / len(normal), 2),
        "spam_caught_pct": round(100 * sum(actioned[i] for i in spam) / len(spam), 2),
        "warnings_per_1000_lines": round(1000 * warnings / len(rows), 2),
        "warnings_unsaid": mod.counts["warnings_unsaid"],
        "strikes": mod.counts["strikes"],
        "ignored_not_strikes": mod.counts["ignored"],
        "timeouts": timeouts,
        "viewers_timed_out": len({o.message.viewer.key for o in said
                                  if isinstance(o, ModAction) and o.kind is ModKind.TIMEOUT}),
        "normal_actioned_by_kind": dict(false_by_kind.most_common()),
        "spam_missed_by_kind": dict(missed_by_kind.most_common()),
    }


def load(name: str) -> list[dict]:
    path = DATA / f"moderation_{name}.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["dev", "heldout", "both"], default="both")
    args = parser.parse_args()
    names = ["dev", "heldout"] if args.set == "both" else [args.set]
    result: dict = {"bench": "moderation", "config": "bot/examples/hawker.toml"}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            d = Path(tmp) / name
            d.mkdir()
            result[name] = replay(load(name), d)
    result["goals"] = {"normal_actioned_pct_max": 1.0, "spam_caught_pct_min": 95.0}
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
