"""Public randomness from drand (League of Entropy quicknet), to bind a draw to a future round.

A seed commitment stops the operator from changing the seed, but not from adding or removing
entries after computing who would win. So when `[draws] drand = true`, the close names a drand
round that is emitted only after the close, and the winner stream also takes that round's
randomness (see fairness.py, step 3). Nobody, the operator included, can know the winners
before that round exists. A beacon is checked offline against the chain's public key with the
`drand-verify` wheel, so `hawker draw verify` needs no network either (RFC 3797 in spirit).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

import httpx


@dataclass(frozen=True, slots=True)
class Chain:
    name: str
    hash: str
    genesis: int  # unix time of round 1
    period: int  # seconds between rounds

    def round_at(self, t: float) -> int:
        """The first round emitted at or after time t."""
        return max(1, math.ceil((t - self.genesis) / self.period) + 1)

    def time_of(self, round_: int) -> int:
        return self.genesis + (round_ - 1) * self.period

    def describe(self) -> dict[str, object]:
        return {"chain": self.name, "chain_hash": self.hash, "genesis": self.genesis,
                "period": self.period}


QUICKNET = Chain("quicknet", "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971",
                 1692803367, 3)
CHAINS = {QUICKNET.name: QUICKNET}


class BeaconError(ValueError):
    """A beacon that is missing, malformed or fails verification."""


def verify(chain: Chain, round_: int, signature: str) -> bytes:
    """The round's randomness (SHA-256 of the signature) if the BLS signature verifies
    against the chain's public key; BeaconError otherwise."""
    try:
        import drand_verify
    except ImportError:  # pragma: no cover - it is a dependency; a trimmed install may lack it
        raise BeaconError("the drand-verify package is needed to check drand beacons") from None
    if chain.name != "quicknet":
        raise BeaconError(f"unsupported drand chain {chain.name!r}")
    try:
        return bytes.fromhex(drand_verify.verify_quicknet(int(round_), str(signature)))
    except (ValueError, TypeError) as err:
        raise BeaconError(f"drand round {round_}: the signature does not verify ({err})") from None


class BeaconSource(Protocol):
    async def fetch(self, chain: Chain, round_: int) -> str:
        """The round's signature (hex); raises if it is not available yet."""
        ...


class HttpBeacon:
    """drand's HTTP API (`GET {url}/{chain hash}/public/{round}`); any relay will do, since
    every beacon is verified before use."""

    def __init__(self, url: str = "https://api.drand.sh", *, timeout: float = 5.0,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=timeout, transport=transport)

    async def fetch(self, chain: Chain, round_: int) -> str:
        response = await self._client.get(f"{self.url}/{chain.hash}/public/{round_}")
        response.raise_for_status()
        body = response.json()
        signature = body.get("signature")
        if int(body.get("round", -1)) != round_ or not isinstance(signature, str):
            raise BeaconError(f"drand relay answered round {body.get('round')} for {round_}")
        return signature

    async def aclose(self) -> None:
        await self._client.aclose()
