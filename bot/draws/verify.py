"""`hawker draw export ID` and `hawker draw verify FILE`.

The record holds everything needed to recompute the winners: the rules and their hash, the
seed commitment and the seed, the frozen entry list and its hash, and every pick in order
(winners, disqualified picks, redraws, rerolls). `verify` uses only the file and fairness.py:
no store, no network. Pass the values announced in chat (`--commitment`, `--list-hash`) to
check the file against what was published, not only against itself.

Every field is either checked or printed as unchecked: the procedure version; the prize and
winner count (against the hashed rules); the rules (rules hash); the seed (commitment); the
entrants and their tickets (list hash); the drand round; every pick's identity and order
(recomputed); the winners (the winning picks, as many as the rules give unless the record
shows why not). The draw's number, times and state and the names and reasons of picks are
not covered by any hash, so `verify` prints them apart, "as the file says".
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.draws import beacon, fairness
from bot.draws.phrases import PHRASES
from bot.draws.store import DrawStore
from bot.persona import Persona

FORMAT = "hawker-draw-record"
WINNING = ("pending", "claimed", "won")
# Who speaks on the terminal: no show's persona, the draws' built-in phrases.
_TERMINAL = Persona(name="Hawker")


def verify_line(draw_id: int, commitment: object, list_hash: object,
                export_dir: Path | None) -> str:
    """The ready-to-run `hawker draw verify` command for draw `draw_id`: its record's path
    (`<export_dir>/draw-<id>.json`, or the bare file name `hawker draw export` writes) and the
    announced `--commitment` and `--list-hash` (hex). The one wording the chat reveal, the
    console, the overlays and the report all show."""
    record = Path(export_dir) / f"draw-{draw_id}.json" if export_dir else f"draw-{draw_id}.json"
    return f"hawker draw verify {record} --commitment {commitment} --list-hash {list_hash}"


def export_record(store: DrawStore, draw_id: int) -> dict[str, Any]:
    row = store.get(draw_id)
    if row is None:
        raise LookupError(f"there is no draw #{draw_id}")
    drawn = row.drawn_at is not None
    entries: list[list[Any]] = []
    if row.list_hash is not None:
        entries = [[e.platform, e.viewer_id, e.tickets]
                   for e in map(fairness.parse_line, store.frozen(draw_id))]
    picks = store.picks(draw_id)
    return {
        "format": FORMAT,
        "version": fairness.VERSION,
        "draw": {
            "id": row.id,
            "prize": row.prize,
            "winners": row.winners,
            "state": row.state,
            "created_at": row.created_at,
            "opened_at": row.opened_at,
            "closed_at": row.closed_at,
            "drawn_at": row.drawn_at,
        },
        "rules": row.rules,
        "rules_hash": row.rules_hash,
        "commitment": row.commitment,
        # The seed is secret until the draw: a record exported earlier leaves it out.
        "seed": row.seed if drawn else None,
        "list_hash": row.list_hash,
        "drand": (
            {"round": row.drand_round, "signature": row.drand_signature}
            if row.rules.get("drand") else None
        ),
        "entries": entries,
        "picks": [
            {
                "seq": p.seq,
                "platform": p.platform,
                "viewer_id": p.viewer_id,
                "name": p.name,
                "status": p.status,
                "reason": p.reason,
            }
            for p in picks
        ],
        "winners": [[p.platform, p.viewer_id] for p in picks if p.status in WINNING],
    }


def write_record(store: DrawStore, draw_id: int, path: Path) -> None:
    """Write the record atomically (a reader never sees half a file)."""
    text = json.dumps(export_record(store, draw_id), ensure_ascii=False, indent=1)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)


def write_record_from(db: str, draw_id: int, path: Path) -> None:
    """`write_record` on a connection of its own (WAL: it reads while the bot writes), so a
    worker thread can export a million entries without holding up the chat loop."""
    from bot.draws.store import SQLiteDrawStore
    from bot.store import Store

    store = Store(db)
    try:
        write_record(SQLiteDrawStore(store), draw_id, path)
    finally:
        store.close()


@dataclass(frozen=True)
class Reason:
    """Why a record does not verify: phrase `key` of bot/draws/phrases.yaml with its `slots`;
    `str()` is the English text."""

    key: str
    slots: Mapping[str, object] = field(default_factory=dict)

    def say(self, lang: str | None) -> str:
        """The reason in `lang` ("en" or "zh"; None: English)."""
        return _TERMINAL.say(self.key, lang or "en", defaults=PHRASES, **self.slots)

    def __str__(self) -> str:
        return self.say("en")


@dataclass
class Verdict:
    """`ok`, or the `problems` found; the recomputed `winners` (platform, viewer id) and the
    number of `entries` when it verifies."""

    ok: bool
    problems: list[Reason] = field(default_factory=list)
    winners: list[tuple[str, str]] = field(default_factory=list)
    entries: int = 0

    @property
    def reasons(self) -> list[str]:
        """The problems in English."""
        return [str(r) for r in self.problems]

    def add(self, key: str, **slots: object) -> None:
        """Record the problem phrased by `key`."""
        self.problems.append(Reason(key, slots))


def verify_record(
    record: Any, *, commitment: str | None = None, list_hash: str | None = None
) -> Verdict:
    """Recompute the draw from the record; every failed check is a reason."""
    bad = Verdict(False)
    try:
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            return _fail(bad, "verify_not_format", format=FORMAT)
        if record.get("version") != fairness.VERSION:
            return _fail(bad, "verify_version", got=repr(record.get("version")),
                         want=repr(fairness.VERSION))
        rules = record["rules"]
        if fairness.rules_hash(rules) != record["rules_hash"]:
            bad.add("verify_rules_hash")
        draw = record["draw"]
        if draw.get("prize") != rules.get("prize"):
            bad.add("verify_prize")
        if draw.get("winners") != rules.get("winners"):
            bad.add("verify_winner_count")
        if commitment is not None and commitment.lower() != record["commitment"]:
            bad.add("verify_commitment_given")
        if list_hash is not None and list_hash.lower() != record["list_hash"]:
            bad.add("verify_list_hash_given")
        if not record.get("seed"):
            return _fail(bad, "verify_no_seed")
        seed = bytes.fromhex(record["seed"])
        if fairness.commitment(seed) != record["commitment"]:
            bad.add("verify_seed")
        entries = [fairness.Entry(str(p), str(v), int(t)) for p, v, t in record["entries"]]
        bad.entries = len(entries)
        try:
            lh = fairness.list_hash(entries)
        except fairness.ListError as err:
            bad.add("verify_list_order", error=str(err))
            lh = None
        if lh is not None and lh != record["list_hash"]:
            bad.add("verify_list_hash")
        public = _beacon(record, bad)
        if bad.problems:
            return bad
        recorded = record["picks"]
        expected = fairness.picks(seed, entries, len(recorded), public)
        for i, pick in enumerate(recorded):
            got = (pick["platform"], pick["viewer_id"])
            if pick.get("seq", i) != i:
                bad.add("verify_pick_seq", i=i, seq=pick.get("seq"))
            elif i >= len(expected):
                bad.add("verify_pick_none_left", i=i, who=_who(got))
            elif expected[i].key != got:
                bad.add("verify_pick_differs", i=i, got=_who(got), want=_who(expected[i].key))
        winners = [(p["platform"], p["viewer_id"]) for p in recorded if p["status"] in WINNING]
        if [tuple(w) for w in record.get("winners", [])] != winners:
            bad.add("verify_winners_listed")
        wanted = int(record["rules"]["winners"])
        if len(winners) > wanted:
            bad.add("verify_too_many")
        elif len(winners) < wanted and not _short_explained(record, entries, wanted - len(winners)):
            bad.add("verify_too_few", n=len(winners), wanted=wanted)
        if bad.problems:
            return bad
        return Verdict(True, [], winners, len(entries))
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as err:
        # OverflowError: a count of 1e400 (JSON reads it as infinity); AttributeError: a list
        # where an object belongs
        return _fail(bad, "verify_malformed", error=f"{type(err).__name__}: {str(err)[:200]}")


def _short_explained(record: dict[str, Any], entries: list[fairness.Entry], short: int) -> bool:
    """Fewer winners than the rules is legitimate only when the list ran out (every entrant
    was picked) or prizes went unclaimed past the redraw limit."""
    picks = record["picks"]
    if len(picks) >= len({e.key for e in entries}):
        return True
    unclaimed = sum(1 for p in picks if p["status"] == "unclaimed")
    limit = int(record["rules"].get("max_redraws", 0))
    return short <= max(0, unclaimed - limit)


def _beacon(record: dict[str, Any], bad: Verdict) -> bytes:
    """The drand randomness the rules bind the draw to (b"" when they name no chain),
    verified offline; a problem is added to `bad`."""
    spec = record["rules"].get("drand")
    if not spec:
        return b""
    chain = beacon.CHAINS.get(spec.get("chain"))
    if chain is None or chain.describe() != spec:
        bad.add("verify_drand_chain", spec=repr(spec))
        return b""
    drand = record.get("drand") or {}
    round_, signature = drand.get("round"), drand.get("signature")
    if not round_ or not signature:
        bad.add("verify_drand_missing")
        return b""
    closed_at = record["draw"].get("closed_at")
    if closed_at is None or chain.time_of(int(round_)) < closed_at:
        bad.add("verify_drand_early", round=round_)
    try:
        return beacon.verify(chain, int(round_), signature)
    except beacon.BeaconError as err:
        bad.add("verify_drand_bad", error=str(err))
        return b""


def _fail(v: Verdict, key: str, **slots: object) -> Verdict:
    v.add(key, **slots)
    return v


def _shown(value: Any) -> str:
    """A value from the file as printable text: quoted, one line, bounded."""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    return _printable(text[:80])


def _who(key: tuple[str, str]) -> str:
    """platform:viewer_id, printable: an id from a bridge may hold a carriage return or a bidi
    override that would rewrite the verdict line on a terminal."""
    return _printable(f"{key[0]}:{key[1]}")


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


# -- the CLI ----------------------------------------------------------------------------------


def terminal_language(lang: str | None = None) -> str:
    """The language `hawker draw` prints in: `lang` if given, else "zh" when the locale
    ($LC_ALL, $LC_MESSAGES, $LANG, the first one set) is Chinese, else "en"."""
    if lang:
        return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(var):
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _say(lang: str, key: str, **slots: object) -> str:
    return _TERMINAL.say(key, lang, defaults=PHRASES, **slots)


def export_command(draw_id: int, config_file: str, data_dir: Path | None, output: str | None,
                   lang: str) -> int:
    """`hawker draw export`: draw `draw_id`'s record as JSON to `output` (None: standard
    output); exit status 1 when there is no such draw. ConfigError when the store is missing."""
    from bot.config import ConfigError
    from bot.draws.store import SQLiteDrawStore
    from bot.state import load_config
    from bot.store import Store

    config = load_config(config_file, data_dir)
    path = config.path(config.store.path)
    if path is None or not Path(path).exists():
        raise ConfigError(f"{config_file}: store.path: {path} does not exist")
    store = Store(path)
    try:
        record = export_record(SQLiteDrawStore(store), draw_id)
    except LookupError:
        print(_say(lang, "export_no_draw", id=draw_id), file=sys.stderr)
        return 1
    finally:
        store.close()
    text = json.dumps(record, ensure_ascii=False, indent=1)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
        print(_say(lang, "export_wrote", id=draw_id, count=f"{len(record['entries']):,}",
                   file=output))
    else:
        print(text)
    return 0


def verify_command(file: str, commitment: str | None, list_hash: str | None, lang: str) -> int:
    """`hawker draw verify`: print what was checked in `lang`; exit status 0 when the winners
    match, 1 when they do not (or the file is not JSON), 2 when it cannot be read."""
    try:
        record = json.loads(Path(file).read_text(encoding="utf-8"))
    except OSError as err:
        print(f"hawker draw verify: {file}: {err.strerror}", file=sys.stderr)
        return 2
    except ValueError as err:  # JSONDecodeError, or UnicodeDecodeError: not text at all
        print(_say(lang, "verify_not_json", file=file, error=err), file=sys.stderr)
        return 1
    verdict = verify_record(record, commitment=commitment, list_hash=list_hash)
    if not verdict.ok:
        print(_say(lang, "verify_failed", file=file))
        for reason in verdict.problems:
            print(f"  - {reason.say(lang)}")
        return 1
    draw = record["draw"]
    print(_say(lang, "verify_ok_procedure", version=record["version"]))
    print(_say(lang, "verify_ok_rules", rules_hash=record["rules_hash"],
               prize=_shown(draw["prize"]), winners=draw["winners"]))
    print(_say(lang, "verify_ok_commitment", commitment=record["commitment"]))
    print(_say(lang, "verify_ok_entries", count=f"{verdict.entries:,}",
               list_hash=record["list_hash"]))
    if commitment is None or list_hash is None:
        print(_say(lang, "verify_pass_announced"))
    if record["rules"].get("drand"):
        print(_say(lang, "verify_ok_drand", chain=record["rules"]["drand"]["chain"],
                   round=_shown(record["drand"]["round"])))
    print(_say(lang, "verify_ok_picks", n=len(record["picks"])))
    for w in verdict.winners:
        print(_say(lang, "verify_ok_winner", who=_who(w)))
    # Not covered by any hash: shown for reading, never as verified.
    names = {(p["platform"], p["viewer_id"]): p["name"] for p in record["picks"]}
    # Who was passed over, and why, is moderation and claims: no hash covers it, so a winner
    # after a passed-over pick is a winner only as far as the file's word for that goes.
    passed = [f"{_who((p['platform'], p['viewer_id']))} {_shown(p['status'])}"
              for p in record["picks"] if p["status"] not in WINNING]
    print(_say(lang, "verify_unchecked", id=_shown(draw.get("id")), state=_shown(draw.get("state")),
               names=", ".join(f"{_who(w)}={_shown(names.get(w, '?'))}" for w in verdict.winners),
               passed=_say(lang, "verify_unchecked_passed", picks=", ".join(passed))
               if passed else ""))
    print(_say(lang, "verify_ok"))
    return 0
