"""`[draws]` in hawker.toml: pydantic at the edge; every key has a default."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.events import Role
from knowledge.quantities import Count, PositiveSeconds, Seconds


class DrawsSection(BaseModel):
    # Numbers go through knowledge.quantities: finite, in range, never a boolean.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    # A winner has this long to `!claim` before the prize is redrawn; 0 = no claim needed.
    claim_seconds: Seconds = 120.0
    # Unclaimed prizes are redrawn automatically at most this many times per draw (a
    # moderator's !draw reroll is not counted).
    max_redraws: Annotated[Count, Field(le=1000)] = 3
    # Group commit: entries are committed in batches of at most `batch_size`, at least every
    # `batch_seconds`, and acknowledged only after their batch commits.
    batch_size: Annotated[Count, Field(ge=1, le=10_000)] = 256
    batch_seconds: Annotated[PositiveSeconds, Field(le=10)] = 0.25
    # How often the "N entered" count (the acknowledgement for keyword entries) is announced.
    count_seconds: PositiveSeconds = 15.0
    # Defaults for `!draw create` when the moderator leaves them out.
    keyword: str = ""
    winners: Annotated[Count, Field(ge=1, le=1000)] = 1
    duration_seconds: PositiveSeconds = 120.0
    # Eligibility: roles that may enter (staff usually may not), "has chatted during this
    # show" before entering, and no winner of the last N draws.
    min_role: str = "viewer"
    max_role: str = "subscriber"
    require_chat: bool = False
    recent_winner_draws: Annotated[Count, Field(le=1000)] = 1
    # Extra tickets by role, e.g. {subscriber = 2}; a role not listed gets the ticket count of
    # the highest listed role below it, or 1.
    tickets: dict[str, Count] = Field(default_factory=dict)
    # Bind each draw to a drand (League of Entropy quicknet) round emitted after the close:
    # the winners are drawn once that round's randomness is fetched and verified.
    drand: bool = False
    drand_url: str = "https://api.drand.sh"
    drand_margin_seconds: Seconds = 5.0
    # Where each draw's audit record (for `hawker draw verify`) is written when it is drawn.
    export_dir: Path | None = None

    @field_validator("min_role", "max_role")
    @classmethod
    def _role(cls, v: str) -> str:
        Role.parse(v)
        return v.lower()

    @field_validator("tickets")
    @classmethod
    def _tickets(cls, v: dict[str, int]) -> dict[str, int]:
        for role, n in v.items():
            Role.parse(role)
            if not 1 <= n <= 100:
                raise ValueError(f"tickets for {role!r} must be between 1 and 100")
        return {k.lower(): n for k, n in v.items()}

    @model_validator(mode="after")
    def _roles_overlap(self) -> DrawsSection:
        # min_role above max_role would refuse every entrant of every draw, one by one.
        if Role.parse(self.min_role) > Role.parse(self.max_role):
            raise ValueError(f"min_role {self.min_role!r} is above max_role {self.max_role!r}: "
                             "nobody could enter")
        return self

    def tickets_for(self, role: Role) -> int:
        listed = [(Role.parse(k), n) for k, n in self.tickets.items() if Role.parse(k) <= role]
        return max(listed)[1] if listed else 1
