"""The webhook bodies: strict pydantic models at the HTTP edge (and the OpenAPI schemas).

Unknown fields are rejected (`extra="forbid"`) so a misspelt field is a 422 naming it, not a
silently ignored change. Money is a decimal string or number, never a float in the maths.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
)

from knowledge import quantities
from knowledge.quantities import Count, PositiveCount, Timestamp

EventId = Annotated[str, StringConstraints(min_length=1, max_length=128,
                                           pattern=r"^[A-Za-z0-9._:\-]+$")]
Sku = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
# Money, counts and times go through knowledge.quantities: finite, in range, no "-0.00" price
# and no `true` for a number.
Amount = Annotated[Decimal, BeforeValidator(quantities.money),
                   Field(ge=0, le=quantities.MAX_MONEY, max_digits=12, decimal_places=2)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PriceEvent(_Strict):
    """The shop changed a product's price (and optionally its list price)."""

    id: EventId
    type: Literal["price"]
    sku: Sku
    price: Amount
    list_price: Amount | None = None


class StockEvent(_Strict):
    """The shop's stock count for a product, absolute."""

    id: EventId
    type: Literal["stock"]
    sku: Sku
    stock: Count


class PromotionBody(_Strict):
    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    skus: list[Sku] = Field(min_length=1, max_length=100)
    kind: Literal["percent", "fixed_price"]
    value: Amount
    code: Annotated[str, StringConstraints(min_length=1, max_length=32)] | None = None
    starts_at: Timestamp | None = None
    ends_at: Timestamp | None = None
    stock_cap: Count | None = None
    per_viewer_limit: Annotated[PositiveCount, Field(le=1_000_000)] | None = None
    label: Annotated[str, StringConstraints(max_length=200)] = ""


class PromotionEvent(_Strict):
    """Start a promotion (added and active at once) or end one by id."""

    id: EventId
    type: Literal["promotion"]
    action: Literal["start", "end"]
    promotion: PromotionBody | None = None
    promotion_id: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None


class OrderEvent(_Strict):
    """Units sold: stock goes down, and orders count towards the milestone announcements."""

    id: EventId
    type: Literal["order"]
    sku: Sku
    quantity: Annotated[PositiveCount, Field(le=1_000_000)]
    promotion_id: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None


ShopEvent = Annotated[PriceEvent | StockEvent | PromotionEvent | OrderEvent,
                      Field(discriminator="type")]
shop_event = TypeAdapter(ShopEvent)


def _printable_id(value: str) -> str:
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise ValueError("must not contain control, format or line-break characters")
    return value


class BridgeViewer(_Strict):
    # An id goes verbatim into the draw's entry list and `hawker draw verify`'s output: no
    # control, format (bidi, zero-width) or line-separator characters.
    id: Annotated[str, StringConstraints(min_length=1, max_length=128),
                  AfterValidator(_printable_id)]
    display_name: Name
    # Claimed by the bridge; lowered to its source's `max_role`.
    role: Literal["viewer", "subscriber", "moderator", "host", "owner"] = "viewer"


class ChatEvent(_Strict):
    """One chat message from a bridged platform."""

    id: EventId
    type: Literal["chat.message"] = "chat.message"
    platform: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    channel: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    message_id: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    viewer: BridgeViewer
    text: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    timestamp: Timestamp | None = None
    reply_to: Annotated[str, StringConstraints(max_length=128)] | None = None
    addressed_to_bot: bool = False


class Accepted(BaseModel):
    """A signed event was applied (or, for chat, taken into the pipeline)."""

    id: str
    status: Literal["applied", "accepted"]
    outcome: str | None = None


class Problem(BaseModel):
    """Every 4xx answer: one message, and the offending fields for a 422."""

    error: str
    fields: list[dict] | None = None


class ReviewDecision(_Strict):
    decision: Literal["approve", "reject"]
    note: Annotated[str, StringConstraints(max_length=500)] = ""


class PauseRequest(_Strict):
    reason: Annotated[str, StringConstraints(max_length=500)] = ""
