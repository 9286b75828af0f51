"""The moderator console and the OBS overlays (issue 19), served by the webhook server.

`console_for(...)` builds a `Console` from explicit dependencies and mounts its routes on a
`plugins.webhooks.server.WebhookServer`; see console.py for the routes, sessions.py for sign-in
and CSRF, live.py for the SSE push, views.py for what is shown.
"""

from .console import Console, ConsoleDeps, Refused
from .live import AuditWatcher, Hub
from .sessions import Session, Sessions
from .wiring import console_for

__all__ = ["AuditWatcher", "Console", "ConsoleDeps", "Hub", "Refused", "Session", "Sessions",
           "console_for"]
