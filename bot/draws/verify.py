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

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.draws import beacon, fairness
from bot.draws.store import DrawStore

FORMAT = "hawker-draw-record"
WINNING = ("pending", "claimed", "won")


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


@dataclass
class Verdict:
    ok: bool
    reasons: list[str] = field(default_factory=list)
    winners: list[tuple[str, str]] = field(default_factory=list)
    entries: int = 0


def verify_record(
    record: Any, *, commitment: str | None = None, list_hash: str | None = None
) -> Verdict:
    """Recompute the draw from the record; every failed check is a reason."""
    bad = Verdict(False)
    try:
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            return _fail(bad, f"not a {FORMAT} file")
        if record.get("version") != fairness.VERSION:
            return _fail(bad, f"procedure {record.get('version')!r} is not {fairness.VERSION!r}")
        rules = record["rules"]
        if fairness.rules_hash(rules) != record["rules_hash"]:
            bad.reasons.append("the rules do not match the rules hash published at open")
        draw = record["draw"]
        if draw.get("prize") != rules.get("prize"):
            bad.reasons.append("the prize is not the one in the hashed rules (it was changed)")
        if draw.get("winners") != rules.get("winners"):
            bad.reasons.append("the number of winners is not the one in the hashed rules")
        if commitment is not None and commitment.lower() != record["commitment"]:
            bad.reasons.append("the file's commitment is not the one published at open")
        if list_hash is not None and list_hash.lower() != record["list_hash"]:
            bad.reasons.append("the file's entry-list hash is not the one published at close")
        if not record.get("seed"):
            return _fail(bad, "the seed is not revealed yet (the draw has not been drawn)")
        seed = bytes.fromhex(record["seed"])
        if fairness.commitment(seed) != record["commitment"]:
            bad.reasons.append(
                "the seed does not match the commitment published at open (the seed was changed)"
            )
        entries = [fairness.Entry(str(p), str(v), int(t)) for p, v, t in record["entries"]]
        bad.entries = len(entries)
        try:
            lh = fairness.list_hash(entries)
        except fairness.ListError as err:
            bad.reasons.append(
                f"the entry list is not canonical: {err} (the list was reordered or edited)"
            )
            lh = None
        if lh is not None and lh != record["list_hash"]:
            bad.reasons.append(
                "the entry list does not match the entry-list hash published at "
                "close (an entrant was added, removed or changed)"
            )
        public = _beacon(record, bad)
        if bad.reasons:
            return bad
        recorded = record["picks"]
        expected = fairness.picks(seed, entries, len(recorded), public)
        for i, pick in enumerate(recorded):
            got = (pick["platform"], pick["viewer_id"])
            if pick.get("seq", i) != i:
                bad.reasons.append(f"pick {i} is numbered {pick.get('seq')}")
            elif i >= len(expected):
                bad.reasons.append(f"pick {i} ({_who(got)}): the list has no entrant left")
            elif expected[i].key != got:
                bad.reasons.append(
                    f"pick {i}: the record says {_who(got)}, the procedure gives "
                    f"{_who(expected[i].key)}"
                )
        winners = [(p["platform"], p["viewer_id"]) for p in recorded if p["status"] in WINNING]
        if [tuple(w) for w in record.get("winners", [])] != winners:
            bad.reasons.append("the winners listed are not the winning picks")
        wanted = int(record["rules"]["winners"])
        if len(winners) > wanted:
            bad.reasons.append("more winners than the rules allow")
        elif len(winners) < wanted and not _short_explained(record, entries, wanted - len(winners)):
            bad.reasons.append(
                f"{len(winners)} winner(s) where the rules give {wanted}, and the record does not "
                "show why (a winner was removed)")
        if bad.reasons:
            return bad
        return Verdict(True, [], winners, len(entries))
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as err:
        # OverflowError: a count of 1e400 (JSON reads it as infinity); AttributeError: a list
        # where an object belongs
        return _fail(bad, f"malformed record: {type(err).__name__}: {str(err)[:200]}")


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
        bad.reasons.append(f"unknown drand chain {spec!r}")
        return b""
    drand = record.get("drand") or {}
    round_, signature = drand.get("round"), drand.get("signature")
    if not round_ or not signature:
        bad.reasons.append("the drand round or its signature is missing")
        return b""
    closed_at = record["draw"].get("closed_at")
    if closed_at is None or chain.time_of(int(round_)) < closed_at:
        bad.reasons.append(f"drand round {round_} was emitted before entries closed")
    try:
        return beacon.verify(chain, int(round_), signature)
    except beacon.BeaconError as err:
        bad.reasons.append(f"{err} (the drand beacon was changed)")
        return b""


def _fail(v: Verdict, reason: str) -> Verdict:
    v.reasons.append(reason)
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


def _export(args: argparse.Namespace) -> int:
    from bot.config import ConfigError
    from bot.draws.store import SQLiteDrawStore
    from bot.state import load_config
    from bot.store import Store

    config = load_config(args.config, getattr(args, "data_dir", None))
    path = config.path(config.store.path)
    if path is None or not Path(path).exists():
        raise ConfigError(f"{args.config}: store.path: {path} does not exist")
    store = Store(path)
    try:
        record = export_record(SQLiteDrawStore(store), args.id)
    except LookupError as err:
        print(f"hawker draw export: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
    text = json.dumps(record, ensure_ascii=False, indent=1)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"wrote draw #{args.id} ({len(record['entries']):,} entries) to {args.output}")
    else:
        print(text)
    return 0


def _verify(args: argparse.Namespace) -> int:
    try:
        record = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as err:
        print(f"hawker draw verify: {args.file}: {err.strerror}", file=sys.stderr)
        return 2
    except ValueError as err:  # JSONDecodeError, or UnicodeDecodeError: not text at all
        print(f"hawker draw verify: {args.file}: not JSON ({err})", file=sys.stderr)
        return 1
    verdict = verify_record(record, commitment=args.commitment, list_hash=args.list_hash)
    if not verdict.ok:
        print(f"FAILED: {args.file} does not verify:")
        for reason in verdict.reasons:
            print(f"  - {reason}")
        return 1
    draw = record["draw"]
    print(f"checked: procedure {record['version']}: ok")
    print(f"  rules = rules hash {record['rules_hash']}: ok (prize {_shown(draw['prize'])}, "
          f"{draw['winners']} winner(s))")
    print(f"  commitment {record['commitment']} = SHA-256(seed): ok")
    print(f"  entry list: {verdict.entries:,} entrants, hash {record['list_hash']}: ok")
    if args.commitment is None or args.list_hash is None:
        print("  (pass --commitment and --list-hash as announced to check them against chat)")
    if record["rules"].get("drand"):
        print(f"  drand {record['rules']['drand']['chain']} round {_shown(record['drand']['round'])}: "
              "signature verified")
    print(f"  {len(record['picks'])} pick(s) recomputed from (seed, list): all match")
    for w in verdict.winners:
        print(f"  winner: {_who(w)}: ok")
    # Not covered by any hash: shown for reading, never as verified.
    names = {(p["platform"], p["viewer_id"]): p["name"] for p in record["picks"]}
    # Who was passed over, and why, is moderation and claims: no hash covers it, so a winner
    # after a passed-over pick is a winner only as far as the file's word for that goes.
    passed = [f"{_who((p['platform'], p['viewer_id']))} {_shown(p['status'])}"
              for p in record["picks"] if p["status"] not in WINNING]
    print("not checked (as the file says): draw #" + _shown(draw.get("id")) + ", state "
          + _shown(draw.get("state")) + ", times, pick reasons, names "
          + ", ".join(f"{_who(w)}={_shown(names.get(w, '?'))}" for w in verdict.winners)
          + (", that these picks did not win: " + ", ".join(passed) if passed else ""))
    print("OK: the winners match")
    return 0
