"""`[draws]` in hawker.toml: pydantic at the edge; every key has a default."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from bot.events import Role


class DrawsSection(BaseModel, extra="forbid"):
    # A winner has this long to `!claim` before the prize is redrawn; 0 = no claim needed.
    claim_seconds: float = Field(default=120.0, ge=0)
    # Unclaimed prizes are redrawn automatically at most this many times per draw (a
    # moderator's !draw reroll is not counted).
    max_redraws: int = Field(default=3, ge=0)
    # Group commit: entries are committed in batches of at most `batch_size`, at least every
    # `batch_seconds`, and acknowledged only after their batch commits.
    batch_size: int = Field(default=256, ge=1, le=10_000)
    batch_seconds: float = Field(default=0.25, gt=0, le=10)
    # How often the "N entered" count (the acknowledgement for keyword entries) is announced.
    count_seconds: float = Field(default=15.0, gt=0)
    # Defaults for `!draw create` when the moderator leaves them out.
    keyword: str = ""
    winners: int = Field(default=1, ge=1, le=1000)
    duration_seconds: float = Field(default=120.0, gt=0)
    # Eligibility: roles that may enter (staff usually may not), "has chatted during this
    # show" before entering, and no winner of the last N draws.
    min_role: str = "viewer"
    max_role: str = "subscriber"
    require_chat: bool = False
    recent_winner_draws: int = Field(default=1, ge=0)
    # Extra tickets by role, e.g. {subscriber = 2}; a role not listed gets the ticket count of
    # the highest listed role below it, or 1.
    tickets: dict[str, int] = Field(default_factory=dict)
    # Bind each draw to a drand (League of Entropy quicknet) round emitted after the close:
    # the winners are drawn once that round's randomness is fetched and verified.
    drand: bool = False
    drand_url: str = "https://api.drand.sh"
    drand_margin_seconds: float = Field(default=5.0, ge=0)
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

    def tickets_for(self, role: Role) -> int:
        listed = [(Role.parse(k), n) for k, n in self.tickets.items() if Role.parse(k) <= role]
        return max(listed)[1] if listed else 1
