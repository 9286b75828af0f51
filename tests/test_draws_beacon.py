"""Binding a draw to a future drand round, checked with a real League of Entropy beacon."""

from __future__ import annotations

import json

import httpx
import pytest

from bot.clock import FakeClock
from bot.draws import beacon
from bot.draws.service import Draws
from bot.draws.settings import DrawsSection
from bot.draws.verify import export_record, verify_record
from bot.events import ChatMessage, Viewer
from bot.persona import Persona
from bot.store import Store

# A real quicknet beacon (as published in drand-verify's documentation).
ROUND = 657413
SIGNATURE = ("b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be"
             "41076862b98fad56e91a6b85b89cd97b")
RANDOMNESS = "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587"


def test_quicknet_round_times_and_offline_verification():
    chain = beacon.QUICKNET
    t = chain.time_of(ROUND)
    assert chain.round_at(t) == ROUND and chain.round_at(t - 0.5) == ROUND
    assert chain.round_at(t + 0.5) == ROUND + 1
    assert beacon.verify(chain, ROUND, SIGNATURE).hex() == RANDOMNESS
    with pytest.raises(beacon.BeaconError, match="does not verify"):
        beacon.verify(chain, ROUND + 1, SIGNATURE)


async def test_http_beacon_reads_a_relay_and_checks_the_round():
    def relay(request: httpx.Request) -> httpx.Response:
        assert request.url.path.startswith(f"/{beacon.QUICKNET.hash}/public/")
        # A relay that always serves one round: asked for another, it is caught out.
        return httpx.Response(200, json={"round": ROUND, "signature": SIGNATURE,
                                         "randomness": RANDOMNESS})

    source = beacon.HttpBeacon("https://relay.test", transport=httpx.MockTransport(relay))
    assert await source.fetch(beacon.QUICKNET, ROUND) == SIGNATURE
    with pytest.raises(beacon.BeaconError, match="answered round"):
        await source.fetch(beacon.QUICKNET, ROUND + 1)
    await source.aclose()


class Relay:
    """The network edge: the beacon is not out until its round's time, then it is."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.calls = 0

    async def fetch(self, chain: beacon.Chain, round_: int) -> str:
        self.calls += 1
        if round_ != ROUND or self.clock.now() < chain.time_of(round_) + 1:
            raise httpx.HTTPStatusError("425 too early", request=None, response=None)  # type: ignore[arg-type]
        return SIGNATURE


class Sink:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def put(self, item) -> None:  # noqa: ANN001
        self.texts.append(item.text)


async def test_a_draw_bound_to_a_drand_round_waits_for_it_and_verifies(tmp_path):
    # Entries close 12 s before round 657413 is emitted; the margin names that round.
    close_at = beacon.QUICKNET.time_of(ROUND) - 11
    clock = FakeClock(start=close_at - 60)
    relay, sink = Relay(clock), Sink()
    store = Store(tmp_path / "d.db", clock=clock)
    draws = Draws(store, clock, sink, Persona(name="Z"),
                  DrawsSection(drand=True, drand_margin_seconds=10, claim_seconds=0),
                  beacon_source=relay)
    await draws.start()
    try:
        draw_id = draws.create("TV", 2, "tv", 60, "show")
        draws.open(draw_id)
        for i in range(12):
            v = Viewer("twitch", f"t{i}", f"t{i}")
            draws.try_enter(ChatMessage("twitch", "c", str(i), v, "tv", clock.now()))
        await clock.advance(60)  # the window ends: closed, but nobody can draw yet
        row = draws.store.get(draw_id)
        assert row.state == "closed" and row.drand_round == ROUND
        assert draws.pick(draw_id) == []
        assert any(f"drand quicknet round {ROUND}" in t for t in sink.texts)
        await clock.advance(20)  # the round is emitted; the relay has it a second later
        row = draws.store.get(draw_id)
        assert row.state == "finished" and row.drand_signature == SIGNATURE
        assert relay.calls >= 2
        record = export_record(draws.store, draw_id)
        assert verify_record(record).ok
        assert verify_record(json.loads(json.dumps(record))).winners == [
            (p.platform, p.viewer_id) for p in draws.store.picks(draw_id)]

        forged = json.loads(json.dumps(record))
        forged["drand"]["signature"] = SIGNATURE[:-2] + "00"
        assert "does not verify" in " ".join(verify_record(forged).reasons)
        early = json.loads(json.dumps(record))
        early["draw"]["closed_at"] = beacon.QUICKNET.time_of(ROUND) + 1
        assert "emitted before entries closed" in " ".join(verify_record(early).reasons)
        unbound = json.loads(json.dumps(record))
        unbound["drand"] = None
        assert "missing" in " ".join(verify_record(unbound).reasons)
    finally:
        await draws.stop()
        store.close()


async def test_a_restart_while_waiting_for_the_round_still_draws(tmp_path):
    close_at = beacon.QUICKNET.time_of(ROUND) - 11
    clock = FakeClock(start=close_at - 5)
    settings = DrawsSection(drand=True, drand_margin_seconds=10, claim_seconds=0)
    store = Store(tmp_path / "r.db", clock=clock)
    draws = Draws(store, clock, Sink(), Persona(name="Z"), settings, beacon_source=Relay(clock))
    await draws.start()
    draw_id = draws.create("TV", 1, "tv", 5, "show")
    draws.open(draw_id)
    draws.try_enter(ChatMessage("twitch", "c", "1", Viewer("twitch", "a", "a"), "tv", 0))
    await clock.advance(5)
    assert draws.store.get(draw_id).state == "closed"
    await draws.stop()
    store.close()

    store = Store(tmp_path / "r.db", clock=clock)
    draws = Draws(store, clock, Sink(), Persona(name="Z"), settings, beacon_source=Relay(clock))
    await draws.start()
    await clock.advance(20)
    assert [p.viewer_id for p in draws.store.picks(draw_id)] == ["a"]
    assert verify_record(export_record(draws.store, draw_id)).ok
    await draws.stop()
    store.close()
