"""Webhooks: signed events in (shop, chat bridges), the admin API, signed events out."""

from .bridge import BridgeAdapter
from .outbound import Deliverer, EventBus, Target
from .server import AdminHooks, AdminToken, Source, WebhookServer
from .shop import ShopEvents
from .signing import SignatureError, sign, signature, verify

__all__ = [
    "AdminHooks",
    "AdminToken",
    "BridgeAdapter",
    "Deliverer",
    "EventBus",
    "ShopEvents",
    "SignatureError",
    "Source",
    "Target",
    "WebhookServer",
    "sign",
    "signature",
    "verify",
]
