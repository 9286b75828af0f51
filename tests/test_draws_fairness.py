"""The winner procedure: fixed vectors, an independent reimplementation, and the odds."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import math

import pytest

from bot.draws import fairness as f


def chi2_pvalue(observed: list[int], expected: list[float]) -> float:
    """P(X >= statistic) for X ~ chi-square(len - 1): the regularized upper incomplete gamma
    Q(k/2, x/2), by its series or continued fraction (Numerical Recipes 6.2)."""
    x = sum((o - e) ** 2 / e for o, e in zip(observed, expected, strict=True)) / 2
    a = (len(observed) - 1) / 2
    if x <= 0:
        return 1.0
    if x < a + 1:
        term = total = 1 / a
        n = a
        while abs(term) > abs(total) * 1e-15:
            n += 1
            term *= x / n
            total += term
        return 1 - total * math.exp(-x + a * math.log(x) - math.lgamma(a))
    b, c, d = x + 1 - a, 1e300, 1 / (x + 1 - a)
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = 1 / (an * d + b)
        c = b + an / c
        h *= d * c
        if abs(d * c - 1) < 1e-15:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def test_chi2_pvalue_matches_known_values():
    # chi-square critical values: df=1 at p=0.05 is 3.841; df=6 at p=0.001 is 22.458
    assert chi2_pvalue([0, 0], [1, 1]) == pytest.approx(0.1573, abs=1e-4)  # x=2, df=1
    obs = [50 + 0] * 7
    assert chi2_pvalue(obs, [50.0] * 7) == pytest.approx(1.0)
    # x = 22.458, df = 6: construct observed/expected giving that statistic
    e = 100.0
    o = e + math.sqrt(22.458 * e)
    assert chi2_pvalue([o, e, e, e, e, e, e], [e] * 7) == pytest.approx(0.001, rel=0.01)
    # x = 3.841, df = 1
    o = e + math.sqrt(3.841 * e)
    assert chi2_pvalue([o, e], [e, e]) == pytest.approx(0.05, rel=0.01)

SEED = bytes(range(32))
POOL = f.canonical(
    [
        f.Entry("twitch", "alice"),
        f.Entry("discord", "42", 2),
        f.Entry("youtube", "UCx", 1),
        f.Entry("discord", "7", 3),
        f.Entry("twitch", "bob"),
    ]
)


def test_known_seed_and_list_give_fixed_winners():
    # Changing any of these is changing the published procedure: bump fairness.VERSION.
    assert f.commitment(SEED) == "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"
    assert f.list_hash(POOL) == "fd90efadbaa4ad7fd7fcf9a099281ce2d8715e8be6dc6aa0cc9db3d29d7be783"
    assert [e.key for e in f.picks(SEED, POOL, 5)] == [
        ("discord", "7"),
        ("youtube", "UCx"),
        ("twitch", "bob"),
        ("twitch", "alice"),
        ("discord", "42"),
    ]
    big = f.canonical([f.Entry("twitch", str(i)) for i in range(1000)])
    assert f.list_hash(big) == "6c6bbdc4b766fdf0cc221ab389e8b393a430a1e59fcb96da0c2546ec07d2bcff"
    assert [e.viewer_id for e in f.picks(b"\xff" * 32, big, 10)] == [
        "972", "27", "548", "66", "705", "903", "353", "158", "71", "422",
    ]  # fmt: skip


def reference_picks(seed: bytes, entries: list[f.Entry], count: int) -> list[tuple[str, str]]:
    """The procedure as the module docstring states it, written plainly (linear scans)."""
    data = "".join(f"{e.platform}\x1f{e.viewer_id}\x1f{e.tickets}\n" for e in entries)
    lh = hashlib.sha256(data.encode()).digest()
    counter = 0
    pool = list(entries)
    out = []
    while pool and len(out) < count:
        total = sum(e.tickets for e in pool)
        while True:
            block = hmac.new(seed, lh + counter.to_bytes(8, "big"), hashlib.sha256).digest()
            counter += 1
            x = int.from_bytes(block, "big")
            if x < 2**256 - (2**256 % total):
                r = x % total
                break
        for i, e in enumerate(pool):
            if r < e.tickets:
                out.append(e.key)
                del pool[i]
                break
            r -= e.tickets
    return out


def test_matches_an_independent_implementation_of_the_spec():
    for n in (1, 2, 3, 17, 64, 300):
        entries = f.canonical(
            f.Entry(p, f"u{i}", 1 + (i * 7) % 4)
            for i, p in zip(range(n), itertools.cycle(["twitch", "discord", "youtube"]))
        )
        for s in range(5):
            seed = hashlib.sha256(f"{n}/{s}".encode()).digest()
            assert [e.key for e in f.picks(seed, entries, n)] == reference_picks(seed, entries, n)


def test_every_entrant_is_picked_exactly_once_and_then_none():
    entries = f.canonical(f.Entry("twitch", str(i), 1 + i % 3) for i in range(50))
    seq = f.Sequencer(SEED, f.list_hash(entries), [e.tickets for e in entries])
    got = [seq.next() for _ in range(50)]
    assert sorted(got) == list(range(50))
    assert seq.next() is None


def test_stream_rejects_out_of_range_blocks_instead_of_folding_them():
    class Fixed(f.Stream):
        def __init__(self, blocks):
            self.blocks = list(blocks)
            self.counter = 0

        def block(self):
            self.counter += 1
            return self.blocks.pop(0)

    n = 3
    limit = 2**256 - 2**256 % n
    s = Fixed([limit, limit + 1, 2**256 - 1, 5])  # the first three would bias residue 0..
    assert s.below(n) == 5 % n
    assert s.counter == 4


def test_list_hash_rejects_lists_not_in_canonical_order():
    swapped = [POOL[1], POOL[0], *POOL[2:]]
    with pytest.raises(f.ListError, match="out of canonical order"):
        f.list_hash(swapped)
    with pytest.raises(f.ListError, match="duplicated"):
        f.list_hash([POOL[0], POOL[0]])
    with pytest.raises(f.ListError, match="tickets"):
        f.list_hash([f.Entry("twitch", "a", 0)])
    with pytest.raises(ValueError, match="separator"):
        f.list_hash([f.Entry("twitch", "a\x1fb")])
    lines = [e.line() for e in POOL]
    assert f.lines_hash(lines) == f.list_hash(POOL)
    assert f.tickets_of(lines) == [e.tickets for e in POOL]
    assert [f.parse_line(ln) for ln in lines] == POOL


def test_win_probability_matches_enumeration():
    weights = [1, 2, 2, 3, 1]

    def exact(me: int, k: int) -> float:
        total = 0.0
        for order in itertools.permutations(range(len(weights)), k):
            p, left = 1.0, sum(weights)
            for i in order:
                p *= weights[i] / left
                left -= weights[i]
            total += p if me in order else 0.0
        return total

    for me in range(len(weights)):
        others: dict[int, int] = {}
        for j, w in enumerate(weights):
            if j != me:
                others[w] = others.get(w, 0) + 1
        for k in (1, 2, 3, 5):
            assert f.win_probability(weights[me], others, k) == pytest.approx(exact(me, k))


def _simulate(entries: list[f.Entry], winners: int, runs: int, salt: str):
    tickets = [e.tickets for e in entries]
    lh = f.list_hash(entries)
    firsts = [0] * len(entries)
    pairs: dict[tuple[int, int], int] = {}
    included = [0] * len(entries)
    for r in range(runs):
        seed = hashlib.sha256(f"{salt}{r}".encode()).digest()
        seq = f.Sequencer(seed, lh, tickets)
        got = [seq.next() for _ in range(winners)]
        firsts[got[0]] += 1
        if winners >= 2:
            pairs[(got[0], got[1])] = pairs.get((got[0], got[1]), 0) + 1
        for i in got:
            included[i] += 1
    return firsts, pairs, included


@pytest.mark.slow
@pytest.mark.parametrize(
    "tickets,winners",
    [([1, 1, 1, 1, 1, 1, 1], 1), ([1, 2, 1, 3, 1], 2), ([2, 1, 1, 1, 4, 1], 3)],
)
def test_100k_draws_agree_with_the_stated_odds(tickets, winners):
    runs = 100_000
    entries = f.canonical(f.Entry("p", f"v{i}", t) for i, t in enumerate(tickets))
    tickets = [e.tickets for e in entries]
    total = sum(tickets)
    firsts, pairs, included = _simulate(entries, winners, runs, f"{tickets}/{winners}/")
    # First pick ~ tickets / total (the last entrant included: no off-by-one).
    assert all(c > 0 for c in firsts)
    assert chi2_pvalue(firsts, [runs * t / total for t in tickets]) > 0.001
    if winners >= 2:
        # Ordered pairs: the second pick comes from what's left after *all* the first
        # winner's tickets are removed (a weighted winner never wins twice).
        cells = [(i, j) for i in range(len(tickets)) for j in range(len(tickets)) if i != j]
        expected = [
            runs * tickets[i] / total * tickets[j] / (total - tickets[i]) for i, j in cells
        ]
        observed = [pairs.get(c, 0) for c in cells]
        assert sum(observed) == runs
        assert chi2_pvalue(observed, expected) > 0.001
    # Inclusion (what !odds states): within 4.5 standard errors for each entrant.
    for i, t in enumerate(tickets):
        others: dict[int, int] = {}
        for j, u in enumerate(tickets):
            if j != i:
                others[u] = others.get(u, 0) + 1
        p = f.win_probability(t, others, winners)
        sd = (p * (1 - p) / runs) ** 0.5
        assert abs(included[i] / runs - p) < 4.5 * sd + 1e-12
