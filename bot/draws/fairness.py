"""The winner procedure, version `hawker-draw-v1`: pure, deterministic, reimplementable.

Anyone holding (seed, frozen entry list) gets the same winners, in any language, because
every step is specified here and uses nothing but SHA-256 and HMAC-SHA256:

1. Commitment. When the draw opens the bot publishes ``commitment = SHA256(seed)`` (hex) for a
   fresh 32-byte secret seed, and ``rules_hash = SHA256(canonical JSON of the rules)``.
2. Frozen list. When entries close, the entries are put in canonical order: sorted by
   (platform, viewer id) comparing their UTF-8 bytes (what SQLite's BINARY collation and
   Python's str ordering both give). Each entry is the line ``platform US viewer_id US tickets
   LF`` (US = 0x1F; ids may not contain US or LF), and ``list_hash = SHA256(all lines)``, hex.
3. Stream. Block ``i`` (i = 0, 1, 2, ...) of the stream is ``HMAC-SHA256(key=seed,
   msg=bytes.fromhex(list_hash) || beacon || i as 8-byte big-endian)``, read as a 256-bit
   big-endian integer. Binding the list hash into every block means no list but the published
   one gives these values. ``beacon`` is empty, unless the rules name a drand chain: then it
   is the 32-byte randomness of the drand round named at the close (the first round emitted
   after it; see beacon.py), so nobody can know the winners until that round exists.
4. Uniform integer below n (rejection sampling, no modulo bias). Take the next block x; let
   ``limit = 2**256 - (2**256 mod n)``; if ``x < limit`` the result is ``x mod n``, otherwise
   discard x and take the next block. Every residue then has exactly limit/n preimages.
5. Weighted draw without replacement. With T tickets still in play, draw r = uniform(T) and
   pick the entry whose cumulative ticket range (in list order) contains r. All of the picked
   entry's tickets leave the pool before the next pick, so nobody can be picked twice.
6. Winners, alternates, redraws and rerolls are simply the successive picks of this one
   sequence: pick k never repeats picks 0..k-1, and everyone can check the order.

`random.Random`, `random.sample` and `shuffle` are deliberately not used: CPython does not
promise they give the same results across versions, so a verifier elsewhere could disagree.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
import itertools
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

VERSION = "hawker-draw-v1"
SEED_BYTES = 32
SEP = "\x1f"
_SPACE = 1 << 256


@dataclass(frozen=True, slots=True)
class Entry:
    """One entrant of the frozen list: identity is (platform, viewer id)."""

    platform: str
    viewer_id: str
    tickets: int = 1

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, self.viewer_id)

    def line(self) -> str:
        return f"{self.platform}{SEP}{self.viewer_id}{SEP}{self.tickets}\n"


def check_id(value: str, what: str) -> str:
    """Ids go into the canonical list verbatim, so they may not contain its separators."""
    if not value or SEP in value or "\n" in value:
        raise ValueError(f"{what} {value!r} is empty or contains a control separator")
    return value


def new_seed() -> bytes:
    return secrets.token_bytes(SEED_BYTES)


def commitment(seed: bytes) -> str:
    return hashlib.sha256(seed).hexdigest()


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def rules_hash(rules: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(rules)).hexdigest()


def canonical(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.platform.encode(), e.viewer_id.encode()))


class ListError(ValueError):
    """The entry list is not a valid canonical list (order, duplicates, tickets)."""


def list_hash(entries: Sequence[Entry]) -> str:
    """SHA-256 of the canonical list; raises ListError if `entries` is not in canonical order."""
    digest = hashlib.sha256()
    previous: tuple[bytes, bytes] | None = None
    for i, e in enumerate(entries):
        here = (e.platform.encode(), e.viewer_id.encode())
        if previous is not None and here <= previous:
            kind = "duplicated" if here == previous else "out of canonical order"
            raise ListError(f"entry {i} ({e.platform}:{e.viewer_id}) is {kind}")
        if not isinstance(e.tickets, int) or e.tickets < 1:
            raise ListError(f"entry {i} ({e.platform}:{e.viewer_id}) has {e.tickets!r} tickets")
        check_id(e.platform, "platform")
        check_id(e.viewer_id, "viewer id")
        previous = here
        digest.update(e.line().encode())
    return digest.hexdigest()


def lines_hash(lines: Sequence[str]) -> str:
    """`list_hash` of a list already in canonical order, given as its lines (the store reads
    it that way, straight from its primary-key index)."""
    digest = hashlib.sha256()
    for start in range(0, len(lines), 100_000):
        digest.update("".join(lines[start : start + 100_000]).encode())
    return digest.hexdigest()


def parse_line(line: str) -> Entry:
    platform, viewer_id, tickets = line.rstrip("\n").split(SEP)
    return Entry(platform, viewer_id, int(tickets))


def tickets_of(lines: Sequence[str]) -> list[int]:
    one = f"{SEP}1\n"
    return [1 if ln.endswith(one) else parse_line(ln).tickets for ln in lines]


class Stream:
    """The HMAC-SHA256 stream of step 3, with the unbiased integers of step 4."""

    def __init__(self, seed: bytes, list_hash_hex: str, counter: int = 0,
                 beacon: bytes = b"") -> None:
        self._mac = hmac.new(seed, bytes.fromhex(list_hash_hex) + beacon, hashlib.sha256)
        self.counter = counter

    def block(self) -> int:
        mac = self._mac.copy()
        mac.update(self.counter.to_bytes(8, "big"))
        self.counter += 1
        return int.from_bytes(mac.digest(), "big")

    def below(self, n: int) -> int:
        if n < 1:
            raise ValueError("nothing to draw from")
        limit = _SPACE - (_SPACE % n)
        while True:
            x = self.block()
            if x < limit:
                return x % n


class TicketLine:
    """The tickets laid end to end in list order, with picked entries cut out.

    Cumulative sums are built once in C (`accumulate`); a pick finds its entry by bisection
    after stepping over the cut-out ranges before it, so a million entrants need no Python
    loop over the list, and k picks cost O(k log k + k log n).
    """

    def __init__(self, tickets: Sequence[int]) -> None:
        self._tickets = tickets
        self._cum = list(itertools.accumulate(tickets))
        self._cuts: list[tuple[int, int]] = []  # (start, width) of picked entries, by start
        self.total = self._cum[-1] if self._cum else 0

    def find(self, r: int) -> int:
        """The index of the entry whose range, counting only uncut tickets, contains r."""
        for start, width in self._cuts:
            if start > r:
                break
            r += width
        return bisect.bisect_right(self._cum, r)

    def remove(self, index: int) -> None:
        width = self._tickets[index]
        bisect.insort(self._cuts, (self._cum[index] - width, width))
        self.total -= width


class Sequencer:
    """Successive picks (step 5) from one stream: winners first, then alternates/redraws."""

    def __init__(self, seed: bytes, list_hash_hex: str, tickets: Sequence[int],
                 beacon: bytes = b"") -> None:
        self.stream = Stream(seed, list_hash_hex, beacon=beacon)
        self.tree = TicketLine(tickets)
        self.picked: list[int] = []

    def next(self) -> int | None:
        """The next pick's index in the frozen list, or None when nobody is left."""
        if self.tree.total <= 0:
            return None
        index = self.tree.find(self.stream.below(self.tree.total))
        self.tree.remove(index)
        self.picked.append(index)
        return index


def picks(seed: bytes, entries: Sequence[Entry], count: int, beacon: bytes = b"") -> list[Entry]:
    """The first `count` picks for (seed, frozen list): the reference the verifier uses."""
    lh = list_hash(entries)
    seq = Sequencer(seed, lh, [e.tickets for e in entries], beacon)
    out: list[Entry] = []
    for _ in range(count):
        i = seq.next()
        if i is None:
            break
        out.append(entries[i])
    return out


# -- the odds, as drawn --------------------------------------------------------------------


def win_probability(mine: int, others: dict[int, int], winners: int) -> float:
    """Chance that an entrant with `mine` tickets is among the first `winners` picks, when the
    other entrants hold tickets as {tickets: how many entrants}. Exact for this procedure
    (weighted, without replacement); the recursion runs over how many of each ticket class
    are gone, which stays small for a handful of classes and winners."""
    classes = sorted((t, n) for t, n in others.items() if n > 0 and t > 0)
    if winners <= 0:
        return 0.0
    if winners > sum(n for _, n in classes):
        return 1.0
    memo: dict[tuple[tuple[int, ...], int], float] = {}

    def f(counts: tuple[int, ...], left: int) -> float:
        if left == 0:
            return 0.0
        key = (counts, left)
        if key in memo:
            return memo[key]
        total = mine + sum(c * t for c, (t, _) in zip(counts, classes, strict=True))
        p = mine / total
        for k, (c, (t, _)) in enumerate(zip(counts, classes, strict=True)):
            if c:
                nxt = counts[:k] + (c - 1,) + counts[k + 1 :]
                p += c * t / total * f(nxt, left - 1)
        memo[key] = p
        return p

    return f(tuple(n for _, n in classes), winners)
