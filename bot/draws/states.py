"""The draw's lifecycle: an enum of states and the one table of allowed transitions.

    created ──open──▶ open ──close──▶ closed ──pick──▶ drawn ──(claims done)──▶ finished
       └────────────────────┴──────────────┴─────────────┴──cancel──▶ cancelled
                                       finished ──reroll of a claim-needing pick──▶ drawn

States are stored as their string values (DrawRow.state); a StrEnum compares equal to them.
"""

from __future__ import annotations

from enum import StrEnum

from bot.draws.errors import DrawError
from bot.draws.phrases import Term


class DrawState(StrEnum):
    """Where a draw stands; the value is what the store keeps."""

    CREATED = "created"
    OPEN = "open"
    CLOSED = "closed"
    DRAWN = "drawn"
    FINISHED = "finished"
    CANCELLED = "cancelled"

    @property
    def term(self) -> Term:
        """The state's name as a phrase (said in the reader's language)."""
        return Term(f"draw_state_{self.value}")


TRANSITIONS: dict[DrawState, frozenset[DrawState]] = {
    DrawState.CREATED: frozenset({DrawState.OPEN, DrawState.CANCELLED}),
    DrawState.OPEN: frozenset({DrawState.CLOSED, DrawState.CANCELLED}),
    DrawState.CLOSED: frozenset({DrawState.DRAWN, DrawState.CANCELLED}),
    DrawState.DRAWN: frozenset({DrawState.FINISHED, DrawState.CANCELLED}),
    # A reroll whose new pick must claim reopens a finished draw's claims.
    DrawState.FINISHED: frozenset({DrawState.DRAWN}),
    DrawState.CANCELLED: frozenset(),
}

# The draws still in play (the store's `active()`): not finished, not cancelled.
ACTIVE = (DrawState.CREATED, DrawState.OPEN, DrawState.CLOSED, DrawState.DRAWN)


class IllegalTransition(DrawError):
    """`target` cannot follow the draw's current state (TRANSITIONS). Its text names the draw,
    its state and the rule ("draw #3 is closed; only a new draw can open")."""

    def __init__(self, draw_id: int, current: DrawState, target: DrawState) -> None:
        self.draw_id, self.current, self.target = draw_id, current, target
        if target is DrawState.CANCELLED:
            super().__init__("draw_err_already", id=draw_id, state=current.term)
        else:
            super().__init__("draw_err_illegal", id=draw_id, state=current.term,
                             rule=Term(f"draw_rule_{target.value}"))


def can(current: str, target: DrawState) -> bool:
    """Whether a draw in state `current` may move to `target`."""
    return target in TRANSITIONS[DrawState(current)]


def require(draw_id: int, current: str, target: DrawState) -> None:
    """IllegalTransition unless a draw in state `current` may move to `target`."""
    if not can(current, target):
        raise IllegalTransition(draw_id, DrawState(current), target)


def sources(target: DrawState) -> tuple[DrawState, ...]:
    """The states `target` may be reached from (the store's compare-and-set guard)."""
    return tuple(s for s, nexts in TRANSITIONS.items() if target in nexts)
